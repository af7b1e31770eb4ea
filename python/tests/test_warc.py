"""iter_warc over WARC files the tests write: plain and gzip'd record by
record, with records that are no pages and a truncated last record."""

from __future__ import annotations

import pytest
from conftest import Warc, article, crawl

import bodycopy


def expected(url: str, html: str) -> dict:
    try:
        return bodycopy.extract(html, url)  # type: ignore[return-value]
    except bodycopy.NoArticleError as error:
        return {"error": error.kind}


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
@pytest.mark.parametrize("threads", [1, 2])
def test_html_responses_are_extracted_in_file_order(tmp_path, gzipped, threads):
    warc, pages = crawl()
    path = warc.save(tmp_path / ("crawl.warc.gz" if gzipped else "crawl.warc"), gzipped)
    records = list(bodycopy.iter_warc(path, threads=threads))
    # Requests, metadata, the PNG and the 404 are passed over.
    assert [r["url"] for r in records] == [url for url, _ in pages]
    for record, (url, html) in zip(records, pages):
        assert record["warc_record_id"].startswith("<urn:uuid:")
        assert record["warc_date"] == "2025-03-04T10:00:00Z"
        assert isinstance(record["warc_offset"], int)
        want = expected(url, html)
        if "error" in want:
            assert record["error"]["kind"] == want["error"]
        else:
            assert {k: record[k] for k in ("title", "kind", "text", "metadata")} == want


def test_charset_in_the_http_header_decodes_the_page(tmp_path):
    warc, _ = crawl()
    records = list(bodycopy.iter_warc(warc.save(tmp_path / "c.warc.gz", True)))
    russian = records[-1]
    assert russian["url"] == "https://herald.example/ru"
    assert russian["title"] == "Погода"
    assert russian["text"].startswith("Завтра в городе")


def test_offsets_point_at_the_records(tmp_path):
    warc = Warc()
    warc.warcinfo()
    ids = [warc.response(f"https://a.example/{i}", article(f"Story {i}").encode()) for i in range(3)]
    plain = warc.save(tmp_path / "a.warc", False).read_bytes()
    for record, record_id in zip(bodycopy.iter_warc(tmp_path / "a.warc"), ids):
        assert record["warc_record_id"] == record_id
        assert plain[record["warc_offset"] :].startswith(b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: " + record_id.encode())


@pytest.mark.parametrize("gzipped", [True, False], ids=["gzip", "plain"])
def test_a_truncated_record_is_an_error_entry_after_the_others(tmp_path, gzipped):
    warc = Warc()
    for i in range(3):
        warc.response(f"https://a.example/{i}", article(f"Story {i}").encode())
    path = warc.save(tmp_path / "t.warc", gzipped, truncate_last=200)
    records = list(bodycopy.iter_warc(path, threads=2))
    assert [r.get("title") for r in records[:2]] == ["Story 0", "Story 1"]
    assert len(records) == 3
    last = records[2]
    assert last["error"]["kind"] == "warc"
    assert "truncated" in last["error"]["message"]
    assert "text" not in last


def test_options_apply_to_every_record(tmp_path):
    warc, pages = crawl()
    path = warc.save(tmp_path / "c.warc.gz", True)
    options = bodycopy.Options(format="markdown", max_bytes=100_000)
    first = next(iter(bodycopy.iter_warc(path, options=options)))
    assert first["markdown"] == bodycopy.extract(pages[0][1], options=options)["markdown"]
    kinds = {r["url"]: r["error"]["kind"] for r in bodycopy.iter_warc(path, max_bytes=500)}
    # The sign-in page is under the limit; the articles are over it.
    assert kinds == {url: "no_article" if url.endswith("/login") else "too_large" for url, _ in pages}


def test_a_missing_file_is_an_os_error(tmp_path):
    with pytest.raises(FileNotFoundError):
        bodycopy.iter_warc(tmp_path / "missing.warc.gz")


def test_stopping_early_stops_the_threads(tmp_path):
    warc = Warc()
    for i in range(50):
        warc.response(f"https://a.example/{i}", article(f"Story {i}").encode())
    path = warc.save(tmp_path / "many.warc.gz", True)
    records = bodycopy.iter_warc(path, threads=2)
    assert next(records)["title"] == "Story 0"
    del records  # joins its threads; nothing hangs
    assert len(list(bodycopy.iter_warc(path, threads=2))) == 50
