//! Test helpers: pages as news sites build them, and a small WARC writer
//! that lays records out as crawlers do (one gzip member per record, or
//! plain), with HTTP exchanges whose bodies are chunked or compressed.

#![allow(dead_code)]

use std::io::Write;

use flate2::Compression;
use flate2::write::GzEncoder;

/// A news article page: site navigation, the story, a teaser list and a
/// footer around it.
pub fn article(title: &str, paragraphs: &[&str]) -> String {
    let body: String = paragraphs
        .iter()
        .map(|p| format!("      <p>{p}</p>\n"))
        .collect();
    format!(
        r#"<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} | The Harbour Gazette</title>
  <link rel="stylesheet" href="/static/site.css">
</head>
<body>
  <header class="site-header">
    <a class="logo" href="/">The Harbour Gazette</a>
    <nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">By Morag Dunn, Local Affairs Reporter</p>
{body}    </article>
    <aside class="related">
      <h2>Most read</h2>
      <ul><li><a href="/news/1">Council votes on parking charges</a></li><li><a href="/news/2">Lifeboat crew honoured</a></li><li><a href="/news/3">School roof repairs delayed</a></li></ul>
    </aside>
  </main>
  <footer><p>© 2026 The Harbour Gazette. All rights reserved.</p><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body>
</html>
"#
    )
}

/// Stories with distinct text, for pages that must not be confused.
pub const STORIES: [(&str, [&str; 3]); 4] = [
    (
        "Night ferry returns after twelve years",
        [
            "The overnight ferry to the outer islands will run again from April, twelve years after the last sailing was cancelled to save money, the council confirmed on Tuesday.",
            "Councillors approved a loan to the operator, which will put a new hybrid vessel on the route and leave the harbour at a quarter past eleven each night.",
            "Island businesses had campaigned for the crossing since it was withdrawn, saying the daytime service forced them to hold their catch for an extra day.",
        ],
    ),
    (
        "Lighthouse keeper's cottage opens as a museum",
        [
            "The cottage beside the old lighthouse opened its doors as a museum on Saturday, after three years of repairs paid for by a public appeal.",
            "Volunteers restored the kitchen range, the oil store and the keeper's logbooks, which record every ship that passed the headland for ninety years.",
            "Entry is free during the first summer, and the trust hopes school groups will visit once the path from the car park has been resurfaced.",
        ],
    ),
    (
        "Storm closes the harbour for two days",
        [
            "The harbour was closed on Monday and Tuesday after a storm drove waves over the old pier, the port authority said, and fishing boats stayed at their moorings.",
            "Fishermen said they had not seen such a swell in twenty years, and several boats were moved to the inner basin before the tide turned in the night.",
            "Engineers will inspect the sea wall this week, and the authority expects the pier to reopen to visitors before the weekend if no damage is found.",
        ],
    ),
    (
        "Harbour market wins regional food award",
        [
            "The Saturday market on the harbour front has been named the best food market in the region, beating thirty entries from across the coast.",
            "Judges praised its smoked fish stalls, the bakers who arrive before dawn, and the rule that every trader must sell food made within forty miles.",
            "The market began with six stalls in a car park eight years ago and now draws more than two thousand visitors on a fine summer weekend.",
        ],
    ),
];

/// The `i`th story as a page.
pub fn story(i: usize) -> String {
    let (title, paragraphs) = STORIES[i % STORIES.len()];
    article(title, &paragraphs)
}

/// A section front: links and teasers, no article.
pub fn index_page() -> String {
    let links: String = (1..=30)
        .map(|i| format!("<li><a href=\"/news/{i}\">Headline number {i}</a></li>"))
        .collect();
    format!(
        "<!DOCTYPE html><html><head><title>News | The Harbour Gazette</title><meta property=\"og:site_name\" content=\"The Harbour Gazette\"></head><body><nav><a href=\"/\">Home</a></nav><ul>{links}</ul></body></html>"
    )
}

/// Gzips bytes as one member.
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    gz.write_all(bytes).expect("gzip");
    gz.finish().expect("gzip")
}

/// Chunked transfer encoding, in chunks of `size` bytes.
pub fn chunked(body: &[u8], size: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for chunk in body.chunks(size) {
        out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
        out.extend_from_slice(chunk);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b"0\r\n\r\n");
    out
}

