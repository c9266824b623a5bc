"""Question exports: Anki decks, Moodle GIFT and Moodle XML, CSV and JSON, and quizzes on paper.

The writers (`to_json`, `to_csv`, `to_gift`, `to_moodle_xml`, `to_apkg`) take a list of plain
`ExportQuestion` records and return text or bytes; `collect()` builds the records from questions
and `export()` chooses the questions for a format, so a command and a view share one path.

Which questions
  JSON and CSV are the whole bank: every status (the `status` field says which), in id order.
  GIFT, Moodle XML and Anki carry live questions only (published or approved: never pending,
  rejected or stale). Each question is filed under one lesson: the lesson asked for, or else the
  first lesson in course order that teaches it, so a question taught by several lessons appears
  once (an Anki note can live in one deck only); questions outside every lesson are left out.

Moodle question types (core types only, so any Moodle imports them without plugins)
  cloze      shortanswer: the answer and each accepted alternative score 100%, case ignored;
             a literal * is written \\* because Moodle reads * as a wildcard.
  mcq        multichoice, one right answer, options shuffled by Moodle.
  partner    multichoice, the same.
  truefalse  truefalse.
  matching   matching: each person or thing (left) to what the source says (right).
  timeline   matching: each event to its position, "1st", "2nd", … Core Moodle has no ordering
             question ("ordering" is a plugin), and matching gives partial credit per event in
             its place, which is how Briefing grades a timeline.
  Every question's text opens with the line students see above it on the site, "From <title> ·
  <publisher>", and its general feedback holds the explanation and the citation: source title,
  publisher, date, passage number and a link to the passage.

Escaping
  Texts that Moodle shows as rich text (question, options, feedback, the left side of a match)
  are written as HTML ([html] in GIFT, format="html" in XML) with < > & escaped, so that
  nothing in a source can become markup. GIFT escapes \\ ~ = # { } : with a backslash and writes
  a line break as \\n, as Moodle's own GIFT export does. A `$CATEGORY:` line is not unescaped by
  Moodle, so a lesson title is written there as it is, with / doubled (Moodle's separator) and
  backslashes and line breaks removed. Characters XML 1.0 forbids are dropped everywhere.

Anki
  One note type, "Briefing question", with a fixed id; one deck per lesson, "Briefing::<lesson>",
  its id a hash of the lesson's slug; each note's guid comes from the question's id, so importing
  a newer export updates the notes already imported and keeps the student's scheduling. The
  package's timestamp is that of the newest question version in it, so the same questions give
  the same file, ids and all, on every run and every machine.

CSV
  One row per question with the JSON fields (the passage flattened into passage_source,
  passage_ordinal and passage_text). A list is one item per line and a matching pair is
  "left = right", as in the question editor. A text cell that begins with = + - or @ gets a
  leading apostrophe, so that a spreadsheet shows it as text rather than running it as a formula.
  A downloaded CSV starts with a byte-order mark, which spreadsheets need to read UTF-8.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import itertools
import json
import re
import sqlite3
import string
import tempfile
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from xml.etree import ElementTree as ET

import genanki
from django.conf import settings

from briefing.models import Lesson
from quizzes.attempts import (
    draw_with_options,  # the same draw and option order as an online quiz
)
from quizzes.models import Question

CATEGORY_ROOT = "Briefing"
OTHER = "Other questions"

# ---------------------------------------------------------------------------
# Plain data
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceCitation:
    title: str
    publisher: str
    date: str
    passage: int
    url: str

    @property
    def html(self) -> str:
        by = f"{_html(self.publisher)}, " if self.publisher else ""
        return f'Source: <cite>{_html(self.title)}</cite> ({by}{_html(self.date)}), <a href="{html.escape(_clean(self.url))}">passage {self.passage}</a>'


@dataclass(frozen=True)
class LessonRef:
    slug: str
    title: str
    order: int = 0


@dataclass(frozen=True)
class ExportQuestion:
    """One question as it is exported: its current version, where it comes from, where it is filed."""

    id: int
    version: int
    type: str
    status: str
    stem: str
    answer: object
    options: list
    accepted: list
    explanation: str
    score: float
    lessons: list[str]
    topics: list[str]
    passage_source: str
    passage_ordinal: int
    passage_text: str
    answer_start: int
    answer_end: int
    citation: SourceCitation
    filed_under: LessonRef | None = None
    changed_at: datetime | None = None

    def as_json(self) -> dict:
        """The documented JSON shape of `manage.py export_questions --format json`."""
        return {
            "id": self.id,
            "version": self.version,
            "type": self.type,
            "status": self.status,
            "stem": self.stem,
            "answer": self.answer,
            "options": self.options,
            "accepted": self.accepted,
            "explanation": self.explanation,
            "score": self.score,
            "lessons": self.lessons,
            "topics": self.topics,
            "passage": {"source": self.passage_source, "ordinal": self.passage_ordinal, "text": self.passage_text},
            "answer_start": self.answer_start,
            "answer_end": self.answer_end,
        }


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _clean(text) -> str:
    """Text with Windows and old-Mac line breaks made \\n and the characters XML 1.0 forbids dropped."""
    return _NOT_XML.sub("", str(text).replace("\r\n", "\n").replace("\r", "\n"))


def _html(text) -> str:
    """Plain text as HTML: escaped, line breaks kept; a leading [ is written as an entity, because
    Moodle's GIFT reader takes "[name]" at the start of a text for a format marker."""
    escaped = html.escape(_clean(text), quote=False).replace("\n", "<br>")
    return "&#91;" + escaped[1:] if escaped.startswith("[") else escaped


def _pairs(answer) -> list[tuple[str, str]]:
    return [(str(left), str(right)) for left, right in answer]


def ordinal(n: int) -> str:
    """1st, 2nd, 3rd, 4th … 11th, 12th, 13th … 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _question_html(q: ExportQuestion) -> str:
    """The question as students see it on the site: the line naming its article, then the question."""
    by = f" · {_html(q.citation.publisher)}" if q.citation.publisher else ""
    return f'<p class="source">From <cite>{_html(q.citation.title)}</cite>{by}</p><p>{_html(q.stem)}</p>'


def _feedback_html(q: ExportQuestion) -> str:
    return f"{_html(q.explanation)}<br>{q.citation.html}"


def _by_lesson(items: Iterable[ExportQuestion]) -> list[tuple[LessonRef | None, list[ExportQuestion]]]:
    """Questions grouped by the lesson they are filed under, lessons in course order, then by id."""
    groups: dict[LessonRef | None, list[ExportQuestion]] = {}
    for q in items:
        groups.setdefault(q.filed_under, []).append(q)
    order = sorted(groups, key=lambda ref: (ref is None, ref.order if ref else 0, ref.title if ref else ""))
    return [(ref, sorted(groups[ref], key=lambda q: q.id)) for ref in order]


def _category_path(ref: LessonRef | None) -> str:
    name = " ".join((ref.title if ref else OTHER).replace("\\", "").split())
    return f"$course$/top/{CATEGORY_ROOT}/{name.replace('/', '//')}"


def _name(q: ExportQuestion) -> str:
    stem = " ".join(_clean(q.stem).split())
    return f"Q{q.id} {stem[:60]}{'…' if len(stem) > 60 else ''}"


# ---------------------------------------------------------------------------
# JSON and CSV
# ---------------------------------------------------------------------------


def to_json(items: Iterable[ExportQuestion]) -> str:
    return json.dumps([q.as_json() for q in items], ensure_ascii=False, indent=2)


CSV_COLUMNS = ["id", "version", "type", "status", "stem", "answer", "options", "accepted", "explanation", "score",
               "lessons", "topics", "passage_source", "passage_ordinal", "passage_text", "answer_start", "answer_end"]  # fmt: skip
_FORMULA_START = ("=", "+", "-", "@")


def _csv_cell(value):
    if isinstance(value, list):
        value = "\n".join(" = ".join(map(str, item)) if isinstance(item, list) else str(item) for item in value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        value = "'" + value
    return value


def to_csv(items: Iterable[ExportQuestion]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for q in items:
        data = q.as_json()
        passage = data.pop("passage")
        data |= {"passage_source": passage["source"], "passage_ordinal": passage["ordinal"], "passage_text": passage["text"]}
        writer.writerow([_csv_cell(data[column]) for column in CSV_COLUMNS])
    return out.getvalue()


# ---------------------------------------------------------------------------
# Moodle GIFT
# ---------------------------------------------------------------------------

_GIFT_ESCAPES = str.maketrans({"\\": "\\\\", "~": "\\~", "=": "\\=", "#": "\\#", "{": "\\{", "}": "\\}", ":": "\\:", "\n": "\\n"})


def gift_escape(text) -> str:
    return _clean(text).translate(_GIFT_ESCAPES)


def _gift_html(text) -> str:
    return gift_escape(_html(text))


def _shortanswer(text) -> str:
    """A short answer as Moodle compares it: plain text, with * made literal."""
    return " ".join(_clean(text).split()).replace("*", "\\*")


def _gift_question(q: ExportQuestion) -> str:
    head = f"::{gift_escape(_name(q))}::[html]{gift_escape(_question_html(q))}"
    feedback = f"\t####{gift_escape(_feedback_html(q))}\n"
    if q.type == "truefalse":
        return f"{head}{{{'TRUE' if q.answer == 'True' else 'FALSE'}\n{feedback}}}"
    if q.type == "cloze":
        answers = "".join(f"\t=%100%{gift_escape(_shortanswer(a))}\n" for a in _distinct([q.answer, *q.accepted]))
    elif q.type in ("mcq", "partner"):
        answers = "".join(f"\t={_gift_html(o)}\n" if o == q.answer else f"\t~%0%{_gift_html(o)}\n" for o in q.options)
    else:
        pairs = _pairs(q.answer) if q.type == "matching" else [(event, ordinal(n)) for n, event in enumerate(q.answer, 1)]
        answers = "".join(f"\t={_gift_html(left)} -> {gift_escape(' '.join(_clean(right).split()))}\n" for left, right in pairs)
    return f"{head}{{\n{answers}{feedback}}}"


def _distinct(texts: Iterable[str]) -> list[str]:
    seen: dict[str, str] = {}
    for text in texts:
        seen.setdefault(" ".join(_clean(text).split()).casefold(), text)
    return list(seen.values())


def to_gift(items: Iterable[ExportQuestion]) -> str:
    """Questions separated by blank lines, each lesson's after its `$CATEGORY:` line."""
    blocks = ["// Questions from Briefing: each names its article above the question and cites its passage in its feedback."]
    for ref, questions in _by_lesson(items):
        blocks.append(f"$CATEGORY: {_category_path(ref)}")
        for q in questions:
            blocks.append(f"// {q.type} question {q.id}, version {q.version}\n{_gift_question(q)}")
    return "\n\n".join(blocks) + "\n"


# ---------------------------------------------------------------------------
# Moodle XML
# ---------------------------------------------------------------------------


def _text(parent: ET.Element, tag: str, text: str, **attrs) -> ET.Element:
    element = ET.SubElement(parent, tag, attrs)
    ET.SubElement(element, "text").text = text
    return element


def _xml_question(quiz: ET.Element, q: ExportQuestion) -> None:
    kind = {"cloze": "shortanswer", "mcq": "multichoice", "partner": "multichoice", "truefalse": "truefalse"}.get(q.type, "matching")
    question = ET.SubElement(quiz, "question", type=kind)
    _text(question, "name", _clean(_name(q)))
    _text(question, "questiontext", _question_html(q), format="html")
    _text(question, "generalfeedback", _feedback_html(q), format="html")
    ET.SubElement(question, "defaultgrade").text = "1"
    ET.SubElement(question, "penalty").text = "1" if kind == "truefalse" else "0.3333333"
    ET.SubElement(question, "hidden").text = "0"
    ET.SubElement(question, "idnumber").text = f"briefing-{q.id}"
    if kind == "truefalse":
        for value in ("true", "false"):
            right = (value == "true") == (q.answer == "True")
            _text(question, "answer", value, fraction="100" if right else "0", format="moodle_auto_format")
        return
    if kind == "shortanswer":
        ET.SubElement(question, "usecase").text = "0"
        for text in _distinct([q.answer, *q.accepted]):
            _text(question, "answer", _shortanswer(text), fraction="100", format="moodle_auto_format")
        return
    for tag in ("correctfeedback", "partiallycorrectfeedback", "incorrectfeedback"):
        _text(question, tag, "", format="html")
    ET.SubElement(question, "shuffleanswers").text = "true"
    if kind == "multichoice":
        ET.SubElement(question, "single").text = "true"
        ET.SubElement(question, "answernumbering").text = "abc"
        for option in q.options:
            _text(question, "answer", _html(option), fraction="100" if option == q.answer else "0", format="html")
        return
    pairs = _pairs(q.answer) if q.type == "matching" else [(event, ordinal(n)) for n, event in enumerate(q.answer, 1)]
    for left, right in pairs:
        sub = _text(question, "subquestion", _html(left), format="html")
        _text(sub, "answer", " ".join(_clean(right).split()))


def to_moodle_xml(items: Iterable[ExportQuestion]) -> str:
    quiz = ET.Element("quiz")
    for ref, questions in _by_lesson(items):
        category = ET.SubElement(quiz, "question", type="category")
        _text(category, "category", _category_path(ref))
        _text(category, "info", "", format="html")
        for q in questions:
            _xml_question(quiz, q)
    ET.indent(quiz)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(quiz, encoding="unicode") + "\n"


# ---------------------------------------------------------------------------
# Anki
# ---------------------------------------------------------------------------

ANKI_MODEL_ID = 1_739_204_518  # fixed forever: Anki matches the note type of a re-import by it
ANKI_EMPTY_TIMESTAMP = 1_700_000_000.0
ANKI_CSS = """.card { font-family: system-ui, sans-serif; font-size: 20px; line-height: 1.5; text-align: left; max-width: 40em; margin: 0 auto; }
.answer { font-weight: 700; }
.explanation { margin-top: 0.8em; }
.source { margin-top: 0.8em; font-size: 0.8em; opacity: 0.8; }
"""
ANKI_MODEL = genanki.Model(
    ANKI_MODEL_ID,
    "Briefing question",
    fields=[{"name": "Question"}, {"name": "Answer"}, {"name": "Explanation"}, {"name": "Source"}],
    templates=[{
        "name": "Recall",
        "qfmt": '<div class="question">{{Question}}</div>',
        "afmt": '{{FrontSide}}<hr id="answer"><div class="answer">{{Answer}}</div>'
                '<div class="explanation">{{Explanation}}</div><div class="source">{{Source}}</div>',
    }],
    css=ANKI_CSS,
)  # fmt: skip


def anki_deck_id(slug: str) -> int:
    """A deck id from the lesson's slug: the same on every run and machine, in genanki's range."""
    digest = hashlib.sha256(f"briefing-lesson:{slug}".encode()).digest()
    return (1 << 30) + int.from_bytes(digest[:4], "big") % (1 << 30)


def anki_guid(question_id: int) -> str:
    return genanki.guid_for("briefing-question", question_id)


def _anki_front(q: ExportQuestion) -> str:
    front = _question_html(q)
    if q.type in ("mcq", "partner", "timeline"):
        front += '<ol type="A">' + "".join(f"<li>{_html(o)}</li>" for o in q.options) + "</ol>"
    elif q.type == "matching":
        front += "<ul>" + "".join(f"<li>{_html(left)}</li>" for left, _ in _pairs(q.answer)) + "</ul>"
        front += '<ol type="A">' + "".join(f"<li>{_html(o)}</li>" for o in q.options) + "</ol>"
    return front


def _anki_back(q: ExportQuestion) -> str:
    if q.type == "timeline":
        return "<ol>" + "".join(f"<li>{_html(event)}</li>" for event in q.answer) + "</ol>"
    if q.type == "matching":
        return "<ul>" + "".join(f"<li>{_html(left)} → {_html(right)}</li>" for left, right in _pairs(q.answer)) + "</ul>"
    back = _html(q.answer)
    if q.type == "cloze" and q.accepted:
        back += f'<br><span class="accepted">Also accepted: {_html(", ".join(q.accepted))}</span>'
    return back


def anki_decks(items: Iterable[ExportQuestion]) -> list[genanki.Deck]:
    decks = []
    for ref, questions in _by_lesson(items):
        title = ref.title if ref else OTHER
        deck = genanki.Deck(anki_deck_id(ref.slug if ref else ""), f"{CATEGORY_ROOT}::{title.replace('::', ':')}")
        for q in questions:
            tags = ["briefing", q.type] + ([ref.slug] if ref else [])
            fields = [_anki_front(q), _anki_back(q), _html(q.explanation), q.citation.html]
            deck.add_note(genanki.Note(model=ANKI_MODEL, fields=fields, guid=anki_guid(q.id), tags=tags))
        decks.append(deck)
    return decks


_FIXED_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def to_apkg(items: Iterable[ExportQuestion]) -> bytes:
    """An Anki package (.apkg) of the questions, one deck per lesson; the same input gives the same bytes."""
    items = list(items)
    changed = [q.changed_at for q in items if q.changed_at]
    timestamp = max(changed).timestamp() if changed else ANKI_EMPTY_TIMESTAMP
    package = genanki.Package(anki_decks(items))
    with tempfile.TemporaryDirectory() as tmp:  # genanki's own write_to_file leaves its database behind
        path = Path(tmp) / "collection.anki2"
        connection = sqlite3.connect(path)
        try:
            package.write_to_db(connection.cursor(), timestamp, itertools.count(int(timestamp * 1000)))
            connection.commit()
        finally:
            connection.close()
        collection = path.read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("collection.anki2", _FIXED_ZIP_TIME), collection, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo("media", _FIXED_ZIP_TIME), "{}", zipfile.ZIP_DEFLATED)
    return out.getvalue()


