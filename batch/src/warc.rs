//! WARC files: takes a WARC file's bytes (plain, or gzip'd record by
//! record), gives one [`Item`] per record, in file order, streaming: only
//! the record at hand is in memory.
//!
//! `response` records holding an HTTP response are pages, and so are
//! `resource` records whose content type is HTML (a capture saved without
//! its HTTP exchange); every other record is skipped by type, without its
//! block being kept. A truncated or corrupt record, or a corrupt gzip
//! member, is a [`Failed`](crate::Content::Failed) item naming its offset,
//! and the reader goes on at the next record (or member) it can find.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::http;
use crate::item::{Content, Error, Item, Page, Skip, Source};
use crate::stream::{Stream, StreamError};

/// The longest WARC header block read; real ones are well under 4 KiB.
const MAX_HEADER_BYTES: usize = 64 << 10;

/// Room for a response's HTTP header block on top of the body's size limit:
/// a record is refused unread only when it exceeds both together.
const HTTP_HEAD_ALLOWANCE: u64 = 64 << 10;

/// The start of a WARC record's first line.
const WARC_MAGIC: &[u8] = b"WARC/";

/// Reads the records of a WARC file as [`Item`]s.
///
/// ```no_run
/// use bodycopy_batch::{Pool, Status, WarcReader};
/// let records = WarcReader::open("crawl.warc.gz")?;
/// let options = bodycopy::Options::default();
/// for outcome in Pool::new(4).map(records, move |item| item.extract(&options)) {
///     if let Status::Extracted(article) = outcome.status {
///         println!("{}\t{}", outcome.url.unwrap_or_default(), article.title.unwrap_or_default());
///     }
/// }
/// # Ok::<(), std::io::Error>(())
/// ```
pub struct WarcReader<R> {
    stream: Stream<R>,
    path: PathBuf,
    limit: Option<usize>,
    /// Passing over bytes that are not a record, after reporting them.
    lost: bool,
    /// The ID of the record being read, for a failure in its middle.
    reading: Option<String>,
    line: Vec<u8>,
}

impl WarcReader<File> {
    /// Opens a WARC file, plain or gzip'd (recognised by its first bytes).
    ///
    /// # Errors
    /// When the file cannot be opened or read.
    pub fn open(path: impl AsRef<Path>) -> io::Result<Self> {
        WarcReader::new(File::open(&path)?, path.as_ref())
    }
}

/// One record's WARC header fields that matter here.
#[derive(Default)]
struct Header {
    kind: String,
    target: Option<String>,
    id: Option<String>,
    date: Option<String>,
    content_type: Option<String>,
    length: Option<u64>,
}

impl<R: Read> WarcReader<R> {
    /// Reads a WARC file from any reader; `path` names it in the items'
    /// [`Source`].
    ///
    /// # Errors
    /// When the first bytes cannot be read.
    pub fn new(reader: R, path: impl Into<PathBuf>) -> io::Result<Self> {
        Ok(WarcReader {
            stream: Stream::new(reader)?,
            path: path.into(),
            limit: None,
            lost: false,
            reading: None,
            line: Vec::new(),
        })
    }

    /// Refuses, unread, the pages whose record is larger than `limit` bytes
    /// (plus room for the HTTP header block): they come as
    /// [`bodycopy::Error::TooLarge`].
    pub fn max_page_bytes(mut self, limit: Option<usize>) -> Self {
        self.limit = limit;
        self
    }

    /// Bytes of the file read so far (compressed bytes in a gzip'd file).
    pub fn bytes_read(&self) -> u64 {
        self.stream.consumed()
    }

    fn failed(&self, offset: u64, record_id: Option<String>, message: String) -> Item {
        Item {
            source: self.source(offset, record_id),
            url: None,
            date: None,
            content: Content::Failed(Error::Warc(message)),
        }
    }

