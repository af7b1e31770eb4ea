//! Stage 1, decode: takes the page's bytes and gives its text.
//!
//! The charset is found the way browsers find it: a byte-order mark first, then
//! the transport layer's charset (an HTTP `Content-Type` header's, given by
//! the caller as [`Options::charset`](crate::Options::charset)), then
//! a declaration in the document (`<meta charset>`, `<meta http-equiv=
//! "Content-Type">`, an XML declaration), then detection from the bytes
//! (`chardetng`, trained on what browsers see). One deliberate difference: a
//! page declared as a legacy single-byte charset whose bytes are valid UTF-8
//! with non-ASCII text is read as UTF-8, since that mislabel is common on the
//! web and the other reading gives mojibake.

use std::borrow::Cow;

use encoding_rs::{Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::{BinaryFormat, Error};
use crate::tuning::{GARBLED_MIN_MARKS, GARBLED_MIN_SHARE};

/// How far into the document a charset declaration is looked for.
const PRESCAN_BYTES: usize = 8192;

/// How much of the input is looked at to tell text from binary data.
const BINARY_SNIFF_BYTES: usize = 8192;

/// Percentage of control bytes above which the input is binary data.
const MAX_CONTROL_PERCENT: usize = 2;

/// A few stray control bytes (a NUL pasted into a page) are not binary data.
const MIN_CONTROL_BYTES: usize = 16;

/// Decodes a page of unknown charset. `transport` is the charset the
/// transport layer gave for it, if any: an HTTP `Content-Type` header's
/// value (`text/html; charset=windows-1251`) or a bare label; an unknown
/// label is ignored, as browsers ignore it.
pub(crate) fn decode<'a>(bytes: &'a [u8], transport: Option<&str>) -> Result<Cow<'a, str>, Error> {
    if let Some((enc, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text);
    }
    if let Some(enc) = utf16_without_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok(text);
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(Error::NotHtml { kind });
    }
    let declared = transport
        .and_then(transport_charset)
        .or_else(|| declared_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]));
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
fn binary_kind(bytes: &[u8]) -> Option<BinaryFormat> {
    const MAGIC: &[(&[u8], BinaryFormat)] = &[
        (b"%PDF-", BinaryFormat::Pdf),
        (b"\x89PNG\r\n\x1a\n", BinaryFormat::Png),
        (b"GIF87a", BinaryFormat::Gif),
        (b"GIF89a", BinaryFormat::Gif),
        (b"\xff\xd8\xff", BinaryFormat::Jpeg),
        (b"PK\x03\x04", BinaryFormat::Zip),
        (b"\x1f\x8b", BinaryFormat::Gzip),
        (b"RIFF", BinaryFormat::Riff),
        (b"\x00\x00\x01\x00", BinaryFormat::Icon),
        (b"\x7fELF", BinaryFormat::Executable),
    ];
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(*kind);
    }
    // Text in any charset but UTF-16 (handled before this) has next to no C0
    // control bytes other than tab, line feed, form feed, carriage return and
    // escape; compressed or random data has one byte in ten.
    let head = &bytes[..bytes.len().min(BINARY_SNIFF_BYTES)];
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\t' | b'\n' | 0x0c | b'\r' | 0x1b))
        .count();
    (controls > MIN_CONTROL_BYTES && controls * 100 > head.len() * MAX_CONTROL_PERCENT)
        .then_some(BinaryFormat::Binary)
}

/// Whether decoded text looks garbled, as text decoded with the wrong
/// charset does: replacement characters (U+FFFD, where bytes were not
/// valid in the charset used), and the pairs that UTF-8 gives when read as
/// Latin-1 or Windows-1252: a lead byte as `Â`..`Þ` (or `â`, that of
/// most punctuation) followed by a continuation byte as `€`..`¿` ("Ã©" for
/// "é", "â€™" for "’"). The lead `ß` is left out: German puts quotes and
/// dashes after it. At least
/// [`GARBLED_MIN_MARKS`] of them, one for every [`GARBLED_MIN_SHARE`]
/// words or fewer.
pub(crate) fn looks_garbled<'a>(texts: impl Iterator<Item = &'a str>, words: u32) -> bool {
    let mut marks = 0u32;
    for text in texts {
        let mut prev = ' ';
        for c in text.chars() {
            let continuation = matches!(c, '\u{80}'..='\u{BF}')
                || matches!(
                    c,
                    '€' | '‚'
                        | 'ƒ'
                        | '„'
                        | '…'
                        | '†'
                        | '‡'
                        | 'ˆ'
                        | '‰'
                        | 'Š'
                        | '‹'
                        | 'Œ'
                        | 'Ž'
                        | '‘'
                        | '’'
                        | '“'
                        | '”'
                        | '•'
                        | '–'
                        | '—'
                        | '˜'
                        | '™'
                        | 'š'
                        | '›'
                        | 'œ'
                        | 'ž'
                        | 'Ÿ'
                );
            if c == '\u{FFFD}' || (matches!(prev, 'Â'..='Þ' | 'â') && continuation) {
                marks += 1;
            }
            prev = c;
        }
    }
    marks >= GARBLED_MIN_MARKS && marks.saturating_mul(GARBLED_MIN_SHARE) >= words
}

