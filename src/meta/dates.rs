//! Metadata stage 3, dates: reads dates in the forms pages write them
//! (ISO 8601, numbers, words; in `<meta>` tags, scripts, lines of text and
//! the address) and gives the publication and modification dates, the
//! publication's checked against the day the page shows.

use super::json_ld::JsonLd;
use super::observe::{ItemProp, Signals};
use crate::lexicon::{MONTHS, UPDATE_WORDS};
use crate::tuning::{DATE_TEXT_MAX_BYTES, SCRIPT_DATE_MAX_BYTES, YEARS};

/// The `<meta>` tags that name the publication date, most common first.
const PUBLISHED_METAS: &[&str] = &[
    "article:published_time",
    "og:published_time",
    "article:published",
    "pubdate",
    "publishdate",
    "publish-date",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
];

/// The `<meta>` tags that name the date of the last modification.
const MODIFIED_METAS: &[&str] = &[
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "last-modified",
];

/// The `<meta>` tag that WordPress SEO plugins write on pages (as opposed
/// to posts): the modification, with no publication beside it.
const PAGE_MODIFIED_META: &str = "article:modified_time";

/// Names under which scripts other than JSON-LD (a framework's state, an
/// analytics object) give the publication date.
const SCRIPT_DATE_KEYS: &[&str] = &[
    "datePublished",
    "publishedAt",
    "published_at",
    "publishedDate",
    "publishDate",
    "publish_date",
    "published_on",
];

/// The page's dates, ISO 8601.
#[derive(Debug, Default)]
pub(crate) struct Dates {
    /// When it was published.
    pub published: Option<String>,
    /// When it was last modified.
    pub modified: Option<String>,
}

/// The short lines of the page that may carry its date, in page order.
#[derive(Debug, Default)]
pub(crate) struct DateLines<'a> {
    /// Near the headline: they check the metadata's dates, and give the
    /// date when the metadata has none.
    pub near_headline: Vec<&'a str>,
    /// How many of `near_headline` come before the body's first kept
    /// block: the page's own dateline, not a reply's.
    pub above_body: usize,
    /// Near the start of the body, on a page without a headline in an
    /// `h1`, and not links: the last resort before the address.
    pub at_body_start: Vec<&'a str>,
}

/// Resolves the publication and modification dates from the page's
/// metadata, its date lines and its address.
pub(crate) fn resolve(
    signals: &Signals,
    ld: &JsonLd,
    lines: &DateLines<'_>,
    url: Option<&str>,
) -> Dates {
    let url_day = url.and_then(url_date);
    let modified = ld
        .modified
        .iter()
        .map(String::as_str)
        .chain(signals.itemprop(ItemProp::DateModified))
        .chain(MODIFIED_METAS.iter().filter_map(|k| signals.meta(k)))
        .find_map(iso_date);
    let date_lines = &lines.near_headline;
    let published = from_metadata(signals, ld, lines, modified.as_deref())
        .or_else(|| date_lines.iter().find_map(|l| text_date(l)))
        .or_else(|| signals.date_classes.iter().find_map(|t| text_date(t)))
        .or_else(|| signals.script_date.clone())
        .or_else(|| lines.at_body_start.iter().find_map(|l| text_date(l)))
        .or_else(|| url_day.clone());
    // A time written in UTC may fall on the next or the previous day of the
    // one the site dates its article by, which its address may give.
    let published = match (published, url_day) {
        (Some(p), Some(u)) if p.get(..10) != Some(u.as_str()) && next_to(&p, &u) => Some(u),
        (p, _) => p,
    };
    Dates {
        published,
        modified,
    }
}

