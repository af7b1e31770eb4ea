//! The `bodycopy` binary, run as a user runs it: on WARC files written as
//! crawlers write them, on folders, on standard input; its output, its
//! messages and its exit codes.

mod support;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use serde_json::Value;
use support::{Warc, Written, chunked, gzip, html_response, http, index_page, story};

fn bodycopy() -> Command {
    Command::new(env!("CARGO_BIN_EXE_bodycopy"))
}

fn run(args: &[&str]) -> Output {
    bodycopy()
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("bodycopy runs")
}

fn run_with_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bodycopy()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("bodycopy runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(input)
        .expect("stdin written");
    child.wait_with_output().expect("bodycopy ends")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("an exit code")
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is JSON"))
        .collect()
}

/// The addresses of the pages extracted, in output order.
fn extracted_urls(lines: &[Value]) -> Vec<&str> {
    lines
        .iter()
        .filter(|l| l.get("error").is_none())
        .filter_map(|l| l["url"].as_str())
        .collect()
}

/// A fresh folder for one test, removed with everything in it when the
/// test ends.
struct TempDir(PathBuf);

impl std::ops::Deref for TempDir {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn temp_dir(name: &str) -> TempDir {
    let dir = std::env::temp_dir().join(format!("bodycopy-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    TempDir(dir)
}

/// The text the library gives for a page on its own.
fn library_text(html: &[u8], url: Option<&str>, charset: Option<&str>) -> String {
    let mut options = bodycopy::Options::default();
    options.url = url.map(str::to_owned);
    options.charset = charset.map(str::to_owned);
    bodycopy::extract_bytes_with(html, &options)
        .expect("the library extracts the page")
        .text
}

/// "Добрый вечер" news in windows-1251, with no declaration in the page:
/// only the HTTP header says the charset.
fn cyrillic_page() -> Vec<u8> {
    let html = support::article(
        "Паром возвращается на острова",
        &[
            "Ночной паром на дальние острова снова пойдёт с апреля, через двенадцать лет после отмены последнего рейса, сообщил во вторник городской совет.",
            "Депутаты одобрили заём перевозчику, который поставит на линию новое судно и будет отправляться из гавани каждый вечер, кроме воскресенья.",
        ],
    )
    .replace("<meta charset=\"utf-8\">", "");
    let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode(&html);
    bytes.into_owned()
}

/// What a crawl of a small site holds, and the pages expected from it.
struct Crawl {
    warc: Warc,
    /// (record, HTML served, the HTTP Content-Type)
    pages: Vec<(Written, Vec<u8>, Option<String>)>,
    truncated: Written,
}

fn crawl(gzipped: bool) -> Crawl {
    let mut warc = Warc::new(gzipped);
    let mut pages = Vec::new();

    // A plain response, with the request and metadata records around it.
    let uri = "https://gazette.example/news/ferry";
    warc.request(uri);
    let html = story(0).into_bytes();
    let w = warc.response(
        uri,
        &http(
            "200 OK",
            &[("Content-Type", "text/html; charset=utf-8")],
            &html,
        ),
    );
    pages.push((w, html, Some("text/html; charset=utf-8".to_owned())));
    warc.metadata(uri);

    // Chunked, and gzip'd inside the chunks.
    let uri = "https://gazette.example/news/lighthouse";
    warc.request(uri);
    let html = story(1).into_bytes();
    let body = chunked(&gzip(&html), 300);
    let w = warc.response(
        uri,
        &http(
            "200 OK",
            &[
                ("Content-Type", "text/html"),
                ("Transfer-Encoding", "chunked"),
                ("Content-Encoding", "gzip"),
            ],
            &body,
        ),
    );
    pages.push((w, html, Some("text/html".to_owned())));

    // Brotli.
    let uri = "https://gazette.example/news/storm";
    let html = story(2).into_bytes();
    let mut br = Vec::new();
    brotli::BrotliCompress(
        &mut &html[..],
        &mut br,
        &brotli::enc::BrotliEncoderParams::default(),
    )
    .expect("brotli");
    let w = warc.response(
        uri,
        &http(
            "200 OK",
            &[("Content-Type", "text/html"), ("Content-Encoding", "br")],
            &br,
        ),
    );
    pages.push((w, html, Some("text/html".to_owned())));

    // The charset only in the HTTP header.
    let uri = "https://gazette.example/ru/parom";
    let html = cyrillic_page();
    let ct = "text/html; charset=windows-1251";
    let w = warc.response(uri, &http("200 OK", &[("Content-Type", ct)], &html));
    pages.push((w, html, Some(ct.to_owned())));

    // Skipped: a revisit, an image, a 404, a redirect.
    warc.revisit("https://gazette.example/news/ferry");
    warc.response(
        "https://gazette.example/logo.png",
        &http(
            "200 OK",
            &[("Content-Type", "image/png")],
            b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        ),
    );
    warc.response(
        "https://gazette.example/gone",
        &http(
            "404 Not Found",
            &[("Content-Type", "text/html")],
            story(3).as_bytes(),
        ),
    );
    warc.response(
        "https://gazette.example/old",
        &http("301 Moved Permanently", &[("Location", "/news/ferry")], b""),
    );

    // No Content-Type: sniffed as HTML.
    let uri = "https://gazette.example/news/market";
    let html = story(3).into_bytes();
    let w = warc.response(uri, &http("200 OK", &[], &html));
    pages.push((w, html, None));

    // A section front: a page, but no article.
    warc.response(
        "https://gazette.example/news/",
        &html_response(index_page().as_bytes()),
    );

    let truncated = warc.truncated_response(
        "https://gazette.example/news/cut",
        &html_response(story(0).as_bytes()),
    );
    Crawl {
        warc,
        pages,
        truncated,
    }
}

fn check_crawl(gzipped: bool) {
    let dir = temp_dir(if gzipped { "warc-gz" } else { "warc" });
    let Crawl {
        warc,
        pages,
        truncated,
    } = crawl(gzipped);
    // The name says nothing: the content does.
    let path = dir.join("crawl.bin");
    std::fs::write(&path, &warc.bytes).expect("written");
    let path_str = path.to_str().expect("utf-8 path");
    let output = run(&["--format", "json", "-j", "2", path_str]);
    let lines = lines(&output);

    let extracted: Vec<&Value> = lines.iter().filter(|l| l.get("error").is_none()).collect();
    assert_eq!(extracted.len(), pages.len(), "{lines:#?}");
    for (line, (record, html, content_type)) in extracted.iter().zip(&pages) {
        assert_eq!(line["url"], record.uri.as_deref().expect("a URI"));
        assert_eq!(line["source"]["file"], path_str);
        assert_eq!(line["source"]["offset"], record.offset);
        assert_eq!(line["source"]["record_id"], record.id.as_str());
        assert_eq!(line["warc_date"], record.date.as_str());
        let expected = library_text(html, record.uri.as_deref(), content_type.as_deref());
        assert_eq!(
            line["text"],
            expected.as_str(),
            "{}",
            record.uri.as_deref().unwrap_or("")
        );
    }
    // The header's charset decoded the Cyrillic page.
    assert!(
        extracted[3]["text"]
            .as_str()
            .is_some_and(|t| t.starts_with("Ночной паром на дальние острова"))
    );
    assert_eq!(extracted[3]["title"], "Паром возвращается на острова");
    assert_eq!(extracted[3]["kind"], "article");

    let errors: Vec<&Value> = lines.iter().filter(|l| l.get("error").is_some()).collect();
    assert_eq!(errors.len(), 2, "{errors:#?}");
    assert_eq!(errors[0]["url"], "https://gazette.example/news/");
    assert_eq!(errors[0]["error"]["kind"], "no_article");
    // What was found on it comes with the error.
    assert_eq!(errors[0]["title"], "News");
    assert!(errors[0].get("text").is_none());
    assert_eq!(errors[1]["error"]["kind"], "warc");
    assert_eq!(errors[1]["source"]["offset"], truncated.offset);
    assert_eq!(errors[1]["source"]["record_id"], truncated.id.as_str());

    let err = stderr(&output);
    assert!(
        err.contains(&format!("at offset {}", truncated.offset)),
        "{err}"
    );
    assert!(
        err.contains("7 pages read, 5 extracted, 1 without article, 1 failed; 8 skipped (1 metadata records, 2 not 2xx, 1 not HTML, 2 request records, 1 revisit records, 1 warcinfo records)"),
        "{err}"
    );
    assert_eq!(code(&output), 1);
}

#[test]
fn gzipped_warc_gives_its_html_responses_with_their_urls() {
    check_crawl(true);
}

#[test]
fn plain_warc_gives_the_same_pages() {
    check_crawl(false);
}

#[test]
fn a_corrupt_gzip_member_is_reported_and_the_records_after_it_are_read() {
    let dir = temp_dir("corrupt-member");
    let mut warc = Warc::new(true);
    let uris: Vec<String> = (0..4)
        .map(|i| format!("https://gazette.example/story/{i}"))
        .collect();
    let written: Vec<Written> = uris
        .iter()
        .enumerate()
        .map(|(i, uri)| warc.response(uri, &html_response(story(i).as_bytes())))
        .collect();
    warc.corrupt_member(&written[1]);
    let path = dir.join("crawl.warc.gz");
    std::fs::write(&path, &warc.bytes).expect("written");
    let output = run(&["--format=json", path.to_str().expect("utf-8")]);
    let lines = lines(&output);
    let urls = extracted_urls(&lines);
    assert_eq!(urls, [&uris[0], &uris[2], &uris[3]]);
    let errors: Vec<&Value> = lines.iter().filter(|l| l.get("error").is_some()).collect();
    assert!(!errors.is_empty());
    for error in errors {
        assert_eq!(error["error"]["kind"], "warc");
        assert_eq!(error["source"]["offset"], written[1].offset);
    }
    assert_eq!(code(&output), 1);
}

#[test]
fn a_warc_on_standard_input_is_read_too() {
    let Crawl { warc, pages, .. } = crawl(true);
    let output = run_with_stdin(&["--format", "json", "-"], &warc.bytes);
    let lines = lines(&output);
    let urls = extracted_urls(&lines);
    let expected: Vec<&str> = pages
        .iter()
        .filter_map(|(w, _, _)| w.uri.as_deref())
        .collect();
    assert_eq!(urls, expected);
    assert_eq!(lines[0]["source"]["file"], "-");
    assert_eq!(lines[0]["source"]["offset"], pages[0].0.offset);
}

#[test]
fn text_output_names_each_warc_record() {
    let Crawl { warc, pages, .. } = crawl(false);
    let output = run_with_stdin(&["-q", "-"], &warc.bytes);
    let out = String::from_utf8_lossy(&output.stdout);
    let first = format!(
        "==> standard input at offset {} ({}) <==\n",
        pages[0].0.offset,
        pages[0].0.uri.as_deref().unwrap_or("")
    );
    assert!(out.starts_with(&first), "{out}");
    assert_eq!(
        out.matches("\n==> standard input at offset ").count(),
        pages.len() - 1
    );
    assert!(stderr(&output).is_empty(), "--quiet: {}", stderr(&output));
}

/// A crawl folder: nested pages, a gzip'd page without .gz in its name, a
/// binary file with a page's name, a link to nowhere, hidden and non-page
/// files.
fn site_folder(name: &str) -> TempDir {
    let dir = temp_dir(name);
    let site = dir.join("site");
    std::fs::create_dir_all(site.join("news/2026")).expect("dirs");
    std::fs::create_dir_all(site.join(".cache")).expect("dirs");
    std::fs::write(site.join("index.html"), story(0)).expect("page");
    std::fs::write(site.join("news/2026/storm.html"), story(2)).expect("page");
    std::fs::write(site.join("news/lighthouse"), gzip(story(1).as_bytes())).expect("page");
    std::fs::write(site.join("news/section.htm"), index_page()).expect("page");
    std::fs::write(
        site.join("news/photo.html"),
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x04\0\0\0\x03\0\x08\x06\0\0\0",
    )
    .expect("binary");
    std::fs::write(site.join("logo.png"), b"\x89PNG\r\n\x1a\n").expect("image");
    std::fs::write(site.join(".cache/old.html"), story(3)).expect("hidden");
    std::fs::write(site.join(".draft.html"), story(3)).expect("hidden");
    symlink(&site.join("missing.html"), &site.join("news/moved.html"));
    dir
}

#[cfg(unix)]
fn symlink(target: &Path, link: &Path) {
    std::os::unix::fs::symlink(target, link).expect("link");
}

#[cfg(not(unix))]
fn symlink(_: &Path, link: &Path) {
    // Without symbolic links, a folder with a page's name cannot be read
    // as a page either: it is walked, so an unreadable file stands in.
    std::fs::write(link, b"\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0").expect("binary");
}

#[test]
fn a_folder_is_walked_pages_read_by_content_and_failures_named() {
    let dir = site_folder("folder");
    let site = dir.join("site");
    let output = run(&["--format", "json", site.to_str().expect("utf-8")]);
    let mut by_file: Vec<(String, Value)> = lines(&output)
        .into_iter()
        .map(|l| {
            let file = l["source"]["file"].as_str().expect("a file").to_owned();
            let file = Path::new(&file)
                .strip_prefix(&site)
                .expect("under the site")
                .to_string_lossy()
                .replace('\\', "/");
            (file, l)
        })
        .collect();
    by_file.sort_by(|a, b| a.0.cmp(&b.0));
    let summary: Vec<(&str, &str)> = by_file
        .iter()
        .map(|(f, l)| {
            (
                f.as_str(),
                l["error"]["kind"].as_str().unwrap_or("extracted"),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("index.html", "extracted"),
            ("news/2026/storm.html", "extracted"),
            ("news/lighthouse", "extracted"),
            (
                "news/moved.html",
                if cfg!(unix) { "io" } else { "not_html" }
            ),
            ("news/photo.html", "not_html"),
            ("news/section.htm", "no_article"),
        ]
    );
    let text = |file: &str| {
        by_file
            .iter()
            .find(|(f, _)| f == file)
            .map(|(_, l)| l["text"].clone())
    };
    assert_eq!(
        text("news/lighthouse"),
        Some(Value::from(library_text(story(1).as_bytes(), None, None)))
    );
    assert_eq!(
        text("index.html"),
        Some(Value::from(library_text(story(0).as_bytes(), None, None)))
    );

    let err = stderr(&output);
    assert!(
        err.contains(&format!(
            "{}: the input is not HTML",
            site.join("news/photo.html").display()
        )),
        "{err}"
    );
    assert!(err.contains("6 pages read, 3 extracted, 1 without article, 2 failed; 3 skipped (2 hidden, 1 not named as pages)"), "{err}");
    assert_eq!(code(&output), 1);
}

#[test]
fn every_page_extracted_exits_0() {
    let dir = temp_dir("all-good");
    let paths: Vec<PathBuf> = (0..3).map(|i| dir.join(format!("{i}.html"))).collect();
    for (i, path) in paths.iter().enumerate() {
        std::fs::write(path, story(i)).expect("page");
    }
    let args: Vec<&str> = paths.iter().map(|p| p.to_str().expect("utf-8")).collect();
    assert_eq!(code(&run(&args)), 0);
}

#[test]
fn output_is_in_input_order_with_one_job_and_with_several() {
    let dir = temp_dir("order");
    // Pages of very different sizes, so that small ones finish first.
    let paths: Vec<PathBuf> = (0..24)
        .map(|i| {
            let path = dir.join(format!("page-{i:02}.html"));
            let (title, paragraphs) = support::STORIES[i % 4];
            let repeat = if i % 3 == 0 { 200 } else { 1 };
            let paragraphs: Vec<&str> = paragraphs
                .iter()
                .copied()
                .cycle()
                .take(3 * repeat)
                .collect();
            std::fs::write(
                &path,
                support::article(&format!("{title} ({i})"), &paragraphs),
            )
            .expect("page");
            path
        })
        .collect();
    let mut args = vec!["--format", "json"];
    args.extend(paths.iter().rev().map(|p| p.to_str().expect("utf-8")));
    let expected: Vec<String> = paths
        .iter()
        .rev()
        .map(|p| p.display().to_string())
        .collect();
    let one = run(&[&args[..], &["-j", "1"]].concat());
    let four = run(&[&args[..], &["--jobs=4"]].concat());
    let files = |o: &Output| -> Vec<String> {
        lines(o)
            .iter()
            .map(|l| l["source"]["file"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    assert_eq!(files(&one), expected);
    assert_eq!(one.stdout, four.stdout);

    // The same through a list on standard input.
    let list: String = expected.iter().map(|p| format!("{p}\n")).collect();
    let listed = run_with_stdin(
        &["--format", "json", "-j", "3", "--files-from", "-"],
        list.as_bytes(),
    );
    assert_eq!(listed.stdout, one.stdout);
}

#[test]
fn output_dir_names_files_after_their_sources() {
    let dir = site_folder("output-dir");
    let site = dir.join("site");
    let out = dir.join("out");
    let mut warc = Warc::new(true);
    let record = warc.response(
        "https://gazette.example/a",
        &html_response(story(3).as_bytes()),
    );
    let warc_path = dir.join("CC-MAIN-test.warc.gz");
    std::fs::write(&warc_path, &warc.bytes).expect("written");
    let output = run(&[
        "-q",
        "--output-dir",
        out.to_str().expect("utf-8"),
        "--format",
        "markdown",
        site.to_str().expect("utf-8"),
        warc_path.to_str().expect("utf-8"),
    ]);
    assert_eq!(code(&output), 1);
    let mut written: Vec<String> = walk(&out)
        .iter()
        .map(|p| {
            p.strip_prefix(&out)
                .expect("under out")
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    written.sort();
    let warc_folder = warc_path
        .strip_prefix("/")
        .unwrap_or(&warc_path)
        .with_extension("")
        .with_extension("");
    let warc_file = format!("{}/{}.md", warc_folder.to_string_lossy(), record.offset);
    let mut expected = vec![
        "index.html.md".to_owned(),
        "news/2026/storm.html.md".to_owned(),
        "news/lighthouse.md".to_owned(),
        warc_file.clone(),
    ];
    expected.sort();
    assert_eq!(written, expected);
    let storm = std::fs::read_to_string(out.join("news/2026/storm.html.md")).expect("written");
    let article = bodycopy::extract(&story(2)).expect("an article");
    assert_eq!(storm, article.to_markdown());
}

fn walk(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable").flatten() {
            if entry.path().is_dir() {
                stack.push(entry.path());
            } else {
                files.push(entry.path());
            }
        }
    }
    files
}

#[test]
fn output_file_is_gzipped_when_its_name_ends_in_gz() {
    let dir = temp_dir("gz-output");
    let page = dir.join("page.html");
    std::fs::write(&page, story(1)).expect("page");
    let out = dir.join("pages.jsonl.gz");
    let output = run(&[
        "--format",
        "json",
        "-o",
        out.to_str().expect("utf-8"),
        page.to_str().expect("utf-8"),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let mut json = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(&out).expect("written"))
        .read_to_string(&mut json)
        .expect("gzip");
    let line: Value = serde_json::from_str(json.trim_end()).expect("JSON");
    assert_eq!(
        line["title"],
        "Lighthouse keeper's cottage opens as a museum"
    );
}

#[test]
fn standard_input_page_takes_url_and_options() {
    let html = story(0).replace(
        "<p>The overnight",
        "<p>The <a href=\"/ferries\">overnight</a>",
    );
    let output = run_with_stdin(
        &[
            "--format=markdown",
            "--links",
            "--url",
            "https://gazette.example/news/ferry",
            "-",
        ],
        html.as_bytes(),
    );
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let out = String::from_utf8_lossy(&output.stdout);
    assert!(
        out.starts_with("# Night ferry returns after twelve years\n"),
        "{out}"
    );
    assert!(
        out.contains("[overnight](https://gazette.example/ferries)"),
        "{out}"
    );
}

#[test]
fn comments_come_as_a_thread_in_json() {
    let comments = r#"<section id="comments"><h2>2 comments</h2><ol class="comment-list">
<li class="comment" id="comment-1"><article class="comment-body">
  <footer class="comment-meta"><b class="fn">Ann Sailor</b> <time datetime="2024-03-02T09:15:00Z">2 March 2024 at 9:15</time></footer>
  <div class="comment-content"><p>I took the last night ferry in 2012 and have missed it every winter since then.</p></div>
  <div class="reply"><a class="comment-reply-link" href="?replytocom=1">Reply</a></div>
</article>
<ol class="children"><li class="comment" id="comment-2"><article class="comment-body">
  <footer class="comment-meta"><b class="fn">Tom Pier</b> <time datetime="2024-03-02T10:40:00Z">2 March 2024 at 10:40</time></footer>
  <div class="comment-content"><p>So did I, and the cafe on board was the best part of the crossing.</p></div>
  <div class="reply"><a class="comment-reply-link" href="?replytocom=2">Reply</a></div>
</article></li></ol></li></ol></section>"#;
    let html = story(0).replace("</body>", &format!("{comments}</body>"));
    let output = run_with_stdin(&["--format=json", "--comments", "-"], html.as_bytes());
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let lines = lines(&output);
    let thread = lines[0]["comments"].as_array().expect("a thread");
    assert_eq!(thread.len(), 2, "{thread:#?}");
    assert_eq!(thread[0]["author"], "Ann Sailor");
    assert_eq!(thread[0]["depth"], 0);
    assert!(thread[0].get("parent").is_none());
    assert_eq!(thread[1]["author"], "Tom Pier");
    assert_eq!(thread[1]["parent"], 0);
    assert_eq!(thread[1]["depth"], 1);
    assert_eq!(
        thread[1]["blocks"][0]["text"],
        "So did I, and the cafe on board was the best part of the crossing."
    );
    assert!(
        !lines[0]["text"]
            .as_str()
            .unwrap_or("")
            .contains("Ann Sailor")
    );
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    let dir = temp_dir("usage");
    let page = dir.join("page.html");
    std::fs::write(&page, story(0)).expect("page");
    let page = page.to_str().expect("utf-8");
    for args in [
        vec!["--no-such-flag", page],
        vec![page, "--format"],
        vec!["--format=pdf", page],
        vec!["--focus", "maximal", page],
        vec!["--jobs", "0", page],
        vec!["--max-bytes", "ten", page],
        vec!["--url", "https://a.example/", page, page],
        vec!["--body", "markdown", page],
    ] {
        let output = run(&args);
        assert_eq!(code(&output), 2, "{args:?}");
        assert!(
            stderr(&output).starts_with("error: "),
            "{args:?}: {}",
            stderr(&output)
        );
        assert!(output.stdout.is_empty(), "{args:?}");
    }
}

#[test]
fn a_page_named_like_a_flag_is_read_after_double_dash() {
    let dir = temp_dir("dash");
    std::fs::write(dir.join("--page.html"), story(2)).expect("page");
    let output = bodycopy()
        .current_dir(&*dir)
        .args(["-q", "--", "--page.html"])
        .output()
        .expect("runs");
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with("The harbour was closed on Monday")
    );
}

#[test]
fn help_teaches_with_examples_and_version_is_given() {
    let help = run(&["--help"]);
    assert_eq!(code(&help), 0);
    let text = String::from_utf8_lossy(&help.stdout);
    for flag in [
        "--format",
        "--output-dir",
        "--explain-dir",
        "--jobs",
        "--files-from",
        "--max-bytes",
        "--focus",
        "Examples:",
        "Exit status",
    ] {
        assert!(text.contains(flag), "{flag} in --help");
    }
    let version = run(&["--version"]);
    assert_eq!(code(&version), 0);
    assert!(String::from_utf8_lossy(&version.stdout).starts_with("bodycopy "));
}

#[test]
fn max_bytes_refuses_larger_pages() {
    let dir = temp_dir("max-bytes");
    let page = dir.join("page.html");
    std::fs::write(&page, story(0)).expect("page");
    let output = run(&[
        "--format",
        "json",
        "--max-bytes",
        "1K",
        page.to_str().expect("utf-8"),
    ]);
    assert_eq!(lines(&output)[0]["error"]["kind"], "too_large");
    assert_eq!(code(&output), 1);
}

#[test]
fn explain_dir_has_a_report_per_page() {
    let dir = site_folder("explain");
    let reports = dir.join("reports");
    let output = run(&[
        "-q",
        "--explain-dir",
        reports.to_str().expect("utf-8"),
        dir.join("site/news").to_str().expect("utf-8"),
    ]);
    assert_eq!(code(&output), 1);
    let storm =
        std::fs::read_to_string(reports.join("2026/storm.html.explain.html")).expect("a report");
    assert!(storm.contains("The harbour was closed on Monday"));
    // The page without an article has its report too: it shows why.
    assert!(reports.join("section.htm.explain.html").is_file());
}
