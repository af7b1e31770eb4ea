//! Stage 6, clean: takes the region and its scored blocks and decides, block by
//! block, what is body copy.
//!
//! Inside the region some blocks are still not body: the headline and byline
//! above it, photo captions and credits, "Read more:" links, share bars and
//! teaser lists embedded between paragraphs, tags below it. Each block gets a
//! [`Decision`] with the rule that made it. Blocks too short to judge alone are
//! decided by their neighbours: kept between prose, dropped at the edges.

use crate::Focus;
use crate::blocks::{Page, RawBlock, Tag};
use crate::hints::Ctx;
use crate::lexicon::DECORATION_WORDS;
use crate::lines;
use crate::meta;
use crate::score::{Class, Score, link_density};
use crate::select::Region;
use crate::tuning::*;

/// Why a block was kept or dropped.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Reason {
    /// Kept: prose.
    Prose,
    /// Kept: too short to judge alone, but it sits between prose.
    Context,
    /// Kept: the page has no prose, and this short text of the region is all
    /// it has (a product page, a listing with blurbs).
    Sparse,
    /// Dropped: outside the region that holds the body.
    OutsideRegion,
    /// Dropped: the page's headline (reported as the title instead).
    Headline,
    /// Dropped: a photo caption or picture credit.
    Caption,
    /// Dropped: mostly links.
    LinkDense,
    /// Dropped: inside an element marked as navigation, comments, related
    /// stories, share bar, ad, newsletter box or cookie banner.
    Boilerplate,
    /// Dropped: a "Read more: …" / "Related: …" line.
    ReadMore,
    /// Dropped: part of a teaser card (headline link and summary of another story).
    Teaser,
    /// Dropped: byline, dateline or other meta line.
    Byline,
    /// Dropped: an ad label ("Advertisement").
    AdLabel,
    /// Dropped: a contact line or a subscription pitch at the end of the body.
    Pitch,
    /// Dropped: a short block before the first or after the last prose.
    Edge,
}

impl Reason {
    /// The reason in a few words, for reports.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Reason::Prose => "prose",
            Reason::Context => "between prose",
            Reason::Sparse => "short text of a page without prose",
            Reason::OutsideRegion => "outside the body region",
            Reason::Headline => "headline",
            Reason::Caption => "caption or credit",
            Reason::LinkDense => "link-dense",
            Reason::Boilerplate => "boilerplate container",
            Reason::ReadMore => "read-more line",
            Reason::Teaser => "teaser card",
            Reason::Byline => "byline or meta line",
            Reason::AdLabel => "ad label",
            Reason::Pitch => "contact line or pitch",
            Reason::Edge => "short, at the edge of the body",
        }
    }

    /// Whether the block is kept.
    pub(crate) fn keeps(self) -> bool {
        matches!(self, Reason::Prose | Reason::Context | Reason::Sparse)
    }
}

/// The hints of each element of the region (indexed from the region's root),
/// inherited from the elements between it and the root (a `blockquote`
/// starts afresh), leaving out the
/// root's own and those of any element that holds more than
/// [`HINT_MAX_PROSE_SHARE`] of the region's prose: a caption, a teaser box or
/// a byline never holds most of the article, so such a hint is a misleading
/// class name on a wrapper.
fn trusted_hints(page: &Page, scores: &[Score], region: &Region) -> Vec<Ctx> {
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
        // post inside an "embed" or "social" box): wrappers' hints stop there.
        let inherited = if e.tag == Tag::Quote {
            Ctx::empty()
        } else {
            ctx[e.parent as usize - root]
        };
        ctx[i] = if prose[i] as f32 > limit {
            inherited
        } else {
            inherited | e.own
        };
    }
    ctx
}

/// Whether a line of text (a headline of the metadata) is a block's text in
/// any ASCII case, the block's line breaks read as spaces.
fn same_line(line: &str, text: &str) -> bool {
    line.len() == text.len()
        && line
            .bytes()
            .zip(text.bytes())
            .all(|(a, b)| a.eq_ignore_ascii_case(&b) || (a == b' ' && b == b'\n'))
}

