//! The API around the extraction: what a page without an article still
//! tells, errors that say what went wrong, and options named by a command
//! line or read from a configuration file.

use bodycopy::{Error, Focus, Options};

/// A login wall: a page with a title and metadata, and no article.
const LOGIN_WALL: &str = r#"<!doctype html><html lang="pt-BR"><head>
<title>Entrar | Gazeta do Porto</title>
<meta property="og:site_name" content="Gazeta do Porto">
<meta name="description" content="Assine a Gazeta do Porto para continuar lendo.">
<script type="application/ld+json">{"@type": "WebPage", "datePublished": "2024-05-02"}</script>
</head><body><header><a href="/">Gazeta do Porto</a></header>
<main><form action="/login"><p>Entre para continuar lendo.</p>
<input name="email"><button>Entrar</button></form></main></body></html>"#;

#[test]
fn a_page_without_an_article_still_gives_its_title_and_metadata() {
    let Err(Error::NoArticle {
        words,
        min,
        garbled,
        page,
        ..
    }) = bodycopy::extract(LOGIN_WALL)
    else {
        panic!("an article in a login wall");
    };
    assert_eq!((words, min, garbled), (0, 15, false));
    assert_eq!(page.title.as_deref(), Some("Entrar"));
    assert_eq!(page.metadata.language.as_deref(), Some("pt-BR"));
    assert_eq!(page.metadata.site_name.as_deref(), Some("Gazeta do Porto"));
    assert_eq!(page.metadata.published.as_deref(), Some("2024-05-02"));
    assert_eq!(
        page.metadata.description.as_deref(),
        Some("Assine a Gazeta do Porto para continuar lendo.")
    );
}

/// UTF-8 read as Latin-1, as a caller that decodes the bytes itself with the
/// wrong charset gives it.
fn misread(utf8: &str) -> String {
    utf8.bytes().map(char::from).collect()
}

#[test]
fn the_message_for_no_article_counts_the_prose_and_suspects_a_wrong_charset() {
    let short = "<p>Le café du port a fermé ses portes mardi, après la tempête déjà annoncée.</p>";
    let err = bodycopy::extract(short).unwrap_err();
    assert_eq!(
        err.to_string(),
        "no article body found: 14 words of prose on the page, 15 needed"
    );
    let err = bodycopy::extract(&misread(short)).unwrap_err();
    assert!(
        matches!(err, Error::NoArticle { garbled: true, .. }),
        "{err:?}"
    );
    assert!(
        err.to_string().starts_with(
            "no article body found: 14 words of prose on the page, 15 needed; the text looks \
             garbled, as if decoded with the wrong charset"
        ),
        "{err}"
    );
    // Replacement characters, as a lossy decoding of bytes in another
    // charset leaves them.
    let lossy = "<p>Gr\u{FFFD}\u{FFFD}e aus K\u{FFFD}ln, sch\u{FFFD}ne Tage am Hafen, sagte der \
                 Bootsf\u{FFFD}hrer.</p>";
    let err = bodycopy::extract(lossy).unwrap_err();
    assert!(
        matches!(err, Error::NoArticle { garbled: true, .. }),
        "{err:?}"
    );
}

#[test]
fn focus_is_named_as_a_command_line_names_it() {
    for focus in Focus::ALL {
        assert_eq!(focus.to_string().parse::<Focus>(), Ok(focus));
    }
    assert_eq!(" Recall ".parse::<Focus>(), Ok(Focus::Recall));
    assert_eq!(Focus::Precision.to_string(), "precision");
    let err = "strict".parse::<Focus>().unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown focus 'strict' (expected precision, balanced or recall)"
    );
}

#[test]
fn options_are_read_from_a_configuration_file() {
    let config = r#"{
        "url": "https://news.example.com/2024/storm.html",
        "charset": "windows-1251",
        "max_input_bytes": 20971520,
        "min_article_words": 40,
        "focus": "recall",
        "comments": true,
        "tables": false,
        "links": true,
        "images": true,
        "captions": true
    }"#;
    let options: Options = serde_json::from_str(config).expect("a valid configuration");
    let built = Options::default()
        .url("https://news.example.com/2024/storm.html")
        .charset("windows-1251")
        .max_input_bytes(Some(20 << 20))
        .min_article_words(40)
        .focus(Focus::Recall)
        .comments(true)
        .tables(false)
        .links(true)
        .images(true)
        .captions(true);
    assert_eq!(options, built);
    // What a file leaves out takes its default; a misspelt option is an
    // error, not a default.
    let empty: Options = serde_json::from_str("{}").expect("an empty configuration");
    assert_eq!(empty, Options::default());
    let err = serde_json::from_str::<Options>(r#"{ "foucs": "recall" }"#).unwrap_err();
    assert!(err.to_string().contains("unknown field `foucs`"), "{err}");
    let err = serde_json::from_str::<Options>(r#"{ "focus": "strict" }"#).unwrap_err();
    assert!(
        err.to_string().contains("unknown variant `strict`"),
        "{err}"
    );
    // And written back as read.
    let written = serde_json::to_string(&options).expect("serialisable");
    assert_eq!(
        serde_json::from_str::<Options>(&written).ok(),
        Some(options)
    );
}

/// A question page marked up with microdata: the question's date and
/// asker, then an answer with its own (later) dates and author.
const QUESTION_WITH_ANSWER: &str = r#"<!doctype html><html><head>
<title>How do I keep bread from going stale? - Home Cooking Answers</title></head>
<body itemscope itemtype="https://schema.org/QAPage">
<div itemprop="mainEntity" itemscope itemtype="https://schema.org/Question">
<h1 itemprop="name">How do I keep bread from going stale?</h1>
<div><span>Asked</span> <time itemprop="dateCreated" datetime="2021-03-04 23:10:00Z">4 years ago</time></div>
<div itemprop="text"><p>I bake two loaves every Sunday and by Wednesday the second one is hard
as a brick. Storing it in the fridge seemed to make it worse. What do people do to keep a
home-baked loaf soft for most of a week without freezing it?</p></div>
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Marta Lindqvist</span></div>
<div itemprop="acceptedAnswer" itemscope itemtype="https://schema.org/Answer">
<time itemprop="dateCreated" datetime="2021-03-05 01:40:00Z"></time>
<div itemprop="text"><p>The fridge is the worst place for bread: starch recrystallises fastest
just above freezing. Keep the loaf cut side down on a board, or in a cloth bag, and slice
only what you eat. A linen bread bag keeps the crust crisp and the crumb soft for days.</p></div>
<div class="d-none" itemprop="datePublished">2021-03-05 01:52:00 +00:00</div>
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tomas Berg</span></div>
</div></div></body></html>"#;

#[test]
fn a_question_page_is_dated_by_its_question_not_its_answer() {
    let article = bodycopy::extract(QUESTION_WITH_ANSWER).expect("an article");
    assert_eq!(
        article.metadata.published.as_deref(),
        Some("2021-03-04T23:10:00Z")
    );
    assert_eq!(
        article.metadata.authors.first().map(String::as_str),
        Some("Marta Lindqvist")
    );
}
