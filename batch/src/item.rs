//! The items read from the inputs and what became of them: takes an
//! [`Item`] (a page's bytes as read, or why there is no page), gives an
//! [`Outcome`] (its article, why it failed, or why it was skipped).

use std::borrow::Cow;
use std::fmt;
use std::path::PathBuf;

use crate::http::{self, Head};
use crate::stream::GZIP_MAGIC;

/// Where a page came from.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Source {
    /// A file, as its path was given or found in a folder.
    File {
        /// The file's path.
        path: PathBuf,
    },
    /// Standard input.
    Stdin,
    /// A record of a WARC file (or of a WARC read from standard input,
    /// whose path is then `-`).
    Warc {
        /// The WARC file's path.
        path: PathBuf,
        /// Where the record starts in the file: its byte offset in a plain
        /// WARC, its gzip member's offset in a gzip'd one (the offset WARC
        /// indexes give).
        offset: u64,
        /// The record's `WARC-Record-ID`, as written (`<urn:uuid:…>`).
        record_id: Option<String>,
    },
}

impl Source {
    /// The file the page came from (`-` for standard input).
    pub fn path(&self) -> Cow<'_, str> {
        match self {
            Source::File { path } | Source::Warc { path, .. } => path.to_string_lossy(),
            Source::Stdin => Cow::Borrowed("-"),
        }
    }
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Source::File { path } => write!(f, "{}", path.display()),
            Source::Stdin => f.write_str("standard input"),
            Source::Warc { path, offset, .. } if path.as_os_str() == "-" => {
                write!(f, "standard input at offset {offset}")
            }
            Source::Warc { path, offset, .. } => write!(f, "{} at offset {offset}", path.display()),
        }
    }
}

/// Why a page gave no article.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The extractor's own verdict: no article, not HTML, too large, empty.
    #[error(transparent)]
    Extract(#[from] bodycopy::Error),
    /// The page's bytes could not be decoded: a corrupt gzip'd file, a
    /// body in a content coding that is broken or not supported.
    #[error("{0}")]
    Decode(String),
    /// The file could not be read.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// A WARC record or a gzip member of a WARC file is truncated or
    /// corrupt.
    #[error("{0}")]
    Warc(String),
}

impl Error {
    /// The error's kind, as the command-line tool's JSON names it:
    /// `no_article`, `not_html`, `too_large`, `decode`, `io` or `warc`.
    pub fn kind(&self) -> &'static str {
        match self {
            Error::Extract(bodycopy::Error::NotHtml { .. }) => "not_html",
            Error::Extract(bodycopy::Error::TooLarge { .. }) => "too_large",
            Error::Extract(_) => "no_article",
            Error::Decode(_) => "decode",
            Error::Io(_) => "io",
            Error::Warc(_) => "warc",
        }
    }
}

/// Why an input was passed over. Skipped inputs are not failures: they are
/// not pages.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Skip {
    /// A hidden file or folder (its name starts with a dot) in a folder.
    Hidden,
    /// A file in a folder whose name is not a page's (see
    /// [`Inputs`](crate::Inputs)), or that is not a regular file.
    NotPageName,
    /// A WARC record of a type that holds no page: `request`, `metadata`,
    /// `revisit`, `warcinfo`, ... (the type, lower-cased).
    RecordType(String),
    /// A response whose content is not HTML (its `Content-Type`, or `None`
    /// when there was none and the body did not look like HTML).
    NotHtml(Option<String>),
    /// A response with a status other than 2xx.
    Status(u16),
}

impl fmt::Display for Skip {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Skip::Hidden => f.write_str("hidden"),
            Skip::NotPageName => f.write_str("not a page's name"),
            Skip::RecordType(kind) => write!(f, "{kind} record"),
            Skip::NotHtml(Some(kind)) => write!(f, "not HTML ({kind})"),
            Skip::NotHtml(None) => f.write_str("not HTML"),
            Skip::Status(status) => write!(f, "status {status}"),
        }
    }
}

/// One thing read from the inputs, in input order: a page to extract, or
/// the reason there is none.
#[derive(Debug)]
#[non_exhaustive]
pub struct Item {
    /// Where it came from.
    pub source: Source,
    /// The page's address: a WARC record's `WARC-Target-URI`.
    pub url: Option<String>,
    /// A WARC record's `WARC-Date`.
    pub date: Option<String>,
    /// What was read.
    pub content: Content,
}

/// What an [`Item`] holds.
#[derive(Debug)]
#[non_exhaustive]
pub enum Content {
    /// A page's bytes, still to be decoded and extracted.
    Page(Page),
    /// Something that is not a page.
    Skipped(Skip),
    /// A page, or a part of the input, that could not be read.
    Failed(Error),
}

/// A page's bytes as read: a file's (gzip'd or not, known by its first
/// bytes) or an HTTP response's (with its transfer and content encodings).
#[derive(Debug)]
pub struct Page {
    bytes: Vec<u8>,
    http: Option<Head>,
}

impl Page {
    /// A page from a file's bytes: HTML, or gzip'd HTML (recognised by its
    /// first bytes, whatever the file's name).
    pub fn from_file_bytes(bytes: Vec<u8>) -> Self {
        Page { bytes, http: None }
    }

