//! Metadata stage 1, observe: takes the elements the blocks stage's walk
//! meets, one at a time through [`Signals::observe`], and gives the
//! [`Signals`]: what the page says about itself, typed by where it says it.
//!
//! Nothing is interpreted here beyond telling the sources apart: the values
//! are kept as written, and the later stages (JSON-LD, dates, authors,
//! resolve) decide what they mean.

use ego_tree::iter::Edge;
use html5ever::local_name;
use scraper::node::Element;
use scraper::{ElementRef, Node};

use crate::blocks;
use crate::hints::{self, attr};
use crate::tuning::{
    AUTHOR_CARD_DEPTH, AUTHOR_CARD_MIN_RUN, AUTHOR_CARD_SIBLINGS, CARD_HEADLINE_MIN_WORDS,
    CARD_MAX_WORDS, MAX_AUTHOR_CHARS, MAX_AUTHOR_CLASSES, MAX_DATE_CLASSES, MAX_JSON_LD_BYTES,
    MAX_SIGNALS, PERSON_NAME_REACH,
};

/// A microdata property (`itemprop`) that names something about the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ItemProp {
    /// `author` or `creator`: a name, or a Person whose `name` is inside.
    Author,
    /// `datePublished`.
    DatePublished,
    /// `dateModified`.
    DateModified,
    /// `dateCreated` (a question's, on a discussion page).
    DateCreated,
    /// `headline`.
    Headline,
}

impl ItemProp {
    /// Whether the property gives a date.
    fn is_date(self) -> bool {
        matches!(
            self,
            ItemProp::DatePublished | ItemProp::DateModified | ItemProp::DateCreated
        )
    }

    fn of(prop: &str) -> Option<ItemProp> {
        Some(match prop {
            "author" | "creator" => ItemProp::Author,
            "datePublished" => ItemProp::DatePublished,
            "dateModified" => ItemProp::DateModified,
            "dateCreated" => ItemProp::DateCreated,
            "headline" => ItemProp::Headline,
            _ => return None,
        })
    }
}

/// A `<meta>` tag's name (from `property`, `name` or `http-equiv`, lower
/// case) and its content.
#[derive(Debug)]
pub(crate) struct MetaTag {
    /// The name as written, lower-cased: `og:title`, `author`, `dc.date`.
    pub name: String,
    /// The `content`, trimmed.
    pub content: String,
}

/// What the page says about itself, as found during the walk, each source
/// in its own field and in page order. Values are trimmed and never empty.
#[derive(Debug, Default)]
pub(crate) struct Signals {
    /// Every `<meta>` tag with a name and a content.
    pub metas: Vec<MetaTag>,
    /// The text of every `application/ld+json` script.
    pub json_ld: Vec<String>,
    /// The `<title>`'s text, whitespace collapsed.
    pub title: Option<String>,
    /// `<html lang>`.
    pub lang: Option<String>,
    /// `<link rel=canonical>`'s `href`.
    pub canonical: Option<String>,
    /// The first `<time datetime>`.
    pub time: Option<String>,
    /// The text of each `<a rel=author>`.
    pub rel_authors: Vec<String>,
    /// Microdata properties, with the value each gives.
    pub itemprops: Vec<(ItemProp, String)>,
    /// The text of the first elements whose class says they hold a date.
    pub date_classes: Vec<String>,
    /// The text of the first elements whose class says they name the
    /// author (`author-name`, `byline`), the innermost of nested ones, in
    /// the lines the reader sees (joined by `\n`).
    pub author_classes: Vec<String>,
    /// A publication date found in a script that is not JSON-LD (or in
    /// JSON-LD of any type), the last resort for the date.
    pub script_date: Option<String>,
    /// The `itemtype` that says the page is a discussion, if any.
    pub discussion_type: Option<String>,
    /// The page's first microdata `itemtype`: the outermost item, which
    /// says what the page is (a `Product`, a `BlogPosting`), for its kind.
    pub first_itemtype: Option<String>,
    /// How many elements carry the first `itemtype` (itself included): a
    /// page states its own type once, a grid types each of its tiles.
    pub first_itemtype_count: u32,
    /// How many values were taken, against [`MAX_SIGNALS`].
    taken: usize,
}

