//! HTTP responses as archived in WARC files: takes a `response` record's
//! block (the header block and the body as they came over the wire) and
//! gives the status, the content type and the page's bytes, with the
//! transfer and content encodings undone.
//!
//! Archives are not always faithful to the headers they keep: some store
//! the body already de-chunked or decompressed under the original
//! `Transfer-Encoding` or `Content-Encoding`. An encoding is undone only
//! when the body is in it (a chunk size line, a gzip or zlib header); a
//! body that is not is taken as it is.

use std::borrow::Cow;
use std::io::Read;

use flate2::read::{DeflateDecoder, MultiGzDecoder, ZlibDecoder};

use crate::Error;
use crate::stream::GZIP_MAGIC;

/// The longest HTTP header block read: real ones are a few kilobytes.
const MAX_HEAD_BYTES: usize = 64 << 10;

/// Bytes of a body looked at to tell HTML from other content.
const SNIFF_BYTES: usize = 512;

/// The head of an HTTP response.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Head {
    /// The status code (200, 404, ...).
    pub status: u16,
    /// The `Content-Type` value, as sent.
    pub content_type: Option<String>,
    /// `Transfer-Encoding: chunked`.
    pub chunked: bool,
    /// The `Content-Encoding` codings, in the order they were applied.
    pub codings: Vec<String>,
    /// Where the body starts in the block.
    pub body_start: usize,
}

/// Reads the status line and the header fields of a response. `None` when
/// the block does not start with an HTTP status line or its header block
/// does not end.
pub(crate) fn parse_head(block: &[u8]) -> Option<Head> {
    let window = &block[..block.len().min(MAX_HEAD_BYTES)];
    let mut lines = Lines {
        bytes: window,
        pos: 0,
    };
    let status_line = lines.next()?;
    let mut words = status_line.split(|&b| b == b' ').filter(|w| !w.is_empty());
    if !words.next()?.starts_with(b"HTTP/") {
        return None;
    }
    let status = std::str::from_utf8(words.next()?).ok()?.parse().ok()?;
    let mut head = Head {
        status,
        content_type: None,
        chunked: false,
        codings: Vec::new(),
        body_start: 0,
    };
    loop {
        let line = lines.next()?;
        if line.is_empty() {
            break;
        }
        let Some(colon) = line.iter().position(|&b| b == b':') else {
            continue;
        };
        let name = line[..colon].trim_ascii();
        let value = String::from_utf8_lossy(line[colon + 1..].trim_ascii());
        if name.eq_ignore_ascii_case(b"content-type") {
            head.content_type = Some(value.into_owned());
        } else if name.eq_ignore_ascii_case(b"transfer-encoding") {
            head.chunked |= tokens(&value).any(|t| t == "chunked");
        } else if name.eq_ignore_ascii_case(b"content-encoding") {
            head.codings
                .extend(tokens(&value).filter(|t| t != "identity"));
        }
    }
    head.body_start = lines.pos;
    Some(head)
}

/// The comma-separated tokens of a header value, lower-cased.
fn tokens(value: &str) -> impl Iterator<Item = String> + '_ {
    value
        .split(',')
        .map(|t| t.trim().to_ascii_lowercase())
        .filter(|t| !t.is_empty())
}

/// Lines ending in CRLF or a bare LF, without their ending.
struct Lines<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Iterator for Lines<'a> {
    type Item = &'a [u8];

    fn next(&mut self) -> Option<&'a [u8]> {
        let rest = &self.bytes[self.pos..];
        let end = memchr::memchr(b'\n', rest)?;
        self.pos += end + 1;
        let line = &rest[..end];
        Some(line.strip_suffix(b"\r").unwrap_or(line))
    }
}

/// Whether a `Content-Type` names HTML. A missing type, or one that says it
/// is unknown, is decided by [`sniff_html`] instead.
pub(crate) fn is_html_type(content_type: &str) -> Option<bool> {
    let essence = content_type
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase();
    match essence.as_str() {
        "" | "unknown/unknown" | "application/unknown" | "*/*" => None,
        "text/html" | "application/xhtml+xml" | "application/vnd.wap.xhtml+xml" => Some(true),
        _ => Some(false),
    }
}

/// Tags that open an HTML document, as the WHATWG MIME sniffing standard
/// lists them: the page's first tag (after whitespace) is one of them,
/// followed by a space or `>`.
const HTML_OPENINGS: [&[u8]; 17] = [
    b"<!doctype html",
    b"<html",
    b"<head",
    b"<script",
    b"<iframe",
    b"<h1",
    b"<div",
    b"<font",
    b"<table",
    b"<a",
    b"<style",
    b"<title",
    b"<b",
    b"<body",
    b"<br",
    b"<p",
    b"<!--",
];

