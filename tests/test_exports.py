"""Exports: Anki decks read back by Anki itself, GIFT and Moodle XML read back by Moodle's rules,
CSV and JSON, the printable quiz and its key, and who may download what."""

import csv
import html
import io
import json
import re
import sqlite3
import time
import zipfile
from datetime import timedelta
from xml.etree import ElementTree as ET

import pytest
import time_machine
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from briefing.models import Lesson
from quizzes import exports
from quizzes.exports import ExportQuestion, LessonRef, SourceCitation
from quizzes.models import Question, QuestionVersion

HOSTILE = 'Tricky ~tilde =equals #hash {brace} colon: back\\slash C:\\new -> arrow <b>bold</b> & "quoted" 50%'
HOSTILE_LESSON = LessonRef("hostile", "Cuba / Nicaragua: {allies} ~ #1 \\ back", 0)
CITATION = SourceCitation("A <Report> & more", "Harbour News", "5 March 2025", 4, "https://example.org/sources/a/passages/4/?x=1&y=2")


def item(id: int, type: str, answer, *, stem: str = HOSTILE, options=(), accepted=(), explanation: str = "Because " + HOSTILE,
         lesson: LessonRef | None = HOSTILE_LESSON) -> ExportQuestion:  # fmt: skip
    return ExportQuestion(
        id=id, version=1, type=type, status="published", stem=stem, answer=answer, options=list(options), accepted=list(accepted),
        explanation=explanation, score=0.9, lessons=["hostile"], topics=["cuba"], passage_source="a", passage_ordinal=4,
        passage_text="The passage.", answer_start=0, answer_end=3, citation=CITATION, filed_under=lesson,
        changed_at=timezone.now(),
    )  # fmt: skip


def every_type() -> list[ExportQuestion]:
    return [
        item(1, "cloze", "5* {x}", accepted=["five = 5", "5* {x}"]),
        item(2, "mcq", "Right: ~one~", options=["%50% off", "Right: ~one~", "#3 {c}", "[html]leading"]),
        item(3, "truefalse", "False", options=["True", "False"]),
        item(4, "partner", "Cuba", options=["China", "Cuba", "Iran"], stem="Which partner? “This country ~ = #”"),
        item(5, "matching", [["Lavrov -> x", "spoke {with} ~ Rodríguez"], ["B = c", "d # e"], ["F: g", "h -> i"]],
             options=["spoke {with} ~ Rodríguez", "d # e", "h -> i"]),
        item(6, "timeline", ["First: {a}", "Second ~ b", "Third = c", "Fourth # d"], options=["Third = c", "First: {a}", "Fourth # d", "Second ~ b"]),
        item(7, "truefalse", "True", options=["True", "False"], stem="Line one\nline two", lesson=LessonRef("second", "Second lesson", 1)),
    ]


# A GIFT reader that follows Moodle's own import (question/format/gift/format.php) for the types written here.

_ESCAPED = {"\\:": "&&058;", "\\#": "&&035;", "\\=": "&&061;", "\\{": "&&123;", "\\}": "&&125;", "\\~": "&&126;", "\\n": "&&010"}
_UNESCAPED = {"&&058;": ":", "&&035;": "#", "&&061;": "=", "&&123;": "{", "&&125;": "}", "&&126;": "~", "&&010": "\n"}
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")


def _pre(text: str) -> str:
    text = text.replace("\\\\", "&&092;")
    for escaped, placeholder in _ESCAPED.items():
        text = text.replace(escaped, placeholder)
    return text.replace("&&092;", "\\")


def _post(text: str) -> str:
    for placeholder, char in _UNESCAPED.items():
        text = text.replace(placeholder, char)
    return text


def _formatted(text: str, default: str = "moodle", raw: bool = False) -> tuple[str, str]:
    """The text's format and the text as a reader sees it (or, raw, as Moodle stores it)."""
    fmt = default
    if text.startswith("[") and "]" in text and text[1 : text.index("]")] in ("moodle", "html", "plain", "markdown"):
        fmt, text = text[1 : text.index("]")], text[text.index("]") + 1 :]
    text = _post(text).strip()
    return fmt, html.unescape(text.replace("<br>", "\n")) if fmt == "html" and not raw else text


def _question(raw: str) -> tuple[str, str]:
    """An exported question text (HTML as Moodle stores it) as a reader sees it: the line naming the
    article above it, and the question."""
    m = re.fullmatch(r'<p class="source">(.*?)</p><p>(.*)</p>', raw, re.S)
    assert m, raw
    source, stem = (html.unescape(re.sub(r"</?cite>", "", part) if n == 0 else part.replace("<br>", "\n"))
                    for n, part in enumerate(m.groups()))
    return source, stem


