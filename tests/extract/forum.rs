//! Forum threads: every post is kept in order, and the furniture around
//! each post (the member's box, the quote's controls, the badges) is not.

use bodycopy::{Options, extract_with};

/// A thread as forum software serves it: each post an `<article>` with a
/// member box (name, badge, join date, message count, points split from
/// their label), the message with a quoted earlier post and its "Click to
/// expand..." control, and the post's actions.
fn thread_page() -> String {
    let posts = [
        (
            "harbourfan",
            "Thread starter",
            "Our club is thinking of moving the Saturday sailing sessions to the \
             morning tide, because the afternoon wind has been too strong for the \
             beginners all summer. Has anyone here run sessions that early?",
            "",
        ),
        (
            "dinghydave",
            "Well-known member",
            "We moved ours to eight in the morning two years ago and the beginners \
             loved it; the water is flatter and the harbour is quieter before the \
             ferries start running.",
            "Has anyone here run sessions that early?",
        ),
        (
            "saltymarge",
            "Member",
            "Check the tide tables for the whole season first, because the morning \
             tide drifts later every week and by autumn you will be rigging in the dark.",
            "the water is flatter and the harbour is quieter",
        ),
    ];
    let mut html = String::from(
        "<html><head><title>Morning sailing sessions? | Harbour Sailing Forum</title></head>\
         <body><header><nav><a href=\"/\">Forums</a> <a href=\"/whats-new\">What's new</a></nav>\
         </header><div class=\"p-body\"><h1>Morning sailing sessions?</h1><div class=\"block-body\">",
    );
    for (i, (name, badge, text, quoted)) in posts.iter().enumerate() {
        html.push_str(&format!(
            "<article class=\"message\" id=\"post-{i}\"><div class=\"message-cell--user\">\
             <h4><a href=\"/members/{name}\">{name}</a></h4><h5>{badge}</h5>\
             <dl><dt>Joined</dt><dd>Mar 12, 2019</dd></dl>\
             <dl><dt>Messages</dt><dd>1,204</dd></dl>\
             <dl><dt>Trophy points:</dt><dd>{}</dd></dl></div>\
             <div class=\"message-cell--main\"><div><time datetime=\"2024-06-0{}\">Jun {}, 2024</time></div>\
             <div class=\"bbWrapper\">",
            40 + i,
            i + 1,
            i + 1
        ));
        if !quoted.is_empty() {
            html.push_str(&format!(
                "<blockquote><div>earlier post said:</div><div>{quoted}</div>\
                 <div class=\"bbCodeBlock-expandLink\"><a>Click to expand...</a></div></blockquote>"
            ));
        }
        html.push_str(&format!(
            "<p>{text}</p></div><div><a href=\"#\">Report</a> <a href=\"#\">Quote</a> \
             <a href=\"#\">Reply</a></div></div></article>"
        ));
    }
    html.push_str("</div></div><footer><p>Harbour Sailing Forum</p></footer></body></html>");
    html
}

#[test]
fn forum_thread_keeps_every_post_without_the_member_boxes_and_quote_controls() {
    let options = Options::default().url("https://forum.example.org/threads/morning-sailing.4411/");
    let article = extract_with(&thread_page(), &options).expect("a thread has posts");
    let text = &article.text;
    let first = text
        .find("Our club is thinking")
        .expect("the opening post is kept");
    let second = text.find("We moved ours").expect("the first reply is kept");
    let third = text
        .find("Check the tide tables")
        .expect("the last reply is kept");
    assert!(
        first < second && second < third,
        "posts out of order:\n{text}"
    );
    for furniture in [
        "Click to expand",
        "Thread starter",
        "Trophy points",
        "Messages",
        "Joined",
    ] {
        assert!(!text.contains(furniture), "{furniture} kept:\n{text}");
    }
}
