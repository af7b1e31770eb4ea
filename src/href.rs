//! Addresses of links and images, read as browsers read them and kept only
//! when they are safe to show.
//!
//! An address is first pre-processed as the WHATWG URL standard says:
//! leading and trailing C0 controls and spaces are stripped, and tabs and
//! newlines anywhere are removed (so `java&#9;script:` is `javascript:`);
//! its scheme is then read case-insensitively. A relative address is
//! resolved against the page's address as RFC 3986 (section 5) says, with
//! the WHATWG's readings for web addresses on top (`\` as `/`,
//! `http:page.html` relative to an `http` page, `%2e` as a dot segment):
//! `../a.html` against `https://example.com/news/2024/story.html` gives
//! `https://example.com/news/a.html`. What comes out has a scheme on an
//! allowlist ([`LINK_SCHEMES`], [`WEB_SCHEMES`]) or is relative, because no
//! web address was known to resolve it against (a relative address is
//! harmless: it can only lead to the page's own site).
//!
//! Why not the `url` crate: it would give the full WHATWG parser, but with
//! `idna` and the ICU4X crates behind it, which cost more to build than the
//! rest of the crate's dependencies; the extractor needs only the
//! pre-processing, the scheme and resolution, which fit here and are tested
//! against the standard's cases.

use std::borrow::Cow;

/// Schemes a link may lead to: web pages and e-mail. Every other scheme is
/// refused: `javascript:` and `vbscript:` run script, `data:` can carry a
/// page that does, and `file:`, `blob:` or an application's scheme lead
/// somewhere a reader of the article did not ask to go.
pub(crate) const LINK_SCHEMES: &[&str] = &["http", "https", "mailto"];

/// Schemes an image's address, and the addresses of the metadata (the
/// canonical address, the lead image), may have: an e-mail address is no
/// picture and no page.
pub(crate) const WEB_SCHEMES: &[&str] = &["http", "https"];

/// The schemes whose addresses the WHATWG standard reads with `\` as `/`
/// (the "special" schemes the allowlists admit).
const SPECIAL_SCHEMES: &[&str] = &["http", "https"];

/// An address pre-processed as the WHATWG URL parser does before anything
/// else: leading and trailing C0 controls and spaces stripped, ASCII tabs
/// and newlines removed wherever they are.
fn preprocess(raw: &str) -> Cow<'_, str> {
    let trimmed = raw.trim_matches(|c: char| c <= ' ');
    if trimmed.contains(['\t', '\n', '\r']) {
        trimmed
            .chars()
            .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
            .collect::<String>()
            .into()
    } else {
        trimmed.into()
    }
}

/// The scheme of a pre-processed address (as written) and what follows its
/// `:`, if it has one: a letter, then letters, digits, `+`, `-` or `.`.
fn split_scheme(s: &str) -> Option<(&str, &str)> {
    let colon = s.find(':')?;
    let scheme = &s[..colon];
    let mut bytes = scheme.bytes();
    let valid = bytes.next()?.is_ascii_alphabetic()
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'-' | b'.'));
    valid.then(|| (scheme, &s[colon + 1..]))
}

/// Whether the address `raw`, as a browser reads it, is relative or has a
/// scheme among `schemes`: what can be checked without the page's address
/// (resolving a relative address keeps the page's own scheme).
pub(crate) fn allowed(raw: &str, schemes: &[&str]) -> bool {
    let s = preprocess(raw);
    !s.is_empty()
        && split_scheme(&s).is_none_or(|(scheme, _)| {
            schemes
                .iter()
                .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
        })
}

/// Whether an address is an absolute web address (`http:` or `https:`),
/// one that relative addresses can be resolved against.
pub(crate) fn is_web(address: &str) -> bool {
    split_scheme(address).is_some_and(|(scheme, _)| {
        WEB_SCHEMES
            .iter()
            .any(|allowed| scheme.eq_ignore_ascii_case(allowed))
    })
}

