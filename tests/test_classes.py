"""Classes and assignments: joining with a code, setting work, following it on the dashboard."""

import csv
import io
from datetime import datetime, timedelta
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import pytest
import time_machine
from conftest import make_user
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from briefing.models import Lesson, LessonRead
from quizzes import attempts, classes
from quizzes.models import (
    Assignment,
    Attempt,
    Card,
    Classroom,
    Membership,
    Question,
    ReviewLog,
    StudySettings,
)

pytestmark = pytest.mark.django_db

HOSTILE = '<script>alert("x")</script>'


def build_world():
    from briefing.corpus import load_corpus
    from quizzes import bank

    load_corpus()
    bank.generate_questions()
    return SimpleNamespace(
        student=make_user("student"), other_student=make_user("other_student"),
        instructor=make_user("instructor", instructor=True), other_instructor=make_user("other_instructor", instructor=True),
    )  # fmt: skip


@pytest.fixture
def world(module_world, db, cached_generation):
    return module_world


@pytest.fixture
def student(world):
    return world.student


@pytest.fixture
def other_student(world):
    return world.other_student


@pytest.fixture
def instructor(world):
    return world.instructor


@pytest.fixture
def other_instructor(world):
    return world.other_instructor


@pytest.fixture
def lesson(world):
    return Lesson.objects.get(slug="china")


@pytest.fixture
def other_lesson(world, lesson):
    return Lesson.objects.filter(status=Lesson.Status.PUBLISHED).exclude(pk=lesson.pk).first()


@pytest.fixture
def classroom(instructor, student):
    room = Classroom.objects.create(name="Alliances seminar", instructor=instructor)
    room.join(student)
    return room


def assign(classroom, kind, lesson=None, *, days=7, **fields) -> Assignment:
    return Assignment.objects.create(classroom=classroom, kind=kind, lesson=lesson, due=timezone.now() + timedelta(days=days), **fields)


def finished_attempt(user, lessons, correct, total=10, assignment=None, when=None) -> Attempt:
    when = when or timezone.now()
    attempt = Attempt.objects.create(user=user, title="A quiz", started_at=when, finished_at=when, correct=correct, total=total,
                                     assignment=assignment)  # fmt: skip
    attempt.lessons.set(lessons)
    return attempt


def card(user, question, *, stability=None, state=Card.State.LEARNING) -> Card:
    now = timezone.now()
    return Card.objects.create(user=user, question=question, state=state, stability=stability, due=now, added_at=now, last_review=now)


def review(card_, when) -> ReviewLog:
    return ReviewLog.objects.create(card=card_, user=card_.user, rating=3, reviewed_at=when, state_before={}, state_after={})


def html_of(response) -> str:
    return response.content.decode()


# Creating and joining a class -------------------------------------------------------------


def test_an_instructor_creates_a_class_and_gets_a_join_code(client, instructor):
    client.force_login(instructor)
    response = client.post(reverse("class_create"), {"name": "  Latin American   politics "}, follow=True)
    room = Classroom.objects.get(instructor=instructor)
    assert room.name == "Latin American politics"
    assert response.redirect_chain[-1][0] == reverse("class_detail", args=[room.pk])
    assert room.code_display in html_of(response) and len(room.join_code) == 8


@pytest.mark.parametrize("name", ["", "   ", "x" * 101])
def test_a_class_needs_a_sensible_name(client, instructor, name):
    client.force_login(instructor)
    response = client.post(reverse("class_create"), {"name": name})
    assert response.status_code == 200 and "errorlist" in html_of(response)
    assert not Classroom.objects.exists()


def test_the_instructor_home_links_each_class_to_its_dashboard_and_offers_a_new_one(client, instructor, classroom):
    client.force_login(instructor)
    page = html_of(client.get(reverse("instructor_home")))
    assert reverse("class_detail", args=[classroom.pk]) in page and reverse("class_create") in page


@pytest.mark.parametrize("typed", ["{code}", "{lower}", " {a} {b} ", "{a}-{b}", "{a_lower} – {b}", "{a}_{b}\n"])
def test_a_student_joins_with_the_code_however_it_is_typed(client, other_student, classroom, typed):
    code = classroom.join_code
    text = typed.format(code=code, lower=code.lower(), a=code[:4], b=code[4:], a_lower=code[:4].lower())
    client.force_login(other_student)
    response = client.post(reverse("class_join"), {"code": text}, follow=True)
    assert Membership.objects.filter(classroom=classroom, student=other_student).exists()
    assert "You joined" in html_of(response) and response.redirect_chain[-1][0] == reverse("classes")


