//! The result of an extraction: the article's title and its body as typed blocks.

use crate::Rule;

/// An article extracted from a page.
///
/// [`text`](Article::text) is the body copy as plain text; [`blocks`](Article::blocks)
/// holds the same body with its structure, for other renderings.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Article {
    /// The article's headline, without a trailing "| Site name".
    pub title: Option<String>,
    /// The body copy: paragraphs in document order, separated by one blank
    /// line, whitespace collapsed inside each, entities decoded. Lines
    /// broken with `<br>` inside a paragraph (a poem, an address) stay in
    /// it, separated by a single newline.
    pub text: String,
    /// The body copy as typed blocks, in document order.
    pub blocks: Vec<Block>,
    /// The page's comment thread, apart from the body, when
    /// [`Options::comments`](crate::Options::comments) is set: the
    /// comments in page order, each with its author, date and text, and
    /// the comment it replies to. Empty otherwise; comments are never part
    /// of the body.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
    pub comments: Vec<Comment>,
    /// Authors, dates, site name, language and the rest of what the page
    /// says about the article.
    pub metadata: crate::Metadata,
    /// What kind of page it is (an article, a discussion, a product, a
    /// listing, ...): see [`PageKind`](crate::PageKind) for how it is
    /// decided. The kind decides how the page is read: a listing's cards
    /// are its content, an article's teaser grid is not.
    pub kind: crate::PageKind,
    /// The decision on every block of the page, when
    /// [`Options::explain`](crate::Options::explain) is set.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub explain: Option<Explain>,
}

/// What was found about a page that has no article (see
/// [`Error::NoArticle`](crate::Error::NoArticle)): its title and metadata,
/// resolved as they are for an [`Article`], and its kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct PageInfo {
    /// The page's headline or title, without a trailing "| Site name".
    pub title: Option<String>,
    /// Its language, site name, dates, description and the rest.
    pub metadata: crate::Metadata,
    /// What kind of page it is, decided as for an [`Article`] (see
    /// [`PageKind`](crate::PageKind)): a page with no article is often a
    /// listing of links or a shop's product without a description, and a
    /// caller may want to tell those apart from a failed article.
    pub kind: crate::PageKind,
}

/// One comment of a page's thread (see [`Article::comments`]).
///
/// The thread is a flat list in page order; a reply names the comment it
/// answers by its index in the list, so that the tree can be rebuilt
/// without recursion, however deep the page nests its replies.
///
/// ```
/// let html = r##"<body><article><h1>Backups</h1>
///   <p>The backup script kept filling the disk because a dangling link made rsync copy
///      everything again every night, until the disk ran out of space.</p>
///   <p>The fix was to check the link target before each run and stop when it is missing.</p>
///   </article>
///   <section id="comments"><ol class="comment-list">
///   <li class="comment"><div class="comment-body">
///     <div class="comment-author">Desmond says:</div>
///     <time datetime="2023-11-14T21:17:40Z">14 November 2023</time>
///     <p>The dangling symlink got me in the same way a few years back, and cost me a disk.</p>
///     <a href="#reply">Reply</a></div>
///     <ol class="children"><li class="comment"><div class="comment-body">
///       <div class="comment-author">Marta says:</div>
///       <p>Same here: I now test that the target is a directory before the copy.</p>
///     </div></li></ol>
///   </li></ol></section></body>"##;
/// let options = bodycopy::Options::default().comments(true);
/// let article = bodycopy::extract_with(html, &options)?;
/// let [first, reply] = &article.comments[..] else { panic!("two comments") };
/// assert_eq!(first.author.as_deref(), Some("Desmond"));
/// assert_eq!(first.date.as_deref(), Some("2023-11-14T21:17:40Z"));
/// assert!(first.text().starts_with("The dangling symlink got me"));
/// assert_eq!((reply.author.as_deref(), reply.parent, reply.depth), (Some("Marta"), Some(0), 1));
/// # Ok::<(), bodycopy::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Comment {
    /// Its author's name, as the page shows it ("Jane Roe", without
    /// "says:").
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub author: Option<String>,
    /// When it was written, ISO 8601 (as precise as the page says).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub date: Option<String>,
    /// Its text as blocks, without its author and date lines and its
    /// "Reply" links.
    pub blocks: Vec<Block>,
    /// The comment it replies to, as an index into
    /// [`Article::comments`], which comes before it; `None` for a comment
    /// on the article itself (or where the page does not show replies
    /// nested).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub parent: Option<usize>,
    /// How deep the reply is: 0 for a comment on the article, 1 for a
    /// reply to one, and so on.
    pub depth: u32,
}

