//! A wire-agency news story on a news site, written twice: once with semantic
//! markup and meaningful classes (`news-semantic.html`), once as CSS-in-JS div
//! soup with hashed classes and no sectioning tags (`news-divsoup.html`).
//!
//! Both pages carry the same text and get the same expectations: density and
//! structure must carry the decision, not tag names or class words. The body
//! is split in two by an ad slot, holds a sub-heading, a block quote, an
//! inline picture and two "Read more:" lines, and is surrounded by a cookie
//! banner, navigation, a byline, a share bar, a teaser grid, a newsletter box
//! and a footer. The div-soup page also repeats part of the story in a script.

use bodycopy::{Article, Block};

/// The pages, by name.
const PAGES: [(&str, &str); 2] = [
    (
        "news-semantic.html",
        include_str!("../pages/news-story-semantic/source.html"),
    ),
    (
        "news-divsoup.html",
        include_str!("../pages/news-story-as-div-soup/source.html"),
    ),
];

/// The headline, as in the `<h1>`.
const HEADLINE: &str = "Storm Edith batters Cornish harbour town as sea wall gives way";

/// A distinctive opening of every body paragraph (and of the block quote), in
/// document order. The ad slot falls between the eighth and the ninth.
const BODY: [&str; 16] = [
    "Hundreds of people were moved from their homes in the Cornish fishing town of Penhallow",
    "Coastguard teams worked through the early hours of Tuesday",
    "Gusts of 92mph were recorded at the nearby lighthouse",
    "Forecasters had issued a rare red warning for the coast on Monday afternoon",
    "It came in like a train,",
    "Cornwall Council said 312 people had spent the night",
    "Volunteers from the rugby club and the parish church",
    "Inspector Daniel Pascoe, of Devon and Cornwall Police",
    // -- ad slot --
    "Campaigners have argued for years that the harbour defences",
    "Peter Hocking, chairman of the Penhallow Harbour Trust",
    "Our teams will work with the council through the day",
    "The Met Office kept an amber wind warning in place",
    "The lifeboat crew launched twice during the night",
    "Train services between Plymouth and Penzance were suspended",
    "Western Power Distribution said about 14,000 homes",
    "Jory Nancarrow, a fisherman whose boat was torn from its mooring",
];

/// Index in [`BODY`] of the first paragraph after the ad slot.
const AFTER_AD: usize = 8;

/// The end of the last body paragraph: nothing may follow it.
const LAST_WORDS: &str = "But nobody was hurt, and that is what matters tonight.\u{201d}";

/// What one page gave, and the failures found in it.
struct Page {
    name: &'static str,
    article: Article,
    failures: Vec<String>,
}

impl Page {
    fn text(&self) -> &str {
        &self.article.text
    }

    fn fail(&mut self, message: String) {
        self.failures.push(message);
    }

    /// The body text must contain `needle`.
    fn kept(&mut self, needle: &str) {
        if !self.article.text.contains(needle) {
            self.fail(format!("lost {needle:?}"));
        }
    }

    /// The body text must not contain `needle`.
    fn dropped(&mut self, needle: &str) {
        if self.article.text.contains(needle) {
            let line = self
                .article
                .text
                .split("\n\n")
                .find(|p| p.contains(needle))
                .unwrap_or_default();
            self.fail(format!("leaked {needle:?} in block {line:?}"));
        }
    }

    /// The body text must contain each needle exactly once.
    fn once(&mut self, needle: &str) {
        let n = self.article.text.matches(needle).count();
        if n != 1 {
            self.fail(format!("{needle:?} appears {n} times, expected once"));
        }
    }

    /// Index of the first block whose text contains `needle`.
    fn block_with(&self, needle: &str) -> Option<usize> {
        self.article
            .blocks
            .iter()
            .position(|b| block_text(b).is_some_and(|t| t.contains(needle)))
    }
}

/// The text of a block, for the kinds this page has.
fn block_text(block: &Block) -> Option<&str> {
    match block {
        Block::Heading { text, .. }
        | Block::Paragraph { text, .. }
        | Block::ListItem { text, .. }
        | Block::Quote { text, .. }
        | Block::Preformatted { text, .. } => Some(text),
        _ => None,
    }
}

