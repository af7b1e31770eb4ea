//! A short story under a reader thread ten times its length, written twice:
//! once as a blog engine writes it (classes that say `comment`), once as
//! CSS-in-JS div soup with hashed classes, where only the thread's shape
//! (posts in a row, each with its author, date and "Reply" link) tells it
//! apart. The story is the body either way; the thread is never the body,
//! and comes back as comments when asked.

use bodycopy::{Options, extract_with};

/// The story's paragraphs: short, about 110 words in all.
const STORY: [&str; 2] = [
    "The parish council voted on Tuesday night to close the old footbridge over the Avon \
     after engineers found that two of its timber beams had rotted through, leaving walkers \
     with a two-mile detour to reach the station.",
    "Councillor Maria Hughes said the repairs would take most of the summer and cost about \
     forty thousand pounds, which the council will ask the county to share. A temporary \
     crossing was ruled out because the river is too fast at that point for a pontoon.",
];

/// The readers' comments: each about a hundred words, ten times the story.
const COMMENTS: [(&str, &str, &str); 10] = [
    (
        "Tom Baker",
        "3 hours ago",
        "I walk across that bridge every morning to get the 7.40 into town, and I have been saying for two years that the planks were getting soft at the far end. Nobody listened when I wrote to the council about it, and now we all have to go the long way round through the industrial estate, which has no pavement for half of its length. I would like to know why the inspection that was promised in the spring never happened, and who decided that it could wait until the beams were rotten.",
    ),
    (
        "Sue Aldridge",
        "3 hours ago",
        "Forty thousand pounds seems a lot for a few timber beams. My brother-in-law builds decks for a living and he reckons the whole span could be replaced for half that if the council did not insist on using the same contractor for everything. I am not saying the work should be done badly, but there must be a cheaper way of getting people across a river that is not very wide. Perhaps the county could lend one of the temporary bridges the army uses when roads are washed out in the winter floods.",
    ),
    (
        "Dev Patel",
        "2 hours ago",
        "The detour is not two miles if you live on the west side of the village, it is closer to three, and for anyone pushing a buggy or using a wheelchair it is much worse because of the steps by the canal lock. The council should put on a shuttle bus to the station for the summer at the very least. Other towns have done this when a bridge had to close, and it did not cost the earth. It would also stop people trying to wade across at the shallows, which is dangerous.",
    ),
    (
        "Margaret Lowe",
        "2 hours ago",
        "I remember when this bridge was built in 1978, after the old iron one was taken down. It was meant to last fifty years and it has not quite managed that. Timber was the cheap choice then and it seems to be the cheap choice now, but the river air gets into the wood whatever you paint it with. If they are going to spend the money, they should build it in steel or concrete and be done with it for another century. Our grandchildren will thank them for thinking ahead for once.",
    ),
    (
        "Rob Kelly",
        "an hour ago",
        "Has anyone asked the railway whether they would contribute? Half the people using the footbridge are going to the station, and the station car park is already full by eight in the morning. If walkers cannot get there, more of them will drive, and then there will be even fewer spaces and more traffic on the bridge road. It seems to me that the railway company has as much interest in this as the council does, and it has more money. A letter from the council to the franchise holder would not hurt.",
    ),
    (
        "Priya Shah",
        "an hour ago",
        "I run the cafe on the station side and we have already noticed fewer customers today. Most of our morning trade is people who walk over the bridge, pick up a coffee and carry on to the train. If this goes on all summer I am not sure what we will do. I understand that safety comes first, and nobody wants an accident, but small businesses need to know how long this will take. A firm date would help us plan our staff and our orders, even if it is a later date than we would like.",
    ),
    (
        "Gareth Owen",
        "45 minutes ago",
        "The engineers did the right thing. I have seen the underside of that bridge from a canoe and some of the bolts are rusted almost through as well as the beams being soft. It is a miracle nothing gave way last winter when the river was high and full of branches. People complaining about the detour should think about what would have happened if the span had dropped with a dozen commuters on it at rush hour. Better a long walk for a few months than a funeral, and I say that as someone who uses it daily.",
    ),
    (
        "Helen Marsh",
        "30 minutes ago",
        "Could the council at least open the gate through the water meadow for the summer? It is a private field but the farmer has let people through before when the towpath flooded, and it cuts nearly a mile off the walk to the station. I am sure he would agree if someone asked him nicely and the council put up a few signs. It would not solve the problem for everyone, especially those who cannot manage a grass path, but it would make a real difference for most of the people who walk to work each day.",
    ),
    (
        "Alan Price",
        "20 minutes ago",
        "Every few years we hear the same story: something the council owns falls apart, they close it, they say it will take a summer, and it takes two years. The library roof, the play park on Mill Lane, the public toilets by the church. I will believe the bridge will be open by September when I walk across it. In the meantime I would like to see the council publish the engineers' report in full, so that we can all see how bad the damage really is and how long it has been known about.",
    ),
    (
        "Nina Ford",
        "10 minutes ago",
        "My daughter walks to school across that bridge and now she has to go along the main road, where the lorries go far too fast and the pavement is narrow. I have asked the school whether the crossing patrol could move to the bridge road for the summer term. If the council is going to close the bridge, it should at least make the detour safe, with a proper crossing and a lower speed limit while the works go on. Children's safety matters more than the cost of a few temporary signs and a lollipop lady.",
    ),
];

