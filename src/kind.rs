//! The page's kind: an article, a discussion, a product, a listing, a
//! documentation page, a service page, or none of these.
//!
//! Takes the page's signals (schema.org types in JSON-LD and microdata, Open
//! Graph's `og:type`), its address and its shape (teaser cards, code blocks,
//! prices, prose), and gives the kind. Each source gives the kinds it speaks
//! for some points ([`KIND_SCHEMA_POINTS`] for a schema.org type, the
//! strongest, down to [`KIND_SHAPE_POINTS`] for the page's shape); the kind
//! with the most points wins, and an article when none has any: a page that
//! says nothing is read as today.

use crate::blocks::{self, Page, Tag};
use crate::hints::Ctx;
use crate::meta::Signals;
use crate::score::{self, Class, Score};
use crate::tuning::*;

/// What kind of page a page is, as [`Article::kind`](crate::Article::kind)
/// says.
///
/// Decided from general evidence, strongest first: the page's schema.org
/// types (JSON-LD `@type`, microdata `itemtype`: `NewsArticle`,
/// `DiscussionForumPosting`, `Product`, `CollectionPage`, `TechArticle`,
/// `Service`, ...) and Open Graph's `og:type`; its address (`/forum/`,
/// `/products/`, `/category/`, `/docs/`, a dated path); and its shape (a
/// grid of teaser cards with little prose besides, code blocks, prices, a
/// long run of prose). A page that gives no evidence is an article.
///
/// ```
/// let html = r#"<html><head><script type="application/ld+json">
///   {"@context": "https://schema.org", "@type": "Product", "name": "Trail shoe"}
///   </script></head><body><h1>Trail shoe</h1><p>A light shoe for long runs on
///   rough ground, with a grippy sole and a padded collar for comfort.</p></body></html>"#;
/// let article = bodycopy::extract(html)?;
/// assert_eq!(article.kind, bodycopy::PageKind::Product);
/// # Ok::<(), bodycopy::Error>(())
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum PageKind {
    /// A story, a blog post, an essay: one text by its authors.
    #[default]
    Article,
    /// A forum thread, a question and its answers: posts by many people.
    Discussion,
    /// A product's page in a shop: its name, description, specifications.
    Product,
    /// A list of items that each lead elsewhere: a category, a search's
    /// results, an index, a collection.
    Listing,
    /// A page of technical documentation: a manual, a reference, a guide.
    Documentation,
    /// A page that presents a business, a service or an app: a home or
    /// landing page, "about", "pricing".
    Service,
    /// None of the above (kept for kinds to come; not returned today).
    Other,
}

impl PageKind {
    /// The kind's name, as JSON writes it: `article`, `discussion`, ...
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Article => "article",
            PageKind::Discussion => "discussion",
            PageKind::Product => "product",
            PageKind::Listing => "listing",
            PageKind::Documentation => "documentation",
            PageKind::Service => "service",
            PageKind::Other => "other",
        }
    }
}

impl PageKind {
    /// Whether a page of this kind is read whole: its cards (title, blurb,
    /// meta line) are its items and its content, not teasers beside a story.
    pub(crate) fn reads_whole(self) -> bool {
        matches!(self, PageKind::Listing)
    }

    /// Whether a block that repeats the text of one kept before it is
    /// dropped on a page of this kind (see `clean::drop_repeats`): a shop's,
    /// a forum's, a landing page's or a listing's template renders a
    /// section twice (for small screens and large) or clones a carousel's
    /// slides. Not on an article, whose pull quotes repeat a sentence on
    /// purpose, nor on documentation, whose steps repeat a command or a
    /// note as part of the text.
    pub(crate) fn drops_repeats(self) -> bool {
        !matches!(self, PageKind::Article | PageKind::Documentation)
    }

    /// Whether the short lines of the region are content on a page of this
    /// kind: a product's price, sizes and specifications, an item's meta
    /// line, a service page's feature list, where an article's would be
    /// its furniture.
    pub(crate) fn keeps_short_lines(self) -> bool {
        matches!(
            self,
            PageKind::Listing | PageKind::Product | PageKind::Service
        )
    }
}

