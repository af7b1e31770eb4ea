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
//! The page goes through seven stages, one module each:
//! decode → parse → blocks → score → select → clean → render.
//! The DOM is split into blocks of text; each block is scored on its length,
//! the share of its words inside links, sentence punctuation and the hints of
//! its context (tag, role, and class names as a weak nudge); the region of the
//! page with the most prose weight is chosen, which may span sibling
//! containers split by ad slots; inside it, captions, credits, "Read more"
//! lines, embedded teaser lists and meta lines are dropped, and short blocks
//! are judged by their neighbours. All thresholds live in one module, each
//! with the reason for its value.
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
mod lines;
mod meta;
mod parse;
mod render;
mod report;
mod score;
mod select;
mod tuning;

use hints::Ctx;
use tuning::NOSCRIPT_MIN_BYTES;

pub use article::{Article, Block, BlockReport, Comment, Explain, PageInfo, Span, SpanKind};
pub use meta::Metadata;

/// The README's examples, compiled and run as doctests so that they stay true.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
pub use error::{BinaryFormat, Error};

/// Settings for an extraction. Build once, reuse for many pages.
///
/// ```
/// let options = bodycopy::Options::default().max_input_bytes(Some(10 << 20));
/// let html = "<p>Too short to be an article.</p>";
/// assert!(bodycopy::extract_with(html, &options).is_err());
/// ```
///
/// With the `serde` feature, options are read from (and written to) a
/// configuration file: the fields by name, each one left out taking its
/// default, an unknown one refused (a misspelt option is an error, not a
/// silent default).
///
/// ```
/// # #[cfg(feature = "serde")] {
/// let options: bodycopy::Options =
///     serde_json::from_str(r#"{ "focus": "precision", "links": true }"#).unwrap();
/// assert_eq!(
///     options,
///     bodycopy::Options::default().focus(bodycopy::Focus::Precision).links(true)
/// );
/// # }
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(default, deny_unknown_fields))]
#[non_exhaustive]
pub struct Options {
    /// The page's address, if known. Kept for resolving relative links; it
    /// never changes which text is chosen.
    pub url: Option<String>,
    /// The charset the transport layer gave for the page's bytes: the value
    /// of an HTTP `Content-Type` header (`text/html; charset=windows-1251`)
    /// or a bare label (`windows-1251`). [`extract_bytes_with`] resolves the
    /// charset as browsers do: a byte-order mark, then this, then the
    /// page's `<meta>` declaration, then detection. An unknown label is
    /// ignored. Text input (`&str`) is already decoded and ignores it.
    pub charset: Option<String>,
    /// Inputs longer than this many bytes are refused with
    /// [`Error::TooLarge`] instead of being worked on. `None`: no limit.
    pub max_input_bytes: Option<usize>,
    /// Fewest words of prose a page needs for an article to be returned;
    /// below it, [`Error::NoArticle`].
    pub min_article_words: u32,
    /// Record the decision on every block in [`Article::explain`].
    pub explain: bool,
    /// How doubtful blocks inside the body are decided.
    pub focus: Focus,
    /// Return the page's comment thread in [`Article::comments`], apart
    /// from the body, as [`Comment`]s (author, date, text, the comment
    /// each replies to). Off by default. A page that says it is a discussion
    /// (schema.org `DiscussionForumPosting` or `QAPage`: a forum thread, a
    /// question and its answers) has its replies in the body, since they
    /// are what it is; only remarks on the posts are comments there.
    pub comments: bool,
    /// Keep the body's tables. On by default; off, a table is left out of
    /// the text and the blocks.
    pub tables: bool,
    /// Record the body's links as [`Span`]s of its blocks, their targets
    /// made absolute against the page's address. Off by default. Only
    /// links to `http`, `https` and `mailto` addresses are kept, read as
    /// browsers read them (`java&#9;script:` is `javascript:`); a link to
    /// anything else (`javascript:`, `vbscript:`, `data:`, ...) leaves its
    /// text, unlinked.
    pub links: bool,
    /// Record emphasis, strong emphasis and inline code as [`Span`]s of
    /// the body's blocks. Off by default.
    pub formatting: bool,
    /// Return the body's images as [`Block::Image`]s, in their places
    /// between the blocks. Off by default. They never enter
    /// [`Article::text`]. An image whose address is not an `http` or
    /// `https` one (a `data:` placeholder without a lazy-loaded address, a
    /// script scheme) is left out.
    pub images: bool,
    /// Give each image the caption of its figure (captions are never part
    /// of the text). Off by default; it needs [`images`](Options::images).
    /// Markdown shows the caption in italics on the line under the image,
    /// HTML as the figure's `<figcaption>`.
    pub captions: bool,
}

