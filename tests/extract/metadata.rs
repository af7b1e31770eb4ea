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
fn an_author_box_s_name_is_its_first_line_not_run_into_the_next() {
    // The name, then a job title under a `<br>`, then the date in a block of
    // its own: three lines to a reader, one run of text to `text()`.
    let html = r#"<html><head><title>Tidying a cable drawer</title></head><body><main>
      <h1>Tidying a cable drawer</h1>
      <div class="entry-author"><a href="/team/ines-marlow">Ines Marlow</a><br><span class="role">Contributing editor</span><div class="posted-on">Dec 2, 2025</div></div>
      <p>Every house has a drawer of cables that nobody dares to open, and most of what is in it will
         never be plugged into anything again: start by pulling out everything at once.</p>
      <p>Keep one charger per device you still own, label the odd ones with tape, and give the rest to
         the electronics bin at the supermarket; the drawer will stay tidy for a year.</p>
    </main></body></html>"#;
    let a = bodycopy::extract(html).expect("an article");
    assert_eq!(a.metadata.authors, ["Ines Marlow"]);
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

/// A service page whose contact box is classed as the author's ("Get in
/// touch"), above a grid of blog teasers, each with its own author line.
const CONTACT_BOX_AND_TEASER_GRID: &str = r#"<html><head><title>Kitchen refits | Oakline Joinery</title></head>
<body><main>
  <h1>Kitchen refits</h1>
  <p>We plan, build and fit kitchens in solid oak and ash, made in our own workshop and fitted by
     the same two joiners from the first measurement to the last handle.</p>
  <p>Most refits take three weeks from the day the old units come out; we keep one room of the house
     working throughout and clear every scrap of waste when we leave.</p>
  <div class="author-box cta"><h3 class="author-name">Get in touch</h3>
    <a href="/contact">Contact us</a></div>
  <section class="latest-posts"><h2>From the blog</h2>
    <div class="post-card"><h3><a href="/blog/oiling-oak-worktops">How to oil an oak worktop</a></h3>
      <p class="post-card__meta">By <a class="author" rel="author" href="/author/sam-price">Sam Price</a></p></div>
    <div class="post-card"><h3><a href="/blog/choosing-handles">Choosing handles that last</a></h3>
      <p class="post-card__meta">By <a class="author" rel="author" href="/author/lena-holt">Lena Holt</a></p></div>
    <div class="post-card"><h3><a href="/blog/small-kitchens">Five ideas for a small kitchen</a></h3>
      <p class="post-card__meta">By <a class="author" rel="author" href="/author/sam-price">Sam Price</a></p></div>
    <div class="post-card"><h3><a href="/blog/ash-or-oak">Ash or oak for your doors?</a></h3>
      <p class="post-card__meta">By <a class="author" rel="author" href="/author/joe-ward">Joe Ward</a></p></div>
  </section>
</main></body></html>"#;

#[test]
fn a_call_to_action_or_the_teasers_authors_are_not_the_page_s_author() {
    let a = bodycopy::extract(CONTACT_BOX_AND_TEASER_GRID).expect("a page");
    assert!(a.metadata.authors.is_empty(), "{:?}", a.metadata.authors);
}

#[test]
fn a_byline_above_the_teaser_grid_still_names_the_author() {
    let html = CONTACT_BOX_AND_TEASER_GRID.replace(
        "<h1>Kitchen refits</h1>",
        r#"<h1>Kitchen refits</h1><p class="byline">By <span class="author-name">– Nora Blake, Founder</span></p>"#,
    );
    let a = bodycopy::extract(&html).expect("a page");
    assert_eq!(a.metadata.authors, ["Nora Blake"]);
}