/// The items of the page's lists and grids, and its teaser cards: for each
/// element, whether it is or lies inside one. An item is a small box (two
/// to [`ITEM_MAX_LINES`] lines, at most [`CARD_MAX_WORDS`] words) that holds
/// a link of two words or more, among at least [`ITEM_MIN_RUN`] sibling
/// boxes of the same shape: a product's name and price, a job's title and
/// place, a story's headline and date; or a box of one line that is a
/// linked title (see [`is_linked_title`]): a list of headlines, on a page
/// without such boxes or among them. A menu's entries are one line each,
/// of a word or three; a page of cards gives its filters as such lines.
///
/// A box inside an element hinted as boilerplate is no item; `hints` says
/// whether the hints of the box itself and of its list count (see
/// [`ListHints`]).
pub(crate) fn items(page: &Page, in_teaser: &[bool], hints: ListHints) -> Vec<bool> {
    let n = page.elems.len();
    // Per subtree: lines, words, links of two words or more, linked titles.
    let mut agg = vec![(0u32, 0u32, 0u32, 0u32); n];
    for b in &page.blocks {
        let a = &mut agg[b.elem as usize];
        a.0 += b.lines;
        a.1 += b.words;
        a.2 += u32::from(b.link_words >= 2);
        a.3 += u32::from(is_linked_title(b));
    }
    // Items of two lines or more, and items of one line (a linked title),
    // with the runs of each among their siblings.
    let mut item = vec![false; n];
    let mut line = vec![false; n];
    let mut run = vec![0u32; n];
    let mut line_run = vec![0u32; n];
    for i in (1..n).rev() {
        let a = agg[i];
        let e = &page.elems[i];
        let p = e.parent as usize;
        let ctx = match hints {
            ListHints::Believed => e.ctx,
            ListHints::Ignored => page.elems[page.elems[p].parent as usize].ctx,
        };
        let small = a.1 <= CARD_MAX_WORDS && a.2 >= 1 && !ctx.any(Ctx::BOILERPLATE);
        item[i] = small && (2..=ITEM_MAX_LINES).contains(&a.0);
        line[i] = small && a.0 == 1 && a.3 == 1;
        run[p] += u32::from(item[i]);
        line_run[p] += u32::from(line[i]);
        let pa = &mut agg[p];
        pa.0 += a.0;
        pa.1 += a.1;
        pa.2 += a.2;
        pa.3 += a.3;
    }
    // A page whose items are cards (a title with its blurb, price or date)
    // lists its filters and categories as bare links: its one-line items
    // are items on a page without such cards (a list of headlines), or
    // among the cards themselves (a product shown without its price).
    let cards = run.iter().any(|r| *r >= ITEM_MIN_RUN);
    let mut inside = in_teaser.to_vec();
    inside.resize(n, false);
    for i in 1..n {
        let p = page.elems[i].parent as usize;
        inside[i] |= inside[p]
            || (item[i] && run[p] >= ITEM_MIN_RUN)
            || (line[i] && line_run[p] + run[p] >= ITEM_MIN_RUN && (!cards || run[p] > 0));
    }
    inside
}

/// Whether the class names of an item and of its list are believed when
/// the items are found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ListHints {
    /// Believed: a list named as related stories, or cards named as
    /// teasers, are not the page's items. For deciding the kind of page,
    /// where a story's "related" grid must not make it a listing.
    Believed,
    /// Not believed, only those of the elements around the list: on a page
    /// read whole, a hint on the list itself or on each of its items names
    /// what they are on this site (`class="related-stories"` on a topic's
    /// only list of stories, `tag-ferries author-jane` on each entry of a
    /// blog's archive), not a box beside the page's subject.
    Ignored,
}

/// On a page read whole, forgets the boilerplate hints that name its
/// items (see [`ListHints::Ignored`]), so that the region may hold them:
/// those of each item, of its list, of the wrappers inside an item that
/// hold all its words (`<li class="teaser-item"><div class="teaser">`),
/// and the same names on the item's parts (`teaser-summary`). Other
/// hints inside an item (a share bar named as such) stay.
pub(crate) fn forget_list_hints(page: &mut Page, items: &[bool]) {
    let n = page.elems.len();
    let words = page.subtree_words();
    let is_item = |i: usize| blocks::marked(items, i);
    // Per element: the hints to forget, the names its item goes by, and
    // whether it is an item or a wrapper holding all of one.
    let mut forget = vec![Ctx::empty(); n];
    let mut names = vec![Ctx::empty(); n];
    let mut whole = vec![false; n];
    for i in 1..n {
        let e = &page.elems[i];
        let p = e.parent as usize;
        let own = e.own & Ctx::BOILERPLATE;
        if is_item(i) && !is_item(p) {
            let list = page.elems[p].own & Ctx::BOILERPLATE;
            forget[p] = list;
            forget[i] = own;
            names[i] = own | list;
            whole[i] = true;
        } else if is_item(i) {
            whole[i] = whole[p] && words[i] == words[p];
            forget[i] = if whole[i] { own } else { own & names[p] };
            names[i] = names[p] | if whole[i] { own } else { Ctx::empty() };
        }
    }
    page.forget_own_hints(&forget);
}

