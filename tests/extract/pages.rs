//! Whole pages built the way real sites build them (CMS templates with a
//! header, navigation, sidebars, comments and footers), each asserting what of
//! the page is kept as the body and what is dropped.

use crate::{assert_dropped, assert_kept};
use bodycopy::{Article, Block, Error};

/// Extracts `html`, failing the test with the error if there is no article.
fn extract(name: &str, html: &str) -> Article {
    bodycopy::extract(html).unwrap_or_else(|e| panic!("{name}: no article: {e:?}"))
}

/// Extracts the raw bytes of a page, failing the test on an error.
fn extract_bytes(name: &str, bytes: &[u8]) -> Article {
    bodycopy::extract_bytes(bytes).unwrap_or_else(|e| panic!("{name}: no article: {e:?}"))
}

/// A block as its kind, its heading level (0 for other kinds) and its text.
fn shape(b: &Block) -> (&'static str, u8, String) {
    let kind = match b {
        Block::Heading { level, .. } => return ("heading", *level, b.text().into_owned()),
        Block::Paragraph { .. } => "paragraph",
        Block::ListItem { .. } => "item",
        Block::Quote { .. } => "quote",
        Block::Preformatted { .. } => "code",
        Block::Table { .. } => "table",
        _ => "other",
    };
    (kind, 0, b.text().into_owned())
}

/// The index of the first block of this kind (and level) and text, with no
/// spans, failing the test if none is.
fn position(blocks: &[Block], kind: &str, level: u8, text: &str) -> usize {
    blocks
        .iter()
        .position(|b| shape(b) == (kind, level, text.to_owned()) && b.spans().is_empty())
        .unwrap_or_else(|| panic!("no {kind} {text:?}\n--- blocks:\n{blocks:#?}"))
}

/// The index of the paragraph whose text is exactly `text`.
fn paragraph(blocks: &[Block], text: &str) -> usize {
    position(blocks, "paragraph", 0, text)
}

/// The list items of the body, in order, as `(ordered, depth, text)`.
fn list_items(blocks: &[Block]) -> Vec<(bool, u8, &str)> {
    blocks
        .iter()
        .filter_map(|b| match b {
            Block::ListItem {
                ordered,
                depth,
                text,
                ..
            } => Some((*ordered, *depth, text.as_str())),
            _ => None,
        })
        .collect()
}

// ---------------------------------------------------------------------------
// A WordPress blog post with an author box, related posts, a comment thread
// and a comment form after it, and a widget sidebar beside it.

const BLOG: &str = include_str!("../pages/wordpress-blog-with-comments/source.html");

