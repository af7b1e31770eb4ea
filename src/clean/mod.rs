//! Stage 6, clean: takes the region and its scored blocks and decides, block by
//! block, what is body copy.
//!
//! Inside the region some blocks are still not body: the headline and byline
//! above it, photo captions and credits, "Read more:" links, share bars and
//! teaser lists embedded between paragraphs, tags below it. The stage works
//! in two passes, as jusText does:
//! 1. each block of the region alone, by the ordered table of checks in
//!    [`rules::BLOCK_RULES`]: the first that applies gives its [`Rule`];
//! 2. the blocks no check decided ([`Rule::Edge`]), and a few decided ones,
//!    revised by their neighbours: author boxes around the story dropped,
//!    short blocks between prose (and a closing list or table) kept, short
//!    blocks at the body's edges kept beside dense text, date, contact and
//!    pitch lines at the body's ends dropped.

mod images;
mod rules;

use std::collections::HashSet;

pub(crate) use images::images;
pub use rules::Rule;

use crate::blocks::{Page, RawBlock, Tag};
use crate::hints::Ctx;
use crate::lines;
use crate::meta;
use crate::score::{Class, Score, link_density};
use crate::select::Region;
use crate::tuning::*;
use crate::{Focus, PageKind};
use images::ImageBoxes;
use rules::BLOCK_RULES;

/// On a page whose short lines are content (a product's, a listing's: see
/// [`PageKind`](crate::PageKind)), keeps the region's blocks that no rule
/// decided and that an article would lose at its edges, as items.
pub(crate) fn keep_short_lines(region: &Region, rules: &mut [Rule]) {
    for r in rules.iter_mut().take(region.end).skip(region.first) {
        if *r == Rule::Edge {
            *r = Rule::Item;
        }
    }
}

/// What the checks of [`BLOCK_RULES`] know about the region, computed once.
pub(crate) struct Facts<'a> {
    page: &'a Page,
    scores: &'a [Score],
    region: &'a Region,
    focus: Focus,
    /// The trusted hints of each element of the region (see [`trusted_hints`]).
    hints: Vec<Ctx>,
    /// The region's small boxes that hold an image.
    boxes: ImageBoxes,
    /// The headlines the page's metadata gives.
    headlines: Vec<String>,
    /// For each element of the region (indexed from its root), whether it
    /// is or holds a `<pre>`.
    holds_code: Vec<bool>,
    /// Whether and where the region's teaser cards are dropped.
    cards: Cards,
}

impl<'a> Facts<'a> {
    fn new(page: &'a Page, scores: &'a [Score], region: &'a Region, focus: Focus) -> Self {
        Facts {
            page,
            scores,
            region,
            focus,
            hints: trusted_hints(page, scores, region),
            boxes: ImageBoxes::new(page, region),
            headlines: meta::headlines(&page.signals),
            holds_code: holds_code(page, region),
            cards: Cards::new(page, scores, region),
        }
    }

    /// The hints of block `i`: its element's trusted ones and its inline
    /// elements'.
    fn hints(&self, i: usize) -> Ctx {
        let b = &self.page.blocks[i];
        self.hints[(b.elem - self.region.root) as usize] | b.inline_ctx
    }

    /// The verdict of the first check that applies to block `i`, or
    /// [`Rule::Edge`] (undecided) when none does.
    fn judge(&self, i: usize) -> Rule {
        BLOCK_RULES
            .iter()
            .find(|rule| (rule.applies)(self, i))
            .map_or(Rule::Edge, |rule| rule.verdict)
    }
}

/// The teaser cards of a region, weighed against its other prose.
///
/// Cards are dropped when the region's other prose outweighs them and they
/// lie before or after it; cards between the paragraphs, or outweighing
/// them, are the article (a listicle of linked items) -- unless there is
/// next to no other prose at all, on any page but documentation (whose
/// section pages are their child pages' cards).
struct Cards {
    /// Whether the region's cards are dropped at all.
    drop: bool,
    /// Whether the region is an index page: cards and too little else
    /// (under [`STORY_MIN_WORDS`]).
    index_page: bool,
    /// The first and last blocks of prose outside cards.
    story: Option<(usize, usize)>,
}