/// Whether a block is a linked title: a link of a title's length
/// (one link of [`ITEM_TITLE_MIN_WORDS`] words or more) that holds more
/// than half of the block's words, the rest its source or author. A
/// menu's entries are a word or three; a meta line of short links ("12
/// points by jane | 3 comments | hide") has none that long.
fn is_linked_title(b: &crate::blocks::RawBlock) -> bool {
    b.longest_link >= ITEM_TITLE_MIN_WORDS && 2 * b.longest_link > b.words
}

/// The grid of a page read whole: the element with the most items among
/// its children (at least [`ITEM_MIN_RUN`]), the items' common container.
pub(crate) fn grid(page: &Page, items: &[bool]) -> Option<u32> {
    let mut run = vec![0u32; page.elems.len()];
    for (i, e) in page.elems.iter().enumerate().skip(1) {
        let p = e.parent as usize;
        if blocks::marked(items, i) && !blocks::marked(items, p) {
            run[p] += 1;
        }
    }
    let (best, count) = run
        .iter()
        .enumerate()
        .max_by_key(|(i, c)| (**c, usize::MAX - i))?;
    (*count >= ITEM_MIN_RUN).then_some(best as u32)
}

/// On a page read whole, a card's linked title vouches for the region that
/// holds it as its blurb does: the grid of items is the body, and the
/// region reaches out to all of it.
pub(crate) fn weigh_items(page: &Page, scores: &mut [Score], in_teaser: &[bool]) {
    for (b, s) in page.blocks.iter().zip(scores.iter_mut()) {
        if blocks::marked(in_teaser, b.elem as usize) && s.weight < 0.0 {
            s.weight = b.words as f32 * NEAR_WEIGHT;
        }
    }
}

/// On a page whose short lines are content (see
/// [`PageKind::keeps_short_lines`]), a short line that is not a link (a
/// price, a size, a specification) vouches a little for the region that
/// holds it, where on an article it costs a little: the product's box
/// reaches from its name to its details.
pub(crate) fn weigh_short_lines(page: &Page, scores: &mut [Score]) {
    for (b, s) in page.blocks.iter().zip(scores.iter_mut()) {
        if s.class == Class::Short && b.link_words == 0 {
            s.weight = b.words as f32 * SHORT_LINE_ITEM_WEIGHT;
        }
    }
}

/// On a service page, a feature card is often one link from its title to
/// its blurb (the whole box leads to the feature's own page): a block that
/// is all link but reads as prose unlinked (see [`score::score_with_links`]) is the
/// card's blurb, the page's pitch, and vouches for the region at
/// [`CARD_LINK_WEIGHT`] of an unlinked paragraph's weight. A menu's
/// entries are never punctuated sentences; the card's linked title stays
/// a link, so the cards' shape is still seen (see
/// [`teaser_cards`](crate::select::teaser_cards)).
pub(crate) fn weigh_card_links(page: &Page, scores: &mut [Score]) {
    for (b, s) in page.blocks.iter().zip(scores.iter_mut()) {
        if s.class != Class::Bad || b.link_words < b.words {
            continue;
        }
        let unlinked = score::score_with_links(b, 0);
        if unlinked.class != Class::Good {
            continue;
        }
        s.class = Class::Good;
        s.weight = unlinked.weight * CARD_LINK_WEIGHT;
    }
}

impl std::fmt::Display for PageKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// The kinds, in the order of [`Votes`].
const KINDS: [PageKind; 6] = [
    PageKind::Article,
    PageKind::Discussion,
    PageKind::Product,
    PageKind::Listing,
    PageKind::Documentation,
    PageKind::Service,
];

/// The place of a kind in [`KINDS`].
fn kind_index(kind: PageKind) -> usize {
    KINDS.iter().position(|k| *k == kind).unwrap_or(0)
}

/// Points for each kind of [`KINDS`].
#[derive(Default)]
struct Votes([f32; 6]);

impl Votes {
    fn add(&mut self, kind: PageKind, points: f32) {
        if let Some(i) = KINDS.iter().position(|k| *k == kind) {
            self.0[i] += points;
        }
    }

    /// The kind with the most points; an article on a tie or with none.
    fn winner(&self) -> PageKind {
        let mut best = (PageKind::Article, self.0[0]);
        for (k, p) in KINDS.iter().zip(self.0).skip(1) {
            if p > best.1 {
                best = (*k, p);
            }
        }
        best.0
    }
}

