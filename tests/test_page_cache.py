"""The page cache (briefing/pagecache.py): a signed-in user's lesson, quiz-question and review
pages are served again from memory only while nothing they show has changed, never to anyone
else, and with this response's own CSRF token, CSP nonce and messages."""

import re
from datetime import timedelta

import pytest
import time_machine
from django.contrib.auth.models import Group
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from briefing import pagecache
from briefing.models import INSTRUCTORS_GROUP, Lesson, LessonRead, PageStamp, Passage
from quizzes import attempts, scheduling
from quizzes.models import Attempt, Card, Question, StudySettings

pytestmark = pytest.mark.django_db

NONCE = re.compile(r'<script [^>]*nonce="([^"]+)"')
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


@pytest.fixture(autouse=True)
def _fresh_cache(settings):
    settings.BRIEFING_FSRS_FUZZING = False
    caches["pages"].clear()
    pagecache._checked.clear()


def signed_in(user, **options) -> Client:
    client = Client(**options)
    client.force_login(user)
    return client


def get(client: Client, url: str, **extra):
    """The response, and whether it came from the page cache: a page served from it reads only
    the session and the user."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response, len(queries) <= 2


def cached_twice(client: Client, url: str, **extra):
    """Open the page until it is drawn into the cache (a first visit may itself write, such as a
    lesson read), then once more, which must be served from the cache."""
    for _ in range(3):
        response, hit = get(client, url, **extra)
        if hit:
            return response
    response, hit = get(client, url, **extra)
    assert hit, f"{url} was not served from the page cache"
    return response


@pytest.fixture
def lesson(questions):
    return Lesson.objects.get(slug="iran")


@pytest.fixture
def deck(lesson, student):
    scheduling.add_cards(student, Question.objects.for_lesson(lesson), Card.Origin.LESSON, timezone.now())
    return Card.objects.filter(user=student)


def test_every_stamping_trigger_is_in_place():
    assert pagecache.missing_triggers() == set()
    assert pagecache.enabled()


def test_a_lesson_is_served_from_the_cache_with_this_responses_nonce_and_csrf_token(lesson, student):
    client = signed_in(student, enforce_csrf_checks=True)
    url = lesson.get_absolute_url()
    first = cached_twice(client, url)
    second, hit = get(client, url)
    assert hit
    nonces = [NONCE.search(r.text).group(1) for r in (first, second)]
    assert nonces[0] != nonces[1]
    for response, nonce in zip((first, second), nonces, strict=True):
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        assert len(NONCE.findall(response.text)) >= 2 and set(NONCE.findall(response.text)) == {nonce}  # htmx's script too
        assert "{csrf-" not in response.text and "{nonce-" not in response.text
    tokens = TOKEN.findall(second.text)
    assert tokens and len(set(tokens)) == 1 and tokens[0] not in first.text  # masked afresh for each response
    posted = client.post(reverse("add_lesson_cards", args=[lesson.slug]), {"csrfmiddlewaretoken": tokens[0], "next": url})
    assert posted.status_code == 302  # the token in the cached page is good for this session


def test_a_users_page_is_never_served_to_another_user(lesson, student, other_student):
    url = lesson.get_absolute_url()
    cached_twice(signed_in(student), url)
    response, _ = get(signed_in(other_student), url)
    assert "Other_Student" in response.text and ">Student<" not in response.text
    assert LessonRead.objects.filter(user=other_student, lesson=lesson).exists()  # the read is recorded for them too


def test_a_lesson_read_is_recorded_even_when_the_page_is_cached(lesson, student):
    client = signed_in(student)
    cached_twice(client, lesson.get_absolute_url())
    LessonRead.objects.filter(user=student).delete()  # e.g. removed in the admin
    get(client, lesson.get_absolute_url())
    assert LessonRead.objects.filter(user=student, lesson=lesson).exists()


def test_an_edited_lesson_shows_at_once_however_it_was_saved(lesson, student):
    client = signed_in(student)
    url = lesson.get_absolute_url()
    cached_twice(client, url)
    lesson.title = "Iran, edited"
    lesson.save()
    response, hit = get(client, url)
    assert not hit and "Iran, edited" in response.text
    cached_twice(client, url)
    Lesson.objects.filter(pk=lesson.pk).update(summary="Changed without signals")  # QuerySet.update() sends no signal
    response, hit = get(client, url)
    assert not hit and "Changed without signals" in response.text
    passage = Passage.objects.filter(citations__lesson=lesson).select_related("source").first()
    cached_twice(client, url)
    passage.source.__class__.objects.filter(pk=passage.source_id).update(publisher="A new publisher")
    response, hit = get(client, url)
    assert not hit and "A new publisher" in response.text


def test_a_change_of_role_or_name_shows_at_once(lesson, student):
    client = signed_in(student)
    url = lesson.get_absolute_url()
    response = cached_twice(client, url)
    assert "Teach" not in response.text
    student.groups.add(Group.objects.get_or_create(name=INSTRUCTORS_GROUP)[0])
    response, hit = get(client, url)
    assert not hit and "Teach" in response.text and "Edit</a>" in response.text
    cached_twice(client, url)
    student.groups.clear()
    response, hit = get(client, url)
    assert not hit and "Teach" not in response.text
    cached_twice(client, url)
    student.first_name = "Renamed"
    student.save()
    response, hit = get(client, url)
    assert not hit and "Renamed" in response.text


def test_after_logout_the_cached_page_is_not_served(lesson, student):
    client = signed_in(student)
    url = lesson.get_absolute_url()
    cached_twice(client, url)
    client.post(reverse("logout"))
    response = client.get(url)
    assert "Log in" in response.text and "Log out" not in response.text
    student.is_active = False
    student.save()
    other = signed_in(student)  # a session made before the account was switched off
    assert "Log out" not in other.get(url).text


def test_messages_appear_on_a_cached_page_and_only_once(lesson, student):
    client = signed_in(student)
    url = lesson.get_absolute_url()
    cached_twice(client, url)
    client.post(reverse("add_lesson_cards", args=[lesson.slug]), {"next": url})
    response, hit = get(client, url)
    assert not hit and 'class="messages"' in response.text and "to your deck" in response.text
    response = cached_twice(client, url)
    assert 'class="messages"' not in response.text


def test_a_message_that_changes_nothing_else_still_appears(deck, student):
    client = signed_in(student)
    url = reverse("review")
    cached_twice(client, url)
    client.post(reverse("review_undo"))  # nothing to undo: a message, and no write
    response, _ = get(client, url)
    assert "There is nothing to undo." in response.text
    response = cached_twice(client, url)
    assert "There is nothing to undo." not in response.text


def test_the_review_page_follows_grades_undo_and_deck_changes(deck, student):
    StudySettings.objects.create(user=student)  # saved once, so that the last step below changes a stored row
    client = signed_in(student)
    url = reverse("review")
    page = cached_twice(client, url)
    shown = re.search(r'name="show" value="(\d+)"', page.text).group(1)
    answer = cached_twice(client, f"{url}?show={shown}")
    version = re.search(r'name="version" value="(\d+)"', answer.text).group(1)
    started = re.search(r'name="started" value="(\d+)"', answer.text)
    assert started and "{now-" not in answer.text
    client.post(reverse("review_grade"), {"card": shown, "version": version, "rating": 3})
    response, hit = get(client, url)
    assert not hit and "1 done today" in response.text and f'name="show" value="{shown}"' not in response.text
    cached_twice(client, url)
    client.post(reverse("review_undo"))
    response, hit = get(client, url)
    assert not hit and "0 done today" in response.text and f'name="show" value="{shown}"' in response.text
    cached_twice(client, url)
    client.post(reverse("change_card", args=[shown]), {"action": "suspend"})
    response, hit = get(client, url)
    assert not hit and f'name="show" value="{shown}"' not in response.text
    cached_twice(client, url)
    StudySettings.objects.filter(user=student).update(reviews_per_day=1, new_per_day=0)
    response, hit = get(client, url)
    assert not hit and "All done for now" in response.text


def test_the_review_page_is_kept_only_until_the_next_card_falls_due(deck, student):
    now = timezone.now()
    first, second = deck.order_by("pk")[:2]
    Card.objects.filter(user=student).exclude(pk__in=[first.pk, second.pk]).update(suspended=True)
    Card.objects.filter(pk=second.pk).update(due=now + timedelta(seconds=30))
    client = signed_in(student)
    url = reverse("review")
    with time_machine.travel(now, tick=False) as traveller:
        response = cached_twice(client, url)
        assert "· 1 left" in response.text
        traveller.shift(timedelta(seconds=31))
        response, hit = get(client, url)
        assert not hit and "· 2 left" in response.text


def test_the_all_done_page_and_a_timed_quiz_are_drawn_afresh_every_time(lesson, deck, student):
    Card.objects.filter(user=student).update(due=timezone.now() + timedelta(days=2))
    client = signed_in(student)
    for _ in range(3):
        response, hit = get(client, reverse("review"))
        assert "All done for now" in response.text and not hit  # it counts down to the next card
    attempt = attempts.start_attempt(student, Question.objects.for_lesson(lesson), title="Timed", mode=Attempt.Mode.TEST,
                                     length=3, time_limit=10, now=timezone.now())  # fmt: skip
    for _ in range(3):
        response, hit = get(client, reverse("attempt_question", args=[attempt.pk, 1]))
        assert "Time left" in response.text and not hit


def test_a_quiz_question_shows_the_answer_just_given(lesson, student):
    attempt = attempts.start_attempt(student, Question.objects.for_lesson(lesson), title="Practice", mode=Attempt.Mode.PRACTICE,
                                     length=3, time_limit=None, now=timezone.now())  # fmt: skip
    client = signed_in(student)
    url = reverse("attempt_question", args=[attempt.pk, 1])
    response = cached_twice(client, url)
    assert "Submit answer" in response.text
    item = attempt.items.get(position=1)
    answer = item.options[0] if item.options else "an answer"
    client.post(url, {"answer": answer})
    response, hit = get(client, url)
    assert not hit and "Submit answer" not in response.text


def test_htmx_and_full_page_requests_are_kept_apart(deck, student):
    client = signed_in(student)
    url = reverse("review")
    full = cached_twice(client, url)
    partial = cached_twice(client, url, HTTP_HX_REQUEST="true")
    assert "<html" in full.text and "<html" not in partial.text


def test_the_cached_pages_read_only_stamped_tables(lesson, deck, student, settings):
    """A page kept until a stamp changes must not show anything that changes without one."""
    settings.BRIEFING_PAGE_CACHE = False
    attempt = attempts.start_attempt(student, Question.objects.for_lesson(lesson), title="Practice", mode=Attempt.Mode.PRACTICE,
                                     length=3, time_limit=None, now=timezone.now())  # fmt: skip
    client = signed_in(student)
    item = attempt.items.get(position=1)
    client.post(reverse("attempt_question", args=[attempt.pk, 1]), {"answer": item.options[0] if item.options else "x"})
    card = deck.order_by("due", "pk").first()
    urls = [lesson.get_absolute_url(), reverse("attempt_question", args=[attempt.pk, 1]), reverse("attempt_question", args=[attempt.pk, 2]),
            reverse("review"), f"{reverse('review')}?show={card.pk}"]  # fmt: skip
    allowed = set(pagecache.STAMPED_TABLES) | {"django_session", PageStamp._meta.db_table}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        read = {table for query in queries for table in re.findall(r'(?:FROM|JOIN)\s+"?(\w+)"?', query["sql"])}
        assert read <= allowed, f"{url} reads {read - allowed}, which no trigger stamps"


def test_without_its_triggers_nothing_is_cached(lesson, student):
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("DROP TRIGGER briefing_stamp_briefing_lesson_update")
        else:
            cursor.execute("DROP TRIGGER briefing_stamp_briefing_lesson ON briefing_lesson")
    pagecache._checked.clear()
    client = signed_in(student)
    for _ in range(3):
        _, hit = get(client, lesson.get_absolute_url())
        assert not hit
