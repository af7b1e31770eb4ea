//! Stage 2, parse: takes the page as text and gives the DOM.
//!
//! The DOM is `scraper`'s, built by html5ever's tokenizer and tree builder
//! (the algorithm browsers follow), so malformed markup is repaired the way a
//! browser repairs it. One thing is added between the two: a filter on the
//! token stream that bounds the depth of the tree, as browsers do.
//!
//! Why: the tree builder scans its stack of open elements on many tags, so a
//! page nested `n` deep costs time in `n²` (100,000 nested `<div>`s take half
//! a minute), and deep trees overflow the stack of recursive walkers. The
//! filter keeps a light model of the stack of open elements — the element
//! names, closed by their end tags and by the implied end tags that matter
//! for depth (`p`, `li`, `dd`/`dt`, table rows and cells, `option`,
//! headings) — and drops any start tag that would nest deeper than
//! [`MAX_NESTING`], together with its end tag. The text inside is kept; it
//! lands in the deepest element admitted. Real pages never come near the
//! bound, so for them the tree is exactly the one the tree builder alone
//! would build; the filter costs one short stack operation per tag. The
//! filter also joins the pieces of a run of text into one token, which
//! builds the same tree at a lower cost per piece.

use std::borrow::Cow;
use std::cell::{Cell, RefCell};

use ego_tree::Tree;
use html5ever::buffer_queue::BufferQueue;
use html5ever::tendril::StrTendril;
use html5ever::tokenizer::states::RawKind;
use html5ever::tokenizer::{
    Tag, TagKind, Token, TokenSink, TokenSinkResult, Tokenizer, TokenizerOpts,
};
use html5ever::tree_builder::{TreeBuilder, TreeBuilderOpts, TreeSink};
use html5ever::{LocalName, TokenizerResult, local_name};
use scraper::{Html, HtmlTreeSink, Node};

use crate::tuning::{MAX_NESTING, MAX_OPEN_FORMATTING, MAX_RESERVED_NODES, PARSE_CHUNK_BYTES};

/// Parses a whole HTML document, nesting bounded at [`MAX_NESTING`].
///
/// With `scripting`, the page is parsed as a browser running scripts parses
/// it: `<noscript>` holds its markup as one text node. Without, as a browser
/// with scripts off: the markup in `<noscript>` becomes elements.
pub(crate) fn parse(html: &str, scripting: bool) -> Html {
    // The tree's nodes are held in one vector: sized up front from the
    // count of `<`, it is not copied over and over as it grows. Half the
    // tags are end tags, and there is a text at most between two tags.
    let mut document = Html::new_document();
    let tags = memchr::memchr_iter(b'<', html.as_bytes()).count();
    let nodes = (tags + tags / 2).min(MAX_RESERVED_NODES);
    document.tree = Tree::with_capacity(Node::Document, nodes);
    let builder = TreeBuilder::new(
        HtmlTreeSink::new(document),
        TreeBuilderOpts {
            scripting_enabled: scripting,
            ..TreeBuilderOpts::default()
        },
    );
    let mut cap = DepthCap::new(builder);
    cap.stack.get_mut().scripting = scripting;
    let tokenizer = Tokenizer::new(cap, TokenizerOpts::default());
    // The page is fed in pieces, as a page arriving from the network would
    // be: a piece the tree no longer needs is freed as parsing goes on, and
    // a piece this size comes from the allocator's heap rather than from
    // fresh pages of its own (a 50 MB page parses in about 7% less time).
    let input = BufferQueue::default();
    let mut rest = html;
    loop {
        match tokenizer.feed(&input) {
            TokenizerResult::Done => {
                if rest.is_empty() {
                    break;
                }
                let mut cut = rest.len().min(PARSE_CHUNK_BYTES);
                while !rest.is_char_boundary(cut) {
                    cut += 1;
                }
                let (chunk, tail) = rest.split_at(cut);
                rest = tail;
                input.push_back(StrTendril::from_slice(chunk));
            }
            // The tokenizer pauses for a script to run or at an encoding
            // declaration (the text is decoded already): neither needs
            // anything. It also pauses where the filter asked, at the start
            // of a script's or a style sheet's text.
            _ => {
                if let Some((kind, name)) = tokenizer.sink.raw_text.take() {
                    rest = raw_text(&tokenizer, &input, html, rest, kind, &name);
                }
            }
        }
    }
    tokenizer.end();
    tokenizer.sink.inner.sink.finish()
}

