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
    let base = base.as_deref();
    let mut images = page
        .images
        .into_iter()
        .zip(&wanted.images)
        .filter_map(|(img, kept)| kept.as_ref().map(|caption| (img, caption)))
        .peekable();
    let comment_of = comment_of_blocks(&wanted.comments, page.blocks.len());
    let mut comments = empty_comments(&wanted.comments);
    let mut body =
        Body::with_capacity(rules.iter().filter(|r| r.keeps()).count() + wanted.images.len());
    for (i, (mut b, r)) in page.blocks.into_iter().zip(rules).enumerate() {
        while let Some((img, caption)) = images.next_if(|(img, _)| img.at as usize <= i) {
            let in_table = img.table;
            if let Some(image) = image_block(img, caption, base) {
                body.push_image(image, in_table);
            }
        }
        keep_safe_links(&mut b, base);
        if let Some(comment) = comment_of
            .get(i)
            .copied()
            .flatten()
            .and_then(|k| comments.get_mut(k))
        {
            comment.blocks.push(typed(b));
            continue;
        }
        if !r.keeps() || (!wanted.tables && b.table.is_some()) {
            continue;
        }
        match b.table {
            Some(table) if matches!(b.tag, Tag::Cell { .. }) => {
                body.push_cell(table, b.row, b.text)
            }
            _ => body.push(typed(b)),
        }
    }
    let mut blocks = body.finish();
    blocks.extend(images.filter_map(|(img, caption)| image_block(img, caption, base)));
    Article {
        title: info.title,
        text: plain_text(&blocks),
        blocks,
        comments,
        metadata: info.metadata,
        kind: crate::PageKind::default(),
        explain: None,
    }
}

/// For each block of the page, the comment of the thread it belongs to.
fn comment_of_blocks(plans: &[comments::Plan], blocks: usize) -> Vec<Option<usize>> {
    if plans.is_empty() {
        return Vec::new();
    }
    let mut comment_of = vec![None; blocks];
    for (k, plan) in plans.iter().enumerate() {
        for &i in &plan.blocks {
            comment_of[i] = Some(k);
        }
    }
    comment_of
}

/// The comments of the thread, before their blocks are added.
fn empty_comments(plans: &[comments::Plan]) -> Vec<Comment> {
    plans
        .iter()
        .map(|plan| Comment {
            author: plan.author.clone(),
            date: plan.date.clone(),
            blocks: Vec::with_capacity(plan.blocks.len()),
            parent: plan.parent,
            depth: plan.depth,
        })
        .collect()
}

/// Makes a block's links absolute against `base`; a link whose target may
/// not be shown keeps its text, unlinked.
fn keep_safe_links(b: &mut RawBlock, base: Option<&str>) {
    b.spans.retain_mut(|span| match &mut span.kind {
        SpanKind::Link { href } => match href::safe(base, href, href::LINK_SCHEMES) {
            Some(safe) => {
                *href = safe;
                true
            }
            None => false,
        },
        _ => true,
    });
}

/// The plain text of the article: its blocks other than images, a blank
/// line between them.
fn plain_text(blocks: &[Block]) -> String {
    let prose = || blocks.iter().filter(|b| !matches!(b, Block::Image { .. }));
    let mut text = String::with_capacity(prose().map(|b| b.text().len() + 2).sum());
    for block in prose() {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&block.text());
    }
    text
}

/// A table whose cells are being gathered into rows.
struct TableInProgress {
    /// The table's arena index.
    table: u32,
    /// The row of its last cell.
    row: Option<u32>,
    rows: Vec<Vec<String>>,
}

/// The article's blocks as they are built: a table is held until its last
/// cell, and images met between its cells follow it.
struct Body {
    blocks: Vec<Block>,
    table: Option<TableInProgress>,
    after_table: Vec<Block>,
}

impl Body {
    /// Sized once: on a long page the list would otherwise be copied as it grows.
    fn with_capacity(blocks: usize) -> Self {
        Body {
            blocks: Vec::with_capacity(blocks),
            table: None,
            after_table: Vec::new(),
        }
    }

    /// Adds an image found in `table` (if any): an image between the cells
    /// of the table being filled follows the table rather than splitting it
    /// in two.
    fn push_image(&mut self, image: Block, table: Option<u32>) {
        match &self.table {
            Some(t) if Some(t.table) == table => self.after_table.push(image),
            _ => self.blocks.push(image),
        }
    }

    /// Adds a cell of `table`, in `row`.
    fn push_cell(&mut self, table: u32, row: Option<u32>, text: String) {
        match &mut self.table {
            Some(t) if t.table == table => {
                if t.row == row {
                    if let Some(last) = t.rows.last_mut() {
                        last.push(text);
                    }
                } else {
                    t.row = row;
                    t.rows.push(vec![text]);
                }
            }
            _ => {
                self.close_table();
                self.table = Some(TableInProgress {
                    table,
                    row,
                    rows: vec![vec![text]],
                });
            }
        }
    }

    /// Adds a block that is not a cell.
    fn push(&mut self, block: Block) {
        self.close_table();
        self.blocks.push(block);
    }

    /// Writes the table being filled, then the images met inside it.
    fn close_table(&mut self) {
        if let Some(t) = self.table.take() {
            self.blocks.push(Block::Table { rows: t.rows });
            self.blocks.append(&mut self.after_table);
        }
    }

    /// The blocks, the last table closed.
    fn finish(mut self) -> Vec<Block> {
        self.close_table();
        self.blocks
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
