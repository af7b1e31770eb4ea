//! Stage 7, render: takes the kept blocks and gives the [`Article`]: typed
//! blocks (table cells gathered into rows) and the plain text made from them.

use crate::article::{Article, Block, BlockReport, Explain};
use crate::blocks::{Page, RawBlock, Tag};
use crate::clean::Reason;
use crate::hints;
use crate::score::Score;
use crate::select::Region;

/// Builds the article from the blocks that were kept.
pub(crate) fn render(page: Page, reasons: &[Reason]) -> Article {
    let title = title(&page);
    let mut blocks: Vec<Block> = Vec::new();
    // The table being filled, with the row index of its last cell.
    let mut table: Option<(u32, u32, Vec<Vec<String>>)> = None;
    for (b, r) in page.blocks.into_iter().zip(reasons) {
        if !r.keeps() {
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
                    }
                    table = Some((b.table, b.row, vec![vec![b.text]]));
                }
            }
            continue;
        }
        if let Some((_, _, rows)) = table.take() {
            blocks.push(Block::Table { rows });
        }
        blocks.push(typed(b));
    }
    if let Some((_, _, rows)) = table.take() {
        blocks.push(Block::Table { rows });
    }
    let mut text = String::new();
    for block in &blocks {
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&block.text());
    }
    Article {
        title,
        text,
        blocks,
        explain: None,
    }
}

/// The decision on every block, for [`Explain`].
pub(crate) fn explain(
    page: &Page,
    scores: &[Score],
    region: &Region,
    reasons: &[Reason],
) -> Explain {
    let blocks = page
        .blocks
        .iter()
        .zip(scores)
        .zip(reasons)
        .enumerate()
        .map(|(i, ((b, s), r))| BlockReport {
            text: b.text.clone(),
            kept: r.keeps(),
            reason: r.label(),
            words: b.words,
            link_density: crate::score::link_density(b),
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
    match b.tag {
        Tag::Heading(level) => Block::Heading { level, text },
        Tag::ListItem => Block::ListItem {
            ordered: b.ordered,
            depth: b.list_depth.max(1),
            text,
        },
        Tag::Pre => Block::Preformatted { text },
        _ if b.quote => Block::Quote { text },
        _ => Block::Paragraph { text },
    }
}

/// The page's title: `og:title`, else the first `h1`, else `<title>`, with a
/// site-name suffix removed.
fn title(page: &Page) -> Option<String> {
    let h1 = page
        .blocks
        .iter()
        .find(|b| b.tag == Tag::Heading(1))
        .map(|b| b.text.as_str());
    let raw = page.og_title.as_deref().or(h1).or(page.title.as_deref())?;
    let t = strip_site_name(raw);
    (!t.is_empty()).then(|| hints::collapse(t))
}

/// Removes a "| Site name" or "- Site name" suffix (or prefix): the longest
/// part between separators is the headline.
fn strip_site_name(title: &str) -> &str {
    const SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » "];
    for sep in SEPARATORS {
        if title.contains(sep) {
            return title
                .split(sep)
                .max_by_key(|part| part.chars().count())
                .unwrap_or(title)
                .trim();
        }
    }
    title.trim()
}