/// Hands the text of a script or a style sheet to the tree builder in one
/// piece, from the tokenizer's position up to the end tag, and gives the
/// rest of the page to feed on from that end tag (the tokenizer, back in its
/// data state, reads it as it would have). Why: the tokenizer reads such
/// text a character at a time around each `<` and line break, and it is a
/// third of a news page's bytes; one search for the end tag does the same.
/// A script whose text holds `<!--` before its end tag is left to the
/// tokenizer: there the end tag can be escaped.
fn raw_text<'a, S: TokenSink>(
    tokenizer: &Tokenizer<DepthCap<S>>,
    input: &BufferQueue,
    html: &'a str,
    rest: &'a str,
    kind: RawKind,
    name: &LocalName,
) -> &'a str {
    let mut pieces = Vec::new();
    let mut queued = 0;
    while let Some(piece) = input.pop_front() {
        queued += piece.len();
        pieces.push(piece);
    }
    let at = html.len() - rest.len() - queued;
    let body = &html[at..];
    let len = raw_text_len(body, name);
    if kind == RawKind::ScriptData
        && memchr::memmem::find(&body.as_bytes()[..len], b"<!--").is_some()
    {
        // A start tag the filter swallows puts the tokenizer back in the
        // script data state, where it was.
        tokenizer.sink.resume_script.set(true);
        input.push_back(StrTendril::from_slice("<script>"));
        for piece in pieces {
            input.push_back(piece);
        }
        return rest;
    }
    if len > 0 {
        let text = preprocess(&body[..len]);
        // Line numbers only label parse errors, which nothing reads.
        let _ = tokenizer
            .sink
            .process_token(Token::CharacterTokens(StrTendril::from_slice(&text)), 1);
    }
    // The text is dropped from the pieces queued, which share the page's
    // copy, and from the rest of the page beyond them.
    let mut skip = len;
    for mut piece in pieces {
        if skip >= piece.len() {
            skip -= piece.len();
            continue;
        }
        if skip > 0 && piece.try_pop_front(skip as u32).is_err() {
            return &body[len..];
        }
        skip = 0;
        input.push_back(piece);
    }
    &rest[skip..]
}

/// Bytes of `text` before the end tag `</name` followed by a space, `/` or
/// `>` (the name in any case), or all of it: where the tokenizer ends a
/// script's or a style sheet's text.
fn raw_text_len(text: &str, name: &LocalName) -> usize {
    let bytes = text.as_bytes();
    let name = name.as_bytes();
    memchr::memmem::find_iter(bytes, b"</")
        .find(|&i| {
            let after = &bytes[i + 2..];
            after.len() > name.len()
                && after[..name.len()].eq_ignore_ascii_case(name)
                && matches!(
                    after[name.len()],
                    b'\t' | b'\n' | b'\x0C' | b'\r' | b' ' | b'/' | b'>'
                )
        })
        .unwrap_or(bytes.len())
}

/// The text as the tokenizer gives it: line breaks (CR LF, CR) as LF, NUL
/// as U+FFFD.
fn preprocess(text: &str) -> Cow<'_, str> {
    if memchr::memchr2(b'\r', 0, text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.replace("\r\n", "\n")
            .replace('\r', "\n")
            .replace('\0', "\u{fffd}"),
    )
}

/// A token sink that passes tokens on to `inner` (the tree builder) unless
/// they would nest the tree too deep.
///
/// It also pauses the tokenizer where a script's or a style sheet's text
/// starts, for [`raw_text`] to hand that text over in one piece.
struct DepthCap<S> {
    inner: S,
    stack: RefCell<Stack>,
    /// The kind of text the element just opened holds, and its name, when
    /// the tokenizer was paused at its start.
    raw_text: Cell<Option<(RawKind, LocalName)>>,
    /// The next start tag is the one [`raw_text`] added to put the tokenizer
    /// back in the script data state: swallowed.
    resume_script: Cell<bool>,
    /// Text the tokenizer gave since the last other token, with the line
    /// it started on, passed on in one piece before the next other token.
    /// Why: the tokenizer gives a run of text in many pieces (each line
    /// break is one), and the tree builder's cost is per token; the
    /// standard builds the tree a character at a time, so the pieces joined
    /// build the same tree.
    text: RefCell<(StrTendril, u64)>,
}

