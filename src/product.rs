//! Product pages: where the page shows the description that its schema.org
//! `Product` gives.
//!
//! A shop's structured data carries the product's description in the
//! shop's own words, and the page shows the same text to its readers,
//! often in a collapsed panel, a drawer or a tab of its own beside a
//! reviews carousel, a store-wide testimonials strip or a size guide that
//! each outweigh it. The block that shows the description is the one
//! sure piece of the product's own copy: the region must hold it.

use std::collections::HashSet;

use crate::blocks::{Page, Tag};
use crate::hints::{Ctx, is_cjk};
use crate::meta;
use crate::tuning::{
    DESCRIPTION_MATCH_MIN_SHARE, DESCRIPTION_MATCH_MIN_WORDS, DESCRIPTION_SHINGLE,
    REVIEWS_MIN_WORDS,
};

/// The blocks that show the description of the page's schema.org
/// `Product`: those with at least [`DESCRIPTION_MATCH_MIN_WORDS`] words of
/// whose runs of [`DESCRIPTION_SHINGLE`] words at least
/// [`DESCRIPTION_MATCH_MIN_SHARE`] are found in the description (a page may
/// show it twice: in a summary and in a tab), the one with the most such
/// runs first, then in page order. Empty when the page gives no description
/// or does not show it.
pub(crate) fn description_blocks(page: &Page) -> Vec<usize> {
    let Some(description) = meta::product_description(&page.signals.json_ld) else {
        return Vec::new();
    };
    let known: HashSet<Vec<String>> = shingles(&words(&description)).collect();
    if known.is_empty() {
        return Vec::new();
    }
    let mut found: Vec<(usize, usize)> = Vec::new();
    for (i, b) in page.blocks.iter().enumerate() {
        if b.words < DESCRIPTION_MATCH_MIN_WORDS {
            continue;
        }
        let words = words(&b.text);
        let (mut runs, mut matched) = (0usize, 0usize);
        for s in shingles(&words) {
            runs += 1;
            matched += usize::from(known.contains(&s));
        }
        if matched as f32 >= DESCRIPTION_MATCH_MIN_SHARE * runs.max(1) as f32 {
            found.push((i, matched));
        }
    }
    found.sort_by_key(|&(i, matched)| (std::cmp::Reverse(matched), i));
    found.into_iter().map(|(i, _)| i).collect()
}

/// The customer reviews and testimonials of a product page: for each
/// element, whether it is or lies inside an element named for them (see
/// [`Ctx::REVIEWS`]) that does not hold the page's first `h1`, the
/// product's name. Empty when the page has none.
///
/// The truth of what a product page is, for its readers and for a search
/// index, is the shop's own text: the name, description and
/// specifications. The reviews below it are other people's words, often
/// many times longer, and on a page of a shop's whole range the same
/// testimonials strip stands under every product.
pub(crate) fn reviews(page: &Page) -> Vec<bool> {
    let n = page.elems.len();
    if !page.elems.iter().any(|e| e.own.any(Ctx::REVIEWS)) {
        return Vec::new();
    }
    let mut holds_name = vec![false; n];
    if let Some(h1) = page
        .blocks
        .iter()
        .find(|b| matches!(b.tag, Tag::Heading(1)))
    {
        let mut i = h1.elem as usize;
        loop {
            holds_name[i] = true;
            let p = page.elems[i].parent as usize;
            if p == i {
                break;
            }
            i = p;
        }
    }
    let words = page.subtree_words();
    let mut reviews = vec![false; n];
    for i in 1..n {
        let e = &page.elems[i];
        reviews[i] = reviews[e.parent as usize]
            || (e.own.any(Ctx::REVIEWS) && !holds_name[i] && words[i] >= REVIEWS_MIN_WORDS);
    }
    reviews
}

/// The words of a text, lower case, without punctuation (markup left in a
/// JSON-LD description adds words of its own, which match nothing); each
/// Chinese or Japanese character is a word.
fn words(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for ch in text.chars() {
        if is_cjk(ch) {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            out.push(ch.to_string());
        } else if ch.is_alphanumeric() {
            word.extend(ch.to_lowercase());
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// The runs of [`DESCRIPTION_SHINGLE`] consecutive words.
fn shingles(words: &[String]) -> impl Iterator<Item = Vec<String>> + '_ {
    words.windows(DESCRIPTION_SHINGLE).map(<[String]>::to_vec)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_drop_punctuation_and_split_cjk() {
        assert_eq!(
            words("Hand-thrown, 350 ml. 手作り"),
            ["hand", "thrown", "350", "ml", "手", "作", "り"]
        );
    }
}