/// The publication date the page's metadata gives, checked against the
/// days its date lines show (and the day it says it was modified).
fn from_metadata(
    signals: &Signals,
    ld: &JsonLd,
    lines: &DateLines<'_>,
    modified: Option<&str>,
) -> Option<String> {
    let candidates = published_candidates(signals, ld);
    // The days written near the headline as the publication's (not those
    // after "Updated").
    let shown_in = |lines: &[&str]| -> Vec<String> {
        lines
            .iter()
            .flat_map(|l| text_dates(before_update(l)))
            .collect()
    };
    let shown = shown_in(&lines.near_headline);
    let is_shown = |d: &String| shown.iter().any(|s| s.get(..10) == d.get(..10));
    // A page that states in its Open Graph tags when it was modified but
    // not when it was published (as WordPress SEO plugins do for pages, as
    // opposed to posts) is dated by its modification — unless another tag
    // gives the publication, or the page shows some other day.
    let page_date = signals
        .meta(PAGE_MODIFIED_META)
        .and_then(iso_date)
        .filter(|d| (shown.is_empty() || is_shown(d)) && !has_published_meta(signals));
    let first = page_date.or_else(|| candidates.first().cloned())?;
    // The page shows some other day than its metadata's first: the
    // publication date of another source that it shows is the one it
    // stands by.
    if !shown.is_empty() && !is_shown(&first) {
        // Failing that, a day it shows next to the metadata's is that time
        // in the site's own time zone: a time written in UTC (or with no
        // zone) falls on the next or the previous day of the one the page
        // shows. A time with the site's own offset is its day already, and
        // the day of the modification is not the publication's.
        // Only a day shown above the body, the page's own dateline, is
        // taken so: not a reply's.
        let above =
            shown_in(&lines.near_headline[..lines.above_body.min(lines.near_headline.len())]);
        let beside = (!has_local_offset(&first))
            .then(|| {
                above
                    .iter()
                    .find(|s| {
                        next_to(&first, s) && modified.and_then(|m| m.get(..10)) != s.get(..10)
                    })
                    .cloned()
            })
            .flatten();
        return Some(
            candidates
                .into_iter()
                .find(is_shown)
                .or(beside)
                .unwrap_or(first),
        );
    }
    Some(first)
}

/// Every date the page's metadata gives for the publication, most trusted
/// first.
fn published_candidates(signals: &Signals, ld: &JsonLd) -> Vec<String> {
    ld.published
        .iter()
        .map(String::as_str)
        .chain(signals.itemprop(ItemProp::DatePublished))
        .chain(PUBLISHED_METAS.iter().filter_map(|k| signals.meta(k)))
        .chain(
            signals
                .metas
                .iter()
                .filter(|m| is_published_meta(&m.name))
                .map(|m| m.content.as_str()),
        )
        .chain(signals.itemprop(ItemProp::DateCreated))
        .chain(signals.time.as_deref())
        .filter_map(iso_date)
        .collect()
}

/// Whether a `<meta>` tag gives the publication date.
fn has_published_meta(signals: &Signals) -> bool {
    signals
        .metas
        .iter()
        .any(|m| PUBLISHED_METAS.contains(&m.name.as_str()) || is_published_meta(&m.name))
}

/// Whether a `<meta>` tag's name names some other publication date than
/// those of [`PUBLISHED_METAS`]: `published`, `published-date`,
/// `x-publish-date`, `post_published_time` (not a modification date, nor
/// a publisher); or, in a namespace of its own, a bare date (`ms.date`,
/// `page:date`), as Dublin Core's `dc.date` is.
fn is_published_meta(name: &str) -> bool {
    if let Some((_, last)) = name.rsplit_once([':', '.']) {
        return last == "date";
    }
    let words: Vec<&str> = name.split(['-', '_']).collect();
    words.iter().any(|w| *w == "published" || *w == "publish")
        && (words.len() == 1
            || words
                .iter()
                .any(|w| matches!(*w, "date" | "time" | "on" | "at")))
        && !words
            .iter()
            .any(|w| w.starts_with("modif") || w.starts_with("updat"))
}

/// The words of a line before a date run into it: "Jane Doe December 2,
/// 2025" gives "Jane Doe", "Jane Doe 02/12/2025" too.
pub(crate) fn before_date(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let starts_digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let date_at = (0..words.len()).find(|&i| {
        starts_digit(words[i])
            || (month_of(&words[i].to_ascii_lowercase()).is_some()
                && words.get(i + 1).is_some_and(|w| starts_digit(w)))
    });
    words[..date_at.unwrap_or(words.len())].join(" ")
}

