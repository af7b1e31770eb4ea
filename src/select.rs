//! Stage 5, select: takes the scored blocks and gives the region of the page
//! that holds the article body.
//!
//! Each block's weight is added to the element it sits in, and each element's
//! total to its parent, in one backward pass over the arena (children come
//! after their parents, so no recursion is needed). The region is the element
//! with the largest total: it takes in every sibling container that adds
//! prose (a body split in two by an ad slot), and stops short of any that adds
//! more boilerplate than prose (a teaser grid, the footer). Ties go to the
//! deepest element, the tightest box around the same text.

use crate::blocks::Page;
use crate::hints::Ctx;
use crate::score::Score;
use crate::tuning::*;

/// The chosen region: a subtree of the arena, and the blocks inside it.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Region {
    /// Arena index of the region's root element.
    pub root: u32,
    /// Arena index of the last element inside the region.
    pub last: u32,
    /// Blocks `first..end` lie inside the region.
    pub first: usize,
    /// One past the last block inside the region.
    pub end: usize,
    /// The region's score: its total weight, with the hint factors applied.
    pub score: f32,
}

/// Finds the region with the largest total weight.
pub(crate) fn select(page: &Page, scores: &[Score]) -> Region {
    let n = page.elems.len();
    let mut total = vec![0.0f32; n];
    for (b, s) in page.blocks.iter().zip(scores) {
        total[b.elem as usize] += s.weight;
    }
    // Last arena index inside each element's subtree.
    let mut last: Vec<u32> = (0..n as u32).collect();
    for i in (1..n).rev() {
        let e = &page.elems[i];
        let p = e.parent as usize;
        let t = total[i];
        total[p] += if t > 0.0 && e.own.any(Ctx::BOILERPLATE) {
            t * HINTED_PROSE_WEIGHT
        } else {
            t
        };
        if last[i] > last[p] {
            last[p] = last[i];
        }
    }
    let mut best = 0usize;
    let mut best_score = f32::MIN;
    for (i, e) in page.elems.iter().enumerate() {
        let mut score = total[i];
        if score > 0.0 {
            if e.ctx.any(Ctx::BOILERPLATE) {
                score *= INSIDE_HINTED_FACTOR;
            }
            if e.own.any(Ctx::ARTICLE) {
                score *= ARTICLE_HINT_BOOST;
            }
        }
        if score >= best_score {
            best = i;
            best_score = score;
        }
    }
    let (lo, hi) = (best as u32, last[best]);
    // A subtree is contiguous in document order, so its blocks are too.
    let mut first_in = 0;
    while first_in < page.blocks.len() && !(lo..=hi).contains(&page.blocks[first_in].elem) {
        first_in += 1;
    }
    let mut end = first_in;
    while end < page.blocks.len() && (lo..=hi).contains(&page.blocks[end].elem) {
        end += 1;
    }
    Region {
        root: lo,
        last: hi,
        first: first_in,
        end,
        score: best_score,
    }
}
