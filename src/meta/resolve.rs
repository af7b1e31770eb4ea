//! Metadata stage 6, resolve: takes the signals, the visible page (after
//! the clean stage has told the headline and the byline apart) and the
//! page's address, and gives the page's title and [`Metadata`], with its
//! addresses made absolute and safe.

use super::Metadata;
use super::authors;
use super::dates;
use super::json_ld::JsonLd;
use super::observe::Signals;
use super::title;
use crate::article::PageInfo;
use crate::blocks::{Page, RawBlock, Tag};
use crate::clean::Rule;
use crate::hints;
use crate::href;
use crate::tuning::{
    BYLINE_MAX_BYTES, DATE_LINE_MAX_WORDS, DATE_REACH, MAX_ENTITY_BYTES, MAX_H1,
    MAX_LANGUAGE_TAG_BYTES, MAX_TAG_CHARS,
};

/// The tags that name the site, after the JSON-LD publisher.
const SITE_NAME_METAS: &[&str] = &[
    "og:site_name",
    "application-name",
    "apple-mobile-web-app-title",
];
/// The tag that names the language, after `<html lang>`.
const LANGUAGE_META: &str = "content-language";
/// The tag that names the locale, the last resort for the language.
const LOCALE_META: &str = "og:locale";
/// The tags that summarise the page, before the JSON-LD description.
const DESCRIPTION_METAS: &[&str] = &["og:description", "description", "twitter:description"];
/// The tag that gives the canonical address, after `<link rel=canonical>`.
const URL_META: &str = "og:url";
/// The tags that name the lead image, before the JSON-LD image.
const IMAGE_METAS: &[&str] = &[
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "twitter:image",
];
/// The tags of the article's tags, keywords and section.
const TAG_META: &str = "article:tag";
const KEYWORDS_META: &str = "keywords";
const SECTION_META: &str = "article:section";

/// What the page's visible text offers as fallbacks.
pub(crate) struct Visible<'a> {
    /// The page's `h1`s in order, each with whether all its text is a link.
    pub h1: Vec<(&'a str, bool)>,
    /// A byline's text ("By Jane Doe, Political Editor").
    pub byline: Option<&'a str>,
    /// Short lines that may carry the date ("Published 19 November 2019",
    /// "Updated: 2019-11-20"), in page order.
    pub date_lines: dates::DateLines<'a>,
}