impl Signals {
    /// Records what an element says about the page, if anything. Called by
    /// the walk on every element it meets, including those it does not
    /// descend into (scripts); the `head`'s elements are read here, as the
    /// walk does not enter it.
    pub(crate) fn observe(&mut self, el: ElementRef<'_>) {
        self.observe_element(el);
        if el.value().name.local == local_name!("head") {
            for d in el.descendants().skip(1).filter_map(ElementRef::wrap) {
                self.observe_element(d);
            }
        }
    }

    /// The first value of the `<meta>` tag named `name`.
    pub(crate) fn meta(&self, name: &str) -> Option<&str> {
        self.metas
            .iter()
            .find(|m| m.name == name)
            .map(|m| m.content.as_str())
    }

    /// Every value of the `<meta>` tags named `name`.
    pub(crate) fn metas_named<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.metas
            .iter()
            .filter(move |m| m.name == name)
            .map(|m| m.content.as_str())
    }

    /// The first value of the first of `names` that the page has.
    pub(crate) fn first_meta(&self, names: &[&str]) -> Option<&str> {
        names.iter().find_map(|n| self.meta(n))
    }

    /// The first value of a microdata property.
    pub(crate) fn itemprop(&self, prop: ItemProp) -> Option<&str> {
        self.itemprops_of(prop).next()
    }

    /// Every value of a microdata property.
    pub(crate) fn itemprops_of(&self, prop: ItemProp) -> impl Iterator<Item = &str> + '_ {
        self.itemprops
            .iter()
            .filter(move |(p, _)| *p == prop)
            .map(|(_, v)| v.as_str())
    }

    /// Whether the page says, by microdata or JSON-LD, that it is a
    /// discussion: a forum thread or a question with its answers, whose
    /// replies are its content, not comments on it.
    pub(crate) fn is_discussion(&self) -> bool {
        self.discussion_type.is_some() || self.json_ld.iter().any(|j| is_discussion_type(j))
    }

    /// The value trimmed, if it is not empty and the page has not given too
    /// many values already.
    fn take(&mut self, value: &str) -> Option<String> {
        let value = value.trim();
        if value.is_empty() || self.taken >= MAX_SIGNALS {
            return None;
        }
        self.taken += 1;
        Some(value.to_string())
    }

    fn push(list: &mut Vec<String>, value: Option<String>) {
        list.extend(value);
    }

    /// Keeps the first value of a source that only its first says.
    fn first(slot: &mut Option<String>, value: Option<String>) {
        if slot.is_none() {
            *slot = value;
        }
    }

    fn observe_element(&mut self, el: ElementRef<'_>) {
        let e = el.value();
        // Most elements say nothing: tell them apart by name (an atom
        // compare) and one pass over the attributes, before anything costs
        // more.
        let named = matches!(
            e.name.local,
            local_name!("meta")
                | local_name!("link")
                | local_name!("script")
                | local_name!("html")
                | local_name!("title")
                | local_name!("time")
                | local_name!("a")
        );
        let (mut itemprop, mut class) = (None, None);
        for (n, v) in &e.attrs {
            match n.local {
                local_name!("itemprop") => itemprop = Some(&**v),
                local_name!("class") => class = Some(&**v),
                local_name!("itemtype") => {
                    if is_discussion_type(v) && self.discussion_type.is_none() {
                        self.discussion_type = self.take(v);
                    }
                    if self.first_itemtype.is_none() {
                        self.first_itemtype = self.take(v);
                    }
                    if self.first_itemtype.as_deref() == Some(v.trim()) {
                        self.first_itemtype_count += 1;
                    }
                }
                _ => {}
            }
        }
        if class.is_some_and(is_date_class) && self.date_classes.len() < MAX_DATE_CLASSES {
            let value = self.take(&short_text(el));
            Self::push(&mut self.date_classes, value);
        }
        if class.is_some_and(is_author_class)
            && !is_region(&e.name.local)
            && self.author_classes.len() < MAX_AUTHOR_CLASSES
            && !has_inner_author_class(el)
            && !in_listing_card(el)
        {
            let value = self.take(&short_lines(el));
            Self::push(&mut self.author_classes, value);
        }
        if named {
            self.observe_named(el);
        }
        // A reply's date (an answer's, a comment's) is not the page's: on a
        // question page the question's is. Its author is kept: the thread's
        // authors come in page order, the first post's first.
        let of_reply = itemprop.is_some() && in_reply_item(el);
        for prop in itemprop.into_iter().flat_map(str::split_whitespace) {
            if let Some(prop) = ItemProp::of(prop).filter(|p| !(of_reply && p.is_date())) {
                let value = self.take(&itemprop_value(el, prop));
                self.itemprops.extend(value.map(|v| (prop, v)));
            }
        }
    }

    /// Reads the elements that say something by their name: `<meta>`,
    /// `<link rel=canonical>`, scripts, `<html lang>`, `<title>`, `<time>`,
    /// `<a rel=author>`.
    fn observe_named(&mut self, el: ElementRef<'_>) {
        let e = el.value();
        match e.name.local {
            local_name!("meta") => self.observe_meta(e),
            local_name!("link") => {
                let rel = attr(e, &local_name!("rel")).unwrap_or("");
                if rel.eq_ignore_ascii_case("canonical") {
                    let value = self.take(attr(e, &local_name!("href")).unwrap_or(""));
                    Self::first(&mut self.canonical, value);
                }
            }
            local_name!("script") => self.observe_script(el),
            local_name!("html") => {
                let value = self.take(attr(e, &local_name!("lang")).unwrap_or(""));
                Self::first(&mut self.lang, value);
            }
            local_name!("title") => {
                let value = self.take(&hints::collapse(&el.text().collect::<String>()));
                Self::first(&mut self.title, value);
            }
            local_name!("time") => {
                if let Some(dt) = attr(e, &local_name!("datetime")) {
                    let value = self.take(dt);
                    Self::first(&mut self.time, value);
                }
            }
            local_name!("a")
                if attr(e, &local_name!("rel"))
                    .is_some_and(|r| r.split_whitespace().any(|w| w == "author"))
                    && !in_listing_card(el) =>
            {
                let value = self.take(&short_text(el));
                Self::push(&mut self.rel_authors, value);
            }
            _ => {}
        }
    }

    fn observe_script(&mut self, el: ElementRef<'_>) {
        let kind = attr(el.value(), &local_name!("type")).unwrap_or("");
        if kind.trim().eq_ignore_ascii_case("application/ld+json") {
            let json: String = el.text().collect();
            if json.len() <= MAX_JSON_LD_BYTES {
                let value = self.take(&json);
                Self::push(&mut self.json_ld, value);
            }
        }
        // Any script's `"datePublished"`, even in JSON-LD of a type that is
        // not an article's, is the last resort for the date.
        if self.script_date.is_none()
            && let Some(date) = el.text().find_map(super::dates::script_date)
        {
            self.script_date = self.take(&date);
        }
    }

    fn observe_meta(&mut self, e: &Element) {
        let Some(content) = attr(e, &local_name!("content")) else {
            return;
        };
        for name in [
            local_name!("property"),
            local_name!("name"),
            local_name!("http-equiv"),
        ] {
            if let Some(key) = attr(e, &name) {
                let name = key.trim().to_ascii_lowercase();
                if !name.is_empty()
                    && let Some(content) = self.take(content)
                {
                    self.metas.push(MetaTag { name, content });
                }
            }
        }
    }
}