/// The code block of the post, byte for byte.
const BLOG_CODE: &str = "def prune(root, keep=7):
    snapshots = sorted(
        entry for entry in os.listdir(root)
        if entry.startswith(\"snap-\")
    )
    for old in snapshots[:-keep]:
        path = os.path.join(root, old)
        if os.path.islink(path):
            continue
        shutil.rmtree(path)";

#[test]
fn blog_post_keeps_paragraphs_heading_code_and_quote() {
    let article = extract("blog-comments", BLOG);
    let text = &article.text;
    assert_eq!(
        article.title.as_deref(),
        Some("Why my backup script kept eating the disk")
    );
    assert!(
        text.starts_with("For about two years the little box under my desk"),
        "the body does not start at the first paragraph\n---\n{text}"
    );
    assert!(
        text.ends_with("Next time I will write the dull version first."),
        "the body does not end at the last paragraph\n---\n{text}"
    );
    assert_kept(
        text,
        &[
            "there were forty-one snapshots on a disk that should have held seven.",
            "Looks harmless. The catch is the prefix test.",
            "Rsync, given a link-dest that does not exist, does not complain",
            "That line is from a colleague who spent a weekend rebuilding a mail server",
            "I also put a calendar reminder in for the first Saturday of every quarter",
        ],
    );

    let blocks = &article.blocks;
    let heading = position(blocks, "heading", 2, "What the pruning step actually did");
    let code = position(blocks, "code", 0, BLOG_CODE);
    let quote = position(
        blocks,
        "quote",
        0,
        "A backup you never restore from is a rumour, and a backup job that never reports is \
         a rumour about a rumour.",
    );
    assert!(
        heading < code && code < quote,
        "heading {heading}, code {code}, quote {quote} out of order"
    );
    assert!(
        text.contains(BLOG_CODE),
        "the code block lost its indentation in the text\n---\n{text}"
    );
}

#[test]
fn blog_post_drops_comments_form_sidebar_author_box_and_related() {
    let article = extract("blog-comments", BLOG);
    let text = &article.text;
    assert_dropped(
        text,
        &[
            // The header, navigation and byline.
            "Small servers, old laptops",
            "Homelab",
            "Skip to content",
            "Marta Quill",
            "Posted on",
            // Categories and tags under the post.
            "Posted in",
            "Tagged",
            // The author box.
            "About the author",
            "a rack of second-hand servers in a converted garden shed",
            "View all posts by",
            // Previous / next and "You may also like".
            "Previous post",
            "Teaching the UPS to shut things down politely",
            "You may also like",
            "Hard links, rsync and the snapshot trick explained",
            "Reading SMART data before the drive dies",
            // The comment thread: heading, authors, dates, text, reply links.
            "5 responses",
            "Desmond Arkwright",
            "Priyanka Solberg",
            "Tomasz Whitcombe",
            "Gwendolyn Fairbairn",
            "says:",
            "at 9:17 pm",
            "Rsync treating a missing link-dest as a polite suggestion",
            "Have you looked at any of the dedicated snapshot tools",
            "the same failure in a nicer coat",
            "watch out for the clocks changing",
            "a cup of tea going cold beside me",
            "Reply",
            // The comment form.
            "Your email address will not be published",
            "Required fields are marked",
            "Website",
            "Save my name, email, and website",
            "Post Comment",
            // The sidebar widgets.
            "Search for:",
            "Recent posts",
            "Moving the ad blocker onto its own VLAN",
            "Archives",
            "November 2023",
            "microcontrollers",
            "thinkpad",
            // The footer.
            "Proudly powered by",
            "Creative Commons",
        ],
    );
}

// ---------------------------------------------------------------------------
// A Drupal recipe page: ingredients list, numbered method with a nested list,
// and a comparison table between paragraphs.

const RECIPE: &str = include_str!("../pages/recipe-with-list-and-table/source.html");

#[test]
fn recipe_keeps_lists_with_their_kind_and_depth() {
    let article = extract("recipe-list-table", RECIPE);
    let expected: Vec<(bool, u8, &str)> = vec![
        (false, 1, "200 g jumbo rolled oats, not the quick-cook kind"),
        (
            false,
            1,
            "3 sharp cooking apples, peeled, cored and cut into thumbnail-sized pieces",
        ),
        (
            false,
            1,
            "450 ml whole milk, or an oat drink for a dairy-free version",
        ),
        (false, 1, "2 medium eggs, lightly beaten with a fork"),
        (
            false,
            1,
            "3 tablespoons runny honey, plus a little extra for the apples",
        ),
        (
            false,
            1,
            "40 g mixed pumpkin and sunflower seeds for the topping",
        ),
        (
            true,
            1,
            "Heat the oven to 180C (160C fan) and butter the baking dish generously, right up \
             the sides.",
        ),
        (
            true,
            1,
            "Put the apple pieces in a saucepan with a splash of water and a teaspoon of honey, \
             cover, and cook gently for eight to ten minutes until they are soft but still hold \
             their shape.",
        ),
        (
            true,
            1,
            "While the apples cook, prepare the dry mixture in a large bowl:",
        ),
        (
            false,
            2,
            "stir the oats together with a pinch of flaky salt",
        ),
        (
            false,
            2,
            "grate in a little nutmeg or add half a teaspoon of cinnamon",
        ),
        (
            true,
            1,
            "Whisk the milk, eggs and remaining honey together, pour over the oats and stir \
             until every flake is coated.",
        ),
        (
            true,
            1,
            "Spread half the oat mixture in the dish, spoon the stewed apple over it in an even \
             layer, then cover with the rest of the oats and scatter the seeds on top.",
        ),
        (
            true,
            1,
            "Bake for thirty to thirty-five minutes, until the top is golden and the middle no \
             longer wobbles when you shake the dish.",
        ),
    ];
    assert_eq!(
        list_items(&article.blocks),
        expected,
        "the list items (ordered, depth, text) differ\n--- blocks:\n{:#?}",
        article.blocks
    );
}

#[test]
fn recipe_keeps_the_table_and_the_paragraphs_around_lists_and_table() {
    let article = extract("recipe-list-table", RECIPE);
    let blocks = &article.blocks;
    let rows: Vec<Vec<String>> = [
        ["Oat type", "Baking time", "Texture after baking"],
        [
            "Jumbo rolled oats",
            "35 minutes",
            "Distinct flakes, chewy edges",
        ],
        [
            "Porridge oats",
            "30 minutes",
            "Smooth and cake-like throughout",
        ],
        [
            "Steel-cut pinhead oats",
            "50 minutes",
            "Nutty but gritty in the centre",
        ],
    ]
    .iter()
    .map(|row| row.iter().map(|c| (*c).to_owned()).collect())
    .collect();
    let table = blocks
        .iter()
        .position(|b| matches!(b, Block::Table { rows: r, .. } if *r == rows))
        .unwrap_or_else(|| panic!("no table {rows:?}\n--- blocks:\n{blocks:#?}"));

    let intro = paragraph(
        blocks,
        "This is the breakfast I make on Sunday evening so that the first four mornings of the \
         week take care of themselves. It is somewhere between a porridge and a flapjack: soft \
         and spoonable in the middle, with a crisp, slightly chewy edge where the oats meet the \
         tin. It reheats well in a low oven, and it is just as good cold from the fridge with a \
         spoonful of yoghurt on top.",
    );
    let after_ingredients = paragraph(
        blocks,
        "You will also need a baking dish of roughly twenty by twenty-five centimetres. A metal \
         tin gives a crisper edge than ceramic, but either is fine, and a slightly larger dish \
         simply means a thinner bake that needs five minutes less in the oven.",
    );
    let after_method = paragraph(
        blocks,
        "Let it stand for at least ten minutes before cutting, or the layers will slide apart. \
         Once cool, it keeps for four days in a covered container in the fridge, and individual \
         squares freeze well wrapped in baking paper.",
    );
    let before_table = paragraph(
        blocks,
        "I tested the recipe with the three kinds of oats most supermarkets stock, keeping \
         everything else the same. The differences were larger than I expected, so here they are \
         side by side:",
    );
    let after_table = paragraph(
        blocks,
        "Jumbo oats win for me, but porridge oats make a softer bake that small children seem to \
         prefer. Pinhead oats need soaking overnight in the milk before they are worth using \
         here, and even then the result is closer to a pudding than to something you can cut \
         into squares and carry to work.",
    );
    let order = [
        intro,
        after_ingredients,
        after_method,
        before_table,
        table,
        after_table,
    ];
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "blocks out of order: {order:?}\n--- blocks:\n{blocks:#?}"
    );
    assert_eq!(
        after_table + 1,
        blocks.len(),
        "something follows the last paragraph\n--- blocks:\n{blocks:#?}"
    );

    let text = &article.text;
    assert_kept(
        text,
        &[
            "Jumbo rolled oats | 35 minutes | Distinct flakes, chewy edges",
            "Steel-cut pinhead oats | 50 minutes | Nutty but gritty in the centre",
        ],
    );
    for heading in ["Ingredients", "Method", "Which oats to use"] {
        position(blocks, "heading", 2, heading);
    }
}

