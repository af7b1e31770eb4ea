//! `bodycopy` takes the HTML of a web page and returns its *body copy*: the
//! article a reader came for, and nothing else. Navigation, teaser lists
//! ("Latest news", "Related"), photo captions and picture credits, share bars,
//! ads, cookie banners, newsletter boxes, bylines and footers are dropped, even
//! where they sit inside the article's own container.
//!
//! # Use
//!
//! ```
//! let html = r#"<html><head><title>Storm closes harbour | The Coast Herald</title></head><body>
//!   <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
//!   <article>
//!     <h1>Storm closes harbour</h1>
//!     <p class="byline">By Ann Reporter</p>
//!     <figure><img src="harbour.jpg"><figcaption>Waves over the pier. Picture: PA</figcaption></figure>
//!     <p>The harbour was closed on Tuesday after a storm drove waves over the old pier,
//!        the port authority said, and ferries stayed in port until the evening.</p>
//!     <p>Fishermen said they had not seen such a swell in twenty years, and several
//!        boats were moved to the inner basin before the tide turned.</p>
//!   </article>
//!   <footer>© The Coast Herald. All rights reserved.</footer>
//! </body></html>"#;
//!
//! let article = bodycopy::extract(html)?;
//! assert_eq!(article.title.as_deref(), Some("Storm closes harbour"));
//! assert!(article.text.starts_with("The harbour was closed on Tuesday"));
//! assert!(article.text.contains("several boats were moved"));
//! assert!(!article.text.contains("Picture: PA"));
//! assert!(!article.text.contains("By Ann Reporter"));
//! # Ok::<(), bodycopy::Error>(())
//! ```
//!
//! # Bytes of any charset
//!
//! [`extract_bytes`] takes the page as it came over the wire and finds its
//! charset as a browser does: a byte-order mark, then the transport layer's
//! charset when the caller knows it ([`Options::charset`], from an HTTP
//! `Content-Type` header), then the page's `<meta charset>`, then detection.
//!
//! ```
//! // "Mieszkańcy łodzi" in ISO-8859-2, declared by the page itself.
//! let page = b"<meta charset=iso-8859-2><title>Gazeta</title>\
//!     <p>Mieszka\xf1cy \xb3odzi s\xb1 zadowoleni z nowego mostu, kt\xf3ry \
//!     otwarto w sobot\xea po dw\xf3ch latach budowy.</p>";
//! let article = bodycopy::extract_bytes(page)?;
//! assert!(article.text.starts_with("Mieszkańcy łodzi są zadowoleni"));
//!
//! // A binary file is refused, with what it looks like.
//! let err = bodycopy::extract_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3").unwrap_err();
//! assert!(err.to_string().contains("PDF"));
//! # Ok::<(), bodycopy::Error>(())
//! ```
//!
//! # Options
//!
//! [`Options`] is built once and reused for many pages, with
//! [`extract_with`] or [`extract_bytes_with`]. [`Focus`] decides the doubtful
//! edge of the body; links, emphasis, images and the comment thread are
//! recorded only when asked for, and never change which text is chosen.
//!
//! ```
//! use bodycopy::{Block, Focus, Options, SpanKind};
//!
//! let options = Options::default()
//!     .url("https://www.coastherald.example/news/harbour")
//!     .focus(Focus::Precision)
//!     .links(true)
//!     .max_input_bytes(Some(20 << 20));
//! let html = r#"<article><h1>Harbour reopens</h1>
//!     <p>The harbour reopened on Wednesday, a day after the storm, and the
//!        <a href="/ferries">ferries</a> left on time, the port authority said.</p>
//!     <h2>Damage</h2>
//!     <p>Workers were still clearing the old pier of stones and weed thrown up
//!        by the waves, which will stay closed until the end of the month.</p>
//!     </article>"#;
//! let article = bodycopy::extract_with(html, &options)?;
//! assert!(matches!(&article.blocks[1], Block::Heading { level: 2, text, .. } if text == "Damage"));
//! let link = &article.blocks[0].spans()[0];
//! assert!(matches!(&link.kind, SpanKind::Link { href, .. } if href == "https://www.coastherald.example/ferries"));
//! # Ok::<(), bodycopy::Error>(())
//! ```
//!
//! # Markdown and HTML
//!
//! The article's typed [`Block`]s render as Markdown
//! ([`Article::to_markdown`]) or as minimal semantic HTML
//! ([`Article::to_html`]), without reading the page again.
//!
//! ```
//! let html = "<article><h1>Harbour reopens</h1><p>The harbour reopened on \
//!     Wednesday, a day after the storm, and the ferries left on time.</p>\
//!     <ul><li>Ferries: running</li><li>Pier: closed</li></ul>\
//!     <p>The port authority will inspect the old pier next week.</p></article>";
//! let article = bodycopy::extract(html)?;
//! assert_eq!(
//!     article.to_markdown(),
//!     "# Harbour reopens\n\nThe harbour reopened on Wednesday, a day after the storm, \
//!      and the ferries left on time.\n\n- Ferries: running\n- Pier: closed\n\n\
//!      The port authority will inspect the old pier next week.\n"
//! );
//! assert!(article.to_html().contains("<li>Pier: closed</li>"));
//! # Ok::<(), bodycopy::Error>(())
//! ```
//!
//! # Why a block was kept or dropped
//!
//! With [`Options::explain`], [`Article::explain`] records the decision on
//! every block of the page, with its features and the rule that decided;
//! [`Explain::to_html`] makes it a report to open in a browser.
//!
//! ```
//! let html = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>\
//!     <p>The storm closed the harbour on Tuesday, and the ferries stayed in port \
//!     until the evening tide, the harbour master said.</p></article>";
//! let options = bodycopy::Options::default().explain(true);
//! let article = bodycopy::extract_with(html, &options)?;
//! let explain = article.explain.expect("asked for");
//! let nav = explain.blocks.iter().find(|b| b.text == "Home News").expect("the nav is a block");
//! assert!(!nav.kept);
//! # Ok::<(), bodycopy::Error>(())
//! ```
//!
//! # Features
//!
//! - `serde`: derives `serde::Serialize` for [`Article`] and everything in
//!   it ([`Block`], [`Span`], [`Metadata`], [`Explain`]), to write articles
//!   as JSON and the like, and `serde::Deserialize` for [`Options`] (and
//!   [`Focus`]), to read them from a configuration file.
//!
//! # How it decides
//!
//! The page goes through one module per stage:
//! decode → parse → blocks → score → kind → select → clean → render.
//! The DOM is split into blocks of text; each block is scored on its length,
//! the share of its words inside links (link density), its words per line
//! (text density), sentence punctuation and the hints of its context (tag,
//! role, and class names as a weak nudge); the kind of page ([`PageKind`]) is
//! decided from its schema.org types, `og:type`, address and shape; the
//! region of the page with the most prose weight is chosen, which may span
//! sibling containers split by ad slots and is never a comment thread after
//! the story (unless the page is a discussion); on a listing the cards are
//! the body; inside the region, captions, credits, "Read more"
//! lines, embedded teaser lists and meta lines are dropped, and short blocks
//! are judged by their neighbours. The decision on every block is a [`Rule`],
//! the first of an ordered table of checks that applies, or a revision by
//! its neighbours. All thresholds live in one module, each with the reason
//! for its value, and all word lists in another. The repository's
//! `ALGORITHM.md` describes each stage, the features of a block, the rule
//! table in order, and how to add a rule, a language or a page kind.
//!
//! # Untrusted input
//!
//! Any `&str` or `&[u8]` may be passed in: the extractor never panics and does
//! not recurse along the page's nesting, so deep pages cannot overflow the
//! stack. Nesting deeper than 512 elements is flattened while parsing, as
//! browsers do, so time stays linear in the input however deep it nests.
//! Failures are reported as [`Error`]: an empty input, a binary file, an input
//! over [`Options::max_input_bytes`], or a page without an article.