    fn source(&self, offset: u64, record_id: Option<String>) -> Source {
        Source::Warc {
            path: self.path.clone(),
            offset,
            record_id,
        }
    }

    /// Reads one line into `self.line` (with its ending); `false` at the
    /// end of the stream.
    fn read_line(&mut self) -> Result<bool, StreamError> {
        self.line.clear();
        loop {
            let buf = self.stream.fill()?;
            if buf.is_empty() {
                return Ok(!self.line.is_empty());
            }
            let (take, done) = match memchr::memchr(b'\n', buf) {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            // A header line never comes near this; content scanned for the
            // next record is kept only up to it.
            let room = (MAX_HEADER_BYTES + 1).saturating_sub(self.line.len());
            self.line.extend_from_slice(&buf[..take.min(room)]);
            self.stream.consume(take);
            if done {
                return Ok(true);
            }
        }
    }

    /// Reads `length` bytes of a block, or passes over them (`keep` false).
    /// Returns the bytes kept and how many were there.
    fn read_block(&mut self, length: u64, keep: bool) -> Result<(Vec<u8>, u64), StreamError> {
        let mut block = Vec::new();
        if keep {
            block.reserve(usize::try_from(length).unwrap_or(0));
        }
        let mut left = length;
        while left > 0 {
            let buf = self.stream.fill()?;
            if buf.is_empty() {
                break;
            }
            let take = buf.len().min(usize::try_from(left).unwrap_or(usize::MAX));
            if keep {
                block.extend_from_slice(&buf[..take]);
            }
            self.stream.consume(take);
            left -= take as u64;
        }
        Ok((block, length - left))
    }

    /// Consumes the CRLF CRLF after a block (any mix of CR and LF, as
    /// writers differ).
    fn end_of_record(&mut self) -> Result<(), StreamError> {
        for _ in 0..4 {
            match self.stream.fill()?.first() {
                Some(b'\r' | b'\n') => self.stream.consume(1),
                _ => break,
            }
        }
        Ok(())
    }

    /// Reads the header block after the version line. `Err` with a message
    /// when it does not end or is too long.
    fn read_header(&mut self) -> Result<Result<Header, String>, StreamError> {
        let mut header = Header::default();
        let mut size = 0;
        loop {
            if !self.read_line()? {
                return Ok(Err("the record's header is cut short".into()));
            }
            size += self.line.len();
            if size > MAX_HEADER_BYTES {
                return Ok(Err(format!(
                    "the record's header is over {MAX_HEADER_BYTES} bytes"
                )));
            }
            let line = self.line.trim_ascii_end();
            if line.is_empty() {
                return Ok(Ok(header));
            }
            let Some(colon) = line.iter().position(|&b| b == b':') else {
                continue;
            };
            let name = &line[..colon];
            let value = String::from_utf8_lossy(line[colon + 1..].trim_ascii()).into_owned();
            if name.eq_ignore_ascii_case(b"WARC-Type") {
                header.kind = value.to_ascii_lowercase();
            } else if name.eq_ignore_ascii_case(b"WARC-Target-URI") {
                // WARC 1.0's grammar put the URI in angle brackets, and
                // some writers still do.
                let uri = value.strip_prefix('<').and_then(|v| v.strip_suffix('>'));
                header.target = Some(uri.map_or(value.clone(), str::to_owned));
            } else if name.eq_ignore_ascii_case(b"WARC-Record-ID") {
                header.id = Some(value);
            } else if name.eq_ignore_ascii_case(b"WARC-Date") {
                header.date = Some(value);
            } else if name.eq_ignore_ascii_case(b"Content-Type") {
                header.content_type = Some(value);
            } else if name.eq_ignore_ascii_case(b"Content-Length") {
                header.length = value.parse().ok();
            }
        }
    }

    /// Reads the next record; `None` at the end of the file.
    fn next_record(&mut self) -> Result<Option<Item>, StreamError> {
        // Blank lines between records, and whatever is not a record after
        // a record that could not be read, are passed over.
        let offset = loop {
            let buf = self.stream.fill()?;
            if buf.is_empty() {
                return Ok(None);
            }
            if buf.starts_with(WARC_MAGIC)
                || (buf.len() < WARC_MAGIC.len() && WARC_MAGIC.starts_with(buf))
            {
                break self.stream.offset();
            }
            let offset = self.stream.offset();
            if !self.read_line()? {
                return Ok(None);
            }
            if !self.lost && !self.line.trim_ascii().is_empty() {
                self.lost = true;
                return Ok(Some(
                    self.failed(
                        offset,
                        None,
                        "no WARC record starts here; passing over the bytes up to the next record"
                            .into(),
                    ),
                ));
            }
        };
        self.lost = false;
        self.read_line()?;
        let header = match self.read_header()? {
            Ok(header) => header,
            Err(message) => {
                self.lost = true;
                return Ok(Some(self.failed(offset, None, message)));
            }
        };
        self.reading.clone_from(&header.id);
        let Some(length) = header.length else {
            self.lost = true;
            return Ok(Some(self.failed(
                offset,
                header.id,
                "the record has no valid Content-Length".into(),
            )));
        };
        let is_html_resource = header.kind == "resource"
            && header
                .content_type
                .as_deref()
                .and_then(http::is_html_type)
                .unwrap_or(false);
        let is_http_response = header.kind == "response"
            && header.content_type.as_deref().is_some_and(|t| {
                t.trim_start()
                    .to_ascii_lowercase()
                    .starts_with("application/http")
            });
        let too_large = self
            .limit
            .is_some_and(|limit| length > limit as u64 + HTTP_HEAD_ALLOWANCE);
        let wanted = is_html_resource || is_http_response;
        let (block, read) = self.read_block(length, wanted && !too_large)?;
        if read < length {
            self.reading = None;
            return Ok(Some(self.failed(
                offset,
                header.id,
                format!("the record is truncated: {read} of its {length} bytes are there"),
            )));
        }
        self.end_of_record()?;
        self.reading = None;
        let content = if !wanted {
            let skip = match header.kind.as_str() {
                "response" | "resource" => Skip::NotHtml(header.content_type.clone()),
                "" => Skip::RecordType("untyped".into()),
                kind => Skip::RecordType(kind.into()),
            };
            Content::Skipped(skip)
        } else if too_large {
            Content::Failed(Error::Extract(bodycopy::Error::TooLarge {
                size: usize::try_from(length).unwrap_or(usize::MAX),
                limit: self.limit.unwrap_or(0),
            }))
        } else if is_html_resource {
            Content::Page(Page::from_file_bytes(block))
        } else {
            match Page::from_http(block) {
                None => Content::Failed(Error::Warc(
                    "the response record does not hold an HTTP response".into(),
                )),
                Some(page) => match (page.status(), page.content_type()) {
                    (Some(status), _) if !(200..300).contains(&status) => {
                        Content::Skipped(Skip::Status(status))
                    }
                    (_, Some(kind)) if http::is_html_type(kind) == Some(false) => {
                        Content::Skipped(Skip::NotHtml(Some(kind.to_owned())))
                    }
                    _ => Content::Page(page),
                },
            }
        };
        Ok(Some(Item {
            source: self.source(offset, header.id),
            url: header.target,
            date: header.date,
            content,
        }))
    }
}

impl<R: Read> Iterator for WarcReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        match self.next_record() {
            Ok(item) => item,
            Err(StreamError { offset, error }) => {
                // A gzip'd stream has moved on to the next member; a plain
                // one cannot be read further.
                if !self.stream.is_gzip() {
                    self.stream.abandon();
                }
                self.lost = true;
                let id = self.reading.take();
                Some(self.failed(offset, id, format!("cannot read the record: {error}")))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn record(kind: &str, uri: &str, block: &[u8]) -> Vec<u8> {
        let mut out = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: <{uri}>\r\nWARC-Record-ID: <urn:uuid:{kind}-{uri}>\r\nContent-Type: application/http; msgtype=response\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        out.extend_from_slice(block);
        out.extend_from_slice(b"\r\n\r\n");
        out
    }

    fn gzip(bytes: &[u8]) -> Vec<u8> {
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(bytes).expect("gzip");
        gz.finish().expect("gzip")
    }

    fn response(i: usize) -> Vec<u8> {
        let body = format!(
            "<html><body><p>Page {i}.</p>{}</body></html>",
            "<p>filler</p>".repeat(i * 50)
        );
        let mut http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n".to_vec();
        http.extend_from_slice(body.as_bytes());
        record("response", &format!("https://a.example/{i}"), &http)
    }

    /// A reader that gives at most `step` bytes per read, as pipes and
    /// sockets may.
    struct Trickle<'a> {
        bytes: &'a [u8],
        step: usize,
    }