/// The kind a schema.org type (the last part of its URL) or an `og:type`
/// speaks for.
fn schema_kind(t: &str) -> Option<PageKind> {
    let t = t.trim();
    if t.eq_ignore_ascii_case("product.group") || t.eq_ignore_ascii_case("product:group") {
        return Some(PageKind::Listing);
    }
    let t = t.rsplit(['/', ':', '#']).next().unwrap_or(t);
    Some(match t {
        "Article"
        | "NewsArticle"
        | "BlogPosting"
        | "Blog"
        | "Report"
        | "ScholarlyArticle"
        | "OpinionNewsArticle"
        | "AnalysisNewsArticle"
        | "ReportageNewsArticle"
        | "LiveBlogPosting"
        | "Recipe"
        | "article" => PageKind::Article,
        "DiscussionForumPosting" | "QAPage" | "Question" => PageKind::Discussion,
        "Product" | "ProductGroup" | "IndividualProduct" | "ProductModel" | "product" | "Car"
        | "Vehicle" | "Book" => PageKind::Product,
        "CollectionPage" | "SearchResultsPage" | "ItemList" | "OfferCatalog" => PageKind::Listing,
        "TechArticle" | "APIReference" | "SoftwareSourceCode" => PageKind::Documentation,
        "Service"
        | "ProfessionalService"
        | "LocalBusiness"
        | "SoftwareApplication"
        | "WebApplication"
        | "MobileApplication"
        | "AboutPage"
        | "ContactPage"
        | "FAQPage"
        | "website" => PageKind::Service,
        _ => return None,
    })
}

/// The `@type`s of the top-level items of a JSON-LD script (and of its
/// `@graph`): the page's own types, not those of the things it mentions.
/// Gives whether one of those items names an author.
fn json_ld_types(json: &str, out: &mut Vec<String>) -> bool {
    let Ok(value) = serde_json::from_str::<serde_json::Value>(json) else {
        return false;
    };
    let mut items: Vec<&serde_json::Value> = match &value {
        serde_json::Value::Array(a) => a.iter().collect(),
        v => vec![v],
    };
    if let Some(serde_json::Value::Array(graph)) = value.get("@graph") {
        items.extend(graph.iter());
    }
    let mut authored = false;
    for item in items {
        authored |= item.get("author").is_some();
        match item.get("@type") {
            Some(serde_json::Value::String(t)) => out.push(t.clone()),
            Some(serde_json::Value::Array(ts)) => {
                out.extend(ts.iter().filter_map(|t| t.as_str()).map(String::from))
            }
            _ => {}
        }
    }
    authored
}

/// Path words of an address that say which kind of page it is, matched as
/// whole segments of the path (`/forum/`, `/products/`).
const PATH_WORDS: &[(&str, PageKind)] = &[
    ("forum", PageKind::Discussion),
    ("forums", PageKind::Discussion),
    ("thread", PageKind::Discussion),
    ("threads", PageKind::Discussion),
    ("t", PageKind::Discussion),
    ("questions", PageKind::Discussion),
    ("comments", PageKind::Discussion),
    ("discussion", PageKind::Discussion),
    ("discussions", PageKind::Discussion),
    ("boards", PageKind::Discussion),
    ("talk", PageKind::Discussion),
    ("showthread.php", PageKind::Discussion),
    ("viewtopic.php", PageKind::Discussion),
    ("product", PageKind::Product),
    ("products", PageKind::Product),
    ("p", PageKind::Product),
    ("dp", PageKind::Product),
    ("item", PageKind::Product),
    ("c", PageKind::Listing),
    ("category", PageKind::Listing),
    ("categories", PageKind::Listing),
    ("product-category", PageKind::Listing),
    ("collection", PageKind::Listing),
    ("collections", PageKind::Listing),
    ("browse", PageKind::Listing),
    ("shop", PageKind::Listing),
    ("list", PageKind::Listing),
    ("lists", PageKind::Listing),
    ("tag", PageKind::Listing),
    ("tags", PageKind::Listing),
    ("topics", PageKind::Listing),
    ("hub", PageKind::Listing),
    ("section", PageKind::Listing),
    ("sections", PageKind::Listing),
    ("directory", PageKind::Listing),
    ("catalog", PageKind::Listing),
    ("catalogs", PageKind::Listing),
    ("search", PageKind::Listing),
    ("archive", PageKind::Listing),
    ("archives", PageKind::Listing),
    ("trending", PageKind::Listing),
    ("jobs", PageKind::Listing),
    ("docs", PageKind::Documentation),
    ("doc", PageKind::Documentation),
    ("documentation", PageKind::Documentation),
    ("reference", PageKind::Documentation),
    ("manual", PageKind::Documentation),
    ("api", PageKind::Documentation),
    ("guide", PageKind::Documentation),
    ("guides", PageKind::Documentation),
    ("tutorial", PageKind::Documentation),
    ("services", PageKind::Service),
    ("service", PageKind::Service),
    ("pricing", PageKind::Service),
    ("about", PageKind::Service),
    ("about-us", PageKind::Service),
    ("solutions", PageKind::Service),
    ("contact", PageKind::Service),
];