/// Runs `check` on both pages, then fails with everything that went wrong on
/// either, each page's text shown once.
fn on_both_pages(check: impl Fn(&mut Page)) {
    let mut report = String::new();
    for (name, html) in PAGES {
        let article = match bodycopy::extract(html) {
            Ok(article) => article,
            Err(e) => {
                report.push_str(&format!("\n{name}: no article: {e}\n"));
                continue;
            }
        };
        let mut page = Page {
            name,
            article,
            failures: Vec::new(),
        };
        check(&mut page);
        if !page.failures.is_empty() {
            report.push_str(&format!("\n{}:\n", page.name));
            for failure in &page.failures {
                report.push_str(&format!("  - {failure}\n"));
            }
            report.push_str(&format!(
                "--- title: {:?}\n--- text:\n{}\n---\n",
                page.article.title,
                page.text()
            ));
        }
    }
    assert!(report.is_empty(), "{report}");
}

#[test]
fn body_paragraphs_are_kept_in_order() {
    on_both_pages(|page| {
        let mut last: Option<(usize, &str)> = None;
        for needle in BODY {
            let Some(at) = page.text().find(needle) else {
                page.fail(format!("lost body paragraph {needle:?}"));
                continue;
            };
            if let Some((before, prev)) = last
                && at < before
            {
                page.fail(format!("{needle:?} comes before {prev:?}"));
            }
            last = Some((at, needle));
        }
        // The first paragraph, the one after the ad slot and the last one,
        // whole.
        page.kept(
            "Hundreds of people were moved from their homes in the Cornish fishing town of \
             Penhallow overnight after Storm Edith drove the sea over a section of the harbour \
             wall that had stood for more than a century.",
        );
        page.kept(
            "Campaigners have argued for years that the harbour defences were never built for \
             the storms the town now faces. A survey commissioned by the harbour trust in 2019 \
             found that the mortar in the oldest section had eroded by as much as a third.",
        );
        page.kept(
            "Jory Nancarrow, a fisherman whose boat was torn from its mooring and later found \
             on the rocks below the lifeboat slipway, said the town would rebuild as it always \
             had. \u{201c}We\u{2019}ve lost boats before and we\u{2019}ll lose them again,\u{201d} \
             he said. \u{201c}But nobody was hurt, and that is what matters tonight.\u{201d}",
        );
        if !page.text().trim_end().ends_with(LAST_WORDS) {
            let tail = page
                .text()
                .split("\n\n")
                .last()
                .unwrap_or_default()
                .to_string();
            page.fail(format!(
                "the text does not end with the last paragraph; it ends with {tail:?}"
            ));
        }
    });
}

#[test]
fn each_body_paragraph_appears_once() {
    // The div-soup page repeats the first paragraphs, the caption and the
    // sub-heading in `window.__INITIAL_STATE__`.
    on_both_pages(|page| {
        for needle in BODY {
            page.once(needle);
        }
        page.dropped("__INITIAL_STATE__");
        page.dropped("\"type\":\"paragraph\"");
        page.dropped("dataLayer");
        page.dropped("grid-template-columns");
    });
}

#[test]
fn the_sub_heading_is_kept_as_a_heading_between_its_paragraphs() {
    on_both_pages(|page| {
        let heading = page.article.blocks.iter().position(
            |b| matches!(b, Block::Heading { level: 2, text, .. } if text == "Decades of warnings"),
        );
        let Some(heading) = heading else {
            page.fail(format!(
                "no Heading {{ level: 2, text: \"Decades of warnings\" }} among blocks {:#?}",
                page.article.blocks
            ));
            return;
        };
        let before = page.block_with(BODY[AFTER_AD - 1]);
        let after = page.block_with(BODY[AFTER_AD]);
        if !(before < Some(heading) && Some(heading) < after) {
            page.fail(format!(
                "the heading is block {heading}, the paragraph before it {before:?}, \
                 the one after it {after:?}"
            ));
        }
    });
}

#[test]
fn the_block_quote_is_kept_as_a_quote() {
    on_both_pages(|page| {
        let quote = page.article.blocks.iter().any(|b| {
            matches!(b, Block::Quote { text, .. }
                if text.starts_with("Our teams will work with the council through the day"))
        });
        if !quote {
            page.fail(format!(
                "no Quote block for the statement among blocks {:#?}",
                page.article.blocks
            ));
        }
    });
}

