"""The Rust core of bodycopy; use the functions of ``bodycopy`` itself."""

from typing import Any, final

__all__ = [
    "EmptyError",
    "Error",
    "NoArticleError",
    "NotHtmlError",
    "Options",
    "TooLargeError",
    "WarcRecords",
    "extract",
    "extract_many",
    "iter_warc",
]

@final
class Options:
    """Extraction options, built once and reused for many pages."""

    def __new__(
        cls,
        *,
        focus: str = "balanced",
        format: str = "text",
        comments: bool = False,
        blocks: bool = False,
        tables: bool = True,
        links: bool = False,
        formatting: bool = False,
        images: bool = False,
        captions: bool = False,
        max_bytes: int | None = None,
        min_words: int | None = None,
    ) -> Options: ...
    @property
    def focus(self) -> str: ...
    @property
    def format(self) -> str: ...
    @property
    def comments(self) -> bool: ...
    @property
    def blocks(self) -> bool: ...
    @property
    def tables(self) -> bool: ...
    @property
    def links(self) -> bool: ...
    @property
    def formatting(self) -> bool: ...
    @property
    def images(self) -> bool: ...
    @property
    def captions(self) -> bool: ...
    @property
    def max_bytes(self) -> int | None: ...
    @property
    def min_words(self) -> int: ...
    def as_dict(self) -> dict[str, Any]: ...
    def __getnewargs_ex__(self) -> tuple[tuple[()], dict[str, Any]]: ...
    def __eq__(self, value: object, /) -> bool: ...

@final
class WarcRecords:
    """The records of a WARC file, extracted (see ``bodycopy.iter_warc``)."""

    def __iter__(self) -> WarcRecords: ...
    def __next__(self) -> dict[str, Any]: ...

class Error(ValueError):
    """Why a page gave no article."""

    kind: str

class NoArticleError(Error):
    """No part of the page reads as an article body."""

    title: str | None
    metadata: dict[str, Any]

class EmptyError(NoArticleError):
    """The page is empty or only whitespace."""

class NotHtmlError(Error):
    """The page's bytes are a known binary format, not HTML."""

class TooLargeError(Error):
    """The page is larger than the ``max_bytes`` option."""

def extract(
    html: str | bytes | bytearray, url: str | None, charset: str | None, options: Options
) -> dict[str, Any]: ...
def extract_many(
    pages: Any, urls: Any, threads: int | None, options: Options
) -> list[dict[str, Any]]: ...
def iter_warc(path: str, threads: int | None, options: Options) -> WarcRecords: ...