impl<S> DepthCap<S> {
    fn new(inner: S) -> Self {
        DepthCap {
            inner,
            stack: RefCell::new(Stack::default()),
            raw_text: Cell::new(None),
            resume_script: Cell::new(false),
            text: RefCell::new((StrTendril::new(), 0)),
        }
    }
}

impl<S: TokenSink> DepthCap<S> {
    /// Passes the text held back on to the tree builder.
    fn flush_text(&self) {
        let (text, line) = std::mem::take(&mut *self.text.borrow_mut());
        if !text.is_empty() {
            // Text never pauses the tokenizer nor changes its state.
            let _ = self.inner.process_token(Token::CharacterTokens(text), line);
        }
    }
}

impl<S: TokenSink> TokenSink for DepthCap<S> {
    type Handle = S::Handle;

    fn process_token(&self, token: Token, line_number: u64) -> TokenSinkResult<S::Handle> {
        if let Token::CharacterTokens(piece) = token {
            let mut text = self.text.borrow_mut();
            if text.0.is_empty() {
                *text = (piece, line_number);
            } else {
                text.0.push_tendril(&piece);
            }
            return TokenSinkResult::Continue;
        }
        self.flush_text();
        let mut raw_name = None;
        if let Token::TagToken(tag) = &token {
            if self.resume_script.take() {
                return TokenSinkResult::RawData(RawKind::ScriptData);
            }
            if tag.kind == TagKind::StartTag && is_raw_text(&tag.name) {
                raw_name = Some(tag.name.clone());
            }
            let admitted = match tag.kind {
                TagKind::StartTag => self.stack.borrow_mut().open(tag),
                TagKind::EndTag => self.stack.borrow_mut().close(&tag.name),
            };
            if !admitted {
                return TokenSinkResult::Continue;
            }
        }
        match (self.inner.process_token(token, line_number), raw_name) {
            (
                TokenSinkResult::RawData(kind @ (RawKind::Rawtext | RawKind::ScriptData)),
                Some(name),
            ) => {
                self.raw_text.set(Some((kind, name)));
                TokenSinkResult::EncodingIndicator(StrTendril::new())
            }
            (result, _) => result,
        }
    }

    fn end(&self) {
        self.flush_text();
        self.inner.end();
    }

    fn adjusted_current_node_present_but_not_in_html_namespace(&self) -> bool {
        // The text held back may open elements (a `body`, in the head).
        self.flush_text();
        self.inner
            .adjusted_current_node_present_but_not_in_html_namespace()
    }
}

/// The model of the tree builder's stack of open elements.
#[derive(Default)]
struct Stack {
    /// Open elements, innermost last.
    open: Vec<Open>,
    /// Open `svg`/`math` elements: inside them `<x/>` closes itself.
    foreign: usize,
    /// Formatting elements opened and not yet closed by their end tag or by
    /// the end of the table cell (or other marker) they were opened in.
    formatting: usize,
    /// Start tags dropped, by name, whose end tags are still to come.
    dropped: Vec<(LocalName, usize)>,
    /// The kinds of the tag names met lately: a cache indexed by the
    /// name's hash, so that the common tags are classed once, not on every
    /// tag (filled on first use).
    cache: Vec<(LocalName, u16)>,
    /// Whether the page is parsed as with scripts on, so that `<noscript>`
    /// holds text, not markup.
    scripting: bool,
    /// Open `p` and `a` elements: a start tag that would close one looks
    /// for it through the stack only when there is one to find, so that
    /// the common tags cost no search.
    open_p: usize,
    open_a: usize,
}

/// One open element of the model.
struct Open {
    name: LocalName,
    /// What the element is ([`kinds`]), worked out once when it opens.
    kinds: u16,
    /// For elements that put a marker in the list of active formatting
    /// elements (table cells, captions, ...): the count of open formatting
    /// elements before, restored when the element closes.
    formatting_before: Option<usize>,
}

