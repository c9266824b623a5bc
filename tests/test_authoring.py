"""Lesson authoring: the editor and its preview, the citation finder, versions, ordering, who may do it.

Runs on SQLite by default and on PostgreSQL with DATABASE_URL set; the passage search
is tested on whichever database is in use.
"""

import re

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse

from briefing.corpus import load_corpus
from briefing.models import Lesson, LessonVersion, Passage, Source, Topic
from briefing.search import search_passages, search_terms

pytestmark = pytest.mark.django_db

CHINA = "theendofhistory-venezuela-foreign-policy"


@pytest.fixture
def lesson(corpus):
    return Lesson.objects.get(slug="china")


@pytest.fixture
def editor(client, instructor):
    client.force_login(instructor)
    return client


def form_data(lesson: Lesson, **changes) -> dict:
    data = {"title": lesson.title, "summary": lesson.summary, "topic": lesson.topic_id, "status": lesson.status, "markdown": lesson.markdown}
    return data | changes


def snapshot() -> list:
    """Everything a refused request must leave as it was."""
    lessons = list(Lesson.objects.order_by("pk").values_list("pk", "slug", "title", "summary", "markdown", "status", "order"))
    versions = list(LessonVersion.objects.order_by("pk").values_list("pk", "lesson_id", "number", "markdown"))
    return [lessons, versions]


# Who may author -------------------------------------------------------------------------------

ROUTES = [
    ("instructor_lessons", {}, "get"),
    ("lesson_create", {}, "get"),
    ("lesson_create", {}, "post"),
    ("lesson_edit", {"slug": "china"}, "get"),
    ("lesson_edit", {"slug": "china"}, "post"),
    ("lesson_preview", {}, "post"),
    ("passage_search", {}, "get"),
    ("lesson_move", {"slug": "china"}, "post"),
    ("lesson_history", {"slug": "china"}, "get"),
    ("lesson_restore", {"slug": "china", "number": 1}, "post"),
]


@pytest.mark.parametrize(("name", "kwargs", "method"), ROUTES)
def test_visitors_are_sent_to_log_in_and_students_are_refused(client, lesson, instructor, student, name, kwargs, method):
    lesson.save_version(instructor)
    url = reverse(name, kwargs=kwargs)
    data = {"title": "Hijacked", "slug": "hijacked", "topic": lesson.topic_id, "status": "published", "markdown": "Hijacked.",
            "direction": "down", "q": "China"}  # fmt: skip
    before = snapshot()
    response = getattr(client, method)(url, data)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    client.force_login(student)
    assert getattr(client, method)(url, data).status_code == 403
    assert getattr(client, method)(url, data, headers={"HX-Request": "true"}).status_code == 403
    assert snapshot() == before


@pytest.mark.parametrize("method", ["put", "delete"])
def test_authoring_pages_refuse_other_methods(editor, lesson, method):
    assert getattr(editor, method)(reverse("lesson_edit", args=["china"])).status_code == 405
    assert getattr(editor, method)(reverse("passage_search")).status_code == 405


def test_unknown_lessons_and_versions_are_404(editor, lesson):
    assert editor.get(reverse("lesson_edit", args=["no-such-lesson"])).status_code == 404
    assert editor.get(reverse("lesson_history", args=["no-such-lesson"])).status_code == 404
    assert editor.post(reverse("lesson_move", args=["no-such-lesson"]), {"direction": "up"}).status_code == 404
    assert editor.get(reverse("lesson_history", args=["china"]) + "?version=7").status_code == 404
    assert editor.post(reverse("lesson_restore", args=["china", 7])).status_code == 404


# The editor -----------------------------------------------------------------------------------


