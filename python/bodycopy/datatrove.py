"""A datatrove pipeline step: :class:`Bodycopy` goes where datatrove's
``Trafilatura`` extractor goes::

    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.readers import WarcReader
    from datatrove.pipeline.writers import JsonlWriter
    from bodycopy.datatrove import Bodycopy

    LocalPipelineExecutor(
        pipeline=[WarcReader("crawl/"), Bodycopy(), JsonlWriter("out/")],
        tasks=4,
    ).run()

This module imports without datatrove; the step needs it (``pip install
'datatrove[io]'``, ``[io]`` for its ``WarcReader``).
"""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING, Any, cast

import bodycopy

if TYPE_CHECKING:
    from typing_extensions import Unpack

try:
    from datatrove.pipeline.extractors.base import BaseExtractor
    from datatrove.utils.typeshelper import StatHints
except ImportError:  # datatrove is optional: the step says so when built
    BaseExtractor = object
    StatHints = None

__all__ = ["Bodycopy"]


class Bodycopy(BaseExtractor):  # type: ignore[misc]
    """Replaces each document's HTML with its body copy, and puts the
    page's ``title`` and metadata (``published``, ``authors``,
    ``language``, ``site_name``, ... when the page gives them) into the
    document's metadata.

    Documents are extracted ``batch_size`` at a time by
    :func:`bodycopy.extract_many` on ``threads`` threads (1 by default:
    datatrove runs one task per core already), without datatrove's
    per-document subprocess: the extraction cannot hang, its time being
    linear in the page's size. A page without an article leaves an empty
    text, which is dropped, and counts in the step's stats under its kind
    (``no_article``, ``empty``, ``not_html``, ``too_large``); it never
    raises. Options come as ``options=`` and keywords, as for
    :func:`bodycopy.extract`; the document's ``url`` metadata is the
    page's address.
    """

    name = "📰 Bodycopy"
    type = "🛢 - EXTRAC"

    def __init__(
        self,
        batch_size: int = 64,
        threads: int = 1,
        timeout: float = 1,
        options: bodycopy.Options | None = None,
        **overrides: Unpack[bodycopy.OptionsDict],
    ) -> None:
        if BaseExtractor is object:
            raise ImportError(
                "bodycopy.datatrove.Bodycopy is a datatrove step: pip install 'datatrove[io]'"
            )
        super().__init__(timeout)
        if batch_size < 1:
            raise ValueError("batch_size must be at least 1")
        self.batch_size = batch_size
        self.threads = threads
        self.options = bodycopy._options(options, overrides)

    def extract(self, text: str) -> str:
        """The body copy of one page; an empty string when it has none."""
        try:
            result = bodycopy.extract(text, options=self.options)
        except bodycopy.Error:
            return ""
        return str(result.get(self.options.format, ""))

    def run(self, data: Any, rank: int = 0, world_size: int = 1) -> Any:
        """Extracts the documents of ``data`` in batches, yielding those
        with an article."""
        documents = iter(data)
        while batch := list(islice(documents, self.batch_size)):
            with self.track_time(unit="batch"):
                results = bodycopy.extract_many(
                    [doc.text for doc in batch],
                    [doc.metadata.get("url") for doc in batch],
                    threads=self.threads,
                    options=self.options,
                )
            for doc, result in zip(batch, results):
                self.stat_update(StatHints.total)
                if "error" in result:
                    self.stat_update(cast(bodycopy.Failed, result)["error"]["kind"])
                    doc.text = ""
                else:
                    self.stat_update("extracted")
                    doc.text = str(result.get(self.options.format, ""))
                    doc.metadata["title"] = result.get("title")
                    for key, value in result.get("metadata", {}).items():
                        if value not in (None, []):
                            doc.metadata[key] = value
                if doc.text:
                    self.stat_update(StatHints.forwarded)
                    self.update_doc_stats(doc)
                    yield doc
                else:
                    self.stat_update(StatHints.dropped)
