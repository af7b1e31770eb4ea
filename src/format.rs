//! Renderings of an extracted [`Article`] other than its plain text: Markdown
//! (CommonMark with GitHub tables) and minimal semantic HTML.
//!
//! Both are made from the article's typed blocks alone; nothing re-reads the
//! page. Consecutive list items form one list, nested by their depth;
//! consecutive quote paragraphs form one block quote.

use crate::article::{Article, Block};

impl Article {
    /// The body as Markdown: the title as a level-1 heading, sub-headings
    /// with their levels, lists (nested), block quotes, fenced code blocks
    /// with their whitespace intact, and GitHub-style tables. Characters that
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
        let mut previous_quote = false;
        for block in &self.blocks {
            let is_item = matches!(block, Block::ListItem { .. });
            let is_quote = matches!(block, Block::Quote { .. });
            if !out.is_empty() {
                if is_quote && previous_quote {
                    // The paragraphs of one quotation share one block quote.
                    out.push_str(">\n");
                } else if !is_item || lists.is_empty() {
                    out.push('\n');
                }
            }
            if !is_item {
                lists.clear();
            }
            previous_quote = is_quote;
            match block {
                Block::Heading { level, text } => {
                    out.push_str(&"#".repeat((*level).clamp(1, 6) as usize));
                    out.push(' ');
                    out.push_str(&escape_markdown(text));
                    out.push('\n');
                }
                Block::Paragraph { text } => {
                    out.push_str(&escape_markdown(text));
                    out.push('\n');
                }
                Block::ListItem {
                    ordered,
                    depth,
                    text,
                } => {
                    let depth = (*depth).max(1) as usize;
                    lists.truncate(depth);
                    while lists.len() < depth {
                        // A nested list starts at its parent item's content.
                        let indent = lists.last().map_or(0, |l| l.content);
                        lists.push(List::new(*ordered, indent));
                    }
                    let list = lists.last_mut().expect("depth is at least 1");
                    if list.ordered != *ordered {
                        // Another kind of marker starts another list.
                        *list = List::new(*ordered, list.indent);
                    }
                    let marker = if list.ordered {
                        format!("{}. ", list.next)
                    } else {
                        "- ".to_string()
                    };
                    list.next += 1;
                    list.content = list.indent + marker.len();
                    out.push_str(&" ".repeat(list.indent));
                    out.push_str(&marker);
                    out.push_str(&escape_markdown(text));
                    out.push('\n');
                }
                Block::Quote { text } => {
                    out.push_str("> ");
                    out.push_str(&escape_markdown(text));
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
            }
        }
        out
    }
}

impl Article {
    /// The body as minimal semantic HTML for a reader view: an `<article>`
    /// with the title as `<h1>`, then `<h2>`..`<h6>`, `<p>`, nested `<ul>` /
    /// `<ol>`, `<blockquote>`, `<pre><code>` and `<table>` (first row as
    /// header). No classes, styles, scripts or attributes; all text escaped.
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
        // Open lists: whether numbered, and whether an item is open in it.
        let mut lists: Vec<(bool, bool)> = Vec::new();
        let mut in_quote = false;
        for block in &self.blocks {
            let (is_item, is_quote) = (
                matches!(block, Block::ListItem { .. }),
                matches!(block, Block::Quote { .. }),
            );
            if !is_item {
                close_lists(&mut lists, 0, &mut out);
            }
            if in_quote && !is_quote {
                out.push_str("</blockquote>\n");
            }
            match block {
                Block::Heading { level, text } => {
                    let tag =
                        ["h1", "h2", "h3", "h4", "h5", "h6"][(*level).clamp(1, 6) as usize - 1];
                    push_element(&mut out, tag, text);
                }
                Block::Paragraph { text } => push_element(&mut out, "p", text),
                Block::ListItem {
                    ordered,
                    depth,
                    text,
                } => {
                    let depth = (*depth).max(1) as usize;
                    close_lists(&mut lists, depth, &mut out);
                    if lists.len() == depth && lists[depth - 1].0 != *ordered {
                        close_lists(&mut lists, depth - 1, &mut out);
                    }
                    if lists.len() == depth
                        && let Some(last) = lists.last_mut()
                    {
                        if last.1 {
                            out.push_str("</li>\n");
                        }
                        last.1 = false;
                    }
                    while lists.len() < depth {
                        out.push_str(if *ordered { "<ol>\n" } else { "<ul>\n" });
                        lists.push((*ordered, false));
                    }
                    out.push_str("<li>");
                    push_escaped(&mut out, text);
                    if let Some(last) = lists.last_mut() {
                        last.1 = true;
                    }
                }
                Block::Quote { text } => {
                    if !in_quote {
                        out.push_str("<blockquote>\n");
                    }
                    push_element(&mut out, "p", text);
                }
                Block::Preformatted { text } => {
                    out.push_str("<pre><code>");
                    push_escaped(&mut out, text);
                    out.push_str("</code></pre>\n");
                }
                Block::Table { rows } => {
                    out.push_str("<table>\n");
                    for (i, row) in rows.iter().enumerate() {
                        if i == 0 {
                            out.push_str("<thead>\n");
                        } else if i == 1 {
                            out.push_str("<tbody>\n");
                        }
                        out.push_str("<tr>");
                        for cell in row {
                            push_element(&mut out, if i == 0 { "th" } else { "td" }, cell);
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
            }
            in_quote = is_quote;
        }
        close_lists(&mut lists, 0, &mut out);
        if in_quote {
            out.push_str("</blockquote>\n");
        }
        out.push_str("</article>\n");
        out
    }
}

/// Closes open lists (and their open items) until `keep` remain.
fn close_lists(lists: &mut Vec<(bool, bool)>, keep: usize, out: &mut String) {
    while lists.len() > keep {
        if let Some((ordered, item_open)) = lists.pop() {
            if item_open {
                out.push_str("</li>\n");
            }
            out.push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
        }
    }
}

/// `<tag>text</tag>` and a line break.
fn push_element(out: &mut String, tag: &str, text: &str) {
    out.push('<');
    out.push_str(tag);
    out.push('>');
    push_escaped(out, text);
    out.push_str("</");
    out.push_str(tag);
    out.push_str(">\n");
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

/// Escapes what Markdown would take for syntax in a line of text.
fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let escape = match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' => true,
            // An entity reference would be decoded: `&amp;` must stay literal.
            '&' => looks_like_entity(&chars[i + 1..]),
            // A line starting "- ", "+ " or "1. " would become a list item.
            '-' | '+' | '=' if i == 0 => chars.get(1).is_none_or(|n| n.is_whitespace() || *n == c),
            '.' | ')' if chars[..i].iter().all(char::is_ascii_digit) && i > 0 && i < 10 => {
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
            text: text.into(),
        }
    }

    fn para(text: &str) -> Block {
        Block::Paragraph { text: text.into() }
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
            },
            Block::Quote {
                text: "Second quoted paragraph.".into(),
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
}
