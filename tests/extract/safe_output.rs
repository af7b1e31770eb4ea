//! What the output may carry: random articles full of hostile addresses
//! (script schemes however they are written) and hostile attributes (event
//! handlers, styles, `srcdoc`), rendered as HTML and Markdown and read back
//! with a real parser of each. The HTML holds only the elements and
//! attributes `Article::to_html` documents, the Markdown no raw HTML, and
//! every address in either has an allowed scheme or is relative.

use proptest::prelude::*;
use pulldown_cmark::{Event, Parser, Tag};
use scraper::Html;

/// Addresses as pages write them in attributes, hostile and not. Character
/// references are decoded by the HTML parser before any address is read.
const ADDRESSES: &[&str] = &[
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "  javascript:alert(1)",
    "&#1;javascript:alert(1)",
    "&#x0;&#x1f; javascript:alert(1)",
    "java&#9;script:alert(1)",
    "java&#x0A;scr&#13;ipt:alert(1)",
    "&#106;avascript&colon;alert(1)",
    "javascript:alert(1)&#0;",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,&lt;svg onload=alert(1)&gt;",
    "DATA:image/png;base64,iVBORw0KGgo=",
    "file:///etc/passwd",
    "blob:https://news.example.com/0d1e",
    "https:javascript:alert(1)",
    "\\\\evil.example\\x.jpg",
    "//cdn.example.net/p.jpg?w=800",
    "/photos/pier (1).jpg",
    "../a b.html#x",
    "?page=2&amp;amp;sort=new",
    "#section-2",
    "javascript%3Aalert(1)",
    "&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
    "https://news.example.com/story)(x).html",
    "https://news.example.com/a\\b`c",
    "HTTPS://EXAMPLE.COM/Upper.jpg",
    "mailto:desk@example.com",
    "tel:+441234567890",
    "",
];

/// Attributes no output may carry, as pages write them.
const ATTRIBUTES: &[&str] = &[
    "",
    " onerror=\"alert(1)\"",
    " onclick=\"alert(1)\" onmouseover=\"alert(2)\"",
    " style=\"background:url(javascript:alert(1))\"",
    " srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\"",
    " class=\"article-body\" id=\"x\"",
    " formaction=\"javascript:alert(1)\"",
    " data-src=\"javascript:alert(1)\"",
    " data-srcset=\"vbscript:x 1x, /ok.jpg 2x\"",
    " title=\"&quot; onmouseover=&quot;alert(1)\"",
];

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
    "<b>",
    "&amp;",
    "javascript:alert(1)",
    "[link](javascript:x)",
    "*",
    "_",
    "`",
    "Köln",
    "東京",
];

/// Inline pieces; `{H}` is an address, `{A}` attributes, `{W}` words.
const INLINE: &[&str] = &[
    "<a href=\"{H}\"{A}>{W}</a>",
    "<a href=\"{H}\"><img src=\"{H}\"{A} width=\"640\"></a>",
    "<img src=\"{H}\" srcset=\"{H} 1x, {H} 2x\"{A}>",
    "<img src=\"data:image/gif;base64,R0lGODlhAQABAAAAACw=\" data-src=\"{H}\"{A}>",
    "<svg><a xlink:href=\"{H}\"><text>{W}</text></a></svg>",
    "<iframe srcdoc=\"&lt;script&gt;alert(1)&lt;/script&gt;\" src=\"{H}\"></iframe>",
    "<object data=\"{H}\">{W}</object>",
    "<em{A}>{W}</em>",
    "<strong>{W} <a href=\"{H}\">{W}</a></strong>",
    "<code{A}>{W}</code>",
    "<span{A}>{W}</span>",
    "<q cite=\"{H}\">{W}</q>",
    "<sup><a href=\"{H}\">1</a></sup>",
    "<sub{A}>{W}</sub>",
    "<math href=\"{H}\"><mi>x</mi></math>",
];

