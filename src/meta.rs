//! Metadata: takes what the page says about itself — JSON-LD (including
//! `@graph`), Open Graph, Twitter cards, Dublin Core and other `<meta>` tags,
//! `<link rel=canonical>`, `<time>`, microdata (`itemprop`), `<html lang>` —
//! collected as [`Signals`] during the walk of the blocks stage, and gives the
//! article's [`Metadata`], with the visible page (the `h1`, a byline) as the
//! fallback.
//!
//! Each field is taken from the most specific source that has it: structured
//! data written for the article (JSON-LD of an article type, microdata), then
//! the social tags (Open Graph, Twitter), then generic `<meta>` names, then
//! the page's own text.

use html5ever::local_name;
use scraper::ElementRef;
use scraper::node::Element;

use crate::hints::{self, attr};

/// The most bytes of one JSON-LD script that are read (real ones are a few
/// kilobytes; an oversized one is not the article's metadata).
const MAX_JSON_LD_BYTES: usize = 256 << 10;
/// The most signals collected from one page, so that a page of a million
/// `<meta>` tags costs no more than one of a hundred.
const MAX_SIGNALS: usize = 512;
/// The most characters of a visible author name (an `itemprop=author` box
/// with a biography is not a name).
const MAX_AUTHOR_CHARS: usize = 80;

/// The article's metadata, as far as the page gives it.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Metadata {
    /// The authors' names, in the page's order, without "By".
    pub authors: Vec<String>,
    /// When the article was published, ISO 8601 (`2019-11-19` or
    /// `2019-11-19T14:30:00-05:00`, as precise as the page says).
    pub published: Option<String>,
    /// When it was last modified, ISO 8601.
    pub modified: Option<String>,
    /// The site's or publication's name.
    pub site_name: Option<String>,
    /// The page's language (a BCP 47 tag such as `en` or `pt-BR`).
    pub language: Option<String>,
    /// The page's own summary of the article.
    pub description: Option<String>,
    /// The canonical URL of the article: an `http` or `https` address,
    /// made absolute against the page's address when it is known.
    pub canonical_url: Option<String>,
    /// The URL of the lead image, `http` or `https`, made absolute as
    /// [`canonical_url`](Metadata::canonical_url) is.
    pub image: Option<String>,
    /// Tags, keywords and categories.
    pub tags: Vec<String>,
}

/// What the page says about itself, as found during the walk: `(key, value)`
/// pairs where the key names the source (`og:title`, `name:author`,
/// `ld+json`, `time`, `itemprop:author`, `lang`, `canonical`, ...).
#[derive(Debug, Default)]
pub(crate) struct Signals(Vec<(String, String)>);

impl Signals {
    fn push(&mut self, key: impl Into<String>, value: &str) {
        let value = value.trim();
        if !value.is_empty() && self.0.len() < MAX_SIGNALS {
            self.0.push((key.into(), value.to_string()));
        }
    }

    /// The first value under `key`.
    fn get(&self, key: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The first value under any of `keys`, in their order.
    fn first(&self, keys: &[&str]) -> Option<&str> {
        keys.iter().find_map(|k| self.get(k))
    }

    /// Whether the page says, by microdata or JSON-LD, that it is a
    /// discussion: a forum thread or a question with its answers, whose
    /// replies are its content, not comments on it.
    pub(crate) fn is_discussion(&self) -> bool {
        self.get("discussion").is_some() || self.all("ld+json").any(is_discussion_type)
    }

    fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.0
            .iter()
            .filter(move |(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }
}

/// Records what an element says about the page, if anything. Called on every
/// element the walk meets, including those it does not descend into (the
/// `head`'s, scripts).
pub(crate) fn observe(el: ElementRef<'_>, signals: &mut Signals) {
    let e = el.value();
    // Most elements say nothing: tell them apart by name (an atom compare)
    // and one pass over the attributes, before anything costs more.
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
                if is_discussion_type(v) && signals.get("discussion").is_none() {
                    signals.push("discussion", v);
                }
            }
            _ => {}
        }
    }
    if let Some(class) = class
        && is_date_class(class)
        && signals
            .all("class:date")
            .nth(MAX_DATE_CLASSES - 1)
            .is_none()
    {
        signals.push("class:date", &short_text(el));
    }
    if !named && itemprop.is_none() {
        return;
    }
    match e.name.local {
        local_name!("meta") => observe_meta(e, signals),
        local_name!("link") => {
            let rel = attr(e, &local_name!("rel")).unwrap_or("");
            if rel.eq_ignore_ascii_case("canonical") {
                signals.push("canonical", attr(e, &local_name!("href")).unwrap_or(""));
            }
        }
        local_name!("script") => {
            let kind = attr(e, &local_name!("type")).unwrap_or("");
            if kind.trim().eq_ignore_ascii_case("application/ld+json") {
                let json: String = el.text().collect();
                if json.len() <= MAX_JSON_LD_BYTES {
                    signals.push("ld+json", &json);
                }
            }
            // Any script's `"datePublished"`, even in JSON-LD of a type
            // that is not an article's, is the last resort for the date.
            if signals.get("script:datePublished").is_none()
                && let Some(date) = el.text().find_map(script_date)
            {
                signals.push("script:datePublished", &date);
            }
        }
        local_name!("html") => signals.push("lang", attr(e, &local_name!("lang")).unwrap_or("")),
        local_name!("title") => {
            signals.push("title", &hints::collapse(&el.text().collect::<String>()))
        }
        local_name!("time") => {
            if let Some(dt) = attr(e, &local_name!("datetime")) {
                signals.push("time", dt);
            }
        }
        local_name!("a")
            if attr(e, &local_name!("rel"))
                .is_some_and(|r| r.split_whitespace().any(|w| w == "author")) =>
        {
            signals.push("rel:author", &short_text(el));
        }
        _ => {}
    }
    if let Some(prop) = itemprop {
        for prop in prop.split_whitespace() {
            match prop {
                "author" | "creator" => {
                    // Either the name itself or a Person whose `name` follows.
                    let name = el.select_name().unwrap_or_else(|| {
                        attr(e, &local_name!("content"))
                            .map_or_else(|| short_text(el), String::from)
                    });
                    signals.push("itemprop:author", &name);
                }
                "datePublished" | "dateModified" | "dateCreated" => {
                    let value = attr(e, &local_name!("content"))
                        .or_else(|| attr(e, &local_name!("datetime")))
                        .map_or_else(|| short_text(el), String::from);
                    signals.push(format!("itemprop:{prop}"), &value);
                }
                "headline" => signals.push("itemprop:headline", &short_text(el)),
                _ => {}
            }
        }
    }
}

