//! Properties that hold for any page: random HTML built from a grammar of
//! real elements and attributes never makes the extractor panic, every word it
//! returns was in the page, and it is deterministic and thread-safe.

use std::sync::Arc;

use proptest::prelude::*;

/// Words of the generated text; none needs escaping in HTML.
const WORDS: &[&str] = &[
    "the",
    "harbour",
    "council",
    "said",
    "on",
    "Tuesday",
    "that",
    "ferries",
    "would",
    "stay",
    "in",
    "port",
    "until",
    "evening,",
    "and",
    "fishermen",
    "moved",
    "boats.",
    "Read",
    "more:",
    "Picture:",
    "PA",
    "Advertisement",
    "Subscribe",
    "newsletter",
    "Grüße",
    "Köln",
    "東京",
    "привет",
    "مرحبا",
    "2019",
    "12:30",
    "©",
    "—",
    "…",
    "“quoted”",
];

const CLASSES: &[&str] = &[
    "article-body",
    "content",
    "nav",
    "footer",
    "sidebar",
    "related",
    "comments",
    "caption",
    "byline",
    "ad",
    "share",
    "css-1x2y3z",
    "sc-bdfBwQ",
    "post",
    "card",
    "btn",
];

#[derive(Clone, Debug)]
enum Node {
    Text(String),
    Element {
        tag: &'static str,
        attrs: Vec<(String, String)>,
        children: Vec<Node>,
    },
}

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(WORDS), 1..40).prop_map(|w| w.join(" "))
}

fn attrs() -> impl Strategy<Value = Vec<(String, String)>> {
    let one = prop_oneof![
        prop::sample::select(CLASSES).prop_map(|c| ("class".to_string(), c.to_string())),
        prop::sample::select(CLASSES).prop_map(|c| ("id".to_string(), c.to_string())),
        Just(("href".to_string(), "/story/1".to_string())),
        Just(("href".to_string(), "../a b(1).html#x".to_string())),
        Just(("data-src".to_string(), "//cdn.example/p.jpg".to_string())),
        Just(("hidden".to_string(), String::new())),
        Just(("style".to_string(), "display: none".to_string())),
        Just(("aria-hidden".to_string(), "true".to_string())),
        Just(("role".to_string(), "navigation".to_string())),
        Just(("itemprop".to_string(), "articleBody".to_string())),
    ];
    prop::collection::vec(one, 0..3)
}

fn tree() -> impl Strategy<Value = Node> {
    let leaf = prop_oneof![
        4 => text().prop_map(Node::Text),
        1 => Just(Node::Element { tag: "br", attrs: vec![], children: vec![] }),
        1 => Just(Node::Element {
            tag: "img",
            attrs: vec![("src".into(), "a.jpg".into())],
            children: vec![],
        }),
    ];
    leaf.prop_recursive(6, 200, 8, |inner| {
        let tags = prop::sample::select(
            &[
                "div",
                "p",
                "span",
                "a",
                "ul",
                "ol",
                "li",
                "table",
                "tr",
                "td",
                "th",
                "h1",
                "h2",
                "h3",
                "article",
                "main",
                "nav",
                "header",
                "footer",
                "aside",
                "section",
                "figure",
                "figcaption",
                "blockquote",
                "pre",
                "code",
                "em",
                "strong",
                "form",
                "script",
                "style",
                "noscript",
                "template",
                "b",
                "i",
            ][..],
        );
        (tags, attrs(), prop::collection::vec(inner, 0..8)).prop_map(|(tag, attrs, children)| {
            Node::Element {
                tag,
                attrs,
                children,
            }
        })
    })
}