impl Stack {
    /// A start tag: updates the model and says whether to pass the tag on.
    fn open(&mut self, tag: &Tag) -> bool {
        let name = &tag.name;
        let k = self.kinds_of(name);
        if k & VOID != 0 || (tag.self_closing && self.foreign > 0) {
            return true;
        }
        self.close_implied(name, k);
        // Raw-text elements hold no markup, so they add one level at most;
        // dropping one would make the tokenizer read its text as markup.
        let raw_text = k & RAW_TEXT != 0 && (self.scripting || *name != local_name!("noscript"));
        let formatting = k & FORMATTING != 0;
        if !raw_text
            && (self.open.len() >= MAX_NESTING
                || (formatting && self.formatting >= MAX_OPEN_FORMATTING))
        {
            match self.dropped.iter_mut().find(|(n, _)| n == name) {
                Some((_, count)) => *count += 1,
                None => self.dropped.push((name.clone(), 1)),
            }
            return false;
        }
        if formatting {
            self.formatting += 1;
        }
        if k & FOREIGN != 0 {
            self.foreign += 1;
        }
        let formatting_before = (k & MARKER != 0).then_some(self.formatting);
        self.count(k, 1);
        self.open.push(Open {
            name: name.clone(),
            kinds: k,
            formatting_before,
        });
        true
    }

    /// The kinds of a tag name, from the cache when it was met lately.
    fn kinds_of(&mut self, name: &LocalName) -> u16 {
        const SLOTS: usize = 64;
        if self.cache.is_empty() {
            let empty = LocalName::default();
            let k = kinds(&empty);
            self.cache = vec![(empty, k); SLOTS];
        }
        let slot = &mut self.cache[name.get_hash() as usize % SLOTS];
        if slot.0 != *name {
            *slot = (name.clone(), kinds(name));
        }
        slot.1
    }

    /// An end tag: updates the model and says whether to pass the tag on.
    fn close(&mut self, name: &LocalName) -> bool {
        if let Some(i) = self.dropped.iter().position(|(n, _)| n == name) {
            self.dropped[i].1 -= 1;
            if self.dropped[i].1 == 0 {
                self.dropped.swap_remove(i);
            }
            return false;
        }
        // An end tag mostly closes the innermost element, whose kinds are
        // known already.
        let k = match self.open.last() {
            Some(o) if o.name == *name => o.kinds,
            _ => self.kinds_of(name),
        };
        if k & FORMATTING != 0 {
            self.formatting = self.formatting.saturating_sub(1);
        }
        match *name {
            // The tree builder never pops these; what follows still goes
            // into the body.
            local_name!("body") | local_name!("html") => {}
            local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6") => self.pop_through(|o| o.kinds & HEADING != 0, |_| false),
            _ => self.pop_through(|o| o.name == *name, |_| false),
        }
        true
    }

    /// Closes what the start tag `name` (of kinds `k`) closes implicitly.
    fn close_implied(&mut self, name: &LocalName, k: u16) {
        if k & (IMPLIES | CLOSES_P | HEADING) == 0 {
            return;
        }
        match *name {
            local_name!("li") => self.pop_through(
                |o| o.name == local_name!("li"),
                |o| o.kinds & SPECIAL != 0 && o.kinds & LIST_ITEM_PASSABLE == 0,
            ),
            local_name!("dd") | local_name!("dt") => self.pop_through(
                |o| matches!(o.name, local_name!("dd") | local_name!("dt")),
                |o| o.kinds & SPECIAL != 0 && o.kinds & LIST_ITEM_PASSABLE == 0,
            ),
            local_name!("td") | local_name!("th") => self.pop_through(
                |o| matches!(o.name, local_name!("td") | local_name!("th")),
                |o| o.name == local_name!("table"),
            ),
            local_name!("tr") => self.pop_through(
                |o| o.name == local_name!("tr"),
                |o| o.name == local_name!("table"),
            ),
            local_name!("tbody") | local_name!("thead") | local_name!("tfoot") => self.pop_through(
                |o| {
                    matches!(
                        o.name,
                        local_name!("tbody") | local_name!("thead") | local_name!("tfoot")
                    )
                },
                |o| o.name == local_name!("table"),
            ),
            local_name!("option") | local_name!("optgroup") => {
                while self.open.last().is_some_and(|o| {
                    o.name == local_name!("option")
                        || (*name == local_name!("optgroup") && o.name == local_name!("optgroup"))
                }) {
                    self.pop();
                }
            }
            local_name!("a") if self.open_a == 0 => {}
            local_name!("a") | local_name!("nobr") | local_name!("button") => {
                self.pop_through(|o| o.name == *name, |o| o.kinds & SCOPE_BOUNDARY != 0)
            }
            _ => {}
        }
        if k & CLOSES_P != 0 && self.open_p > 0 {
            self.pop_through(
                |o| o.name == local_name!("p"),
                |o| o.kinds & SCOPE_BOUNDARY != 0,
            );
        }
        if k & HEADING != 0 && self.open.last().is_some_and(|o| o.kinds & HEADING != 0) {
            self.pop();
        }
    }