/// The address `raw` as it may be shown: pre-processed, resolved against
/// `base` when it is relative and `base` is a web address, and refused
/// (`None`) unless its scheme is among `schemes` or it is still relative.
/// Characters that would break out of an attribute or a Markdown target
/// (controls, spaces, quotes, angle brackets, backticks) are
/// percent-encoded, as the WHATWG parser encodes them. An empty address is
/// refused: it names no other place than the page itself.
pub(crate) fn safe(base: Option<&str>, raw: &str, schemes: &[&str]) -> Option<String> {
    let s = preprocess(raw);
    let base = base.filter(|b| is_web(b));
    let is_allowed = |scheme: &str| schemes.iter().any(|a| scheme.eq_ignore_ascii_case(a));
    let out = match split_scheme(&s) {
        Some((scheme, rest)) => {
            if !is_allowed(scheme) {
                return None;
            }
            let scheme = scheme.to_ascii_lowercase();
            if SPECIAL_SCHEMES.contains(&scheme.as_str()) {
                let rest = backslashes(rest);
                match base {
                    // `http:page.html` on an `http` page is a path relative
                    // to the page, whatever the path looks like.
                    Some(b)
                        if !rest.starts_with("//")
                            && split_scheme(b)
                                .is_some_and(|(bs, _)| bs.eq_ignore_ascii_case(&scheme)) =>
                    {
                        resolve_parts(&split(b), &split_after_scheme(None, &rest))
                    }
                    _ => format!("{scheme}:{rest}"),
                }
            } else {
                format!("{scheme}:{rest}")
            }
        }
        None => match base {
            Some(b) => resolve_parts(&split(b), &split_after_scheme(None, &backslashes(&s))),
            None => s.into_owned(),
        },
    };
    // What came out is checked as it will be read: a resolution never makes
    // a scheme, but the check costs nothing beside the copy made above.
    let relative_ok = base.is_none();
    match split_scheme(&out) {
        Some((scheme, _)) if !is_allowed(scheme) => return None,
        None if !relative_ok => return None,
        _ => {}
    }
    (!out.is_empty()).then(|| encode(&out))
}

/// `\` read as `/` before the query and the fragment, as in the addresses
/// of the special schemes.
fn backslashes(s: &str) -> Cow<'_, str> {
    let end = s.find(['?', '#']).unwrap_or(s.len());
    if s[..end].contains('\\') {
        let mut out = s[..end].replace('\\', "/");
        out.push_str(&s[end..]);
        out.into()
    } else {
        s.into()
    }
}

/// Percent-encodes what must not stand bare in an address shown in HTML or
/// Markdown: C0 controls, space, `"`, `<`, `>`, `` ` `` and DEL (the
/// WHATWG's fragment percent-encode set, which the other sets contain).
fn encode(s: &str) -> String {
    let needs = |c: char| c <= ' ' || matches!(c, '"' | '<' | '>' | '`' | '\u{7f}');
    if !s.contains(needs) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if needs(c) {
            out.push_str(&format!("%{:02X}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// The address of each candidate of a `srcset` attribute, in order, read
/// as the HTML standard's algorithm reads them: candidates are separated by
/// commas, an address runs to the next whitespace (a comma that ends it
/// ends the candidate), and descriptors (`2x`, `800w`) follow it up to a
/// comma outside parentheses.
pub(crate) fn srcset(value: &str) -> impl Iterator<Item = &str> {
    let mut rest = value;
    std::iter::from_fn(move || {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return None;
        }
        let end = rest
            .find(|c: char| c.is_ascii_whitespace())
            .unwrap_or(rest.len());
        let (url, after) = rest.split_at(end);
        if url.ends_with(',') {
            rest = after;
            return Some(url.trim_end_matches(','));
        }
        // Descriptors, up to a comma outside parentheses.
        let mut depth = 0u32;
        let mut cut = after.len();
        for (i, c) in after.char_indices() {
            match c {
                '(' => depth += 1,
                ')' => depth = depth.saturating_sub(1),
                ',' if depth == 0 => {
                    cut = i;
                    break;
                }
                _ => {}
            }
        }
        rest = &after[cut..];
        Some(url)
    })
}

/// An address split into its five parts (RFC 3986, appendix B).
struct Parts<'a> {
    scheme: Option<&'a str>,
    authority: Option<&'a str>,
    path: &'a str,
    query: Option<&'a str>,
    fragment: Option<&'a str>,
}

fn split(s: &str) -> Parts<'_> {
    match split_scheme(s) {
        Some((scheme, rest)) => split_after_scheme(Some(scheme), rest),
        None => split_after_scheme(None, s),
    }
}

/// The parts of an address after its scheme (all of it when it has none).
fn split_after_scheme<'a>(scheme: Option<&'a str>, s: &'a str) -> Parts<'a> {
    let (s, fragment) = match s.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (s, None),
    };
    let (s, query) = match s.split_once('?') {
        Some((a, q)) => (a, Some(q)),
        None => (s, None),
    };
    let (authority, path) = match s.strip_prefix("//") {
        Some(rest) => {
            let end = rest.find('/').unwrap_or(rest.len());
            (Some(&rest[..end]), &rest[end..])
        }
        None => (None, s),
    };
    Parts {
        scheme,
        authority,
        path,
        query,
        fragment,
    }
}

