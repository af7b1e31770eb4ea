"""The body copy of web pages: the article a reader came for, without
navigation, teaser lists, captions, credits, share bars, ads, cookie boxes,
bylines and footers.

    >>> import bodycopy
    >>> page = "<article><h1>Harbour</h1>" + "<p>The harbour reopened on Tuesday after the storm.</p>" * 3 + "</article>"
    >>> result = bodycopy.extract(page)
    >>> result["title"]
    'Harbour'

- :func:`extract` one page (``str``, or ``bytes`` whose charset is found as
  a browser finds it), raising a subclass of :class:`Error` when the page
  has no article;
- :func:`extract_many` a list of pages on several threads, in order, a page
  without an article giving ``{"error": {"kind", "message"}}`` in its place;
- :func:`iter_warc` the HTML responses of a WARC file (plain or gzip'd).

Options are keywords of each function, or an :class:`Options` object built
once and passed as ``options=`` (keywords given beside it override its
settings). Every extraction runs in Rust with the GIL released; the
threads of a call are its own, so a process may fork between calls.
``bodycopy.datatrove`` has a datatrove pipeline step.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Literal, TypedDict, Union

from . import _core
from ._core import (
    EmptyError,
    Error,
    NoArticleError,
    NotHtmlError,
    Options,
    TooLargeError,
    WarcRecords,
)

if TYPE_CHECKING:
    from typing_extensions import NotRequired, Unpack

__all__ = [
    "EmptyError",
    "Error",
    "ErrorInfo",
    "Failed",
    "Metadata",
    "NoArticleError",
    "NotHtmlError",
    "Options",
    "OptionsDict",
    "Result",
    "TooLargeError",
    "WarcRecord",
    "WarcRecords",
    "extract",
    "extract_many",
    "iter_warc",
]

Focus = Literal["precision", "balanced", "recall"]
Format = Literal["text", "markdown", "html"]


class OptionsDict(TypedDict, total=False):
    """The settings of :class:`Options`, as keyword arguments."""

    focus: Focus
    format: Format
    comments: bool
    blocks: bool
    tables: bool
    links: bool
    formatting: bool
    images: bool
    captions: bool
    max_bytes: int | None
    min_words: int | None


class Metadata(TypedDict, total=False):
    """What the page says about itself (schema.org, Open Graph, ``<meta>``)."""

    authors: list[str]
    published: str | None
    modified: str | None
    site_name: str | None
    language: str | None
    description: str | None
    canonical_url: str | None
    image: str | None
    tags: list[str]


class Result(TypedDict, total=False):
    """A page's article: ``title``, ``kind`` (the kind of page: ``article``,
    ``discussion``, ``product``, ``listing``, ``documentation``, ``service``
    or ``other``), ``metadata``, the body under the name
    of its format (``text``, ``markdown`` or ``html``), and ``comments`` and
    ``blocks`` when asked (the library's comment thread and blocks, spans
    indexing the block's text by code point)."""

    title: str | None
    kind: str
    text: str
    markdown: str
    html: str
    metadata: Metadata
    comments: list[dict[str, object]]
    blocks: list[dict[str, object]]


class ErrorInfo(TypedDict):
    """Why a page gave no article: the exception's ``kind`` and message."""

    kind: str
    message: str


class Failed(TypedDict):
    """A page of a batch without an article; a page with text but no
    article (``kind`` ``no_article``) also has its ``title`` and
    ``metadata``."""

    error: ErrorInfo
    title: NotRequired[str | None]
    metadata: NotRequired[Metadata]


class WarcRecord(Result, total=False):
    """An HTML response of a WARC file: where it is, then its result (the
    keys of :class:`Result`, or ``error`` as in :class:`Failed`)."""

    url: str | None
    warc_record_id: str | None
    warc_date: str | None
    warc_offset: int | None
    error: ErrorInfo


Page = Union[str, bytes, bytearray]

_DEFAULT = Options()


def _options(options: Options | None, overrides: OptionsDict) -> Options:
    if not overrides:
        return options if options is not None else _DEFAULT
    if options is None:
        return Options(**overrides)
    return Options(**{**options.as_dict(), **overrides})


def extract(
    html: Page,
    url: str | None = None,
    *,
    charset: str | None = None,
    options: Options | None = None,
    **overrides: Unpack[OptionsDict],
) -> Result:
    """Extracts the article of one page.

    ``html`` is ``str`` (already decoded) or ``bytes``, decoded as browsers
    do: a byte-order mark, then ``charset`` (the transport layer's: an HTTP
    ``Content-Type`` value or a bare label), then the page's ``<meta>``,
    then detection. ``url`` is the page's address: links and images resolve
    against it. Options come as ``options=`` and keywords (see
    :class:`Options`).

    Raises :class:`NoArticleError` (with ``title`` and ``metadata``) when
    no part of the page reads as an article, :class:`EmptyError`,
    :class:`NotHtmlError` and :class:`TooLargeError`; all are
    :class:`Error`, a ``ValueError``.
    """
    return _core.extract(html, url, charset, _options(options, overrides))  # type: ignore[return-value]


def extract_many(
    pages: Iterable[Page],
    urls: Sequence[str | None] | None = None,
    *,
    threads: int | None = None,
    options: Options | None = None,
    **overrides: Unpack[OptionsDict],
) -> list[Result | Failed]:
    """Extracts many pages on ``threads`` threads (``None``: one per core),
    with the GIL released, and returns their results in input order.

    ``urls``, when given, has one address (or ``None``) per page. A page
    without an article gives ``{"error": {"kind": ..., "message": ...}}``
    in its place instead of raising; ``kind`` is the exception class's
    (``no_article``, ``empty``, ``not_html``, ``too_large``).
    """
    if isinstance(pages, (str, bytes, bytearray)):
        raise TypeError("pages is an iterable of pages, not one page: use extract()")
    return _core.extract_many(pages, urls, threads, _options(options, overrides))  # type: ignore[return-value]


def iter_warc(
    path: str | os.PathLike[str],
    *,
    threads: int | None = None,
    options: Options | None = None,
    **overrides: Unpack[OptionsDict],
) -> WarcRecords:
    """Reads a WARC file (plain, or gzip'd record by record) and yields one
    dict per HTML response record, in file order, extracted on ``threads``
    threads (``None``: one per core) with the GIL released.

    Each dict has ``url``, ``warc_record_id``, ``warc_date`` and
    ``warc_offset`` (the record's offset, or its gzip member's, as WARC
    indexes give it), then the result as :func:`extract_many` gives it. A
    truncated or corrupt record gives an ``error`` of kind ``warc``, and
    reading goes on at the next one. Requests, metadata, responses that are
    not HTML or not 2xx are passed over. ``max_bytes`` refuses larger
    records unread. Raises ``OSError`` when the file cannot be opened.
    """
    return _core.iter_warc(os.fspath(path), threads, _options(options, overrides))
