//! The clean stage's rules as data: [`Rule`], the verdict on a block that
//! users see in [`BlockReport`](crate::BlockReport), and [`BLOCK_RULES`], the
//! ordered table of checks that decide a block of the region alone.
//!
//! Each check is a small function of one block and the [`Facts`] of its
//! region; its words are in [`crate::lexicon`] (through [`crate::lines`]) and
//! its numbers in [`crate::tuning`]. A block that no check decides waits for
//! its neighbours (see the stage's revisions in [`super`]).

use super::Facts;
use crate::blocks::{self, RawBlock, Tag};
use crate::hints::Ctx;
use crate::lines;
use crate::score::{Class, link_density};
use crate::tuning::{EVIDENCE_LINK_DENSITY, HEADLINE_MAX_WORDS, POST_BESIDE_IMAGE_MIN_WORDS};
use crate::{Focus, PageKind};

/// The rule that kept or dropped a block: the verdict of the clean stage,
/// recorded in [`BlockReport::reason`](crate::BlockReport::reason).
///
/// Each rule has a stable [`name`](Rule::name), to filter and count verdicts
/// by, and a [`description`](Rule::description) in a few words, which is how
/// it prints (and how it is written with the `serde` feature).
///
/// ```
/// use bodycopy::Rule;
/// let html = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>\
///     <p>The storm closed the harbour on Tuesday, and the ferries stayed in port \
///     until the evening tide, the harbour master said.</p></article>";
/// let options = bodycopy::Options::default().explain(true);
/// let explain = bodycopy::extract_with(html, &options)?.explain.expect("asked for");
/// let prose = explain.blocks.iter().filter(|b| b.reason == Rule::Prose).count();
/// assert_eq!(prose, 1);
/// assert_eq!(Rule::OutsideRegion.name(), "outside_region");
/// assert_eq!(Rule::OutsideRegion.to_string(), "outside the body region");
/// # Ok::<(), bodycopy::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rule {
    /// Kept: prose.
    Prose,
    /// Kept: too short to judge alone, but it sits between prose.
    Context,
    /// Kept: short, at the body's edge, but beside dense text of the body
    /// (boilerpipe's context rule): the heading of the paragraph after it,
    /// or the closing line of the text before it.
    BesideDense,
    /// Kept: the page has no prose, and this short text of the region is all
    /// it has (a product page, a listing with blurbs).
    Sparse,
    /// Kept: a card of a page read whole, whose items are its content (a
    /// listing's entries, a shop's products): its title, blurb, meta line;
    /// or a short line of a product's or a listing's region (a price, a
    /// size, a specification).
    Item,
    /// Dropped: outside the region that holds the body.
    OutsideRegion,
    /// Dropped: the page's headline (reported as the title instead).
    Headline,
    /// Dropped: a photo caption or picture credit.
    Caption,
    /// Dropped: mostly links.
    LinkDense,
    /// Dropped: inside an element marked as navigation, comments, related
    /// stories, share bar, ad, newsletter box or cookie banner, or a cookie
    /// notice.
    Boilerplate,
    /// Dropped: a "Read more: …" / "Related: …" line.
    ReadMore,
    /// Dropped: part of a teaser card (headline link and summary of another story).
    Teaser,
    /// Dropped: byline, dateline, reaction count or other meta line.
    Byline,
    /// Dropped: an ad label ("Advertisement").
    AdLabel,
    /// Dropped: a contact line or a subscription pitch at the end of the body.
    Pitch,
    /// Dropped: a short block before the first or after the last prose.
    Edge,
    /// Dropped: the same text as a block kept before it (a section a page
    /// renders twice, for small screens and large; a carousel's cloned
    /// slides), on the kinds of page built from such parts.
    Repeat,
}

impl Rule {
    /// Every rule, the kept ones first.
    pub const ALL: [Rule; 17] = [
        Rule::Prose,
        Rule::Context,
        Rule::BesideDense,
        Rule::Sparse,
        Rule::Item,
        Rule::OutsideRegion,
        Rule::Headline,
        Rule::Caption,
        Rule::LinkDense,
        Rule::Boilerplate,
        Rule::ReadMore,
        Rule::Teaser,
        Rule::Byline,
        Rule::AdLabel,
        Rule::Pitch,
        Rule::Edge,
        Rule::Repeat,
    ];

