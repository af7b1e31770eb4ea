//! Structural hints: what an element's tag, ARIA role, `class` and `id` say
//! about the text inside it.
//!
//! Hints are inherited down the tree as a bit set ([`Ctx`]). Tags and roles are
//! standard and carry weight; class and id words are site conventions, so the
//! scoring stage treats them as a nudge that density and structure can
//! overrule. A page whose classes are hashes (`css-1x2y3z`) simply has none.

use std::borrow::Cow;
use std::ops::{BitAnd, BitOr, BitOrAssign};

use html5ever::local_name;
use scraper::node::Element;

/// A set of hints inherited from an element and its ancestors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Ctx(u32);

impl Ctx {
    /// Inside `nav`, `role=navigation`, a menu or breadcrumb.
    pub const NAV: Ctx = Ctx(1);
    /// Inside the page footer.
    pub const FOOTER: Ctx = Ctx(1 << 1);
    /// Inside `aside` or a sidebar.
    pub const ASIDE: Ctx = Ctx(1 << 2);
    /// Inside a `header` (the page's, or an article's: title and byline).
    pub const HEADER: Ctx = Ctx(1 << 3);
    /// Inside a `figure`, or an element whose class names a caption or credit.
    pub const FIGURE: Ctx = Ctx(1 << 4);
    /// Inside a comment section.
    pub const COMMENTS: Ctx = Ctx(1 << 5);
    /// Inside a related / recommended / most-read teaser block.
    pub const RELATED: Ctx = Ctx(1 << 6);
    /// Inside a share bar or social links.
    pub const SHARE: Ctx = Ctx(1 << 7);
    /// Inside an ad slot or sponsored block.
    pub const AD: Ctx = Ctx(1 << 8);
    /// Inside a newsletter or subscription box.
    pub const NEWSLETTER: Ctx = Ctx(1 << 9);
    /// Inside a cookie or consent banner, or a modal.
    pub const COOKIE: Ctx = Ctx(1 << 10);
    /// Inside a byline, dateline or article meta line.
    pub const BYLINE: Ctx = Ctx(1 << 11);
    /// Inside an element that says it holds the article body.
    pub const ARTICLE: Ctx = Ctx(1 << 12);
    /// Inside a `form`.
    pub const FORM: Ctx = Ctx(1 << 13);
    /// Inside a list of tags, categories or topics.
    pub const TAGS: Ctx = Ctx(1 << 14);
    /// Inside an element with `<article>` semantics (tag or role).
    pub const ARTICLE_TAG: Ctx = Ctx(1 << 15);
    /// Inside `<main>` or `role=main`.
    pub const MAIN: Ctx = Ctx(1 << 16);

    /// Inside a button-like link or a call to action.
    pub const ACTION: Ctx = Ctx(1 << 17);
    /// Inside an item that microdata calls a comment (`itemprop=comment`):
    /// a comment below an article, or a reply in a discussion.
    pub const REPLY: Ctx = Ctx(1 << 18);
    /// Inside a box whose class or id names it a promotion, a banner or a
    /// teaser: beside a story, an advertisement or a pointer to another
    /// page; on a landing page, the page's own pitch.
    pub const PROMO: Ctx = Ctx(1 << 19);
    /// Inside customer reviews (`reviews`, a review service's widget): the
    /// buyers' words about a product, beside it on a product page. Not
    /// boilerplate elsewhere: a review is an article's own text. (A
    /// testimonial is not one: a shop or a service quotes its customers
    /// as part of its own pitch.)
    pub const REVIEWS: Ctx = Ctx(1 << 20);
    /// Inside a box named "read more": beside a story, a box of links to
    /// more stories; on a product page, the description cut short behind
    /// its "Read more" button, which the page's kind tells apart.
    pub const READ_MORE: Ctx = Ctx(1 << 21);
    /// Inside a box named as a signature: on a forum, the lines a member
    /// has appended to every post (a motto, links to their shop, their
    /// rig). Not boilerplate to the region's choice, as a story may sign
    /// off in a box of that name; the clean stage drops it on a discussion.
    pub const SIGNATURE: Ctx = Ctx(1 << 22);

