"""How the package behaves in a process: the GIL is released while pages
are extracted, a forked child extracts, the options pickle."""

from __future__ import annotations

import copy
import multiprocessing
import pickle
import threading
import time

import pytest
from conftest import article, golden

import bodycopy


def test_other_threads_run_during_extract_many():
    # A ticker thread notes when it runs. Holding the GIL for the whole
    # call would let it in at most at the call's two edges; released, it
    # ticks all through.
    pages = [golden("news-story-as-div-soup")] * 400
    ticks: list[float] = []
    stop = threading.Event()

    def ticker() -> None:
        while not stop.is_set():
            ticks.append(time.monotonic())
            time.sleep(0.001)

    thread = threading.Thread(target=ticker)
    thread.start()
    try:
        start = time.monotonic()
        results = bodycopy.extract_many(pages, threads=1)
        end = time.monotonic()
    finally:
        stop.set()
        thread.join()
    assert all("text" in r for r in results)
    during = [t for t in ticks if start < t < end]
    assert len(during) >= 10, f"{len(during)} ticks in {end - start:.3f} s"


def _extract_in_child(pages: list[str]) -> list[str | None]:
    return [r.get("title") for r in bodycopy.extract_many(pages, threads=2)]  # type: ignore[misc]


def test_extract_many_in_a_forked_child():
    # The parent has run a pool (and runs one while it forks): the child's
    # call must start its own threads, not wait for the parent's.
    pages = [article(f"Story {i} of the day") for i in range(30)]
    titles = _extract_in_child(pages)
    busy = threading.Thread(target=lambda: [bodycopy.extract_many(pages, threads=2) for _ in range(5)])
    busy.start()
    try:
        with multiprocessing.get_context("fork").Pool(1) as pool:
            assert pool.apply_async(_extract_in_child, (pages,)).get(timeout=120) == titles
    finally:
        busy.join()
    assert titles == [f"Story {i} of the day" for i in range(30)]


@pytest.mark.parametrize("protocol", range(2, pickle.HIGHEST_PROTOCOL + 1))
def test_options_pickle(protocol):
    options = bodycopy.Options(
        focus="recall", format="html", comments=True, blocks=True, tables=False, links=True, max_bytes=1 << 20, min_words=5
    )
    again = pickle.loads(pickle.dumps(options, protocol=protocol))
    assert again == options
    assert again.as_dict() == options.as_dict()
    assert copy.deepcopy(options) == options
    page = article("Harbour road reopens")
    assert bodycopy.extract(page, options=again) == bodycopy.extract(page, options=options)
    assert again != bodycopy.Options()