def _weighted(answer: str) -> tuple[float | None, str]:
    """Moodle's answerweightparser: a recognised "%n%" prefix is read up to its closing %."""
    if not _WEIGHT.match(answer):
        return None, answer
    end = answer.index("%", 1)
    return float(answer[1:end]) / 100, answer[end + 1 :]


def read_gift(text: str) -> list[dict]:
    questions, category = [], None
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [" " if line.strip().startswith("//") else line for line in block.split("\n")]
        body = _pre("\n".join(lines).strip())
        if not body:
            continue
        if body.startswith("$CATEGORY:"):
            category = body[10:].strip()
            continue
        q = {"category": category}
        if body.startswith("::"):
            body = body[2:]
            q["name"], body = _post(body[: body.index("::")]), body[body.index("::") + 2 :].strip()
        start, finish = body.index("{"), body.index("}")
        answers = body[start + 1 : finish].strip()
        assert body.endswith("}"), "answers go at the end of the question"
        fmt, raw = _formatted(body[:start], raw=True)
        q["source"], q["stem"] = _question(raw)
        if "####" in answers:
            cut = answers.rindex("####")
            answers, q["feedback"] = answers[:cut].strip(), _formatted(answers[cut + 4 :], fmt, raw=True)[1]
        if "~" in answers:
            q["type"], q["answers"] = "multichoice", []
            for part in [a.strip() for a in answers.replace("=", "~=").split("~") if a.strip()]:
                weight, text = (1.0, part[1:]) if part.startswith("=") else _weighted(part)
                q["answers"].append((weight or 0.0, _formatted(text.split("#", 1)[0].strip(), fmt)[1]))
        elif "=" in answers and "->" in answers:
            q["type"], q["pairs"] = "match", []
            for part in [a.strip() for a in answers.split("=") if a.strip()]:
                marker = part.index("->")
                q["pairs"].append((_formatted(part[:marker], fmt)[1], _post(part[marker + 2 :]).strip()))
        elif answers.split("#")[0].strip() in ("T", "TRUE", "F", "FALSE"):
            q["type"], q["answer"] = "truefalse", answers.split("#")[0].strip() in ("T", "TRUE")
        else:
            q["type"], q["answers"] = "shortanswer", []
            for part in [a.strip() for a in answers.split("=") if a.strip()]:
                weight, text = _weighted(part)
                q["answers"].append((1.0 if weight is None else weight, _formatted(text.split("#", 1)[0].strip(), fmt)[1]))
        questions.append(q)
    return questions


def categories_of_gift(text: str) -> list[str]:
    return [line[len("$CATEGORY:") :].strip() for line in text.splitlines() if line.startswith("$CATEGORY:")]


def read_moodle_xml(text: str) -> list[dict]:
    questions, category = [], None
    for element in ET.fromstring(text.encode()).findall("question"):
        kind = element.get("type")
        if kind == "category":
            category = element.findtext("category/text")
            continue

        def shown(path, parent=element):
            node = parent.find(path)
            value = node.findtext("text") or ""
            return html.unescape(value.replace("<br>", "\n")) if node.get("format") == "html" else value

        q = {"category": category, "type": kind, "feedback": element.findtext("generalfeedback/text"),
             "idnumber": element.findtext("idnumber")}  # fmt: skip
        q["source"], q["stem"] = _question(element.findtext("questiontext/text"))
        q["answers"] = [(float(a.get("fraction")) / 100, shown(".", a)) for a in element.findall("answer")]
        q["pairs"] = [(shown(".", s), s.findtext("answer/text")) for s in element.findall("subquestion")]
        questions.append(q)
    return questions


def unwild(text: str) -> str:
    return text.replace("\\*", "*")


# Writers, on plain data --------------------------------------------------------------


def test_gift_survives_moodles_reading_with_every_special_character():
    text = exports.to_gift(every_type())
    read = read_gift(text)
    assert [q["type"] for q in read] == ["shortanswer", "multichoice", "truefalse", "multichoice", "match", "match", "truefalse"]
    cloze, mcq, false, partner, matching, timeline, true = read
    assert cloze["stem"] == HOSTILE and mcq["stem"] == HOSTILE and true["stem"] == "Line one\nline two"
    assert [(w, unwild(a)) for w, a in cloze["answers"]] == [(1.0, "5* {x}"), (1.0, "five = 5")]
    assert mcq["answers"] == [(0.0, "%50% off"), (1.0, "Right: ~one~"), (0.0, "#3 {c}"), (0.0, "[html]leading")]
    assert false["answer"] is False and true["answer"] is True
    assert partner["stem"] == "Which partner? “This country ~ = #”" and (1.0, "Cuba") in partner["answers"]
    assert matching["pairs"] == [("Lavrov -> x", "spoke {with} ~ Rodríguez"), ("B = c", "d # e"), ("F: g", "h -> i")]
    assert timeline["pairs"] == [("First: {a}", "1st"), ("Second ~ b", "2nd"), ("Third = c", "3rd"), ("Fourth # d", "4th")]
    for q, written in zip(read, every_type()):
        assert q["source"] == "From A <Report> & more · Harbour News"  # as the site shows it above the question
        assert q["name"].startswith(f"Q{written.id} ")
        assert q["feedback"].startswith("Because " + html.escape(HOSTILE, quote=False))  # feedback is HTML
        assert "Source: <cite>A &lt;Report&gt; &amp; more</cite> (Harbour News, 5 March 2025)" in q["feedback"]
        assert '<a href="https://example.org/sources/a/passages/4/?x=1&amp;y=2">passage 4</a>' in q["feedback"]
    # The bold tag and the arrow arrive as text: nothing in a source becomes markup.
    assert "<b>" not in text and "&lt;b&gt;bold&lt;/b&gt;" in text