    /// Hints that mark text as not being body copy.
    pub const BOILERPLATE: Ctx = Ctx(Self::NAV.0
        | Self::FOOTER.0
        | Self::ASIDE.0
        | Self::COMMENTS.0
        | Self::REPLY.0
        | Self::RELATED.0
        | Self::READ_MORE.0
        | Self::SHARE.0
        | Self::AD.0
        | Self::NEWSLETTER.0
        | Self::COOKIE.0
        | Self::TAGS.0
        | Self::ACTION.0
        | Self::PROMO.0);

    /// The names of the hints set, for the explain report.
    pub fn names(self) -> Vec<&'static str> {
        const NAMES: [(Ctx, &str); 23] = [
            (Ctx::NAV, "nav"),
            (Ctx::FOOTER, "footer"),
            (Ctx::ASIDE, "aside"),
            (Ctx::HEADER, "header"),
            (Ctx::FIGURE, "figure"),
            (Ctx::COMMENTS, "comments"),
            (Ctx::RELATED, "related"),
            (Ctx::SHARE, "share"),
            (Ctx::AD, "ad"),
            (Ctx::NEWSLETTER, "newsletter"),
            (Ctx::COOKIE, "cookie"),
            (Ctx::BYLINE, "byline"),
            (Ctx::ARTICLE, "article-body"),
            (Ctx::FORM, "form"),
            (Ctx::TAGS, "tags"),
            (Ctx::ARTICLE_TAG, "article"),
            (Ctx::MAIN, "main"),
            (Ctx::ACTION, "action"),
            (Ctx::REPLY, "reply"),
            (Ctx::PROMO, "promo"),
            (Ctx::REVIEWS, "reviews"),
            (Ctx::READ_MORE, "read-more"),
            (Ctx::SIGNATURE, "signature"),
        ];
        NAMES
            .iter()
            .filter(|(c, _)| self.any(*c))
            .map(|(_, n)| *n)
            .collect()
    }

    /// The empty set.
    pub const fn empty() -> Ctx {
        Ctx(0)
    }

    /// Whether any hint of `other` is set.
    pub const fn any(self, other: Ctx) -> bool {
        self.0 & other.0 != 0
    }

    /// These hints less those of `other`.
    pub const fn without(self, other: Ctx) -> Ctx {
        Ctx(self.0 & !other.0)
    }
}

impl BitOr for Ctx {
    type Output = Ctx;
    fn bitor(self, rhs: Ctx) -> Ctx {
        Ctx(self.0 | rhs.0)
    }
}

impl BitOrAssign for Ctx {
    fn bitor_assign(&mut self, rhs: Ctx) {
        self.0 |= rhs.0;
    }
}

impl BitAnd for Ctx {
    type Output = Ctx;
    fn bitand(self, rhs: Ctx) -> Ctx {
        Ctx(self.0 & rhs.0)
    }
}

/// Scans class and id values for hint words, remembering the class values
/// met: a page repeats a few hundred class values over thousands of
/// elements (the paragraphs of a body, the cards of a grid, a design
/// system's utility classes), and comparing one costs less than scanning it.
pub(crate) struct ClassHints {
    /// Class values and their hints, in slots chosen by [`class_slot`].
    seen: Box<[(Box<str>, Ctx)]>,
    /// A reusable buffer for lower-casing.
    scratch: Vec<u8>,
}

/// How many class values [`ClassHints`] remembers.
const CLASS_SLOTS: usize = 256;

impl Default for ClassHints {
    fn default() -> Self {
        ClassHints {
            seen: (0..CLASS_SLOTS)
                .map(|_| (Box::default(), Ctx::empty()))
                .collect(),
            scratch: Vec::new(),
        }
    }
}

/// The slot of a class value: a hash of its length and of its first and
/// last eight bytes, which costs the same for a long value as for a short.
fn class_slot(value: &str) -> usize {
    let b = value.as_bytes();
    let head = b.iter().take(8).fold(0u64, |h, &x| h << 8 | u64::from(x));
    let tail = b
        .iter()
        .rev()
        .take(8)
        .fold(0u64, |h, &x| h << 8 | u64::from(x));
    let h = (head ^ tail.rotate_left(31) ^ b.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 32) as usize % CLASS_SLOTS
}

impl ClassHints {
    /// The hints of a class value, remembered.
    fn class(&mut self, value: &str) -> Ctx {
        let slot = class_slot(value);
        if let Some((seen, ctx)) = self.seen.get(slot)
            && **seen == *value
        {
            return *ctx;
        }
        let ctx = self.scan(value);
        if let Some(entry) = self.seen.get_mut(slot) {
            *entry = (value.into(), ctx);
        }
        ctx
    }