impl Comment {
    /// The comment's text: its blocks as plain text, separated by a blank
    /// line (borrowed when it has one block).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match &self.blocks[..] {
            [one] => one.text(),
            blocks => blocks
                .iter()
                .map(|b| b.text())
                .collect::<Vec<_>>()
                .join("\n\n")
                .into(),
        }
    }
}

/// One block of the body copy.
///
/// Its variants may gain fields (as a list item gained its number): match
/// them with `..`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "kind", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum Block {
    /// A sub-heading (`h2`..`h6`; the `h1` is the title).
    #[non_exhaustive]
    Heading {
        /// The heading level, 1 to 6.
        level: u8,
        /// The heading's text.
        text: String,
        /// Links and emphasis inside the text (see [`Span`]).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
        spans: Vec<Span>,
    },
    /// A paragraph.
    #[non_exhaustive]
    Paragraph {
        /// The paragraph's text.
        text: String,
        /// Links and emphasis inside the text (see [`Span`]).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
        spans: Vec<Span>,
    },
    /// An item of a list.
    #[non_exhaustive]
    ListItem {
        /// Whether the list is numbered.
        ordered: bool,
        /// Nesting depth, 1 for a top-level list.
        depth: u8,
        /// The item's number, for an item of a numbered list: its list's
        /// `start` (1 when not given) counted on, or counted down in a
        /// `reversed` list, or the item's own `value`. `None` in a list
        /// without numbers (and for a negative number, which Markdown
        /// cannot write).
        number: Option<u32>,
        /// The item's text.
        text: String,
        /// Links and emphasis inside the text (see [`Span`]).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
        spans: Vec<Span>,
    },
    /// A term of a definition list (`dt`): a word, a name, a question,
    /// defined or answered by the [`Definition`](Block::Definition)s after
    /// it.
    #[non_exhaustive]
    Term {
        /// The term's text.
        text: String,
        /// Links and emphasis inside the text (see [`Span`]).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
        spans: Vec<Span>,
    },
    /// A definition of the [`Term`](Block::Term)s before it (`dd`).
    #[non_exhaustive]
    Definition {
        /// The definition's text.
        text: String,
        /// Links and emphasis inside the text (see [`Span`]).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
        spans: Vec<Span>,
    },
    /// A paragraph of a block quote.
    #[non_exhaustive]
    Quote {
        /// The quoted text.
        text: String,
        /// Links and emphasis inside the text (see [`Span`]).
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Vec::is_empty"))]
        spans: Vec<Span>,
    },
    /// Preformatted text (code, poetry), whitespace intact.
    #[non_exhaustive]
    Preformatted {
        /// The text, with its line breaks and indentation.
        text: String,
    },
    /// A table, as rows of cell texts.
    #[non_exhaustive]
    Table {
        /// The rows, each a list of cell texts.
        rows: Vec<Vec<String>>,
    },
    /// An image of the body, when [`Options::images`](crate::Options::images)
    /// is set.
    #[non_exhaustive]
    Image {
        /// Its address, `http` or `https`: absolute when the page's address
        /// is known (or the page names a base), otherwise relative, as
        /// written in the page.
        src: String,
        /// Its alternative text, empty when the page gives none.
        alt: String,
        /// The caption of its figure, when
        /// [`Options::captions`](crate::Options::captions) is set and the
        /// image has one.
        #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
        caption: Option<String>,
    },
}