/// Blocks of the article; `{I}` is an inline piece.
const BLOCKS: &[&str] = &[
    "<p{A}>{W} {I} {W}. {I} {W}.</p>",
    "<figure{A}><img src=\"{H}\" alt=\"{W}\"{A}><figcaption>{W}</figcaption></figure>",
    "<ul><li>{W} {I}</li><li>{W} {W}</li></ul>",
    "<blockquote cite=\"{H}\"><p>{W} {I}.</p></blockquote>",
    "<table><tr><th>{W}</th><th>{W}</th></tr><tr><td>{W} {I}</td><td>{W}</td></tr></table>",
    "<form action=\"{H}\"><input formaction=\"{H}\" value=\"{W}\"><button>{W}</button></form>",
    "<pre{A}>{W}</pre>",
    "<p><img class=\"alignleft\" src=\"{H}\"{A}>{W} {W}.</p>",
    "<script>document.write('<a href=\"javascript:alert(1)\">x</a>')</script><p>{W} {I}.</p>",
];

/// Elements of the page's head that carry addresses.
const HEAD: &[&str] = &[
    "<base href=\"{H}\">",
    "<link rel=\"canonical\" href=\"{H}\">",
    "<meta property=\"og:image\" content=\"{H}\">",
    "<meta http-equiv=\"refresh\" content=\"0; url={H}\">",
];

/// Builds a page from a stream of choices.
struct Builder<'a> {
    choices: &'a [u16],
    at: usize,
}

impl Builder<'_> {
    fn pick<'s>(&mut self, from: &[&'s str]) -> &'s str {
        let c = self.choices[self.at % self.choices.len()];
        self.at += 1;
        from[c as usize % from.len()]
    }

    fn words(&mut self) -> String {
        let mut w: Vec<&str> = (0..6).map(|_| self.pick(WORDS)).collect();
        // Enough plain prose around the hostile words for an article.
        w.extend([
            "and", "the", "harbour", "council", "said", "the", "ferries", "would", "stay",
        ]);
        w.join(" ")
    }

    fn fill(&mut self, template: &str) -> String {
        let mut out = String::new();
        let mut rest = template;
        while let Some(at) = rest.find('{') {
            out.push_str(&rest[..at]);
            let (key, after) = rest[at..].split_at(3);
            match key {
                "{H}" => out.push_str(self.pick(ADDRESSES)),
                "{A}" => out.push_str(self.pick(ATTRIBUTES)),
                "{W}" => out.push_str(&self.words()),
                "{I}" => {
                    let inline = self.pick(INLINE);
                    out.push_str(&self.fill(inline));
                }
                _ => out.push_str(key),
            }
            rest = after;
        }
        out.push_str(rest);
        out
    }

    fn page(&mut self) -> String {
        let mut html =
            String::from("<!doctype html><html><head><title>Storm closes harbour</title>");
        for _ in 0..2 {
            let head = self.pick(HEAD);
            html.push_str(&self.fill(head));
        }
        html.push_str("</head><body><nav><a href=\"/\">Home</a></nav><article><h1>Storm</h1>");
        for _ in 0..8 {
            let block = self.pick(BLOCKS);
            html.push_str(&self.fill(block));
        }
        html.push_str("</article></body></html>");
        html
    }
}