    /// The hints of a class or id value, scanned.
    fn scan(&mut self, value: &str) -> Ctx {
        self.scratch.clear();
        self.scratch
            .extend(value.bytes().map(|b| b.to_ascii_lowercase()));
        class_ctx(&self.scratch)
    }
}

/// An attribute's value, found by comparing atoms (`Element::attr` interns
/// the name it is given, which costs a hash on every call).
pub(crate) fn attr<'a>(e: &'a Element, name: &html5ever::LocalName) -> Option<&'a str> {
    e.attrs
        .iter()
        .find(|(n, _)| n.local == *name)
        .map(|(_, v)| &**v)
}

/// The hints an element adds by itself: its tag, role, itemprop, class and id.
pub(crate) fn element_ctx(el: &Element, classes: &mut ClassHints) -> Ctx {
    let mut ctx = match el.name.local {
        local_name!("nav") => Ctx::NAV,
        local_name!("footer") => Ctx::FOOTER,
        local_name!("aside") => Ctx::ASIDE,
        local_name!("header") => Ctx::HEADER,
        local_name!("figure") | local_name!("figcaption") => Ctx::FIGURE,
        local_name!("form") => Ctx::FORM,
        local_name!("article") => Ctx::ARTICLE_TAG,
        local_name!("main") => Ctx::MAIN,
        local_name!("address") => Ctx::BYLINE,
        _ => Ctx::empty(),
    };
    if el.attrs.is_empty() {
        return ctx;
    }
    for (attr, value) in &el.attrs {
        match attr.local {
            local_name!("class") => ctx |= classes.class(value),
            local_name!("id") => ctx |= classes.scan(value),
            local_name!("role") => {
                ctx |= match value.trim().to_ascii_lowercase().as_str() {
                    "navigation" | "menu" | "menubar" => Ctx::NAV,
                    "contentinfo" => Ctx::FOOTER,
                    "complementary" => Ctx::ASIDE,
                    "banner" => Ctx::HEADER,
                    "article" => Ctx::ARTICLE_TAG,
                    "main" => Ctx::MAIN,
                    "dialog" | "alertdialog" => Ctx::COOKIE,
                    "figure" => Ctx::FIGURE,
                    _ => Ctx::empty(),
                }
            }
            // A popover (the HTML attribute) is hidden until a button
            // opens it over the page, as a dialog is: an install prompt,
            // a notification settings panel, an off-canvas menu.
            ref name if &**name == "popover" => ctx |= Ctx::COOKIE,
            local_name!("itemprop") => {
                let v = value.to_ascii_lowercase();
                if v.contains("articlebody") || v == "text" || v.contains("reviewbody") {
                    ctx |= Ctx::ARTICLE;
                } else if v.contains("author") || v.contains("datepublished") {
                    ctx |= Ctx::BYLINE;
                } else if v.contains("comment") {
                    ctx |= Ctx::REPLY;
                }
            }
            _ => {}
        }
    }
    ctx
}

/// Hints from lower-cased class and id words.
fn class_ctx(s: &[u8]) -> Ctx {
    let mut ctx = Ctx::empty();
    // Long words are matched inside tokens (see `words_starting_with`); short
    // ones only as whole tokens, since "ad" or "nav" hide in ordinary words.
    const TOKENS: &[(&str, Ctx)] = &[
        ("nav", Ctx::NAV),
        ("menu", Ctx::NAV),
        ("ad", Ctx::AD),
        ("ads", Ctx::AD),
        ("adslot", Ctx::AD),
        ("dfp", Ctx::AD),
        ("tags", Ctx::TAGS),
        ("tag", Ctx::TAGS),
        ("topics", Ctx::TAGS),
        ("keywords", Ctx::TAGS),
        ("meta", Ctx::BYLINE),
        ("date", Ctx::BYLINE),
        ("footer", Ctx::FOOTER),
        ("header", Ctx::HEADER),
        ("btn", Ctx::ACTION),
        ("button", Ctx::ACTION),
        ("cta", Ctx::ACTION),
    ];
    for (i, pair) in s.windows(2).enumerate() {
        let bigram = usize::from(pair[0]) << 8 | usize::from(pair[1]);
        if BIGRAMS[bigram >> 6] & (1 << (bigram & 63)) == 0 {
            continue;
        }
        for (word, hint) in words_starting_with(pair[0]) {
            // "preview" (an image's, a link's) holds "review".
            let preview = *hint == Ctx::REVIEWS && i > 0 && s[i - 1] == b'p';
            if starts_with(&s[i..], word.as_bytes()) && !preview {
                ctx |= *hint;
            }
        }
    }
    for token in s.split(|c| !c.is_ascii_alphanumeric()) {
        if token.is_empty() {
            continue;
        }
        for (word, hint) in TOKENS {
            if token == word.as_bytes() {
                ctx |= *hint;
            }
        }
    }
    ctx
}