def test_the_editor_page_has_the_live_preview_the_finder_and_a_save_button(editor, lesson):
    html = editor.get(reverse("lesson_edit", args=[lesson.slug])).content.decode()
    assert f'hx-post="{reverse("lesson_preview")}"' in html and 'hx-target="#lesson-preview"' in html
    assert 'id="lesson-preview"' in html and '<sup class="cite"' in html  # the preview of the saved text
    assert f'hx-get="{reverse("passage_search")}"' in html and 'name="q"' in html
    assert 'name="action" value="save"' in html and 'name="action" value="preview"' in html
    assert not re.search(r"\son[a-z]+=|style=", html)


def test_a_save_records_the_original_as_version_1_then_the_edit(editor, lesson, instructor):
    original = lesson.markdown
    edited = original + f"\n\nA new closing line [@{CHINA}:10]."
    response = editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, markdown=edited))
    assert response.status_code == 302 and response.url == lesson.get_absolute_url()
    first, second = lesson.versions.order_by("number")
    assert (first.number, first.markdown, first.created_by) == (1, original, None)
    assert (second.number, second.markdown, second.created_by) == (2, edited, instructor)
    editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, title="China again", markdown=edited))
    assert list(lesson.versions.values_list("number", "title")) == [(3, "China again"), (2, lesson.title), (1, lesson.title)]


def test_an_edited_bundled_lesson_survives_reloading_the_corpus(editor, lesson):
    edited = "Rewritten by the instructor " + f"[@{CHINA}:10]."
    editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, markdown=edited))
    report = load_corpus()
    lesson.refresh_from_db()
    assert lesson.markdown == edited
    assert "lesson china (edited by an instructor)" in report.kept
    assert lesson.citations.get().passage.ordinal == 10


@pytest.mark.parametrize(
    ("markdown", "message"),
    [
        ("", "Write the lesson before saving it."),
        ("   \n\t ", "Write the lesson before saving it."),
        ("x" * 1_000_000, "limited to 60,000 characters and this one has 1,000,000"),
        ("x" * 60_001, "limited to 60,000 characters"),
        (" ".join(f"[@{CHINA}:{n}]" for n in range(1, 1202)), "at most 200 different passages"),
        (f"Claim [@{CHINA}:999] and [@no-such-source:1].", f"[@{CHINA}:999], [@no-such-source:1]"),
        ("Nul \x00 byte", "Null characters are not allowed."),
    ],
    ids=["empty", "blank", "1 MB", "just too long", "too many citations", "missing citations", "nul"],
)
def test_the_editor_refuses_bad_text_with_a_clear_message_and_saves_nothing(editor, lesson, markdown, message):
    before = snapshot()
    response = editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, markdown=markdown))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'class="errorlist' in html and message in html
    assert snapshot() == before


def test_a_refused_save_shows_the_unresolved_citations_in_the_preview_too(editor, lesson):
    text = f"Kept [@{CHINA}:10]. Broken [@{CHINA}:999]. Unknown [@no-such-source:1]."
    html = editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, markdown=text)).content.decode()
    preview = html[html.index('id="lesson-preview"') :]
    assert "<li><code>[@theendofhistory-venezuela-foreign-policy:999]</code></li>" in preview
    assert "<li><code>[@no-such-source:1]</code></li>" in preview
    assert '<mark class="cite-missing">missing citation [@no-such-source:1]</mark>' in preview
    assert '<sup class="cite"' in preview  # the good one is still a link
    assert "Broken [@" in html  # the typed text is kept in the form


def test_a_new_lesson_gets_an_address_from_its_title_goes_last_and_starts_its_history(editor, lesson, instructor):
    topic = Topic.objects.get(slug="china")
    last = max(Lesson.objects.values_list("order", flat=True))
    data = {"title": "Oil, debt & China", "slug": "", "summary": "", "topic": topic.pk, "status": "draft", "markdown": f"Loans for oil [@{CHINA}:11]."}
    response = editor.post(reverse("lesson_create"), data)
    created = Lesson.objects.get(slug="oil-debt-china")
    assert response.status_code == 302 and response.url == created.get_absolute_url()
    assert created.status == Lesson.Status.DRAFT and created.order == last + 1
    assert list(created.versions.values_list("number", "created_by")) == [(1, instructor.pk)]
    assert created.citations.get().passage.ordinal == 11


