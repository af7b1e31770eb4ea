"""The Spark example job, run by spark-submit in local[2] mode over WARC
files the test writes, checked by the Parquet rows it writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from conftest import Warc, article, crawl

import bodycopy

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "spark_warc.py"


@pytest.mark.spark
def test_spark_job_writes_a_row_per_article(tmp_path):
    warc, pages = crawl()
    first = warc.save(tmp_path / "first.warc.gz", True)
    second = Warc()
    second.response("https://gazette.example/fr", article("Le port rouvre", lang="fr").encode())
    second.save(tmp_path / "second.warc", False)
    manifest = tmp_path / "manifest.txt"
    manifest.write_text(f"{first}\n{tmp_path / 'second.warc'}\n")
    output = tmp_path / "out"

    spark_submit = Path(sys.executable).parent / "spark-submit"
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable, "PYSPARK_DRIVER_PYTHON": sys.executable}
    run = subprocess.run(
        [str(spark_submit), "--master", "local[2]", str(EXAMPLE), str(manifest), str(output)],
        capture_output=True,
        text=True,
        env=env,
        # Python workers run `python -m`, which puts their folder first on
        # the path: not one holding the package's sources.
        cwd=tmp_path,
        timeout=600,
    )
    assert run.returncode == 0, run.stderr[-5000:]

    rows = pq.read_table(output).to_pylist()
    rows.sort(key=lambda r: r["url"])
    articles = [(url, html) for url, html in pages if not url.endswith("/login")]
    articles.append(("https://gazette.example/fr", article("Le port rouvre", lang="fr")))
    assert [r["url"] for r in rows] == sorted(url for url, _ in articles)
    by_url = dict(articles)
    for row in rows:
        expected = bodycopy.extract(by_url[row["url"]], row["url"])
        assert row["title"] == expected["title"]
        assert row["text"] == expected["text"]
        assert row["language"] == expected["metadata"].get("language")
        assert row["published"] == expected["metadata"].get("published")
        assert row["warc_record_id"].startswith("<urn:uuid:")
    french = next(r for r in rows if r["url"] == "https://gazette.example/fr")
    assert (french["title"], french["language"]) == ("Le port rouvre", "fr")
