//! Pages of other kinds than articles: what kind each is taken for, and
//! what of it is kept.

use crate::{assert_dropped, assert_kept};
use bodycopy::{Options, PageKind, extract_with};

/// A shop's category page: an intro line, a filter list, twelve products
/// (name link, price, rating) and pagination, under a hashed-class theme.
fn category_page() -> String {
    let names = [
        "Alpine Trail Running Shoe",
        "Ridgeline Waterproof Hiking Boot",
        "Summit Lightweight Approach Shoe",
        "Canyon Breathable Trail Sneaker",
        "Glacier Insulated Winter Boot",
        "Meadow Everyday Walking Shoe",
        "Boulder Sticky Rubber Climbing Shoe",
        "Harbor Quick Dry Water Shoe",
        "Forest Cushioned Trail Runner",
        "Tundra Expedition Mountaineering Boot",
        "Prairie Recycled Mesh Sneaker",
        "Coastal Slip On Camp Shoe",
    ];
    let mut html = String::from(
        "<html><head><title>Hiking footwear | Trailhead Outfitters</title></head><body>\
         <div class=\"x1a\"><a href=\"/\">Home</a> <a href=\"/c/footwear\">Footwear</a></div>\
         <h1>Hiking footwear</h1><p>Boots and shoes for every trail.</p>\
         <div class=\"x2b\"><ul><li><a href=\"?size=8\">Size 8</a></li>\
         <li><a href=\"?size=9\">Size 9</a></li><li><a href=\"?size=10\">Size 10</a></li></ul></div>\
         <ul class=\"x3c\">",
    );
    for (i, name) in names.iter().enumerate() {
        html.push_str(&format!(
            "<li class=\"x4d\"><div><a href=\"/p/{i}\">{name}</a></div>\
             <div>${}.95</div><div>4.{} out of 5 stars</div></li>",
            89 + i * 10,
            i % 10
        ));
    }
    html.push_str(
        "</ul><div class=\"x5e\"><a href=\"?page=2\">Next page</a></div>\
         <footer><p>© Trailhead Outfitters</p></footer></body></html>",
    );
    html
}

#[test]
fn shop_category_page_is_a_listing_and_keeps_every_product() {
    let options = Options::default().url("https://shop.example/c/hiking-footwear");
    let article = extract_with(&category_page(), &options).expect("a listing has content");
    assert_eq!(article.kind, PageKind::Listing);
    assert_kept(
        &article.text,
        &["Alpine Trail Running Shoe", "Coastal Slip On Camp Shoe"],
    );
    assert!(article.text.contains("$89.95"), "{}", article.text);
    assert_dropped(&article.text, &["Next page", "Size 9", "© Trailhead"]);
}

#[test]
fn product_page_keeps_its_price_and_specifications() {
    let html = r#"<html><head><script type="application/ld+json">
        {"@context": "https://schema.org", "@type": "Product", "name": "Harbour Wool Sweater"}
        </script></head><body><nav><a href="/">Home</a> <a href="/men">Men</a></nav>
        <main><h1>Harbour Wool Sweater</h1><div>£89.00</div>
        <p>Knitted from undyed British wool on a small mill in the Borders, this crew-neck
        sweater keeps its shape wash after wash and softens with every wear.</p>
        <h2>Details</h2><ul><li>100% British wool</li><li>Ribbed cuffs and hem</li>
        <li>Hand wash cold</li></ul></main>
        <footer><p>© Harbour Knitwear Ltd</p></footer></body></html>"#;
    let article = extract_with(html, &Options::default()).expect("a product has content");
    assert_eq!(article.kind, PageKind::Product);
    assert_kept(
        &article.text,
        &[
            "£89.00",
            "undyed British wool",
            "Ribbed cuffs and hem",
            "Hand wash cold",
        ],
    );
    assert_dropped(&article.text, &["Home", "© Harbour"]);
}

