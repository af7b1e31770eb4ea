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

use html5ever::{LocalName, local_name};
use scraper::node::{Element, Node};
use scraper::{ElementRef, Html};

use crate::article::{Span, SpanKind};
use crate::hints::{self, Ctx, attr};
use crate::href;
use crate::meta;
use crate::tuning::{
    IMAGE_MIN_SIDE, SHOWN_HIDDEN_CLASSES, SHOWN_HIDDEN_ROLES, UNSPACED_CHARS_PER_WORD,
};

/// What an element is, for our purposes. Only block-level elements are kept in
/// the arena; inline ones only change how their text is counted.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Tag {
    /// `h1`..`h6`, with the level.
    Heading(u8),
    /// `p`.
    Paragraph,
    /// `li`.
    ListItem,
    /// `dt`: a term of a definition list.
    Term,
    /// `dd`: a definition of the terms before it.
    Definition,
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
    /// Arena index of the nearest `tr` (table rows group cells).
    pub row: Option<u32>,
    /// Arena index of the nearest `table`.
    pub table: Option<u32>,
    /// Arena index of the nearest list (`ul`, `ol`, `dl`).
    pub list: Option<u32>,
    /// The tag of the element the text sits in.
    pub tag: Tag,
    /// Hints of the inline elements that hold all of the block's text
    /// (`<span class="credit">`); the block-level ones are in the arena.
    pub inline_ctx: Ctx,
    /// Words (CJK characters count one each; Thai, Lao, Khmer and Burmese
    /// one every [`UNSPACED_CHARS_PER_WORD`] characters).
    pub words: u32,
    /// Words inside `<a href>`.
    pub link_words: u32,
    /// Words of the block's longest link: a title linked whole has one
    /// long link, a meta line ("by jane | 3 comments") several short ones.
    pub longest_link: u32,
    /// Sentence punctuation marks: `. ! ? ; ,` and their CJK forms.
    pub punct: u32,
    /// How deep in nested lists (0 outside lists).
    pub list_depth: u8,
    /// Whether the nearest list is ordered.
    pub ordered: bool,
    /// The number of the list item the text is in, in a numbered list.
    pub number: Option<u32>,
    /// Whether the text sits inside a `blockquote`.
    pub quote: bool,
    /// Lines of the text: 1, and one more for each line break inside.
    pub lines: u32,
    /// The `datetime` of the first `<time>` element in the text, if any.
    pub time: Option<String>,
    /// Whether some of the text shares a line with a floated image (a
    /// picture set at the side of a paragraph), so that it runs beside the
    /// picture rather than standing apart from it.
    pub beside_image: bool,
    /// Links and emphasis in the text, when the walk records them
    /// ([`Record`]); links hold their target as written in the page.
    pub spans: Vec<Span>,
}

/// An image met in the walk, when [`Record::images`] asks for them.
#[derive(Clone, Debug)]
pub(crate) struct RawImage {
    /// Blocks before it: it sits between block `at - 1` and block `at`.
    pub at: u32,
    /// Arena index of the block-level element it sits in.
    pub elem: u32,
    /// Arena index of the nearest `table`.
    pub table: Option<u32>,
    /// Its address as written in the page (the lazy-loading one when `src`
    /// is a placeholder).
    pub src: String,
    /// Its alternative text.
    pub alt: String,
    /// Hints of its inline ancestors and of the image itself.
    pub inline_ctx: Ctx,
    /// Whether text of the same block came before it: an image in the
    /// middle of a line is an icon or an emoji.
    pub in_text: bool,
}

/// What the walk records beyond the text, as the options ask.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Record {
    /// Links, as spans.
    pub links: bool,
    /// Emphasis, strong emphasis and code, as spans.
    pub formatting: bool,
    /// Images.
    pub images: bool,
    /// The page was parsed with scripts off: `<noscript>` holds elements,
    /// which are read as a container's.
    pub noscript: bool,
    /// Elements hidden by their attributes (`hidden`, `aria-hidden`, an
    /// inline style) are read as shown, as the page's scripts would show them.
    pub hidden: bool,
}

/// The page as blocks, plus the arena of block-level elements.
#[derive(Debug, Default)]
pub(crate) struct Page {
    /// Block-level elements in document order; a parent comes before its children.
    pub elems: Vec<Elem>,
    /// Text blocks in document order.
    pub blocks: Vec<RawBlock>,
    /// Images in document order, when recorded.
    pub images: Vec<RawImage>,
    /// The `href` of the page's `<base>`.
    pub base: Option<String>,
    /// What the page says about itself (`<meta>`, JSON-LD, ...).
    pub signals: meta::Signals,
    /// Bytes of markup inside the `<noscript>` elements that the walk
    /// passed over (parsed with scripts on, each holds its markup as text).
    pub noscript_bytes: usize,
}

impl Page {
    /// The words of each element's subtree (its own blocks' and its
    /// descendants'), by element index. Children come after their parent in
    /// the arena, so one pass backwards adds each subtree into its parent.
    pub(crate) fn subtree_words(&self) -> Vec<u32> {
        self.subtree_sum(|_, b| b.words)
    }

    /// The sum over each element's subtree of `value` of its blocks (given
    /// each block's index and the block), by element index: as
    /// [`Page::subtree_words`], for any count of a block (its prose words).
    pub(crate) fn subtree_sum(&self, value: impl Fn(usize, &RawBlock) -> u32) -> Vec<u32> {
        let mut sum = vec![0u32; self.elems.len()];
        for (i, b) in self.blocks.iter().enumerate() {
            sum[b.elem as usize] += value(i, b);
        }
        for i in (1..self.elems.len()).rev() {
            let p = self.elems[i].parent as usize;
            sum[p] += sum[i];
        }
        sum
    }

