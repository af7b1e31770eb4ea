//! Metadata stage 2, JSON-LD: takes the page's `application/ld+json`
//! scripts and gives what they say about the page's main entity (the
//! article, or the page holding it): its headline, authors, dates,
//! publisher and the rest.

use serde_json::Value;

use super::authors::split_authors;
use crate::hints;

/// schema.org types that describe an article (or a page holding one), most
/// specific first: the node of the first type found is the page's main
/// entity.
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

/// schema.org types of a thing for sale, whose `description` is the one
/// its page shows as the product's own text.
const PRODUCT_TYPES: &[&str] = &[
    "Product",
    "ProductGroup",
    "IndividualProduct",
    "ProductModel",
    "Vehicle",
    "Car",
];

/// schema.org types of organisations whose names do not say so (those of
/// `...Organization` are told by their name).
const ORGANIZATION_TYPES: &[&str] = &["Corporation", "LocalBusiness", "WebSite", "Brand"];

/// The schema.org type of the node that names the site.
const SITE_TYPE: &str = "WebSite";

/// What the page's JSON-LD says about its main entity.
#[derive(Debug, Default)]
pub(crate) struct JsonLd {
    /// `headline`, or failing it `name`.
    pub headline: Option<String>,
    /// The names of `author` (or `creator`).
    pub authors: Vec<String>,
    /// Whether the authors are organisations (typed so, or the publisher
    /// itself) rather than people: a site crediting itself.
    pub authors_are_organizations: bool,
    /// `datePublished`, or failing it `dateCreated`, as written.
    pub published: Option<String>,
    /// `dateModified`, as written.
    pub modified: Option<String>,
    /// The publisher's name, or the WebSite's.
    pub publisher: Option<String>,
    /// `inLanguage`.
    pub language: Option<String>,
    /// `description`.
    pub description: Option<String>,
    /// `url` or `mainEntityOfPage`, when a web address.
    pub url: Option<String>,
    /// The first `image`.
    pub image: Option<String>,
    /// `keywords`.
    pub keywords: Vec<String>,
    /// `articleSection`.
    pub sections: Vec<String>,
}

impl JsonLd {
    /// Reads the scripts' text; a script that is not JSON is passed over.
    pub(crate) fn parse<'a>(scripts: impl IntoIterator<Item = &'a String>) -> JsonLd {
        let nodes = nodes(scripts);
        let Some(main) = main_entity(&nodes) else {
            return JsonLd::default();
        };
        let author = main.get("author").or_else(|| main.get("creator"));
        let publisher = publisher(&nodes, main);
        let authors = names(&nodes, author);
        let authors_are_organizations = !authors.is_empty()
            && (authors.iter().all(|a| Some(a) == publisher.as_ref())
                || items(author).iter().all(|a| is_organization(&nodes, a)));
        let url = string(main.get("url"))
            .or_else(|| string(main.get("mainEntityOfPage")))
            .filter(|u| u.starts_with("http"));
        JsonLd {
            headline: string(main.get("headline")).or_else(|| string(main.get("name"))),
            authors,
            authors_are_organizations,
            published: string(main.get("datePublished"))
                .or_else(|| string(main.get("dateCreated"))),
            modified: string(main.get("dateModified")),
            publisher,
            language: string(main.get("inLanguage")),
            description: string(main.get("description")),
            url,
            image: main.get("image").and_then(|i| match i {
                Value::Array(items) => items.first().and_then(|f| string(Some(f))),
                other => string(Some(other)),
            }),
            keywords: list(main.get("keywords")),
            sections: list(main.get("articleSection")),
        }
    }
}

/// The `description` of the first node of a product type that has one,
/// whitespace collapsed: what the page says the product is, in the shop's
/// own words.
pub(crate) fn product_description<'a>(
    scripts: impl IntoIterator<Item = &'a String>,
) -> Option<String> {
    nodes(scripts)
        .iter()
        .filter(|n| types(n).iter().any(|t| PRODUCT_TYPES.contains(t)))
        .find_map(|n| {
            n.get("description")
                .and_then(Value::as_str)
                .map(hints::collapse)
        })
        .filter(|d| !d.is_empty())
}

