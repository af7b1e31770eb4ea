//! Prints the body copy of HTML pages.
//!
//! ```text
//! cargo run --release --example bodycopy -- [--url URL] [--format text|markdown|html|json|explain] [--focus precision|balanced|recall] [--comments] [--no-tables] [--links] [--formatting] [--images] [--captions] [--explain REPORT.html] [PAGE.html|PAGE.html.gz|-]...
//! ```
//!
//! With no page it runs on a sample news page shipped in the repository. A
//! page that fails gets one line on stderr naming it and the problem; the
//! others are still processed, and the exit code is 1.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample-news.html");

#[derive(Clone, Copy, PartialEq)]
enum Format {
    Text,
    Markdown,
    Html,
    Json,
    Explain,
}

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let mut files = Vec::new();
    let mut url = None;
    let mut format = Format::Text;
    let mut report = None;
    let mut focus = bodycopy::Focus::Balanced;
    let mut comments = false;
    let mut tables = true;
    let (mut links, mut formatting, mut images, mut captions) = (false, false, false, false);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--url" => url = args.next(),
            "--explain" => report = args.next(),
            "--comments" => comments = true,
            "--no-tables" => tables = false,
            "--links" => links = true,
            "--formatting" => formatting = true,
            "--images" => images = true,
            "--captions" => (images, captions) = (true, true),
            "--focus" => match args.next().as_deref() {
                Some("precision") => focus = bodycopy::Focus::Precision,
                Some("balanced") => focus = bodycopy::Focus::Balanced,
                Some("recall") => focus = bodycopy::Focus::Recall,
                other => {
                    eprintln!(
                        "bodycopy: unknown focus '{}' (expected precision, balanced or recall)",
                        other.unwrap_or("")
                    );
                    return ExitCode::from(2);
                }
            },
            "--format" => match args.next().as_deref() {
                Some("text") => format = Format::Text,
                Some("markdown") => format = Format::Markdown,
                Some("html") => format = Format::Html,
                Some("json") => format = Format::Json,
                Some("explain") => format = Format::Explain,
                other => {
                    eprintln!(
                        "bodycopy: unknown format '{}' (expected text, markdown, html, json or explain)",
                        other.unwrap_or("")
                    );
                    return ExitCode::from(2);
                }
            },
            "-h" | "--help" => {
                println!(
                    "usage: bodycopy [--url URL] [--format text|markdown|html|json|explain] [--focus precision|balanced|recall] [--comments] [--no-tables] [--links] [--formatting] [--images] [--captions] [--explain REPORT.html] [PAGE.html|PAGE.html.gz|-]..."
                );
                return ExitCode::SUCCESS;
            }
            _ => files.push(arg),
        }
    }
    if files.is_empty() {
        eprintln!("bodycopy: no page given; running on the sample page {SAMPLE}");
        files.push(SAMPLE.to_string());
    }
    let mut options = bodycopy::Options::default()
        .explain(format == Format::Explain || report.is_some())
        .focus(focus)
        .comments(comments)
        .tables(tables)
        .links(links)
        .formatting(formatting)
        .images(images)
        .captions(captions);
    if format == Format::Explain {
        options.min_article_words = 0;
    }
    options.url = url;
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (i, file) in files.iter().enumerate() {
        let bytes = read(file);
        if let (Some(path), Ok(bytes)) = (&report, &bytes) {
            write_report(path, i, files.len(), bytes, &options);
        }
        let result = bytes.and_then(|bytes| {
            bodycopy::extract_bytes_with(&bytes, &options).map_err(|e| e.to_string())
        });
        match result {
            Ok(article) => {
                let written = match format {
                    Format::Text => {
                        let sep = if i > 0 { "\n" } else { "" };
                        let mut text = article.text.clone();
                        if !article.comments.is_empty() {
                            text.push_str("\n\n-- comments --");
                            for c in &article.comments {
                                text.push_str("\n\n");
                                text.push_str(&c.text());
                            }
                        }
                        writeln!(out, "{sep}{text}")
                    }
                    Format::Markdown => {
                        let sep = if i > 0 { "\n" } else { "" };
                        write!(out, "{sep}{}", article.to_markdown())
                    }
                    Format::Html => write!(out, "{}", article.to_html()),
                    Format::Json => writeln!(out, "{}", json(file, &article)),
                    Format::Explain => write!(out, "{}", explain(&article)),
                };
                if written.is_err() {
                    return ExitCode::FAILURE;
                }
            }
            Err(e) => {
                eprintln!("bodycopy: {file}: {e}");
                failed = true;
            }
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}

/// Reads a file (`-` for stdin), un-gzipping `.gz` files.
fn read(file: &str) -> Result<Vec<u8>, String> {
    let mut bytes = Vec::new();
    if file == "-" {
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read stdin: {e}"))?;
        return Ok(bytes);
    }
    let raw = std::fs::read(file).map_err(|e| format!("cannot read the file: {e}"))?;
    if Path::new(file).extension().is_some_and(|e| e == "gz") {
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot un-gzip the file: {e}"))?;
        Ok(bytes)
    } else {
        Ok(raw)
    }
}

/// The article as one line of JSON (the crate's `serde` feature), after the
/// file it came from.
fn json(file: &str, article: &bodycopy::Article) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        article: &'a bodycopy::Article,
    }
    serde_json::to_string(&Line { file, article })
        .unwrap_or_else(|e| format!("{{\"file\":{file:?},\"error\":\"{e}\"}}"))
}

/// Writes the explain report of one page to `path` (with `-2`, `-3`, ...
/// before the extension for the second, third, ... page of the run). A page
/// without an article still gets its report: it shows why.
fn write_report(path: &str, i: usize, count: usize, bytes: &[u8], options: &bodycopy::Options) {
    let path = if count > 1 && i > 0 {
        let p = Path::new(path);
        let stem = p
            .file_stem()
            .map_or("report".into(), |s| s.to_string_lossy());
        let ext = p.extension().map_or("html".into(), |e| e.to_string_lossy());
        p.with_file_name(format!("{stem}-{}.{ext}", i + 1))
    } else {
        Path::new(path).to_path_buf()
    };
    let mut options = options.clone();
    options.min_article_words = 0;
    let html = match bodycopy::extract_bytes_with(bytes, &options) {
        Ok(bodycopy::Article {
            explain: Some(explain),
            ..
        }) => explain.to_html(),
        Ok(_) => return,
        Err(e) => format!("<!doctype html><p>bodycopy: {e}</p>"),
    };
    if let Err(e) = std::fs::write(&path, html) {
        eprintln!("bodycopy: cannot write {}: {e}", path.display());
    }
}

/// One line per block of the page: kept or dropped, why, and its features.
fn explain(article: &bodycopy::Article) -> String {
    let Some(report) = &article.explain else {
        return String::new();
    };
    let mut out = format!("region: {}\n", report.region);
    for b in &report.blocks {
        let text: String = b.text.chars().take(90).collect();
        out.push_str(&format!(
            "{} {} {:>4}w ld={:.2} wt={:>6.1} {:<30} {}\n",
            if b.kept { "KEEP" } else { "drop" },
            if b.in_region { "R" } else { "." },
            b.words,
            b.link_density,
            b.weight,
            b.reason,
            text
        ));
    }
    out
}
