//! Pages built by hand for the stages' unit tests: an arena of elements and
//! the blocks inside them, without HTML, so that a test says exactly what
//! the stage sees.

use crate::blocks::{Elem, Page, RawBlock, Tag};
use crate::hints::Ctx;

/// Builds a [`Page`] element by element and block by block, in document
/// order: an element's children and blocks are added after it, and before
/// its next sibling.
pub(crate) struct PageBuilder {
    page: Page,
}

impl PageBuilder {
    /// A page whose root (element 0) is the `body`.
    pub(crate) fn new() -> Self {
        let mut page = Page::default();
        page.elems.push(Elem {
            parent: 0,
            tag: Tag::Container,
            name: "body".into(),
            ctx: Ctx::empty(),
            own: Ctx::empty(),
            image: false,
        });
        PageBuilder { page }
    }

    /// Adds an element under `parent` with its own hints; gives its index.
    pub(crate) fn elem(&mut self, parent: u32, tag: Tag, own: Ctx) -> u32 {
        let ctx = self.page.elems[parent as usize].ctx | own;
        let name = match tag {
            Tag::Paragraph => "p",
            Tag::Heading(_) => "h2",
            Tag::ListItem => "li",
            Tag::Caption => "figcaption",
            _ => "div",
        };
        self.page.elems.push(Elem {
            parent,
            tag,
            name: name.into(),
            ctx,
            own,
            image: false,
        });
        (self.page.elems.len() - 1) as u32
    }

    /// Adds a block of `text` in a new element of `tag` under `parent`; its
    /// words are the whitespace words, its punctuation the marks `.,;!?`.
    pub(crate) fn block(&mut self, parent: u32, tag: Tag, text: &str) -> usize {
        let elem = self.elem(parent, tag, Ctx::empty());
        let words = text.split_whitespace().count() as u32;
        self.page.blocks.push(RawBlock {
            text: text.to_string(),
            elem,
            row: None,
            table: None,
            list: None,
            tag,
            inline_ctx: Ctx::empty(),
            words,
            link_words: 0,
            longest_link: 0,
            punct: text.matches(['.', ',', ';', '!', '?']).count() as u32,
            list_depth: 0,
            ordered: false,
            number: None,
            quote: false,
            lines: 1,
            time: None,
            beside_image: false,
            spans: Vec::new(),
        });
        self.page.blocks.len() - 1
    }

    /// Adds a paragraph of `text` under `parent`.
    pub(crate) fn para(&mut self, parent: u32, text: &str) -> usize {
        self.block(parent, Tag::Paragraph, text)
    }

    /// Adds a block of `text` under `parent` whose words are all inside links.
    pub(crate) fn links(&mut self, parent: u32, text: &str) -> usize {
        let i = self.block(parent, Tag::Container, text);
        let b = &mut self.page.blocks[i];
        b.link_words = b.words;
        i
    }

    /// The page built.
    pub(crate) fn build(self) -> Page {
        self.page
    }
}

/// A paragraph of story prose, 30 words and punctuated.
pub(crate) const PROSE: &str = "The harbour was closed on Tuesday after a storm drove waves \
    over the old pier, the port authority said, and the ferries stayed in port until the \
    evening tide had turned again.";
