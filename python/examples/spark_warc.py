"""The body copy of the HTML pages of WARC files, as a Spark job in the
shape of cc-pyspark: a manifest of WARC paths, one task per WARC file
(``mapPartitions`` over :func:`bodycopy.iter_warc`), rows of url, title,
text, language and published date, written as Parquet.

    spark-submit --master 'local[2]' python/examples/spark_warc.py MANIFEST OUTPUT_DIR

MANIFEST has one WARC path per line (plain or gzip'd WARC files, paths
every executor can read: a local path on one machine, a shared file
system on a cluster; fetch S3 or HTTP paths to a temporary file first).
On a cluster the command is the same with the cluster's ``--master``, and
bodycopy's wheel installed on the executors (``pip install bodycopy`` in
their image, or ``--py-files`` / ``--archives`` with a packed
environment).
"""

from __future__ import annotations

import argparse
from collections.abc import Iterable, Iterator

import bodycopy
from pyspark.sql import Row, SparkSession
from pyspark.sql.types import StringType, StructField, StructType

SCHEMA = StructType(
    [
        StructField("url", StringType(), True),
        StructField("warc_record_id", StringType(), True),
        StructField("title", StringType(), True),
        StructField("text", StringType(), False),
        StructField("language", StringType(), True),
        StructField("published", StringType(), True),
    ]
)


def extract_partition(paths: Iterable[str], options: bodycopy.Options, threads: int) -> Iterator[Row]:
    """The rows of the pages with an article in the WARC files of a partition."""
    for path in paths:
        for record in bodycopy.iter_warc(path.strip(), threads=threads, options=options):
            if "error" in record:
                continue
            metadata = record.get("metadata", {})
            yield Row(
                url=record.get("url"),
                warc_record_id=record.get("warc_record_id"),
                title=record.get("title"),
                text=record.get("text", ""),
                language=metadata.get("language"),
                published=metadata.get("published"),
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("manifest", help="a file with one WARC path per line")
    parser.add_argument("output", help="the folder of the Parquet output")
    parser.add_argument("--focus", default="balanced", choices=["precision", "balanced", "recall"])
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="extraction threads per task (Spark already runs one task per core)",
    )
    args = parser.parse_args()

    spark = SparkSession.builder.appName("bodycopy-warc").getOrCreate()
    # Built once on the driver and pickled to the executors with the function.
    options = bodycopy.Options(focus=args.focus)
    threads = args.threads
    paths = [line for line in spark.sparkContext.textFile(args.manifest).collect() if line.strip()]
    rows = spark.sparkContext.parallelize(paths, max(1, len(paths))).mapPartitions(
        lambda part: extract_partition(part, options, threads)
    )
    spark.createDataFrame(rows, SCHEMA).write.mode("overwrite").parquet(args.output)
    spark.stop()


if __name__ == "__main__":
    main()
