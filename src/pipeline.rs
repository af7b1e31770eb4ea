//! The pipeline: runs the stages on a page's text (parse → blocks → score →
//! select → clean → render) and gives the [`Article`], or the reason there is
//! none.
//!
//! Three readings are retried, each a named step below:
//! - [`read_without_scripts`]: a page with no article as scripts would show
//!   it is read again as a browser with scripts off, when it holds enough
//!   markup in `<noscript>` to carry one.
//! - [`read_hidden`]: a page still without an article is read again with the
//!   elements its markup hides shown, as its scripts would show them.
//! - [`find_body`] scores a discussion twice when its first region is the
//!   thread itself: the replies are then the content, not boilerplate.
//!   Elsewhere a comment thread after the story is never the region.

use crate::blocks::{self, Page};
use crate::hints::Ctx;
use crate::score::{self, Score};
use crate::select::{self, Region};
use crate::tuning::{NOSCRIPT_MIN_BYTES, THREAD_MIN_POSTS};
use crate::{Article, Error, Options, PageKind};
use crate::{clean, comments, decode, kind, lines, meta, parse, product, render, thread};

/// How the page is read: as a browser with scripts on shows it at first
/// (`<noscript>` is markup to pass over, hidden elements are not shown), as
/// one with scripts off (`<noscript>` is part of the page), or with what the
/// markup hides shown, as the page's scripts would show it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Scripting {
    On,
    Off,
    Revealed,
}

/// One reading of the page.
struct Reading {
    /// The article, or why there is none.
    result: Result<Article, Error>,
    /// Bytes of markup in `<noscript>` that this reading passed over.
    noscript_bytes: usize,
}

/// Extracts the article from a page's text, already checked for size and
/// emptiness.
pub(crate) fn run(html: &str, options: &Options) -> Result<Article, Error> {
    let first = read(html, options, Scripting::On);
    let err = match first.result {
        Err(err @ Error::NoArticle { .. }) => err,
        result => return result,
    };
    // What a shell of a page has in `<noscript>` is a notice to turn scripts
    // on, which is no article; a tracking pixel's tag is not worth a parse.
    let without_scripts = if first.noscript_bytes >= NOSCRIPT_MIN_BYTES {
        read_without_scripts(html, options)
    } else {
        None
    };
    without_scripts
        .or_else(|| read_hidden(html, options))
        .ok_or(err)
}

/// A page with no article as scripts would show it may serve its text to
/// readers without scripts, in `<noscript>` (as forum software does for a
/// thread): reads it as a browser with scripts off. A notice to turn scripts
/// on is no article.
fn read_without_scripts(html: &str, options: &Options) -> Option<Article> {
    read(html, options, Scripting::Off)
        .result
        .ok()
        .filter(|a| !lines::is_script_notice(&a.text))
}

/// A page with no article as it first shows may hold its body in an element
/// its markup hides until a script shows it: a shop's product behind a
/// wrapper styled `display: none` until its scripts have run, a main
/// column marked `aria-hidden` while a dialog is open, the description in
/// a collapsed panel. Reads the page with those elements shown.
fn read_hidden(html: &str, options: &Options) -> Option<Article> {
    read(html, options, Scripting::Revealed).result.ok()
}

/// Parses the page, reading `<noscript>` and hidden elements as `scripting`
/// says, and runs the stages on it.
fn read(html: &str, options: &Options, scripting: Scripting) -> Reading {
    let dom = parse::parse(html, scripting != Scripting::Off);
    let record = blocks::Record {
        links: options.links,
        formatting: options.formatting,
        images: options.images,
        noscript: scripting == Scripting::Off,
        hidden: scripting == Scripting::Revealed,
    };
    let page = blocks::collect(&dom, record);
    drop(dom);
    let noscript_bytes = page.noscript_bytes;
    Reading {
        result: extract_page(page, options),
        noscript_bytes,
    }
}

