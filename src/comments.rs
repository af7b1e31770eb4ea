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

use crate::blocks::{Page, Tag};
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
    let n = page.elems.len();
    let in_thread = |e: usize| page.elems[e].ctx.any(Ctx::COMMENTS | Ctx::REPLY);
    // The furniture: the thread's other text, less headings and forms.
    let furniture: Vec<bool> = page
        .blocks
        .iter()
        .zip(rules)
        .zip(&remarks)
        .map(|((b, r), remark)| {
            let ctx = page.elems[b.elem as usize].ctx | b.inline_ctx;
            !remark
                && !r.keeps()
                && ctx.any(Ctx::COMMENTS | Ctx::REPLY)
                && !ctx.any(Ctx::FORM | Ctx::NAV | Ctx::SHARE)
                && !matches!(b.tag, Tag::Heading(_))
        })
        .collect();
    // Per element: whether furniture lies in its subtree, and the last
    // element of its subtree (a subtree is a run of the arena).
    let mut furnished = vec![false; n];
    for (b, f) in page.blocks.iter().zip(&furniture) {
        furnished[b.elem as usize] |= *f;
    }
    let mut end: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let p = page.elems[i].parent as usize;
        furnished[p] |= furnished[i];
        end[p] = end[p].max(end[i]);
    }
    let inside = |x: usize, e: usize| e <= x && x <= end[e];

    // Each remark's comment element.
    let mut unit_of: HashMap<usize, usize> = HashMap::new();
    let mut plans: Vec<(usize, Plan)> = Vec::new();
    for (i, b) in page.blocks.iter().enumerate() {
        if !remarks[i] {
            continue;
        }
        let own = b.elem as usize;
        let mut e = own;
        let unit = loop {
            if furnished[e] {
                break e;
            }
            let p = page.elems[e].parent as usize;
            if e == 0 || p == e || !in_thread(p) {
                break own;
            }
            e = p;
        };
        let k = *unit_of.entry(unit).or_insert_with(|| {
            plans.push((unit, Plan::default()));
            plans.len() - 1
        });
        plans[k].1.blocks.push(i);
    }

    // The furniture of each comment: what lies in it and in no comment
    // inside it.
    let mut marked_author = vec![false; plans.len()];
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
            if e == 0 || p == e || !in_thread(e) {
                break None;
            }
            e = p;
        };
        let Some(k) = k else { continue };
        let plan = &mut plans[k].1;
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

    // Replies: a comment inside another, or inside the element that wraps
    // another alone.
    let mut units_under: HashMap<usize, u32> = HashMap::new();
    for (unit, _) in &plans {
        *units_under
            .entry(page.elems[*unit].parent as usize)
            .or_default() += 1;
    }
    let reach: Vec<usize> = plans
        .iter()
        .map(|(unit, _)| {
            let p = page.elems[*unit].parent as usize;
            if units_under.get(&p) == Some(&1) && in_thread(p) {
                p
            } else {
                *unit
            }
        })
        .collect();
    let mut open: Vec<usize> = Vec::new();
    for k in 0..plans.len() {
        let unit = plans[k].0;
        while open.last().is_some_and(|&o| !inside(unit, reach[o])) {
            open.pop();
        }
        if let Some(&parent) = open.last() {
            plans[k].1.parent = Some(parent);
            plans[k].1.depth = plans[parent].1.depth + 1;
        }
        open.push(k);
    }
    plans.into_iter().map(|(_, plan)| plan).collect()
}