def test_gift_starts_a_category_per_lesson_written_as_moodle_reads_it():
    text = exports.to_gift(every_type())
    assert categories_of_gift(text) == ["$course$/top/Briefing/Cuba // Nicaragua: {allies} ~ #1 back", "$course$/top/Briefing/Second lesson"]
    read = read_gift(text)
    assert {q["category"] for q in read[:6]} == {"$course$/top/Briefing/Cuba // Nicaragua: {allies} ~ #1 back"}
    assert read[6]["category"] == "$course$/top/Briefing/Second lesson"


def test_gift_escapes_each_special_character_with_a_backslash():
    assert exports.gift_escape("a~b=c#d{e}f:g\\h\ni") == "a\\~b\\=c\\#d\\{e\\}f\\:g\\\\h\\ni"


def test_moodle_xml_survives_parsing_with_every_special_character():
    text = exports.to_moodle_xml(every_type())
    read = read_moodle_xml(text)
    assert [q["type"] for q in read] == ["shortanswer", "multichoice", "truefalse", "multichoice", "matching", "matching", "truefalse"]
    cloze, mcq, false, partner, matching, timeline, true = read
    assert cloze["stem"] == HOSTILE and true["stem"] == "Line one\nline two"
    assert [(w, unwild(a)) for w, a in cloze["answers"]] == [(1.0, "5* {x}"), (1.0, "five = 5")]
    assert mcq["answers"] == [(0.0, "%50% off"), (1.0, "Right: ~one~"), (0.0, "#3 {c}"), (0.0, "[html]leading")]
    assert false["answers"] == [(0.0, "true"), (1.0, "false")] and true["answers"] == [(1.0, "true"), (0.0, "false")]
    assert (1.0, "Cuba") in partner["answers"]
    assert matching["pairs"] == [("Lavrov -> x", "spoke {with} ~ Rodríguez"), ("B = c", "d # e"), ("F: g", "h -> i")]
    assert timeline["pairs"] == [("First: {a}", "1st"), ("Second ~ b", "2nd"), ("Third = c", "3rd"), ("Fourth # d", "4th")]
    assert [q["category"] for q in read] == ["$course$/top/Briefing/Cuba // Nicaragua: {allies} ~ #1 back"] * 6 + ["$course$/top/Briefing/Second lesson"]
    assert [q["idnumber"] for q in read] == [f"briefing-{n}" for n in range(1, 8)]
    assert all("passage 4</a>" in q["feedback"] and "Harbour News, 5 March 2025" in q["feedback"] for q in read)
    assert all(q["source"] == "From A <Report> & more · Harbour News" for q in read)


def test_moodle_xml_drops_characters_xml_cannot_hold():
    text = exports.to_moodle_xml([item(1, "truefalse", "True", stem="Bell\x07 null\x00 form\x0c feed\ufffe ok")])
    assert read_moodle_xml(text)[0]["stem"] == "Bell null form feed ok"


def test_ordinals_have_the_right_suffixes():
    assert [exports.ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]  # fmt: skip


def test_csv_quotes_hostile_text_and_keeps_spreadsheets_from_running_formulas():
    rows = list(csv.DictReader(io.StringIO(exports.to_csv(every_type()), newline="")))
    assert len(rows) == 7 and list(rows[0]) == exports.CSV_COLUMNS
    assert rows[0]["stem"] == HOSTILE and rows[0]["accepted"] == "five = 5\n5* {x}"
    assert rows[4]["answer"] == "Lavrov -> x = spoke {with} ~ Rodríguez\nB = c = d # e\nF: g = h -> i"
    assert rows[5]["answer"] == "First: {a}\nSecond ~ b\nThird = c\nFourth # d"
    assert rows[6]["stem"] == "Line one\nline two"
    formula = exports.to_csv([item(1, "cloze", "=HYPERLINK(\"http://evil\")", stem="+1+1", explanation="@SUM(A1)")])
    row = next(csv.DictReader(io.StringIO(formula, newline="")))
    assert (row["answer"], row["stem"], row["explanation"]) == ("'=HYPERLINK(\"http://evil\")", "'+1+1", "'@SUM(A1)")