/// Path words of an address under which a site keeps its stories and
/// posts (`/blog/a-post`, `/news/2024-a-story`, `/artikel/...`), matched as
/// whole segments before the last: the last segment alone (`/blog/`) is
/// the list of them.
const ARTICLE_PATH_WORDS: &[&str] = &[
    "blog",
    "blogs",
    "article",
    "articles",
    "post",
    "posts",
    "story",
    "stories",
    "news",
    "artikel",
    "noticias",
    "noticia",
    "actualites",
    "nachrichten",
    "notizie",
];

/// Beginnings of a host name that a site gives its forum
/// (`forum.example.org`, `community.example.com`).
const FORUM_HOSTS: &[&str] = &[
    "forum.",
    "forums.",
    "community.",
    "discuss.",
    "discussion.",
    "answers.",
    "bbs.",
    "boards.",
];

/// The lower-cased path of an address, without its query and fragment.
fn address_path(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let path = rest.split_once('/').map_or("", |(_, p)| p);
    path.split(['?', '#'])
        .next()
        .unwrap_or("")
        .to_ascii_lowercase()
}

/// The non-empty segments of a path.
fn path_segments(path: &str) -> Vec<&str> {
    path.split('/').filter(|s| !s.is_empty()).collect()
}

/// Whether an address is a site's home page: no path below its host.
fn is_home(url: &str) -> bool {
    path_segments(&address_path(url)).is_empty()
}

/// The points an address gives: its path's words, a dated path (an
/// article's), a site's home page (a service's landing page).
fn address_votes(url: &str, votes: &mut Votes) {
    let rest = url.split_once("://").map_or(url, |(_, r)| r);
    let host = rest.split_once('/').map_or(rest, |(h, _)| h);
    let path = address_path(url);
    if host.starts_with("docs.") || host.starts_with("developer.") || host.contains("readthedocs") {
        votes.add(PageKind::Documentation, KIND_ADDRESS_POINTS);
    }
    let host = host.to_ascii_lowercase();
    let host = host.strip_prefix("www.").unwrap_or(&host);
    if FORUM_HOSTS.iter().any(|h| host.starts_with(h)) || host.contains("forum") {
        votes.add(PageKind::Discussion, KIND_ADDRESS_POINTS);
    }
    let segments = path_segments(&path);
    if segments.is_empty() {
        votes.add(PageKind::Service, KIND_ADDRESS_POINTS);
        return;
    }
    let mut seen = [false; 6];
    // A topic with a number is a forum's thread (`/topic/1234-title`);
    // with a word, a site's section (`/topic/software`); a path that ends
    // at `news` is a site's list of stories.
    if let Some(w) = segments.windows(2).find(|w| w[0] == "topic") {
        let kind = if w[1].bytes().next().is_some_and(|b| b.is_ascii_digit()) {
            PageKind::Discussion
        } else {
            PageKind::Listing
        };
        votes.add(kind, KIND_ADDRESS_POINTS);
        seen[KINDS.iter().position(|k| *k == kind).unwrap_or(0)] = true;
    }
    if segments.last() == Some(&"news") {
        votes.add(PageKind::Listing, KIND_ADDRESS_POINTS);
    }
    for seg in &segments {
        for (word, kind) in PATH_WORDS {
            let i = KINDS.iter().position(|k| k == kind).unwrap_or(0);
            if *seg == *word && !seen[i] {
                seen[i] = true;
                votes.add(*kind, KIND_ADDRESS_POINTS);
            }
        }
    }
    let dated = segments
        .iter()
        .any(|s| s.len() == 4 && s.starts_with("20") && s.bytes().all(|b| b.is_ascii_digit()));
    let under_stories = segments[..segments.len() - 1]
        .iter()
        .any(|s| ARTICLE_PATH_WORDS.contains(s));
    if dated || under_stories {
        votes.add(PageKind::Article, KIND_ADDRESS_POINTS);
    }
}