/// `haystack.starts_with(needle)`, compared byte by byte: the needles are a
/// few bytes long and most differ at the second byte, where a call to
/// `memcmp` would cost more than the comparison.
fn starts_with(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.len() >= needle.len() && haystack.iter().zip(needle).all(|(a, b)| a == b)
}

/// The first two bytes of every word of `words_starting_with`, as a set of
/// bits: most positions of a class name start none of the words, and one
/// lookup tells so.
static BIGRAMS: [u64; 1024] = {
    let mut set = [0u64; 1024];
    let mut first = 0;
    while first < 256 {
        let words = words_starting_with(first as u8);
        let mut w = 0;
        while w < words.len() {
            let bytes = words[w].0.as_bytes();
            let bigram = (bytes[0] as usize) << 8 | bytes[1] as usize;
            set[bigram >> 6] |= 1 << (bigram & 63);
            w += 1;
        }
        first += 1;
    }
    set
};

/// Class and id words matched anywhere inside a token ("article-comments",
/// "relatedlinks"), grouped by first letter so that a scan tries only the
/// words that can start at each position.
const fn words_starting_with(b: u8) -> &'static [(&'static str, Ctx)] {
    match b {
        b'a' => &[
            ("advert", Ctx::AD),
            ("author", Ctx::BYLINE),
            ("article-body", Ctx::ARTICLE),
            ("articlebody", Ctx::ARTICLE),
            ("article__body", Ctx::ARTICLE),
            ("article-content", Ctx::ARTICLE),
            ("article-text", Ctx::ARTICLE),
        ],
        b'b' => &[
            ("breadcrumb", Ctx::NAV),
            ("banner", Ctx::PROMO),
            ("byline", Ctx::BYLINE),
            ("body-text", Ctx::ARTICLE),
        ],
        b'c' => &[
            ("comment", Ctx::COMMENTS),
            ("cookie", Ctx::COOKIE),
            ("consent", Ctx::COOKIE),
            ("copyright", Ctx::FOOTER),
            ("caption", Ctx::FIGURE),
            ("credit", Ctx::FIGURE),
        ],
        b'd' => &[("disqus", Ctx::COMMENTS), ("dateline", Ctx::BYLINE)],
        b'e' => &[("entry-content", Ctx::ARTICLE)],
        b'f' => &[("footer", Ctx::FOOTER)],
        b'g' => &[("gdpr", Ctx::COOKIE)],
        // A picture drawn in HTML (a product's app beside its pitch, with
        // made-up tickets and names) is named as a picture is.
        b'i' => &[("illustration", Ctx::FIGURE)],
        b'm' => &[
            ("more-stories", Ctx::RELATED),
            ("most-read", Ctx::RELATED),
            ("mostread", Ctx::RELATED),
            ("most-popular", Ctx::RELATED),
            ("modal", Ctx::COOKIE),
            ("masthead", Ctx::NAV),
            ("mockup", Ctx::FIGURE),
        ],
        b'n' => &[
            ("newsletter", Ctx::NEWSLETTER),
            ("navbar", Ctx::NAV),
            ("navigation", Ctx::NAV),
        ],
        b'o' => &[("outbrain", Ctx::RELATED)],
        b'y' => &[("yotpo", Ctx::REVIEWS)],
        b'p' => &[
            ("popup", Ctx::COOKIE),
            ("pagination", Ctx::NAV),
            ("promo", Ctx::PROMO),
            ("post-content", Ctx::ARTICLE),
            ("post-body", Ctx::ARTICLE),
        ],
        b'r' => &[
            ("related", Ctx::RELATED),
            ("recommend", Ctx::RELATED),
            ("review", Ctx::REVIEWS),
            ("read-more", Ctx::READ_MORE),
            ("readmore", Ctx::READ_MORE),
        ],
        b's' => &[
            ("subscribe", Ctx::NEWSLETTER),
            ("signup", Ctx::NEWSLETTER),
            ("sign-up", Ctx::NEWSLETTER),
            ("signature", Ctx::SIGNATURE),
            ("sidebar", Ctx::ASIDE),
            ("share", Ctx::SHARE),
            ("social", Ctx::SHARE),
            ("sponsor", Ctx::AD),
            ("story-body", Ctx::ARTICLE),
            ("storybody", Ctx::ARTICLE),
            ("story-content", Ctx::ARTICLE),
        ],
        b't' => &[
            ("trending", Ctx::RELATED),
            ("taboola", Ctx::RELATED),
            ("trustpilot", Ctx::REVIEWS),
            ("teaser", Ctx::PROMO),
            ("timestamp", Ctx::BYLINE),
        ],
        _ => &[],
    }
}

