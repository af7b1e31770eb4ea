//! Stage 3, blocks: takes the DOM and gives the page as a flat list of text blocks.
//!
//! A block is a maximal run of inline text inside one block-level element: a
//! paragraph, a heading, a list item, a table cell, the loose text of a `div`.
//! Each block carries the features the later stages score it on (words, words
//! inside links, sentence punctuation) and the context it was found in (the tag
//! of its element and the hints inherited from its ancestors: inside `nav`, a
//! `figure`, a teaser list, an element whose class says "comments", ...).
//!
//! Besides the blocks, the walk records every block-level element it entered
//! (its parent, tag and context) in an arena, so that the selection stage can
//! add block scores up the tree without touching the DOM again.
//!
//! The walk is iterative: its stack lives on the heap, so a page nested
//! thousands of levels deep costs memory in proportion, never the call stack.

use scraper::node::{Element, Node};
use scraper::{ElementRef, Html};

use crate::hints::{self, Ctx};
use crate::meta;

/// What an element is, for our purposes. Only block-level elements are kept in
/// the arena; inline ones only change how their text is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `h1`..`h6`, with the level.
    Heading(u8),
    /// `p`.
    Paragraph,
    /// `li`, `dt`, `dd`.
    ListItem,
    /// `ul`, `ol` (ordered: true), `dl`, `menu`.
    List { ordered: bool },
    /// `blockquote`.
    Quote,
    /// `pre`.
    Pre,
    /// `table`.
    Table,
    /// `tr`.
    Row,
    /// `td`, `th` (header: true).
    Cell { header: bool },
    /// `figcaption`, `caption`.
    Caption,
    /// Any other block-level element: `div`, `section`, `article`, `body`, ...
    Container,
}

/// A block-level element that the walk entered.
#[derive(Clone, Debug)]
pub(crate) struct Elem {
    /// Index of the nearest block-level ancestor in the arena (itself for the root).
    pub parent: u32,
    /// What the element is.
    pub tag: Tag,
    /// Its tag name, for the explain report.
    pub name: html5ever::LocalName,
    /// Hints inherited from the element and its ancestors.
    pub ctx: Ctx,
    /// Hints of the element itself.
    pub own: Ctx,
    /// Whether an image (`img`, `picture`, `video`) sits in the element
    /// outside any block-level child.
    pub image: bool,
}

/// One run of inline text.
#[derive(Clone, Debug)]
pub(crate) struct RawBlock {
    /// The text, whitespace collapsed (kept as is inside `pre`).
    pub text: String,
    /// Arena index of the block-level element the text sits in.
    pub elem: u32,
    /// Arena index of the nearest `tr` (table rows group cells), or `u32::MAX`.
    pub row: u32,
    /// Arena index of the nearest `table`, or `u32::MAX`.
    pub table: u32,
    /// Arena index of the nearest list (`ul`, `ol`, `dl`), or `u32::MAX`.
    pub list: u32,
    /// The tag of the element the text sits in.
    pub tag: Tag,
    /// Hints of the inline elements that hold all of the block's text
    /// (`<span class="credit">`); the block-level ones are in the arena.
    pub inline_ctx: Ctx,
    /// Words (CJK characters count one each).
    pub words: u32,
    /// Words inside `<a href>`.
    pub link_words: u32,
    /// Sentence punctuation marks: `. ! ? ; ,` and their CJK forms.
    pub punct: u32,
    /// How deep in nested lists (0 outside lists).
    pub list_depth: u8,
    /// Whether the nearest list is ordered.
    pub ordered: bool,
    /// Whether the text sits inside a `blockquote`.
    pub quote: bool,
}

/// The page as blocks, plus the arena of block-level elements.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// Block-level elements in document order; a parent comes before its children.
    pub elems: Vec<Elem>,
    /// Text blocks in document order.
    pub blocks: Vec<RawBlock>,
    /// What the page says about itself (`<meta>`, JSON-LD, ...).
    pub signals: meta::Signals,
}

