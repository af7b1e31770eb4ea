//! Metadata stage 4, authors: takes the names the page gives for its
//! authors (JSON-LD, microdata, `<meta>` tags, `rel=author` links, a
//! visible byline) and gives the authors' names, cleaned and split.

use super::dates::{self, before_date};
use super::json_ld::JsonLd;
use super::observe::{ItemProp, Signals};
use crate::hints;
use crate::lexicon::{
    AUTHOR_LABELS, BYLINE_PREFIXES, JOB_TITLE_WORDS, JS_PLACEHOLDERS, NOT_NAME_WORDS,
};
use crate::tuning::{AUTHOR_MAX_WORDS, BYLINE_NAME_MAX_WORDS, MAX_AUTHOR_CHARS};

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
/// else those the visible page gives (a byline, an element marked as the
/// author's). A JSON-LD author that is an organisation (a site crediting
/// itself) gives way to a person the page shows.
pub(crate) fn resolve(signals: &Signals, ld: &JsonLd, byline: Option<&str>) -> Vec<String> {
    if ld.authors_are_organizations {
        let shown = visible(signals, byline);
        return if shown.is_empty() {
            ld.authors.clone()
        } else {
            shown
        };
    }
    if !ld.authors.is_empty() {
        return ld.authors.clone();
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
    visible(signals, byline)
}

/// The authors the visible page names: a byline's, else the first element
/// marked as naming the author that does.
fn visible(signals: &Signals, byline: Option<&str>) -> Vec<String> {
    let byline = byline.map(byline_authors).unwrap_or_default();
    if !byline.is_empty() {
        return byline;
    }
    signals
        .author_classes
        .iter()
        .map(|text| element_authors(text))
        .find(|names| !names.is_empty())
        .unwrap_or_default()
}

/// The names in an element marked as naming the author, read in the lines
/// the reader sees: the whole text when it is one line, else the first
/// line that names someone ("hollowgrind" over "Junior Member"; "Jane Doe"
/// under a lone "Written by").
fn element_authors(text: &str) -> Vec<String> {
    text.lines()
        .map(labelled_authors)
        .find(|names| !names.is_empty())
        .unwrap_or_default()
}

/// The names in the text of an element the page marks as naming the
/// author: "Jane Doe", "By Jane Doe", "Written by: Jane Doe | May 2, 2024";
/// none in a label alone ("Author") or a link about the author ("More
/// from Jane Doe", "About the author").
fn labelled_authors(text: &str) -> Vec<String> {
    let text = hints::collapse(text);
    let lower = text.to_lowercase();
    let rest = AUTHOR_LABELS
        .iter()
        .find(|l| {
            lower.starts_with(*l)
                && text.is_char_boundary(l.len())
                && !text[l.len()..].starts_with(char::is_alphanumeric)
        })
        .map_or(text.as_str(), |l| &text[l.len()..]);
    let rest = rest.trim_start_matches([':', ' ', '-', '–', '—']);
    names_in_line(rest)
        .into_iter()
        .map(|n| without_job_title(&n))
        .filter(|n| looks_like_name(n))
        .collect()
}

/// A name without the job title run into its end ("Jane Doe Founder").
fn without_job_title(name: &str) -> String {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    while words.len() > 1
        && words
            .last()
            .is_some_and(|w| JOB_TITLE_WORDS.contains(&w.to_lowercase().as_str()))
    {
        words.pop();
    }
    words.join(" ")
}

/// Whether a line of text from the page reads as a person's name (or a
/// user name): one word, or words of which at least half are capitalised
/// ("Jane Doe", "The Currency editors", "Ludwig van Beethoven", not
/// "billed annually"), none of them a label, a call to action, a month or
/// a weekday.
fn looks_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    let capitalised = |w: &&&str| {
        w.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    (words.len() == 1 || words.iter().filter(capitalised).count() * 2 >= words.len())
        && !words.iter().any(|w| {
            let lower = w.trim_end_matches('.').to_lowercase();
            NOT_NAME_WORDS.contains(&lower.as_str()) || dates::is_month(&lower)
        })
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
        .map(|n| without_job_title(n.trim()))
        .filter(|n| {
            !n.is_empty()
                && !JOB_TITLE_WORDS.contains(&n.to_lowercase().as_str())
                && !JS_PLACEHOLDERS.contains(&n.to_lowercase().as_str())
                && n.split_whitespace().count() <= AUTHOR_MAX_WORDS
                && !n.contains("://")
                && !n.starts_with('@')
                && !n.contains('@')
                && n.chars().count() <= MAX_AUTHOR_CHARS
                && n.chars().any(char::is_alphabetic)
        })
        .collect()
}

/// The names of a visible byline: "By Jane Doe and John Roe, Reuters" gives
/// Jane Doe and John Roe (a trailing affiliation after a comma is dropped).
pub(crate) fn byline_authors(byline: &str) -> Vec<String> {
    let text = hints::collapse(byline);
    let Some(rest) = BYLINE_PREFIXES.iter().find_map(|p| text.strip_prefix(p)) else {
        return Vec::new();
    };
    names_in_line(rest)
}

/// The names at the start of a byline after its "By": up to a separator
/// (`|`, `•`, `·`, `»`), a comma (an affiliation follows) or a date.
fn names_in_line(line: &str) -> Vec<String> {
    let names = line.split(['|', '•', '·', '»']).next().unwrap_or(line);
    let names = names.split(',').next().unwrap_or(names);
    // A date run into the byline ("By Jane Doe December 2, 2025") ends it.
    let names = before_date(names);
    split_authors(names.trim_end_matches([' ', '-', '–', '—', ':']))
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
    fn an_element_marked_as_the_author_gives_its_names() {
        let l = labelled_authors;
        assert_eq!(l("Jane Doe"), ["Jane Doe"]);
        assert_eq!(l("Written by: Jane Doe | May 2, 2024"), ["Jane Doe"]);
        assert_eq!(l("by Jane Doe and John Roe"), ["Jane Doe", "John Roe"]);
        assert_eq!(l("Jane Doe - 2024-12-17"), ["Jane Doe"]);
        assert!(l("Author").is_empty());
        assert!(l("About the author").is_empty());
        assert!(l("More from Jane Doe").is_empty());
        assert!(l("billed annually").is_empty());
        assert!(l("Dec.").is_empty());
        assert!(l("Updated").is_empty());
        assert_eq!(l("jsteinhardt"), ["jsteinhardt"]);
        assert!(l("Get in touch").is_empty());
        assert!(l("undefined").is_empty());
        assert!(l("Kontaktieren Sie uns").is_empty());
        assert_eq!(l("– Gregory"), ["Gregory"]);
        assert_eq!(l("Casey Marez Founder, CEO"), ["Casey Marez"]);
        assert_eq!(l("Susan Hale MBE Managing Director"), ["Susan Hale MBE"]);
        assert!(l("5 great ideas that you can practice").is_empty());
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