    /// Pops through the innermost open element that `target` accepts, unless
    /// an element that `stop` accepts is met first (searching from the top).
    fn pop_through(&mut self, target: impl Fn(&Open) -> bool, stop: impl Fn(&Open) -> bool) {
        let Some(i) = self
            .open
            .iter()
            .rev()
            .take_while(|o| target(o) || !stop(o))
            .position(&target)
        else {
            return;
        };
        let keep = self.open.len() - 1 - i;
        while self.open.len() > keep {
            self.pop();
        }
    }

    /// Counts an element in (`by` 1) or out (`by` -1) of the open `p`
    /// and `a` elements.
    fn count(&mut self, kinds: u16, by: isize) {
        if kinds & PARAGRAPH != 0 {
            self.open_p = self.open_p.saturating_add_signed(by);
        } else if kinds & ANCHOR != 0 {
            self.open_a = self.open_a.saturating_add_signed(by);
        }
    }

    fn pop(&mut self) {
        if let Some(o) = self.open.pop() {
            self.count(o.kinds, -1);
            if o.kinds & FOREIGN != 0 {
                self.foreign = self.foreign.saturating_sub(1);
            }
            if let Some(before) = o.formatting_before {
                self.formatting = self.formatting.min(before);
            }
        }
    }
}

/// Kinds of element, as bits: a heading.
const HEADING: u16 = 1;
/// Bounds the scope in which an open `p`, `a` or `button` is looked for.
const SCOPE_BOUNDARY: u16 = 1 << 1;
/// Special, in the standard's sense.
const SPECIAL: u16 = 1 << 2;
/// Special, but passed through when looking for an open `li`.
const LIST_ITEM_PASSABLE: u16 = 1 << 3;
/// `svg` or `math`.
const FOREIGN: u16 = 1 << 4;
/// Void: no content, no end tag.
const VOID: u16 = 1 << 5;
/// Raw text: its content is read as text.
const RAW_TEXT: u16 = 1 << 6;
/// A formatting element.
const FORMATTING: u16 = 1 << 7;
/// Puts a marker in the list of active formatting elements.
const MARKER: u16 = 1 << 8;
/// Its start tag closes an open `p`.
const CLOSES_P: u16 = 1 << 9;
/// Its start tag closes an open element of its own kind (`li`, `td`, `a`, ...).
const IMPLIES: u16 = 1 << 10;
/// `p`.
const PARAGRAPH: u16 = 1 << 11;
/// `a`.
const ANCHOR: u16 = 1 << 12;

/// What an element is to the model, as bits, so that the model tests bits
/// rather than comparing names.
fn kinds(name: &LocalName) -> u16 {
    let bits = [
        (is_heading(name), HEADING),
        (is_scope_boundary(name), SCOPE_BOUNDARY),
        (is_special(name), SPECIAL),
        (is_list_item_passable(name), LIST_ITEM_PASSABLE),
        (
            matches!(*name, local_name!("svg") | local_name!("math")),
            FOREIGN,
        ),
        (is_void(name), VOID),
        (is_raw_text(name), RAW_TEXT),
        (is_formatting(name), FORMATTING),
        (is_marker(name), MARKER),
        (closes_p(name), CLOSES_P),
        (
            matches!(
                *name,
                local_name!("li")
                    | local_name!("dd")
                    | local_name!("dt")
                    | local_name!("td")
                    | local_name!("th")
                    | local_name!("tr")
                    | local_name!("tbody")
                    | local_name!("thead")
                    | local_name!("tfoot")
                    | local_name!("option")
                    | local_name!("optgroup")
                    | local_name!("a")
                    | local_name!("nobr")
                    | local_name!("button")
            ),
            IMPLIES,
        ),
        (*name == local_name!("p"), PARAGRAPH),
        (*name == local_name!("a"), ANCHOR),
    ];
    bits.iter().filter(|(on, _)| *on).fold(0, |k, (_, b)| k | b)
}