/// An awards page: the intro in a header box of its own, and beside it the
/// winners' grid (project, studio, award) after a menu of categories.
fn awards_page() -> String {
    let winners = [
        ("Harbour Loft Apartment", "Studio Brightwater"),
        ("Cedar Hill Residence", "North Field Architects"),
        ("Lantern Rooftop Bar", "Atelier Morrow"),
        ("Quayside Tea Room", "Fen and Partners"),
        ("Old Mill Library", "Wicker Design Office"),
        ("Saltmarsh Spa Retreat", "Lowland Collective"),
        ("Granary Co-working Hall", "Ames Rivera Studio"),
        ("Orchard Primary School", "Kiln Architecture"),
    ];
    let categories = [
        "Best in Show: Apartment",
        "Best in Show: Bar and Lounge",
        "Best in Show: City House",
        "Best in Show: Education",
        "Best in Show: Hotel Lobby",
        "Best in Show: Large Office",
        "Best in Show: Library",
        "Best in Show: Retail Flagship",
        "Best in Show: Spa and Wellness",
        "Best in Show: Workplace Amenity",
    ];
    let mut html = String::from(
        r#"<html><head><title>Design Awards 2025 winners</title>
        <script type="application/ld+json">{"@context": "https://schema.org",
        "@type": "CollectionPage", "name": "Design Awards 2025 winners"}</script></head>
        <body><nav><a href="/">Home</a> <a href="/projects">Projects</a></nav>
        <main><article><div class="c-head"><div class="c-head__in">
        <h1>Explore the 2025 Design Awards winners</h1>
        <p>The twelfth annual Design Awards kept their tradition of honouring the year's
        standout projects across interiors and architecture, with the winners named by the
        jury during a crowded evening ceremony at the old harbour warehouse in November. See
        who took the top prizes in each category, and the studios behind them.</p>
        </div></div><div class="c-body"><div class="c-cats"><ul>"#,
    );
    for c in categories {
        html.push_str(&format!("<li><a href=\"/awards/{}\">{c}</a></li>", c.len()));
    }
    html.push_str("</ul></div><div class=\"c-grid\">");
    for (i, (project, studio)) in winners.iter().enumerate() {
        html.push_str(&format!(
            "<div class=\"c-card\"><a href=\"/projects/{i}\">{project}</a>\
             <div>{studio}</div><div>{}</div></div>",
            if i % 2 == 0 { "Winner" } else { "Honoree" }
        ));
    }
    html.push_str(
        "</div></div></article></main>\
         <footer><p>© Design Awards Ltd</p></footer></body></html>",
    );
    html
}

#[test]
fn listing_region_reaches_from_its_intro_to_its_grid_of_items() {
    let article = extract_with(&awards_page(), &Options::default()).expect("a listing has content");
    assert_eq!(article.kind, PageKind::Listing);
    assert_kept(
        &article.text,
        &[
            "honouring the year's standout projects",
            "Harbour Loft Apartment",
            "Studio Brightwater",
            "Orchard Primary School",
            "Kiln Architecture",
        ],
    );
    assert_dropped(
        &article.text,
        &["Best in Show: Library", "Projects", "© Design Awards"],
    );
}