/// A date in a common format as ISO 8601: `YYYY-MM-DD`, with the time (and
/// offset) when given in ISO form.
pub(crate) fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let b = s.as_bytes();
    // 2019-11-19, 2019/11/19, 2019.11.19, possibly with a time.
    if b.len() >= 10 && matches!(b.get(4), Some(b'-' | b'/' | b'.')) && b.get(7) == b.get(4) {
        return year_first_date(s);
    }
    // 20191119
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        return ymd(digits(s, 0..4)?, digits(s, 4..6)?, digits(s, 6..8)?);
    }
    // Numbers with the year last: "19.11.2019", "11/19/2019",
    // "Tue, 11/19/2019 - 14:30", "11-19-2019, 09:03 AM".
    if let Some(date) = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(3)
        .find_map(numeric_date)
    {
        return Some(date);
    }
    words_date(s)
}

/// The number written in `s[range]`, all digits.
fn digits(s: &str, range: std::ops::Range<usize>) -> Option<u32> {
    let part = s.get(range)?;
    (!part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()))
        .then(|| part.parse().ok())
        .flatten()
}

/// `2019-11-19` (or with `/` or `.`), with an ISO time after a `T` or a
/// space kept.
fn year_first_date(s: &str) -> Option<String> {
    let date = ymd(digits(s, 0..4)?, digits(s, 5..7)?, digits(s, 8..10)?)?;
    let rest = &s[10..];
    if let Some(time) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
        let t = time.as_bytes();
        if t.len() >= 5 && t[2] == b':' && t[..2].iter().chain(&t[3..5]).all(u8::is_ascii_digit) {
            let end = time
                .find(|c: char| !(c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z')))
                .unwrap_or(time.len());
            return Some(format!("{date}T{}", &time[..end]));
        }
    }
    Some(date)
}

/// A date with the month in words: "Tue, 19 Nov 2019 14:30:00 GMT",
/// "November 19, 2019", "19 November 2019".
fn words_date(s: &str) -> Option<String> {
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    let month = words.iter().position(|w| month_of(w).is_some())?;
    let m = month_of(&words[month])?;
    let number = |w: &String| -> Option<u32> {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())?
    };
    let year = words
        .iter()
        .filter_map(number)
        .find(|n| YEARS.contains(n))?;
    let day = words
        .get(month + 1)
        .and_then(number)
        .filter(|d| (1..=31).contains(d))
        .or_else(|| {
            month
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .and_then(number)
                .filter(|d| (1..=31).contains(d))
        })?;
    ymd(year, m, day)
}

/// A date of numbers with the year last: `19.11.2019`, `11/19/2019`,
/// `11-19-2019`. A part above 12 is the day; when both could be the month,
/// dots are read day first (as in most of Europe), slashes and dashes month
/// first (as in the United States, where dashes with the year last are
/// common too).
fn numeric_date(word: &str) -> Option<String> {
    let sep = word.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = word.split(sep).collect();
    let [a, b, y] = parts[..] else {
        return None;
    };
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !short(a) || !short(b) || y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (a, b, y): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (d, m) = if a > 12 || (b <= 12 && sep == '.') {
        (a, b)
    } else {
        (b, a)
    };
    ymd(y, m, d)
}

/// Whether a lower-case word names a month ("may", "sept", "december").
pub(crate) fn is_month(w: &str) -> bool {
    month_of(w).is_some()
}

/// The month a lower-case word names: its name, its first three letters
/// or "sept" — but not "mayor" or "marathon".
fn month_of(w: &str) -> Option<u32> {
    if w.len() < 3 || !w.is_ascii() {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(&m[..3]))?;
    (w.len() == 3 || MONTHS[i].starts_with(w) || w == "sept").then_some(i as u32 + 1)
}

