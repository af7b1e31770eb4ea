//! A wire-agency story on a regional news site, written twice: with semantic
//! markup and meaningful classes, and as div soup with hashed CSS-in-JS
//! classes and no semantic tags. Both must give the same body: density and
//! structure carry the decision, class names only nudge it.

const SEMANTIC: &str = include_str!("../pages/wire-story-semantic/source.html");
const DIV_SOUP: &str = include_str!("../pages/wire-story-as-div-soup/source.html");

const FIRST: &str = "Hundreds of homes along the Cornish coast were left without power";
const BEFORE_AD: &str = "Great Western Railway cancelled trains west of Plymouth";
const AFTER_AD: &str = "volunteers with brooms and shovels had begun clearing sand";
const LAST: &str = "urged people to stay away from exposed coastal paths until the weekend.";

fn both() -> [(&'static str, bodycopy::Article); 2] {
    [
        ("semantic", bodycopy::extract(SEMANTIC).expect("an article")),
        ("div soup", bodycopy::extract(DIV_SOUP).expect("an article")),
    ]
}

fn assert_dropped(page: &str, text: &str, what: &str, needle: &str) {
    assert!(
        !text.contains(needle),
        "{page}: {what} leaked: {needle:?}\n---\n{text}"
    );
}

#[test]
fn body_paragraphs_are_kept_in_order_across_the_ad_slot() {
    for (page, a) in both() {
        let at = |needle: &str| {
            a.text
                .find(needle)
                .unwrap_or_else(|| panic!("{page}: lost {needle:?}\n---\n{}", a.text))
        };
        assert!(at(FIRST) < at(BEFORE_AD), "{page}: order");
        assert!(at(BEFORE_AD) < at(AFTER_AD), "{page}: order across the ad");
        assert!(at(AFTER_AD) < at(LAST), "{page}: order");
        assert!(
            a.text.ends_with(LAST),
            "{page}: something follows the story"
        );
        assert!(
            a.text
                .contains("\"We have never seen the water come this far up the slipway,\""),
            "{page}: the quote paragraph"
        );
        let paragraphs = a.text.split("\n\n").filter(|p| p.len() > 80).count();
        assert!(
            (12..=13).contains(&paragraphs),
            "{page}: {paragraphs} long paragraphs"
        );
    }
}

#[test]
fn each_paragraph_appears_once_despite_the_script_state() {
    for (page, a) in both() {
        assert_eq!(a.text.matches(FIRST).count(), 1, "{page}");
        assert!(!a.text.contains("__INITIAL_STATE__"), "{page}");
    }
}

#[test]
fn the_sub_heading_is_kept_as_a_heading_in_the_semantic_page() {
    let a = bodycopy::extract(SEMANTIC).expect("an article");
    assert!(
        a.blocks.iter().any(|b| matches!(b,
            bodycopy::Block::Heading { level: 2, text, .. } if text == "Clean-up begins along the harbour")),
        "{:?}",
        a.blocks
    );
    // In the div soup it is a short line between paragraphs: kept as text.
    let soup = bodycopy::extract(DIV_SOUP).expect("an article");
    assert!(
        soup.text
            .contains("\n\nClean-up begins along the harbour\n\n")
    );
}

#[test]
fn the_title_is_the_headline_and_not_repeated_in_the_body() {
    for (page, a) in both() {
        assert_eq!(
            a.title.as_deref(),
            Some("Storm Ellen leaves thousands without power as waves batter Porthleven"),
            "{page}"
        );
        assert_dropped(page, &a.text, "headline", "waves batter Porthleven");
    }
}

#[test]
fn captions_and_picture_credits_are_dropped() {
    for (page, a) in both() {
        assert_dropped(
            page,
            &a.text,
            "hero caption",
            "Waves crash over the sea wall",
        );
        assert_dropped(page, &a.text, "credit", "Picture: PA");
        assert_dropped(
            page,
            &a.text,
            "inline caption",
            "A lifeboat crew checks moorings",
        );
        assert_dropped(page, &a.text, "credit", "Photo: Ben Hollis");
    }
}

#[test]
fn read_more_lines_and_the_ad_label_are_dropped() {
    for (page, a) in both() {
        assert_dropped(page, &a.text, "read-more", "Read more");
        assert_dropped(
            page,
            &a.text,
            "read-more link",
            "what the amber warning means",
        );
        assert_dropped(page, &a.text, "read-more link", "struggling to keep up");
        assert_dropped(page, &a.text, "ad label", "Advertisement");
    }
}

#[test]
fn the_teaser_grid_is_dropped_with_its_captions_and_summaries() {
    for (page, a) in both() {
        assert_dropped(page, &a.text, "grid heading", "Latest World News");
        assert_dropped(
            page,
            &a.text,
            "teaser headline",
            "Flood barriers raised in Venice",
        );
        assert_dropped(page, &a.text, "teaser headline", "Chile declares emergency");
        assert_dropped(page, &a.text, "teaser summary", "helped evacuate beaches");
        assert_dropped(
            page,
            &a.text,
            "teaser caption",
            "A farmer inspects a field of wheat",
        );
    }
}

#[test]
fn page_furniture_is_dropped() {
    for (page, a) in both() {
        assert_dropped(page, &a.text, "cookie banner", "We use cookies");
        assert_dropped(page, &a.text, "cookie button", "Accept all");
        assert_dropped(page, &a.text, "navigation", "Obituaries");
        assert_dropped(page, &a.text, "share bar", "Share on Facebook");
        assert_dropped(page, &a.text, "byline", "Jane Doe");
        assert_dropped(page, &a.text, "date line", "09:42");
        assert_dropped(
            page,
            &a.text,
            "newsletter",
            "Sign up to our daily newsletter",
        );
        assert_dropped(page, &a.text, "newsletter", "Subscribe");
        assert_dropped(page, &a.text, "footer", "Privacy policy");
        assert_dropped(page, &a.text, "footer", "All rights reserved");
    }
}

#[test]
fn metadata_comes_from_the_head_and_json_ld() {
    let a = bodycopy::extract(SEMANTIC).expect("an article");
    let m = &a.metadata;
    assert_eq!(m.authors, ["Jane Doe"]);
    assert_eq!(m.published.as_deref(), Some("2025-03-11T09:42:00+00:00"));
    assert_eq!(m.modified.as_deref(), Some("2025-03-11T15:10:00+00:00"));
    assert_eq!(m.site_name.as_deref(), Some("Kernow Daily"));
    assert_eq!(m.language.as_deref(), Some("en-GB"));
    assert_eq!(
        m.canonical_url.as_deref(),
        Some("https://www.kernowdaily.example/news/cornwall/storm-ellen-porthleven-power-cuts")
    );
    assert!(
        m.image
            .as_deref()
            .is_some_and(|i| i.ends_with("porthleven-waves-1200.jpg"))
    );
    assert_eq!(m.tags, ["Cornwall"]);
    // The div soup has no metadata but its visible byline and date line.
    let soup = bodycopy::extract(DIV_SOUP).expect("an article");
    assert_eq!(soup.metadata.authors, ["Jane Doe"]);
    assert_eq!(soup.metadata.published.as_deref(), Some("2025-03-11"));
}
