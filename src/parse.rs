//! Stage 2, parse: takes the page as text and gives the DOM.
//!
//! The DOM is `scraper`'s (html5ever's tree builder, the same algorithm browsers
//! follow), so malformed markup is repaired the way a browser would repair it.

use scraper::Html;

/// Parses a whole HTML document.
pub(crate) fn parse(html: &str) -> Html {
    Html::parse_document(html)
}