/// Elements without content or end tag.
fn is_void(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("area")
            | local_name!("base")
            | local_name!("basefont")
            | local_name!("bgsound")
            | local_name!("br")
            | local_name!("col")
            | local_name!("embed")
            | local_name!("frame")
            | local_name!("hr")
            | local_name!("image")
            | local_name!("img")
            | local_name!("input")
            | local_name!("keygen")
            | local_name!("link")
            | local_name!("meta")
            | local_name!("param")
            | local_name!("source")
            | local_name!("track")
            | local_name!("wbr")
    )
}

/// Elements whose content the tokenizer reads as text, not markup.
fn is_raw_text(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("script")
            | local_name!("style")
            | local_name!("textarea")
            | local_name!("title")
            | local_name!("xmp")
            | local_name!("iframe")
            | local_name!("noembed")
            | local_name!("noframes")
            | local_name!("noscript")
            | local_name!("plaintext")
    )
}

/// The formatting elements, which the tree builder re-opens after a block
/// boundary when they were left open.
fn is_formatting(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("a")
            | local_name!("b")
            | local_name!("big")
            | local_name!("code")
            | local_name!("em")
            | local_name!("font")
            | local_name!("i")
            | local_name!("nobr")
            | local_name!("s")
            | local_name!("small")
            | local_name!("strike")
            | local_name!("strong")
            | local_name!("tt")
            | local_name!("u")
    )
}

/// Elements that put a marker in the list of active formatting elements:
/// formatting opened inside them ends with them.
fn is_marker(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("td")
            | local_name!("th")
            | local_name!("caption")
            | local_name!("applet")
            | local_name!("marquee")
            | local_name!("object")
            | local_name!("template")
    )
}

/// Whether an element is a heading, `h1` to `h6`.
pub(crate) fn is_heading(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("h1")
            | local_name!("h2")
            | local_name!("h3")
            | local_name!("h4")
            | local_name!("h5")
            | local_name!("h6")
    )
}

/// Elements that bound the scope in which an open `p` (or `a`, `button`) is
/// looked for.
fn is_scope_boundary(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("applet")
            | local_name!("caption")
            | local_name!("html")
            | local_name!("table")
            | local_name!("td")
            | local_name!("th")
            | local_name!("marquee")
            | local_name!("object")
            | local_name!("template")
            | local_name!("button")
            | local_name!("svg")
            | local_name!("math")
    )
}

/// The special elements that an open `li` (or `dd`/`dt`) is looked for
/// through when a new one starts.
fn is_list_item_passable(name: &LocalName) -> bool {
    matches!(
        *name,
        local_name!("address") | local_name!("div") | local_name!("p")
    )
}

/// Start tags that close an open `p`.
fn closes_p(name: &LocalName) -> bool {
    is_heading(name)
        || matches!(
            *name,
            local_name!("address")
                | local_name!("article")
                | local_name!("aside")
                | local_name!("blockquote")
                | local_name!("center")
                | local_name!("details")
                | local_name!("dialog")
                | local_name!("dir")
                | local_name!("div")
                | local_name!("dl")
                | local_name!("dd")
                | local_name!("dt")
                | local_name!("fieldset")
                | local_name!("figcaption")
                | local_name!("figure")
                | local_name!("footer")
                | local_name!("form")
                | local_name!("header")
                | local_name!("hgroup")
                | local_name!("li")
                | local_name!("listing")
                | local_name!("main")
                | local_name!("menu")
                | local_name!("nav")
                | local_name!("ol")
                | local_name!("p")
                | local_name!("plaintext")
                | local_name!("pre")
                | local_name!("search")
                | local_name!("section")
                | local_name!("summary")
                | local_name!("table")
                | local_name!("ul")
                | local_name!("xmp")
        )
}

