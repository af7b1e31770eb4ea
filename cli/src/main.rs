//! `bodycopy`: the body copy of web pages from HTML files, folders and WARC
//! files, on all cores. The work is done by `bodycopy-batch` (reading,
//! the parallel pipeline) and `bodycopy` (extraction); this binary wires
//! them to the command line. `bodycopy --help` tells how to use it.

mod cli;
mod render;
mod report;
mod sink;

use std::io::{self, IsTerminal};
use std::path::PathBuf;
use std::process::ExitCode;

use bodycopy_batch::{Inputs, Pool};
use clap::{CommandFactory, Parser};

use crate::cli::{Cli, Format};
use crate::render::{Rendered, Style};
use crate::report::Report;
use crate::sink::Sink;

/// mimalloc rather than glibc's malloc: about 6% fewer instructions an
/// extraction (see `Cargo.toml`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes: every page extracted, some not, usage or output error.
const EXIT_ALL: u8 = 0;
const EXIT_SOME_FAILED: u8 = 1;
const EXIT_ERROR: u8 = 2;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Err(message) = check(&cli) {
        Cli::command()
            .error(clap::error::ErrorKind::ArgumentConflict, message)
            .exit();
    }
    match run(cli) {
        Ok(true) => ExitCode::from(EXIT_ALL),
        Ok(false) => ExitCode::from(EXIT_SOME_FAILED),
        Err(error) if error.kind() == io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_ALL),
        Err(error) => {
            eprintln!("bodycopy: {error}");
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Usage errors clap cannot see.
fn check(cli: &Cli) -> Result<(), String> {
    if cli.inputs.is_empty() && cli.files_from.is_none() && io::stdin().is_terminal() {
        return Err(
            "no input: give HTML files, folders or WARC files, or - for standard input".into(),
        );
    }
    let one_page =
        cli.files_from.is_none() && cli.inputs.len() <= 1 && cli.inputs.iter().all(|p| !p.is_dir());
    if cli.extract.url.is_some() && !one_page {
        return Err("--url is one page's address: give a single file (or -) with it".into());
    }
    if cli.body != cli::Body::Text && cli.format != Format::Json {
        return Err(
            "--body chooses the body's field in JSON lines: use it with --format json".into(),
        );
    }
    Ok(())
}

/// Runs the extraction; `Ok(true)` when every page was extracted.
fn run(cli: Cli) -> io::Result<bool> {
    let mut options = cli.extract.options();
    options.explain = cli.explain_dir.is_some();
    let mut inputs = Inputs::new();
    inputs.max_page_bytes(options.max_input_bytes);
    let mut paths = cli.inputs.clone();
    if paths.is_empty() && cli.files_from.is_none() {
        paths.push(PathBuf::from("-"));
    }
    for path in &paths {
        inputs.path(path);
    }
    if let Some(list) = &cli.files_from {
        inputs.list(list);
    }
    let folders: Vec<PathBuf> = paths.iter().filter(|p| p.is_dir()).cloned().collect();
    // A header names each page unless the input is one file.
    let headers = paths.len() > 1 || !folders.is_empty() || cli.files_from.is_some();
    let mut sink = match &cli.output_dir {
        Some(dir) => Sink::folder(dir.clone(), folders.clone(), cli.format),
        None => Sink::stream(cli.output.as_deref(), cli.format, headers)?,
    };
    let mut report = Report::new(
        cli.quiet,
        io::stderr().is_terminal(),
        inputs.bytes_read(),
        inputs.total_bytes(),
    );
    let style = Style {
        format: cli.format,
        body: cli.body,
        comments: cli.extract.comments,
    };
    let explain_dir = cli.explain_dir.clone();
    let pool = Pool::new(cli.jobs.map_or(0, usize::from));
    let pages = pool.map(inputs, move |item| {
        let mut report = None;
        let outcome = item.extract_by(&options, |html, options| {
            let result = bodycopy::extract_bytes_with(html, options);
            if explain_dir.is_some() {
                report = Some(explain(html, options, &result));
            }
            result
        });
        style.render(outcome, report)
    });
    let mut result = Ok(());
    for page in pages {
        report.page(&page);
        if let Err(error) = write(&mut sink, &page, &cli, &folders) {
            result = Err(error);
            break;
        }
    }
    report.finish();
    result?;
    sink.finish()?;
    Ok(report.all_extracted())
}

/// Writes a page's output and its explain report.
fn write(sink: &mut Sink, page: &Rendered, cli: &Cli, folders: &[PathBuf]) -> io::Result<()> {
    sink.write(page)?;
    if let (Some(dir), Some(report)) = (&cli.explain_dir, &page.report) {
        let name = render::output_name(&page.source, folders, "explain.html");
        sink::write_file(&dir.join(name), report.as_bytes())?;
    }
    Ok(())
}

/// A page's explain report. A page without an article still gets one: it
/// shows why.
fn explain(
    html: &[u8],
    options: &bodycopy::Options,
    result: &Result<bodycopy::Article, bodycopy::Error>,
) -> String {
    let report = match result {
        Ok(article) => article.explain.clone(),
        Err(bodycopy::Error::NoArticle { .. }) => {
            let mut options = options.clone();
            options.min_article_words = 0;
            bodycopy::extract_bytes_with(html, &options)
                .ok()
                .and_then(|a| a.explain)
        }
        Err(_) => None,
    };
    match (report, result) {
        (Some(report), _) => report.to_html(),
        (None, Err(error)) => format!("<!doctype html><p>bodycopy: {error}</p>"),
        (None, Ok(_)) => String::new(),
    }
}
