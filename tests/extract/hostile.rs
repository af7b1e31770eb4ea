//! Inputs a crawler meets: huge pages, pathological nesting, floods of
//! elements, links, entities and attributes, hidden text, and things that are
//! not HTML at all. Each must give an article or a clear error, quickly.

use bodycopy::{BinaryFormat, Error, Options};

/// A paragraph of body copy with its number in it.
fn paragraph(i: usize) -> String {
    format!(
        "<p>Paragraph {i}: the harbour council met again on Tuesday evening, and its members \
         agreed that the ferries would stay in port until the storm had passed, according \
         to the minutes published the following morning.</p>\n"
    )
}

/// A news page whose body has about `bytes` bytes of paragraphs.
fn article_of_size(bytes: usize) -> String {
    let mut html = String::with_capacity(bytes + 4096);
    html.push_str(
        "<!doctype html><html><head><title>Storm closes harbour | The Coast Herald</title>\
         </head><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>\
         <article><h1>Storm closes harbour</h1><div class='article-body'>",
    );
    let mut i = 0;
    while html.len() < bytes {
        html.push_str(&paragraph(i));
        i += 1;
    }
    html.push_str("</div></article><footer>© The Coast Herald</footer></body></html>");
    html
}

#[test]
fn a_50_mb_article_is_extracted_whole() {
    let html = article_of_size(50 << 20);
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.starts_with("Paragraph 0: the harbour council"));
    let last = html.matches("<p>").count() - 1;
    assert!(
        article
            .text
            .contains(&format!("Paragraph {last}: the harbour"))
    );
    assert!(!article.text.contains("Home"));
}

#[test]
fn the_size_limit_refuses_large_input_before_parsing() {
    let html = article_of_size(2 << 20);
    let options = Options::default().max_input_bytes(Some(1 << 20));
    match bodycopy::extract_with(&html, &options) {
        Err(Error::TooLarge { size, limit, .. }) => {
            assert_eq!((size, limit), (html.len(), 1 << 20))
        }
        other => panic!("{other:?}"),
    }
    let err = bodycopy::extract_bytes_with(html.as_bytes(), &options).unwrap_err();
    assert!(err.to_string().contains("over the limit"), "{err}");
}

/// An article whose body sits at the bottom of `depth` levels of `open`,
/// each level also holding a short label, as generated markup does.
fn deep_page(open: &str, close: &str, depth: usize) -> String {
    let mut html = String::from(
        "<!doctype html><html><head><title>Deep</title></head><body>\
         <nav><a href='/'>Home</a> <a href='/news'>News</a></nav>",
    );
    for _ in 0..depth {
        html.push_str(open);
    }
    for i in 0..6 {
        html.push_str(&paragraph(i));
    }
    for _ in 0..depth {
        html.push_str(close);
    }
    html.push_str("<footer>© The Coast Herald</footer></body></html>");
    html
}

/// A deep page gives its paragraphs, in order, and not its navigation.
fn assert_deep_page_extracts(open: &str, close: &str) {
    let html = deep_page(open, close, 100_000);
    let article = bodycopy::extract(&html).expect("an article");
    for i in 0..6 {
        let para = format!("Paragraph {i}: the harbour council met again");
        assert!(article.text.contains(&para), "lost {para:?}");
    }
    assert!(!article.text.contains("Home"), "{}", article.text);
}

#[test]
fn a_hundred_thousand_nested_divs() {
    assert_deep_page_extracts("<div>", "</div>");
}

#[test]
fn a_hundred_thousand_nested_inline_elements() {
    assert_deep_page_extracts("<b><i><span>", "</span></i></b>");
}

#[test]
fn a_hundred_thousand_nested_lists() {
    assert_deep_page_extracts("<ul><li>", "</li></ul>");
}

#[test]
fn a_hundred_thousand_nested_tables() {
    assert_deep_page_extracts("<table><tr><td>", "</td></tr></table>");
}

#[test]
fn a_hundred_thousand_nested_elements_inside_noscript() {
    // With no article outside it, the page is read again with scripts off,
    // where `<noscript>` holds markup: its nesting is bounded all the same,
    // and so is that of `<noscript>`s nested in each other.
    let inner = deep_page("<div>", "</div>", 100_000);
    let html = format!(
        "<html><body><div id='app'></div><noscript>{}</noscript></body></html>",
        &inner[inner.find("<body>").unwrap() + 6..inner.find("</body>").unwrap()]
    );
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.contains("Paragraph 5: the harbour council"));
    assert!(!article.text.contains("Home"), "{}", article.text);
    assert_deep_page_extracts("<noscript>", "</noscript>");
}

#[test]
fn a_hundred_thousand_unclosed_divs() {
    let mut html = deep_page("<div>", "", 100_000);
    html.push_str("<p>Trailing words after the unclosed part of the page.</p>");
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.contains("Paragraph 5: the harbour council"));
}

#[test]
fn a_10_mb_text_node_without_whitespace() {
    let blob = "x".repeat(10 << 20);
    let html = format!(
        "<html><body><article>{}<p>{blob}</p></article></body></html>",
        paragraph(0)
    );
    // One "word" of ten million letters is not prose; the paragraph beside it is.
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.starts_with("Paragraph 0:"));
}

