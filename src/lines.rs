//! Short lines recognised by their text: picture credits, "Read more" links,
//! datelines, contact lines, subscription pitches and ad labels.
//!
//! Used by the clean stage on blocks inside the body's region, where structure
//! alone cannot tell a credit line from a one-line paragraph. Each check is
//! bounded by a word count (in [`crate::tuning`]) so that a real paragraph
//! that happens to start with the same words is never taken for one. The word
//! lists are in [`crate::lexicon`]; on a language they do not know these
//! checks simply find nothing and structure decides.

use crate::lexicon::*;
use crate::tuning::{
    AD_LABEL_MAX_BYTES, BYLINE_MIN_WORDS, DATELINE_MIN_WORDS, LINE_HEAD_CHARS,
    LOADING_PLACEHOLDER_MAX_WORDS, REACTION_COUNT_MIN_WORDS,
};
use crate::tuning::{
    BYLINE_MAX_WORDS, CONSENT_MAX_WORDS, REACTION_COUNT_MAX_WORDS, SCRIPT_NOTICE_MAX_WORDS,
};
use crate::tuning::{
    CONTACT_MAX_WORDS, CREDIT_MAX_WORDS, DATELINE_MAX_WORDS, DATELINE_MIN_SHARE, PITCH_MAX_WORDS,
    POST_LABEL_MAX_WORDS, READ_MORE_MAX_WORDS, YEARLESS_DATE_MAX_WORDS,
};

fn lower_head(text: &str, chars: usize) -> String {
    text.chars()
        .take(chars)
        .flat_map(char::to_lowercase)
        .collect()
}

fn starts_with_any(text: &str, prefixes: &[&str]) -> bool {
    let head = lower_head(text, LINE_HEAD_CHARS);
    prefixes.iter().any(|p| head.starts_with(p))
}

/// "Picture: PA", "Photo: Reuters/John Smith", "Image 2 of 5".
pub(crate) fn is_credit(text: &str, words: u32) -> bool {
    words <= CREDIT_MAX_WORDS && (starts_with_any(text, CREDIT_PREFIXES) || is_counter(text))
}

/// "1 of 6", "Image 3 of 5", "Photo 2/9": a gallery's position counter.
fn is_counter(text: &str) -> bool {
    let lower = text.to_lowercase();
    let tokens: Vec<&str> = lower.split_whitespace().collect();
    let nums = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let rest = match tokens.first() {
        Some(first) if COUNTER_WORDS.contains(first) => &tokens[1..],
        _ => &tokens[..],
    };
    match rest {
        [a, "of", b] => nums(a) && nums(b),
        [ab] => ab.split_once('/').is_some_and(|(a, b)| nums(a) && nums(b)),
        _ => false,
    }
}

/// "Read more: …", "Related: …", "Watch: …".
pub(crate) fn is_read_more(text: &str, words: u32) -> bool {
    words <= READ_MORE_MAX_WORDS && starts_with_any(text, READ_MORE_PREFIXES)
}

/// A line that only labels an ad slot: "Advertisement", "Anzeige".
pub(crate) fn is_ad_label(text: &str) -> bool {
    if text.len() > AD_LABEL_MAX_BYTES {
        return false;
    }
    let lower = text.trim().trim_end_matches([':', '.']).to_lowercase();
    AD_LABELS.contains(&lower.as_str())
}

/// "Loading specifications…", "Cargando...": the placeholder a script
/// replaces with what it fetches, a word for loading and an ellipsis.
pub(crate) fn is_loading_placeholder(text: &str, words: u32) -> bool {
    let text = text.trim();
    words <= LOADING_PLACEHOLDER_MAX_WORDS
        && (text.ends_with('…') || text.ends_with("..."))
        && starts_with_any(text, LOADING_WORDS)
}

/// "By Jane Roe | November 18, 2019 at 2:26 PM", "Updated 19 Nov 2019 09:01":
/// a short line whose words are mostly dates, times and byline words.
pub(crate) fn is_dateline(text: &str, words: u32) -> bool {
    if !(DATELINE_MIN_WORDS..=DATELINE_MAX_WORDS).contains(&words) {
        return false;
    }
    let has_year_or_time = text
        .split(|c: char| !c.is_ascii_digit() && c != ':')
        .any(|t| {
            (t.len() == 4 && (t.starts_with("19") || t.starts_with("20")))
                || (t.contains(':') && t.split(':').all(|p| !p.is_empty() && p.len() <= 2))
        });
    if !has_year_or_time {
        return false;
    }
    let mut total = 0u32;
    let mut datey = 0u32;
    for token in text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
    {
        total += 1;
        let lower = token.to_lowercase();
        if token.bytes().any(|b| b.is_ascii_digit()) || DATE_WORDS.contains(&lower.as_str()) {
            datey += 1;
        }
    }
    total > 0 && datey as f32 >= total as f32 * DATELINE_MIN_SHARE
}