#[test]
fn recipe_drops_navigation_teasers_share_bar_and_footer() {
    let article = extract("recipe-list-table", RECIPE);
    assert_dropped(
        &article.text,
        &[
            "Skip to main content",
            "Weeknight cooking from a small kitchen",
            "Search recipes",
            "Weeknight dinners",
            "Techniques",
            "Newsletter",
            "Breadcrumb",
            "Hollis Drummond",
            "Published 3 February 2024",
            "Share this recipe",
            "Popular recipes",
            "One-pan chickpea and spinach stew",
            "Lemon drizzle traybake for a crowd",
            "Proper leek and potato soup",
            "Sheet-pan gnocchi",
            "Privacy policy",
            "Cookie settings",
            "temperamental oven",
        ],
    );
}

// ---------------------------------------------------------------------------
// Legacy charsets: the bytes are windows-1251 and ISO-8859-2, declared in a
// <meta>, and must come out as the right Unicode text.

#[test]
fn windows_1251_news_page_decodes_exactly() {
    let bytes = include_bytes!("../pages/russian-news-windows-1251/source.html");
    // "Главная" in windows-1251: the fixture is not UTF-8.
    assert!(
        bytes
            .windows(7)
            .any(|w| w == b"\xc3\xeb\xe0\xe2\xed\xe0\xff"),
        "the fixture must be windows-1251 bytes"
    );
    let article = extract_bytes("ru-windows-1251", bytes);
    assert_eq!(
        article.title.as_deref(),
        Some("В Верхнеозёрске продлят трамвайную линию до нового микрорайона")
    );
    let text = &article.text;
    assert!(
        text.starts_with("Городская дума Верхнеозёрска на вчерашнем заседании"),
        "the body does not start at the first paragraph\n---\n{text}"
    );
    assert!(
        text.ends_with("выделить для них отдельную полосу на Заводском шоссе."),
        "the body does not end at the last paragraph\n---\n{text}"
    );
    paragraph(
        &article.blocks,
        "«Мы обещали людям трамвай ещё тогда, когда строились первые дома, и наконец можем \
         сказать, что проект есть и деньги на него заложены», — заявил на заседании председатель \
         комиссии по транспорту Аркадий Селиванов. Он уточнил, что работы планируется начать уже \
         в конце лета, после завершения торгов.",
    );
    assert_kept(
        text,
        &[
            "Проект предусматривает строительство шести новых остановок, одной тяговой \
             подстанции и разворотного кольца у школы № 14.",
            "Часть деревьев на разделительной полосе придётся пересадить",
            "Для линии закупят двенадцать низкопольных вагонов",
            "Нынешнее трамвайное депо на улице Кирова уже работает на пределе",
        ],
    );
    assert!(
        !text.contains('\u{FFFD}'),
        "replacement characters\n---\n{text}"
    );
    assert_dropped(
        text,
        &[
            "Главная",
            "Экономика",
            "Контакты редакции",
            "Среда, 17 апреля 2024",
            "Просмотров",
            "Поделиться",
            "ВКонтакте",
            "Читайте также",
            "начнут ремонт путепровода",
            "Последние новости",
            "Набережную закроют для машин",
            "Озёрные волки",
            "Все права защищены",
            "Свидетельство о регистрации",
        ],
    );
}