def test_joining_twice_is_harmless(client, student, classroom):
    client.force_login(student)
    response = client.post(reverse("class_join"), {"code": classroom.join_code}, follow=True)
    assert "already in" in html_of(response)
    assert Membership.objects.filter(classroom=classroom, student=student).count() == 1


@pytest.mark.parametrize(
    ("code", "message"),
    [("ZZZZ-ZZZZ", "No class has this code"), ("abc", "A join code has 8 letters"), ("", "This field is required"),
     (HOSTILE, "A join code has 8 letters"), ("A" * 41, "at most 40"), ("ÀBCD-EFGH", "A join code has 8 letters")],
)  # fmt: skip
def test_a_wrong_code_says_what_to_do_and_joins_nothing(client, other_student, classroom, code, message):
    client.force_login(other_student)
    response = client.post(reverse("class_join"), {"code": code})
    assert response.status_code == 200 and message in html_of(response)
    assert HOSTILE not in html_of(response)
    assert not Membership.objects.filter(student=other_student).exists()


def test_a_join_link_fills_in_the_code_but_joins_only_on_submit(client, other_student, classroom):
    client.force_login(other_student)
    page = html_of(client.get(reverse("class_join") + f"?code={classroom.join_code}"))
    assert f'value="{classroom.join_code}"' in page
    assert not Membership.objects.filter(student=other_student).exists()


def test_the_instructor_cannot_join_their_own_class(client, instructor, classroom):
    client.force_login(instructor)
    client.post(reverse("class_join"), {"code": classroom.join_code})
    assert not Membership.objects.filter(student=instructor).exists()


def test_rotating_the_code_stops_the_old_one(client, instructor, other_student, classroom):
    old = classroom.join_code
    client.force_login(instructor)
    assert client.get(reverse("class_rotate_code", args=[classroom.pk])).status_code == 405
    response = client.post(reverse("class_rotate_code", args=[classroom.pk]), follow=True)
    classroom.refresh_from_db()
    assert classroom.join_code != old and classroom.code_display in html_of(response)
    assert classroom.students.count() == 1  # members stay

    client.force_login(other_student)
    assert "No class has this code" in html_of(client.post(reverse("class_join"), {"code": old}))
    client.post(reverse("class_join"), {"code": classroom.join_code})
    assert classroom.students.filter(pk=other_student.pk).exists()


def test_removing_a_student_asks_first(client, instructor, student, classroom):
    client.force_login(instructor)
    url = reverse("class_remove_student", args=[classroom.pk, student.pk])
    page = html_of(client.get(url))
    assert "Remove Student from" in page and 'method="post"' in page
    assert classroom.students.filter(pk=student.pk).exists()
    response = client.post(url)
    assert response.status_code == 302 and not classroom.students.filter(pk=student.pk).exists()
    assert client.post(url).status_code == 404  # no longer in the class


def test_a_student_leaves_a_class(client, student, other_student, classroom):
    url = reverse("class_leave", args=[classroom.pk])
    client.force_login(other_student)
    assert client.get(url).status_code == 404 and client.post(url).status_code == 404
    client.force_login(student)
    assert "Leave “Alliances seminar”?" in html_of(client.get(url))
    assert classroom.students.filter(pk=student.pk).exists()
    client.post(url)
    assert not classroom.students.filter(pk=student.pk).exists()


# Assignments --------------------------------------------------------------------------------


def assignment_data(**fields) -> dict:
    due = timezone.now() + timedelta(days=3)
    return {"kind": "reading", "length": 10, "mode": "practice", "due": due.strftime("%Y-%m-%dT%H:%M")} | fields


