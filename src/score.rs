//! Stage 4, score: takes the blocks and gives each a class and a weight.
//!
//! A block is judged alone first, on shallow features that need no language
//! knowledge: its length in words, the share of those words inside links,
//! sentence punctuation, its text density (words per line of its text
//! wrapped at [`WRAP_WIDTH`] columns, Kohlschütter et al.'s measure: prose
//! runs 10 or more words a line, a label or a menu fewer; a card's blurb of
//! a line or two is as dense as prose, and only its length sets it apart),
//! and the hints of its context. The class says what the
//! block looks like on its own; the weight says how much it vouches for (or
//! against) the region around it being the article body. Class-name hints
//! are not used here: they act on whole elements in the selection stage.

use crate::blocks::{Page, RawBlock, Tag};
use crate::tuning::*;

/// What a block looks like, judged alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// Prose: long, punctuated, few links.
    Good,
    /// Medium length: could be prose or a blurb.
    Near,
    /// Too short to tell: a heading, a label, a date.
    Short,
    /// Link lists, menus and text inside hinted boilerplate.
    Bad,
}

/// A block's class and weight.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Score {
    pub class: Class,
    /// Its text density: words per line of its text wrapped at
    /// [`WRAP_WIDTH`] columns ([`text_density`]).
    pub density: f32,
    /// Evidence for the region that holds the block: positive for prose,
    /// negative for boilerplate, zero for undecided.
    pub weight: f32,
}

/// Share of a block's words inside links.
pub(crate) fn link_density(b: &RawBlock) -> f32 {
    if b.words == 0 {
        0.0
    } else {
        b.link_words as f32 / b.words as f32
    }
}

/// Words per line of a text wrapped at [`WRAP_WIDTH`] columns: the words
/// of a text that fits on one line, and otherwise the words of its full
/// lines per full line (the last, partial line says nothing of the width
/// of the text), as Kohlschütter et al. count it. Lines are measured in
/// characters, so a block's density needs one pass over its text.
pub(crate) fn text_density(text: &str, words: u32) -> f32 {
    let chars = text.chars().count();
    if chars <= WRAP_WIDTH {
        return words as f32;
    }
    // The full lines hold `full * WRAP_WIDTH` of the characters, and the
    // words in the same share.
    words as f32 * WRAP_WIDTH as f32 / chars as f32
}

/// Judges every block of the page.
///
/// A table cell is judged by its whole row: a row of data ("3 Kevin Harvick
/// 5033 4 6") is one unit of content even though each cell is a word or two.
pub(crate) fn score_all(page: &Page) -> Vec<Score> {
    let mut rows: Vec<(u32, u32)> = Vec::new();
    if page.blocks.iter().any(|b| b.row.is_some()) {
        rows = vec![(0, 0); page.elems.len()];
        for b in &page.blocks {
            if let Some(row) = b.row {
                let r = &mut rows[row as usize];
                r.0 += b.words;
                r.1 += b.link_words;
            }
        }
    }
    page.blocks
        .iter()
        .map(
            |b| match (b.tag, b.row.and_then(|row| rows.get(row as usize))) {
                (Tag::Cell { .. }, Some(&(words, links))) => row_cell(b, words, links),
                _ => score(b),
            },
        )
        .zip(&page.blocks)
        .map(|(s, b)| Score {
            density: text_density(&b.text, b.words),
            ..s
        })
        .collect()
}

/// A cell, judged by the words and links of its row.
fn row_cell(b: &RawBlock, row_words: u32, row_links: u32) -> Score {
    let ld = row_links as f32 / row_words.max(1) as f32;
    let w = b.words as f32;
    if ld > MAX_LINK_DENSITY {
        Score {
            class: Class::Bad,
            density: 0.0,
            weight: -w * BOILERPLATE_WEIGHT,
        }
    } else if row_words >= SHORT_WORDS {
        Score {
            class: Class::Near,
            density: 0.0,
            weight: w * NEAR_WEIGHT * (1.0 - ld),
        }
    } else {
        score(b)
    }
}