#[test]
fn iso_8859_2_news_page_decodes_exactly() {
    let bytes = include_bytes!("../pages/polish-news-iso-8859-2/source.html");
    // "Żabieńcu" in ISO-8859-2: the fixture is not UTF-8.
    assert!(
        bytes.windows(8).any(|w| w == b"\xafabie\xf1cu"),
        "the fixture must be ISO-8859-2 bytes"
    );
    let article = extract_bytes("pl-iso-8859-2", bytes);
    assert_eq!(
        article.title.as_deref(),
        Some("Biblioteka w Żabieńcu otwiera kawiarenkę naprawczą")
    );
    let text = &article.text;
    assert!(
        text.starts_with("Od przyszłej soboty mieszkańcy Żabieńca będą mogli przynieść"),
        "the body does not start at the first paragraph\n---\n{text}"
    );
    assert!(
        text.ends_with("przygotowane przez koło gospodyń z pobliskiej wsi Łężyce."),
        "the body does not end at the last paragraph\n---\n{text}"
    );
    paragraph(
        &article.blocks,
        "Źródłem dodatkowej radości okazała się młodzież. Uczniowie z pobliskiego technikum \
         zgłosili się jako pomocnicy, a nauczyciel elektroniki obiecał, że udział w naprawach \
         zostanie im zaliczony jako praktyka. Gęś z kartonu, która przez lata wisiała w oknie \
         czytelni, ustąpi miejsca tablicy z grafikiem dyżurów.",
    );
    assert_kept(
        text,
        &[
            // ą ę
            "rozprutą kurtkę albo rower z przebitą dętką.",
            // ć ł „ ”
            "„Przy kawie ciągle rozmawialiśmy o tym",
            "jak wymienić bezpiecznik czy przyszyć zamek” - mówi Bożena Wróblewska",
            // ź ó ś
            "bo niektóre usterki kończą się źle.",
            "Dyrektorka biblioteki, Małgorzata Szczęsna, przyznaje",
            "Narzędzia przekazał lokalny sklep żelazny",
        ],
    );
    for letter in ['ą', 'ć', 'ę', 'ł', 'ń', 'ó', 'ś', 'ź', 'ż'] {
        assert!(text.contains(letter), "no {letter:?} in\n---\n{text}");
    }
    assert!(
        !text.contains('\u{FFFD}'),
        "replacement characters\n---\n{text}"
    );
    assert_dropped(
        text,
        &[
            "Strona główna",
            "Wiadomości",
            "Ogłoszenia drobne",
            "Kontakt z redakcją",
            "Dodano:",
            "Udostępnij",
            "Najczęściej czytane",
            "Remont mostu potrwa dłużej",
            "Derby powiatu",
            "Reklama",
            "Wszelkie prawa zastrzeżone",
            "Polityka prywatności",
        ],
    );
}