def test_an_instructor_sets_each_kind_of_assignment(client, instructor, classroom, lesson):
    client.force_login(instructor)
    url = reverse("assignment_create", args=[classroom.pk])
    assert 'type="datetime-local"' in html_of(client.get(url))
    client.post(url, assignment_data(kind="reading", lesson=lesson.pk, review_target=30))
    client.post(url, assignment_data(kind="quiz", lesson=lesson.pk, length=5, mode="test", time_limit=15))
    client.post(url, assignment_data(kind="review", lesson=lesson.pk, review_target=40, time_limit=9))
    reading, quiz, review_ = classroom.assignments.order_by("pk")
    assert (reading.kind, reading.lesson, reading.review_target) == ("reading", lesson, None)
    assert (quiz.kind, quiz.lesson, quiz.length, quiz.mode, quiz.time_limit) == ("quiz", lesson, 5, "test", 15)
    assert (review_.kind, review_.lesson, review_.review_target, review_.time_limit) == ("review", None, 40, None)


def test_a_practice_quiz_has_no_time_limit(client, instructor, classroom, lesson):
    client.force_login(instructor)
    client.post(reverse("assignment_create", args=[classroom.pk]), assignment_data(kind="quiz", lesson=lesson.pk, time_limit=15))
    assert classroom.assignments.get().time_limit is None


@pytest.mark.parametrize(
    ("fields", "message"),
    [({"due": "2001-01-01T10:00"}, "That time has passed"), ({"due": "next friday"}, "Enter the due date and time"),
     ({"due": ""}, "This field is required"), ({"due": "9999-12-31T23:59"}, "within the next two years"),
     ({"kind": "quiz"}, "Choose the lesson the quiz is on"), ({"kind": "reading"}, "Choose the lesson to read"),
     ({"kind": "review"}, "Say how many cards to review"), ({"kind": "review", "review_target": 0}, "greater than or equal to 1"),
     ({"kind": "homework"}, "Select a valid choice"), ({"kind": "quiz", "lesson": 999999}, "Select a valid choice"),
     ({"kind": "quiz", "time_limit": 500, "mode": "test"}, "less than or equal to 120"), ({"kind": "quiz", "length": 7}, "Select a valid choice")],
)  # fmt: skip
def test_a_bad_assignment_says_what_to_fix_and_saves_nothing(client, instructor, classroom, lesson, fields, message):
    client.force_login(instructor)
    data = assignment_data(**fields)
    if "lesson" not in fields and data["kind"] == "quiz" and "Choose the lesson" not in message:
        data["lesson"] = lesson.pk
    response = client.post(reverse("assignment_create", args=[classroom.pk]), data)
    assert response.status_code == 200 and message in html_of(response)
    assert not Assignment.objects.exists()


def test_a_quiz_needs_a_lesson_with_published_questions(client, instructor, classroom, lesson):
    Question.objects.for_lesson(lesson).mark_stale()
    client.force_login(instructor)
    response = client.post(reverse("assignment_create", args=[classroom.pk]), assignment_data(kind="quiz", lesson=lesson.pk))
    assert "no published questions" in html_of(response) and not Assignment.objects.exists()


def test_a_draft_lesson_cannot_be_assigned(client, instructor, classroom, lesson):
    Lesson.objects.filter(pk=lesson.pk).update(status=Lesson.Status.DRAFT)
    client.force_login(instructor)
    response = client.post(reverse("assignment_create", args=[classroom.pk]), assignment_data(kind="reading", lesson=lesson.pk))
    assert "Select a valid choice" in html_of(response) and not Assignment.objects.exists()


def test_the_due_date_is_read_in_the_instructors_time_zone_and_a_date_alone_means_the_end_of_the_day(client, instructor, classroom, lesson):
    StudySettings.objects.create(user=instructor, time_zone="America/Caracas")
    client.force_login(instructor)
    day = (timezone.now() + timedelta(days=10)).date()
    client.post(reverse("assignment_create", args=[classroom.pk]), assignment_data(kind="reading", lesson=lesson.pk, due=day.isoformat()))
    due = classroom.assignments.get().due
    assert due == datetime(day.year, day.month, day.day, 23, 59, tzinfo=ZoneInfo("America/Caracas"))
    assert "America/Caracas" in html_of(client.get(reverse("assignment_create", args=[classroom.pk])))


def test_deleting_an_assignment_asks_first_and_keeps_the_attempts(client, instructor, student, classroom, lesson):
    quiz = assign(classroom, "quiz", lesson)
    attempt = finished_attempt(student, [lesson], 7, assignment=quiz)
    client.force_login(instructor)
    url = reverse("assignment_delete", args=[classroom.pk, quiz.pk])
    assert "Delete “Quiz on" in html_of(client.get(url)) and Assignment.objects.exists()
    client.post(url)
    assert not Assignment.objects.exists()
    attempt.refresh_from_db()
    assert attempt.assignment is None