    /// Takes back from each element the hints `forget` gives for it, and
    /// from what its descendants inherited of them (their own and those
    /// from other ancestors stay): for a listing's items, whose class names
    /// name them rather than a box beside the page's subject. Parents come
    /// before their children in the arena, so one pass in order suffices.
    pub(crate) fn forget_own_hints(&mut self, forget: &[Ctx]) {
        let all = forget.iter().fold(Ctx::empty(), |a, c| a | *c);
        let mut changed = vec![false; self.elems.len()];
        for i in 0..self.elems.len() {
            let p = self.elems[i].parent as usize;
            let mask = forget.get(i).copied().unwrap_or_default();
            let inherits = p != i && changed[p];
            if !(inherits || mask.any(all)) {
                continue;
            }
            changed[i] = true;
            let inherited = if p == i {
                Ctx::empty()
            } else {
                self.elems[p].ctx & all
            };
            let e = &mut self.elems[i];
            e.own = e.own.without(mask);
            e.ctx = e.ctx.without(all) | inherited | (e.own & all);
        }
    }

    /// Takes back `hints` from every element, block and image: for a page
    /// that says it is a discussion, whose replies are marked up as comments
    /// but are its content.
    pub(crate) fn forget_hints(&mut self, hints: Ctx) {
        for e in &mut self.elems {
            e.ctx = e.ctx.without(hints);
            e.own = e.own.without(hints);
        }
        for b in &mut self.blocks {
            b.inline_ctx = b.inline_ctx.without(hints);
        }
        for i in &mut self.images {
            i.inline_ctx = i.inline_ctx.without(hints);
        }
    }
}