# From the database: commands ----------------------------------------------------------


def run(*args) -> str:
    out = io.StringIO()
    call_command(*args, stdout=out, stderr=io.StringIO())
    return out.getvalue()


def in_lessons(lessons) -> set[int]:
    return set(Question.objects.for_lessons(lessons).live().values_list("pk", flat=True))


def new_version(question: Question, **changes) -> QuestionVersion:
    current = question.current
    fields = {k: getattr(current, k) for k in ("stem", "answer", "options", "accepted", "explanation")} | changes
    question.current = QuestionVersion.objects.create(question=question, number=question.versions.count() + 1, **fields)
    question.save()
    return question.current


@pytest.mark.django_db
def test_export_questions_json_and_csv_hold_the_whole_bank_with_the_same_fields(questions):
    data = json.loads(run("export_questions", "--format", "json"))
    rows = list(csv.DictReader(io.StringIO(run("export_questions", "--format", "csv"), newline="")))
    assert len(rows) == len(data) == Question.objects.count()
    assert {r["status"] for r in rows} == set(Question.objects.values_list("status", flat=True))
    for row, obj in zip(rows, data):
        assert int(row["id"]) == obj["id"] and row["stem"] == obj["stem"] and row["lessons"] == "\n".join(obj["lessons"])
        assert (row["passage_source"], int(row["passage_ordinal"])) == (obj["passage"]["source"], obj["passage"]["ordinal"])
        if isinstance(obj["answer"], str):
            assert row["answer"] == obj["answer"] and row["options"] == "\n".join(obj["options"])


@pytest.mark.django_db
def test_export_questions_lesson_narrows_every_format(questions):
    russia = Lesson.objects.get(slug="russia")
    ids = [r["id"] for r in json.loads(run("export_questions", "--format", "json", "--lesson", "russia"))]
    assert set(ids) == set(Question.objects.for_lesson(russia).values_list("pk", flat=True))
    gift = run("export_questions", "--format", "gift", "--lesson", "russia")
    assert categories_of_gift(gift) == [f"$course$/top/Briefing/{russia.title}"]
    assert len(read_gift(gift)) == Question.objects.for_lesson(russia).live().count()


@pytest.mark.django_db
def test_gift_and_moodle_xml_carry_live_questions_once_each_one_category_per_lesson(questions):
    live = list(Question.objects.live().order_by("pk")[:4])
    live[0].status = Question.Status.STALE
    live[0].save()
    lessons = list(Lesson.objects.all())
    expected = in_lessons(lessons)
    assert live[0].pk not in expected
    gift, xml = read_gift(run("export_questions", "--format", "gift")), read_moodle_xml(run("export_questions", "--format", "moodle-xml"))
    assert len(gift) == len(xml) == len(expected)
    assert {int(q["idnumber"].removeprefix("briefing-")) for q in xml} == expected
    assert {int(q["name"].split()[0][1:]) for q in gift} == expected
    titles = [f"$course$/top/Briefing/{lesson.title}" for lesson in lessons]
    xml_categories = [e.findtext("category/text") for e in ET.fromstring(run("export_questions", "--format", "moodle-xml")).iter("question")
                      if e.get("type") == "category"]  # fmt: skip
    for categories in (xml_categories, categories_of_gift(run("export_questions", "--format", "gift"))):
        assert categories == sorted(set(categories), key=titles.index)  # each lesson once, in course order
    assert {q["category"] for q in xml} == set(xml_categories)


@pytest.mark.django_db
def test_export_questions_refuses_an_unknown_lesson_or_format(questions):
    with pytest.raises(CommandError, match="No lesson with the slug 'atlantis'. Lessons: overview"):
        run("export_questions", "--format", "gift", "--lesson", "atlantis")
    with pytest.raises(CommandError, match="invalid choice"):
        run("export_questions", "--format", "docx")


# Anki ---------------------------------------------------------------------------------


@pytest.fixture
def anki_collection(tmp_path):
    from anki.collection import Collection

    folder = tmp_path / "anki"
    folder.mkdir()
    collection = Collection(str(folder / "collection.anki2"))
    yield collection
    collection.close()