/// How doubtful blocks are decided: short lines between paragraphs, blocks
/// just before the first paragraph or after the last, link-rich paragraphs.
///
/// It never changes which part of the page is taken for the body, only how
/// much of its doubtful edge is kept. A command line or a configuration
/// file names it `precision`, `balanced` or `recall` (`FromStr`, `Display`,
/// and serde with the `serde` feature).
///
/// ```
/// use bodycopy::{Focus, Options};
/// let strict = Options::default().focus("precision".parse()?);
/// assert_eq!(strict.focus, Focus::Precision);
/// assert_eq!(Options::default().focus.to_string(), "balanced");
/// assert!("careful".parse::<Focus>().is_err());
/// # Ok::<(), bodycopy::ParseFocusError>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Focus {
    /// Leave out what is in doubt: less noise, some body lines lost.
    Precision,
    /// The default: short blocks kept between paragraphs and close after
    /// the last one.
    #[default]
    Balanced,
    /// Keep what is in doubt: the whole body, some noise with it.
    Recall,
}

impl Focus {
    /// Every focus, from the strictest to the most generous.
    pub const ALL: [Focus; 3] = [Focus::Precision, Focus::Balanced, Focus::Recall];

    /// The focus's name: `precision`, `balanced` or `recall`.
    pub fn name(self) -> &'static str {
        match self {
            Focus::Precision => "precision",
            Focus::Balanced => "balanced",
            Focus::Recall => "recall",
        }
    }
}

impl std::fmt::Display for Focus {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl std::str::FromStr for Focus {
    type Err = ParseFocusError;

    /// Reads a focus by its name, in any case.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Focus::ALL
            .into_iter()
            .find(|f| f.name().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| ParseFocusError {
                input: s.to_string(),
            })
    }
}

/// A name that is not one of [`Focus`]'s.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("unknown focus '{input}' (expected precision, balanced or recall)")]
pub struct ParseFocusError {
    /// The name that was given.
    pub input: String,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            url: None,
            charset: None,
            max_input_bytes: None,
            min_article_words: tuning::MIN_ARTICLE_WORDS,
            explain: false,
            focus: Focus::Balanced,
            comments: false,
            tables: true,
            links: false,
            formatting: false,
            images: false,
            captions: false,
        }
    }
}

impl Options {
    /// Sets the page's address.
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// Sets the transport layer's charset for the page's bytes (see
    /// [`Options::charset`]).
    ///
    /// ```
    /// // "Привет, мир" in windows-1251, with no declaration in the page.
    /// let page = b"<p>\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0</p>";
    /// let options = bodycopy::Options::default()
    ///     .charset("text/html; charset=windows-1251")
    ///     .min_article_words(1);
    /// let article = bodycopy::extract_bytes_with(page, &options)?;
    /// assert_eq!(article.text, "Привет, мир");
    /// # Ok::<(), bodycopy::Error>(())
    /// ```
    pub fn charset(mut self, content_type: impl Into<String>) -> Self {
        self.charset = Some(content_type.into());
        self
    }

    /// Sets the largest input accepted, in bytes (`None`: no limit).
    pub fn max_input_bytes(mut self, limit: Option<usize>) -> Self {
        self.max_input_bytes = limit;
        self
    }

    /// Records the decision on every block in [`Article::explain`].
    pub fn explain(mut self, on: bool) -> Self {
        self.explain = on;
        self
    }

    /// Sets how doubtful blocks are decided (see [`Focus`]).
    pub fn focus(mut self, focus: Focus) -> Self {
        self.focus = focus;
        self
    }

    /// Returns the comment thread in [`Article::comments`] (never in the body).
    pub fn comments(mut self, on: bool) -> Self {
        self.comments = on;
        self
    }

    /// Keeps (`true`, the default) or leaves out the body's tables.
    pub fn tables(mut self, on: bool) -> Self {
        self.tables = on;
        self
    }

