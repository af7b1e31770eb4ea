//! The text as the page means it: a paragraph beside a floated picture,
//! lines broken inside a paragraph, list numbering, definition lists,
//! superscripts, invisible characters, captions and the headline.

use bodycopy::{Article, Block, Options};

fn extract(html: &str) -> Article {
    bodycopy::extract(html).unwrap_or_else(|e| panic!("no article: {e:?}"))
}

/// A page of a CMS around `body`, with a header, navigation and a footer.
fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | \
         The Coast Herald</title></head><body><header><a href=\"/\">The Coast Herald</a>\
         <nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\
         <main><article class=\"post\"><h1 class=\"entry-title\">{title}</h1>\
         <div class=\"entry-content\">{body}</div></article></main>\
         <footer><p>© The Coast Herald</p></footer></body></html>"
    )
}

#[test]
fn a_paragraph_beginning_with_a_floated_picture_is_body_and_a_caption_apart_is_not() {
    let html = page(
        "Storm closes harbour",
        "<p>The harbour was closed on Tuesday after a storm drove waves over the old pier, \
         the port authority said, and ferries stayed in port until the evening.</p>\
         <p><img class=\"alignleft size-medium\" src=\"/boats.jpg\" width=\"300\" height=\"200\">\
         Boats from three other ports have asked to shelter in the basin until the storm \
         passes.</p>\
         <div class=\"media\"><img src=\"/pier.jpg\" width=\"800\" height=\"500\">\
         <p>Waves over the old pier on Tuesday morning.</p></div>\
         <p>The coastguard asked walkers to keep away from the seafront until the wind eased \
         later in the week.</p>\
         <p><img src=\"/gulls.jpg\" width=\"800\" height=\"500\">Gulls over the harbour wall, \
         with the lifeboat station behind.</p>\
         <p>Fishermen said they had not seen such a swell in twenty years, and several boats \
         were moved to the inner basin before the tide turned.</p>",
    );
    let article = extract(&html);
    assert!(
        article.text.contains(
            "Boats from three other ports have asked to shelter in the basin until the storm passes."
        ),
        "{}",
        article.text
    );
    // Captions stand apart from their pictures: in a box of their own, or
    // under a picture that is not floated beside the text.
    assert!(
        !article.text.contains("Waves over the old pier"),
        "{}",
        article.text
    );
    assert!(
        !article.text.contains("Gulls over the harbour wall"),
        "{}",
        article.text
    );
}

#[test]
fn lines_broken_with_br_stay_one_block_with_their_breaks() {
    let html = page(
        "A poem for the harbour",
        "<p>The harbour poet read her new poem at the opening of the festival on Saturday, \
         to a crowd of several hundred people gathered on the quay.</p>\
         <p>The tide comes in across the bar,<br>\n  the boats lie still<br>- and so we are.</p>\
         <blockquote><p>Harbour Office<br>1 Quay Street<br>Porthleven</p></blockquote>\
         <p>The festival goes on until Sunday evening, with music on the quay and boat trips \
         round the bay for anyone who wants one.<br><br>Tickets are free, and can be booked at \
         the harbour office on the quay.</p>",
    );
    let article = extract(&html);
    let blocks: Vec<String> = article
        .blocks
        .iter()
        .map(|b| b.text().into_owned())
        .collect();
    assert!(
        blocks.contains(
            &"The tide comes in across the bar,\nthe boats lie still\n- and so we are.".to_string()
        ),
        "{blocks:#?}"
    );
    assert!(
        blocks.contains(&"Harbour Office\n1 Quay Street\nPorthleven".to_string()),
        "{blocks:#?}"
    );
    // Two breaks in a row end a paragraph, as in pages written without <p>.
    assert!(
        blocks.contains(
            &"Tickets are free, and can be booked at the harbour office on the quay.".to_string()
        ),
        "{blocks:#?}"
    );
    assert!(
        article
            .text
            .contains("across the bar,\nthe boats lie still\n")
    );
    // Markdown: hard line breaks, each line escaped as the start of a line
    // and kept inside its quote.
    let md = article.to_markdown();
    assert!(
        md.contains(
            "The tide comes in across the bar,\\\nthe boats lie still\\\n\\- and so we are.\n"
        ),
        "{md}"
    );
    assert!(
        md.contains("> Harbour Office\\\n> 1 Quay Street\\\n> Porthleven\n"),
        "{md}"
    );
    // Read back by a CommonMark parser, the breaks are hard breaks and the
    // dash is text, not a list.
    let events: Vec<pulldown_cmark::Event> = pulldown_cmark::Parser::new(&md).collect();
    let breaks = events
        .iter()
        .filter(|e| matches!(e, pulldown_cmark::Event::HardBreak))
        .count();
    assert_eq!(breaks, 4, "{md}");
    assert!(!events.iter().any(|e| matches!(
        e,
        pulldown_cmark::Event::Start(pulldown_cmark::Tag::List(_))
    )));
    // HTML: `<br>`.
    let out = article.to_html();
    assert!(
        out.contains("<p>The tide comes in across the bar,<br>\nthe boats lie still<br>\n- and so we are.</p>"),
        "{out}"
    );
}

