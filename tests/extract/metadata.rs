//! Metadata found on pages that say little about themselves in their
//! `<head>`: authors named only by the page's visible furniture.

/// A post with no author metadata, whose writer is named in an author box
/// after the text, and whose comments name their own authors.
const AUTHOR_BOX_AFTER_POST: &str = r#"<html><head><title>Repotting a fiddle-leaf fig | Green Rooms</title></head>
<body><header><a class="header-login authorization-link" href="/login">Sign In</a></header>
<article class="post author-mara-quinn">
  <h1>Repotting a fiddle-leaf fig</h1>
  <p>A fiddle-leaf fig wants a new pot every second spring, one size up, with fresh compost and a
     layer of grit at the bottom so that the roots never stand in water for long.</p>
  <p>Water it the day before, ease it out of the old pot, tease the outer roots loose and set it at
     the same depth as before; then leave it in a bright room without direct sun for a week.</p>
  <div class="post-author-box">
    <img class="post-author-avatar" src="/img/mara.jpg" alt="">
    <div class="post-author-box__text">
      <div class="post-author-box__label">Written by</div>
      <div class="post-author-box__name">Mara Quinn</div>
    </div>
  </div>
</article>
<section class="comments">
  <div class="comment"><span class="comment-author">Tom Reed</span>
    <p>Mine dropped three leaves after repotting, but it recovered within a month.</p></div>
</section></body></html>"#;

#[test]
fn an_author_box_after_the_post_names_the_author() {
    let a = bodycopy::extract(AUTHOR_BOX_AFTER_POST).expect("an article");
    assert_eq!(a.metadata.authors, ["Mara Quinn"]);
}

#[test]
fn a_commenter_a_login_link_or_a_label_is_not_the_author() {
    let without_box = AUTHOR_BOX_AFTER_POST.replace("Mara Quinn", "");
    let a = bodycopy::extract(&without_box).expect("an article");
    assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
}

#[test]
fn a_byline_split_over_elements_names_the_author() {
    let html = r#"<html><head><title>Cheap ways to heat one room</title></head><body><main>
      <h1>Cheap ways to heat one room</h1>
      <div class="article-meta"><span class="article-meta__author">By <a href="/staff/ravi-shah">Ravi Shah</a></span>
        <span class="article-meta__date">March 3, 2025</span></div>
      <p>Heating the one room you sit in, rather than the whole house, is the cheapest change most
         households can make this winter, and it costs nothing to try for a week.</p>
      <p>Close the door, draw the curtains at dusk, and put a rug on a bare floor: a small heater then
         keeps the room warm at a fraction of the cost of the boiler.</p>
    </main></body></html>"#;
    let a = bodycopy::extract(html).expect("an article");
    assert_eq!(a.metadata.authors, ["Ravi Shah"]);
}

#[test]
fn a_site_credited_as_author_gives_way_to_the_person_shown() {
    let html = r#"<html><head><title>How to read a food label</title>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
        "headline":"How to read a food label","author":{"@type":"Organization","name":"Heart Care Trust"},
        "publisher":{"@type":"Organization","name":"Heart Care Trust"}}</script></head><body><article>
      <h1>How to read a food label</h1>
      <p class="byline">By Nadia Okafor, dietitian</p>
      <p>The traffic-light panel on the front of a pack compares fat, saturates, sugars and salt with
         what an adult should eat in a day, so two reds on one snack are worth a second look.</p>
      <p>On the back, compare products per 100 grams rather than per portion, because the portion
         sizes that makers choose differ widely between brands.</p>
    </article></body></html>"#;
    let a = bodycopy::extract(html).expect("an article");
    assert_eq!(a.metadata.authors, ["Nadia Okafor"]);
    // Without a person shown, the organisation is the author given.
    let unsigned = html.replace("<p class=\"byline\">By Nadia Okafor, dietitian</p>", "");
    let a = bodycopy::extract(&unsigned).expect("an article");
    assert_eq!(a.metadata.authors, ["Heart Care Trust"]);
}