/// Class names that float a picture to one side of the text, from the
/// common CMS and CSS frameworks' conventions (WordPress's `alignleft`,
/// Bootstrap's `pull-left` and `float-left`, and their spellings).
const FLOAT_CLASSES: &[&str] = &[
    "alignleft",
    "alignright",
    "align-left",
    "align-right",
    "floatleft",
    "floatright",
    "float-left",
    "float-right",
    "pull-left",
    "pull-right",
];

/// Whether an element is floated to one side of the text around it: by
/// its `align` attribute, a `float` in its style, or a class that floats.
pub(crate) fn is_floated(el: &Element) -> bool {
    el.attrs.iter().any(|(name, value)| match name.local {
        local_name!("align") => {
            let v = value.trim();
            v.eq_ignore_ascii_case("left") || v.eq_ignore_ascii_case("right")
        }
        local_name!("style") => {
            let compact: String = value
                .chars()
                .filter(|c| !c.is_whitespace())
                .map(|c| c.to_ascii_lowercase())
                .collect();
            compact.contains("float:left") || compact.contains("float:right")
        }
        local_name!("class") => value
            .split_ascii_whitespace()
            .any(|c| FLOAT_CLASSES.iter().any(|f| c.eq_ignore_ascii_case(f))),
        _ => false,
    })
}

/// Whether an inline `style` hides the element.
pub(crate) fn style_hides(style: &str) -> bool {
    let mut compact = String::with_capacity(style.len());
    for ch in style.chars() {
        if !ch.is_whitespace() {
            compact.push(ch.to_ascii_lowercase());
        }
    }
    compact.contains("display:none") || compact.contains("visibility:hidden")
}

/// Whether a character belongs to a script written without spaces between
/// words (Chinese, Japanese), where each character counts as a word.
pub(crate) fn is_cjk(ch: char) -> bool {
    matches!(ch as u32,
        0x3040..=0x30FF   // Hiragana, Katakana
        | 0x3400..=0x4DBF // CJK extension A
        | 0x4E00..=0x9FFF // CJK unified ideographs
        | 0xF900..=0xFAFF // CJK compatibility ideographs
        | 0x20000..=0x2FA1F)
}

/// A character of a script written without spaces between its words:
/// Thai, Lao, Myanmar (Burmese) and Khmer, their marks included.
pub(crate) fn is_unspaced(ch: char) -> bool {
    matches!(ch as u32,
        0x0E00..=0x0EFF   // Thai, Lao
        | 0x1000..=0x109F // Myanmar
        | 0x1780..=0x17FF) // Khmer
}

/// Whether a character is one of the invisible ones that text carries for
/// line breaking or by accident: the soft hyphen, the zero-width space, the
/// word joiner, the byte-order mark (a zero-width no-break space inside
/// text), and the zero-width joiner and non-joiner.
pub(crate) fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}'
    )
}

