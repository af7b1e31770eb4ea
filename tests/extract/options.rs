//! What the options change: the comment thread returned apart, tables left
//! out, and how the precision/recall focus decides the body's doubtful edge.

use bodycopy::{Block, Focus, Options};

const BLOG: &str = include_str!("../pages/wordpress-blog-with-comments/source.html");
const RECIPE: &str = include_str!("../pages/recipe-with-list-and-table/source.html");

fn extract(html: &str, options: &Options) -> bodycopy::Article {
    bodycopy::extract_with(html, options).unwrap_or_else(|e| panic!("no article: {e:?}"))
}

fn texts(blocks: &[Block]) -> Vec<String> {
    blocks.iter().map(|b| b.text().into_owned()).collect()
}

#[test]
fn comments_are_returned_apart_from_the_body_when_asked_for() {
    let plain = extract(BLOG, &Options::default());
    assert!(plain.comments.is_empty(), "comments are off by default");

    let article = extract(BLOG, &Options::default().comments(true));
    // The body is the same with or without comments.
    assert_eq!(article.text, plain.text);
    let comments: Vec<String> = article
        .comments
        .iter()
        .map(|c| c.text().into_owned())
        .collect();
    let thread = comments.join("\n");
    for remark in [
        "The dangling symlink got me in almost exactly the same way",
        "Have you looked at any of the dedicated snapshot tools",
        "I did try one of them for a while, Priyanka",
    ] {
        assert!(thread.contains(remark), "lost comment {remark:?}\n{thread}");
        assert!(
            !article.text.contains(remark),
            "comment in the body: {remark:?}"
        );
    }
    // The thread's furniture is not a comment.
    for furniture in [
        "responses to",
        "says:",
        "14 November 2023 at 9:17 pm",
        "Post Comment",
    ] {
        assert!(!thread.contains(furniture), "kept {furniture:?}\n{thread}");
    }
    assert!(!comments.iter().any(|c| c == "Reply"));
    // Each comment with its author and date; the thread is shown flat.
    let who: Vec<(Option<&str>, Option<&str>, Option<usize>)> = article
        .comments
        .iter()
        .map(|c| (c.author.as_deref(), c.date.as_deref(), c.parent))
        .collect();
    assert_eq!(
        who,
        [
            (
                Some("Desmond Arkwright"),
                Some("2023-11-14T21:17:40+00:00"),
                None
            ),
            (
                Some("Priyanka Solberg"),
                Some("2023-11-15T07:45:02+00:00"),
                None
            ),
            (Some("Marta Quill"), Some("2023-11-15T09:12:55+00:00"), None),
            (
                Some("Tomasz Whitcombe"),
                Some("2023-11-16T18:30:19+00:00"),
                None
            ),
            (Some("Gwendolyn Fairbairn"), who[4].1, None),
        ]
    );
    assert!(article.comments.iter().all(|c| c.blocks.len() == 1));
}

/// A thread as blog engines write it: each comment a list item holding the
/// comment and the list of its replies; one comment of two paragraphs.
const THREAD: &str = r##"<!doctype html><html lang="en"><head><title>Ferry timetable changes | Harbour Notes</title></head><body>
<main><article><h1>Ferry timetable changes</h1>
<p>The ferry company has published its winter timetable, and the early crossing to the island will now leave at half past seven instead of seven, to give the crews more rest between shifts.</p>
<p>The last crossing of the day is unchanged, and the company says that the timetable will be reviewed again in the spring once it has heard from passengers.</p>
</article>
<section id="comments" class="comments-area"><h2 class="comments-title">3 thoughts on “Ferry timetable changes”</h2>
<ol class="comment-list">
<li id="comment-1" class="comment depth-1"><div class="comment-body">
  <div class="comment-meta"><span class="comment-author">Nell Tregarthen</span> <span>wrote:</span>
  <time datetime="2024-10-02T08:15:00+01:00">2 October 2024 at 8:15 am</time></div>
  <div class="comment-text"><p>The later start is a real problem for anyone who works on the mainland and has to be there by eight.</p>
  <p>Could the company not run one extra early boat on weekdays, even a smaller one, for commuters?</p></div>
  <a class="comment-reply-link" href="#reply-1">Reply</a></div>
  <ol class="children">
  <li id="comment-2" class="comment depth-2"><div class="comment-body">
    <div class="comment-meta"><span class="comment-author">Harbour Notes</span> <time datetime="2024-10-02T10:40:00+01:00">2 October 2024</time></div>
    <div class="comment-text"><p>We asked the company about this, and they said a commuter boat is being looked at for the new year.</p></div>
    <a class="comment-reply-link" href="#reply-2">Reply</a></div>
    <ol class="children">
    <li id="comment-3" class="comment depth-3"><div class="comment-body">
      <div class="comment-meta"><span class="comment-author">Nell Tregarthen</span> <time datetime="2024-10-02T12:05:00+01:00">2 October 2024</time></div>
      <div class="comment-text"><p>Thank you for asking them, that is good news for the people who travel every day.</p></div>
    </div></li></ol>
  </li></ol>