    /// Records the body's links, with absolute targets (see [`Options::links`]).
    pub fn links(mut self, on: bool) -> Self {
        self.links = on;
        self
    }

    /// Records emphasis and inline code (see [`Options::formatting`]).
    pub fn formatting(mut self, on: bool) -> Self {
        self.formatting = on;
        self
    }

    /// Returns the body's images as blocks (see [`Options::images`]).
    pub fn images(mut self, on: bool) -> Self {
        self.images = on;
        self
    }

    /// Gives each image its figure's caption (see [`Options::captions`]).
    pub fn captions(mut self, on: bool) -> Self {
        self.captions = on;
        self
    }

    /// Sets the fewest words of prose a page needs to count as an article.
    pub fn min_article_words(mut self, words: u32) -> Self {
        self.min_article_words = words;
        self
    }
}

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
    let mut noscript_bytes = 0;
    match extract_parsed(html, options, true, &mut noscript_bytes) {
        // A page with no article as scripts would show it may serve its
        // text to readers without scripts, in `<noscript>` (as forum
        // software does for a thread): read as a browser with scripts off.
        // What a shell of a page has there is a notice to turn scripts on,
        // which is no article; a tracking pixel's tag is not worth a parse.
        Err(err @ Error::NoArticle { .. }) if noscript_bytes >= NOSCRIPT_MIN_BYTES => {
            extract_parsed(html, options, false, &mut noscript_bytes)
                .ok()
                .filter(|a| !lines::is_script_notice(&a.text))
                .ok_or(err)
        }
        result => result,
    }
}

/// Runs the stages after the checks on the input; `scripting` says how
/// `<noscript>` is parsed (see [`parse::parse`]). Sets `noscript_bytes` to
/// the bytes of markup the page holds in `<noscript>` that were passed over.
fn extract_parsed(
    html: &str,
    options: &Options,
    scripting: bool,
    noscript_bytes: &mut usize,
) -> Result<Article, Error> {
    let dom = parse::parse(html, scripting);
    let record = blocks::Record {
        links: options.links,
        formatting: options.formatting,
        images: options.images,
        noscript: !scripting,
    };
    let mut page = blocks::collect(&dom, record);
    drop(dom);
    *noscript_bytes = page.noscript_bytes;
    // On a page that says it is a discussion (a forum thread, a question
    // and its answers), the replies are content: microdata's comments are
    // its replies, and so are the elements classed as comments when the
    // opening post is one of them too.
    let discussion = page.signals.is_discussion();
    if discussion {
        page.forget_hints(Ctx::REPLY);
    }
    let mut scores = score::score_all(&page);
    let mut region = select::select(&page, &scores);
    if discussion && page.elems[region.root as usize].ctx.any(Ctx::COMMENTS) {
        page.forget_hints(Ctx::COMMENTS);
        scores = score::score_all(&page);
        region = select::select(&page, &scores);
    }
    let mut reasons = clean::clean(&page, &scores, &region, options.focus);
    let prose_words: u32 = page
        .blocks
        .iter()
        .zip(&reasons)
        .filter(|(_, r)| **r == clean::Reason::Prose)
        .map(|(b, _)| b.words)
        .sum();
    if prose_words < options.min_article_words
        && clean::keep_sparse(&page, &region, &mut reasons) < options.min_article_words
    {
        let (title, metadata, _) = render::describe(&page, &reasons, options.url.as_deref());
        let words = page.blocks.iter().map(|b| b.words).sum();
        return Err(Error::NoArticle {
            words: prose_words,
            min: options.min_article_words,
            garbled: decode::looks_garbled(page.blocks.iter().map(|b| b.text.as_str()), words),
            page: Box::new(PageInfo { title, metadata }),
        });
    }
    let explain = options
        .explain
        .then(|| render::explain(&page, &scores, &region, &reasons));
    let wanted = render::Wanted {
        url: options.url.as_deref(),
        comments: if options.comments {
            comments::thread(&page, &scores, &reasons)
        } else {
            Vec::new()
        },
        tables: options.tables,
        images: if options.images {
            clean::images(&page, &scores, &region, &reasons, options.captions)
        } else {
            Vec::new()
        },
    };
    let mut article = render::render(page, &reasons, &wanted);
    article.explain = explain;
    Ok(article)
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
