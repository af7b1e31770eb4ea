#!/usr/bin/env python3
"""Times bodycopy over a WARC.gz with 1 and 2 jobs, side by side with what a user would use instead.

    scripts/bench-warc.py WARC.gz [--bodycopy target/release/bodycopy] [--venv target/bench-venv] [--runs 3]

The WARC comes from scripts/make-bench-warc.py (its OUT.warc.gz.json says how many HTML pages and
bytes of HTML it holds); the venv from scripts/bench-warc-setup.sh. Each tool reads the same file,
undoes the HTTP encodings and extracts the text of every HTML response:
  - bodycopy, the command-line tool, JSON lines to /dev/null, with -j1 and -j2;
  - resiliparse: extract_plain_text(main_content=True) over FastWARC's ArchiveIterator;
  - trafilatura: extract() in a Python loop over the same iterator (one run: it is slow).
Wall-clock and CPU times, best of --runs (by wall time), Python's without its imports; CPU time
is what tells pages per core-second on a shared machine. Prints a Markdown table.
"""
import argparse, json, os, resource, subprocess, sys, time
from pathlib import Path

PYTHON_LOOP = r"""
import gzip, sys, time
from fastwarc.warc import ArchiveIterator, WarcRecordType
tool = sys.argv[2]
if tool == "resiliparse":
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding
    def extract(body, charset):
        return extract_plain_text(bytes_to_str(body, charset or detect_encoding(body)), main_content=True)
else:
    import logging
    logging.disable(logging.CRITICAL)
    from trafilatura import extract as trafilatura_extract
    def extract(body, charset):
        return trafilatura_extract(body)
start, cpu = time.perf_counter(), time.process_time()
pages = 0
limit = int(sys.argv[3]) if len(sys.argv) > 3 else None
# FastWARC 2.0.1 ends the iteration, silently, after the first response that is both chunked
# and gzip'd when asked to undo both (auto_decode="all"): it undoes the chunking, gzip is
# undone here (zlib, in C).
for record in ArchiveIterator(sys.argv[1], record_types=WarcRecordType.response, parse_http=True,
                              auto_decode="transfer", fsspec_args=False):
    if record.http_headers.status_code // 100 != 2:
        continue
    content_type = record.http_content_type or ""
    if "html" not in content_type:
        continue
    body = record.reader.read()
    if (record.http_headers.get("Content-Encoding") or "").lower() == "gzip":
        body = gzip.decompress(body)
    extract(body, record.http_charset)
    pages += 1
    if pages == limit:
        break
print(pages, time.perf_counter() - start, time.process_time() - cpu)
"""


def best(runs, fn):
    return min((fn() for _ in range(runs)), key=lambda r: r[1])


def children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("warc", type=Path)
    ap.add_argument("--bodycopy", type=Path, default=Path("target/release/bodycopy"))
    ap.add_argument("--venv", type=Path, default=Path("target/bench-venv"))
    ap.add_argument("--runs", type=int, default=3)
    opt = ap.parse_args()
    facts = json.loads(Path(str(opt.warc) + ".json").read_text())
    pages, mb = facts["html_pages"], facts["html_bytes"] / 1e6

    def bodycopy(jobs):
        def run():
            start, cpu = time.perf_counter(), children_cpu()
            r = subprocess.run([str(opt.bodycopy), "-q", "--format", "json", "-j", str(jobs), "-o", os.devnull, str(opt.warc)])
            if r.returncode not in (0, 1):
                sys.exit(f"bodycopy failed with exit code {r.returncode}")
            return pages, time.perf_counter() - start, children_cpu() - cpu
        return run

    def python(tool):
        def run():
            r = subprocess.run([str(opt.venv / "bin" / "python"), "-c", PYTHON_LOOP, str(opt.warc), tool],
                               capture_output=True, text=True)
            if r.returncode != 0:
                sys.exit(f"{tool} failed: {r.stderr}")
            n, seconds, cpu = r.stdout.split()
            return int(n), float(seconds), float(cpu)
        return run

    rows = [
        ("bodycopy -j1", 1, best(opt.runs, bodycopy(1))),
        ("bodycopy -j2", 2, best(opt.runs, bodycopy(2))),
        ("resiliparse + FastWARC", 1, best(opt.runs, python("resiliparse"))),
        ("trafilatura (Python loop)", 1, python("trafilatura")()),
    ]
    print(f"{opt.warc}: {pages} HTML pages, {mb:.1f} MB of HTML, {facts['warc_bytes'] / 1e6:.1f} MB gzip'd; "
          f"best of {opt.runs} runs (trafilatura: one)\n")
    print("| tool | threads | pages | wall time | pages/s | MB/s of HTML | CPU time | pages per CPU-second |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for name, cores, (n, seconds, cpu) in rows:
        print(f"| {name} | {cores} | {n} | {seconds:.1f} s | {n / seconds:.0f} | {mb * n / pages / seconds:.1f} "
              f"| {cpu:.1f} s | {n / cpu:.0f} |")
    j1, j2 = rows[0][2][1], rows[1][2][1]
    print(f"\n2 jobs / 1 job: {j1 / j2:.2f}x the pages/s")


if __name__ == "__main__":
    main()