</li>
<li id="comment-4" class="comment depth-1"><div class="comment-body">
  <div class="comment-meta"><span class="comment-author">Jory Penhallow</span> <time datetime="2024-10-03T19:00:00+01:00">3 October 2024</time></div>
  <div class="comment-text"><p>Half past seven suits the school run much better, so not everyone is unhappy with the change.</p></div>
</div></li>
</ol></section></body></html>"##;

#[test]
fn comments_come_with_their_authors_dates_paragraphs_and_replies() {
    let article = extract(THREAD, &Options::default().comments(true));
    type Shown<'a> = (Option<&'a str>, Option<&'a str>, usize, Option<usize>, u32);
    let shown: Vec<Shown> = article
        .comments
        .iter()
        .map(|c| {
            (
                c.author.as_deref(),
                c.date.as_deref(),
                c.blocks.len(),
                c.parent,
                c.depth,
            )
        })
        .collect();
    assert_eq!(
        shown,
        [
            (
                Some("Nell Tregarthen"),
                Some("2024-10-02T08:15:00+01:00"),
                2,
                None,
                0
            ),
            (
                Some("Harbour Notes"),
                Some("2024-10-02T10:40:00+01:00"),
                1,
                Some(0),
                1
            ),
            (
                Some("Nell Tregarthen"),
                Some("2024-10-02T12:05:00+01:00"),
                1,
                Some(1),
                2
            ),
            (
                Some("Jory Penhallow"),
                Some("2024-10-03T19:00:00+01:00"),
                1,
                None,
                0
            ),
        ]
    );
    assert!(
        article.comments[0]
            .text()
            .ends_with("even a smaller one, for commuters?")
    );
    assert!(!article.text.contains("commuter boat"));
    // With the serde feature, the thread is part of the article's JSON.
    let json = serde_json::to_value(&article).expect("serialisable");
    assert_eq!(json["comments"][2]["parent"], 1);
    assert_eq!(json["comments"][0]["blocks"][1]["kind"], "paragraph");
}

#[test]
fn tables_can_be_left_out() {
    let with = extract(RECIPE, &Options::default());
    assert!(with.blocks.iter().any(|b| matches!(b, Block::Table { .. })));
    assert!(with.text.contains("Jumbo rolled oats"));

    let without = extract(RECIPE, &Options::default().tables(false));
    assert!(
        !without
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Table { .. }))
    );
    assert!(!without.text.contains("Jumbo rolled oats"));
    // Only the table goes: the rest of the body is as before.
    let rest: Vec<&Block> = with
        .blocks
        .iter()
        .filter(|b| !matches!(b, Block::Table { .. }))
        .collect();
    assert_eq!(rest, without.blocks.iter().collect::<Vec<_>>());
}

/// A council story whose body has doubtful blocks at both edges and a short
/// line between its paragraphs.
const STORY: &str = r#"<!doctype html><html lang="en"><head><title>Three ferry routes close for the winter | Harbour Gazette</title></head>
<body><header class="masthead"><a href="/">Harbour Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav></header>
<main><article class="story">
<h1>Three ferry routes close for the winter</h1>
<div class="story__body">
<p class="story__label">Council</p>
<p class="story__kicker">Island crossings reduced until March</p>
<p>The harbour board voted on Tuesday to close three of the island ferry routes from the first week of December, saying that passenger numbers in the winter months no longer cover the cost of fuel and crew.</p>
<p>Timetables at a glance</p>
<p>The northern crossing will run twice a day instead of six times, and the two southern routes will stop entirely, a decision the board described as painful but unavoidable after a year of rising costs.</p>
<p>Residents of the smaller islands said they had not been consulted, and several councillors asked the board to publish the figures behind the decision before the closures take effect next month.</p>
<p>Services resume in March</p>
<p>Filed under ferries</p>
</div>
</article></main>
<footer><p>© Harbour Gazette. All rights reserved.</p></footer>
</body></html>"#;