/// Whether a text is one word over and over ("word word word …"): filler a
/// script writes into the page to measure its fonts, or a layout's
/// placeholder, never prose, however long. Only unpunctuated long blocks
/// are asked, so the check costs nothing on prose.
fn is_one_word_repeated(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    let mut count = 1;
    for w in words {
        if w != first {
            return false;
        }
        count += 1;
    }
    count > 1
}

/// Whether a text is a run of names or codes: at least
/// [`NAME_RUN_MIN_SHARE`] of its words start with a capital letter or a
/// digit ("Beverly Hills Glendale Burbank 90212 91501 …"). Asked only of
/// long blocks without punctuation, as [`is_one_word_repeated`] is; a
/// script without capitals (CJK, Arabic) never makes one.
fn is_name_run(text: &str) -> bool {
    let (mut total, mut named) = (0u32, 0u32);
    for w in text.split_whitespace() {
        total += 1;
        named += u32::from(
            w.chars()
                .next()
                .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()),
        );
    }
    total > 0 && named as f32 >= total as f32 * NAME_RUN_MIN_SHARE
}

/// Judges one block alone.
pub(crate) fn score(b: &RawBlock) -> Score {
    score_with_links(b, b.link_words)
}

/// Judges one block alone as if `link_words` of its words were in links.
pub(crate) fn score_with_links(b: &RawBlock, link_words: u32) -> Score {
    let ld = if b.words == 0 {
        0.0
    } else {
        link_words as f32 / b.words as f32
    };
    let w = b.words as f32;
    let class = if ld > MAX_LINK_DENSITY {
        Class::Bad
    } else if b.words < SHORT_WORDS {
        Class::Short
    } else if ((b.words >= PROSE_MIN_WORDS && b.punct > 0) || b.words >= LONG_BLOCK_WORDS)
        && b.words >= b.lines * LINE_MIN_WORDS
    {
        if b.punct == 0 && (is_one_word_repeated(&b.text) || is_name_run(&b.text)) {
            Class::Bad
        } else {
            Class::Good
        }
    } else {
        Class::Near
    };
    let weight = match class {
        Class::Bad => -w * BOILERPLATE_WEIGHT,
        Class::Good if ld <= EVIDENCE_LINK_DENSITY => w * (1.0 - ld),
        Class::Good | Class::Near => w * NEAR_WEIGHT * (1.0 - ld),
        Class::Short => {
            if matches!(b.tag, Tag::Heading(_)) {
                0.0
            } else {
                SHORT_WEIGHT
            }
        }
    };
    Score {
        class,
        density: 0.0,
        weight,
    }
}

#[cfg(test)]
mod tests {
    use super::{is_name_run, is_one_word_repeated};

    #[test]
    fn a_run_of_town_names_and_postcodes_is_no_prose() {
        assert!(is_name_run(
            "Beverly Hills Glendale Burbank Pasadena 91101 91501 90210 Santa Monica"
        ));
        // Unpunctuated prose has its small words between the names; a script
        // without capitals never makes a run.
        assert!(!is_name_run(
            "we drove from Glendale to Burbank and then on to the sea at Santa Monica"
        ));
        assert!(!is_name_run("渡轮 每 四十 分钟 一班"));
    }

    #[test]
    fn one_word_over_and_over_is_filler_not_prose() {
        assert!(is_one_word_repeated(&"word ".repeat(200)));
        assert!(is_one_word_repeated("mm mm\nmm"));
        // Prose, a single word, and a CJK run without spaces are not.
        assert!(!is_one_word_repeated(
            "the ferry runs every forty minutes the ferry"
        ));
        assert!(!is_one_word_repeated("word"));
        assert!(!is_one_word_repeated(
            "渡轮每四十分钟一班渡轮每四十分钟一班"
        ));
        assert!(!is_one_word_repeated(""));
    }
}