/// Whether a short line is a price: a currency sign or code beside a number.
fn is_price(text: &str, words: u32) -> bool {
    words <= PRICE_MAX_WORDS
        && text.bytes().any(|b| b.is_ascii_digit())
        && (text.contains(['$', '€', '£', '¥', '₹', '₽'])
            || text
                .split(|c: char| !c.is_ascii_alphabetic())
                .any(|t| matches!(t, "USD" | "EUR" | "GBP" | "CHF" | "CAD" | "AUD" | "kr")))
}

/// Decides the kind of a page (see [`PageKind`]). `in_teaser` says which
/// elements are teaser cards or lie in one.
pub(crate) fn decide(
    page: &Page,
    scores: &[Score],
    in_teaser: &[bool],
    url: Option<&str>,
) -> PageKind {
    let mut votes = Votes::default();
    let signals = &page.signals;
    let mut types = Vec::new();
    // Whether a JSON-LD item is a story or has an author, in a script that
    // says "author", "Article" or "Posting".
    let mut json_ld_story = false;
    for json in &signals.json_ld {
        let first = types.len();
        let authored = json_ld_types(json, &mut types);
        json_ld_story |=
            (json.contains("author") || json.contains("Article") || json.contains("Posting"))
                && (authored
                    || types[first..]
                        .iter()
                        .any(|t| schema_kind(t) == Some(PageKind::Article)));
    }
    // A type that each tile of a grid carries (a shop's products, a list's
    // books, a front page's stories) says what the page lists, not what it
    // is; a thread's posts each carry theirs and are its content.
    // Only a type that names a kind of page counts (a grid of pictures
    // typed `ImageObject`, a menu's `SiteNavigationElement`s, say nothing).
    let first = signals.first_itemtype.as_deref();
    let listed = first.and_then(schema_kind);
    if signals.first_itemtype_count >= KIND_REPEATED_TYPE_MIN
        && listed.is_some_and(|k| k != PageKind::Discussion)
    {
        votes.add(PageKind::Listing, KIND_SCHEMA_POINTS);
    } else {
        types.extend(first.map(String::from));
    }
    // A shop's category page may state each product of its grid as a
    // JSON-LD item of its own, where a product's page states its product
    // once (its variants nested inside it): so many products are the
    // page's items, and the page lists them.
    let products = types
        .iter()
        .filter(|t| schema_kind(t) == Some(PageKind::Product))
        .count();
    if products >= KIND_LISTED_PRODUCTS_MIN {
        types.retain(|t| schema_kind(t) != Some(PageKind::Product));
        votes.add(PageKind::Listing, KIND_SCHEMA_POINTS);
    }
    let mut said = [false; 6];
    for t in &types {
        if let Some(kind) = schema_kind(t) {
            let i = kind_index(kind);
            if !said[i] {
                said[i] = true;
                // A business's type is stamped on every page of its site.
                let points = if kind == PageKind::Service {
                    KIND_OG_POINTS
                } else {
                    KIND_SCHEMA_POINTS
                };
                votes.add(kind, points);
            }
        }
    }
    // A product's page that also types a list (`ItemList`, `OfferCatalog`)
    // lists what goes with the product (its variants, related products, the
    // shop's catalogue); a listing's page types its items inside the list,
    // never beside it.
    let (product, listing) = (kind_index(PageKind::Product), kind_index(PageKind::Listing));
    if said[product] && said[listing] {
        votes.add(PageKind::Listing, -KIND_SCHEMA_POINTS);
    }
    if let Some(url) = url.or(signals.canonical.as_deref()) {
        address_votes(url, &mut votes);
    }
    // The shape: prose outside teaser cards, cards, code, prices.
    let (mut prose, mut card_words, mut code, mut prices) = (0u32, 0u32, 0u32, 0u32);
    for (b, s) in page.blocks.iter().zip(scores) {
        let card = blocks::marked(in_teaser, b.elem as usize);
        if card {
            card_words += b.words;
        } else if s.class == Class::Good {
            prose += b.words;
        }
        code += u32::from(b.tag == Tag::Pre);
        prices += u32::from(is_price(&b.text, b.words));
    }
    // Site builders stamp `og:type=article` on every page, a company's
    // home and services pages too: against a landing page's sections, or
    // an address or a type that already files the page as a service, it
    // speaks for a story only beside another sign of one.
    let story = names_date_or_author(signals, json_ld_story);
    let pitch = !story && is_sectioned_pitch(page, scores, in_teaser, prose);
    if let Some(kind) = signals.meta("og:type").and_then(schema_kind) {
        let service = pitch || (!story && votes.0[kind_index(PageKind::Service)] > 0.0);
        let points = if kind == PageKind::Article && service {
            KIND_OG_UNBACKED_ARTICLE_POINTS
        } else {
            KIND_OG_POINTS
        };
        votes.add(kind, points);
    }
    let cards = (1..page.elems.len())
        .filter(|&i| in_teaser[i] && !in_teaser[page.elems[i].parent as usize])
        .count() as u32;
    // Cards that are mostly dated teasers and outweigh the prose are a
    // front page of stories. On a home page: a news site's or a blog's,
    // not a landing page's pitch. On a page the address or the schema
    // already files as a list (a site's section): a list of stories
    // however long its lead teasers' blurbs run, not one story.
    let dated = dated_cards(page, in_teaser);
    let home = url.or(signals.canonical.as_deref()).is_some_and(is_home);
    let stories = dated >= KIND_MIN_CARDS
        && dated as f32 >= cards as f32 * KIND_DATED_CARDS_MIN_SHARE
        && card_words > prose;
    if stories && home {
        votes.add(PageKind::Service, -KIND_ADDRESS_POINTS);
        votes.add(PageKind::Listing, KIND_ADDRESS_POINTS);
    } else if stories && votes.0[kind_index(PageKind::Listing)] > 0.0 {
        votes.add(PageKind::Listing, KIND_SHAPE_POINTS);
    }
    // Items are the page's subject when they outweigh its prose and that
    // prose is no story's length (a category's intro, not an article).
    if cards >= KIND_MIN_CARDS && card_words > prose && prose < KIND_ARTICLE_PROSE_WORDS {
        votes.add(PageKind::Listing, KIND_SHAPE_POINTS);
        // A long run of items outweighs a home page's address.
        if cards >= 2 * KIND_MIN_CARDS {
            votes.add(PageKind::Listing, KIND_SHAPE_POINTS);
        }
    }
    if code >= KIND_MIN_CODE_BLOCKS {
        votes.add(PageKind::Documentation, KIND_SHAPE_POINTS);
        // A manual's page says neither when nor by whom it was written; a
        // blog post with code samples does.
        if !story {
            votes.add(PageKind::Documentation, KIND_UNSIGNED_CODE_POINTS);
        }
    }
    // A product shows its price (and an old one, a member's); a page of
    // many prices lists many products.
    if (1..=KIND_MAX_PRODUCT_PRICES).contains(&prices) && prose < KIND_ARTICLE_PROSE_WORDS {
        votes.add(PageKind::Product, KIND_SHAPE_POINTS);
    }
    if prose >= KIND_ARTICLE_PROSE_WORDS {
        votes.add(PageKind::Article, KIND_SHAPE_POINTS);
    }
    if pitch {
        votes.add(PageKind::Service, KIND_SECTIONS_POINTS);
    }
    votes.winner()
}