/// Whether a form holds a field a reader can fill in or press: an input
/// that is not hidden, a text area, a list to choose from, a button.
fn has_field(form: ElementRef<'_>) -> bool {
    form.descendants()
        .filter_map(ElementRef::wrap)
        .any(|d| match d.value().name.local {
            local_name!("textarea") | local_name!("select") | local_name!("button") => true,
            local_name!("input") => !hints::attr(d.value(), &local_name!("type"))
                .is_some_and(|t| t.eq_ignore_ascii_case("hidden")),
            _ => false,
        })
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

/// Whether element `i` is in a set of the page's elements kept as one
/// flag per element (the items, the reviews, the teaser cards, what the
/// thread rule keeps out); such a set is empty on a page it does not
/// apply to.
pub(crate) fn marked(set: &[bool], i: usize) -> bool {
    set.get(i).copied().unwrap_or(false)
}

/// Whether the element starts a new line of text where it stands: a
/// block-level element or a `<br>`. Text read across such an element
/// (a name, then its job title under a `<br>`) is two lines, not one word
/// run into the next.
pub(crate) fn breaks_line(name: &LocalName) -> bool {
    matches!(role(name), Role::Break | Role::Block(_))
}

fn role(name: &LocalName) -> Role {
    match *name {
        local_name!("script")
        | local_name!("style")
        | local_name!("noscript")
        | local_name!("template")
        | local_name!("svg")
        | local_name!("math")
        | local_name!("iframe")
        | local_name!("object")
        | local_name!("embed")
        | local_name!("canvas")
        | local_name!("video")
        | local_name!("audio")
        | local_name!("select")
        | local_name!("button")
        | local_name!("input")
        | local_name!("textarea")
        | local_name!("head")
        | local_name!("title")
        | local_name!("meta")
        | local_name!("link")
        | local_name!("map")
        | local_name!("source")
        | local_name!("track")
        | local_name!("datalist")
        | local_name!("option")
        | local_name!("optgroup")
        | local_name!("dialog")
        | local_name!("frameset")
        | local_name!("frame")
        | local_name!("param")
        | local_name!("base") => Role::Skip,
        local_name!("a")
        | local_name!("abbr")
        | local_name!("b")
        | local_name!("bdi")
        | local_name!("bdo")
        | local_name!("cite")
        | local_name!("code")
        | local_name!("data")
        | local_name!("dfn")
        | local_name!("em")
        | local_name!("font")
        | local_name!("i")
        | local_name!("kbd")
        | local_name!("mark")
        | local_name!("q")
        | local_name!("s")
        | local_name!("samp")
        | local_name!("small")
        | local_name!("span")
        | local_name!("strong")
        | local_name!("sub")
        | local_name!("sup")
        | local_name!("time")
        | local_name!("tt")
        | local_name!("u")
        | local_name!("var")
        | local_name!("label")
        | local_name!("del")
        | local_name!("ins")
        | local_name!("nobr")
        | local_name!("big")
        | local_name!("strike")
        | local_name!("acronym")
        | local_name!("img")
        | local_name!("picture")
        | local_name!("wbr")
        | local_name!("ruby")
        | local_name!("rt")
        | local_name!("rp")
        | local_name!("output")
        | local_name!("meter")
        | local_name!("progress") => Role::Inline,
        local_name!("br") => Role::Break,
        local_name!("p") => Role::Block(Tag::Paragraph),
        local_name!("h1") => Role::Block(Tag::Heading(1)),
        local_name!("h2") => Role::Block(Tag::Heading(2)),
        local_name!("h3") => Role::Block(Tag::Heading(3)),
        local_name!("h4") => Role::Block(Tag::Heading(4)),
        local_name!("h5") => Role::Block(Tag::Heading(5)),
        local_name!("h6") => Role::Block(Tag::Heading(6)),
        local_name!("li") => Role::Block(Tag::ListItem),
        local_name!("dt") => Role::Block(Tag::Term),
        local_name!("dd") => Role::Block(Tag::Definition),
        local_name!("ul") | local_name!("dl") | local_name!("menu") | local_name!("dir") => {
            Role::Block(Tag::List { ordered: false })
        }
        local_name!("ol") => Role::Block(Tag::List { ordered: true }),
        local_name!("blockquote") => Role::Block(Tag::Quote),
        local_name!("pre")
        | local_name!("xmp")
        | local_name!("listing")
        | local_name!("plaintext") => Role::Block(Tag::Pre),
        local_name!("table") => Role::Block(Tag::Table),
        local_name!("tr") => Role::Block(Tag::Row),
        local_name!("td") => Role::Block(Tag::Cell { header: false }),
        local_name!("th") => Role::Block(Tag::Cell { header: true }),
        local_name!("figcaption") | local_name!("caption") => Role::Block(Tag::Caption),
        _ => Role::Block(Tag::Container),
    }
}

/// Whether the element is hidden from readers by its attributes.
///
/// Two exceptions. React's streaming renderer sends each finished Suspense
/// boundary as `<div hidden id="S:n">` and an inline script moves it into
/// place, so readers do see it; on many pages the whole article arrives so.
/// And a panel of a set of tabs (an element whose ARIA role is one of
/// [`SHOWN_HIDDEN_ROLES`], or that a CSS framework's class names one, see
/// [`SHOWN_HIDDEN_CLASSES`]) is hidden only until its tab is picked: a
/// guide's code sample in each language, the install steps for each
/// system, are all the page's text.
fn is_hidden(el: &Element) -> bool {
    let mut hidden = false;
    let mut streamed = false;
    let mut styled_hidden = false;
    let mut role = None;
    let mut class = None;
    for (name, value) in &el.attrs {
        match name.local {
            local_name!("hidden") => hidden = true,
            local_name!("id") => streamed = is_streamed_boundary(value),
            local_name!("role") => role = Some(value),
            local_name!("class") => class = Some(value),
            local_name!("aria-hidden") if value.trim().eq_ignore_ascii_case("true") => {
                styled_hidden = true;
            }
            local_name!("style") if hints::style_hides(value) => styled_hidden = true,
            local_name!("type") if value.eq_ignore_ascii_case("hidden") => return true,
            _ => {}
        }
    }
    // The role and class are read only for what the markup hides: most
    // elements are not, and their class names need no second reading.
    (styled_hidden || (hidden && !streamed))
        && !role.is_some_and(|r| {
            SHOWN_HIDDEN_ROLES
                .iter()
                .any(|s| r.trim().eq_ignore_ascii_case(s))
        })
        && !class.is_some_and(|c| {
            c.split_ascii_whitespace().any(|word| {
                SHOWN_HIDDEN_CLASSES
                    .iter()
                    .any(|s| word.eq_ignore_ascii_case(s))
            })
        })
}

/// Whether an id is React's name for a streamed Suspense boundary: `S:` and digits.
fn is_streamed_boundary(id: &str) -> bool {
    id.strip_prefix("S:")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// An entry of the walk's stack: one open element and what its content
/// inherits from it.
#[derive(Clone, Copy)]
struct Frame {
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
    row: Option<u32>,
    table: Option<u32>,
    list: Option<u32>,
    /// List nesting.
    list_depth: u8,
    ordered: bool,
    /// Inside a `blockquote`.
    quote: bool,
    /// The number of the list item it is (or is inside), in a numbered list.
    item: Option<u32>,
    /// Whether it is a `sup` or a `sub`.
    script: bool,
    /// Index + 1 of the span this element opened in the block being
    /// filled (0: none), and the count of flushes when it was opened.
    span: u32,
    flushes: u32,
}

/// The block being filled.
#[derive(Default)]
struct Pending {
    text: String,
    words: u32,
    link_words: u32,
    punct: u32,
    /// Words of the link being read (0 outside links), and of the longest.
    link_run: u32,
    longest_link: u32,
    /// Whether the last character pushed was whitespace (or nothing yet).
    space: bool,
    /// Whether we are inside a word (for counting).
    in_word: bool,
    /// Characters of the current run of a script written without spaces
    /// ([`hints::is_unspaced`]), which counts a word every
    /// [`UNSPACED_CHARS_PER_WORD`] of them.
    unspaced: u32,
    /// Hints shared by every piece of text in the block (intersection).
    inline_ctx: Option<Ctx>,
    /// Spans opened in the block; `end` is `usize::MAX` while open.
    spans: Vec<Span>,
    /// Line breaks in the block.
    breaks: u32,
    /// Words of the block before the line being filled.
    line_words: u32,
    /// Words of the block when an image was met on the line being filled,
    /// if one was.
    image_at: Option<u32>,
    /// Whether text of the block shares a line with a floated image.
    beside_image: bool,
    /// A superscript or subscript starts (`Some(true)`) or ends
    /// (`Some(false)`) before the next text.
    script_edge: Option<bool>,
    /// The `datetime` of the first `<time>` in the block.
    time: Option<String>,
}

impl Pending {
    /// Counts a word's link: inside one, it adds to the link's run (a new
    /// `<a>` starts a run afresh); outside, it ends the run.
    fn count_link_word(&mut self, link: bool) {
        if link {
            self.link_words += 1;
            self.link_run += 1;
            self.longest_link = self.longest_link.max(self.link_run);
        } else {
            self.link_run = 0;
        }
    }

    /// A floated image on the line being filled: the text shares the line
    /// with it if words came before it on the line, or come after it.
    fn floated_image(&mut self) {
        if self.words > self.line_words {
            self.beside_image = true;
        } else {
            self.image_at = Some(self.words);
        }
    }

    /// Ends the line being filled.
    fn end_line(&mut self) {
        if self.image_at.take().is_some_and(|w| self.words > w) {
            self.beside_image = true;
        }
        self.line_words = self.words;
    }
}

/// What a character is to the word and punctuation counts.
#[derive(Clone, Copy)]
enum CharClass {
    /// Whitespace: collapsed, ends a word.
    Space,
    /// A letter or digit: starts or continues a word.
    Word,
    /// A CJK character: a word by itself.
    Ideograph,
    /// A character of Thai, Lao, Khmer or Burmese, written without spaces
    /// between words: a run of them counts a word every
    /// [`UNSPACED_CHARS_PER_WORD`] characters.
    Unspaced,
    /// Sentence punctuation: `. ! ? ; ,` and their CJK forms.
    Punct,
    /// Anything else (symbols, quotes, dashes).
    Other,
}

/// The class of each ASCII byte, so that the common case costs one lookup.
const ASCII_CLASS: [CharClass; 128] = {
    let mut t = [CharClass::Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            CharClass::Space
        } else if c.is_ascii_alphanumeric() {
            CharClass::Word
        } else if matches!(c, b'.' | b'!' | b'?' | b';' | b',') {
            CharClass::Punct
        } else {
            CharClass::Other
        };
        b += 1;
    }
    t
};

/// The class of a character outside ASCII.
fn char_class(ch: char) -> CharClass {
    if ch.is_whitespace() {
        CharClass::Space
    } else if hints::is_cjk(ch) {
        CharClass::Ideograph
    } else if hints::is_unspaced(ch) {
        CharClass::Unspaced
    } else if ch.is_alphanumeric() {
        CharClass::Word
    } else if matches!(ch, '。' | '！' | '？' | '，' | '；' | '、') {
        CharClass::Punct
    } else {
        CharClass::Other
    }
}

struct Walker {
    page: Page,
    pending: Pending,
    classes: hints::ClassHints,
    record: Record,
    /// Blocks flushed so far, empty ones included: a span whose element
    /// outlives a flush belongs to a block already gone.
    flushes: u32,
    /// The numbered lists open, innermost last.
    counters: Vec<Counter>,
}

impl Walker {
    fn push_text(&mut self, text: &str, link: bool, pre: bool, ctx: Ctx) {
        let p = &mut self.pending;
        p.inline_ctx = Some(match p.inline_ctx {
            Some(c) => c & ctx,
            None => ctx,
        });
        if pre {
            let before = p.text.chars().next_back();
            p.text.push_str(&hints::strip_invisible(before, text));
        } else if let Some(entering) = p.script_edge.take() {
            // A superscript or subscript (a footnote marker, an exponent)
            // is not glued to the word before or after it, unless it is
            // the end of a word: letters after a number (`1st`, `21ST`,
            // `2e`), lower-case letters after a letter (`Mme`).
            let before = p.text.chars().next_back();
            let after = text.chars().next();
            let word_end = |b: char, a: char| {
                entering && a.is_alphabetic() && (b.is_numeric() || a.is_lowercase())
            };
            if let (Some(b), Some(a)) = (before, after)
                && b.is_alphanumeric()
                && a.is_alphanumeric()
                && !word_end(b, a)
            {
                p.text.push(' ');
                p.space = true;
                p.in_word = false;
            }
        }
        let bytes = text.as_bytes();
        // Start of the text not yet copied: copying waits for whitespace
        // that must be collapsed, so that prose with single spaces between
        // words is copied in one piece.
        let mut run = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            // ASCII bytes are classed by table; other characters are decoded.
            let (class, len) = if b.is_ascii() {
                (ASCII_CLASS[b as usize], 1)
            } else {
                let ch = text[i..].chars().next().unwrap_or(' ');
                if hints::is_invisible(ch) {
                    let before = match text[..i].chars().next_back() {
                        Some(c) => Some(c),
                        None => p.text.chars().next_back(),
                    };
                    if hints::drops_invisible(before, ch) {
                        // Left out of the text, and of nothing else: a
                        // word it sits in stays one word.
                        if !pre {
                            p.text.push_str(&text[run..i]);
                        }
                        i += ch.len_utf8();
                        run = i;
                        continue;
                    }
                }
                (char_class(ch), ch.len_utf8())
            };
            if let CharClass::Space = class {
                if !pre && (b != b' ' || p.space) {
                    // Whitespace to collapse: copy what precedes it, then
                    // one space unless one was just written.
                    if run < i {
                        p.text.push_str(&text[run..i]);
                    }
                    if !p.space {
                        p.text.push(' ');
                        p.space = true;
                    }
                    run = i + len;
                } else {
                    // A single ' ' after text stays in the run.
                    p.space = true;
                }
                p.in_word = false;
            } else {
                p.space = false;
                match class {
                    CharClass::Ideograph => {
                        p.words += 1;
                        p.count_link_word(link);
                        p.in_word = false;
                    }
                    CharClass::Unspaced => {
                        if !p.in_word {
                            p.unspaced = 0;
                        }
                        if p.unspaced.is_multiple_of(UNSPACED_CHARS_PER_WORD) {
                            p.words += 1;
                            p.count_link_word(link);
                        }
                        p.unspaced += 1;
                        p.in_word = true;
                    }
                    CharClass::Word => {
                        if !p.in_word {
                            p.words += 1;
                            p.count_link_word(link);
                            p.in_word = true;
                        }
                        p.unspaced = 0;
                        // The rest of an ASCII word changes nothing: skip it.
                        while bytes.get(i + 1).is_some_and(u8::is_ascii_alphanumeric) {
                            i += 1;
                        }
                    }
                    // Punctuation inside a word ("don't", "3.5") does not split it.
                    CharClass::Punct => p.punct += 1,
                    _ => {}
                }
            }
            i += len;
        }
        if !pre && run < text.len() {
            p.text.push_str(&text[run..]);
        }
    }

    /// A `<br>` outside `pre`: one breaks the line inside the block (the
    /// lines of a poem, an address); a second one with no text since ends
    /// the block, as two breaks in a row end a paragraph in pages written
    /// without `<p>`.
    fn line_break(&mut self, top: &Frame) {
        let p = &mut self.pending;
        if p.text.ends_with('\n') {
            self.flush(top);
        } else if !p.text.is_empty() {
            if p.text.ends_with(' ') {
                p.text.pop();
            }
            p.text.push('\n');
            p.breaks += 1;
            p.space = true;
            p.in_word = false;
            p.end_line();
        }
    }

    fn flush(&mut self, top: &Frame) {
        // The block's text is gathered in one buffer reused for every block,
        // and copied out at its final length: one allocation per block
        // instead of one per doubling of a growing string.
        let mut buffer = std::mem::take(&mut self.pending.text);
        let mut p = std::mem::replace(
            &mut self.pending,
            Pending {
                space: true,
                ..Pending::default()
            },
        );
        self.flushes = self.flushes.wrapping_add(1);
        p.end_line();
        // Outside `pre` the walk never writes a leading space, and collapses
        // the trailing run to one.
        let (lead, body) = if top.pre {
            let body = buffer.trim_end().trim_start_matches('\n');
            (buffer.trim_end().len() - body.len(), body)
        } else {
            // A line break at the end leaves a newline.
            (0, buffer.trim_end_matches([' ', '\n']))
        };
        let keep = !body.is_empty() && p.words > 0;
        let text = if keep {
            body.to_string()
        } else {
            String::new()
        };
        buffer.clear();
        self.pending.text = buffer;
        if !keep {
            return;
        }
        let spans = if p.spans.is_empty() {
            p.spans
        } else {
            fit_spans(p.spans, &text, lead)
        };
        // Breaks at the end of the block were trimmed with its text.
        let lines = if p.breaks == 0 || top.pre {
            1
        } else {
            1 + memchr::memchr_iter(b'\n', text.as_bytes()).count() as u32
        };
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
            longest_link: p.longest_link,
            punct: p.punct,
            list_depth: top.list_depth,
            ordered: top.ordered,
            number: top.item,
            quote: top.quote,
            beside_image: p.beside_image,
            lines,
            time: p.time,
            spans,
        });
    }

    /// Opens a span at the end of the block being filled, if the element
    /// is one that the options ask to record; gives its index + 1, or 0.
    fn open_span(&mut self, el: &Element) -> u32 {
        let kind = match el.name.local {
            local_name!("a") if self.record.links => {
                match attr(el, &local_name!("href")).map(str::trim) {
                    Some(href) if href::allowed(href, href::LINK_SCHEMES) => SpanKind::Link {
                        href: href.to_string(),
                    },
                    _ => return 0,
                }
            }
            local_name!("em") | local_name!("i") | local_name!("cite") | local_name!("dfn")
                if self.record.formatting =>
            {
                SpanKind::Emphasis
            }
            local_name!("strong") | local_name!("b") if self.record.formatting => SpanKind::Strong,
            local_name!("code") | local_name!("kbd") | local_name!("samp") | local_name!("tt")
                if self.record.formatting =>
            {
                SpanKind::Code
            }
            local_name!("sup") if self.record.formatting => SpanKind::Superscript,
            local_name!("sub") if self.record.formatting => SpanKind::Subscript,
            _ => return 0,
        };
        let start = self.pending.text.len();
        self.pending.spans.push(Span {
            start,
            end: usize::MAX,
            kind,
        });
        self.pending.spans.len() as u32
    }

    /// Closes the span an element opened, unless its block was flushed since.
    fn close_span(&mut self, open: &Frame) {
        if open.span != 0 && open.flushes == self.flushes {
            let end = self.pending.text.len();
            if let Some(s) = self.pending.spans.get_mut(open.span as usize - 1) {
                s.end = end;
            }
        }
    }

    /// Records an `img` for [`Record::images`], if it has an address that
    /// may be shown (see [`href::WEB_SCHEMES`]).
    fn image(&mut self, el: &Element, top: &Frame) {
        let mut src = None;
        let mut alt = "";
        let mut lazy = None;
        let mut set = None;
        let usable = |s: &&str| href::allowed(s, href::WEB_SCHEMES);
        for (name, value) in &el.attrs {
            match &*name.local {
                "src" => src = Some(value.trim()),
                "alt" => alt = value,
                "data-src" | "data-lazy-src" | "data-original" | "data-url" => {
                    lazy = Some(value.trim())
                }
                "srcset" | "data-srcset" if set.is_none() => set = href::srcset(value).find(usable),
                "width" | "height" => {
                    let side = value.trim().trim_end_matches("px");
                    if side.parse::<u32>().is_ok_and(|n| n < IMAGE_MIN_SIDE) {
                        return;
                    }
                }
                _ => {}
            }
        }
        // A placeholder (a `data:` address, or none) gives way to the lazy
        // address, then to a candidate of the `srcset`; an address that may
        // not be shown is no better than a placeholder.
        let Some(src) = [src, lazy, set].into_iter().flatten().find(usable) else {
            return;
        };
        self.page.images.push(RawImage {
            at: self.page.blocks.len() as u32,
            elem: top.block,
            table: top.table,
            src: src.to_string(),
            alt: hints::collapse(alt),
            inline_ctx: top.inline,
            in_text: self.pending.words > 0,
        });
    }
}

