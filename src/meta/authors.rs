//! Metadata stage 4, authors: takes the names the page gives for its
//! authors (JSON-LD, microdata, `<meta>` tags, `rel=author` links, a
//! visible byline) and gives the authors' names, cleaned and split.

use super::dates::before_date;
use super::observe::{ItemProp, Signals};
use crate::hints;
use crate::lexicon::BYLINE_PREFIXES;
use crate::tuning::{BYLINE_NAME_MAX_WORDS, MAX_AUTHOR_CHARS};

/// The `<meta>` tags that name the authors, most trusted first.
const AUTHOR_METAS: &[&str] = &[
    "author",
    "article:author",
    "dc.creator",
    "dcterms.creator",
    "parsely-author",
];

/// The authors' names: the JSON-LD's, else those of the first other
/// source that has any (microdata, `<meta>` tags, `rel=author` links),
/// else those of the visible byline.
pub(crate) fn resolve(
    signals: &Signals,
    ld_authors: &[String],
    byline: Option<&str>,
) -> Vec<String> {
    if !ld_authors.is_empty() {
        return ld_authors.to_vec();
    }
    let sources = std::iter::once(signals.itemprops_of(ItemProp::Author).collect::<Vec<_>>())
        .chain(
            AUTHOR_METAS
                .iter()
                .map(|m| signals.metas_named(m).collect()),
        )
        .chain(std::iter::once(
            signals.rel_authors.iter().map(String::as_str).collect(),
        ));
    for values in sources {
        let mut authors: Vec<String> = Vec::new();
        for name in values.into_iter().flat_map(split_authors) {
            if !authors.contains(&name) {
                authors.push(name);
            }
        }
        if !authors.is_empty() {
            return authors;
        }
    }
    byline.map(byline_authors).unwrap_or_default()
}

/// Splits "Jane Doe and John Roe" / "Jane Doe, John Roe" into names; drops
/// what is not a name (URLs, handles, e-mail addresses).
pub(crate) fn split_authors(value: &str) -> Vec<String> {
    let value = hints::collapse(value);
    let value = value
        .strip_prefix("By ")
        .or_else(|| value.strip_prefix("by "))
        .unwrap_or(&value);
    value
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" & "))
        .map(str::trim)
        .filter(|n| {
            !n.is_empty()
                && !n.contains("://")
                && !n.starts_with('@')
                && !n.contains('@')
                && n.chars().count() <= MAX_AUTHOR_CHARS
                && n.chars().any(char::is_alphabetic)
        })
        .map(String::from)
        .collect()
}

/// The names of a visible byline: "By Jane Doe and John Roe, Reuters" gives
/// Jane Doe and John Roe (a trailing affiliation after a comma is dropped).
pub(crate) fn byline_authors(byline: &str) -> Vec<String> {
    let text = hints::collapse(byline);
    let Some(rest) = BYLINE_PREFIXES.iter().find_map(|p| text.strip_prefix(p)) else {
        return Vec::new();
    };
    let names = rest.split(['|', '•', '·']).next().unwrap_or(rest);
    let names = names.split(',').next().unwrap_or(names);
    // A date run into the byline ("By Jane Doe December 2, 2025") ends it.
    split_authors(&before_date(names))
        .into_iter()
        .filter(|n| n.split_whitespace().count() <= BYLINE_NAME_MAX_WORDS)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_date_run_into_a_byline_is_not_part_of_the_name() {
        let b = byline_authors;
        assert_eq!(b("By Sofia Gonzalez December 2, 2025"), ["Sofia Gonzalez"]);
        assert_eq!(b("By Ann Reporter 12/03/2024 10:15"), ["Ann Reporter"]);
        // A name that merely starts like a month stays whole.
        assert_eq!(
            b("By Mayra Junes and Augustin Marsh"),
            ["Mayra Junes", "Augustin Marsh"]
        );
    }

    #[test]
    fn authors_are_split_and_cleaned() {
        assert_eq!(
            split_authors("By Jane Doe and John Roe"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(
            split_authors("https://x.com/jane, @jane, Jane Doe"),
            ["Jane Doe"]
        );
        assert_eq!(
            byline_authors("By Jane Doe, Political Editor"),
            ["Jane Doe"]
        );
        assert!(byline_authors("Jane Doe").is_empty());
    }
}
