"""The hot pages stay cheap without going stale: the lesson's rendered HTML is cached under a key
made of everything it is drawn from, and the review page and the grade read each row once."""

import re
import time

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

import briefing.models
from briefing.models import Lesson, LessonRead, Passage, Source, is_instructor
from quizzes import scheduling
from quizzes.models import Card, Question, ReviewLog, StudySettings

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _no_fuzz(settings):
    settings.BRIEFING_FSRS_FUZZING = False


@pytest.fixture(autouse=True)
def _pages_drawn(settings):
    """These tests count what drawing a page costs; serving it again from the page cache is
    tested in test_page_cache.py."""
    settings.BRIEFING_PAGE_CACHE = False


@pytest.fixture
def lesson(corpus):
    return Lesson.objects.filter(status=Lesson.Status.PUBLISHED, citations__isnull=False).distinct().first()


@pytest.fixture
def renders(monkeypatch):
    """Counts how often a lesson's Markdown is actually rendered (not served from the cache)."""
    calls = []
    real = briefing.models.render

    def counting(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(briefing.models, "render", counting)
    return calls


@pytest.fixture
def deck(questions, student):
    scheduling.add_cards(student, Question.objects.for_lesson(Lesson.objects.get(slug="iran")), Card.Origin.LESSON, timezone.now())
    return Card.objects.filter(user=student)


def statements(queries: CaptureQueriesContext) -> list[str]:
    """The SQL run, without the savepoints that the test's own transaction adds around atomic blocks."""
    return [q["sql"] for q in queries.captured_queries if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))]


def prose(page: str) -> str:
    return re.search(r'<div class="prose">(.*?)</div>\s*<p class="hint">', page, re.DOTALL)[1]


def get(client, url: str, **headers) -> tuple[str, list[str]]:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    assert response.status_code == 200
    return response.content.decode(), statements(queries)


# ---------------------------------------------------------------------------- the lesson's HTML cache


def test_a_lesson_is_rendered_once_and_then_served_from_the_cache(client, lesson, student, renders):
    client.force_login(student)
    first, _ = get(client, lesson.get_absolute_url())
    second, _ = get(client, lesson.get_absolute_url())
    assert len(renders) == 1
    assert prose(first) == prose(second)  # the same lesson, citation anchors and all
    assert 'id="cite-1"' in prose(second)


def test_an_edited_lesson_shows_its_new_text_at_once(client, lesson, student, renders):
    client.force_login(student)
    get(client, lesson.get_absolute_url())
    lesson.markdown = lesson.markdown.replace("\n\n", "\n\nA freshly written paragraph.\n\n", 1)
    lesson.save_with_citations()
    page, _ = get(client, lesson.get_absolute_url())
    assert "A freshly written paragraph." in page
    assert len(renders) == 2


def test_a_lesson_edited_without_a_new_timestamp_still_shows_its_new_text(client, lesson, student):
    """The key holds the text itself, not only when the lesson was saved (an update() keeps updated_at)."""
    client.force_login(student)
    get(client, lesson.get_absolute_url())
    Lesson.objects.filter(pk=lesson.pk).update(markdown=lesson.markdown + "\n\nAdded by a bulk update.")
    page, _ = get(client, lesson.get_absolute_url())
    assert "Added by a bulk update." in page


def test_an_edited_cited_passage_renders_the_lesson_again(client, lesson, student, renders):
    client.force_login(student)
    get(client, lesson.get_absolute_url())
    passage = lesson.citations.get(number=1).passage
    passage.text += " A sentence added later."
    passage.save()
    get(client, lesson.get_absolute_url())
    assert len(renders) == 2


def test_a_renamed_source_shows_in_the_citations_at_once(client, lesson, student):
    client.force_login(student)
    source = lesson.citations.get(number=1).passage.source
    before, _ = get(client, lesson.get_absolute_url())
    assert f"Source 1: {escape(source.title)}" in before
    Source.objects.filter(pk=source.pk).update(title="A Renamed Report")
    after, _ = get(client, lesson.get_absolute_url())
    assert "Source 1: A Renamed Report" in after