/// The count of a numbered list (`ol`) open in the walk.
struct Counter {
    /// The list's arena index.
    list: u32,
    /// The number of its next item.
    next: i64,
    /// The step to the item after: 1, or -1 for a `reversed` list.
    step: i64,
}

/// The counter of a numbered list (`ol`) at arena index `idx`: it starts
/// at the list's `start`, or at 1 (at the number of its items when it is
/// `reversed`), and counts up (down when `reversed`).
fn counter(list: ElementRef<'_>, idx: u32) -> Counter {
    let el = list.value();
    let reversed = attr(el, &local_name!("reversed")).is_some();
    let start = attr(el, &local_name!("start")).and_then(|v| v.trim().parse::<i64>().ok());
    let start = start.unwrap_or_else(|| {
        if reversed {
            list.children()
                .filter(|c| {
                    c.value()
                        .as_element()
                        .is_some_and(|e| e.name.local == local_name!("li"))
                })
                .count() as i64
        } else {
            1
        }
    });
    Counter {
        list: idx,
        next: start,
        step: if reversed { -1 } else { 1 },
    }
}

impl Walker {
    /// The number of a list item (`li`) of the numbered list `list`: its
    /// own `value`, or the next of the list's count; the count goes on
    /// from it.
    fn next_number(&mut self, el: &Element, list: Option<u32>) -> Option<u32> {
        let list = list?;
        let counter = self.counters.iter_mut().rev().find(|c| c.list == list)?;
        let number = attr(el, &local_name!("value"))
            .and_then(|v| v.trim().parse::<i64>().ok())
            .unwrap_or(counter.next);
        counter.next = number.saturating_add(counter.step);
        u32::try_from(number.max(0)).ok()
    }
}