/// Finds a charset declared in the head of the document.
fn declared_charset(head: &[u8]) -> Option<&'static Encoding> {
    // XML declaration: <?xml version="1.0" encoding="windows-1251"?>
    if head.starts_with(b"<?xml")
        && let Some(end) = find(head, b"?>")
        && let Some(enc) = attr_value(&head[..end], b"encoding")
        && let Some(e) = Encoding::for_label(enc)
    {
        return Some(e);
    }
    let mut rest = head;
    while let Some(start) = find_ci(rest, b"<meta") {
        let tag = &rest[start + 5..];
        let end = tag.iter().position(|&b| b == b'>').unwrap_or(tag.len());
        let tag = &tag[..end];
        if let Some(label) = attr_value(tag, b"charset")
            && let Some(e) = Encoding::for_label(label)
        {
            return Some(e);
        }
        if find_ci(tag, b"http-equiv").is_some()
            && let Some(content) = attr_value(tag, b"content")
            && let Some(pos) = find_ci(content, b"charset=")
        {
            let v = &content[pos + 8..];
            let v = trim_quotes(v);
            let len = v
                .iter()
                .position(|&b| b == b';' || b == b'"' || b == b'\'' || b.is_ascii_whitespace())
                .unwrap_or(v.len());
            if let Some(e) = Encoding::for_label(&v[..len]) {
                return Some(e);
            }
        }
        rest = &rest[start + 5 + end..];
    }
    None
}