impl<'a> Visible<'a> {
    /// Reads the fallbacks off the page's blocks and the clean stage's
    /// decisions on them.
    pub(crate) fn of(page: &'a Page, rules: &[Rule]) -> Visible<'a> {
        let h1 = rules
            .iter()
            .position(|r| *r == Rule::Headline)
            .or_else(|| page.blocks.iter().position(|b| b.tag == Tag::Heading(1)));
        let around = |at: usize| at.saturating_sub(DATE_REACH)..at + DATE_REACH;
        let near = around(h1.unwrap_or(0));
        // A page without a headline in an `h1` has its date line by the
        // start of its body as often as at the top of the page.
        let body_start = h1
            .is_none()
            .then(|| rules.iter().position(|r| *r != Rule::OutsideRegion))
            .flatten()
            .map_or(0..0, around);
        let first_kept = rules
            .iter()
            .position(|r| r.keeps())
            .unwrap_or(page.blocks.len());
        let lines_in = |range: std::ops::Range<usize>, linked: bool| {
            page.blocks
                .get(range.start.min(page.blocks.len())..range.end.min(page.blocks.len()))
                .unwrap_or_default()
                .iter()
                .filter(|b| linked || b.link_words == 0)
                .filter_map(date_line)
                .collect::<Vec<_>>()
        };
        Visible {
            h1: page
                .blocks
                .iter()
                .filter(|b| b.tag == Tag::Heading(1))
                .take(MAX_H1)
                .map(|b| (b.text.as_str(), b.link_words == b.words))
                .collect(),
            byline: page
                .blocks
                .iter()
                .zip(rules)
                .filter(|(_, r)| **r == Rule::Byline)
                .map(|(b, _)| b.text.as_str())
                .find(|t| {
                    t.len() < BYLINE_MAX_BYTES
                        && t.get(..3).is_some_and(|p| p.eq_ignore_ascii_case("by "))
                }),
            date_lines: dates::DateLines {
                above_body: lines_in(near.start..near.end.min(first_kept), true).len(),
                near_headline: lines_in(near, true),
                // Not a link: the dates of a list of versions or of
                // teasers before the body are theirs.
                at_body_start: lines_in(body_start, false),
            },
        }
    }
}

/// The part of a block that may be a date line: the block, when short;
/// or, when a longer line goes on about a modification ("21 May 2024, 9:14
/// PM (This post was last modified: … by …)", as forums write a post's
/// date), its part before the modification's words.
fn date_line(block: &RawBlock) -> Option<&str> {
    if block.words <= DATE_LINE_MAX_WORDS {
        return Some(&block.text);
    }
    let head = dates::before_update(&block.text);
    (head.len() < block.text.len()
        && head.split_whitespace().count() <= DATE_LINE_MAX_WORDS as usize)
        .then_some(head)
}

/// What the page says about itself, resolved, and the address its links
/// and images resolve against.
pub(crate) struct Described {
    /// The page's title and metadata.
    pub page: PageInfo,
    /// The page's `<base>` resolved against its address, or its address,
    /// or failing both its canonical address.
    pub base: Option<String>,
}

/// Resolves what the page says about itself: its title and metadata (their
/// addresses made absolute and safe), and the address its links and images
/// resolve against.
pub(crate) fn describe(page: &Page, rules: &[Rule], url: Option<&str>) -> Described {
    let mut info = resolve(&page.signals, &Visible::of(page, rules), url);
    let metadata = &mut info.metadata;
    // Links and images resolve against the page's `<base>` (itself resolved
    // against the page's address), its address, or failing both its
    // canonical address: the first of them that is a web address.
    let web = |base: Option<&str>, u: &str| {
        href::safe(base, u, href::WEB_SCHEMES).filter(|u| href::is_web(u))
    };
    let page_url = url
        .and_then(|u| web(None, u))
        .or_else(|| metadata.canonical_url.as_deref().and_then(|u| web(None, u)));
    let base = page
        .base
        .as_deref()
        .and_then(|b| web(page_url.as_deref(), b))
        .or(page_url);
    // The metadata's addresses are web addresses, made absolute.
    for address in [&mut metadata.canonical_url, &mut metadata.image] {
        *address = address
            .as_deref()
            .and_then(|a| href::safe(base.as_deref(), a, href::WEB_SCHEMES));
    }
    Described { page: info, base }
}

/// Resolves the signals into the title and the metadata.
pub(crate) fn resolve(signals: &Signals, visible: &Visible<'_>, url: Option<&str>) -> PageInfo {
    let ld = JsonLd::parse(&signals.json_ld);
    let site_name = ld
        .publisher
        .clone()
        .or_else(|| signals.first_meta(SITE_NAME_METAS).map(hints::collapse));
    let title = title::resolve(
        signals,
        &visible.h1,
        ld.headline.as_deref(),
        site_name.as_deref(),
    );
    let authors = authors::resolve(signals, &ld, visible.byline);
    let dates = dates::resolve(signals, &ld, &visible.date_lines, url);
    // Values written through two layers of escaping (a CMS that escapes
    // into JSON-LD or `content` what was escaped already) keep entities
    // such as `&#038;` after parsing: they are decoded once more.
    let decode = |s: Option<String>| s.map(|s| decode_entities(&s));
    let decode_all = |v: Vec<String>| v.iter().map(|s| decode_entities(s)).collect();
    PageInfo {
        title: decode(title),
        metadata: Metadata {
            authors: decode_all(authors),
            published: dates.published,
            modified: dates.modified,
            site_name: decode(site_name),
            language: language(signals, &ld),
            description: decode(
                signals
                    .first_meta(DESCRIPTION_METAS)
                    .or(ld.description.as_deref())
                    .map(hints::collapse),
            ),
            canonical_url: decode(
                signals
                    .canonical
                    .as_deref()
                    .or_else(|| signals.meta(URL_META))
                    .or(ld.url.as_deref())
                    .map(str::to_string),
            ),
            image: decode(
                signals
                    .first_meta(IMAGE_METAS)
                    .or(ld.image.as_deref())
                    .map(str::to_string),
            ),
            tags: decode_all(tags(signals, &ld)),
        },
        // The kind is decided from the page's shape, not its metadata: the
        // pipeline sets it.
        kind: crate::PageKind::default(),
    }
}

/// The page's language: `<html lang>`, the `Content-Language`, the
/// JSON-LD's, the Open Graph locale; a BCP 47 tag or nothing.
fn language(signals: &Signals, ld: &JsonLd) -> Option<String> {
    signals
        .lang
        .as_deref()
        .or_else(|| signals.meta(LANGUAGE_META))
        .or(ld.language.as_deref())
        .or_else(|| signals.meta(LOCALE_META))
        .map(|l| l.trim().replace('_', "-"))
        .filter(|l| {
            l.len() <= MAX_LANGUAGE_TAG_BYTES
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
}

/// The article's tags, keywords and sections, each once.
fn tags(signals: &Signals, ld: &JsonLd) -> Vec<String> {
    let mut tags: Vec<String> = Vec::new();
    let mut add_tag = |t: &str| {
        let t = hints::collapse(t);
        if !t.is_empty()
            && t.chars().count() <= MAX_TAG_CHARS
            && !tags.iter().any(|x| x.eq_ignore_ascii_case(&t))
        {
            tags.push(t);
        }
    };
    signals.metas_named(TAG_META).for_each(&mut add_tag);
    ld.keywords.iter().for_each(|t| add_tag(t));
    if let Some(k) = signals.meta(KEYWORDS_META) {
        k.split([',', ';']).for_each(&mut add_tag);
    }
    signals
        .meta(SECTION_META)
        .into_iter()
        .for_each(&mut add_tag);
    ld.sections.iter().for_each(|s| add_tag(s));
    tags
}

/// Decodes the character references left in a metadata value: numeric
/// ones (`&#038;`, `&#x2019;`) and the few named ones that escaping
/// produces (`&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;`, `&nbsp;`).
/// Anything else is left as it is.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest
            .find(';')
            .filter(|&end| end <= MAX_ENTITY_BYTES)
            .and_then(|end| Some((entity(&rest[1..end])?, end)));
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The character a reference names (what is between `&` and `;`).
fn entity(name: &str) -> Option<char> {
    match name {
        "amp" => Some('&'),
        "quot" => Some('"'),
        "apos" => Some('\''),
        "lt" => Some('<'),
        "gt" => Some('>'),
        "nbsp" => Some(' '),
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            char::from_u32(code).filter(|c| !c.is_control())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entities_left_in_values_are_decoded_once() {
        let d = decode_entities;
        assert_eq!(d("Full &#038; Part Time"), "Full & Part Time");
        assert_eq!(
            d("Beginner&#x2019;s &amp; &quot;Pro&quot;"),
            "Beginner’s & \"Pro\""
        );
        // Not references: left alone.
        assert_eq!(d("AT&T & Co; R&D"), "AT&T & Co; R&D");
        assert_eq!(d("&#0; &#xD800; &bogus;"), "&#0; &#xD800; &bogus;");
        assert_eq!(d("&amp;#038;"), "&#038;");
    }
}