/// Every object of every script, flattened (arrays and `@graph`s opened),
/// walked without recursion.
fn nodes<'a>(scripts: impl IntoIterator<Item = &'a String>) -> Vec<Value> {
    let mut nodes: Vec<Value> = Vec::new();
    for json in scripts {
        // Raw line breaks and tabs inside strings (a CMS pasting an
        // article's text in) are not JSON, but readers of JSON-LD accept
        // them: read as spaces, which they are between values anyway.
        let Some(value) = serde_json::from_str::<Value>(json).ok().or_else(|| {
            let spaced = json.replace(|c: char| c.is_control(), " ");
            serde_json::from_str::<Value>(&spaced).ok()
        }) else {
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
    nodes
}

/// The node of the most specific article type, the first of that type.
fn main_entity(nodes: &[Value]) -> Option<&Value> {
    let rank = |v: &Value| {
        types(v)
            .iter()
            .filter_map(|t| ARTICLE_TYPES.iter().position(|a| a == t))
            .min()
    };
    nodes
        .iter()
        .filter_map(|n| rank(n).map(|r| (r, n)))
        .min_by_key(|(r, _)| *r)
        .map(|(_, n)| n)
}

/// The `@type`s of a JSON-LD node.
fn types(v: &Value) -> Vec<&str> {
    match v.get("@type") {
        Some(Value::String(s)) => vec![s.as_str()],
        Some(Value::Array(a)) => a.iter().filter_map(|t| t.as_str()).collect(),
        _ => Vec::new(),
    }
}

/// The node with a `name` that a reference (`{"@id": ...}`) points to.
fn by_id<'a>(nodes: &'a [Value], v: &Value) -> Option<&'a Value> {
    let id = v.get("@id")?.as_str()?;
    nodes
        .iter()
        .find(|n| n.get("@id").and_then(Value::as_str) == Some(id) && n.get("name").is_some())
}

/// A value as text: a string, the first string of a list, or an object's
/// `@value`, `name` or `url`; whitespace collapsed, never empty.
fn string(v: Option<&Value>) -> Option<String> {
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
}

/// The names of people (or organisations): strings, objects with a
/// `name`, or references to such objects; one or a list.
fn names(nodes: &[Value], v: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for item in items(v) {
        let name = match item {
            Value::String(s) => Some(s.clone()),
            Value::Object(_) => item
                .get("name")
                .and_then(Value::as_str)
                .map(String::from)
                .or_else(|| {
                    by_id(nodes, item).and_then(|n| n.get("name")?.as_str().map(String::from))
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
}

/// A value as a list: its items, itself, or nothing.
fn items(v: Option<&Value>) -> Vec<&Value> {
    match v {
        Some(Value::Array(items)) => items.iter().collect(),
        Some(other) => vec![other],
        None => vec![],
    }
}

/// Whether a node (or the node a reference points to) is typed as an
/// organisation of some kind (`Organization`, `NewsMediaOrganization`,
/// `Corporation`).
fn is_organization(nodes: &[Value], v: &Value) -> bool {
    let typed = |n: &Value| {
        types(n)
            .iter()
            .any(|t| t.contains("Organization") || ORGANIZATION_TYPES.contains(t))
    };
    typed(v) || by_id(nodes, v).is_some_and(typed)
}

/// A list of words: a comma-separated string or an array of strings.
fn list(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::String(s)) => s.split(',').map(hints::collapse).collect(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(|i| i.as_str().map(hints::collapse))
            .collect(),
        _ => Vec::new(),
    }
}

/// The main entity's publisher, or the name of the WebSite node.
fn publisher(nodes: &[Value], main: &Value) -> Option<String> {
    main.get("publisher")
        .and_then(|p| {
            string(Some(p)).or_else(|| string(by_id(nodes, p).and_then(|n| n.get("name"))))
        })
        .or_else(|| {
            nodes
                .iter()
                .find(|n| types(n).contains(&SITE_TYPE))
                .and_then(|n| string(n.get("name")))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_line_breaks_in_strings_are_read_as_spaces() {
        let script = "{\"@type\":\"DiscussionForumPosting\",\"headline\":\"Stream tonight\",\n\
            \"articleBody\":\"No stream link this time.\nThe video goes up later.\",\n\
            \"datePublished\":\"2024-02-21 13:00:00\"}"
            .to_string();
        let ld = JsonLd::parse([&script]);
        assert_eq!(ld.published.as_deref(), Some("2024-02-21 13:00:00"));
        assert_eq!(ld.headline.as_deref(), Some("Stream tonight"));
    }
}
