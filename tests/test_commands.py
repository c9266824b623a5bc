"""Management commands: import_source, load_corpus, export_corpus and demo, including bad input."""

import json
from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from briefing.models import Lesson, Note, Passage, Source, Topic

pytestmark = pytest.mark.django_db

ARTICLE = """Harbour News

Share on Facebook
Share on Twitter

Dockworkers in the fictional port of Alderney voted on 4 March 2025 to end a strike that lasted 19 days.

The union's leader, Maria Okafor, said the agreement raised wages by 6 percent [1].

References
[1] Union statement, 4 March 2025.
"""


def run(*args) -> tuple[str, str]:
    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_source_prints_the_new_slug_and_stores_passages_and_notes(tmp_path, corpus):
    path = tmp_path / "strike.txt"
    path.write_text(ARTICLE)
    out, _ = run("import_source", str(path), "--title", "Port strike ends", "--publisher", "Harbour News",
                 "--authors", "A. Writer, B. Writer", "--published", "2025-03-05", "--kind", "news report")  # fmt: skip
    slug = out.strip()
    source = Source.objects.get(slug=slug)
    assert slug == "port-strike-ends"
    assert source.authors == ["A. Writer", "B. Writer"] and source.published.isoformat() == "2025-03-05"
    assert source.passages.count() == 2
    assert "Share on" not in source.cleaned_text
    assert list(source.notes.values_list("number", flat=True)) == [1]
    # A second import of the same title gets its own slug.
    assert run("import_source", str(path), "--title", "Port strike ends")[0].strip() == "port-strike-ends-2"


@pytest.mark.parametrize(
    ("content", "name", "message"),
    [
        (b"", "empty.txt", "No article text"),
        (b"   \n\n  ", "blank.txt", "No article text"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "image.txt", "binary"),
        (b"Share on Facebook\nSubscribe to our newsletter\nAdvertisement\nCookie settings\n", "chrome.txt", "No article text"),
        (b"Some text.", "article.pdf", ".txt, .md or .html"),
    ],
)
def test_import_source_refuses_bad_files_clearly_and_writes_nothing(tmp_path, db, content, name, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(CommandError, match=message):
        run("import_source", str(path), "--title", "Bad")
    assert not Source.objects.exists() and not Passage.objects.exists()


def test_import_source_refuses_files_over_the_size_limit(tmp_path, db, settings):
    settings.BRIEFING_MAX_IMPORT_BYTES = 1000
    path = tmp_path / "big.txt"
    path.write_text("A long sentence about the harbour and its workers. " * 100)
    with pytest.raises(CommandError, match="limit"):
        run("import_source", str(path), "--title", "Big")
    assert not Source.objects.exists()


def test_import_source_decodes_non_utf8_with_a_warning(tmp_path, db):
    path = tmp_path / "latin.txt"
    path.write_bytes("Hugo Ch\xe1vez took office in 1999 and changed the country's foreign policy.".encode("cp1252"))
    out, err = run("import_source", str(path), "--title", "Latin")
    assert "Warning" in err
    assert "Chávez" in Source.objects.get(slug=out.strip()).cleaned_text


@pytest.mark.parametrize(("args", "message"), [(["--published", "05/03/2025"], "YYYY-MM-DD"), (["--title", "   "], "title")])
def test_import_source_refuses_malformed_options(tmp_path, db, args, message):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE)
    with pytest.raises(CommandError, match=message):
        run("import_source", str(path), "--title", "T", *args)
    assert not Source.objects.exists()


def test_import_source_reports_a_missing_file(db):
    with pytest.raises(CommandError, match="No file"):
        run("import_source", "/no/such/file.txt", "--title", "T")


def test_load_corpus_twice_creates_nothing_new_and_keeps_instructor_edits(db):
    run("load_corpus")
    counts = (Source.objects.count(), Passage.objects.count(), Note.objects.count(), Lesson.objects.count(), Topic.objects.count())
    assert counts[0] == 5 and counts[3] >= 7 and counts[4] == 6
    lesson = Lesson.objects.first()
    lesson.markdown += "\nAn instructor's extra sentence.\n"
    lesson.save_with_citations()
    out, _ = run("load_corpus")
    assert "0 created, 0 updated" in out
    assert (Source.objects.count(), Passage.objects.count(), Note.objects.count(), Lesson.objects.count(), Topic.objects.count()) == counts
    lesson.refresh_from_db()
    assert lesson.markdown.endswith("An instructor's extra sentence.\n")


def test_load_corpus_refreshes_an_unedited_lesson_whose_bundled_text_changed(db):
    run("load_corpus")
    lesson = Lesson.objects.first()
    Lesson.objects.filter(pk=lesson.pk).update(markdown="old bundled text", corpus_hash=Lesson.hash_of("old bundled text"))
    out, _ = run("load_corpus")
    assert f"Updated lesson {lesson.slug}" in out
    lesson.refresh_from_db()
    assert lesson.markdown != "old bundled text"


def test_export_corpus_prints_the_documented_json(corpus):
    data = json.loads(run("export_corpus")[0])
    assert {s["slug"] for s in data["sources"]} == set(Source.objects.values_list("slug", flat=True))
    source = data["sources"][0]
    assert set(source) >= {"slug", "title", "publisher", "authors", "published", "url", "kind", "caveats", "passages", "notes"}
    assert set(source["passages"][0]) == {"ordinal", "text", "hash", "section", "topics"}
    lesson = data["lessons"][0]
    assert set(lesson) >= {"slug", "title", "topic", "markdown", "citations"}
    citation = lesson["citations"][0]
    assert Passage.objects.filter(source__slug=citation["source"], ordinal=citation["passage"]).exists()


def test_demo_creates_a_student_and_an_instructor(db, settings):
    settings.DEBUG = True
    out, _ = run("demo", "--password", "demo-pass")
    assert "student" in out and "instructor" in out
    from django.contrib.auth import authenticate

    assert authenticate(username="student", password="demo-pass")
    instructor = authenticate(username="instructor", password="demo-pass")
    assert instructor.groups.filter(name="Instructors").exists()
    run("demo", "--password", "demo-pass")  # safe to run twice
    assert User.objects.count() == 2


def test_demo_gives_the_instructor_a_class_with_the_student_and_assignments(corpus, settings):
    from quizzes.models import Classroom

    settings.DEBUG = True
    out, _ = run("demo", "--password", "demo-pass")
    classroom = Classroom.objects.get(instructor__username="instructor")
    assert classroom.join_code in out
    assert list(classroom.students.values_list("username", flat=True)) == ["student"]
    assert sorted(classroom.assignments.values_list("kind", flat=True)) == ["quiz", "reading", "review"]
    run("demo", "--password", "demo-pass")
    assert Classroom.objects.count() == 1 and classroom.assignments.count() == 3


def test_demo_refuses_known_passwords_without_debug(db, settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="Refusing"):
        run("demo", "--password", "demo-pass")
    assert not User.objects.exists()
    out, _ = run("demo")
    password = out.split("password: ")[1].split()[0]
    assert len(password) >= 12
