//! The settings of an extraction: [`Options`], built once and reused for many
//! pages, and [`Focus`], how the doubtful edge of the body is decided. They
//! are read by the pipeline; none of them changes which region is the body.

use crate::tuning;

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
    /// or a bare label (`windows-1251`). [`extract_bytes_with`](crate::extract_bytes_with) resolves the
    /// charset as browsers do: a byte-order mark, then this, then the
    /// page's `<meta>` declaration, then detection. An unknown label is
    /// ignored. Text input (`&str`) is already decoded and ignores it.
    pub charset: Option<String>,
    /// Inputs longer than this many bytes are refused with
    /// [`Error::TooLarge`](crate::Error::TooLarge) instead of being worked on. `None`: no limit.
    pub max_input_bytes: Option<usize>,
    /// Fewest words of prose a page needs for an article to be returned;
    /// below it, [`Error::NoArticle`](crate::Error::NoArticle).
    pub min_article_words: u32,
    /// Record the decision on every block in [`Article::explain`](crate::Article::explain).
    pub explain: bool,
    /// How doubtful blocks inside the body are decided.
    pub focus: Focus,
    /// Return the page's comment thread in [`Article::comments`](crate::Article::comments), apart
    /// from the body, as [`Comment`](crate::Comment)s (author, date, text, the comment
    /// each replies to). Off by default. A page that says it is a discussion
    /// (schema.org `DiscussionForumPosting` or `QAPage`: a forum thread, a
    /// question and its answers) has its replies in the body, since they
    /// are what it is; only remarks on the posts are comments there.
    pub comments: bool,
    /// Keep the body's tables. On by default; off, a table is left out of
    /// the text and the blocks.
    pub tables: bool,
    /// Record the body's links as [`Span`](crate::Span)s of its blocks, their targets
    /// made absolute against the page's address. Off by default. Only
    /// links to `http`, `https` and `mailto` addresses are kept, read as
    /// browsers read them (`java&#9;script:` is `javascript:`); a link to
    /// anything else (`javascript:`, `vbscript:`, `data:`, ...) leaves its
    /// text, unlinked.
    pub links: bool,
    /// Record emphasis, strong emphasis and inline code as [`Span`](crate::Span)s of
    /// the body's blocks. Off by default.
    pub formatting: bool,
    /// Return the body's images as [`Block::Image`](crate::Block::Image)s, in their places
    /// between the blocks. Off by default. They never enter
    /// [`Article::text`](crate::Article::text). An image whose address is not an `http` or
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
            min_article_words: tuning::DEFAULT_MIN_ARTICLE_WORDS,
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

    /// Records the decision on every block in [`Article::explain`](crate::Article::explain).
    pub fn explain(mut self, on: bool) -> Self {
        self.explain = on;
        self
    }

    /// Sets how doubtful blocks are decided (see [`Focus`]).
    pub fn focus(mut self, focus: Focus) -> Self {
        self.focus = focus;
        self
    }

    /// Returns the comment thread in [`Article::comments`](crate::Article::comments) (never in the body).
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