@pytest.mark.parametrize(
    ("title", "slug", "message"),
    [
        ("Anything", "china", "A lesson already has the address “china”; choose another."),
        ("China", "", "A lesson already has the address “china”"),
        ("Anything", "Not A Slug!", "Use only lower-case letters, digits and hyphens, for example “not-a-slug”."),
        ("¿?¡!", "", "the title has none to make one from"),
    ],
)
def test_a_new_lesson_needs_a_free_and_well_formed_address(editor, lesson, title, slug, message):
    before = snapshot()
    data = {"title": title, "slug": slug, "topic": lesson.topic_id, "status": "draft", "markdown": "Text."}
    response = editor.post(reverse("lesson_create"), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert snapshot() == before


def test_the_new_lesson_page_opens_empty(editor, corpus):
    html = editor.get(reverse("lesson_create")).content.decode()
    assert "<h1>New lesson</h1>" in html and 'name="slug"' in html and "Nothing to preview yet" in html


# The preview ----------------------------------------------------------------------------------


def test_the_live_preview_answers_htmx_with_just_the_region(editor, lesson):
    text = f"## Heading\n\nA claim [@{CHINA}:10] and a slip [@{CHINA}:999].\n\n<script>alert(1)</script>"
    response = editor.post(reverse("lesson_preview"), {"markdown": text}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert html.lstrip().startswith('<section id="lesson-preview"')
    assert "<h2>Heading</h2>" in html and '<sup class="cite"' in html
    assert "<li><code>[@theendofhistory-venezuela-foreign-policy:999]</code></li>" in html
    assert "<script>" not in html


def test_the_preview_alone_is_a_full_page_without_htmx(editor, lesson):
    response = editor.post(reverse("lesson_preview"), {"markdown": f"A claim [@{CHINA}:10]."})
    html = response.content.decode()
    assert "<html" in html and "<h1>Lesson preview</h1>" in html and '<sup class="cite"' in html


@pytest.mark.parametrize(
    ("markdown", "message"),
    [("", "Nothing to preview yet"), ("y" * 1_000_000, "limited to 60,000 characters"), ("\x00", '<div class="prose">')],
)
def test_the_preview_explains_what_it_cannot_show(editor, lesson, markdown, message):
    response = editor.post(reverse("lesson_preview"), {"markdown": markdown}, headers={"HX-Request": "true"})
    assert response.status_code == 200 and message in response.content.decode()


def test_the_preview_button_shows_the_preview_in_the_editor_without_saving(editor, lesson):
    before = snapshot()
    text = "Draft sentence " + f"[@{CHINA}:12] and [@{CHINA}:999]."
    response = editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, markdown=text, action="preview"))
    html = response.content.decode()
    assert response.status_code == 200 and "<h1>Edit lesson</h1>" in html
    assert "Draft sentence [@theendofhistory-venezuela-foreign-policy:12] and [@theendofhistory-venezuela-foreign-policy:999].</textarea>" in html
    preview = html[html.index('id="lesson-preview"') :]
    assert "Draft sentence" in preview and '<sup class="cite"' in preview and "[@theendofhistory-venezuela-foreign-policy:999]" in preview
    assert snapshot() == before


# Passage search -------------------------------------------------------------------------------


def test_search_finds_passages_by_their_words_best_first_with_the_words_marked(corpus):
    matches = search_passages("Orinoco heavy crude")
    assert matches
    top = matches[0]
    assert "Orinoco" in top.passage.text
    assert "<mark>Orinoco</mark>" in top.snippet
    assert top.citation == f"[@{top.passage.source.slug}:{top.passage.ordinal}]"
    assert all(re.search(r"orinoco", m.passage.text, re.IGNORECASE) for m in matches)


