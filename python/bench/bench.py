"""How fast bodycopy extracts from Python, side by side with trafilatura
and resiliparse, in one run over one folder of pages.

    python python/bench/bench.py [FOLDER] [--runs N]

FOLDER holds HTML pages (``.html``, or ``.html.gz``, un-gzipped before the
clock starts), in it or below it; by default the repository's golden test
pages (``tests/pages/*/source.html``). Every tool gets
the page's bytes and decodes them itself (bodycopy and trafilatura find
the charset; resiliparse is given the one its ``detect_encoding`` finds).
Each tool runs over all pages ``--runs`` times; the best run is shown, as
pages per second and MB of HTML per second of wall time, and pages per
second of CPU time (all threads). Prints a Markdown table.

Needs bodycopy built in release mode (``pip install ./python``), and
``pip install trafilatura resiliparse``.
"""

from __future__ import annotations

import argparse
import gzip
import platform
import time
from collections.abc import Callable
from importlib.metadata import version
from pathlib import Path

import bodycopy

REPO = Path(__file__).resolve().parents[2]


def load(folder: Path) -> list[bytes]:
    pages = []
    for path in sorted(folder.rglob("*")):
        if path.name.startswith("expected."):
            continue
        if path.name.endswith(".html.gz"):
            pages.append(gzip.decompress(path.read_bytes()))
        elif path.name.endswith((".html", ".htm")):
            pages.append(path.read_bytes())
    if not pages:
        raise SystemExit(f"no .html or .html.gz pages in {folder}")
    return pages


def bodycopy_loop(pages: list[bytes]) -> None:
    for page in pages:
        try:
            bodycopy.extract(page)
        except bodycopy.Error:
            pass


def bodycopy_many(threads: int) -> Callable[[list[bytes]], None]:
    def run(pages: list[bytes]) -> None:
        bodycopy.extract_many(pages, threads=threads)

    return run


def trafilatura_loop(pages: list[bytes]) -> None:
    import trafilatura

    for page in pages:
        trafilatura.extract(page)


def resiliparse_loop(pages: list[bytes]) -> None:
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.encoding import bytes_to_str, detect_encoding

    for page in pages:
        extract_plain_text(bytes_to_str(page, detect_encoding(page) or "utf-8"), main_content=True)


def measure(run: Callable[[list[bytes]], None], pages: list[bytes], runs: int) -> tuple[float, float]:
    """The best run's wall and CPU seconds, after a warm-up on one page
    (imports, first-call set-up)."""
    run(pages[:1])
    best = (float("inf"), float("inf"))
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        run(pages)
        best = min(best, (time.perf_counter() - wall, time.process_time() - cpu))
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("folder", nargs="?", type=Path, default=REPO / "tests" / "pages")
    parser.add_argument("--runs", type=int, default=3, help="runs per tool; the best is shown")
    args = parser.parse_args()

    pages = load(args.folder)
    megabytes = sum(map(len, pages)) / 1e6
    tools: list[tuple[str, int, Callable[[list[bytes]], None]]] = [
        ("bodycopy `extract` in a loop", 1, bodycopy_loop),
        ("bodycopy `extract_many(threads=1)`", 1, bodycopy_many(1)),
        ("bodycopy `extract_many(threads=2)`", 2, bodycopy_many(2)),
        (f"trafilatura {version('trafilatura')} `extract` in a loop", 1, trafilatura_loop),
        (
            f"resiliparse {version('resiliparse')} `extract_plain_text(main_content=True)` in a loop",
            1,
            resiliparse_loop,
        ),
    ]
    print(
        f"{len(pages)} pages, {megabytes:.1f} MB of HTML, from {args.folder}; "
        f"best of {args.runs} runs; Python {platform.python_version()}\n"
    )
    print("| tool | threads | wall time | pages/s | MB/s | pages per CPU-second |")
    print("| --- | --- | --- | --- | --- | --- |")
    for name, threads, run in tools:
        wall, cpu = measure(run, pages, args.runs)
        print(
            f"| {name} | {threads} | {wall:.2f} s | {len(pages) / wall:.0f} | {megabytes / wall:.1f} "
            f"| {len(pages) / cpu:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
