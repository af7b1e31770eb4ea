//! Renderings of an extracted [`Article`] other than its plain text: Markdown
//! (CommonMark with GitHub tables) and minimal semantic HTML.
//!
//! Both are made from the article's typed blocks alone; nothing re-reads the
//! page. Consecutive list items form one list, nested by their depth;
//! consecutive quote paragraphs form one block quote.

use crate::article::{Article, Block, Span, SpanKind};
use crate::href;

impl Article {
    /// The body as Markdown: the title as a level-1 heading, sub-headings
    /// with their levels, lists (nested, numbered as on the page), block
    /// quotes, fenced code blocks with their whitespace intact, GitHub-style
    /// tables, and definition lists as a term on its line with each
    /// definition under it after `: ` (the syntax of Pandoc and PHP
    /// Markdown Extra; CommonMark shows them as a term and its definition
    /// run together). Superscripts and subscripts, for which CommonMark has
    /// no syntax, are the only HTML in it: `<sup>` and `<sub>` tags. Characters that
    /// Markdown would read as syntax (`*`, `_`, `#`, `|`, ...) are escaped,
    /// so the rendered text is the extracted text. Blocks are separated by
    /// one blank line.
    ///
    /// ```
    /// let html = "<html><head><title>Harbour | Herald</title></head><body><article>\
    ///     <h1>Harbour closed</h1><p>The *storm* closed the harbour on Tuesday, and the \
    ///     ferries stayed in port until the evening tide.</p>\
    ///     <ul><li>Ferries to the islands are cancelled until Thursday.</li>\
    ///     <li>Trains run to the usual timetable.</li></ul></article></body></html>";
    /// let article = bodycopy::extract(html)?;
    /// assert_eq!(
    ///     article.to_markdown(),
    ///     "# Harbour closed\n\nThe \\*storm\\* closed the harbour on Tuesday, and the \
    ///      ferries stayed in port until the evening tide.\n\n\
    ///      - Ferries to the islands are cancelled until Thursday.\n\
    ///      - Trains run to the usual timetable.\n"
    /// );
    /// # Ok::<(), bodycopy::Error>(())
    /// ```
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        if let Some(title) = &self.title {
            out.push_str("# ");
            out.push_str(&escape_markdown(title));
            out.push('\n');
        }
        let mut lists: Vec<List> = Vec::new();
        let (mut previous_quote, mut previous_entry) = (false, false);
        for block in self.blocks.iter().filter(|b| shown(b)) {
            let is_item = matches!(block, Block::ListItem { .. });
            let is_quote = matches!(block, Block::Quote { .. });
            let is_definition = matches!(block, Block::Definition { .. });
            if !out.is_empty() {
                if is_quote && previous_quote {
                    // The paragraphs of one quotation share one block quote.
                    out.push_str(">\n");
                } else if is_definition && previous_entry {
                    // A definition follows its term on the next line.
                } else if !is_item || lists.is_empty() {
                    out.push('\n');
                }
            }
            if !is_item {
                lists.clear();
            }
            previous_quote = is_quote;
            previous_entry = matches!(block, Block::Term { .. }) || is_definition;
            match block {
                Block::Heading { level, text, spans } => {
                    out.push_str(&"#".repeat((*level).clamp(1, 6) as usize));
                    out.push(' ');
                    // A heading is one line: its line breaks become spaces
                    // (of the same length, so that the spans still fit).
                    markdown_inline(&text.replace('\n', " "), spans, &mut out);
                    out.push('\n');
                }
                Block::Paragraph { text, spans } => {
                    markdown_inline(text, spans, &mut out);
                    out.push('\n');
                }
                Block::ListItem {
                    ordered,
                    depth,
                    number,
                    text,
                    spans,
                } => markdown_item(&mut lists, *ordered, *depth, *number, text, spans, &mut out),
                Block::Term { text, spans } => {
                    // A term is one line, as a heading is.
                    markdown_inline(&text.replace('\n', " "), spans, &mut out);
                    out.push('\n');
                }
                Block::Definition { text, spans } => {
                    out.push_str(": ");
                    let mut definition = String::new();
                    markdown_inline(text, spans, &mut definition);
                    push_lines(&mut out, &definition, "  ");
                    out.push('\n');
                }
                Block::Quote { text, spans } => {
                    out.push_str("> ");
                    let mut quote = String::new();
                    markdown_inline(text, spans, &mut quote);
                    push_lines(&mut out, &quote, "> ");
                    out.push('\n');
                }
                Block::Preformatted { text } => {
                    let fence = "`".repeat(longest_run(text, '`').max(2) + 1);
                    out.push_str(&fence);
                    out.push('\n');
                    out.push_str(text.trim_end_matches('\n'));
                    out.push('\n');
                    out.push_str(&fence);
                    out.push('\n');
                }
                Block::Table { rows } => markdown_table(rows, &mut out),
                Block::Image { src, alt, caption } => {
                    markdown_image(src, alt, caption.as_deref(), &mut out)
                }
            }
        }
        out
    }
}