/// An app's landing page: a hero, a strip of tab links, the features and a
/// customer's story, each a section of `<main>`; a cookie box after it.
const LANDING_PAGE: &str = r#"<html><head><title>Ledgerly: bookkeeping for small teams</title>
<script type="application/ld+json">{"@context": "https://schema.org",
"@type": "SoftwareApplication", "name": "Ledgerly"}</script></head>
<body><header><nav><a href="/">Ledgerly</a> <a href="/pricing">Pricing</a>
<a href="/login">Log in</a></nav></header>
<main>
<section class="s1"><h1>Bookkeeping that keeps itself</h1>
<p>Ledgerly matches your bank lines to invoices as they arrive.</p></section>
<section class="s2"><ul>
<li><a href="/tour/invoices">Invoices and quotes for every client</a></li>
<li><a href="/tour/bank">Bank feeds from four hundred banks</a></li>
<li><a href="/tour/payroll">Payroll with pensions and holiday pay</a></li>
<li><a href="/tour/tax">Tax returns filed straight from your books</a></li>
<li><a href="/tour/reports">Reports your accountant can open at once</a></li>
</ul></section>
<section class="s3"><h2>Why teams switch</h2>
<ul><li>Receipts read from a photo</li><li>Reminders sent for late invoices</li>
<li>One login for your accountant</li></ul></section>
<section class="s4"><blockquote><p>Before Ledgerly our month end took the better part
of a week, with two of us chasing receipts and typing bank lines into a spreadsheet that
nobody trusted. Now the books are closed by the second morning of the month, our
accountant logs in herself, and the quarterly tax return is a button we press rather than
a weekend we lose to it.</p></blockquote><p>Maya Collins, owner, Tidewater Bakery</p></section>
</main>
<div class="cookie-banner"><p>We use cookies to improve your experience. Accept all cookies?</p></div>
<footer><p>© Ledgerly Ltd</p></footer></body></html>"#;

#[test]
fn service_page_keeps_every_section_of_its_main() {
    let article =
        extract_with(LANDING_PAGE, &Options::default()).expect("a landing page has content");
    assert_eq!(article.kind, PageKind::Service);
    assert_kept(
        &article.text,
        &[
            "matches your bank lines to invoices",
            "Why teams switch",
            "Receipts read from a photo",
            "month end took the better part",
        ],
    );
    assert_dropped(
        &article.text,
        &[
            "Bank feeds from four hundred banks",
            "We use cookies",
            "© Ledgerly",
        ],
    );
}

/// A category archive of bare headline links: the headlines are its items,
/// kept as its content; the menu, the pager and the footer are not.
#[test]
fn archive_of_bare_headline_links_keeps_its_headlines_as_a_listing() {
    let headlines = [
        "Ferry timetable changes for the winter season",
        "Harbour dredging to start in March",
        "New pontoon opens at the north quay",
        "Fishing fleet returns after the storm",
        "Port authority names a new harbour master",
        "Lighthouse keepers' cottage to become a museum",
        "Council approves the marina extension",
        "Cruise ship visits double this summer",
    ];
    let mut html = String::from(
        "<html lang=\"en\"><head><title>Harbour | The Coast Herald</title>\
         <meta property=\"og:site_name\" content=\"The Coast Herald\"></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a> \
         <a href=\"/sport/\">Sport</a></nav></header>\
         <main><h1>Harbour</h1><ul class=\"archive\">",
    );
    for (i, headline) in headlines.iter().enumerate() {
        html.push_str(&format!(
            "<li><a href=\"/news/harbour/{i}\">{headline}</a></li>"
        ));
    }
    html.push_str(
        "</ul><a href=\"?page=2\">Older stories</a></main>\
         <footer><p>© The Coast Herald</p></footer></body></html>",
    );
    let options = Options::default().url("https://coastherald.example/category/harbour/");
    let article = extract_with(&html, &options).expect("the headlines are the page's content");
    assert_eq!(article.kind, PageKind::Listing);
    assert_eq!(article.title.as_deref(), Some("Harbour"));
    assert_eq!(
        article.metadata.site_name.as_deref(),
        Some("The Coast Herald")
    );
    assert_kept(&article.text, &headlines);
    assert_dropped(
        &article.text,
        &["Sport", "Older stories", "© The Coast Herald"],
    );
}