/// The most elements classed as dates whose text is kept.
const MAX_DATE_CLASSES: usize = 8;

/// Whether a schema.org type (an `itemtype` URL, or JSON-LD that names
/// types) is that of a discussion: a forum thread, a question page.
fn is_discussion_type(text: &str) -> bool {
    text.contains("DiscussionForumPosting") || text.contains("QAPage")
}

/// Whether an element's classes say that it holds a date (`post-date`,
/// `dateline`, `entry__date`), and not an update's (`updated-date`).
fn is_date_class(class: &str) -> bool {
    // Every class is read on every page, so those without a `d` are passed
    // over by a vectorised search before any word is compared.
    let has = |c: &str, word: &[u8]| {
        let b = c.as_bytes();
        memchr::memchr2_iter(word[0], word[0].to_ascii_uppercase(), b).any(|i| {
            b.get(i..i + word.len())
                .is_some_and(|w| w.eq_ignore_ascii_case(word))
        })
    };
    has(class, b"date")
        && class
            .split_ascii_whitespace()
            .any(|c| has(c, b"date") && !has(c, b"updat") && !has(c, b"modif"))
}

/// Looks for an `itemprop=name` inside an element (a microdata Person).
trait SelectName {
    fn select_name(&self) -> Option<String>;
}

impl SelectName for ElementRef<'_> {
    fn select_name(&self) -> Option<String> {
        self.descendants()
            .take(64)
            .filter_map(ElementRef::wrap)
            .find(|d| attr(d.value(), &local_name!("itemprop")) == Some("name"))
            .map(|d| {
                attr(d.value(), &local_name!("content")).map_or_else(|| short_text(d), String::from)
            })
    }
}

/// An element's text, whitespace collapsed, cut at a name's length.
fn short_text(el: ElementRef<'_>) -> String {
    let mut text = String::new();
    for t in el.text() {
        text.push_str(t);
        if text.len() > MAX_AUTHOR_CHARS * 4 {
            break;
        }
    }
    let text = hints::collapse(&text);
    if text.chars().count() > MAX_AUTHOR_CHARS {
        String::new()
    } else {
        text
    }
}

fn observe_meta(e: &Element, signals: &mut Signals) {
    let Some(content) = attr(e, &local_name!("content")) else {
        return;
    };
    for name in [
        local_name!("property"),
        local_name!("name"),
        local_name!("http-equiv"),
    ] {
        if let Some(key) = attr(e, &name) {
            let key = key.trim().to_ascii_lowercase();
            if !key.is_empty() {
                let key = if key.contains(':') || key.contains('.') {
                    key
                } else {
                    format!("name:{key}")
                };
                signals.push(key, content);
            }
        }
    }
}

/// What the page's visible text offers as fallbacks.
pub(crate) struct Visible<'a> {
    /// The page's `h1`s in order, each with whether all its text is a link.
    pub h1: Vec<(&'a str, bool)>,
    /// A byline's text ("By Jane Doe, Political Editor").
    pub byline: Option<&'a str>,
    /// Short lines near the headline that may carry the date ("Published
    /// 19 November 2019", "Updated: 2019-11-20"), in page order.
    pub date_lines: Vec<&'a str>,
}

/// The `<meta>` tags that name the publication date, most common first.
const PUBLISHED_KEYS: &[&str] = &[
    "itemprop:datePublished",
    "article:published_time",
    "og:published_time",
    "article:published",
    "name:pubdate",
    "name:publishdate",
    "name:publish-date",
    "name:date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.issued",
    "dcterms.created",
    "sailthru.date",
    "name:parsely-pub-date",
    "name:citation_publication_date",
    "name:citation_date",
    "name:citation_online_date",
];

/// The `<meta>` tags that name the date of the last modification.
const MODIFIED_KEYS: &[&str] = &[
    "itemprop:dateModified",
    "article:modified_time",
    "og:updated_time",
    "dcterms.modified",
    "name:last-modified",
];

/// Whether a `<meta>` tag gives the publication date.
fn has_published_meta(signals: &Signals) -> bool {
    signals.0.iter().any(|(k, _)| {
        (PUBLISHED_KEYS.contains(&k.as_str()) && !k.starts_with("itemprop:"))
            || is_published_meta(k)
    })
}

/// Whether a `<meta>` tag's key names some other publication date than
/// those of [`PUBLISHED_KEYS`]: `published`, `published-date`,
/// `x-publish-date`, `post_published_time` (not a modification date, nor a
/// publisher).
fn is_published_meta(key: &str) -> bool {
    let Some(name) = key.strip_prefix("name:") else {
        return false;
    };
    let words: Vec<&str> = name.split(['-', '_', '.', ':']).collect();
    words.iter().any(|w| *w == "published" || *w == "publish")
        && (words.len() == 1
            || words
                .iter()
                .any(|w| matches!(*w, "date" | "time" | "on" | "at")))
        && !words
            .iter()
            .any(|w| w.starts_with("modif") || w.starts_with("updat"))
}

