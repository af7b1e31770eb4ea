//! The body's images: which of the images the walk recorded belong to the
//! article, with their captions, and the small boxes of the region that
//! hold an image (whose short lines are captions, for the rules).

use super::{Rule, trusted_hints};
use crate::blocks::{Page, RawBlock, Tag};
use crate::hints::Ctx;
use crate::lexicon::DECORATION_WORDS;
use crate::score::Score;
use crate::select::Region;
use crate::tuning::{CAPTION_MAX_WORDS, IMAGE_BOX_MAX_BLOCKS, IMAGE_BOX_MAX_DEPTH};

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
    rules: &[Rule],
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
            let is_caption = |i: &usize| rules[*i] == Rule::Caption;
            let next = (at..region.end).find(|i| !is_caption(i));
            let story = match next {
                Some(i) => rules[i].keeps(),
                None => (region.first..at)
                    .rev()
                    .find(|i| !is_caption(i))
                    .is_some_and(|i| rules[i].keeps()),
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

/// The small boxes of the region that hold an image: a figure made of
/// `div`s, where a caption is the short text beside the picture.
pub(super) struct ImageBoxes {
    root: usize,
    /// Per element of the region: whether an image sits in its subtree, and
    /// how many lines of text (lines of its blocks).
    image: Vec<bool>,
    lines: Vec<u32>,
}

impl ImageBoxes {
    pub(super) fn new(page: &Page, region: &Region) -> ImageBoxes {
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
    pub(super) fn is_image_caption(&self, page: &Page, b: &RawBlock) -> bool {
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
            if is_numbered_step(page, at) {
                return false;
            }
            if self.image[i] && self.lines[i] <= IMAGE_BOX_MAX_BLOCKS {
                return true;
            }
            at = page.elems[at].parent as usize;
        }
        false
    }
}

/// Whether element `at` is an item of an ordered list: a numbered step of
/// instructions, whose screenshot illustrates the step's text, which is
/// no caption.
fn is_numbered_step(page: &Page, at: usize) -> bool {
    let e = &page.elems[at];
    e.name == html5ever::local_name!("li")
        && page.elems[e.parent as usize].tag == Tag::List { ordered: true }
}