impl Article {
    /// The body as minimal semantic HTML for a reader view: an `<article>`
    /// with the title as `<h1>`, then `<h2>`..`<h6>`, `<p>`, nested `<ul>` /
    /// `<ol>`, `<blockquote>`, `<pre><code>` and `<table>` (first row as
    /// header).
    ///
    /// # What it may contain
    ///
    /// The output is safe to insert into a page as it is. Every element and
    /// attribute in it is written by this function; nothing is copied from
    /// the page but text, and all text is escaped (`&`, `<`, `>`, `"`). The
    /// elements are exactly these:
    ///
    /// - structure: `article`, `h1`–`h6`, `p`, `blockquote`, `pre`, `ul`,
    ///   `ol`, `li`, `dl`, `dt`, `dd`, `table`, `thead`, `tbody`, `tr`, `th`,
    ///   `td`, `figure`, `figcaption`;
    /// - inside text: `em`, `strong`, `code`, `sup`, `sub`, `a`, and `br`
    ///   for a line break inside a block;
    /// - `img`, empty.
    ///
    /// The only attributes are `href` on `a`, `src` and `alt` on `img`,
    /// and `start` on `ol` and `value` on `li` (digits: a numbered list
    /// that does not start at 1, an item numbered otherwise than its list
    /// counts), always in double quotes. An `href` has the scheme `http`, `https` or
    /// `mailto`, a `src` the scheme `http` or `https`, or either is relative
    /// (when no web address of the page was known to resolve it against);
    /// addresses are read as browsers read them (`java&#9;script:` is
    /// `javascript:`), and a link to any other address is written as its
    /// text alone, an image with any other address left out. There are no
    /// classes, styles, event handlers, scripts, frames or forms.
    ///
    /// ```
    /// let html = "<body><div class='x'><p style='color:red'>The storm closed the harbour \
    ///     on Tuesday &amp; the ferries stayed in port <script>track()</script>until \
    ///     the evening tide.</p></div></body>";
    /// let article = bodycopy::extract(html)?;
    /// assert_eq!(
    ///     article.to_html(),
    ///     "<article>\n<p>The storm closed the harbour on Tuesday &amp; the ferries stayed \
    ///      in port until the evening tide.</p>\n</article>\n"
    /// );
    /// # Ok::<(), bodycopy::Error>(())
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = String::from("<article>\n");
        if let Some(title) = &self.title {
            push_element(&mut out, "h1", title);
        }
        let mut lists: Vec<HtmlList> = Vec::new();
        let (mut in_quote, mut in_definitions) = (false, false);
        for block in self.blocks.iter().filter(|b| shown(b)) {
            let (is_item, is_quote) = (
                matches!(block, Block::ListItem { .. }),
                matches!(block, Block::Quote { .. }),
            );
            let is_entry = matches!(block, Block::Term { .. } | Block::Definition { .. });
            if !is_item {
                close_lists(&mut lists, 0, &mut out);
            }
            if in_quote && !is_quote {
                out.push_str("</blockquote>\n");
            }
            if in_definitions && !is_entry {
                out.push_str("</dl>\n");
            } else if is_entry && !in_definitions {
                out.push_str("<dl>\n");
            }
            in_definitions = is_entry;
            match block {
                Block::Heading { level, text, spans } => {
                    let tag =
                        ["h1", "h2", "h3", "h4", "h5", "h6"][(*level).clamp(1, 6) as usize - 1];
                    push_inline_element(&mut out, tag, text, spans);
                }
                Block::Paragraph { text, spans } => push_inline_element(&mut out, "p", text, spans),
                Block::ListItem {
                    ordered,
                    depth,
                    number,
                    text,
                    spans,
                } => html_item(&mut lists, *ordered, *depth, *number, text, spans, &mut out),
                Block::Term { text, spans } => push_inline_element(&mut out, "dt", text, spans),
                Block::Definition { text, spans } => {
                    push_inline_element(&mut out, "dd", text, spans)
                }
                Block::Quote { text, spans } => {
                    if !in_quote {
                        out.push_str("<blockquote>\n");
                    }
                    push_inline_element(&mut out, "p", text, spans);
                }
                Block::Preformatted { text } => {
                    out.push_str("<pre><code>");
                    push_escaped(&mut out, text);
                    out.push_str("</code></pre>\n");
                }
                Block::Table { rows } => html_table(rows, &mut out),
                Block::Image { src, alt, caption } => {
                    let src = href::safe(None, src, href::WEB_SCHEMES).unwrap_or_default();
                    out.push_str("<figure>\n<img src=\"");
                    push_escaped(&mut out, &src);
                    out.push_str("\" alt=\"");
                    push_escaped(&mut out, alt);
                    out.push_str("\">\n");
                    if let Some(caption) = caption {
                        push_element(&mut out, "figcaption", caption);
                    }
                    out.push_str("</figure>\n");
                }
            }
            in_quote = is_quote;
        }
        close_lists(&mut lists, 0, &mut out);
        if in_quote {
            out.push_str("</blockquote>\n");
        }
        if in_definitions {
            out.push_str("</dl>\n");
        }
        out.push_str("</article>\n");
        out
    }
}

