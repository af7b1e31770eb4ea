//! The thread rule: a story is not its comment thread.
//!
//! Takes the scored blocks and gives, for every element, whether it lies in
//! a comment thread that can never be the body's region. A thread of many
//! long comments often outweighs a short story, and a region chosen inside
//! it loses the story altogether; so unless the page is a discussion (where
//! the posts are the content), a thread is never the region.
//!
//! A thread is found two ways. The page may mark it: class or id words for
//! comments ([`Ctx::COMMENTS`]) or microdata comments ([`Ctx::REPLY`]).
//! Or it may only show it, with hashed class names: a run of sibling
//! elements that each hold a date and a "Reply" link, the furniture of a
//! post. [`mark_unmarked`] marks those as comments, so that the rest of the
//! pipeline (the region's weights, [`Article::comments`](crate::Article))
//! treats them as it treats a marked thread.
//!
//! Either way the rule holds only after a story: when the page has
//! [`THREAD_STORY_MIN_WORDS`] of prose outside the thread. A forum's
//! opening post is one of the sequence, and a wrapper misleadingly named
//! (`post-with-comments`) holds the story itself; neither is a thread
//! after a story.

use crate::blocks::{Page, Tag};
use crate::hints::Ctx;
use crate::lexicon::{RELATIVE_DATE_WORDS, REPLY_WORDS};
use crate::lines;
use crate::score::{Class, Score};
use crate::tuning::*;

/// Whether a block is a "Reply" link: all link, its text a reply word.
fn is_reply_link(text: &str, words: u32, link_words: u32) -> bool {
    if words == 0 || words > 2 || link_words < words {
        return false;
    }
    let lower = text
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase();
    REPLY_WORDS.contains(&lower.as_str())
}

/// Whether a block dates a post: a `<time>`, a dateline, a date without
/// its year, or a short line with a relative date.
pub(crate) fn is_post_date(text: &str, words: u32, time: bool) -> bool {
    if time || lines::is_dateline(text, words) || lines::is_yearless_date(text, words) {
        return true;
    }
    if words > RELATIVE_DATE_MAX_WORDS {
        return false;
    }
    let lower = text.to_lowercase();
    lower.contains("il y a")
        || lower
            .split(|c: char| !c.is_alphanumeric())
            .any(|t| RELATIVE_DATE_WORDS.contains(&t))
}

/// Marks as comments the posts of a thread the page does not mark: sibling
/// elements, at least [`THREAD_MIN_POSTS`] of them holding a date and a
/// "Reply" link each (and their siblings with a "Reply" link), after a story (see the module's doc). Each post gets
/// [`Ctx::COMMENTS`] as its own hint, and its subtree in its context.
pub(crate) fn mark_unmarked(page: &mut Page, scores: &[Score]) {
    let n = page.elems.len();
    // Per subtree: "Reply" links, dates.
    // Dates cost more to read than "Reply" links, and most pages have no
    // "Reply" link: dates are read only on pages that have one.
    let mut agg = vec![(0u32, 0u32); n];
    let mut any_reply = false;
    for b in &page.blocks {
        let reply = is_reply_link(&b.text, b.words, b.link_words);
        any_reply |= reply;
        agg[b.elem as usize].0 += u32::from(reply);
    }
    if !any_reply {
        return;
    }
    for b in &page.blocks {
        agg[b.elem as usize].1 += u32::from(is_post_date(&b.text, b.words, b.time.is_some()));
    }
    let mut posts = vec![0u32; n];
    for i in (1..n).rev() {
        let a = agg[i];
        let p = page.elems[i].parent as usize;
        if a.0 >= 1 && a.1 >= 1 {
            posts[p] += 1;
        }
        agg[p].0 += a.0;
        agg[p].1 += a.1;
    }
    // The posts: children of an element with enough of them, outermost
    // first (a post's replies nested inside it are in it already).
    let mut post = vec![false; n];
    let mut inside = vec![false; n];
    for i in 1..n {
        let p = page.elems[i].parent as usize;
        inside[i] = inside[p] || post[p];
        let a = agg[i];
        // Once the run is found, a post whose date was not read ("an
        // hour ago", "yesterday") is known by its "Reply" link.
        post[i] = !inside[i] && posts[p] >= THREAD_MIN_POSTS && a.0 >= 1;
    }
    let Some(first_post) = (1..n).find(|&i| post[i]) else {
        return;
    };
    // Only after a story: enough prose before the first post.
    let story: u32 = page
        .blocks
        .iter()
        .zip(scores)
        .take_while(|(b, _)| (b.elem as usize) < first_post)
        .filter(|(_, s)| s.class == Class::Good)
        .map(|(b, _)| b.words)
        .sum();
    if story < THREAD_STORY_MIN_WORDS {
        return;
    }
    for i in 1..n {
        let p = page.elems[i].parent as usize;
        if post[i] {
            page.elems[i].own |= Ctx::COMMENTS;
        }
        if post[i] || (inside[i] && page.elems[p].ctx.any(Ctx::COMMENTS)) {
            page.elems[i].ctx |= Ctx::COMMENTS;
        }
    }
}

/// For every element, whether it lies in a comment thread after a story,
/// and so can never be the region. A thread-named element that holds the
/// page's first `h1` is a wrapper around the story, not a thread.
pub(crate) fn excluded(page: &Page, scores: &[Score]) -> Vec<bool> {
    let n = page.elems.len();
    let thread = Ctx::COMMENTS | Ctx::REPLY;
    if !page.elems.iter().any(|e| e.own.any(thread)) {
        return Vec::new();
    }
    // The outermost thread-named element around each element, or 0.
    let mut outer = vec![0u32; n];
    for i in 1..n {
        let p = page.elems[i].parent as usize;
        outer[i] = if outer[p] != 0 {
            outer[p]
        } else if page.elems[i].own.any(thread) {
            i as u32
        } else {
            0
        };
    }
    let mut wrapper = vec![false; n];
    if let Some(h1) = page
        .blocks
        .iter()
        .find(|b| matches!(b.tag, Tag::Heading(1)))
    {
        wrapper[outer[h1.elem as usize] as usize] = true;
    }
    let story: u32 = page
        .blocks
        .iter()
        .zip(scores)
        .filter(|(b, s)| {
            let o = outer[b.elem as usize] as usize;
            s.class == Class::Good && (o == 0 || wrapper[o])
        })
        .map(|(b, _)| b.words)
        .sum();
    if story < THREAD_STORY_MIN_WORDS {
        return Vec::new();
    }
    (0..n)
        .map(|i| {
            let o = outer[i] as usize;
            o != 0 && !wrapper[o]
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reply_links_are_whole_reply_words() {
        assert!(is_reply_link("Reply", 1, 1));
        assert!(is_reply_link("↩ Antworten", 1, 1));
        assert!(!is_reply_link("Reply", 1, 0));
        assert!(!is_reply_link("Reply to this story", 4, 4));
    }

    #[test]
    fn post_dates_include_relative_ones() {
        assert!(is_post_date("3 hours ago", 3, false));
        assert!(is_post_date("vor 2 Tagen", 3, false));
        assert!(is_post_date("12 March 2024 at 09:14", 5, false));
        assert!(!is_post_date("Jane Roe", 2, false));
        assert!(is_post_date("an hour ago", 3, false));
        assert!(!is_post_date("Jane Roe, Agoura Hills", 4, false));
    }
}