def test_search_matches_other_forms_of_a_word(corpus):
    plural_only = [p.pk for p in Passage.objects.all() if "sanctions" in p.text.lower() and not re.search(r"\bsanction\b", p.text, re.IGNORECASE)]
    assert plural_only and set(plural_only) & {m.passage.pk for m in search_passages("sanction", limit=100)}


def test_search_respects_the_limit_and_finds_nothing_for_absent_words(corpus):
    assert len(search_passages("Venezuela", limit=3)) == 3
    assert search_passages("zzqxjv unfindable") == []
    assert search_passages("Venezuela", limit=0) == []


HOSTILE = [
    '"',
    "'",
    '"unbalanced',
    "Russia\" OR \"China",
    "NEAR(Russia China)",
    "Russia NEAR China",
    "*",
    "Russ*",
    "AND",
    "OR",
    "NOT",
    "Russia AND",
    "((Russia",
    "China)))",
    "text:Russia",
    "{text}:Russia",
    "^Russia",
    "-Russia",
    "Russia & !China | <-> :*",
    "\\",
    "%_%",
    "'; DROP TABLE briefing_passage; --",
    "\x00",
    "Russia\x00China",
    "\ue000Russia\ue001",
    "Rüssia 俄罗斯 🚀",
    "a" * 5000,
    "Russia " * 1000,
    "",
    "   ",
]