def test_an_assignment_of_another_class_cannot_be_deleted_through_mine(client, instructor, other_instructor, classroom, lesson):
    theirs = assign(Classroom.objects.create(name="Theirs", instructor=other_instructor), "reading", lesson)
    client.force_login(instructor)
    assert client.post(reverse("assignment_delete", args=[classroom.pk, theirs.pk])).status_code == 404
    assert Assignment.objects.filter(pk=theirs.pk).exists()


# Doing the work ------------------------------------------------------------------------------


def test_a_reading_is_done_once_the_student_opens_the_lesson(client, student, classroom, lesson):
    reading = assign(classroom, "reading", lesson)
    client.force_login(student)
    assert "Not started" in html_of(client.get(reverse("classes")))
    client.get(lesson.get_absolute_url())
    first = LessonRead.objects.get(user=student, lesson=lesson).read_at
    with time_machine.travel(timezone.now() + timedelta(hours=1)):
        client.get(lesson.get_absolute_url())
    assert LessonRead.objects.get(user=student, lesson=lesson).read_at == first  # the first visit is kept
    assert classes.progress([student.pk], [reading], timezone.now())[student.pk, reading.pk].status == classes.DONE
    page = html_of(client.get(reverse("classes")))
    assert "status-done" in page


def test_reading_a_lesson_while_signed_out_records_nothing(client, lesson):
    client.get(lesson.get_absolute_url())
    assert not LessonRead.objects.exists()


def test_opening_a_lesson_again_costs_one_query_for_the_read(client, student, lesson):
    client.force_login(student)
    client.get(lesson.get_absolute_url())
    with CaptureQueriesContext(connection) as queries:
        client.get(lesson.get_absolute_url())
    assert sum("lessonread" in q["sql"].lower() for q in queries.captured_queries) == 1


def test_a_quiz_assignment_shorter_than_set_says_why(client, student, classroom, lesson):
    quiz = assign(classroom, "quiz", lesson, length=20, mode="practice")
    client.force_login(student)
    response = client.post(reverse("assignment_start", args=[quiz.pk]), follow=True)
    attempt = Attempt.objects.get(user=student)
    assert 0 < attempt.total < 20
    assert f"This quiz has {attempt.total} of the 20 questions your instructor set" in response.content.decode()


def test_a_quiz_assignment_starts_with_its_settings_and_is_done_when_finished(client, student, classroom, lesson):
    quiz = assign(classroom, "quiz", lesson, length=4, mode="test", time_limit=20)
    client.force_login(student)
    page = html_of(client.get(reverse("classes")))
    assert reverse("assignment_start", args=[quiz.pk]) in page and "Start" in page
    assert client.get(reverse("assignment_start", args=[quiz.pk])).status_code == 405
    response = client.post(reverse("assignment_start", args=[quiz.pk]))
    attempt = Attempt.objects.get(user=student)
    assert response.url == reverse("attempt_question", args=[attempt.pk, 1])
    assert (attempt.assignment, attempt.total, attempt.mode, attempt.time_limit) == (quiz, 4, "test", 20)
    assert list(attempt.lessons.all()) == [lesson]
    lesson_questions = set(Question.objects.for_lesson(lesson).values_list("pk", flat=True))
    assert set(attempt.items.values_list("version__question", flat=True)) <= lesson_questions

    # Pressing Start again continues the open attempt rather than starting another.
    assert client.post(reverse("assignment_start", args=[quiz.pk])).url == attempt.get_absolute_url()
    assert "Continue" in html_of(client.get(reverse("classes")))
    assert Attempt.objects.filter(user=student).count() == 1

    attempt.items.filter(position__lte=3).update(is_correct=True, answered_at=timezone.now())
    attempts.finish(attempt, timezone.now())
    finished_attempt(student, [lesson], 2, total=4, assignment=quiz)  # a worse retake: the best counts
    page = html_of(client.get(reverse("classes")))
    assert "status-done" in page and "best 75%" in page and "Try again" in page
    home = html_of(client.get(reverse("home")))
    assert "Quiz on “" in home and "best 75%" in home