    /// The rule's stable name, in `snake_case`: it does not change between
    /// versions, unlike the description.
    pub fn name(self) -> &'static str {
        match self {
            Rule::Prose => "prose",
            Rule::Context => "context",
            Rule::BesideDense => "beside_dense",
            Rule::Sparse => "sparse",
            Rule::Item => "item",
            Rule::OutsideRegion => "outside_region",
            Rule::Headline => "headline",
            Rule::Caption => "caption",
            Rule::LinkDense => "link_dense",
            Rule::Boilerplate => "boilerplate",
            Rule::ReadMore => "read_more",
            Rule::Teaser => "teaser",
            Rule::Byline => "byline",
            Rule::AdLabel => "ad_label",
            Rule::Pitch => "pitch",
            Rule::Edge => "edge",
            Rule::Repeat => "repeat",
        }
    }

    /// The rule in a few words, for reports.
    pub fn description(self) -> &'static str {
        match self {
            Rule::Prose => "prose",
            Rule::Context => "between prose",
            Rule::BesideDense => "beside dense text",
            Rule::Sparse => "short text of a page without prose",
            Rule::Item => "item of a page read whole",
            Rule::OutsideRegion => "outside the body region",
            Rule::Headline => "headline",
            Rule::Caption => "caption or credit",
            Rule::LinkDense => "link-dense",
            Rule::Boilerplate => "boilerplate container",
            Rule::ReadMore => "read-more line",
            Rule::Teaser => "teaser card",
            Rule::Byline => "byline or meta line",
            Rule::AdLabel => "ad label",
            Rule::Pitch => "contact line or pitch",
            Rule::Edge => "short, at the edge of the body",
            Rule::Repeat => "repeat of a block kept above",
        }
    }

    /// Whether the block is kept.
    pub fn keeps(self) -> bool {
        matches!(
            self,
            Rule::Prose | Rule::Context | Rule::BesideDense | Rule::Sparse | Rule::Item
        )
    }
}

impl std::fmt::Display for Rule {
    /// The description, padded as the formatter asks.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.pad(self.description())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Rule {
    /// Written as its description, as the explain record always was.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.description())
    }
}

/// One check of the table: a named test of a block, and the verdict it gives
/// when the test holds.
pub(crate) struct BlockRule {
    /// What the check finds, as `ALGORITHM.md` lists it.
    #[cfg_attr(
        not(test),
        expect(
            dead_code,
            reason = "read by the test that keeps ALGORITHM.md in order"
        )
    )]
    pub name: &'static str,
    /// The verdict when it applies.
    pub verdict: Rule,
    /// Whether it applies to block `i` of the region.
    pub applies: fn(&Facts<'_>, usize) -> bool,
}

/// The checks on a block of the region, in order: the first that applies
/// decides; a block none decides is [`Rule::Edge`] until its neighbours
/// revise it.
///
/// The order is the priority, and its reason is this: what the page's
/// structure says about the block's container comes first (the headline, a
/// figure, a hinted boilerplate box or form, a teaser card), since text in
/// such a box can read as prose; then the block's own link density, which
/// no text can redeem; then the text checks of short lines (credits,
/// read-more lines, ad labels, consent notices, bylines), which must come
/// before the prose verdict because a short line can be punctuated prose to
/// the score; then the focus's stricter view of link-rich prose; prose last,
/// on what is left.
pub(crate) const BLOCK_RULES: &[BlockRule] = &[
    BlockRule {
        name: "headline: the h1, or the metadata's headline",
        verdict: Rule::Headline,
        applies: is_headline,
    },
    BlockRule {
        name: "caption element, or inside a figure, that is no listing's item nor code",
        verdict: Rule::Caption,
        applies: in_figure,
    },
    BlockRule {
        name: "inside a boilerplate container or a form",
        verdict: Rule::Boilerplate,
        applies: in_boilerplate,
    },
    BlockRule {
        name: "a member's signature under a discussion's post",
        verdict: Rule::Boilerplate,
        applies: in_signature,
    },
    BlockRule {
        name: "customer reviews beside a product",
        verdict: Rule::Boilerplate,
        applies: in_reviews,
    },
    BlockRule {
        name: "card of a page read whole (a listing's items)",
        verdict: Rule::Item,
        applies: is_item,
    },
    BlockRule {
        name: "teaser card outside the story (not on a service page)",
        verdict: Rule::Teaser,
        applies: in_teaser_card,
    },
    BlockRule {
        name: "link-dense",
        verdict: Rule::LinkDense,
        applies: is_link_dense,
    },
    BlockRule {
        name: "picture credit, or a short line in an image's box (not on a service page, nor a discussion's short post)",
        verdict: Rule::Caption,
        applies: is_credit_or_image_caption,
    },
    BlockRule {
        name: "read-more line",
        verdict: Rule::ReadMore,
        applies: is_read_more,
    },
    BlockRule {
        name: "ad label",
        verdict: Rule::AdLabel,
        applies: is_ad_label,
    },
    BlockRule {
        name: "loading placeholder",
        verdict: Rule::Boilerplate,
        applies: is_loading_placeholder,
    },
    BlockRule {
        name: "cookie or consent notice",
        verdict: Rule::Boilerplate,
        applies: is_consent_notice,
    },
    BlockRule {
        name: "byline box that is not prose (not on a service page), a reaction count, or a post's furniture",
        verdict: Rule::Byline,
        applies: is_byline,
    },
    BlockRule {
        name: "link-rich prose, with Focus::Precision",
        verdict: Rule::LinkDense,
        applies: is_link_rich_in_precision,
    },
    BlockRule {
        name: "prose",
        verdict: Rule::Prose,
        applies: is_prose,
    },
];