@pytest.mark.parametrize("query", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_queries_never_raise(corpus, query):
    matches = search_passages(query)
    assert isinstance(matches, list)
    for match in matches:
        assert "<script" not in match.snippet


def test_operators_are_searched_as_plain_words(corpus):
    plain = {m.passage.pk for m in search_passages("Russia China")}
    assert plain and {m.passage.pk for m in search_passages('"Russia" AND (China*')} == {
        m.passage.pk for m in search_passages("Russia and China")
    }
    assert search_terms('NEAR("a" b)*') == ["near", "a", "b"]
    assert search_terms("x" * 5000) == ["x" * 40]
    assert len(search_terms(" ".join(f"w{n}" for n in range(100)))) == 12


def test_search_follows_passages_as_they_are_added_changed_and_removed(corpus):
    source = Source.objects.get(slug=CHINA)
    passage = Passage(source=source, ordinal=900, text="The quokkaword appears here.", start=0, end=10)
    passage.save()
    assert [m.passage.pk for m in search_passages("quokkaword")] == [passage.pk]
    passage.text = "Now it says wallabyword instead."
    passage.save()
    assert search_passages("quokkaword") == []
    assert [m.passage.pk for m in search_passages("wallabyword")] == [passage.pk]
    Passage.objects.filter(pk=passage.pk).update(text="Bulk updated to numbatword.")
    assert [m.passage.pk for m in search_passages("numbatword")] == [passage.pk]
    passage.delete()
    assert search_passages("numbatword") == []


def test_snippets_escape_the_passage_text(corpus):
    source = Source.objects.get(slug=CHINA)
    Passage(source=source, ordinal=901, text="<script>alert('x')</script> bilbyword & <b>bold</b>", start=0, end=10).save()
    (match,) = search_passages("bilbyword")
    assert "<mark>bilbyword</mark>" in match.snippet
    # SQLite shows the markup as text; PostgreSQL's headline leaves tags out. Neither lets it through.
    assert "<script" not in match.snippet and "<b>" not in match.snippet


def test_the_database_has_its_search_structures():
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT name FROM sqlite_master WHERE name LIKE 'briefing_passage_fts%%' AND type IN ('table', 'trigger')")
            names = {row[0] for row in cursor.fetchall()}
            assert {"briefing_passage_fts", "briefing_passage_fts_insert", "briefing_passage_fts_update", "briefing_passage_fts_delete"} <= names
        else:
            cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'briefing_passage_text_search'")
            (definition,) = cursor.fetchone()
            assert "gin" in definition and "to_tsvector('english'::regconfig" in definition


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL only")
def test_postgresql_search_can_use_the_gin_index(corpus):
    from django.contrib.postgres.search import SearchQuery, SearchVector

    query = Passage.objects.annotate(document=SearchVector("text", config="english")).filter(
        document=SearchQuery("orinoco", config="english", search_type="websearch")
    )
    with connection.cursor() as cursor:  # a few hundred rows are read fastest in full; make that the dear way
        cursor.execute("SET LOCAL enable_seqscan = off")
        cursor.execute("SET LOCAL enable_indexscan = off")
    plan = query.order_by().explain()
    assert "Bitmap Index Scan on briefing_passage_text_search" in plan


@pytest.mark.django_db(transaction=True)
def test_the_search_migration_can_be_reversed_and_reapplied(corpus):
    call_command("migrate", "briefing", "0002", verbosity=0)
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name LIKE 'briefing_passage_fts%%'")
        else:
            cursor.execute("SELECT count(*) FROM pg_indexes WHERE indexname = 'briefing_passage_text_search'")
        assert cursor.fetchone()[0] == 0
    call_command("migrate", verbosity=0)  # every app: reversing briefing also reversed the migrations that depend on it
    assert search_passages("Orinoco")  # the existing passages are indexed again


def test_the_finder_answers_htmx_with_results_and_insert_buttons(editor, corpus):
    response = editor.get(reverse("passage_search"), {"q": "Orinoco"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and html.lstrip().startswith('<div id="passage-results"')
    assert "<mark>Orinoco</mark>" in html
    assert re.search(r'data-insert-citation="\[@[a-z0-9-]+:\d+\]" data-insert-into="id_markdown" hidden>', html)


def test_the_finder_is_a_page_of_its_own_without_htmx(editor, corpus):
    html = editor.get(reverse("passage_search"), {"q": "Orinoco"}).content.decode()
    assert "<h1>Find a passage to cite</h1>" in html and "Citation: <code>[@" in html


@pytest.mark.parametrize(("query", "message"), [("", "Type a few words"), ("***", "Type words of letters or digits"),
                                                ("zzqxjv", "No passage contains all of “zzqxjv”")])  # fmt: skip
def test_the_finder_says_what_to_do_when_it_finds_nothing(editor, corpus, query, message):
    html = editor.get(reverse("passage_search"), {"q": query}, headers={"HX-Request": "true"}).content.decode()
    assert message in html


@pytest.mark.parametrize("query", ['"', "NEAR(a b", "\x00", "q" * 5000])
def test_the_finder_page_takes_hostile_queries(editor, corpus, query):
    assert editor.get(reverse("passage_search"), {"q": query}).status_code == 200


def test_without_javascript_the_search_button_shows_citations_in_the_editor_keeping_the_text(editor, lesson):
    before = snapshot()
    data = form_data(lesson, markdown="Half-written lesson text.", action="search", q="Orinoco")
    html = editor.post(reverse("lesson_edit", args=[lesson.slug]), data).content.decode()
    assert "Half-written lesson text.</textarea>" in html
    assert 'value="Orinoco"' in html and "Citation: <code>[@" in html and "<mark>Orinoco</mark>" in html
    assert snapshot() == before


# History --------------------------------------------------------------------------------------


@pytest.fixture
def edited(editor, lesson):
    """The China lesson edited twice: versions 1 (the original), 2 and 3."""
    for n in (2, 3):
        markdown = lesson.markdown + f"\n\nEdit number {n} [@{CHINA}:1{n}]."
        editor.post(reverse("lesson_edit", args=[lesson.slug]), form_data(lesson, title=f"China v{n}", markdown=markdown))
    lesson.refresh_from_db()
    return lesson


def test_history_lists_the_versions_newest_first(editor, edited):
    html = editor.get(reverse("lesson_history", args=[edited.slug])).content.decode()
    html = html[html.index("<caption>Versions, newest first</caption>") :]
    assert html.index("China v3") < html.index("China v2") < html.index("as it was before editing")


def test_a_version_is_shown_with_a_diff_against_the_current_text(editor, edited):
    url = reverse("lesson_history", args=[edited.slug]) + "?version=1"
    html = editor.get(url).content.decode()
    assert "<html" in html and "Version 1 beside the current text" in html
    assert f"<del>-Edit number 3 [@{CHINA}:13].</del>" in html
    assert "Title now: “China v3”; in version 1: “China: creditor, customer and cautious partner”" in html
    assert f'action="{reverse("lesson_restore", args=[edited.slug, 1])}"' in html
    fragment = editor.get(url, headers={"HX-Request": "true"}).content.decode()
    assert "<html" not in fragment and fragment.lstrip().startswith('<section id="version"') and "<del>-Edit number 3" in fragment


def test_a_version_equal_to_the_current_text_says_so(editor, edited):
    html = editor.get(reverse("lesson_history", args=[edited.slug]) + "?version=3").content.decode()
    assert "Its text is the same as the current text." in html


@pytest.mark.parametrize("value", ["x", "-1", "1.5", "9" * 30, "١"])
def test_a_malformed_version_number_goes_back_to_the_history(editor, edited, value):
    response = editor.get(reverse("lesson_history", args=[edited.slug]), {"version": value})
    assert response.status_code == 302 and response.url == reverse("lesson_history", args=[edited.slug])


def test_restoring_makes_a_new_version_and_keeps_the_history(editor, edited, instructor):
    original = edited.versions.get(number=1)
    Lesson.objects.filter(pk=edited.pk).update(status=Lesson.Status.DRAFT)
    response = editor.post(reverse("lesson_restore", args=[edited.slug, 1]))
    assert response.status_code == 302
    edited.refresh_from_db()
    assert (edited.title, edited.markdown) == (original.title, original.markdown)
    assert edited.status == Lesson.Status.DRAFT  # restoring does not publish or unpublish
    assert list(edited.versions.values_list("number", flat=True)) == [4, 3, 2, 1]
    newest = edited.versions.get(number=4)
    assert newest.markdown == original.markdown and newest.created_by == instructor
    assert sorted(edited.citations.values_list("number", flat=True)) == list(range(1, edited.citations.count() + 1))
    assert "Restored version 1" in editor.get(response.url).content.decode()


def test_a_version_citing_a_removed_passage_is_not_restored(editor, edited):
    version = edited.versions.get(number=2)
    version.markdown += f" [@{CHINA}:999]"
    version.save()
    before = snapshot()
    response = editor.post(reverse("lesson_restore", args=[edited.slug, 2]))
    assert response.status_code == 302 and response.url.endswith("?version=2")
    assert snapshot() == before
    assert "Version 2 was not restored" in editor.get(response.url).content.decode()


def test_restoring_works_only_by_post(editor, edited):
    assert editor.get(reverse("lesson_restore", args=[edited.slug, 1])).status_code == 405


# Ordering -------------------------------------------------------------------------------------


def order() -> list[str]:
    return list(Lesson.objects.order_by("order", "title", "pk").values_list("slug", flat=True))


def test_the_lessons_page_lists_every_lesson_with_drafts(editor, lesson):
    Lesson.objects.filter(slug="iran").update(status=Lesson.Status.DRAFT)
    html = editor.get(reverse("instructor_lessons")).content.decode()
    assert "<caption>Lessons in reading order</caption>" in html
    assert all(f'id="lesson-{slug}"' in html for slug in order())
    assert 'class="badge status-draft">Draft' in html
    assert f'href="{reverse("lesson_create")}"' in html


def test_moving_a_lesson_swaps_it_with_its_neighbour(editor, lesson):
    start = order()
    at = start.index("china")
    response = editor.post(reverse("lesson_move", args=["china"]), {"direction": "up"})
    assert response.status_code == 302 and response.url.endswith("#lesson-china")
    expected = start[: at - 1] + ["china", start[at - 1]] + start[at + 1 :]
    assert order() == expected
    editor.post(reverse("lesson_move", args=["china"]), {"direction": "down"})
    assert order() == start
    assert list(Lesson.objects.order_by("order").values_list("order", flat=True)) == list(range(1, len(start) + 1))


def test_lessons_sharing_a_number_are_renumbered_when_one_moves(editor, lesson):
    Lesson.objects.update(order=0)
    start = order()  # by title when the numbers tie
    editor.post(reverse("lesson_move", args=[start[0]]), {"direction": "down"})
    assert order() == [start[1], start[0], *start[2:]]


def test_the_ends_of_the_list_and_bad_directions_change_nothing(editor, lesson):
    first, last = order()[0], order()[-1]
    before = snapshot()
    assert "is already first" in editor.post(reverse("lesson_move", args=[first]), {"direction": "up"}, follow=True).content.decode()
    assert "is already last" in editor.post(reverse("lesson_move", args=[last]), {"direction": "down"}, follow=True).content.decode()
    for direction in ["", "sideways", "-1", "\x00"]:
        html = editor.post(reverse("lesson_move", args=[first]), {"direction": direction}, follow=True).content.decode()
        assert "Choose whether to move the lesson up or down." in html
    assert snapshot() == before


def test_the_instructor_home_links_to_the_lessons_page_and_a_new_lesson(editor, corpus):
    html = editor.get(reverse("instructor_home")).content.decode()
    assert f'href="{reverse("instructor_lessons")}"' in html and f'href="{reverse("lesson_create")}"' in html


# In a browser ---------------------------------------------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_an_instructor_finds_a_passage_inserts_its_citation_and_sees_the_preview(live_server, corpus, instructor, page):
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Username").fill("instructor")
    page.get_by_label("Password").fill("pw-instructor")
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")
    page.goto(live_server.url + reverse("lesson_edit", args=["china"]))
    text = page.get_by_label("Lesson text")
    text.fill("Opening line. ")
    page.get_by_label("Words in the passage").fill("Orinoco crude")
    insert = page.locator("#passage-results [data-insert-citation]").first
    insert.wait_for(state="visible")
    citation = insert.get_attribute("data-insert-citation")
    text.evaluate("area => area.setSelectionRange(8, 8)")  # the cursor after "Opening "
    insert.click()
    assert text.input_value() == f"Opening {citation}line. "
    page.locator("#lesson-preview sup.cite").wait_for()
    text.press("End")
    text.type(" A slip [@no-such-source:4].")
    page.locator("#lesson-preview .missing-citations", has_text="[@no-such-source:4]").wait_for()
    assert "Opening" in page.locator("#lesson-preview .prose").inner_text()
    assert Lesson.objects.get(slug="china").markdown != text.input_value()  # nothing saved by previewing


def test_citations_resolve_in_one_query_however_many_passages_a_lesson_cites(db, django_assert_num_queries):
    from briefing.citations import CitationRef

    source = Source.objects.create(slug="long-source", title="A long source", raw_text="x", cleaned_text="x")
    Passage.objects.bulk_create(Passage(source=source, ordinal=n, text=f"Passage {n}.", start=0, end=1) for n in range(1, 1501))
    refs = [CitationRef("long-source", n) for n in range(1, 1501)] + [CitationRef("long-source", 9999), CitationRef("nowhere", 1)]
    with django_assert_num_queries(1):
        found = Passage.objects.resolve(refs)
    assert len(found) == 1500 and CitationRef("long-source", 9999) not in found
    assert found[CitationRef("long-source", 1234)].text == "Passage 1234."