/// The list or table a block belongs to, or `u32::MAX`.
fn group_of(b: &RawBlock) -> u32 {
    if b.table != u32::MAX { b.table } else { b.list }
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
pub(crate) fn clean(page: &Page, scores: &[Score], region: &Region, focus: Focus) -> Vec<Reason> {
    let mut reasons = vec![Reason::OutsideRegion; page.blocks.len()];
    let ctx = trusted_hints(page, scores, region);
    let boxes = ImageBoxes::new(page, region);
    let headlines = meta::headlines(&page.signals);
    // Teaser cards are dropped when the region's other prose outweighs them
    // and they lie before or after it; cards between the paragraphs, or
    // outweighing them, are the article (a listicle of linked items) -- unless
    // there is next to no other prose at all.
    let (mut card_prose, mut other_prose) = (0, 0);
    let (mut first_other, mut last_other) = (usize::MAX, 0);
    for (i, (b, s)) in page
        .blocks
        .iter()
        .zip(scores)
        .enumerate()
        .take(region.end)
        .skip(region.first)
    {
        if s.class == Class::Good {
            if region.in_teaser[b.elem as usize] {
                card_prose += b.words;
            } else {
                other_prose += b.words;
                first_other = first_other.min(i);
                last_other = i;
            }
        }
    }
    // A region that is nothing but cards is an index page, not a listicle.
    let index_page = other_prose < STORY_MIN_WORDS;
    let drop_cards =
        (index_page || other_prose > card_prose) && !region.in_teaser[region.root as usize];
    let outside_story = |i: usize| index_page || i < first_other || i > last_other;
    // Undecided blocks wait for their neighbours.
    let mut pending: Vec<bool> = vec![false; page.blocks.len()];
    let mut byline_prose: Vec<bool> = vec![false; page.blocks.len()];
    for i in region.first..region.end {
        let b = &page.blocks[i];
        let s = scores[i];
        let own = ctx[(b.elem - region.root) as usize] | b.inline_ctx;
        reasons[i] = if b.tag == Tag::Heading(1)
            || (b.words <= HEADLINE_MAX_WORDS && headlines.iter().any(|h| same_line(h, &b.text)))
        {
            Reason::Headline
        } else if b.tag == Tag::Caption || own.any(Ctx::FIGURE) {
            Reason::Caption
        } else if own.any(Ctx::BOILERPLATE) || own.any(Ctx::FORM) {
            Reason::Boilerplate
        } else if drop_cards && region.in_teaser[b.elem as usize] && outside_story(i) {
            Reason::Teaser
        } else if s.class == Class::Bad {
            Reason::LinkDense
        } else if lines::is_credit(&b.text, b.words) || boxes.is_image_caption(page, b) {
            Reason::Caption
        } else if lines::is_read_more(&b.text, b.words) {
            Reason::ReadMore
        } else if lines::is_ad_label(&b.text) {
            Reason::AdLabel
        } else if lines::is_consent_notice(&b.text, b.words) {
            Reason::Boilerplate
        } else if (own.any(Ctx::BYLINE) && s.class != Class::Good)
            || lines::is_reaction_count(&b.text, b.words)
        {
            Reason::Byline
        } else if s.class == Class::Good
            && focus == Focus::Precision
            && link_density(b) > EVIDENCE_LINK_DENSITY
        {
            Reason::LinkDense
        } else if s.class == Class::Good {
            byline_prose[i] = own.any(Ctx::BYLINE);
            Reason::Prose
        } else {
            pending[i] = true;
            Reason::Edge
        };
    }
    // Prose in a box named for the author (a bio) is body copy only between
    // the story's own paragraphs; before or after them it is the author box.
    let story = |i: &usize| reasons[*i] == Reason::Prose && !byline_prose[*i];
    if let (Some(first), Some(last)) = (
        (region.first..region.end).find(story),
        (region.first..region.end).rev().find(story),
    ) {
        for i in (region.first..first).chain(last + 1..region.end) {
            if byline_prose[i] {
                reasons[i] = Reason::Byline;
            }
        }
    }
    // Context: a short or medium block is kept when prose lies on both sides of
    // it; a heading when prose follows; a medium block when prose is near.
    let prose = |r: Reason| r == Reason::Prose;
    let first_prose = (region.first..region.end).find(|&i| prose(reasons[i]));
    let last_prose = (region.first..region.end)
        .rev()
        .find(|&i| prose(reasons[i]));
    let (Some(first_prose), Some(last_prose)) = (first_prose, last_prose) else {
        return reasons;
    };
    for i in first_prose..last_prose {
        let structural = !matches!(page.blocks[i].tag, Tag::Paragraph | Tag::Container)
            || page.blocks[i].quote
            || scores[i].class == Class::Near;
        if pending[i] && (focus != Focus::Precision || structural) {
            reasons[i] = Reason::Context;
        }
    }
    if focus == Focus::Recall {
        for i in region.first..first_prose {
            if pending[i] {
                reasons[i] = Reason::Context;
            }
        }
    }
    let reach = match focus {
        Focus::Precision => 0,
        Focus::Balanced => CONTEXT_REACH,
        Focus::Recall => usize::MAX,
    };
    // After the last prose: medium blocks close to it, and a list or table
    // that starts close to it, taken whole (a closing list of steps, a table
    // of results) unless it is mostly links.
    let mut i = last_prose + 1;
    while i < region.end {
        if !pending[i] {
            i += 1;
            continue;
        }
        let b = &page.blocks[i];
        let close = i - last_prose <= reach;
        if !close {
            break;
        }
        let group = group_of(b);
        if group == u32::MAX {
            if scores[i].class == Class::Near || focus == Focus::Recall {
                reasons[i] = Reason::Context;
            }
            i += 1;
            continue;
        }
        let mut end = i;
        let (mut words, mut links) = (0, 0);
        while end < region.end && group_of(&page.blocks[end]) == group {
            words += page.blocks[end].words;
            links += page.blocks[end].link_words;
            end += 1;
        }
        if words >= SHORT_WORDS && links as f32 <= words as f32 * MAX_LINK_DENSITY {
            for j in i..end {
                if pending[j] {
                    reasons[j] = Reason::Context;
                }
            }
        }
        i = end;
    }
    drop_edge_lines(page, region, &mut reasons);
    reasons
}

/// The blocks of the page's comment thread, for
/// [`Article::comments`](crate::Article::comments): text inside an element hinted as comments
/// that the body did not keep, without the thread's furniture — headings
/// ("5 responses to …"), the comment form, link lines (permalinks, "Reply"),
/// author and date lines, and labels too short to be a remark.
pub(crate) fn comments(page: &Page, scores: &[Score], reasons: &[Reason]) -> Vec<bool> {
    page.blocks
        .iter()
        .zip(scores)
        .zip(reasons)
        .map(|((b, s), r)| {
            let ctx = page.elems[b.elem as usize].ctx | b.inline_ctx;
            !r.keeps()
                && ctx.any(Ctx::COMMENTS | Ctx::REPLY)
                && !ctx.any(Ctx::FORM | Ctx::NAV | Ctx::SHARE)
                && s.class != Class::Bad
                && !matches!(b.tag, Tag::Heading(_))
                && (b.words >= SHORT_WORDS || b.punct > 0)
                && !lines::is_dateline(&b.text, b.words)
                && !lines::is_byline(&b.text, b.words)
        })
        .collect()
}

/// The images of the body, for [`Options::images`](crate::Options::images):
/// for each image the walk recorded, `None` when it is left out, else its
/// caption when `captions` asks for it and it has one.
///
/// An image is kept when it lies in the region, outside any boilerplate,
/// byline or teaser card, outside a line of text (an icon, an emoji), and
/// its story goes on around it: the first block after it that is not a
/// caption is kept (or, at the region's end, the last one before it). A
/// teaser's thumbnail is followed by the teaser's headline, which was
/// dropped; an article's photo by the next paragraph.
pub(crate) fn images(
    page: &Page,
    scores: &[Score],
    region: &Region,
    reasons: &[Reason],
    captions: bool,
) -> Vec<Option<Option<String>>> {
    let root = region.root as usize;
    let ctx = trusted_hints(page, scores, region);
    let mut seen: Vec<&str> = Vec::new();
    page.images
        .iter()
        .map(|img| {
            let at = img.at as usize;
            let elem = img.elem as usize;
            if !(root..=region.last as usize).contains(&elem)
                || !(region.first..=region.end).contains(&at)
                || img.in_text
                || region.in_teaser[elem]
                || (ctx[elem - root] | img.inline_ctx).any(Ctx::BOILERPLATE | Ctx::BYLINE)
                || is_decoration(&img.src)
                || seen.contains(&img.src.as_str())
            {
                return None;
            }
            let is_caption = |i: &usize| reasons[*i] == Reason::Caption;
            let next = (at..region.end).find(|i| !is_caption(i));
            let story = match next {
                Some(i) => reasons[i].keeps(),
                None => (region.first..at)
                    .rev()
                    .find(|i| !is_caption(i))
                    .is_some_and(|i| reasons[i].keeps()),
            };
            if !story {
                return None;
            }
            seen.push(&img.src);
            if !captions {
                return Some(None);
            }
            // The captions right after it, in the same small box.
            let parent = page.elems[elem].parent as usize;
            let texts: Vec<&str> = (at..next.unwrap_or(region.end))
                .take(IMAGE_BOX_MAX_BLOCKS as usize)
                .filter(|&i| {
                    let mut e = page.blocks[i].elem as usize;
                    (0..IMAGE_BOX_MAX_DEPTH).any(|_| {
                        let hit = e > root && (e == elem || e == parent);
                        e = page.elems[e].parent as usize;
                        hit
                    })
                })
                .map(|i| page.blocks[i].text.as_str())
                .collect();
            Some((!texts.is_empty()).then(|| texts.join(" ")))
        })
        .collect()
}

/// Whether an image's file name says it is a decoration: an avatar, an
/// icon, a logo, a spacer. (Tracking pixels are told by their size.)
fn is_decoration(src: &str) -> bool {
    let path = src.split(['?', '#']).next().unwrap_or(src);
    let file = path.rsplit('/').next().unwrap_or(path).to_ascii_lowercase();
    let stem = file.rsplit_once('.').map_or(file.as_str(), |(s, _)| s);
    stem.split(|c: char| !c.is_ascii_alphanumeric())
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()))
        .any(|w| DECORATION_WORDS.contains(&w.strip_suffix('s').unwrap_or(w)))
}