#[test]
fn focus_decides_the_doubtful_edge_and_never_the_region() {
    let with = |focus| extract(STORY, &Options::default().focus(focus));
    let (precision, balanced, recall) = (
        with(Focus::Precision),
        with(Focus::Balanced),
        with(Focus::Recall),
    );
    let body = "passenger numbers in the winter months no longer cover the cost";
    for article in [&precision, &balanced, &recall] {
        assert!(
            article.text.contains(body),
            "lost the body:\n{}",
            article.text
        );
        assert!(!article.text.contains("Harbour Gazette"));
        assert!(!article.text.contains("All rights reserved"));
    }
    // Between the paragraphs: a short line is kept, except by precision.
    assert!(balanced.text.contains("Timetables at a glance"));
    assert!(recall.text.contains("Timetables at a glance"));
    assert!(!precision.text.contains("Timetables at a glance"));
    // Before the first and after the last paragraph: recall keeps every
    // short line, balanced those beside the paragraphs' dense text (the
    // kicker before the first, the closing line after the last), precision
    // none.
    for beside in [
        "Island crossings reduced until March",
        "Services resume in March",
    ] {
        assert!(recall.text.contains(beside), "recall lost {beside:?}");
        assert!(balanced.text.contains(beside), "balanced lost {beside:?}");
        assert!(
            !precision.text.contains(beside),
            "precision kept {beside:?}"
        );
    }
    for edge in ["Council", "Filed under ferries"] {
        assert!(recall.text.contains(edge), "recall lost {edge:?}");
        assert!(!balanced.text.contains(edge), "balanced kept {edge:?}");
        assert!(!precision.text.contains(edge), "precision kept {edge:?}");
    }
    // Each keeps a subset of what the next keeps.
    let blocks = |a: &bodycopy::Article| texts(&a.blocks);
    assert!(
        blocks(&precision)
            .iter()
            .all(|b| blocks(&balanced).contains(b))
    );
    assert!(
        blocks(&balanced)
            .iter()
            .all(|b| blocks(&recall).contains(b))
    );
}

/// A WordPress feature with inline links and emphasis, a lazy image with a
/// placeholder `src`, a figure, an emoji, an author avatar, an ad pixel,
/// share icons and a related-posts grid with thumbnails, under a `<base>`.
const FEATURE: &str = include_str!("../pages/feature-with-links-images-captions/source.html");

fn rich() -> Options {
    Options::default()
        .links(true)
        .formatting(true)
        .images(true)
        .captions(true)
}

#[test]
fn links_formatting_and_images_change_the_blocks_never_the_text() {
    let plain = extract(FEATURE, &Options::default());
    assert!(plain.blocks.iter().all(|b| b.spans().is_empty()));
    assert!(
        !plain
            .blocks
            .iter()
            .any(|b| matches!(b, Block::Image { .. }))
    );

    let a = extract(FEATURE, &rich());
    assert_eq!(a.text, plain.text);
    let prose: Vec<&Block> = a
        .blocks
        .iter()
        .filter(|b| !matches!(b, Block::Image { .. }))
        .collect();
    assert_eq!(prose.len(), plain.blocks.len());
    for (rich, plain) in prose.iter().zip(&plain.blocks) {
        assert_eq!(rich.text(), plain.text());
    }
}

#[test]
fn the_articles_own_images_are_kept_and_the_pages_furniture_is_not() {
    let a = extract(FEATURE, &Options::default().images(true));
    let images: Vec<(&str, &str, Option<&str>)> = a
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Image {
                src, alt, caption, ..
            } => Some((src.as_str(), alt.as_str(), caption.as_deref())),
            _ => None,
        })
        .collect();
    // The lazy image's real address (from `data-srcset`, resolved against
    // the page's `<base>`) and the figure's protocol-relative one; not the
    // logo, the avatar, the emoji, the ad pixel, the share icons or the
    // related posts' thumbnails. Captions only when asked for.
    assert_eq!(
        images,
        [
            (
                "https://www.allotmentpost.example/wp-content/uploads/2024/04/wall-cross-section-1024x683.jpg",
                "Cross-section of a dry-stone wall showing the hearting between two faces",
                None
            ),
            (
                "https://cdn.allotmentpost.example/2024/04/cope-stones.jpg",
                "Cope stones set on edge along the top of a finished wall",
                None
            ),
        ]
    );
    // Each image sits where it was: the first after the opening paragraph.
    assert!(matches!(a.blocks[1], Block::Image { .. }));
    assert!(a.blocks[0].text().starts_with("A good dry-stone wall"));

    let captioned = extract(FEATURE, &Options::default().images(true).captions(true));
    let captions: Vec<&str> = captioned
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Image { caption, .. } => caption.as_deref(),
            _ => None,
        })
        .collect();
    assert_eq!(
        captions,
        [
            "The two faces lean in towards each other, with small hearting stones packed \
             between them. Photo: Tom Penrose",
            "Cope stones on edge keep the rain out of the hearting."
        ]
    );
    assert!(!captioned.text.contains("Photo: Tom Penrose"));
}