/// Whether the invisible character `c`, after `before`, is to be removed
/// from the text. The joiners are kept where they do something: the
/// zero-width joiner inside an emoji sequence (a family, a flag, a skin
/// tone), and both joiners after a letter of a script that shapes its
/// letters by them (Arabic and Persian, Syriac, the scripts of India and
/// South-East Asia, Tibetan, Mongolian). The others only mark where a line
/// may break, or not.
pub(crate) fn drops_invisible(before: Option<char>, c: char) -> bool {
    match c {
        '\u{200C}' | '\u{200D}' => !before.is_some_and(|b| {
            let b = b as u32;
            matches!(b,
                0x0600..=0x08FF       // Arabic, Syriac, Thaana, NKo, Arabic extended
                | 0x0900..=0x0DFF     // the scripts of India and Sri Lanka
                | 0x0F00..=0x109F     // Tibetan, Myanmar
                | 0x1780..=0x18AF     // Khmer, Mongolian
                | 0xA8E0..=0xA8FF     // Devanagari extended
                | 0xFB50..=0xFDFF     // Arabic presentation forms
                | 0xFE70..=0xFEFE)
                || (c == '\u{200D}'
                    && matches!(b,
                        0x2190..=0x2BFF       // arrows, symbols, dingbats
                        | 0xFE0F              // emoji presentation selector
                        | 0x1F000..=0x1FAFF   // emoji, with skin tones
                        | 0xE0020..=0xE007F)) // tags of flag sequences
        }),
        _ => is_invisible(c),
    }
}

/// `text` without the invisible characters [`drops_invisible`] removes;
/// `before` is the character before it.
pub(crate) fn strip_invisible(before: Option<char>, text: &str) -> Cow<'_, str> {
    if !text.contains(is_invisible) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len());
    let mut prev = before;
    for c in text.chars() {
        if !drops_invisible(prev, c) {
            out.push(c);
        }
        prev = Some(c);
    }
    out.into()
}

/// Collapses runs of whitespace into single spaces and trims, and removes
/// the invisible characters that [`drops_invisible`] removes.
pub(crate) fn collapse(s: &str) -> String {
    let s = strip_invisible(None, s);
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx_of(html: &str) -> Ctx {
        let doc = scraper::Html::parse_fragment(html);
        let el = doc
            .root_element()
            .children()
            .find_map(scraper::ElementRef::wrap)
            .map(|e| e.value().clone());
        el.map_or(Ctx::empty(), |e| {
            element_ctx(&e, &mut ClassHints::default())
        })
    }

    #[test]
    fn class_words_match_inside_tokens_and_short_ones_only_whole() {
        assert!(ctx_of("<div class='Article-Comments__list'>").any(Ctx::COMMENTS));
        assert!(ctx_of("<div class='sidebar-mostread'>").any(Ctx::RELATED));
        assert!(ctx_of("<div id='relatedLinks'>").any(Ctx::RELATED));
        assert!(ctx_of("<div class='c-ad slot'>").any(Ctx::AD));
        // "ad" and "nav" hide in ordinary words: whole tokens only.
        assert!(!ctx_of("<div class='header-shadow loaded'>").any(Ctx::AD));
        assert!(!ctx_of("<div class='canvas'>").any(Ctx::NAV));
        // Hashed CSS-in-JS names say nothing.
        assert_eq!(ctx_of("<div class='css-1q2w3e4 e1r5t6y0'>"), Ctx::empty());
    }

    #[test]
    fn reviews_are_named_but_not_by_a_preview_or_an_overview() {
        assert!(ctx_of("<section class='product-reviews'>").any(Ctx::REVIEWS));
        assert!(ctx_of("<div id='yotpo-widget'>").any(Ctx::REVIEWS));
        assert!(!ctx_of("<div class='link-preview'>").any(Ctx::REVIEWS));
        assert!(!ctx_of("<div class='product-overview'>").any(Ctx::REVIEWS));
        assert!(!ctx_of("<section class='product-reviews'>").any(Ctx::BOILERPLATE));
    }

    #[test]
    fn a_read_more_box_is_boilerplate_by_its_own_hint() {
        let ctx = ctx_of("<div id='product-details-read-more'>");
        assert!(ctx.any(Ctx::READ_MORE) && ctx.any(Ctx::BOILERPLATE));
        assert!(!ctx.without(Ctx::READ_MORE).any(Ctx::BOILERPLATE));
    }

    #[test]
    fn tags_roles_and_itemprops_give_hints() {
        assert!(ctx_of("<nav>").any(Ctx::NAV));
        assert!(ctx_of("<div role='Navigation'>").any(Ctx::NAV));
        assert!(ctx_of("<div itemprop='articleBody'>").any(Ctx::ARTICLE));
        assert!(ctx_of("<span itemprop='author'>").any(Ctx::BYLINE));
    }
}
