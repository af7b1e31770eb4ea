//! The text as the page means it: a paragraph beside a floated picture,
//! lines broken inside a paragraph, list numbering, definition lists,
//! superscripts, invisible characters, captions and the headline.

use bodycopy::Article;

fn extract(html: &str) -> Article {
    bodycopy::extract(html).unwrap_or_else(|e| panic!("no article: {e:?}"))
}

/// A page of a CMS around `body`, with a header, navigation and a footer.
fn page(title: &str, body: &str) -> String {
    format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} | \
         The Coast Herald</title></head><body><header><a href=\"/\">The Coast Herald</a>\
         <nav><a href=\"/news\">News</a> <a href=\"/sport\">Sport</a></nav></header>\
         <main><article class=\"post\"><h1 class=\"entry-title\">{title}</h1>\
         <div class=\"entry-content\">{body}</div></article></main>\
         <footer><p>© The Coast Herald</p></footer></body></html>"
    )
}

#[test]
fn a_paragraph_beginning_with_a_floated_picture_is_body_and_a_caption_apart_is_not() {
    let html = page(
        "Storm closes harbour",
        "<p>The harbour was closed on Tuesday after a storm drove waves over the old pier, \
         the port authority said, and ferries stayed in port until the evening.</p>\
         <p><img class=\"alignleft size-medium\" src=\"/boats.jpg\" width=\"300\" height=\"200\">\
         Boats from three other ports have asked to shelter in the basin until the storm \
         passes.</p>\
         <div class=\"media\"><img src=\"/pier.jpg\" width=\"800\" height=\"500\">\
         <p>Waves over the old pier on Tuesday morning.</p></div>\
         <p>The coastguard asked walkers to keep away from the seafront until the wind eased \
         later in the week.</p>\
         <p><img src=\"/gulls.jpg\" width=\"800\" height=\"500\">Gulls over the harbour wall, \
         with the lifeboat station behind.</p>\
         <p>Fishermen said they had not seen such a swell in twenty years, and several boats \
         were moved to the inner basin before the tide turned.</p>",
    );
    let article = extract(&html);
    assert!(
        article.text.contains(
            "Boats from three other ports have asked to shelter in the basin until the storm passes."
        ),
        "{}",
        article.text
    );
    // Captions stand apart from their pictures: in a box of their own, or
    // under a picture that is not floated beside the text.
    assert!(
        !article.text.contains("Waves over the old pier"),
        "{}",
        article.text
    );
    assert!(
        !article.text.contains("Gulls over the harbour wall"),
        "{}",
        article.text
    );
}
