//! Prints the body copy of HTML pages.
//!
//! ```text
//! cargo run --release --example bodycopy -- [--url URL] [--format text|markdown|html|json|explain] [--focus precision|balanced|recall] [--comments] [--no-tables] [--links] [--formatting] [--images] [--captions] [--max-bytes SIZE] [--explain REPORT.html] [PAGE.html|PAGE.html.gz|-]...
//! ```
//!
//! With no page it runs on a sample news page shipped in the repository. A
//! page that fails gets one line on stderr naming it and the problem; the
//! others are still processed, and the exit code is 1. An unknown flag or a
//! missing or bad value is a usage error (exit code 2). The extraction
//! flags are defined once, in `bodycopy-batch`, for this example and the
//! `bodycopy` command-line tool (`cli/`), which reads folders and WARC
//! files on all cores.

use std::io::{Read, Write};
use std::path::Path;
use std::process::ExitCode;

use clap::{Parser, ValueEnum};

const SAMPLE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/sample-news.html");

/// Prints the body copy of HTML pages, one after another.
#[derive(Parser)]
#[command(name = "bodycopy", about)]
struct Args {
    /// Output format
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    /// Also write each page's explain report to this file (-2, -3, ...
    /// before the extension for the second page on)
    #[arg(long, value_name = "REPORT.html")]
    explain: Option<String>,
    #[command(flatten)]
    extract: bodycopy_batch::ExtractArgs,
    /// Pages (.gz files are un-gzipped; - is standard input); none: the
    /// sample page
    #[arg(value_name = "PAGE")]
    files: Vec<String>,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    /// The body as plain text
    Text,
    /// The body as Markdown
    Markdown,
    /// The body as minimal semantic HTML
    Html,
    /// One JSON object per page: file, title, text, blocks, metadata
    Json,
    /// Every block of the page, kept or dropped, and why
    Explain,
}

fn main() -> ExitCode {
    let Args {
        format,
        explain: report,
        extract,
        mut files,
    } = Args::parse();
    if files.is_empty() {
        eprintln!("bodycopy: no page given; running on the sample page {SAMPLE}");
        files.push(SAMPLE.to_string());
    }
    let mut options = extract
        .options()
        .explain(format == Format::Explain || report.is_some());
    if format == Format::Explain {
        options.min_article_words = 0;
    }
    let mut failed = false;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (i, file) in files.iter().enumerate() {
        let bytes = read(file);
        if let (Some(path), Ok(bytes)) = (&report, &bytes) {
            write_report(path, i, files.len(), bytes, &options);
        }
        let result = bytes.and_then(|bytes| {
            bodycopy::extract_bytes_with(&bytes, &options).map_err(|e| {
                // A page without an article still says what it is: with
                // `--format json` its title and metadata are printed.
                if let (Format::Json, bodycopy::Error::NoArticle { page, .. }) = (format, &e) {
                    let _ = writeln!(out, "{}", json_found(file, page, &e));
                }
                e.to_string()
            })
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
                                text.push_str(&comment(c));
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

/// A comment as text: a line with its author and date (`Jane Roe, 2024-10-02`),
/// then its text, all indented by two spaces for each level of reply.
fn comment(c: &bodycopy::Comment) -> String {
    let indent = "  ".repeat(c.depth.min(16) as usize);
    let header: Vec<&str> = [c.author.as_deref(), c.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    let mut out = String::new();
    if !header.is_empty() {
        out.push_str(&indent);
        out.push_str(&header.join(", "));
        out.push('\n');
    }
    let text = c.text();
    for (i, line) in text.lines().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        if !line.is_empty() {
            out.push_str(&indent);
        }
        out.push_str(line);
    }
    out
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

/// The JSON line of a page without an article: its title and metadata,
/// and the error.
fn json_found(file: &str, page: &bodycopy::PageInfo, error: &bodycopy::Error) -> String {
    #[derive(serde::Serialize)]
    struct Line<'a> {
        file: &'a str,
        #[serde(flatten)]
        page: &'a bodycopy::PageInfo,
        error: String,
    }
    let error = error.to_string();
    serde_json::to_string(&Line { file, page, error })
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
            "{} {} {:>4}w ld={:.2} td={:>4.1} wt={:>6.1} {:<30} {}\n",
            if b.kept { "KEEP" } else { "drop" },
            if b.in_region { "R" } else { "." },
            b.words,
            b.link_density,
            b.text_density,
            b.weight,
            b.reason,
            text
        ));
    }
    out
}