// ---------------------------------------------------------------------------
// Broken markup of the kind old templates ship.

const MALFORMED: &str = include_str!("../pages/malformed-markup/source.html");

/// The paragraphs of the malformed page, in order, each whole.
const MALFORMED_PARAGRAPHS: [&str; 8] = [
    // Inside <div><i><p>, closed as </div></i>, the <p> never closed.
    "The clock above the old market hall in Stallbridge Magna will run again this summer, after \
     the parish council voted on Tuesday night to pay for its restoration from the reserve it has \
     been building since the hall's roof was mended.",
    // An unclosed <p>.
    "The clock stopped at twenty past four one winter afternoon in the early eighties, and \
     according to the minutes of the time nobody could agree on whose job it was to wind it. The \
     hall belonged to the district, the clock had been a gift to the parish, and the key to the \
     tower was kept by a verger who had since moved to the coast. For four decades the hands have \
     pointed at the same minute over the cattle pens and, later, over the car park.",
    // An unclosed <p> in which an unclosed <b> starts.
    "Councillor Rosalind Featherstone, who has pushed for the repair for six years, told the \
     meeting that the mechanism was in better shape than anyone had feared. A clockmaker from the \
     county town inspected it last autumn and found the movement complete, with only the \
     escapement and two worn pinions needing replacement.",
    // Bold carried over from the paragraph before.
    "His report, which was read out in full, estimated the work at a little under nine thousand \
     pounds, including new dial glass and an electric winder so that nobody will have to climb \
     the ladder every week. The original hand-winding gear will be left in place and oiled, partly \
     for the sake of history and partly in case the power fails.",
    // A <p> inside a <span>.
    "Not everyone at the meeting was convinced. Two residents of Sheep Street asked whether the \
     chime would return as well, pointing out that their cottages were built after the clock fell \
     silent and that they had bought them in part for the quiet. The council agreed that the bell \
     would strike only between eight in the morning and eight in the evening.",
    // An unclosed <p> ended by </div>.
    "The vote was carried by seven votes to one, with one abstention. The single councillor \
     against, Mr Dunstan Oakridge, said he had nothing against clocks but thought the money would \
     do more good resurfacing the footpath to the primary school, which floods every winter. The \
     chairman promised that the footpath would be the first item at the next meeting.",
    // An unclosed <p> ended by a <ul>.
    "Work on the tower is expected to begin in May and take around six weeks, during which the \
     market hall will stay open but the stair to the gallery will be closed to visitors.",
    // After a stray </div>.
    "Anyone who remembers the clock working, or who has photographs of the hall from before the \
     nineteen eighties, is invited to bring them to the parish office, where they will be copied \
     for an exhibition planned for the day the clock is restarted.",
];

#[test]
fn malformed_page_gives_whole_paragraphs_in_order() {
    let article = extract("malformed", MALFORMED);
    let blocks = &article.blocks;
    assert_eq!(
        article.title.as_deref(),
        Some("Market clock to tick again after forty years")
    );
    let found: Vec<usize> = MALFORMED_PARAGRAPHS
        .iter()
        .map(|p| paragraph(blocks, p))
        .collect();
    assert!(
        found.windows(2).all(|w| w[0] < w[1]),
        "paragraphs out of order: {found:?}\n--- blocks:\n{blocks:#?}"
    );
    assert_eq!(
        list_items(blocks),
        vec![
            (
                false,
                1,
                "Scaffolding goes up on the north side of the hall in the first week"
            ),
            (
                false,
                1,
                "The movement is taken away to the clockmaker's workshop for a month"
            ),
            (
                false,
                1,
                "The dial is cleaned and reglazed on site while the movement is away"
            ),
        ],
        "the unclosed <li>s\n--- blocks:\n{blocks:#?}"
    );
    let text = &article.text;
    assert!(
        text.starts_with(MALFORMED_PARAGRAPHS[0]),
        "the body does not start at the lede\n---\n{text}"
    );
    assert!(
        text.ends_with(MALFORMED_PARAGRAPHS[7]),
        "the body does not end at the last paragraph\n---\n{text}"
    );
}