impl Cards {
    fn new(page: &Page, scores: &[Score], region: &Region) -> Self {
        let (mut card_prose, mut other_prose) = (0, 0);
        let mut story: Option<(usize, usize)> = None;
        let blocks = page.blocks.iter().zip(scores).enumerate();
        for (i, (b, s)) in blocks.take(region.end).skip(region.first) {
            if s.class != Class::Good {
                continue;
            }
            if region.in_teaser[b.elem as usize] {
                card_prose += b.words;
            } else {
                other_prose += b.words;
                story = Some((story.map_or(i, |(first, _)| first), i));
            }
        }
        let index_page = other_prose < STORY_MIN_WORDS;
        // A manual's section page is its child pages' titles and summaries:
        // on documentation those cards are the page, not teasers.
        let section_page = index_page && region.kind == PageKind::Documentation;
        Cards {
            drop: ((index_page && !section_page) || other_prose > card_prose)
                && !region.in_teaser[region.root as usize],
            index_page,
            story,
        }
    }

    /// Whether block `i` lies outside the story's prose (before or after it).
    fn outside_story(&self, i: usize) -> bool {
        self.index_page || self.story.is_none_or(|(first, last)| i < first || i > last)
    }
}

/// The hints of each element of the region (indexed from the region's root),
/// inherited from the elements between it and the root (a `blockquote`
/// starts afresh), leaving out the
/// root's own and those of any element that holds more than
/// [`HINT_MAX_PROSE_SHARE`] of the region's prose: a caption, a teaser box or
/// a byline never holds most of the article, so such a hint is a misleading
/// class name on a wrapper. A signature's hint is kept whatever it holds.
pub(super) fn trusted_hints(page: &Page, scores: &[Score], region: &Region) -> Vec<Ctx> {
    let root = region.root as usize;
    let len = region.last as usize + 1 - root;
    let mut prose = vec![0u32; len];
    for (b, s) in page.blocks[region.first..region.end]
        .iter()
        .zip(&scores[region.first..region.end])
    {
        if s.class == Class::Good {
            prose[b.elem as usize - root] += b.words;
        }
    }
    for i in (1..len).rev() {
        let p = page.elems[root + i].parent as usize - root;
        prose[p] += prose[i];
    }
    let limit = prose[0] as f32 * HINT_MAX_PROSE_SHARE;
    let mut ctx = vec![Ctx::empty(); len];
    for i in 1..len {
        let e = &page.elems[root + i];
        // A quotation is the author's content whatever wraps it (an embedded
        // post inside an "embed" or "social" box) and whatever a theme calls
        // it (a note styled as `blockquote-tag`): hints stop there.
        let inherited = if e.tag == Tag::Quote {
            Ctx::empty()
        } else {
            ctx[e.parent as usize - root]
        };
        // A signature is trusted whatever it holds: under a short thread a
        // member's long signature can be most of the prose.
        ctx[i] = if e.tag == Tag::Quote {
            inherited
        } else if prose[i] as f32 > limit {
            inherited | (e.own & Ctx::SIGNATURE)
        } else {
            inherited | e.own
        };
    }
    ctx
}

/// For each element of the region (indexed from its root), whether it is
/// or holds a `<pre>`.
fn holds_code(page: &Page, region: &Region) -> Vec<bool> {
    let root = region.root as usize;
    let len = region.last as usize + 1 - root;
    let mut holds = vec![false; len];
    for i in (0..len).rev() {
        let e = &page.elems[root + i];
        holds[i] |= e.tag == Tag::Pre;
        if i > 0 && holds[i] {
            holds[e.parent as usize - root] = true;
        }
    }
    holds
}