def test_only_members_start_a_quiz_assignment_and_only_a_quiz(client, student, other_student, instructor, classroom, lesson):
    quiz, reading = assign(classroom, "quiz", lesson), assign(classroom, "reading", lesson)
    for user in (other_student, instructor):
        client.force_login(user)
        assert client.post(reverse("assignment_start", args=[quiz.pk])).status_code == 404
    client.force_login(student)
    assert client.post(reverse("assignment_start", args=[reading.pk])).status_code == 404
    assert not Attempt.objects.exists()


def test_a_quiz_assignment_without_live_questions_starts_nothing(client, student, classroom, lesson):
    quiz = assign(classroom, "quiz", lesson)
    Question.objects.for_lesson(lesson).mark_stale()
    client.force_login(student)
    response = client.post(reverse("assignment_start", args=[quiz.pk]), follow=True)
    assert "no published questions" in html_of(response) and not Attempt.objects.exists()


def test_a_review_target_counts_reviews_between_creation_and_due_date(student, classroom, lesson):
    start = timezone.now()
    with time_machine.travel(start, tick=False):
        target = assign(classroom, "review", review_target=3, days=2)
    question = Question.objects.for_lesson(lesson).live().first()
    c = card(student, question)
    review(c, start - timedelta(minutes=1))  # before the assignment: does not count
    review(c, start + timedelta(hours=1))
    review(c, start + timedelta(hours=2))
    review(c, start + timedelta(days=3))  # after the due date: does not count
    found = classes.progress([student.pk], [target], start + timedelta(days=1))[student.pk, target.pk]
    assert (found.status, found.reviewed, found.detail) == (classes.IN_PROGRESS, 2, "2 of 3 reviewed")
    review(c, start + timedelta(hours=3))
    assert classes.progress([student.pk], [target], start + timedelta(days=1))[student.pk, target.pk].status == classes.DONE


def test_unfinished_work_past_its_due_date_is_overdue_on_the_home_page(client, student, classroom, lesson, other_lesson):
    assign(classroom, "reading", lesson, days=1)
    assign(classroom, "reading", other_lesson, days=5)
    client.force_login(student)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        page = html_of(client.get(reverse("home")))
        assert "status-overdue" in page and "Alliances seminar" in page
        assert page.index(escape(lesson.title)) < page.index(escape(other_lesson.title))
        assert reverse("classes") in page


def test_done_work_leaves_the_home_page_once_its_due_date_passes(client, student, classroom, lesson):
    reading = assign(classroom, "reading", lesson, days=1)
    LessonRead.objects.create(user=student, lesson=lesson, read_at=timezone.now())
    assert classes.for_home(student, timezone.now())[0].assignment == reading
    assert classes.for_home(student, timezone.now() + timedelta(days=2)) == []


# The dashboard --------------------------------------------------------------------------------