/// Writes a list item in Markdown: its marker (a number or `-`), indented
/// under its parent item; `lists` holds the lists open, outermost first.
fn markdown_item(
    lists: &mut Vec<List>,
    ordered: bool,
    depth: u8,
    number: Option<u32>,
    text: &str,
    spans: &[Span],
    out: &mut String,
) {
    let depth = depth.max(1) as usize;
    lists.truncate(depth);
    while lists.len() < depth {
        // A nested list starts at its parent item's content.
        let indent = lists.last().map_or(0, |l| l.content);
        lists.push(List::new(ordered, indent));
    }
    let list = lists.last_mut().expect("depth is at least 1");
    if list.ordered != ordered {
        // Another kind of marker starts another list.
        *list = List::new(ordered, list.indent);
    }
    let marker = if list.ordered {
        let n = number.unwrap_or(list.next);
        list.next = n.saturating_add(1);
        format!("{n}. ")
    } else {
        "- ".to_string()
    };
    list.content = list.indent + marker.len();
    out.push_str(&" ".repeat(list.indent));
    out.push_str(&marker);
    let mut item = String::new();
    markdown_inline(text, spans, &mut item);
    push_lines(out, &item, &" ".repeat(list.content));
    out.push('\n');
}

/// Writes an image in Markdown, its caption in italics on the line under it.
fn markdown_image(src: &str, alt: &str, caption: Option<&str>, out: &mut String) {
    let src = href::safe(None, src, href::WEB_SCHEMES).unwrap_or_default();
    out.push_str("![");
    out.push_str(&escape_markdown(alt));
    out.push_str("](");
    out.push_str(&markdown_destination(&src));
    out.push(')');
    if let Some(caption) = caption.filter(|c| !c.is_empty()) {
        // The caption shows on the line under the picture,
        // in italics (the delimiters at the ends of a line
        // always read as emphasis).
        out.push_str("\\\n*");
        out.push_str(&escape_markdown(caption));
        out.push('*');
    }
    out.push('\n');
}