/// The teaser cards of a page (the outermost elements of `in_teaser`)
/// that hold a date: a `<time>`, a dateline, a relative date ("3 hours
/// ago"). A story's teaser says when it ran; a feature's card does not.
fn dated_cards(page: &Page, in_teaser: &[bool]) -> u32 {
    let n = page.elems.len();
    let mut dated = vec![false; n];
    for b in &page.blocks {
        if crate::thread::is_post_date(&b.text, b.words, b.time.is_some()) {
            dated[b.elem as usize] = true;
        }
    }
    let teaser = |i: usize| blocks::marked(in_teaser, i);
    let mut count = 0u32;
    for i in (1..n).rev() {
        let p = page.elems[i].parent as usize;
        if teaser(i) && !teaser(p) {
            count += u32::from(dated[i]);
        }
        dated[p] |= dated[i];
    }
    count
}

/// Whether a page's text is a run of short sections, as a landing page's
/// pitch is: at least [`KIND_MIN_SECTIONS`] headings below the title (h2 to
/// h6, outside teaser cards), at most [`KIND_SECTION_MAX_WORDS`] words of
/// prose for each, and no container whose own paragraphs hold more than
/// [`KIND_PROSE_RUN_MAX_SHARE`] of the prose. A story's paragraphs sit side
/// by side in its body, however many sub-headings it has.
fn is_sectioned_pitch(page: &Page, scores: &[Score], in_teaser: &[bool], prose: u32) -> bool {
    let mut headings = 0u32;
    // Prose words of the blocks whose element is a child of each element.
    let mut run = vec![0u32; page.elems.len()];
    for (b, s) in page.blocks.iter().zip(scores) {
        if blocks::marked(in_teaser, b.elem as usize) {
            continue;
        }
        headings += u32::from(matches!(b.tag, Tag::Heading(2..)));
        if s.class == Class::Good {
            let parent = page.elems[b.elem as usize].parent as usize;
            run[parent] += b.words;
        }
    }
    let longest = run.iter().copied().max().unwrap_or(0);
    headings >= KIND_MIN_SECTIONS
        && prose as f32 <= headings as f32 * KIND_SECTION_MAX_WORDS
        && longest as f32 <= prose as f32 * KIND_PROSE_RUN_MAX_SHARE
}