/// Whether a schema.org type (an `itemtype` URL, or JSON-LD that names
/// types) is that of a discussion: a forum thread, a question page.
pub(crate) fn is_discussion_type(text: &str) -> bool {
    text.contains("DiscussionForumPosting") || text.contains("QAPage")
}

/// Whether a microdata property belongs to the item of a reply: the
/// nearest enclosing `itemscope` (not the element's own) is a schema.org
/// `Answer` or `Comment`.
fn in_reply_item(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .find(|a| attr(a.value(), &local_name!("itemscope")).is_some())
        .and_then(|a| attr(a.value(), &local_name!("itemtype")))
        .is_some_and(|t| {
            let t = t.trim_end_matches('/');
            t.ends_with("/Answer") || t.ends_with("/Comment")
        })
}

/// What a microdata property's element gives: its `content` or
/// `datetime`, a Person's `name` inside it, or its text.
fn itemprop_value(el: ElementRef<'_>, prop: ItemProp) -> String {
    let e = el.value();
    match prop {
        ItemProp::Author => person_name(el).unwrap_or_else(|| {
            attr(e, &local_name!("content")).map_or_else(|| short_text(el), String::from)
        }),
        ItemProp::DatePublished | ItemProp::DateModified | ItemProp::DateCreated => {
            attr(e, &local_name!("content"))
                .or_else(|| attr(e, &local_name!("datetime")))
                .map_or_else(|| short_text(el), String::from)
        }
        ItemProp::Headline => short_text(el),
    }
}