def test_the_dashboard_puts_students_who_are_behind_first(client, instructor, student, other_student, classroom, lesson):
    classroom.join(other_student)
    reading = assign(classroom, "reading", lesson, days=1)
    LessonRead.objects.create(user=student, lesson=lesson, read_at=timezone.now())
    client.force_login(instructor)
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        page = html_of(client.get(reverse("class_detail", args=[classroom.pk])))
    table = page.split('id="progress-caption"', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    assert body.index(">Other_Student<") < body.index(">Student<")  # behind first, although later by name
    assert 'class="behind"' in table and "1 overdue" in table
    assert "1 of 2 (50%)" in table  # completion of the assignment
    assert "1 behind" in page
    assert reading.title in page


def test_the_dashboard_shows_best_lesson_scores_and_mastery(client, instructor, student, classroom, lesson, other_lesson):
    finished_attempt(student, [lesson], 6)
    finished_attempt(student, [lesson], 8)
    finished_attempt(student, [lesson], 3, when=timezone.now() - timedelta(days=1))
    finished_attempt(student, [lesson, other_lesson], 10)  # a mixed quiz counts for neither lesson
    Attempt.objects.create(user=student, title="open", started_at=timezone.now(), correct=10, total=10).lessons.set([other_lesson])
    questions = list(Question.objects.for_lesson(lesson).exclude(pk__in=Question.objects.for_lesson(other_lesson))[:4])
    Question.objects.filter(pk__in=[q.pk for q in questions]).update(status=Question.Status.APPROVED)  # live, whatever the generator published
    card(student, questions[0], stability=30, state=Card.State.REVIEW)
    card(student, questions[1], stability=10, state=Card.State.REVIEW)
    card(student, questions[2], stability=40, state=Card.State.RELEARNING)
    suspended = card(student, questions[3], stability=50, state=Card.State.REVIEW)
    Card.objects.filter(pk=suspended.pk).update(suspended=True)

    cells = {cell.lesson: cell for cell in classes.dashboard(classroom, timezone.now()).students[0].lessons}
    assert (cells[lesson].best, cells[lesson].cards, cells[lesson].mastered, cells[lesson].mastery) == (80, 3, 1, 33)
    assert (cells[other_lesson].best, cells[other_lesson].mastery) == (None, None)

    client.force_login(instructor)
    page = html_of(client.get(reverse("class_detail", args=[classroom.pk])))
    assert "Quiz 80%" in page and "Mastery 33%" in page and "stability of at least 21 days" in page


def test_the_student_page_shows_their_attempts_reviews_and_assignments(client, instructor, student, classroom, lesson):
    quiz = assign(classroom, "quiz", lesson)
    attempt = finished_attempt(student, [lesson], 9, assignment=quiz)
    Attempt.objects.create(user=student, title="Still going", started_at=timezone.now(), total=10)
    c = card(student, Question.objects.for_lesson(lesson).live().first())
    # at noon in the student's day, so "an hour ago" is still today whenever the suite runs
    noon = timezone.now().replace(hour=12, minute=0, second=0, microsecond=0)
    for hours in (0, 1, 25):
        review(c, noon - timedelta(hours=hours))
    client.force_login(instructor)
    with time_machine.travel(noon, tick=False):
        page = html_of(client.get(reverse("class_student", args=[classroom.pk, student.pk])))
    assert reverse("attempt_results", args=[attempt.pk]) in page and "90%" in page and "for an assignment" in page
    assert "Still going" in page and "Not finished" in page
    assert "best 90%" in page and "status-done" in page
    assert "Reviews per day" in page and "</meter> 2</td>" in page and "</meter> 1</td>" in page


def test_a_student_not_in_the_class_has_no_page_in_it(client, instructor, other_student, classroom):
    client.force_login(instructor)
    assert client.get(reverse("class_student", args=[classroom.pk, other_student.pk])).status_code == 404
    assert client.post(reverse("class_remove_student", args=[classroom.pk, other_student.pk])).status_code == 404


def fill_class(classroom, students: int, lessons, question_ids, *, attempts_each: int = 2):
    """A class with work of every kind from every student."""
    assign(classroom, "reading", lessons[0])
    quiz = assign(classroom, "quiz", lessons[0])
    assign(classroom, "review", review_target=5)
    now = timezone.now()
    for n in range(students):
        user = make_user(f"s{classroom.pk}-{n}")
        classroom.join(user)
        LessonRead.objects.create(user=user, lesson=lessons[0], read_at=now)
        for k in range(attempts_each):
            finished_attempt(user, [lessons[k % 2]], k, assignment=quiz if k == 0 else None)
        for question_id in question_ids:
            review(card(user, Question(pk=question_id), stability=25, state=Card.State.REVIEW), now)
    return classroom


def count_queries(client, url) -> int:
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries.captured_queries)


def test_the_dashboard_and_csv_take_as_many_queries_for_twenty_students_as_for_one(client, instructor, lesson, other_lesson):
    question_ids = list(Question.objects.for_lesson(lesson).live().values_list("pk", flat=True)[:3])
    small = fill_class(Classroom.objects.create(name="Small", instructor=instructor), 1, [lesson, other_lesson], question_ids)
    large = fill_class(Classroom.objects.create(name="Large", instructor=instructor), 20, [lesson, other_lesson], question_ids)
    client.force_login(instructor)
    for name in ("class_detail", "class_results_csv"):
        one = count_queries(client, reverse(name, args=[small.pk]))
        twenty = count_queries(client, reverse(name, args=[large.pk]))
        assert one == twenty, (name, one, twenty)
        assert twenty < 20