#[test]
fn numbered_lists_keep_their_numbers() {
    let html = page(
        "Steps to take before the storm",
        "<p>The harbour master published a list of steps for boat owners before the storm \
         arrives on Tuesday night, continuing the list from last week.</p>\
         <ol start=\"5\"><li>Double the mooring lines on every cleat.</li>\
         <li>Take down sails, covers and anything else the wind can catch.</li>\
         <li value=\"9\">Leave the marina office a number where you can be reached.</li>\
         <li>Check the bilge pumps and their batteries twice.</li></ol>\
         <p>The countdown to the closing of the harbour gates, as the office will announce \
         it on the radio:</p>\
         <ol reversed><li>Gates close in an hour.</li><li>Gates close in half an hour.</li>\
         <li>Gates closed.</li></ol>\
         <p>Owners who cannot reach their boats can ask the harbour staff for help, the \
         office said.</p>",
    );
    let article = extract(&html);
    let numbers: Vec<(Option<u32>, String)> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::ListItem { number, text, .. } => Some((*number, text.clone())),
            _ => None,
        })
        .collect();
    let want = [
        (5, "Double the mooring lines on every cleat."),
        (
            6,
            "Take down sails, covers and anything else the wind can catch.",
        ),
        (
            9,
            "Leave the marina office a number where you can be reached.",
        ),
        (10, "Check the bilge pumps and their batteries twice."),
        (3, "Gates close in an hour."),
        (2, "Gates close in half an hour."),
        (1, "Gates closed."),
    ];
    let want: Vec<(Option<u32>, String)> = want
        .iter()
        .map(|(n, t)| (Some(*n), t.to_string()))
        .collect();
    assert_eq!(numbers, want);
    let md = article.to_markdown();
    assert!(
        md.contains("\n5. Double the mooring lines on every cleat.\n6. Take down"),
        "{md}"
    );
    assert!(md.contains("\n9. Leave the marina office"), "{md}");
    let out = article.to_html();
    assert!(
        out.contains("<ol start=\"5\">\n<li>Double the mooring lines"),
        "{out}"
    );
    assert!(
        out.contains("<li value=\"9\">Leave the marina office"),
        "{out}"
    );
    assert!(out.contains("</li>\n<li>Check the bilge pumps"), "{out}");
    assert!(
        out.contains("<ol start=\"3\">\n<li>Gates close in an hour.</li>\n<li value=\"2\">"),
        "{out}"
    );
}

