"""Shared helpers: the repository's test pages, the Rust example's JSON
for them, and WARC files written by the tests."""

from __future__ import annotations

import gzip
import json
import subprocess
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# The library's golden pages: tests/pages/<name>/source.html.
PAGES = sorted((REPO / "tests" / "pages").glob("*/source.html"))


def golden(name: str) -> bytes:
    """A golden page's source, by its folder's name."""
    return (REPO / "tests" / "pages" / name / "source.html").read_bytes()


def rust_json(*flags: str) -> tuple[dict[str, dict], dict[str, str]]:
    """The library's results for every golden page, by its name, from the
    repository's example (`--format json`), and its error messages for the
    pages that gave none."""
    run = subprocess.run(
        ["cargo", "run", "--quiet", "--example", "bodycopy", "--", "--format", "json", *flags]
        + [str(p) for p in PAGES],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=900,
    )
    results = {}
    for line in run.stdout.splitlines():
        record = json.loads(line)
        results[Path(record["file"]).parent.name] = record
    errors = {}
    for line in run.stderr.splitlines():
        # "bodycopy: PATH: message"
        if line.startswith("bodycopy: ") and ": " in line[len("bodycopy: ") :]:
            path, message = line[len("bodycopy: ") :].split(": ", 1)
            errors[Path(path).parent.name] = message
    assert len(results) + len(errors) == len(PAGES), run.stderr
    return results, errors


@pytest.fixture(scope="session")
def rust_results() -> tuple[dict[str, dict], dict[str, str]]:
    return rust_json("--links", "--comments")


def article(title: str, paragraphs: int = 4, lang: str = "en") -> str:
    """A news page as sites build one: navigation, the article, a footer."""
    body = "".join(
        f"<p>Paragraph {i} of the story about {title.lower()}: the council met on Tuesday "
        f"evening and voted to reopen the harbour road after the storm damage was repaired.</p>"
        for i in range(paragraphs)
    )
    return (
        f"<!doctype html><html lang='{lang}'><head><title>{title} | The Coast Herald</title>"
        f"<meta property='og:site_name' content='The Coast Herald'>"
        f"<meta property='article:published_time' content='2025-03-04T08:00:00Z'></head>"
        f"<body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>© The Coast Herald</footer></body></html>"
    )


@dataclass
class Warc:
    """A WARC file being written: records added in order, then saved plain
    or gzip'd record by record."""

    records: list[bytes] = field(default_factory=list)

    def record(self, kind: str, url: str | None, block: bytes, content_type: str, **fields: str) -> str:
        record_id = f"<urn:uuid:{uuid.uuid4()}>"
        head = [
            "WARC/1.0",
            f"WARC-Type: {kind}",
            f"WARC-Record-ID: {record_id}",
            "WARC-Date: 2025-03-04T10:00:00Z",
        ]
        if url:
            head.append(f"WARC-Target-URI: {url}")
        head += [f"{k.replace('_', '-')}: {v}" for k, v in fields.items()]
        head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}"]
        self.records.append(("\r\n".join(head) + "\r\n\r\n").encode() + block + b"\r\n\r\n")
        return record_id

    def response(self, url: str, body: bytes, content_type: str = "text/html; charset=utf-8", status: int = 200) -> str:
        http = f"HTTP/1.1 {status} X\r\nContent-Type: {content_type}\r\nContent-Length: {len(body)}\r\n\r\n"
        payload = content_type.split(";")[0]
        return self.record(
            "response",
            url,
            http.encode() + body,
            "application/http; msgtype=response",
            WARC_Identified_Payload_Type=payload,
        )

    def request(self, url: str) -> str:
        block = f"GET / HTTP/1.1\r\nHost: {url.split('/')[2]}\r\n\r\n".encode()
        return self.record("request", url, block, "application/http; msgtype=request")

    def metadata(self, url: str) -> str:
        return self.record("metadata", url, b"fetchTimeMs: 120\r\n", "application/warc-fields")

    def warcinfo(self) -> str:
        return self.record("warcinfo", None, b"software: bodycopy tests\r\n", "application/warc-fields")

    def save(self, path: Path, gzipped: bool, truncate_last: int = 0) -> Path:
        parts = [gzip.compress(r) if gzipped else r for r in self.records]
        if truncate_last:
            parts[-1] = parts[-1][:-truncate_last]
        path.write_bytes(b"".join(parts))
        return path


def crawl() -> tuple[Warc, list[tuple[str, str]]]:
    """A WARC of a small crawl: a warcinfo record, then for each page its
    request, response and metadata, with a PNG, a 404, a page without an
    article and a windows-1251 page whose charset is only in the HTTP
    header. Gives the HTML pages (url, html) in order."""
    warc = Warc()
    warc.warcinfo()
    pages = []
    for i, title in enumerate(["Harbour road reopens", "Council votes on budget", "Ferry timetable changes"]):
        url = f"https://herald.example/news/{i}"
        html = article(title)
        warc.request(url)
        warc.response(url, html.encode())
        warc.metadata(url)
        pages.append((url, html))
        if i == 0:
            warc.response("https://herald.example/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
            warc.response("https://herald.example/missing", b"<p>Not found</p>", status=404)
            warc.response("https://herald.example/login", b"<html><body><form>Sign in</form></body></html>")
            pages.append(("https://herald.example/login", "<html><body><form>Sign in</form></body></html>"))
    russian = "<html><body><article><h1>Погода</h1>" + "<p>Завтра в городе ожидается тёплая и солнечная погода без осадков, сообщили синоптики.</p>" * 4 + "</article></body></html>"
    warc.response("https://herald.example/ru", russian.encode("windows-1251"), "text/html; charset=windows-1251")
    pages.append(("https://herald.example/ru", russian))
    return warc, pages
