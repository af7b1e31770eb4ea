//! The golden pages: every folder of `tests/pages/` is a page and what must
//! come out of it, found by this runner without being listed anywhere.
//!
//! A folder holds:
//! - `source.html`: the page, as bytes (its charset is found as for any page);
//! - `expected.md`: the article as Markdown, or `expected.error` when the
//!   page has no article (the error's message);
//! - `expected.html` (optional): the article as HTML;
//! - `options.json` (optional): the [`Options`] to extract with, as a
//!   configuration file writes them (`{ "links": true }`);
//! - `expected.meta` (optional): the page's metadata that must come out,
//!   one field a line (`published: 2019-02-23`, `authors: Ann Lee`), as
//!   [`meta_lines`] writes them;
//! - `dropped.txt` (optional): blocks that must be dropped and the rule that
//!   must drop them, one a line: the rule's [`Rule::name`], a space, and the
//!   start of the block's text (`caption Waves over the pier`). Lines
//!   starting with `#` are comments.
//!
//! After an intended change of output, `BODYCOPY_BLESS=1 cargo test` rewrites
//! the expected files (never `dropped.txt`, which is written by hand): read
//! the diff before committing it.

use std::path::{Path, PathBuf};

use bodycopy::{Options, Rule};

/// The folders of `tests/pages/`, sorted.
fn page_folders() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/pages");
    let mut folders: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.join("source.html").is_file())
        .collect();
    folders.sort();
    folders
}

/// Compares `actual` with the file `name` of `folder`, or rewrites the file
/// when blessing. Gives a description of the difference.
fn check_file(folder: &Path, name: &str, actual: &str, bless: bool) -> Option<String> {
    let path = folder.join(name);
    if bless {
        std::fs::write(&path, actual).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        return None;
    }
    let expected = std::fs::read_to_string(&path).unwrap_or_default();
    (expected != actual).then(|| {
        format!(
            "{} differs\n--- expected\n{expected}\n--- actual\n{actual}",
            path.display()
        )
    })
}

/// The failures of `dropped.txt`: blocks not found, kept, or dropped by
/// another rule.
fn check_dropped(folder: &Path, explain: &bodycopy::Explain) -> Vec<String> {
    let Ok(list) = std::fs::read_to_string(folder.join("dropped.txt")) else {
        return Vec::new();
    };
    let mut failures = Vec::new();
    for line in list
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
    {
        let (name, prefix) = line.split_once(' ').unwrap_or((line, ""));
        let Some(rule) = Rule::ALL.into_iter().find(|r| r.name() == name) else {
            failures.push(format!("dropped.txt: no rule named {name:?}"));
            continue;
        };
        let found = explain.blocks.iter().find(|b| b.text.starts_with(prefix));
        match found {
            None => failures.push(format!("no block starts with {prefix:?}")),
            Some(b) if b.kept || b.reason != rule => failures.push(format!(
                "{prefix:?}: expected dropped by {}, got {} by {}",
                rule.name(),
                if b.kept { "kept" } else { "dropped" },
                b.reason.name()
            )),
            Some(_) => {}
        }
    }
    failures
}

/// The page's title, authors and dates, one field a line, as
/// `expected.meta` holds them.
fn meta_lines(article: &bodycopy::Article) -> String {
    let m = &article.metadata;
    let mut out = String::new();
    let mut line = |field: &str, value: Option<&str>| {
        out.push_str(&format!("{field}: {}\n", value.unwrap_or("")));
    };
    line("title", article.title.as_deref());
    line("authors", Some(&m.authors.join("; ")));
    line("published", m.published.as_deref());
    line("modified", m.modified.as_deref());
    out
}

/// The failures of one page folder.
fn check_page(folder: &Path, bless: bool) -> Vec<String> {
    let source = std::fs::read(folder.join("source.html")).expect("source.html");
    let options: Options = match std::fs::read_to_string(folder.join("options.json")) {
        Ok(json) => serde_json::from_str(&json).expect("options.json"),
        Err(_) => Options::default(),
    };
    let mut failures = Vec::new();
    match bodycopy::extract_bytes_with(&source, &options.clone().explain(true)) {
        Ok(article) => {
            failures.extend(check_file(
                folder,
                "expected.md",
                &article.to_markdown(),
                bless,
            ));
            if folder.join("expected.html").is_file() {
                failures.extend(check_file(
                    folder,
                    "expected.html",
                    &article.to_html(),
                    bless,
                ));
            }
            if folder.join("expected.meta").is_file() {
                failures.extend(check_file(
                    folder,
                    "expected.meta",
                    &meta_lines(&article),
                    bless,
                ));
            }
            let explain = article.explain.expect("asked for");
            failures.extend(check_dropped(folder, &explain));
        }
        Err(err) => {
            failures.extend(check_file(
                folder,
                "expected.error",
                &format!("{err}\n"),
                bless,
            ));
        }
    }
    failures
}

#[test]
fn every_page_folder_gives_its_expected_output() {
    let bless = std::env::var_os("BODYCOPY_BLESS").is_some_and(|v| v == "1");
    let folders = page_folders();
    assert!(!folders.is_empty(), "no page folders in tests/pages");
    let mut report = String::new();
    for folder in &folders {
        for failure in check_page(folder, bless) {
            let name = folder.file_name().unwrap_or_default().to_string_lossy();
            report.push_str(&format!("{name}: {failure}\n"));
        }
    }
    assert!(report.is_empty(), "golden pages failed:\n{report}");
}