/// The encoding a transport-layer charset names: the `charset` parameter of a
/// `Content-Type` value, or the value itself when it is a bare label.
fn transport_charset(value: &str) -> Option<&'static Encoding> {
    let bytes = value.as_bytes();
    Encoding::for_label(attr_value(bytes, b"charset").unwrap_or(bytes))
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
        assert!(decode(page, None).unwrap().contains("Привет"));
    }

    #[test]
    fn http_equiv_declaration_is_read() {
        let page = b"<meta http-equiv='Content-Type' content='text/html; charset=iso-8859-2'><p>\xb3\xf3d\xbc</p>";
        assert!(decode(page, None).unwrap().contains("łódź"));
    }

    #[test]
    fn xml_declaration_is_read() {
        let page = b"<?xml version=\"1.0\" encoding=\"windows-1252\"?><html><p>caf\xe9</p></html>";
        assert!(decode(page, None).unwrap().contains("café"));
    }

    #[test]
    fn utf8_labelled_latin1_is_read_as_utf8() {
        let page = "<meta charset=iso-8859-1><p>naïve café</p>".as_bytes();
        assert!(decode(page, None).unwrap().contains("naïve café"));
    }

    #[test]
    fn utf16_with_and_without_bom() {
        let text = "<p>Grüße aus Köln</p>";
        let mut le: Vec<u8> = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le, None).unwrap(), text);
        let be: Vec<u8> = text.encode_utf16().flat_map(u16::to_be_bytes).collect();
        assert_eq!(decode(&be, None).unwrap(), text);
    }

    /// A page in `label`'s encoding with `sentence` in its body, declared by
    /// `declaration` (a `<meta>` tag, or nothing).
    fn page_in(label: &str, declaration: &str, sentence: &str) -> Vec<u8> {
        let enc = Encoding::for_label(label.as_bytes()).expect("a known label");
        let html = format!(
            "<html><head>{declaration}<title>t</title></head><body><p>{sentence}</p></body></html>"
        );
        let (bytes, _, unmappable) = enc.encode(&html);
        assert!(!unmappable, "{label} cannot encode {sentence}");
        bytes.into_owned()
    }

    const SENTENCES: &[(&str, &str)] = &[
        (
            "windows-1251",
            "Правительство объявило о новых мерах поддержки малого бизнеса.",
        ),
        (
            "windows-1252",
            "Le conseil municipal a voté la rénovation du théâtre à l'unanimité.",
        ),
        (
            "iso-8859-2",
            "Rada miasta zatwierdziła budżet na przyszły rok bez poprawek.",
        ),
        (
            "shift_jis",
            "東京都は来年度の予算案を発表し、子育て支援を拡充すると述べた。",
        ),
        (
            "euc-kr",
            "서울시는 내년 예산안을 발표하고 대중교통 지원을 늘리겠다고 밝혔다.",
        ),
        (
            "gb18030",
            "市政府宣布将在明年扩建城市公园并增加公共交通线路。",
        ),
        ("big5", "市政府宣佈將在明年擴建城市公園並增加公共交通路線。"),
    ];

    #[test]
    fn declared_by_meta_charset() {
        for (label, sentence) in SENTENCES {
            let page = page_in(label, &format!("<meta charset=\"{label}\">"), sentence);
            assert!(decode(&page, None).unwrap().contains(sentence), "{label}");
        }
    }

    #[test]
    fn declared_by_http_equiv() {
        for (label, sentence) in SENTENCES {
            let meta = format!(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset={label}\">"
            );
            let page = page_in(label, &meta, sentence);
            assert!(decode(&page, None).unwrap().contains(sentence), "{label}");
        }
    }

    #[test]
    fn undeclared_pages_are_detected() {
        // Detection needs some text to go on: a paragraph, as on a real page.
        for (label, sentence) in SENTENCES {
            let text = [*sentence; 6].join(" ");
            let page = page_in(label, "", &text);
            assert!(decode(&page, None).unwrap().contains(sentence), "{label}");
        }
    }

    #[test]
    fn byte_order_mark_beats_a_conflicting_declaration() {
        let mut page = vec![0xef, 0xbb, 0xbf];
        page.extend("<meta charset=windows-1251><p>Grüße</p>".as_bytes());
        assert!(decode(&page, None).unwrap().contains("Grüße"));
    }

    #[test]
    fn first_declaration_wins() {
        let sentence = "Правительство объявило о новых мерах.";
        let page = page_in(
            "windows-1251",
            "<meta charset=windows-1251><meta charset=iso-8859-2>",
            sentence,
        );
        assert!(decode(&page, None).unwrap().contains(sentence));
    }

    #[test]
    fn invalid_utf8_and_nul_bytes_are_replaced_not_fatal() {
        let page = b"<meta charset=utf-8><p>caf\xc3 \x00 ok</p>";
        let text = decode(page, None).unwrap();
        assert!(text.contains('\u{fffd}') && text.contains("ok"));
    }

    #[test]
    fn random_bytes_are_binary_data() {
        // A fixed pseudo-random sequence (xorshift), as compressed data looks.
        let mut x: u32 = 0x9e37_79b9;
        let bytes: Vec<u8> = (0..4096)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                x as u8
            })
            .collect();
        assert_eq!(
            decode(&bytes, None).unwrap_err(),
            Error::NotHtml {
                kind: BinaryFormat::Binary
            }
        );
    }

    #[test]
    fn transport_charset_comes_after_the_bom_and_before_meta() {
        let sentence = "Правительство объявило о новых мерах.";
        // Declared nowhere in the page: the header alone names it.
        let page = page_in("windows-1251", "", sentence);
        let header = Some("text/html; charset=windows-1251");
        assert!(decode(&page, header).unwrap().contains(sentence));
        assert!(
            decode(&page, Some("WINDOWS-1251"))
                .unwrap()
                .contains(sentence)
        );
        // The header beats a conflicting <meta>.
        let page = page_in("windows-1251", "<meta charset=iso-8859-2>", sentence);
        assert!(decode(&page, header).unwrap().contains(sentence));
        // An unknown label is ignored and the <meta> decides.
        let page = page_in("windows-1251", "<meta charset=windows-1251>", sentence);
        let unknown = Some("text/html; charset=x-no-such-charset");
        assert!(decode(&page, unknown).unwrap().contains(sentence));
        // A byte-order mark beats the header.
        let mut page = vec![0xef, 0xbb, 0xbf];
        page.extend("<p>Grüße</p>".as_bytes());
        assert!(decode(&page, header).unwrap().contains("Grüße"));
    }

    #[test]
    fn garbled_text_is_told_from_text_that_quotes_a_few_odd_characters() {
        // "café déjà vu" written in UTF-8 and read as Windows-1252, five times.
        let wrong = "cafÃ© dÃ©jÃ  vu, itâ€™s said. ".repeat(5);
        assert!(looks_garbled([wrong.as_str()].into_iter(), 30));
        let lost = "caf\u{FFFD} d\u{FFFD}j\u{FFFD} vu ".repeat(3);
        assert!(looks_garbled([lost.as_str()].into_iter(), 12));
        // Proper text with accents, quotes and dashes; one stray pair in a
        // long page.
        let right = "Straße – „Fuß“, São Paulo, ÂNGULO, l’été. ".repeat(20);
        assert!(!looks_garbled([right.as_str()].into_iter(), 140));
        let stray = format!("{} cafÃ© ", "word ".repeat(400));
        assert!(!looks_garbled([stray.as_str()].into_iter(), 401));
    }

    #[test]
    fn binary_input_is_named() {
        let err = decode(b"%PDF-1.7\n%\xe2\xe3", None).unwrap_err();
        assert!(err.to_string().contains("PDF"), "{err}");
    }
}