/// Whether a body of unknown type is HTML, as browsers sniff it.
pub(crate) fn sniff_html(body: &[u8]) -> bool {
    let body = body.strip_prefix(b"\xef\xbb\xbf").unwrap_or(body);
    let start = body
        .iter()
        .position(|b| !matches!(b, b'\t' | b'\n' | b'\x0c' | b'\r' | b' '))
        .unwrap_or(body.len());
    let head = &body[start..body.len().min(start + SNIFF_BYTES)];
    HTML_OPENINGS.iter().any(|opening| {
        head.len() > opening.len()
            && head[..opening.len()].eq_ignore_ascii_case(opening)
            && matches!(head[opening.len()], b' ' | b'>')
    })
}

/// The body of a response with its transfer and content encodings undone,
/// at most `limit` bytes of it.
pub(crate) fn decode_body<'a>(
    block: &'a [u8],
    head: &Head,
    limit: Option<usize>,
) -> Result<Cow<'a, [u8]>, Error> {
    let raw = &block[head.body_start.min(block.len())..];
    let mut body = if head.chunked {
        dechunk(raw).map_or(Cow::Borrowed(raw), Cow::Owned)
    } else {
        Cow::Borrowed(raw)
    };
    for coding in head.codings.iter().rev() {
        body = Cow::Owned(decompress(&body, coding, limit)?.into_owned());
    }
    Ok(body)
}

/// Undoes `Transfer-Encoding: chunked`. `None` when the body does not start
/// with a chunk (it was stored de-chunked); a body cut short in a chunk (a
/// truncated record) gives what it has.
fn dechunk(raw: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut lines = Lines { bytes: raw, pos: 0 };
    let mut first = true;
    loop {
        let Some(line) = lines.next() else {
            return (!first).then_some(out);
        };
        let size = line
            .split(|&b| b == b';')
            .next()
            .unwrap_or(b"")
            .trim_ascii();
        let size = std::str::from_utf8(size)
            .ok()
            .and_then(|s| usize::from_str_radix(s, 16).ok());
        let Some(size) = size else {
            return (!first).then_some(out);
        };
        first = false;
        if size == 0 {
            return Some(out);
        }
        let start = lines.pos;
        let end = start.saturating_add(size).min(raw.len());
        out.extend_from_slice(&raw[start..end]);
        if end < start.saturating_add(size) {
            return Some(out);
        }
        // The CRLF after the chunk's data.
        lines.pos = end;
        if raw[end..].starts_with(b"\r\n") {
            lines.pos += 2;
        } else if raw[end..].starts_with(b"\n") {
            lines.pos += 1;
        }
    }
}

/// Undoes one content coding, when the body is in it.
fn decompress<'a>(
    body: &'a [u8],
    coding: &str,
    limit: Option<usize>,
) -> Result<Cow<'a, [u8]>, Error> {
    match coding {
        "gzip" | "x-gzip" if body.starts_with(&GZIP_MAGIC) => {
            inflate(MultiGzDecoder::new(body), coding, limit).map(Cow::Owned)
        }
        "deflate" if is_zlib(body) => {
            inflate(ZlibDecoder::new(body), coding, limit).map(Cow::Owned)
        }
        "deflate" => match inflate(DeflateDecoder::new(body), coding, limit) {
            // Not raw deflate either: stored decoded.
            Err(Error::Decode(_)) => Ok(Cow::Borrowed(body)),
            other => other.map(Cow::Owned),
        },
        "br" => match inflate(
            brotli_decompressor::Decompressor::new(body, 4096),
            coding,
            limit,
        ) {
            Err(Error::Decode(_)) if sniff_html(body) => Ok(Cow::Borrowed(body)),
            other => other.map(Cow::Owned),
        },
        "gzip" | "x-gzip" => Ok(Cow::Borrowed(body)),
        other => Err(Error::Decode(format!(
            "the body is in a content coding that is not supported: {other}"
        ))),
    }
}

/// A zlib header: deflate method, a window size deflate allows, and the
/// check bits.
fn is_zlib(body: &[u8]) -> bool {
    body.len() >= 2
        && body[0] & 0x0f == 8
        && body[0] >> 4 <= 7
        && (u16::from(body[0]) << 8 | u16::from(body[1])) % 31 == 0
}