/// Fits the spans of a block to its trimmed text: offsets moved by the
/// `lead` bytes trimmed at its start, spans still open closed at its end,
/// whitespace at either end of a span left out, empty spans dropped.
fn fit_spans(spans: Vec<Span>, text: &str, lead: usize) -> Vec<Span> {
    let len = text.len();
    spans
        .into_iter()
        .filter_map(|mut s| {
            s.start = s.start.saturating_sub(lead).min(len);
            s.end = s.end.saturating_sub(lead).min(len);
            let inner = text.get(s.start..s.end)?;
            s.start += inner.len() - inner.trim_start().len();
            s.end -= inner.len() - inner.trim_end().len();
            (s.start < s.end).then_some(s)
        })
        .collect()
}

impl Frame {
    /// The walk's first frame: the root, outside any link, table or list.
    fn root() -> Frame {
        Frame {
            block: 0,
            ctx: Ctx::empty(),
            inline: Ctx::empty(),
            link: false,
            is_block: true,
            pre: false,
            row: None,
            table: None,
            list: None,
            list_depth: 0,
            ordered: false,
            quote: false,
            item: None,
            script: false,
            span: 0,
            flushes: 0,
        }
    }

    /// The frame of element `el`, with hints `own`, entered under `top`
    /// (in block `parent`): what it inherits, before its own kind is known.
    fn child(top: Option<&Frame>, parent: u32, own: Ctx, el: &Element, flushes: u32) -> Frame {
        Frame {
            block: parent,
            ctx: top.map_or(Ctx::empty(), |t| t.ctx) | own,
            inline: top.map_or(Ctx::empty(), |t| t.inline) | own,
            link: top.is_some_and(|t| t.link)
                || (el.name.local == local_name!("a")
                    && el.attrs.iter().any(|(n, _)| n.local == local_name!("href"))),
            is_block: false,
            pre: top.is_some_and(|t| t.pre),
            row: top.and_then(|t| t.row),
            table: top.and_then(|t| t.table),
            list: top.and_then(|t| t.list),
            list_depth: top.map_or(0, |t| t.list_depth),
            ordered: top.is_some_and(|t| t.ordered),
            quote: top.is_some_and(|t| t.quote),
            item: top.and_then(|t| t.item),
            script: false,
            span: 0,
            flushes,
        }
    }
}