/// An HTTP response: status line, header fields, body.
pub fn http(status: &str, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut out = format!("HTTP/1.1 {status}\r\n").into_bytes();
    for (name, value) in headers {
        out.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    out.extend_from_slice(b"Server: nginx\r\nConnection: close\r\n\r\n");
    out.extend_from_slice(body);
    out
}

/// A 200 response with an HTML content type and no charset.
pub fn html_response(body: &[u8]) -> Vec<u8> {
    http("200 OK", &[("Content-Type", "text/html")], body)
}

/// A record written to a [`Warc`]: where it starts and its ID.
#[derive(Clone, Debug)]
pub struct Written {
    pub offset: u64,
    pub id: String,
    pub uri: Option<String>,
    pub date: String,
}

/// A WARC file being written.
pub struct Warc {
    pub bytes: Vec<u8>,
    gzip: bool,
    count: usize,
}

impl Warc {
    pub fn new(gzip: bool) -> Self {
        let mut warc = Warc {
            bytes: Vec::new(),
            gzip,
            count: 0,
        };
        warc.record(
            "warcinfo",
            None,
            "application/warc-fields",
            b"software: test-crawler/1.0\r\nformat: WARC File Format 1.1\r\n",
        );
        warc
    }

    /// The head of a record and its block, as written before compression.
    fn raw(
        &mut self,
        kind: &str,
        uri: Option<&str>,
        content_type: &str,
        block: &[u8],
        length: usize,
    ) -> (Vec<u8>, Written) {
        self.count += 1;
        let id = format!("<urn:uuid:00000000-0000-4000-8000-{:012}>", self.count);
        let date = format!("2026-03-{:02}T10:00:00Z", self.count % 28 + 1);
        let mut record = format!(
            "WARC/1.1\r\nWARC-Type: {kind}\r\nWARC-Record-ID: {id}\r\nWARC-Date: {date}\r\n"
        )
        .into_bytes();
        if let Some(uri) = uri {
            record.extend_from_slice(format!("WARC-Target-URI: {uri}\r\n").as_bytes());
        }
        record.extend_from_slice(
            format!("Content-Type: {content_type}\r\nContent-Length: {length}\r\n\r\n").as_bytes(),
        );
        record.extend_from_slice(block);
        record.extend_from_slice(b"\r\n\r\n");
        let written = Written {
            offset: self.bytes.len() as u64,
            id,
            uri: uri.map(str::to_owned),
            date,
        };
        (record, written)
    }

    /// Appends a record.
    pub fn record(
        &mut self,
        kind: &str,
        uri: Option<&str>,
        content_type: &str,
        block: &[u8],
    ) -> Written {
        let (record, written) = self.raw(kind, uri, content_type, block, block.len());
        self.push(&record);
        written
    }

    fn push(&mut self, record: &[u8]) {
        if self.gzip {
            self.bytes.extend_from_slice(&gzip(record));
        } else {
            self.bytes.extend_from_slice(record);
        }
    }

    /// A response record holding an HTTP response.
    pub fn response(&mut self, uri: &str, http: &[u8]) -> Written {
        self.record(
            "response",
            Some(uri),
            "application/http; msgtype=response",
            http,
        )
    }

    /// The request record a crawler writes before its response.
    pub fn request(&mut self, uri: &str) -> Written {
        let host = uri.split('/').nth(2).unwrap_or("example.com");
        let block =
            format!("GET / HTTP/1.1\r\nHost: {host}\r\nUser-Agent: test-crawler/1.0\r\n\r\n");
        self.record(
            "request",
            Some(uri),
            "application/http; msgtype=request",
            block.as_bytes(),
        )
    }

    /// The metadata record a crawler writes after a response.
    pub fn metadata(&mut self, uri: &str) -> Written {
        self.record(
            "metadata",
            Some(uri),
            "application/warc-fields",
            b"fetchTimeMs: 120\r\n",
        )
    }

    /// A revisit record: the same payload as an earlier capture.
    pub fn revisit(&mut self, uri: &str) -> Written {
        let block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n";
        self.record(
            "revisit",
            Some(uri),
            "application/http; msgtype=response",
            block,
        )
    }

    /// A record cut short: its Content-Length says more than is there (and
    /// its gzip member, in a gzip'd file, is cut too).
    pub fn truncated_response(&mut self, uri: &str, http: &[u8]) -> Written {
        let (record, written) = self.raw(
            "response",
            Some(uri),
            "application/http; msgtype=response",
            http,
            http.len(),
        );
        let bytes = if self.gzip { gzip(&record) } else { record };
        let cut = bytes.len() * 2 / 3;
        self.bytes.extend_from_slice(&bytes[..cut]);
        written
    }

    /// Corrupts the deflate data of the record written at `offset` (of a
    /// gzip'd file): the member is broken, the ones after it are not.
    pub fn corrupt_member(&mut self, written: &Written) {
        let start = written.offset as usize + 20;
        for b in &mut self.bytes[start..start + 40] {
            *b ^= 0x5a;
        }
    }
}