/// Resolves the signals into the title and the metadata.
pub(crate) fn resolve(
    signals: &Signals,
    visible: &Visible<'_>,
    url: Option<&str>,
) -> (Option<String>, Metadata) {
    let ld = JsonLd::parse(signals);
    let site_name = ld.publisher.clone().or_else(|| {
        signals
            .first(&[
                "og:site_name",
                "name:application-name",
                "name:apple-mobile-web-app-title",
            ])
            .map(hints::collapse)
    });
    let title = headline_h1(
        signals,
        &visible.h1,
        ld.headline.as_deref(),
        site_name.as_deref(),
    )
    .or(ld.headline.as_deref())
    .or_else(|| signals.first(&["og:title", "twitter:title"]))
    .or_else(|| signals.first(&["itemprop:headline", "dc.title", "dcterms.title"]))
    .or_else(|| signals.get("title"))
    .map(|t| strip_site_name(&hints::collapse(t), site_name.as_deref()))
    .filter(|t| !t.is_empty());

    let mut authors = ld.authors.clone();
    if authors.is_empty() {
        for key in [
            "itemprop:author",
            "name:author",
            "article:author",
            "dc.creator",
            "dcterms.creator",
            "name:parsely-author",
            "name:sailthru.author",
            "rel:author",
        ] {
            for value in signals.all(key) {
                for name in split_authors(value) {
                    if !authors.contains(&name) {
                        authors.push(name);
                    }
                }
            }
            if !authors.is_empty() {
                break;
            }
        }
    }
    if authors.is_empty()
        && let Some(byline) = visible.byline
    {
        authors = byline_authors(byline);
    }

    // The day in the page's address, if it has one.
    let url_day = url.and_then(url_date);
    // Every date the page's metadata gives for the publication, and for the
    // last modification, most trusted first.
    let published_all: Vec<String> = ld
        .published
        .iter()
        .map(String::as_str)
        .chain(PUBLISHED_KEYS.iter().filter_map(|k| signals.get(k)))
        .chain(
            signals
                .0
                .iter()
                .filter(|(k, _)| is_published_meta(k))
                .map(|(_, v)| v.as_str()),
        )
        .chain(
            ["itemprop:dateCreated", "time"]
                .iter()
                .filter_map(|k| signals.get(k)),
        )
        .filter_map(iso_date)
        .collect();
    let modified_all: Vec<String> = ld
        .modified
        .iter()
        .map(String::as_str)
        .chain(MODIFIED_KEYS.iter().filter_map(|k| signals.get(k)))
        .filter_map(iso_date)
        .collect();
    // The days written near the headline as the publication's (not those
    // after "Updated").
    let shown: Vec<String> = visible
        .date_lines
        .iter()
        .flat_map(|l| text_dates(before_update(l)))
        .collect();
    let is_shown = |d: &String| shown.iter().any(|s| s.get(..10) == d.get(..10));
    // A page that states in its Open Graph tags when it was modified but
    // not when it was published (as WordPress SEO plugins do for pages, as
    // opposed to posts) is dated by its modification — unless another tag
    // gives the publication, or the page shows some other day.
    let page_date = signals
        .get("article:modified_time")
        .and_then(iso_date)
        .filter(|d| (shown.is_empty() || is_shown(d)) && !has_published_meta(signals));
    let published = match page_date
        .or_else(|| published_all.first().cloned())
        .as_ref()
    {
        // The page shows some other day than its metadata's first: the
        // publication date of another source that it shows is the one it
        // stands by.
        Some(first) if !shown.is_empty() && !is_shown(first) => published_all
            .iter()
            .find(|d| is_shown(d))
            .unwrap_or(first)
            .clone()
            .into(),
        Some(first) => Some(first.clone()),
        None => visible.date_lines.iter().find_map(|l| text_date(l)),
    }
    .or_else(|| signals.all("class:date").find_map(text_date))
    .or_else(|| signals.get("script:datePublished").map(String::from))
    .or_else(|| url_day.clone());
    // A time written in UTC may fall on the next or the previous day of the
    // one the site dates its article by, which its address may give.
    let published = match (published, url_day) {
        (Some(p), Some(u)) if p.get(..10) != Some(u.as_str()) && next_to(&p, &u) => Some(u),
        (p, _) => p,
    };
    let modified = modified_all.first().cloned();

    let language = signals
        .first(&["lang", "name:content-language", "content-language"])
        .or(ld.language.as_deref())
        .or_else(|| signals.get("og:locale"))
        .map(|l| l.trim().replace('_', "-"))
        .filter(|l| l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
    let description = signals
        .first(&["og:description", "name:description", "twitter:description"])
        .or(ld.description.as_deref())
        .map(hints::collapse);
    let canonical_url = signals
        .first(&["canonical", "og:url"])
        .or(ld.url.as_deref())
        .map(str::to_string);
    let image = signals
        .first(&[
            "og:image",
            "og:image:url",
            "og:image:secure_url",
            "twitter:image",
        ])
        .or(ld.image.as_deref())
        .map(str::to_string);

    let mut tags: Vec<String> = Vec::new();
    let mut add_tag = |t: &str| {
        let t = hints::collapse(t);
        if !t.is_empty()
            && t.chars().count() <= 60
            && !tags.iter().any(|x| x.eq_ignore_ascii_case(&t))
        {
            tags.push(t);
        }
    };
    for t in signals.all("article:tag") {
        add_tag(t);
    }
    for t in &ld.keywords {
        add_tag(t);
    }
    if let Some(k) = signals.get("name:keywords") {
        k.split([',', ';']).for_each(&mut add_tag);
    }
    if let Some(s) = signals.get("article:section") {
        add_tag(s);
    }
    for s in &ld.sections {
        add_tag(s);
    }

    // Values written through two layers of escaping (a CMS that escapes
    // into JSON-LD or `content` what was escaped already) keep entities
    // such as `&#038;` after parsing: they are decoded once more.
    let decode = |s: Option<String>| s.map(|s| decode_entities(&s));
    let decode_all = |v: Vec<String>| v.iter().map(|s| decode_entities(s)).collect();
    (
        decode(title),
        Metadata {
            authors: decode_all(authors),
            published,
            modified,
            site_name: decode(site_name),
            language,
            description: decode(description),
            canonical_url: decode(canonical_url),
            image: decode(image),
            tags: decode_all(tags),
        },
    )
}

/// Decodes the character references left in a metadata value: numeric
/// ones (`&#038;`, `&#x2019;`) and the few named ones that escaping
/// produces (`&amp;`, `&quot;`, `&apos;`, `&lt;`, `&gt;`, `&nbsp;`).
/// Anything else is left as it is.
fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        let decoded = rest.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &rest[1..end];
            let ch = match name {
                "amp" => Some('&'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "nbsp" => Some(' '),
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code).filter(|c| !c.is_control())
                }
            };
            ch.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The headlines the page's metadata gives (`<title>`, `og:title`,
/// `twitter:title`), without the site's name: a block of the page with the
/// same text is the headline, even when it is not marked up as an `h1`.
pub(crate) fn headlines(signals: &Signals) -> Vec<String> {
    let site = signals.get("og:site_name");
    ["title", "og:title", "twitter:title"]
        .iter()
        .filter_map(|k| signals.get(k))
        .map(|t| strip_site_name(&hints::collapse(t), site))
        .filter(|t| t.split_whitespace().count() >= 3)
        .collect()
}