impl Walker {
    fn new(record: Record) -> Walker {
        let mut w = Walker {
            page: Page::default(),
            pending: Pending {
                space: true,
                ..Pending::default()
            },
            classes: hints::ClassHints::default(),
            record,
            flushes: 0,
            counters: Vec::new(),
        };
        w.page.elems.push(Elem {
            parent: 0,
            tag: Tag::Container,
            name: html5ever::local_name!("html"),
            ctx: Ctx::empty(),
            own: Ctx::empty(),
            image: false,
        });
        w
    }

    /// Enters element `e` under the frame `top`: records what it is, and
    /// gives the frame to push when its children are to be visited (`None`
    /// for a skipped or hidden element, and a line break).
    fn enter(&mut self, e: ElementRef<'_>, top: Option<Frame>) -> Option<Frame> {
        let el = e.value();
        let name = &el.name.local;
        let parent = top.map_or(0, |o| o.block);
        let role = if self.record.noscript && *name == local_name!("noscript") {
            Role::Block(Tag::Container)
        } else {
            role(name)
        };
        if matches!(
            *name,
            local_name!("img") | local_name!("picture") | local_name!("video")
        ) {
            if let Some(e) = self.page.elems.get_mut(parent as usize) {
                e.image = true;
            }
            if *name != local_name!("video") && hints::is_floated(el) {
                self.pending.floated_image();
            }
        }
        if matches!(role, Role::Skip) || (!self.record.hidden && is_hidden(el)) {
            if *name == local_name!("noscript") {
                self.page.noscript_bytes += e
                    .children()
                    .filter_map(|c| c.value().as_text())
                    .map(|t| t.len())
                    .sum::<usize>();
            }
            return None;
        }
        // The root elements' classes describe the document's state and
        // template (`cookie-banner-visible`, `modal-open`, `has-sidebar`),
        // not a box on the page: every element lies inside them.
        let mut own = if matches!(*name, local_name!("html") | local_name!("body")) {
            hints::Ctx::empty()
        } else {
            hints::element_ctx(el, &mut self.classes)
        };
        // A form with no field to fill in is a wrapper (a post's text held
        // in the form that edits it in place), not a form box.
        if *name == local_name!("form") && !has_field(e) {
            own = own.without(hints::Ctx::FORM);
        }
        let frame = Frame::child(top.as_ref(), parent, own, el, self.flushes);
        match role {
            Role::Break => {
                if let Some(top) = top {
                    if top.pre {
                        self.pending.text.push('\n');
                    } else {
                        self.line_break(&top);
                    }
                }
                None
            }
            Role::Block(tag) => Some(self.open_block(e, tag, own, frame, top)),
            Role::Inline => Some(self.open_inline(el, frame)),
            Role::Skip => None,
        }
    }