#[test]
fn malformed_page_drops_layout_table_navigation_and_footer() {
    let article = extract("malformed", MALFORMED);
    assert_dropped(
        &article.text,
        &[
            "Sections",
            "Local news",
            "Sport results",
            "Farming and markets",
            "Letters to the editor",
            "Classified adverts",
            "Back issues archive",
            "Contact the newsroom",
            "Home delivery",
            "Friday 12 April 2024",
            "Registered as a newspaper",
            "Advertise with the Gazette",
            "Terms of use",
            "pageTracker",
        ],
    );
}

// ---------------------------------------------------------------------------
// A news site's front page: teasers only, read as a listing.

#[test]
fn front_page_of_teasers_is_a_listing_of_its_stories() {
    // Its teasers are what the page is (issue 15: an index page's items
    // are its content); beside an article, the same grid is dropped.
    let html = include_str!("../pages/front-page-of-teasers/source.html");
    for result in [
        bodycopy::extract(html),
        bodycopy::extract_bytes(html.as_bytes()),
    ] {
        let article = result.expect("a front page lists its stories");
        assert_eq!(article.kind, bodycopy::PageKind::Listing);
        assert!(
            article
                .text
                .contains("Council tax rise capped at four per cent after late-night budget vote"),
            "{}",
            article.text
        );
        assert!(
            !article.text.contains("Contact the newsroom"),
            "{}",
            article.text
        );
    }
}

// ---------------------------------------------------------------------------
// A forum thread served by a script app: the page's body is an empty mount
// point, and the thread is in `<noscript>`, for readers without scripts.

#[test]
fn thread_served_in_noscript_is_read_as_without_scripts() {
    let html = include_str!("../pages/forum-thread-in-noscript/source.html");
    let article = extract("forum-noscript", html);
    assert_kept(
        &article.text,
        &[
            "Since the 4.2 firmware went onto my outdoor unit last Tuesday",
            "Has anyone else seen this, and is there a way to roll back?",
            // The thread says it is a discussion, so its replies, which
            // microdata calls comments, are its content.
            "The 4.2 release resets the minimum run time",
            "5-07 Min. run time: 20 min",
            "Thank you, I would never have found that menu on my own.",
        ],
    );
    assert_dropped(
        &article.text,
        &[
            "Please enable JavaScript",
            "Related topics",
            "Defrost cycle every twenty minutes",
            "Terms of Service",
            "Powered by",
            "3 Likes",
        ],
    );
    assert_eq!(
        article.metadata.published.as_deref(),
        Some("2025-02-11T19:04:37Z")
    );
}