# ---------------------------------------------------------------------------
# Formats
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Format:
    name: str
    label: str
    suffix: str  # of the file name
    content_type: str
    write: Callable[[list[ExportQuestion]], str | bytes]
    live_only: bool  # live questions filed under lessons, or the whole bank

    def filename(self, lesson_slug: str | None) -> str:
        scope = lesson_slug or "all-lessons"
        stem = f"briefing-{scope}" if self.name == "anki" else f"briefing-questions-{scope}"
        return stem + self.suffix

    def encode(self, content: str | bytes) -> bytes:
        if isinstance(content, bytes):
            return content
        # Spreadsheets read a CSV as UTF-8 only when it starts with a byte-order mark.
        return content.encode("utf-8-sig" if self.name == "csv" else "utf-8")


FORMATS = {
    "gift": Format("gift", "Moodle GIFT", ".gift.txt", "text/plain; charset=utf-8", to_gift, live_only=True),
    "moodle-xml": Format("moodle-xml", "Moodle XML", ".moodle.xml", "application/xml; charset=utf-8", to_moodle_xml, live_only=True),
    "csv": Format("csv", "CSV (spreadsheet)", ".csv", "text/csv; charset=utf-8", to_csv, live_only=False),
    "json": Format("json", "JSON", ".json", "application/json; charset=utf-8", to_json, live_only=False),
}
ANKI = Format("anki", "Anki deck", ".apkg", "application/apkg", to_apkg, live_only=True)