/// Reads a decoder to its end, or to `limit` bytes. A stream cut short (a
/// truncated record) gives what it has; a stream that gives nothing is
/// an error.
pub(crate) fn inflate(
    mut decoder: impl Read,
    what: &str,
    limit: Option<usize>,
) -> Result<Vec<u8>, Error> {
    let mut out = Vec::new();
    let cap = limit.map_or(u64::MAX, |l| l as u64 + 1);
    let result = decoder.by_ref().take(cap).read_to_end(&mut out);
    if let Some(limit) = limit
        && out.len() > limit
    {
        return Err(Error::Extract(bodycopy::Error::TooLarge {
            size: out.len(),
            limit,
        }));
    }
    match result {
        Ok(_) => Ok(out),
        Err(_) if !out.is_empty() => Ok(out),
        Err(e) => Err(Error::Decode(format!("cannot undo the {what} coding: {e}"))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn head(block: &[u8]) -> Head {
        parse_head(block).expect("a head")
    }

    #[test]
    fn the_head_gives_status_type_and_encodings() {
        let block = b"HTTP/1.1 200 OK\r\nDate: Tue, 01 Dec 2026 08:00:00 GMT\r\nContent-Type: text/html; charset=windows-1251\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\nBODY";
        let h = head(block);
        assert_eq!(h.status, 200);
        assert_eq!(
            h.content_type.as_deref(),
            Some("text/html; charset=windows-1251")
        );
        assert!(h.chunked);
        assert_eq!(h.codings, ["gzip"]);
        assert_eq!(&block[h.body_start..], b"BODY");
    }

    #[test]
    fn bare_line_feeds_end_lines_too() {
        let h = head(b"HTTP/1.0 404 Not Found\ncontent-type: text/html\n\n<p>gone");
        assert_eq!(h.status, 404);
        assert_eq!(h.content_type.as_deref(), Some("text/html"));
    }

    #[test]
    fn a_block_that_is_not_a_response_has_no_head() {
        assert_eq!(parse_head(b"GET / HTTP/1.1\r\nHost: a\r\n\r\n"), None);
        assert_eq!(
            parse_head(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n"),
            None
        );
    }

    #[test]
    fn chunks_are_joined_and_extensions_ignored() {
        let body = b"7;name=x\r\n<p>Hell\r\n6\r\no, all\r\n0\r\nExpires: never\r\n\r\n";
        assert_eq!(dechunk(body).as_deref(), Some(&b"<p>Hello, all"[..]));
    }

    #[test]
    fn a_body_stored_dechunked_is_kept() {
        let block = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n<html><p>already whole";
        let body = decode_body(block, &head(block), None).expect("decoded");
        assert_eq!(&body[..], b"<html><p>already whole");
    }

    #[test]
    fn a_chunked_body_cut_short_gives_what_it_has() {
        assert_eq!(
            dechunk(b"a\r\n<p>Hello, \r\n20\r\nworld and").as_deref(),
            Some(&b"<p>Hello, world and"[..])
        );
    }

    #[test]
    fn gzip_deflate_and_brotli_bodies_are_decompressed() {
        let page = b"<html><body><p>Compressed page</p></body></html>";
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(page).expect("gzip");
        let gz = gz.finish().expect("gzip");
        let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
        zlib.write_all(page).expect("zlib");
        let zlib = zlib.finish().expect("zlib");
        let mut raw =
            flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
        raw.write_all(page).expect("deflate");
        let raw = raw.finish().expect("deflate");
        for (coding, body) in [("gzip", gz), ("deflate", zlib), ("deflate", raw)] {
            assert_eq!(
                decompress(&body, coding, None).expect(coding).as_ref(),
                page,
                "{coding}"
            );
        }
    }

    #[test]
    fn a_body_stored_decompressed_is_kept() {
        let page = b"<!DOCTYPE html><p>stored plain";
        for coding in ["gzip", "deflate", "br"] {
            assert_eq!(
                decompress(page, coding, None).expect(coding).as_ref(),
                page,
                "{coding}"
            );
        }
    }

    #[test]
    fn an_unknown_coding_is_a_decode_error() {
        assert!(matches!(
            decompress(b"xx", "zstd", None),
            Err(Error::Decode(_))
        ));
    }

    #[test]
    fn a_body_over_the_limit_is_too_large() {
        let page = vec![b'a'; 10_000];
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        gz.write_all(&page).expect("gzip");
        let gz = gz.finish().expect("gzip");
        assert!(matches!(
            decompress(&gz, "gzip", Some(1000)),
            Err(Error::Extract(bodycopy::Error::TooLarge {
                limit: 1000,
                ..
            }))
        ));
    }

    #[test]
    fn html_is_sniffed_by_its_first_tag() {
        assert!(sniff_html(b"\xef\xbb\xbf\r\n  <!DOCTYPE html>\n<html>"));
        assert!(sniff_html(b"<HTML lang=en>"));
        assert!(sniff_html(b"<!-- generated -->\n<html>"));
        assert!(sniff_html(b"<p>text"));
        assert!(!sniff_html(b"<?xml version=\"1.0\"?><rss>"));
        assert!(!sniff_html(b"%PDF-1.7"));
        assert!(!sniff_html(b"{\"a\": 1}"));
        assert!(!sniff_html(b"<pre>"));
    }

    #[test]
    fn content_types() {
        assert_eq!(is_html_type("text/html; charset=utf-8"), Some(true));
        assert_eq!(is_html_type("Application/XHTML+XML"), Some(true));
        assert_eq!(is_html_type("image/png"), Some(false));
        assert_eq!(is_html_type("unknown/unknown"), None);
    }
}
