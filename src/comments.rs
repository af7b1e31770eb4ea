//! The comment thread, for [`Options::comments`](crate::Options::comments):
//! takes the page's blocks and the decisions of the clean stage, and gives
//! the thread as comments, each with its author, date, remarks and the
//! comment it replies to.
//!
//! The remarks are the blocks [`clean::comments`] finds; the rest of the
//! thread's text (names, dates, "Reply" links) is its furniture. A comment
//! is the smallest element around a remark that also holds furniture (the
//! remark's header), or the remark's own element when the thread has none.
//! A comment replies to another when it sits inside it, or inside the
//! element that wraps the other alone (a list item holding a comment and
//! the list of its replies, as most blog engines write threads).

use std::collections::HashMap;

use crate::blocks::Page;
use crate::clean::{self, Rule};
use crate::hints::Ctx;
use crate::lines;
use crate::meta;
use crate::score::Score;

/// One comment of the thread, as block indices.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Its remarks: indices of blocks of the page, in order.
    pub blocks: Vec<usize>,
    /// Its author's name, from its furniture.
    pub author: Option<String>,
    /// When it was written, ISO 8601.
    pub date: Option<String>,
    /// The comment it replies to (an index into the thread).
    pub parent: Option<usize>,
    /// How many comments up its replies go: 0 for a comment on the article.
    pub depth: u32,
}

/// The page's comment thread, in page order.
pub(crate) fn thread(page: &Page, scores: &[Score], rules: &[Rule]) -> Vec<Plan> {
    let remarks = clean::comments(page, scores, rules);
    if !remarks.contains(&true) {
        return Vec::new();
    }
    let furniture = furniture(page, rules, &remarks);
    let tree = Subtrees::new(page, &furniture);
    let (mut comments, unit_of) = gather_remarks(page, &remarks, &tree);
    furnish(page, &furniture, &unit_of, &mut comments);
    link_replies(page, &tree, &mut comments);
    comments.into_iter().map(|c| c.plan).collect()
}

/// One comment of the thread as it is built: its element and its plan.
struct Unit {
    /// Arena index of the comment's element.
    elem: usize,
    plan: Plan,
}

/// Whether element `e` lies in the thread (hinted as comments or replies).
fn in_thread(page: &Page, e: usize) -> bool {
    page.elems[e].ctx.any(Ctx::COMMENTS | Ctx::REPLY)
}

/// The furniture: the thread's text that is no remark, less headings and
/// forms.
fn furniture(page: &Page, rules: &[Rule], remarks: &[bool]) -> Vec<bool> {
    page.blocks
        .iter()
        .zip(rules)
        .zip(remarks)
        .map(|((b, r), remark)| !remark && clean::in_thread_text(page, b, *r))
        .collect()
}

/// Per element: whether furniture lies in its subtree, and the last element
/// of its subtree (a subtree is a run of the arena).
struct Subtrees {
    furnished: Vec<bool>,
    end: Vec<usize>,
}

impl Subtrees {
    fn new(page: &Page, furniture: &[bool]) -> Self {
        let n = page.elems.len();
        let mut furnished = vec![false; n];
        for (b, f) in page.blocks.iter().zip(furniture) {
            furnished[b.elem as usize] |= *f;
        }
        let mut end: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let p = page.elems[i].parent as usize;
            furnished[p] |= furnished[i];
            end[p] = end[p].max(end[i]);
        }
        Subtrees { furnished, end }
    }

    /// Whether element `x` lies in the subtree of element `e`.
    fn inside(&self, x: usize, e: usize) -> bool {
        e <= x && x <= self.end[e]
    }
}

/// Groups the remarks into comments: each remark's comment is the smallest
/// element of the thread around it that holds furniture, or its own
/// element. Gives the comments in page order, and the comment of each
/// comment element.
fn gather_remarks(
    page: &Page,
    remarks: &[bool],
    tree: &Subtrees,
) -> (Vec<Unit>, HashMap<usize, usize>) {
    let mut unit_of: HashMap<usize, usize> = HashMap::new();
    let mut units: Vec<Unit> = Vec::new();
    for (i, b) in page.blocks.iter().enumerate() {
        if !remarks[i] {
            continue;
        }
        let own = b.elem as usize;
        let mut e = own;
        let elem = loop {
            if tree.furnished[e] {
                break e;
            }
            let p = page.elems[e].parent as usize;
            if e == 0 || p == e || !in_thread(page, p) {
                break own;
            }
            e = p;
        };
        let k = *unit_of.entry(elem).or_insert_with(|| {
            units.push(Unit {
                elem,
                plan: Plan::default(),
            });
            units.len() - 1
        });
        units[k].plan.blocks.push(i);
    }
    (units, unit_of)
}

/// Reads each comment's author and date off its furniture: what lies in it
/// and in no comment inside it.
fn furnish(page: &Page, furniture: &[bool], unit_of: &HashMap<usize, usize>, units: &mut [Unit]) {
    let mut marked_author = vec![false; units.len()];
    for (i, b) in page.blocks.iter().enumerate() {
        if !furniture[i] {
            continue;
        }
        let mut e = b.elem as usize;
        let k = loop {
            if let Some(&k) = unit_of.get(&e) {
                break Some(k);
            }
            let p = page.elems[e].parent as usize;
            if e == 0 || p == e || !in_thread(page, e) {
                break None;
            }
            e = p;
        };
        let Some(k) = k else { continue };
        let plan = &mut units[k].plan;
        let ctx = page.elems[b.elem as usize].ctx | b.inline_ctx;
        if plan.date.is_none() {
            plan.date = b
                .time
                .as_deref()
                .and_then(meta::iso_date)
                .or_else(|| meta::text_date(&b.text));
        }
        // A name marked as the author's (`class="comment-author"`,
        // `itemprop="author"`) comes before any other line of furniture.
        // Another line must come before the comment's text and read as a
        // name.
        let marked = ctx.any(Ctx::BYLINE);
        let before_text = plan.blocks.first().is_none_or(|&first| i < first);
        if (plan.author.is_none() || (marked && !marked_author[k]))
            && (marked || before_text)
            && let Some(name) = lines::comment_author(&b.text, b.words)
            && (marked || lines::looks_like_name(&name))
        {
            plan.author = Some(name);
            marked_author[k] = marked;
        }
    }
}

/// Replies: a comment inside another, or inside the element that wraps
/// another alone.
fn link_replies(page: &Page, tree: &Subtrees, units: &mut [Unit]) {
    let mut units_under: HashMap<usize, u32> = HashMap::new();
    for unit in units.iter() {
        *units_under
            .entry(page.elems[unit.elem].parent as usize)
            .or_default() += 1;
    }
    let reach: Vec<usize> = units
        .iter()
        .map(|unit| {
            let p = page.elems[unit.elem].parent as usize;
            if units_under.get(&p) == Some(&1) && in_thread(page, p) {
                p
            } else {
                unit.elem
            }
        })
        .collect();
    let mut open: Vec<usize> = Vec::new();
    for k in 0..units.len() {
        let elem = units[k].elem;
        while open.last().is_some_and(|&o| !tree.inside(elem, reach[o])) {
            open.pop();
        }
        if let Some(&parent) = open.last() {
            units[k].plan.parent = Some(parent);
            units[k].plan.depth = units[parent].plan.depth + 1;
        }
        open.push(k);
    }
}