/// What the page's JSON-LD says about the article.
#[derive(Default)]
struct JsonLd {
    headline: Option<String>,
    authors: Vec<String>,
    published: Option<String>,
    modified: Option<String>,
    publisher: Option<String>,
    language: Option<String>,
    description: Option<String>,
    url: Option<String>,
    image: Option<String>,
    keywords: Vec<String>,
    sections: Vec<String>,
}

/// JSON-LD types that describe an article (or a page holding one), most
/// specific first.
const ARTICLE_TYPES: &[&str] = &[
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "ReviewNewsArticle",
    "BackgroundNewsArticle",
    "Article",
    "BlogPosting",
    "SocialMediaPosting",
    "LiveBlogPosting",
    "ScholarlyArticle",
    "TechArticle",
    "Report",
    "Review",
    "Recipe",
    "HowTo",
    "DiscussionForumPosting",
    "QAPage",
    "Product",
    "WebPage",
    "ItemPage",
];

impl JsonLd {
    fn parse(signals: &Signals) -> JsonLd {
        use serde_json::Value;
        // Every object of every script, flattened (arrays and `@graph`s
        // opened), walked without recursion.
        let mut nodes: Vec<Value> = Vec::new();
        for json in signals.all("ld+json") {
            let Ok(value) = serde_json::from_str::<Value>(json) else {
                continue;
            };
            let mut stack = vec![value];
            while let Some(v) = stack.pop() {
                match v {
                    Value::Array(items) => stack.extend(items.into_iter().rev()),
                    Value::Object(mut map) => {
                        if let Some(graph) = map.remove("@graph") {
                            stack.push(graph);
                        }
                        nodes.push(Value::Object(map));
                    }
                    _ => {}
                }
            }
        }
        let rank = |v: &Value| {
            types(v)
                .iter()
                .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
                .min()
        };
        let Some(article) = nodes
            .iter()
            .filter_map(|n| rank(n).map(|r| (r, n)))
            .min_by_key(|(r, _)| *r)
            .map(|(_, n)| n)
        else {
            return JsonLd::default();
        };
        let by_id = |v: &'_ Value| -> Option<&Value> {
            let id = v.get("@id")?.as_str()?;
            nodes.iter().find(|n| {
                n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some()
            })
        };
        let string = |v: Option<&Value>| -> Option<String> {
            match v? {
                Value::String(s) => Some(hints::collapse(s)),
                Value::Array(items) => items.iter().find_map(|i| i.as_str().map(hints::collapse)),
                Value::Object(o) => o
                    .get("@value")
                    .or_else(|| o.get("name"))
                    .or_else(|| o.get("url"))
                    .and_then(Value::as_str)
                    .map(hints::collapse),
                _ => None,
            }
            .filter(|s| !s.is_empty())
        };
        let names = |v: Option<&Value>| -> Vec<String> {
            let mut out: Vec<String> = Vec::new();
            let items: Vec<&Value> = match v {
                Some(Value::Array(items)) => items.iter().collect(),
                Some(other) => vec![other],
                None => vec![],
            };
            for item in items {
                let name = match item {
                    Value::String(s) => Some(s.clone()),
                    Value::Object(_) => item
                        .get("name")
                        .and_then(Value::as_str)
                        .map(String::from)
                        .or_else(|| {
                            by_id(item).and_then(|n| n.get("name")?.as_str().map(String::from))
                        }),
                    _ => None,
                };
                for n in name.iter().flat_map(|n| split_authors(n)) {
                    if !out.contains(&n) {
                        out.push(n);
                    }
                }
            }
            out
        };
        let list = |v: Option<&Value>| -> Vec<String> {
            match v {
                Some(Value::String(s)) => s.split(',').map(hints::collapse).collect(),
                Some(Value::Array(items)) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(hints::collapse))
                    .collect(),
                _ => Vec::new(),
            }
        };
        let publisher = article
            .get("publisher")
            .and_then(|p| string(Some(p)).or_else(|| string(by_id(p).and_then(|n| n.get("name")))))
            .or_else(|| {
                nodes
                    .iter()
                    .find(|n| types(n).contains(&"WebSite"))
                    .and_then(|n| string(n.get("name")))
            });
        let image = article.get("image").and_then(|i| match i {
            Value::Array(items) => items.first().and_then(|f| string(Some(f))),
            other => string(Some(other)),
        });
        let url = string(article.get("url"))
            .or_else(|| string(article.get("mainEntityOfPage")))
            .filter(|u| u.starts_with("http"));
        JsonLd {
            headline: string(article.get("headline")).or_else(|| string(article.get("name"))),
            authors: names(article.get("author").or_else(|| article.get("creator"))),
            published: string(article.get("datePublished"))
                .or_else(|| string(article.get("dateCreated"))),
            modified: string(article.get("dateModified")),
            publisher,
            language: string(article.get("inLanguage")),
            description: string(article.get("description")),
            url,
            image,
            keywords: list(article.get("keywords")),
            sections: list(article.get("articleSection")),
        }
    }
}