/// Removes the `.` and `..` segments of a path (RFC 3986, 5.2.4).
fn remove_dots(path: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len() - 1;
    for (i, seg) in segments.iter().enumerate() {
        // The WHATWG standard reads `%2e` as a dot in these segments.
        let is = |forms: &[&str]| forms.iter().any(|f| seg.eq_ignore_ascii_case(f));
        let dots = if is(&[".", "%2e"]) {
            1
        } else if is(&["..", ".%2e", "%2e.", "%2e%2e"]) {
            2
        } else {
            0
        };
        match dots {
            1 | 2 => {
                if dots == 2 && out.len() > usize::from(absolute) {
                    out.pop();
                }
                // A trailing dot segment leaves the path ending in `/`.
                if i == last {
                    out.push("");
                }
            }
            _ => out.push(seg),
        }
    }
    let mut joined = out.join("/");
    if absolute && !joined.starts_with('/') {
        joined.insert(0, '/');
    }
    joined
}

/// Resolves `reference` against `base` (RFC 3986, 5.2). A `base` without a
/// scheme cannot anchor anything: the reference is returned as written.
#[cfg(test)]
fn resolve(base: &str, reference: &str) -> String {
    resolve_parts(&split(base), &split(reference))
}

/// Resolves the parts of a reference against those of a base.
fn resolve_parts(b: &Parts<'_>, r: &Parts<'_>) -> String {
    if r.scheme.is_some() || b.scheme.is_none() {
        return join(r.scheme, r.authority, r.path, r.query, r.fragment);
    }
    let (authority, path, query) = if r.authority.is_some() {
        (r.authority, remove_dots(r.path), r.query)
    } else if r.path.is_empty() {
        (b.authority, b.path.to_string(), r.query.or(b.query))
    } else if r.path.starts_with('/') {
        (b.authority, remove_dots(r.path), r.query)
    } else {
        // Merge: the base's path up to its last `/`, then the reference.
        let merged = if b.authority.is_some() && b.path.is_empty() {
            format!("/{}", r.path)
        } else {
            let dir = b.path.rfind('/').map_or("", |i| &b.path[..=i]);
            format!("{dir}{}", r.path)
        };
        (b.authority, remove_dots(&merged), r.query)
    };
    join(b.scheme, authority, &path, query, r.fragment)
}