#[test]
fn a_definition_list_gives_terms_and_definitions_never_items_of_the_list_before() {
    let html = page(
        "A glossary of the harbour",
        "<p>Visitors to the harbour often ask what the words on the notice boards mean, so the \
         harbour office has published a short glossary of them.</p>\
         <ul><li>The board by the slipway lists the tides.</li>\
         <li>The board by the office lists the moorings.</li></ul>\
         <dl><dt>Neap tide</dt><dd>A tide with the smallest range, a week after a spring tide.</dd>\
         <dt>Spring tide</dt><dt>King tide</dt>\
         <dd>A tide with the largest range, near the new and the full moon.</dd>\
         <dd>Boats on short moorings need their lines let out.</dd></dl>\
         <p>The office will add more words to the glossary over the summer, and welcomes \
         suggestions from the people who use the harbour.</p>",
    );
    let article = extract(&html);
    let kinds: Vec<(&str, String)> = article
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::ListItem { text, .. } => Some(("item", text.clone())),
            Block::Term { text, .. } => Some(("term", text.clone())),
            Block::Definition { text, .. } => Some(("definition", text.clone())),
            _ => None,
        })
        .collect();
    let want = [
        ("item", "The board by the slipway lists the tides."),
        ("item", "The board by the office lists the moorings."),
        ("term", "Neap tide"),
        (
            "definition",
            "A tide with the smallest range, a week after a spring tide.",
        ),
        ("term", "Spring tide"),
        ("term", "King tide"),
        (
            "definition",
            "A tide with the largest range, near the new and the full moon.",
        ),
        (
            "definition",
            "Boats on short moorings need their lines let out.",
        ),
    ];
    let want: Vec<(&str, String)> = want.iter().map(|(k, t)| (*k, t.to_string())).collect();
    assert_eq!(kinds, want);
    let md = article.to_markdown();
    assert!(
        md.contains(
            "- The board by the office lists the moorings.\n\nNeap tide\n: A tide with the \
             smallest range, a week after a spring tide.\n\nSpring tide\n\nKing tide\n: A tide \
             with the largest range, near the new and the full moon.\n: Boats on short moorings"
        ),
        "{md}"
    );
    let out = article.to_html();
    assert!(
        out.contains(
            "</ul>\n<dl>\n<dt>Neap tide</dt>\n<dd>A tide with the smallest range, a week after \
             a spring tide.</dd>\n<dt>Spring tide</dt>\n<dt>King tide</dt>\n"
        ),
        "{out}"
    );
    assert!(
        out.contains("need their lines let out.</dd>\n</dl>\n<p>"),
        "{out}"
    );
}

#[test]
fn superscripts_and_subscripts_are_set_apart_in_text_and_kept_in_markdown_and_html() {
    let html = page(
        "Harbour water tested",
        "<p>The harbour water was tested on the 21<sup>st</sup> of March, and the levels of \
         dissolved CO<sub>2</sub> were the highest recorded<sup><a href=\"#fn1\">1</a></sup> \
         since the station opened.<sup>[2]</sup></p>\
         <p>The tests will be repeated every month, the harbour office said, and the results \
         published on its website for anyone to read.</p>",
    );
    let plain = extract(&html);
    assert!(
        plain.text.starts_with(
            "The harbour water was tested on the 21st of March, and the levels of dissolved \
             CO 2 were the highest recorded 1 since the station opened.[2]"
        ),
        "{}",
        plain.text
    );
    let options = Options::default().formatting(true);
    let article = bodycopy::extract_with(&html, &options).expect("an article");
    assert_eq!(
        article.text, plain.text,
        "formatting never changes the text"
    );
    let md = article.to_markdown();
    assert!(
        md.contains(
            "the 21<sup>st</sup> of March, and the levels of dissolved CO <sub>2</sub> were the \
             highest recorded <sup>1</sup> since the station opened.<sup>\\[2\\]</sup>"
        ),
        "{md}"
    );
    let out = article.to_html();
    assert!(out.contains("the 21<sup>st</sup> of March"), "{out}");
    assert!(out.contains("recorded <sup>1</sup> since"), "{out}");
}

#[test]
fn invisible_break_characters_are_removed_and_joiners_that_shape_text_kept() {
    let html = page(
        "Har&shy;bour co&shy;operative meets",
        "<p>The harbour co&shy;operative met on Tuesday to discuss the new\u{200B}ly built \
         pontoon, and agreed\u{2060} that its members would share the cost of the repairs \
         over\u{FEFF} three years, hel\u{200D}lo\u{200C}.</p>\
         <p>A family of visitors 👨\u{200D}👩\u{200D}👧 from Tehran, who wrote می\u{200C}خواهم in \
         the guest book, and a group from Delhi, who wrote क्\u{200D}ष, watched the meeting \
         from the quay all afternoon.</p>",
    );
    let article = extract(&html);
    assert_eq!(article.title.as_deref(), Some("Harbour cooperative meets"));
    assert!(
        article.text.starts_with(
            "The harbour cooperative met on Tuesday to discuss the newly built pontoon, and \
             agreed that its members would share the cost of the repairs over three years, \
             hello."
        ),
        "{:?}",
        article.text
    );
    for kept in ["👨\u{200D}👩\u{200D}👧", "می\u{200C}خواهم", "क्\u{200D}ष"] {
        assert!(
            article.text.contains(kept),
            "lost {kept:?} in {:?}",
            article.text
        );
    }
}