def anki_import(collection, package) -> list[dict]:
    """Import a package as Anki does and return every note in the collection."""
    from anki.collection import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    collection.import_anki_package(ImportAnkiPackageRequest(package_path=str(package), options=ImportAnkiPackageOptions()))
    notes = []
    for note_id in collection.find_notes(""):
        note = collection.get_note(note_id)
        notes.append({"guid": note.guid, "fields": dict(note.items()), "tags": note.tags,
                      "deck": collection.decks.name(note.cards()[0].did), "type": note.note_type()["name"]})  # fmt: skip
    return notes


def package_ids(path) -> dict:
    """The ids inside a package, read straight from its database."""
    with zipfile.ZipFile(path) as archive:
        data = archive.read("collection.anki2")
    db = path.with_suffix(".anki2")
    db.write_bytes(data)
    connection = sqlite3.connect(db)
    try:
        decks = json.loads(connection.execute("SELECT decks FROM col").fetchone()[0])
        models = json.loads(connection.execute("SELECT models FROM col").fetchone()[0])
        notes = connection.execute("SELECT id, guid, mid FROM notes ORDER BY id").fetchall()
        cards = connection.execute("SELECT id, nid, did FROM cards ORDER BY id").fetchall()
    finally:
        connection.close()
    return {"decks": {int(k): v["name"] for k, v in decks.items()}, "models": sorted(map(int, models)), "notes": notes, "cards": cards}


@pytest.mark.django_db
def test_export_deck_writes_a_package_anki_imports_with_one_deck_per_lesson(questions, tmp_path, anki_collection):
    out = tmp_path / "briefing.apkg"
    assert run("export_deck", "--out", str(out), "--site-url", "https://briefing.example.org").startswith("Wrote ")
    notes = anki_import(anki_collection, out)
    lessons = list(Lesson.objects.all())
    expected = in_lessons(lessons)
    assert len(notes) == len(expected)
    assert {n["guid"] for n in notes} == {exports.anki_guid(pk) for pk in expected}
    assert {n["deck"] for n in notes} <= {f"Briefing::{lesson.title}" for lesson in lessons}
    assert {n["type"] for n in notes} == {"Briefing question"}
    by_guid = {n["guid"]: n for n in notes}
    for question in Question.objects.filter(pk__in=expected).select_related("current", "passage__source"):
        note = by_guid[exports.anki_guid(question.pk)]
        fields, source = note["fields"], question.passage.source
        assert list(fields) == ["Question", "Answer", "Explanation", "Source"]
        assert html.escape(question.current.stem, quote=False) in fields["Question"]
        assert f"From <cite>{html.escape(source.title, quote=False)}</cite>" in fields["Question"]  # named on the front
        if isinstance(question.current.answer, str):
            assert html.escape(question.current.answer, quote=False) in fields["Answer"]
        assert fields["Explanation"] == html.escape(question.current.explanation, quote=False).replace("\n", "<br>")
        for part in (source.title, source.publisher, source.date_label, f"passage {question.passage.ordinal}"):
            assert html.escape(part, quote=False) in fields["Source"]
        assert f'href="https://briefing.example.org/sources/{source.slug}/passages/{question.passage.ordinal}/"' in fields["Source"]
        assert question.type in note["tags"]


@pytest.mark.django_db
def test_a_second_export_gives_the_same_ids_and_the_same_bytes(questions, tmp_path):
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    run("export_deck", "--out", str(first))
    run("export_deck", "--out", str(second))
    assert first.read_bytes() == second.read_bytes()
    ids = package_ids(first)
    used = {lesson.slug: lesson.title for lesson in Lesson.objects.all()}
    assert ids["models"] == [exports.ANKI_MODEL_ID]
    for deck_id, name in ids["decks"].items():
        if deck_id != 1:  # Anki's own "Default" deck
            slug = next(s for s, title in used.items() if f"Briefing::{title}" == name)
            assert deck_id == exports.anki_deck_id(slug)
    assert {guid for _, guid, _ in ids["notes"]} == {exports.anki_guid(pk) for pk in in_lessons(Lesson.objects.all())}
    assert exports.anki_deck_id("russia") == exports.anki_deck_id("russia") != exports.anki_deck_id("china")
    assert 1 << 30 <= exports.anki_deck_id("russia") < 1 << 31


@pytest.mark.django_db
def test_importing_a_newer_deck_updates_the_notes_in_place(questions, tmp_path, anki_collection):
    russia = Lesson.objects.get(slug="russia")
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    run("export_deck", "--out", str(first), "--lesson", "russia")
    before = anki_import(anki_collection, first)
    question = Question.objects.for_lesson(russia).live().order_by("pk").first()
    with time_machine.travel(timezone.now() + timedelta(minutes=5)):
        new_version(question, explanation="A corrected explanation & its <source>.")
    run("export_deck", "--out", str(second), "--lesson", "russia")
    after = anki_import(anki_collection, second)
    assert len(after) == len(before) == Question.objects.for_lesson(russia).live().count()
    note = next(n for n in after if n["guid"] == exports.anki_guid(question.pk))
    assert note["fields"]["Explanation"] == "A corrected explanation &amp; its &lt;source&gt;."
    assert {n["deck"] for n in after} == {f"Briefing::{russia.title}"}