/// Whether the page's markup names a publication date or an author: a
/// `<time datetime>`, an element classed as a date or as the author, a
/// `rel=author` link, an `article:published_time` or `author` meta tag, a
/// JSON-LD item that is a story or has an author (`json_ld_story`, read
/// by [`decide`] with [`json_ld_types`]), a publication date in another script. A story says
/// when and by whom; a landing page seldom does. The dates a site builder
/// gives every page's JSON-LD `WebPage` (`datePublished`, `dateModified`)
/// and its `article:modified_time` say when the page was edited, not that
/// it is a story.
fn names_date_or_author(signals: &Signals, json_ld_story: bool) -> bool {
    let json_ld_dated = signals.json_ld.iter().any(|j| j.contains("datePublished"));
    signals.time.is_some()
        || !signals.date_classes.is_empty()
        || !signals.author_classes.is_empty()
        || !signals.rel_authors.is_empty()
        || signals.meta("article:published_time").is_some()
        || signals.meta("author").is_some()
        || (signals.script_date.is_some() && !json_ld_dated)
        || json_ld_story
}

#[cfg(test)]
mod tests {
    use super::*;

    fn address(url: &str) -> PageKind {
        let mut votes = Votes::default();
        address_votes(url, &mut votes);
        votes.winner()
    }

    #[test]
    fn addresses_name_kinds_by_whole_path_segments() {
        assert_eq!(
            address("https://example.org/forum/123-help"),
            PageKind::Discussion
        );
        assert_eq!(
            address("https://shop.example/products/red-kettle"),
            PageKind::Product
        );
        assert_eq!(
            address("https://example.org/category/gardening/"),
            PageKind::Listing
        );
        assert_eq!(
            address("https://docs.example.dev/install"),
            PageKind::Documentation
        );
        assert_eq!(
            address("https://example.org/2024/05/a-story"),
            PageKind::Article
        );
        assert_eq!(address("https://example.org/"), PageKind::Service);
        // A magazine's features are its long reads, not a product's.
        assert_eq!(
            address("https://example.org/features/dry-stone-walls/"),
            PageKind::Article
        );
        // A post under a site's blog or news folder is a story.
        assert_eq!(
            address("https://example.org/blog/descaling-a-kettle"),
            PageKind::Article
        );
        assert_eq!(
            address("https://example.org/about/blog/entry/20/pipes"),
            PageKind::Article
        );
        // "productivity" is not "product".
        assert_eq!(
            address("https://example.org/productivity-tips"),
            PageKind::Article
        );
    }

    #[test]
    fn home_pages_have_no_path_below_their_host() {
        assert!(is_home("https://example.org/"));
        assert!(is_home("https://example.org"));
        assert!(is_home("https://example.org/?ref=newsletter#top"));
        assert!(!is_home("https://example.org/blog/"));
        assert!(!is_home("https://example.org/index/a-story"));
    }

    #[test]
    fn json_ld_gives_the_page_s_own_types() {
        let mut types = Vec::new();
        let authored = json_ld_types(
            r#"{"@graph": [{"@type": "WebPage"}, {"@type": ["NewsArticle"],
               "about": {"@type": "Product"}}]}"#,
            &mut types,
        );
        assert_eq!(types, ["WebPage", "NewsArticle"]);
        assert!(!authored);
        let authored = json_ld_types(
            r#"[{"@type": "WebPage", "author": {"@type": "Person", "name": "Ada Moss"}}]"#,
            &mut Vec::new(),
        );
        assert!(authored);
    }

    #[test]
    fn prices_are_a_currency_beside_a_number() {
        assert!(is_price("$24.99", 1));
        assert!(is_price("Price: 1 299,00 €", 4));
        assert!(!is_price("In 2024 the council spent more", 6));
    }
}