#[test]
fn spans_mark_links_and_emphasis_in_the_blocks_text() {
    use bodycopy::SpanKind;
    let a = extract(FEATURE, &rich());
    let footings = a
        .blocks
        .iter()
        .find(|b| b.text().starts_with("Start with the footings"))
        .expect("the footings paragraph");
    let text = footings.text();
    let spans: Vec<(&str, String)> = footings
        .spans()
        .iter()
        .map(|s| {
            let kind = match &s.kind {
                SpanKind::Link { href, .. } => format!("link to {href}"),
                kind => format!("{kind:?}"),
            };
            (&text[s.start..s.end], kind)
        })
        .collect();
    assert_eq!(
        spans,
        [
            ("footings", "Strong".to_string()),
            ("into", "Emphasis".to_string()),
            (
                "batter",
                "link to https://www.allotmentpost.example/glossary/#batter".to_string()
            ),
        ]
    );
    // A `javascript:` link is text, not a link.
    let cope = a
        .blocks
        .iter()
        .find(|b| b.text().starts_with("Finish with the cope"))
        .expect("the cope paragraph");
    assert!(cope.spans().is_empty(), "{:?}", cope.spans());
}

#[test]
fn links_resolve_against_the_page_address_when_the_page_names_none() {
    let html = "<html><head><title>Allotment rents rise</title></head><body><article>\
        <h1>Allotment rents rise</h1>\
        <p>Rents on the <a href='/sites/north-road/'>North Road site</a> will rise by a fifth \
        from April, the parish council said, the first increase since the plots were \
        <a href='../history.html'>laid out in 1952</a>, and tenants have been asked for views.</p>\
        <p>Tenants have until the end of February to respond, and the council will meet \
        again in March to set the final figure for the coming year.</p>\
        </article></body></html>";
    let hrefs = |a: &bodycopy::Article| -> Vec<String> {
        a.blocks
            .iter()
            .flat_map(|b| b.spans())
            .filter_map(|s| match &s.kind {
                bodycopy::SpanKind::Link { href, .. } => Some(href.clone()),
                _ => None,
            })
            .collect()
    };
    // Without an address, links stay as written.
    let as_written = extract(html, &Options::default().links(true));
    assert_eq!(
        hrefs(&as_written),
        ["/sites/north-road/", "../history.html"]
    );
    let resolved = extract(
        html,
        &Options::default()
            .links(true)
            .url("https://parish.example/news/2025/rents.html"),
    );
    assert_eq!(
        hrefs(&resolved),
        [
            "https://parish.example/sites/north-road/",
            "https://parish.example/news/history.html"
        ]
    );
}

#[test]
fn an_image_inside_a_table_follows_it_instead_of_splitting_it() {
    let html = "<html><head><title>Three tents compared</title></head><body><main><article>\
        <h1>Three tents compared</h1>\
        <p>We pitched each of the three tents on the same exposed hillside for a week of \
        autumn gales, and timed how long each took to put up and take down again.</p>\
        <table><tr><th>Tent</th><th>Weight</th><th>Pitch time</th></tr>\
        <tr><td>Ridgeline 2</td><td>1.9 kg</td><td>6 minutes</td></tr>\
        <tr><td><img src='/img/tents/fellside-3.jpg' alt='The Fellside 3 pitched' width='640' height='400'>Fellside 3</td>\
        <td>2.6 kg</td><td>9 minutes</td></tr>\
        <tr><td>Tarn Lite</td><td>1.2 kg</td><td>4 minutes</td></tr></table>\
        <p>The Tarn Lite was the quickest to pitch by some margin, but it was also the only \
        one that let rain in at the seams on the wettest night of the week.</p>\
        </article></main></body></html>";
    let a = extract(
        html,
        &Options::default()
            .images(true)
            .url("https://gear.example/reviews/tents"),
    );
    let kinds: Vec<&str> = a
        .blocks
        .iter()
        .map(|b| match b {
            Block::Table { .. } => "table",
            Block::Image { .. } => "image",
            _ => "text",
        })
        .collect();
    assert_eq!(kinds, ["text", "table", "image", "text"]);
    let Block::Table { rows, .. } = &a.blocks[1] else {
        unreachable!()
    };
    assert_eq!(rows.len(), 4, "{rows:?}");
    assert!(matches!(&a.blocks[2], Block::Image { src, .. }
        if src == "https://gear.example/img/tents/fellside-3.jpg"));
}