/// An index of tags, each a word or two: no items and no prose, so no
/// article; the error still says the page is a listing, from its address.
#[test]
fn index_of_bare_tags_has_no_article_and_says_it_is_a_listing() {
    let mut html = String::from(
        "<html lang=\"en\"><head><title>Tags | The Coast Herald</title></head><body>\
         <header><nav><a href=\"/\">Home</a> <a href=\"/news/\">News</a></nav></header>\
         <main><h1>Tags</h1><ul class=\"tag-index\">",
    );
    for tag in [
        "Ferries", "Harbour", "Fishing", "Lifeboat", "Marina", "Weather", "Schools", "Council",
    ] {
        html.push_str(&format!("<li><a href=\"/tag/{tag}\">{tag}</a></li>"));
    }
    html.push_str("</ul></main><footer><p>© The Coast Herald</p></footer></body></html>");
    let options = Options::default().url("https://coastherald.example/tags/");
    match extract_with(&html, &options) {
        Err(bodycopy::Error::NoArticle { words, page, .. }) => {
            assert_eq!(words, 0);
            assert_eq!(page.kind, PageKind::Listing);
            assert_eq!(page.title.as_deref(), Some("Tags"));
        }
        other => panic!("an index of bare tags gave {other:?}"),
    }
}

#[test]
fn page_of_short_headed_sections_without_date_or_author_is_a_service_page() {
    let html = include_str!("../pages/landing-page-of-short-sections/source.html");
    let options = Options::default().url("https://www.tidepool.example/payroll-software");
    let article = extract_with(html, &options).expect("a landing page has content");
    assert_eq!(article.kind, PageKind::Service);
    assert_kept(
        &article.text,
        &[
            "12,000 companies",
            "Automatic tax filing",
            "Can I change plans later?",
        ],
    );
}

/// A how-to guide with sub-headings, no date and no author: its sections
/// run to paragraphs, side by side in one body.
#[test]
fn guide_with_sub_headings_stays_an_article() {
    let section = "<p>Start by turning off the water at the stopcock under the kitchen sink, \
        then open the lowest tap in the house to drain the pipes. Lay an old towel in the \
        basin so that nothing you drop goes down the plughole, and keep the small parts in a \
        cup as you take them out.</p><p>Most dripping taps need only a new washer or cartridge, \
        which a plumbers' merchant sells for a few pounds; take the old one with you so that \
        the size matches.</p>";
    let mut html = String::from(
        "<html><head><title>How to fix a dripping tap</title></head><body>\
         <nav><a href='/'>Home</a> <a href='/guides'>Guides</a></nav>\
         <div class='content'><h1>How to fix a dripping tap</h1>",
    );
    for heading in [
        "Turn off the water",
        "Take the tap apart",
        "Replace the washer",
        "Put it back together",
        "Check for leaks",
    ] {
        html.push_str(&format!("<h2>{heading}</h2>{section}"));
    }
    html.push_str("</div><footer><p>© Home Fix Guides</p></footer></body></html>");
    let options = Options::default().url("https://www.homefix.example/dripping-tap");
    let article = extract_with(&html, &options).expect("a guide has content");
    assert_eq!(article.kind, PageKind::Article);
}

#[test]
fn service_page_keeps_prose_in_a_box_classed_as_meta() {
    let html = include_str!("../pages/landing-page-of-short-sections/source.html");
    let options = Options::default().url("https://www.tidepool.example/payroll-software");
    let article = extract_with(html, &options).expect("a landing page has content");
    assert!(
        article
            .text
            .contains("Every plan includes unlimited pay runs"),
        "{}",
        article.text
    );
}