/// Scores the blocks, decides the page's kind and selects the body's region,
/// in four steps, each a function below that says what each kind does in it:
/// [`prepare`] (the hints the kind does not believe, the weights it adds),
/// [`keep_out`] (what can never be the region), [`choose`] (the region) and
/// [`widen`] (how far the kind's region reaches).
///
/// On a page that is a discussion (a forum thread, a question and its
/// answers: by its schema.org type or its [`PageKind`]), the replies are
/// content: microdata's comments are its replies, and so are the elements
/// classed as comments when the region chosen lies among them (the opening
/// post is one of them too) or in a dialog (a short thread outweighed by a
/// consent box), in which case the page is scored again without those
/// hints. On any other page the thread rule holds: a comment thread
/// after the story is never the region (see [`thread`]).
fn find_body(page: &mut Page, url: Option<&str>) -> (Vec<Score>, Region, PageKind) {
    let mut scores = score::score_all(page);
    let teasers = select::teaser_cards(page, &scores);
    let items = kind::items(page, &teasers, kind::ListHints::Believed);
    let kind = kind::decide(page, &scores, &items, url);
    let discussion = kind == PageKind::Discussion || page.signals.is_discussion();
    let items = prepare(page, &mut scores, kind, discussion, items, &teasers);
    let (excluded, reviews) = keep_out(page, &scores, kind, discussion);
    let mut region = choose(page, &scores, &excluded, &reviews, kind);
    widen(page, &scores, &mut region, kind, discussion, items);
    region.reviews = reviews;
    let root = &page.elems[region.root as usize];
    let root_in_comments = root.ctx.any(Ctx::COMMENTS);
    // A thread of few short posts marked as comments weighs less than a
    // consent box's policy; a discussion's body is never the box.
    let root_in_dialog = root.ctx.any(Ctx::COOKIE);
    if discussion && (root_in_comments || root_in_dialog || replies_beside(page, &region)) {
        page.forget_hints(Ctx::COMMENTS);
        let scores = score::score_all(page);
        let region = select::select(page, &scores, &[], kind);
        return (scores, region, kind);
    }
    (scores, region, kind)
}

/// Before the region is chosen, what the page's kind changes: the hints
/// its pages give that do not mean boilerplate there (the page is scored
/// again when one is forgotten) and the weights it adds. Takes the
/// listing's items as first found (with the page's own list hints
/// believed) and gives the page's items: found again without those hints
/// on a page read whole, empty otherwise.
fn prepare(
    page: &mut Page,
    scores: &mut Vec<Score>,
    kind: PageKind,
    discussion: bool,
    items: Vec<bool>,
    teasers: &[bool],
) -> Vec<bool> {
    if kind == PageKind::Product && page.elems.iter().any(|e| e.own.any(Ctx::READ_MORE)) {
        // A shop cuts its description short behind "Read more": the box
        // is the product's text, not links to other pages.
        page.forget_hints(Ctx::READ_MORE);
        *scores = score::score_all(page);
    }
    let items = if kind.reads_whole() {
        let mut items = kind::items(page, teasers, kind::ListHints::Ignored);
        // A listing whose only grid lies in a box its theme names as
        // related products or stories shows them as its subject: the
        // category template reuses the component of a product's page.
        if kind::grid(page, &items).is_none() && page.elems.iter().any(|e| e.ctx.any(Ctx::RELATED))
        {
            page.forget_hints(Ctx::RELATED);
            *scores = score::score_all(page);
            let teasers = select::teaser_cards(page, scores);
            items = kind::items(page, &teasers, kind::ListHints::Ignored);
        }
        kind::forget_list_hints(page, &items);
        kind::weigh_items(page, scores, &items);
        items
    } else {
        items
    };
    if kind.keeps_short_lines() {
        kind::weigh_short_lines(page, scores);
    }
    if kind == PageKind::Service {
        // A landing page's banner, promotions and calls to action are its
        // pitch, not something beside it.
        page.forget_hints(Ctx::ACTION | Ctx::PROMO);
        kind::weigh_card_links(page, scores);
    }
    if discussion {
        page.forget_hints(Ctx::REPLY);
    }
    items
}

/// What can never be the region, for each element: a comment thread after
/// the story (the thread rule; not on a discussion, whose thread is its
/// body) and, on a product page, the buyers' reviews. Gives the elements
/// kept out and, apart, the reviews (which clean drops inside the region
/// too).
fn keep_out(
    page: &mut Page,
    scores: &[Score],
    kind: PageKind,
    discussion: bool,
) -> (Vec<bool>, Vec<bool>) {
    let mut excluded = if discussion {
        Vec::new()
    } else {
        thread::mark_unmarked(page, scores);
        thread::excluded(page, scores)
    };
    let reviews = if kind == PageKind::Product {
        product::reviews(page)
    } else {
        Vec::new()
    };
    if !reviews.is_empty() {
        excluded.resize(reviews.len(), false);
        for (x, r) in excluded.iter_mut().zip(&reviews) {
            *x |= r;
        }
    }
    (excluded, reviews)
}