    /// Opens a block-level element: ends the block being filled, adds the
    /// element to the arena, and starts what it opens (a table, a list, a
    /// numbered item).
    fn open_block(
        &mut self,
        e: ElementRef<'_>,
        tag: Tag,
        own: Ctx,
        mut frame: Frame,
        top: Option<Frame>,
    ) -> Frame {
        let el = e.value();
        if let Some(top) = top {
            self.flush(&top);
        }
        let idx = self.page.elems.len() as u32;
        self.page.elems.push(Elem {
            parent: frame.block,
            tag,
            name: el.name.local.clone(),
            ctx: frame.ctx,
            own,
            image: false,
        });
        frame.block = idx;
        frame.is_block = true;
        frame.inline = Ctx::empty();
        match tag {
            Tag::Pre => frame.pre = true,
            Tag::Quote => frame.quote = true,
            Tag::Row => frame.row = Some(idx),
            Tag::Table => {
                frame.table = Some(idx);
                frame.row = None;
            }
            Tag::List { ordered } => {
                frame.list = Some(idx);
                frame.list_depth = frame.list_depth.saturating_add(1);
                frame.ordered = ordered;
                frame.item = None;
                if ordered {
                    self.counters.push(counter(e, idx));
                }
            }
            Tag::ListItem if frame.ordered && el.name.local == local_name!("li") => {
                frame.item = self.next_number(el, frame.list);
            }
            _ => {}
        }
        frame
    }

    /// Opens an inline element: a span when links or formatting are
    /// recorded, a `<time>`'s date, a superscript's edge, an image.
    fn open_inline(&mut self, el: &Element, mut frame: Frame) -> Frame {
        let name = &el.name.local;
        if (self.record.links || self.record.formatting) && !frame.pre {
            frame.span = self.open_span(el);
        }
        if *name == local_name!("a") && frame.link {
            self.pending.link_run = 0;
        }
        if *name == local_name!("time") && self.pending.time.is_none() {
            self.pending.time = attr(el, &local_name!("datetime"))
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty());
        }
        if matches!(*name, local_name!("sup") | local_name!("sub")) {
            frame.script = true;
            self.pending.script_edge = Some(true);
        }
        if self.record.images && *name == local_name!("img") {
            self.image(el, &frame);
        }
        frame
    }

    /// Leaves the element of `frame`: ends its block, its list's count,
    /// its span or its superscript.
    fn leave(&mut self, frame: Frame) {
        if frame.is_block {
            self.flush(&frame);
            if self.counters.last().is_some_and(|c| c.list == frame.block) {
                self.counters.pop();
            }
        } else {
            if frame.span != 0 {
                self.close_span(&frame);
            }
            if frame.script {
                self.pending.script_edge = Some(false);
            }
        }
    }
}