    impl Read for Trickle<'_> {
        fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(out.len()).min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    fn summary(items: impl Iterator<Item = Item>) -> Vec<String> {
        items
            .map(|item| match (&item.source, &item.content) {
                (Source::Warc { offset, .. }, Content::Page(_)) => {
                    format!("{offset} {}", item.url.unwrap_or_default())
                }
                (Source::Warc { offset, .. }, Content::Failed(e)) => {
                    format!("{offset} failed: {e}")
                }
                (_, Content::Skipped(skip)) => format!("skipped: {skip}"),
                _ => "other".into(),
            })
            .collect()
    }

    #[test]
    fn reads_that_end_inside_a_gzip_magic_lose_no_member() {
        let mut file = Vec::new();
        let mut expected = Vec::new();
        for i in 0..6 {
            expected.push(format!("{} https://a.example/{i}", file.len()));
            file.extend(gzip(&response(i)));
        }
        for step in [1, 2, 3, 5, 4096] {
            let reader =
                WarcReader::new(Trickle { bytes: &file, step }, "t.warc.gz").expect("opens");
            assert_eq!(summary(reader), expected, "{step} bytes per read");
        }
    }

    #[test]
    fn a_warc_gzipped_as_one_member_gives_every_record_at_the_members_offset() {
        let plain: Vec<u8> = (0..3).flat_map(response).collect();
        let file = gzip(&plain);
        let reader = WarcReader::new(&file[..], "whole.warc.gz").expect("opens");
        assert_eq!(
            summary(reader),
            [
                "0 https://a.example/0",
                "0 https://a.example/1",
                "0 https://a.example/2"
            ]
        );
    }