/// A reader's list of books, each row typed `Book` in microdata: the type
/// each row carries says what the page lists, so the page is a listing, not
/// the first book's product page; a product page typing a strip of four
/// related products stays a product.
#[test]
fn a_type_on_every_row_makes_a_listing_and_a_few_related_ones_do_not() {
    let titles = [
        "The Salt Road",
        "A Winter in Tromsø",
        "Letters from the Lighthouse",
        "The Ferryman's Daughter",
        "Notes on a Small Harbour",
        "The Quiet Tide",
        "Under the Sea Wall",
        "The Last Herring Boat",
        "Nets and Knots",
    ];
    let mut html = String::from(
        "<html><head><title>Best books about the sea</title></head><body>\
         <h1>Best books about the sea</h1><table class='list'>",
    );
    for (i, t) in titles.iter().enumerate() {
        html.push_str(&format!(
            "<tr itemscope itemtype='http://schema.org/Book'><td>{}</td>\
             <td><a href='/book/{i}' itemprop='url'><span itemprop='name'>{t}</span></a>\
             <br>by <a href='/author/{i}'>Ann Example</a><br>4.1 avg rating, {} ratings</td></tr>",
            i + 1,
            100 + i
        ));
    }
    html.push_str("</table></body></html>");
    let article = extract_with(&html, &Options::default()).expect("the rows are content");
    assert_eq!(article.kind, PageKind::Listing);
    assert!(article.text.contains("Letters from the Lighthouse"));

    let mut product = String::from(
        "<html><head><title>Storm kettle</title></head><body>\
         <div itemscope itemtype='http://schema.org/Product'><h1 itemprop='name'>Storm kettle</h1>\
         <p itemprop='description'>A camping kettle that boils a litre of water in four minutes on \
         twigs and pine cones, with a chimney that keeps the flame out of the wind.</p>\
         <p>Price: €59.00</p></div><h3>You may also like</h3><ul>",
    );
    for name in ["Kettle pot set", "Fire base", "Cup and lid", "Carry bag"] {
        product.push_str(&format!(
            "<li itemscope itemtype='http://schema.org/Product'>\
             <a href='/p/{name}'>{name}</a><br>€19.00</li>"
        ));
    }
    product.push_str("</ul></body></html>");
    let article = extract_with(&product, &Options::default()).expect("a product page");
    assert_eq!(article.kind, PageKind::Product);
}

/// A shop's category page that states each tile of its grid as a JSON-LD
/// `Product` of its own (one array of them at the top of the script), with
/// no address to go by: the products are the page's items, and the page
/// is a listing that keeps every tile. A product's page that names two
/// accessories beside its own product is still that product's page.
#[test]
fn category_page_stating_every_tile_as_a_product_is_a_listing() {
    let names = [
        "Linen Relaxed Shirt",
        "Organic Cotton Oxford Shirt",
        "Flannel Overshirt in Moss",
        "Chambray Work Shirt",
        "Brushed Twill Camp Shirt",
        "Seersucker Short Sleeve Shirt",
        "Heavy Poplin Button Down",
        "Corduroy Shirt Jacket",
        "Waffle Knit Henley Shirt",
    ];
    let ld: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, n)| {
            format!(
                r#"{{"@context":"https://schema.org","@type":"Product","name":"{n}",
                "offers":{{"@type":"Offer","price":"{}.00","priceCurrency":"EUR"}}}}"#,
                49 + i * 5
            )
        })
        .collect();
    let mut html = format!(
        "<html><head><title>Shirts | Fold and Seam</title>\
         <script type=\"application/ld+json\">[{}]</script></head><body>\
         <header><a href=\"/\">Fold and Seam</a> <a href=\"/new\">New in</a></header>\
         <main><h1>Shirts</h1><div class=\"r7k\">",
        ld.join(",")
    );
    for (i, n) in names.iter().enumerate() {
        html.push_str(&format!(
            "<article class=\"t2q\"><a class=\"o9z\" href=\"/p/{i}\">{n}. Color Sand. €{}.00</a>\
             <figure><img src=\"/img/{i}.jpg\" alt=\"{n}\"></figure>\
             <a href=\"/p/{i}\"><dl><dt>Product name</dt><dd>{n}</dd>\
             <dt>Color</dt><dd>Sand</dd><dt>Price</dt><dd>€{}.00</dd></dl></a></article>",
            49 + i * 5,
            49 + i * 5
        ));
    }
    html.push_str("</div></main><footer><p>© Fold and Seam GmbH</p></footer></body></html>");
    let article = extract_with(&html, &Options::default()).expect("the tiles are content");
    assert_eq!(article.kind, PageKind::Listing);
    assert_kept(
        &article.text,
        &["Linen Relaxed Shirt", "Waffle Knit Henley Shirt", "€89.00"],
    );
    assert_dropped(&article.text, &["New in", "© Fold and Seam"]);

    let product = r#"<html><head><script type="application/ld+json">[
        {"@context":"https://schema.org","@type":"Product","name":"Linen Relaxed Shirt"},
        {"@context":"https://schema.org","@type":"Product","name":"Linen Care Spray"},
        {"@context":"https://schema.org","@type":"Product","name":"Horn Button Set"}]
        </script></head><body><main><h1>Linen Relaxed Shirt</h1><div>€49.00</div>
        <p>Cut from washed Lithuanian linen with a relaxed fit, a camp collar and
        horn buttons, this shirt gets softer with every wash and wear.</p></main></body></html>"#;
    let article = extract_with(product, &Options::default()).expect("a product page");
    assert_eq!(article.kind, PageKind::Product);
}