/// A stretch of a block's text that is a link or set apart (emphasis, strong
/// emphasis, code, superscript, subscript), recorded when [`Options::links`](crate::Options::links)
/// or [`Options::formatting`](crate::Options::formatting) asks for it.
///
/// `start..end` are byte offsets (of UTF-8) into the block's text, on character
/// boundaries, with no whitespace at either end. Spans come in the order of
/// their starts, and two spans either nest or do not overlap (an outer span
/// comes before the spans inside it).
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    /// Byte offset of the span's first character in the block's text.
    pub start: usize,
    /// Byte offset just past its last character.
    pub end: usize,
    /// What the span is.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub kind: SpanKind,
}

/// What a [`Span`] is.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(tag = "type", rename_all = "snake_case"))]
#[non_exhaustive]
pub enum SpanKind {
    /// Emphasis: `em`, `i`.
    Emphasis,
    /// Strong emphasis: `strong`, `b`.
    Strong,
    /// Code inside running text: `code`, `kbd`, `samp`.
    Code,
    /// A superscript: `sup` (a footnote marker, an exponent). In the text
    /// a space sets it apart from a word it would be glued to (`said 1`,
    /// not `said1`), unless it is a word's lower-case end (`1st`).
    Superscript,
    /// A subscript: `sub` (an index in a formula), set apart in the text
    /// as a superscript is.
    Subscript,
    /// A link: `a href`, with its target resolved against the page's address
    /// when it is known.
    #[non_exhaustive]
    Link {
        /// The link's target: an `http`, `https` or `mailto` address, or a
        /// relative one when the page's address is not known.
        href: String,
    },
}

impl Block {
    /// The block as plain text (a table gives one line per row, cells
    /// separated by ` | `; an image gives its alternative text).
    pub fn text(&self) -> std::borrow::Cow<'_, str> {
        match self {
            Block::Heading { text, .. }
            | Block::Paragraph { text, .. }
            | Block::ListItem { text, .. }
            | Block::Term { text, .. }
            | Block::Definition { text, .. }
            | Block::Quote { text, .. }
            | Block::Preformatted { text } => text.as_str().into(),
            Block::Image { alt, .. } => alt.as_str().into(),
            Block::Table { rows } => rows
                .iter()
                .map(|r| r.join(" | ").replace('\n', " "))
                .collect::<Vec<_>>()
                .join("\n")
                .into(),
        }
    }

    /// The links and emphasis inside the block's text; empty for blocks
    /// that carry none (preformatted text, tables, images).
    pub fn spans(&self) -> &[Span] {
        match self {
            Block::Heading { spans, .. }
            | Block::Paragraph { spans, .. }
            | Block::ListItem { spans, .. }
            | Block::Term { spans, .. }
            | Block::Definition { spans, .. }
            | Block::Quote { spans, .. } => spans,
            _ => &[],
        }
    }
}

/// Why the extractor kept or dropped each block of a page: the record asked
/// for with [`Options::explain`](crate::Options::explain).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Explain {
    /// Every block of the page in document order, kept or not.
    pub blocks: Vec<BlockReport>,
    /// A path of tag names to the element chosen as the body's region.
    pub region: String,
}

/// One block of the page, with its features and the decision taken on it.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct BlockReport {
    /// The block's text.
    pub text: String,
    /// Whether it is part of the body copy.
    pub kept: bool,
    /// The rule that decided.
    pub reason: Rule,
    /// Words in the block.
    pub words: u32,
    /// Share of its words inside links.
    pub link_density: f32,
    /// Its text density: words per line of its text wrapped at 80
    /// columns (Kohlschütter et al.'s measure). Prose runs ten or more
    /// words a line; a menu or a label fewer (a card's blurb of a line or
    /// two is as dense as prose: its length sets it apart).
    pub text_density: f32,
    /// Its weight as evidence for the region around it.
    pub weight: f32,
    /// Whether it lies inside the region chosen as the body.
    pub in_region: bool,
}