    #[test]
    fn line_feeds_alone_and_garbage_between_records_are_tolerated() {
        let first = String::from_utf8(response(0))
            .expect("utf-8")
            .replace("\r\n", "\n")
            .into_bytes();
        let mut file = first.clone();
        file.extend_from_slice(b"\n\nthis is not a record\n");
        let second_at = file.len();
        file.extend(response(1));
        let reader = WarcReader::new(&file[..], "mixed.warc").expect("opens");
        assert_eq!(
            summary(reader),
            [
                "0 https://a.example/0".to_owned(),
                format!(
                    "{} failed: no WARC record starts here; passing over the bytes up to the next record",
                    first.len() + 2
                ),
                format!("{second_at} https://a.example/1"),
            ]
        );
    }

    #[test]
    fn a_record_over_the_limit_is_refused_unread() {
        let file: Vec<u8> = [response(0), response(200)].concat();
        let reader = WarcReader::new(&file[..], "big.warc")
            .expect("opens")
            .max_page_bytes(Some(100));
        let items: Vec<Item> = reader.collect();
        assert!(matches!(items[0].content, Content::Page(_)));
        assert!(matches!(
            items[1].content,
            Content::Failed(Error::Extract(bodycopy::Error::TooLarge { limit: 100, .. }))
        ));
    }
}