/// The list or table a block belongs to, if any.
fn group_of(b: &RawBlock) -> Option<u32> {
    b.table.or(b.list)
}

/// Decides every block of the page.
///
/// `focus` changes how doubtful blocks inside the region are decided, never
/// the region: [`Focus::Precision`] keeps between paragraphs only the
/// medium-length blocks and the short ones that are structure (headings, list
/// items, cells, quotes, code), nothing after the last paragraph, and no
/// link-rich paragraph;
/// [`Focus::Recall`] also keeps the region's short blocks before the first
/// paragraph (a standfirst, an opening sub-heading) and after the last.
pub(crate) fn clean(page: &Page, scores: &[Score], region: &Region, focus: Focus) -> Vec<Rule> {
    let facts = Facts::new(page, scores, region, focus);
    let mut rules = vec![Rule::OutsideRegion; page.blocks.len()];
    for (i, rule) in rules
        .iter_mut()
        .enumerate()
        .take(region.end)
        .skip(region.first)
    {
        *rule = facts.judge(i);
    }
    // A landing page has no author: a box there classed as meta or date
    // holds an offer's terms, not a bio.
    if region.kind != PageKind::Service {
        drop_author_boxes(&facts, &mut rules);
    }
    let prose = |i: &usize| rules[*i] == Rule::Prose;
    let (Some(first_prose), Some(last_prose)) = (
        (region.first..region.end).find(prose),
        (region.first..region.end).rev().find(prose),
    ) else {
        return rules;
    };
    keep_between_prose(&facts, first_prose, last_prose, &mut rules);
    if region.kind == PageKind::Documentation {
        keep_links_before_last_prose(region, last_prose, &mut rules);
    }
    keep_after_prose(&facts, last_prose, &mut rules);
    if focus != Focus::Precision {
        keep_beside_dense(&facts, &mut rules);
    }
    drop_edge_lines(page, region, &mut rules);
    rules
}

/// Prose in a box named for the author (a bio) is body copy only between
/// the story's own paragraphs; before or after them it is the author box.
fn drop_author_boxes(f: &Facts<'_>, rules: &mut [Rule]) {
    let region = f.region;
    let in_author_box = |i: usize| rules[i] == Rule::Prose && f.hints(i).any(Ctx::BYLINE);
    let story = |i: &usize| rules[*i] == Rule::Prose && !in_author_box(*i);
    let (Some(first), Some(last)) = (
        (region.first..region.end).find(story),
        (region.first..region.end).rev().find(story),
    ) else {
        return;
    };
    let boxed: Vec<usize> = (region.first..first)
        .chain(last + 1..region.end)
        .filter(|&i| in_author_box(i))
        .collect();
    for i in boxed {
        rules[i] = Rule::Byline;
    }
}

/// Short and medium blocks between the first and last prose are kept
/// (with [`Focus::Precision`], only those that are structure or medium
/// length); with [`Focus::Recall`], those before the first prose too.
fn keep_between_prose(f: &Facts<'_>, first_prose: usize, last_prose: usize, rules: &mut [Rule]) {
    let between = rules.iter_mut().enumerate().take(last_prose);
    for (i, rule) in between.skip(first_prose) {
        let b = &f.page.blocks[i];
        let structural = !matches!(b.tag, Tag::Paragraph | Tag::Container)
            || b.quote
            || f.scores[i].class == Class::Near;
        if *rule == Rule::Edge && (f.focus != Focus::Precision || structural) {
            *rule = Rule::Context;
        }
    }
    if f.focus == Focus::Recall {
        for rule in &mut rules[f.region.first..first_prose] {
            if *rule == Rule::Edge {
                *rule = Rule::Context;
            }
        }
    }
}