# ---------------------------------------------------------------------------
# From the database
# ---------------------------------------------------------------------------


def collect(questions, *, filing_lessons: Iterable = (), site_url: str = "") -> list[ExportQuestion]:
    """Export records for the questions, in id order, in a fixed number of queries.

    Each is filed under the first of ``filing_lessons`` (in the order given) that teaches it;
    ``site_url`` (scheme and host) makes the passage links absolute.
    """
    lessons = list(Lesson.objects.prefetch_related("citations"))
    cited_by: dict[int, set[str]] = {}
    by_topic: dict[int, set[str]] = {}
    for lesson in lessons:
        by_topic.setdefault(lesson.topic_id, set()).add(lesson.slug)
        for citation in lesson.citations.all():
            cited_by.setdefault(citation.passage_id, set()).add(lesson.slug)
    filing = [LessonRef(lesson.slug, lesson.title, n) for n, lesson in enumerate(filing_lessons)]
    questions = (
        questions.select_related("current", "passage__source")
        .prefetch_related("passage__topics")
        .order_by("pk")
    )
    base = site_url.rstrip("/")
    items = []
    for q in questions:
        topics = list(q.passage.topics.all())
        slugs = cited_by.get(q.passage_id, set()) | {s for t in topics for s in by_topic.get(t.pk, ())}
        version, source = q.current, q.passage.source
        citation = SourceCitation(source.title, source.publisher, source.date_label, q.passage.ordinal, base + q.passage.get_absolute_url())
        items.append(ExportQuestion(
            id=q.pk, version=version.number, type=q.type, status=q.status, stem=version.stem, answer=version.answer,
            options=version.options, accepted=version.accepted, explanation=version.explanation, score=q.score,
            lessons=sorted(slugs), topics=sorted(t.slug for t in topics), passage_source=source.slug,
            passage_ordinal=q.passage.ordinal, passage_text=q.passage.text, answer_start=q.answer_start,
            answer_end=q.answer_end, citation=citation, filed_under=next((ref for ref in filing if ref.slug in slugs), None),
            changed_at=version.created_at,
        ))  # fmt: skip
    return items


