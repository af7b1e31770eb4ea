//! Stage 1, decode: takes the page's bytes and gives its text.
//!
//! The charset is found the way browsers find it: a byte-order mark first, then
//! a declaration in the document (`<meta charset>`, `<meta http-equiv=
//! "Content-Type">`, an XML declaration), then detection from the bytes
//! (`chardetng`, trained on what browsers see). One deliberate difference: a
//! page declared as a legacy single-byte charset whose bytes are valid UTF-8
//! with non-ASCII text is read as UTF-8, since that mislabel is common on the
//! web and the other reading gives mojibake.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::Error;

/// How far into the document a charset declaration is looked for.
const PRESCAN_BYTES: usize = 8192;

/// Decodes a page of unknown charset.
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
    if let Some(kind) = binary_kind(bytes) {
        return Err(Error::NotHtml { kind });
    }
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text);
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(text);
    }
    let declared = declared_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]);
    let valid_utf8 = std::str::from_utf8(bytes).ok();
    let enc = match (declared, valid_utf8) {
        (_, Some(s)) if s.is_ascii() => return Ok(Cow::Borrowed(s)),
        // A declaration of UTF-16 in a document that was read as ASCII-compatible
        // bytes is wrong by definition; browsers read it as UTF-8.
        (Some(enc), _) if enc == UTF_16LE || enc == UTF_16BE => UTF_8,
        (Some(enc), Some(s)) if enc.is_single_byte() => return Ok(Cow::Borrowed(s)),
        (Some(enc), _) => enc,
        (None, Some(s)) => return Ok(Cow::Borrowed(s)),
        (None, None) => {
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            det.guess(None, chardetng::Utf8Detection::Allow)
        }
    };
    let (text, _) = enc.decode_without_bom_handling(bytes);
    Ok(text)
}

/// Recognises UTF-16 without a BOM: markup in UTF-16 has a NUL byte beside
/// almost every ASCII character.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(512) & !1];
    if head.len() < 8 {
        return None;
    }
    let pairs = head.len() / 2;
    let even_nul = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd_nul = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd_nul * 10 >= pairs * 7 && even_nul * 10 < pairs {
        Some(UTF_16LE)
    } else if even_nul * 10 >= pairs * 7 && odd_nul * 10 < pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Names binary formats that are sometimes served or saved as `.html`.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"\x89PNG\r\n\x1a\n", "a PNG image"),
        (b"GIF87a", "a GIF image"),
        (b"GIF89a", "a GIF image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"PK\x03\x04", "a ZIP archive"),
        (b"\x1f\x8b", "gzip-compressed data"),
        (b"RIFF", "a RIFF (WebP, WAV or AVI) file"),
        (b"\x00\x00\x01\x00", "an icon"),
        (b"\x7fELF", "an executable"),
    ];
    MAGIC
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
}

/// Finds a charset declared in the head of the document.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    // XML declaration: <?xml version="1.0" encoding="windows-1251"?>
    if head.starts_with(b"<?xml") {
        if let Some(end) = find(head, b"?>") {
            if let Some(enc) = attr_value(&head[..end], b"encoding") {
                if let Some(e) = Encoding::for_label(enc) {
                    return Some(e);
                }
            }
        }
    }
    let mut rest = head;
    while let Some(start) = find_ci(rest, b"<meta") {
        let tag = &rest[start + 5..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(label) = attr_value(tag, b"charset") {
            if let Some(e) = Encoding::for_label(label) {
                return Some(e);
            }
        }
        if find_ci(tag, b"http-equiv").is_some() {
            if let Some(content) = attr_value(tag, b"content") {
                if let Some(pos) = find_ci(content, b"charset=") {
                    let v = &content[pos + 8..];
                    let v = trim_quotes(v);
                    let len = v
                        .iter()
                        .position(|&b| {
                            b == b';' || b == b'"' || b == b'\'' || b.is_ascii_whitespace()
                        })
                        .unwrap_or(v.len());
                    if let Some(e) = Encoding::for_label(&v[..len]) {
                        return Some(e);
                    }
                }
            }
        }
        rest = &rest[start + 5 + end..];
    }
    None
}

/// The value of `name=value` inside a tag's bytes (quoted or not).
fn attr_value<'a>(tag: &'a [u8], name: &[u8]) -> Option<&'a [u8]> {
    let mut from = 0;
    while let Some(pos) = find_ci(&tag[from..], name) {
        let at = from + pos;
        let before_ok = at == 0 || !tag[at - 1].is_ascii_alphanumeric() && tag[at - 1] != b'-';
        let mut i = at + name.len();
        while i < tag.len() && tag[i].is_ascii_whitespace() {
            i += 1;
        }
        if before_ok && i < tag.len() && tag[i] == b'=' {
            i += 1;
            while i < tag.len() && tag[i].is_ascii_whitespace() {
                i += 1;
            }
            let v = &tag[i..];
            return Some(match v.first() {
                Some(&q @ (b'"' | b'\'')) => {
                    let v = &v[1..];
                    &v[..v.iter().position(|&b| b == q).unwrap_or(v.len())]
                }
                _ => {
                    &v[..v
                        .iter()
                        .position(|&b| {
                            b.is_ascii_whitespace() || b == b'/' || b == b'>' || b == b';'
                        })
                        .unwrap_or(v.len())]
                }
            });
        }
        from = at + name.len();
    }
    None
}

fn trim_quotes(v: &[u8]) -> &[u8] {
    match v.first() {
        Some(b'"' | b'\'') => &v[1..],
        _ => v,
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn find_ci(hay: &[u8], needle: &[u8]) -> Option<usize> {
    if needle.len() > hay.len() {
        return None;
    }
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meta_charset_wins_over_detection() {
        let page = b"<html><head><meta charset=\"windows-1251\"></head><body>\xcf\xf0\xe8\xe2\xe5\xf2</body></html>";
        assert!(decode(page).unwrap().contains("Привет"));
    }

    #[test]
    fn http_equiv_declaration_is_read() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'><p>\xb3\xf3d\xbc</p>";
        assert!(decode(page).unwrap().contains("łódź"));
    }

    #[test]
    fn xml_declaration_is_read() {
        let page = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><html><p>caf\xe9</p></html>";
        assert!(decode(page).unwrap().contains("café"));
    }

    #[test]
    fn utf8_labelled_latin1_is_read_as_utf8() {
        let page = "<meta charset=iso-8859-1><p>naïve café</p>".as_bytes();
        assert!(decode(page).unwrap().contains("naïve café"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "<p>Grüße aus Köln</p>";
        let mut le: Vec<u8> = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).unwrap(), text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be).unwrap(), text);
    }

    #[test]
    fn binary_input_is_named() {
        let err = decode(b"%PDF-1.7\n%\xe2\xe3").unwrap_err();
        assert!(err.to_string().contains("PDF"), "{err}");
    }
}
