"""The datatrove step in a pipeline: WarcReader -> Bodycopy -> JsonlWriter
over a WARC file the test writes."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys

from conftest import crawl

import bodycopy
from bodycopy.datatrove import Bodycopy


def test_pipeline_over_a_warc(tmp_path):
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter

    warc, pages = crawl()
    (tmp_path / "in").mkdir()
    warc.save(tmp_path / "in" / "crawl.warc.gz", True)
    step = Bodycopy(batch_size=2, threads=2)
    LocalPipelineExecutor(
        pipeline=[
            WarcReader(str(tmp_path / "in"), glob_pattern="*.warc.gz"),
            step,
            JsonlWriter(str(tmp_path / "out")),
        ],
        tasks=1,
        logging_dir=str(tmp_path / "logs"),
    ).run()

    (output,) = (tmp_path / "out").glob("*.jsonl.gz")
    documents = [json.loads(line) for line in gzip.open(output, "rt", encoding="utf-8")]
    # The sign-in page has no article: it is dropped, and counted.
    articles = [(url, html) for url, html in pages if not url.endswith("/login")]
    assert [d["metadata"]["url"] for d in documents] == [url for url, _ in articles]
    for document, (url, html) in zip(documents, articles):
        expected = bodycopy.extract(html, url)
        assert document["text"] == expected["text"]
        assert document["metadata"]["title"] == expected["title"]
    assert documents[0]["metadata"]["site_name"] == "The Coast Herald"
    assert documents[0]["metadata"]["published"] == "2025-03-04T08:00:00Z"
    stats = json.loads((tmp_path / "logs" / "stats.json").read_text())
    counters = next(s["stats"] for s in stats if s["name"].endswith(Bodycopy.name))
    assert counters["extracted"] == len(articles)
    # datatrove's reader also passes on the 404 page ("Not found").
    assert counters["no_article"] == 2
    assert counters["dropped"] == 2


def test_one_page_at_a_time_never_raises():
    step = Bodycopy()
    assert step.extract("") == ""  # datatrove's warm-up call
    assert step.extract("<p>Sign in</p>") == ""
    page = "<article>" + "<p>The council met on Tuesday evening and voted to reopen the harbour road.</p>" * 3 + "</article>"
    assert step.extract(page).startswith("The council met")


def test_the_module_imports_without_datatrove(tmp_path):
    # datatrove hidden: importing works, building the step says what is missing.
    code = (
        "import sys; sys.modules['datatrove'] = None\n"
        "import bodycopy.datatrove as d\n"
        "try:\n    d.Bodycopy()\nexcept ImportError as e:\n    print(e)\n"
    )
    # Run from a folder that does not hold the package's sources, which
    # `-c` would put first on the path.
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=tmp_path)
    assert "pip install 'datatrove[io]'" in run.stdout
