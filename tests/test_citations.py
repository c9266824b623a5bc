"""Lesson Markdown: citation syntax, numbering and sanitising."""

import pytest

from briefing.citations import CitationRef, find_citations, render


def _render(text, existing=None):
    existing = existing if existing is not None else {CitationRef("src", 1), CitationRef("src", 2), CitationRef("other", 7)}
    return render(text, existing.__contains__, lambda ref, n, k, punct: f'<a class="c" href="/p/{ref.source}/{ref.ordinal}">[{n}]</a>{punct}<span id="panel-{k}"></span>')


def test_it_numbers_citations_by_first_appearance_and_reuses_numbers():
    text = "Claim one [@src:2]. Claim two [@other:7]. Back to one [@src:2] and [@src:1]."
    assert find_citations(text) == [CitationRef("src", 2), CitationRef("other", 7), CitationRef("src", 1)]
    out = _render(text)
    assert out.html.count('href="/p/src/2">[1]</a>') == 2
    assert 'href="/p/other/7">[2]</a>' in out.html
    assert 'href="/p/src/1">[3]</a>' in out.html
    assert out.missing == []


def test_punctuation_after_a_citation_comes_before_its_panel():
    out = _render("Claim [@src:1]. Next [@src:2], more.")
    assert '[1]</a>.<span id="panel-1">' in out.html
    assert '[2]</a>,<span id="panel-2">' in out.html


def test_a_missing_passage_is_reported_and_visibly_marked():
    out = _render("Real [@src:1], gone [@src:99].")
    assert out.missing == [CitationRef("src", 99)]
    assert "missing citation [@src:99]" in out.html


def test_markdown_renders_headings_lists_and_emphasis():
    out = _render("## Heading\n\n- one *two*\n- **three**\n")
    assert "<h2>Heading</h2>" in out.html
    assert "<li>one <em>two</em></li>" in out.html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        '<div onclick="alert(1)">x</div>',
        "<iframe src=//evil></iframe>",
        '<svg onload="alert(1)">',
        "[x](JaVaScRiPt:alert(1))",
        '<a href="data:text/html,<script>alert(1)</script>">x</a>',
        "<style>body{display:none}</style>",
    ],
)
def test_hostile_markup_never_survives(hostile):
    html = _render(f"Text {hostile} [@src:1] more.").html.lower()
    assert "<script" not in html
    assert "onerror" not in html and "onclick" not in html and "onload" not in html
    assert "javascript:" not in html
    assert "<iframe" not in html and "<style" not in html and "data:text" not in html
    assert 'href="/p/src/1">[1]</a>' in html  # the citation itself survives


def test_an_author_cannot_forge_a_citation_placeholder():
    # Placeholders are random per render, so text that looks like one stays plain text.
    out = _render("zcite0000x0zcite0000x [@src:1]")
    assert out.html.count('class="c"') == 1