/// Whether a class list has a class with `word` in it (ASCII, any case),
/// and without any of `not`.
fn has_class_with(class: &str, word: &[u8], not: &[&[u8]]) -> bool {
    // Every class is read on every page, so those without the word's first
    // letter are passed over by a vectorised search before any word is
    // compared.
    let has = |c: &str, word: &[u8]| {
        let b = c.as_bytes();
        memchr::memchr2_iter(word[0], word[0].to_ascii_uppercase(), b).any(|i| {
            b.get(i..i + word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    };
    has(class, word)
        && class
            .split_ascii_whitespace()
            .any(|c| has(c, word) && !not.iter().any(|n| has(c, n)))
}

/// Whether an element's classes say that it holds a date (`post-date`,
/// `dateline`, `entry__date`), and not an update's (`updated-date`).
fn is_date_class(class: &str) -> bool {
    has_class_with(class, b"date", &[b"updat", b"modif"])
}

/// Whether an element's classes say that it names the author of the page
/// (`author-name`, `post-hero__author`, `byline`), and not a commenter or
/// a reviewer, nor the author's picture (nor an `authorization` link).
fn is_author_class(class: &str) -> bool {
    const NOT: &[&[u8]] = &[
        b"comment",
        b"review",
        b"testimonial",
        b"avatar",
        b"image",
        b"img",
        b"photo",
        b"authoriz",
        b"authoris",
        b"authorit",
    ];
    has_class_with(class, b"author", NOT) || has_class_with(class, b"byline", NOT)
}

/// Whether an element is a region of the page, whose classes describe
/// what it holds (WordPress writes `author-jane-doe` on a post's
/// `<article>`), not a line that names someone.
fn is_region(name: &html5ever::LocalName) -> bool {
    matches!(
        *name,
        local_name!("html")
            | local_name!("body")
            | local_name!("main")
            | local_name!("article")
            | local_name!("section")
            | local_name!("nav")
            | local_name!("aside")
            | local_name!("footer")
            | local_name!("form")
            | local_name!("ul")
            | local_name!("ol")
            | local_name!("table")
    )
}

/// Whether an element holds, within a byline's reach, another element
/// classed as naming the author: the inner one names it more closely.
fn has_inner_author_class(el: ElementRef<'_>) -> bool {
    el.descendants()
        .skip(1)
        .take(PERSON_NAME_REACH)
        .filter_map(ElementRef::wrap)
        .any(|d| attr(d.value(), &local_name!("class")).is_some_and(is_author_class))
}

/// Whether an element lies in one of a listing's cards: an ancestor (within
/// [`AUTHOR_CARD_DEPTH`]) among at least [`AUTHOR_CARD_MIN_RUN`] siblings of
/// its tag and class that each hold an element classed as an author's, and
/// itself a teaser: a headline (a heading, or a link of
/// [`CARD_HEADLINE_MIN_WORDS`] words) in at most [`CARD_MAX_WORDS`] words.
/// A card's author is the card's story's, not the page's; a thread's posts
/// (no headline each) keep theirs.
fn in_listing_card(el: ElementRef<'_>) -> bool {
    el.ancestors()
        .filter_map(ElementRef::wrap)
        .take(AUTHOR_CARD_DEPTH)
        .take_while(|a| {
            !matches!(
                a.value().name.local,
                local_name!("body") | local_name!("html")
            )
        })
        .any(|card| {
            let Some(parent) = card.parent().and_then(ElementRef::wrap) else {
                return false;
            };
            let shape = |e: &ElementRef<'_>| {
                e.value().name.local == card.value().name.local
                    && attr(e.value(), &local_name!("class"))
                        == attr(card.value(), &local_name!("class"))
            };
            parent
                .children()
                .filter_map(ElementRef::wrap)
                .take(AUTHOR_CARD_SIBLINGS)
                .filter(|s| shape(s) && has_inner_author_class(*s))
                .take(AUTHOR_CARD_MIN_RUN)
                .count()
                >= AUTHOR_CARD_MIN_RUN
                && is_teaser(card)
        })
}

/// Whether a box reads as a teaser: a short text with a headline linking
/// to another page (a link in a heading, or of [`CARD_HEADLINE_MIN_WORDS`]
/// words). A thread's post links its heading to itself (`#p123`).
fn is_teaser(card: ElementRef<'_>) -> bool {
    let mut words = 0usize;
    for t in card.text() {
        words += t.split_whitespace().count();
        if words > CARD_MAX_WORDS as usize {
            return false;
        }
    }
    card.descendants()
        .filter_map(ElementRef::wrap)
        .take(PERSON_NAME_REACH * 4)
        .filter(|d| d.value().name.local == local_name!("a"))
        .filter(|a| attr(a.value(), &local_name!("href")).is_some_and(|h| !h.contains('#')))
        .any(|a| {
            let in_heading = a
                .ancestors()
                .take(PERSON_NAME_REACH)
                .filter_map(ElementRef::wrap)
                .take_while(|p| p.id() != card.id())
                .any(|p| crate::parse::is_heading(&p.value().name.local));
            in_heading
                || a.text().flat_map(str::split_whitespace).count()
                    >= CARD_HEADLINE_MIN_WORDS as usize
        })
}

/// The `itemprop=name` inside an element (a microdata Person).
fn person_name(el: ElementRef<'_>) -> Option<String> {
    el.descendants()
        .take(PERSON_NAME_REACH)
        .filter_map(ElementRef::wrap)
        .find(|d| attr(d.value(), &local_name!("itemprop")) == Some("name"))
        .map(|d| {
            attr(d.value(), &local_name!("content")).map_or_else(|| short_text(d), String::from)
        })
}

/// An element's text, whitespace collapsed; empty when it is longer than a
/// name.
fn short_text(el: ElementRef<'_>) -> String {
    hints::collapse(&short_lines(el))
}

/// An element's text as the reader sees it in lines: a `<br>` or a
/// block-level element starts a new line ("Jane Doe<br>Staff writer" is two
/// lines, not "Jane DoeStaff writer"), while a newline in the source's
/// text is only a space; each line's whitespace collapsed,
/// empty lines dropped. Empty when the text is longer than a name.
fn short_lines(el: ElementRef<'_>) -> String {
    let mut text = String::new();
    for edge in el.traverse() {
        let (Edge::Open(node) | Edge::Close(node)) = edge;
        match node.value() {
            Node::Text(t) if matches!(edge, Edge::Open(_)) => {
                text.extend(t.chars().map(|c| if c == '\n' { ' ' } else { c }));
            }
            Node::Element(e) if blocks::breaks_line(&e.name.local) => text.push('\n'),
            _ => {}
        }
        if text.len() > MAX_AUTHOR_CHARS * 4 {
            break;
        }
    }
    let lines: Vec<String> = text
        .lines()
        .map(hints::collapse)
        .filter(|l| !l.is_empty())
        .collect();
    let text = lines.join("\n");
    if text.chars().count() > MAX_AUTHOR_CHARS {
        String::new()
    } else {
        text
    }
}

#[cfg(test)]
impl Signals {
    /// Signals as a page would give them, each named by its source:
    /// `ld+json`, `itemprop:datePublished`, `class:date`, `time`, or a
    /// `<meta>` tag's name.
    pub(crate) fn from_pairs(pairs: &[(&str, &str)]) -> Signals {
        let mut s = Signals::default();
        for &(key, value) in pairs {
            let value = value.to_string();
            match key {
                "ld+json" => s.json_ld.push(value),
                "class:date" => s.date_classes.push(value),
                "time" => s.time = Some(value),
                "title" => s.title = Some(value),
                _ => match key.strip_prefix("itemprop:").and_then(ItemProp::of) {
                    Some(prop) => s.itemprops.push((prop, value)),
                    None => s.metas.push(MetaTag {
                        name: key.to_string(),
                        content: value,
                    }),
                },
            }
        }
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_element_classed_as_a_date_is_told_from_an_update() {
        assert!(is_date_class("meta post-date"));
        assert!(is_date_class("entry__Date small"));
        assert!(is_date_class("dateline"));
        assert!(!is_date_class("last-updated-date"));
        assert!(!is_date_class("byline author"));
    }
}
