//! Rendering: takes a page's outcome, gives the bytes to write for it (its
//! body in the asked format, or its JSON line) and what the run reports
//! about it. Runs on the worker threads, so the writer only copies bytes.

use std::path::{Component, Path, PathBuf};

use bodycopy::Article;
use bodycopy_batch::{Outcome, Skip, Source, Status};
use serde::Serialize;

use crate::cli::{Body, Format};

/// What a page came to, for the counts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Extracted,
    NoArticle,
    Failed,
    /// Not a page; the reason's category, for the summary.
    Skipped(&'static str),
}

/// One outcome, ready to be written.
pub struct Rendered {
    pub source: Source,
    pub url: Option<String>,
    pub html_bytes: usize,
    pub verdict: Verdict,
    /// The line for standard error, for a page without an article.
    pub problem: Option<String>,
    /// The page's output (its body, or its JSON line), `None` for a
    /// skipped input and, outside JSON, a page without an article.
    pub output: Option<String>,
    /// The page's explain report, when asked.
    pub report: Option<String>,
}

/// How pages are rendered.
pub struct Style {
    pub format: Format,
    pub body: Body,
    pub comments: bool,
}

impl Style {
    pub fn render(&self, outcome: Outcome, report: Option<String>) -> Rendered {
        let Outcome {
            source,
            url,
            date,
            html_bytes,
            status,
            ..
        } = outcome;
        let (verdict, problem, output) = match &status {
            Status::Skipped(skip) => (Verdict::Skipped(skip_category(skip)), None, None),
            Status::Extracted(article) => {
                let output = match self.format {
                    Format::Json => {
                        self.json(&source, url.as_deref(), date.as_deref(), Ok(article))
                    }
                    Format::Text => text(article, self.comments),
                    Format::Markdown => article.to_markdown(),
                    Format::Html => article.to_html(),
                };
                (Verdict::Extracted, None, Some(output))
            }
            Status::Failed(error) => {
                let verdict = if error.kind() == "no_article" {
                    Verdict::NoArticle
                } else {
                    Verdict::Failed
                };
                let problem = format!("{}: {error}", describe(&source, url.as_deref()));
                let output = (self.format == Format::Json)
                    .then(|| self.json(&source, url.as_deref(), date.as_deref(), Err(error)));
                (verdict, Some(problem), output)
            }
            _ => (Verdict::Failed, None, None),
        };
        Rendered {
            source,
            url,
            html_bytes,
            verdict,
            problem,
            output,
            report,
        }
    }

    fn json(
        &self,
        source: &Source,
        url: Option<&str>,
        date: Option<&str>,
        result: Result<&Article, &bodycopy_batch::Error>,
    ) -> String {
        let (article, error) = match result {
            Ok(article) => (Some(article), None),
            Err(error) => (
                None,
                Some(ErrorJson {
                    kind: error.kind(),
                    message: error.to_string(),
                }),
            ),
        };
        let body = article.map(|a| match self.body {
            Body::Text => a.text.clone(),
            Body::Markdown => a.to_markdown(),
            Body::Html => a.to_html(),
        });
        let comments = article
            .filter(|_| self.comments)
            .map(|a| a.comments.as_slice());
        // A page without an article still says what it is: its title and
        // metadata come with the error.
        let found = match result {
            Err(bodycopy_batch::Error::Extract(bodycopy::Error::NoArticle { page, .. })) => {
                Some(&**page)
            }
            _ => None,
        };
        let line = Line {
            source: SourceJson::from(source),
            url,
            warc_date: date,
            title: article.map_or(found.and_then(|p| p.title.as_deref()), |a| {
                a.title.as_deref()
            }),
            text: body.as_ref().filter(|_| self.body == Body::Text),
            markdown: body.as_ref().filter(|_| self.body == Body::Markdown),
            html: body.as_ref().filter(|_| self.body == Body::Html),
            kind: article.map_or(found.map(|p| p.kind), |a| Some(a.kind)),
            metadata: article.map_or(found.map(|p| &p.metadata), |a| Some(&a.metadata)),
            comments,
            error,
        };
        let mut out = serde_json::to_string(&line).unwrap_or_else(|e| {
            format!("{{\"error\":{{\"kind\":\"io\",\"message\":\"cannot write JSON: {e}\"}}}}")
        });
        out.push('\n');
        out
    }
}

/// A JSON line.
#[derive(Serialize)]
struct Line<'a> {
    source: SourceJson<'a>,
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    warc_date: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    html: Option<&'a String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    kind: Option<bodycopy::PageKind>,
    #[serde(skip_serializing_if = "Option::is_none")]
    metadata: Option<&'a bodycopy::Metadata>,
    #[serde(skip_serializing_if = "Option::is_none")]
    comments: Option<&'a [bodycopy::Comment]>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<ErrorJson>,
}

#[derive(Serialize)]
struct SourceJson<'a> {
    file: std::borrow::Cow<'a, str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    offset: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    record_id: Option<&'a str>,
}