/// The region with the largest weight outside what is kept out; on a
/// product page, the region must hold the description its schema.org data
/// gives when the page shows it (outside the reviews), else it is chosen
/// again among the elements that do (see [`product`]).
fn choose(
    page: &Page,
    scores: &[Score],
    excluded: &[bool],
    reviews: &[bool],
    kind: PageKind,
) -> Region {
    let region = select::select(page, scores, excluded, kind);
    if kind != PageKind::Product {
        return region;
    }
    let mut shown = product::description_blocks(page);
    shown.retain(|&b| !blocks::marked(reviews, page.blocks[b].elem as usize));
    match shown.first() {
        Some(&best) if !shown.iter().any(|&b| region.holds(page.blocks[b].elem)) => {
            let elem = page.blocks[best].elem;
            select::select_holding(page, scores, excluded, Some(elem), kind)
        }
        _ => region,
    }
}

/// How far the region reaches on the page's kind, once chosen: a listing's
/// to its whole grid (and it keeps its items), a service page's to its
/// `<main>`, a product's to a `<main>` that holds much more of its prose,
/// a documentation chapter's from a short section to the chapter, a
/// discussion's from one post to the run of posts.
fn widen(
    page: &Page,
    scores: &[Score],
    region: &mut Region,
    kind: PageKind,
    discussion: bool,
    items: Vec<bool>,
) {
    if kind.reads_whole() {
        if let Some(grid) = kind::grid(page, &items) {
            region.reach_to(page, grid);
        }
        region.items = items;
    }
    match kind {
        PageKind::Service => region.widen_to_main(page),
        PageKind::Product => region.widen_product_to_main(page, scores),
        PageKind::Documentation => region.widen_to_section(page, scores),
        _ => {}
    }
    if discussion {
        region.widen_to_posts(page, scores);
    }
}

/// Whether a run of at least [`THREAD_MIN_POSTS`] sibling `<article>`s
/// holding text lies in a comment section outside the region: a forum
/// that renders its opening post as the page's article and the replies as
/// the article's comments, the replies being the rest of the thread.
fn replies_beside(page: &Page, region: &Region) -> bool {
    let mut posts = vec![0u32; page.elems.len()];
    let words = page.subtree_words();
    for (i, e) in page.elems.iter().enumerate() {
        if e.own.any(Ctx::ARTICLE_TAG)
            && e.ctx.any(Ctx::COMMENTS)
            && words[i] > 0
            && !region.holds(i as u32)
        {
            posts[e.parent as usize] += 1;
        }
    }
    posts.iter().any(|&n| n >= THREAD_MIN_POSTS)
}

/// Runs score, select, clean and render on the blocks of a page.
fn extract_page(mut page: Page, options: &Options) -> Result<Article, Error> {
    let (scores, region, kind) = find_body(&mut page, options.url.as_deref());
    let mut rules = clean::clean(&page, &scores, &region, options.focus);
    if kind.keeps_short_lines() {
        clean::keep_short_lines(&region, &mut rules);
    }
    let prose_words: u32 = page
        .blocks
        .iter()
        .zip(&rules)
        .filter(|(_, r)| **r == clean::Rule::Prose)
        .map(|(b, _)| b.words)
        .sum();
    if prose_words < options.min_article_words
        && clean::keep_sparse(&page, &region, &mut rules) < options.min_article_words
    {
        return Err(no_article(&page, &rules, prose_words, kind, options));
    }
    if kind.drops_repeats() {
        clean::drop_repeats(&page, &mut rules);
    }
    let explain = options
        .explain
        .then(|| render::explain(&page, &scores, &region, &rules));
    let wanted = render::Wanted {
        comments: if options.comments {
            comments::thread(&page, &scores, &rules)
        } else {
            Vec::new()
        },
        tables: options.tables,
        images: if options.images {
            clean::images(&page, &scores, &region, &rules, options.captions)
        } else {
            Vec::new()
        },
    };
    let described = meta::describe(&page, &rules, options.url.as_deref());
    let mut article = render::render(page, &rules, &wanted, described);
    article.explain = explain;
    article.kind = kind;
    Ok(article)
}

/// The error for a page with too little prose, with what was found on it:
/// its title, metadata and kind.
fn no_article(
    page: &Page,
    rules: &[clean::Rule],
    prose_words: u32,
    kind: PageKind,
    options: &Options,
) -> Error {
    let mut found = meta::describe(page, rules, options.url.as_deref()).page;
    found.kind = kind;
    let words = page.blocks.iter().map(|b| b.words).sum();
    Error::NoArticle {
        words: prose_words,
        min: options.min_article_words,
        garbled: decode::looks_garbled(page.blocks.iter().map(|b| b.text.as_str()), words),
        page: Box::new(found),
    }
}