def export(fmt: Format, *, lessons, lesson=None, status: str | None = None, site_url: str = "") -> tuple[str | bytes, int]:
    """Write the questions this format carries (see the module docstring); returns the content and how many.

    ``lessons`` are the lessons the reader may see, in course order; ``lesson`` narrows to one of them.
    """
    lessons = [lesson] if lesson else list(lessons)
    questions = Question.objects.all()
    if lesson:
        questions = questions.for_lesson(lesson)
    elif fmt.live_only:
        questions = questions.for_lessons(lessons)
    if fmt.live_only:
        questions = questions.live()
    if status:
        questions = questions.filter(status=status)
    items = collect(questions, filing_lessons=lessons, site_url=site_url)
    return fmt.write(items), len(items)


def lesson_by_slug(slug: str) -> Lesson:
    """The lesson with this slug; LookupError naming the lessons there are when there is none."""
    lesson = Lesson.objects.filter(slug=slug).first()
    if lesson is None:
        known = ", ".join(Lesson.objects.values_list("slug", flat=True)) or "none yet"
        raise LookupError(f"No lesson with the slug {slug!r}. Lessons: {known}.")
    return lesson


def default_site_url() -> str:
    """The site's address for links in files made outside a request: the first trusted origin."""
    origins = getattr(settings, "CSRF_TRUSTED_ORIGINS", [])
    return origins[0] if origins else "http://localhost:8000"


