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
//!
//! Teaser cards are found here too, by shape alone: a small box holding a
//! linked headline and a short summary, beside sibling boxes of the same
//! kind ("More from us", "Latest news"). Their summaries read as prose, so
//! without this they would pull the region out to the whole page.

use crate::PageKind;
use crate::blocks::{self, Page, Tag};
use crate::hints::Ctx;
use crate::score::{Class, Score};
use crate::tuning::*;
use html5ever::local_name;

/// The chosen region: a subtree of the arena, and the blocks inside it.
#[derive(Clone, Debug)]
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
    /// For each element of the page, whether it is or lies inside a teaser card.
    pub in_teaser: Vec<bool>,
    /// On a page read whole (a listing), for each element whether it is
    /// or lies inside one of the page's items, which are kept; empty on
    /// other pages.
    pub items: Vec<bool>,
    /// The page's kind, as the pipeline decided it.
    pub kind: PageKind,
    /// On a product page, for each element whether it is or lies inside
    /// the customer reviews (see [`product::reviews`](crate::product::reviews)),
    /// which are dropped; empty on other pages.
    pub reviews: Vec<bool>,
}

/// Marks the teaser cards: elements with at most [`CARD_MAX_BLOCKS`] lines
/// and [`CARD_MAX_WORDS`] words, among them a link-dense headline and a
/// summary, that have at least one sibling card. Gives, for each element,
/// whether it is or lies inside one.
pub(crate) fn teaser_cards(page: &Page, scores: &[Score]) -> Vec<bool> {
    let n = page.elems.len();
    // Per subtree: lines of its blocks, words, linked headlines, summary words.
    let mut agg = vec![(0u32, 0u32, 0u32, 0u32); n];
    for (b, s) in page.blocks.iter().zip(scores) {
        let a = &mut agg[b.elem as usize];
        a.0 += b.lines;
        a.1 += b.words;
        if s.class == Class::Bad
            && (CARD_HEADLINE_MIN_WORDS..=CARD_HEADLINE_MAX_WORDS).contains(&b.words)
        {
            a.2 += 1;
        }
        if matches!(s.class, Class::Good | Class::Near) {
            a.3 += b.words;
        }
    }
    let mut card = vec![false; n];
    let mut card_children = vec![0u32; n];
    for i in (1..n).rev() {
        let a = agg[i];
        card[i] = a.0 <= CARD_MAX_BLOCKS && a.1 <= CARD_MAX_WORDS && a.2 >= 1 && a.3 > 0;
        let p = page.elems[i].parent as usize;
        if card[i] {
            card_children[p] += 1;
        }
        let pa = &mut agg[p];
        pa.0 += a.0;
        pa.1 += a.1;
        pa.2 += a.2;
        pa.3 += a.3;
    }
    let mut in_teaser = vec![false; n];
    for i in 1..n {
        let p = page.elems[i].parent as usize;
        in_teaser[i] = in_teaser[p] || (card[i] && card_children[p] >= CARD_MIN_SIBLINGS);
    }
    in_teaser
}

/// Finds the region with the largest total weight, among the elements not
/// `excluded` (by the thread rule; an empty slice excludes none).
pub(crate) fn select(page: &Page, scores: &[Score], excluded: &[bool], kind: PageKind) -> Region {
    select_holding(page, scores, excluded, None, kind)
}