def test_a_passage_that_no_longer_exists_shows_as_missing_at_once(client, lesson, instructor):
    client.force_login(instructor)
    cited = lesson.citations.get(number=1).passage
    page, _ = get(client, lesson.get_absolute_url())
    assert "missing citation" not in page
    Passage.objects.filter(pk=cited.pk).update(ordinal=9999)  # as a re-import that renumbers the passages would
    page, _ = get(client, lesson.get_absolute_url())
    assert f"missing citation [@{cited.source.slug}:{cited.ordinal}]" in page
    assert "cites passages that no longer exist" in page


def test_a_preview_of_unsaved_text_is_never_cached(corpus, renders):
    text = Lesson.objects.filter(status=Lesson.Status.PUBLISHED).first().markdown
    Lesson(markdown=text).render(lambda *args: "", cache_as="page")
    Lesson(markdown=text).render(lambda *args: "", cache_as="page")
    assert len(renders) == 2


def test_the_cached_page_still_records_the_first_read(client, lesson, student, other_student):
    client.force_login(student)
    get(client, lesson.get_absolute_url())
    client.force_login(other_student)
    get(client, lesson.get_absolute_url())
    assert set(LessonRead.objects.filter(lesson=lesson).values_list("user__username", flat=True)) == {"student", "other_student"}


def test_a_draft_stays_hidden_from_students_once_an_instructor_has_cached_it(client, lesson, instructor, student):
    Lesson.objects.filter(pk=lesson.pk).update(status=Lesson.Status.DRAFT)
    client.force_login(instructor)
    get(client, lesson.get_absolute_url())
    client.force_login(student)
    assert client.get(lesson.get_absolute_url()).status_code == 404


# ---------------------------------------------------------------------------- queries per page


def test_the_lesson_page_costs_five_queries(client, lesson, student):
    """Session, user with the instructor role, lesson, first-read check, cited passages."""
    client.force_login(student)
    get(client, lesson.get_absolute_url())
    _, queries = get(client, lesson.get_absolute_url())
    assert len(queries) == 5, "\n".join(queries)
    assert sum("auth_group" in sql for sql in queries) == 1
    assert sum("auth_group" in sql and 'FROM auth_user u' in sql for sql in queries) == 1  # the role comes with the user
    passages = next(sql for sql in queries if 'FROM "briefing_passage"' in sql)
    assert '"briefing_source"."raw_text"' not in passages and '"briefing_passage"."text"' not in passages


def test_the_instructor_role_is_looked_up_once_a_request(student):
    with CaptureQueriesContext(connection) as queries:
        assert not is_instructor(student) and not is_instructor(student)
    assert len(queries) == 1


def test_the_review_page_reads_the_cards_question_and_passage_once(client, deck, student):
    """Session, user with the instructor role, study settings, today's counts (reviews, new cards,
    due cards, anything to undo: one query), the next card with its question and version."""
    client.force_login(student)
    get(client, reverse("review"))
    _, queries = get(client, reverse("review"))
    assert len(queries) == 5, "\n".join(queries)
    assert not any(sql.startswith(('SELECT "quizzes_question"', 'SELECT "briefing_passage"')) for sql in queries)
    card = scheduling.next_card(student, scheduling.study_settings(student), timezone.now())
    shown, _ = get(client, reverse("review") + f"?show={card.pk}")
    assert "<mark>" in shown  # the explanation still marks the answer, from the rows already read
    _, queries = get(client, reverse("review") + f"?show={card.pk}")
    assert len(queries) == 5, "\n".join(queries)  # the passage and source come with the card
    assert not any(re.match(r'SELECT "?(quizzes_question|briefing_passage|briefing_source)', sql) for sql in queries)