/// The page's `h1`, or a block whose text is a headline the metadata gives.
fn is_headline(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    b.tag == Tag::Heading(1)
        || (b.words <= HEADLINE_MAX_WORDS && f.headlines.iter().any(|h| same_line(h, &b.text)))
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

/// A `figcaption`-like element, or any block inside a figure, unless it is
/// an item of a page read whole (a shop builds its tiles as a figure whose
/// caption holds the product's name and price) or part of a code listing:
/// a code sample framed as a figure, with its file name, a terminal's
/// title or "Listing 3: ..." as the caption, is the text's own.
fn in_figure(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    (b.tag == Tag::Caption || f.hints(i).any(Ctx::FIGURE))
        && !in_code_listing(f, b.elem)
        && !is_item(f, i)
}

/// Whether element `at` lies in a code listing: a figure around it (an
/// element that is or is named as a figure, below the region's root)
/// holds a `<pre>`. The listing's code, its file name and its caption
/// ("Listing 3: ...") are the text's own.
fn in_code_listing(f: &Facts<'_>, mut at: u32) -> bool {
    let root = f.region.root;
    while at > root {
        let e = &f.page.elems[at as usize];
        if !e.ctx.any(Ctx::FIGURE) && e.tag != Tag::Pre {
            return false;
        }
        if (e.own.any(Ctx::FIGURE) || e.tag == Tag::Pre) && f.holds_code[(at - root) as usize] {
            return true;
        }
        at = e.parent;
    }
    false
}

/// Inside an element hinted as boilerplate (navigation, share bar, ad,
/// related stories ...) or a form.
fn in_boilerplate(f: &Facts<'_>, i: usize) -> bool {
    let hints = f.hints(i);
    hints.any(Ctx::BOILERPLATE) || hints.any(Ctx::FORM)
}

/// Inside a box named as a signature on a discussion: the same lines under
/// every post of a member, never what the thread says. Elsewhere such a box
/// is a story's sign-off, left to the other rules.
fn in_signature(f: &Facts<'_>, i: usize) -> bool {
    f.region.kind == PageKind::Discussion && f.hints(i).any(Ctx::SIGNATURE)
}

/// Inside the customer reviews or testimonials of a product page (see
/// [`Region::reviews`](crate::select::Region::reviews)), whatever share of
/// the region's prose they hold: a product with a hundred reviews is still
/// the product.
fn in_reviews(f: &Facts<'_>, i: usize) -> bool {
    blocks::marked(&f.region.reviews, f.page.blocks[i].elem as usize)
}

/// Part of a card of a page read whole (see
/// [`PageKind`](crate::PageKind)): the items are the page's content.
fn is_item(f: &Facts<'_>, i: usize) -> bool {
    blocks::marked(&f.region.items, f.page.blocks[i].elem as usize)
}

/// Part of a teaser card, when the region's cards are to go and this one
/// lies outside the story's own prose. A service page's cards (a hero with
/// its button, the features, a call to action's box) are its sections,
/// not pointers to other stories.
fn in_teaser_card(f: &Facts<'_>, i: usize) -> bool {
    f.region.kind != PageKind::Service
        && f.cards.drop
        && f.region.in_teaser[f.page.blocks[i].elem as usize]
        && f.cards.outside_story(i)
}

/// Judged a link list by the score stage.
fn is_link_dense(f: &Facts<'_>, i: usize) -> bool {
    f.scores[i].class == Class::Bad
}

/// "Picture: PA", "Image 2 of 5", or a short line alone with an image in a
/// small box. On a service page such a box is a feature card (an icon or a
/// screenshot, a title, a line or two of pitch), the page's content.
fn is_credit_or_image_caption(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    lines::is_credit(&b.text, b.words)
        || (f.region.kind != PageKind::Service
            && !is_short_post(f, b)
            && f.boxes.is_image_caption(f.page, b))
}

/// On a discussion, a punctuated block of [`POST_BESIDE_IMAGE_MIN_WORDS`]
/// or more: a short post with the picture its author put in it (a reaction
/// GIF, a screenshot) is the post, not the picture's caption.
fn is_short_post(f: &Facts<'_>, b: &RawBlock) -> bool {
    f.region.kind == PageKind::Discussion && b.punct > 0 && b.words >= POST_BESIDE_IMAGE_MIN_WORDS
}

/// "Read more: …", "Related: …".
fn is_read_more(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    lines::is_read_more(&b.text, b.words)
}

/// "Advertisement", "Anzeige".
fn is_ad_label(f: &Facts<'_>, i: usize) -> bool {
    lines::is_ad_label(&f.page.blocks[i].text)
}

/// "Loading specifications…": what a script was to fill in (a tab's
/// content fetched when it is picked).
fn is_loading_placeholder(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    lines::is_loading_placeholder(&b.text, b.words)
}

/// "We use cookies … you agree …".
fn is_consent_notice(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    lines::is_consent_notice(&b.text, b.words)
}

/// A block in a box hinted as the byline that does not read as prose (an
/// author's name, a date; not on a service page), a line counting reactions ("3 Likes"), or a
/// line of a forum post's furniture ("Click to expand...", "Join date: Aug
/// 2008"); a heading is a section's title ("Signature" in a reference).
fn is_byline(f: &Facts<'_>, i: usize) -> bool {
    let b = &f.page.blocks[i];
    // A landing page has no author and no dateline: a box there named for
    // a date or as meta holds a plan's price and terms, a list of dates.
    let byline_box = f.region.kind != PageKind::Service && f.hints(i).any(Ctx::BYLINE);
    (byline_box && f.scores[i].class != Class::Good)
        || lines::is_reaction_count(&b.text, b.words)
        || (!matches!(b.tag, Tag::Heading(_)) && lines::is_post_furniture(&b.text, b.words))
}

/// Prose with more than [`EVIDENCE_LINK_DENSITY`] of its words in links,
/// which [`Focus::Precision`] leaves out.
fn is_link_rich_in_precision(f: &Facts<'_>, i: usize) -> bool {
    f.scores[i].class == Class::Good
        && f.focus == Focus::Precision
        && link_density(&f.page.blocks[i]) > EVIDENCE_LINK_DENSITY
}

/// Judged prose by the score stage.
fn is_prose(f: &Facts<'_>, i: usize) -> bool {
    f.scores[i].class == Class::Good
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn algorithm_md_lists_the_checks_in_the_tables_order() {
        let doc = include_str!("../../ALGORITHM.md");
        let mut from = 0;
        for rule in BLOCK_RULES {
            let needle = format!("`{}`", rule.name);
            let at = doc[from..]
                .find(&needle)
                .unwrap_or_else(|| panic!("ALGORITHM.md lacks {needle} after offset {from}"));
            from += at + needle.len();
        }
    }

    #[test]
    fn rule_names_are_distinct_and_snake_case() {
        for (i, a) in Rule::ALL.iter().enumerate() {
            assert!(
                a.name()
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b == b'_')
            );
            assert!(Rule::ALL[i + 1..].iter().all(|b| a.name() != b.name()));
        }
    }
}
