"""Every page's database queries stay the same whether its lists hold one item or fifty.

The pages come from the URL configuration, through the authorization matrix's ROUTES: each GET
route that someone may open is requested as that person, once on the matrix's world (one
attempt, one or two cards, one class with one student…) and once after ``grow()`` has added
about fifty of everything those pages list. A page whose query count grows with the data has
an N+1 query somewhere.
"""

import datetime
import random

import pytest
from conftest import make_user
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from test_authorization import INSTRUCTOR, OWNER, ROUTES, SITE_ROUTES, World
from test_authorization import build_world as matrix_world

from briefing.models import Lesson, LessonRead, Passage, Source
from quizzes import attempts, scheduling
from quizzes.models import Assignment, Card, Classroom, Membership, Question, ReviewAction

pytestmark = pytest.mark.django_db

MORE = 49


def _viewer(name: str) -> str | None:
    """Who can open the route's first case with a 200: its owner, or else an instructor."""
    expected = ROUTES[name][0].get
    for role in (OWNER, INSTRUCTOR):
        if expected[role] == 200:
            return role
    return None


MEASURED = sorted(name for name in SITE_ROUTES if name in ROUTES and _viewer(name))


@override_settings(BRIEFING_PAGE_CACHE=False)  # the queries of drawing each page, not of serving it from the page cache
def measure(w: World) -> dict[str, int]:
    counts = {}
    clients = {}
    for name in MEASURED:
        role = _viewer(name)
        if role not in clients:
            clients[role] = Client()
            clients[role].force_login(w.users[role])
        client = clients[role]
        url = reverse(name, kwargs=ROUTES[name][0].kwargs(w))
        client.get(url)  # warm: sessions, first-visit writes, caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, f"{url} as {role}: {response.status_code}"
        counts[name] = len(queries)
    return counts


def grow(w: World) -> None:
    """Add about fifty of everything the pages list."""
    now = timezone.now()
    rng = random.Random(7)
    student, instructor = w.users[OWNER], w.users[INSTRUCTOR]
    # fifty cards need fifty live questions, whatever share of them the generator publishes unreviewed
    Question.objects.filter(pk__in=Question.objects.exclude(status__in=["rejected", "stale"]).order_by("pk")
                            .values("pk")[: MORE + 10]).update(status=Question.Status.APPROVED)  # fmt: skip
    live = list(Question.objects.live().order_by("pk"))

    # Lessons and sources.
    for n in range(MORE):
        lesson = Lesson(slug=f"extra-{n}", title=f"Extra lesson {n}", topic=w.topic, markdown=w.lesson.markdown,
                        status=Lesson.Status.PUBLISHED, order=100 + n)  # fmt: skip
        lesson.save_with_citations()
        LessonRead.objects.create(user=student, lesson=lesson, read_at=now)
        source = Source.objects.create(slug=f"extra-source-{n}", title=f"Extra source {n}", raw_text="x", cleaned_text="x")
        Passage.objects.bulk_create(
            Passage(source=source, ordinal=k, text=f"Passage {k} of extra source {n}.", start=0, end=10) for k in (1, 2)
        )

    # The owner's attempts, finished with answers, and cards with reviews.
    pool = Question.objects.for_lesson(w.lesson)
    for n in range(MORE):
        attempt = attempts.start_attempt(student, pool, title=f"Extra attempt {n}", lessons=[w.lesson], mode="test", length=5,
                                         time_limit=None, now=now, seed=100 + n)  # fmt: skip
        for item in attempt.items.all():
            item.response, item.is_correct, item.answered_at = "x", rng.random() < 0.5, now
            item.save()
        attempts.finish(attempt, now)
    scheduling.add_cards(student, Question.objects.filter(pk__in=[q.pk for q in live[: MORE + 2]]), Card.Origin.LESSON, now)
    for card in Card.objects.filter(user=student, state=Card.State.LEARNING, last_review__isnull=True)[:MORE]:
        scheduling.grade(card.pk, student, card.version, rng.choice([1, 3, 4]), now - datetime.timedelta(days=rng.randrange(20)))

    # Review decisions on questions.
    ReviewAction.objects.bulk_create(
        ReviewAction(question=q, user=instructor, action="approve") for q in live[:MORE]
    )

    # The instructor's classes: fifty students in one, each with work, and more classes and assignments.
    classroom = Classroom.objects.filter(instructor=instructor).first() or Classroom.objects.create(name="Grown", instructor=instructor)
    for n in range(MORE):
        member = make_user(f"grown-{n}")
        Membership.objects.create(classroom=classroom, student=member)
        attempt = attempts.start_attempt(member, pool, title="Class quiz", lessons=[w.lesson], mode="test", length=5,
                                         time_limit=None, now=now, seed=n)  # fmt: skip
        for item in attempt.items.all():
            item.response, item.is_correct, item.answered_at = "x", rng.random() < 0.6, now
            item.save()
        attempts.finish(attempt, now)
        scheduling.add_cards(member, Question.objects.filter(pk__in=[q.pk for q in live[:3]]), Card.Origin.LESSON, now)
        LessonRead.objects.create(user=member, lesson=w.lesson, read_at=now)
    for n in range(MORE):
        Assignment.objects.create(classroom=classroom, kind=Assignment.Kind.READING, lesson=w.lesson,
                                  due=now + datetime.timedelta(days=n + 1))  # fmt: skip
        Classroom.objects.create(name=f"Extra class {n}", instructor=instructor)
    Membership.objects.bulk_create(
        Membership(classroom=c, student=student) for c in Classroom.objects.filter(name__startswith="Extra class")[:MORE]
    )


def build_world():
    """The module's data for conftest's ``module_world``: the counts before and after growing."""
    w = matrix_world()
    # One assignment of each kind from the start (the matrix's world has a quiz): a kind's first
    # assignment costs its one query, a fixed cost, not one that grows with the data.
    due = timezone.now() + datetime.timedelta(days=9)
    Assignment.objects.create(classroom=w.classroom, kind=Assignment.Kind.READING, lesson=w.lesson, due=due)
    Assignment.objects.create(classroom=w.classroom, kind=Assignment.Kind.REVIEW, review_target=5, due=due)
    before = measure(w)
    grow(w)
    student = w.users[OWNER]
    sizes = {
        "attempts": student.attempts.count(), "cards": student.cards.count(), "logs": student.review_logs.count(),
        "lessons": Lesson.objects.count(), "sources": Source.objects.count(), "classes": student.classrooms.count(),
        "students in a class": max(c.memberships.count() for c in Classroom.objects.all()),
        "assignments": Assignment.objects.count(),
    }  # fmt: skip
    return before, measure(w), sizes


@pytest.fixture
def counts(module_world, db):
    return module_world


@pytest.mark.parametrize("name", MEASURED)
def test_query_count_does_not_grow_with_the_data(counts, name):
    before, after, _ = counts
    assert after[name] == before[name], (
        f"{name}: {before[name]} queries with one of each item, {after[name]} with fifty: a query per item somewhere"
    )


def test_the_pages_really_were_measured_with_more_data(counts):
    before, after, sizes = counts
    assert len(before) >= 20 and set(before) == set(after)
    assert all(size >= MORE for size in sizes.values()), sizes