/// How an element takes part in the walk.
enum Role {
    /// Never output: scripts, styles, forms controls, hidden elements.
    Skip,
    /// Inline: its text joins the current block.
    Inline,
    /// Forces a line break inside a block (`br`).
    Break,
    /// Block-level: starts and ends blocks.
    Block(Tag),
}

fn role(name: &str) -> Role {
    match name {
        "script" | "style" | "noscript" | "template" | "svg" | "math" | "iframe" | "object"
        | "embed" | "canvas" | "video" | "audio" | "select" | "button" | "input" | "textarea"
        | "head" | "title" | "meta" | "link" | "map" | "source" | "track" | "datalist"
        | "option" | "optgroup" | "dialog" | "frameset" | "frame" | "param" | "base" => Role::Skip,
        "a" | "abbr" | "b" | "bdi" | "bdo" | "cite" | "code" | "data" | "dfn" | "em" | "font"
        | "i" | "kbd" | "mark" | "q" | "s" | "samp" | "small" | "span" | "strong" | "sub"
        | "sup" | "time" | "tt" | "u" | "var" | "label" | "del" | "ins" | "nobr" | "big"
        | "strike" | "acronym" | "img" | "picture" | "wbr" | "ruby" | "rt" | "rp" | "output"
        | "meter" | "progress" => Role::Inline,
        "br" => Role::Break,
        "p" => Role::Block(Tag::Paragraph),
        "h1" => Role::Block(Tag::Heading(1)),
        "h2" => Role::Block(Tag::Heading(2)),
        "h3" => Role::Block(Tag::Heading(3)),
        "h4" => Role::Block(Tag::Heading(4)),
        "h5" => Role::Block(Tag::Heading(5)),
        "h6" => Role::Block(Tag::Heading(6)),
        "li" | "dt" | "dd" => Role::Block(Tag::ListItem),
        "ul" | "dl" | "menu" | "dir" => Role::Block(Tag::List { ordered: false }),
        "ol" => Role::Block(Tag::List { ordered: true }),
        "blockquote" => Role::Block(Tag::Quote),
        "pre" | "xmp" | "listing" | "plaintext" => Role::Block(Tag::Pre),
        "table" => Role::Block(Tag::Table),
        "tr" => Role::Block(Tag::Row),
        "td" => Role::Block(Tag::Cell { header: false }),
        "th" => Role::Block(Tag::Cell { header: true }),
        "figcaption" | "caption" => Role::Block(Tag::Caption),
        _ => Role::Block(Tag::Container),
    }
}

/// Whether the element is hidden from readers by its attributes.
///
/// One exception: React's streaming renderer sends each finished Suspense
/// boundary as `<div hidden id="S:n">` and an inline script moves it into
/// place, so readers do see it; on many pages the whole article arrives so.
fn is_hidden(el: &Element) -> bool {
    let mut hidden = false;
    let mut streamed = false;
    for (name, value) in &el.attrs {
        match &*name.local {
            "hidden" => hidden = true,
            "id" => streamed = is_streamed_boundary(value),
            "aria-hidden" if value.trim().eq_ignore_ascii_case("true") => return true,
            "style" if hints::style_hides(value) => return true,
            "type" if value.eq_ignore_ascii_case("hidden") => return true,
            _ => {}
        }
    }
    hidden && !streamed
}