/// A WordPress services page: its SEO plugin stamps `og:type=article`, an
/// `article:modified_time` and a JSON-LD `WebPage` with `datePublished` on
/// it as on every page of the site, and its pitch runs past a story's
/// length in short headed boxes. Nothing names an author or a date of
/// publication, so the stamp does not outweigh the sections.
#[test]
fn services_page_stamped_as_article_by_its_site_builder_is_a_service_page() {
    let html = include_str!("../pages/wordpress-services-page-stamped-as-article/source.html");
    let options = Options::default().url("https://www.ledgerline.example/services/bookkeeping/");
    let article = extract_with(html, &options).expect("a services page has content");
    assert_eq!(article.kind, PageKind::Service);
    assert_kept(
        &article.text,
        &[
            "Monthly reconciliation",
            "no surprise invoices",
            "Can I keep my own software?",
        ],
    );
    assert_dropped(&article.text, &["Registered in England and Wales"]);
}

/// The same page with a byline and a publication date is a story by its
/// author: `og:type=article` counts again.
#[test]
fn sectioned_page_stamped_as_article_with_an_author_stays_an_article() {
    let html = include_str!("../pages/wordpress-services-page-stamped-as-article/source.html")
        .replace(
            r#"<meta property="article:modified_time""#,
            r#"<meta property="article:published_time" content="2021-06-02T14:30:11+00:00">
<meta name="author" content="Priya Shah">
<meta property="article:modified_time""#,
        );
    let options = Options::default().url("https://www.ledgerline.example/services/bookkeeping/");
    let article = extract_with(&html, &options).expect("a story has content");
    assert_eq!(article.kind, PageKind::Article);
}

/// A shop's category page built from its theme's "related products"
/// component: the only grid of the page lies in a `<section>` whose class
/// names it as related, each tile one link around its model number, name
/// and price. On a page read whole that grid is the subject, not a box
/// beside it: every tile is kept, the footer is not the body.
#[test]
fn category_page_whose_only_grid_is_named_related_keeps_its_tiles() {
    let models = [
        ("RM140", "Robotic mower for quarter-acre lawns", "1,099.00"),
        (
            "RM160",
            "Robotic mower for half-acre lawns with app control",
            "1,499.00",
        ),
        (
            "RM180",
            "Robotic mower for one-acre lawns with obstacle sensors",
            "1,999.00",
        ),
        (
            "RM220",
            "Robotic mower for two-acre lawns with GPS boundary",
            "2,799.00",
        ),
        (
            "RM260",
            "Robotic mower for slopes up to forty-five percent",
            "3,299.00",
        ),
        (
            "RM300",
            "Robotic mower for parks and sports grounds",
            "5,999.00",
        ),
    ];
    let mut html = String::from(
        "<html><head><title>Robotic mowers | Greenline Tools</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/mowers/\">Mowers</a> <a href=\"/parts/\">Parts</a></nav>\
         <section id=\"content\"><div class=\"entry\"><h1>Robotic mowers</h1>\
         <section class=\"related-products\"><div class=\"row\"><div class=\"listing-grid\">",
    );
    for (sku, name, price) in models {
        html.push_str(&format!(
            "<div class=\"col-4 listing-item\"><a class=\"item-link\" href=\"/mowers/{sku}/\">\
             <div class=\"sku\"><h4>{sku}</h4></div><img src=\"/img/{sku}.png\" alt=\"\">\
             <div class=\"item-title\"><h3>{name}</h3><span class=\"price\">$ {price}</span></div>\
             </a></div>"
        ));
    }
    html.push_str(
        "</div></div></section></div></section>\
         <footer><div><p>© 2026 Greenline Tools Ltd. Greenline is a registered trademark of \
         Greenline Tools Ltd in the United States and other countries.</p></div></footer></body></html>",
    );
    let options =
        Options::default().url("https://greenline.example/product-category/robotic-mowers/");
    let article = extract_with(&html, &options).expect("the tiles are content");
    assert_eq!(article.kind, PageKind::Listing);
    assert_kept(
        &article.text,
        &[
            "RM140",
            "Robotic mower for quarter-acre lawns",
            "$ 1,099.00",
            "Robotic mower for parks and sports grounds",
        ],
    );
    assert_dropped(&article.text, &["registered trademark", "Parts"]);
}