def test_the_student_page_takes_as_many_queries_for_twenty_attempts_as_for_one(client, instructor, lesson, other_lesson):
    question_ids = list(Question.objects.for_lesson(lesson).live().values_list("pk", flat=True)[:2])
    few = fill_class(Classroom.objects.create(name="Few", instructor=instructor), 1, [lesson, other_lesson], question_ids, attempts_each=1)
    many = fill_class(Classroom.objects.create(name="Many", instructor=instructor), 1, [lesson, other_lesson], question_ids, attempts_each=20)
    client.force_login(instructor)
    one = count_queries(client, reverse("class_student", args=[few.pk, few.students.get().pk]))
    twenty = count_queries(client, reverse("class_student", args=[many.pk, many.students.get().pk]))
    assert one == twenty


def test_the_classes_page_takes_as_many_queries_for_many_classes_as_for_one(client, student, instructor, lesson):
    first = Classroom.objects.create(name="First", instructor=instructor)
    first.join(student)
    assign(first, "quiz", lesson)
    client.force_login(student)
    one = count_queries(client, reverse("classes"))
    for n in range(5):
        room = Classroom.objects.create(name=f"Room {n}", instructor=instructor)
        room.join(student)
        assign(room, "quiz", lesson)
        finished_attempt(student, [lesson], n, assignment=room.assignments.get())
    assert count_queries(client, reverse("classes")) == one


# Results as CSV --------------------------------------------------------------------------------


def test_the_results_csv_has_a_row_per_student_and_is_safe_to_open(client, instructor, student, classroom, lesson):
    hostile = make_user("hostile")
    hostile.first_name, hostile.last_name = "=HYPERLINK(\"http://x\")", "@SUM(A1)"
    hostile.save()
    classroom.join(hostile)
    Classroom.objects.filter(pk=classroom.pk).update(name='-Bad "name"/../x')
    quiz = assign(classroom, "quiz", lesson)
    assign(classroom, "review", review_target=4)
    finished_attempt(student, [lesson], 7, assignment=quiz)
    client.force_login(instructor)
    page = html_of(client.get(reverse("class_detail", args=[classroom.pk])))
    assert reverse("class_results_csv", args=[classroom.pk]) in page

    response = client.get(reverse("class_results_csv", args=[classroom.pk]))
    assert response["Content-Type"].startswith("text/csv")
    disposition = response["Content-Disposition"]
    assert disposition.startswith('attachment; filename="bad-namex-results-') and disposition.endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    header, *body = rows
    assert header[:2] == ["Student", "Username"] and len(body) == 2
    by_user = {row[1]: row for row in body}
    assert by_user["student"][2:6] == ["Done", "70", "Not started", "0"]
    assert by_user["hostile"][0] == "'=HYPERLINK(\"http://x\") @SUM(A1)"
    assert f"{lesson.title}: best quiz score %" in header and "70" in by_user["student"][6:]
    for row in rows:
        for cell in row:
            assert not cell.startswith(("=", "+", "-", "@"))


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@x", "\tx", "\rx"])
def test_a_csv_cell_that_could_be_a_formula_is_quoted(value):
    assert classes.csv_cell(value) == "'" + value


def test_a_plain_csv_cell_is_left_alone():
    assert classes.csv_cell("Anna") == "Anna" and classes.csv_cell(-5) == -5


# Who may see what ------------------------------------------------------------------------------


def instructor_pages(classroom, student, assignment):
    """(URL name, arguments, the methods it answers)."""
    return [
        ("class_detail", [classroom.pk], {"get"}), ("class_results_csv", [classroom.pk], {"get"}),
        ("class_rotate_code", [classroom.pk], {"post"}), ("class_student", [classroom.pk, student.pk], {"get"}),
        ("class_remove_student", [classroom.pk, student.pk], {"get", "post"}), ("assignment_create", [classroom.pk], {"get", "post"}),
        ("assignment_delete", [classroom.pk, assignment.pk], {"get", "post"}),
    ]  # fmt: skip


def test_another_instructor_gets_404_and_a_student_403_on_every_page_of_a_class(client, classroom, student, other_instructor, lesson):
    assignment = assign(classroom, "reading", lesson)
    code = classroom.join_code
    for user in (other_instructor, student):
        client.force_login(user)
        for name, args, methods in instructor_pages(classroom, student, assignment):
            url = reverse(name, args=args)
            for method in ("get", "post"):
                expected = 403 if user == student else 404 if method in methods else 405
                status = getattr(client, method)(url, assignment_data(kind="reading", lesson=lesson.pk)).status_code
                assert status == expected, (user.username, method, url, status)
    classroom.refresh_from_db()
    assert classroom.join_code == code and classroom.students.count() == 1 and Assignment.objects.count() == 1


