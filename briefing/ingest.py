"""Turn an article "as captured from the web" into clean, citable passages.

Pure Python (standard library only, no Django; the wordfreq word list, when
installed, mends words hyphenated at line breaks) so it can be tested and
reused anywhere.  The entry points are :func:`decode` (bytes -> text), :func:`clean`
(text -> :class:`CleanedDocument`) and :func:`note_markers`.

Pipeline of :func:`clean`, in order
-----------------------------------
1. **Front end** (per format) turns the raw text into a flat list of blocks,
   each a line of text with a kind: ``line`` (to be classified later),
   ``heading`` / ``bullet`` (when the markup says so) or ``note`` (a Markdown
   footnote definition).

   * ``txt``: every non-blank line is a block (remembering whether a blank
     line came before it); lines starting with a bullet glyph (• - * – …) are
     bullets.  Hard-wrapped paragraphs are put back together in step 6.  A
     table (three or more lines in a row that split into the same number of
     short cells at tabs, wide gaps or pipes, mostly holding figures) keeps one
     row a line, each cell labelled by the header: ``Partner: Kolvo | Year:
     2023``; it is never taken for chrome (unless it lists links right under
     a "Related" label).  Right under a figure's title (``Figure 1: Spending, %
     of GDP``) a table may be two rows, labels over values, and the title heads
     the table only.  A row whose last cell wraps onto a
     line of its own (``| Turkey | 1.1 | drones,`` / ``construction   |``, or a
     cell broken off after "and" and finished in lowercase) is one row.  A box
     drawn with a left border only (``│ Population: 390,000``) keeps one fact a
     line, under its label (a rule drawn across the box under the label is no
     end of it); dots leading a fact to its value become a colon (``Budget
     ........ €1.2 billion`` -> ``Budget: €1.2 billion``).  So does a box with
     its label drawn in its top border and a bottom border but no side frame
     (``┏ ELBONIA IN NUMBERS ┓`` / ``Capital: Kolvo`` / ``┗━━━━┛``), and a
     timeline box (``TIMELINE ▸ ...`` over ``1960 — Independence`` lines): its
     label heads its entries only, as does the label of a key-figures box whose
     lines give a figure, a share or a date (``80 of 120 — votes needed``), or
     of a box between borders whose label says it is one (``THE DEAL IN
     NUMBERS``) over lines that open with a figure.  A line marked as a Markdown heading (``##
     What next?``) is a heading.  A line that held only markup (``<div
     class="...">``) parts blocks like a blank line.
   * ``md``: ``#`` / setext headings, ``-``/``*``/``+`` and numbered list items,
     footnote definitions; emphasis, links and images syntax is stripped.
   * ``html``: parsed with :mod:`html.parser`; script/style/nav/header/footer/
     aside/form/... contents are dropped (and reported, as are scripts and
     event-handler attributes such as ``onclick``), h1-h6 become
     headings, li bullets (``ol`` items keep their number for notes lists),
     p/div/... paragraph breaks, br a line break, ``<sup>3</sup>`` a "[3]".

2. **Inline cleaning** of every block: HTML entities, stray tags and broken
   tag fragments (``" target="_blank">``) are removed (the text between them
   and note markers like ``[5]`` are kept), ``<https://...>`` autolinks lose
   their brackets, whitespace is normalised (nbsp -> space), a photo credit
   glued to the next sentence (``Image: Wikimedia CommonsIn your ...``) is cut
   out, and glued sentences (``Venezuela?Things``) get their space back (the
   gap is remembered as a lost paragraph break, see step 7).  A note number
   set in superscript after punctuation or a year (``stalled.⁴``) becomes a
   ``[4]`` marker; ``km²`` stays.  A glossary's pop-up captured beside the term
   it explains (``(ECOWAS ⓘ Economic Community ... Glossary →)``) is cut out.

3. **Endnotes**: a notes heading (Endnotes, Notes, References, Sources, ...)
   followed by numbered items (``[1] ...``, ``1. ...``, ``1) ...``) becomes the
   :class:`Note` list; a note's second line is appended to it.  A notes
   heading with nothing but chrome after it is dropped.  (After step 4, a
   trailing run of ``[n] ...`` items without a heading is also taken as notes.)

4. **Chrome filter**: a block is dropped only if it is *short* and matches one
   of the conservative patterns in ``_CHROME_RULES`` (navigation, paywall,
   subscribe/newsletter, share buttons, reading time and counters, date lines,
   bylines, image credits, copyright, cookie banners, advertising, related
   links, site footer links, disclaimers), or repeats the given title (also
   when the title is typed shorter than the headline, in five words or
   more, or adds a subtitle to it).  A lowercase line that continues an unfinished sentence is never chrome.
   When the title is found near the top, short lines before it are site
   header (slogans, logo text).  A "Related"/"About the author" line also
   takes the headlines / short bio right under it (a bio of any length that
   opens by naming the writer and their role).  The rest of a line of furniture
   wrapped onto the next line (``Tags: ... Infra-`` / ``structure  Trade``) goes
   with it, as do the lines of a notice hard-wrapped mid-sentence, each going on
   in lowercase.  A promotion drawn in a box (border lines around a few short
   lines, one a call to action such as a sign-up field or "Register now") goes
   whole (it never holds the page's headline: between the bottom of one box and
   the top of the next lies the article's head), as does a sign-up form's title
   and blurb above its e-mail field, a subscription offer's above its button
   (``[ Subscribe now ]``) and an event's promotion from its label (``UPCOMING
   EVENT``) to its ``Register ›``; a quiz's title takes its questions and
   answers, a poll's its answers and their results, and a version history's
   label its dated entries; a line
   under a picture's label ("[Image]") that ended in the picture's credit is
   its caption (wrapped onto a few lines, ending in the credit or over it, it
   goes whole), and so is a one-line paragraph with the credit on the line
   right under it (under a map's or a figure's label, a line ending in ``Map:
   ...`` or ``Graphic: ...`` is its caption too, as is the rest of the label's
   own line when it ends so).  A figure's title right over what stands for its
   chart (``[Bar chart. ...]``) or its source line goes (not when the chart's
   data follows, line by line), as do a reference in
   BibTeX (``@techreport{...`` to its closing brace), the reference right
   under a "Suggested citation" label and the running head of a printed page
   (``Institute | Paper No. 4 | Title   Page 4 of 12``, or ``Institute |
   Policy Brief 14/2026   5`` with the page's bare number).  A short offer that
   ends in the advertiser's web address, points to it with ``>>`` or ends in
   "T&Cs apply" is an advertisement,
   unless a sentence runs on into it or out of it; so is the copy under an
   advert's label down to a line of the advert's own furniture (``Why am I
   seeing this ad?``).  After the last paragraph
   of body prose, a line that only says who the writers are and what they
   cover goes, as do a newsletter's blurb ("Ledger Briefing: ..., every
   weekday at 7am.") and the publisher
   saying what it is with its charity or company number, or giving its address
   with that number, or the authority it is registered with; so does the page's
   own headline numbered in a most-read list.  A paragraph in another language
   (none of the small words of English in it) right under the label of a box
   that folds it away (``SUMMARY IN SWAHILI ▾``) or of a link to the page in
   that language goes.

5. **Duplicates**: a paragraph whose text equals, or is contained in, another
   (a paywall capture repeating a truncated opening, a pull quote) is dropped;
   the longest copy is kept.  (After step 6, a quotation set apart from the
   text that the body gives elsewhere, maybe inside a sentence of its own
   without its first few words, goes as a pull quote, with the line under it
   naming the speaker: ``— Ann Lee, Varna University``.)

6. **Rejoin and classify**: a paragraph that ends without terminal punctuation
   is joined with the next block when that block clearly continues it: it
   starts lowercase or with ``.``/``,``/``;``/``)``; or it is the very next
   line (a hard wrap) and not heading-like; or it is a lone 1-4 word fragment;
   or the paragraph is long prose (20+ words, so no heading) and the block is
   not heading-like.  A heading-like line is no heading when the next line
   finishes its sentence, nor when it sits between a long line broken off
   mid-sentence and such a line (a hard-wrapped run of names), nor when the
   line above runs straight on into it broken off mid-sentence ("... for the"),
   nor when it is about as long as the wrapped prose line it runs into, nor
   when, broken off mid-sentence, it runs into a line whose first sentence ends
   within a few words.  A word
   hyphenated at a line break is mended when the word list (wordfreq) knows
   it whole ("intergovern-" + "mental"); compounds keep their hyphen.  A note
   number glued after a full stop (``in 2021.10 Abidjan``) becomes ``[10]``.
   A heading-like line (short, capitalised, no final period) followed by body
   text is a heading; short lines after a paragraph ending in ``:`` are list
   items.  Title Case lines with no body after them (promos at the end) are
   dropped.  Duplicates are checked again.

7. **Passages**: every paragraph/bullet becomes a :class:`Passage` under the
   latest heading.  Paragraphs over ~1200 characters are split, first where
   the capture had glued paragraphs together, then at sentence boundaries
   into ~400-900 character passages.  The label of a box of facts heads its
   facts only: the text after the box goes on under the heading before it.  The document text is the
   passages joined by blank lines, and each passage records its span in it.

Everything dropped is listed in ``CleanedDocument.removed`` with the reason;
everything suspicious (truncated capture, paywall, missing notes list) is
listed in ``CleanedDocument.warnings``.  The result is deterministic.
"""

from __future__ import annotations

import codecs
import functools
import html
import itertools
import re
import unicodedata
from dataclasses import dataclass, field
from html.parser import HTMLParser

__all__ = [
    "CleanedDocument",
    "IngestError",
    "Note",
    "Passage",
    "clean",
    "decode",
    "note_markers",
]


# --------------------------------------------------------------------------
# Public types
# --------------------------------------------------------------------------


class IngestError(ValueError):
    """The input cannot be turned into an article; the message is user-facing."""


@dataclass(frozen=True)
class Note:
    number: int
    text: str


@dataclass(frozen=True)
class Passage:
    ordinal: int
    text: str
    start: int
    end: int
    section: str
    kind: str  # "paragraph" or "bullet"


@dataclass
class CleanedDocument:
    text: str
    passages: list[Passage]
    notes: list[Note]
    removed: list[str]
    warnings: list[str]


@dataclass
class _Block:
    """One unit of text on its way through the pipeline."""

    text: str
    kind: str = "line"  # line | heading | bullet | note | paragraph
    number: int | None = None  # position in an ordered list / footnote number
    soft: bool = False  # only a single line break separates it from the line before
    origin: int = 0  # index of the source block, to report removals in document order
    last_origin: int = 0  # origin of the last source block merged into this one
    cells: tuple[str, ...] = ()  # a plain-text line's pieces between runs of spaces ("Apps   Newsletters   Privacy")
    after_byline: bool = False  # a byline was dropped just before it: no sentence runs across one
    row: bool = False  # a row of a table of facts: kept as it is, never taken for chrome
    label: bool = False  # the label of a box of facts: it heads the facts only, not the text after the box


@dataclass
class _Log:
    entries: list[tuple[int, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    paywall: bool = False
    metered: bool = False  # a metered paywall's bare count after the whole article (it warns only of a cut-off text)
    credited: set[int] = field(default_factory=set)  # blocks that ended in a photo credit, cut off inline

    def drop(self, reason: str, text: str, at: int) -> None:
        self.entries.append((at, f"{reason}: {_quote(text)}"))

    @property
    def removed(self) -> list[str]:
        return [entry for _, entry in sorted(self.entries, key=lambda e: e[0])]


# --------------------------------------------------------------------------
# Constants and small helpers
# --------------------------------------------------------------------------

FORMATS = ("txt", "md", "html")
EMPTY_MESSAGE = "No article text found: the file is empty."
NO_WORDS_MESSAGE = "No article text found: the file holds no words, only figures or punctuation."
ALL_CHROME_MESSAGE = (
    "No article text found: everything in this file looks like site "
    "navigation or boilerplate."
)
BINARY_MESSAGE = (
    "This looks like a binary file (for example a PDF, an image or a Word "
    "document), not text. Copy the article text into a .txt, .md or .html "
    "file and upload that instead."
)

BREAK = "\x1e"  # internal marker: a lost paragraph break found inside glued text
LONG_PARAGRAPH = 1200  # split paragraphs longer than this ...
CHUNK_MIN, CHUNK_MAX = 400, 900  # ... into passages of about this size

_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_MARKER = re.compile(r"\[(\d{1,3})\]")
_URL = re.compile(r"https?://|www\.", re.I)
_TERMINAL = ".!?:…”\"’'»)]❞"
# a line ending in a bracket or colon that closes no sentence: "(DFC)", "its largest creditor:"
_OPEN_END = re.compile(r"(?<![.!?…”\"’'])[)\]:]\s*$")
_CONTINUATION_START = ".,;:!?)]}…"
_NUMBERED = re.compile(r"(?:\d{1,2}|[IVX]{1,4})[.)]\s+\S")
_SENTENCE_INSIDE = re.compile(r"[a-z]{2}[.!?][”\"’]?\s+[“\"‘]?[A-Z]")
# an explainer's subheading asked as a question in sentence case: "Where is Elbonia, and why does it matter?", or
# led in by a word that links it to the questions before: "So who are Elbonia's real friends?", "And what happens next?"
_QUESTION_WORDS = ("What|Why|How|Who|Where|When|Which|Is|Are|Can|Could|Does|Do|Did|Will|Would|Should|Has|Have|"
                   # ("Isn't Elbonia already in the Western camp?")
                   "(?:Is|Are|Was|Were|Does|Do|Did|Could|Would|Should|Has|Have)n['’]t|Can['’]t|Won['’]t")
_QUESTION_HEADING = re.compile(
    # ("Q: What does Ethiopia want?": the question marked as one)
    rf"(?:Q\s*[:.]\s+)?(?:(?:So|And|But|Then|Now|Yet|Or|Finally|Ultimately|In the end),?\s+(?i:{_QUESTION_WORDS})|"
    rf"{_QUESTION_WORDS})\s+\S+(?:\s+\S+){{1,12}}\?")
_SMALL_WORDS = frozenset(
    "a an the and or but nor of in on at to for from with by as vs via into "
    "onto over under per than up off out about after before between".split()
)
_UNFINISHED_END = frozenset("a an the and or but nor of".split())  # no heading ends on these
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st gen sen rep gov lt col sgt capt cmdr adm jr sr vs etc "
    "inc ltd co corp no nos fig figs vol pp jan feb mar apr jun jul aug sep sept "
    "oct nov dec approx est dept univ reg av ave avda blvd".split()  # ("Av. José Pardo 1120": a street's)
)


def _quote(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    if len(text) > limit:
        text = text[:limit].rstrip() + "…"
    return f'"{text}"'


def _norm_key(text: str) -> str:
    """Comparison key: case, quotes, dashes and spacing do not matter."""
    text = text.translate(str.maketrans("‘’“”–—", "''\"\"--"))
    text = re.sub(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*$", "", text.strip())
    return " ".join(text.casefold().split())


def _starts_lowercase(text: str) -> bool:
    return bool(text) and text[0].islower() and text[0].isalpha()  # (not "ⓘ", which Python counts as lowercase)


def _starts_with_continuation(text: str) -> bool:
    return bool(text) and text[0] in _CONTINUATION_START


def _ends_complete(text: str) -> bool:
    """Does the text end like a finished sentence (or with a note marker)?"""
    text = text[-40:].rstrip()  # only the end matters: a long paragraph is not scanned again at every line
    return bool(text) and (text[-1] in _TERMINAL or bool(re.search(r"\[\d+\]$", text)))


def _ends_with_abbreviation(text: str) -> bool:
    last = text.split()[-1] if text.split() else ""
    return bool(re.fullmatch(r"(?:[A-Za-z]\.){2,}", last)) or (
        last.endswith(".") and last[:-1].casefold() in _ABBREVIATIONS
    )


def _is_title_case(text: str) -> bool:
    words = [w.strip("“\"‘'(") for w in text.split()]
    significant = [w for w in words if w[:1].isalpha() and w.casefold() not in _SMALL_WORDS]
    if not significant or not words[0][:1].isupper():
        return False
    capitalised = sum(1 for w in significant if w[0].isupper())
    return capitalised / len(significant) >= 0.6


def _looks_like_heading(text: str) -> bool:
    """A short, unpunctuated, capitalised line: a heading unless context says otherwise."""
    text = re.sub(r"(?<=[.!?”\"’])\[\d{1,3}\]$", "", text)  # "... for the rail line.[2]": a sentence with its note
    words = text.split()
    marked = bool(re.match(r"Q\s*[:.]\s", text)) and text.endswith("?")  # "Q: Why does ...?": a question marked as one
    if not words or len(words) > (20 if marked else 14) or len(text) > (160 if marked else 120):
        return False
    first = text.lstrip("“\"‘'(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    if text[-1] in ".,;:!" and not _ends_with_abbreviation(text):
        return False
    if _SENTENCE_INSIDE.search(text):
        return False
    if text[-1] == "?" and not (_is_title_case(text) or _NUMBERED.match(text) or _QUESTION_HEADING.fullmatch(text)):
        return False
    return words[-1].casefold() not in _UNFINISHED_END  # "... the ports and the Belt and": a sentence broken off


# --------------------------------------------------------------------------
# decode
# --------------------------------------------------------------------------


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if b"\x00" in head or head.startswith((b"%PDF-", b"PK\x03\x04", b"\x89PNG", b"GIF8")):
        return True
    controls = sum(1 for byte in head if byte < 32 and byte not in b"\t\n\r\f\v\x1b")
    return controls > max(2, len(head) // 20)


def decode(data: bytes) -> tuple[str, list[str]]:
    """Decode uploaded bytes: UTF-8 (BOM stripped), else cp1252, else latin-1."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError:
            pass
    if _looks_binary(data):
        raise IngestError(BINARY_MESSAGE)
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    for encoding, name in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return text, [
            f"The file is not valid UTF-8, so it was read as {name}; check that "
            "accented letters, quotes and dashes look right."
        ]
    raise IngestError(BINARY_MESSAGE)  # unreachable: latin-1 decodes anything


# a newsletter's e-mail field and its button, as a capture keeps them: "[ Enter your email address ]   [ SIGN UP ]",
# "Email address ______   [Subscribe]", "[ you@mail ] [ Go ]"
_SIGNUP_FIELD_PATTERN = (
    r"(?:(?:\[[^\[\]]{0,40}(?:e-?mail|@)[^\[\]]{0,40}\]|(?:enter )?(?:your )?e-?mail(?: address)?\s*\*?\s*:?\s*(?:_{2,}|\[[\s_]*\])?)\s*"
    # ("Email* [   ]  ☐ I agree to the privacy policy  [Subscribe]": a consent box between the field and the button)
    r"(?:[☐□]?\s*I (?:agree|consent|accept)\b[^\[\]]{0,80}?\s*)?"
    r"\[\s*(?:sign (?:me )?up|subscribe|join|submit|go|send|register)\s*\]"
    # ("Your email address  [          ]   [ Count me in ]": an empty field, then a button of any short label)
    r"|(?:enter )?(?:your )?e-?mail(?: address)?\s*\*?\s*:?\s*\[[\s_]*\]\s*\[\s*[^\W\d][^\[\]]{0,24}\]"
    # ("Enter your email     Sign up": the field's placeholder and its button, alone on their line)
    r"|enter (?:your )?e-?mail(?: address)?\s*:?\s+(?:sign (?:me )?up|subscribe|join|submit)\s*$)"
)


# --------------------------------------------------------------------------
# Front ends: raw text -> blocks
# --------------------------------------------------------------------------

# (a bullet written as its HTML entity, "&bull; Euroclear holds ...", is a bullet too)
_BULLET_LINE = re.compile(r"\s*(?:[•●▪◦‣∙·‧*\-–—]|&(?:bull|#8226|#x2022);)\s+(?P<text>\S.*)", re.I)
_CELL_GAP = re.compile(r"[ \u00a0]{3,}|\t+")  # links and buttons laid out in a row come apart at wide gaps


# a line of a box drawn with a border on its left only ("│ Population: about 390,000"): one fact of a fact box
_LEFT_BORDERED = re.compile(r"[│┃║]\s*(?P<text>[^│┃║]*[^│┃║\s])\s*")
_FACT_BOX_LABEL_WORDS = 5  # "KEY FACTS", "At a glance": the label a fact box opens with
_FACT_BOX_CAPS_LABEL_WORDS = 8
# a line of a box framed on both sides, holding one piece of text ("│ Capital: San José │", "| Capital: San José |")
# or none ("|          |", a blank line inside the frame); a line with bars inside it is a table's row ("| 2024 | 3.1 |")
_FRAMED_LINE = re.compile(r"[|│┃║]\s*(?P<text>[^|│┃║]*[^|│┃║\s])?\s*[|│┃║]")
# the dots leading a fact's name to its value across a box: "Defence budget ........ €1.3 billion"
# ("Gulf & Kolvo .. 81,000 permits": or two, set apart by blanks, where the name leaves no room for more)
_DOT_LEADER = re.compile(r"(?<=\S)\s*[.·…](?:\s?[.·…]){3,}\s*(?=\S)|(?<=\S)\s+\.\.\s+(?=\S)")
_FACT_BOX_MIN_LINES = 3  # a label over two facts; a newsletter's name over its blurb is two framed lines
# a rule drawn across the inside of a box, under its label ("┃──────┃", "├──────┤", "|------|", "├──────"): no end of
# the box
_FRAME_DIVIDER = re.compile(r"[|│┃║├┝┠╟╠]\s*[─━═-]{3,}(?:\s*[|│┃║┤┥┨╢╣])?")


def _breaks_off(text: str) -> bool:
    """Does a line of a box stop in mid-sentence, the box's border wrapping it onto the next line: inside a quotation
    not yet closed ('│ "For the first time, a tonne of copper from │' / '│ Chingola will not ... │'), or on a word no
    line of text ends on ('│ ... between a │')?"""
    words = text.split()
    return bool(words) and (
        text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("❝") > text.count("❞")
        or text.count("«") > text.count("»") or words[-1].casefold() in _UNFINISHED_END)


def _fact_box_lines(lines: list[str]) -> dict[int, str]:
    """The lines of fact boxes, each as its text ('' for a blank line inside the frame, or for a line whose
    text was joined to the fact it continues).

    A line with a border on its left only ('│ Population: about 400,000') is one.  Lines framed on both sides
    ('│ Capital: San José │') are, when at least three lines in a row hold text and none of them is a call to
    action; other framed lines keep their frame and go as a text box, as a newsletter's name and blurb
    ('| THE VARNA BRIEF |' / '| Weekly analysis, straight to inbox. |') or a sign-up form drawn in a box do.
    A fact wrapped onto the next line ('│ President: Ivo Radek (since 2020,' / '│   re-elected 2024)'), indented
    deeper or going on in lower case, is joined to it; a bullet before a fact ('│ • China finances ...') goes.
    A rule drawn across the box under its label ('┃ KEY FACTS ┃' / '┃──────┃') is a blank line inside it.
    """
    boxed: dict[int, str] = {}
    indents: dict[int, int] = {}
    run: list[tuple[int, str]] = []
    for index, line in enumerate([*lines, ""]):
        line = line.strip()
        if (run or index - 1 in boxed) and _FRAME_DIVIDER.fullmatch(line):  # (read as a blank line inside the box)
            if run:
                run.append((index, ""))
            else:
                boxed[index] = ""
            continue
        framed = None if _is_border(line) else _FRAMED_LINE.fullmatch(line)
        if framed:
            run.append((index, framed["text"] or ""))
            indents[index] = framed.start("text") - 1 if framed["text"] else 0
            continue
        filled = [at for at, text in run if text]
        texts = [text for _, text in run if text]
        if len(texts) >= _FACT_BOX_MIN_LINES and not any(
                _is_call_to_action(_Block(text, cells=tuple(_CELL_GAP.split(text)))) for text in texts):
            boxed.update((at, text) for at, text in run if filled[0] <= at <= filled[-1])
        run = []
        if left := _LEFT_BORDERED.fullmatch(line):
            boxed[index] = left["text"]
            indents[index] = left.start("text") - 1
    last = first = None  # the fact a wrapped line would continue, and the box's first line (its label, perhaps)
    prose = False  # the box holds text, not facts: its lines are a paragraph the border wraps
    for index in sorted(boxed):
        if index - 1 not in boxed:
            last = first = None  # a new box
            end = index
            while end + 1 in boxed:
                end += 1
            texts = [boxed[at] for at in range(index, end + 1) if boxed[at]]
            prose = not any(_FACT_LINE.fullmatch(text) or _FIGURE_FIRST.fullmatch(text) or _TIMELINE_ENTRY.fullmatch(text)
                            or _BULLET_LINE.fullmatch(text) or _DOT_LEADER.search(text) for text in texts[1:])
        text = boxed[index]
        if not text:
            continue
        bullet = _BULLET_LINE.fullmatch(text)
        # ('│ "Kolvo is a partner, not a patron, and the │' / '│ port deal is proof of it," Ivo │' / '│ Radek said. │': a
        # line of text wrapped by the border goes on on the next, whatever its first letter; a label over it does not)
        if last is not None and not bullet and (text[:1].islower() or (indents[index] > indents[last] and last != first)
                                                or _breaks_off(boxed[last]) or (
                                                    prose and not _ends_complete(boxed[last])
                                                    and not (last == first and _looks_like_heading(boxed[last])))):
            boxed[last] = f"{boxed[last]} {text}"
            boxed[index] = ""
            continue
        boxed[index] = bullet["text"] if bullet else text
        last = index
        first = index if first is None else first
    return boxed


# one line of a key-figures box: "184 — states with which it has relations", "~€58m — aid, 2024", "44 ha — its area"
# ("80 of 120 — votes needed to amend the constitution", "27 March 2020 — joined the Kolvo pact": a share, or a date)
_FIGURE_LINE = re.compile(r"(?:[~≈]?\s*[$€£¥]?\d[\d.,]*\s*(?:%|[a-z]{1,3}\b|bn\b|million\b|billion\b)?"
                          r"(?:\s+(?:of|in|out of)\s+\d[\d.,]*)?"
                          r"|(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?(?:1[5-9]|20)\d\d)\s*[—–]\s+"
                          r"(?P<label>[^.!?]{3,100})")
_FIGURE_LINE_MAX_WORDS = 14


# one fact of a box whose label says it is one, its name and its value: "Full name: Lamu Port–South Sudan–Ethiopia
# Transport Corridor", "Other components: oil pipeline, railway, three airports — mostly unbuilt" (its value may run
# longer than a framed box's, _FACT_LINE, as long as the line stays short)
_NAMED_FACT = re.compile(r"(?-i:[A-Z0-9])[^:.!?]{1,40}:\s+\S.*")


# one entry of a glossary box, an abbreviation, a dash and what it stands for: "YLB — Yacimientos de Litio Bolivianos,
# the state lithium company", "ALBA-TCP — the bloc founded by Venezuela and Cuba in 2004" (two capitals at least: a
# word of prose, "Kolvo — the capital — ...", is no term)
_GLOSSARY_ENTRY = re.compile(r"(?-i:[A-Z][A-Za-z0-9&./-]*[A-Z][A-Za-z0-9&./-]*)\s+[—–]\s+(?P<meaning>\S.*)")


def _is_dotted_fact(text: str) -> bool:
    """'Ruritania ........ ~41% of merchandise trade · 900 MW power deal': a fact's name, a few words, led by dots
    to its value, as a box lays them out."""
    leader = _DOT_LEADER.search(text)
    return bool(leader) and len(text[:leader.start()].split()) <= _FACT_BOX_LABEL_WORDS


def _figure_list_lines(lines: list[str]) -> dict[int, str]:
    """The lines of a key-figures box with no frame: a short label ('KEY NUMBERS', 'At a glance') over two or more
    lines that each give a figure, a dash and what it counts, with no blank line between them; or, under a label that
    says it is a fact box ('LAPSSET AT A GLANCE', 'Key facts', 'FACT BOX — ELBONIA'S PARTNERS AT A GLANCE', which may
    run longer), two or more lines that each give a fact's name and its value ('Launched: 2012', 'Ruritania .......
    ~41% of trade'), none holding a sentence's end and the next one's start; such a fact may run longer than a
    figure's line if it does not end like a sentence."""
    boxed: dict[int, str] = {}
    for index, line in enumerate(lines):
        label = line.strip()
        if not label or (index and lines[index - 1].strip()) or index + 2 >= len(lines):
            continue
        named = bool(_BOX_LABEL.fullmatch(label)) and not re.search(r"[.;!?]", label)
        if not named and (len(label.split()) > _FACT_BOX_LABEL_WORDS or re.search(r"[.:;!?,\d]", label)):
            continue
        run = []
        for at in range(index + 1, len(lines)):
            text = lines[at].strip()
            size = len(text.split())
            # ("Parties: Elbonian Ministry of Finance; Kolvo Export Bank; Ruritania Grid (via its local arm)")
            named_fact = named and (_NAMED_FACT.fullmatch(text) or _is_dotted_fact(text)) and not (
                _SENTENCE_INSIDE.search(text)) and (size <= _FIGURE_LINE_MAX_WORDS or (
                    size <= _BOX_BULLET_MAX_WORDS and not re.search(r"[^\W\d_]{2}[.!?][”\"’']?$", text)))
            # ("JARGON BUSTER" / "YLB — Yacimientos de Litio Bolivianos, the state lithium company" / "DLE — direct
            # lithium extraction": under any short label, a glossary's entries, each a clause or two and no sentence's end)
            entry = _GLOSSARY_ENTRY.fullmatch(text)
            glossary = entry is not None and size <= _BOX_BULLET_MAX_WORDS and not _SENTENCE_INSIDE.search(text) and (
                not re.search(r"[^\W\d_]{2}[.!?][”\"’']?$", text))
            if not ((_FIGURE_LINE.fullmatch(text) and size <= _FIGURE_LINE_MAX_WORDS) or named_fact or glossary):
                break
            run.append((at, text))
        if len(run) >= 2 and (len(run) + 1 == len(lines) - index or not lines[index + len(run) + 1].strip()):
            boxed[index] = label
            boxed.update(run)
    return boxed


# the top of a box with its label drawn into it: "┏ ELBONIA IN NUMBERS ┓", "┌── KEY FACTS ──┐", "+-- AT A GLANCE --+"
_TITLED_TOP = re.compile(r"[┏┌╔+]\s*[─━═-]*\s*(?P<label>[^\s─━═┓┐╗+|│┃║-](?:[^─━═┓┐╗+|│┃║]{0,58}[^\s─━═┓┐╗+|│┃║-])?)"
                         r"\s*[─━═-]*\s*[┓┐╗+]"
                         # "┌──── TIMELINE: Kingstown's partners ────": open on the right, but drawn on both sides
                         # ("┌ BAGAMOYO AT A GLANCE ──────": or from its corner)
                         r"|[┏┌╔]\s*[─━═]*\s*(?P<open>[^\s─━═┓┐╗+|│┃║-](?:[^─━═┓┐╗+|│┃║]{0,58}[^\s─━═┓┐╗+|│┃║-])?)"
                         r"\s*[─━═]{2,}")
# a box's side frame on a line of its own: "│ 1979  Independence from Britain"
_SIDE_FRAME = re.compile(r"^[│┃║]\s*|\s*[│┃║]$")
# its bottom border: "┗━━━━━━━━┛", "└────────┘", "+--------+"
_BOX_BOTTOM = re.compile(r"[┗└╚+]?\s?[─━═-]{3,}\s?[┛┘╝+]?")
# one fact of a box with no side frame: "Population (2020 census): 119,940", "Capital: Kolvo"
_FACT_LINE = re.compile(r"[^:.!?]{2,60}:\s+\S[^!?]{0,80}")


def _titled_box_lines(lines: list[str]) -> dict[int, str]:
    """The lines of a key-figures box drawn with its label in its top border and a bottom border, but no side
    frame ('┏ ELBONIA IN NUMBERS ┓' / 'Population: 400,000' / 'Capital: Kolvo' / '┗━━━━━━━━┛'): the label (without
    the frame) over two or more facts ('Name: value', or a figure, a dash and what it counts, or a short point under
    its bullet), each a line, with no blank line between; the bottom border gives no block of its own."""
    boxed: dict[int, str] = {}
    for index, line in enumerate(lines):
        top = _TITLED_TOP.fullmatch(line.strip())
        label = top and (top["label"] or top["open"])
        if not label or len(label.split()) > _FACT_BOX_CAPS_LABEL_WORDS:
            continue
        run = []
        for at in range(index + 1, len(lines)):
            text = _SIDE_FRAME.sub("", lines[at].strip())
            if text[:1] in "┗└╚":
                break  # (the bottom corner)
            # ("• Kolvo: air base (lease to 2032), ~640,000 migrant workers, customs union since 2015": or a point under
            # its bullet, a clause or two and no sentence's end, that calls for nothing)
            bullet = _BULLET_LINE.fullmatch(text)
            text = bullet["text"].strip() if bullet else text
            point = bool(bullet) and len(text.split()) <= _BOX_BULLET_MAX_WORDS and not _SENTENCE_INSIDE.search(text) \
                and not _is_call_to_action(_Block(text, cells=tuple(_CELL_GAP.split(text))))
            # ("│ 5,550   personnel authorised for the force": or a figure and what it counts, set off by a gap)
            if not point and not ((_FACT_LINE.fullmatch(text) or _FIGURE_LINE.fullmatch(text)
                                   or _TIMELINE_ENTRY.fullmatch(text) or _FIGURE_FIRST.fullmatch(text))
                                  and not _SENTENCE_INSIDE.search(text) and len(text.split()) <= _FIGURE_LINE_MAX_WORDS):
                break
            run.append((at, text))
        bottom = index + len(run) + 1
        end = lines[bottom].strip() if bottom < len(lines) else ""
        # ("└ Source: Ministry of Transport": a bottom corner with the box's source note in it, a line of its own)
        if len(run) >= 2 and (_BOX_BOTTOM.fullmatch(end) or re.fullmatch(r"[┗└╚]\s*[^\s─━═].*", end)):
            boxed[index] = label
            boxed.update(run)
            if _BOX_BOTTOM.fullmatch(end):
                boxed[bottom] = ""
    return boxed


_RULED_LABEL_MAX_WORDS = 10
_BOX_BULLET_MAX_WORDS = 25  # a bulleted point of a box whose label says it is a fact box
# a line of a key-figures box that opens with its figure: "$1.2bn — value of the deal", "51 / 34 / 15 — the shares (%)"
_FIGURE_FIRST = re.compile(r"[~≈<>]?[^\s\d]{0,3}\d\S*\s+\S.*")


def _unbulleted(text: str) -> str:
    """A box's line without its bullet: "• Total value: $4.2bn" -> "Total value: $4.2bn"."""
    bullet = _BULLET_LINE.fullmatch(text)
    return bullet["text"] if bullet else text

# a fact box's label that says it is one: "FACT BOX: The deal at a glance", "Key facts | Elbonia", "Elbonia at a glance"
# ("KEY POINTS — ELBONIA'S PARTNERS", "DATA SNAPSHOT · Elbonia's partners, 2025")
_BOX_LABEL = re.compile(r"(?=(?:\S+\s+){0,9}\S+$)(?:(?:fact ?box|fact ?file|key facts|fast facts|quick facts|key points|"
                        r"data snapshot)\b.*|"
                        r".*\b(?:at a glance|in numbers|in figures)(?:\s*[:|–—-]\s*.+)?)", re.I)


# a row of a box's two columns, a name of a few words and its value past a wide gap: "China           Trade $21.7bn"
_ALIGNED_ROW = re.compile(r"(?P<name>[^\s│┃║|]+(?: [^\s│┃║|]+){0,3})\s{2,}(?P<value>[^\s│┃║|].*)")
# the source line at the foot of a box: "Sources: national statistics office, Varna Institute calculations"
_SOURCE_LINE = re.compile(r"(?:sources?|data)\s*:\s*\S.{0,200}", re.I)


def _aligned_rows(lines: list[str], start: int) -> tuple[list[tuple[int, str]], int]:
    """The rows of a box's two columns from `start` on, each as "Name: value", and the line after the last: their
    values all start at the same column, none holds a sentence's end and the next one's start, and at least half of
    them hold a figure (a menu laid out in two columns holds none)."""
    run: list[tuple[int, str]] = []
    column, at = None, start
    while at < len(lines):
        raw = lines[at].expandtabs(4).rstrip()
        row = _ALIGNED_ROW.fullmatch(raw.strip())
        if not row or len(row["value"].split()) > _FIGURE_LINE_MAX_WORDS or _SENTENCE_INSIDE.search(row["value"]):
            break
        value_at = len(raw) - len(raw.lstrip()) + row.start("value")
        if column is not None and value_at != column:
            break
        column = value_at
        run.append((at, f"{row['name']}: {row['value']}"))
        at += 1
    if 2 * sum(bool(re.search(r"\d", text)) for _, text in run) < len(run):
        return [], start
    return run, at


def _ruled_box_lines(lines: list[str]) -> dict[int, str]:
    """The lines of a box set off by rules, its label in a band of its own ('-----' / 'FACT BOX | The deal in numbers' /
    '-----' / 'Total value ..... €1.27 billion' / ... / '-----'): the label over two or more short lines, none holding
    a sentence's end and the next one's start, with no blank line before the closing rule.  The label heads its lines
    only, as a fact box's does; the rules give no block of their own."""
    boxed: dict[int, str] = {}
    for index in range(len(lines) - 4):
        label = lines[index + 1].strip()
        if not (_is_border(lines[index].strip()) and _is_border(lines[index + 2].strip()) and label) or _is_border(label) \
                or len(label.split()) > _RULED_LABEL_MAX_WORDS or re.search(r"[.;!?]$", label) or label[:1] in "│┃║|":
            continue  # (a box framed at the sides too is a framed fact box)
        run: list[tuple[int, str]] = []
        at = index + 3
        while at < len(lines) and lines[at].strip() and not _is_border(lines[at].strip()):
            text = lines[at].strip()
            if len(text.split()) > _FIGURE_LINE_MAX_WORDS or _SENTENCE_INSIDE.search(text):
                break
            run.append((at, _unbulleted(text)))
            at += 1
        if len(run) >= 2 and at < len(lines) and _is_border(lines[at].strip()):
            boxed[index + 1] = label
            boxed[index + 2] = ""  # (the rule under the label)
            boxed.update(run)
    # ("-----" / "ELBONIA AT A GLANCE" / "Capital: Varna" / ... / "-----": a label that says so, with no rule under it,
    # over facts of the form "Name: value", or short lines that open with a figure: "┌────┐" / "THE DEAL IN NUMBERS" /
    # "• $1.2bn — value of the concession" / "• 19 December — deadline for the vote" / "└────┘")
    for index in range(len(lines) - 3):
        label = lines[index + 1].strip()
        if index + 1 in boxed or not (_is_border(lines[index].strip()) and label) or _is_border(label):
            continue
        at, run = index + 2, []
        named = bool(_BOX_LABEL.fullmatch(label))
        while named and at < len(lines) and (text := _unbulleted(lines[at].strip())) and (_FACT_LINE.fullmatch(text) or (
                _FIGURE_FIRST.fullmatch(text) and len(text.split()) <= _FIGURE_LINE_MAX_WORDS)) and \
                not _SENTENCE_INSIDE.search(text):
            run.append((at, text))
            at += 1
        # ("┌────┐" / "THE DEAL AT A GLANCE" / "• Ties with Kolvo restored May 3; embassy to reopen in Varna by June" /
        # "• Grain: 18,000 t/yr duty-free" / "└────┘": or short points, each a line of its own under its bullet, a
        # clause or two and no sentence's end; a point wrapped onto a line with no bullet makes no such box)
        if named and not (at < len(lines) and _is_border(lines[at].strip())):
            at, run = index + 2, []
            while at < len(lines) and (bullet := _BULLET_LINE.fullmatch(lines[at])) and not _is_border(lines[at].strip()) \
                    and len(bullet["text"].split()) <= _BOX_BULLET_MAX_WORDS and not _SENTENCE_INSIDE.search(bullet["text"]):
                run.append((at, bullet["text"].strip()))
                at += 1
        # ("┌────┐" / "DATA SNAPSHOT · Elbonia's partners, 2025" / "Ruritania       Aid: $268m (2024: $413m)" /
        # "European Union  Trade €15.2bn" / "Sources: ..." / "└────┘": or, under any short label, rows of a name and its
        # value, the values in a column of their own set off by a wide gap, most with a figure, perhaps over the box's
        # source line)
        if not (at < len(lines) and _is_border(lines[at].strip())) and len(label.split()) <= _RULED_LABEL_MAX_WORDS \
                and not re.search(r"[.;!?]$", label) and label[:1] not in "│┃║|":
            run, at = _aligned_rows(lines, index + 2)
            if at < len(lines) and run and _SOURCE_LINE.fullmatch(lines[at].strip()):
                run.append((at, lines[at].strip()))
                at += 1
        if len(run) >= 2 and at < len(lines) and _is_border(lines[at].strip()):
            boxed[index + 1] = label
            boxed.update(run)
    return boxed


# the label of a timeline box: "TIMELINE ▸ Elbonia's partners at a glance", "Key dates", "Chronology: the Kolvo dispute"
_TIMELINE_LABEL = re.compile(
    r"(?:timeline|chronology|key dates|key moments|milestones)(?:\s*[:▸►›»|·–—-]\s*[^.!?]{1,80})?", re.I)
# one of its entries, a date, a dash and what happened: "1960 — Independence from Ruritania", "March 2024: Talks open",
# "12 May 2025 – Kolvo signs"
_TIMELINE_ENTRY = re.compile(
    r"(?:(?:\d{1,2}\s+)?(?-i:[A-Z])[a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?:1[5-9]|20)\d\d(?:\s*[-–]\s*(?:1[5-9]|20)?\d\d)?s?"
    r"(?:\s*[—–:-]\s+|\s{2,})\S.*")  # ("2005  Joins PetroCaribe": a date set off by a wide gap)
_TIMELINE_ENTRY_MAX_WORDS = 30


def _timeline_lines(lines: list[str]) -> dict[int, str]:
    """The lines of a timeline box: its label ('TIMELINE ▸ Elbonia at a glance', 'Key dates'), after a blank line, over
    two or more lines that each give a date, a dash and what happened ('1960 — Independence from Ruritania'), with no
    blank line between.  The label heads its entries only, as a fact box's does."""
    boxed: dict[int, str] = {}
    for index, line in enumerate(lines):
        label = line.strip()
        if (index and lines[index - 1].strip()) or not _TIMELINE_LABEL.fullmatch(label):
            continue
        run = []
        for at in range(index + 1, len(lines)):
            text = lines[at].strip()
            if not (_TIMELINE_ENTRY.fullmatch(text) and len(text.split()) <= _TIMELINE_ENTRY_MAX_WORDS):
                break
            run.append((at, text))
        if len(run) >= 2:
            boxed[index] = label
            boxed.update(run)
    return boxed


# a heading marked up as in Markdown in a plain-text capture: "## What about the United States?"
_TXT_MD_HEADING = re.compile(r"#{1,6}\s+(?P<text>[^#\s].{0,150}?)\s*#*")
_TXT_MD_HEADING_MAX_WORDS = 20


def _narrow_cells(text: str) -> tuple[str, ...]:
    """'Home  Politics  Business  Opinion  | Sign in  | Subscribe from €1': a row of five or more short links set
    apart by two blanks (or bars), most of them capitalised, at most one with a figure; () for anything else."""
    cells = tuple(c for c in (c.strip(" |") for c in re.split(r"[ \u00a0]{2,}|\s\|\s", text)) if c)
    if len(cells) >= 5 and all(len(c.split()) <= 3 and not _ends_complete(c) for c in cells) and sum(
            bool(re.search(r"\d", c)) for c in cells) <= 1 and sum(
            c[:1].isupper() or _is_pictogram(c[:1]) for c in cells) >= 0.8 * len(cells):
        return cells
    return ()


def _blocks_from_txt(raw: str, log: _Log) -> list[_Block]:
    """Every non-blank line is a block; hard-wrapped lines are rejoined later."""
    blocks: list[_Block] = []
    soft = False
    hanging: tuple[int, int] | None = None  # the last bullet's line and its bullet's column, while its point goes on
    lines = raw.split("\n")
    rows = _table_rows(lines)
    ruled = _ruled_box_lines(lines)
    boxed = ruled | _fact_box_lines(lines) | _figure_list_lines(lines) | _titled_box_lines(lines) | _timeline_lines(lines)
    for index, line in enumerate(lines):
        line = line.strip()
        if not _normalise_spaces(line):
            soft = False
            continue
        if index in rows:
            if rows[index]:  # (a table's header and rule lines give no block of their own)
                blocks.append(_Block(rows[index], "bullet", soft=soft, row=True))
            soft = True
            continue
        if index in boxed:  # a fact box: its label heads the facts, each fact a line of its own
            text = _DOT_LEADER.sub(": ", boxed[index])  # "Budget ........ €1.3 billion": "Budget: €1.3 billion"
            if not text:
                continue  # (a blank line inside the frame)
            opens = index - 1 not in boxed and index + 1 in boxed
            label = opens and (
                (len(text.split()) <= _FACT_BOX_LABEL_WORDS and not re.search(r"[.:;!?]", text))
                # "KEY FACTS: KOLVO", "KEY FACTS: KOLVO'S ECONOMY AT A GLANCE": a label in capitals may run longer
                or (text.isupper() and len(text.split()) <= _FACT_BOX_CAPS_LABEL_WORDS
                    and not re.search(r"[.;!?]", text))
                or bool(_TIMELINE_LABEL.fullmatch(text) or _BOX_LABEL.fullmatch(text))
                or (index in ruled and index - 1 not in ruled))
            blocks.append(_Block(text, "heading" if label else "bullet", soft=soft, label=bool(label)))
            soft = True
            continue
        if index + 1 in rows and _FIGURE_TITLE.fullmatch(_normalise_spaces(line)):
            # "Figure 1: Loans to Elbonia, $bn" over its table: it heads the table only, as a fact box's label does
            blocks.append(_Block(line, "heading", soft=soft, label=True))
            soft = True
            continue
        marked = _TXT_MD_HEADING.fullmatch(line)
        if marked and len(marked["text"].split()) <= _TXT_MD_HEADING_MAX_WORDS:
            blocks.append(_Block(marked["text"], "heading", soft=soft))  # "## What next?": a heading, as the marks say
            soft = True
            continue
        line = _TRAILING_RULE.sub("", line)  # "KEY POINTS  ────────": a label with a rule drawn on after it
        bullet = _BULLET_LINE.fullmatch(line)
        text = bullet["text"] if bullet else line
        cells = tuple(c for c in _CELL_GAP.split(text) if c.strip())
        if len(cells) <= 1:
            cells = _narrow_cells(text) or cells
        # ("     • Package: $1.74bn — Varna $1.1bn," / "       Kolvo $420m, bonds $220m": a bullet's point wrapped onto
        # the next line, indented past the bullet with no bullet of its own, goes on from it)
        indent = len(lines[index].expandtabs(4)) - len(lines[index].expandtabs(4).lstrip())
        if hanging is not None and hanging[0] == index - 1 and not bullet and indent > hanging[1] and len(cells) <= 1 \
                and not _is_border(line) and blocks and blocks[-1].kind == "bullet" and not blocks[-1].cells:
            blocks[-1].text = _join(blocks[-1].text, line)
            hanging = (index, hanging[1])
            continue
        hanging = (index, indent) if bullet else None
        blocks.append(_Block(text, "bullet" if bullet else "line", soft=soft, cells=cells if len(cells) > 1 else ()))
        soft = True
    return blocks


_TRAILING_RULE = re.compile(r"(?<=[\w)?:])\s{2,}(?:[─━═]{4,}|-{4,}|={4,}|_{4,}|~{4,})$")
_TABLE_MIN_ROWS = 3  # a table: at least this many lines in a row ...
_FIGURE_TABLE_MIN_ROWS = 2  # ... or, under a figure's title, its data: a row of labels over a row of values
_TABLE_MIN_CELLS = 3  # ... each split into this many cells (by tabs, wide gaps or pipes) ...
_TABLE_CELL_MAX_WORDS = 15  # ... of a few words each
_PIPE_RULE = re.compile(r"\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?")  # "|------|:----:|" under a header
_NUMERIC_CELL = re.compile(r"[~≈<>c.\s]{0,3}[$€£¥]?\s?\d")  # "2023", "$250m", "~$5bn", "c. 820 km"


def _table_cells(line: str) -> list[str]:
    """'| Kolvo | 2023 | $5m |' and 'Kolvo | 2023 | $5m' split at the pipes (a cell may be empty); 'Kolvo   2023   $5m'
    at the wide gaps."""
    line = line.strip()
    if line.count("|") >= 2:
        if line.startswith("|"):  # the outer bars of '| a | b |' ('a | b |' ends in an empty cell)
            line = line[1:-1] if line.endswith("|") else line[1:]
        return [c.strip() for c in line.split("|")]
    return [c.strip() for c in _CELL_GAP.split(line) if c.strip()]


# the end of a table row's last cell wrapped onto a line of its own: "| Turkey | 1.1 | drones," / "construction   |"
_CELL_END = re.compile(r"(?P<text>[^|]*[^|\s])\s*\|?")
_UNFINISHED_CELL = re.compile(r"(?:[,;&/+-]|\b(?:and|or|of|the|a|an|to|for|with|in|on))$")


def _row_continuation(row_line: str, line: str, row: list[str]) -> str | None:
    """The text that ends the last cell of a table's row broken over two lines, or None.

    The line must hold nothing but that text (no pipe before it, no gap splitting it), and either close the cell
    the row line left open ('| Turkey | 1.1 | drones,' / 'construction |'), or run on from a cell broken off
    mid-phrase ('Kolvo   2023   roads and' / 'bridges'), as a new row, a caption or a source line does not.
    """
    stripped = line.strip()
    m = _CELL_END.fullmatch(stripped)
    if not m or not row or stripped.startswith("|") or len(_CELL_GAP.split(m["text"].strip())) > 1:
        return None
    text = m["text"].strip()
    if len((row[-1] + " " + text).split()) > _TABLE_CELL_MAX_WORDS:
        return None
    closes = stripped.endswith("|") and row_line.startswith("|") and not row_line.endswith("|")
    runs_on = text[:1].islower() and bool(_UNFINISHED_CELL.search(row[-1]))
    return text if closes or runs_on else None


def _table_rows(lines: list[str]) -> dict[int, str]:
    """The lines of tables of facts, each as one row of text ('' for a header or rule line).

    A table is a run of at least three lines, with no blank line between, that come apart into the same number
    (three or more) of short cells at tabs, wide gaps or pipes, and whose rows mostly hold figures (a row of menu
    links holds none).  Its header (the line above a '|---|' rule, or a first line of words over rows that open
    cells with figures) labels each cell: 'Partner: Kolvo | Year: 2023 | Scale: $5m'.  One pass over the lines.
    """
    rows: dict[int, str] = {}
    index = 0
    while index < len(lines):
        cells = _table_cells(lines[index])
        width = len(cells)
        if width < _TABLE_MIN_CELLS or not all(cells) or any(len(c.split()) > _TABLE_CELL_MAX_WORDS for c in cells):
            index += 1
            continue
        run: list[tuple[int, list[str]]] = []
        rule_at = None
        wrapped: list[int] = []  # lines that only end the last cell of the row above
        row_line = ""  # the text of the last row so far, with any line that ended its last cell
        end = index
        while end < len(lines) and lines[end].strip():
            if _PIPE_RULE.fullmatch(lines[end].strip()) and "-" in lines[end]:
                rule_at = rule_at if rule_at is not None else end
                end += 1
                continue
            row = _table_cells(lines[end])
            if len(row) != width and run and (rest := _row_continuation(row_line, lines[end], run[-1][1])):
                run[-1] = (run[-1][0], run[-1][1][:-1] + [f"{run[-1][1][-1]} {rest}".strip()])
                row_line = f"{row_line} {lines[end].strip()}"
                wrapped.append(end)
                end += 1
                continue
            if len(row) != width or any(len(c.split()) > _TABLE_CELL_MAX_WORDS for c in row):
                break
            run.append((end, row))
            row_line = lines[end].strip()
            end += 1
        body = run[1:] if run else []
        header_by_rule = rule_at is not None and len(run) > 1 and run[0][0] < rule_at < run[1][0]
        header_by_words = not any(_NUMERIC_CELL.match(c) for c in run[0][1]) and any(
            _NUMERIC_CELL.match(c) for _, row in body for c in row) if run else False
        figured = sum(1 for _, row in body if any(re.search(r"\d", c) for c in row))
        # (a figure's data right under its title may be two rows: "Figure 1: Spending, % of GDP" / "Year  2020  2021" /
        # "% GDP  1.35  1.30")
        titled = bool(run) and run[0][0] > 0 and bool(_FIGURE_TITLE.fullmatch(lines[run[0][0] - 1].strip()))
        if len(run) >= (_FIGURE_TABLE_MIN_ROWS if titled else _TABLE_MIN_ROWS) and 2 * figured >= len(body):
            header = run[0][1] if (header_by_rule or header_by_words) and all(run[0][1]) else None
            for position, (at, row) in enumerate(run):
                if header and position == 0:
                    rows[at] = ""
                elif header:
                    rows[at] = " | ".join(f"{h}: {c}" if c else f"{h}: –" for h, c in zip(header, row))
                else:
                    rows[at] = " | ".join(c or "–" for c in row)
            for at in wrapped + ([rule_at] if rule_at is not None else []):
                rows[at] = ""  # (no block of their own: a rule under the header, the end of a wrapped row)
        index = max(end, index + 1)
    return rows


_MD_HEADING = re.compile(r"\s{0,3}(#{1,6})\s+(?P<text>.*?)\s*#*\s*")
_MD_RULE = re.compile(r"\s{0,3}(?:[-*_]\s*){3,}")
_MD_SETEXT = re.compile(r"\s{0,3}(?:=+|-+)\s*")
_MD_BULLET = re.compile(r"\s*[-*+•]\s+(?P<text>.*)")
_MD_ORDERED = re.compile(r"\s*(?P<number>\d{1,3})[.)]\s+(?P<text>.*)")
_MD_FOOTNOTE_DEF = re.compile(r"\s*\[\^(?P<number>\d+)\]:\s*(?P<text>.*)")
_MD_LINK_DEF = re.compile(r"\s{0,3}\[[^\]]+\]:\s+\S+.*")
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_INLINE = [
    (_MD_IMAGE, ""),
    (re.compile(r"\[\^(\d+)\]"), r"[\1]"),  # footnote references
    (re.compile(r"\[([^\]]*)\]\((?:[^()\s]+|\([^)]*\))*(?:\s+\"[^\"]*\")?\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\[[^\]]*\]"), r"\1"),  # reference links
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
]


def _strip_markdown_inline(text: str) -> str:
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return text


def _blocks_from_md(raw: str, log: _Log) -> list[_Block]:
    blocks: list[_Block] = []
    paragraph: list[str] = []

    def flush() -> None:
        if paragraph:
            blocks.append(_Block(_strip_markdown_inline(functools.reduce(_join_words, paragraph))))
            paragraph.clear()

    lines = raw.split("\n")
    for index, line in enumerate(lines):
        line = re.sub(r"^\s{0,3}>\s?", "", line)  # blockquote marker
        for image in _MD_IMAGE.finditer(line):
            log.drop("image", image.group(), len(blocks))
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if note := _MD_FOOTNOTE_DEF.fullmatch(line):
            flush()
            blocks.append(_Block(_strip_markdown_inline(note["text"]), "note", number=int(note["number"])))
        elif not line.strip() or _MD_LINK_DEF.fullmatch(line):
            flush()
        elif paragraph == [] and line.strip() and _MD_SETEXT.fullmatch(following) and following.strip():
            blocks.append(_Block(_strip_markdown_inline(line.strip()), "heading"))
        elif _MD_SETEXT.fullmatch(line) and index > 0 and lines[index - 1].strip():
            continue  # underline of a setext heading
        elif heading := _MD_HEADING.fullmatch(line):
            flush()
            blocks.append(_Block(_strip_markdown_inline(heading["text"]), "heading"))
        elif _MD_RULE.fullmatch(line):
            flush()
        elif bullet := _MD_BULLET.fullmatch(line):
            flush()
            blocks.append(_Block(_strip_markdown_inline(bullet["text"]), "bullet"))
        elif item := _MD_ORDERED.fullmatch(line):
            flush()
            blocks.append(_Block(_strip_markdown_inline(item["text"]), "bullet", number=int(item["number"])))
        elif line.startswith((" ", "\t")) and not paragraph and blocks and blocks[-1].kind in ("bullet", "note"):
            blocks[-1].text += " " + _strip_markdown_inline(line.strip())  # list item continuation
        else:
            paragraph.append(line.strip())
    flush()
    return blocks


class _HtmlBlockParser(HTMLParser):
    """Collects the visible text of an HTML page as blocks."""

    SKIP = frozenset(
        "script style nav header footer aside form noscript iframe svg head title "
        "template button select figcaption dialog".split()
    )
    BLOCKS = frozenset(
        "p div section article main blockquote hr table tr td th dl dt dd "
        "pre figure address center body html".split()
    )
    HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
    SILENT = frozenset("script style head title template svg".split())  # code/metadata: not reported

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[_Block] = []
        self._parts: list[str] = []
        self._kind = "line"
        self._number: int | None = None
        self._soft = False  # the next block follows a <br>
        self._skip_depth = 0
        self._skip_tag = ""  # the outermost element being skipped
        self._skipped_parts: list[str] = []
        self.skipped: list[tuple[int, str, str]] = []  # (block position, reason, text)
        self._in_sup = False
        self._lists: list[_HtmlList] = []  # open <ul>/<ol> elements, innermost last
        self._script: list[str] | None = None  # the source or code of the open <script>
        self.scripts: list[tuple[int, str]] = []  # (block position, source or code) of every <script>
        self.handlers: list[tuple[int, str]] = []  # (block position, "onclick=...") of every event-handler attribute

    def _in_item(self) -> bool:
        return any(lst.item_open for lst in self._lists)

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.blocks.append(_Block(text, self._kind, number=self._number, soft=self._soft))
        self._parts = []
        self._kind = "bullet" if self._in_item() else "line"  # a <p> inside an <li> is still the item
        self._number, self._soft = None, False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:  # only text is kept, so these go too; reported, as signs of a hostile page
            if name.startswith("on"):
                self.handlers.append((len(self.blocks), f"{name}={value or ''}"))
        if tag == "script":
            self._script = [dict(attrs).get("src") or ""]
        if tag in self.SKIP:
            if not self._skip_depth:
                self._skip_tag = tag
            self._skip_depth += 1
        elif self._skip_depth:
            self._skipped_parts.append(" ")
            return
        elif tag in self.HEADINGS:
            self._flush()
            self._kind = "heading"
        elif tag in ("ol", "ul"):
            self._flush()
            self._lists.append(_HtmlList(ordered=tag == "ol"))
        elif tag == "li":
            self._flush()
            self._kind = "bullet"
            if self._lists:
                current = self._lists[-1]
                current.item_open = True
                current.count += 1
                self._number = current.count if current.ordered else None
        elif tag == "br":
            kind, number = self._kind, self._number
            self._flush()
            if kind == "line":
                self._soft = True
            else:  # a <br> inside a heading or list item does not end it
                self._kind, self._number = kind, number
        elif tag in self.BLOCKS:
            self._flush()
        elif tag == "sup":
            self._in_sup = True
        elif tag == "img":
            self._parts.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._report_script()
        if tag in self.SKIP:
            self._skip_depth = max(0, self._skip_depth - 1)
            if not self._skip_depth:
                self._report_skipped()
        elif self._skip_depth:
            return
        elif tag in ("ol", "ul"):
            if self._lists:
                self._lists.pop()
            self._flush()
        elif tag == "li":
            if self._lists:
                self._lists[-1].item_open = False
            self._flush()
        elif tag in self.HEADINGS or tag in self.BLOCKS:
            self._flush()
        elif tag == "sup":
            self._in_sup = False

    def _report_skipped(self) -> None:
        text = " ".join("".join(self._skipped_parts).split())
        if text and self._skip_tag not in self.SILENT:
            self.skipped.append((len(self.blocks), f"page {self._skip_tag}", text))
        self._skipped_parts = []

    def _report_script(self) -> None:
        if self._script is not None:
            self.scripts.append((len(self.blocks), " ".join(" ".join(self._script).split()) or "<script>"))
            self._script = None

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script.append(data)
        if self._skip_depth:
            self._skipped_parts.append(data)
            return
        if self._in_sup and re.fullmatch(r"\s*\d{1,3}\s*", data):
            data = f"[{data.strip()}]"  # <sup>3</sup> footnote reference
        self._parts.append(data)

    def close(self) -> None:
        super().close()
        self._flush()
        self._report_script()
        if self._skip_depth:  # an element left open at the end of the page
            self._report_skipped()


@dataclass
class _HtmlList:
    ordered: bool
    count: int = 0
    item_open: bool = False


def _blocks_from_html(raw: str, log: _Log) -> list[_Block]:
    parser = _HtmlBlockParser()
    parser.feed(raw)
    parser.close()
    for position, reason, text in parser.skipped:
        log.drop(reason, text, position)
    for found, what in ((parser.scripts, "script"), (parser.handlers, "event handler")):
        if found:  # one line each, at the first: a saved page can hold hundreds
            log.drop(f"{len(found)} {what}{'s' if len(found) > 1 else ''}", " | ".join(text for _, text in found), found[0][0])
    return parser.blocks


# --------------------------------------------------------------------------
# Inline cleaning
# --------------------------------------------------------------------------

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\n]+?)>")
_HTML_COMMENT = re.compile(r"<!--.*?(?:-->|$)", re.S)
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^<>]{0,500}>.*?(?:</\1\s*>|$)", re.I | re.S)
_TAG_NAMES = (
    "a|abbr|article|aside|b|big|blockquote|body|br|button|caption|center|cite|code|"
    "dd|del|details|dfn|div|dl|dt|em|figcaption|figure|font|footer|h[1-6]|head|"
    "header|hr|html|i|iframe|img|input|ins|kbd|label|li|link|main|mark|meta|nav|ol|"
    "p|picture|pre|q|s|samp|script|section|small|source|span|strike|strong|style|"
    "sub|summary|sup|svg|table|tbody|td|tfoot|th|thead|time|tr|tt|u|ul|var|video|wbr"
)
_TAG = re.compile(rf"</?(?:{_TAG_NAMES})(?:\s[^<>]{{0,500}})?/?>|<(?:{_TAG_NAMES})\s[^<>]{{0,500}}$", re.I)
# a note's number set in superscript, with or without its link: "<sup>7</sup>", '<sup><a href="#fn7">7</a></sup>'
_SUP_NOTE = re.compile(r"[ \t]*<sup\b[^<>]{0,200}>\s*(?:<a\b[^<>]{0,300}>\s*)?\[?(\d{1,3})\]?\s*(?:</a>\s*)?</sup>", re.I)
_INLINE_TAG = re.compile(
    r"</?(?:a|abbr|b|big|cite|code|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|"
    r"strong|sub|sup|time|tt|u|var|wbr)\b",
    re.I,
)
_ATTRIBUTES = r"(?:[\w:.-]{1,40}\s*=\s*(?:\"[^\"]*\"|'[^']*')\s*)"
# The tail of a tag whose "<a href=..." start was lost: 'Venezuela" target="_blank" rel="x">'
_TAG_TAIL = re.compile(
    rf"(?:\S{{0,80}}[\"']\s+)?{_ATTRIBUTES}{{1,12}}/?>|\S{{0,80}}(?:https?://|www\.)\S{{0,300}}?[\"']\s*/?>", re.I
)
_CAPTION_LABEL = re.compile(
    r"(?:^|(?<=[.!?”\"’)\]] ))(?:photo|image|picture|photograph|illustration|"
    r"(?:photo|image|picture) credit|credit)s?\s*:\s*",
    re.I,
)
_SENTENCE_STARTERS = frozenset(
    "A An As At After Before But During Despite For From He Her His How I If In "
    "It Its Many Most On One Our She Since So Some That The Their These They This "
    "Those Two Three Under We What When Where While Who Why With Yet".split()
)
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=[a-z]{2}[.!?][”’])(?=[A-Z][a-z])")


def _normalise_spaces(text: str) -> str:
    text = _INVISIBLE.sub("", text)
    return _SPACES.sub(" ", text).strip()


def _remove_glued_caption(text: str, log: _Log, at: int) -> str:
    """Cut a photo credit out of the text around it.

    'Image: Wikimedia CommonsIn your ...' loses the credit up to the glued
    sentence start; a credit ending the block ('... dam. Photo: Ann Lee/AFP')
    is cut off.  A credit on a line of its own is left to the chrome filter.
    """
    for label in _CAPTION_LABEL.finditer(text):
        tokens = list(itertools.islice(re.finditer(r"\S+", text[label.end():]), 9))
        for count, token in enumerate(tokens[:8]):
            glued = re.fullmatch(r"(.*[a-z])([A-Z][a-z]*)", token.group())
            # 'Photo: Ann Lee / Wire PoolEuropean officials said': after the agency's slash, a capital glued to
            # the credit and followed by a lowercase word starts the text
            after_credit = "/" in text[label.end() : label.end() + token.start()] and tokens[count + 1 :] and (
                tokens[count + 1].group()[:1].islower())
            if glued and (glued.group(2) in _SENTENCE_STARTERS or after_credit):
                cut = label.end() + token.start() + len(glued.group(1))
                log.drop("image credit", text[label.start():cut], at)
                before = text[: label.start()].rstrip()
                if before and _chrome_reason(before) == "image caption":  # "[Photo] Minister X greets Y ..."
                    log.drop("image caption", before, at)
                    before = ""
                return f"{before}{BREAK}{text[cut:]}" if before else text[cut:]
        credit = text[label.start():]
        if label.start() > 0 and len(credit.split()) <= 8 and not re.search(r"[.!?]\s", credit):
            log.drop("image credit", credit, at)  # '... at a new dam. Photograph: Jan Novak/Reuters'
            log.credited.add(at)
            return text[: label.start()].rstrip()
    return text  # not delimitable: keep the text rather than risk losing body


def _space_glued_sentences(text: str) -> str:
    """'Venezuela?Things look' -> 'Venezuela? Things look' (not in URLs).

    Text glued like this is where the capture lost a paragraph break, so the
    gap is marked with BREAK: it reads as a space, but long paragraphs are
    split there first.
    """

    def respace(token: re.Match[str]) -> str:
        word = token.group()
        if _URL.search(word) or "@" in word or "/" in word:
            return word
        return _GLUED_SENTENCE.sub(BREAK, word)

    return re.sub(r"\S+", respace, text)


# "... grows closer to Moscow ▶ Listen to this article | 8:42", "... 🎧 Listen · 9 min": an audio player's label glued
# to the text before it
_GLUED_PLAYER = re.compile(
    r"\s*[▶►🎧🔊]\s*(?:listen|play)(?: to)?(?: (?:this|the) (?:article|story|piece|report))?\s*[|·:–—-]?\s*"
    r"(?:\d{1,2}:\d{2}|\d+\s*min(?:ute)?s?)?\s*$", re.I)


# "Minister X speaks to reporters in Bishkek, March 13, 2026. WIRE/Ann Lee Purchase Licensing Rights"We do not
# choose ...": a caption and its agency credit glued to the text after them
_GLUED_CREDIT = re.compile(
    r".{10,600}?[.!?)]\s+(?-i:[A-Z][A-Z&.'’-]+(?:\s[A-Z][A-Z&.'’-]+){0,3})\s?/\s?(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3}?)"
    r"\s*(?:purchase\s+)?licensing rights(?:,?\s*opens (?:in )?(?:an? )?new (?:tab|window))?\s*(?=\S.{20})", re.I)


# "(ECOWAS ⓘ Economic Community of West African States: regional bloc founded in 1975. Glossary →)": a glossary's
# pop-up, captured inside the sentence beside the term it explains
_GLOSSARY_POPUP = re.compile(r"\s*[ⓘℹ]\ufe0f?\s*[^ⓘℹ()\[\]]{1,400}?\s*(?:glossary|definition|learn more)\s*[→›»]", re.I)
# "the International Court of Justice ⓘ The principal judicial organ of the United Nations. Its opinions are not
# binding. ruled in ...": the pop-up's sentences, then the sentence it interrupted going on in lower case (a full
# stop after an abbreviation, "U.S. officials", does not end the pop-up)
_GLOSSARY_INSERT = re.compile(r"\s*[ⓘℹ]\ufe0f?\s*(?-i:[A-Z])[^ⓘℹ]{1,400}?(?<=[a-z]{2})\.\s+(?=(?-i:[a-z]))")
# "the Popular Mobilisation Forces [?] Glossary: Popular Mobilisation Forces (PMF) — state-funded umbrella of armed
# groups formed in 2014. Close × and have ...": a pop-up labelled as the glossary's, up to its close button
_GLOSSARY_CLOSED = re.compile(
    r"\s*(?:\[\?\]|[ⓘℹ]\ufe0f?|\(i\))?\s*(?:glossary|definition)\s*:\s*[^×✕\[\]]{1,400}?\s*\[?close\s*[×✕]\]?"
    # ("[?] CBI — Citizenship by investment: a programme ... Close ✕": the term and its gloss, under the marker alone)
    r"|\s*\[\?\]\s*(?-i:[A-Z])[^×✕\[\]]{1,400}?\s*\[?close\s*[×✕]\]?", re.I)
# "an exclusive economic zone ⓘ of about ...": the marker alone, its pop-up captured elsewhere on the page
_GLOSSARY_MARKER = re.compile(r"\s*[ⓘℹ]\ufe0f?(?=\s+(?-i:[a-z])|[,;:.])")
# "ⓘ Exclusive economic zone (EEZ): the area of sea ...": a pop-up captured as a line of its own
_GLOSSARY_LINE = re.compile(r"\s*[ⓘℹ]\ufe0f?\s*(?-i:[A-Z])")


def _drop_glossary_popup(text: str, log: _Log, at: int) -> str:
    for pattern, replacement in ((_GLOSSARY_CLOSED, " "), (_GLOSSARY_POPUP, ""), (_GLOSSARY_INSERT, " "),
                                 (_GLOSSARY_MARKER, "")):
        for match in pattern.finditer(text):
            log.drop("glossary note", match.group().strip(), at)
        text = pattern.sub(replacement, text)
    return re.sub(r"(?<=\S) {2,}(?=\S)", " ", text)


def _drop_glued_credit(text: str, log: _Log, at: int) -> str:
    m = _GLUED_CREDIT.match(text)
    if not m:
        return text
    log.drop("image caption", m.group().strip(), at)
    return text[m.end():]


def _drop_glued_player(text: str, log: _Log, at: int) -> str:
    m = _GLUED_PLAYER.search(text)
    if not m or m.start() == 0:
        return text
    log.drop("share buttons", m.group().strip(), at)
    return text[: m.start()]


# "[UPDATE 23 Nov] Senegal said on Sunday ...": the tag an update carries before the paragraph it added
_UPDATE_TAG = re.compile(r"[\[(]\s*(?:update[sd]?|updated|new|latest|correction|corrected|editor['’]s note)\b[^\[\]()]{0,40}[\])]"
                         r"\s*[:–—-]?\s+(?=[\"“‘']?[A-Z])", re.I)


def _drop_update_tag(text: str, log: _Log, at: int) -> str:
    m = _UPDATE_TAG.match(text)
    if not m or len(text) - m.end() < 40:
        return text
    log.drop("update note", m.group().strip(), at)
    return text[m.end():]


def _drop_dateline(text: str, log: _Log, at: int) -> str:
    m = _DATELINE.match(text)
    if not m or not (m["date"] or m["agency"]) or len(text) - m.end() < 40:
        return text
    log.drop("dateline", m.group().strip(), at)
    return text[m.end():]


# "stalled.⁴ What", "between 2012 and 2024²)": a note number set in superscript after punctuation or a year becomes
# a "[4]" marker, as <sup>4</sup> does; "km²", "m³" and "10⁶" (after a letter or a short number) stay
_SUPERSCRIPT_NOTE = re.compile(r"([.,;:!?)\]”\"’']|(?<![\w.,])(?:1[5-9]|20)\d\d)([¹²³⁴⁵⁶⁷⁸⁹][⁰¹²³⁴⁵⁶⁷⁸⁹]{0,2})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])")
_SUPERSCRIPT_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")


def _superscript_notes(text: str) -> str:
    return _SUPERSCRIPT_NOTE.sub(lambda m: f"{m[1]}[{m[2].translate(_SUPERSCRIPT_DIGITS)}]", text)


def _clean_inline(text: str, log: _Log, at: int) -> str:
    text = _ENTITY.sub(lambda m: html.unescape(m.group()), text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_COMMENT.sub(" ", text)
    for match in _SCRIPT_OR_STYLE.finditer(text):
        log.drop("script", match.group(), at)  # "<script>alert(1)</script>" pasted as text: its code is no article
    text = _SCRIPT_OR_STYLE.sub(" ", text)
    text = _SUP_NOTE.sub(r"[\1]", text)  # '<sup><a href="#fn7">7</a></sup>' pasted as text: a note's number, as in HTML
    for pattern, reason in ((_TAG, "HTML tag"), (_TAG_TAIL, "HTML fragment")):
        for match in pattern.finditer(text):
            log.drop(reason, match.group(), at)
        # inline tags vanish without a trace; block tags and fragments separate words
        text = pattern.sub(lambda m: "" if _INLINE_TAG.match(m.group()) else " ", text)
    text = _superscript_notes(_normalise_spaces(text))
    text = re.sub(r" (?=[.,;:!?](?:\s|$))", "", text)  # space left before punctuation
    text = re.sub(r"[,;:](?=[.!?](?:\s|$))", "", text)  # "without a public debate,. The government": a stray comma
    text = _remove_glued_caption(text, log, at)
    text = _drop_glued_player(text, log, at)
    text = _drop_glued_credit(text, log, at)
    text = _drop_glossary_popup(text, log, at)
    text = _drop_dateline(_drop_update_tag(text, log, at), log, at)
    return _space_glued_sentences(text)


# --------------------------------------------------------------------------
# Chrome (site furniture) filter
# --------------------------------------------------------------------------

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE = (
    rf"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{{0,6}}\.?,?\s+)?"
    rf"(?:{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH}\.?,?\s+\d{{4}}"
    rf"|\d{{4}}-\d{{2}}-\d{{2}}|\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}})"
    rf"(?:\s*(?:at|,|\||-|–|·)?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,5}}(?:[+-]\d{{1,2}}(?::?\d{{2}})?)?)?)?\.?"
)
_DATE_LINE = re.compile(
    rf"(?:(?:published|posted|updated|last updated|first published|modified|date)(?: on)?\s*:?\s*)?{_DATE}",
    re.I,
)
# "COLOMBO, 14 March (Meridian Wire) - ", "WASHINGTON (AP) — ", "BEIJING, Jan. 5 — ": a wire dateline before the
# lead sentence (a place in capitals, then a date or the agency in brackets, then a dash)
_DATELINE = re.compile(
    r"(?P<place>(?-i:[A-Z][A-Z.'’-]{2,}(?:[ /-][A-Z][A-Z.'’-]+){0,3}))"
    r"(?:,\s*(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?(?=,))?"
    rf"(?P<date>,\s*(?:\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}})(?:,?\s+\d{{4}})?)?"
    r"\s*(?P<agency>\((?-i:[A-Z])[^()]{1,40}\))?\s*[-–—]{1,2}\s+(?=[“\"‘(]?(?-i:[A-Z0-9]))",
    re.I,
)


# ("By Dr Rebecca Tan Mei Ling": a title before the names)
_NAME = r"(?-i:(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.?\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|de|da|del|van|von|bin|al-\w+)){0,3})"
_HANDLE = r"(?:\s*\(\s*@[\w.]+\s*\))"  # "Ann Lee (@annlee_ledger)": a writer's handle after the name
_NAMES = rf"{_NAME}{_HANDLE}?(?:\s*(?:,|&|(?-i:and))\s*{_NAME}{_HANDLE}?)*"
# the place a writer files from: "Varna", "Dar es Salaam", "Rio de Janeiro", "Bandar Seri Begawan"
_PLACE = r"(?-i:[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|es|el|al|de|da|do|dos|das|du|di|del|la|le|sur|am|upon)\b){0,3})"
# "Ann Lee", "Dr Siti Nur Aisyah Rahman": two to four names, after a title
_FULL_NAME = r"(?-i:(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’.-]*){1,3})"
_BARE_NAMES = re.compile(rf"{_FULL_NAME}(?:\s*(?:,|&|and)\s*{_FULL_NAME})*(?:\s+in\s+{_NAME})?")
_SOCIAL_WORDS = frozenset(
    "share tweet email e-mail mail print facebook twitter x linkedin whatsapp reddit "
    "telegram pinterest messenger bluesky threads instagram youtube tiktok flipboard "
    "pocket copy link save on via".split()
)


# a line drawing the top or bottom of a box: "┌────┐", "+-------+", "+ - - - - +", "──────"
# the sky a weather ticker names after a place's temperature: "Partly cloudy", "Light rain", "Sunny"
_WEATHER = (r"(?:(?:partly|mostly|light|heavy|scattered|isolated)\s+)?(?:sunny|cloudy|clear|overcast|rain|showers|drizzle|"
            r"thunderstorms?|storms?|fog|foggy|mist|haze|hazy|windy|snow|sleet|fair|humid)")


# ("┄┄┄┄┄┄┄┄": or dashed; "┏━━━━┓" / "┗━━━━┛": or drawn heavy)
_BOX_BORDER = (r"[\s+|─━┄┅┈┉╌╍│┃┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋═║╔╗╚╝-]*[─━┄┅┈┉╌╍┌┐└┘┏┓┗┛═╔╗╚╝+-]{3,}"
               r"[\s+|─━┄┅┈┉╌╍│┃┌┐└┘├┤┬┴┼┏┓┗┛┣┫┳┻╋═║╔╗╚╝-]*"
               r"|[+|┌└]?(?:\s?[-─━═=—―]){3,}\s?[+|┐┘]?"  # (or a row of dashes: "——————")
               r"|(?:\s?[.·•_~]){6,}\s?")  # (or of dots or underscores: "..................")


# one button of a publication's tool row: "Download PDF (612 KB)", "Print", "Cite this", "Embed", "Share chart"
_TOOL = (
    r"(?:(?:download|save)(?: as| the)?(?: full)?(?: (?:pdf|report|brief|paper|publication|study|document|file|data|chart|"
    r"graphic|table|image))+(?:\s*\(\s*(?:(?:pdf|epub|csv|xlsx?|png|jpe?g|svg)\s*,?\s*)?(?:\d[\d.,]*\s*[kmg]i?b)?\s*\))?"
    r"|print(?: (?:this )?(?:article|page|publication|report))?|cite(?: this)?(?: (?:publication|article|paper|report|page))?"
    r"|share(?: this)?(?: (?:chart|graphic|map|table|article|page))?|embed(?: (?:chart|graphic|map|table))?"
    r"|e-?mail|copy link|bookmark|save)"
)


# one button of a consent banner: "Agree", "I accept", "Reject all", "More options", "Manage choices"
_CONSENT_BUTTON = (
    r"(?:(?:i )?(?:agree|disagree|accept|reject|decline|refuse|consent)(?: all| and close| & close)?|(?:do not|don['’]t) "
    r"(?:agree|accept|consent)|(?:more|manage|show|view|customi[sz]e|set) (?:options|choices|preferences|settings|purposes)|"
    r"continue without (?:agreeing|accepting)|"
    # "Functional only", "Only what's strictly needed", "Let me choose", "Let me pick, one by one", "Yes to all three":
    # a choice between kinds of tracking, in the banner's own words
    r"(?:strictly )?(?:necessary|essential|functional|required)(?: cookies)? only|only (?:the )?(?:strictly )?"
    r"(?:necessary|essential|functional|required)(?: ones| cookies)?|only what['’]?s (?:strictly )?(?:needed|necessary)|"
    r"let me (?:choose|pick|decide|select)(?:,? one by one)?|(?:yes|accept|allow) (?:to )?all(?: \w+)?(?: (?:&|and) close)?|"
    # "Save my choices", "Allow everything": the buttons under a banner's toggles
    r"save (?:my |your )?(?:choices|preferences|settings)|(?:accept|allow) everything|"
    # "Show me the 43 partners", "See our 183 vendors": the button that lists who else reads the reader's data
    r"(?:show|see|view|list)(?: me)? (?:the |our |all )?(?:\d{1,4} )?(?:partners|vendors))"
)


# the label that closes an advert: "Advertisement ends — Story continues below", "End of advertisement", "Ad ends"
_ADVERT_END = (r"(?:(?:advertisement|advert|ad) ends|end of (?:the )?(?:advertisement|advert|ad))"
               r"(?:\s*[—–:|·.-]?\s*(?:the )?(?:story|article|content) continues(?: below| after)?)?")


# a call to comment, and what it takes to answer it: "Join the conversation." / "Sign in or create a free account to
# comment."
_COMMENT_CALL = (r"(?:join the (?:conversation|discussion|debate)|have your say|leave a comment|"
                 r"add (?:a |your )?comment)[.!:]?")
# who may comment, and what it takes: "Members only may comment — Sign in to join the discussion."
_MEMBERS_COMMENT = (r"(?:only )?(?:members|subscribers|registered (?:users|readers))(?: only)? (?:may|can) comment"
                    r"(?: (?:here|on this (?:article|story|page|piece|analysis)))?[.!]?"
                    r"(?:\s*[—–:|·-]?\s*(?:(?:sign|log) ?in|register|subscribe|join|become a (?:member|subscriber))"
                    r"(?: or (?:register|sign up|subscribe|join|become a (?:member|subscriber)))? to (?:comment|join the "
                    r"(?:conversation|discussion|debate))\.?)?")
# a button that opens the comments or the form to add one: "[ View comments ]", "[ Log in to comment ]"
_COMMENT_BUTTON = (r"\[\s*(?:(?:(?:log|sign) ?in|register) to comment|(?:view|show|read|see|add|post|leave|write|load|hide|"
                   r"open|join)\s+(?:an? |your |all |the )?(?:comments?|discussion|conversation)(?:\s*\(\d[\d,]*\))?)\s*\]")
_COMMENT_TERMS = (r"(?:please )?(?:(?:sign|log) ?in|register|subscribe|create (?:a |an )?(?:free )?account|"
                  r"become a (?:member|subscriber))\b.{0,100}\bcomment\w*\b.{0,20}")


@dataclass(frozen=True)
class _ChromeRule:
    reason: str
    pattern: re.Pattern[str]
    max_words: int = 12


def _rule(reason: str, alternatives: list[str], max_words: int = 12) -> _ChromeRule:
    return _ChromeRule(reason, re.compile("|".join(alternatives), re.I), max_words)


# the date a reference ends in: "15 May 2025", "accessed 12 September 2026", "December 2022", "2024-25"
_CITED_DATE = rf"(?:(?:accessed|updated|published|retrieved)\s+)?(?:{_DATE}|{_MONTH}\.?\s+\d{{4}}|(?:19|20)\d\d(?:[-–/]\d{{2,4}})?)"
# one reference of a side note, standing alone: a publisher and a document, then the date ("Ministry of Foreign
# Affairs, statement on the accord, 15 May 2025", "Kolvo Ports press release, 22 May 2025"), or the writers' own
# count and what it draws on ("Authors' tally from ministry announcements, December 2022 to June 2026")
_CITATION = (
    r"(?:(?-i:[A-Z0-9])[^.;!?]{0,120}?\b(?:statements?|press releases?|reports?|communiqu[eé]s?|speech(?:es)?|interviews?|"
    r"data|figures|announcements?|letters?|decrees?|websites?|databases?|transcripts?|surveys?|census|bulletins?|notices?|"
    r"remarks|testimony|filings?|releases?|readouts?|yearbooks?|fact ?sheets?|white papers?|annual reviews?)\b[^.;!?]{0,120}?"
    r"|authors?['’]?\s+(?:own\s+)?(?:tally|calculations?|estimates?|analysis|elaboration|compilation|count)\s+(?:from|based on|"
    r"using|of)\b[^.;!?]{1,200}?)"
    rf",\s*{_CITED_DATE}(?:\s*(?:to|[-–])\s*{_CITED_DATE})?"
)
# what makes a line a sentence rather than a reference: a verb in lower case ("said", "came", "welcomed"; "May" is a month)
_CITATION_VERB = (r"(?-i:\b(?:is|are|was|were|be|been|has|have|had|said|says|say|will|would|can|could|may|might|must|did|does|"
                  r"do|came|comes|told|tells|showed?|shows|went|made|makes)\b|\b(?!(?:accessed|updated|published|unpublished|"
                  r"retrieved|cited|archived|revised|amended|based|selected|combined|quoted)\b)[a-z]{3,}ed\b)")

# a social network or messaging app a page asks readers to follow it on: "Follow Ann Lee on LinkedIn", "the ZBT channel
# on WhatsApp"
_SOCIAL_NETWORK = (r"(?:x|twitter|bluesky|linkedin|facebook|instagram|threads|mastodon|youtube|tiktok|telegram|whatsapp|"
                   r"signal|substack)\b")
# ... or a feed, named on a writer's follow button: "Follow Laura:  Bluesky · LinkedIn"
_NETWORK = rf"(?:{_SOCIAL_NETWORK}|(?:rss|e-?mail)\b)"
# ... or its follow button: "Follow on X", "WhatsApp channel"
_FOLLOW_BUTTON = rf"(?:follow (?:us )?on )?{_NETWORK}(?: (?:channel|page|group|account|community))?"

# what a metered paywall counts: "2 of 3 free analyses this month"
_FREE_ITEMS = (r"(?:articles?|stories|story|reads?|analys[ie]s|pieces?|briefs?|reports?|explainers?|papers?|items?|"
               r"dispatch(?:es)?|features?|columns?|insights?)")
# the publisher's or the series' name between "free" and what is counted: "free DEI Analyses", "free Ledger stories"
# (or a word of what kind they are: "free wire stories", "free premium articles")
_FREE_NAMED = r"(?:(?-i:[A-Z])[\w’'&.-]*\s+){0,3}(?:(?-i:[a-z])[\w’'-]*\s+)?"

# what a listing of a think tank's or a paper's other pieces calls each one: "Policy brief", "Research paper"
_PUBLICATION_KIND = (r"(?:(?:research|discussion|occasional|expert|policy) )?(?:policy brief|working paper|briefing(?: paper| note)?|"
                     r"commentary|comment|report|analysis|explainer|podcast|video|event|op-ed|interview|q&a|blog(?: post)?|"
                     r"article|paper|note)")

# A line is chrome only if it is at most ``max_words`` long AND one alternative
# matches the WHOLE line (after bullet glyphs/pipes/parentheses around it are
# removed), so real body sentences that merely start the same way survive.
_CHROME_RULES: tuple[_ChromeRule, ...] = (
    _rule("navigation", [
        r"(?:[‹«<←]\s*)?(?:previous|prev|next|older|newer)"
        r"(?:\s+(?:posts?|articles?|stor(?:y|ies)|page|entry|item|chapter))?(?:\s*[›»>→])?",
        r"(?:(?:skip to (?:the )?(?:main )?(?:content|navigation|search|footer)|skip navigation)\s*)+",
        # ("Back to top ↑", "Back to top ^": with its arrow)
        r"(?:back to (?:top|home(?:page)?|the top)|(?:go|scroll) to top|top of page)(?:\s*[↑⬆⇧▲^])?|jump to (?:section|content)",
        # "Swipe for more →", "Scroll sideways to see more": a carousel's hint under its slide
        r"(?:swipe|scroll)(?: (?:left|right|sideways|across))?(?: (?:for|to see|to view) more| (?:left|right|sideways))",
        r"(?:main )?menu|sections|home|search|close|toggle navigation|updated",  # ("☰ Sections")
        r"home\s*(?:[>/»›|]\s*[^>/»›|]{1,40}){1,6}",  # breadcrumbs
    ]),
    # "Home  ›  Research  ›  Central Asia & Caspian Programme  ›  Eurasia Watch  ›  No. 41": a longer breadcrumb, its
    # sections named in full, down to the piece's number in its series
    _rule("navigation", [r"home\s*(?:[>»›]\s*[^>»›]{1,40}){2,6}",
                         # "Home  ›  Business  ›  Ports & Shipping  ›  Elbonia signs $3.6bn port deal with…": down to the
                         # page's own headline, cut short
                         r"home\s*(?:[>»›]\s*[^>»›]{1,40}){1,5}[>»›]\s*[^>»›!?]{1,150}?(?:…|\.{3})"], 24),
    # "Skip to main content  Skip to navigation  Accessibility: A  A+  A++  |  High contrast OFF": the page's reading
    # tools, perhaps after its skip links
    _rule("accessibility tools", [
        r"(?:(?:skip to (?:the )?(?:main )?(?:content|navigation|search|footer)|skip navigation)\s*)*"
        r"accessibility(?: tools| options| menu)?\s*:?\s*(?:(?:[|·•\[\]◐◑]|(?-i:A)(?:\+{1,3}|[−-])?(?!\w)|(?:text|font) size|"
        r"(?:high|low) contrast(?: (?:on|off))?|dark mode|light mode|reduce motion|dyslexia[- ]friendly font|"
        r"line spacing(?: \+)?|reset|(?:larger|smaller|bigger) text|grayscale|greyscale|underline links|readable font)\s*)+",
        # "A−  A  A+": the text-size buttons alone, one letter A each, at least one with its sign
        r"(?=.*(?-i:A)[+−-])(?-i:A)(?:\+{1,3}|[−-])?(?:\s+(?-i:A)(?:\+{1,3}|[−-])?){1,3}",
    ], 30),
    _rule("navigation", [r"[^.!?]*[▾▿⌄][^.!?]*"], 30),  # "Regions ▾ South Asia East Asia | Topics ▾ Trade"
    _rule("market ticker", [r"(?=(?:[^▲▼△▽]*[▲▼△▽]){2}).{1,300}"], 40),  # "Gold $3,642.10 ▲0.3%  Brent $67.52 ▼0.6%"
    _rule("market ticker", [r"(?:all )?(?:quotes|prices|market data|data) (?:are )?delayed\b.{0,200}"], 30),
    # "Nassau 26°C Partly cloudy | BSD/USD 1.00 | JMD/USD 158.40 | Next ferry: 1:45pm": exchange rates in a strip of cells
    _rule("market ticker", [
        r"(?=(?:.*?\b(?-i:[A-Z]{3})\s?/\s?(?-i:[A-Z]{3})\s+\d[\d.,]*){2})[^|·•]{1,80}(?:\s*[|·•]\s*[^|·•]{1,80}){2,12}",
    ], 40),
    # "Varna 31°C ☀  |  Kolvo 28°C ⛈  |  Port Elbon 29°C ☁": a weather ticker, places and their temperatures in a row
    # (the sky may be named after the temperature: "Kolvo 22°C  Partly cloudy  |  Varna 31°C")
    _rule("weather ticker", [
        r"(?:(?-i:[A-Z])[\w'’.-]*(?: [\w'’.-]+){0,3}\s+[-−]?\d{1,2}\s?°\s?[CF]?(?:\s*[^\w\s|·•/,]{1,2})?"
        rf"(?:\s+{_WEATHER})?\s*(?:[|·•/,]\s*)?){{2,10}}",
        # "Yaren 31°C Partly cloudy": one place's, with its sky
        rf"(?-i:[A-Z])[\w'’.-]*(?: [\w'’.-]+){{0,2}}\s+[-−]?\d{{1,2}}\s?°\s?[CF]?(?:\s*[^\w\s|·•/,]{{1,2}})?\s+{_WEATHER}",
    ], 40),
    # "CVE/EUR 110.265  ·  Brent $71.40 ▼0.6%  ·  Praia 27°C  ·  Mindelo high tide 11:52": a strip of readings of
    # several kinds, an exchange rate, a price's move, a temperature, a tide or a wind
    _rule("market ticker", [
        r"(?=(?:.*?(?:\b(?-i:[A-Z]{3})\s?/\s?(?-i:[A-Z]{3})\s+\d|\d\s?°\s?[CF]?\b|[▲▼△▽]\s?[\d.,]+\s?%|\b(?:high|low) tide\b|"
        r"\d\s?(?:km/h|mph|knots)\b)){2})[^|·•]{1,60}(?:\s*[|·•]\s*[^|·•]{1,60}){2,12}",
    ], 40),
    _rule("table of contents", [
        # ("Jump to:" over the list of the sections)
        r"(?:in this (?:explainer|article|story|guide|piece|report|briefing|paper|brief|analysis|issue)|(?:table of )?contents|on this page|"
        r"jump to(?: (?:a |the )?(?:sections?|questions?|chapters?|parts?|topics?))?)(?:\s*:.{0,500})?",
    ], 80),
    # "SPONSORED · AROUND THE WEB": the label over a list of promoted headlines
    _rule("related links", [
        r"(?:sponsored|promoted|paid|ads?|advertisement)(?: (?:links|stories|content))?\s*[·:|–—-]\s*(?:from )?around the web",
    ]),
    _rule("advertisement", [
        r"ads by [\w.&'’ -]{1,30}(?:\s*[·|]\s*why (?:am i|do i) see(?:ing)? (?:this|these)(?: ads?)?\??)?",  # "Ads by AdPartner · Why am I seeing this?"
        r"(?:sponsored(?: content| post| stor(?:y|ies))?|advertisement|promoted|(?:paid )?partner content|paid (?:post|content))"
        r"\s*[·:|–—-]\s*.{1,240}",
        # "Find out more ›     Why am I seeing this? ⓘ": an advert's call and the link that explains why it is shown
        # ("Get a quote →     Ad · Why am I seeing this?": the link after the advert's small label)
        r"(?:.{1,60}?[›»→>]\s+)?(?:(?:ad|advert|advertisement|sponsored)\s*[·•|:–—-]\s*)?"
        r"why (?:am i|do i) see(?:ing)? (?:this|these)(?: ads?)?\??"
        # ("Why am I seeing this ad?  |  Hide ad": with the button that hides it)
        r"(?:\s*[|·•]?\s*(?:hide|close|dismiss|report|block)(?: this)? (?:ad|advert|advertisement)s?)?",
        # "── Kolvo Institute does not endorse advertisers ──": the line that closes an advert
        r"(?:we|(?:the )?(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){0,5}) (?:does|do) not (?:endorse|recommend|vouch for) "
        r"(?:its |our |the )?(?:advertisers|advertisements|adverts|ads|sponsors|sponsored content|"
        r"(?:the )?(?:products|services|products (?:or|and) services) advertised)"
        r"(?: (?:here|on this (?:page|site)))?\.?"
        # ("Kolvo Institute does not endorse sponsors. Sponsorship supports free access to our research.": then what
        # the money pays for)
        r"(?:\s+(?:sponsorship|advertising|advertisements|adverts|ads|our sponsors)(?: revenue| income)? (?:supports?|helps?|"
        r"funds?|keeps?|pays? for|makes? possible)\b[^.!?]{1,100}[.!]?)?"
        # ("Carrow does not endorse advertisers. Why am I seeing this?": then the link that explains why it is shown)
        r"(?:\s*[|·•]?\s*why (?:am i|do i) see(?:ing)? (?:this|these)(?: ads?)?\??)?",
        # "Lantern Hill's editorial team was not involved in producing this content.": the line that closes a sponsored
        # box, saying the newsroom did not write it
        r"(?:(?:the )?(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){0,4}['’]s |our |the )?(?:editorial (?:team|staff|department|"
        r"board)|editors|newsroom|journalists|reporters)(?: (?:was|were|had|has been|have been))? (?:not|in no way) "
        r"(?:involved|consulted) in (?:the )?(?:producing|production of|creating|creation of|writing|preparing|preparation of)"
        r" (?:this|the) (?:content|advertisement|advert|article|feature|page|piece|promotion|sponsored content)\.?",
    ], 40),
    # "The Brief arrives every other Thursday. Email* [   ] [Subscribe]": a newsletter's blurb and its field on one line
    _rule("subscribe prompt", [rf".{{0,200}}?{_SIGNUP_FIELD_PATTERN}.{{0,40}}"], 40),
    # "Energy Summit 2026 · Panama City · May 12–13 · Register now with code HPR15 for 15% off": an event's advert
    _rule("advertisement", [
        r".{0,200}\b(?:register|book|sign up|buy tickets?|get tickets?)(?: now| today| here)?\b.{0,40}\b(?:(?:promo|discount) )?code\b.{0,80}",
        r".{0,200}\b(?:use|with|enter) (?:the )?(?:promo|discount|voucher) code\b.{0,80}",
    ], 40),
    # "Analysis No. 47/2025", "Working Paper No. 12": the number a paper carries in its publisher's series
    _rule("series number", [
        r"(?:[\w’'&-]+ ){0,3}(?:brief|paper|analysis|report|commentary|note|memo|insight|perspective|study|series|issue|"
        r"bulletin)s?\s+(?:no\.?|number|nr\.?|#)\s*\d[\d/.-]*",
    ], 8),
    # "ANALYSIS  |  ELBONIA IN THE WORLD  |  No. 41/2026": a kicker over the headline, the kind of piece and its series
    # in capitals, then its number in the series
    _rule("series number", [
        r"(?-i:[A-Z][A-Z&'’ -]*[A-Z])(?:\s*[|·•]\s*(?-i:[A-Z][A-Z&'’ -]*[A-Z])){0,3}"
        r"\s*[|·•]\s*(?:no\.?|number|nr\.?|#)\s*\d[\d/.-]*",
    ], 16),
    # "ECONOMY & ENERGY  |  EXCLUSIVE DETAILS": a kicker over the headline, its desk and the kind of piece in capitals
    # between bars, with no number (not a fact box's label, "KEY FACTS | ELBONIA", which heads its facts)
    _rule("kicker", [
        r"(?!.*\b(?:fact ?box|fact ?file|key (?:facts|figures|points|dates)|fast facts|quick facts|at a glance|in numbers|"
        r"in figures|timeline)\b)"
        r"(?-i:[A-Z][A-Z&'’ -]*[A-Z])(?:\s*\|\s*(?-i:[A-Z][A-Z&'’ -]*[A-Z])){1,3}",
    ], 12),
    _rule("news ticker", [
        r"(?:breaking(?: news)?|latest|live|just in)\s*[▸►>→»›|:•·●].{0,300}",
        r"on air(?: now)?\s*[▸►>→»›|:•·●—–-].{0,300}",  # "ON AIR NOW ● Pacific Beat with ... ▸ Listen"
        # "BREAKING  Talks resume in Varna  •  Ministers meet in Kolvo": a label in capitals, then headlines between bullets
        r"(?-i:BREAKING(?: NEWS)?|LATEST(?: NEWS)?|LIVE|JUST IN|NEWS ALERT)\s+[^•·●|]{5,150}(?:\s[•·●|]\s[^•·●|]{5,150}){1,8}",
    ], 60),
    _rule("correction notice", [  # "12 February 2026: Corrected the length of the border (198 km, not 196 km)."
        rf"{_DATE}\s*[:–—-]\s*(?:corrected|updated|clarified|amended|this (?:article|story) (?:was|has been) "
        rf"(?:corrected|updated|amended))\b.{{0,300}}",
    ], 60),
    _rule("correction notice", [
        # ("UPDATE, 21 November 2026, 09:40 CVT: An earlier version of this analysis gave ...")
        r"(?:correction|clarification|update)(?:\s*[(,]?[^()]{1,40}?\)?)?\s*[:,-]\s*(?:an|a previous|the) (?:earlier|previous|"
        r"original)?\s*version of this (?:article|story|report|piece|explainer|analysis|dispatch|brief|paper|commentary)\b.{0,400}",
        # "24 November 2026, 16:20 CET — An earlier version of this article said ...": under a "Corrections" heading, the
        # date and time alone stand for its label, before what the earlier version got wrong
        rf"{_DATE}(?:,?\s*(?:at\s+)?\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,5}})?)?\s*[:–—-]\s*"
        r"(?:an|a previous|the) (?:earlier|previous|original)?\s*version of this (?:article|story|report|piece|explainer|"
        r"analysis|dispatch|brief|paper|commentary)\s+(?:(?:incorrectly|wrongly|mistakenly|erroneously)\s+)?(?:said|stated|"
        r"gave|reported|described|named|misnamed|misstated|misspelled|misspelt|misidentified|misquoted|referred|attributed|"
        r"omitted|suggested|implied|listed|called|identified|put)\b.{0,400}",
    ], 80),
    _rule("correction notice", [  # "This story was updated at 18:47 CAT to add comments from the opposition."
        # ("Update, 13 November 2026: This explainer has been updated to clarify that ...": with its label and date)
        r"(?:(?:correction|clarification|update|editor(?:'|’)s note)(?:\s*\(?[^:()]{1,40}\)?)?\s*[:–—-]\s*)?"
        r"this (?:article|story|piece|explainer|page) (?:was|has been) (?:updated|corrected|amended)\b.{0,240}",
    ], 45),
    # "This explainer was first published on 3 March 2025 and has been updated.", "WHAT'S CHANGED SINCE THE LAST UPDATE:
    # new figures on the loan; ...": what the page says of its own updates
    _rule("update note", [
        rf"this (?:article|story|piece|explainer|guide|page|report|analysis) was (?:first|originally) published (?:on |in )?"
        rf"(?:{_DATE}|{_MONTH}\.?\s+\d{{4}}),? (?:and )?(?:has (?:since )?been |was (?:later |last |since )?)"
        rf"(?:updated|revised|amended)\b[^.!?]{{0,80}}\.?",
        # "UPDATE, 14:10 AST: Adds comment from the high commissioner.": an update's label and time, then what it added
        # ("UPDATE 2, 19:10 CST: Adds ...": with the update's number)
        rf"(?:update[sd]?|correction|clarification)(?:\s+\d{{1,2}})?\s*[(,]?\s*(?:{_DATE}|\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?"
        r"(?:\s*[A-Z]{2,5})?)\)?\s*:\s*(?:adds|added|updates|updated|corrects|corrected|clarifies|clarified|includes|"
        r"included|removes|removed|revises|revised)\b.{1,200}",
        # "Updates with details, adds comment from the minister", "(Adds quote from ministry in paragraph 4)": a wire
        # story's note of what its new version added, verbs with no subject before them (not "Updates with new figures
        # will follow", a sentence: no verb of its own after what was added)
        r"(?!.*\b(?:is|are|was|were|will|would|has|have|had|can|could|may|might|should|must)\b)"
        r"\(?(?-i:Updates|Adds|Recasts|Rewrites)\b(?:\s*,\s*(?:adds|updates))?\s+(?:with\s+|to add\s+)?"
        r"(?:[^\s.!?(),]+\s+){0,6}?(?:comments?|quotes?|details|background|context|statements?|reaction|byline|figures|"
        r"graphics?)\b(?:\s*,\s*[^.!?()]{1,150}|\s+(?:from|by|of|on|in|at|about|to|after)\s+[^.!?()]{1,150})?\.?\)?",
    ], 30),
    _rule("update note", [
        r"(?:what(?:'|’)s (?:changed|new)|what has changed) (?:since|in) (?:the|this|our) (?:last|latest|previous|most recent) "
        r"(?:update|version|edition)\s*:.{1,600}",
    ], 80),
    _rule("feedback prompt", [  # "Spotted an error? Tell our corrections desk"
        r"(?:spotted|seen|found|notice[d]?)(?: an?)? (?:error|mistake|typo)s?\?.{0,80}",
    ], 15),
    # "QUICK QUIZ: How well do you know Elbonia?": a quiz's title; its questions and answers go with it
    _rule("quiz", [r"(?:(?:(?:quick|daily|weekly|news|pop|take (?:our|the|this))\s+)?quiz(?:zes)?|test (?:yourself|your knowledge))"
                   r"(?:\s*[:·|–—-]\s*.{1,200})?"], 25),
    _rule("poll", [  # "POLL: Who is the most important partner? ( ) Russia ( ) China [Vote] 1,284 votes so far"
        # ("POLL  |  Should Elbonia join the pact?": its label set off by a bar or a dash)
        r"(?:quick |reader(?:s['’]?)? |our )?poll\s*[:|·–—]\s*.{1,300}",
        r"(?:quick |reader(?:s['’]?)? |our )?poll",  # (its label alone, over its question and answers)
        # "1,482 votes · Poll closed": the count under its answers
        r"[\d,.]+\s*[km]?\s+votes?(?: so far| cast)?"
        r"(?:\s*[·•|—–-]\s*(?:poll (?:closed|open|closes\b.{0,30})|voting (?:closed|open)|see (?:the )?results))?",
        r".{0,300}\[\s*vote\s*\]\s*(?:[\d,]+ votes?(?: so far| cast)?)?",
        # "[ Vote ]   4,118 votes so far · Results are not scientific"
        r"(?:.{0,300}\[\s*vote\s*\]\s*)?[\d,.]+\s*[km]?\s+votes?(?: so far| cast)?\s*[·•|—–-]\s*(?:the )?results are not "
        r"(?:scientific|representative)\.?",
        # "[ Vote ]   4,211 votes · Results shown after you vote"
        r"(?:.{0,300}\[\s*vote\s*\]\s*)?[\d,.]+\s*[km]?\s+votes?(?: so far| cast)?\s*[·•|—–-]\s*(?:the )?results "
        r"(?:are |will be )?(?:shown|displayed|revealed|visible|available) (?:after|once|when) you(?:['’]ve| have)? vote[ds]?\.?",
    ], 60),
    _rule("site notice", [  # "JavaScript appears to be disabled in your browser. ... please enable JavaScript."
        r".{0,80}\bjavascript (?:is|appears to be|seems to be|must be|has been) (?:disabled|turned off|required|not enabled)\b.{0,200}",
        r"(?:please )?enable javascript\b.{0,160}",
        r"(?:you are|you(?:'|’)re) using an? (?:outdated|unsupported|old) browser\b.{0,200}",
    ], 40),
    _rule("translation note", [
        r"this (?:article|story|piece|report|explainer) (?:was|has been) (?:originally|first) (?:published|written) in "
        r"[A-Z]?[a-z]+\b.{0,160}",
        r"(?:translated|translation) (?:from [A-Z]?[a-z]+ )?by\s+.{1,80}",
        # "This article was written in Korean and translated into English with the help of AI tools, then edited ..."
        r"this (?:article|story|piece|report|explainer) (?:was|has been) (?:written|reported|produced) in [A-Z]?[a-z]+ and "
        r"(?:machine[- ])?translated\b.{0,200}",
    ], 40),
    _rule("media embed", [r"(?:listen|watch|podcast|video)\s*:.{1,200}"], 35),
    _rule("media embed", [  # "[Embedded graphic could not be loaded. Tap to retry.]": a placeholder for what did not load
        r"\[[^\[\]]{0,160}\b(?:embed(?:ded)?|graphics?|charts?|videos?|images?|photos?|interactive|maps?|media|"
        r"player)\b[^\[\]]{0,160}\]",
        r"\[[^\[\]]{0,160}\b(?:failed to load|could not (?:be )?load(?:ed)?|ad slot|advert(?:isement)?)\b[^\[\]]{0,160}\]",
        r"loading(?:…|\.{3})?",
        # "[▶ VIDEO 2:14] Riding the Benguela line: 1,300km from Lobito to Luau": a player's label and its headline
        # ("[Interactive chart] Container throughput at Elbonian ports, 2019–2026 (’000 TEU)": a chart's label and title)
        r"\[[^\[\]]{0,20}\b(?:video|watch|audio|listen|podcast|gallery|photos|slideshow|interactive|chart|graph|map|"
        r"infographic)\b[^\[\]]{0,20}\]\s*[^.!?]{0,160}[?]?",
        # "Loading…  If the chart does not load, view the data table here.  Source: port authorities": what stands for a
        # chart while it loads, the link to its data and its source
        r"(?:loading(?:…|\.{3})?\s*)?if (?:the|this) (?:chart|graphic|graph|map|table|video|interactive|visuali[sz]ation|"
        r"content|embed) (?:does not|doesn['’]t|did not|fails to|won['’]t|cannot) (?:load|display|appear|show)\s*,?\s*"
        r"(?:view|see|open|download|click|tap|try|read|reload|refresh)\b[^.!?]{0,80}[.!]?"
        r"(?:\s*sources?\s*:\s*[^.!?]{2,200}\.?)?",
        # "Interactive chart could not be loaded. View data table ›": what stands for a chart that did not load, and the
        # link to its data
        # ("Chart: Exports by destination, 2020–2026 — This interactive chart could not be loaded. [ Reload ]": after the
        # chart's label and title, and with the button that loads it again)
        r"(?:(?:chart|graphic|graph|map|figure|interactive|video)\s*\d{0,2}\s*:\s*[^.!?]{1,120}?\s*[—–:|-]\s*)?"
        r"(?:the |this )?(?:interactive )?(?:chart|graphic|graph|map|table|video|visuali[sz]ation|embed|media|content)s? "
        r"(?:could not|couldn['’]t|cannot|can['’]t|failed to|did not|didn['’]t) (?:be )?(?:load(?:ed)?|display(?:ed)?)[.!]?"
        r"(?:\s*(?:view|see|open|download|click|tap|try|read|reload|refresh)\b[^.!?]{0,80}[.!›»→]?"
        r"|\s*\[\s*(?:reload|retry|refresh|try again|load|view data)\s*\])?",
    ], 30),
    _rule("pull quote", [r"pull[- ]?quote\s*:.{1,600}", r"pull[- ]?quote\s*:?"], 120),  # (or its label alone, over it)
    _rule("feedback prompt", [
        r"(?:was|is|did you find) this (?:article|story|explainer|page|piece|guide|answer) (?:useful|helpful)\??.{0,100}",
        # "Was this analysis useful?   👍 Yes    👎 No": of a report or a paper, with the answers to pick ("Was this report
        # useful? Officials doubt it." is a sentence)
        r"(?:was|is|did you find) this (?:analysis|report|brief|briefing|paper|commentary|dispatch|newsletter) (?:useful|"
        r"helpful)\?(?=\s*$|.*[^\w\s.,!?'’\-]).{0,100}",
        # "Was this explainer clear?   😀 Very   🙂 Mostly   😕 Not really": the question with its answers to pick
        r"(?:was|is|did you find) this (?:article|story|explainer|page|piece|guide|answer) (?:clear|useful|helpful|"
        r"interesting|informative|easy to (?:read|follow|understand))\?(?=\s*$|.*[^\w\s.,!?'’\-]).{0,100}",
    ], 20),
    _rule("more link", [
        r"read more|continue reading|read the (?:full|whole|rest of the) (?:story|article)",
        r"load more|show more|see more|view (?:all|more)",
    ]),
    _rule("more link", [
        r"(?:also read|read also|read more|read next|see also|related(?: stor(?:y|ies)| articles?)?|more|"
        r"(?:readers|people|others) (?:also )?(?:viewed|read|liked|enjoyed)|you may have missed)"
        r"\s*:\s*.{1,150}",
        # "RELATED EXPLAINER ▸ Who are the Taliban's neighbours talking to, and why?"
        r"(?:related|more|also|recommended|read)(?: [\w-]+){0,2}\s*[▸►→»›]\s*[^.!]{1,200}[?]?",
    ], 25),
    _rule("related links", [  # list headers: the headlines under them go too
        r"more (?:stories|articles|news|explainers|analysis|features|videos|podcasts|from [^.!?]{1,60})|more on this story",
        # "MORE ON ELBONIA", "More on Kolvo's economy": a place or a subject, named
        r"more on (?-i:[A-Z])[\w’'&.-]*(?: (?:[\w’'&.-]+)){0,3}",
        r"more by (?:this|the) (?:author|writer|reporter|correspondent)",
        # "All analyses by Ruan Oosthuizen ›", "More articles by Ann Lee": the link to the writer's other pieces
        rf"(?:all|more) (?:(?:of )?(?:the |her |his |their )?)?(?:articles|stories|analys[ie]s|pieces|posts|columns|"
        rf"commentaries|reports|papers|explainers|work) (?:by|from) {_NAME}\s*[›»→>]?",
        r"related(?: (?:articles?|stories|posts?|content|reading|coverage|news|topics|links|analysis|explainers|videos|"
        r"publications|research|reports|papers|resources|commentary))?\s*:?",
        r"recommended(?: (?:for you|reading|stories|articles))?|you (?:may|might) also (?:like|enjoy)",
        # ("MOST READ THIS WEEK", "Most popular today", "MOST READ ON THE LEDGER", "MOST READ IN DECODER")
        # ("Most read  ·  World", "MOST READ | Last 24 hours": the section or the time it counts, set off)
        r"most (?:read|popular|viewed|shared)(?: (?:this|last|of the) (?:week|month|day|year)| today| now)?"
        r"(?: (?:on|in|from) [\w’'&.-]+(?: [\w’'&.-]+){0,2}|\s*[·•|]\s*[\w’'&.-]+(?: [\w’'&.-]+){0,3})?|"
        r"trending(?: now| stories)?|top stories",
        # "Explainers you might have missed", "Stories you may have missed": a list of the site's other pieces
        r"(?:(?:more |other )?(?:stories|articles|explainers|analys[ie]s|features|pieces|reads|videos|podcasts|news|"
        r"reports|briefings) )?(?:that )?you (?:may|might) have missed",
        r"latest (?:news|stories|articles)|editor(?:'|’)s picks",
        r"suggested(?: (?:topics|reading|stories|articles|for you))?\s*:?|(?:what to )?read next|up next",
        r"explore more(?: on (?:these|this) topics?)?|topics",
        r"(?:keep|continue) exploring|explore further",  # "KEEP EXPLORING": over more of the site's pieces
        r"(?:from )?around the web(?:\s+\(?(?:sponsored|promoted|ads?)\)?)?|(?:promoted|sponsored) (?:stories|links|content)(?: by [\w.&'’ -]{1,30})?",
        r"(?:read more|also read|read also|see also|further reading|more reading|read next)\s*:",
        # "Read more Northlight explainers:", "See more from our Arctic desk:": a label over a list of headlines
        r"(?:read|see|explore|discover) more(?: (?:from|of|by|on))?(?: [\w’'&.-]+){1,4}\s*:",
    ]),
    _rule("related links", [  # "Related: Headline one? | Headline two | Opinion: Headline three": the list on one line
        r"(?:related(?: (?:articles?|stories|coverage|reading))?|read more|also read|read also|see also|more on this(?: story)?)"
        r"\s*:\s*[^|]{3,160}(?:\s+\|\s+[^|]{3,160}){1,8}",
    ], 80),
    # "> Headline one > Headline two", ">> RELATED RESEARCH"
    _rule("related links", [r"(?:(?:[>→»›]\s*)+[^.!>→»›]{3,160}[?]?\s*){1,8}"], 80),
    _rule("related links", [  # a headline stamped with its age: "France completes exit from Chad (1 day ago)"
        r"[^.!?]{10,240}\(\s*(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\s*\)",
        # "Asia  China's Wang Yi to visit Maldives in April — 1 day ago"
        r"[^.!?]{10,240}\s[—–]\s*(?:\d+|an?|one)\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",
        # "5 Explainer: What is wartime OPCON and why does it matter?": a numbered teaser for another piece
        r"\d{1,2}\.?\s+(?:explainer|analysis|opinion|video|watch|listen|podcast|interactive|in pictures|live|"
        r"feature|review|q&a|comment)\s*:\s*[^.!]{5,200}",
        r"(?-i:[A-Z])[\w&-]*(?:\s+[\w&-]+){0,2}(?:\s+>\s+(?-i:[A-Z])[\w&-]*(?:\s+[\w&-]+){0,2}){1,3}",  # "Africa > Sahel Security"
    ], 30),
    _rule("related links", [  # "Ports as Power: Chinese Investment in Europe   Report | September 2025": a listed publication
        rf"[^.!]{{5,200}}\s{_PUBLICATION_KIND}\s*[|·,–—-]\s*(?:\d{{1,2}}\s+)?"
        rf"{_MONTH}\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}",
        # "Fabs as Foreign Policy: TSMC's Overseas Expansion (Commentary, February 2026)", "... (Podcast, episode 112)",
        # "... (Research paper, July 2026)"
        rf"[^.!]{{5,200}}\s\({_PUBLICATION_KIND}\s*[|·,–—-]\s*(?:(?:\d{{1,2}}\s+)?"
        rf"{_MONTH}\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}|(?:episode|ep\.|no\.|issue)\s*\d{{1,4}})\)",
    ], 40),
    # "World › Americas › Caribbean": where the page sits in the site, which opens no list of links
    _rule("navigation", [r"(?-i:[A-Z])[\w&-]*(?:\s+[\w&-]+){0,2}(?:\s+[›»]\s+(?-i:[A-Z])[\w&-]*(?:\s+[\w&-]+){0,2}){1,3}"], 12),
    # "A  A+  A++    🖨 Print", "Text size: A- A A+": the buttons that change the type size
    _rule("share buttons", [r"(?:(?:text|font) size\s*:?\s*)?a[-+]{0,2}(?:\s+a[-+]{1,2}){1,3}(?:\s+(?:\W\s*)?print)?",
                            r"(?:aa\s+)?(?:text|font) size"], 8),  # "Aa  Text size": the button that sets it
    # "Follow Aditi   [ + Follow ]   ·   More by this author ›": a writer's follow button and the link to her other pieces
    _rule("share buttons", [
        r"(?:follow [\w.'’ -]{1,40}?\s*)?\[\s*\+?\s*follow\s*\](?:\s*[·|]?\s*more (?:by|from) (?:this|the) (?:author|writer)"
        r"\s*[›»>→]?)?",
        r"more (?:by|from) (?:this|the) (?:author|writer)\s*[›»>→]?",
        # "[ Share this explainer ]   X   Facebook   WhatsApp   Email   |   Follow Meridian Ledger Africa ＋": the button,
        # then the networks and a follow button beside it
        r"\[\s*share(?: (?:this|the) \w+)?\s*\].{0,120}",
    ], 16),
    # "Follow her: 𝕏 @IVladescu_CISS": a writer's or the publisher's handle
    # ("Follow Mirela:  𝕏 @mdostanova   ·   All analyses by this author →")
    _rule("share buttons", [rf"follow (?:her|him|them|us|me|{_NAME})(?: on [\w ]{{1,20}})?\s*:?\s*(?:[𝕏@]|x\b|twitter\b).{{0,80}}",
                            # "Follow Laura:  Bluesky · LinkedIn      More by this author ›": the networks named, after a
                            # colon, and nothing else but the link to the writer's other pieces
                            # ("Follow Varna Explains:   Follow on X   ·   Follow on Instagram   ·   WhatsApp channel":
                            # each network's own follow button, or its channel)
                            rf"follow (?:her|him|them|us|me|{_NAME})\s*:\s*{_FOLLOW_BUTTON}(?:\s*[·|•,/]?\s*{_FOLLOW_BUTTON})*"
                            r"(?:\s*[·|•]?\s*more (?:by|from) (?:this|the) (?:author|writer)\s*[›»>→]?)?",
                            # "Gift this article – you have 5 gifts left this month"
                            r"gift (?:this|the) (?:article|story|piece|analysis)(?:\s*[–—:|·-]\s*you have \d+ gifts? left\b.{0,30})?"],
          16),
    _rule("site menu", [r"reuse this content|print subscriptions|search jobs|\w+ edition",
                        # "Translate this page:  Français  |  Shikomori (beta)  |  Kiswahili": a language switcher
                        r"(?:translate|read) (?:this|the) (?:page|article|story|site)(?:\s+(?:in|into))?\s*:?\s*[^.!?]{0,120}",
                        # "Search Central Europe Daily...": a search box ("Search analyses, authors, datasets…": what
                        # it searches, listed)
                        r"search(?: [\w.'’&-]+,?){0,5}\s*(?:\.{3}|…)"]),
    _rule("subscribe prompt", [r"subscribe (?:from|for) (?:just |only )?[$€£¥]\s?\d[\d.,]*(?:\s*(?:/|a|per)\s*\w+)?"], 8),
    # "Member area: Sign in  ·  Not a Friend of the Institute yet? Join from €8/month →": the members' login and the
    # pitch to join
    _rule("subscribe prompt", [
        r"(?:(?:members?|subscribers?|friends?|account)(?:['’]s?)? (?:area|login|lounge)\s*:?\s*(?:sign in|log ?in)?\s*[·|•]?\s*)?"
        r"not an? [^?]{1,60}? yet\?\s*(?:join|subscribe|sign up|become an? \w+|support us)\b.{0,60}",
        r"(?:members?|subscribers?|friends?|account)(?:['’]s?)? (?:area|login|lounge)\s*:?\s*(?:sign in|log ?in)",
    ], 30),
    # "Subscribers get unlimited explainers, the archive and ad-light pages.   Subscribe   ·   Already a subscriber? Sign in"
    # ("Members read without limits.  Join from €6/month  ·  Already a member? Sign in": a call to join, and its price)
    _rule("subscribe prompt", [
        r".{0,200}?\b(?:subscribe|join|sign up|become an? (?:member|subscriber))(?: now| today)?"
        r"(?: (?:from|for) (?:just |only )?[$€£¥]\s?\d[\d.,]*(?:\s*(?:/|a|per)\s*\w+)?)?"
        r"\s*[·|•]?\s*already a (?:subscriber|member)\?\s*(?:sign|log) ?in\.?",
    ], 40),
    # "Opinion: Babiš's Korea bet is a smart one. His Ukraine retreat is not  ·  16 February 2026": a listed headline
    # stamped with its day
    _rule("related links", [
        rf"[^·•|]{{5,200}}\s[·•|]\s+(?:yesterday|today|(?:\d{{1,2}}\s+)?{_MONTH}\.?(?:\s+\d{{1,2}},?)?\s+\d{{4}}|"
        r"\d+\s+(?:minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago)",
    ], 40),
    # "Learn German in 12 weeks. Try free ›": an advert's copy ending in its call and arrow
    _rule("advertisement", [
        r".{0,160}\b(?:try (?:it )?(?:free|now|today)|learn more|find out more|shop now|book now|buy now|get started|"
        r"start (?:your )?free trial|get the app|download (?:the app|now))\s*[›»→>]+",
    ], 25),
    _rule("paywall", [
        r"members?[- ]only(?: content| article| story)?",
        r"already (?:an? )?(?:member|subscriber|registered)\b.{0,60}|already have an account\b.{0,60}",
        r"(?:join the (?:conversation|discussion)[.!:]?\s*)?"
        r"comments are (?:open|available|reserved|enabled) (?:only )?(?:to|for) (?:subscribers|members|registered users)"
        # ("Comments are open to subscribers. Subscribe or sign in to read and post comments.": with what it takes)
        r"(?: only)?\.?(?:\s+(?:please\b.{0,120}|(?:subscribe|sign in|log in|register|join)\b.{0,100}\bcomment\w*\b.{0,20}))?",
        r"comments (?:are|have been) (?:now )?(?:closed|disabled|turned off)\b.{0,60}",
        # "Comments are not enabled on explainers. Join the conversation on our Facebook page."
        r"comments are (?:not (?:enabled|open|available)|switched off)(?:\s+(?:on|for|under)\s+[\w'’ -]{1,30})?[.!]"
        r"(?:\s+[^.!?]{0,160}[.!]?)?",
        # "This discussion is now closed for comments but you can still sign in to join the discussion next time."
        r"(?:this|the) (?:discussion|conversation|comment thread|comments? section) (?:is|has been) (?:now )?closed (?:for|to) "
        r"(?:new |further )?(?:comments|replies|posts)\b.{0,160}",
    ], 25),
    _rule("comment prompt", [
        r".{0,120}\bour (?:community|commenting|comment) (?:guidelines|standards|rules|policy)\b.{0,80}",
        # "To comment you must be logged in with your RTV account. Comments are pre-moderated. Please read the rules
        # for commenting before you post.", "This comment was removed by the moderator for breaching the rules."
        r"to (?:comment|post a comment|join the discussion),? you (?:must|need to|have to) (?:be )?(?:logged in|log in|"
        r"signed in|sign in|register)\b.{0,240}",
        r"this comment (?:was|has been) (?:removed|deleted|hidden|withdrawn)\b.{0,120}",
        # "Did you find an error in the text? Let us know ›", "Spotted a mistake? Tell us"
        r"(?:did you (?:find|spot|notice)|have you (?:found|spotted)|spotted|found) an? (?:error|mistake|typo)"
        r"(?: in (?:the|this) (?:text|article|story))?\?\s*(?:let us know|tell us|report it|contact us)\s*[›>»→]?",
    ], 30),
    _rule("comment prompt", [
        # "💬 47 comments — Join the conversation. Sign in or create a free account to comment.": the count, the call
        # to comment and what it takes to answer it
        rf"(?:(?:\d[\d.,]*\s*[km]?|no)\s+comments?\s*[—–:|·•-]?\s*{_COMMENT_CALL}(?:\s+{_COMMENT_TERMS})?"
        # ("Add your comment — sign in to join the conversation": what it takes set off by a dash)
        rf"|{_COMMENT_CALL}\s+{_COMMENT_TERMS}"
        rf"|{_COMMENT_CALL}\s*[—–|·-]\s*(?:(?:sign|log) ?in|register)(?: or (?:register|sign up))? to (?:join|start) the "
        r"(?:conversation|discussion|debate)\.?"
        rf"|{_COMMENT_CALL}\s*\(\s*\d[\d.,]*\s*[km]?\s+comments?\s*\))",  # "Join the conversation (214 comments)"
        # "Community guidelines apply."
        # ("Community guidelines apply. Members only may comment — Sign in to join the discussion.": then who may comment,
        # and what it takes)
        rf"(?:the )?(?:community|comment(?:ing)?|house) (?:guidelines|standards|rules) apply\.?(?:\s+{_MEMBERS_COMMENT})?",
        _MEMBERS_COMMENT,
    ], 30),
    # "[Register now - members free, non-members £15]": a button whose label runs on past its call
    _rule("buttons", [r"\[\s*(?:register|book|sign up|subscribe|join|donate|apply|rsvp|(?:buy|get) tickets?)(?: now| today| here)?"
                      r"\s*[-–—:|]\s*[^\[\]]{1,80}\]"], 25),
    # "Sign in to save this story and pick up where you left off.  [ Sign in ]  [ Not now ]", "Got a question about this
    # story? Ask the team.  [ Ask a question ]": a prompt over its buttons
    _rule("account link", [
        r".{0,200}?\[\s*(?:ask (?:a|your) question|sign in|log in|not now|maybe later|no thanks|save (?:story|article))\s*\]"
        r"(?:\s*\[\s*[^\[\]]{1,25}\])*",
    ], 45),
    _rule("comment prompt", [
        # "Have a view on this brief? Comments are moderated. [ Log in to comment ] (3 comments)": a few words around
        # the button that opens the comments
        rf".{{0,200}}{_COMMENT_BUTTON}.{{0,80}}",
        # "💬 52 comments · What do you think — should Kolvo join? Join the discussion.": the count, then a
        # question or a call to comment
        rf"(?:\d[\d.,]*\s*[km]?|no)\s+comments?\s*[·•|—–:-]\s*[^·•|]{{0,200}}(?:\?|{_COMMENT_CALL}).{{0,80}}",
        # "Comments are moderated.", "Comments are moderated and may take a day to appear.", after "Community
        # guidelines apply."
        r"(?:(?:the )?(?:community|comment(?:ing)?|house) (?:guidelines|standards|rules) apply\.?\s+|"
        r"please (?:keep|be) (?:comments|it|your comments) (?:respectful|civil|polite|on[- ]topic)\.?\s+|"
        # ("Log in or become a member to join the discussion. Comments are moderated and may take up to 24 hours to appear.")
        r"(?:(?:sign|log) ?in|register)(?: or (?:register|sign up|create (?:a |an )?(?:free )?account|"
        r"become a (?:member|subscriber)))? to "
        r"(?:comment|join the (?:conversation|discussion))\.?\s+)?"
        r"(?:all )?comments are (?:pre-?)?moderated(?: and [^.!?]{1,80})?\.?"
        # ("... may take up to an hour to appear. Community guidelines.": then the link to the rules)
        r"(?:\s+(?:please )?(?:read |see )?(?:our |the )?(?:community|commenting|comment|house) (?:guidelines|standards|rules)\.?)?",
        # "[ Load more comments ]     Comments close 14 days after publication."
        r"\[\s*(?:load|show|view|see|read) (?:more |all )?comments\s*\]\s*(?:comments (?:close|are closed|will close)\b.{0,80})?",
        r"comments (?:close|will close) (?:\d+|one|two|seven|fourteen|thirty) (?:hours?|days?) after publication\.?",
        # "Comments on this article will close at 18:00 GMT on 27 November.": when the page's own thread closes
        r"comments (?:on|under|to) this (?:article|story|piece|post|page|analysis|explainer) (?:will )?close (?:at|on) "
        r"[^.!?,;]{1,60}\.?",
        # "This discussion is open until 27 Nov 2026, 06.00 GMT.      Community standards  |  Sign in to comment": when
        # the thread closes, and the links to its rules and to sign in beside it
        rf"(?:this|the) (?:discussion|conversation|comment thread|comments?(?: section)?) "
        rf"(?:is|are|remains?|will (?:be|remain)) open (?:until|till) {_DATE}(?:\s*[|·•]?\s*(?:(?:our |the )?(?:community|commenting|comment|house) "
        r"(?:guidelines|standards|rules)|(?:(?:sign|log) ?in|register) to (?:comment|join the (?:discussion|conversation))))*",
        # "Load more comments (40)", "Show all replies", "Load comments"
        # ("Load 28 more comments")
        r"(?:load|show|view|see|read) (?:(?:(?:\d[\d,]* )?(?:more|all|older|newer)|\d[\d,]*) (?:comments?|replies)|comments)"
        r"(?:\s*\(\d[\d,]*\))?",
    ], 40),
    _rule("reader comment", [  # "Top comment: "One formal friend and a war on its border." — K. Amiri, 212 ▲"
        r"(?:top|featured|best|highlighted|most (?:liked|popular)|editor(?:'|’)s pick) (?:comment|reply)\s*:.{1,600}",
    ], 90),
    _rule("donation prompt", [
        r"support (?:(?:the )?[\w’'-]+['’]s )?(?:independent|quality|local|public[- ]interest|fearless|reader[- ]funded|our)\b.{0,30}"
        r"\bjournalism\b.{0,300}",  # "Support Northlight's independent journalism. Become a member today →"
        # "Support independent research. The Institute is a non-profit organisation. Donations are tax deductible.":
        # a call to support the publisher, then what giving to it means
        r"(?:please )?support (?:(?:the )?[\w’'-]+['’]s )?(?:independent|quality|local|public[- ]interest|non-?partisan|"
        r"reader[- ]funded|our)\b[^.!?]{0,80}[.!]\s+(?=.*\b(?:tax[- ]deductible|donate|is an? (?:[\w-]+ ){0,2}(?:non-?profit|"
        r"not-for-profit|charity|charitable)\b)).{1,300}",
        r".{0,200}\b(?:because|thanks to|relies on|rely on|depends on|depend on|funded by|powered by) readers like you\b.{0,200}",
        # "Independent research needs independent funding. Support our work → [Donate now]"
        r".{0,200}\[\s*donate(?: now| today| here)?\s*\]",
        # "Independent research depends on you.": the call that heads a donation box
        r"(?:independent|quality|public[- ]interest|non-?partisan|reader[- ]funded|our|this) (?:[\w-]+ ){0,2}(?:research|journalism|"
        r"reporting|analysis|work|newsroom|institute|site|website|publication|podcast) (?:depends|relies) (?:on|upon) "
        r"(?:you|readers(?: like you)?|your support|supporters like you)[.!]?",
        # "Support independent research. Donate now →": a call to support the publisher, then the donate button
        r"(?:please )?support (?:independent|quality|local|public[- ]interest|non-?partisan|reader[- ]funded|our)\b[^.!?]{0,80}"
        # "Support independent research. Become a Meridian Member for full access to our archive. [ Join today ]"
        # "Support independent research. We are funded by members and donors. → Become a supporter"
        r"[.!]\s*(?:(?:[^.!?→›»]{1,200}[.!]\s*){1,2}[→›»]\s*)?"
        r"(?:please )?(?:donate|give|make a (?:gift|donation)|become an? (?:[\w’'-]+ ){0,2}(?:member|supporter|friend|patron))"
        r"\b[^.!?]{0,160}[.!]?(?:\s*\[[^\[\]]{1,30}\])?",
        r".{0,200}\bdonate(?: now| today| here| online)?\s*[→›»]",
        r".{0,200}[→›»]\s*donate(?: now| today| here| online)?",  # "Support our work → Donate"
        # "Independent research depends on independent funding. Support the Kortenaer Centre →": a word on funding, then
        # the call to support the publisher (its arrow is stripped beforehand)
        r"[^.!?]{0,200}\b(?:funding|funded|donations?|donors|supporters|reader[- ]funded)\b[^.!?]{0,100}[.!]\s+"
        r"support (?:us|our work|the (?-i:[A-Z])[\w’'&-]*(?: (?-i:[A-Z])[\w’'&-]*){0,5})[.!]?",
    ], 50),
    _rule("paywall", [
        r"(?:this|the) (?:article|story|content|post|piece|page) is (?:reserved|available|only available|"
        r"exclusive|exclusively available) (?:for|to) .{0,80}\b(?:members?|subscribers?|premium|registered users)"
        r"\b.{0,200}",
        r"join\b.{0,80}\b(?:to|and) (?:gain|get|unlock|enjoy) (?:full |unlimited |instant )?access\b.{0,200}",
    ], 45),
    _rule("paywall", [
        r"become an? (?:member|subscriber|patron|supporter)\b.{0,120}",
        r"(?:subscribe|sign up|register|log ?in|sign ?in)\b.{0,40}\bto (?:continue|keep|finish|start) reading\b.{0,80}",
        r"unlock (?:this|the full|full|exclusive|unlimited|all)\b.{0,120}",
        r"(?:create|register for|sign up for) a free account\b.{0,80}",
        # "Create a free Parallax account to keep reading, or subscribe for unlimited access from $1 a week."
        r"(?:create|register for|sign up for|open) (?:a|an) (?:free )?(?:[\w’'-]+ ){0,2}account\b.{0,40}?"
        r"\b(?:to (?:keep|continue|finish) reading|unlimited access)\b.{0,100}",
    ], 25),
    _rule("paywall", [
        rf"you(?:'|’)ve (?:reached|used|read) .{{0,60}}\bfree {_FREE_NAMED}{_FREE_ITEMS}\b.{{0,160}}",
        # "You're reading 3 of your 4 free analyses for November." ("You are reading 2 of 3 free analyses this month.")
        # ("You are reading 2 of your 3 free DEI Analyses this month.": the publisher's name before what it counts)
        rf"you(?:(?:'|’)re| are) reading (?:\d+|one|two|three|four|five|your (?:last|final)) (?:of (?:\d+|your \d+) )?free "
        rf"{_FREE_NAMED}{_FREE_ITEMS}\b.{{0,160}}",
        rf"you have (?:\d+|one|two|three|no) free {_FREE_ITEMS}\b.{{0,240}}",
        # "You have 2 of 5 free wire stories left this month. Subscribers get unlimited access ... → Subscribe or Sign in":
        # a meter counting what is left, whatever it calls the pieces
        r"you have (?:\d+|one|two|three|four|no) (?:of|out of) (?:\d+|your \d+) free (?:[\w’'&.-]+ ){1,4}(?:left|remaining)\b.{0,240}",
        rf"you have (?:read|used|viewed) .{{0,40}}\bfree {_FREE_NAMED}{_FREE_ITEMS}\b.{{0,160}}",
        # "This is your last free article this month.", "2 free articles left", "1 of 3 free stories remaining"
        rf"(?:this is )?your (?:last|final) free {_FREE_ITEMS}\b.{{0,160}}",
        rf"(?:\d+|one|two|three|four|five)(?: of (?:\d+|your))? free {_FREE_ITEMS} (?:left|remaining)\b.{{0,160}}",
    ], 45),
    _rule("paywall", [  # "SUBSCRIBE — $1 for 3 months", "Free for 30 days", "Subscribe from $1/week"
        r"(?:(?:subscribe|join|start|try)\b.{0,20})?(?:[$€£]\s?\d+(?:[.,]\d{2})?|free)(?: (?:for|per|a)| ?/)\s?(?:(?:\d+|the first|one|two|"
        r"three|six|twelve)\s+)?(?:days?|weeks?|months?|years?)\b.{0,40}",
    ], 12),
    _rule("account link", [
        r"subscribe(?: now| today)?|log ?in|log ?out|sign ?in|sign ?up|register(?: now| here| today| for free)?|my account|"
        r"create (?:an? )?(?:free )?account|"
        r"donate(?: now| today)?|support us",
        r"join(?: now| us| today)?|get access|start (?:your |a )?free trial",
    ]),
    _rule("account link", [r"(?:sign|log) ?in (?:or|and) (?:create|register|sign up|subscribe)\b.{0,100}"], 25),
    _rule("subscribe prompt", [r"sign up (?:for|to) (?:the |our )?(?-i:[A-Z])[\w’'&. -]{1,60}"], 10),  # "Sign up for The Southern Cone Brief"
    _rule("subscribe prompt", [
        r"subscribe\b(?=.*\b(?:our|us|today|now|free|newsletters?|updates|inbox|insights|analysis|access|"
        r"unlimited|membership|premium|exclusive|offer|trial)\b).{0,200}",
    ], 30),
    _rule("subscribe prompt", [
        r"(?:sign up|subscribe|register|get|receive|join|enter your email)\b.{0,80}\bnewsletters?\b.{0,150}",
        r".{0,120}\bnewsletters?\b.{0,120}\b(?:sign up|subscribe|enter your e-?mail)\b.{0,40}",
    ], 35),
    _rule("subscribe prompt", [
        r"(?:(?:our|the|free|daily|weekly|morning|evening) )?(?:\w+ )?newsletters?(?: sign[- ]?up)?",
        r"(?:enter )?(?:your )?e-?mail(?: address)?\s*\*?(?:\s*(?:sign up|subscribe|submit|join))?",
    ], 5),
    _rule("subscribe prompt", [
        r"(?:we (?:respect|value|care about) your privacy|no spam|unsubscribe at any time)\b.{0,120}",
        # "☐ I agree to the processing of my personal data in accordance with the privacy policy": a form's consent box
        r"[☐☑□■✓✔\s\[\]]*i (?:(?:agree|consent) to (?:the |our |its |my )?(?:processing|use|storage|collection|terms|privacy)\b|"
        r"have read (?:and (?:agree to|accept) )?the (?:privacy|terms)\b).{0,200}",
        # "One explainer a day, five minutes to read. No spam, unsubscribe any time."
        r".{0,160}\b(?:no spam|unsubscribe (?:at )?any ?time)\b.{0,120}",
        # "Our weekly newsletter on politics and trade from Buenos Aires to Brasília. Every Friday, free."
        r"(?:our|the) (?:free )?(?:daily|weekly|fortnightly|monthly) (?:\w+ )?(?:newsletter|briefing|digest|bulletin)\b.{0,200}",
        r"click (?:here )?to (?:subscribe|sign up|register|donate|read more)\b.{0,80}",
        r"get the (?:latest|best|top)\b.{0,80}\b(?:inbox|newsletter|e-?mail)\b.{0,40}",
        # "Stay informed. Get the Pacific Brief in your inbox every fortnight.": a short call before the offer
        r"(?:[^.!?]{1,30}[.!]\s+)?get .{1,80}\bin(?:to)? your (?:inbox|mailbox|e-?mail)\b.{0,160}",
        # "Our morning briefing on the stories shaping the continent, delivered to your inbox."
        r"(?=.*\b(?:our|your)\b).{0,200}\b(?:delivered|sent|straight) (?:straight |directly |direct )?to your (?:inbox|mailbox|"
        r"e-?mail)\b.{0,80}",
        # "Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties."
        r"privacy (?:notice|policy)\s*:.{0,120}\b(?:newsletters?|e-?mails?|subscri\w+|sign(?:ing)? up|unsubscribe)\b.{0,200}",
        r"get .{1,80}\b(?:our|the) (?:free )?(?:\w+ ){0,2}(?:briefing|newsletter|digest|bulletin)\b.{0,160}",
        r"by (?:signing up|subscribing|registering|clicking[^,]{0,30}),? you agree\b.{0,160}",
        r".{0,240}\[\s*(?:your|enter(?: your)?)?\s*@?\s*e-?mail[^\[\]]{0,40}\]\s*\[\s*(?:sign (?:me )?up|subscribe|join|submit|go)\s*\]"
        r"(?:\s+by (?:signing up|subscribing|registering)\b.{0,160})?",
        r".{0,200}\bfree (?:for|to) (?:all )?(?:registered )?(?:readers|subscribers|members|users)\.?",
        # "Our editors' pick of the week's best analysis, delivered every Sunday."
        r"(?=.*\b(?:our|your|best|pick|picks|highlights|roundup|digest)\b).{0,160}\bdelivered (?:to your (?:inbox|door) )?"
        r"(?:every|each) (?:day|morning|evening|week|weekday|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\.?",
    ], 30),
    _rule("share buttons", [
        r"share(?:\s+(?:this|on|via|article|story|post|page|link)\b.{0,60}|\s*[:|–—-](?:\s+.{0,60})?)?",
    ], 8),
    _rule("share buttons", [
        r"(?:follow|like) us(?: (?:on|at)\b.{0,60})?",
        # "Follow", "+ Follow author": a writer's follow button on its own line
        r"\+?\s*(?:follow|unfollow)(?: (?:this |the )?(?:author|writer|topic))?\s*\+?",
        # "Lusophone Africa correspondent · Follow +": a writer's role under her byline, and the button beside it
        r"[\w'’ ,-]{1,60}?\s[·|•]\s+(?:follow|unfollow)\s*[+＋›»]?",
        r"(?:\+\s*follow\s+(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,3}\s*){1,4}",  # "+ Follow Ann Lee + Follow Bo Ek"
        # "Follow Varna Explains  + Follow", "Follow Ana Varga ＋": what to follow, named, then its button
        r"follow\s+(?:the\s+)?(?-i:[A-Z])[\w.'’&-]*(?:\s+(?:(?-i:[A-Z])[\w.'’&-]*|of|the|and|for|on)){0,5}"
        r"\s*[+＋](?:\s*follow)?",
        # "Follow on X", "Follow Ann Lee on LinkedIn": a writer's follow button ("Follow Ann on X ›": with its arrow)
        # ("Follow The Varna Courier on Telegram → @varnacourier": and the handle it points to)
        rf"follow(?: (?:me|her|him|them|{_NAME}))? on {_SOCIAL_NETWORK}\s*[›»→>]?(?:\s*:?\s*@[\w.]+)?",
        r"(?:acquire|purchase) licensing rights(?:,? opens (?:in )?(?:a )?new (?:tab|window))?",
        # "Follow on X: @AnnLee   Email: ann.lee@site.example", "Follow: @annlee": an author's handles and address in a row
        rf"(?:(?:follow(?: (?:me|us|her|him|them|{_NAME}))?(?: on [\w.]+)?|x|twitter|bluesky|mastodon|linkedin|e-?mail|contact)"
        r"\s*:?\s*(?:@[\w.]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+)\s*[|·•,/]?\s*){1,4}",
        # "📲 Get the news first — follow the ZBT channel on WhatsApp"
        r".{0,120}\b(?:follow|join|subscribe to) (?:the |our )?(?:[\w&-]+ ){0,3}(?:channel|account|page|group) (?:on|via) "
        rf"{_SOCIAL_NETWORK}.{{0,40}}",
        # "Follow Savannah Wire on our WhatsApp Channel for breaking news  →  [Join]": the publisher naming itself and
        # "our" channel, then what it brings, an arrow and the button (no more: "... on our Telegram channel," she said)
        r"(?:[^.!?]{0,60}[—–:]\s*)?(?:follow|join|subscribe to) (?:us|(?:the )?(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){0,3}) on our "
        rf"{_SOCIAL_NETWORK} (?:channel|group|community|"
        r"account|page)(?: for [^.!?\"“”]{1,60})?[.!]?\s*(?:[→›»]\s*)?(?:\[[^\[\]]{1,20}\])?",
        r"(?:click|tap) (?:here )?to (?:share|tweet|email|print|copy)\b.{0,60}",
        # "🔔 Follow this story: Kolvo Port", "Follow this topic +": the button that alerts the reader to what comes next
        # on the story, with what it follows
        r"(?:follow|unfollow) (?:this|the) (?:story|topic|thread|series|developing story|live blog)"
        r"(?:\s*[:+＋]\s*[^.!?:]{0,60})?",
    ], 15),
    # "⤓ Download PDF (612 KB) 🖶 Print ❝ Cite this", "Download data (CSV) · Embed · Share chart": a row of tool
    # buttons, with or without the icons and separators between them
    _rule("share buttons", [rf"{_TOOL}(?:\s*[^\w\s(\[]{{0,2}}\s*{_TOOL})+"], 16),
    _rule("share buttons", [
        r"copy link|link copied|print(?: this)?(?: article| page)?(?:\s*/\s*pdf)?|email(?: this)?(?: article)?",
        r"cite",  # "❝ Cite": the button that gives the reference to the page, in a row of tools
        # ("Download data (CSV)": a chart's or table's download button)
        r"download (?:the )?(?:data|chart|table|figure|map|image|graphic)(?:\s*\((?:csv|xlsx?|json|pdf|png|svg)\))?",
        # "Expand image ⤢", "View full screen": a picture's button to enlarge it
        r"(?:expand|enlarge|zoom(?: in)?|view|open|see) (?:the )?(?:full[- ]size )?(?:image|photo|picture|graphic|chart|map|"
        r"gallery)(?: (?:in )?full[- ]?screen)?|view (?:in )?full[- ]?screen",
        # "Tap to enlarge ⤢", "Click to zoom the map": the same button, said as what to do
        r"(?:tap|click|touch|press|pinch)(?: here)? to (?:enlarge|expand|zoom(?: in)?)(?: (?:the )?(?:image|photo|picture|"
        r"graphic|chart|map))?",
        # "⤢ Enlarge": the same button, its one word beside the icon
        r"enlarge|expand",
        # ("✓ Citation copied to clipboard": what a copy button says once pressed)
        r"(?:link|citation|reference|text|url|address) copied(?: to (?:the |your )?clipboard)?!?",
        r"(?:save|download)(?: as)? pdf|share via(?: \w+)?",
        # "PDF (12 pages, 1.1 MB)", "⬇ PDF (12 pp, 1.4 MB)"
        r"(?:download )?pdf\s*\(\s*(?:\d+\s*(?:pages?|pp\.?)\s*,?\s*)?\d[\d.,]*\s*[kmg]i?b\s*\)",
        r"(?:download )?pdf\s*\(\s*\d+\s*(?:pages?|pp\.?)\s*\)",  # "⬇ PDF (14 pp.)": its length in pages alone
        # "Download PDF (612 KB)", "Download the full report (PDF, 1.2 MB)": a download button with the file's size
        r"(?:save|download)(?: as| the)?(?: full)?(?: (?:pdf|report|brief|paper|publication|study|document|file))+"
        r"\s*\(?\s*(?:pdf|epub)?\s*,?\s*\d[\d.,]*\s*[kmg]i?b\s*\)?",
        r"facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|messenger|bluesky|threads|instagram|youtube|"
        r"tiktok|flipboard|line|wechat|weibo|signal|e-?mail",  # a network's name alone, in a row of share buttons
        r"save(?: article| for later| this article| story)?|bookmark|gift(?: this)? article|post",
        r"save to (?:my |your )?(?:reading list|list|library|bookmarks|favou?rites)",  # "☆ Save to reading list"
        # "Gift this article (3 left this month)", "(4 gifts left this month)"
        # ("Gift this article 🎁 (4 left)": its icon before the count)
        r"gift(?: this)? article\s*(?:[^\w\s()]\ufe0f?\s*)?\(\s*\d+\s+(?:gifts?\s+|gift articles?\s+)?(?:left|remaining)\b"
        r"[^()]{0,30}\)",
        r"gift(?: this)? article\s*[—–:|-]?\s*.{0,80}\bgift articles?\b.{0,40}",  # "Gift this article — 5 gift articles left"
        # "Gift this article — 3 of 5 gifts left this month"
        r"gift(?: this)? (?:article|story)\s*[—–:|-]?\s*\d+(?: of \d+)? gifts? (?:left|remaining)\b.{0,30}",
        # "Gift this article ▸ (Subscribers can gift 10 articles a month)"
        r"gift(?: this)? article\s*[▸►›»→—–:|-]?\s*\(?\s*(?:subscribers|members)\b[^()]{0,80}\bgift\b[^()]{0,60}\)?",
        # "Listen (9 min)", "🎧 Listen · 9 min", "Listen 4:12 / 9:03": an audio player (its icon is stripped beforehand)
        r"listen(?: to this article)?(?:\s*[·|:–—-]?\s*\(?\d+\s*min(?:ute)?s?\)?)?(?:\s*\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?)?",
        # "▶ Listen to this article (11:32) A A A": the player and the text-size buttons; "Listen to this article ▶
        # 00:00 / 07:12": the player's position and length
        r"[▶►]?\s*listen to (?:this|the) (?:article|story|piece|episode|report)\s*[▶►|·]?\s*\(?(?:\d{1,2}:\d{2}"
        r"(?:\s*/\s*\d{1,2}:\d{2})?|\d+\s*min(?:ute)?s?)?\)?(?:\s*a\s+a\s+a|\s*\d(?:\.\d+)?x)?",  # (or its speed: "1x")
        # "▶ Listen to this story · 5 min 40 sec · Voice: automated"
        r"[▶►]?\s*listen to (?:this|the) (?:article|story|piece|episode|report)\s*[·|]\s*\d+\s*min(?:ute)?s?(?:\s*\d+\s*sec(?:ond)?s?)?"
        r"(?:\s*[·|]\s*voice\s*:\s*[\w -]{1,30})?",
        r"\[\s*\d{1,2}:\d{2}\s*[━─▬■□▪•.=-]*\s*\d{1,2}:\d{2}\s*\](?:\s*\[?\d(?:\.\d+)?x\]?)*",  # "[ 0:00 ━━━ 5:40 ] 1x 1.25x"
    ]),
    _rule("reading time", [
        r"(?:estimated )?(?:reading|read) time\s*:?\s*(?:about |approx\.? |~)?\d+(?:\s*[-–]\s*\d+)?\s*"
        r"(?:minutes?|mins?|m)\.?(?:\s*read)?",
        r"(?:about |approx\.? |~)?\d+(?:\s*[-–]\s*\d+)?\s*[- ]?(?:minutes?|mins?|min\.?)\s*(?:read|reading|listen)",
        r"(?:about |approx\.? |~)?\d{1,2}(?:,\d{3}|\d{2,3})\s+words",  # "8 min read  ·  1,360 words": the length in words
    ]),
    # "▓▓▓▓░░░░░░ 38% read": a reading-progress bar (its blocks are stripped beforehand, as pictograms)
    _rule("reading progress", [
        r"(?:[▓▒░█■□▰▱▮▯]+\s*)?\d{1,3}\s?%\s*(?:read|complete|completed)(?:\s*[▓▒░█■□▰▱▮▯]+)?",
        # "Reading progress ▓▓▓░░░░░░░ 28%", "Progress ▰▰▱▱ 40%"
        r"(?:reading progress\s*:?\s*(?:[▓▒░█■□▰▱▮▯]+\s*)?|progress\s*:?\s*[▓▒░█■□▰▱▮▯]+\s*)\d{1,3}\s?%"
        r"(?:\s*(?:read|complete|completed))?",
    ], 4),
    # "Voiced by an automated narrator. Pronunciation of local names may vary.": the note under an audio player
    _rule("audio player", [
        # "▶ Listen to this dispatch   00:00 / 07:12   1x   ·  Voiced by ARD Audio (synthetic voice)": the player's time
        # counter, its speed and who reads it
        # ("· 1x · AI-narrated voice, reviewed by editors", "1x ▾ (Narrated by a synthetic voice. Tell us what you think)")
        # ("· 1x · Audio generated from the text; may mispronounce names": how its audio is made, and what it gets wrong)
        # ("🔊 Listen to this dispatch   ▶  0:00 / 8:14   ·  automated voice  ·  1.0x": its play button before the counter)
        r"[▶►]?\s*listen to (?:this|the) \w+\s*[·|▶►]?\s*\d{1,2}:\d{2}\s*/\s*\d{1,2}:\d{2}(?::\d{2})?"
        r"(?:\s*[·|]?\s*[\d.,]+x)?(?:\s*[▾⌄])?"
        # ("... 1x   ⟲ 15s   ↓ Download MP3  (automated narration — errors possible)": its skip and download buttons)
        r"(?:\s*[·|]?\s*(?:[⟲⟳↺↻⏪⏩«»]\s*[+-]?\d{1,2}\s*s(?:ec)?|[↓⬇⤓]?\s*download(?: (?:the )?(?:mp3|audio|episode|file))?))*"
        r"(?:\s*[·|]?\s*(?:(?:voiced|read|narrated) by\b.{0,100}|"
        r"\(?(?=[^()]{0,40}\b(?:voice[sd]?|narrat\w*|read by|(?:audio|voice|narration) (?:is |was )?(?:generated|produced|"
        r"created)|mispronounc\w*|pronunciations?)\b).{1,140}))?",
        # "▶  Listen to this story  ·  7:41  ·  Read by an automated voice   [ 1x ]  [ Download ]": its length alone
        # ("▶ Listen to this story   08:41   |   Narrated by an AI voice   |   1x  1.5x": set off by a wide gap only)
        r"[▶►]?\s*listen to (?:this|the) \w+\s*[·|]?\s*\d{1,2}:\d{2}(?::\d{2})?\s*[·|]\s*(?:voiced|read|narrated) by\b.{0,100}",
        # "[ Listen to this article · 16:02 · AI narration (beta) ]"
        r"\[\s*listen to (?:this|the) \w+\s*[·|]\s*\d{1,2}:\d{2}[^\[\]]{0,60}\]",
        # "▶ Listen to this article (11 minutes)  |  Read by SBC AI voice "Ellis". Tell us what you think"
        r"[▶►]?\s*listen to (?:this|the) \w+\s*\(\s*\d+\s*min(?:ute)?s?\s*\)\s*[|·]\s*(?:read|voiced|narrated) by\b.{0,200}",
        # "Listen to this analysis ▶ 16 min (automated voice — pronunciation of names may vary)", "Listen to this article ·
        # 8 min (Voiced by AudioDesk. Report a problem with audio)": the player and the note on its voice
        r"[▶►]?\s*listen to (?:this|the) (?:article|story|piece|episode|report|analysis|explainer|essay|commentary|interview)"
        r"\s*[▶►|·]?\s*\d+\s*min(?:ute)?s?\s*[▶►]?\s*\([^()]{0,160}\b(?:voice[sd]?|audio|narrat\w*|pronunciation|mispronounce\w*|"
        r"generated)\b[^()]{0,160}\)",
        # "▶ Listen to this article (automated voice, 11:20)": the note on its voice and its length in brackets
        r"[▶►]?\s*listen to (?:this|the) (?:article|story|piece|episode|report|analysis|explainer|essay|commentary|interview)"
        r"\s*\((?=[^()]*\b(?:voice[sd]?|audio|narrat\w*|read by)\b)(?=[^()]*\b\d{1,2}(?::\d{2}|\s*min\w*)\b)[^()]{1,80}\)",
        # ("Audio voiced by an automated system. Report an issue")
        r"(?:(?:this (?:article|story|audio|piece)|(?:the )?(?:audio|narration)(?: version)?)(?: is| was)? )?"
        r"(?:voiced|read(?: aloud)?|narrated|generated|produced|created) (?:by|with|using) (?:an? )?"
        r"(?:automated|artificial|synthetic|computer-generated|ai|ai-generated|machine|digital|text-to-speech) "
        r"(?:narrator|voice|reader|speech|system)s?[.!]?"
        r"(?:\s+[^.!?]{0,120}\b(?:pronunciations?|mispronounc\w*|errors?|mistakes?|may (?:vary|differ))\b[^.!?]{0,80}[.!]?)?"
        r"(?:\s+(?:report an? (?:issue|error|problem)|give feedback)[.!]?)?",
        r"(?:this )?(?:audio|narration|audio version) (?:is |was )?(?:generated|produced|created) (?:by|with|using) "
        r"(?:ai|artificial intelligence)\b[^.!?]{0,80}[.!]?",
        # "Audio generated automatically. Pronunciation of names may vary.", "Voice generated automatically. Report an
        # error"
        r"(?:the |this )?(?:audio|narration|audio version|voice)(?: (?:is|was))? (?:generated|produced|created|voiced|read) "
        r"automatically[.!]?(?:\s+[^.!?]{0,120}\b(?:pronunciations?|mispronounc\w*|errors?|mistakes?|may (?:vary|differ))\b"
        r"[^.!?]{0,80}[.!]?)?(?:\s+(?:report an? (?:issue|error|problem)|give feedback)[.!]?)?",
    ], 30),
    # "💱 Currency converter: $1,000,000 USD ≈ €920,000 EUR (rate 0.92, updated 13 Oct)  [Change currency ▾]": a
    # converter set into the page, an amount of the text worked out in another unit
    _rule("converter", [
        r"(?:currency|unit|exchange[- ]rate|temperature|distance|measurement)\s+(?:converter|calculator)\s*:\s*[^≈=]{1,80}"
        r"[≈=].{1,200}",
    ], 40),
    # "💬 Live chat  —  Questions about your subscription? We're online 8am–6pm.  [Start chat]": the publisher's help desk
    _rule("live chat", [
        r"live chat\s*[—–:|·-]\s*.{1,200}",
        r".{0,200}\[\s*(?:start|open|begin|launch)(?: a| the)? (?:live )?chat\s*\]",
    ], 40),
    # "Have a story tip? Message our newsroom on WhatsApp: +597 8 40 11 22. We protect our sources.": a call for tips,
    # with the way to send them
    _rule("tip line", [
        r"(?:(?:do you )?(?:have|got) (?:a |any )?(?:story |news )?tips?|know something we (?:should|don['’]t)[^?]{0,40})\?\s*"
        r"(?=.*(?:whatsapp|signal|telegram|e-?mail|@|\+\d|\bcall us\b|\bcontact\b|\bmessage (?:us|our)\b)).{1,240}",
        # "Tips and documents: contact the Kolvo bureau securely → courier.example/tips": the call under its label, with
        # the address to send them to
        r"(?:(?:news|story) )?tips?(?: (?:and|&|or) (?:documents|leads|information|stories))?\s*:\s*"
        r"(?=.*\b(?:contact|send|share|message|email|e-mail|write to|reach)\b)"
        r"(?=.*(?:[\w.+-]+@[\w-]+\.|(?<![\w+])\+\d|\b[a-z0-9-]+\.[a-z]{2,}/\S|\b(?:whatsapp|signal|telegram)\b)).{1,200}",
    ], 45),
    # "41 COMMENTS (Comments are open for subscribers only. Be kind, stay on topic.)": the count with the thread's rules
    _rule("counter", [r"(?:\d[\d.,]*\s*[km]?|no|zero|one)\s+comments?\s*\((?=[^()]*\bcomment)[^()]{1,160}\)"], 30),
    _rule("counter", [
        r"(?:\d[\d.,]*\s*[km]?|no|zero|one)\s+(?:views?|comments?|shares?|likes?|reads?|reactions?|replies|responses?)",
        # "This page has been viewed 2,314 times."
        r"(?:this (?:page|article|story|post|paper|report|explainer|analysis) (?:has been|was) )?(?:viewed|read|shared|downloaded) "
        r"(?:\d[\d.,]*\s*[km]?|one|two|three) times?\.?",
        # "💬 47 comments › Join the conversation": the count and the link to the thread
        r"(?:\d[\d.,]*\s*[km]?|no|zero|one)\s+comments?\s*[›»>→|·:—–-]?\s*(?:join|read|view|see|add to) the "
        r"(?:discussion|conversation|comments|thread)",
        r"(?:comments?|leave a (?:comment|reply)|add (?:a )?comment|show comments|view comments|"
        r"join the (?:discussion|conversation))(?:\s*\(\d+\))?",
        # "Sort by: Newest", "Join the conversation — Sign in to comment": a comment thread's controls
        r"sort(?: comments)? by\s*:?\s*(?:newest|oldest|latest|best|top|most (?:recent|liked|popular)|popular)(?: first)?",
        r"(?:join the (?:discussion|conversation)\s*[—–:|-]?\s*)?(?:sign|log) in (?:to (?:comment|reply|join the "
        r"(?:discussion|conversation))|or register to comment)\.?",
        # "You must be signed in to comment. Sign in | Register"
        r"you (?:must|need to) be (?:signed|logged) in to (?:comment|reply|post a comment)\.?"
        r"(?:\s*(?:sign in|log in|register|sign up)(?:\s*[|/·•]\s*(?:sign in|log in|register|sign up))*)?",
    ]),
    _rule("date line", [
        _DATE_LINE.pattern,
        # "Updated 25 November 2026, 09:40 (Lima time)", "12 May 2026, 18:00 (UTC+2)": the time zone named in brackets
        rf"{_DATE_LINE.pattern}\s*\((?:(?:[^\W\d_][\w.'’-]*\s+){{1,3}}time|(?:gmt|utc)\s*[+−-]\s*\d{{1,2}}(?::?\d{{2}})?)\)",
        # "Updated 25 November 2026, 14:10 GMT — see note at end", "Corrected 3 May 2026 (see correction below)": the
        # date the page changed, pointing to the note that says how
        rf"(?:updated|last updated|corrected|amended|revised)(?: on)?\s*:?\s*{_DATE}\s*[—–:|·(-]?\s*(?:see|read) (?:the )?"
        r"(?:editor['’]s )?(?:note|correction|clarification|update)s? (?:at (?:the )?(?:end|bottom|foot)|below)"
        r"(?: of (?:the|this) (?:article|story|page|piece|analysis|report))?\.?\)?",
        # "Updated 25 Nov 2026, 15:10 ET (see correction)": or in brackets, not saying where the note is
        rf"(?:updated|last updated|corrected|amended|revised)(?: on)?\s*:?\s*{_DATE}\s*\(\s*(?:see|read) (?:the )?"
        r"(?:editor['’]s )?(?:note|correction|clarification|update)s?\s*\)",
        rf"\d{{1,2}}[:.]\d{{2}}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{{2,5}})?\s*,?\s*{_DATE}",  # "5:00 am, 17 February 2026"
        # "... 6:41 PM EDT  Updated 39 mins ago", "Sun 23 Nov 2026 07.00 GMT · Last modified on Mon 24 Nov 2026 09.41 GMT"
        rf"{_DATE}\s*[|·•—–(-]?\s*(?:updated|last updated|modified|last modified)\b.{{0,40}}",
        # "07:00 IST (updated 11:42)": the time of day, when the page was updated, between the date and the reading time
        r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?\s*[(|·•—–-]?\s*(?:updated|last updated|modified)\b"
        r"[^()]{0,30}\)?",
        # "LUSAKA, 12 March 2026 · Updated 18:47 CAT": the dateline's city in capitals before the date
        rf"(?-i:[A-Z][A-Z.'’ -]{{1,30}}),\s*{_DATE}(?:\s*[|·•—–-]?\s*(?:updated|last updated|modified)\b.{{0,40}})?",
        r"(?:(?:published|posted|updated|last updated|modified)\s*:?\s*)?(?:\d+|an?|one)\s+"
        r"(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago",
        r"this (?:article|story|page|post) is (?:more than|over) .{1,30} old",
        # "Posted Thu 12 Nov 2026 at 5:00am, updated Thu 12 Nov 2026 at 9:14am": the weekday and time, and when updated
        rf"(?:posted|published|first published)\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?{_DATE}"
        r"(?:,?\s*at\s+\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?"
        # ("Published 25 November 2026, 06:00 CET  ·  Updated 11:40 CET": the update set off by a dot or a bar)
        r"(?:\s*[,|·•—–-]?\s*(?:updated|last updated|modified)\s+(?:on\s+)?(?:(?:mon|tue|wed|thu|fri|sat|sun)\w*\.?,?\s+)?.{0,40})?",
    ], 20),
    _rule("byline", [
        # ("By Ann Lee and Bo Ek, in Varna"; "By Ann Lee in Varna, with additional reporting by Bo Ek in Kolvo")
        rf"(?:(?:with |additional )?(?:written|posted|reported|words|reporting|story|text|editing|edited|photos?) )?by\s+{_NAMES}"
        rf"(?:,?\s+in\s+{_PLACE})?"
        rf"(?:\s*,\s*{_NAME}|\s*[|·–—-]\s*[^.!?]{{0,60}}"
        rf"|\s*[;,]\s*(?:with )?(?:additional reporting|editing|edited) by\s+{_NAMES}(?:\s+in\s+{_NAME})?)*",
        # "By Ann Lee in Varna and Bo Ek in Kolvo": each writer with the place they file from ("in Dar es Salaam")
        rf"by\s+{_NAME}\s+in\s+{_PLACE}(?:\s*(?:,|&|(?-i:and))\s*{_NAME}\s+in\s+{_PLACE})+",
    ], 16),
    _rule("byline", [r"author\s*:\s*.{1,60}"], 8),
    _rule("byline", [  # "Words: Ann Lee, Arctic correspondent", "Text: Ann Lee and Bo Ek"
        rf"(?:words|text|story|reporting)\s*:\s*{_NAMES}(?:\s*,\s*(?:[\w-]+\s+){{0,4}}(?:correspondent|editor|reporter|"
        r"writer|columnist|journalist|bureau chief|fellow|contributor|photographer)s?)?",
    ], 16),
    # "— Additional reporting by Ann Lee & wires.", "— With additional reporting by Bo Ek in Varna"
    _rule("byline", [r"[—–-]*\s*(?:with )?(?:additional )?reporting by\s+.{1,140}"], 25),
    _rule("contact", [r".{0,160}\b(?:ph|tel|phone|telephone)\.?\s*:?\s*\+?\(?\d[\d\s().-]{6,}\d\s*"], 30),  # "..., Suva. Ph: +679 331 5500"
    _rule("byline", [  # "Ann Lee (ann.lee@daily.example)", "ann.lee@daily.example | @AnnLeeDaily"
        rf"(?:{_FULL_NAME}\s*)?[(<\[]?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*[)>\]]?(?:\s*[|·•,/]\s*@[\w.]+)*",
    ], 8),
    _rule("byline", [  # "Reporting by Ann Lee in Varna; additional reporting by ...; Editing by Bo Ek"
        rf"(?:additional )?reporting by\s+{_NAMES}.{{0,300}}?\bedit(?:ing|ed) by\s+{_NAMES}.{{0,160}}",
    ], 70),
    _rule("byline", [  # "By Ann Lee, Europe trade correspondent"
        rf"by\s+{_NAMES}\s*,\s*(?:[\w-]+\s+){{0,4}}(?:correspondent|editor|reporter|writer|columnist|analyst|"
        r"fellow|contributor|bureau chief|researcher|director|journalist)s?",
        rf"(?:(?:with|and) )?{_FULL_NAME}\s*,\s*(?:[\w-]+\s+){{0,3}}(?:correspondent|editor|reporter|writer|columnist|"
        r"journalist|bureau chief|fellow|associate|researcher|analyst|director|professor)s?(?:\s*,\s*[^.!?,]{1,60})?",
        # "Ann Lee, Political Reporter", "Dr Bo Ek, Senior Fellow, Baltic Initiative" on a line of its own, and "with
        # Bo Ek, Research Associate" under it
    ], 16),
    _rule("image credit", [
        # ("Map: Ledger graphics": a map's credit under it; not "Credit: US$150m via the Kolvo Eximbank", a loan's sum)
        r"(?!credits?\s*:\s*(?:(?:(?-i:[A-Z]{1,3})\s?)?[$€£¥₹₦]\s?\d|(?:(?-i:[A-Z]{3})\s?)?\d[\d.,]*\s*(?:m|bn|million|"
        r"billion)\b))"
        r"(?:photo|image|picture|photograph|illustration|video|graphic|map|caption|(?:photo|image|picture) credit|credit)s?"
        r"\s*:\s*.{1,150}",
    ], 20),
    _rule("image credit", [
        r"\(?(?:photo|image|picture|photograph|illustration)s?\s+(?:by|courtesy of|via|credit)\b.{1,100}\)?",
        r".{0,60}/\s*(?:getty images|afp|reuters|ap|ap photo|shutterstock|alamy|epa|bloomberg)\)?",
        # "(Reuters: Jason Reed, file)", "(AP: Ann Lee)": an agency and its photographer in brackets, under the picture
        # (its brackets are stripped before matching: the agency, or "file" at its end, tells it from a label)
        r"(?=(?:reuters|ap|afp|aap|epa|getty(?: images)?|bloomberg|xinhua|anadolu|[\w.&'’ -]{0,30}\b(?:news|photos?|pictures|"
        r"images|media|press))\s*:|.*,\s*(?:file|supplied|handout|archive)$)"
        r"(?-i:[A-Z])[\w.&'’ -]{1,30}:\s*(?-i:[A-Z])[\w.'’ -]{1,40}(?:,\s*(?:file|supplied|handout|archive))?",
    ], 16),
    # "[Photo] Cranes at the port ...", "(Image) ...": a caption under its media label; "Minister X (C) shakes
    # hands with Y ...": a caption placing people in the picture
    _rule("image caption", [
        # ("[Gallery 1 of 4] Soldiers patrol near Khiam ...": the label may count the pictures)
        r"[\[(](?:photo|image|picture|photograph|illustration|video|graphic|caption|gallery)s?(?:\s+\d{1,3}\s*(?:of|/)\s*\d{1,3})?"
        r"[\])]\s*\S.*",
        # "[Figure 1] Navy personnel during an exercise ... Figure 1 is not reproduced in the text-only version."
        r"\[(?:figure|fig\.|chart|map|exhibit|infographic)\s*\d{1,3}[a-z]?\]\s*\S.*",
        r"\[(?:photo|image|picture|photograph|illustration|video|graphic|caption|gallery)s?\s*:\s*\S.*",
        # "Photo: A destroyer docks at Port of Spain. (Photo by Ann Lee / The Current)": a caption under its label
        r"(?:photo|image|picture|photograph|caption)\s*:\s*\S.{0,600}",
        # "[Figure 1: Chinese-backed ports in the region. Source: ...]", "[Map 2: ...]": a figure's label and caption
        # ("[ Figure 1: Chancay monthly throughput, Nov 2024 – Oct 2026 (TEU) ]": with spaces inside its brackets)
        r"\[\s*(?:figure|fig\.|chart|map|table|infographic)(?:\s+\d{1,3}[a-z]?)?\s*[:.–—-]\s*[^\[\]]+\]",
        # "Figure 1: Gas supply by origin, 2023 vs 2025. Source: E-Control. [chart not displayed]": a figure's caption
        # (a figure's title alone, "Figure 1: Who is building what", heads the table under it)
        r"(?:figure|fig\.|chart|graph|map|table|exhibit|infographic)\s+\d{1,3}[a-z]?\s*:\s+[^.!?]+[.!?]\s.{0,600}",
        r".*?\b(?-i:[A-Z][\w’'-]+\s+\((?:[LRC]|left|right|cent(?:re|er)|2nd [LR]|3rd [LR])\))\s+\S.*",
        # "A container ship transits the locks at Agua Clara, January 2026.": a scene with a date and no verb of the past
        rf"(?-i:[A-Z])[^.!?,]{{5,200}}?\b(?:is|are|transits|stands|sits|walks|speaks|waves|arrives|leaves|looks|"
        rf"attends|shakes|greets|moored|docked|seen|pictured)\b[^.!?]{{0,200}},\s+(?:\d{{1,2}}\s+)?{_MONTH}\.?(?:\s+\d{{1,2}})?,?\s+\d{{4}}\.?",
        r".*?\b(?-i:[A-Z][\w’'-]+),\s+(?:left|right|cent(?:re|er)|(?:second|third) (?:from )?(?:left|right)|far (?:left|right)),"
        r"\s+\S.*",  # "Defence Minister Ann Lee, centre, at the air base in January."
        # "A ship at the terminal in Colombo, 11 March 2025. MERIDIAN WIRE/Ann Lee": a caption ending in an agency's credit
        r".{10,600}?[.!?)]\s+(?-i:[A-Z][A-Z&.'’-]+(?:\s[A-Z][A-Z&.'’-]+){0,3})\s?/\s?"
        r"(?-i:[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3})(?:\s+(?:purchase )?licensing rights(?:,? opens new tab)?)?",
        # "The Arch of Neutrality in Ashgabat. (Photo: Ann Lee/Getty Images for The Review)": a caption ending in its
        # credit in brackets, a photographer and an agency or publisher
        r".{10,600}?[.!?]\s+\(\s*(?:photo|image|picture|photograph|illustration)s?(?: credit)?\s*:\s*[^()]{1,80}/[^()]{1,80}\)",
    ], 90),
    _rule("author bio", [  # "Ann Lee is a senior correspondent covering North Africa. She is based in Varna."
        # ("Ann Lee is the Ledger's Varna bureau chief. She covers ... Follow her on X @annlee")
        rf"{_NAME} is (?:(?:an?|(?:the )?{_NAME}['’]s|the) )?(?:[\w-]+ ){{0,4}}(?:correspondent|reporter|editor|writer|columnist|fellow|analyst|researcher|"
        r"journalist|contributor|professor|lecturer|director|bureau chief)\b"
        r"(?=.*\b(?:covering|based in|(?:her|his|their) (?:research|work|writing)|views expressed|focuses on|writes (?:on|about)|"
        r"is the author of|follow (?:her|him|them)\b|former (?:correspondent|reporter|editor|diplomat)|"
        r"(?:previously|formerly) (?:served|worked|was|held)\b|"
        r"(?:her|his|their) (?:latest |new |forthcoming |most recent )?book\b)).{0,400}",
    ], 70),
    # "Rome correspondent. Ann has covered the Vatican since 2017. Follow her on X @annlee": a writer's role, a word
    # on their work and their handle, under their name
    _rule("author bio", [
        r"(?:[\w'’-]+ ){0,3}(?:correspondent|reporter|editor|writer|columnist|fellow|analyst|researcher|journalist|"
        r"contributor)\.\s+(?-i:[A-Z]).{0,400}?\bfollow (?:her|him|them|me) on [\w ]{1,20}?\s*:?\s*@[\w.]+",
    ], 80),
    _rule("author bio", [  # "Ann Lee leads the Institute's work on Benelux security. She previously served as an adviser ..."
        rf"{_NAME} (?:leads|heads|directs|runs|coordinates|manages) (?:the |(?:the )?{_NAME}['’]s |(?:her|his|their) )"
        r"[^.]{0,80}\b(?:work|research|programme|program|team|coverage|project|desk|portfolio)\b"
        r"(?=.*\b(?:(?:previously|formerly) (?:served|worked|was|held)|holds? an? (?:phd|doctorate|dphil|master['’]?s)|"
        r"(?:her|his|their) (?:research|work) (?:focuses|covers))\b).{0,400}",
    ], 80),
    _rule("author bio", [  # "Ann Lee covers diplomacy and security in East Africa for the Varna Daily."
        rf"{_NAME} (?:covers|reports on|writes about|writes on) .{{1,120}} (?:for (?:the )?{_NAME}"
        rf"(?:\s+(?:from|in|based in)\s+{_NAME})?|from {_NAME}(?:,\s+with\s+a\s+focus\s+on\s+[^.,;]{{1,120}})?)\.?(?:\s+(?:she|he|they) (?:previously|formerly|has|also|was|were)\b[^.]{{0,160}}\.)?"
        rf"(?:\s+(?:corrections|tips|contact|follow|email|e-mail|translation|translated)\b.{{0,120}})?",
    ], 40),
    # "Funding disclosure: Fieldwork was supported by the Institute's core funding ...", "Conflict of interest statement:
    # none": what the page declares of its money and interests
    _rule("publisher note", [
        r"(?:funding|financial|conflicts? of interest|competing interests?|interests?) (?:disclosure|statement|declaration)s?"
        r"\s*:.{1,800}",
        # "This paper was produced with the support of the Kolvo Foundation. Funders have no influence on the content of
        # our publications.": who paid for the page, and that they had no say
        r"(?:this|the) (?:paper|report|brief|publication|study|analysis|research|project|article|series) (?:was|is|has been) "
        r"(?:produced|prepared|made possible|funded|supported|written|published) (?:with (?:the )?(?:generous |financial )?"
        r"(?:support|funding|assistance|help) (?:of|from)|thanks to|by a grant from)\b[^.!?]{1,200}[.!]"
        r"(?:\s+(?:the )?funders? (?:ha(?:ve|s|d)|exercised?) no\b[^.!?]{1,200}[.!])?",
        r"(?:the )?funders? (?:ha(?:ve|s|d)|exercised?) no (?:influence|role|say|control|editorial)\b[^.!?]{1,200}[.!]",
    ], 100),
    # "Kestrel Analysis pieces reflect the views of their authors, not an institutional position. This programme
    # receives funding from ...": the series' disclaimer, and what follows it on its funding
    _rule("publisher note", [
        r"(?:(?-i:[A-Z])[\w’'&.-]*\s+){1,4}(?:pieces|articles|analys[ie]s|papers|publications|commentaries|posts|briefs|reports) "
        r"(?:reflect|represent|express) (?:only )?the (?:personal )?views of (?:their|the|its) authors?\b.{0,400}",
        # "Asia-Pacific Dispatch is not responsible for the content of external sites."
        r"(?:the )?(?:(?-i:[A-Z])[\w’'&.-]*\s+){1,4}(?:is|are) not responsible for the content of (?:external|third[- ]party|"
        r"linked|other) (?:(?:web)?sites|links|pages)\.?",
        # "Republish this story  ·  Licensed newsrooms may run this copy under our wire terms.  Request licence | Print":
        # the link offering the story to other outlets, and the terms set out beside it
        r"(?:republish|reprint|syndicate|license) (?:this|our) (?:story|stories|article|articles|piece|report|analysis|"
        r"content)(?:\s*[·•|:–—-]\s*.{1,400})?",
    ], 80),
    _rule("publisher note", [
        r"(?:the )?(?-i:[A-Z])[\w’'&. -]{1,60} is (?:published|produced) by .{1,200}",
        r"(?:the )?views expressed (?:here |in this (?:article|piece|essay|paper|report|publication|analysis|commentary|brief|"
        r"post) )?are (?:the authors?(?:'|’)s?|(?:her|his|their) own|those of the authors?).{0,240}",
        # "The views expressed in Carrow Analysis are the author's own.": in the publisher's series, by its name (said of
        # its authors: "The views expressed in Kolvo are their own" may be the article's)
        r"(?:the )?views expressed (?:in|on|by) (?:the )?(?-i:[A-Z])[\w’'&.-]*(?: (?-i:[A-Z])[\w’'&.-]*){0,4}"
        r"(?: (?:pieces|articles|columns|posts|papers|publications|commentaries))? are (?:(?:the|its|their) authors?(?:'|’)s?"
        r"(?: own| alone)?|those of (?:the|its|their) authors?(?: alone)?)(?: and do not (?:necessarily )?(?:reflect|represent)"
        r"\b[^.!?]{1,160})?\.?",
        # "This publication reflects the views of the authors only. The Centre does not take institutional positions."
        r"this (?:article|piece|essay|paper|report|publication|analysis|commentary|brief|post) (?:reflects|represents|"
        r"expresses) (?:only )?the (?:personal )?views of (?:the|its) authors?(?: only| alone)?\..{0,240}",
        r"(?:suggested citation|cite (?:this|as)|how to cite(?: this(?: \w+)?)?)\s*:.{1,400}",  # "Suggested citation: Lee, A. (2026). ..."
        # "Cite this analysis:  Haddad, S. (2026). "Title." Varna Centre, 24 November.  [Copy citation]": the label, by what
        # the page is, and a reference to it, its author's name first and its year, on one line
        r"cite this (?:publication|article|paper|report|page|piece|analysis|commentary|brief|essay|post|explainer|story|"
        r"chapter|study|working paper|policy brief)\s*:\s*(?-i:[A-Z]).{0,200}\b(?:19|20)\d\d\b.{1,400}",
        r"(?:cite this|how to cite)(?: (?:publication|article|paper|report|page|piece|analysis|commentary|brief))?\s*:?",
        r"suggested citation\s*:?",  # (the label over the reference)
        # "Lee, A. and Ek, B. (2026). Title. Publisher, Paper No. 41. [Copy citation] [BibTeX]": a reference to this page
        r"(?-i:[A-Z])[\w’'-]+,\s+(?:(?-i:[A-Z])\.\s?){1,3}(?:(?:,|\s+and|\s+&)\s+(?-i:[A-Z])[\w’'-]+,\s+(?:(?-i:[A-Z])\.\s?){1,3})*"
        r"\s*\((?:19|20)\d\d[a-z]?\)\s*[.,:].{1,400}",  # (the year followed by a full stop, a comma or a colon)
        # "The Primer is free to read because of advertising. Please whitelist us or make a contribution."
        r".{0,160}\b(?:whitelist us|ad[- ]?blocker|disable your ad)\b.{0,240}",
        r"(?:the )?(?-i:[A-Z])[\w’'&. -]{1,60} is an? (?:501\(c\)\(3\) )?(?:independent|non-?partisan|non-?profit|not-for-profit|reader-supported|"
        # (then a call for support, or "The views expressed in this paper are those of the author alone.")
        r"reader-funded|member-supported)\b[^.]{0,100}\.(?:\s*support (?:our|us|independent)\b.{0,200}|\s*the views expressed\b.{0,240}|"
        # ("The Varna Institute is a nonpartisan, nonprofit 501(c)(3) organisation. It takes no institutional positions; views
        # expressed are those of the author(s).")
        r"\s*(?:it|we|the (?:institute|centre|center|foundation|organi[sz]ation)) (?:takes?|holds?|has|have) no "
        r"(?:institutional|corporate|policy|political|official) (?:positions?|views?|stances?)(?:\.|\s*[;,.]\s*(?:all )?(?:the )?"
        r"views expressed\b.{0,240})|"
        # ("... charity. We rely on donations to keep our research free to read.")
        r"\s*(?:we|it) (?:rel(?:y|ies)|depends?) (?:on|upon) (?:donations|readers|supporters|members|(?:your|their) support)\b.{0,200})?",
        r"our (?:standards|editorial (?:standards|code|guidelines|policy)|ethics policy)\s*:.{0,120}",
        # "Information you can trust: AWS, the news division of X, is a leading provider of multimedia news."
        r".{0,160}\bis (?:a|the) (?:world(?:'|’)s )?(?:leading|largest|premier|trusted|foremost)\b.{0,30}\b(?:provider|source|"
        r"publisher|supplier)s? of\b.{0,40}\b(?:news|media|information|journalism)\b.{0,60}",
        # "This explainer is part of our series "Small States", supported by a grant from the Open Press Fund."
        r"this (?:article|explainer|story|piece|report|essay|analysis) is (?:part|one) of (?:our|a|the) (?:\w+ )?series\b.{0,400}",
        # "Mekong Ledger is a member of the Independent Asia Newsroom Network. Registered charity no. 1187734."
        r"(?=.*\b(?:news|newsroom|press|media|journalism|publishers?|editors?|charity)\b)(?-i:[A-Z])[\w’'&. -]{1,60} is a "
        # (the sentence ends with the body's name: "... is a member of the Press Council, which the government tried to
        # abolish" goes on about the council, as an article does)
        r"member of the .{1,100}\b(?:network|alliance|association|federation|consortium|project|council)\b[^,;]{0,60}"
        r"(?:[.·|].{0,160})?",
        # "Nr. 924 118 307 · Editor-in-chief: Kari Lunde · The Ledger is bound by the Code of Practice for the Press."
        r".{0,120}\beditor[- ]in[- ]chief\s*:.{0,200}",
        r".{0,120}\bis bound by the .{0,80}\bcode\b.{0,120}",
        # "This article appears in the Spring 2026 print edition under the headline ..."
        r"(?:a version of )?this (?:article|story|essay|piece|review) (?:appears|appeared|was published|will appear|"
        r"is published) in the .{1,80}\b(?:print edition|print issue|magazine|issue)\b.{0,160}",
        # "This article appeared in print on page A1 of the 5 November 2026 edition of The Ledger under the headline ..."
        r"(?:a version of )?this (?:article|story|essay|piece|review) (?:appears|appeared|was published|will appear|"
        r"is published|ran) in print\b.{0,240}",
    ], 40),
    # "The views expressed in this brief are those of the authors and do not necessarily reflect those of the Institute,
    # which takes no institutional positions. This brief was produced with support from a grant of the Ministry. The
    # Ministry had no role in its content.": the disclaimer, and what it goes on to say of the paper's funding
    _rule("publisher note", [
        r"the views expressed (?:here |in this (?:article|piece|essay|paper|report|publication|analysis|commentary|brief|"
        r"post) )?are (?:the authors?(?:'|’)s?|(?:her|his|their) own|those of the authors?)\b[^.!?]{0,240}[.!]"
        r"(?:\s+[^.!?]{1,240}[.!]){0,3}",
    ], 100),
    _rule("box border", [_BOX_BORDER], 40),
    _rule("copyright", [
        # "© Reuters", "Copyright 2026 ...", "(c) 2026 Kolvo Media", "(c) Kolvo Media 2026": "(c)" is also a list
        # label ("(c) Western partners fund ...", "(c) Russia"), so it counts only with a year after it or its name
        r"(?:©|copyright\s*(?:©|\(c\))?\s*\d{4}).{0,150}",
        r"\(c\)\s*(?:(?-i:[A-Z][\w&.'’-]*)(?:\s+(?-i:[A-Z][\w&.'’-]*)){0,3},?\s+)?(?:19|20)\d\d\b.{0,150}",
        r".{0,100}\ball rights reserved\b.{0,160}",
        # "Herald | Registration No.: Seoul A-12345 | Publisher & Editor: Yoon Dae-ho"
        # ("Member of the Elbonian Media Council.   Registered newspaper No. 0418/VAR."; "The company no longer exports
        # grain" is a sentence: "no" is the number's only before its stop, a colon or a figure)
        r".{0,80}\b(?:registration|registered(?: charity| company| newspaper)?|company|charity|business|publication) "
        r"(?:no\.|no\s*[:#]|no\b(?=\s*\d)|number\b)\s*:?.{1,160}",
        r".{0,120}(?:©|\(c\))\s*\d{4}\b.{0,150}",  # "Diario S.A. · Santiago · © 2025 · Términos"
        # "Reproduction in whole or in part without written permission is prohibited.", "No part of this publication
        # may be reproduced without permission."
        r"(?:reproduction|republication|redistribution)(?: (?:in whole or in part|of (?:this|any|our) (?:material|content|"
        r"article|story)))?(?: without (?:prior )?(?:written |express )?(?:permission|consent))? (?:is|are) (?:strictly )?"
        r"(?:prohibited|forbidden|not permitted)\.?",
        r"no part of this (?:publication|article|site|website|page|story) may be (?:reproduced|republished|copied)\b.{0,120}",
    ], 30),
    _rule("cookie notice", [
        # "We use cookies ...", "We use strictly necessary cookies to make our site work. We would also like ..."
        r"(?:(?:accept|allow|about|use of|your choice on) (?:all )?cookies\s*[?!:.]\s*)?"  # "Accept cookies?  We use ..."
        r"(?:your (?:privacy|cookie|consent) (?:choices|settings|preferences)\s*[:.]\s*)?"  # "Your privacy choices: We use"
        r"(?:this (?:web)?site|we|our (?:web)?site|this page)(?: and (?:its|our)(?: \d+)? partners)? uses? "
        r"(?:(?:some|only|a few|a small number of|strictly|necessary|essential|functional|analytics?|optional|"
        r"additional|performance|session|first-party|third-party|technical|marketing|advertising|tracking|its own|our own|"
        # ("We use three kinds of cookies. You can change these at any time ...")
        r"and|or|,|(?:two|three|four|five|several|a few|different|\d) (?:kinds|types|sorts|categories) of)\s*){0,4}"
        r"cookies\b.{0,600}",
        # "Plainview uses cookies to keep you signed in and, if you agree, to show you ads.": the site by its name, telling
        # the reader what its cookies do to them
        # ("We value your privacy — and so do our funders. Kestrel uses cookies to ...": after the banner's opening line)
        r"(?:we (?:value|respect|care about|take) your privacy\b[^.!?]{0,80}[.!?]\s*)?"
        r"(?-i:[A-Z])[\w’'&.-]*(?: (?-i:[A-Z])[\w’'&.-]*){0,3} uses? (?:(?:some|only|a few|strictly|necessary|essential|"
        r"functional|analytics?|optional|first-party|third-party|its own|and|or|,)\s*){0,4}cookies\b(?=.*\byou(?:r)?\b).{0,600}",
        # "NorthLine and our 142 partners store and/or access information on a device, such as cookies, ...", "We and 147
        # selected partners use cookies and similar tech to ..."
        r"(?:we|(?-i:[A-Z])[\w’'&. -]{0,60}) (?:and|&) (?:our )?(?:\d+ )?(?:selected |trusted |advertising )?(?:partners|vendors)\b"
        r".{0,300}\bcookies\b.{0,600}",
        # "Our partners will collect data and use cookies for ad personalisation and measurement."
        r"our (?:\d+ )?(?:advertising )?(?:partners|vendors|advertisers)\b.{0,120}\bcookies\b.{0,400}",
        # "Daily Ledger and our advertising partners process personal data such as your IP address to show personalised
        # ads ... You can withdraw consent at any time.": a consent banner with no word of cookies; it names the site
        # and "our" partners and speaks to the reader about their data or consent
        # "With your permission we and our partners may use precise geolocation data and identification through device
        # scanning."
        r"(?:with your (?:permission|consent),? )?we (?:and|&) our (?:\d+ )?(?:partners|vendors) (?:may )?"
        r"(?:use|process|store|collect|access)\b.{0,200}\b(?:geolocation|device scanning|personal data|identifiers|your device)\b.{0,200}",
        r"(?:we|(?-i:[A-Z])[\w’'&. -]{0,60}) (?:and|&) our (?:\d+ )?(?:[\w-]+ ){0,2}(?:partners|vendors)\b(?=.*\byou)"
        r"(?=.*\b(?:personal data|ip address(?:es)?|personali[sz]ed (?:ads|advertising|content)|(?:ad|advertising) "
        r"(?:personali[sz]ation|measurement)|consent)\b).{1,900}",
    ], 100),
    # "The Dispatch and 37 partners store and read small files on your device to measure audiences ...": a consent
    # notice that never says "cookies"
    _rule("cookie notice", [
        r"(?=.*\bon (?:your|this) (?:device|browser|computer)\b)(?=.*\b(?:partners|vendors|advert\w*|audiences?|"
        r"personali[sz]\w*|measure\w*)\b).{0,300}\b(?:store|read|access|save|place|set)s?\b.{0,400}",
        # "Sahara Wire uses a handful of tools to keep this site running. Some are essential; others help us count readers
        # and show adverts that pay our reporters.": the site by its name (or "we") and the tools it runs "this site" on,
        # some of them for adverts or for counting its readers ("Kolvo Mining uses heavy tools to keep this site running"
        # is a mine)
        r"(?:we|(?-i:[A-Z])[\w’'&.-]*(?: (?-i:[A-Z])[\w’'&.-]*){0,4}) uses? (?:[\w-]+ ){0,4}(?:tools|technologies|trackers|"
        r"services|scripts)\b[^.!?]{0,80}\b(?:this|our) (?:web ?)?site\b"
        r"(?=.*\b(?:adverts?|advertising|ads|analytics|personali[sz]\w*|(?:count|measure|track)\w* (?:our |the |how many )?"
        r"(?:readers|visitors|visits|audiences?)|audience (?:measurement|counting))\b).{0,400}",
    ], 80),
    _rule("cookie notice", [
        r"(?=.*\b(?:you|your|we|our)\b).{0,200}\b(?:accept(?: all)? cookies|cookie (?:policy|settings|preferences|"
        r"consent|notice)|manage (?:cookies|consent|preferences|cookie settings)|privacy preferences)\b.{0,200}",
        # "You can change your mind at any time from the "Privacy" link in the footer.": the banner's last line, on
        # where to go back to the choice
        # ("Consent ID: 7f3a-22c1 · You can change your mind at any time ...": after the reference of the reader's choice)
        r"(?:consent (?:id|reference|ref\.?|record)\s*:?\s*[\w-]{2,40}\s*[·|•—–-]?\s*)?"
        r"you can (?:change|update|withdraw|review|manage|revisit)(?: (?:your|these|this|them|it))?(?: (?:mind|choices?|"
        r"consent|preferences|settings))?\b.{0,40}?\bat any time\b.{0,80}?\b(?:privacy|cookies?|consent)\b.{0,80}?"
        r"\b(?:footer|link|settings|bottom of (?:the|any|every|this|each) page)\b.{0,40}",
    ], 25),
    _rule("cookie notice", [
        r"accept(?: all)?(?: cookies)?|reject all|decline|i agree|got it|ok|okay|dismiss",
        # "Accept additional cookies   Reject additional cookies   View cookies": a consent banner's buttons
        r"(?:accept|reject|allow|refuse|decline|block|view|manage|change)(?: all)?(?: (?:additional|optional|analytics?|"
        r"non-?essential|necessary|essential|marketing|functional))? cookies",
        r"manage (?:preferences|settings|options)|cookie settings",
        r"allow(?: all)?(?: cookies)?|necessary (?:cookies )?only",
        # "Save my choices      Accept all      Only necessary": the buttons under a banner's choices
        # ("Continue without accepting →")
        r"save (?:my |your )?(?:choices|preferences|cookie settings)|only (?:strictly )?necessary(?: cookies)?|"
        r"accept everything|continue without (?:agreeing|accepting)",
        # "[x] Strictly necessary (always on)", "[ ] Audience counting (anonymous)", "☐ Advertising partners (19)": a
        # banner's choices, each kind of cookie or tool ticked or not
        r"(?:\[\s*[x✓✔✗]?\s*\]|[☐☑☒□■✓✔])\s*(?:(?:strictly|always)\s+)?(?:necessary|essential|functional|analytics?|"
        r"performance|statistics|statistical|audience|advertising|marketing|personali[sz]\w*|social media|preferences?|"
        r"targeting|tracking|measurement)\b[^\[\]]{0,60}",
        # "AGREE    MORE OPTIONS    DISAGREE", "Accept all | Manage choices": a consent banner's buttons in a row
        rf"{_CONSENT_BUTTON}(?:\s*[|·•/]?\s*{_CONSENT_BUTTON}){{1,4}}",
    ]),
    _rule("advertisement", [
        r"advertisements?|advertising|ads?|sponsored(?: content| post| by .{1,40})?",
        # "Sponsored content from our partners", "From our partners": the label over a listing of paid-for links
        r"sponsored(?: content| links?| posts?| stor(?:y|ies))? from [\w.&'’ -]{1,30}|"
        r"(?:(?:more|stories|content) )?from (?:our|the) (?:partners|sponsors|advertisers)",
        # "Ad feedback", "AdChoices", "Report this ad": the link under an advert to complain about it
        r"(?:ad|advert|advertisement) ?(?:feedback|choices)|report (?:this |an )?(?:ad|advert)",
        # ("PAID PARTNER CONTENT")
        r"paid (?:content|post|partner(?:ship)?)|promoted(?: content)?|(?:paid )?partner content",
        r"(?:story|article|content) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?",
        # "Advertisement ends — Story continues below", "End of advertisement": the label under an advert's copy
        _ADVERT_END,
        r"(?:scroll|continue) (?:down )?to (?:continue|read)(?: with content)?",
        r"continue reading (?:below|the main story)",
    ]),
    _rule("site footer", [
        r"privacy(?: policy| notice)?|terms(?: of (?:use|service))?|terms (?:and|&) conditions",
        # ("Accessibility help", "Accessibility statement": the page on how to use the site with assistive tools)
        r"contact(?: us)?|about(?: us)?|sitemap|site map|careers|advertise(?: with us)?|"
        r"accessibility(?: help| statement| settings| options)?|faqs?|help",
        # a consent and privacy link: "Cookie Settings", "Do Not Sell or Share My Personal Information"
        r"(?:cookie|privacy) (?:settings|preferences|choices|policy|notice)|manage (?:cookies|consent|preferences)|"
        # "Read our privacy notice (updated 1 Oct 2026)", "Read our Cookie Charter (v4.2)": the link to it, with its date
        # or version
        r"(?:read|see|view) (?:our|the) (?:privacy|cookie|data protection) (?:policy|notice|statement|charter)"
        r"(?:\s*\([^()]{1,40}\))?|"
        r"your privacy choices|do not sell(?: or share)? my (?:personal )?info(?:rmation)?",
        r"report an? (?:error|mistake|correction|typo)|suggest a correction",
        r"(?:purchase )?licensing rights(?:,? opens (?:in )?(?:an? )?new (?:tab|window))?|reprints?(?: (?:and|&) permissions)?",
        r"rss(?: feeds?)?",
        # "Download the app:  App Store  ·  Google Play": the site's apps and where to get them
        r"(?:download|get) (?:the|our)(?: [\w’'-]+)? apps?\s*:?\s*(?:(?:on )?(?:the )?(?:app store|google play|apple|android|"
        r"ios|iphone|ipad|huawei appgallery)\s*[·|,/&]?\s*(?:and\s+)?){1,4}",
        r"[—–-]*\s*(?:ends|end of (?:article|story)|\#{3}|-30-)\s*[—–-]*",  # "— ends —", "###": the article's end mark
        # a page printed from the browser: its address and "2/5" in the footer
        # (and "1 / 4 ‹ ›": a photo gallery's counter and its arrows; "1 / 4  ‹ ›  View gallery": and the button that
        # opens it; "1 / 6  ‹ ›  Expand gallery")
        r"(?:https?://|www\.)\S+|(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}(?:\s*[‹›<>←→❮❯]){0,2}"
        r"(?:\s*(?:view|open|see|browse|expand|enlarge)(?: the)?(?: full)? (?:gallery|slideshow))?",
    ]),
    _rule("source note", [r"sources?\s*:\s*[^.!?]{2,200}(?:[.;]\s*[^.!?]{2,120}){0,4}\.?"], 40),  # "Sources: Central bank; Fund"
    # "Ministry of Foreign Affairs, statement on the accord, 15 May 2025; Kolvo Ports press release, 22 May 2025.": a
    # side note's references on a line of their own, with no sentence of the text
    _rule("source note", [rf"(?!.*{_CITATION_VERB}){_CITATION}(?:\s*;\s*{_CITATION}){{0,4}}\."], 60),
    _rule("media embed", [
        # "This content is not available in your region.": what stands for a video the reader's country may not see
        r"this (?:content|video|audio|clip|media) is (?:not|no longer|currently not|unavailable|not currently) ?(?:available )?"
        r"(?:in your (?:region|country|location)|to (?:view|play) here)\b.{0,60}",
        r".{0,60}\b(?:podcast|episode)\b.{0,240}\blisten (?:on|now|wherever|here)\b.{0,60}",  # "On the podcast this week: ..."
        # "... — 14 pics · View on X › (This content is hosted by a third party)": a social-media post shown in the page
        r".{0,600}\bview (?:this (?:post|tweet|video|photo|reel) )?(?:on|in) (?:x|twitter|instagram|facebook|tiktok|youtube|bluesky|"
        r"threads|linkedin)\b.{0,300}",  # "View this post on X · @NorthlineWorld": what stands for the post
        r"(?:this content is (?:hosted|provided) by a third party|enable (?:social )?cookies to (?:view|see|load))\b.{0,200}",
    ], 100),
    _rule("site menu", [r".{0,120}\btext size\s*:?\s*(?:a[+-]*\s*){1,4}.{0,80}"], 25),  # "English | 中文 Text size: A A+"
    # "Topics: Syria  Turkey", "Suggested Topics: Middle East  Diplomacy"
    _rule("tags", [r"(?:(?:suggested|related|popular|more|other|trending) )?(?:tags?|topics?|filed under|categories|category|keywords|"
                   r"regions?|countries)\s*:.{0,150}"], 20),
    # "Version history", then "v1.1 — 3 November 2026: corrected the trade figure in Table 1": the page's revisions
    # (the label takes the dated entries under it: "Update history" / "2 March 2026: Added the 2026 quota.")
    _rule("version history", [
        r"(?:version|revision|update|change|edit)s? (?:history|log)|change ?log",
        # "Corrections & updates", "Corrections and clarifications": the heading over a page's corrections
        r"corrections(?: (?:and|&) (?:updates|clarifications))?|(?:updates|clarifications) (?:and|&) corrections",
        rf"v(?:ersion)?\s?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\s*(?:[—–:-]\s*)?\(?{_DATE}\)?\s*[:–—-]\s*.{{1,300}}",
    ], 60),
    # "The authors thank the officials who agreed to be interviewed for this paper. ...": the acknowledgements
    _rule("acknowledgements", [
        r"acknowledge?ments?\s*:\s*.{1,1000}",
        r"(?:the )?authors? (?:would like to |wish to |want to )?(?:thanks?|(?:is|are) (?:grateful|indebted|thankful)|"
        r"(?:gratefully )?acknowledges?)\b.{1,1000}",
    ], 150),
    # "Also available: العربية (machine translation, not reviewed by the authors)": the languages the page is offered in
    # ("Read this story in:  ChiBemba  |  ChiNyanja  |  Kiswahili  (machine translation, beta)": naming what is offered)
    _rule("language switcher", [
        r"(?:also available(?: in)?|available in|read (?:this |it )?(?:(?:page|article|story|piece|report|analysis|paper) )?in|also in|other languages|this (?:page|article|story|paper|report|"
        r"analysis) is (?:also )?available in)\s*:\s*[^.!?]{1,150}",
    ], 20),
    # "🌐 Leer en español  |  Show original (EN)", "Read in French", "Translate this page": the link to the page in
    # another language, and the one back to the original
    _rule("language switcher", [
        r"(?:read (?:this |it )?in|leer en|lire en|ler em|leggi in)\s+[^\W\d_]+",
        r"(?:show|view|see|read) (?:the )?original(?: (?:text|article|version|language))?(?:\s*\(\s*[a-z]{2,3}\s*\))?",
        r"translate(?: this)?(?: (?:page|article|story))?",
        # "Resumé på dansk", "Résumé en français", "Zusammenfassung auf Deutsch": the link to a summary in another language
        r"(?:résumé|resumé|resumen|resumo|riassunto|zusammenfassung|sammendrag|sammanfattning|samenvatting|streszczenie)\s+"
        r"(?:på|en|em|auf|in|op|w|na)\s+[^\W\d_]+",
    ], 5),
    # "The Institute acknowledges the Kaurna people, the Traditional Owners of the land on which we work, and pays respect
    # to Elders past and present.": the publisher's acknowledgement of country
    _rule("acknowledgement of country", [
        r"(?:we|(?:the )?(?-i:[A-Z])[\w’'&. -]{0,80}) (?:respectfully )?(?:acknowledges?|recognises?|recognizes?)\b"
        r"(?=.*\b(?:traditional (?:owners|custodians)|custodians of (?:the|this) land)\b)"
        # ("... Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands")
        r"(?=.*\b(?:elders,? past|respects? to (?:their |its |our )?elders|first (?:australians|peoples|nations))\b).{1,500}",
    ], 90),
    _rule("disclaimer", [r"disclaimer\s*:.{0,1000}"], 150),
    _rule("disclaimer", [
        r"(?:this (?:article|content|story|post)) (?:was|is|has been) (?:generated|written|created|produced) "
        r"(?:in part |partly |partially |entirely )?(?:using|with|by) (?:ai|artificial intelligence)\b.{0,400}",
    ], 80),
)
# "About the author" takes up to 2 short paragraphs under it that read like a bio
_AUTHOR_BIO_HEADING = re.compile(r"about the (?:authors?|writers?|contributors?)|author bios?|author biography", re.I)
_BIO_SENTENCE = re.compile(
    r"\b(?:is|was) (?:a|an|the)\b|\bwrites\b|\bcovers\b|\bauthor of\b|\bbased in\b"
    r"|\b(?:fellow|professor|correspondent|reporter|journalist|editor)\b"
)
# a longer bio under that heading opens by naming the writer and their role: "Dr Ann Lee is a Senior Fellow in the
# Institute's Europe Programme, where she ...", and goes however long it is (a bio after it keeps the box open)
_BIO_OPENING = re.compile(
    rf"{_NAME} (?:is|was) (?:an?|the|(?:the )?{_NAME}['’]s|(?-i:[A-Z])[\w-]*)(?: [\w-]+){{0,4}} (?:correspondent|reporter|editor|writer|"
    r"columnist|fellow|analyst|researcher|journalist|contributor|professor|lecturer|director|scholar|economist|historian)s?\b",
    re.I)
_BIO_MAX_WORDS = 200
# how many entries a box opened by its heading takes: two bios, ten headlines, a table of contents however long
# (a long report lists a dozen chapters and its end matter; the body repeating an entry, or prose, ends it)
_RELATED_LINKS_MAX = 10
_BOX_ENTRIES = {"author bio": 2, "table of contents": 30, "quiz": 12, "poll": 8, "version history": 12}
_TAGLINE_MAX_WORDS = 15
_HEADER_MAX_PARAGRAPHS = 2  # the title counts as "at the top" if at most this many paragraphs precede it
# the small words every English sentence is built with, and no other language writes (not "in", "on", "is", "was",
# "of", "to": German, Dutch, French or Polish use them too)
_ENGLISH_WORDS = frozenset("the and that with from this these have has had which were been not but their they would "
                           "are its who what when there than into".split())
_OTHER_LANGUAGE_MIN_WORDS = 15


def _in_other_language(text: str) -> bool:
    """A paragraph of prose (fifteen words or more, with a sentence's stop in it) that holds none of the small words
    of English: 'Elbonia imesaini mkataba wa miaka 33 wa kujenga na kuendesha bandari ya Varna ...'."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    return len(words) >= _OTHER_LANGUAGE_MIN_WORDS and bool(re.search(r"[^\W\d_]{2}[.!?]", text)) and not any(
        word in _ENGLISH_WORDS for word in words)


_SECTION_NAMES = frozenset(
    "home,news,world,politics,business,economy,money,markets,tech,technology,science,"
    "health,sport,sports,culture,arts,books,music,film,tv,opinion,comment,lifestyle,"
    "travel,food,style,fashion,weather,video,videos,podcasts,podcast,newsletters,games,"
    "puzzles,crosswords,education,environment,climate,local,national,international,uk,us,"
    "europe,americas,asia,africa,australia,middle east,obituaries,latest,live,world news,"
    "us news,uk news".split(",")
)


def _is_pictogram(char: str) -> bool:
    """An icon set before a button's label: a symbol ('💬', '🖶') or an arrow drawn as a symbol ('⤓'), though not
    the '→' that marks a link, nor '©'."""
    category = unicodedata.category(char)
    return (category == "So" and char not in "©®℗") or (
        category == "Sm" and 0x2190 <= ord(char) <= 0x2BFF and char != "→")


def _chrome_text(text: str) -> str:
    """The text a chrome pattern is matched against: no bullet glyphs, pipes or
    enclosing parentheses around it."""
    # "Register now →": a button's arrow; "— Advertisement —": a label between dashes
    text = text.strip().lstrip("•●▪◦‣∙·‧*-–—|►▶↑ ").rstrip("|►→–—- ").strip()
    while text and (_is_pictogram(text[0]) or text[0] in " \ufe0f"):
        text = text[1:]  # "💬 Comments (17)", "⤓ Download PDF": a pictogram before a label
    while text and ((_is_pictogram(text[-1]) and text[-1] not in "▾▿⌄") or text[-1] in " \ufe0f"):
        text = text[:-1]  # "Search 🔍", "Save ☆": or after it (not a menu's "▾", which tells it is one)
    if text.startswith("(") and text.endswith(")") and text.count("(") == 1:
        text = text[1:-1].strip()
    return text


def _chrome_reason(text: str) -> str | None:
    if _FRAMED.fullmatch(text) and len(text.split()) <= 60:
        return "text box"  # "| THE EURASIA BRIEF | | Weekly analysis ... |": a promotion drawn in a box
    if _GLOSSARY_LINE.match(text) and len(text.split()) <= 80:
        return "glossary note"
    candidate = _chrome_text(text)
    if not candidate:
        return "empty line"
    if _is_pictogram(text.strip().lstrip("|·•*-–— ")[:1]) and re.fullmatch(r"\d[\d.,]*\s*[km]?", candidate, re.I):
        return "counter"  # "💬 214", "| 💬 214": a count beside its icon
    words = len(candidate.split())
    for rule in _CHROME_RULES:
        if words <= rule.max_words and rule.pattern.fullmatch(candidate):
            return rule.reason
    if _is_link_row(candidate):
        return "site footer"
    if _is_button_row(candidate):
        return "buttons"
    if _is_running_head(candidate):
        return "page header"
    return _meta_row_reason(candidate)


# the number of a printed page at the end of its running head or foot: "Page 4 of 12", "p. 4/12"
_PAGE_NUMBER = re.compile(r"(?P<head>.+?)\s+(?:page|p\.)\s*\d{1,4}\s*(?:of|/)\s*\d{1,4}", re.I)
# or its number alone after the publication's series and number: "Kolvo Institute | Policy Brief 14/2026      5",
# "Kolvo Institute | Policy Analysis No. 58 | page 3"
_BARE_PAGE_NUMBER = re.compile(r"(?P<head>.+?)\s*(?:[|·•]\s*)?\s(?:(?:page|p\.)\s*)?\d{1,4}", re.I)
# the publication's series and number in a running head: "Policy Brief 14/2026", "Working Paper No. 12"
_SERIES_PIECE = re.compile(
    r"(?:[\w’'&-]+ ){0,3}(?:brief|paper|analysis|report|commentary|note|memo|insight|perspective|study|series|issue|"
    r"bulletin)s?\s+(?:(?:no\.?|number|nr\.?|#)\s*)?\d[\d/.-]*", re.I)
_RUNNING_HEAD_PIECE_WORDS = 8


def _is_running_head(text: str) -> bool:
    """The running head or foot of a page printed from a report, kept in the text at each page break: the
    publisher, the series and the title, set apart by bars, then the page's number ('Kolvo Institute  |  Policy
    Paper No. 12  |  The Long Road   Page 4 of 12').  Its pieces are short and hold no sentence (a sentence
    giving a page of a document, 'The clause is on page 4 of 12.', is no such line).  The number may stand bare
    after the publication's series and number ('Kolvo Institute  |  Policy Brief 14/2026      5')."""
    m = _PAGE_NUMBER.fullmatch(text)
    bare = None if m else _BARE_PAGE_NUMBER.fullmatch(text)
    if not (m or bare):
        return False
    pieces = [piece.strip() for piece in re.split(r"\s+[|·•]\s+|\s*\|\s*", (m or bare)["head"])]
    return len(pieces) >= 2 and all(
        0 < len(piece.split()) <= _RUNNING_HEAD_PIECE_WORDS and not re.search(r"[a-z]{2}[.!?]|[!?]$", piece)
        for piece in pieces) and (m is not None or any(_SERIES_PIECE.fullmatch(piece) for piece in pieces))


_FRAMED = re.compile(r"\s*[|│┃║][^|│┃║\n]*\S[^|│┃║\n]*[|│┃║](?:\s*[|│┃║][^|│┃║\n]*[|│┃║])*\s*")
_BUTTON = re.compile(r"\[[^\[\]]{1,40}\]")
_LONG_BUTTON = re.compile(r"\[([^\[\]]{41,120})\]")


def _is_button_row(text: str) -> bool:
    """'[ Subscribe now ] Already a subscriber? Sign in', '[Share on X] [Copy link]': buttons captured as
    bracketed labels, with a few words of chrome around them (not "[1]" or "[sic]" in a sentence).  A longer label
    is a button when it is chrome on its own: '[ Gift this article — 3 of 5 gifts left this month ]'."""
    text = _LONG_BUTTON.sub(lambda m: "[button]" if _chrome_reason(m[1]) not in (None, "empty line") else m[0], text)
    buttons = [b for b in _BUTTON.findall(text) if re.search(r"[^\W\d]", b) and b.strip("[] ").lower() not in ("sic", "sic!")]
    if not buttons:
        return False
    rest = _BUTTON.sub(" ", text).split()
    if text.rstrip().endswith("."):
        return False  # "He [Putin] said no." is a sentence
    # "[Share] [X] [Email]  Listen to this article 00:00 / 18:42": the words around the buttons are chrome too
    return len(rest) <= 6 or _chrome_reason(" ".join(rest)) not in (None, "empty line")


def _cells_reason(cells: tuple[str, ...]) -> str | None:
    """A plain-text line laid out in pieces with wide gaps: 'Apps   Newsletters   Advertise with Us', 'Sponsored
    Sponsored', 'Report an error     Purchase Licensing Rights' — every piece is chrome, or it is a row of short
    links; or chrome pieces end a line whose text is chrome on its own ('A ship in port. AGENCY/Ann Lee   Purchase
    Licensing Rights'); or the date and time a printed page carries at its head."""
    cells = tuple(_normalise_spaces(html.unescape(c)) for c in cells)
    reasons = [_chrome_reason(c) for c in cells]
    if len(cells) <= 3 and _is_date_line(cells[0]) and re.search(r"\d:\d\d", cells[0]):
        return "print header"  # "2/18/26, 9:14 AM      Title | Site": the date and time a page was printed
    if all(reasons):
        return next((r for r in reasons if r != "empty line"), None)
    odd = [c for c, r in zip(cells, reasons) if r is None]
    if len(cells) >= 4 and len(odd) == 1 and len(odd[0].split()) <= 3 and not re.search(r"\d", odd[0]) and (
            odd[0].isupper() or _is_title_case(odd[0])) and not _ends_complete(odd[0]):
        return next(r for r in reasons if r not in (None, "empty line"))  # "☰ Menu   ATLAS BRIEF   World · ...": the site's name
    # ("English | বাংলা     E-paper     Archive     Sign in     [ Subscribe to Courier+ ]": a piece that is chrome on its
    # own, such as a button in its brackets, may end like a sentence)
    if len(cells) >= 4 and all(r not in (None, "empty line") or (len(c.split()) <= 4 and not _ends_complete(c))
                               for c, r in zip(cells, reasons)):
        return "link row"
    # a footer's longer row may hold one longer link: "About us   Our journalists   Contact the newsroom   Send us a tip
    # securely   Careers"
    if len(cells) >= 6 and sum(len(c.split()) > 4 for c in cells) <= 1 and all(
            len(c.split()) <= 8 and not _ends_complete(c) for c in cells):
        return "link row"
    kept = len(cells)
    while kept > 1 and reasons[kept - 1]:
        kept -= 1
    if kept < len(cells) and (reason := _chrome_reason(" ".join(cells[:kept]))):
        return reason
    # ("... Syndication   Send us a tip (secure)": the longer link may end in a word on it in brackets)
    if len(cells) >= 6 and sum(len(c.split()) > 4 for c in cells) <= 1 and all(
            len(c.split()) <= 8 and not _ends_complete(re.sub(r"\s*\([^()]{1,30}\)$", "", c)) for c in cells):
        return "link row"
    return None


_META_SEPARATOR = re.compile(r"\s+[|·•—–-]\s+|\s*\|\s*")


def _meta_row_reason(text: str) -> str | None:
    """'12 April 2024 · 4 min read': every separated piece is chrome. Pictograms separate pieces too ('🖨 Print
    ⬇ Save as PDF'), and the author's name may stand beside a date ('Ann Lee | Updated 9 February 2026')."""
    text = "".join(" | " if unicodedata.category(c) == "So" or c in "⬇↗" else c for c in text)
    segments = [s for s in _META_SEPARATOR.split(text) if s.strip()]
    if len(segments) < 2 or len(text.split()) > 40:
        return None
    reasons = [_chrome_reason(segment) for segment in segments]
    if all(reasons):
        return reasons[0]
    dated = any(_is_date_line(segment) for segment in segments)
    names = [not reason and dated and bool(_BARE_NAMES.fullmatch(segment.strip())) for segment, reason in zip(segments, reasons)]
    return "byline" if all(r or n for r, n in zip(reasons, names)) else None


_ACCOUNT_WORDS = frozenset("menu search sign in log login logout subscribe register account donate".split())


# figures split by slashes, then a dash and what they count: the fact of a key-figures box, not a row of links
_FIGURES_ROW = re.compile(r"[^\w\s]?\d[\d.,]*\s*%?(?:\s*/\s*[^\w\s]?\d[\d.,]*\s*%?)+\s+[—–-]\s")


def _is_link_row(text: str) -> bool:
    """'About | Contact | Privacy' or 'Facebook Twitter Email' style rows."""
    tokens = [t.casefold().strip(":") for t in text.split() if not all(_is_pictogram(c) for c in t)]  # ("⧉ Copy link")
    if tokens and all(t in _SOCIAL_WORDS or t in _ACCOUNT_WORDS for t in tokens) and len(tokens) >= 2:
        return True  # "🔗 Copy link 🖨 Print ✉ Email", "☰ Menu 🔍 Sign in": pictograms beside the labels
    if len(tokens) >= 2 and any(t in ("f", "fb", "𝕏") for t in tokens) and all(
            t in _SOCIAL_WORDS or t in ("f", "in", "fb", "li", "𝕏") for t in tokens):
        return True  # "🔗 ✉ 𝕏 f in": share buttons drawn as icons and the networks' letters
    if _FIGURES_ROW.match(text):
        return False  # "51 / 34 / 15 — Kaiyo / Gulf Horizon / Malagasy state (%)": a key figure, split three ways
    segments = [s.strip() for s in re.split(r"\s[|·•/]\s", text)]
    if len(segments) >= 3 and all(0 < len(s.split()) <= 3 and not _ends_complete(s) for s in segments):
        return True
    # a longer footer row may hold one longer link ("Republish our stories (CC BY-ND 4.0)"); a section's menu, its
    # links a few words long ("Maritime: Ports & Shipping | Fisheries | ... | Tracker: Vessels in the Channel")
    short = sum(0 < len(s.split()) <= 3 for s in segments)
    fair = sum(0 < len(s.split()) <= 5 for s in segments)
    # ("Do not sell or share my info")
    return len(segments) >= 5 and (short >= len(segments) - 1 or fair == len(segments)) and all(
        len(s.split()) <= 8 and not re.search(r"[.!?]$", s) for s in segments)


def _is_date_line(text: str) -> bool:
    return bool(_DATE_LINE.fullmatch(_chrome_text(text)))


_SHORT_TITLE_MIN_WORDS = 5  # a title typed shorter than the headline must still say enough to be that headline
_HEADLINE_MAX_WORDS = 30


def _matches_title(text: str, title_key: str) -> bool:
    key = _norm_key(text.strip("#*_ "))
    if key == title_key:
        return True
    # "4  Title": the page's own headline as an item of a numbered most-read list
    if re.sub(r"^\d{1,2}[.)]?\s+", "", key) == title_key:
        return True
    # "Title | Site name" or "Title - Site name"
    if key.startswith(title_key) and re.fullmatch(r"\s*[|\-:]\s*\S.{0,40}", key[len(title_key):]):
        return True
    # the page's own headline, when the given title shortens it: "Kolvo signs rail pact with Varna" for "Kolvo signs
    # rail pact with Varna as Elbonia juggles rivals" (a headline, not a sentence: no full stop, though it may ask)
    if (len(title_key.split()) >= _SHORT_TITLE_MIN_WORDS and key.startswith(title_key + " ")
            and len(key.split()) <= _HEADLINE_MAX_WORDS and not re.search(r"[.!][\"”’']?$", text.strip())):
        return True
    # the page's own headline, when the given title adds a subtitle: "Headline" for "Headline: subtitle"
    return len(key.split()) >= 3 and title_key.startswith(key) and bool(re.match(r"\s*[|:–—-]\s*\S", title_key[len(key):]))


# how long ago a reader's comment was posted: "2 hours ago", "a day ago"
_COMMENT_AGO = (r"(?:(?:\d+|an?|one)\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
                r"|\d{1,2}\s?(?:[smhdw]|min|hr|mo|yr))\s+ago")  # "2 hours ago", "2h ago"
# a reader's comment under an article: "TakuM_Harare · 2 hours ago", a reply "↳ KudziR · 2 hours ago", "jmboumba  2h ago",
# or with the day and time it was posted, after a separator: "Kabuati T.  ·  12 Nov 2026, 21:14"
# ("peaceandbread · 10 Oct": the day and month, within the year)
# ("Dr Ann Lee-Roth (author) | 16 Sep 2026", "↳ Rebecca Tan Mei Ling (Author) · 23 November 2026, 11:02": the writer
# answering, marked as such)
# ("Haziq R.  ·  Bandar Seri Begawan  ·  23 November 2026, 08:41": where the reader writes from, between name and date)
_COMMENT_HEADER = re.compile(rf"(?:[↳└>→]\s*)?[^\s·•|]{{2,40}}(?: [^\s·•|]{{1,20}}){{0,3}}(?: \([^()]{{1,20}}\))?"
                             rf"(?:\s+[·•|]\s+(?-i:[A-Z])[\w’'-]+(?: [\w’'-]+){{0,3}})?\s+(?:(?:[·•|]\s+)?{_COMMENT_AGO}"
                             rf"|[·•|]\s+(?i:{_DATE}|\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}})"
                             # "mediteran_ko  13.02.2026 08:14": the day in figures and the time it was posted
                             rf"|\d{{1,2}}[./]\d{{1,2}}[./](?:\d{{4}}|\d{{2}}),?\s+\d{{1,2}}:\d{{2}}"
                             # "JosephK_Varna   23 Nov 2026, 08:14": or the day in words, with the time (or with a
                             # dot in it: "ana_v    24 Nov 2026 07.12")
                             rf"|(?i:\d{{1,2}}\s+{_MONTH}\.?|{_MONTH}\.?\s+\d{{1,2}},?)\s+\d{{4}},?\s+\d{{1,2}}[:.]\d{{2}})")
# what closes a comment: "Reply · 14 likes", "Like · Reply · Report", "Reply | Share", "Reply   ♥ 18" (a count beside its
# heart), "↳ 21 likes · Reply" (under the reply arrow)
_COMMENT_FOOT = re.compile(r"(?:[↳└→]\s*)?(?:(?:reply|like|report|share|recommend|\d+\s+(?:likes?|replies|upvotes?)|"
                           r"(?:likes?|upvotes?|recommend(?:s|ed)?)(?:\s+\d+|\s*\(\d[\d,]*\))|"
                           r"[♥❤♡👍▲⬆▼⬇]\ufe0f?\s*\d[\d,]*|[▲⬆▼⬇])\s*(?:[·•|]\s*|\s+|$)){2,}", re.I)  # also "Reply · Like 41 · Report"
# (and "Like (12)   Reply   Report": the count in brackets; "Reply   |   Recommend (64)   |   Report")
# ("▲ 41  ▼ 6   Reply": the votes for and against; "Reply   ▲ 34   ▼   Report": a vote button with no count yet)
# a header split over two lines: the name ("Bwire from Tororo", "Ronald K. (replying to Atim Grace)"), then how long ago
_COMMENT_AGE = re.compile(rf"{_COMMENT_AGO}|just\s+now|yesterday", re.I)
_COMMENT_NAME = re.compile(r"(?:[↳└>→]\s*)?[^\s·•|]{2,30}(?: [^\s·•|]{1,20}){0,3}(?: \([^()]{1,40}\))?")
_COMMENT_LOOKAHEAD = 8  # a comment's header, its text and its buttons take at most this many lines
_REPLY_LINES = 3  # a reply without a header, its text and its buttons
# the label over a thread of comments: "Comments (3)", "COMMENTS (142)", "47 comments", "Reader comments"
# (with its sort control and a link to the rules on the same line: "COMMENTS (147)   Sort by: Newest ▾   Community guidelines")
_COMMENTS_LABEL = re.compile(r"(?:(?:reader(?:s['’])? )?comments?(?:\s*\(\d[\d,]*\))?|\d[\d,]*\s+(?:reader )?comments?)"
                             r"(?:\s+sort(?:ed)? by\b.{0,80})?", re.I)
_COMMENT_LABEL_REACH = 3  # the label, a line on the rules and a sort control may stand between it and the first comment
_COMMENT_NOTE_MAX_WORDS = 30  # such a line on the rules is short


def _comment_threads(blocks: list[_Block]) -> set[int]:
    """The lines of a thread of readers' comments: each comment's header (a name and how long ago), its text and
    its row of buttons.  A thread starts with a comment that ends in its row of buttons, so a dateline such as
    "Reuters · 2 hours ago" above an article is not taken for one; once it has started, a comment without
    buttons ("This comment has been removed") belongs to it too."""
    def header(at: int) -> int:  # how many lines the comment header at `at` takes: 0, 1 or 2
        text = blocks[at].text.strip()
        if _COMMENT_HEADER.fullmatch(text):
            return 1
        if at + 1 < len(blocks) and _COMMENT_NAME.fullmatch(text) and _COMMENT_AGE.fullmatch(blocks[at + 1].text.strip()):
            return 2
        return 0

    out: set[int] = set()
    in_thread = False
    label_at = -_COMMENT_LABEL_REACH - 1  # where the thread's label ("Comments (3)") was last seen
    index = 0
    while index < len(blocks):
        lines = header(index)
        if not lines and in_thread:
            # a reply set under the comment without a header of its own ("> Reply from T. Lemoine: ..."), up to its
            # buttons a line or two below
            foot = next((i for i in range(index, min(index + _REPLY_LINES, len(blocks)))
                         if _COMMENT_FOOT.fullmatch(blocks[i].text.strip())), None)
            if foot is not None and foot > index and not any(
                    header(i) or blocks[i].kind == "heading" for i in range(index, foot)):
                out.update(range(index, foot + 1))
                index = foot + 1
                continue
        if not lines:
            in_thread = False
            if _COMMENTS_LABEL.fullmatch(blocks[index].text.strip()):
                label_at = index
            index += 1
            continue
        # under its label ("Comments (3)" / "Sign in to comment."), a thread may start with a comment without buttons
        labelled = not in_thread and index - label_at <= _COMMENT_LABEL_REACH
        in_thread = in_thread or labelled
        end, buttons = index + lines, False  # its text, up to its buttons, the next comment or a heading
        while end < len(blocks) and end - index <= _COMMENT_LOOKAHEAD and blocks[end].kind != "heading":
            text = blocks[end].text.strip()
            if header(end):
                break
            end += 1
            if _COMMENT_FOOT.fullmatch(text):
                buttons = True
                break
        if buttons or in_thread:
            out.update(range(index, end))
            if labelled:
                # "Comments (37)   Sort by: Newest ▾" / "Comments on this article will close at 18:00 GMT on 27
                # November." / the first comment: a line on the thread's rules between its label and the first comment
                # (one that is furniture anyway goes as what it is: "Sign in to comment.")
                out.update(i for i in range(label_at + 1, index)
                           if blocks[i].kind != "heading" and len(blocks[i].text.split()) <= _COMMENT_NOTE_MAX_WORDS
                           and _chrome_reason(blocks[i].text) is None)
            in_thread = True
            index = end
        else:
            index += 1
    return out


def _in_fact_box(blocks: list[_Block], index: int) -> bool:
    """Is the block one of the facts of a box, under the box's label with only its other facts between?"""
    at = index
    while at >= 0 and blocks[at].kind == "bullet" and blocks[at].soft and not blocks[at].row:
        at -= 1
    return 0 <= at < index and blocks[at].label and blocks[at].kind == "heading"


def _drop_chrome(blocks: list[_Block], title: str | None, log: _Log) -> list[_Block]:
    title_key = _norm_key(title) if title and title.strip() else ""
    kept: list[_Block] = []
    first_title_at: int | None = None  # index into `kept` where the title first appeared
    second_title_at: int | None = None  # ... and again, after a first time at the very top (the page's title line)
    box, box_left = "", 0  # an author-bio or related-links box being skipped
    box_seen: set[str] = set()  # the entries of a table of contents, which the body repeats as its headings
    bylined = False  # a byline dropped since the last block kept
    dropped, dropped_reason = None, ""  # the line of furniture dropped right before this one, if any
    titled = -2  # where the title line was dropped
    promo = _promo_boxes(blocks, title_key)
    adverts = _labelled_adverts(blocks)
    sponsored = _sponsored_listings(blocks)
    consent = _consent_banners(blocks)
    captions = _credited_captions(blocks, log)
    comments = _comment_threads(blocks)
    bibtex = _bibtex_entries(blocks)
    tail = _article_tail(blocks)
    ended = False  # a line of the article's end matter (its writer's bio, its tags, a correction) has gone by
    metered: list[int] = []  # where a paywall's bare count was dropped after it
    for index, block in enumerate(blocks):
        text = block.text
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if block.row:  # a table's row of figures, however much its cells look like a row of links
            if box == "related links" and box_left and dropped is not None and _next_line(dropped, block):
                # "RELATED PUBLICATIONS" / "Commentary | Why Kolvo said no | 2 October 2025": the list of links under the
                # label, laid out as a table
                box_left -= 1
                log.drop(box, text, block.origin)
                dropped = block
                continue
            kept.append(block)
            continue
        if index in promo:
            log.drop("promo box", text, block.origin)
            continue
        if index in adverts:
            log.drop("advertisement", text, block.origin)
            continue
        if index in comments:
            log.drop("reader comment", text, block.origin)
            continue
        if index in consent:
            log.drop("cookie notice", text, block.origin)
            dropped, dropped_reason = block, "cookie notice"
            continue
        if index in bibtex:
            log.drop("citation", text, block.origin)
            continue
        if index in captions:  # (before the test below: a caption's wrapped line may run on in lowercase)
            log.drop("image caption", text, block.origin)
            dropped, dropped_reason = block, "image caption"
            continue
        # (a notice broken off on the line right above goes on here, not a kept line further up: "We and 14 partners use
        # cookies to remember your language, measure" / "which analyses are read, and ...")
        if _continues_kept_sentence(kept, block) and not (dropped is not None and _notice_wraps_onto(dropped, block)):
            kept.append(block)
            continue
        if dropped is not None and _continues_dropped_line(dropped, dropped_reason, block):
            log.drop(dropped_reason, text, block.origin)
            dropped = block
            continue
        if title_key and _matches_title(text, title_key):
            log.drop("title" if first_title_at is None else "repeated title", text, block.origin)
            if first_title_at is None:
                first_title_at = len(kept)
            elif first_title_at == 0 and second_title_at is None:
                second_title_at = len(kept)
            titled = index
            continue
        reason = _chrome_reason(text)
        if reason == "image credit" and _in_fact_box(blocks, index):
            reason = None  # "KEY FACTS" / "• Credit: a 20-year loan from Kolvo": one of the box's facts, not a credit
        if reason is None and block.cells:
            reason = _cells_reason(block.cells)
        if reason is None and index in sponsored:
            reason = "advertisement"  # (under "Sponsored content", a listed headline is an advert, not a related link)
        repeated = box == "table of contents" and text in box_seen  # "1. Introduction" again: the body begins
        if reason is None and box_left and not repeated and _in_box(box, block, following):
            if not (box == "author bio" and _BIO_OPENING.match(text)):
                box_left -= 1  # (each writer's bio in an authors' section keeps it open)
            box_seen.add(text)
            log.drop(box, text, block.origin)
            dropped, dropped_reason = block, box  # (its line may wrap onto the next: "... She previously reported on" /
            continue  # "trade for a wire service in Kolvo.  Follow ›")
        box_left = 0 if reason is None else box_left
        if reason is None and _AUTHOR_BIO_HEADING.fullmatch(_chrome_text(text)):
            reason = "author bio"
        if reason is None and (_is_bare_byline(blocks, index) or _is_name_over_bio(blocks, index)
                               or (index == titled + 1 and _is_name_line(text))):
            reason = "byline"  # "Ann Lee and Bo Chen" beside a date line, over a bio, or right under the title
        elif reason is None and dropped_reason == "byline" and dropped is blocks[index - 1] and (
                _AFFILIATION.fullmatch(text) or _ROLE_LINE.fullmatch(text)):
            reason = "byline"  # "Ann Lee and Bo Chen" / "Andes & Southern Cone Programme": the writers' unit
        if reason is None and _is_menu_item(blocks, index):
            reason = "navigation"
        if reason is None and (_is_caption_over_credit(blocks, index) or _is_figure_title_over_chart(blocks, index)):
            reason = "image caption"
        if reason is None and _is_advert_line(blocks, index):
            reason = "advertisement"
        elif reason is None and dropped_reason == "advertisement" and dropped is blocks[index - 1] and (
                block.kind == "bullet" and len(text.split()) <= _ADVERT_MAX_WORDS and _ADVERTISER_AFTER.search(text)):
            reason = "advertisement"  # "SPONSORED" / "• Retirees are switching to this account  (FinanceWise)"
        elif reason is None and following is not None and _next_line(block, following) and index > 0 and (
                _chrome_reason(following.text) == "advertisement" and len(text.split()) <= _ADVERT_MAX_WORDS
                and re.search(_OFFER_SIGNAL, text, re.I) and _is_border(blocks[index - 1].text)):
            reason = "advertisement"  # "-----" / "Island Hopper fares from $389." / "Terms apply. Book now >"
        elif reason is None and dropped_reason == "subscribe prompt" and dropped is blocks[index - 1] and (
                following is not None and _next_line(block, following) and len(text.split()) <= _ADVERT_MAX_WORDS
                and (_chrome_reason(following.text) in ("buttons", "subscribe prompt", "sign-up form")
                     or (following.cells and _cells_reason(following.cells) in ("buttons", "subscribe prompt")))):
            reason = "subscribe prompt"  # "NEWSLETTER" / "Pacific Briefing – the islands' news, free." / its form
        elif reason is None and dropped_reason == "advertisement" and dropped is blocks[index - 1] and (
                _next_line(dropped, block) and len(text.split()) <= _ADVERT_MAX_WORDS and (
                    _ENDS_IN_CALL_ARROW.search(text) or _BARE_CALL.fullmatch(text) or (
                        following is not None and _next_line(block, following)
                        and (_is_border(following.text) or _BARE_CALL.fullmatch(following.text)
                             or _chrome_reason(following.text) == "buttons")))):
            # "— Advertisement —" / "Moving to Varna? Compare health plans >": the advert's copy; "--- ADVERTISEMENT ---" /
            # "Island escapes from $1,299 pp." / "--- ---": the copy its closing rule shuts in; "SPONSORED · Brought to you
            # by Ilhas Seguros" / "Marine cover from CVE 4,900 per container." / "[ Get my quote ]": the copy over its button
            reason = "advertisement"
        if reason is None and index >= tail and _CLOSING_BIO.fullmatch(text) and _CLOSING_BIO_ROLE.search(text):
            reason = "author bio"
        if reason is None and index >= tail and _NEWSLETTER_BLURB.fullmatch(_chrome_text(text)):
            reason = "subscribe prompt"
        if reason is None and index >= tail and _is_publisher_self_description(text):
            reason = "publisher note"
        if reason is None and index >= tail and _is_footer_registration_line(text):
            reason = "site footer"
        if reason is None and dropped_reason == "publisher note" and dropped is blocks[index - 1] and (
                _next_line(dropped, block) and _CITATION_LABEL.fullmatch(_chrome_text(dropped.text))
                and len(text.split()) <= _REFERENCE_MAX_WORDS and _YEAR.search(text)):
            reason = "citation"  # "Suggested citation" / "Lee, Ann, and Bo Ek. 2026. "Title." Policy Brief 4/2026. Varna."
        if reason is None and dropped is not None and dropped is blocks[index - 1] and _next_line(dropped, block) and (
                "▾" in dropped.text or dropped_reason == "language switcher") and _in_other_language(text):
            # "MUHTASARI KWA KISWAHILI ▾" / "Elbonia imesaini mkataba ...": a summary in another language, right under the
            # label of the box that folds it away or of the link to it
            reason = "other language"
        if reason is None:
            block.after_byline = bylined
            bylined = False
            dropped = None
            kept.append(block)
            continue
        bylined = bylined or reason == "byline"
        dropped, dropped_reason = block, reason
        if reason == "more link" and following is not None and following.kind == "bullet":
            reason = "related links"  # "READ MORE" over a list of headlines heads them
        # (a bio that ends in the writer's handle is whole: the text under it is not more of it)
        if reason in ("author bio", "related links", "table of contents", "quiz", "poll", "version history") and not (
                reason == "author bio" and re.search(r"@[\w.]+\s*$", text)):
            box, box_left = reason, _BOX_ENTRIES.get(reason, _RELATED_LINKS_MAX)
            box_seen = set()
        # ("You've read 4 of 5 free articles this month." under the writer's bio: a meter that only counts, after the
        # article's end matter and with nothing of the article after it, hides nothing)
        if reason == "paywall" and ended and _PAYWALL_METER.fullmatch(_chrome_text(text)):
            metered.append(block.origin)
        else:
            log.paywall = log.paywall or reason == "paywall"
        ended = ended or reason in _END_MATTER
        if reason != "empty line":
            log.drop(reason, text, block.origin)
    if metered and (any(block.origin > metered[0] for block in kept)
                    or sum(len(block.text.split()) for block in kept) < _METERED_ARTICLE_MIN_WORDS):
        log.paywall = True  # (the article goes on after the count, or is too short to be whole: a paywall's teaser)
    log.metered = bool(metered)
    # ("A Yam Between Boulders | Lantern Hill Institute" / the masthead, its tagline, its menus / "A Yam Between
    # Boulders": the page's title line at the very top, then the site's header over the headline, which heads the
    # article; only short lines with no sentence's end come before it, no paragraph of prose)
    if second_title_at is not None and all(
            len(b.text.split(None, _TAGLINE_MAX_WORDS)) < _TAGLINE_MAX_WORDS
            and not re.search(r"[^\W\d_]{2}[.!?][”\"’']?$", b.text) for b in kept[:second_title_at]):
        first_title_at = second_title_at
    if first_title_at is not None and _is_near_top(kept[:first_title_at]):
        kept = _drop_site_header(kept, first_title_at, log)
    return kept


# a metered paywall's count alone, with no call to pay: "You've read 4 of 5 free articles this month.", "You have 2 of 5
# free wire stories left this month."
_PAYWALL_METER = re.compile(
    rf"(?:you(?:'|’)ve|you have|you(?:'|’)re|you are) (?:read|used|viewed|reading)?\s*(?:\d+|one|two|three|four|five|"
    rf"your (?:last|final))\s+(?:(?:of|out of)\s+(?:your\s+)?(?:\d+|three|four|five|six|ten)\s+)?free\s+"
    rf"(?:[\w’'&.-]+\s+){{0,3}}?{_FREE_ITEMS}(?:\s+(?:left|remaining))?(?:\s+(?:this|for|in)\s+\w+(?:\s+\w+)?)?[.!]?", re.I)
# the end matter after an article's last paragraph
_END_MATTER = frozenset(("author bio", "tags", "correction notice"))
_METERED_ARTICLE_MIN_WORDS = 300  # an article above a bare meter is at least this long: a paywall's teaser is shorter

# the label over a reference to the page itself: "Suggested citation", "Cite this publication:", "How to cite"
_CITATION_LABEL = re.compile(r"(?:suggested citation|cite (?:this|as)(?: \w+)?|how to cite(?: this(?: \w+)?)?)\s*:?", re.I)
_REFERENCE_MAX_WORDS = 80

_SIGNUP_FIELD = re.compile(_SIGNUP_FIELD_PATTERN, re.I)
# a button to subscribe, join or give, as a capture keeps it: "[ Subscribe now ]", "[ Become a member ]"
_SUBSCRIBE_BUTTON = re.compile(
    r"\[\s*(?:subscribe|join|become an? (?:member|subscriber|supporter|friend)|sign (?:me )?up|start (?:your |a )?free trial|"
    r"get (?:full |unlimited |instant )?access|donate|support us)\b[^\[\]]{0,30}\]", re.I)
# what a subscription offer holds: a price, "unlimited access", "Cancel anytime", "membership"
_OFFER = re.compile(r"[$€£¥]\s?\d|\b(?:free trial|unlimited access|cancel (?:at )?any ?time|subscri\w+|members?(?:hip)?)\b", re.I)
_CALL_TO_ACTION = frozenset(
    "subscribe prompt|account link|buttons|paywall|donation prompt|more link|related links".split("|"))
_BOX_MAX_LINES = 10  # a promotion drawn in a box is a few short lines
# an advert's label, alone on its line: "ADVERTISEMENT", "-- Advertisement --", "Sponsored"
_ADVERT_COPY_LINES = 2
# what an advert's copy asks of the reader: "Early-bird registration closes 15 December.", "Book now", "T&Cs apply"
_SALES_CALL = re.compile(r"\b(?:early[- ]bird|registration (?:is )?(?:now )?(?:open|opens|closes)|(?:buy|get|book) (?:your )?"
                         r"tickets?|book (?:now|today|your (?:place|seat|stay))|register (?:now|today|here|online)|t\s?&\s?cs? apply|"
                         r"terms (?:and conditions )?apply|limited[- ]time offer|free trial|shop now|order now|learn more|"
                         r"find out more)\b", re.I)
# ("─ ─ ─ PAID PARTNER CONTENT ─ ─ ─")
_ADVERT_LABEL = re.compile(r"advertisement|advert|ad|sponsored(?: content)?|paid (?:content|partnership)|(?:paid )?partner content")
# or with the advertiser beside it: "ADVERTISEMENT · Sponsored content from Banco Litoral", "Sponsored · Kolvo Freight"
_ADVERT_LABEL_NAMED = re.compile(rf"(?:{_ADVERT_LABEL.pattern})\s*[·|:–—-]\s*[^.!?·|]{{1,80}}")
_ADVERT_END_LINE = re.compile(_ADVERT_END, re.I)  # "Advertisement ends — Story continues below", under the copy
_FORM_HEAD_LINES = 4  # a sign-up form's name and blurb above its e-mail field
# what a newsletter calls itself over its e-mail field: "Kestrel Briefings: our weekly digest of research and events."
# ("THE KOLVO BRIEF — the world in five minutes, weekday mornings")
_NEWSLETTER_HEAD = re.compile(r"\b(?:newsletter|digest|bulletin|brief|briefings?|round-?up|in your inbox|weekly|monthly|"
                              r"fortnightly)\b", re.I)
# the label of an event's promotion: "UPCOMING EVENT · Online", "Next webinar", "EVENT: Kolvo Trade Forum", "Save the date"
_EVENT_LABEL = re.compile(
    # ("UPCOMING ·  Webinar, 4 December 2026, 11:00 ET": the word that says it is to come set off from the kind)
    r"(?:(?:upcoming|next|forthcoming|featured|live|online|in-person|free|public|our next)(?:\s*[·•|:–—-])?\s+)?"
    r"(?:events?|webinars?|panel(?: discussion)?s?|conferences?|roundtables?|book launch(?:es)?|lectures?|seminars?|"
    r"workshops?)"
    # ("UPCOMING EVENT  ·  Dec 3, 2026 · 10:00 a.m. CET · Varna and online": its day, hour and place)
    r"(?:\s*[,·•|:–—-]\s*(?:[ap]\.m\.|[^.!?]){1,80})?|save the date\b[^.!?]{0,60}", re.I)
# the call to sign up that closes it, at the end of its last line: "Thursday 19 November, 14:00 CET | Register ›",
# "[ Register now ]", "RSVP →", "Book your place"
# ("Elbonia 2027: The Road Ahead   [ Register ]   [ Add to calendar ]": the event's title, its button and one more;
# '"Who Gets to Dig?"  Register ›': its title in quotes)
_REGISTER_CALL = re.compile(
    r"(?:.*(?:[|·•]|[.!?:][”\"’']?\s|\s[—–-]\s|\s(?=\[)))?\s*\[?\s*(?:register|rsvp|book (?:now|(?:your|a) (?:place|seat|ticket))|"
    # ("Register (free) ›": or what it costs, in brackets)
    r"get (?:your )?tickets?|save (?:your|a) (?:place|seat)|sign up)(?: now| here| today| free| to attend| \(free\))?"
    r"\s*[›»→>]*\s*\]?"
    r"(?:\s*\[\s*(?:add to (?:my |your )?calendar|share|remind me|save)\s*\])*", re.I)
_EVENT_BOX_LINES = 4  # an event's title, speakers, date and place under its label


# a box's top border with its name set in it: "┌ THE SOUTH ASIA BRIEF ──────", "+-- NEWSLETTER ------+"
_LABELLED_TOP = re.compile(r"[┌╔+]\s*[-─━═]*\s*[^\s─━═┐╗+-][^─━═┐╗+]{0,40}?\s*[-─━═]{3,}\s*[┐╗+]?")


def _is_border(text: str) -> bool:
    return bool(re.fullmatch(_BOX_BORDER, text)) and len(text.split()) <= 40


def _is_call_to_action(block: _Block) -> bool:
    """A sign-up field, a button or a 'Register now →' on the line or in one of its wide-gapped pieces."""
    pieces = (block.text,) + block.cells
    return any(_chrome_reason(_normalise_spaces(p)) in _CALL_TO_ACTION for p in pieces) or bool(
        _SIGNUP_FIELD.search(block.text))


_BOX_LABEL_MAX_WORDS = 4
# the label over a listing of paid-for links, on its own line: "Sponsored", "Promoted", "Partner content"
# ("Promoted links by Outreachly": the ad network that places them, maybe beside the list's own label on the line,
# "Recommended for you     Promoted links by Outreachly")
# ("Sponsored content from our partners", "From our partners": the advertisers named or not)
_SPONSORED_LABEL = re.compile(r"(?:sponsored(?: content| links?| posts?| stor(?:y|ies))?|promoted(?: content| links?)?|"
                              r"paid (?:content|posts?)|partner content)(?: (?:by|from) [\w.&'’ -]{1,30})?"
                              r"|(?:(?:more|stories|content) )?from (?:our|the) (?:partners|sponsors|advertisers)", re.I)
_SPONSORED_MAX_LINES = 4


def _sponsored_listings(blocks: list[_Block]) -> set[int]:
    """Indices of the lines listed right under a "Sponsored" label, up to the blank line that ends the listing:
    "Sponsored" / "Master's in Security Studies - apply by 30 November." / "Executive course: Risk for Boards (3 days)".
    A few short lines only: a paragraph of the article run on under the label is longer.  The label may share its
    line with other furniture, set apart by wide gaps ("Recommended for you     Promoted links by Outreachly")."""
    marked: set[int] = set()
    for index, block in enumerate(blocks):
        if not (_SPONSORED_LABEL.fullmatch(_chrome_text(block.text)) or (
                any(_SPONSORED_LABEL.fullmatch(_chrome_text(cell)) for cell in block.cells)
                and all(_chrome_reason(cell) for cell in block.cells))):
            continue
        end = index + 1  # past the last line run straight on from the label
        while end < len(blocks) and end - index <= _SPONSORED_MAX_LINES and _next_line(blocks[end - 1], blocks[end]):
            end += 1
        run = range(index + 1, end)
        if run and not (end < len(blocks) and _next_line(blocks[end - 1], blocks[end])) and all(
                len(blocks[i].text.split()) <= _ADVERT_MAX_WORDS for i in run):
            marked.update(run)
    return marked


_CONSENT_BANNER_LINES = 3  # a consent banner's heading and text over its buttons
_CONSENT_BANNER_MAX_WORDS = 120
# what a consent banner's text is about: the reader's data, and what the site and its partners do with it
_CONSENT_TOPIC = re.compile(r"\b(?:cookies?|analytics|tracking|track|personal data|data|privacy|consent|partners?|vendors|"
                            r"advert\w*|ads|personali[sz]\w*|measure\w*|preferences)\b", re.I)


def _consent_banners(blocks: list[_Block]) -> set[int]:
    """Indices of the lines of a consent banner that never says "cookies": a row of bracketed buttons, two or more of
    them offering a choice of consent ("[ Yes to all three ]   [ Functional only ]   [ Let me choose ]"), and the
    lines run straight on above it, its heading and its text ("Privacy choices at the Stoa" / "We count how our briefs
    are read (analytics), remember your language (functional) ..."), when they speak to the reader about their data;
    and the rows of boxes to tick run straight on under the buttons ("☐ Audience measurement     ☑ Strictly
    necessary")."""
    marked: set[int] = set()
    consent = re.compile(rf"\[\s*{_CONSENT_BUTTON}\s*\]", re.I)
    for index, block in enumerate(blocks):
        if len(consent.findall(block.text)) < 2 or not _is_button_row(block.text):
            continue
        start = index
        while start > 0 and index - start < _CONSENT_BANNER_LINES and _next_line(blocks[start - 1], blocks[start]) \
                and start - 1 not in marked:
            start -= 1
        above = range(start, index)
        text = " ".join(blocks[i].text for i in above)
        if above and re.search(r"\b(?:you|your)\b", text, re.I) and _CONSENT_TOPIC.search(text) and all(
                len(blocks[i].text.split()) <= _CONSENT_BANNER_MAX_WORDS for i in above):
            marked.update(above)
        marked.add(index)
        # ("[ Accept all ]  [ Essential only ]  [ Let me choose ▸ ]" / "☐ Audience measurement     ☐ Event suggestions
        # ☑ Strictly necessary (always on)": the boxes to tick, on the lines run straight on under the buttons)
        below = index + 1
        while below < len(blocks) and below - index <= _CONSENT_BANNER_LINES and _next_line(blocks[below - 1], blocks[below]) \
                and all(_CHECKBOX.fullmatch(cell.strip()) for cell in blocks[below].cells or (blocks[below].text,)):
            marked.add(below)
            below += 1
    return marked


# a box to tick and what it stands for, one piece of a row of them: "☐ Audience measurement", "[x] Strictly necessary"
_CHECKBOX = re.compile(r"(?:[☐☑☒□■✓✔✗]|\[\s*[x✓✔✗]?\s*\])\s*[^☐☑☒□■✓✔✗\[\]]{1,60}", re.I)


# a label drawn into a rule: "- - - - ADVERTISEMENT - - - -", "──── Sponsored ────"
_RULED_LABEL = re.compile(r"(?:[-─━═~=_*]\s?){3,}\s*[^\s─━═~=_*-].*?\s*(?:\s?[-─━═~=_*]){3,}")


def _labelled_adverts(blocks: list[_Block]) -> set[int]:
    """Indices of the lines of adverts under a bare label, or one that names the advertiser ("ADVERTISEMENT ·
    Sponsored content from Banco Litoral"): the lines between the same label above and below them
    ("-- ADVERTISEMENT --" / the advertiser's copy and its button / "-- ADVERTISEMENT --"), or run straight on from
    the label down to a last line that is an advert's furniture on its own ("ADVERTISEMENT" / "Sponsored · Kolvo
    Freight" / the copy / "Why am I seeing this ad?") or, under a label drawn into a rule, a closing rule ("- - -
    ADVERTISEMENT - - -" / the copy / "- - - - - -"), or a line or two under the label alone that sell something.
    A line that is furniture on its own keeps its own reason."""
    marked: set[int] = set()
    for index, block in enumerate(blocks):
        label = _chrome_text(block.text).casefold()
        if not (_ADVERT_LABEL.fullmatch(label) or _ADVERT_LABEL_NAMED.fullmatch(label)):
            continue
        end = index + 1  # the lines run straight on from the label, up to the same label again
        while end < len(blocks) and end - index <= _BOX_MAX_LINES and _next_line(blocks[end - 1], blocks[end]) and (
                _chrome_text(blocks[end].text).casefold() != label):
            end += 1
        closed = end < len(blocks) and index + 1 < end and _next_line(blocks[end - 1], blocks[end]) and (
            _chrome_text(blocks[end].text).casefold() == label)
        if not closed and index + 2 < end and not (end < len(blocks) and _next_line(blocks[end - 1], blocks[end])) and (
                _chrome_reason(blocks[end - 1].text) == "advertisement"
                # ("- - - - ADVERTISEMENT - - - -" / "SPONSORED · Kolvo Bank" / the copy / "- - - - - - - -": or on a rule,
                # the label having been drawn into one)
                or (_RULED_LABEL.fullmatch(block.text.strip()) and _is_border(blocks[end - 1].text.strip()))):
            end, closed = end - 1, True  # (the run ends at a blank line, on a line that closes the advert)
        if not closed:
            # or down to a label that says the advert has ended, across the blank lines (or the lines of markup) between
            # them: "ADVERTISEMENT" / '<div class="ad-slot">' / the copy / "</div>" / "Advertisement ends — Story
            # continues below" (the nearest label above is the one it closes)
            end = index + 1
            while end < len(blocks) and end - index <= _BOX_MAX_LINES and not (
                    _ADVERT_END_LINE.fullmatch(_chrome_text(blocks[end].text))) and not (
                    _ADVERT_LABEL.fullmatch(_chrome_text(blocks[end].text).casefold())):
                end += 1
            closed = end < len(blocks) and index + 1 < end and bool(
                _ADVERT_END_LINE.fullmatch(_chrome_text(blocks[end].text)))
        if closed and all(len(blocks[i].text.split()) <= 40 for i in range(index + 1, end)):
            # (a line that is furniture on its own keeps its reason: "PARTNER CONTENT · Presented by ...")
            marked.update(i for i in range(index + 1, end) if _chrome_reason(blocks[i].text) is None)
            continue
        # or a line or two of copy run straight on under the label alone, then a blank line, that sell something:
        # "ADVERTISEMENT" / "Pacific Business Summit 2027 – Koror, 9–11 March. Early-bird registration closes 15
        # December." (the label may stand for a picture, over a line of the article: that stays)
        end = index + 1
        while end < len(blocks) and end - index <= _ADVERT_COPY_LINES and _next_line(blocks[end - 1], blocks[end]):
            end += 1
        copy = range(index + 1, end)
        if copy and not (end < len(blocks) and _next_line(blocks[end - 1], blocks[end])) and all(
                len(blocks[i].text.split()) <= _ADVERT_MAX_WORDS for i in copy) and any(
                _SALES_CALL.search(blocks[i].text) for i in copy):
            marked.update(i for i in copy if _chrome_reason(blocks[i].text) is None)
    return marked


def _promo_boxes(blocks: list[_Block], title_key: str = "") -> set[int]:
    """Indices of the lines of promotions set apart from the article, which go whole:

    * a box drawn with border lines ("┌───┐ ... └───┘", "+ - - - + ... + - - - +") holding a few short lines, one
      of them a call to action (a sign-up field, "Register now →", a paywall's buttons): a newsletter's name and
      blurb or an event's date and title go with it; or a box whose first line labels it an advertisement, over a
      line or two of the advertiser's copy;
    * a sign-up form with no border: its e-mail field and the lines run straight on above it, after a blank line,
      when they open with the form's title ("Sign up for our newsletter", "THE ASIA BRIEF") and are short;
    * in the same way, a subscription offer over its button: "SUBSCRIBE TO THE LEDGER" / "Unlimited access for $1
      a month. Cancel anytime." / "[ Subscribe now ]" (the lines above the button make an offer: a price, "unlimited
      access", "membership").
    One pass over the lines, and each line is looked at by at most one box.  No box holds the page's own headline:
    lines between the bottom of one box and the top of the next are the article's head.
    """
    marked: set[int] = set()
    borders = [i for i, b in enumerate(blocks) if _is_border(b.text) or _LABELLED_TOP.fullmatch(b.text.strip())]
    for top, bottom in zip(borders, borders[1:]):
        inner = range(top + 1, bottom)
        if top in marked or not 0 < len(inner) <= _BOX_MAX_LINES:
            continue
        if _LABELLED_TOP.fullmatch(blocks[bottom].text.strip()) and blocks[bottom].text.strip()[:1] in "┌╔":
            continue  # "┌─ READER POLL ──┐" opens the next box: it closes none
        if title_key and any(_matches_title(blocks[i].text, title_key) and not _BARE_NUMBERED.match(blocks[i].text)
                             and not _NUMBERED.match(blocks[i].text) for i in inner):
            # "-----" closing a consent banner, then the paywall's meter, the headline, its byline ... "┌───┐" opening a
            # summary box: the lines between two boxes, not one (a most-read list in a box may number the headline)
            continue
        titled = _TITLED_TOP.fullmatch(blocks[top].text.strip())
        if all(len(blocks[i].text.split()) <= 40 for i in inner) and (
                any(_is_call_to_action(blocks[i]) for i in inner)
                # a box labelled an ad or a pull quote: "ADVERTISEMENT" / the advertiser's copy / "Sponsored by ..."
                or _chrome_reason(blocks[top + 1].text) in ("advertisement", "pull quote")
                # "┌─ READER POLL ───┐" / its question / "( ) Yes   41%" / "2,318 votes  [ Vote ]": a poll or a
                # quiz, its label in its top border
                or (titled is not None and _chrome_reason(titled["label"] or titled["open"]) in ("poll", "quiz"))):
            marked.update(inner)
            marked.add(bottom)  # not a top border for the next box
            if not _is_border(blocks[top].text):
                marked.add(top)  # ("┌ THE SOUTH ASIA BRIEF ─────": the box's name in its top border)
            # "Subscriber notice" / "-----" / "You have read 2 of your 3 free analyses ...": the box's label, set on it
            label = blocks[top - 1] if top > 0 else None
            if label is not None and top - 1 not in marked and label.kind != "heading" and _next_line(label, blocks[top]) and (
                    len(label.text.split()) <= _BOX_LABEL_MAX_WORDS and not _ends_complete(label.text)):
                marked.add(top - 1)
    for index, block in enumerate(blocks):
        field = bool(_SIGNUP_FIELD.search(block.text))
        button = not field and bool(_SUBSCRIBE_BUTTON.search(block.text)) and _is_button_row(block.text)
        if index in marked or len(block.text.split()) > 20 or not (field or button):
            continue
        start = index
        while start > 0 and index - start < _FORM_HEAD_LINES and blocks[start].soft and (
                blocks[start].origin == blocks[start - 1].origin + 1):
            start -= 1
        if start == index or blocks[start].soft:
            continue  # nothing above the field, or no blank line within reach: the lines above may be the article
        if _is_border(blocks[start].text) and start + 1 < index:
            start += 1  # "───" / "PACIFIC MORNING NEWSLETTER" / ...: the form's title under the rule that sets it off
        head = _chrome_text(blocks[start].text)  # ("📬 THE MORNING BRIEF": a pictogram before the form's title)
        titled = _chrome_reason(head) in _CALL_TO_ACTION or bool(_NEWSLETTER_HEAD.search(head)) or (
            len(head.split()) <= 8 and _looks_like_heading(head) and not _ends_complete(head)) or (
            ":" in head and _chrome_reason(head.split(":", 1)[0]) in _CALL_TO_ACTION)  # "Newsletter: Get the Brief ..."
        offer = field or any(_OFFER.search(blocks[i].text) for i in range(start, index))
        if titled and offer and all(len(blocks[i].text.split()) <= 30 for i in range(start, index)):
            # (above a button, a line that is furniture on its own keeps its reason: "Subscribe to continue reading"
            # tells of a paywall)
            marked.update(i for i in range(start, index) if field or _chrome_reason(blocks[i].text) is None)
    for index, block in enumerate(blocks):
        if index in marked or block.soft or not _EVENT_LABEL.fullmatch(_chrome_text(block.text)):
            continue
        end = index + 1
        while end < len(blocks) and end - index <= _EVENT_BOX_LINES and _next_line(blocks[end - 1], blocks[end]) and (
                len(blocks[end].text.split()) <= 30):
            if _REGISTER_CALL.fullmatch(blocks[end].text):
                marked.update(range(index, end + 1))
                break
            end += 1
    return marked


# the label a capture leaves where a picture was: "[Image: Upper Tamakoshi turbine hall]", "[IMAGE]", "(Photo)"
# ("[Map: Elbonia and its neighbours]", "[Figure: Map of the islands]", "[Interactive map — not supported in your
# browser. View static version]")
_MEDIA_LABEL = re.compile(
    r"[\[(]\s*(?:(?:interactive|embedded|static|animated|zoomable)\s+)?"
    r"(?:image|photo|picture|photograph|illustration|graphic|video|gallery|figure|map|chart|infographic|diagram)s?\b"
    # ("[Gallery] Photo 1 of 5": with the count of a gallery's pictures)
    r"[^\[\]()]{0,160}[\])](?:\s+(?:(?:photo|image|picture|slide)\s+)?\d{1,2}\s*(?:of|/)\s*\d{1,2})?", re.I)
# a caption's credit at its end: "... 676 km of ocean. Map: Kolvo Institute, based on survey data.", "... wide at its
# coast. Graphic: Ledger / Natural Earth"
_TRAILING_CREDIT = re.compile(
    r".{10,600}?[.!?”\"’)]\s+(?:photo|image|picture|photograph|illustration|graphic|map|chart|credit)s?\s*:\s*"
    r"(?:[^.!?:]|(?<=\s)(?-i:[A-Z])\.){2,120}\.?"  # ("PHOTO: Mesurado Wire / Alvin K. Sumo": initials)
    # ("... Photo: Renzo Quispe / CISA Visual Desk. Licensed, all rights reserved.": then the terms of its use)
    r"(?:\s+(?:licensed|all rights reserved|used (?:with|by) (?:kind )?permission|used under licen[cs]e|"
    r"(?:creative commons|cc)(?: by)?(?:[- ][a-z]{2}){0,3}(?: \d\.\d)?)\b[^.!?]{0,60}[.!]?)?", re.I)


_CAPTION_MAX_LINES = 4  # a caption wrapped under its picture's label runs to a few lines


def _credited_captions(blocks: list[_Block], log: _Log) -> set[int]:
    """Indices of the lines of captions: the lines right under a picture's label (or the rest of its line), one or
    wrapped onto a few, that end in the picture's credit, on the last line ('[IMAGE]' / 'Supporters wave flags in
    the square. Photograph: Ann Lee/Ledger') or on the line right under them ('[Image]' / 'Minister Ann Lee and her
    guest' / 'sign the accord in Varna on 7 May.' / 'Photo: Bo Ek/Ledger').  Either mark alone is not enough: a
    credit can end a paragraph glued to its picture, and the first paragraph can follow a picture."""
    captions: set[int] = set()
    for label, block in enumerate(blocks):
        text = block.text.strip()
        head = _MEDIA_LABEL.match(text)
        if head and _TRAILING_CREDIT.fullmatch(text[head.end() :].strip()):
            captions.add(label)  # "[Map] The planned route from Varna to Kolvo. Map: Kolvo Institute / OpenStreetMap."
            continue
        if not _MEDIA_LABEL.fullmatch(_chrome_text(block.text)):
            continue
        end, size = label + 1, 0
        while end < len(blocks) and end - label <= _CAPTION_MAX_LINES and _next_line(blocks[end - 1], blocks[end]):
            if _chrome_reason(blocks[end].text) == "image credit":
                captions.update(range(label + 1, end))
                break
            size += len(blocks[end].text.split())
            if size > _CAPTION_MAX_WORDS:
                break
            if blocks[end].origin in log.credited or _TRAILING_CREDIT.fullmatch(blocks[end].text):
                captions.update(range(label + 1, end + 1))
                break
            end += 1
    return captions


# an advertiser's web address, with or without its scheme: "fly.example/deals", "www.kolvo-energy.example"
_WEB_ADDRESS = r"(?-i:(?:https?://)?(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:/\S*)?)"
_TERMS_APPLY = r"\*?\s*(?:ts?\s?&\s?cs?|terms(?: (?:and|&) conditions)?|conditions) apply\.?"  # "*T&Cs apply"
# what an advertisement sells with: a price, a discount, a verb that asks the reader to buy
_OFFER_SIGNAL = (r"[$€£¥]\s?\d|\d\s?(?:%|per ?cent) off\b|\b(?:save|book|buy|shop|order|switch|offers?|deals?|sale|"
                 r"discount|free|subscribe|download|call|visit|try|pay)\b")
# the call to action an advertisement ends in, set off from its copy or pointing on with an arrow: "Afrexa Bank.
# Learn more >", "Energy Summit · Abu Dhabi · 9–10 December · Register now", "... lawyers — book a free call →"
_CALL_ARROW = r"(?:>+|»|›|→)"
_ADVERT_CALL = (r"(?:learn more|find out more|discover more|register(?: now| today| here| free)?|sign up(?: now| today| free)?|"
                r"book (?:now|today|(?:a |your )?(?:free )?(?:call|consultation|demo|place|seat|ticket)s?)|get (?:started|a quote)|"
                r"shop now|apply (?:now|today)|request a demo|open (?:an? |your )(?:[\w-]+ ){0,3}account(?: today| now)?|"
                # "Start a 14-day trial.", "Start your free trial"
                r"start (?:a |an |your )?(?:free )?(?:\d+-(?:day|week|month) )?(?:free )?trial\.?)"
                r"\s*(?:" + _CALL_ARROW + r")?")
# "Fly Varna–Kolvo from $249 return. Book by 31 May >> fly.example/deals", "Save up to €200 a year* — power.example
# *T&Cs apply": a short offer that ends in the advertiser's address, points to it with ">>" or ends in its terms
_ADVERT = re.compile(
    rf"(?=.*(?:{_OFFER_SIGNAL})).{{1,240}}?(?:\s+(?:>>|»|→|[—–:|-]))?\s+{_WEB_ADDRESS}(?:\s+{_TERMS_APPLY})?"
    rf"|(?=.*(?:{_OFFER_SIGNAL})).{{1,240}}?(?:\s>>\s.{{1,120}}|\s{_TERMS_APPLY})"
    # "Fly Varna–Kolvo from €189. Book direct with Kolvo Air >>": an offer that ends pointing on with an arrow
    rf"|(?=.*(?:{_OFFER_SIGNAL})).{{1,240}}?[^\s>»→]\s+{_CALL_ARROW}"
    rf"|.{{1,240}}?(?:[.?!·][”\"’]?\s*|\s[—–-]\s*|\s(?={_CALL_ARROW})){_ADVERT_CALL}"
    # "REGISTER NOW — Red Sea Security Dialogue 2026 · Nairobi · 21-22 April": the call first, set off by a dash
    rf"|{_ADVERT_CALL}\s+[—–|:]\s+.{{1,200}}", re.I)
_ADVERT_MAX_WORDS = 30
# the advertiser named after a sponsored headline: "... high-yield savings account  (FinanceWise)"
_ADVERTISER_AFTER = re.compile(r"\s\((?-i:[A-Z])[\w&.'’ -]{1,40}\)$")
_ENDS_IN_CALL_ARROW = re.compile(rf"\S\s+{_CALL_ARROW}$")
# an advert's button on a line of its own: "Learn more", "Get a quote", "Shop now"
_BARE_CALL = re.compile(r"(?:learn|find out|read|discover|see) more|shop now|book now|apply now|get (?:a )?quote|get started|"
                        r"download(?: now| (?:the|our) guide)?|try (?:it )?(?:for )?free|request (?:a )?demo|contact us", re.I)


def _is_advert_line(blocks: list[_Block], index: int) -> bool:
    """A short line of advertising copy set apart from the text: an offer that ends in the advertiser's web address,
    points to it with '>>' or ends in 'T&Cs apply'.  A sentence of the article that gives an address ends in a full
    stop; a line that the line above runs on into, or that runs on into the next, is one of the text's lines."""
    block = blocks[index]
    if len(block.text.split()) > _ADVERT_MAX_WORDS or _note_item(block) or not _ADVERT.fullmatch(block.text):
        return False  # (a note citing an offer's page, '[4] Kolvo Air, "Fares", fly.example/fares', is a note)
    if index > 0 and _next_line(blocks[index - 1], block):
        above = blocks[index - 1].text
        if len(above.split(None, _BROKEN_OFF_MIN_WORDS)) >= _BROKEN_OFF_MIN_WORDS and not _ends_complete(above):
            return False
    below = blocks[index + 1] if index + 1 < len(blocks) else None
    return below is None or not (_next_line(block, below) and (
        _starts_lowercase(below.text) or _starts_with_continuation(below.text)))


# a figure's title: "Figure 1: Registrations and places, 2025-26", "Chart 2 - Exports by partner"
_FIGURE_TITLE = re.compile(
    r"(?:figure|fig\.|chart|graph|map|exhibit|infographic)\s+\d{1,3}[a-z]?\s*[:.–—-]\s+[^.!?]{3,160}", re.I)
_CHART_STAND_INS = ("media embed", "source note", "image caption", "image credit")


def _is_figure_title_over_chart(blocks: list[_Block], index: int) -> bool:
    """A figure's title right over what stands for its chart in the capture ('[Bar chart. 2025: 8,750 ...]') or its
    source line: the caption of a figure the capture did not keep, which heads no text.  (A figure's title over a
    table heads the table.)"""
    block = blocks[index]
    if index + 1 >= len(blocks) or not _FIGURE_TITLE.fullmatch(block.text):
        return False
    below = blocks[index + 1]
    if index + 2 < len(blocks) and _next_line(below, blocks[index + 2]) and (
            blocks[index + 2].row or _DOT_LEADER.search(blocks[index + 2].text)):
        return False  # "[Interactive chart]" / "Compact grants ........ 31": the chart's data follows, under its title
    return _next_line(block, below) and not below.row and _chrome_reason(below.text) in _CHART_STAND_INS


# a reference in BibTeX, as a page offers it to copy: "@techreport{lee2026road," / "  author = {Lee, Ann}," / "}"
_BIBTEX_OPEN = re.compile(
    r"@(?:article|book|booklet|inbook|incollection|inproceedings|conference|manual|mastersthesis|misc|phdthesis|"
    r"proceedings|techreport|report|unpublished|online|electronic|webpage)\s*\{\s*[^\s,{}]+\s*,.*", re.I)
_BIBTEX_FIELD = re.compile(r"[a-z_-]{2,20}\s*=\s*\S.*|\}\s*,?", re.I)


def _bibtex_entries(blocks: list[_Block]) -> set[int]:
    """The lines of BibTeX references: the line opening one ('@techreport{lee2026road,') and its fields and closing
    brace on the lines right under it."""
    out: set[int] = set()
    index = 0
    while index < len(blocks):
        if not _BIBTEX_OPEN.fullmatch(blocks[index].text.strip()):
            index += 1
            continue
        end = index + 1
        while end < len(blocks) and _next_line(blocks[end - 1], blocks[end]) and (
                _BIBTEX_FIELD.fullmatch(blocks[end].text.strip())):
            end += 1
            if blocks[end - 1].text.strip().startswith("}"):
                break
        out.update(range(index, end))
        index = end
    return out


def _is_caption_over_credit(blocks: list[_Block], index: int) -> bool:
    """A paragraph of one line with the picture's credit on the line right under it, and a blank line above and
    below the two ('A ship at the quay at dawn.' / 'Photo: Ann Lee / Ledger'): the picture's caption."""
    block = blocks[index]
    if index + 1 >= len(blocks) or (index > 0 and block.soft and block.origin == blocks[index - 1].origin + 1):
        return False
    credit = blocks[index + 1]
    after = blocks[index + 2] if index + 2 < len(blocks) else None
    return (
        _next_line(block, credit)
        and (after is None or not _next_line(credit, after))
        and len(block.text.split()) <= _CAPTION_MAX_WORDS
        and _chrome_reason(credit.text) == "image credit"
    )


_CAPTION_MAX_WORDS = 60

# a closing line that only says who the writers are and what they cover: "Ann Lee is the Ledger's Varna
# correspondent. Bo Ek covers European energy policy from Berlin."
_BIO_ROLE_SENTENCE = (
    rf"{_FULL_NAME} is (?:an?|the|(?:the )?{_NAME}['’]s)(?: [\w-]+){{0,4}} (?:correspondent|reporter|editor|writer|columnist|"
    r"journalist|contributor|bureau chief|producer|photographer)(?:\s+(?:for|at|with|in|on|covering|based in)\b[^.!?]{0,80})?"
    r"(?:,\s*based in [^.!?]{1,60})?\."
)
_BIO_BEAT_SENTENCE = (
    rf"{_FULL_NAME} (?:covers|reports on|reports from|writes about|writes on|has covered|has reported on|has reported from|"
    rf"has written about) [^.!?]{{1,200}}\."  # ("Ann Lee has covered the coast ... for the Courier since 2014.")
)
# what a bio adds after the writer's role: "She has covered Cuba's economy since 2017.", "He previously reported from Kolvo."
_BIO_CAREER_SENTENCE = (r"(?:She|He|They) (?:(?:has|have) (?:covered|reported on|reported from|written about|written on|worked (?:for|at|in|as))|"
                        r"(?:previously|formerly) (?:reported|worked|served|was|wrote)|joined the)\b[^.!?]{1,160}\.")
_CLOSING_BIO = re.compile(rf"(?:{_BIO_ROLE_SENTENCE}|{_BIO_BEAT_SENTENCE})"
                          rf"(?:\s+(?:{_BIO_ROLE_SENTENCE}|{_BIO_BEAT_SENTENCE}|{_BIO_CAREER_SENTENCE})){{0,3}}")
_CLOSING_BIO_ROLE = re.compile(_BIO_ROLE_SENTENCE)


# a closing newsletter blurb: "Ledger Briefing: the stories that matter, explained, every weekday at 7am." (a
# sentence about a real briefing goes on in the body, which this follows)
_NEWSLETTER_BLURB = re.compile(
    r"(?:the )?(?-i:[A-Z])[\w’'&.-]*(?:\s+(?-i:[A-Z])[\w’'&.-]*){0,3}\s+(?:briefing|brief|newsletter|digest|bulletin|"
    r"dispatch|round-?up|daily|weekly|edition)\s*[:–—-]\s*[^.!?]{0,200}\b(?:every|each)\s+(?:day|morning|evening|night|"
    r"weekday|weekend|week|fortnight|month|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b[^.!?]{0,80}[.!]?", re.I)

# the publisher saying what it is, with its registration: "HISA — Harbourline Institute is an independent,
# non-partisan research institute. Registered charity no. 1187334."
_SELF_DESCRIPTION = re.compile(
    r"(?-i:[A-Z])[^.!?]{0,100}? is an? (?:[\w-]+,?\s+(?:and\s+)?){0,4}?(?:independent|non-?partisan|non-?profit|"
    r"not-for-profit|charitable|non-governmental|apolitical|reader-supported|member-supported)\b[^.!?]{0,120}?"
    r"\b(?:institute|institution|think[- ]?tanks?|organi[sz]ation|foundation|charity|cent(?:re|er)|trust|body|association|"
    r"society|council|network|publisher|newsroom|forum|initiative|corporation|company)\b", re.I)
# or with the authority that keeps its register named instead of its number: "The Kolvo Institute is an independent,
# non-profit corporation registered with the Securities Commission of Elbonia." (not when it reports what was said:
# "... an independent think tank registered in Varna, said on Friday that ...")
_REGISTERED_WITH = re.compile(_SELF_DESCRIPTION.pattern + r",?\s+(?:registered|incorporated) (?:with|in|under|as)\b"
                              r"(?!.*\b(?:said|says|told|according to)\b)", re.I)
# "Kwela Daily subscribes to the Press Code of Ethics and Conduct and is a member of the Press Council of South Africa.
# To lodge a complaint, contact the Press Ombud.": the publisher and the press regulator it answers to
_PRESS_REGULATION = re.compile(
    # (it names the code it keeps or how to complain: "Elbonia's largest daily is a member of the Press Council, which
    # the government tried to abolish" is a sentence of the article)
    r"(?=.*\b(?:code|complaints?|complain|ombud\w*)\b)"
    r"(?-i:[A-Z])[^.!?]{0,80}?\b(?:subscribes? to|adheres? to|abides? by|is (?:a )?members? of|is regulated by|"
    r"is signatory to)\b[^.!?]{0,80}?\b(?:press (?:code|council|ombud\w*|complaints? commission|standards)|ipso|impress|"
    # ("Savannah Wire is a member of the Media Council of Kenya and abides by its Code of Conduct for the Practice of
    # Journalism.": a media council)
    r"editors(?:'|’)? code|media (?:council|complaints? commission|ombud\w*|standards (?:board|authority|council)))\b", re.I)
# "The Kolvo Post is regulated by IPSO.": the press regulator a footer names, alone on its line
_REGULATED_BY = re.compile(r"(?-i:[A-Z])[^.!?]{0,60}\bis regulated by (?:the )?(?:ipso|impress|independent press standards "
                           r"organisation|(?:\w+ )?press (?:council|standards (?:board|organisation)))\.?", re.I)
_REGISTRATION_NUMBER = re.compile(
    r"\b(?:registered (?:charity|company|non-?profit|association|society)|registered (?:charity |company )?in [\w ]{2,30}?,? "
    r"(?=no\b|number\b)|"
    # ("Registered with the Haute Autorité de la Presse, no. HAPA/2011/0447": with the regulator that keeps the register)
    r"registered with (?:the )?(?-i:[A-Z])[^,.;:!?]{2,80}?,? (?=no\b|number\b)|"
    r"company limited by (?:guarantee|shares)|charity|company|registration|ein|abn|tax id|"
    r"vat|c\.\s?f\.|p\.\s?iva|codice fiscale|siret|siren|kvk|cnpj|nif|brn|crn|reg\.?|org(?:ani[sz]ation)?)"
    r"(?: (?:no|number|nr|num|id)\.?)?"
    # ("reg. no. CNCS/2019/044": a regulator's letters and the year; "Registered in England and Wales, No. 08821547")
    r"\s*[:(#]?\s*(?:no\.?\s*)?(?-i:[A-Z]{0,4})[\s/-]?\d[\d /-]{3,}\d\b",
    re.I)
# where a footer's address line puts the publisher: "80 Robinson Road, Singapore 068898", "4th Floor, 18 Carrow Street,
# London EC2A 4QX", "Rua Serpa Pinto 41"
_STREET_ADDRESS = re.compile(
    r"\b\d{1,4}[a-z]?,?\s+(?:(?-i:[A-Z])[\w'’.-]+\s+){1,3}(?:street|st|road|rd|avenue|ave|lane|square|place|boulevard|blvd|way|"
    r"quay|drive|row|terrace|crescent|court|gardens|wharf|embankment|yard|mews)\b|\b(?:rua|rue|avenida|calle|via|strasse|straße|ulica)\s+"
    r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,3},?\s+\d{1,4}\b", re.I)
# the legal form that ends a company's name: "Ltd", "GmbH", "SARL", "S.p.A."
# ("Co., Ltd.", "Co. Ltd": a company's form where it is written with its "Co.")
_LEGAL_FORM = (r"(?:co\.?,?\s?ltd|ltd|limited|llc|inc|plc|gmbh|ag|pty|berhad|bhd|s\.?a\.?|s\.?a\.?r\.?l\.?|s\.?r\.?l\.?|b\.?v\.?|"
               r"n\.?v\.?|a/s|as|ab|oy|kft|s\.?p\.?a\.?)\.?")
# the publisher by its company's name and where in a building it sits: "Bahari Media Ltd, Level 3, Harbour Gate Building"
# ("Atlas Current Media Ltd, 4th Floor, Harbour View House"; "Kolvo News SARL — Immeuble Alpha, 11th floor, Rue ...")
# ("Isthmus Wire S.A. · Edificio Plaza Marbella, piso 9, Calle 50": the floor in the language of the place, "piso",
# "planta", "étage")
_COMPANY_PREMISES = re.compile(
    rf"\b{_LEGAL_FORM}\s*[,·|—–]\s+(?:[^,.;:!?]{{1,40}},\s+)?"
    r"(?:(?:level|floor|suite|unit|piso|planta|andar|étage|etage)\s+\d{1,3}\b|\d{1,2}(?:st|nd|rd|th) floor\b)", re.I)
# the publisher by its company's name, then its address in pieces set off by commas, each a name: "Kolvo News SARL ·
# Îlot K, Avenue de la Paix, Tevragh, Varna, Elbonia" (after the body, and holding no sentence)
# ("The Varna Courier Co., Ltd. · No. 214, Street 51, Sangkat Kolvo 1, Varna, Elbonia": a number after its "No.")
_COMPANY_ADDRESS = re.compile(
    rf"(?-i:[A-Z])[\w’'&.-]*(?: [\w’'&.-]+){{0,5}} {_LEGAL_FORM}\s*[·|,—–]\s*"
    r"(?-i:[A-Z0-9À-ÖØ-Þ])(?:[^,.!?;:·|]|\.(?=\s?\d)){0,40}(?:,\s*(?-i:[A-Z0-9À-ÖØ-Þ])(?:[^,.!?;:·|]|\.(?=\s?\d)){0,40}){2,6}",
    re.I)
# an office's address under its label, in pieces set off by commas, each a name or a number: "Kolvo bureau: 3rd floor,
# 22 Old Street, Kolvo, Republic of Ruritania.", "Registered office: 4 Quay Street, Varna"
# ("Varna bureau: Calle Mayor 232, Piso 9, Col. Centro, 06500 Varna.": a piece may open on a short word abbreviated)
_OFFICE_ADDRESS = re.compile(
    r"(?:[\w’'&.-]+\s+){0,3}(?:bureau|office|offices|newsroom|headquarters|studios?|address)\s*:\s*"
    rf"(?=.*(?:\b\d{{1,2}}(?:st|nd|rd|th) floor\b|{_STREET_ADDRESS.pattern}))"
    r"(?-i:[A-Z0-9])(?:[^,.!?;:]|\.(?=,)){0,40}"
    r"(?:,\s*(?:(?-i:[A-Z])[a-z]{1,3}\.\s)?(?-i:[A-Z0-9])(?:[^,.!?;:]|\.(?=,)){0,40}){1,6}\.?", re.I)
# a postcode after the street: "London WC1E 6HJ", "Singapore 068898", "1000 Brussels"
_POSTCODE = re.compile(r"\b(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})\b|\b(?!(?:19|20)\d\d\b)\d{4,6}\b")  # (not a year)
# how a footer's contact line reaches the publisher: "info@institute.eu", "+32 2 555 01 87"
_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w+])\+\d{1,3}(?:[\s().-]*\d){6,}")
_SELF_DESCRIPTION_MAX_WORDS = 60


def _is_publisher_self_description(text: str) -> bool:
    """A line that says what the publisher is, with its charity or company number, or which press code and council
    it answers to, after the body: the page's footer, not the article (a sentence in the body about an institute,
    with a number, is no such line)."""
    return len(text.split()) <= _SELF_DESCRIPTION_MAX_WORDS and bool(
        (_SELF_DESCRIPTION.match(text) and _REGISTRATION_NUMBER.search(text)) or _REGISTERED_WITH.match(text)
        or _PRESS_REGULATION.match(text)
        or _REGULATED_BY.fullmatch(text)
        or _SERVICE_OF.fullmatch(text)
        or ((_TAGLINE.fullmatch(text) or _MOTTO.fullmatch(text.strip())) and not _TAGLINE_VERB.search(text)))


# the publisher's motto in its footer, what it does and since when: "Independent research on Eurasia since 2009.",
# "Reporting the Pacific since 1962." (a short closing sentence with a verb, "It has been independent since 1991.", is
# the article's, and a fact without its stop, "Rail link to Varna since 2022", a fact box's)
_TAGLINE = re.compile(r"(?-i:[A-Z])[\w’'&,-]*(?:\s+[\w’'&,-]+){0,8}\s+since\s+(?:1[5-9]|20)\d\d\.")
# or its motto in a few words, each set off by a full stop: "Independent. Non-partisan. Evidence first." (no verb or
# pronoun in it: "He left. She stayed. Nobody won." is the article's)
_MOTTO = re.compile(r"(?:(?!(?:He|She|It|They|We|I|You)\b)[A-Z][\w’'-]*(?: [\w’'-]+){0,2}[.!]\s*){3,4}")
_TAGLINE_VERB = re.compile(r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|do|does|did|"
                           r"said|says|its|it|they|their|we|our)\b|\b(?!(?:independent|trusted|based)\b)[a-z]{2,}ed\b", re.I)
# "SBC News, SBC Radio and SBC iWatch are services of the Southbank Broadcasting Corporation.": whose brand the site is
_SERVICE_OF = re.compile(r"[^.!?]{1,120}\b(?:is|are) (?:a |the )?(?:services?|brands?|imprints?|divisions?) of (?:the )?"
                         r"(?-i:[A-Z])[^.!?]{1,80}\.?", re.I)


def _is_footer_registration_line(text: str) -> bool:
    """A line of the page's footer giving the publisher's address and its company number or how to reach it, after
    the body: 'Level 2, 14 Quay Street, Kolvo 4410 | ABN 12 345 678 901', 'Rue de la Loi 155, Brussels | +32 2 555 01
    87 | info@institute.eu'. It holds no sentence (a sentence in the body giving a company's
    number, 'The operator, ABN 12 345 678 901, was fined.', is no such line)."""
    # (the company and the floor it sits on, with no verb: a line that may go on to list its bureaus; "Kolvo Towers
    # S.A., piso 9 of whose tower was searched, ..." is a sentence)
    premises = bool(_COMPANY_PREMISES.search(text)) and not re.search(_CITATION_VERB, text)
    if len(text.split()) > (_SELF_DESCRIPTION_MAX_WORDS if premises else _SELF_DESCRIPTION_MAX_WORDS // 2):
        return False
    address = bool(_STREET_ADDRESS.search(text))
    if premises or (address and _REGISTRATION_NUMBER.search(text)):
        return True  # "Ledger Media Ltd, 18 Carrow Street, London EC2A 4QX, United Kingdom. Registered in England no. 0937."
    if _OFFICE_ADDRESS.fullmatch(text):
        return True  # "Kolvo bureau: 3rd floor, 22 Old Street, Kolvo, Ruritania.": an office's address under its label
    ends = [m[1] for m in re.finditer(r"(?<!\w)([^\W\d_]{2,})[.!?](?=\s|$)", text)]
    sentence = any(end.casefold() not in _ABBREVIATIONS for end in ends)  # ("Ltd.", "no.", "SE1 9PL." end no sentence)
    # ("Level 9, 80 Robinson Road, Singapore 068898  |  2nd Floor, 31 Gower Street, London WC1E 6HJ": an address alone)
    return not sentence and bool(
        _REGISTRATION_NUMBER.search(text) or _CONTACT.search(text) or (address and _POSTCODE.search(text))
        or _COMPANY_ADDRESS.fullmatch(text))


def _article_tail(blocks: list[_Block]) -> int:
    """Where the end matter starts: after the last line of body prose (a finished sentence, or sentences, of 20
    words or more that is not chrome; a long headline in a most-read list has no stop). A closing line that only
    says who the writer is and what they cover ('Ann Lee is the Ledger's Varna correspondent. She has covered ...
    since 2017.') is no body prose, however long. Each line is looked at once, from the end."""
    for index in range(len(blocks) - 1, -1, -1):
        text = blocks[index].text
        if len(text.split(None, _LONG_PROSE_WORDS)) >= _LONG_PROSE_WORDS and _ends_complete(text) and (
                _chrome_reason(text) is None) and not (_CLOSING_BIO.fullmatch(text) and _CLOSING_BIO_ROLE.search(text)) and (
                not _is_publisher_self_description(text)) and not _is_footer_registration_line(text):
            return index + 1
    return 0


def _continues_kept_sentence(kept: list[_Block], block: _Block) -> bool:
    """A lowercase line finishing an unfinished body line is never chrome."""
    return (
        bool(kept)
        and kept[-1].kind in ("line", "bullet")
        and not _ends_complete(kept[-1].text)
        and len(kept[-1].text.split()) >= 8
        and (_starts_lowercase(block.text) or _starts_with_continuation(block.text))
        and _chrome_reason(block.text) != "byline"  # "ann.lee@daily.example | @AnnLee" under a standfirst
    )


_WRAPPED_FURNITURE_MAX_WORDS = 30  # a hard-wrapped line of a notice is about as long as the lines of the text


def _continues_dropped_line(dropped: _Block, reason: str, block: _Block) -> bool:
    """Is `block`, the next line after a line of furniture that was dropped, the rest of that line? A word broken
    with a hyphen at the end of the line goes on in lower case ('Tags: Ports  Rail  Infra-' / 'structure  Trade');
    a row of tags wraps onto a line of more short tags ('Topics: Ports · Rail · Grain' / 'Trade · Energy'); a line
    that broke mid-sentence ends on a few words that finish it."""
    if block.kind != "line" or not dropped.text.split() or not _next_line(dropped, block):
        return False  # (a line that cleaning emptied, such as a glossary pop-up alone, has nothing to go on from)
    if _LINE_END_HYPHEN.search(dropped.text[-2:]) and _starts_lowercase(block.text):
        return True
    if not _ends_complete(dropped.text) and len(block.text.split()) <= 4 and _ends_complete(block.text):
        return True  # "Additional reporting by ... in Dar es" / "Salaam.": the end of the sentence it started
    if (dropped.text.split()[-1].casefold() in _SMALL_WORDS | _UNFINISHED_END and _starts_lowercase(block.text)
            and len(block.text.split()) <= _LIST_ITEM_MAX_WORDS and _ends_complete(block.text)):
        return True  # "© 2026 ... Reproduction in whole or in" / "part without permission is prohibited."
    if _notice_wraps_onto(dropped, block):
        # "CORRECTION, 2 May 2026: An earlier version of this article said" / "the pact was signed in Kolvo. It was" /
        # "signed in Varna.": a notice hard-wrapped over lines, each going on in lowercase from the line above
        return True
    tags = block.cells or tuple(re.split(r"\s+[·•|]\s+|\s*,\s*", block.text))
    return reason == "tags" and len(tags) >= 2 and len(block.text.split()) <= 20 and all(
        len(tag.split()) <= 4 and not _ends_complete(tag) for tag in tags)


def _notice_wraps_onto(dropped: _Block, block: _Block) -> bool:
    """Is `block` the next line of a long line of furniture dropped right above it, which broke off mid-sentence and
    goes on here in lowercase?"""
    return (block.kind == "line" and _next_line(dropped, block) and not _ends_complete(dropped.text)
            and len(dropped.text.split(None, _BROKEN_OFF_MIN_WORDS)) >= _BROKEN_OFF_MIN_WORDS
            and _starts_lowercase(block.text) and len(block.text.split()) <= _WRAPPED_FURNITURE_MAX_WORDS)


def _is_near_top(before_title: list[_Block]) -> bool:
    long_paragraphs = [b for b in before_title if len(b.text.split()) >= _LONG_PROSE_WORDS]
    return len(long_paragraphs) <= _HEADER_MAX_PARAGRAPHS


def _is_menu_item(blocks: list[_Block], index: int) -> bool:
    """'News' / 'Opinion' / 'Sport' lines of a site menu (next to other short lines)."""
    if _norm_key(blocks[index].text) not in _SECTION_NAMES:
        return False
    neighbours = blocks[max(0, index - 1) : index] + blocks[index + 1 : index + 2]
    return any(len(b.text.split()) <= 3 and not _ends_complete(b.text) for b in neighbours)


# "3  Zambia copper output hits 15-year high": a headline numbered without a stop, in a most-read list
_BARE_NUMBERED = re.compile(r"\d{1,2}\s+[“\"‘']?[A-Z]")
# "... as Suva keeps...", "... as Suva keeps …": a headline cut short to fit a list
_CUT_SHORT = re.compile(r"[^\W\d_]\s?(?:\.{3}|…)$")
# "› Oman's quiet mediation: a model under pressure (Briefing Paper No. 38)": a link marked by its arrow
_ARROW_HEADLINE = re.compile(r"[›»→▸►]\s*\S[^›»→▸►]{0,200}$")


# a promoted headline and who placed it: "This Rome hotel is booking out for 2026 — TravelSmart"
_SOURCED_HEADLINE = re.compile(r"(?:[^.!?]{5,80}[.!?]\s+)?[^.!?]{10,140}\s[—–·]\s(?-i:[A-Z])[\w.&'’]*"
                               r"(?: (?:of|and|the|de|du|del|&) )?(?: ?(?-i:[A-Z])[\w.&'’]*){0,3}")
# a listed headline under the kind of piece it is: "Partner insight | Steel for the ice age: low-carbon plate"
# ("Weekend  ·  A road trip through the Bajío, where the car plants grew up", "Money & Markets · Why the peso held up":
# or set apart by a dot)
# ("Kolvo Courier · Podcast: The Varna Minute — Ep. 212, "Grain and who owns it"": an abbreviation before a number)
_LABELLED_HEADLINE = re.compile(r"(?-i:[A-Z])[\w'’-]*(?: [\w'’&-]+){0,2}\s[|·]\s(?:[^|.!?]|(?<=\b[A-Za-z]{2})\.(?= \d)){5,140}")
# a listed piece of a series, by its number in it: "5 of 9 — Kolvo's nickel bargain: who is really paying?", "Part 2/6: ..."
_SERIES_ENTRY = re.compile(r"(?:part\s+)?\d{1,2}\s*(?:of|/)\s*\d{1,2}\s*[—–:|·-]\s*\S.{3,200}", re.I)
# a promoted headline that asks a question and goes on: "Retire in Varna? What €300,000 really buys you in Kolvo"
_TEASER = re.compile(r"[^.!?]{3,80}\?\s+[^.!?]{3,120}")
# a listed piece stamped with how long it takes to read, hear or watch: "Podcast — The Corridor, ep. 88: Can Lamu ever
# beat Mombasa?  ·  31 min listen" (under a list's label only: "3 February 2026 · 11 min read" is also a date line)
_TIMED_HEADLINE = re.compile(r"[^·•|]{5,200}\s[·•|]\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*[- ]?(?:minutes?|mins?|min\.?|"
                             r"hours?|hrs?|hr)\s+(?:read|listen|watch|video|audio)")
# a line of a quiz under its title: "Q1. In which year ...?", "○ 2003  ○ 2019", "Answer: 2019", "Check answer →"
_QUIZ_LINE = re.compile(r"(?:q(?:uestion)?\s?\d{1,2}\s*[.:)]|answers?\s*:|[○◯●◉☐□]\s|(?:check|show|reveal|see) (?:my |your |the )?"
                        r"answers?\b)", re.I)
# the share of the votes an answer of a poll got, at the end of its line: "Not sure   12%"
_POLL_RESULT = re.compile(r"\S\s+\d{1,3}(?:[.,]\d)?\s?%$")
# an entry of a page's version history: "9 February 2026: First published.", "v1.1 (3 March 2026): corrected Table 1"
_REVISION_ENTRY = re.compile(rf"(?:v(?:ersion)?\s?\d{{1,2}}(?:\.\d{{1,2}}){{0,2}}\s*[—–:-]?\s*)?\(?{_DATE}\)?\s*[:–—-]\s*\S.*", re.I)


def _in_box(box: str, block: _Block, following: _Block | None) -> bool:
    """Does `block` belong to the author bio / related-links box opened above it?"""
    if block.kind == "heading":
        return False
    if box == "author bio":
        size = len(block.text.split())
        return (size <= 80 and bool(_BIO_SENTENCE.search(block.text) or _CLOSING_BIO.fullmatch(block.text))) or (
            size <= _BIO_MAX_WORDS and bool(_BIO_OPENING.match(block.text)))  # ("Ann Lee has covered Varna since 2014.")
    if box == "table of contents":  # "In this explainer:" then " 1. Who is Elbonia's biggest partner?"
        numbered = bool(_NUMBERED.match(block.text)) and len(block.text.split()) <= 16
        # "Who is the biggest partner? · What about China? · What happens next?": the entries on one line
        parts = re.split(r"\s+[·•|]\s+", block.text)
        if len(parts) >= 3 and all(len(p.split()) <= 16 for p in parts):
            return True
        # an unnumbered entry on the next line ("Notes", "About the author"), or one of a list of the subheadings
        # ("Jump to:" / "  · Where is Elbonia, and why does it matter?")
        return numbered or (block.soft and len(block.text.split()) <= 6 and not _ends_complete(block.text)) or (
            (block.soft or block.kind == "bullet") and len(block.text.split()) <= 16 and (
                _looks_like_heading(block.text) or bool(_ARROW_HEADLINE.match(block.text))))  # ("→ Why does it matter?")
    if box == "poll":  # "○ Yes, through the Kolvo pact   61%", "( ) No", "Not sure   12%": its answers, with their results
        # (and, under a label alone, "POLL", its question: "Should Elbonia join the pact?")
        return block.soft and len(block.text.split()) <= 20 and bool(
            _QUIZ_LINE.match(block.text) or re.match(r"\(\s?\)\s", block.text) or _POLL_RESULT.search(block.text)
            or block.text.endswith("?"))
    if box == "version history":  # "9 February 2026: First published.", "v1.1 (3 March 2026): corrected Table 1"
        return len(block.text.split()) <= 60 and bool(_REVISION_ENTRY.fullmatch(block.text))
    if box == "quiz":  # "Q1. In which year did Elbonia join?", "○ 2003   ○ 2019", "Answers: 1. 2019; 2. the lev"
        body_follows = following is not None and len(following.text.split()) >= _LONG_PROSE_WORDS and (
            _chrome_reason(following.text) is None)  # (a question over prose is the next subheading)
        return block.soft and len(block.text.split()) <= 30 and not body_follows and (
            block.text.endswith("?") or bool(_QUIZ_LINE.match(block.text)))
    # related links: a list of headlines, unless this "headline" heads real body text
    headline = _looks_like_heading(block.text) or bool(_ARROW_HEADLINE.match(block.text)) or (
        len(block.text.split()) <= (16 if block.kind == "bullet" else 4) and not _ends_complete(block.text)
    ) or (  # "- Which partners are still on the list?": a listed headline asked as one question
        block.kind == "bullet" and len(block.text.split()) <= 16 and block.text.endswith("?")
        and not _SENTENCE_INSIDE.search(block.text)
    ) or (  # "2. Fiji signs landmark policing pact with Australia as Suva keeps door ajar to Beijing", "3  Zambia ...",
        # "4. Fiji signs landmark policing pact with Australia as Suva keeps...": a headline cut short; "03  Who
        # actually decides a country's visa status?": one that asks
        bool(_NUMBERED.match(block.text) or _BARE_NUMBERED.match(block.text))
        and len(block.text.split()) <= 24 and (not _ends_complete(block.text) or bool(_CUT_SHORT.search(block.text)) or (
            block.text.endswith("?") and not _SENTENCE_INSIDE.search(block.text)))
    ) or (  # "This Rome hotel is booking out for 2026 — TravelSmart": a promoted headline and who placed it
        len(block.text.split()) <= 16 and bool(_SOURCED_HEADLINE.fullmatch(block.text))
    ) or (  # "Retire in Varna? What €300,000 really buys you": a teaser that asks and runs on with no stop
        len(block.text.split()) <= 16 and bool(_TEASER.fullmatch(block.text))
    ) or (  # "Partner insight | Steel for the ice age: low-carbon plate for Nordic yards"
        len(block.text.split()) <= 24 and bool(_LABELLED_HEADLINE.fullmatch(block.text))
    ) or (  # "7 of 9 — The Philippines after the shoal deal": a piece of the same series
        len(block.text.split()) <= 24 and bool(_SERIES_ENTRY.fullmatch(block.text))
        and not _SENTENCE_INSIDE.search(block.text)
    ) or (  # "Headline one  ·  Podcast: Headline two  ·  Data: Headline three"
        len(parts := re.split(r"\s+[·•|]\s+", block.text)) >= 3 and all(len(p.split()) <= 14 for p in parts)
    ) or (  # "Podcast — The Corridor, ep. 88: Can Lamu ever beat Mombasa?  ·  31 min listen"
        len(block.text.split()) <= 24 and bool(_TIMED_HEADLINE.fullmatch(block.text))
    )
    # (a long newsletter prompt after the last headline is no body)
    # (nor is the next numbered headline, however long)
    body_follows = following is not None and len(following.text.split()) >= _LONG_PROSE_WORDS and (
        _chrome_reason(following.text) is None) and not (
        (_NUMBERED.match(following.text) or _BARE_NUMBERED.match(following.text))
        and (not _ends_complete(following.text) or _CUT_SHORT.search(following.text)))
    return headline and not body_follows


# the unit writers belong to, on its own line under their names: "Andes & Southern Cone Programme"
_AFFILIATION = re.compile(
    r"(?-i:[A-Z])[\w’'&,. -]{0,60}\b(?:programme|program|desk|team|centre|center|institute|department|unit|initiative|"
    r"project|bureau)", re.I)


# a writer's role on its own line under the name: "Regional Affairs Correspondent, Northline"
_ROLE_LINE = re.compile(
    r"(?-i:[A-Z])[\w&’'-]*(?:\s+[\w&’'-]+){0,4}\s+(?:correspondent|editor|reporter|writer|columnist|journalist|fellow|"
    r"analyst|researcher|contributor|bureau chief)(?:\s*,\s*[^.!?,]{1,60})?", re.I)


# a writer's name with their desk and the agencies the story draws on: "Ann Lee, Varna bureau | STA, Reuters"
_CREDITED_NAME = re.compile(r"(?P<name>[^,|]{3,40}),\s*[^|]{2,60}\|\s*[^|]{2,60}")


def _is_bare_byline(blocks: list[_Block], index: int) -> bool:
    """A line of full names ('Ann Lee and Bo Chen', or 'Ann Lee, Varna bureau | STA, Reuters') right next to a date
    line."""
    text = blocks[index].text
    credited = _CREDITED_NAME.fullmatch(text)
    if not (_is_name_line(text) or (credited and len(text.split()) <= 16 and _is_name_line(credited["name"]))):
        return False
    neighbours = blocks[max(0, index - 1) : index] + blocks[index + 1 : index + 2]
    below = blocks[index + 1 : index + 2]
    if index + 2 < len(blocks) and (
            _is_name_line(blocks[index + 1].text) or _chrome_reason(blocks[index + 1].text) == "byline"
            or _ROLE_LINE.fullmatch(blocks[index + 1].text) or _AFFILIATION.fullmatch(blocks[index + 1].text)):
        neighbours.append(blocks[index + 2])  # "Ann Lee" / "Senior Fellow, Trade Programme" / "4 February 2026"
        below.append(blocks[index + 2])
    # ("Ann Lee and Bo Ek" right over "⤓ Download PDF  🖶 Print  Share: X | LinkedIn" or "Reading time: 9 minutes", or
    # with their unit between, "Transatlantic & Mediterranean Programme"; a label under that row, "KEY POINTS", is no
    # byline)
    return any(_is_date_line(b.text) or _is_dated_meta_row(b.text) for b in neighbours) or any(
        _heads_article_tools(b) for b in below)


def _heads_article_tools(block: _Block) -> bool:
    """Is the line the row of tools or the reading time a page sets under the article's head?"""
    reason = _chrome_reason(block.text) or (_cells_reason(block.cells) if block.cells else None)
    # ("⬇ Download PDF (1.4 MB, 16 pages)   🖨 Print   ❝ Cite   in LinkedIn": a row of the page's tools and networks)
    return reason in ("share buttons", "buttons", "reading time") or (
        reason == "link row" and bool(re.search(r"\b(?:download|print|cite|share)\b", block.text, re.I)))


def _is_name_over_bio(blocks: list[_Block], index: int) -> bool:
    """A writer's name over their bio, maybe with their role between: 'Ann Lee' / 'Diplomatic Correspondent' /
    'Ann covers foreign affairs for the Ledger.'"""
    if not _is_name_line(blocks[index].text):
        return False
    for below in blocks[index + 1 : index + 4]:
        if _chrome_reason(below.text) == "author bio":
            return True
        if not _is_name_line(below.text):
            return False
    return False


def _is_name_line(text: str) -> bool:
    """Only full names (or a role read as one) on the line: 'Ann Lee and Bo Chen'."""
    text = _chrome_text(text)
    return len(text.split()) <= 12 and bool(_BARE_NAMES.fullmatch(text))


def _is_dated_meta_row(text: str) -> bool:
    """'9 February 2026 · 14 min read': a row of page furniture that carries the date."""
    return _meta_row_reason(text) is not None and any(
        _is_date_line(segment) for segment in _META_SEPARATOR.split(text))


def _drop_site_header(kept: list[_Block], title_at: int, log: _Log) -> list[_Block]:
    """Short lines above the article title (and above any real paragraph) are
    the site's slogan, logo text or menu."""
    survivors = []
    for index, block in enumerate(kept):
        if index >= title_at or len(block.text.split()) >= _LONG_PROSE_WORDS:
            return survivors + kept[index:]
        if len(block.text.split()) < _TAGLINE_MAX_WORDS:
            log.drop("site header", block.text, block.origin)
        else:
            survivors.append(block)
    return survivors


# --------------------------------------------------------------------------
# Endnotes
# --------------------------------------------------------------------------

_NOTES_HEADING = re.compile(
    r"(?:end ?notes|notes|foot ?notes|references|sources|bibliography|works cited|"
    r"citations|sources and notes|notes and sources|notes and references|"
    # "Notes & sources", "Sources & notes", "Notes and further reading": two kinds of end matter under one heading
    r"(?:notes|sources|references|citations)\s*(?:&|and|\+)\s*(?:notes|sources|references|citations|further reading))\s*:?",
    re.I,
)
_NOTE_ITEM = re.compile(r"\[(?P<a>\d{1,3})\]\s*(?P<ta>.*)|(?P<b>\d{1,3})[.)]\s+(?P<tb>.*)")
_NOTE_CONTINUATION_MAX_WORDS = 30
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d{2}\b")


def _note_item(block: _Block) -> tuple[int, str] | None:
    if block.kind in ("bullet", "note") and block.number is not None:
        return block.number, block.text
    match = _NOTE_ITEM.fullmatch(block.text)
    if not match:
        return None
    if match["a"]:
        return int(match["a"]), match["ta"]
    return int(match["b"]), match["tb"]


def _continues_note(note_text: str, block: _Block) -> bool:
    """Is `block` the second line of a note that spans two lines?"""
    words = len(block.text.split())
    if block.kind == "heading" or words > 2 * _NOTE_CONTINUATION_MAX_WORDS:
        return False
    if _URL.search(block.text) or note_text.rstrip()[-1:] in ",;:&":
        return True
    return (
        words <= _NOTE_CONTINUATION_MAX_WORDS
        and _chrome_reason(block.text) is None
        and not _looks_like_heading(block.text)
    )


def _is_reference_line(block: _Block) -> bool:
    """An unnumbered entry of a reference list: a list item, a link or a dated citation."""
    if len(block.text.split()) > 60 or block.kind == "heading":
        return False
    return block.kind == "bullet" or bool(_URL.search(block.text) or _YEAR.search(block.text))


def _collect_notes(blocks: list[_Block], start: int, numbered_only: bool) -> tuple[list[Note], int, bool]:
    """Read note items from blocks[start:]; return the notes, the end index and
    whether they had to be numbered in order (an unnumbered list)."""
    items: list[tuple[int | None, str]] = []
    index = start
    while index < len(blocks):
        block = blocks[index]
        item = _note_item(block)
        if item:
            items.append(item)
        elif items and _continues_note(items[-1][1], block):
            number, text = items[-1]
            items[-1] = (number, f"{text} {block.text}")
        elif not numbered_only and _is_reference_line(block) and not (
                # (a list numbered "[1]", "[2]" ... takes no unnumbered line after a blank line: "Correction, 23 November
                # 2026: ..." under it is the page's, not a note)
                items and all(number is not None for number, _ in items) and not block.soft):
            items.append((None, block.text))
        else:
            break
        index += 1
    renumbered = any(number is None for number, _ in items)
    notes = [
        Note(position if renumbered else number, " ".join(text.split()))
        for position, (number, text) in enumerate(items, start=1)
        if text.strip()
    ]
    return notes, index, renumbered


def _extract_notes(blocks: list[_Block], log: _Log) -> tuple[list[_Block], list[Note]]:
    """Take notes sections (heading + items) and footnote definitions out of the body."""
    notes: list[Note] = []
    body: list[_Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        if block.kind == "note":
            notes.append(Note(block.number or len(notes) + 1, " ".join(block.text.split())))
            index += 1
            continue
        if block.kind != "bullet" and _NOTES_HEADING.fullmatch(_chrome_text(block.text)):
            found, end, renumbered = _collect_notes(blocks, index + 1, numbered_only=False)
            if found and all(len(n.text.split()) <= 4 and not re.search(r"\d", n.text) for n in found):
                found = []  # "Notes" closing a table of contents, then "1. Introduction": a heading, not a note
            if found:
                notes.extend(found)
                log.drop(f"notes heading ({len(found)} notes kept apart)", block.text, block.origin)
                if renumbered:
                    log.warnings.append(
                        f"The '{block.text}' list was not numbered, so its entries were "
                        f"numbered in order (1-{len(found)})."
                    )
                index = end
                continue
            rest = blocks[index + 1 :]
            if all(_chrome_reason(b.text) or _NOTES_HEADING.fullmatch(b.text) for b in rest):
                log.drop("empty notes heading", block.text, block.origin)
                index += 1
                continue
        body.append(block)
        index += 1
    return body, notes


_BRACKET_ITEM = re.compile(r"\[\d{1,3}\]\s")


def _trailing_notes(blocks: list[_Block]) -> tuple[list[_Block], list[Note]]:
    """A run of '[n] ...' lines at the very end is a notes list even without a heading; so is a run numbered
    [1], [2], [3] ... in order near the end, with a few short lines (a podcast plug, a sign-off) after it."""
    numbered = _numbered_note_run(blocks)
    if numbered is not None:
        start, end = numbered
        notes, _, _ = _collect_notes(blocks[start:end], 0, numbered_only=True)
        return blocks[:start] + blocks[end:], notes
    start = len(blocks)
    while start > 0 and (_BRACKET_ITEM.match(blocks[start - 1].text) or _URL.match(blocks[start - 1].text)):
        start -= 1
    while start < len(blocks) and not _BRACKET_ITEM.match(blocks[start].text):
        start += 1
    run = blocks[start:]
    items = [b for b in run if _BRACKET_ITEM.match(b.text)]
    if len(items) < 2 or any(len(b.text.split()) > 60 for b in run):
        return blocks, []
    notes, _, _ = _collect_notes(run, 0, numbered_only=True)
    return blocks[:start], notes


_TRAILING_AFTER_NOTES = 4  # short lines allowed after a numbered notes run
_TRAILING_AFTER_CITED_NOTES = 15  # ... or after a run that holds just the notes the text cites


def _numbered_note_run(blocks: list[_Block]) -> tuple[int, int] | None:
    """(start, end) of a run of at least three note lines numbered 1, 2, 3 ... in order, followed by at most a
    few short lines that end the document."""
    for start in range(len(blocks) - 1, max(-1, len(blocks) - 40), -1):
        if not blocks[start].text.startswith("[1]"):
            continue
        end, expected = start, 1
        while end < len(blocks) and blocks[end].text.startswith(f"[{expected}]") and len(blocks[end].text.split()) <= 60:
            end, expected = end + 1, expected + 1
        after = blocks[end:]
        if expected > 3 and len(after) <= _TRAILING_AFTER_NOTES and all(len(b.text.split()) <= 40 for b in after):
            return start, end
        # (more short lines may follow, a fact box or the writer's bio, when the run holds just the notes the text
        # cites, [1] to [3] for a text citing [1], [2] and [3], and nothing after it cites one)
        cited = {int(n) for b in blocks[:start] for n in _MARKER.findall(b.text)}
        if expected > 3 and len(after) <= _TRAILING_AFTER_CITED_NOTES and cited == set(range(1, expected)) and all(
                len(b.text.split()) <= 40 and not _MARKER.search(b.text) for b in after):
            return start, end
        return None
    return None


def _merge_notes(notes: list[Note], log: _Log) -> list[Note]:
    """Sorted by number; a number used twice keeps its first note."""
    merged: dict[int, Note] = {}
    for note in notes:
        if note.number in merged:
            log.warnings.append(f"Note {note.number} appears twice; the first one was kept.")
        else:
            merged[note.number] = note
    return [merged[number] for number in sorted(merged)]


# --------------------------------------------------------------------------
# Duplicates
# --------------------------------------------------------------------------

_DUPLICATE_MIN_WORDS = 4  # identical blocks at least this long are duplicates
_CONTAINED_MIN_WORDS = 10  # a block contained in another must be at least this long


_ANCHOR_WORDS = 5  # a contained paragraph is found through its first words


def _drop_duplicates(blocks: list[_Block], log: _Log, lines: bool = False) -> list[_Block]:
    """Drop repeated paragraphs, keeping the longest copy at its own position.

    A block goes if an earlier block has the same text, or if it is long enough and
    contained in a longer block. Containment is looked up through each block's first
    words, so the cost grows with the length of the document, not its square (a
    quotation mark or a bracket glued to a word does not hide it: a pull quote set
    apart without its quotation marks is found in the body's '"Kolvo is ...," she said').

    With ``lines`` (before hard-wrapped lines are rejoined) a line that belongs to a longer
    paragraph stays: judged alone, its copy could go and leave the rest of its paragraph
    behind as a fragment; the paragraphs are compared once rejoined.
    """
    keys = [_norm_key(b.text) for b in blocks]
    sizes = [len(key.split()) for key in keys]

    def joined(a: int, b: int) -> bool:  # b is the next physical line after a, and both are still there
        return 0 <= a and b < len(blocks) and blocks[b].soft and blocks[b].origin == blocks[a].origin + 1

    def wrapped(i: int) -> bool:
        return lines and (joined(i - 1, i) or joined(i, i + 1))

    eligible = [i for i, block in enumerate(blocks)
                if block.kind != "heading" and sizes[i] >= _DUPLICATE_MIN_WORDS and not wrapped(i)]
    dropped: set[int] = set()
    seen: set[str] = set()
    anchors: dict[str, list[int]] = {}

    def tokens(key: str) -> list[str]:  # the words, without the quotation marks or brackets that open them
        return [word.lstrip("\"'([«") for word in key.split()]

    for i in eligible:
        if keys[i] in seen:
            dropped.add(i)
        seen.add(keys[i])
        if sizes[i] >= _CONTAINED_MIN_WORDS:
            anchors.setdefault(" ".join(tokens(keys[i])[:_ANCHOR_WORDS]), []).append(i)
    for j in eligible:
        words = tokens(keys[j])
        for start in range(len(words) - _ANCHOR_WORDS + 1):
            for i in anchors.get(" ".join(words[start : start + _ANCHOR_WORDS]), ()):
                if i not in dropped and len(keys[i]) < len(keys[j]) and keys[i].rstrip(".!?…") in keys[j]:
                    dropped.add(i)
    for i in sorted(dropped):
        log.drop("duplicate paragraph", blocks[i].text, blocks[i].origin)
        # '"For the first time, a tonne of copper ... Durban."' / '— Chanda Mweemba, Transport Minister': a pull quote
        # that repeats a paragraph word for word goes as a duplicate, and the line under it naming the speaker with it
        if i + 1 < len(blocks) and i + 1 not in dropped and _PULL_QUOTE.fullmatch(blocks[i].text) \
                and _is_attribution(blocks[i], blocks[i + 1]):
            log.drop("pull quote", blocks[i + 1].text, blocks[i + 1].origin)
            dropped.add(i + 1)
    return [b for i, b in enumerate(blocks) if i not in dropped]


# (who said it may follow on the same line: '"Leverage is not autonomy." — Senior official, Varna, May 2025')
# ('> "Leverage is not autonomy."': marked as a block quote, as in an e-mail)
_PULL_QUOTE = re.compile(r"\s*(?:>\s*)?[❝“\"«]\s*(?P<text>[^❝❞“”\"«»]{10,600}?)\s*[❞”\"»]\s*(?:[—–]\s*[^.!?❝❞“”\"«»]{1,120})?")
# who said a pull quote, on the line under it: "— Ann Lee, Varna University", "Bo Ek, former trade minister"
_ATTRIBUTION = re.compile(rf"{_FULL_NAME}(?:\s*,\s*[^.!?,;:“”\"]{{1,60}}){{0,2}}")
_ATTRIBUTION_MAX_WORDS = 15
# the body may quote a pull quote inside its own sentence, without its opening words: '"Kolvo is a partner, not a
# patron."' set apart, 'he said Kolvo was "a partner, not a patron"' in the text
_QUOTE_LEAD_WORDS = 3
_QUOTE_MIN_WORDS = 8


def _is_attribution(quote: _Block, block: _Block) -> bool:
    """Is `block` the line right under a set-apart quotation that names who said it (a name and a role, no
    sentence): '— Ann Lee, Varna University' (a bullet, from its dash) or 'Ann Lee, Varna University'?"""
    return (
        block.origin == quote.last_origin + 1
        and (block.soft or block.kind == "bullet")
        and len(block.text.split()) <= _ATTRIBUTION_MAX_WORDS
        and bool(_ATTRIBUTION.fullmatch(block.text))
    )


def _drop_pull_quotes(blocks: list[_Block], log: _Log) -> list[_Block]:
    """Drop a quotation set apart from the text ("❝ Leverage is not autonomy. ❞") whose every sentence the
    article gives elsewhere (maybe inside a sentence of its own, without its first few words), with who said it: a
    pull quote repeats the body.

    The line under it naming the speaker ("— Ann Lee, Varna University") goes with it; under a quotation that
    stays, it is joined to the quotation. A subheading in quotation marks ('"A bridge too far"', no
    sentence in it) is no pull quote, though the body says the same words.
    """
    def words(text: str) -> str:
        return " ".join(re.findall(r"[\w’']+", text.casefold()))

    keys = [words(b.text) for b in blocks]

    def given_elsewhere(sentence: str, i: int) -> bool:  # the body gives the sentence, or all of it but its first words
        tokens = sentence.split()
        tails = [f" {' '.join(tokens[lead:])} " for lead in range(1, _QUOTE_LEAD_WORDS + 1)
                 if len(tokens) - lead >= _QUOTE_MIN_WORDS]
        return any(sentence in key or any(tail in f" {key} " for tail in tails) for j, key in enumerate(keys) if j != i)

    kept: list[_Block] = []
    quote, quote_dropped = None, False  # the set-apart quotation just before
    for i, block in enumerate(blocks):
        if quote is not None and (quote_dropped or quote.kind == "paragraph") and _is_attribution(quote, block):
            if quote_dropped:
                log.drop("pull quote", block.text, block.origin)
            else:
                quote.text, quote.last_origin = f"{quote.text} — {block.text}", block.origin
            quote = None
            continue
        quote = None
        m = _PULL_QUOTE.fullmatch(block.text)
        if m and block.kind == "heading" and block.text.lstrip()[:1] in "“\"" and not re.search(r"[.!?…]", m["text"]):
            m = None  # a quoted subheading
        if m:
            quote, quote_dropped = block, False
            sentences = [words(x) for x in re.split(r"(?<=[.!?])\s+", m["text"]) if len(x.split()) >= 3]
            if sentences and all(given_elsewhere(x, i) for x in sentences):
                log.drop("pull quote", block.text, block.origin)
                quote_dropped = True
                continue
        kept.append(block)
    return kept


# --------------------------------------------------------------------------
# Rejoin broken sentences, classify headings / paragraphs / bullets
# --------------------------------------------------------------------------

_LONG_PROSE_WORDS = 20  # an unfinished paragraph this long cannot be a heading
_LIST_ITEM_MAX_WORDS = 12
_LONE_FRAGMENT_WORDS = 4  # "inability", "and a": pieces of a sentence broken apart
_HEADING_MAX_CHARS = 200  # longer "headings" from markup are treated as paragraphs


def _as(block: _Block, kind: str) -> _Block:
    return _Block(block.text, kind, soft=block.soft, origin=block.origin, last_origin=block.origin, row=block.row,
                  label=block.label)


def _join(left: str, right: str) -> str:
    return left + right if _starts_with_continuation(right) else _join_words(left, right)


def _join_words(left: str, right: str) -> str:
    """Two lines of one paragraph: a space between them, or none when a line break hyphenated a word."""
    if _LINE_END_HYPHEN.search(left[-2:]) and right[:1].isalnum() and right.split(None, 1)[0] not in _SUSPENDED:
        return left + right if _keeps_hyphen(left, right) else left[:-1] + right
    return f"{left} {right}"


_LINE_END_HYPHEN = re.compile(r"[^\W_]-$")  # "intergovern-" / "mental": a word hyphenated at a line break
_SUSPENDED = frozenset("and or to nor".split())  # "pre- and post-war": the hyphen waits for a later word


def _keeps_hyphen(left: str, right: str) -> bool:
    """Is the hyphen ending `left` part of the words ('status-of-' / 'forces', 'long-' / 'term', '2024-' / '25',
    'pro-' / 'European'), rather than one a line break put in a word ('intergovern-' / 'mental', 'sur-' /
    'veillance')? A hyphen goes only inside one lowercase word that the word list knows better whole than split."""
    fragment = left.rsplit(None, 1)[-1][:-1].lstrip("“\"‘'([")
    word = re.match(r"[^\W\d_]+", right)
    if not word or "-" in fragment or not right[:1].islower() or not fragment.isalpha():
        return True
    return not _word_is_known_whole(fragment.casefold(), word.group().casefold())


@functools.lru_cache(maxsize=4096)
def _word_is_known_whole(head: str, tail: str) -> bool:
    """Does the word list know head+tail as one word, at least as well as the two pieces side by side (so
    'leadership' and 'pipeline' are words, 'longterm' and 'wellknown' are not)?"""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # no word list: keep the hyphen, which loses nothing
        return False
    whole = zipf_frequency(head + tail, "en")
    return whole > 0 and (whole >= zipf_frequency(f"{head}-{tail}", "en") or whole >= _COMMON_WORD_ZIPF)


_COMMON_WORD_ZIPF = 3.5  # a word this frequent ("pipeline", "breakthrough") is a word, whatever its pieces are


# "(NVVN), is the first ...", "(PAS) won": a line opening with a bracketed aside that the sentence runs on from
_BRACKET_RUN_ON = re.compile(r"\([^()]{1,40}\)(?:\s*[,;:]|\s+[a-z])")
# a line broken off mid-sentence: it ends in a lowercase word ("between the state-run", "and the") with no stop
_BROKEN_OFF = re.compile(r"(?:^|\s)[a-z][\w’'-]*$")
_BROKEN_OFF_MIN_WORDS = 8  # shorter lines ("Why the deal matters for the region") may be headings themselves
_BROKEN_OFF_MIN_WORDS_ITEM = 4  # (a listed item's first line, broken off, is shorter)


def _next_line(previous: _Block, block: _Block) -> bool:
    """Is `block` the very next physical line after `previous`, with no blank line between?"""
    return block.soft and block.origin == previous.origin + 1


def _heading_candidates(blocks: list[_Block]) -> list[bool]:
    """Heading-like lines whose sentence is not continued by the next block, nor broken off on the line above.

    A hard-wrapped paragraph can put a capitalised run of names on a line of its own ('... between the state-run' /
    'Kolvo Electricity Authority (KEA) and Varna Power' / '(VP), is the first ...'): that line is no heading.
    """
    def continued(index: int) -> bool:  # the next block finishes this line's sentence
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        return following is not None and following.kind == "line" and (
            _starts_lowercase(following.text) or _starts_with_continuation(following.text)
            or (_next_line(blocks[index], following) and bool(_BRACKET_RUN_ON.match(following.text))))

    heading_like = [block.kind == "line" and _looks_like_heading(block.text) and not (
        # "Q: What changed?" / "A: Almost everything.": an interview's question, answered in the text
        re.match(r"Q\s*[:.]\s", block.text) and index + 1 < len(blocks) and re.match(r"A\s*[:.]\s", blocks[index + 1].text))
        for index, block in enumerate(blocks)]
    ends_in_sentence = [heading_like[i] and continued(i) for i in range(len(blocks))]
    candidates = []
    for index, block in enumerate(blocks):
        # a long line broken off mid-sentence, straight above a heading-like line that a third line continues:
        # all three are one wrapped sentence (a list of dated events is not: nothing runs on from its lines)
        runs_on = (
            heading_like[index]
            and index + 1 < len(blocks)
            and ends_in_sentence[index + 1]
            and _next_line(block, blocks[index + 1])
            # (it may break off after a name, if it reads as a sentence with a clause, not as a title: 'But the most
            # ambitious project, a deep-water port at Fernão' / 'Dias on the north coast, at a cost of $800' / 'million')
            and (bool(_BROKEN_OFF.search(block.text[-40:])) or ("," in block.text and not _is_title_case(block.text)))
            and len(block.text.split(None, _BROKEN_OFF_MIN_WORDS)) >= _BROKEN_OFF_MIN_WORDS
        )
        candidates.append(heading_like[index] and not ends_in_sentence[index] and not runs_on
                          and not _wrapped_prose_line(blocks, heading_like, index))
    return candidates


_RUN_ON_SENTENCE_END_WORDS = 6  # the words a wrapped line's sentence may take on the next line before its full stop
_WRAP_WIDTH_SHARE = 0.8  # a line at least this long, next to the next line of a hard-wrapped paragraph, is one of its lines


def _wrapped_prose_line(blocks: list[_Block], heading_like: list[bool], index: int) -> bool:
    """Is the heading-like line at `index` a line of a hard-wrapped paragraph?

    * The line above runs straight on into it, broken off mid-sentence: it ends in a word no sentence ends on
      ('... financing agreement for the' / 'Lüderitz Green Port project, combining a ...'), or it is prose (no
      heading-like line itself) ending in a lowercase word with no stop.  (Lines of a list of events can end in
      lowercase words: they are heading-like themselves.)
    * Or it runs straight on into a line of prose broken off mid-sentence, and is about as long as that line, as
      the lines of a wrapped paragraph are ('The US delegation, led by Ann Lee, a deputy secretary in the State' /
      'Department's Bureau of Energy Resources, is offering what officials describe as a').  A short subheading
      set right above its paragraph is no such line.
    * Or it is a long line in sentence case broken off mid-sentence (it ends in a lowercase word with no stop) that
      runs straight on into a paragraph whose first sentence ends within a few words, finishing its own ('That last
      line was aimed, officials say, at Kolvo, which has courted several eastern' / 'Balkan governments with loans.
      There is no sign ...'): a subheading runs on into a whole sentence ('It began in 2019. ...').
    """
    block = blocks[index]
    if index > 0 and blocks[index - 1].kind != "heading" and _next_line(blocks[index - 1], block):
        above = blocks[index - 1].text
        broken = _BROKEN_OFF.search(above[-40:])
        # ("• Maritime surveillance centre in Mindelo, two" / "42-metre patrol vessels from Portugal": a listed item's
        # second line; items are short)
        least = _BROKEN_OFF_MIN_WORDS_ITEM if blocks[index - 1].kind == "bullet" else _BROKEN_OFF_MIN_WORDS
        if broken and len(above.split(None, least)) >= least and (
                above.split()[-1].casefold() in _SMALL_WORDS | _UNFINISHED_END or not heading_like[index - 1]):
            return True
    if index + 1 >= len(blocks) or len(block.text.split(None, _BROKEN_OFF_MIN_WORDS)) < _BROKEN_OFF_MIN_WORDS:
        return False
    below = blocks[index + 1]
    if below.kind == "line" and _next_line(block, below) and _BROKEN_OFF.search(block.text[-40:]) and (
            len(below.text.split(None, _LONG_PROSE_WORDS)) >= _LONG_PROSE_WORDS) and not _is_title_case(block.text) and (
            not _SENTENCE_OPENER.match(below.text)):  # ("... for the fishermen" / "It began in 2019. ...": a new sentence)
        first = _split_sentences(below.text[:400])[0]
        if len(first.split()) <= _RUN_ON_SENTENCE_END_WORDS and first.endswith("."):
            return True
    return (
        below.kind == "line"
        and _next_line(block, below)
        and not heading_like[index + 1]
        and len(below.text.split(None, _BROKEN_OFF_MIN_WORDS)) >= _BROKEN_OFF_MIN_WORDS
        and bool(_BROKEN_OFF.search(below.text[-40:]))
        and len(block.text) >= _WRAP_WIDTH_SHARE * len(below.text)
    )


def _continues(previous: _Block, block: _Block, candidate: bool) -> bool:
    """Is `block` the rest of the sentence that `previous` left unfinished?"""
    if block.kind in ("heading", "bullet") or previous.kind not in ("paragraph", "bullet") or previous.row:
        return False  # (a table's row is whole: the note under a table does not run on from its last row)
    if _starts_with_continuation(block.text):
        return True
    wrapped = block.soft and block.origin == previous.last_origin + 1  # the next physical line
    if wrapped and _starts_lowercase(block.text) and _OPEN_END.search(previous.text[-40:]):
        return True  # "... Finance Corporation (DFC)" / "is lending $350 million": a line wrapped after a bracket or colon
    if _ends_complete(previous.text):
        return False
    if _starts_lowercase(block.text):
        return True
    if block.after_byline:
        return False  # a standfirst, a byline, then the first paragraph
    long_prose = previous.kind == "paragraph" and len(previous.text.split(None, _LONG_PROSE_WORDS)) >= _LONG_PROSE_WORDS
    if candidate:
        return wrapped and long_prose
    lone_fragment = previous.kind == "paragraph" and len(block.text.split()) <= _LONE_FRAGMENT_WORDS
    if long_prose and not wrapped and _SENTENCE_OPENER.match(block.text):
        return False  # a standfirst with no full stop, then (after a byline) "When the first ...": a new sentence
    return wrapped or long_prose or lone_fragment


# capitalised words that open a sentence rather than continue one broken off before them
_SENTENCE_OPENER = re.compile(
    r"(?:The|A|An|When|While|After|Before|As|If|Since|Although|Though|During|This|These|Those|It|He|She|They|We|"
    r"But|Yet|However|Meanwhile|Still|There|Here|What|Why|How|Who)\s", re.UNICODE)


# "followed in 2021.10 Abidjan responded", "trade with the UAE.6" (ending the paragraph): a note number glued after
# the full stop of a sentence ending in a year or a word, before the next sentence; "3.5 billion", "rose 2.10
# percent", "No.6" and addresses ("site.example.10") are not notes
_GLUED_NOTE = re.compile(
    r"(?<![\w.,/@-])((?:1[5-9]|20)\d\d|[^\W\d_]{2,})([’'”\")]?)\.([1-9]\d{0,2})(?=[\s\x1e]+[“\"‘(]?[A-Z]|\s*$)")


def _mark_glued_notes(items: list[_Block]) -> list[_Block]:
    def mark(m: re.Match[str]) -> str:
        if m[1].casefold() in _ABBREVIATIONS:
            return m.group()
        return f"{m[1]}{m[2]}.[{m[3]}]"

    for item in items:
        if item.kind != "heading" and "." in item.text:
            item.text = _GLUED_NOTE.sub(mark, item.text)
    return items


def _drop_wrapped_chrome(items: list[_Block], log: _Log) -> list[_Block]:
    """Chrome hard-wrapped over several lines ("Our editors' pick of the week's best analysis, / delivered every
    Sunday.") is only recognisable once its lines are rejoined."""
    kept = []
    for item in items:
        reason = _chrome_reason(item.text) if item.last_origin != item.origin else None
        if reason:
            log.drop(reason, item.text, item.origin)
        else:
            kept.append(item)
    return kept


def _heading_has_body(blocks: list[_Block], candidates: list[bool], index: int) -> bool:
    """Is the heading candidate at `index` directly followed by body text, or by a box of facts and then body text
    (a box set between a subheading and its text)?"""
    after = index + 1
    if after < len(blocks) and blocks[after].label:
        after += 1
        while after < len(blocks) and blocks[after].kind == "bullet":
            after += 1
    if after >= len(blocks) or blocks[after].kind == "heading":
        return False
    return not candidates[after]


def _runs_reaching_body(blocks: list[_Block], candidates: list[bool]) -> list[bool]:
    """For each index: does a run of heading-like lines starting there end in body text (rather than at a heading
    or the end)?  Worked out in one pass from the end, so a long run of such lines costs no more than a short one."""
    reaches = [False] * len(blocks)
    for index in range(len(blocks) - 2, -1, -1):
        later = index + 1
        reaches[index] = blocks[later].kind != "heading" and (not candidates[later] or reaches[later])
    return reaches


def _classify(blocks: list[_Block], log: _Log) -> list[_Block]:
    """Rejoin broken sentences; label every block heading, paragraph or bullet."""
    candidates = _heading_candidates(blocks)
    reaches_body = _runs_reaching_body(blocks, candidates)
    items: list[_Block] = []
    in_list = False
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        previous = items[-1] if items else None
        if previous and _continues(previous, block, candidates[index]):
            previous.text = _join(previous.text, block.text)
            previous.last_origin = block.origin
            continue
        if block.kind == "heading" and len(block.text) > _HEADING_MAX_CHARS:
            block.kind = "line"  # markup said heading, but this is a paragraph
        if block.kind in ("heading", "bullet"):
            items.append(_as(block, block.kind))
            in_list = in_list and block.kind == "bullet"
            continue
        has_body = _heading_has_body(blocks, candidates, index)
        # short lines after "...the following:" are list items, unless one heads a new section
        starts_list = previous is not None and previous.kind == "paragraph" and previous.text.endswith(":")
        in_list = (
            (in_list or starts_list)
            and len(block.text.split()) <= _LIST_ITEM_MAX_WORDS
            and (block.soft or not _ends_complete(block.text))
        )
        heads_section = candidates[index] and has_body and following is not None and (
            len(following.text.split()) >= _LONG_PROSE_WORDS
        )
        if in_list and not heads_section:
            items.append(_as(block, "bullet"))
            continue
        in_list = False
        if not candidates[index]:
            items.append(_as(block, "paragraph"))
        elif has_body:
            items.append(_as(block, "heading"))
        elif reaches_body[index] or not _is_title_case(block.text):
            items.append(_as(block, "paragraph"))  # a title above its subtitle; a last line
        else:  # Title Case lines after the end of the text: promos, site sections
            log.drop("heading with no text under it", block.text, block.origin)
    return items


# --------------------------------------------------------------------------
# Passages
# --------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?…][”\"’)\]]*(?:\[\d{1,3}\])*(?=\s+[“\"‘(\[]?[A-Z0-9])")


def _split_sentences(text: str) -> list[str]:
    sentences: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        token = text[text.rfind(" ", 0, match.end()) + 1 : match.end()]
        bare = re.sub(r"(?:\[\d+\])+$", "", token).strip("“\"‘(”’)")
        if re.fullmatch(r"(?:[A-Za-z]\.){2,}|[A-Z]\.", bare) or bare[:-1].casefold() in _ABBREVIATIONS:
            continue  # U.S., e.g., J., Mr.
        sentences.append(text[start:match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        sentences.append(tail)
    return sentences


def _unbreak(text: str) -> str:
    return text.replace(BREAK, " ")


def _split_long(text: str) -> list[str]:
    """Split a very long paragraph into readable chunks of whole sentences.

    A chunk ends where the capture lost a paragraph break (BREAK) once it has
    ~200 characters, or before it would grow past ~900 characters.
    """
    if len(_unbreak(text)) <= LONG_PARAGRAPH:
        return [text]
    chunks: list[str] = []
    current = ""
    for index, piece in enumerate(text.split(BREAK)):
        for position, sentence in enumerate(_split_sentences(piece.strip())):
            after_break = index > 0 and position == 0
            too_long = len(current) >= CHUNK_MIN and len(current) + 1 + len(sentence) > CHUNK_MAX
            if current and (too_long or (after_break and len(current) >= CHUNK_MIN // 2)):
                chunks.append(current)
                current = ""
            current = f"{current} {sentence}" if current else sentence
    if chunks and len(current) < CHUNK_MIN // 2:
        chunks[-1] = f"{chunks[-1]} {current}"
    elif current:
        chunks.append(current)
    return chunks


# the label of a box of bullet points set above the article: "KEY POINTS", "Key takeaways", "At a glance"
_SUMMARY_BOX_LABEL = re.compile(
    r"(?:key|main) (?:points|takeaways|facts|findings)|takeaways|at a glance|in brief|in short|highlights|"
    r"the (?:essentials|short version)|(?:what|things) (?:you need|to know)(?: to know)?|quick (?:facts|read)", re.I)


def _build_passages(items: list[_Block], log: _Log) -> list[tuple[str, str, str]]:
    """(text, section, kind) for every passage; headings with no text are dropped.  The label of a box of bullet
    points ('KEY POINTS') heads its bullets only: the paragraph after them opens the article, under no heading.
    So does the label of a box of facts ('ELBONIA IN NUMBERS'): the text after the box goes on under the heading
    it had before it."""
    passages: list[tuple[str, str, str]] = []
    heading: _Block | None = None
    heading_used = True
    previous_kind = ""
    outer: _Block | None = None  # the heading above a box of facts (the box may sit between a subheading and its text)
    outer_used = True

    def unused(block: _Block | None, used: bool) -> None:
        if block and not used:
            log.drop("heading with no text under it", block.text, block.origin)

    for item in items:
        if item.kind == "heading":
            if not item.label:
                unused(heading, heading_used)
                unused(outer, outer_used or not (heading and heading.label))
                outer, outer_used = None, True
            elif not (heading and heading.label):  # (a second box right after the first keeps the heading above both)
                outer, outer_used = heading, heading_used
            heading, heading_used, previous_kind = item, False, ""
            continue
        if heading and previous_kind == "bullet" and item.kind != "bullet" and heading.label:
            heading, heading_used, outer, outer_used = outer, outer_used, None, True
        elif heading and previous_kind == "bullet" and item.kind != "bullet" and _SUMMARY_BOX_LABEL.fullmatch(
                _chrome_text(_unbreak(heading.text)).rstrip(":")):
            heading = None
        heading_used, previous_kind = True, item.kind
        section = _unbreak(heading.text) if heading else ""
        for chunk in _split_long(item.text):
            passages.append((_unbreak(chunk), section, item.kind))
    unused(heading, heading_used)
    unused(outer, outer_used or not (heading and heading.label))
    return passages


def _assemble(parts: list[tuple[str, str, str]]) -> tuple[str, list[Passage]]:
    passages: list[Passage] = []
    offset = 0
    for ordinal, (text, section, kind) in enumerate(parts, start=1):
        if ordinal > 1:
            offset += 2  # the "\n\n" separator
        passages.append(Passage(ordinal, text, offset, offset + len(text), section, kind))
        offset += len(text)
    return "\n\n".join(text for text, _, _ in parts), passages


# --------------------------------------------------------------------------
# Warnings
# --------------------------------------------------------------------------


_FACT_MAX_WORDS = 16  # a line of a key-figures box is short: a label, a figure


def _add_warnings(text: str, passages: list[Passage], notes: list[Note], log: _Log) -> None:
    last = passages[-1].text
    # (a list of short facts under its heading ends the article: "Tankers struck off the register: 41" is no cut; a
    # fact may close on a bracket, "Estimated total cost: $24.5bn (all components)")
    # ("Parties: Elbonian Ministry of Finance; Kolvo Export Bank; ... (via its local arm)": one or two of them may run
    # longer, as a box whose label says so allows)
    listed = [p for p in passages if p.section and p.section == passages[-1].section]
    facts = len(listed) >= 3 and all((not _ends_complete(p.text) or p.text.endswith(")"))
                                     and len(p.text.split()) <= _BOX_BULLET_MAX_WORDS for p in listed) and (
        2 * sum(len(p.text.split()) > _FACT_MAX_WORDS for p in listed) < len(listed))
    cut = not _ends_complete(last) and not facts
    if log.paywall or (log.metered and cut):  # (a meter under a text cut off mid-sentence is a paywall's, too)
        log.warnings.append(
            "This capture contains a paywall or membership prompt, so the article is probably incomplete."
        )
    if cut:
        log.warnings.append(
            f"The text ends mid-sentence ({_quote(last[-40:], 40)}); the capture may be cut off."
        )
    cited = sorted({number for _, _, number in note_markers(text)})
    if cited and not notes:
        log.warnings.append(
            f"The text cites numbered notes [{cited[0]}]-[{cited[-1]}] but no notes list was found, "
            "so the markers cannot be linked."
        )
    elif cited:
        missing = [n for n in cited if n not in {note.number for note in notes}]
        if missing:
            log.warnings.append(f"No note text was found for markers {', '.join(f'[{n}]' for n in missing)}.")


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def note_markers(text: str) -> list[tuple[int, int, int]]:
    """(start, end, number) for every inline note marker such as "[10]"."""
    return [(m.start(), m.end(), int(m.group(1))) for m in _MARKER.finditer(text)]


def clean(raw: str, fmt: str = "txt", title: str | None = None) -> CleanedDocument:
    """Clean a captured article into passages (see the module docstring)."""
    fmt = (fmt or "txt").lower().lstrip(".")
    fmt = {"htm": "html", "markdown": "md", "text": "txt"}.get(fmt, fmt)
    if fmt not in FORMATS:
        raise IngestError(f"Unsupported format '{fmt}': upload a .txt, .md or .html file.")
    raw = raw.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    raw = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", raw)  # control characters (also frees BREAK)
    if not _normalise_spaces(raw):
        raise IngestError(EMPTY_MESSAGE)

    log = _Log()
    front_end = {"txt": _blocks_from_txt, "md": _blocks_from_md, "html": _blocks_from_html}[fmt]
    blocks = []
    vanished = False  # the line above held only markup ('<div class="newsletter-box">'): it parts blocks like a blank line
    for origin, block in enumerate(front_end(raw, log)):
        block.origin = block.last_origin = origin
        block.text = _clean_inline(block.text, log, origin)
        block.soft = block.soft and not vanished
        vanished = not block.text
        if block.text:
            blocks.append(block)

    blocks, notes = _extract_notes(blocks, log)
    blocks = _drop_chrome(blocks, title, log)
    blocks, trailing = _trailing_notes(blocks)
    notes = _merge_notes(notes + trailing, log)
    blocks = _drop_duplicates(blocks, log, lines=True)
    items = _mark_glued_notes(_classify(blocks, log))
    items = _drop_pull_quotes(_drop_duplicates(_drop_wrapped_chrome(items, log), log), log)
    parts = _build_passages(items, log)
    if not parts:
        raise IngestError(ALL_CHROME_MESSAGE)
    if not any(re.search(r"[^\W\d_]", text) for text, *_ in parts):
        raise IngestError(NO_WORDS_MESSAGE)  # ",.,.,.", "12345 67890": nothing a reader could learn from

    text, passages = _assemble(parts)
    _add_warnings(text, passages, notes, log)
    return CleanedDocument(text, passages, notes, log.removed, log.warnings)