#[test]
fn the_title_is_the_headline() {
    on_both_pages(|page| {
        if page.article.title.as_deref() != Some(HEADLINE) {
            let title = page.article.title.clone();
            page.fail(format!("title is {title:?}, expected {HEADLINE:?}"));
        }
    });
}

#[test]
fn captions_and_picture_credits_are_dropped() {
    on_both_pages(|page| {
        // The hero picture.
        page.dropped("Waves crash over the harbour wall at Penhallow");
        page.dropped("Picture: PA");
        // The picture between two paragraphs.
        page.dropped("Volunteers fill sandbags outside the lifeboat station");
        page.dropped("Photo: Ben Castle");
        page.dropped("PA Wire");
        // Nor any markup, from the `<noscript>` copy of the hero image.
        page.dropped("<img");
        page.dropped("penhallow-waves");
    });
}

#[test]
fn read_more_lines_are_dropped() {
    on_both_pages(|page| {
        page.dropped("Read more");
        page.dropped("Ferry services cancelled across the Channel");
        page.dropped("What to do if your home is flooded");
    });
}

#[test]
fn the_ad_slot_label_is_dropped() {
    on_both_pages(|page| {
        page.dropped("Advertisement");
    });
}

#[test]
fn the_teaser_grid_is_dropped() {
    on_both_pages(|page| {
        page.dropped("Latest World News");
        for headline in [
            "Wildfires force thousands to flee holiday resorts",
            "Canadian town votes to ban cars",
            "Scientists discover new species of glowing fish",
            "Election officials begin recount",
            "Heatwave pushes European electricity prices",
            "Rescue teams finally reach mountain village",
        ] {
            page.dropped(headline);
        }
        for summary in [
            "Firefighters from four countries are tackling blazes",
            "The measure passed by eleven votes",
            "The creature was filmed at a depth of more than 6,000 metres",
            "Just 41 votes separated the two leading candidates",
            "Grid operators have warned of possible shortages",
            "Helicopters delivered food and medicine",
        ] {
            page.dropped(summary);
        }
        for caption in [
            "A firefighting plane drops water over a burning hillside",
            "Cyclists ride along the cobbled main street",
            "The fish as photographed by the research vessel",
            "Officials sort ballot papers at the counting centre",
            "Sunbathers crowd a beach",
            "Rescue workers carry supplies along a damaged mountain road",
        ] {
            page.dropped(caption);
        }
    });
}

#[test]
fn the_cookie_banner_is_dropped() {
    on_both_pages(|page| {
        page.dropped("We use cookies");
        page.dropped("By continuing to browse");
        page.dropped("cookie policy");
        page.dropped("Accept all cookies");
        page.dropped("Reject non-essential");
    });
}

#[test]
fn the_navigation_is_dropped() {
    on_both_pages(|page| {
        for link in [
            "Politics",
            "Business",
            "Opinion",
            "Lifestyle",
            "Travel",
            "Log in",
            "Skip to main content",
        ] {
            page.dropped(link);
        }
    });
}

#[test]
fn the_share_bar_is_dropped() {
    on_both_pages(|page| {
        page.dropped("Share on Facebook");
        page.dropped("Share on Twitter");
        page.dropped("Share by email");
    });
}

#[test]
fn the_byline_and_dateline_are_dropped() {
    on_both_pages(|page| {
        page.dropped("Jane Doe");
        page.dropped("Press Association");
        page.dropped("09:42");
        page.dropped("Tuesday 14 October 2025");
    });
}

#[test]
fn the_newsletter_box_is_dropped() {
    on_both_pages(|page| {
        page.dropped("The Morning Briefing");
        page.dropped("Sign up to our daily newsletter");
        page.dropped("delivered straight to your inbox");
        page.dropped("Subscribe");
        page.dropped("unsubscribe at any time");
        page.dropped("privacy notice");
    });
}

#[test]
fn the_footer_is_dropped() {
    on_both_pages(|page| {
        page.dropped("About us");
        page.dropped("Privacy policy");
        page.dropped("Terms and conditions");
        page.dropped("Advertise with us");
        page.dropped("All rights reserved");
        page.dropped("company number");
        page.dropped("Daily Courier");
    });
}