@pytest.mark.django_db
def test_a_lesson_deck_leaves_out_pending_rejected_and_stale_questions(questions, tmp_path, anki_collection):
    russia = Lesson.objects.get(slug="russia")
    pool = Question.objects.for_lesson(russia)
    stale = pool.live().first()
    stale.status = Question.Status.STALE
    stale.save()
    out = tmp_path / "russia.apkg"
    run("export_deck", "--out", str(out), "--lesson", "russia")
    guids = {n["guid"] for n in anki_import(anki_collection, out)}
    assert guids == {exports.anki_guid(pk) for pk in pool.live().values_list("pk", flat=True)}
    assert exports.anki_guid(stale.pk) not in guids
    assert not guids & {exports.anki_guid(pk) for pk in pool.exclude(status__in=["published", "approved"]).values_list("pk", flat=True)}


@pytest.mark.django_db
@pytest.mark.parametrize(("args", "message"), [
    (["--lesson", "atlantis"], "No lesson with the slug 'atlantis'"),
    (["--out", "deck.zip"], r"\.apkg"),
    (["--out", "/no/such/folder/deck.apkg"], "No folder"),
])  # fmt: skip
def test_export_deck_refuses_bad_arguments_and_writes_nothing(corpus, tmp_path, args, message, monkeypatch):
    monkeypatch.chdir(tmp_path)
    full = (["--out", str(tmp_path / "deck.apkg")] if "--out" not in args else []) + args
    with pytest.raises(CommandError, match=message):
        run("export_deck", *full)
    assert not list(tmp_path.iterdir())


@pytest.mark.django_db
def test_exporting_every_bundled_question_is_quick(questions, tmp_path, capsys):
    timings = {}
    for name in ("json", "csv", "gift", "moodle-xml"):
        start = time.perf_counter()
        run("export_questions", "--format", name)
        timings[name] = time.perf_counter() - start
    start = time.perf_counter()
    run("export_deck", "--out", str(tmp_path / "all.apkg"))
    timings["anki"] = time.perf_counter() - start
    with capsys.disabled():
        print(f"\nExport of {Question.objects.count()} questions:", ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in timings.items()))
    assert max(timings.values()) < 5  # seconds, on a slow shared machine; about 0.1 s each in practice


# Downloads ----------------------------------------------------------------------------


@pytest.mark.django_db
def test_the_exports_page_is_for_instructors(client, student, instructor):
    url = reverse("exports")
    response = client.get(url)
    assert response.status_code == 302 and reverse("login") in response["Location"]
    client.force_login(student)
    assert client.get(url).status_code == 403
    client.force_login(instructor)
    page = client.get(url).content.decode()
    for name in ("export_questions_download", "export_deck_download", "print_quiz"):
        assert f'action="{reverse(name)}"' in page
    assert reverse("exports") in client.get(reverse("instructor_home")).content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(("fmt", "content_type", "filename"), [
    ("gift", "text/plain; charset=utf-8", "briefing-questions-china.gift.txt"),
    ("moodle-xml", "application/xml; charset=utf-8", "briefing-questions-china.moodle.xml"),
    ("csv", "text/csv; charset=utf-8", "briefing-questions-china.csv"),
    ("json", "application/json; charset=utf-8", "briefing-questions-china.json"),
])  # fmt: skip
def test_question_downloads_name_the_file_and_its_type(client, questions, instructor, fmt, content_type, filename):
    client.force_login(instructor)
    response = client.get(reverse("export_questions_download"), {"format": fmt, "lesson": "china"})
    assert response.status_code == 200
    assert response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="{filename}"'
    china = Lesson.objects.get(slug="china")
    body = response.content.decode("utf-8-sig")
    count = {"gift": lambda: len(read_gift(body)), "moodle-xml": lambda: len(read_moodle_xml(body)),
             "csv": lambda: len(list(csv.DictReader(io.StringIO(body, newline="")))),
             "json": lambda: len(json.loads(body))}[fmt]()  # fmt: skip
    pool = Question.objects.for_lesson(china)
    assert count == (pool.live() if fmt in ("gift", "moodle-xml") else pool).count()