/// The `@type`s of a JSON-LD node.
fn types(v: &serde_json::Value) -> Vec<&str> {
    match v.get("@type") {
        Some(serde_json::Value::String(s)) => vec![s.as_str()],
        Some(serde_json::Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// Splits "Jane Doe and John Roe" / "Jane Doe, John Roe" into names; drops
/// what is not a name (URLs, handles, e-mail addresses).
fn split_authors(value: &str) -> Vec<String> {
    let value = hints::collapse(value);
    let value = value
        .strip_prefix("By ")
        .or_else(|| value.strip_prefix("by "))
        .unwrap_or(&value);
    value
        .split([',', ';', '|'])
        .flat_map(|part| part.split(" and "))
        .flat_map(|part| part.split(" & "))
        .map(str::trim)
        .filter(|n| {
            !n.is_empty()
                && !n.contains("://")
                && !n.starts_with('@')
                && !n.contains('@')
                && n.chars().count() <= MAX_AUTHOR_CHARS
                && n.chars().any(char::is_alphabetic)
        })
        .map(String::from)
        .collect()
}

/// The names of a visible byline: "By Jane Doe and John Roe, Reuters" gives
/// Jane Doe and John Roe (a trailing affiliation after a comma is dropped).
fn byline_authors(byline: &str) -> Vec<String> {
    let text = hints::collapse(byline);
    let Some(rest) = text
        .strip_prefix("By ")
        .or_else(|| text.strip_prefix("by "))
        .or_else(|| text.strip_prefix("BY "))
    else {
        return Vec::new();
    };
    let names = rest.split(['|', '•', '·']).next().unwrap_or(rest);
    let names = names.split(',').next().unwrap_or(names);
    // A date run into the byline ("By Jane Doe December 2, 2025") ends it.
    split_authors(&before_date(names))
        .into_iter()
        .filter(|n| n.split_whitespace().count() <= 4)
        .collect()
}

/// The page's headline among its `h1`s: the first that is not the site's
/// name or logo. An `h1` is taken for the site's when the metadata names a
/// headline (JSON-LD `headline`, `og:title`, `twitter:title`, `<title>`)
/// that it is not, and it is a link through and through (a logo linking
/// home) or the site's name (`og:site_name`, the publisher). An `h1` the metadata does not name
/// that is neither is the editors' headline, which often differs from the
/// one written for search engines.
fn headline_h1<'a>(
    signals: &Signals,
    h1s: &[(&'a str, bool)],
    ld_headline: Option<&str>,
    site: Option<&str>,
) -> Option<&'a str> {
    let titles: Vec<&str> = ld_headline
        .into_iter()
        .chain(
            ["og:title", "twitter:title", "title"]
                .iter()
                .filter_map(|k| signals.get(k)),
        )
        .collect();
    let named: Vec<String> = titles
        .iter()
        .map(|t| fold_title(&strip_site_name(&hints::collapse(t), site)))
        .filter(|t| !t.is_empty())
        .collect();
    let site = site.map(fold_title);
    h1s.iter()
        .find(|(text, linked)| {
            let h1 = fold_title(text);
            let is_named = named.iter().any(|n| same_headline(n, &h1));
            named.is_empty() || is_named || !(*linked || site.as_ref() == Some(&h1))
        })
        .map(|(text, _)| *text)
}

/// A title folded for comparison: lower case, whitespace collapsed, quotes
/// and dashes of all kinds alike, punctuation at the ends left out.
fn fold_title(t: &str) -> String {
    hints::collapse(t)
        .chars()
        .map(|c| match c {
            '‘' | '’' => '\'',
            '“' | '”' => '"',
            '–' | '—' => '-',
            c => c,
        })
        .flat_map(char::to_lowercase)
        .collect::<String>()
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_string()
}

/// Whether two folded titles are the same headline: equal, or one of at
/// least three words inside the other (a headline and its longer form).
fn same_headline(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    !short.is_empty()
        && (short == long || (short.split_whitespace().count() >= 3 && long.contains(short)))
}

/// What separates a headline from the site's name in a title.
const TITLE_SEPARATORS: &[&str] = &[" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "];

/// The words of a line before a date run into it: "Jane Doe December 2,
/// 2025" gives "Jane Doe", "Jane Doe 02/12/2025" too.
pub(crate) fn before_date(line: &str) -> String {
    let words: Vec<&str> = line.split_whitespace().collect();
    let starts_digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    let date_at = (0..words.len()).find(|&i| {
        starts_digit(words[i])
            || (month_of(&words[i].to_ascii_lowercase()).is_some()
                && words.get(i + 1).is_some_and(|w| starts_digit(w)))
    });
    words[..date_at.unwrap_or(words.len())].join(" ")
}

/// Removes a "| Site name" (or "Site name: ") from a title: the part that is
/// the site's name when it is known, else the longest part between
/// separators.
pub(crate) fn strip_site_name(title: &str, site: Option<&str>) -> String {
    for sep in TITLE_SEPARATORS {
        if !title.contains(sep) {
            continue;
        }
        let parts: Vec<&str> = title.split(sep).map(str::trim).collect();
        if let Some(site) = site {
            let rest: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| !p.eq_ignore_ascii_case(site.trim()))
                .collect();
            if rest.len() < parts.len() && !rest.is_empty() {
                return rest.join(sep);
            }
        }
        return parts
            .iter()
            .max_by_key(|p| p.chars().count())
            .copied()
            .unwrap_or(title)
            .to_string();
    }
    title.trim().to_string()
}

/// A date in a common format as ISO 8601: `YYYY-MM-DD`, with the time (and
/// offset) when given in ISO form.
pub(crate) fn iso_date(raw: &str) -> Option<String> {
    let s = raw.trim();
    let b = s.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = s.get(range)?;
        (!part.is_empty() && part.bytes().all(|c| c.is_ascii_digit()))
            .then(|| part.parse().ok())
            .flatten()
    };
    // 2019-11-19, 2019/11/19, 2019.11.19, possibly with a time.
    if b.len() >= 10 && matches!(b.get(4), Some(b'-' | b'/' | b'.')) && b.get(7) == b.get(4) {
        let (y, m, d) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
        let date = ymd(y, m, d)?;
        let rest = &s[10..];
        if let Some(time) = rest.strip_prefix('T').or_else(|| rest.strip_prefix(' ')) {
            let t = time.as_bytes();
            if t.len() >= 5 && t[2] == b':' && t[..2].iter().chain(&t[3..5]).all(u8::is_ascii_digit)
            {
                let end = time
                    .find(|c: char| {
                        !(c.is_ascii_digit() || matches!(c, ':' | '.' | '+' | '-' | 'Z'))
                    })
                    .unwrap_or(time.len());
                return Some(format!("{date}T{}", &time[..end]));
            }
        }
        return Some(date);
    }
    // 20191119
    if b.len() == 8 && b.iter().all(u8::is_ascii_digit) {
        return ymd(digits(0..4)?, digits(4..6)?, digits(6..8)?);
    }
    // Numbers with the year last: "19.11.2019", "11/19/2019",
    // "Tue, 11/19/2019 - 14:30", "11-19-2019, 09:03 AM".
    if let Some(date) = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .take(3)
        .find_map(numeric_date)
    {
        return Some(date);
    }
    // Words: "Tue, 19 Nov 2019 14:30:00 GMT", "November 19, 2019",
    // "19 November 2019".
    let words: Vec<String> = s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_end_matches('.').to_ascii_lowercase())
        .collect();
    let month = words.iter().position(|w| month_of(w).is_some())?;
    let m = month_of(&words[month])?;
    let number = |w: &String| -> Option<u32> {
        let w = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
        (!w.is_empty() && w.len() <= 4 && w.bytes().all(|c| c.is_ascii_digit()))
            .then(|| w.parse().ok())?
    };
    let year = words
        .iter()
        .filter_map(number)
        .find(|n| (1900..=2100).contains(n))?;
    let day = words
        .get(month + 1)
        .and_then(number)
        .filter(|d| (1..=31).contains(d))
        .or_else(|| {
            month
                .checked_sub(1)
                .and_then(|i| words.get(i))
                .and_then(number)
                .filter(|d| (1..=31).contains(d))
        })?;
    ymd(year, m, day)
}

