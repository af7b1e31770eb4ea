#!/usr/bin/env python3
"""Builds a WARC.gz for the batch benchmark from benchmark pages, as a crawler writes one.

    scripts/make-bench-warc.py OUT.warc.gz DATASET_DIR...

Each DATASET_DIR has html/<id>.html.gz and ground-truth.json (with each page's url), as the
project's benchmark folders do. Every page becomes an HTTP exchange: a request record, a response
record and a metadata record, one gzip member each. A quarter of the responses are plain, a
quarter chunked, a quarter gzip'd (Content-Encoding), a quarter both. Between them come records
that hold no page: images, JSON, 404s and redirects. Prints what the file holds, and writes it
beside the WARC as OUT.warc.gz.json for scripts/bench-warc.py.
"""
import gzip, json, random, sys, uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path


def record(kind, uri, content_type, block, date):
    head = [
        "WARC/1.1",
        f"WARC-Type: {kind}",
        f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=random.getrandbits(128), version=4)}>",
        f"WARC-Date: {date}",
    ]
    if uri:
        head.append(f"WARC-Target-URI: {uri}")
    head += [f"Content-Type: {content_type}", f"Content-Length: {len(block)}", "", ""]
    return gzip.compress("\r\n".join(head).encode() + block + b"\r\n\r\n", compresslevel=6)


def http_response(status, headers, body):
    head = f"HTTP/1.1 {status}\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers)
    return head.encode() + b"Server: nginx\r\nConnection: close\r\n\r\n" + body


def chunked(body, size=8192):
    out = b""
    for i in range(0, len(body), size):
        part = body[i:i + size]
        out += f"{len(part):x}\r\n".encode() + part + b"\r\n"
    return out + b"0\r\n\r\n"


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = Path(sys.argv[1])
    random.seed(12)
    when = datetime(2026, 3, 1, tzinfo=timezone.utc)
    pages = html_bytes = skipped = 0
    with out.open("wb") as warc:
        info = b"software: bodycopy bench generator\r\nformat: WARC File Format 1.1\r\n"
        warc.write(record("warcinfo", None, "application/warc-fields", info, when.strftime("%Y-%m-%dT%H:%M:%SZ")))
        for dataset in map(Path, sys.argv[2:]):
            truth = json.loads((dataset / "ground-truth.json").read_text(encoding="utf-8"))
            for i, doc_id in enumerate(sorted(truth)):
                html = gzip.decompress((dataset / "html" / f"{doc_id}.html.gz").read_bytes())
                uri = truth[doc_id].get("url") or f"https://{dataset.name}.example/{doc_id}"
                host = uri.split("/")[2] if uri.count("/") >= 2 else "example.com"
                date = (when + timedelta(seconds=pages)).strftime("%Y-%m-%dT%H:%M:%SZ")
                request = f"GET /{doc_id} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: bench-crawler/1.0\r\n\r\n"
                warc.write(record("request", uri, "application/http; msgtype=request", request.encode(), date))
                try:
                    html.decode("utf-8")
                    content_type = "text/html; charset=utf-8"
                except UnicodeDecodeError:
                    content_type = "text/html"
                headers, body = [("Content-Type", content_type)], html
                if i % 4 in (2, 3):
                    headers.append(("Content-Encoding", "gzip"))
                    body = gzip.compress(body, compresslevel=6)
                if i % 4 in (1, 3):
                    headers.append(("Transfer-Encoding", "chunked"))
                    body = chunked(body)
                else:
                    headers.append(("Content-Length", str(len(body))))
                response = http_response("200 OK", headers, body)
                warc.write(record("response", uri, "application/http; msgtype=response", response, date))
                warc.write(record("metadata", uri, "application/warc-fields", b"fetchTimeMs: 87\r\n", date))
                pages += 1
                html_bytes += len(html)
                # Records that hold no page.
                if i % 5 == 0:
                    image = random.randbytes(random.randint(2_000, 40_000))
                    extra = http_response("200 OK", [("Content-Type", "image/jpeg")], image)
                    warc.write(record("response", uri + ".jpg", "application/http; msgtype=response", extra, date))
                    skipped += 1
                if i % 7 == 0:
                    data = json.dumps({"id": doc_id, "items": list(range(200))}).encode()
                    extra = http_response("200 OK", [("Content-Type", "application/json")], data)
                    warc.write(record("response", uri + ".json", "application/http; msgtype=response", extra, date))
                    skipped += 1
                if i % 11 == 0:
                    extra = http_response("404 Not Found", [("Content-Type", "text/html")], b"<html><body><h1>Not found</h1></body></html>")
                    warc.write(record("response", uri + "/missing", "application/http; msgtype=response", extra, date))
                    skipped += 1
                if i % 13 == 0:
                    extra = http_response("301 Moved Permanently", [("Location", uri)], b"")
                    warc.write(record("response", uri + "/old", "application/http; msgtype=response", extra, date))
                    skipped += 1
    facts = {"html_pages": pages, "html_bytes": html_bytes, "other_responses": skipped, "warc_bytes": out.stat().st_size}
    Path(str(out) + ".json").write_text(json.dumps(facts))
    print(f"{out}: {pages} HTML pages ({html_bytes / 1e6:.1f} MB of HTML), {skipped} other responses, "
          f"{facts['warc_bytes'] / 1e6:.1f} MB gzip'd")


if __name__ == "__main__":
    main()
