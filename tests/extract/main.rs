//! The integration tests: one binary, one module per concern.
//!
//! - `api`: partial results with errors, error messages, options from names and files.
//! - `comment_thread`: a short story under a long reader thread, named and hashed.
//! - `exact_text`: line breaks, numbering, definitions, invisible characters, headline.
//! - `forum`: a forum thread, its posts in order without their furniture.
//! - `golden`: every folder of `tests/pages/`: its page and what must come out of it.
//! - `hostile`: huge, deep, flooded, hidden and non-HTML input.
//! - `kinds`: pages of other kinds than articles (listings), their kind and body.
//! - `news`: a news story as semantic markup and as div soup, kept and dropped parts.
//! - `pages`: whole CMS pages: what of each is kept as the body, what is dropped.
//! - `properties`: random pages from a grammar of real elements.
//! - `safe_output`: hostile addresses and attributes never reach the output.
//! - `wire_story`: a news story, semantic and as hashed-class div soup.

mod api;
mod comment_thread;
mod exact_text;
mod forum;
mod golden;
mod hostile;
mod kinds;
mod metadata;
mod news;
mod options;
mod pages;
mod properties;
mod safe_output;
mod wire_story;

/// Asserts that every one of `parts` is in the body text.
fn assert_kept(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "lost {part:?}\n---\n{text}");
    }
}

/// Asserts that none of `parts` leaked into the body text.
fn assert_dropped(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(!text.contains(part), "leaked {part:?}\n---\n{text}");
    }
}
