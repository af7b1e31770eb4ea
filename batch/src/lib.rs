//! Reads crawls for [`bodycopy`] and extracts their pages on a pool of
//! threads: HTML files (gzip'd or not), folders of them, and WARC files
//! (plain or gzip'd record by record), in input order, with memory bounded
//! by the pages in flight rather than by the input.
//!
//! It is what the `bodycopy` command-line tool is made of, and what the
//! Python package builds on: one implementation of reading and of the
//! parallel pipeline.
//!
//! # Use
//!
//! [`Inputs`] reads paths as [`Item`]s (a page's bytes, or why there is no
//! page: skipped or failed), [`Item::extract`] turns one into an
//! [`Outcome`], and [`Pool::map`] runs that on a pool of threads, giving the
//! outcomes in input order:
//!
//! ```no_run
//! use bodycopy_batch::{Inputs, Pool, Status};
//!
//! let mut inputs = Inputs::new();
//! inputs.path("crawl/").path("CC-MAIN-20250101-00000.warc.gz");
//! let options = bodycopy::Options::default();
//! for outcome in Pool::new(0).map(inputs, move |item| item.extract(&options)) {
//!     match outcome.status {
//!         Status::Extracted(article) => println!("{}: {} words", outcome.source, article.text.split_whitespace().count()),
//!         Status::Failed(error) => eprintln!("{}: {error}", outcome.source),
//!         _ => {} // skipped: not a page
//!     }
//! }
//! ```
//!
//! A WARC file alone is read with [`WarcReader`], and pages already in
//! memory go straight to the pool:
//!
//! ```
//! use bodycopy_batch::Pool;
//! let pages = vec![
//!     "<p>Too short.</p>".to_string(),
//!     format!("<article><p>{}</p></article>", "A sentence of a long enough article. ".repeat(10)),
//! ];
//! let options = bodycopy::Options::default();
//! let results: Vec<_> = Pool::new(2)
//!     .map(pages, move |html| bodycopy::extract_with(&html, &options))
//!     .collect();
//! assert!(results[0].is_err());
//! assert!(results[1].as_ref().is_ok_and(|a| a.text.starts_with("A sentence")));
//! ```
//!
//! # What is read
//!
//! A file is recognised by its first bytes: gzip is un-gzipped, a WARC
//! record's version line makes it a WARC file, anything else is a page. In a
//! WARC file, `response` records holding an HTTP response with an HTML
//! content type (or none, and a body that looks like HTML) are pages: the
//! HTTP status must be 2xx, the chunked transfer encoding and the gzip,
//! deflate and brotli content encodings are undone, the `Content-Type`'s
//! charset is the transport layer's hint for decoding
//! ([`bodycopy::Options::charset`]), `WARC-Target-URI` is the page's address
//! and `WARC-Date` and `WARC-Record-ID` are kept. Other records are skipped,
//! each with its [`Skip`] reason.
//!
//! # Untrusted input
//!
//! Nothing here panics on any input, and nothing is held in memory beyond
//! the pages in flight: a WARC file streams record by record, a folder is
//! walked one directory at a time, lists are read line by line. A truncated
//! or corrupt record or gzip member is an item of its own ([`Error::Warc`],
//! with its offset), and reading goes on at the next record or member.
//! [`Inputs::max_page_bytes`] refuses pages over a size before reading them,
//! and bounds what decompression may produce.
//!
//! # Threads
//!
//! [`Pool::map`] starts its own threads and stops them when its iterator is
//! dropped: there is no global pool, so a process may fork between runs.

#![forbid(unsafe_code)]

#[cfg(feature = "clap")]
mod args;
mod http;
mod inputs;
mod item;
mod pool;
mod stream;
mod warc;

#[cfg(feature = "clap")]
pub use args::ExtractArgs;
pub use inputs::{Inputs, PAGE_EXTENSIONS, Reader, is_page_name};
pub use item::{Content, Error, Item, Outcome, Page, Skip, Source, Status};
pub use pool::{OrderedMap, Pool, available_cores};
pub use warc::WarcReader;