/// On a documentation page, the link-dense lines of the region before its
/// last prose are content: a chapter's table of contents, the types or
/// providers a guide covers, a section page's list of topics, each
/// linking to its own page. A box the page marks as navigation was
/// dropped before; after the last prose the links are the page's
/// furniture (the previous and next pages, "Edit this page").
fn keep_links_before_last_prose(region: &Region, last_prose: usize, rules: &mut [Rule]) {
    for rule in &mut rules[region.first..last_prose] {
        if *rule == Rule::LinkDense {
            *rule = Rule::Context;
        }
    }
}

/// After the last prose: medium blocks close to it, and a list or table
/// that starts close to it, taken whole (a closing list of steps, a table
/// of results) unless it is mostly links. How close is the focus's reach.
fn keep_after_prose(f: &Facts<'_>, last_prose: usize, rules: &mut [Rule]) {
    let (page, region) = (f.page, f.region);
    let reach = match f.focus {
        Focus::Precision => 0,
        Focus::Balanced => CONTEXT_REACH,
        Focus::Recall => usize::MAX,
    };
    let mut i = last_prose + 1;
    while i < region.end && i - last_prose <= reach {
        if rules[i] != Rule::Edge {
            i += 1;
            continue;
        }
        let Some(group) = group_of(&page.blocks[i]) else {
            if f.scores[i].class == Class::Near || f.focus == Focus::Recall {
                rules[i] = Rule::Context;
            }
            i += 1;
            continue;
        };
        let mut end = i;
        let (mut words, mut links) = (0, 0);
        while end < region.end && group_of(&page.blocks[end]) == Some(group) {
            words += page.blocks[end].words;
            links += page.blocks[end].link_words;
            end += 1;
        }
        if words >= SHORT_WORDS && links as f32 <= words as f32 * MAX_LINK_DENSITY {
            for rule in &mut rules[i..end] {
                if *rule == Rule::Edge {
                    *rule = Rule::Context;
                }
            }
        }
        i = end;
    }
}

/// Boilerpipe's context rule, on the blocks still undecided at the body's
/// edges: a short block is the body's when the body's text goes on beside
/// it, by text density (words per wrapped line), the measure that tells a
/// paragraph from a label whatever the block's length:
/// - the block after it is denser than [`BESIDE_NEXT_MIN_DENSITY`] (a line
///   of prose): the short block is that paragraph's heading or lead-in,
///   unless it holds a digit (a date, a count, a price before the first
///   paragraph is the story's furniture, not its heading);
/// - the block before it is denser than [`BESIDE_PREV_MIN_DENSITY`] (more
///   than a label) and the block after it is body too, or the region ends:
///   the short block closes that text. One followed by what a rule dropped
///   (a teaser list, a link list) is that list's heading, and goes with it.
///
/// The body here is the region's prose and undecided blocks: a neighbour
/// outside the region or dropped by a rule (a caption, a boilerplate box)
/// is no text, nor is a listing's item. Not on a discussion, whose short
/// lines beside the posts are their furniture (names, counts, dates); a
/// block with more than [`EVIDENCE_LINK_DENSITY`] of its words in links
/// stays out.
fn keep_beside_dense(f: &Facts<'_>, rules: &mut [Rule]) {
    let region = f.region;
    if region.kind == PageKind::Discussion {
        return;
    }
    let body = |j: usize| {
        region.first <= j
            && j < region.end
            && matches!(rules[j], Rule::Edge | Rule::Prose | Rule::Context)
    };
    let density = |j: usize| if body(j) { f.scores[j].density } else { 0.0 };
    let beside: Vec<usize> = (region.first..region.end)
        .filter(|&i| {
            let b = &f.page.blocks[i];
            let heads_next =
                density(i + 1) > BESIDE_NEXT_MIN_DENSITY && !b.text.chars().any(char::is_numeric);
            let closes_prev = i.checked_sub(1).map_or(0.0, density) > BESIDE_PREV_MIN_DENSITY
                && (i + 1 == region.end || body(i + 1));
            rules[i] == Rule::Edge
                && link_density(b) <= EVIDENCE_LINK_DENSITY
                && (heads_next || closes_prev)
        })
        .collect();
    for i in beside {
        rules[i] = Rule::BesideDense;
    }
}

