//! What the options change: the comment thread returned apart, tables left
//! out, and how the precision/recall focus decides the body's doubtful edge.

use bodycopy::{Block, Focus, Options};

const BLOG: &str = include_str!("../fixtures/blog-comments.html");
const RECIPE: &str = include_str!("../fixtures/recipe-list-table.html");

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
    let comments = texts(&article.comments);
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
<p class="story__kicker">Island crossings reduced until March</p>
<p>The harbour board voted on Tuesday to close three of the island ferry routes from the first week of December, saying that passenger numbers in the winter months no longer cover the cost of fuel and crew.</p>
<p>Timetables at a glance</p>
<p>The northern crossing will run twice a day instead of six times, and the two southern routes will stop entirely, a decision the board described as painful but unavoidable after a year of rising costs.</p>
<p>Residents of the smaller islands said they had not been consulted, and several councillors asked the board to publish the figures behind the decision before the closures take effect next month.</p>
<p>Services resume in March</p>
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
    // Before the first and after the last paragraph: only recall keeps them.
    for edge in [
        "Island crossings reduced until March",
        "Services resume in March",
    ] {
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