/// A post's date written without its year, as sites write this year's:
/// a month's name (or its first three letters) beside a day of the month,
/// the two at least [`DATELINE_MIN_SHARE`] of a line of at most
/// [`YEARLESS_DATE_MAX_WORDS`] words: "Mar 08", "on 7 March", "Oct 3rd".
pub(crate) fn is_yearless_date(text: &str, words: u32) -> bool {
    // A day is written in digits: a line without one is passed over before
    // its words are split and lowered.
    if !(DATELINE_MIN_WORDS..=YEARLESS_DATE_MAX_WORDS).contains(&words)
        || !text.bytes().any(|b| b.is_ascii_digit())
    {
        return false;
    }
    let tokens: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_lowercase)
        .collect();
    let day = |t: &str| {
        let digits = t.trim_end_matches(['s', 't', 'n', 'd', 'r', 'h']);
        digits.len() <= 2 && digits.parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
    };
    let paired = tokens
        .windows(2)
        .any(|w| (is_month(&w[0]) && day(&w[1])) || (day(&w[0]) && is_month(&w[1])));
    paired && 2.0 >= tokens.len() as f32 * DATELINE_MIN_SHARE
}

/// A cookie or consent notice addressed to the reader: "We use cookies to
/// ... By continuing to browse you agree ...". It names cookies, speaks as
/// the site ("we use", "this site uses") and asks for agreement, which an
/// article that reports on cookies does not do all at once.
pub(crate) fn is_consent_notice(text: &str, words: u32) -> bool {
    if words > CONSENT_MAX_WORDS || !mentions_cookies(text) {
        return false;
    }
    let lower = text.to_lowercase();
    CONSENT_SITE_WORDS.iter().any(|w| lower.contains(w))
        && CONSENT_ASK_WORDS.iter().any(|w| lower.contains(w))
}

/// A line that only counts reactions: a number and counting words ("3
/// Likes", "Likes Received: 40", "1.2k views"), as posts and stories show
/// below them.
pub(crate) fn is_reaction_count(text: &str, words: u32) -> bool {
    if !(REACTION_COUNT_MIN_WORDS..=REACTION_COUNT_MAX_WORDS).contains(&words) {
        return false;
    }
    let mut number = false;
    for token in text.split_whitespace() {
        let token = token.trim_matches(|c: char| matches!(c, ':' | '.' | ',' | '(' | ')' | '·'));
        if token.is_empty() {
            continue;
        }
        let digits = token.trim_end_matches(['k', 'K', 'm', 'M']);
        if !digits.is_empty()
            && digits
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        {
            number = true;
        } else if !REACTION_COUNT_WORDS.contains(&token.to_lowercase().as_str()) {
            return false;
        }
    }
    number
}

/// A line of a forum post's furniture: a control ("Click to expand..."),
/// a badge ("Thread starter"), or a label of the member's box alone or
/// with its value, a number or a date ("Join date: Aug 2008", "Posts:
/// 1,204"). Words in [`POST_FURNITURE_LINES`] and [`POST_MEMBER_LABELS`].
pub(crate) fn is_post_furniture(text: &str, words: u32) -> bool {
    if words == 0 || words > POST_LABEL_MAX_WORDS {
        return false;
    }
    let lower = text.trim().to_lowercase();
    let bare = lower.trim_end_matches([':', '.', '…', ' ']);
    if POST_FURNITURE_LINES.contains(&bare) {
        return true;
    }
    let Some((label, value)) = lower.split_once(':') else {
        return false;
    };
    POST_MEMBER_LABELS.contains(&label.trim())
        && value.bytes().any(|b| b.is_ascii_digit())
        && value
            .split_whitespace()
            .all(|t| t.bytes().any(|b| b.is_ascii_digit()) || is_month(t))
}