/// The page, with the thread's elements classed by `class` (the post, its
/// furniture, the list) and the story's box by `story_class`.
fn page(classes: [&str; 5]) -> String {
    let [story_box, list, post, meta, reply] = classes;
    let mut html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">\
         <title>Footbridge over the Avon to close for repairs | Valley Gazette</title></head>\
         <body><div class=\"{story_box}\"><h1>Footbridge over the Avon to close for repairs</h1>\
         <p>By Jane Roe · 12 June 2024</p><p>{}</p><p>{}</p></div>\
         <div class=\"{list}\"><h2>10 comments</h2>",
        STORY[0], STORY[1]
    );
    for (author, date, text) in COMMENTS {
        html.push_str(&format!(
            "<div class=\"{post}\"><div class=\"{meta}\"><b>{author}</b> <span>{date}</span></div>\
             <p>{text}</p><div><a class=\"{reply}\" href=\"#respond\">Reply</a></div></div>"
        ));
    }
    html.push_str("</div><footer><p>© Valley Gazette</p></footer></body></html>");
    html
}

/// The page as a blog engine writes it: the thread's classes say `comment`.
fn named() -> String {
    page([
        "entry",
        "comments-area",
        "comment",
        "comment-meta",
        "comment-reply-link",
    ])
}

/// The page as CSS-in-JS div soup: hashed classes that say nothing.
fn hashed() -> String {
    page([
        "css-1x9f2k",
        "css-7hq2pa",
        "css-q01mz8",
        "css-3kd9vb",
        "css-n2b8w1",
    ])
}

fn assert_story_is_body(name: &str, html: &str) {
    let article = extract_with(html, &Options::default())
        .unwrap_or_else(|e| panic!("{name}: no article: {e}"));
    for p in STORY {
        assert!(
            article.text.contains(p),
            "{name}: story lost:\n{}",
            article.text
        );
    }
    for (author, _, text) in COMMENTS {
        assert!(
            !article.text.contains(&text[..60]),
            "{name}: comment by {author} in the body:\n{}",
            article.text
        );
    }
}

#[test]
fn short_story_under_long_thread_with_comment_classes_keeps_the_story() {
    assert_story_is_body("named", &named());
}

#[test]
fn short_story_under_long_thread_with_hashed_classes_keeps_the_story() {
    assert_story_is_body("hashed", &hashed());
}

#[test]
fn thread_after_a_short_story_comes_back_as_comments_when_asked() {
    for (name, html) in [("named", named()), ("hashed", hashed())] {
        let article = extract_with(&html, &Options::default().comments(true))
            .unwrap_or_else(|e| panic!("{name}: no article: {e}"));
        let texts: Vec<String> = article
            .comments
            .iter()
            .map(|c| c.text().into_owned())
            .collect();
        assert_eq!(texts.len(), COMMENTS.len(), "{name}: {texts:#?}");
        for ((author, _, text), got) in COMMENTS.iter().zip(&texts) {
            assert!(
                got.contains(&text[..60]),
                "{name}: comment by {author}: {got}"
            );
        }
    }
}

#[test]
fn posts_with_reply_links_and_no_story_before_them_are_the_body() {
    // A forum thread: the opening post is one of the posts, so nothing
    // is a thread after a story, and the posts are the content.
    let html = page([
        "css-1x9f2k",
        "css-7hq2pa",
        "css-q01mz8",
        "css-3kd9vb",
        "css-n2b8w1",
    ])
    .replace(&format!("<p>{}</p><p>{}</p>", STORY[0], STORY[1]), "");
    let article = extract_with(&html, &Options::default()).expect("posts are an article");
    for (author, _, text) in COMMENTS {
        assert!(article.text.contains(&text[..60]), "post by {author} lost");
    }
}