/// For a page whose region holds too little prose to be an article: keeps the
/// region's short blocks that no rule dropped. Gives the words kept in all.
pub(crate) fn keep_sparse(page: &Page, region: &Region, reasons: &mut [Reason]) -> u32 {
    let mut words = 0;
    let blocks = &page.blocks[region.first..region.end];
    for (b, r) in blocks.iter().zip(&mut reasons[region.first..region.end]) {
        if *r == Reason::Edge {
            *r = Reason::Sparse;
        }
        if r.keeps() {
            words += b.words;
        }
    }
    words
}

/// Drops datelines from the first kept blocks of the body, and datelines,
/// contact lines and subscription pitches from the last ones.
fn drop_edge_lines(page: &Page, region: &Region, reasons: &mut [Reason]) {
    let kept: Vec<usize> = (region.first..region.end)
        .filter(|&i| reasons[i].keeps())
        .collect();
    for &i in kept.iter().take(EDGE_BLOCKS) {
        let b = &page.blocks[i];
        if lines::is_dateline(&b.text, b.words) || lines::is_byline(&b.text, b.words) {
            reasons[i] = Reason::Byline;
        }
    }
    for &i in kept.iter().rev().take(EDGE_BLOCKS) {
        let b = &page.blocks[i];
        if lines::is_dateline(&b.text, b.words) {
            reasons[i] = Reason::Byline;
        } else if lines::is_contact(&b.text, b.words) || lines::is_pitch(&b.text, b.words) {
            reasons[i] = Reason::Pitch;
        }
    }
}