def test_after_a_grade_today_the_review_page_skips_the_undo_lookup(client, deck, student):
    client.force_login(student)
    card = deck.first()
    scheduling.grade(card.pk, student, 0, 3, timezone.now())
    page, queries = get(client, reverse("review"))
    assert len(queries) == 5, "\n".join(queries)
    assert "Undo" in page


def test_the_grade_reads_the_card_and_the_study_settings_once(client, deck, student):
    client.force_login(student)
    get(client, reverse("review"))
    card = scheduling.next_card(student, scheduling.study_settings(student), timezone.now())
    form = {"card": card.pk, "version": card.version, "rating": 3, "started": int(time.time() * 1000)}
    with CaptureQueriesContext(connection) as captured:
        response = client.post(reverse("review_grade"), form, headers={"HX-Request": "true"})
    assert response.status_code == 200 and 'class="messages"' not in response.content.decode()
    queries = statements(captured)
    # Session, user (with the instructor role), study settings, the card, its update and its review
    # log; then the next card as the review page reads it (today's counts, next card).
    assert len(queries) == 8, "\n".join(queries)
    assert sum(re.search(r'FROM "?quizzes_card"? c\b', sql) is not None and "COUNT" not in sql for sql in queries) == 2  # the graded card, the next one
    assert sum(re.search(r'FROM "?quizzes_studysettings"?', sql) is not None for sql in queries) == 1
    assert ReviewLog.objects.filter(card=card).count() == 1


def test_a_grade_for_someone_elses_card_is_refused_and_changes_nothing(client, deck, other_student):
    card = deck.first()
    client.force_login(other_student)
    response = client.post(reverse("review_grade"), {"card": card.pk, "version": 0, "rating": 3}, headers={"HX-Request": "true"})
    assert response.status_code == 404
    card.refresh_from_db()
    assert card.version == 0 and not ReviewLog.objects.exists()
    assert not StudySettings.objects.filter(user=other_student).exists()


def test_a_replayed_grade_is_still_refused_once_the_settings_are_passed_in(client, deck, student):
    client.force_login(student)
    card = deck.first()
    form = {"card": card.pk, "version": 0, "rating": 3}
    client.post(reverse("review_grade"), form, headers={"HX-Request": "true"})
    replay = client.post(reverse("review_grade"), form, headers={"HX-Request": "true"})
    assert "already graded" in replay.content.decode()
    assert ReviewLog.objects.filter(card=card).count() == 1


def test_the_quiz_question_page_does_not_read_the_source_article(client, questions, student):
    from quizzes import attempts
    from quizzes.models import Attempt

    attempt = attempts.start_attempt(student, Question.objects.all(), title="Quiz", mode=Attempt.Mode.PRACTICE, length=5,
                                     time_limit=None, now=timezone.now())  # fmt: skip
    client.force_login(student)
    url = reverse("attempt_question", args=[attempt.pk, 1])
    get(client, url)
    _, queries = get(client, url)
    assert len(queries) == 5, "\n".join(queries)
    assert not any('"briefing_source"."raw_text"' in sql for sql in queries)


# ---------------------------------------------------------------------------- settings


def _database_settings(**env) -> list[str]:
    from test_settings import PRODUCTION, manage

    code = "from django.conf import settings as s; d = s.DATABASES['default']; print(d['CONN_MAX_AGE'], d['CONN_HEALTH_CHECKS'])"
    result = manage("shell", "--no-imports", "-c", code, **PRODUCTION, **env)
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


def test_production_keeps_database_connections_with_a_health_check():
    assert _database_settings() == ["60", "True"]
    assert _database_settings(DJANGO_CONN_MAX_AGE="0") == ["0", "False"]


def test_a_negative_connection_age_fails_loudly():
    from test_settings import PRODUCTION, manage

    result = manage("check", **PRODUCTION, DJANGO_CONN_MAX_AGE="-5")
    assert result.returncode != 0 and "DJANGO_CONN_MAX_AGE must be 0" in result.stderr