# ---------------------------------------------------------------------------
# Quizzes on paper
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PaperQuestion:
    number: int
    type: str
    stem: str
    choices: list[tuple[str, str]]  # (letter, text) in the order printed
    prompts: list[str]  # matching: the left items, numbered on the page
    key: str  # the answer as the key prints it: "B", "C, A, D, B", "1 B · 2 A"
    answer_lines: list[str]  # the answer in words
    explanation: str
    citation: SourceCitation


def _letter(n: int) -> str:
    return string.ascii_uppercase[n] if n < 26 else str(n + 1)


def paper_quiz(lesson, length: int, seed: int, *, site_url: str = "") -> list[PaperQuestion]:
    """The questions of a printed quiz, drawn as an online quiz with this seed is drawn, options
    in the same order; the quiz and its key both call this, so they always match."""
    drawn = draw_with_options(Question.objects.for_lesson(lesson), length, seed)
    full = Question.objects.select_related("current", "passage__source").in_bulk([q.pk for q, _ in drawn])
    base = site_url.rstrip("/")
    paper = []
    for number, (question, options) in enumerate(((full[q.pk], options) for q, options in drawn), start=1):
        version, passage = question.current, question.passage
        choices = [(_letter(n), str(option)) for n, option in enumerate(options)]
        letter_of = {text: letter for letter, text in choices}
        prompts: list[str] = []
        if question.type == "cloze":
            key, lines = str(version.answer), [str(version.answer)]
            if version.accepted:
                lines.append(f"Also accept: {', '.join(version.accepted)}")
        elif question.type == "timeline":
            key = ", ".join(letter_of.get(event, "?") for event in version.answer)
            lines = [f"{n}. {event}" for n, event in enumerate(version.answer, 1)]
        elif question.type == "matching":
            pairs = _pairs(version.answer)
            prompts = [left for left, _ in pairs]
            key = " · ".join(f"{n} {letter_of.get(right, '?')}" for n, (_, right) in enumerate(pairs, 1))
            lines = [f"{left} → {right}" for left, right in pairs]
        else:
            if question.type == "truefalse" and not choices:
                choices = [("A", "True"), ("B", "False")]
                letter_of = {"True": "A", "False": "B"}
            key, lines = letter_of.get(version.answer, "?"), [str(version.answer)]
        source = passage.source
        paper.append(PaperQuestion(
            number=number, type=question.type, stem=version.stem, choices=choices, prompts=prompts, key=key,
            answer_lines=lines, explanation=version.explanation,
            citation=SourceCitation(source.title, source.publisher, source.date_label, passage.ordinal, base + passage.get_absolute_url()),
        ))  # fmt: skip
    return paper