/// Walks the DOM once and returns the page as blocks, with the spans and
/// images that `record` asks for.
pub(crate) fn collect(doc: &Html, record: Record) -> Page {
    let mut w = Walker::new(record);
    let mut stack: Vec<Frame> = vec![Frame::root()];
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
                let name = &el.name.local;
                if let Some(e) = ElementRef::wrap(node) {
                    w.page.signals.observe(e);
                }
                if *name == local_name!("head") && w.page.base.is_none() {
                    w.page.base = node
                        .descendants()
                        .filter_map(ElementRef::wrap)
                        .filter(|d| d.value().name.local == local_name!("base"))
                        .find_map(|d| attr(d.value(), &local_name!("href")))
                        .map(|h| h.trim().to_string());
                }
                if let Some(e) = ElementRef::wrap(node)
                    && let Some(frame) = w.enter(e, stack.last().copied())
                {
                    stack.push(frame);
                    descend = true;
                }
            }
            _ => {}
        }
        if descend && let Some(child) = node.first_child() {
            node = child;
            continue 'walk;
        }
        // Leave `node` (if it was pushed) and climb until a next sibling exists.
        let mut leaving = node;
        let mut pushed = descend;
        loop {
            if pushed && let Some(frame) = stack.pop() {
                w.leave(frame);
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

#[cfg(test)]
mod tests {
    use super::*;

    fn page(html: &str) -> Page {
        collect(&crate::parse::parse(html, true), Record::default())
    }

    #[test]
    fn whitespace_collapses_to_single_spaces_outside_pre() {
        let p = page(
            "<p>  The\tharbour \n\n was&nbsp;&nbsp;closed <b> on </b>  Tuesday.  </p>\
             <pre>\n  let x = 1;\n\n  x  + 1\n</pre>",
        );
        assert_eq!(p.blocks[0].text, "The harbour was closed on Tuesday.");
        assert_eq!(p.blocks[1].text, "  let x = 1;\n\n  x  + 1");
    }

    #[test]
    fn words_links_and_punctuation_are_counted_across_inline_elements() {
        let p = page(
            "<p>Don't pay 3.5 times, <a href='/x'>read the <em>full</em> guide</a>! \
             — said (one) <a>anchor</a>.</p><p>東京で雨。</p>",
        );
        let b = &p.blocks[0];
        // Don't, pay, 3.5, times, read, the, full, guide, said, one, anchor.
        assert_eq!(b.words, 11);
        // Only `<a href>` counts as a link.
        assert_eq!(b.link_words, 4);
        // The dot of "3.5", `,`, `!` and the last `.` (a mark inside a word
        // does not split it, but counts); the apostrophe is not one.
        assert_eq!(b.punct, 4);
        // Each CJK character is a word; `。` is punctuation.
        assert_eq!((p.blocks[1].words, p.blocks[1].punct), (4, 1));
    }

    #[test]
    fn thai_without_spaces_between_words_counts_a_word_every_few_characters() {
        // Two phrases of 23 and 15 characters (เมื่อวันอังคารที่ผ่านมา: six
        // words), the second in a link.
        let p = page("<p>เมื่อวันอังคารที่ผ่านมา <a href='/x'>ฝนตกหนักทั้งคืน</a></p><p>ข่าว</p>");
        let b = &p.blocks[0];
        assert_eq!((b.words, b.link_words), (6 + 4, 4));
        // A one-word label is still one word.
        assert_eq!(p.blocks[1].words, 1);
    }

    #[test]
    fn forgetting_an_element_s_own_hints_keeps_those_of_its_ancestors() {
        let mut p =
            page("<div class='sidebar'><ul class='related-stories'><li>One story</li></ul></div>");
        let list = p
            .elems
            .iter()
            .position(|e| matches!(e.tag, Tag::List { .. }))
            .expect("ul");
        let item = p.blocks[0].elem as usize;
        let mut forget = vec![Ctx::empty(); p.elems.len()];
        forget[list] = Ctx::RELATED | Ctx::ASIDE;
        p.forget_own_hints(&forget);
        assert!(!p.elems[list].own.any(Ctx::RELATED));
        assert!(!p.elems[item].ctx.any(Ctx::RELATED));
        assert!(p.elems[item].ctx.any(Ctx::ASIDE));
    }

    #[test]
    fn the_longest_link_of_a_block_is_counted_link_by_link() {
        let p = page(
            "<li><a href='/a'>Harbour wall repairs begin</a> <a href='/b'>today</a> by Jo</li>\
             <li><a href='/u'>12 points</a> by <a href='/j'>jane</a> <a href='/c'>3 comments</a></li>",
        );
        // Two links side by side are two links, not one of five words.
        assert_eq!((p.blocks[0].link_words, p.blocks[0].longest_link), (5, 4));
        assert_eq!((p.blocks[1].link_words, p.blocks[1].longest_link), (5, 2));
    }

    #[test]
    fn hidden_and_skipped_elements_give_no_blocks() {
        let p = page(
            "<div hidden><p>gone one</p></div><p style='display: NONE'>gone two</p>\
             <p aria-hidden='true'>gone three</p><script>var gone = 4;</script>\
             <div hidden id='S:0'><p>streamed in</p></div><p>kept</p>",
        );
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["streamed in", "kept"]);
    }

    #[test]
    fn hidden_panes_classed_as_tabs_give_blocks() {
        let p = page(
            "<div class='tab-pane active'><p>Overview</p></div>\
             <div class='tab-pane fade' style='display: none'><p>Specifications</p></div>\
             <div class='Tabs-Panel' hidden><p>Care</p></div>\
             <div class='tab-pane-header' hidden><p>gone</p></div>",
        );
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, ["Overview", "Specifications", "Care"]);
    }

    #[test]
    fn hidden_tab_panels_give_blocks() {
        let p = page(
            "<div role='tabpanel'><pre>apt install quay</pre></div>\
             <div role='tabpanel' hidden><pre>winget install quay</pre></div>\
             <div role='tabpanel' aria-hidden='true' style='display:none'><pre>brew install quay</pre></div>\
             <div role='region' hidden><p>gone</p></div>",
        );
        let texts: Vec<&str> = p.blocks.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "apt install quay",
                "winget install quay",
                "brew install quay"
            ]
        );
    }

    #[test]
    fn spans_are_recorded_only_when_asked_and_end_with_their_block() {
        let html = "<p>The <a href='/a'> harbour <em>wall</em> </a>held.</p>\
                    <p><a href='/b'>Two lines<br>of one link</a> and <b></b>more.</p>\
                    <p><a href='/c'>Two paragraphs<br><br>of one link</a> end.</p>";
        let dom = crate::parse::parse(html, true);
        assert!(collect(&dom, Record::default()).blocks[0].spans.is_empty());
        let record = Record {
            links: true,
            formatting: true,
            images: false,
            noscript: false,
            hidden: false,
        };
        let p = collect(&dom, record);
        let spans = |b: &RawBlock| -> Vec<String> {
            b.spans
                .iter()
                .map(|s| b.text[s.start..s.end].to_string())
                .collect()
        };
        // Whitespace at a span's ends is left out.
        assert_eq!(p.blocks[0].text, "The harbour wall held.");
        assert_eq!(spans(&p.blocks[0]), ["harbour wall", "wall"]);
        // A line break stays inside the block and the link; the empty `b`
        // gives no span.
        assert_eq!(p.blocks[1].text, "Two lines\nof one link and more.");
        assert_eq!(spans(&p.blocks[1]), ["Two lines\nof one link"]);
        // Two breaks in a row end the block, and the link with it.
        assert_eq!(spans(&p.blocks[2]), ["Two paragraphs"]);
        assert_eq!(p.blocks[3].text, "of one link end.");
        assert!(p.blocks[3].spans.is_empty());
    }
}