/// A page of a tutorial with code samples between long paragraphs, at an
/// address that says nothing; `signed` adds the date and author a blog
/// post's markup gives.
fn tutorial_with_code(signed: bool) -> String {
    let byline = if signed {
        "<p class=\"byline\">By <a rel=\"author\" href=\"/about\">Mara Quist</a>, \
         <time datetime=\"2025-03-02\">March 2, 2025</time></p>"
    } else {
        ""
    };
    let paragraph = "The queue keeps every job it is given until a worker takes it, \
        and a worker that dies half way through gives its job back after a timeout, so \
        nothing is lost when a machine goes away; the price is that a job can run twice, \
        and the code it runs must be written so that a second run changes nothing.";
    format!(
        "<html><head><title>Background jobs</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/jobs\">Jobs</a></nav>\
         <main><h1>Background jobs</h1>{byline}\
         <p>{paragraph}</p><p>{paragraph}</p>\
         <pre><code>queue.push(Job::new(\"resize\", image_id))</code></pre>\
         <p>{paragraph}</p><p>{paragraph}</p>\
         <pre><code>let job = queue.take().await?;\njob.run()?;</code></pre>\
         <p>{paragraph}</p><p>{paragraph}</p></main>\
         <footer><p>© Tidewater</p></footer></body></html>"
    )
}

#[test]
fn undated_unsigned_page_of_code_samples_is_documentation_and_a_signed_one_an_article() {
    let options = Options::default().url("https://tidewater.example/background-work");
    let manual = extract_with(&tutorial_with_code(false), &options).expect("a page");
    assert_eq!(manual.kind, PageKind::Documentation);
    assert_kept(&manual.text, &["queue.push(Job::new", "job.run()?;"]);
    let post = extract_with(&tutorial_with_code(true), &options).expect("a page");
    assert_eq!(post.kind, PageKind::Article);
}

