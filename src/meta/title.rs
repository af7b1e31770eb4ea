//! Metadata stage 5, title: takes the headlines the page gives (its `h1`s,
//! JSON-LD, Open Graph and Twitter titles, microdata, Dublin Core, the
//! `<title>`) and gives the one a reader would call the page's title,
//! without the site's name.

use super::observe::{ItemProp, Signals};
use crate::hints;
use crate::tuning::{HEADLINE_MIN_WORDS, TOPIC_WORD_MIN_CHARS};

/// The social tags that name the headline.
const SOCIAL_TITLE_METAS: &[&str] = &["og:title", "twitter:title"];

/// The Dublin Core tags that name the title.
const DC_TITLE_METAS: &[&str] = &["dc.title", "dcterms.title"];

/// The tag that names the site.
const SITE_NAME_META: &str = "og:site_name";

/// What separates a headline from the site's name in a title.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The page's title: the headline among its `h1`s (see [`headline_h1`]),
/// else the JSON-LD headline, the social tags', microdata's or Dublin
/// Core's, else the `<title>`; without the site's name.
pub(crate) fn resolve(
    signals: &Signals,
    h1s: &[(&str, bool)],
    ld_headline: Option<&str>,
    site_name: Option<&str>,
) -> Option<String> {
    headline_h1(signals, h1s, ld_headline, site_name)
        .or(ld_headline)
        .or_else(|| signals.first_meta(SOCIAL_TITLE_METAS))
        .or_else(|| signals.itemprop(ItemProp::Headline))
        .or_else(|| signals.first_meta(DC_TITLE_METAS))
        .or(signals.title.as_deref())
        .map(|t| strip_site_name(&hints::collapse(t), site_name))
        .filter(|t| !t.is_empty())
}

/// The headlines the page's metadata gives (`<title>`, `og:title`,
/// `twitter:title`), without the site's name: a block of the page with the
/// same text is the headline, even when it is not marked up as an `h1`.
pub(crate) fn headlines(signals: &Signals) -> Vec<String> {
    let site = signals.meta(SITE_NAME_META);
    signals
        .title
        .as_deref()
        .into_iter()
        .chain(SOCIAL_TITLE_METAS.iter().filter_map(|k| signals.meta(k)))
        .map(|t| strip_site_name(&hints::collapse(t), site))
        .filter(|t| t.split_whitespace().count() >= HEADLINE_MIN_WORDS)
        .collect()
}

/// The page's headline among its `h1`s: the first that is not the site's
/// name or logo. An `h1` is taken for the site's when the metadata names a
/// headline (JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`)
/// that it is not, and it is a link through and through (a logo linking
/// home) or the site's name (`og:site_name`, the publisher), or it shares
/// no word with those headlines (a section's label: "Blog", "Menu"). An
/// `h1` the metadata does not name that is none of these is the editors'
/// headline, which often differs from the one written for search engines.
fn headline_h1<'a>(
    signals: &Signals,
    h1s: &[(&'a str, bool)],
    ld_headline: Option<&str>,
    site: Option<&str>,
) -> Option<&'a str> {
    let titles: Vec<&str> = ld_headline
        .into_iter()
        .chain(SOCIAL_TITLE_METAS.iter().filter_map(|k| signals.meta(k)))
        .chain(signals.title.as_deref())
        .collect();
    let named: Vec<String> = titles
        .iter()
        .map(|t| fold_title(&strip_site_name(&hints::collapse(t), site)))
        .filter(|t| !t.is_empty())
        .collect();
    // Whole, as the site's name may be the part taken for the headline.
    let whole: Vec<String> = titles.iter().map(|t| fold_title(t)).collect();
    let site = site.map(fold_title);
    h1s.iter()
        .find(|(text, linked)| {
            let h1 = fold_title(text);
            let is_named = named.iter().any(|n| same_headline(n, &h1));
            let on_topic = whole.iter().any(|n| shares_word(n, &h1));
            named.is_empty() || is_named || (on_topic && !(*linked || site.as_ref() == Some(&h1)))
        })
        .map(|(text, _)| *text)
}

/// Whether two folded titles share a word of some length: an editors'
/// headline and the one written for search engines speak of the same
/// thing; a section's label in an `h1` ("Blog", "Menu", "Contact us")
/// does not.
fn shares_word(a: &str, b: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| w.chars().count() >= TOPIC_WORD_MIN_CHARS)
            .map(str::to_string)
            .collect()
    };
    let a = words(a);
    words(b).iter().any(|w| a.contains(w))
}

/// A title folded for comparison: lower case, whitespace collapsed, quotes
/// and dashes of all kinds alike, punctuation at the ends left out.
fn fold_title(t: &str) -> String {
    hints::collapse(t)
        .chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Whether two folded titles are the same headline: equal, or one of at
/// least three words inside the other (a headline and its longer form).
fn same_headline(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && (short == long
            || (short.split_whitespace().count() >= HEADLINE_MIN_WORDS && long.contains(short)))
}

/// Removes a "| Site name" (or "Site name: ") from a title: the part that is
/// the site's name when it is known, else the longest part between
/// separators.
pub(crate) fn strip_site_name(title: &str, site: Option<&str>) -> String {
    let Some(sep) = TITLE_SEPARATORS.iter().find(|sep| title.contains(**sep)) else {
        return title.trim().to_string();
    };
    let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
    if let Some(site) = site {
        let rest: Vec<&str> = parts
            .iter()
            .copied()
            .filter(|p| !p.eq_ignore_ascii_case(site.trim()))
            .collect();
        if rest.len() < parts.len() && !rest.is_empty() {
            return rest.join(sep);
        }
    }
    parts
        .iter()
        .max_by_key(|p| p.chars().count())
        .copied()
        .unwrap_or(title)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_h1_that_shares_no_word_with_the_titles_is_a_label() {
        let signals =
            Signals::from_pairs(&[("title", "Catering tips for your next event | Bay Kitchen")]);
        let title = |h1s: &[(&str, bool)]| resolve(&signals, h1s, None, None);
        // A section's label: the page's own title instead.
        assert_eq!(
            title(&[("Blog", false)]).as_deref(),
            Some("Catering tips for your next event")
        );
        // The editors' headline, worded otherwise than the title.
        assert_eq!(
            title(&[("Ten catering tips that save the day", false)]).as_deref(),
            Some("Ten catering tips that save the day")
        );
        // Named by the title, even only by its site's part.
        assert_eq!(
            title(&[("Bay Kitchen", false), ("Blog", false)]).as_deref(),
            Some("Bay Kitchen")
        );
    }

    #[test]
    fn site_names_are_stripped_from_titles() {
        assert_eq!(
            strip_site_name("Storm closes harbour | The Herald", Some("The Herald")),
            "Storm closes harbour"
        );
        assert_eq!(
            strip_site_name("The Herald - Storm closes harbour", None),
            "Storm closes harbour"
        );
        assert_eq!(
            strip_site_name(
                "Harbour reopens after storm - Coast Herald",
                Some("Coast Herald")
            ),
            "Harbour reopens after storm"
        );
    }
}