/// A date written inside a short line of text: "Published 19 November 2019,
/// 14:30", "Updated: 2019-11-20", "Nov. 19, 2019 at 2:30 p.m.".
pub(crate) fn text_date(line: &str) -> Option<String> {
    if line.len() > DATE_TEXT_MAX_BYTES {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '/');
        if bare.len() >= 8
            && bare.as_bytes()[0].is_ascii_digit()
            && let Some(d) = iso_date(bare)
        {
            return Some(d[..10].to_string());
        }
        if month_of(&bare.to_ascii_lowercase()).is_some() {
            let from = i.saturating_sub(1);
            let to = (i + 3).min(words.len());
            if let Some(d) = iso_date(&words[from..to].join(" ")) {
                return Some(d);
            }
        }
    }
    None
}

/// Every date written in a short line of text, in its order ("May 2,
/// 2024 · April 30, 2024" gives both).
fn text_dates(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(date) = text_date(rest) {
        // Go on after the first word that holds the date's year.
        let year = &date[..4];
        let Some(at) = rest.find(year) else {
            break;
        };
        out.push(date);
        rest = &rest[at + 4..];
    }
    out
}

/// The part of a line before a word that introduces a modification date
/// ("Published May 2 · Updated May 9" gives "Published May 2 · ").
pub(crate) fn before_update(line: &str) -> &str {
    let lower = line.to_ascii_lowercase();
    let at = UPDATE_WORDS
        .iter()
        .filter_map(|l| lower.find(l))
        .min()
        .unwrap_or(line.len());
    &line[..at]
}

/// A publication date in a script that is not JSON-LD (JSON of a
/// framework's state, an analytics object): `"datePublished": "..."`, or
/// another common name for it (`"publishedAt"`, `published_on: "..."`).
pub(crate) fn script_date(script: &str) -> Option<String> {
    // One pass tells most scripts apart: every name has this in it. Scripts
    // are the bulk of many pages, so the searches are vectorised ones.
    memchr::memmem::find(script.as_bytes(), b"ublish")?;
    SCRIPT_DATE_KEYS
        .iter()
        .find_map(|key| keyed_date(script, key))
}

/// The first date given under `key` in a script: `"key": "date"` or
/// `key: "date"`.
fn keyed_date(script: &str, key: &str) -> Option<String> {
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&script.as_bytes()[from..], key.as_bytes()) {
        let start = from + at;
        from = start + key.len();
        // The whole name, quoted or not: not `"x_datePublished"`.
        let before = script[..start].chars().next_back();
        let quoted = before == Some('"');
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        let mut rest = &script[from..];
        if quoted {
            let Some(r) = rest.strip_prefix('"') else {
                continue;
            };
            rest = r;
        }
        let Some(rest) = rest
            .trim_start()
            .strip_prefix(':')
            .and_then(|r| r.trim_start().strip_prefix('"'))
        else {
            continue;
        };
        if let Some(date) = rest
            .find('"')
            .filter(|e| *e <= SCRIPT_DATE_MAX_BYTES)
            .and_then(|end| iso_date(&rest[..end]))
        {
            return Some(date);
        }
    }
    None
}

/// Whether an ISO date's time has an offset from UTC other than zero
/// (`-05:00`, `+0530`): the time is the site's local one.
fn has_local_offset(iso: &str) -> bool {
    let Some(time) = iso.get(11..) else {
        return false;
    };
    time.rfind(['+', '-']).is_some_and(|at| {
        time[at + 1..]
            .bytes()
            .any(|c| c.is_ascii_digit() && c != b'0')
    })
}