@pytest.mark.django_db
def test_a_downloaded_gift_file_carries_an_edited_hostile_question_intact(client, questions, instructor):
    question = Question.objects.filter(type="mcq").order_by("pk").first()
    question.status = Question.Status.APPROVED  # an instructor approved it: exports hold live questions
    question.save(update_fields=["status"])
    lesson = Lesson.objects.get(slug=question_lessons(question)[0])
    options = [HOSTILE, "Plain", "Other {x}", "%10% y"]
    new_version(question, stem=HOSTILE + " _____?", answer=HOSTILE, options=options)
    client.force_login(instructor)
    body = client.get(reverse("export_questions_download"), {"format": "gift", "lesson": lesson.slug}).content.decode()
    read = next(q for q in read_gift(body) if q["name"].startswith(f"Q{question.pk} "))
    assert read["stem"] == HOSTILE + " _____?"
    assert read["answers"] == [(1.0, HOSTILE), (0.0, "Plain"), (0.0, "Other {x}"), (0.0, "%10% y")]
    assert html.escape(question.passage.source.title, quote=False) in read["feedback"] and f"passage {question.passage.ordinal}</a>" in read["feedback"]
    assert f'href="http://testserver{question.passage.get_absolute_url()}"' in read["feedback"]


def question_lessons(question: Question) -> list[str]:
    return [lesson.slug for lesson in Lesson.objects.all() if Question.objects.for_lesson(lesson).filter(pk=question.pk).exists()]


@pytest.mark.django_db
@pytest.mark.parametrize("query", [
    {"format": "docx"}, {"format": ""}, {}, {"format": "gift", "lesson": "atlantis"},
    {"format": "gift", "lesson": "../../etc/passwd"}, {"format": "x" * 5000}, {"format": "gift\x00", "lesson": "<script>"},
])  # fmt: skip
def test_a_bad_format_or_lesson_shows_the_form_with_its_error(client, questions, instructor, query):
    client.force_login(instructor)
    response = client.get(reverse("export_questions_download"), query)
    assert response.status_code == 400
    assert "Content-Disposition" not in response
    page = response.content.decode()
    assert 'class="errorlist"' in page and ("Choose" in page or "no lesson with that name" in page)
    assert "<script>" not in page


@pytest.mark.django_db
def test_an_empty_export_says_why_instead_of_sending_an_empty_file(client, corpus, instructor):
    client.force_login(instructor)
    response = client.get(reverse("export_questions_download"), {"format": "gift"})
    assert response.status_code == 400 and "No questions to export there yet" in response.content.decode()


@pytest.mark.django_db
def test_question_downloads_are_for_instructors(client, questions, student):
    url = reverse("export_questions_download") + "?format=json"
    assert client.get(url).status_code == 302
    client.force_login(student)
    assert client.get(url).status_code == 403
    assert client.post(url).status_code in (403, 405)


@pytest.mark.django_db
def test_a_student_downloads_a_published_lessons_deck_but_not_a_drafts(client, questions, student, tmp_path, anki_collection):
    url = reverse("export_deck_download")
    assert client.get(url, {"lesson": "china"}).status_code == 302  # to log in
    draft = Lesson.objects.get(slug="iran")
    draft.status = Lesson.Status.DRAFT
    draft.save()
    client.force_login(student)
    response = client.get(url, {"lesson": "china"})
    assert response.status_code == 200 and response["Content-Type"] == "application/apkg"
    assert response["Content-Disposition"] == 'attachment; filename="briefing-china.apkg"'
    package = tmp_path / "china.apkg"
    package.write_bytes(response.content)
    china = Lesson.objects.get(slug="china")
    assert len(anki_import(anki_collection, package)) == Question.objects.for_lesson(china).live().count()
    assert client.get(url, {"lesson": "iran"}).status_code == 404
    assert client.get(url, {"lesson": "atlantis"}).status_code == 404
    everything = client.get(url)
    assert everything["Content-Disposition"] == 'attachment; filename="briefing-all-lessons.apkg"'
    names = set(package_ids(_saved(tmp_path / "all.apkg", everything.content))["decks"].values())
    assert f"Briefing::{draft.title}" not in names and f"Briefing::{china.title}" in names


def _saved(path, content: bytes):
    path.write_bytes(content)
    return path


@pytest.mark.django_db
def test_a_deck_with_nothing_in_it_sends_the_student_back_with_a_message(client, corpus, student):
    client.force_login(student)
    response = client.get(reverse("export_deck_download"), {"lesson": "china"}, follow=True)
    assert response.redirect_chain[-1][0] == reverse("lesson", args=["china"])
    assert "no questions to put in a deck yet" in response.content.decode()


@pytest.mark.django_db
def test_the_lesson_page_offers_the_deck_to_signed_in_readers(client, questions, student):
    url, link = reverse("lesson", args=["china"]), reverse("export_deck_download") + "?lesson=china"
    assert link not in client.get(url).content.decode()
    client.force_login(student)
    assert link in client.get(url).content.decode()