/// The blocks of the page's comment thread, for
/// [`Article::comments`](crate::Article::comments): text inside an element hinted as comments
/// that the body did not keep, without the thread's furniture — headings
/// ("5 responses to …"), the comment form, link lines (permalinks, "Reply"),
/// author and date lines, and labels too short to be a remark.
pub(crate) fn comments(page: &Page, scores: &[Score], rules: &[Rule]) -> Vec<bool> {
    page.blocks
        .iter()
        .zip(scores)
        .zip(rules)
        .map(|((b, s), r)| {
            in_thread_text(page, b, *r)
                && s.class != Class::Bad
                && (b.words >= SHORT_WORDS || b.punct > 0)
                && !lines::is_dateline(&b.text, b.words)
                && !lines::is_byline(&b.text, b.words)
        })
        .collect()
}

/// Whether a block is text of the comment thread that the body did not
/// keep: inside an element hinted as comments or replies, outside the
/// thread's form, menus and share bars, and not a heading.
pub(crate) fn in_thread_text(page: &Page, b: &RawBlock, rule: Rule) -> bool {
    let ctx = page.elems[b.elem as usize].ctx | b.inline_ctx;
    !rule.keeps()
        && ctx.any(Ctx::COMMENTS | Ctx::REPLY)
        && !ctx.any(Ctx::FORM | Ctx::NAV | Ctx::SHARE)
        && !matches!(b.tag, Tag::Heading(_))
}

/// Drops each kept block of at least [`REPEAT_MIN_WORDS`] words whose words
/// (lower case, without punctuation) are those of a block kept before it:
/// a page built from a template's parts renders a section twice, once for
/// small screens and once for large, and a carousel clones its slides;
/// a reader sees the text once.
pub(crate) fn drop_repeats(page: &Page, rules: &mut [Rule]) {
    let mut seen = HashSet::new();
    for (b, rule) in page.blocks.iter().zip(rules.iter_mut()) {
        if !rule.keeps() || b.words < REPEAT_MIN_WORDS {
            continue;
        }
        let words: Vec<String> = b
            .text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        if !seen.insert(words) {
            *rule = Rule::Repeat;
        }
    }
}

/// For a page whose region holds too little prose to be an article: keeps the
/// region's short blocks that no rule dropped. Gives the words kept in all.
pub(crate) fn keep_sparse(page: &Page, region: &Region, rules: &mut [Rule]) -> u32 {
    let mut words = 0;
    let blocks = &page.blocks[region.first..region.end];
    for (b, r) in blocks.iter().zip(&mut rules[region.first..region.end]) {
        if *r == Rule::Edge {
            *r = Rule::Sparse;
        }
        if r.keeps() {
            words += b.words;
        }
    }
    words
}

/// Drops datelines from the first kept blocks of the body, and datelines,
/// contact lines and subscription pitches from the last ones.
fn drop_edge_lines(page: &Page, region: &Region, rules: &mut [Rule]) {
    let kept: Vec<usize> = (region.first..region.end)
        .filter(|&i| rules[i].keeps())
        .collect();
    for &i in kept.iter().take(EDGE_BLOCKS) {
        let b = &page.blocks[i];
        if lines::is_dateline(&b.text, b.words) || lines::is_byline(&b.text, b.words) {
            rules[i] = Rule::Byline;
        }
    }
    for &i in kept.iter().rev().take(EDGE_BLOCKS) {
        let b = &page.blocks[i];
        if lines::is_dateline(&b.text, b.words) {
            rules[i] = Rule::Byline;
        } else if lines::is_contact(&b.text, b.words) || lines::is_pitch(&b.text, b.words) {
            rules[i] = Rule::Pitch;
        }
    }
}
