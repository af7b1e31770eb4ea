//! The error type: what was wrong with the input.

use crate::article::PageInfo;

/// Why no article could be extracted. Each message says what was wrong with
/// the input.
///
/// ```
/// let html = "<p>The harbour was closed on Tuesday, the port authority said.</p>";
/// let err = bodycopy::extract(html).unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "no article body found: 10 words of prose on the page, 15 needed"
/// );
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or only whitespace.
    #[error("the input is empty")]
    Empty,
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    ///
    /// Its two fields say all there is to say, and callers that apply
    /// the limit themselves (to a body they decompress) build it: it is
    /// not marked as one that may grow.
    #[error("the input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit that was set.
        limit: usize,
    },
    /// The bytes are a known binary format, not HTML.
    #[error("the input is not HTML: it looks like {kind}")]
    #[non_exhaustive]
    NotHtml {
        /// What the bytes look like.
        kind: BinaryFormat,
    },
    /// The page has text, but none of it reads as an article body: an index
    /// page of links, a login wall, a script-only shell. What was found
    /// about the page comes with it.
    ///
    /// ```
    /// let html = "<html lang='en'><head><title>Sign in | The Coast Herald</title>\
    ///     <meta property='og:site_name' content='The Coast Herald'></head>\
    ///     <body><form><p>Sign in to read on.</p></form></body></html>";
    /// match bodycopy::extract(html) {
    ///     Err(bodycopy::Error::NoArticle { page, .. }) => {
    ///         assert_eq!(page.title.as_deref(), Some("Sign in"));
    ///         assert_eq!(page.metadata.site_name.as_deref(), Some("The Coast Herald"));
    ///         assert_eq!(page.metadata.language.as_deref(), Some("en"));
    ///     }
    ///     other => panic!("{other:?}"),
    /// }
    /// ```
    #[error(
        "no article body found: {words} words of prose on the page, {min} needed{}",
        garbled_hint(*.garbled)
    )]
    #[non_exhaustive]
    NoArticle {
        /// Words of prose found in the best region of the page.
        words: u32,
        /// The minimum the extractor needs to call it an article.
        min: u32,
        /// Whether the page's text looks garbled, as text decoded with the
        /// wrong charset does: many replacement characters (U+FFFD), or
        /// UTF-8 read as a single-byte charset ("Ã©" for "é"). The message
        /// then suggests checking the charset.
        garbled: bool,
        /// What was found about the page: its title and metadata
        /// (language, site name, dates, ...).
        page: Box<PageInfo>,
    },
}

fn garbled_hint(garbled: bool) -> &'static str {
    if garbled {
        "; the text looks garbled, as if decoded with the wrong charset \
         (give the HTTP charset with Options::charset, or pass the raw bytes \
         to extract_bytes)"
    } else {
        ""
    }
}

/// A binary format that input was recognised as, in place of HTML (see
/// [`Error::NotHtml`]). Its `Display` names it for a message ("a PDF
/// document").
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BinaryFormat {
    /// A PDF document.
    Pdf,
    /// A PNG image.
    Png,
    /// A GIF image.
    Gif,
    /// A JPEG image.
    Jpeg,
    /// A ZIP archive (also Office documents and EPUB books).
    Zip,
    /// Data compressed with gzip (a response whose encoding was not undone).
    Gzip,
    /// A RIFF file: WebP, WAV or AVI.
    Riff,
    /// A Windows icon.
    Icon,
    /// An ELF executable.
    Executable,
    /// Bytes of no known format, with too many control bytes to be text.
    Binary,
}

impl std::fmt::Display for BinaryFormat {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            BinaryFormat::Pdf => "a PDF document",
            BinaryFormat::Png => "a PNG image",
            BinaryFormat::Gif => "a GIF image",
            BinaryFormat::Jpeg => "a JPEG image",
            BinaryFormat::Zip => "a ZIP archive",
            BinaryFormat::Gzip => "gzip-compressed data",
            BinaryFormat::Riff => "a RIFF (WebP, WAV or AVI) file",
            BinaryFormat::Icon => "an icon",
            BinaryFormat::Executable => "an executable",
            BinaryFormat::Binary => "binary data",
        })
    }
}
