//! Stage 7, render: takes the kept blocks and gives the [`Article`]: typed
//! blocks (table cells gathered into rows) and the plain text made from them.

use crate::article::{Article, Block, BlockReport, Comment, Explain, SpanKind};
use crate::blocks::{Page, RawBlock, RawImage, Tag};
use crate::clean::Rule;
use crate::comments;
use crate::href;
use crate::meta;
use crate::score::Score;
use crate::select::Region;

/// What the options ask of the rendering.
pub(crate) struct Wanted {
    /// The comment thread asked for (empty when comments are not wanted).
    pub comments: Vec<comments::Plan>,
    /// Whether tables are kept.
    pub tables: bool,
    /// Per image of the page: `None` when left out, else its caption (see
    /// [`crate::clean::images`]); empty when images are not wanted.
    pub images: Vec<Option<Option<String>>>,
}

/// Builds the article from the blocks that were kept, with what the page
/// says about itself (resolved by [`meta::describe`]): its links and
/// images made absolute against the address it gives.
pub(crate) fn render(
    page: Page,
    rules: &[Rule],
    wanted: &Wanted,
    described: meta::Described,
) -> Article {
    let meta::Described { page: info, base } = described;
    let mut images = page
        .images
        .into_iter()
        .zip(&wanted.images)
        .filter_map(|(img, kept)| kept.as_ref().map(|caption| (img, caption)))
        .peekable();
    // The comment each block of the thread belongs to.
    let mut comment_of: Vec<u32> = Vec::new();
    if !wanted.comments.is_empty() {
        comment_of = vec![u32::MAX; page.blocks.len()];
        for (k, plan) in wanted.comments.iter().enumerate() {
            for &i in &plan.blocks {
                comment_of[i] = k as u32;
            }
        }
    }
    let mut comments: Vec<Comment> = wanted
        .comments
        .iter()
        .map(|plan| Comment {
            author: plan.author.clone(),
            date: plan.date.clone(),
            blocks: Vec::with_capacity(plan.blocks.len()),
            parent: plan.parent,
            depth: plan.depth,
        })
        .collect();
    // Sized once: on a long page the list would otherwise be copied as it grows.
    let mut blocks: Vec<Block> =
        Vec::with_capacity(rules.iter().filter(|r| r.keeps()).count() + wanted.images.len());
    // The table being filled, with the row index of its last cell.
    let mut table: Option<(u32, u32, Vec<Vec<String>>)> = None;
    // Images met inside that table, written after it.
    let mut after_table: Vec<Block> = Vec::new();
    for (i, (mut b, r)) in page.blocks.into_iter().zip(rules).enumerate() {
        while let Some((img, caption)) = images.next_if(|(img, _)| img.at as usize <= i) {
            let in_table = img.table;
            let Some(image) = image_block(img, caption, base.as_deref()) else {
                continue;
            };
            // An image between the cells of the table being filled follows
            // the table rather than splitting it in two.
            match &table {
                Some((t, _, _)) if *t == in_table => after_table.push(image),
                _ => blocks.push(image),
            }
        }
        // A link whose target may not be shown keeps its text, unlinked.
        b.spans.retain_mut(|span| match &mut span.kind {
            SpanKind::Link { href } => {
                match href::safe(base.as_deref(), href, href::LINK_SCHEMES) {
                    Some(safe) => {
                        *href = safe;
                        true
                    }
                    None => false,
                }
            }
            _ => true,
        });
        if let Some(comment) = comment_of
            .get(i)
            .and_then(|&k| comments.get_mut(k as usize))
        {
            comment.blocks.push(typed(b));
            continue;
        }
        if !r.keeps() || (!wanted.tables && b.table != u32::MAX) {
            continue;
        }
        if b.table != u32::MAX && matches!(b.tag, Tag::Cell { .. }) {
            match &mut table {
                Some((t, row, rows)) if *t == b.table => {
                    if *row == b.row {
                        if let Some(last) = rows.last_mut() {
                            last.push(b.text);
                        }
                    } else {
                        *row = b.row;
                        rows.push(vec![b.text]);
                    }
                }
                _ => {
                    if let Some((_, _, rows)) = table.take() {
                        blocks.push(Block::Table { rows });
                        blocks.append(&mut after_table);
                    }
                    table = Some((b.table, b.row, vec![vec![b.text]]));
                }
            }
            continue;
        }
        if let Some((_, _, rows)) = table.take() {
            blocks.push(Block::Table { rows });
            blocks.append(&mut after_table);
        }
        blocks.push(typed(b));
    }
    if let Some((_, _, rows)) = table.take() {
        blocks.push(Block::Table { rows });
        blocks.append(&mut after_table);
    }
    blocks.extend(images.filter_map(|(img, caption)| image_block(img, caption, base.as_deref())));
    let prose = || blocks.iter().filter(|b| !matches!(b, Block::Image { .. }));
    let mut text = String::with_capacity(prose().map(|b| b.text().len() + 2).sum());
    for block in prose() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&block.text());
    }
    Article {
        title: info.title,
        text,
        blocks,
        comments,
        metadata: info.metadata,
        kind: crate::PageKind::default(),
        explain: None,
    }
}

/// An image's block, its address made absolute against `base`; `None` when
/// the address may not be shown.
fn image_block(img: RawImage, caption: &Option<String>, base: Option<&str>) -> Option<Block> {
    Some(Block::Image {
        src: href::safe(base, &img.src, href::WEB_SCHEMES)?,
        alt: img.alt,
        caption: caption.clone(),
    })
}

/// The decision on every block, for [`Explain`].
pub(crate) fn explain(page: &Page, scores: &[Score], region: &Region, rules: &[Rule]) -> Explain {
    let blocks = page
        .blocks
        .iter()
        .zip(scores)
        .zip(rules)
        .enumerate()
        .map(|(i, ((b, s), r))| BlockReport {
            text: b.text.clone(),
            kept: r.keeps(),
            reason: *r,
            words: b.words,
            link_density: crate::score::link_density(b),
            text_density: s.density,
            weight: s.weight,
            in_region: (region.first..region.end).contains(&i),
        })
        .collect();
    let mut path = Vec::new();
    let mut at = region.root as usize;
    while at != 0 {
        let e = &page.elems[at];
        let hints = e.own.names();
        path.push(if hints.is_empty() {
            e.name.to_string()
        } else {
            format!("{}[{}]", e.name, hints.join(","))
        });
        at = page.elems[at].parent as usize;
    }
    path.reverse();
    Explain {
        blocks,
        region: format!("{} (score {:.1})", path.join(" > "), region.score),
    }
}

fn typed(b: RawBlock) -> Block {
    let text = b.text;
    let spans = b.spans;
    match b.tag {
        Tag::Heading(level) => Block::Heading { level, text, spans },
        Tag::ListItem => Block::ListItem {
            ordered: b.ordered,
            depth: b.list_depth.max(1),
            number: b.number.filter(|_| b.ordered),
            text,
            spans,
        },
        Tag::Term => Block::Term { text, spans },
        Tag::Definition => Block::Definition { text, spans },
        Tag::Pre => Block::Preformatted { text },
        _ if b.quote => Block::Quote { text, spans },
        _ => Block::Paragraph { text, spans },
    }
}