/// A date of numbers with the year last: `19.11.2019`, `11/19/2019`,
/// `11-19-2019`. A part above 12 is the day; when both could be the month,
/// dots are read day first (as in most of Europe), slashes and dashes month
/// first (as in the United States, where dashes with the year last are
/// common too).
fn numeric_date(word: &str) -> Option<String> {
    let sep = word.chars().find(|c| matches!(c, '.' | '/' | '-'))?;
    let parts: Vec<&str> = word.split(sep).collect();
    let [a, b, y] = parts[..] else {
        return None;
    };
    let short = |p: &str| (1..=2).contains(&p.len()) && p.bytes().all(|c| c.is_ascii_digit());
    if !short(a) || !short(b) || y.len() != 4 || !y.bytes().all(|c| c.is_ascii_digit()) {
        return None;
    }
    let (a, b, y): (u32, u32, u32) = (a.parse().ok()?, b.parse().ok()?, y.parse().ok()?);
    let (d, m) = if a > 12 || (b <= 12 && sep == '.') {
        (a, b)
    } else {
        (b, a)
    };
    ymd(y, m, d)
}

fn month_of(w: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    if w.len() < 3 || !w.is_ascii() {
        return None;
    }
    let i = MONTHS.iter().position(|m| w.starts_with(m))?;
    // "march", "mar", "sept" — but not "mayor" or "marathon".
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][i];
    (w.len() == 3 || full.starts_with(w) || w == "sept").then_some(i as u32 + 1)
}