def test_anonymous_visitors_are_asked_to_log_in(client, classroom, student, lesson):
    assignment = assign(classroom, "quiz", lesson)
    pages = [(name, args) for name, args, _ in instructor_pages(classroom, student, assignment)] + [
        ("classes", []), ("class_join", []), ("class_leave", [classroom.pk]), ("assignment_start", [assignment.pk]), ("class_create", []),
    ]  # fmt: skip
    for name, args in pages:
        url = reverse(name, args=args)
        for method in ("get", "post"):
            response = getattr(client, method)(url)
            assert response.status_code == 302 and response.url.startswith(reverse("login") + "?next="), (method, url)


def test_the_instructor_of_the_class_may_read_a_students_attempt_but_not_change_it(client, instructor, other_instructor, student, classroom, lesson):
    pool = Question.objects.for_lesson(lesson)
    done = attempts.start_attempt(student, pool, title="Finished one", lessons=[lesson], mode="practice", length=5, time_limit=None, now=timezone.now())
    attempts.finish(done, timezone.now())
    open_ = attempts.start_attempt(student, pool, title="Open one", lessons=[lesson], mode="practice", length=5, time_limit=None, now=timezone.now())

    client.force_login(instructor)
    results = client.get(reverse("attempt_results", args=[done.pk]))
    assert results.status_code == 200 and "Finished one" in html_of(results)
    assert client.get(reverse("attempt_detail", args=[done.pk])).url == reverse("attempt_results", args=[done.pk])
    response = client.get(reverse("attempt_results", args=[open_.pk]), follow=True)
    assert response.redirect_chain[-1][0] == reverse("class_student", args=[classroom.pk, student.pk])
    assert "not finished yet" in html_of(response)
    assert client.get(reverse("attempt_detail", args=[open_.pk])).url == reverse("class_student", args=[classroom.pk, student.pk])
    item = open_.items.select_related("version").get(position=1)
    assert client.get(reverse("attempt_question", args=[open_.pk, 1])).status_code == 404
    assert client.post(reverse("attempt_question", args=[open_.pk, 1]), {"answer": item.version.answer}).status_code == 404
    assert client.post(reverse("attempt_finish", args=[open_.pk])).status_code == 404
    open_.refresh_from_db()
    item.refresh_from_db()
    assert not open_.is_finished and not item.is_answered

    for user in (other_instructor, make_user("classmate")):
        client.force_login(user)
        for name in ("attempt_results", "attempt_detail"):
            assert client.get(reverse(name, args=[done.pk])).status_code == 404

    Membership.objects.filter(student=student).delete()  # once the student leaves, the instructor no longer sees it
    client.force_login(instructor)
    assert client.get(reverse("attempt_results", args=[done.pk])).status_code == 404


def test_an_instructor_sees_only_their_own_classes(client, instructor, other_instructor, classroom):
    Classroom.objects.create(name="Someone else's seminar", instructor=other_instructor)
    client.force_login(instructor)
    page = html_of(client.get(reverse("instructor_home")))
    assert "Alliances seminar" in page and "Someone else" not in page


# Hostile text ----------------------------------------------------------------------------------


def test_hostile_names_are_escaped_everywhere(client, instructor, classroom, lesson):
    Classroom.objects.filter(pk=classroom.pk).update(name=HOSTILE)
    evil = make_user("evil")
    evil.first_name = HOSTILE
    evil.save()
    classroom.join(evil)
    assign(classroom, "reading", lesson)
    pages = [reverse("class_detail", args=[classroom.pk]), reverse("class_student", args=[classroom.pk, evil.pk]),
             reverse("class_remove_student", args=[classroom.pk, evil.pk]), reverse("instructor_home")]  # fmt: skip
    pages_as_student = [reverse("classes"), reverse("home"), reverse("class_leave", args=[classroom.pk]),
                        reverse("class_join") + "?code=" + HOSTILE]  # fmt: skip
    for user, urls in ((instructor, pages), (evil, pages_as_student)):
        client.force_login(user)
        for url in urls:
            page = html_of(client.get(url))
            assert HOSTILE not in page, url
            assert "&lt;script&gt;" in page, url