/// Whether a token names a month ("Aug", "August", "aug.").
fn is_month(token: &str) -> bool {
    let t = token.trim_end_matches(['.', ',']);
    let t = t.to_lowercase();
    t.len() >= 3 && MONTHS.iter().any(|m| m.starts_with(&t))
}

/// A notice that the page needs scripts to show ("This website requires
/// JavaScript. Please enable it and reload"), as pages put in `<noscript>`:
/// short, naming JavaScript, and asking to turn it on.
pub(crate) fn is_script_notice(text: &str) -> bool {
    if text.split_whitespace().count() > SCRIPT_NOTICE_MAX_WORDS as usize {
        return false;
    }
    let lower = text.to_lowercase();
    lower.contains("javascript") && SCRIPT_NOTICE_WORDS.iter().any(|w| lower.contains(w))
}

/// Whether the text names cookies in any ASCII case ("cookie", "Cookies",
/// "COOKIE POLICY"), found without lower-casing a copy of every block: each
/// `k` (found by a vectorised search; the letter is rare) is checked for the
/// word around it.
fn mentions_cookies(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr2_iter(b'k', b'K', b).any(|i| {
        i >= 3
            && b.get(i - 3..i + 3)
                .is_some_and(|w| w.eq_ignore_ascii_case(b"cookie"))
    })
}

/// A byline line: "By Jane Doe", "By Jane Doe and John Roe, Press
/// Association" — "By" and a few capitalised words.
pub(crate) fn is_byline(text: &str, words: u32) -> bool {
    if !(BYLINE_MIN_WORDS..=BYLINE_MAX_WORDS).contains(&words) {
        return false;
    }
    let Some(rest) = BYLINE_PREFIXES.iter().find_map(|p| text.strip_prefix(p)) else {
        return false;
    };
    rest.split_whitespace()
        .filter(|w| !BYLINE_JOINERS.contains(w))
        .all(|w| {
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
        })
}

/// The name in a line of a comment's furniture that may name its author
/// ("Jane Roe says:", "By Jane Roe", "Jane Roe wrote: 2 October 2024"):
/// `None` for a date, an action ("Reply"), a reaction count, or a line too
/// long to be a name.
pub(crate) fn comment_author(text: &str, words: u32) -> Option<String> {
    if is_reaction_count(text, words) {
        return None;
    }
    // A date run into the line ("Jane Roe wrote: 2 October 2024") ends it.
    let text = crate::meta::before_date(text);
    if text.split_whitespace().count() > BYLINE_MAX_WORDS as usize {
        return None;
    }
    let mut name = text
        .trim()
        .trim_end_matches([':', ',', '.', '-', '–', '—', '|', '·'])
        .trim();
    let lower = name.to_lowercase();
    // An action, or a line about the thread or its likes.
    if COMMENT_ACTIONS.contains(&lower.trim_matches(|c: char| !c.is_alphanumeric()))
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w.starts_with("comment") || w.starts_with("like"))
    {
        return None;
    }
    for end in COMMENT_AUTHOR_ENDS {
        if let Some(cut) = name.len().checked_sub(end.len())
            && name.is_char_boundary(cut)
            && name[cut..].eq_ignore_ascii_case(end)
        {
            name = name[..cut].trim();
            break;
        }
    }
    let name = name
        .strip_prefix("By ")
        .or_else(|| name.strip_prefix("by "))
        .unwrap_or(name);
    let name = crate::hints::collapse(name);
    (name.chars().any(char::is_alphabetic)).then_some(name)
}

/// Whether a name found in a line not marked as the author's reads as one:
/// one to four words, each capitalised (or a particle: "van", "de"), or a
/// single handle ("jldugger"). Lines such as "Leave a comment" or "Jump to
/// content" do not.
pub(crate) fn looks_like_name(name: &str) -> bool {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.len() {
        1 => true,
        2..=4 => words.iter().all(|w| {
            NAME_PARTICLES.contains(w)
                || w.chars()
                    .find(|c| c.is_alphabetic())
                    .is_none_or(|c| !c.is_lowercase())
        }),
        _ => false,
    }
}

/// "Email Jane Roe at jroe@example.com", "Follow her on Twitter @janeroe".
pub(crate) fn is_contact(text: &str, words: u32) -> bool {
    if words > CONTACT_MAX_WORDS || !text.contains('@') {
        return false;
    }
    let lower = text.to_lowercase();
    CONTACT_WORDS.iter().any(|w| lower.contains(w))
}