/// Whether two ISO dates fall on days next to each other.
fn next_to(a: &str, b: &str) -> bool {
    let day = |s: &str| -> Option<i64> {
        let (y, m, d) = (
            s.get(..4)?.parse::<i64>().ok()?,
            s.get(5..7)?.parse::<i64>().ok()?,
            s.get(8..10)?.parse::<i64>().ok()?,
        );
        // Days since an epoch (the civil-from-days inverse).
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy)
    };
    matches!((day(a), day(b)), (Some(x), Some(y)) if (x - y).abs() == 1)
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    (YEARS.contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A date in the page's URL: `/2019/11/19/` (or `/2019-11-19/`).
fn url_date(url: &str) -> Option<String> {
    let b = url.as_bytes();
    (0..b.len().saturating_sub(10)).find_map(|i| {
        let w = url.get(i..i + 11)?;
        let wb = w.as_bytes();
        if wb[0] != b'/' || !matches!(wb[5], b'/' | b'-') || wb[8] != wb[5] {
            return None;
        }
        let after = b.get(i + 11);
        if after.is_some_and(u8::is_ascii_digit) {
            return None;
        }
        iso_date(&w[1..]).filter(|d| d.len() == 10)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_in_common_formats() {
        assert_eq!(iso_date("2019-11-19").as_deref(), Some("2019-11-19"));
        assert_eq!(
            iso_date("2019-11-19T14:30:00-05:00").as_deref(),
            Some("2019-11-19T14:30:00-05:00")
        );
        assert_eq!(
            iso_date("2019/11/19 08:05").as_deref(),
            Some("2019-11-19T08:05")
        );
        assert_eq!(
            iso_date("Tue, 19 Nov 2019 14:30:00 GMT").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(iso_date("November 19, 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(
            iso_date("19th September 2019").as_deref(),
            Some("2019-09-19")
        );
        assert_eq!(iso_date("20191119").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("The mayor spoke"), None);
        assert_eq!(iso_date("2019-13-45"), None);
        assert_eq!(
            url_date("https://x.com/2019/11/19/story.html").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(url_date("https://x.com/a/20191119999"), None);
        assert_eq!(
            text_date("Published 19 November 2019, 14:30").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            text_date("Updated: 2019-11-20 at noon").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            text_date("Nov. 19, 2019 at 2:30 p.m.").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(text_date("The mayor met in March"), None);
        assert_eq!(
            script_date(r#"<script>window.s={"datePublished": "2019-11-19T10:00:00Z"}</script>"#)
                .as_deref(),
            Some("2019-11-19T10:00:00Z")
        );
    }

    #[test]
    fn dates_of_numbers_with_the_year_last() {
        assert_eq!(iso_date("19.11.2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("3.4.2021").as_deref(), Some("2021-04-03"));
        assert_eq!(iso_date("11/19/2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("04/03/2021").as_deref(), Some("2021-04-03"));
        assert_eq!(iso_date("19/11/2019").as_deref(), Some("2019-11-19"));
        assert_eq!(
            iso_date("Tue, 11/19/2019 - 14:30").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            iso_date("11-19-2019, 09:03 AM").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            text_date("Posted 2/4/2021 by the desk").as_deref(),
            Some("2021-02-04")
        );
        assert_eq!(iso_date("1.2.3"), None);
        assert_eq!(iso_date("13/13/2019"), None);
    }

    fn published(pairs: &[(&str, &str)], lines: &[&str]) -> Option<String> {
        dated(pairs, lines, None)
    }

    fn dated(pairs: &[(&str, &str)], lines: &[&str], url: Option<&str>) -> Option<String> {
        let signals = Signals::from_pairs(pairs);
        let lines = DateLines {
            near_headline: lines.to_vec(),
            above_body: lines.len(),
            at_body_start: Vec::new(),
        };
        resolve(&signals, &JsonLd::parse(&signals.json_ld), &lines, url).published
    }

    #[test]
    fn publication_dates_under_other_meta_names() {
        assert_eq!(
            published(&[("published", "July 8, 2024")], &[]).as_deref(),
            Some("2024-07-08")
        );
        assert_eq!(
            published(&[("citation_date", "2024/07/08")], &[]).as_deref(),
            Some("2024-07-08")
        );
        assert_eq!(
            published(
                &[
                    ("x-modified-date", "2024-09-01"),
                    ("x-published-date", "2024-07-08T10:00:00Z"),
                ],
                &[]
            )
            .as_deref(),
            Some("2024-07-08T10:00:00Z")
        );
        // A publisher, or a value that is no date, is passed over.
        assert_eq!(
            published(
                &[
                    ("publisher", "2024 Media"),
                    ("pubdate", "soon"),
                    ("date", "2024-07-08"),
                ],
                &[]
            )
            .as_deref(),
            Some("2024-07-08")
        );
        assert!(is_published_meta("first_published_at"));
        assert!(is_published_meta("ms.date"));
        assert!(!is_published_meta("dc.date.modified"));
        assert!(!is_published_meta("publish-updated-date"));
        assert!(!is_published_meta("publisher"));
    }

    #[test]
    fn the_shown_day_picks_among_the_sources() {
        // JSON-LD written in UTC gives the next day; the page shows the
        // local one, which the Open Graph tag has too.
        let pairs = [
            (
                "ld+json",
                r#"{"@type":"NewsArticle","datePublished":"2024-03-09T02:15:00+00:00"}"#,
            ),
            ("article:published_time", "2024-03-08T21:15:00-05:00"),
        ];
        assert_eq!(
            published(&pairs, &["Storm closes harbour", "March 8, 2024"]).as_deref(),
            Some("2024-03-08T21:15:00-05:00")
        );
        // Nothing shown, or the first source's day shown: the first source.
        assert_eq!(
            published(&pairs, &["Storm closes harbour"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        assert_eq!(
            published(&pairs, &["March 9, 2024 · March 8, 2024"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        // A shown day that no source gives for the publication changes
        // nothing, nor does an update's day.
        assert_eq!(
            published(&pairs, &["March 1, 2024"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        assert_eq!(
            published(&pairs, &["Posted by Ann · Updated March 8, 2024"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        // A thread: the question's date, shown, over an answer's.
        let thread = [
            ("itemprop:datePublished", "2019-05-02T10:00:00Z"),
            ("itemprop:dateCreated", "2018-01-15T09:30:00Z"),
        ];
        assert_eq!(
            published(&thread, &["asked Jan 15, 2018 at 9:30"]).as_deref(),
            Some("2018-01-15T09:30:00Z")
        );
        assert_eq!(
            text_dates("May 21, 2024April 24, 2024 by Ann"),
            ["2024-05-21", "2024-04-24"]
        );
        assert_eq!(
            before_update("Published May 2 | Last Updated May 9"),
            "Published May 2 | Last "
        );
    }

    #[test]
    fn a_page_with_only_a_modification_tag_is_dated_by_it() {
        let page = [
            (
                "ld+json",
                r#"{"@type":"WebPage","datePublished":"2019-02-01T10:00:00+00:00"}"#,
            ),
            ("article:modified_time", "2024-06-12T08:00:00+00:00"),
        ];
        assert_eq!(
            published(&page, &[]).as_deref(),
            Some("2024-06-12T08:00:00+00:00")
        );
        // The page shows another day: not the modification.
        assert_eq!(
            published(&page, &["Published: February 1, 2019"]).as_deref(),
            Some("2019-02-01T10:00:00+00:00")
        );
        // A post, whose publication has its tag too.
        let post = [
            ("article:published_time", "2019-02-01T10:00:00+00:00"),
            ("article:modified_time", "2024-06-12T08:00:00+00:00"),
        ];
        assert_eq!(
            published(&post, &[]).as_deref(),
            Some("2019-02-01T10:00:00+00:00")
        );
        let dated = [
            ("date", "2019-02-01"),
            ("article:modified_time", "2024-06-12T08:00:00+00:00"),
        ];
        assert_eq!(published(&dated, &[]).as_deref(), Some("2019-02-01"));
    }

    #[test]
    fn publication_dates_in_scripts_under_common_names() {
        assert_eq!(
            script_date(
                r#"self.__state={"post":{"slug":"x","publishedAt":"2024-10-20T13:08:55-07:00"}}"#
            )
            .as_deref(),
            Some("2024-10-20T13:08:55-07:00")
        );
        assert_eq!(
            script_date(
                r#"window.__NUXT__=(function(a){return {published_on:"2023-08-07T21:33:50Z"}})()"#
            )
            .as_deref(),
            Some("2023-08-07T21:33:50Z")
        );
        // Another name that merely ends like one, or no date: passed over.
        assert_eq!(
            script_date(r#"{"unpublished_at":"2020-01-01","publishDate":"2021-05-06"}"#).as_deref(),
            Some("2021-05-06")
        );
        assert_eq!(script_date(r#"{"publishedAt":null}"#), None);
    }

    #[test]
    fn an_element_classed_as_a_date_is_the_last_visible_resort() {
        let pairs = [("class:date", "Posted on May 31, 2024")];
        assert_eq!(published(&pairs, &[]).as_deref(), Some("2024-05-31"));
        // A date line near the headline comes first.
        assert_eq!(
            published(&pairs, &["June 2, 2024"]).as_deref(),
            Some("2024-06-02")
        );
    }

    #[test]
    fn the_day_shown_beside_a_time_in_utc_is_the_sites_day() {
        // A time in UTC (or with no zone) a day off the one shown.
        let utc = [(
            "ld+json",
            r#"{"@type":"DiscussionForumPosting","datePublished":"2026-02-15 03:05:48"}"#,
        )];
        assert_eq!(
            published(&utc, &["Feb 14, 2026 | 9:05 pm"]).as_deref(),
            Some("2026-02-14")
        );
        // A time with the site's own offset is its day already.
        let local = [("article:published_time", "2024-01-14T21:50:50-05:00")];
        assert_eq!(
            published(&local, &["#1 · Jan 15, 2024"]).as_deref(),
            Some("2024-01-14T21:50:50-05:00")
        );
        // The day the page was modified is not its publication's.
        let edited = [
            ("article:published_time", "2018-09-15"),
            ("article:modified_time", "2018-09-16T10:22:22+02:00"),
        ];
        assert_eq!(
            published(&edited, &["By admin - 2018-09-16"]).as_deref(),
            Some("2018-09-15")
        );
        assert!(has_local_offset("2024-01-14T21:50:50-05:00"));
        assert!(has_local_offset("2024-01-14T21:50:50+0530"));
        assert!(!has_local_offset("2024-01-14T21:50:50+00:00"));
        assert!(!has_local_offset("2024-01-14T21:50:50Z"));
        assert!(!has_local_offset("2024-01-14"));
    }

    #[test]
    fn lines_at_the_body_start_are_the_last_resort_before_the_address() {
        let signals = Signals::from_pairs(&[]);
        let ld = JsonLd::parse(&signals.json_ld);
        let lines = DateLines {
            near_headline: vec!["Products Pricing Blog"],
            above_body: 1,
            at_body_start: vec!["Priya Raman", "Mar 4, 2025"],
        };
        assert_eq!(
            resolve(&signals, &ld, &lines, None).published.as_deref(),
            Some("2025-03-04")
        );
        let classed = Signals::from_pairs(&[("class:date", "June 2, 2024")]);
        assert_eq!(
            resolve(&classed, &ld, &lines, None).published.as_deref(),
            Some("2024-06-02")
        );
    }

    #[test]
    fn the_address_gives_the_day_of_a_time_in_utc() {
        assert!(next_to("2024-12-31T23:00:00Z", "2025-01-01"));
        assert!(next_to("2024-03-01", "2024-02-29"));
        assert!(!next_to("2024-03-01", "2024-02-28"));
        assert!(!next_to("2024-03-01", "2024-03-01"));
        let pairs = [("article:published_time", "2025-12-19T02:41:41+00:00")];
        let at = |url| dated(&pairs, &[], Some(url));
        assert_eq!(
            at("https://news.example/2025/12/18/late-story/").as_deref(),
            Some("2025-12-18")
        );
        // An address dated days away (a series' start) changes nothing.
        assert_eq!(
            at("https://news.example/2025/12/01/series/").as_deref(),
            Some("2025-12-19T02:41:41+00:00")
        );
    }
}