# Printable quiz -----------------------------------------------------------------------


@pytest.mark.django_db
def test_a_printable_quiz_and_its_key_match_for_the_seed_in_the_address(client, questions, instructor):
    client.force_login(instructor)
    query = {"lesson": "russia", "length": 10, "seed": 4242}
    quiz = client.get(reverse("print_quiz"), query)
    key = client.get(reverse("print_quiz_key"), query)
    assert quiz.status_code == key.status_code == 200
    paper = exports.paper_quiz(Lesson.objects.get(slug="russia"), 10, 4242)
    assert 5 <= len(paper) <= 10  # draw() may come short of the length asked for; see its docstring
    quiz_page, key_page = quiz.content.decode(), key.content.decode()
    assert "Quiz number 4242" in quiz_page and "Quiz number 4242" in key_page
    positions = [quiz_page.index(html.escape(q.stem)) for q in paper]
    assert positions == sorted(positions)  # numbered in the drawn order
    for q in paper:
        assert html.escape(q.key) in key_page and html.escape(q.citation.title) in key_page
        assert f"From <cite>{html.escape(q.citation.title)}</cite>" in quiz_page  # as the quiz page names it
        assert f'href="http://testserver/sources/{q.citation.url.split("/sources/")[1]}"' in key_page
        if q.type in ("mcq", "partner", "truefalse"):
            letter = {text: letter for letter, text in q.choices}[q.answer_lines[0]]
            assert q.key == letter  # the key's letter is the letter the quiz printed beside the answer
    assert f'{reverse("print_quiz_key")}?lesson=russia&amp;length=10&amp;seed=4242' in quiz_page  # the quiz links to its key
    assert [q.stem for q in exports.paper_quiz(Lesson.objects.get(slug="russia"), 10, 4242)] == [q.stem for q in paper]


@pytest.mark.django_db
def test_the_printed_quiz_draws_what_an_online_quiz_with_the_seed_draws(questions):
    from quizzes import attempts

    russia = Lesson.objects.get(slug="russia")
    drawn = attempts.draw(Question.objects.for_lesson(russia), 10, 7)
    assert [q.stem for q in exports.paper_quiz(russia, 10, 7)] == [q.current.stem for q in drawn]


@pytest.mark.django_db
def test_a_printable_quiz_without_a_seed_gets_one_in_its_address(client, questions, instructor):
    client.force_login(instructor)
    response = client.get(reverse("print_quiz"), {"lesson": "china", "length": 5})
    assert response.status_code == 302
    location = response["Location"]
    assert location.startswith(reverse("print_quiz") + "?") and "lesson=china" in location and "length=5" in location
    seed = int(re.search(r"seed=(\d+)", location).group(1))
    assert f"Quiz number {seed}" in client.get(location).content.decode()


@pytest.mark.django_db
def test_the_key_asks_for_the_quiz_number(client, questions, instructor):
    client.force_login(instructor)
    response = client.get(reverse("print_quiz_key"), {"lesson": "china", "length": 5})
    assert response.status_code == 400 and "The key needs the quiz number printed on the quiz." in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["print_quiz", "print_quiz_key"])
@pytest.mark.parametrize("query", [
    {"lesson": "atlantis", "length": 10, "seed": 1}, {"lesson": "china", "length": "abc", "seed": 1},
    {"lesson": "china", "length": 7, "seed": 1}, {"lesson": "china", "length": 10, "seed": -1},
    {"lesson": "china", "length": 10, "seed": 10**30}, {"lesson": "china", "length": 10, "seed": "1e3"},
    {"length": 10, "seed": 1},
])  # fmt: skip
def test_printable_quiz_parameters_are_checked(client, questions, instructor, name, query):
    client.force_login(instructor)
    response = client.get(reverse(name), query)
    assert response.status_code == 400
    assert 'class="errorlist"' in response.content.decode()


@pytest.mark.django_db
def test_the_printable_quiz_form_opens_empty(client, questions, instructor):
    client.force_login(instructor)
    response = client.get(reverse("print_quiz"))
    assert response.status_code == 200 and 'name="lesson"' in response.content.decode() and "Quiz number" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["print_quiz", "print_quiz_key"])
def test_printable_quizzes_are_for_instructors(client, questions, student, name):
    url = reverse(name) + "?lesson=china&length=5&seed=1"
    assert client.get(url).status_code == 302
    client.force_login(student)
    assert client.get(url).status_code == 403


@pytest.mark.django_db
def test_a_lesson_without_live_questions_prints_a_notice(client, corpus, instructor):
    client.force_login(instructor)
    response = client.get(reverse("print_quiz"), {"lesson": "china", "length": 5, "seed": 3})
    assert response.status_code == 200 and "no live questions yet" in response.content.decode()