impl<'a> From<&'a Source> for SourceJson<'a> {
    fn from(source: &'a Source) -> Self {
        let (offset, record_id) = match source {
            Source::Warc {
                offset, record_id, ..
            } => (Some(*offset), record_id.as_deref()),
            _ => (None, None),
        };
        SourceJson {
            file: source.path(),
            offset,
            record_id,
        }
    }
}

#[derive(Serialize)]
struct ErrorJson {
    kind: &'static str,
    message: String,
}

/// The body as text, with the comment thread after it when asked.
fn text(article: &Article, comments: bool) -> String {
    let mut text = article.text.clone();
    if comments && !article.comments.is_empty() {
        text.push_str("\n\n-- comments --");
        for comment in &article.comments {
            text.push_str("\n\n");
            text.push_str(&comment.text());
        }
    }
    text.push('\n');
    text
}

/// The source as a reader names it: the file, and for a WARC record its
/// offset and address.
pub fn describe(source: &Source, url: Option<&str>) -> String {
    match (source, url) {
        (Source::Warc { .. }, Some(url)) => format!("{source} ({url})"),
        _ => source.to_string(),
    }
}

/// The line that starts a page in text, Markdown and HTML output of
/// several pages.
pub fn header(source: &Source, url: Option<&str>) -> String {
    format!("==> {} <==\n", describe(source, url))
}

/// The summary's name for a reason to skip.
fn skip_category(skip: &Skip) -> &'static str {
    match skip {
        Skip::Hidden => "hidden",
        Skip::NotPageName => "not named as pages",
        Skip::RecordType(kind) => match kind.as_str() {
            "request" => "request records",
            "metadata" => "metadata records",
            "revisit" => "revisit records",
            "warcinfo" => "warcinfo records",
            _ => "other records",
        },
        Skip::NotHtml(_) => "not HTML",
        Skip::Status(_) => "not 2xx",
        _ => "other",
    }
}

/// Where a page's file goes under an output folder: its path less the
/// folder given on the command line that holds it (or, for other paths,
/// made relative), a `.gz` removed and `.EXT` added. A WARC record goes in
/// a folder named after its file (less `.gz` and `.warc`), as
/// `OFFSET.EXT`; standard input is `stdin.EXT`.
pub fn output_name(source: &Source, folders: &[PathBuf], ext: &str) -> PathBuf {
    let relative = |path: &Path| -> PathBuf {
        let inner = folders
            .iter()
            .filter_map(|folder| path.strip_prefix(folder).ok())
            .min_by_key(|rest| rest.components().count());
        let path = inner.unwrap_or(path);
        path.components()
            .filter_map(|c| match c {
                Component::Normal(part) => Some(part),
                _ => None,
            })
            .collect()
    };
    let strip = |path: PathBuf, suffix: &str| -> PathBuf {
        match path.to_str().and_then(|p| p.strip_suffix(suffix)) {
            Some(stripped) if !stripped.is_empty() => PathBuf::from(stripped),
            _ => path,
        }
    };
    match source {
        Source::File { path } => {
            let path = strip(relative(path), ".gz");
            append(path, ext)
        }
        Source::Stdin => PathBuf::from(format!("stdin.{ext}")),
        Source::Warc { path, offset, .. } => {
            let folder = if path.as_os_str() == "-" {
                PathBuf::from("stdin")
            } else {
                strip(strip(relative(path), ".gz"), ".warc")
            };
            folder.join(format!("{offset}.{ext}"))
        }
        _ => PathBuf::from(format!("page.{ext}")),
    }
}

fn append(path: PathBuf, ext: &str) -> PathBuf {
    let mut name = path.into_os_string();
    name.push(".");
    name.push(ext);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str) -> Source {
        Source::File { path: path.into() }
    }

    #[test]
    fn a_page_under_a_given_folder_keeps_the_structure_below_it() {
        let folders = [PathBuf::from("crawl/")];
        assert_eq!(
            output_name(&file("crawl/example.com/news/index.html"), &folders, "txt"),
            Path::new("example.com/news/index.html.txt")
        );
        assert_eq!(
            output_name(&file("crawl/story.htm.gz"), &folders, "md"),
            Path::new("story.htm.md")
        );
    }

    #[test]
    fn other_paths_are_made_relative() {
        assert_eq!(
            output_name(&file("/data/a/page"), &[], "json"),
            Path::new("data/a/page.json")
        );
        assert_eq!(
            output_name(&file("../b.html"), &[], "txt"),
            Path::new("b.html.txt")
        );
        assert_eq!(
            output_name(&Source::Stdin, &[], "txt"),
            Path::new("stdin.txt")
        );
    }

    #[test]
    fn a_warc_record_goes_in_a_folder_named_after_its_file() {
        let record = Source::Warc {
            path: "crawls/CC-MAIN-1.warc.gz".into(),
            offset: 1234,
            record_id: None,
        };
        assert_eq!(
            output_name(&record, &[], "txt"),
            Path::new("crawls/CC-MAIN-1/1234.txt")
        );
    }
}