#[test]
fn with_captions_on_a_caption_is_a_visible_line_under_its_image_in_markdown() {
    let html = page(
        "Storm closes harbour",
        "<p>The harbour was closed on Tuesday after a storm drove waves over the old pier, \
         the port authority said, and ferries stayed in port until the evening.</p>\
         <figure><img src=\"https://news.example.com/pier.jpg\" alt=\"The pier\">\
         <figcaption>Waves over the pier on Tuesday *morning*. Picture: PA</figcaption></figure>\
         <p>Fishermen said they had not seen such a swell in twenty years, and several boats \
         were moved to the inner basin before the tide turned.</p>",
    );
    let options = Options::default().images(true).captions(true);
    let article = bodycopy::extract_with(&html, &options).expect("an article");
    let md = article.to_markdown();
    assert!(
        md.contains(
            "\n\n![The pier](https://news.example.com/pier.jpg)\\\n*Waves over the pier on \
             Tuesday \\*morning\\*. Picture: PA*\n\n"
        ),
        "{md}"
    );
    // A CommonMark reader shows the caption as text in italics under the
    // picture, not as the picture's title.
    let mut shown = String::new();
    let mut emphasis = false;
    for event in pulldown_cmark::Parser::new(&md) {
        match event {
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Image { title, .. }) => {
                assert!(title.is_empty(), "caption as a title: {title:?}")
            }
            pulldown_cmark::Event::Start(pulldown_cmark::Tag::Emphasis) => emphasis = true,
            pulldown_cmark::Event::End(pulldown_cmark::TagEnd::Emphasis) => emphasis = false,
            pulldown_cmark::Event::Text(t) if emphasis => shown.push_str(&t),
            _ => {}
        }
    }
    assert_eq!(
        shown,
        "Waves over the pier on Tuesday *morning*. Picture: PA"
    );
}

/// A blog whose theme writes the site's name as an `h1` linking home,
/// above the post, whose own title is `post_title` (in its tag).
fn blog(head: &str, post_title: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>\
         <header id=\"masthead\"><h1 id=\"site-title\"><a href=\"/\">Harbour Notes</a></h1>\
         <p class=\"site-description\">A blog about boats</p></header>\
         <main><article>{post_title}\
         <p>The harbour was closed on Tuesday after a storm drove waves over the old pier, the \
         port authority said, and ferries stayed in port until the evening.</p>\
         <p>Fishermen said they had not seen such a swell in twenty years, and several boats \
         were moved to the inner basin before the tide turned.</p></article></main></body></html>"
    )
}

#[test]
fn a_site_logo_in_an_h1_is_not_the_headline_when_the_metadata_names_another() {
    // The post's title in an h2, named by <title>.
    let html = blog(
        "<title>Storm closes the harbour for a day – Harbour Notes</title>",
        "<h2 class=\"entry-title\">Storm closes the harbour for a day</h2>",
    );
    assert_eq!(
        extract(&html).title.as_deref(),
        Some("Storm closes the harbour for a day")
    );
    // The post's title in a second h1, named by og:title.
    let html = blog(
        "<meta property=\"og:title\" content=\"Storm closes the harbour for a day\">",
        "<h1 class=\"entry-title\">Storm closes the harbour for a day</h1>",
    );
    assert_eq!(
        extract(&html).title.as_deref(),
        Some("Storm closes the harbour for a day")
    );
    // JSON-LD names the headline; the post's h1 is worded otherwise, and
    // is still the headline: it is no logo.
    let html = blog(
        "<script type=\"application/ld+json\">{\"@type\": \"BlogPosting\", \"headline\": \
         \"Harbour storm: what we know\"}</script>",
        "<h1>A day the harbour stood still</h1>",
    );
    assert_eq!(
        extract(&html).title.as_deref(),
        Some("A day the harbour stood still")
    );
    // With no headline in the metadata, the first h1 is all there is.
    let html = blog("", "<h2>Storm closes the harbour for a day</h2>");
    assert_eq!(extract(&html).title.as_deref(), Some("Harbour Notes"));
}
