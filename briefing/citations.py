"""Lesson Markdown with citations of source passages.

A citation names a passage by its source's slug and its ordinal: ``[@isw-report:4]``.
Rendering turns the Markdown into sanitised HTML (nh3 removes scripts, event handlers
and ``javascript:`` URLs) and each citation into a numbered link to the passage's
permalink that htmx expands in place. Citation links are put in only after
sanitising, so an author can never smuggle markup in through them.
"""

import html
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field

import markdown
import nh3

CITATION_RE = re.compile(r"\[@([A-Za-z0-9][A-Za-z0-9_-]*):(\d+)\]")
# When rendering, punctuation right after a citation travels with it, so that a passage
# opened in place below the citation does not strand the sentence's full stop.
CITATION_WITH_PUNCTUATION_RE = re.compile(CITATION_RE.pattern + r"([.,;:!?]?)")

ALLOWED_TAGS = {
    "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
    "em", "strong", "code", "pre", "a", "abbr", "sup", "sub",
    "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "abbr": {"title"}, "th": {"scope"}}


@dataclass(frozen=True)
class CitationRef:
    source: str
    ordinal: int

    def __str__(self) -> str:
        return f"[@{self.source}:{self.ordinal}]"


@dataclass
class Rendered:
    html: str
    refs: list[CitationRef] = field(default_factory=list)  # distinct, in order of first appearance
    missing: list[CitationRef] = field(default_factory=list)
    found: dict = field(default_factory=dict)  # what the caller resolved each existing ref to


def find_citations(text: str) -> list[CitationRef]:
    """Distinct citations in order of first appearance; a citation's number is its index + 1."""
    seen: dict[CitationRef, None] = {}
    for match in CITATION_RE.finditer(text):
        seen.setdefault(CitationRef(match[1].lower(), int(match[2])), None)
    return list(seen)


def sanitise(html_text: str) -> str:
    return nh3.clean(
        html_text,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


def render_markdown(text: str) -> str:
    return sanitise(markdown.markdown(text, extensions=["sane_lists", "tables"], output_format="html"))


def render(
    text: str,
    exists: Callable[[CitationRef], bool],
    link: Callable[[CitationRef, int, int, str], str],
) -> Rendered:
    """Render lesson Markdown.

    ``exists(ref)`` says whether a cited passage exists; ``link(ref, number, occurrence,
    punctuation)`` returns the trusted HTML for one citation mark followed by the
    punctuation that came after it. A missing passage is rendered as a
    visible marker and reported in ``Rendered.missing`` so the author can fix it.
    """
    refs = find_citations(text)
    numbers = {ref: i for i, ref in enumerate(refs, start=1)}
    token = f"zcite{secrets.token_hex(6)}x"
    marks: list[str] = []

    def placeholder(match: re.Match) -> str:
        ref = CitationRef(match[1].lower(), int(match[2]))
        punctuation = match[3]
        if exists(ref):
            marks.append(link(ref, numbers[ref], len(marks) + 1, punctuation))
        else:
            marks.append(f'<mark class="cite-missing">missing citation {html.escape(str(ref))}</mark>{punctuation}')
        return f"{token}{len(marks) - 1}{token}"

    body = render_markdown(CITATION_WITH_PUNCTUATION_RE.sub(placeholder, text))
    body = re.sub(f"{token}(\\d+){token}", lambda m: marks[int(m[1])], body)
    missing = [ref for ref in refs if not exists(ref)]
    return Rendered(html=body, refs=refs, missing=missing)
