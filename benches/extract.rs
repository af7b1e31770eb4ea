//! Extraction against parsing alone, on the same pages.
//!
//! `extract` runs `bodycopy::extract` (parse included); `parse_only` runs
//! `scraper::Html::parse_document`. The ratio of their times is the figure to
//! watch: everything bodycopy does beyond building the DOM.
//!
//! By default the pages are the repository's own (the example's sample page
//! and the test pages, `tests/pages/*/source.html`). `BODYCOPY_BENCH_DIR=DIR` points the bench at a
//! folder of pages (`*.html`, or `*.html.gz`), measured as one batch:
//!
//! ```text
//! BODYCOPY_BENCH_DIR=../shared/bench/scrapinghub/html cargo bench
//! ```
//!
//! The `scaling` group extracts one article page of 1, 10 and 50 MB, to show
//! that time grows linearly with size, and a 50 MB page of bare paragraphs,
//! the case where bodycopy's own work weighs most against parsing.

use std::hint::black_box;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// Reads a page, un-gzipping `.gz` files; pages that are not UTF-8 are decoded
/// lossily (the bench measures the extractor, not the charset detection).
fn read_page(path: &Path) -> Option<String> {
    let raw = std::fs::read(path).ok()?;
    let bytes = if path.extension().is_some_and(|e| e == "gz") {
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .ok()?;
        out
    } else {
        raw
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}

fn pages_in(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| {
                    let name = p.to_string_lossy();
                    name.ends_with(".html") || name.ends_with(".html.gz")
                })
                .collect()
        })
        .unwrap_or_default();
    paths.sort();
    paths
}

/// The pages to measure, with a name for the batch.
fn corpus() -> (String, Vec<String>) {
    if let Ok(dir) = std::env::var("BODYCOPY_BENCH_DIR") {
        let pages: Vec<String> = pages_in(Path::new(&dir))
            .iter()
            .filter_map(|p| read_page(p))
            .collect();
        assert!(!pages.is_empty(), "no *.html or *.html.gz pages in {dir}");
        return (dir, pages);
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = pages_in(&root.join("examples"));
    let mut sources: Vec<PathBuf> = std::fs::read_dir(root.join("tests/pages"))
        .map(|folders| {
            folders
                .filter_map(|e| e.ok().map(|e| e.path().join("source.html")))
                .filter(|p| p.is_file())
                .collect()
        })
        .unwrap_or_default();
    sources.sort();
    paths.extend(sources);
    let pages = paths.iter().filter_map(|p| read_page(p)).collect();
    ("repository pages".to_string(), pages)
}

fn extract_vs_parse(c: &mut Criterion) {
    let (name, pages) = corpus();
    let bytes: usize = pages.iter().map(String::len).sum();
    let mut group = c.benchmark_group(format!("{} pages of {name}", pages.len()));
    group.throughput(Throughput::Bytes(bytes as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(8));
    group.bench_function("extract", |b| {
        b.iter(|| {
            for page in &pages {
                let _ = black_box(bodycopy::extract(black_box(page)));
            }
        })
    });
    group.bench_function("parse_only", |b| {
        b.iter(|| {
            for page in &pages {
                black_box(scraper::Html::parse_document(black_box(page)));
            }
        })
    });
    group.finish();
}

/// An article page of about `size` bytes, marked up the way a news CMS
/// writes one: classed paragraphs with inline links and emphasis, an ad slot
/// every eight paragraphs, a lazy-loaded figure with caption and credit every
/// twenty, and the site's header, nav and footer around them.
fn article_of_size(size: usize) -> String {
    let mut html = String::with_capacity(size + 4096);
    html.push_str(
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>\
         <title>Storm closes harbour | The Coast Herald</title>\
         <meta property='og:title' content='Storm closes harbour'></head><body>\
         <header class='site-header'><nav class='site-nav'><ul><li><a href='/'>Home</a></li>\
         <li><a href='/news'>News</a></li></ul></nav></header><main><article class='article'>\
         <h1 class='article__headline'>Storm closes harbour</h1><div class='article__body'>",
    );
    let mut i = 0;
    while html.len() < size {
        if i % 2 == 0 {
            html.push_str(
                "<p class='article__paragraph'>The harbour council met again on Tuesday \
                 evening, and its members agreed that the ferries would stay in port until \
                 <a class='article__link' href='https://www.coastherald.example/topics/storm'>\
                 the storm had passed</a>, according to the minutes published the following \
                 morning by the port authority.</p>\n",
            );
        } else {
            html.push_str(
                "<p class='article__paragraph'>Fishermen said they had not seen such a swell \
                 in <em>twenty years</em>, and several boats were moved to the inner basin \
                 before the tide turned, while the coastguard kept watch on the outer pier.</p>\n",
            );
        }
        if i % 8 == 7 {
            html.push_str(&format!(
                "<div class='ad-slot ad-slot--inline' id='ad-slot-{i}' \
                 data-ad-unit='/1234/news/article/inline' data-ad-sizes='300x250,728x90'>\
                 <span class='ad-slot__label'>Advertisement</span></div>\n"
            ));
        }
        if i % 20 == 0 {
            html.push_str(&format!(
                "<figure class='article__figure'><picture><source type='image/webp' \
                 srcset='https://cdn.coastherald.example/img/pier-{i}-640.webp 640w, \
                 https://cdn.coastherald.example/img/pier-{i}-1280.webp 1280w'>\
                 <img class='lazyload' loading='lazy' src='data:image/gif;base64,R0lGODlhAQABAAAAACw=' \
                 data-src='https://cdn.coastherald.example/img/pier-{i}.jpg' alt='Waves over the pier' \
                 width='1280' height='720'></picture><figcaption class='article__caption'>Waves \
                 over the pier. <span class='article__credit'>Picture: PA</span></figcaption>\
                 </figure>\n"
            ));
        }
        i += 1;
    }
    html.push_str(
        "</div></article></main><ul class='latest'><li><a href='/a'>Ferry timetable changes \
         for winter</a></li></ul><footer class='site-footer'>© The Coast Herald</footer>\
         </body></html>",
    );
    html
}

/// The same size of page as bare paragraphs of text: the least markup per
/// byte there is, so the most of bodycopy's own work per byte of parsing.
fn prose_of_size(size: usize) -> String {
    let mut html = String::with_capacity(size + 1024);
    html.push_str("<!doctype html><html><head><title>Storm</title></head><body><article>");
    while html.len() < size {
        html.push_str(
            "<p>The harbour council met again on Tuesday evening, and its members agreed \
             that the ferries would stay in port until the storm had passed, according to \
             the minutes published the following morning by the port authority.</p>",
        );
    }
    html.push_str("</article></body></html>");
    html
}

fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(10));
    let pages = [1usize, 10, 50]
        .into_iter()
        .map(|mb| (format!("{mb} MB"), article_of_size(mb << 20)))
        .chain([("50 MB prose".to_string(), prose_of_size(50 << 20))]);
    for (name, page) in pages {
        group.throughput(Throughput::Bytes(page.len() as u64));
        group.bench_function(format!("extract {name}"), |b| {
            b.iter(|| black_box(bodycopy::extract(black_box(&page))))
        });
        group.bench_function(format!("parse_only {name}"), |b| {
            b.iter(|| black_box(scraper::Html::parse_document(black_box(&page))))
        });
    }
    group.finish();
}

criterion_group!(benches, extract_vs_parse, scaling);
criterion_main!(benches);