#[test]
fn a_million_tiny_elements() {
    let mut html = String::from("<html><body><article>");
    for i in 0..20 {
        html.push_str(&paragraph(i));
    }
    html.push_str("<div class='grid'>");
    for _ in 0..1_000_000 {
        html.push_str("<i></i>");
    }
    html.push_str("</div></article></body></html>");
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.contains("Paragraph 19:"));
}

#[test]
fn a_hundred_thousand_links_are_navigation() {
    let mut html = String::from("<html><body><ul class='sitemap'>");
    for i in 0..100_000 {
        html.push_str(&format!("<li><a href='/p/{i}'>Story number {i}</a></li>"));
    }
    html.push_str("</ul><article>");
    for i in 0..10 {
        html.push_str(&paragraph(i));
    }
    html.push_str("</article></body></html>");
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.starts_with("Paragraph 0:"));
    assert!(!article.text.contains("Story number"));
}

#[test]
fn an_entity_flood() {
    let flood = "&amp;&lt;&gt;&quot;&#x2014;&#8212;&nbsp;&eacute;".repeat(200_000);
    let html = format!(
        "<html><body><article>{}<p>{flood}</p>{}</article></body></html>",
        paragraph(0),
        paragraph(1)
    );
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.contains("Paragraph 1:"));
}

#[test]
fn thousands_of_attributes_on_one_element() {
    let attrs: String = (0..20_000).map(|i| format!(" data-a{i}=\"{i}\"")).collect();
    let html = format!(
        "<html><body><article class='article-body'{attrs}>{}{}</article></body></html>",
        paragraph(0),
        paragraph(1)
    );
    let article = bodycopy::extract(&html).expect("an article");
    assert!(article.text.contains("Paragraph 1:"));
}

#[test]
fn hidden_text_never_reaches_the_output() {
    let secret = "The secret sentence is long enough to count as prose if it ever leaked, \
                  which it must not do under any circumstances whatsoever.";
    let hiding = [
        format!("<div hidden><p>{secret}</p></div>"),
        format!("<div aria-hidden=\"true\"><p>{secret}</p></div>"),
        format!("<div style=\"display: none\"><p>{secret}</p></div>"),
        format!("<div style=\"color:red;visibility:hidden\"><p>{secret}</p></div>"),
        format!("<template><p>{secret}</p></template>"),
        format!("<noscript><p>{secret}</p></noscript>"),
        format!("<script>var s = \"{secret}\";</script>"),
        format!("<script type=\"application/ld+json\">{{\"articleBody\": \"{secret}\"}}</script>"),
        format!("<style>/* {secret} */</style>"),
        format!("<!-- <p>{secret}</p> -->"),
        format!("<iframe srcdoc=\"<p>{secret}</p>\"></iframe>"),
    ];
    for hidden in &hiding {
        let html = format!(
            "<html><body><article>{}{hidden}{}</article></body></html>",
            paragraph(0),
            paragraph(1)
        );
        let article = bodycopy::extract(&html).expect("an article");
        assert!(
            !article.text.contains("secret sentence"),
            "leaked from {hidden}"
        );
        assert!(
            article.text.contains("Paragraph 1:"),
            "lost the body around {hidden}"
        );
    }
}

#[test]
fn empty_and_blank_input_is_empty() {
    assert_eq!(bodycopy::extract(""), Err(Error::Empty));
    assert_eq!(bodycopy::extract(" \n\t "), Err(Error::Empty));
    assert_eq!(bodycopy::extract_bytes(b""), Err(Error::Empty));
}

#[test]
fn binary_files_are_not_html() {
    let png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10";
    let pdf = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj";
    for (bytes, format, name) in [
        (&png[..], BinaryFormat::Png, "PNG"),
        (&pdf[..], BinaryFormat::Pdf, "PDF"),
    ] {
        let err = bodycopy::extract_bytes(bytes).unwrap_err();
        assert!(
            matches!(err, Error::NotHtml { kind, .. } if kind == format),
            "{err}"
        );
        assert!(err.to_string().contains(name), "{err}");
    }
}

#[test]
fn plain_text_is_its_own_body() {
    let text = "The harbour was closed on Tuesday after a storm drove waves over the old \
                pier, the port authority said, and ferries stayed in port until evening.";
    let article = bodycopy::extract(text).expect("an article");
    assert_eq!(article.text, text);
}

#[test]
fn a_frameset_has_no_article() {
    let html = "<html><frameset cols='50%,50%'><frame src='a.html'><frame src='b.html'>\
                </frameset></html>";
    assert!(matches!(
        bodycopy::extract(html),
        Err(Error::NoArticle { .. })
    ));
}

#[test]
fn an_rss_feed_gives_its_item_text_or_no_article() {
    let feed = "<?xml version='1.0'?><rss version='2.0'><channel><title>Feed</title>\
                <item><title>Storm closes harbour</title><link>https://example.org/a</link>\
                <description>The harbour was closed on Tuesday after a storm drove waves \
                over the old pier, the port authority said.</description></item></channel></rss>";
    match bodycopy::extract(feed) {
        Ok(article) => assert!(article.text.contains("The harbour was closed on Tuesday")),
        Err(e) => assert!(matches!(e, Error::NoArticle { .. }), "{e}"),
    }
}