/// Writes a list item in HTML, opening and closing the lists around it;
/// `lists` holds the lists open, outermost first.
fn html_item(
    lists: &mut Vec<HtmlList>,
    ordered: bool,
    depth: u8,
    number: Option<u32>,
    text: &str,
    spans: &[Span],
    out: &mut String,
) {
    let depth = depth.max(1) as usize;
    close_lists(lists, depth, out);
    if lists.len() == depth && lists[depth - 1].ordered != ordered {
        close_lists(lists, depth - 1, out);
    }
    if lists.len() == depth
        && let Some(last) = lists.last_mut()
    {
        if last.item_open {
            out.push_str("</li>\n");
        }
        last.item_open = false;
    }
    while lists.len() < depth {
        let start = number.filter(|_| ordered && lists.len() + 1 == depth);
        match start {
            Some(n) if n != 1 => out.push_str(&format!("<ol start=\"{n}\">\n")),
            _ if ordered => out.push_str("<ol>\n"),
            _ => out.push_str("<ul>\n"),
        }
        lists.push(HtmlList {
            ordered,
            item_open: false,
            next: start.unwrap_or(1),
        });
    }
    if let Some(last) = lists.last_mut() {
        match number {
            // An item numbered otherwise than the list counts
            // says its number.
            Some(n) if ordered && n != last.next => out.push_str(&format!("<li value=\"{n}\">")),
            _ => out.push_str("<li>"),
        }
        last.next = number.unwrap_or(last.next).saturating_add(1);
        last.item_open = true;
    }
    html_inline(text, spans, out);
}

/// Writes a table in HTML; the first row is the header.
fn html_table(rows: &[Vec<String>], out: &mut String) {
    out.push_str("<table>\n");
    for (i, row) in rows.iter().enumerate() {
        if i == 0 {
            out.push_str("<thead>\n");
        } else if i == 1 {
            out.push_str("<tbody>\n");
        }
        out.push_str("<tr>");
        for cell in row {
            push_element(out, if i == 0 { "th" } else { "td" }, cell);
            out.pop();
        }
        out.push_str("</tr>\n");
        if i == 0 {
            out.push_str("</thead>\n");
        }
    }
    if rows.len() > 1 {
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n");
}

/// Whether a block is rendered: an image only with an address that may be
/// shown (see [`href::safe`]).
fn shown(block: &Block) -> bool {
    match block {
        Block::Image { src, .. } => href::allowed(src, href::WEB_SCHEMES),
        _ => true,
    }
}

/// A list open in the HTML being written.
struct HtmlList {
    /// Whether it is numbered.
    ordered: bool,
    /// Whether an item is open in it.
    item_open: bool,
    /// The number its next item gets unless it says otherwise.
    next: u32,
}

/// Closes open lists (and their open items) until `keep` remain.
fn close_lists(lists: &mut Vec<HtmlList>, keep: usize, out: &mut String) {
    while lists.len() > keep {
        if let Some(list) = lists.pop() {
            if list.item_open {
                out.push_str("</li>\n");
            }
            out.push_str(if list.ordered { "</ol>\n" } else { "</ul>\n" });
        }
    }
}

/// `<tag>text</tag>` and a line break.
fn push_element(out: &mut String, tag: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    push_text(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

/// Text escaped, its line breaks as `<br>`.
fn push_text(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>\n");
        }
        push_escaped(out, line);
    }
}

/// `<tag>text</tag>` with the text's spans as inline elements, and a line break.
fn push_inline_element(out: &mut String, tag: &str, text: &str, spans: &[Span]) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    html_inline(text, spans, out);
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
}

/// A block's text with its spans as `<em>`, `<strong>`, `<code>` and `<a href>`.
/// A link whose target may not be shown (see [`href::safe`]) is written as
/// its text alone.
fn html_inline(text: &str, spans: &[Span], out: &mut String) {
    // Per open span: whether its tags were written.
    let mut written: Vec<bool> = Vec::new();
    for piece in pieces(text, spans) {
        match piece {
            Piece::Text(t) => push_text(out, t),
            Piece::Open(span) => {
                let write = match &span.kind {
                    SpanKind::Link { href } => match href::safe(None, href, href::LINK_SCHEMES) {
                        Some(href) => {
                            out.push_str("<a href=\"");
                            push_escaped(out, &href);
                            out.push_str("\">");
                            true
                        }
                        None => false,
                    },
                    kind => {
                        out.push('<');
                        out.push_str(html_tag(kind));
                        out.push('>');
                        true
                    }
                };
                written.push(write);
            }
            Piece::Close(span) => {
                if written.pop().unwrap_or(false) {
                    out.push_str("</");
                    out.push_str(match &span.kind {
                        SpanKind::Link { .. } => "a",
                        kind => html_tag(kind),
                    });
                    out.push('>');
                }
            }
        }
    }
}