#![forbid(unsafe_code)]

mod article;
mod blocks;
mod clean;
mod comments;
mod decode;
mod error;
mod format;
mod hints;
mod href;
mod kind;
mod lexicon;
mod lines;
mod meta;
mod options;
mod parse;
mod pipeline;
mod product;
mod render;
mod report;
mod score;
mod select;
#[cfg(test)]
mod stage_tests;
#[cfg(test)]
mod testkit;
mod thread;
mod tuning;

pub use article::{Article, Block, BlockReport, Comment, Explain, PageInfo, Span, SpanKind};
pub use clean::Rule;
pub use kind::PageKind;
pub use meta::Metadata;
pub use options::{Focus, Options, ParseFocusError};

/// The README's examples, compiled and run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
pub use error::{BinaryFormat, Error};

/// Extracts the article from a page's HTML, with default options.
///
/// # Errors
/// [`Error::Empty`] for an empty page, [`Error::NoArticle`] when no part of
/// the page reads as an article body.
pub fn extract(html: &str) -> Result<Article, Error> {
    extract_with(html, &Options::default())
}

/// Extracts the article from a page's HTML.
///
/// # Errors
/// As [`extract`], and [`Error::TooLarge`] above [`Options::max_input_bytes`].
pub fn extract_with(html: &str, options: &Options) -> Result<Article, Error> {
    check_size(html.len(), options)?;
    if html.trim().is_empty() {
        return Err(Error::Empty);
    }
    pipeline::run(html, options)
}

/// Extracts the article from a page's bytes, finding their charset (byte-order
/// mark, then `<meta charset>` or an XML declaration, then detection; with
/// [`extract_bytes_with`], the transport layer's [`Options::charset`] comes
/// before the page's own declaration).
///
/// # Errors
/// As [`extract`], and [`Error::NotHtml`] for a known binary format.
pub fn extract_bytes(bytes: &[u8]) -> Result<Article, Error> {
    extract_bytes_with(bytes, &Options::default())
}

/// Extracts the article from a page's bytes, with options.
///
/// # Errors
/// As [`extract_bytes`], and [`Error::TooLarge`] above
/// [`Options::max_input_bytes`].
pub fn extract_bytes_with(bytes: &[u8], options: &Options) -> Result<Article, Error> {
    check_size(bytes.len(), options)?;
    let text = decode::decode(bytes, options.charset.as_deref())?;
    extract_with(&text, options)
}

fn check_size(size: usize, options: &Options) -> Result<(), Error> {
    match options.max_input_bytes {
        Some(limit) if size > limit => Err(Error::TooLarge { size, limit }),
        _ => Ok(()),
    }
}