/// A date written inside a short line of text: "Published 19 November 2019,
/// 14:30", "Updated: 2019-11-20", "Nov. 19, 2019 at 2:30 p.m.".
pub(crate) fn text_date(line: &str) -> Option<String> {
    if line.len() > 200 {
        return None;
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    for (i, w) in words.iter().enumerate() {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-' && c != '/');
        if bare.len() >= 8
            && bare.as_bytes()[0].is_ascii_digit()
            && let Some(d) = iso_date(bare)
        {
            return Some(d[..10].to_string());
        }
        if month_of(&bare.to_ascii_lowercase()).is_some() {
            let from = i.saturating_sub(1);
            let to = (i + 3).min(words.len());
            if let Some(d) = iso_date(&words[from..to].join(" ")) {
                return Some(d);
            }
        }
    }
    None
}

/// Every date written in a short line of text, in its order ("May 2,
/// 2024 · April 30, 2024" gives both).
fn text_dates(line: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(date) = text_date(rest) {
        // Go on after the first word that holds the date's year.
        let year = &date[..4];
        let Some(at) = rest.find(year) else {
            break;
        };
        out.push(date);
        rest = &rest[at + 4..];
    }
    out
}

/// The part of a line before a word that introduces a modification date
/// ("Published May 2 · Updated May 9" gives "Published May 2 · ").
fn before_update(line: &str) -> &str {
    const LABELS: &[&str] = &["updat", "modif", "edited", "revised", "reviewed"];
    let lower = line.to_ascii_lowercase();
    let at = LABELS
        .iter()
        .filter_map(|l| lower.find(l))
        .min()
        .unwrap_or(line.len());
    &line[..at]
}

/// A publication date in a script that is not JSON-LD (JSON of a
/// framework's state, an analytics object): `"datePublished": "..."`, or
/// another common name for it (`"publishedAt"`, `published_on: "..."`).
fn script_date(script: &str) -> Option<String> {
    const KEYS: &[&str] = &[
        "datePublished",
        "publishedAt",
        "published_at",
        "publishedDate",
        "publishDate",
        "publish_date",
        "published_on",
    ];
    // One pass tells most scripts apart: every name has this in it. Scripts
    // are the bulk of many pages, so the searches are vectorised ones.
    memchr::memmem::find(script.as_bytes(), b"ublish")?;
    KEYS.iter().find_map(|key| {
        let mut from = 0;
        while let Some(at) = memchr::memmem::find(&script.as_bytes()[from..], key.as_bytes()) {
            let start = from + at;
            from = start + key.len();
            // The whole name, quoted or not: not `"x_datePublished"`.
            let before = script[..start].chars().next_back();
            let quoted = before == Some('"');
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            let mut rest = &script[from..];
            if quoted {
                let Some(r) = rest.strip_prefix('"') else {
                    continue;
                };
                rest = r;
            }
            let Some(rest) = rest
                .trim_start()
                .strip_prefix(':')
                .and_then(|r| r.trim_start().strip_prefix('"'))
            else {
                continue;
            };
            if let Some(date) = rest
                .find('"')
                .filter(|e| *e <= 40)
                .and_then(|end| iso_date(&rest[..end]))
            {
                return Some(date);
            }
        }
        None
    })
}

/// Whether two ISO dates fall on days next to each other.
fn next_to(a: &str, b: &str) -> bool {
    let day = |s: &str| -> Option<i64> {
        let (y, m, d) = (
            s.get(..4)?.parse::<i64>().ok()?,
            s.get(5..7)?.parse::<i64>().ok()?,
            s.get(8..10)?.parse::<i64>().ok()?,
        );
        // Days since an epoch (the civil-from-days inverse).
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        Some(era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy)
    };
    matches!((day(a), day(b)), (Some(x), Some(y)) if (x - y).abs() == 1)
}

fn ymd(y: u32, m: u32, d: u32) -> Option<String> {
    ((1900..=2100).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
        .then(|| format!("{y:04}-{m:02}-{d:02}"))
}

/// A date in the page's URL: `/2019/11/19/` (or `/2019-11-19/`).
fn url_date(url: &str) -> Option<String> {
    let b = url.as_bytes();
    (0..b.len().saturating_sub(10)).find_map(|i| {
        let w = url.get(i..i + 11)?;
        let wb = w.as_bytes();
        if wb[0] != b'/' || !matches!(wb[5], b'/' | b'-') || wb[8] != wb[5] {
            return None;
        }
        let after = b.get(i + 11);
        if after.is_some_and(u8::is_ascii_digit) {
            return None;
        }
        iso_date(&w[1..]).filter(|d| d.len() == 10)
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_date_run_into_a_byline_is_not_part_of_the_name() {
        use super::byline_authors as b;
        assert_eq!(b("By Sofia Gonzalez December 2, 2025"), ["Sofia Gonzalez"]);
        assert_eq!(b("By Ann Reporter 12/03/2024 10:15"), ["Ann Reporter"]);
        // A name that merely starts like a month stays whole.
        assert_eq!(
            b("By Mayra Junes and Augustin Marsh"),
            ["Mayra Junes", "Augustin Marsh"]
        );
    }

    #[test]
    fn entities_left_in_values_are_decoded_once() {
        use super::decode_entities as d;
        assert_eq!(d("Full &#038; Part Time"), "Full & Part Time");
        assert_eq!(
            d("Beginner&#x2019;s &amp; &quot;Pro&quot;"),
            "Beginner’s & \"Pro\""
        );
        // Not references: left alone.
        assert_eq!(d("AT&T & Co; R&D"), "AT&T & Co; R&D");
        assert_eq!(d("&#0; &#xD800; &bogus;"), "&#0; &#xD800; &bogus;");
        assert_eq!(d("&amp;#038;"), "&#038;");
    }

    use super::*;

    #[test]
    fn dates_in_common_formats() {
        assert_eq!(iso_date("2019-11-19").as_deref(), Some("2019-11-19"));
        assert_eq!(
            iso_date("2019-11-19T14:30:00-05:00").as_deref(),
            Some("2019-11-19T14:30:00-05:00")
        );
        assert_eq!(
            iso_date("2019/11/19 08:05").as_deref(),
            Some("2019-11-19T08:05")
        );
        assert_eq!(
            iso_date("Tue, 19 Nov 2019 14:30:00 GMT").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(iso_date("November 19, 2019").as_deref(), Some("2019-11-19"));
        assert_eq!(
            iso_date("19th September 2019").as_deref(),
            Some("2019-09-19")
        );
        assert_eq!(iso_date("20191119").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("The mayor spoke"), None);
        assert_eq!(iso_date("2019-13-45"), None);
        assert_eq!(
            url_date("https://x.com/2019/11/19/story.html").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(url_date("https://x.com/a/20191119999"), None);
        assert_eq!(
            text_date("Published 19 November 2019, 14:30").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            text_date("Updated: 2019-11-20 at noon").as_deref(),
            Some("2019-11-20")
        );
        assert_eq!(
            text_date("Nov. 19, 2019 at 2:30 p.m.").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(text_date("The mayor met in March"), None);
        assert_eq!(
            script_date(r#"<script>window.s={"datePublished": "2019-11-19T10:00:00Z"}</script>"#)
                .as_deref(),
            Some("2019-11-19T10:00:00Z")
        );
    }

    #[test]
    fn dates_of_numbers_with_the_year_last() {
        assert_eq!(iso_date("19.11.2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("3.4.2021").as_deref(), Some("2021-04-03"));
        assert_eq!(iso_date("11/19/2019").as_deref(), Some("2019-11-19"));
        assert_eq!(iso_date("04/03/2021").as_deref(), Some("2021-04-03"));
        assert_eq!(iso_date("19/11/2019").as_deref(), Some("2019-11-19"));
        assert_eq!(
            iso_date("Tue, 11/19/2019 - 14:30").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            iso_date("11-19-2019, 09:03 AM").as_deref(),
            Some("2019-11-19")
        );
        assert_eq!(
            text_date("Posted 2/4/2021 by the desk").as_deref(),
            Some("2021-02-04")
        );
        assert_eq!(iso_date("1.2.3"), None);
        assert_eq!(iso_date("13/13/2019"), None);
    }

    fn signals(pairs: &[(&str, &str)]) -> Signals {
        let mut s = Signals::default();
        for (k, v) in pairs {
            s.push(*k, v);
        }
        s
    }

    fn published(pairs: &[(&str, &str)], lines: &[&str]) -> Option<String> {
        let visible = Visible {
            h1: Vec::new(),
            byline: None,
            date_lines: lines.to_vec(),
        };
        resolve(&signals(pairs), &visible, None).1.published
    }

    #[test]
    fn publication_dates_under_other_meta_names() {
        assert_eq!(
            published(&[("name:published", "July 8, 2024")], &[]).as_deref(),
            Some("2024-07-08")
        );
        assert_eq!(
            published(&[("name:citation_date", "2024/07/08")], &[]).as_deref(),
            Some("2024-07-08")
        );
        assert_eq!(
            published(
                &[
                    ("name:x-modified-date", "2024-09-01"),
                    ("name:x-published-date", "2024-07-08T10:00:00Z"),
                ],
                &[]
            )
            .as_deref(),
            Some("2024-07-08T10:00:00Z")
        );
        // A publisher, or a value that is no date, is passed over.
        assert_eq!(
            published(
                &[
                    ("name:publisher", "2024 Media"),
                    ("name:pubdate", "soon"),
                    ("name:date", "2024-07-08"),
                ],
                &[]
            )
            .as_deref(),
            Some("2024-07-08")
        );
        assert!(is_published_meta("name:first_published_at"));
        assert!(!is_published_meta("name:publish-updated-date"));
        assert!(!is_published_meta("name:publisher"));
    }

    #[test]
    fn the_shown_day_picks_among_the_sources() {
        // JSON-LD written in UTC gives the next day; the page shows the
        // local one, which the Open Graph tag has too.
        let pairs = [
            (
                "ld+json",
                r#"{"@type":"NewsArticle","datePublished":"2024-03-09T02:15:00+00:00"}"#,
            ),
            ("article:published_time", "2024-03-08T21:15:00-05:00"),
        ];
        assert_eq!(
            published(&pairs, &["Storm closes harbour", "March 8, 2024"]).as_deref(),
            Some("2024-03-08T21:15:00-05:00")
        );
        // Nothing shown, or the first source's day shown: the first source.
        assert_eq!(
            published(&pairs, &["Storm closes harbour"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        assert_eq!(
            published(&pairs, &["March 9, 2024 · March 8, 2024"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        // A shown day that no source gives for the publication changes
        // nothing, nor does an update's day.
        assert_eq!(
            published(&pairs, &["March 1, 2024"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        assert_eq!(
            published(&pairs, &["Posted by Ann · Updated March 8, 2024"]).as_deref(),
            Some("2024-03-09T02:15:00+00:00")
        );
        // A thread: the question's date, shown, over an answer's.
        let thread = [
            ("itemprop:datePublished", "2019-05-02T10:00:00Z"),
            ("itemprop:dateCreated", "2018-01-15T09:30:00Z"),
        ];
        assert_eq!(
            published(&thread, &["asked Jan 15, 2018 at 9:30"]).as_deref(),
            Some("2018-01-15T09:30:00Z")
        );
        assert_eq!(
            text_dates("May 21, 2024April 24, 2024 by Ann"),
            ["2024-05-21", "2024-04-24"]
        );
        assert_eq!(
            before_update("Published May 2 | Last Updated May 9"),
            "Published May 2 | Last "
        );
    }

    #[test]
    fn a_page_with_only_a_modification_tag_is_dated_by_it() {
        let page = [
            (
                "ld+json",
                r#"{"@type":"WebPage","datePublished":"2019-02-01T10:00:00+00:00"}"#,
            ),
            ("article:modified_time", "2024-06-12T08:00:00+00:00"),
        ];
        assert_eq!(
            published(&page, &[]).as_deref(),
            Some("2024-06-12T08:00:00+00:00")
        );
        // The page shows another day: not the modification.
        assert_eq!(
            published(&page, &["Published: February 1, 2019"]).as_deref(),
            Some("2019-02-01T10:00:00+00:00")
        );
        // A post, whose publication has its tag too.
        let post = [
            ("article:published_time", "2019-02-01T10:00:00+00:00"),
            ("article:modified_time", "2024-06-12T08:00:00+00:00"),
        ];
        assert_eq!(
            published(&post, &[]).as_deref(),
            Some("2019-02-01T10:00:00+00:00")
        );
        let dated = [
            ("name:date", "2019-02-01"),
            ("article:modified_time", "2024-06-12T08:00:00+00:00"),
        ];
        assert_eq!(published(&dated, &[]).as_deref(), Some("2019-02-01"));
    }

    #[test]
    fn publication_dates_in_scripts_under_common_names() {
        assert_eq!(
            script_date(
                r#"self.__state={"post":{"slug":"x","publishedAt":"2024-10-20T13:08:55-07:00"}}"#
            )
            .as_deref(),
            Some("2024-10-20T13:08:55-07:00")
        );
        assert_eq!(
            script_date(
                r#"window.__NUXT__=(function(a){return {published_on:"2023-08-07T21:33:50Z"}})()"#
            )
            .as_deref(),
            Some("2023-08-07T21:33:50Z")
        );
        // Another name that merely ends like one, or no date: passed over.
        assert_eq!(
            script_date(r#"{"unpublished_at":"2020-01-01","publishDate":"2021-05-06"}"#).as_deref(),
            Some("2021-05-06")
        );
        assert_eq!(script_date(r#"{"publishedAt":null}"#), None);
    }

    #[test]
    fn an_element_classed_as_a_date_is_the_last_visible_resort() {
        assert!(is_date_class("meta post-date"));
        assert!(is_date_class("entry__Date small"));
        assert!(is_date_class("dateline"));
        assert!(!is_date_class("last-updated-date"));
        assert!(!is_date_class("byline author"));
        let pairs = [("class:date", "Posted on May 31, 2024")];
        assert_eq!(published(&pairs, &[]).as_deref(), Some("2024-05-31"));
        // A date line near the headline comes first.
        assert_eq!(
            published(&pairs, &["June 2, 2024"]).as_deref(),
            Some("2024-06-02")
        );
    }

    #[test]
    fn the_address_gives_the_day_of_a_time_in_utc() {
        assert!(next_to("2024-12-31T23:00:00Z", "2025-01-01"));
        assert!(next_to("2024-03-01", "2024-02-29"));
        assert!(!next_to("2024-03-01", "2024-02-28"));
        assert!(!next_to("2024-03-01", "2024-03-01"));
        let pairs = [("article:published_time", "2025-12-19T02:41:41+00:00")];
        let visible = Visible {
            h1: Vec::new(),
            byline: None,
            date_lines: Vec::new(),
        };
        let at = |url| resolve(&signals(&pairs), &visible, Some(url)).1.published;
        assert_eq!(
            at("https://news.example/2025/12/18/late-story/").as_deref(),
            Some("2025-12-18")
        );
        // An address dated days away (a series' start) changes nothing.
        assert_eq!(
            at("https://news.example/2025/12/01/series/").as_deref(),
            Some("2025-12-19T02:41:41+00:00")
        );
    }

    #[test]
    fn authors_are_split_and_cleaned() {
        assert_eq!(
            split_authors("By Jane Doe and John Roe"),
            ["Jane Doe", "John Roe"]
        );
        assert_eq!(
            split_authors("https://x.com/jane, @jane, Jane Doe"),
            ["Jane Doe"]
        );
        assert_eq!(
            byline_authors("By Jane Doe, Political Editor"),
            ["Jane Doe"]
        );
        assert!(byline_authors("Jane Doe").is_empty());
    }

    #[test]
    fn site_names_are_stripped_from_titles() {
        assert_eq!(
            strip_site_name("Storm closes harbour | The Herald", Some("The Herald")),
            "Storm closes harbour"
        );
        assert_eq!(
            strip_site_name("The Herald - Storm closes harbour", None),
            "Storm closes harbour"
        );
        assert_eq!(
            strip_site_name(
                "Harbour reopens after storm - Coast Herald",
                Some("Coast Herald")
            ),
            "Harbour reopens after storm"
        );
    }
}
