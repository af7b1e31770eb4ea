//! The command line: every flag, with its help.

use std::path::PathBuf;

use bodycopy_batch::ExtractArgs;
use clap::{Parser, ValueEnum};

const EXAMPLES: &str = "\
Examples:
  bodycopy page.html                          the body of one page, as text
  bodycopy --format markdown page.html.gz     as Markdown (gzip is recognised by content)
  curl -s https://example.com/a | bodycopy --url https://example.com/a -
  bodycopy --format json crawl/ > pages.jsonl  every page under a folder, one JSON line each
  bodycopy --format json -o pages.jsonl.gz CC-MAIN-*.warc.gz
  bodycopy --output-dir out/ --format markdown crawl/   one file per page, structure kept
  find crawl -name '*.html' | bodycopy --files-from - -j 4

Inputs are recognised by their first bytes: gzip is un-gzipped, a file that
starts with a WARC record is read as a WARC file (plain or gzip'd record by
record), anything else is a page. In a WARC file, 2xx HTTP responses whose
content type is HTML (or missing, and the body looks like HTML) are pages;
request, metadata, revisit, warcinfo and non-HTML records are skipped and
counted. Folders are walked recursively; there, hidden files and folders are
skipped, and so are files whose name (less .gz and a ?query) has an extension
other than html, htm, xhtml, xht, shtml, php, asp, aspx, jsp, cfm or warc
(a name without an extension is taken).

Output is in input order whatever the number of jobs. With several pages,
text, Markdown and HTML output start each page with a line
'==> SOURCE <=='. JSON lines have: source {file, offset, record_id}, url,
warc_date, title, text (or markdown, html: see --body), metadata, comments
(with --comments); a page without an article has error {kind, message}
instead, kind being no_article, not_html, too_large, decode, io or warc.

Exit status: 0 when every page was extracted, 1 when some page gave no
article or failed, 2 for a usage error or output that could not be written.";

/// Extracts the body copy of web pages (the article, without navigation,
/// teasers, captions or boilerplate) from HTML files, folders and WARC
/// files, on all cores.
#[derive(Parser, Debug)]
#[command(name = "bodycopy", version, about, after_help = EXAMPLES, max_term_width = 100)]
pub struct Cli {
    /// HTML files (gzip'd or not), folders, WARC files; - for standard
    /// input. With none, standard input is read when it is not a terminal.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// Also read the paths listed in FILE, one per line (- for standard
    /// input)
    #[arg(long, value_name = "FILE", help_heading = "Input")]
    pub files_from: Option<PathBuf>,

    /// Output format
    #[arg(short, long, value_enum, default_value_t = Format::Text, value_name = "FORMAT", help_heading = "Output")]
    pub format: Format,

    /// The body's rendering in JSON lines, in a field of its name
    #[arg(long, value_enum, default_value_t = Body::Text, value_name = "FORMAT", help_heading = "Output")]
    pub body: Body,

    /// Write to FILE instead of standard output (gzip'd when it ends in .gz)
    #[arg(
        short,
        long,
        value_name = "FILE",
        conflicts_with = "output_dir",
        help_heading = "Output"
    )]
    pub output: Option<PathBuf>,

    /// Write one file per page under DIR, named after its source with the
    /// format's extension added (.txt, .md, .html, .json), folders kept;
    /// a WARC record goes to a folder named after its file, as OFFSET.EXT
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub output_dir: Option<PathBuf>,

    /// Also write each page's explain report (every block, kept or dropped,
    /// and why) under DIR, named as with --output-dir, ending in
    /// .explain.html
    #[arg(long, value_name = "DIR", help_heading = "Output")]
    pub explain_dir: Option<PathBuf>,

    /// Number of pages worked on at once [default: the available cores]
    #[arg(short, long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..), help_heading = "Run")]
    pub jobs: Option<u16>,

    /// No line per failed page, no progress bar, no summary
    #[arg(short, long, help_heading = "Run")]
    pub quiet: bool,

    #[command(flatten)]
    pub extract: ExtractArgs,
}

/// What is written for each page.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// The body as plain text
    Text,
    /// The body as Markdown, the title as a heading
    Markdown,
    /// The body as minimal semantic HTML
    Html,
    /// One JSON object per line and page
    Json,
}

/// Which rendering of the body a JSON line carries.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Body {
    /// Plain text, in "text"
    Text,
    /// Markdown, in "markdown"
    Markdown,
    /// HTML, in "html"
    Html,
}

impl Format {
    /// The extension of the files written with --output-dir.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Text => "txt",
            Format::Markdown => "md",
            Format::Html => "html",
            Format::Json => "json",
        }
    }
}