/// The small boxes of the region that hold an image: a figure made of
/// `div`s, where a caption is the short text beside the picture.
struct ImageBoxes {
    root: usize,
    /// Per element of the region: whether an image sits in its subtree, and
    /// how many lines of text (lines of its blocks).
    image: Vec<bool>,
    lines: Vec<u32>,
}

impl ImageBoxes {
    fn new(page: &Page, region: &Region) -> ImageBoxes {
        let root = region.root as usize;
        let len = region.last as usize + 1 - root;
        let mut image: Vec<bool> = page.elems[root..=region.last as usize]
            .iter()
            .map(|e| e.image)
            .collect();
        let mut lines = vec![0u32; len];
        for b in &page.blocks[region.first..region.end] {
            lines[b.elem as usize - root] += b.lines;
        }
        for i in (1..len).rev() {
            let p = page.elems[root + i].parent as usize - root;
            lines[p] += lines[i];
            image[p] |= image[i];
        }
        ImageBoxes { root, image, lines }
    }

    /// Whether a short block shares a small box with an image: the block's
    /// element, its parent or grandparent (below the region's root) holds an
    /// image and at most [`IMAGE_BOX_MAX_BLOCKS`] lines of text.
    ///
    /// A caption stands apart from the picture: a sentence that shares a
    /// line with a floated image (a picture set at the side of a paragraph,
    /// as CMS editors place them) runs beside it as prose, and is no
    /// caption.
    fn is_image_caption(&self, page: &Page, b: &RawBlock) -> bool {
        if b.words > CAPTION_MAX_WORDS
            || matches!(b.tag, Tag::Heading(_) | Tag::Cell { .. })
            || (b.beside_image && b.punct > 0)
        {
            return false;
        }
        let mut at = b.elem as usize;
        for _ in 0..IMAGE_BOX_MAX_DEPTH {
            if at <= self.root {
                return false;
            }
            let i = at - self.root;
            if self.image[i] && self.lines[i] <= IMAGE_BOX_MAX_BLOCKS {
                return true;
            }
            at = page.elems[at].parent as usize;
        }
        false
    }
}
