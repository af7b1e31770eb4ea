//! Metadata: what the page says about itself, as its own pipeline beside
//! the body's.
//!
//! 1. [`observe`]: the blocks stage's walk hands every element it meets to
//!    [`Signals::observe`], which keeps what the page says about itself —
//!    JSON-LD, Open Graph, Twitter cards, Dublin Core and other `<meta>`
//!    tags, `<link rel=canonical>`, `<time>`, microdata (`itemprop`),
//!    `rel=author` links, `<html lang>`, the `<title>` — each source in a
//!    typed field.
//! 2. [`json_ld`]: the JSON-LD scripts parsed, and the page's main entity
//!    (the article, or the page holding it) read.
//! 3. [`dates`]: the publication and modification dates.
//! 4. [`authors`]: the authors' names.
//! 5. [`title`]: the page's title.
//! 6. [`resolve`]: after the clean stage, everything above and the visible
//!    page (the `h1`s, a byline, date lines near the headline) resolved
//!    into the [`Metadata`] and title of the page.
//!
//! Each field is taken from the most specific source that has it:
//! structured data written for the article (JSON-LD of an article type,
//! microdata), then the social tags (Open Graph, Twitter), then generic
//! `<meta>` names, then the page's own text.

mod authors;
mod dates;
mod json_ld;
mod observe;
mod resolve;
mod title;

pub(crate) use dates::{before_date, iso_date, text_date};
pub(crate) use json_ld::product_description;
pub(crate) use observe::Signals;
pub(crate) use resolve::{Described, describe};
pub(crate) use title::headlines;

/// The article's metadata, as far as the page gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Metadata {
    /// The authors' names, in the page's order, without "By".
    pub authors: Vec<String>,
    /// When the article was published, ISO 8601 (`2019-11-19` or
    /// `2019-11-19T14:30:00-05:00`, as precise as the page says).
    pub published: Option<String>,
    /// When it was last modified, ISO 8601.
    pub modified: Option<String>,
    /// The site's or publication's name.
    pub site_name: Option<String>,
    /// The page's language (a BCP 47 tag such as `en` or `pt-BR`).
    pub language: Option<String>,
    /// The page's own summary of the article.
    pub description: Option<String>,
    /// The canonical URL of the article: an `http` or `https` address,
    /// made absolute against the page's address when it is known.
    pub canonical_url: Option<String>,
    /// The URL of the lead image, `http` or `https`, made absolute as
    /// [`canonical_url`](Metadata::canonical_url) is.
    pub image: Option<String>,
    /// Tags, keywords and categories.
    pub tags: Vec<String>,
}