/// The scheme of an address as a browser reads it (the WHATWG URL
/// standard: leading and trailing C0 controls and spaces stripped, tabs and
/// newlines removed, the scheme case-insensitive), lower-cased; `None` for
/// a relative address.
fn scheme(address: &str) -> Option<String> {
    let s: String = address
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Checks an address of the output: an allowed scheme, or relative when
/// no web address was given to resolve it against.
fn check(address: &str, schemes: &[&str], resolved: bool) -> Result<(), TestCaseError> {
    match scheme(address) {
        Some(s) => prop_assert!(schemes.contains(&s.as_str()), "{address:?} in the output"),
        None => prop_assert!(!resolved, "{address:?} left relative beside a page address"),
    }
    prop_assert!(!address.is_empty(), "an empty address in the output");
    Ok(())
}

const LINK: &[&str] = &["http", "https", "mailto"];
const WEB: &[&str] = &["http", "https"];

/// The elements `Article::to_html` may write, with the attributes each
/// may carry.
const HTML_ELEMENTS: &[(&str, &[&str])] = &[
    ("html", &[]),
    ("head", &[]),
    ("body", &[]),
    ("article", &[]),
    ("h1", &[]),
    ("h2", &[]),
    ("h3", &[]),
    ("h4", &[]),
    ("h5", &[]),
    ("h6", &[]),
    ("p", &[]),
    ("blockquote", &[]),
    ("pre", &[]),
    ("ul", &[]),
    ("ol", &["start"]),
    ("li", &["value"]),
    ("dl", &[]),
    ("dt", &[]),
    ("dd", &[]),
    ("table", &[]),
    ("thead", &[]),
    ("tbody", &[]),
    ("tr", &[]),
    ("th", &[]),
    ("td", &[]),
    ("figure", &[]),
    ("figcaption", &[]),
    ("br", &[]),
    ("em", &[]),
    ("strong", &[]),
    ("code", &[]),
    ("sup", &[]),
    ("sub", &[]),
    ("a", &["href"]),
    ("img", &["src", "alt"]),
];

fn check_html(html: &str, resolved: bool) -> Result<(), TestCaseError> {
    let doc = Html::parse_document(html);
    for node in doc.tree.nodes() {
        let Some(el) = node.value().as_element() else {
            continue;
        };
        let name = el.name();
        let allowed = HTML_ELEMENTS.iter().find(|(n, _)| *n == name);
        prop_assert!(allowed.is_some(), "<{name}> in the HTML output");
        let attrs = allowed.map_or(&[][..], |(_, a)| *a);
        for (attr, value) in el.attrs() {
            prop_assert!(
                attrs.contains(&attr),
                "{attr} on <{name}> in the HTML output"
            );
            match attr {
                "href" => check(value, LINK, resolved)?,
                "src" => check(value, WEB, resolved)?,
                "start" | "value" => prop_assert!(
                    !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()),
                    "{attr}={value:?}"
                ),
                _ => {}
            }
        }
    }
    Ok(())
}