/// An address put together from its parts (RFC 3986, 5.3).
fn join(
    scheme: Option<&str>,
    authority: Option<&str>,
    path: &str,
    query: Option<&str>,
    fragment: Option<&str>,
) -> String {
    let mut out = String::new();
    if let Some(s) = scheme {
        out.push_str(&s.to_ascii_lowercase());
        out.push(':');
    }
    if let Some(a) = authority {
        out.push_str("//");
        out.push_str(a);
    }
    out.push_str(path);
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{LINK_SCHEMES, WEB_SCHEMES, resolve, safe, srcset};

    #[test]
    fn references_resolve_as_rfc_3986_says() {
        // The examples of RFC 3986, section 5.4.
        let base = "http://a/b/c/d;p?q";
        for (reference, want) in [
            ("g:h", "g:h"),
            ("g", "http://a/b/c/g"),
            ("./g", "http://a/b/c/g"),
            ("g/", "http://a/b/c/g/"),
            ("/g", "http://a/g"),
            ("//g", "http://g"),
            ("?y", "http://a/b/c/d;p?y"),
            ("g?y", "http://a/b/c/g?y"),
            ("#s", "http://a/b/c/d;p?q#s"),
            ("g#s", "http://a/b/c/g#s"),
            (";x", "http://a/b/c/;x"),
            ("", "http://a/b/c/d;p?q"),
            (".", "http://a/b/c/"),
            ("./", "http://a/b/c/"),
            ("..", "http://a/b/"),
            ("../", "http://a/b/"),
            ("../g", "http://a/b/g"),
            ("../..", "http://a/"),
            ("../../g", "http://a/g"),
            ("../../../g", "http://a/g"),
            ("/./g", "http://a/g"),
            ("/../g", "http://a/g"),
            ("g.", "http://a/b/c/g."),
            ("..g", "http://a/b/c/..g"),
            ("./../g", "http://a/b/g"),
            ("g/./h", "http://a/b/c/g/h"),
            ("g/../h", "http://a/b/c/h"),
        ] {
            assert_eq!(resolve(base, reference), want, "{reference}");
        }
    }

    #[test]
    fn page_addresses_anchor_site_paths() {
        let page = "https://news.example.com/world/2024/05/harbour-storm.html";
        assert_eq!(
            resolve(page, "/images/pier.jpg"),
            "https://news.example.com/images/pier.jpg"
        );
        assert_eq!(
            resolve(page, "//cdn.example.net/p.jpg?w=800"),
            "https://cdn.example.net/p.jpg?w=800"
        );
        assert_eq!(
            resolve("https://example.com", "about"),
            "https://example.com/about"
        );
        // Without a usable base the reference stays as written.
        assert_eq!(resolve("not a url", "../a.html"), "../a.html");
    }

    const PAGE: &str = "https://news.example.com/world/story.html";

    #[test]
    fn script_schemes_are_refused_however_they_are_written() {
        for hostile in [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            "  javascript:alert(1)",
            "\u{1}javascript:alert(1)",
            "\u{0}\u{1f} javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscr\ript:alert(1)",
            "javascript:alert(1)\u{0}",
            "vbscript:msgbox(1)",
            "VBScript:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "data:image/svg+xml,<svg onload=alert(1)>",
            "file:///etc/passwd",
            "blob:https://news.example.com/0d1e",
            "livescript:alert(1)",
        ] {
            for base in [None, Some(PAGE)] {
                assert_eq!(safe(base, hostile, LINK_SCHEMES), None, "{hostile:?}");
                assert_eq!(safe(base, hostile, WEB_SCHEMES), None, "{hostile:?}");
            }
        }
    }

    #[test]
    fn web_and_mail_addresses_are_kept_and_read_as_browsers_read_them() {
        let link = |raw: &str| safe(Some(PAGE), raw, LINK_SCHEMES);
        assert_eq!(
            link("HTTPS://example.org/a").as_deref(),
            Some("https://example.org/a")
        );
        assert_eq!(
            link(" \t/photos/pier 1.jpg\n").as_deref(),
            Some("https://news.example.com/photos/pier%201.jpg")
        );
        // A backslash is a slash in a web address's path, not in its query.
        assert_eq!(
            link("\\\\cdn.example.net\\p.jpg?a=\\b").as_deref(),
            Some("https://cdn.example.net/p.jpg?a=\\b")
        );
        // `http:` without slashes on a page of the same scheme is relative,
        // even when the path looks like a scheme.
        assert_eq!(
            link("https:javascript:alert(1)").as_deref(),
            Some("https://news.example.com/world/javascript:alert(1)")
        );
        assert_eq!(
            link("/a/%2E%2e/b/%2e/c").as_deref(),
            Some("https://news.example.com/b/c")
        );
        assert_eq!(
            link("mailto:desk@example.com?subject=Storm report").as_deref(),
            Some("mailto:desk@example.com?subject=Storm%20report")
        );
        assert_eq!(
            link("\"<script>\"").as_deref(),
            Some("https://news.example.com/world/%22%3Cscript%3E%22")
        );
        // An image or a metadata address is a web address or nothing.
        assert_eq!(
            safe(Some(PAGE), "mailto:desk@example.com", WEB_SCHEMES),
            None
        );
        assert_eq!(safe(Some(PAGE), "", LINK_SCHEMES).as_deref(), Some(PAGE));
    }

    #[test]
    fn without_a_web_address_to_resolve_against_relative_addresses_stay_relative() {
        for base in [None, Some("javascript:alert(1)//"), Some("not a url")] {
            assert_eq!(
                safe(base, "../a b.html", LINK_SCHEMES).as_deref(),
                Some("../a%20b.html")
            );
            assert_eq!(safe(base, "  ", LINK_SCHEMES), None);
        }
        // Percent-encoding hides no scheme from a browser either: this is a
        // path.
        assert_eq!(
            safe(None, "javascript%3Aalert(1)", LINK_SCHEMES).as_deref(),
            Some("javascript%3Aalert(1)")
        );
    }

    #[test]
    fn srcset_candidates_are_split_as_the_html_standard_says() {
        fn all(v: &str) -> Vec<&str> {
            srcset(v).collect()
        }
        assert_eq!(all("a.jpg 1x, b.jpg 2x,c.jpg"), ["a.jpg", "b.jpg", "c.jpg"]);
        assert_eq!(all("a.jpg,b.jpg"), ["a.jpg,b.jpg"]);
        assert_eq!(all("a.jpg, ,b.jpg 800w"), ["a.jpg", "b.jpg"]);
        assert_eq!(all(" x.jpg (a, b) 2x , y.jpg"), ["x.jpg", "y.jpg"]);
        assert_eq!(
            all("data:image/gif;base64,R0lG 1x, real.jpg 2x"),
            ["data:image/gif;base64,R0lG", "real.jpg"]
        );
        assert!(all(" , ").is_empty());
    }
}