/// A landing page whose plans a site builder renders in a collection list
/// named for dates (`date-item`), each plan's terms in a box classed as
/// meta: a landing page has no byline, so the plans' names, prices and
/// terms are its pitch.
#[test]
fn landing_page_keeps_plans_in_boxes_named_for_dates() {
    let mut html = String::from(
        "<html><head><title>Safehold: identity protection for families</title></head><body>\
         <nav class='navbar'><a href='/'>Safehold</a> <a href='/plans'>Plans</a> \
         <a href='/login'>Sign in</a></nav><main class='main-wrapper'>\
         <section><h1>Identity protection for the whole family</h1><p>Safehold watches your \
         name, card numbers and accounts around the clock and tells you the moment something \
         looks wrong.</p></section>",
    );
    for (heading, blurb) in [
        (
            "Dark web monitoring",
            "We search breach dumps and marketplaces for your email addresses, phone numbers and passwords every day.",
        ),
        (
            "Credit alerts",
            "A new account or a hard inquiry on your credit file sends an alert to your phone within minutes.",
        ),
        (
            "Help from real people",
            "If your identity is stolen, a restoration specialist works the case with you until it is closed.",
        ),
        (
            "Insurance included",
            "Every plan is backed by up to one million dollars of cover for losses and fees after identity theft.",
        ),
    ] {
        html.push_str(&format!(
            "<section><h2>{heading}</h2><p>{blurb}</p></section>"
        ));
    }
    html.push_str(
        "<section class='section_pricing'><h2>Choose your plan</h2>\
         <div role='list' class='date-item_list'>",
    );
    for (plan, price, renews) in [
        ("Essential", "$7.50", "$107.88"),
        ("Plus", "$16.67", "$239.88"),
        ("Family", "$25.00", "$359.88"),
    ] {
        html.push_str(&format!(
            "<div role='listitem' class='date-item'><div class='plan-card'><h3>{plan}</h3>\
             <div class='plan-meta'><div>{price} per month</div><div>Billed yearly</div>\
             <div>Renews at {renews} a year</div></div></div></div>"
        ));
    }
    html.push_str(
        "</div></section></main><footer class='footer'><p>© 2025 Safehold Inc.</p></footer>\
         </body></html>",
    );
    let options = Options::default().url("https://www.safehold.example/");
    let article = extract_with(&html, &options).expect("a landing page has content");
    assert_eq!(article.kind, PageKind::Service);
    assert_kept(
        &article.text,
        &[
            "Essential",
            "$16.67 per month",
            "Renews at $359.88 a year",
            "Credit alerts",
        ],
    );
}

/// A product's landing page that draws its app in HTML beside each section
/// (a board of made-up tickets in a box named as the section's
/// illustration): the drawing is a picture of the product, not its pitch.
#[test]
fn landing_page_drops_the_app_drawn_in_its_illustration() {
    let mut html = String::from(
        "<html><head><title>Trackwise: issue tracking for product teams</title></head><body>\
         <header><a href='/'>Trackwise</a> <a href='/pricing'>Pricing</a></header><main>\
         <section class='PageSection_root__x1'><h1>Plan and build products, faster</h1>\
         <p>Trackwise keeps your roadmap, your issues and your releases in one quick, \
         keyboard-first tool that your whole team will actually enjoy using.</p>\
         <div class='PageSection_illustration__k9'><div class='Board_panel__q2'>",
    );
    for (id, title, label) in [
        ("APP-2085", "Reduce flicker on load", "Bug"),
        ("APP-2094", "Buffer the event stream", "Performance"),
        ("APP-2092", "Sync settings on start", "Feature"),
        ("APP-2200", "Fix route updates", "Bug"),
        ("APP-926", "Tidy the sidebar", "Design"),
        ("APP-1882", "Speed up search", "Performance"),
    ] {
        html.push_str(&format!(
            "<div class='Board_issue__z7'><span>{id}</span><span>{title}</span>\
             <span>{label}</span></div>"
        ));
    }
    html.push_str("</div></div></section>");
    for (heading, blurb) in [
        (
            "Built for speed",
            "Every view opens in under fifty milliseconds, and every action has a keyboard shortcut.",
        ),
        (
            "Roadmaps that stay true",
            "Projects update themselves as their issues close, so the plan you share is the plan you have.",
        ),
        (
            "Triage without the meetings",
            "New reports from support land in one inbox, already labelled, for the team on duty to accept.",
        ),
        (
            "Connected to your code",
            "Branches and pull requests move their issues along the board as they are opened and merged.",
        ),
    ] {
        html.push_str(&format!(
            "<section class='PageSection_root__x1'><h2>{heading}</h2><p>{blurb}</p></section>"
        ));
    }
    html.push_str("</main><footer><p>© 2025 Trackwise Ltd.</p></footer></body></html>");
    let options = Options::default().url("https://trackwise.example/");
    let article = extract_with(&html, &options).expect("a landing page has content");
    assert_eq!(article.kind, PageKind::Service);
    assert_kept(
        &article.text,
        &["keyboard-first tool", "Triage without the meetings"],
    );
    assert_dropped(&article.text, &["APP-2085", "Buffer the event stream"]);
}
