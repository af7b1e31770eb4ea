"""extract and extract_many give what the Rust library gives, for bytes and
str, and each kind of failure as its exception or entry."""

from __future__ import annotations

import pytest
from conftest import PAGES, article, golden

import bodycopy


def code_point_spans(block: dict) -> dict:
    """A block of the library's JSON with its spans' UTF-8 byte offsets
    turned into code point offsets, as Python indexes text."""
    if "spans" not in block:
        return block
    raw = block["text"].encode()
    spans = [
        {**s, "start": len(raw[: s["start"]].decode()), "end": len(raw[: s["end"]].decode())} for s in block["spans"]
    ]
    return {**block, "spans": spans}


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.parent.name)
def test_results_equal_the_rust_librarys(path, rust_results):
    results, errors = rust_results
    name = path.parent.name
    html = path.read_bytes()
    if name in errors:
        with pytest.raises(bodycopy.Error) as raised:
            bodycopy.extract(html, links=True, comments=True, blocks=True)
        assert str(raised.value) == errors[name]
        return
    expected = results[name]
    got = bodycopy.extract(html, links=True, comments=True, blocks=True)
    assert got["title"] == expected["title"]
    assert got["kind"] == expected["kind"]
    assert got["text"] == expected["text"]
    assert got["metadata"] == expected["metadata"]
    assert got["blocks"] == [code_point_spans(b) for b in expected["blocks"]]
    expected_comments = [
        {**c, "blocks": [code_point_spans(b) for b in c["blocks"]]} for c in expected.get("comments", [])
    ]
    assert got["comments"] == expected_comments


def test_at_least_one_fixture_has_comments_and_links(rust_results):
    # The comparison above covers spans and comments only if some fixture has them.
    results, _ = rust_results
    assert any(r.get("comments") for r in results.values())
    assert any(b.get("spans") for r in results.values() for b in r["blocks"])


def test_spans_index_the_text_by_code_point():
    html = (
        "<article><h1>Café</h1>"
        + "<p>Der Bürgermeister sagte am Dienstag, dass die <a href='/straße'>Hafenstraße</a> wieder öffnet.</p>" * 4
        + "</article>"
    )
    block = bodycopy.extract(html, "https://zeitung.example/", links=True, blocks=True)["blocks"][0]
    (span,) = block["spans"]
    assert block["text"][span["start"] : span["end"]] == "Hafenstraße"
    assert span["href"] == "https://zeitung.example/straße"


def test_bytes_and_str_give_the_same_article():
    html = golden("news-story-semantic").decode("utf-8")
    assert bodycopy.extract(html) == bodycopy.extract(html.encode()) == bodycopy.extract(bytearray(html.encode()))


def test_bytes_are_decoded_by_their_meta_charset():
    raw = golden("russian-news-windows-1251")
    from_bytes = bodycopy.extract(raw)
    from_str = bodycopy.extract(raw.decode("windows-1251"))
    assert from_bytes == from_str
    assert "ю" in from_bytes["text"] or "я" in from_bytes["text"]


def test_charset_is_the_transport_layers_hint():
    text = "Завтра в городе ожидается тёплая и солнечная погода без осадков, сообщили синоптики."
    raw = ("<article>" + f"<p>{text}</p>" * 3 + "</article>").encode("windows-1251")
    result = bodycopy.extract(raw, charset="text/html; charset=windows-1251")
    assert result["text"].split("\n\n")[0] == text


def test_format_and_url():
    page = article("Harbour road reopens")
    markdown = bodycopy.extract(page, format="markdown")
    assert set(markdown) == {"title", "kind", "markdown", "metadata"}
    assert markdown["markdown"].startswith("# Harbour road reopens\n")
    html = bodycopy.extract(page, format="html")["html"]
    assert "<p>Paragraph 0 of the story" in html
    assert "Home" not in bodycopy.extract(page)["text"]


def test_metadata_comes_from_the_page():
    result = bodycopy.extract(article("Harbour road reopens", lang="en"))
    assert result["title"] == "Harbour road reopens"
    assert result["kind"] == "article"
    assert result["metadata"]["site_name"] == "The Coast Herald"
    assert result["metadata"]["language"] == "en"
    assert result["metadata"]["published"] == "2025-03-04T08:00:00Z"


def test_no_article_error_names_the_problem_and_carries_the_page():
    page = "<html lang='en'><head><title>Sign in | The Coast Herald</title><meta property='og:site_name' content='The Coast Herald'></head><body><p>The harbour was closed on Tuesday, the port authority said.</p></body></html>"
    with pytest.raises(bodycopy.NoArticleError) as raised:
        bodycopy.extract(page)
    error = raised.value
    assert isinstance(error, bodycopy.Error) and isinstance(error, ValueError)
    assert str(error) == "no article body found: 10 words of prose on the page, 15 needed"
    assert error.kind == "no_article"
    assert error.title == "Sign in"
    assert error.metadata["language"] == "en"