fn render(node: &Node, out: &mut String) {
    // An explicit stack: the page is rendered without recursion, as the
    // extractor walks it.
    enum Step<'a> {
        Open(&'a Node),
        Close(&'static str),
    }
    let mut stack = vec![Step::Open(node)];
    while let Some(step) = stack.pop() {
        match step {
            Step::Close(tag) => {
                out.push_str("</");
                out.push_str(tag);
                out.push('>');
            }
            Step::Open(Node::Text(t)) => {
                out.push_str(t);
                out.push(' ');
            }
            Step::Open(Node::Element {
                tag,
                attrs,
                children,
            }) => {
                out.push('<');
                out.push_str(tag);
                for (k, v) in attrs {
                    out.push_str(&format!(" {k}=\"{v}\""));
                }
                out.push('>');
                if matches!(*tag, "br" | "img") {
                    continue;
                }
                stack.push(Step::Close(tag));
                for child in children.iter().rev() {
                    stack.push(Step::Open(child));
                }
            }
        }
    }
}

fn page() -> impl Strategy<Value = String> {
    prop::collection::vec(tree(), 1..6).prop_map(|nodes| {
        let mut html =
            String::from("<!doctype html><html><head><title>A page</title></head><body>");
        for n in &nodes {
            render(n, &mut html);
        }
        html.push_str("</body></html>");
        html
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_pages_never_panic_and_only_return_their_own_words(html in page()) {
        let first = bodycopy::extract(&html);
        if let Ok(article) = &first {
            // Plain text separates table cells with " | "; that mark is the
            // rendering's own, every other word must come from the page.
            for word in article.text.split_whitespace().filter(|w| *w != "|") {
                prop_assert!(html.contains(word), "{word:?} is not in the page");
            }
        }
        prop_assert_eq!(first, bodycopy::extract(&html), "two runs differ");
    }

    #[test]
    fn links_formatting_and_images_leave_the_text_and_keep_spans_well_formed(html in page()) {
        let options = bodycopy::Options::default()
            .links(true)
            .formatting(true)
            .images(true)
            .captions(true);
        let rich = bodycopy::extract_with(&html, &options);
        let plain = bodycopy::extract(&html);
        prop_assert_eq!(rich.is_ok(), plain.is_ok());
        if let (Ok(rich), Ok(plain)) = (rich, plain) {
            prop_assert_eq!(&rich.text, &plain.text);
            for block in &rich.blocks {
                let text = block.text();
                let mut open: Vec<usize> = Vec::new();
                for s in block.spans() {
                    prop_assert!(s.start < s.end && s.end <= text.len(), "{s:?} in {text:?}");
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
                    let inner = &text[s.start..s.end];
                    prop_assert_eq!(inner.trim(), inner, "span with whitespace at its ends");
                    // Spans nest: each one ends within every span still open.
                    open.retain(|&end| end > s.start);
                    prop_assert!(open.iter().all(|&end| s.end <= end), "{:?} overlaps", s);
                    open.push(s.end);
                }
            }
            let _ = (rich.to_markdown(), rich.to_html());
        }
    }

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..2048)) {
        let _ = bodycopy::extract_bytes(&bytes);
    }
}

#[test]
fn the_same_page_from_eight_threads_gives_the_same_article() {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<bodycopy::Options>();
    assert_send_sync::<bodycopy::Article>();

    let mut html = String::from("<html><body><nav><a href='/'>Home</a></nav><article>");
    for i in 0..40 {
        html.push_str(&format!(
            "<p>Paragraph {i} of the report says the harbour council met on Tuesday, \
             and that the ferries would stay in port until the evening tide.</p>"
        ));
    }
    html.push_str("</article><footer>© The Coast Herald</footer></body></html>");
    let html = Arc::new(html);
    let options = Arc::new(bodycopy::Options::default());
    let expected = bodycopy::extract_with(&html, &options);
    assert!(expected.is_ok());
    let handles: Vec<_> = (0..8)
        .map(|_| {
            let (html, options) = (Arc::clone(&html), Arc::clone(&options));
            std::thread::spawn(move || bodycopy::extract_with(&html, &options))
        })
        .collect();
    for h in handles {
        assert_eq!(h.join().expect("a thread panicked"), expected);
    }
}