    /// A page from an HTTP response's bytes (the header block, then the
    /// body). `None` when they do not start with a status line.
    pub(crate) fn from_http(block: Vec<u8>) -> Option<Self> {
        let head = http::parse_head(&block)?;
        Some(Page {
            bytes: block,
            http: Some(head),
        })
    }

    /// The HTTP status, for a response.
    pub(crate) fn status(&self) -> Option<u16> {
        Some(self.http.as_ref()?.status)
    }

    /// Whether the decoded bytes are to be extracted: a file's always (the
    /// extractor tells binary data), a response's when its content type is
    /// HTML or, missing, its body looks like HTML.
    fn may_be_html(&self, html: &[u8]) -> bool {
        match &self.http {
            None => true,
            Some(head) => head
                .content_type
                .as_deref()
                .and_then(http::is_html_type)
                .unwrap_or_else(|| http::sniff_html(html)),
        }
    }

    /// The transport layer's `Content-Type`, for an HTTP response.
    pub fn content_type(&self) -> Option<&str> {
        self.http.as_ref()?.content_type.as_deref()
    }

    /// The page's HTML bytes, decoded (un-gzipped; de-chunked and
    /// decompressed as its HTTP headers say), at most `limit` of them.
    ///
    /// # Errors
    /// [`Error::Decode`] for bytes that cannot be decoded, and
    /// [`bodycopy::Error::TooLarge`] over the limit.
    pub fn html(&self, limit: Option<usize>) -> Result<Cow<'_, [u8]>, Error> {
        match &self.http {
            Some(head) => http::decode_body(&self.bytes, head, limit),
            None if self.bytes.starts_with(&GZIP_MAGIC) => {
                let gz = flate2::read::MultiGzDecoder::new(&self.bytes[..]);
                http::inflate(gz, "gzip", limit).map(Cow::Owned)
            }
            None => Ok(Cow::Borrowed(&self.bytes)),
        }
    }
}

/// What became of an [`Item`].
#[derive(Debug)]
#[non_exhaustive]
pub struct Outcome {
    /// Where it came from.
    pub source: Source,
    /// The page's address, when known.
    pub url: Option<String>,
    /// A WARC record's `WARC-Date`.
    pub date: Option<String>,
    /// Bytes of HTML handed to the extractor (after decoding).
    pub html_bytes: usize,
    /// The article, or why there is none.
    pub status: Status,
}

/// The article of a page, or why there is none.
#[derive(Debug)]
#[non_exhaustive]
pub enum Status {
    /// The page's article.
    Extracted(Box<bodycopy::Article>),
    /// The page gave no article.
    Failed(Error),
    /// The input was not a page.
    Skipped(Skip),
}

impl Item {
    /// An item holding a page read from a file (or from memory).
    pub fn page(source: Source, page: Page) -> Self {
        Item {
            source,
            url: None,
            date: None,
            content: Content::Page(page),
        }
    }

    /// Extracts the item's article. The page's own address and transport
    /// charset (a WARC record's) take the place of those in `options`;
    /// `options.max_input_bytes` also bounds the decoded bytes.
    pub fn extract(self, options: &bodycopy::Options) -> Outcome {
        self.extract_by(options, bodycopy::extract_bytes_with)
    }

    /// As [`Item::extract`], with `extract` in the place of
    /// [`bodycopy::extract_bytes_with`]: it gets the page's decoded bytes
    /// and its options (to make a report of the page beside its article,
    /// for instance).
    pub fn extract_by(
        self,
        options: &bodycopy::Options,
        extract: impl FnOnce(&[u8], &bodycopy::Options) -> Result<bodycopy::Article, bodycopy::Error>,
    ) -> Outcome {
        let mut html_bytes = 0;
        let status = match self.content {
            Content::Skipped(skip) => Status::Skipped(skip),
            Content::Failed(error) => Status::Failed(error),
            Content::Page(page) => match page.html(options.max_input_bytes) {
                Err(error) => Status::Failed(error),
                Ok(html) if !page.may_be_html(&html) => {
                    Status::Skipped(Skip::NotHtml(page.content_type().map(str::to_owned)))
                }
                Ok(html) => {
                    html_bytes = html.len();
                    let options = page_options(options, self.url.as_deref(), page.content_type());
                    match extract(&html, &options) {
                        Ok(article) => Status::Extracted(Box::new(article)),
                        Err(error) => Status::Failed(Error::Extract(error)),
                    }
                }
            },
        };
        Outcome {
            source: self.source,
            url: self.url,
            date: self.date,
            html_bytes,
            status,
        }
    }
}

/// The options for one page: the caller's, with the page's own address
/// and transport charset when it has them.
fn page_options<'a>(
    options: &'a bodycopy::Options,
    url: Option<&str>,
    content_type: Option<&str>,
) -> Cow<'a, bodycopy::Options> {
    if url.is_none() && content_type.is_none() {
        return Cow::Borrowed(options);
    }
    let mut options = options.clone();
    if let Some(url) = url {
        options.url = Some(url.to_owned());
    }
    if let Some(content_type) = content_type {
        options.charset = Some(content_type.to_owned());
    }
    Cow::Owned(options)
}
