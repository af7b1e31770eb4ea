//! The error type: what was wrong with the input.

/// Why no article could be extracted. Each message says what was wrong with
/// the input.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The input is empty or only whitespace.
    #[error("the input is empty")]
    Empty,
    /// The input is larger than [`Options::max_input_bytes`](crate::Options::max_input_bytes).
    #[error("the input is {size} bytes, over the limit of {limit} bytes")]
    TooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit that was set.
        limit: usize,
    },
    /// The bytes are a known binary format, not HTML.
    #[error("the input is not HTML: it looks like {kind}")]
    NotHtml {
        /// What the bytes look like ("a PDF document", "a PNG image", ...).
        kind: &'static str,
    },
    /// The page has text, but none of it reads as an article body: an index
    /// page of links, a login wall, a script-only shell.
    #[error("no article body found: {words} words of prose on the page, {min} needed")]
    NoArticle {
        /// Words of prose found in the best region of the page.
        words: u32,
        /// The minimum the extractor needs to call it an article.
        min: u32,
    },
}