/// "Sign up for our newsletter", "Subscribe to get the daily briefing in your
/// inbox".
pub(crate) fn is_pitch(text: &str, words: u32) -> bool {
    if words > PITCH_MAX_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    PITCH_WORDS.iter().any(|w| lower.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookies_are_named_in_any_case_and_rookies_are_not() {
        assert!(mentions_cookies("We use Cookies"));
        assert!(mentions_cookies("COOKIE POLICY"));
        assert!(mentions_cookies("a cOoKiE banner"));
        assert!(!mentions_cookies(
            "The rookie agreed to the terms of this site"
        ));
        assert!(!mentions_cookies("kooky"));
    }

    #[test]
    fn loading_placeholders_are_a_loading_word_and_an_ellipsis() {
        assert!(is_loading_placeholder("Loading specifications…", 2));
        assert!(is_loading_placeholder("Loading...", 1));
        assert!(is_loading_placeholder("Cargando comentarios…", 2));
        assert!(!is_loading_placeholder("Loading the ferry", 3));
        assert!(!is_loading_placeholder(
            "Loading the ferry took the crew most of the night, and then…",
            12
        ));
    }

    #[test]
    fn reaction_counts() {
        assert!(is_reaction_count("3 Likes", 2));
        assert!(is_reaction_count("Likes Received: 40", 3));
        assert!(is_reaction_count("1.2k views · 14 replies", 4));
        assert!(!is_reaction_count("Likes", 1));
        assert!(!is_reaction_count("3 people liked it", 4));
        assert!(!is_reaction_count("Replies to 40 questions", 4));
    }

    #[test]
    fn post_furniture_is_a_control_a_badge_or_a_member_label() {
        assert!(is_post_furniture("Click to expand...", 3));
        assert!(is_post_furniture("Thread starter", 2));
        assert!(is_post_furniture("Trophy points:", 2));
        assert!(is_post_furniture("Join date: Aug 2008", 4));
        assert!(is_post_furniture("Registered: 2011-11-29", 2));
        assert!(is_post_furniture("Posts: 1,204", 2));
        assert!(!is_post_furniture("Posts: a history of the letter box", 7));
        assert!(!is_post_furniture("Registered: nurses only", 3));
        assert!(!is_post_furniture(
            "Click to expand the map of the harbour",
            8
        ));
    }

    #[test]
    fn script_notices() {
        assert!(is_script_notice(
            "This site requires JavaScript. Please enable it and reload the page."
        ));
        assert!(is_script_notice("JavaScript is disabled in your browser."));
        assert!(!is_script_notice(
            "JavaScript closures capture variables by reference, not by value."
        ));
        let long = "Please enable JavaScript. ".repeat(30);
        assert!(!is_script_notice(&long));
    }

    #[test]
    fn credits_and_counters() {
        assert!(is_credit("Picture: PA", 2));
        assert!(is_credit("Image 3 of 5", 4));
        assert!(is_credit("1 of 6", 3));
        assert!(!is_credit(
            "One of the six survivors said the boat turned over.",
            10
        ));
    }

    #[test]
    fn dates_without_a_year() {
        assert!(is_yearless_date("on Mar 08", 3));
        assert!(is_yearless_date("7 March", 2));
        assert!(is_yearless_date("Posted Oct 3rd", 3));
        assert!(!is_yearless_date("Early bird tickets until March 10", 6));
        assert!(!is_yearless_date("Maybe 5", 2));
        assert!(!is_yearless_date("Mar 40", 2));
    }

    #[test]
    fn datelines() {
        assert!(is_dateline(
            "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)",
            10
        ));
        assert!(is_dateline(
            "By HNN Staff | November 18, 2019 at 2:26 PM HST",
            10
        ));
        assert!(!is_dateline(
            "The council voted on November 18, 2019 to close the old bridge for repairs.",
            15
        ));
    }

    #[test]
    fn contact_lines_and_pitches() {
        assert!(is_contact("Write to Al Root at allen.root@example.com", 8));
        assert!(!is_contact(
            "Police said the suspect used the handle @nightowl online.",
            10
        ));
        assert!(is_pitch(
            "Get the latest updates right in your inbox. Subscribe to our newsletters.",
            12
        ));
        assert!(is_ad_label("Advertisement"));
        assert!(!is_ad_label("Advertising revenue fell by a third."));
    }
}