/// As [`select`], among the elements that hold the element `holding` (or
/// are it), when given: the region around a piece of the page known to be
/// its content (a product's description), however little it weighs beside
/// the rest.
pub(crate) fn select_holding(
    page: &Page,
    scores: &[Score],
    excluded: &[bool],
    holding: Option<u32>,
    kind: PageKind,
) -> Region {
    let n = page.elems.len();
    let in_teaser = teaser_cards(page, scores);
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
        // A thread the rule keeps out of the region (or a product's
        // reviews) neither helps nor harms the story around it: only the
        // story's own prose decides how far the region reaches.
        total[p] += if t > 0.0
            && e.own.any(Ctx::COMMENTS | Ctx::REPLY | Ctx::REVIEWS)
            && blocks::marked(excluded, i)
        {
            0.0
        } else if t > 0.0 && e.own.any(Ctx::BOILERPLATE) {
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
    // The best candidate outside any dialog or consent box, for a page
    // whose best is inside one.
    let mut outside = (0usize, f32::MIN);
    for (i, e) in page.elems.iter().enumerate() {
        if blocks::marked(excluded, i)
            || holding.is_some_and(|h| !(i as u32..=last[i]).contains(&h))
        {
            continue;
        }
        let mut score = total[i];
        if score > 0.0 {
            if e.ctx.any(Ctx::COOKIE) {
                score *= INSIDE_DIALOG_FACTOR;
            } else if e.ctx.any(Ctx::BOILERPLATE) {
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
        if score >= outside.1 && !e.ctx.any(Ctx::COOKIE) {
            outside = (i, score);
        }
    }
    let outside_min = if kind == PageKind::Product {
        PRODUCT_DIALOG_OUTSIDE_MIN_SCORE
    } else {
        DIALOG_OUTSIDE_MIN_SCORE
    };
    if page.elems[best].ctx.any(Ctx::COOKIE) && outside.1 > 0.0 && outside.1 >= outside_min {
        (best, best_score) = outside;
    }
    let mut region = Region {
        root: best as u32,
        last: last[best],
        first: 0,
        end: 0,
        score: best_score,
        in_teaser,
        items: Vec::new(),
        kind,
        reviews: Vec::new(),
    };
    region.find_blocks(page);
    region
}

impl Region {
    /// Whether the element `elem` lies inside the region.
    pub(crate) fn holds(&self, elem: u32) -> bool {
        (self.root..=self.last).contains(&elem)
    }

    /// Sets `first` and `end` to the blocks of the subtree `root..=last`.
    fn find_blocks(&mut self, page: &Page) {
        let (lo, hi) = (self.root, self.last);
        // A subtree is contiguous in document order, so its blocks are too.
        let mut first_in = 0;
        while first_in < page.blocks.len() && !(lo..=hi).contains(&page.blocks[first_in].elem) {
            first_in += 1;
        }
        let mut end = first_in;
        while end < page.blocks.len() && (lo..=hi).contains(&page.blocks[end].elem) {
            end += 1;
        }
        self.first = first_in;
        self.end = end;
    }

    /// Widens the region to the nearest element that holds both it and
    /// `elem` (a listing's grid of items beside its intro), unless that
    /// element lies fewer than [`GRID_MIN_DEPTH`] levels below the
    /// document's root, where the page's menus and footer are too.
    pub(crate) fn reach_to(&mut self, page: &Page, elem: u32) {
        if self.holds(elem) {
            return;
        }
        let ancestors = |mut i: u32| {
            let mut chain = vec![i];
            while page.elems[i as usize].parent != i {
                i = page.elems[i as usize].parent;
                chain.push(i);
            }
            chain
        };
        let of_region = ancestors(self.root);
        let Some(common) = ancestors(elem).into_iter().find(|a| of_region.contains(a)) else {
            return;
        };
        if (ancestors(common).len() as u32) <= GRID_MIN_DEPTH {
            return;
        }
        self.widen_to(page, common);
    }

    /// Widens the region to its nearest ancestor that the page names as its
    /// main content (`<main>`, `role="main"`), on a service page: a landing page's
    /// pitch runs over sibling sections (a hero, features, steps,
    /// testimonials) each of which alone may outweigh the others.
    pub(crate) fn widen_to_main(&mut self, page: &Page) {
        if let Some(main) = self.main_ancestor(page) {
            self.widen_to(page, main);
        }
    }

    /// The region's nearest ancestor (or itself) that the page names as its
    /// main content (`<main>`, `role="main"`), if any.
    fn main_ancestor(&self, page: &Page) -> Option<u32> {
        let mut i = self.root;
        loop {
            let e = &page.elems[i as usize];
            if e.own.any(Ctx::MAIN) {
                return Some(i);
            }
            if e.parent == i {
                return None;
            }
            i = e.parent;
        }
    }

    /// Widens the region, on a product page, to its nearest ancestor that
    /// the page names as its main content (`<main>`, `role="main"`), when
    /// that holds at least [`PRODUCT_MAIN_MIN_PROSE_GAIN`] times the
    /// region's prose and no box the page marks as boilerplate lies between
    /// them: a product's copy runs over sections in columns (the overview,
    /// the features, the requirements) with link lists between them (cases
    /// and add-ons to buy, the tags, the editions), and one section alone
    /// can outweigh the rest with those lists.
    pub(crate) fn widen_product_to_main(&mut self, page: &Page, scores: &[Score]) {
        let Some(main) = self.main_ancestor(page) else {
            return;
        };
        let prose = page.subtree_sum(|i, b| {
            if scores[i].class == Class::Good {
                b.words
            } else {
                0
            }
        });
        let root = &page.elems[self.root as usize];
        if !root
            .ctx
            .without(page.elems[main as usize].ctx)
            .any(Ctx::BOILERPLATE)
            && prose[main as usize] as f32
                >= PRODUCT_MAIN_MIN_PROSE_GAIN * prose[self.root as usize].max(1) as f32
        {
            self.widen_to(page, main);
        }
    }

    /// Widens the region, on a documentation page whose region holds under
    /// [`DOC_SECTION_MAX_PROSE`] words of prose (a chapter's opening
    /// paragraph), to the nearest of its [`DOC_SECTION_REACH`] closest
    /// ancestors that holds a heading and no box the page marks as
    /// boilerplate beyond the region's own: the chapter, with its title and
    /// its table of contents, is the page.
    pub(crate) fn widen_to_section(&mut self, page: &Page, scores: &[Score]) {
        let prose: u32 = (self.first..self.end)
            .filter(|&b| scores[b].class == Class::Good)
            .map(|b| page.blocks[b].words)
            .sum();
        if prose >= DOC_SECTION_MAX_PROSE {
            return;
        }
        let headings = page.subtree_sum(|_, b| u32::from(matches!(b.tag, Tag::Heading(_))));
        let root_ctx = page.elems[self.root as usize].ctx;
        let mut i = self.root;
        for _ in 0..DOC_SECTION_REACH {
            let parent = page.elems[i as usize].parent;
            let outer = &page.elems[parent as usize];
            if parent == i || outer.name == local_name!("body") || outer.name == local_name!("html")
            {
                return;
            }
            if outer.own.any(Ctx::BOILERPLATE) {
                return;
            }
            if headings[parent as usize] > headings[self.root as usize] {
                if !root_ctx.without(outer.ctx).any(Ctx::BOILERPLATE) {
                    self.widen_to(page, parent);
                }
                return;
            }
            i = parent;
        }
    }

    /// Widens the region, on a discussion, from one post to the run of
    /// posts it belongs to: when the region's root is, or lies within
    /// [`POST_REACH`] levels inside, one of at least [`THREAD_MIN_POSTS`]
    /// sibling elements of its tag that are posts (hold prose, or are
    /// `<article>`s holding any text: a one-line reply is a post by its
    /// shape), and those siblings together hold at least [`POSTS_MIN_PROSE_GAIN`] times the region's prose, their
    /// parent becomes the root; so does it, whatever they hold, when one of
    /// them comes before the region's post (the region is a reply, and the
    /// opening post is outside it). A thread's posts are siblings, and the
    /// first post alone can outweigh any one reply.
    pub(crate) fn widen_to_posts(&mut self, page: &Page, scores: &[Score]) {
        let words = page.subtree_words();
        let prose = page.subtree_sum(|i, b| {
            if scores[i].class == Class::Good {
                b.words
            } else {
                0
            }
        });
        // A post is a sibling holding prose, or an `<article>` holding any
        // text: a one-line reply ("Congrats!") is no prose, but the
        // thread marks it a post of its own as it does the long ones.
        let is_post =
            |j: usize| prose[j] > 0 || (page.elems[j].own.any(Ctx::ARTICLE_TAG) && words[j] > 0);
        let mut i = self.root;
        for _ in 0..=POST_REACH {
            let e = &page.elems[i as usize];
            let parent = e.parent;
            let outer = &page.elems[parent as usize].name;
            if parent == i || *outer == local_name!("html") {
                return;
            }
            let posts = || {
                page.elems
                    .iter()
                    .enumerate()
                    .filter(|(j, s)| s.parent == parent && s.name == e.name && is_post(*j))
            };
            let siblings = posts().count() as u32;
            // A reply chosen while the opening post lies before it (a log
            // pasted into a reply outweighs the question): the thread starts
            // with the question, whatever the replies weigh.
            let after_opening = posts().any(|(j, _)| j < i as usize);
            if siblings >= THREAD_MIN_POSTS
                && (after_opening
                    || prose[parent as usize] as f32
                        >= POSTS_MIN_PROSE_GAIN * prose[self.root as usize].max(1) as f32)
            {
                self.widen_to(page, parent);
                return;
            }
            i = parent;
        }
    }

    /// Makes `common`, an ancestor of the region's root (or the root
    /// itself), the region's root.
    fn widen_to(&mut self, page: &Page, common: u32) {
        let mut last = common;
        for (j, e) in page.elems.iter().enumerate().skip(common as usize + 1) {
            if (common..=last).contains(&e.parent) {
                last = j as u32;
            } else {
                break;
            }
        }
        self.root = common;
        self.last = last;
        self.find_blocks(page);
    }
}