/// Whether an id is React's name for a streamed Suspense boundary: `S:` and digits.
fn is_streamed_boundary(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// An entry of the walk's stack: one open element.
#[derive(Clone, Copy)]
struct Open {
    /// Arena index of the nearest block-level element (this one if it is block-level).
    block: u32,
    /// Hints of this element and its ancestors.
    ctx: Ctx,
    /// Hints of the inline elements between this one and its block.
    inline: Ctx,
    /// Whether the element is, or is inside, an `<a href>`.
    link: bool,
    /// Whether it is a block-level element.
    is_block: bool,
    /// Whether the element is a `pre`.
    pre: bool,
    /// Nearest `tr`, `table` and list.
    row: u32,
    table: u32,
    list: u32,
    /// List nesting.
    list_depth: u8,
    ordered: bool,
    /// Inside a `blockquote`.
    quote: bool,
}

/// The block being filled.
#[derive(Default)]
struct Pending {
    text: String,
    words: u32,
    link_words: u32,
    punct: u32,
    /// Whether the last character pushed was whitespace (or nothing yet).
    space: bool,
    /// Whether we are inside a word (for counting).
    in_word: bool,
    /// Hints shared by every piece of text in the block (intersection).
    inline_ctx: Option<Ctx>,
}

struct Walker {
    page: Page,
    pending: Pending,
    scratch: Vec<u8>,
}

impl Walker {
    fn push_text(&mut self, text: &str, link: bool, pre: bool, ctx: Ctx) {
        let p = &mut self.pending;
        p.inline_ctx = Some(match p.inline_ctx {
            Some(c) => c & ctx,
            None => ctx,
        });
        if pre {
            p.text.push_str(text);
        }
        // Start of the run of non-space text not yet copied.
        let mut run = 0;
        for (i, ch) in text.char_indices() {
            let ascii = ch.is_ascii();
            let ws = if ascii {
                ch.is_ascii_whitespace()
            } else {
                ch.is_whitespace()
            };
            if ws {
                if !pre {
                    if run < i {
                        p.text.push_str(&text[run..i]);
                        p.space = false;
                    }
                    if !p.space {
                        p.text.push(' ');
                        p.space = true;
                    }
                    run = i + ch.len_utf8();
                }
                p.in_word = false;
                continue;
            }
            if !ascii && hints::is_cjk(ch) {
                p.words += 1;
                p.link_words += u32::from(link);
                p.in_word = false;
            } else if (ascii && ch.is_ascii_alphanumeric()) || (!ascii && ch.is_alphanumeric()) {
                if !p.in_word {
                    p.words += 1;
                    p.link_words += u32::from(link);
                    p.in_word = true;
                }
            } else if matches!(
                ch,
                '.' | '!' | '?' | ';' | ',' | '。' | '！' | '？' | '，' | '；' | '、'
            ) {
                // Punctuation inside a word ("don't", "3.5") does not split it.
                p.punct += 1;
            }
        }
        if !pre && run < text.len() {
            p.text.push_str(&text[run..]);
            p.space = false;
        }
    }

    fn flush(&mut self, top: &Open) {
        let p = std::mem::take(&mut self.pending);
        self.pending.space = true;
        let text = if top.pre {
            p.text.trim_matches('\n').trim_end().to_string()
        } else {
            p.text.trim().to_string()
        };
        if text.is_empty() || p.words == 0 {
            return;
        }
        let elem = top.block;
        let e = &self.page.elems[elem as usize];
        self.page.blocks.push(RawBlock {
            text,
            elem,
            row: top.row,
            table: top.table,
            list: top.list,
            tag: e.tag,
            inline_ctx: p.inline_ctx.unwrap_or_default(),
            words: p.words,
            link_words: p.link_words,
            punct: p.punct,
            list_depth: top.list_depth,
            ordered: top.ordered,
            quote: top.quote,
        });
    }
}

/// Walks the DOM once and returns the page as blocks.
pub(crate) fn collect(doc: &Html) -> Page {
    let mut w = Walker {
        page: Page::default(),
        pending: Pending {
            space: true,
            ..Pending::default()
        },
        scratch: Vec::new(),
    };
    w.page.elems.push(Elem {
        parent: 0,
        tag: Tag::Container,
        name: html5ever::local_name!("html"),
        ctx: Ctx::empty(),
        own: Ctx::empty(),
        image: false,
    });
    let mut stack: Vec<Open> = vec![Open {
        block: 0,
        ctx: Ctx::empty(),
        inline: Ctx::empty(),
        link: false,
        is_block: true,
        pre: false,
        row: u32::MAX,
        table: u32::MAX,
        list: u32::MAX,
        list_depth: 0,
        ordered: false,
        quote: false,
    }];

    let root = doc.tree.root();
    let mut node = match root.first_child() {
        Some(n) => n,
        None => return w.page,
    };
    'walk: loop {
        // Enter `node`; `descend` says whether its children are visited.
        let mut descend = false;
        match node.value() {
            Node::Text(t) => {
                if let Some(&top) = stack.last() {
                    w.push_text(t, top.link, top.pre, top.inline);
                }
            }
            Node::Element(el) => {
                let name = el.name();
                let parent = stack.last().map_or(0, |o| o.block);
                let parent_ctx = stack.last().map_or(Ctx::empty(), |o| o.ctx);
                if let Some(e) = ElementRef::wrap(node) {
                    meta::observe(e, &mut w.page.signals);
                    if name == "head" {
                        for d in node.descendants().skip(1).filter_map(ElementRef::wrap) {
                            meta::observe(d, &mut w.page.signals);
                        }
                    }
                }
                let r = role(name);
                if matches!(name, "img" | "picture" | "video") {
                    if let Some(e) = w.page.elems.get_mut(parent as usize) {
                        e.image = true;
                    }
                }
                if matches!(r, Role::Skip) || is_hidden(el) {
                    // Not visited.
                } else {
                    let own = hints::element_ctx(name, el, &mut w.scratch);
                    let ctx = parent_ctx | own;
                    let top = stack.last();
                    let mut open = Open {
                        block: parent,
                        ctx,
                        inline: top.map_or(Ctx::empty(), |t| t.inline) | own,
                        link: top.is_some_and(|t| t.link)
                            || (name == "a" && el.attrs.iter().any(|(n, _)| &*n.local == "href")),
                        is_block: false,
                        pre: top.is_some_and(|t| t.pre),
                        row: top.map_or(u32::MAX, |t| t.row),
                        table: top.map_or(u32::MAX, |t| t.table),
                        list: top.map_or(u32::MAX, |t| t.list),
                        list_depth: top.map_or(0, |t| t.list_depth),
                        ordered: top.is_some_and(|t| t.ordered),
                        quote: top.is_some_and(|t| t.quote),
                    };
                    match r {
                        Role::Break => {
                            if let Some(&top) = stack.last() {
                                if top.pre {
                                    w.pending.text.push('\n');
                                } else {
                                    // A line break ends a paragraph-like run of text.
                                    w.flush(&top);
                                }
                            }
                        }
                        Role::Block(tag) => {
                            if let Some(&top) = stack.last() {
                                w.flush(&top);
                            }
                            let idx = w.page.elems.len() as u32;
                            w.page.elems.push(Elem {
                                parent,
                                tag,
                                name: el.name.local.clone(),
                                ctx,
                                own,
                                image: false,
                            });
                            open.block = idx;
                            open.is_block = true;
                            open.inline = Ctx::empty();
                            match tag {
                                Tag::Pre => open.pre = true,
                                Tag::Quote => open.quote = true,
                                Tag::Row => open.row = idx,
                                Tag::Table => {
                                    open.table = idx;
                                    open.row = u32::MAX;
                                }
                                Tag::List { ordered } => {
                                    open.list = idx;
                                    open.list_depth = open.list_depth.saturating_add(1);
                                    open.ordered = ordered;
                                }
                                _ => {}
                            }
                            stack.push(open);
                            descend = true;
                        }
                        Role::Inline => {
                            stack.push(open);
                            descend = true;
                        }
                        Role::Skip => {}
                    }
                }
            }
            _ => {}
        }
        if descend {
            if let Some(child) = node.first_child() {
                node = child;
                continue 'walk;
            }
        }
        // Leave `node` (if it was pushed) and climb until a next sibling exists.
        let mut leaving = node;
        let mut pushed = descend;
        loop {
            if pushed {
                if let Some(open) = stack.pop() {
                    if open.is_block {
                        w.flush(&open);
                    }
                }
            }
            if let Some(sib) = leaving.next_sibling() {
                node = sib;
                continue 'walk;
            }
            match leaving.parent() {
                Some(p) if p.id() != root.id() => {
                    leaving = p;
                    // Every element we climb out of was pushed when entered
                    // (its children were visited).
                    pushed = p.value().is_element();
                }
                _ => break 'walk,
            }
        }
    }
    if let Some(&top) = stack.last() {
        w.flush(&top);
    }
    w.page
}