#[test]
fn script_shell_with_a_notice_in_noscript_has_no_article() {
    let html = r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Ledgerly - Invoices</title><link rel="stylesheet" href="/static/css/main.9c1e2f.css">
</head><body>
<noscript><style>
  .noscript-banner { position: fixed; inset: 0; z-index: 9999; display: flex; flex-direction: column;
    align-items: center; justify-content: center; padding: 2rem; background: #f6f7f9; color: #1d2330;
    font: 16px/1.5 -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
  .noscript-banner h2 { margin: 0 0 .75rem; font-size: 1.5rem; font-weight: 600; letter-spacing: -.01em; }
  .noscript-banner p { max-width: 32rem; margin: 0; text-align: center; color: #4a5262; }
  .noscript-banner img { width: 96px; height: 96px; margin-bottom: 1.25rem; opacity: .9; }
  #root { display: none; }
</style><div class="noscript-banner"><img src="/static/media/ledgerly-mark.8d1f.svg" alt=""><h2>JavaScript is disabled</h2>
<p>Ledgerly needs JavaScript to work. Please enable JavaScript in your browser's settings,
then reload this page to see your invoices, payments and the reports your accountant shared.</p>
<p class="noscript-help"><a href="https://help.ledgerly.example/articles/turn-on-javascript">How to turn on JavaScript</a>
&middot; Supported browsers: the two latest versions of Chrome, Firefox, Safari and Edge.</p></div></noscript>
<div id="root"></div>
<script src="/static/js/main.7b3d04.js"></script>
</body></html>"#;
    let result = bodycopy::extract(html);
    assert!(
        matches!(result, Err(Error::NoArticle { .. })),
        "a script shell gave {result:#?}"
    );
}

// ---------------------------------------------------------------------------
// A question page (schema.org QAPage): the question and its answers are the
// body; the remarks under each post, classed as comments, are not.

#[test]
fn question_page_keeps_answers_and_drops_remarks_under_them() {
    let remark = |text: &str| {
        format!(
            "<li class=\"comment js-comment\"><div class=\"comment-body\">\
             <span class=\"comment-copy\">{text}</span> &ndash; \
             <a class=\"comment-user\" href=\"/users/77\">rkline</a> \
             <span class=\"comment-date\">Mar 3, 2024 at 9:12</span></div></li>"
        )
    };
    let post = |kind: &str, votes: u32, body: &str, remarks: &[&str]| {
        let remarks: String = remarks.iter().map(|r| remark(r)).collect();
        format!(
            "<div class=\"{kind}\" itemprop=\"suggestedAnswer\" itemscope \
             itemtype=\"https://schema.org/Answer\"><div class=\"post-layout\">\
             <div class=\"votecell\"><div class=\"js-vote-count\" itemprop=\"upvoteCount\">{votes}</div></div>\
             <div class=\"answercell post-layout--right\"><div class=\"s-prose js-post-body\" itemprop=\"text\">{body}</div>\
             <div class=\"post-signature\"><a href=\"/users/12\">mlopez</a> answered Mar 2, 2024</div></div>\
             <div class=\"comments js-comments-container\"><ul class=\"comments-list\">{remarks}</ul></div>\
             </div></div>"
        )
    };
    let question = post(
        "question",
        14,
        "<p>My dishwasher drains fine on the short programme, but on the eco programme it \
         stops halfway with error E24 and leaves water at the bottom. The filter is clean and \
         the hose is not kinked. What else makes it stop only on the long programme?</p>",
        &["Which model is it, and how old?"],
    );
    let first = post(
        "answer",
        22,
        "<p>E24 on the eco programme is almost always the drain pump running dry for a \
         moment: eco drains more slowly and the pump's sensor reads the pause as a blockage. \
         Take the pump cover off and check the impeller turns freely; a single shard of glass \
         is enough to slow it.</p>",
        &[
            "This was it, a piece of a broken glass under the impeller.",
            "Worked for me too.",
        ],
    );
    let second = post(
        "answer",
        5,
        "<p>Check the non-return valve at the pump outlet as well. When it sticks half open, \
         the water drained on a long programme flows back and the machine reads the level \
         as too high, which also gives E24.</p>",
        &[],
    );
    let html = format!(
        r#"<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Dishwasher stops with E24 only on eco programme - Home Improvement Q&amp;A</title></head>
<body class="question-page"><header class="top-bar"><nav><a href="/questions">Questions</a>
<a href="/tags">Tags</a><a href="/users">Users</a></nav></header>
<div id="content"><div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">Dishwasher stops with E24 only on eco programme</h1>
<div id="question-header-meta">Asked 1 year ago · Viewed 3k times</div>
<div id="mainbar" role="main">{question}
<div id="answers"><h2 class="answers-count">2 Answers</h2>{first}{second}</div></div>
</div><div id="sidebar" class="sidebar"><div class="related"><h4>Related</h4>
<a href="/q/1">Dishwasher not draining after power cut</a><a href="/q/2">E15 error after moving the machine</a></div></div></div>
<footer class="site-footer">Site design / logo © 2025; user contributions licensed under CC BY-SA.</footer>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"QAPage","mainEntity":{{"@type":"Question","name":"Dishwasher stops with E24 only on eco programme","answerCount":2}}}}</script>
</body></html>"#
    );
    let article = extract("question-page", &html);
    assert_kept(
        &article.text,
        &[
            "What else makes it stop only on the long programme?",
            "E24 on the eco programme is almost always the drain pump running dry",
            "Check the non-return valve at the pump outlet as well.",
        ],
    );
    assert_dropped(
        &article.text,
        &[
            "Which model is it, and how old?",
            "a piece of a broken glass under the impeller",
            "Worked for me too.",
            "Dishwasher not draining after power cut",
            "user contributions licensed",
        ],
    );
}