@pytest.mark.parametrize("page", ["", "   \n\t", b""])
def test_empty_page_is_an_empty_error_which_is_a_no_article_error(page):
    with pytest.raises(bodycopy.EmptyError, match="^the input is empty$") as raised:
        bodycopy.extract(page)
    assert isinstance(raised.value, bodycopy.NoArticleError)
    assert raised.value.kind == "empty"


def test_binary_bytes_are_not_html():
    with pytest.raises(bodycopy.NotHtmlError, match="^the input is not HTML: it looks like a PDF document$") as raised:
        bodycopy.extract(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert raised.value.kind == "not_html"


def test_too_large_page():
    page = article("Harbour road reopens")
    with pytest.raises(bodycopy.TooLargeError) as raised:
        bodycopy.extract(page, max_bytes=1000)
    assert str(raised.value) == f"the input is {len(page.encode())} bytes, over the limit of 1000 bytes"
    assert raised.value.kind == "too_large"
    assert bodycopy.extract(page, max_bytes=len(page.encode()))["title"] == "Harbour road reopens"


def test_wrong_arguments_are_type_and_value_errors():
    with pytest.raises(TypeError, match="a page is str or bytes, not int"):
        bodycopy.extract(42)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown focus 'careful'"):
        bodycopy.extract("<p>x</p>", focus="careful")  # type: ignore[typeddict-item]
    with pytest.raises(ValueError, match="unknown format 'pdf'"):
        bodycopy.Options(format="pdf")
    with pytest.raises(TypeError):
        bodycopy.Options(colour=True)  # type: ignore[call-arg]


def test_extract_many_keeps_the_order_and_puts_errors_in_place():
    titles = [f"Story number {i} on the harbour" for i in range(40)]
    pages: list[str | bytes] = [article(t) for t in titles]
    pages[3] = "<p>The harbour was closed on Tuesday, the port authority said.</p>"
    pages[7] = b"%PDF-1.4 binary"
    pages[11] = ""
    for threads in (1, 2, 4):
        results = bodycopy.extract_many(pages, threads=threads, max_bytes=100_000)
        assert len(results) == 40
        for i, result in enumerate(results):
            if i == 3:
                assert result == {
                    "error": {
                        "kind": "no_article",
                        "message": "no article body found: 10 words of prose on the page, 15 needed",
                    },
                    "title": None,
                    "metadata": result["metadata"],
                }
            elif i == 7:
                assert result["error"]["kind"] == "not_html"
            elif i == 11:
                assert result == {"error": {"kind": "empty", "message": "the input is empty"}}
            else:
                assert result["title"] == titles[i]


def test_extract_many_equals_extract_one_by_one():
    pages = [p.read_bytes() for p in PAGES]

    def one(html):
        try:
            return bodycopy.extract(html, blocks=True)
        except bodycopy.Error as error:
            return error.kind

    many = bodycopy.extract_many(pages, threads=2, blocks=True)
    assert [r["error"]["kind"] if "error" in r else r for r in many] == [one(p) for p in pages]


def test_extract_many_urls_resolve_links():
    para = "<p>The council's <a href='/minutes'>minutes</a> of the Tuesday meeting were published in full today.</p>"
    page = "<article>" + para * 3 + "</article>"
    results = bodycopy.extract_many([page, page], ["https://a.example/x/", None], links=True, format="markdown")
    assert "[minutes](https://a.example/minutes)" in results[0]["markdown"]
    assert "[minutes](/minutes)" in results[1]["markdown"]


def test_extract_many_checks_its_arguments():
    with pytest.raises(ValueError, match="2 pages but 1 urls"):
        bodycopy.extract_many(["a", "b"], ["https://a.example/"])
    with pytest.raises(ValueError, match="threads must be at least 1"):
        bodycopy.extract_many(["a"], threads=0)
    with pytest.raises(TypeError, match="a page is str or bytes, not NoneType"):
        bodycopy.extract_many(["a", None])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="not one page"):
        bodycopy.extract_many("<p>one page</p>")
    assert bodycopy.extract_many([]) == []
    assert bodycopy.extract_many(iter([article("From a generator")]))[0]["title"] == "From a generator"


def test_options_object_and_keywords():
    options = bodycopy.Options(focus="precision", format="markdown", links=True)
    assert options.focus == "precision" and options.format == "markdown" and options.links
    assert options.min_words > 0 and options.max_bytes is None and options.tables
    assert repr(options) == "Options(focus='precision', format='markdown', links=True)"
    assert bodycopy.Options(captions=True).images
    page = article("Harbour road reopens")
    # Keywords beside options= override its settings.
    result = bodycopy.extract(page, options=options, format="text")
    assert "text" in result and "markdown" not in result
    assert bodycopy.extract(page, options=options) == bodycopy.extract(
        page, focus="precision", format="markdown", links=True
    )
    assert bodycopy.Options(**options.as_dict()) == options