fn check_markdown(md: &str, resolved: bool) -> Result<(), TestCaseError> {
    let options = pulldown_cmark::Options::ENABLE_TABLES;
    for event in Parser::new_ext(md, options) {
        match event {
            Event::Start(Tag::Link { dest_url, .. }) => check(&dest_url, LINK, resolved)?,
            Event::Start(Tag::Image { dest_url, .. }) => check(&dest_url, WEB, resolved)?,
            // Superscripts and subscripts are the only HTML it may hold.
            Event::InlineHtml(h) if ["<sup>", "</sup>", "<sub>", "</sub>"].contains(&&*h) => {}
            Event::Html(h) | Event::InlineHtml(h) => {
                prop_assert!(false, "raw HTML {h:?} in the Markdown output")
            }
            _ => {}
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn hostile_addresses_and_attributes_never_reach_the_output(
        choices in prop::collection::vec(any::<u16>(), 64..256),
        url in prop::sample::select(&[
            "",
            "https://news.example.com/world/2024/storm.html",
            "javascript:alert(1)",
            " JAVASCRIPT:alert(1)//",
        ][..]),
    ) {
        let html = Builder { choices: &choices, at: 0 }.page();
        let mut options = bodycopy::Options::default()
            .links(true)
            .formatting(true)
            .images(true)
            .captions(true);
        if !url.is_empty() {
            options = options.url(url);
        }
        let resolved = url.starts_with("https:");
        let Ok(article) = bodycopy::extract_with(&html, &options) else {
            return Ok(());
        };
        check_html(&article.to_html(), resolved)?;
        check_markdown(&article.to_markdown(), resolved)?;
        // The article itself (what JSON carries) holds the same addresses.
        for block in &article.blocks {
            if let bodycopy::Block::Image { src, .. } = block {
                check(src, WEB, resolved)?;
            }
            for span in block.spans() {
                if let bodycopy::SpanKind::Link { href, .. } = &span.kind {
                    check(href, LINK, resolved)?;
                }
            }
        }
        for address in [&article.metadata.canonical_url, &article.metadata.image]
            .into_iter()
            .flatten()
        {
            check(address, WEB, resolved)?;
        }
    }
}

/// The renderings check what they are given too: an article changed by a
/// program after the extraction is rendered as safely.
#[test]
fn an_article_changed_by_hand_is_rendered_without_its_hostile_addresses() {
    use bodycopy::{Block, SpanKind};
    let html = r#"<article><p>Read <a href="/guide">the guide</a> before you go, the harbour
        master said, since the ferries will not run until the storm has passed.</p>
        <figure><img src="/pier.jpg" alt="pier"></figure>
        <p>Fishermen moved their boats to the inner basin before the tide turned.</p>
        <figure><img src="/gulls.jpg" alt="gulls"></figure>
        <p>The harbour will open again on Thursday morning if the wind drops.</p></article>"#;
    let options = bodycopy::Options::default()
        .url("https://news.example.com/storm.html")
        .links(true)
        .images(true);
    let mut article = bodycopy::extract_with(html, &options).expect("an article");
    let mut images = 0;
    for block in &mut article.blocks {
        match block {
            Block::Paragraph { spans, .. } => {
                for span in spans {
                    if let SpanKind::Link { href, .. } = &mut span.kind {
                        *href = " java\tscript:alert(1)".into();
                    }
                }
            }
            Block::Image { src, .. } => {
                images += 1;
                *src = if images == 1 {
                    "\u{1}JAVASCRIPT:alert(1)".into()
                } else {
                    "https://example.com/gulls (1).jpg".into()
                };
            }
            _ => {}
        }
    }
    assert_eq!(images, 2);
    let out = article.to_html();
    assert!(
        out.starts_with("<article>\n<p>Read the guide before you go,"),
        "{out}"
    );
    assert!(!out.contains("pier") && !out.contains("script"), "{out}");
    assert!(
        out.contains("<img src=\"https://example.com/gulls%20(1).jpg\" alt=\"gulls\">"),
        "{out}"
    );
    let md = article.to_markdown();
    assert!(md.starts_with("Read the guide before you go,"), "{md}");
    assert!(!md.contains("pier") && !md.contains("script"), "{md}");
    assert!(
        md.contains("\n![gulls](<https://example.com/gulls%20(1).jpg>)\n"),
        "{md}"
    );
}

#[test]
fn a_link_with_a_refused_address_keeps_its_text_and_an_image_is_left_out() {
    let html = r#"<!doctype html><html><head><title>Storm closes harbour</title>
        <base href="javascript:alert(1)//"></head><body><article>
        <p>The harbour was closed on Tuesday, <a href="java&#9;script:alert(1)">the port
        authority said</a>, and the <a href="/ferries">ferries</a> stayed in port until the
        evening, when <a href=" VBScript:msgbox(1)">the wind</a> dropped.</p>
        <p><img src="data:text/html;base64,PHNjcmlwdD4=" width="600"> <img src="&#1;javascript:alert(1)"></p>
        <figure><img src="/pier.jpg" onerror="alert(1)" style="x"><figcaption>The pier.</figcaption></figure>
        <p>Fishermen said they had not seen such a swell in twenty years, and moved their
        boats to the inner basin before the tide turned.</p></article></body></html>"#;
    let options = bodycopy::Options::default()
        .url("https://news.example.com/2024/storm.html")
        .links(true)
        .images(true);
    let article = bodycopy::extract_with(html, &options).expect("an article");
    assert!(article.text.starts_with(
        "The harbour was closed on Tuesday, the port authority said, and the ferries"
    ));
    let html = article.to_html();
    assert!(
        html.contains(
            "Tuesday, the port authority said, and the \
         <a href=\"https://news.example.com/ferries\">ferries</a> stayed"
        ),
        "{html}"
    );
    assert!(html.contains("when the wind dropped."), "{html}");
    // The `<base>` with a script scheme is passed over; the refused images
    // are left out, the picture of the pier kept without its handlers.
    let images: Vec<&str> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            bodycopy::Block::Image { src, .. } => Some(src.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(images, ["https://news.example.com/pier.jpg"]);
    assert!(
        !html.contains("onerror") && !html.contains("style"),
        "{html}"
    );
}