/// The elements the HTML standard calls special (those that stop the search
/// for an open `li`), less the void ones, which never stay open.
fn is_special(name: &LocalName) -> bool {
    closes_p(name)
        || matches!(
            *name,
            local_name!("applet")
                | local_name!("body")
                | local_name!("button")
                | local_name!("caption")
                | local_name!("colgroup")
                | local_name!("frameset")
                | local_name!("head")
                | local_name!("html")
                | local_name!("iframe")
                | local_name!("marquee")
                | local_name!("noembed")
                | local_name!("noframes")
                | local_name!("noscript")
                | local_name!("object")
                | local_name!("script")
                | local_name!("select")
                | local_name!("style")
                | local_name!("tbody")
                | local_name!("td")
                | local_name!("template")
                | local_name!("textarea")
                | local_name!("tfoot")
                | local_name!("th")
                | local_name!("thead")
                | local_name!("title")
                | local_name!("tr")
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Depth of the deepest element of the parsed page, walked iteratively.
    fn depth(html: &str) -> usize {
        let dom = parse(html, true);
        let mut deepest = 0;
        let mut stack = vec![(dom.tree.root(), 0usize)];
        while let Some((node, d)) = stack.pop() {
            deepest = deepest.max(d);
            stack.extend(node.children().map(|c| (c, d + 1)));
        }
        deepest
    }

    fn text(html: &str) -> String {
        let dom = parse(html, true);
        dom.root_element().text().collect::<Vec<_>>().join("")
    }

    fn nested(open: &str, close: &str, n: usize, inner: &str) -> String {
        let mut s = String::with_capacity(n * (open.len() + close.len()) + inner.len());
        s.push_str("<!doctype html><html><body>");
        for _ in 0..n {
            s.push_str(open);
        }
        s.push_str(inner);
        for _ in 0..n {
            s.push_str(close);
        }
        s.push_str("<p>After the deep part.</p></body></html>");
        s
    }

    #[test]
    fn deep_divs_are_capped_and_their_text_kept() {
        let html = nested("<div>", "</div>", 100_000, "The innermost sentence.");
        assert!(depth(&html) <= MAX_NESTING + 8, "depth {}", depth(&html));
        let t = text(&html);
        assert!(t.contains("The innermost sentence."));
        assert!(t.contains("After the deep part."));
    }

    #[test]
    fn deep_inline_elements_are_capped() {
        let html = nested("<b><i><span>", "</span></i></b>", 40_000, "Bold words.");
        assert!(
            depth(&html) <= MAX_NESTING * 2 + 8,
            "depth {}",
            depth(&html)
        );
        assert!(text(&html).contains("Bold words."));
    }

    #[test]
    fn deep_lists_are_capped() {
        let html = nested("<ul><li>item ", "</li></ul>", 40_000, "last item");
        assert!(depth(&html) <= MAX_NESTING + 8, "depth {}", depth(&html));
        assert!(text(&html).contains("last item"));
    }

    #[test]
    fn deep_tables_are_capped() {
        let html = nested(
            "<table><tr><td>cell ",
            "</td></tr></table>",
            30_000,
            "the core",
        );
        assert!(
            depth(&html) <= MAX_NESTING * 2 + 8,
            "depth {}",
            depth(&html)
        );
        assert!(text(&html).contains("the core"));
    }

    #[test]
    fn unclosed_formatting_cannot_rebuild_a_deep_tree() {
        // Distinct attributes defeat the tree builder's own limit of three
        // identical formatting elements; each paragraph re-opens them all.
        let mut html = String::from("<body>");
        for round in 0..40 {
            html.push_str("<p>");
            for i in 0..100 {
                html.push_str(&format!("<b class=c{round}x{i}>"));
            }
            html.push_str("text</p>");
        }
        assert!(depth(&html) <= MAX_NESTING + MAX_OPEN_FORMATTING + 8);
    }

    /// Asserts that our parse (the depth filter, text and raw text passed
    /// on in pieces of our choosing) builds the tree html5ever builds alone.
    fn assert_parsed_as_by_html5ever(html: &str, what: &str) {
        let ours = parse(html, true);
        let whole = Html::parse_document(html);
        assert_eq!(ours.html(), whole.html(), "{what}");
    }

    #[test]
    fn ordinary_markup_is_parsed_as_without_the_cap() {
        let html = "<!doctype html><html><head><meta charset=utf-8><title>T</title><script>if (a < b) { x('<div>') }</script></head>\
            <body><ul><li>one<li>two<ul><li>nested</ul></ul><p>open paragraph<p>next\
            <table><tr><td>a<td>b<tr><td>c</table><svg><path d='M0'/><g/></svg>\
            <select><option>x<option>y</select><b>bold<p>reopened</b></p></body></html>";
        assert_parsed_as_by_html5ever(html, "ordinary markup");
    }

    #[test]
    fn a_page_fed_in_pieces_parses_as_in_one() {
        // Each construct that spans characters (a tag with attributes, a
        // character reference, CR LF, a character of several bytes, a
        // comment, a script's text) is cut by the first piece boundary at
        // each of its offsets.
        let constructs = [
            "<a href='https://example.com/x?a=1&amp;b=2' class=\"c d\">link</a>",
            "caf&eacute; &#x4E2D;&#25991; &amp&lt;",
            "line one\r\nline two\r\n\r\n",
            "żółć 中文 😀 naïve",
            "<!-- a comment -- with dashes --><p>after",
            "<script>if (a < b && c > d) { x('</p>') }</script><p>tail",
            "<table><tr><td>cell<td>cell</table>",
        ];
        for construct in constructs {
            for offset in 0..construct.len() {
                let mut html = String::from("<!doctype html><html><body><p>");
                while html.len() < PARSE_CHUNK_BYTES - offset {
                    html.push('x');
                }
                html.push_str(construct);
                html.push_str("<p>end</p></body></html>");
                assert_parsed_as_by_html5ever(&html, &format!("{construct:?} cut at {offset}"));
            }
        }
    }

    #[test]
    fn scripts_and_style_sheets_read_in_one_piece_parse_as_by_the_tokenizer() {
        // Each way a script's or a style sheet's text can end, or seem to:
        // an end tag in capitals or with attributes, a longer name, a
        // commented-out script whose end tag is escaped, line breaks of
        // every kind, NUL, an end tag cut off by the end of the page.
        let cases = [
            "<script>if (a < b && c > d) { x('</p>') }</script><p>tail",
            "<style>p { color: red }\r\n a > b {}\r</STYLE foo=bar><p>tail",
            "<style>.x{}</styles></style ><p>tail",
            "<script>var s = '</scrip' + 't>';</script/><p>tail",
            "<script><!-- document.write('<script>x()</script>'); --></script><p>tail",
            "<script><!-- a <script> b</script> c --> d</script><p>tail",
            "<script>a\0b\r\nc</script>\r\n<noscript><p>x</p></noscript>",
            "<xmp><b>bold?</b></xmp><iframe><p>in</p></iframe><noembed>n</noembed>",
            "<svg><style>s</style><script>t</script></svg><p>tail",
            "<title>a &amp; b</title><textarea>t</textarea>",
            "<script>unclosed </scr",
            "<style>unclosed </style",
            "<script>",
        ];
        for case in cases {
            let html = format!("<!doctype html><html><head></head><body>{case}");
            assert_parsed_as_by_html5ever(&html, &format!("{case:?}"));
        }
    }

    #[test]
    fn text_passed_on_in_one_piece_builds_the_same_tree() {
        // Text the tree builder treats by where it stands: before the head
        // and after it (it opens the body), whitespace and words in a table
        // (moved before it), the line break after `<pre>`, NUL, text after
        // the body and the document, in a select, a template, an SVG
        // (CDATA too), each with line breaks and character references.
        let cases = [
            "\n  words before the head\n<head>\n <title>t</title>\n</head>\n text\n",
            "<table>\n  <tr>\n    <td>a</td>\n  </tr>\n  stray &amp; words\n</table>",
            "<pre>\n\nfirst line\n second</pre><textarea>\nx\n</textarea>",
            "<p>a\0b\nc\0\n</p>",
            "<body><p>x</p></body>\n after body\n</html>\n after html\n",
            "<select>\n<option>a\n b</option>\n</select>",
            "<template>\n <p>in\n template</p>\n</template>",
            "<svg>\n<text>one\ntwo</text><![CDATA[\n<raw>\n]]>\n</svg>",
            "<frameset>\n <frame>\n x \n</frameset>\n",
        ];
        for case in cases {
            let html = format!("<!doctype html>\n{case}");
            assert_parsed_as_by_html5ever(&html, &format!("{case:?}"));
        }
    }

    #[test]
    fn unmatched_end_tags_do_not_unbalance_the_model() {
        let mut html = String::from("<body>");
        for _ in 0..10_000 {
            html.push_str("</div></span></li></td>");
        }
        html.push_str(&nested("<div>", "</div>", 600, "deep text"));
        assert!(text(&html).contains("deep text"));
        assert!(depth(&html) <= MAX_NESTING + 8);
    }
}