fn html_tag(kind: &SpanKind) -> &'static str {
    match kind {
        SpanKind::Emphasis => "em",
        SpanKind::Strong => "strong",
        SpanKind::Code => "code",
        SpanKind::Superscript => "sup",
        SpanKind::Subscript => "sub",
        _ => "span",
    }
}

/// A piece of a block's text: a run of text, or where a span starts or ends.
enum Piece<'a> {
    Text(&'a str),
    Open(&'a Span),
    Close(&'a Span),
}

/// Splits a block's text at its spans, properly nested whatever the spans
/// say: a span outside the text or off a character boundary is ignored, one
/// that runs past the end of the span around it is cut there, and nothing
/// opens inside code.
fn pieces<'a>(text: &'a str, spans: &'a [Span]) -> Vec<Piece<'a>> {
    let mut order: Vec<&Span> = spans
        .iter()
        .filter(|s| {
            s.start < s.end && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
        })
        .collect();
    order.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out = Vec::with_capacity(order.len() * 3 + 1);
    // Open spans with where they end.
    let mut open: Vec<(&Span, usize)> = Vec::new();
    let mut at = 0;
    let close_until = |limit: usize,
                       open: &mut Vec<(&'a Span, usize)>,
                       at: &mut usize,
                       out: &mut Vec<Piece<'a>>| {
        while let Some(&(span, end)) = open.last() {
            if end > limit {
                break;
            }
            if *at < end {
                out.push(Piece::Text(&text[*at..end]));
                *at = end;
            }
            out.push(Piece::Close(span));
            open.pop();
        }
    };
    for span in order {
        close_until(span.start, &mut open, &mut at, &mut out);
        let end = open.last().map_or(span.end, |&(_, e)| span.end.min(e));
        if end <= span.start || open.iter().any(|(s, _)| s.kind == SpanKind::Code) {
            continue;
        }
        if at < span.start {
            out.push(Piece::Text(&text[at..span.start]));
            at = span.start;
        }
        out.push(Piece::Open(span));
        open.push((span, end));
    }
    close_until(usize::MAX, &mut open, &mut at, &mut out);
    if at < text.len() {
        out.push(Piece::Text(&text[at..]));
    }
    out
}

/// A block's text as Markdown, its spans as `*emphasis*`, `**strong**`,
/// `` `code` `` and `[links](target)`. Emphasis that CommonMark would not
/// read as such (its delimiter between a letter and punctuation) is left
/// out rather than written as stray asterisks.
fn markdown_inline(text: &str, spans: &[Span], out: &mut String) {
    if spans.is_empty() {
        out.push_str(&escape_markdown(text));
        return;
    }
    // Per open span: whether its delimiters were written.
    let mut written: Vec<bool> = Vec::new();
    let mut in_code = false;
    for piece in pieces(text, spans) {
        match piece {
            // A line break inside code cannot be a hard break; CommonMark
            // reads it as a space, and the next line could start a block.
            Piece::Text(t) if in_code => out.push_str(&t.replace('\n', " ")),
            Piece::Text(t) => out.push_str(&escape_markdown(t)),
            Piece::Open(span) => {
                let write = match &span.kind {
                    SpanKind::Emphasis | SpanKind::Strong => can_emphasise(text, span),
                    SpanKind::Link { href } => href::allowed(href, href::LINK_SCHEMES),
                    _ => true,
                };
                if write {
                    match &span.kind {
                        SpanKind::Emphasis => out.push('*'),
                        SpanKind::Strong => out.push_str("**"),
                        SpanKind::Code => {
                            let code = &text[span.start..span.end];
                            out.push_str(&code_fence(code));
                            in_code = true;
                        }
                        // CommonMark has no syntax for these: the HTML
                        // elements, which its renderers pass through.
                        SpanKind::Superscript => out.push_str("<sup>"),
                        SpanKind::Subscript => out.push_str("<sub>"),
                        _ => out.push('['),
                    }
                }
                written.push(write);
            }
            Piece::Close(span) => {
                if written.pop().unwrap_or(false) {
                    match &span.kind {
                        SpanKind::Emphasis => out.push('*'),
                        SpanKind::Strong => out.push_str("**"),
                        SpanKind::Code => {
                            let code = &text[span.start..span.end];
                            let fence = code_fence(code);
                            out.push_str(&fence.chars().rev().collect::<String>());
                            in_code = false;
                        }
                        SpanKind::Superscript => out.push_str("</sup>"),
                        SpanKind::Subscript => out.push_str("</sub>"),
                        SpanKind::Link { href } => {
                            out.push_str("](");
                            let href = href::safe(None, href, href::LINK_SCHEMES);
                            out.push_str(&markdown_destination(href.as_deref().unwrap_or("")));
                            out.push(')');
                        }
                    }
                }
            }
        }
    }
}

/// The opening delimiter of a code span: backticks one longer than the
/// longest run inside, and a space when the code starts or ends with one.
fn code_fence(code: &str) -> String {
    let mut fence = "`".repeat(longest_run(code, '`') + 1);
    if code.starts_with('`') || code.ends_with('`') {
        fence.push(' ');
    }
    fence
}

/// Whether `*` around the span would be read as emphasis: CommonMark wants
/// the opening delimiter left-flanking and the closing one right-flanking.
fn can_emphasise(text: &str, span: &Span) -> bool {
    let punct = |c: char| !c.is_alphanumeric() && !c.is_whitespace();
    let before = text[..span.start].chars().next_back();
    let first = text[span.start..].chars().next();
    let last = text[..span.end].chars().next_back();
    let after = text[span.end..].chars().next();
    let open = first.is_some_and(|f| !f.is_whitespace())
        && (!first.is_some_and(punct) || before.is_none_or(|b| b.is_whitespace() || punct(b)));
    let close = last.is_some_and(|l| !l.is_whitespace())
        && (!last.is_some_and(punct) || after.is_none_or(|a| a.is_whitespace() || punct(a)));
    open && close
}

/// A link or image target for Markdown, read back as the same address: a
/// backslash and an `&` that would start an entity reference are escaped,
/// and a target with parentheses is written in the `<…>` form, inside which
/// they need no escape. The address comes from [`href::safe`], which left
/// no space, control character or angle bracket in it.
fn markdown_destination(url: &str) -> String {
    let chars: Vec<char> = url.chars().collect();
    let mut out = String::with_capacity(url.len() + 2);
    let angled = url.contains(['(', ')']);
    if angled {
        out.push('<');
    }
    for (i, &c) in chars.iter().enumerate() {
        if c == '\\' || (c == '&' && looks_like_entity(&chars[i + 1..])) {
            out.push('\\');
        }
        out.push(c);
    }
    if angled {
        out.push('>');
    }
    out
}

/// Text with `&`, `<`, `>` and `"` escaped.
pub(crate) fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            _ => out.push(c),
        }
    }
}

/// A list being written: its kind, the next item's number, the column of
/// its markers and that of its last item's content.
struct List {
    ordered: bool,
    next: u32,
    indent: usize,
    content: usize,
}

impl List {
    fn new(ordered: bool, indent: usize) -> Self {
        List {
            ordered,
            next: 1,
            indent,
            content: indent + 2,
        }
    }
}

/// A GitHub-style table; the first row is the header.
fn markdown_table(rows: &[Vec<String>], out: &mut String) {
    let width = rows.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let line = |row: &[String], out: &mut String| {
        out.push('|');
        for i in 0..width {
            out.push(' ');
            if let Some(cell) = row.get(i) {
                out.push_str(&escape_markdown(&cell.replace('\n', " ")));
            }
            out.push_str(" |");
        }
        out.push('\n');
    };
    let mut rows = rows.iter();
    line(rows.next().map_or(&[][..], Vec::as_slice), out);
    out.push('|');
    for _ in 0..width {
        out.push_str(" --- |");
    }
    out.push('\n');
    for row in rows {
        line(row, out);
    }
}

/// The longest run of `c` in `text`.
fn longest_run(text: &str, c: char) -> usize {
    let (mut longest, mut run) = (0, 0);
    for ch in text.chars() {
        run = if ch == c { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    longest
}

/// Escapes what Markdown would take for syntax in text, each line as the
/// start of a line; a line break becomes a hard line break (`\` at the end
/// of the line).
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    // Where the line being written starts.
    let mut start = 0;
    for (i, &c) in chars.iter().enumerate() {
        if c == '\n' {
            out.push_str("\\\n");
            start = i + 1;
            continue;
        }
        let at = i - start;
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => true,
            // An entity reference would be decoded: `&amp;` must stay literal.
            '&' => looks_like_entity(&chars[i + 1..]),
            // A line starting "- ", "+ " or "1. " would become a list item.
            '-' | '+' | '=' if at == 0 => chars
                .get(i + 1)
                .is_none_or(|n| n.is_whitespace() || *n == c),
            '.' | ')' if at > 0 && at < 10 && chars[start..i].iter().all(char::is_ascii_digit) => {
                chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Writes `md` (Markdown of one block) with `prefix` after each of its
/// line breaks, so that the lines of a list item or a quote stay in it.
fn push_lines(out: &mut String, md: &str, prefix: &str) {
    for (i, line) in md.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
            out.push_str(prefix);
        }
        out.push_str(line);
    }
}

/// Whether the text after a `&` reads as an entity reference (`amp;`,
/// `#38;`, `#x26;`).
fn looks_like_entity(after: &[char]) -> bool {
    let name: Vec<&char> = after
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric() || **c == '#')
        .take(32)
        .collect();
    !name.is_empty() && after.get(name.len()) == Some(&';')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(blocks: Vec<Block>) -> Article {
        Article {
            title: Some("Storm | closes *harbour*".into()),
            blocks,
            ..Article::default()
        }
    }

    fn item(ordered: bool, depth: u8, text: &str) -> Block {
        Block::ListItem {
            ordered,
            depth,
            number: None,
            text: text.into(),
            spans: Vec::new(),
        }
    }

    fn para(text: &str) -> Block {
        Block::Paragraph {
            text: text.into(),
            spans: Vec::new(),
        }
    }

    #[test]
    fn markdown_nests_lists_under_their_items() {
        let a = article(vec![
            para("Steps:"),
            item(true, 1, "Close the shutters."),
            item(false, 2, "front"),
            item(false, 2, "back"),
            item(true, 1, "Move the car."),
            item(true, 2, "Uphill."),
            para("Then wait."),
        ]);
        assert_eq!(
            a.to_markdown(),
            "# Storm \\| closes \\*harbour\\*\n\nSteps:\n\n\
             1. Close the shutters.\n   - front\n   - back\n\
             2. Move the car.\n   1. Uphill.\n\nThen wait.\n"
        );
    }

    #[test]
    fn markdown_escapes_what_would_be_syntax() {
        let a = article(vec![
            para("- not a list item"),
            para("1. not a numbered item, and 2. not in the middle"),
            para("#hashtag, a_b_c, [link](x), <b>, ~~struck~~, `code`"),
            para("AT&T and &amp; literally"),
        ]);
        let md = a.to_markdown();
        assert!(md.contains("\n\\- not a list item\n"), "{md}");
        assert!(
            md.contains("\n1\\. not a numbered item, and 2. not"),
            "{md}"
        );
        assert!(
            md.contains(r"\#hashtag, a\_b\_c, \[link\](x), \<b\>, \~\~struck\~\~, \`code\`"),
            "{md}"
        );
        assert!(md.contains(r"AT&T and \&amp; literally"), "{md}");
    }

    #[test]
    fn markdown_fences_code_longer_than_its_backticks_and_joins_quotes() {
        let a = article(vec![
            Block::Preformatted {
                text: "fn main() {\n    let s = \"```\";\n}".into(),
            },
            Block::Quote {
                text: "First quoted paragraph.".into(),
                spans: Vec::new(),
            },
            Block::Quote {
                text: "Second quoted paragraph.".into(),
                spans: Vec::new(),
            },
        ]);
        let md = a.to_markdown();
        assert!(
            md.contains("````\nfn main() {\n    let s = \"```\";\n}\n````\n"),
            "{md}"
        );
        assert!(
            md.ends_with("\n> First quoted paragraph.\n>\n> Second quoted paragraph.\n"),
            "{md}"
        );
    }

    #[test]
    fn markdown_tables_have_a_header_and_escaped_cells() {
        let a = article(vec![Block::Table {
            rows: vec![
                vec!["Town".into(), "Rain | mm".into()],
                vec!["Porthleven".into(), "42".into()],
                vec!["Helston".into()],
            ],
        }]);
        assert!(
            a.to_markdown().ends_with(
                "| Town | Rain \\| mm |\n| --- | --- |\n| Porthleven | 42 |\n| Helston |  |\n"
            ),
            "{}",
            a.to_markdown()
        );
    }

    #[test]
    fn html_nests_lists_and_escapes_text() {
        let a = article(vec![
            item(false, 1, "a < b"),
            item(false, 2, "nested"),
            item(false, 1, "c"),
            Block::Quote {
                text: "\"Quoted\"".into(),
                spans: Vec::new(),
            },
        ]);
        assert_eq!(
            a.to_html(),
            "<article>\n<h1>Storm | closes *harbour*</h1>\n<ul>\n<li>a &lt; b<ul>\n\
             <li>nested</li>\n</ul>\n</li>\n<li>c</li>\n</ul>\n<blockquote>\n\
             <p>&quot;Quoted&quot;</p>\n</blockquote>\n</article>\n"
        );
    }

    #[test]
    fn html_tables_have_a_header_row() {
        let a = Article {
            blocks: vec![Block::Table {
                rows: vec![vec!["Town".into()], vec!["Helston".into()]],
            }],
            ..Article::default()
        };
        assert_eq!(
            a.to_html(),
            "<article>\n<table>\n<thead>\n<tr><th>Town</th></tr>\n</thead>\n<tbody>\n\
             <tr><td>Helston</td></tr>\n</tbody>\n</table>\n</article>\n"
        );
    }

    fn span(start: usize, end: usize, kind: SpanKind) -> Span {
        Span { start, end, kind }
    }

    #[test]
    fn markdown_spans_nest_and_emphasis_is_only_written_where_it_reads_as_such() {
        let text = "Read the guide, then run `make` and say \"done\"!";
        let link = SpanKind::Link {
            href: "https://example.com/a (b)".into(),
        };
        let spans = vec![
            span(5, 14, link),
            span(9, 14, SpanKind::Strong),
            // `make` with its backticks: the fence must be longer.
            span(25, 31, SpanKind::Code),
            // Emphasis of `"done"` after a space: left-flanking, so written.
            span(40, 46, SpanKind::Emphasis),
        ];
        let mut md = String::new();
        markdown_inline(text, &spans, &mut md);
        assert_eq!(
            md,
            "Read [the **guide**](<https://example.com/a%20(b)>), then run `` `make` `` \
             and say *\"done\"*!"
        );
        // A delimiter between a letter and punctuation is not emphasis in
        // CommonMark: the text is written without it.
        let mut md = String::new();
        markdown_inline("Done\"now\"", &[span(4, 9, SpanKind::Strong)], &mut md);
        assert_eq!(md, "Done\"now\"");
    }

    #[test]
    fn spans_that_do_not_fit_the_text_are_ignored_or_cut() {
        let text = "né à Paris";
        let spans = vec![
            // Off a character boundary (inside `é`), past the end, empty.
            span(2, 4, SpanKind::Emphasis),
            span(3, 40, SpanKind::Strong),
            span(5, 5, SpanKind::Code),
            // Overlapping: the second is cut at the end of the first.
            span(0, 6, SpanKind::Emphasis),
            span(4, 12, SpanKind::Strong),
        ];
        let mut html = String::new();
        html_inline(text, &spans, &mut html);
        assert_eq!(html, "<em>né <strong>à</strong></em> Paris");
    }
}
