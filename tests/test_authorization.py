"""Who may open what: an authorization matrix built from the URL configuration itself.

Every route in ``get_resolver()`` (the admin and static files aside) must have a row in
ROUTES saying how to fill its URL parameters with real objects and what each kind of
visitor gets for GET and POST. A new URL without a row fails
``test_every_route_has_a_row_in_the_matrix``, so none can be forgotten.

For every request the matrix also checks that an HTML response carries a
Content-Security-Policy, that nobody but the owner sees the owner's attempt or cards,
that a refused request changes nothing, and that no POST gets past CSRF protection.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

import datetime
import itertools

import pytest
from conftest import make_user
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from briefing.models import Lesson, LessonVersion, Passage, Source, Topic
from quizzes import attempts, scheduling
from quizzes.models import (
    Assignment,
    Attempt,
    Card,
    Classroom,
    Membership,
    Question,
    QuestionVersion,
    ReviewAction,
    ReviewLog,
    StudySettings,
)

pytestmark = pytest.mark.django_db

ANON, OWNER, OTHER, INSTRUCTOR, OTHER_INSTRUCTOR = "anonymous", "student", "other_student", "instructor", "other_instructor"
# The owner goes last, so that the others' requests are checked against the untouched data.
ROLES = [ANON, OTHER, INSTRUCTOR, OTHER_INSTRUCTOR, OWNER]

# Markers planted in the owner's private data; nobody else may ever see them.
ATTEMPT_MARKER = "Owner-private-attempt-3f9c1a"
ANSWER_MARKER = "owner-private-answer-8e2d7b"
CARD_MARKER = "Owner-private-card-5a4e6c: which partner signed the accord?"

# What a response may be, besides a plain status code:
LOGIN = "login"  # 302 to the login page, with ?next=
AWAY = "away"  # 302 somewhere else, having done nothing (a signed-in visitor on the signup page)
REFUSED = {LOGIN, AWAY, 403, 404, 405}  # a refused request must change nothing


def expect(anon, owner, other=None, instructor=None, other_instructor=None) -> dict:
    """Expected responses by role; the others default to the owner's, the other instructor to the instructor's."""
    other = owner if other is None else other
    instructor = owner if instructor is None else instructor
    other_instructor = instructor if other_instructor is None else other_instructor
    return {ANON: anon, OWNER: owner, OTHER: other, INSTRUCTOR: instructor, OTHER_INSTRUCTOR: other_instructor}


def public(code=200):
    return expect(code, code)


def members(code):
    return expect(LOGIN, code)


def owner_only(code, others=404):
    return expect(LOGIN, code, others, others)


def instructors(code):
    return expect(LOGIN, 403, 403, code)


def guests(code):
    return expect(code, AWAY)


def class_instructor(code, member=403):
    """The class's instructor gets ``code``; students (the owner is a member) get 403; another instructor 404."""
    return expect(LOGIN, member, member, code, 404)


def member_only(code):
    """The owner is in the class; another student and both instructors are not."""
    return expect(LOGIN, code, 404, 404, 404)


@dataclass
class Case:
    label: str
    kwargs: Callable[["World"], dict]
    get: dict
    post: dict
    data: Callable[["World"], dict] = field(default=lambda w: {})


def case(label, kwargs, get, post, data=None) -> Case:
    return Case(label, kwargs, get, post, data or (lambda w: {}))


NO_KWARGS = lambda w: {}


def answer_data(w: "World") -> dict:
    """A complete answer to the owner's open attempt's first question, whatever its type."""
    item = w.open_attempt.items.select_related("version__question").get(position=1)
    kind, answer = item.version.question.type, item.version.answer
    if kind == Question.Type.TIMELINE:
        return {f"position-{n}": answer.index(event) + 1 for n, event in enumerate(item.options)}
    if kind == Question.Type.MATCHING:
        return {f"match-{n}": right for n, (_, right) in enumerate(answer)}
    return {"answer": answer}


def lesson_data(w: "World") -> dict:
    lesson = w.lesson
    return {"title": "Rewritten by someone", "summary": lesson.summary, "topic": lesson.topic_id, "order": lesson.order,
            "status": lesson.status, "markdown": lesson.markdown + "\n\nAn added paragraph."}  # fmt: skip


_titles = itertools.count(1)


def new_lesson_data(w: "World") -> dict:
    return {"title": f"A new lesson {next(_titles)}", "topic": w.topic.pk, "status": "draft", "markdown": "Text [@" + w.source.slug + ":1]."}


def assignment_data(w: "World") -> dict:
    due = (timezone.now() + datetime.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M")
    return {"kind": "reading", "lesson": w.lesson.pk, "due": due}


def question_edit_data(w: "World") -> dict:
    v = w.pending.current
    return {"stem": v.stem + " (edited)", "answer": v.answer, "options": "\n".join(v.options),
            "accepted": "\n".join(v.accepted), "explanation": v.explanation}  # fmt: skip


# One row per URL name: how to fill its parameters, and what each visitor gets.
ROUTES: dict[str, list[Case]] = {
    "home": [case("", NO_KWARGS, public(), public(405))],
    "health": [case("", NO_KWARGS, public(), public(405))],
    "sources": [case("", NO_KWARGS, public(), public(405))],
    "source": [case("", lambda w: {"slug": w.source.slug}, public(), public(405))],
    "passage": [case("", lambda w: {"slug": w.source.slug, "ordinal": w.passage.ordinal}, public(), public(405))],
    "lessons": [case("", NO_KWARGS, public(), public(405))],
    "lesson": [
        case("published", lambda w: {"slug": w.lesson.slug}, public(), public(405)),
        case("draft", lambda w: {"slug": w.draft.slug}, expect(404, 404, instructor=200), expect(405, 405)),
    ],
    "lesson_edit": [
        case("published", lambda w: {"slug": w.lesson.slug}, instructors(200), instructors(302), lesson_data),
        case("draft", lambda w: {"slug": w.draft.slug}, instructors(200), instructors(200)),  # empty POST: the form's errors
    ],
    "signup": [case("", NO_KWARGS, guests(200), guests(200))],  # an empty POST shows the form's errors
    "login": [case("", NO_KWARGS, guests(200), guests(200), lambda w: {"username": "student", "password": "wrong"})],
    "logout": [case("", NO_KWARGS, public(405), public(302))],
    "password_change": [case("", NO_KWARGS, members(200), members(200))],  # an empty POST shows the form's errors
    "password_change_done": [case("", NO_KWARGS, members(200), members(405))],
    "lesson_quiz": [
        case("published", lambda w: {"slug": w.lesson.slug}, members(200), members(302), lambda w: {"length": 5, "mode": "practice"}),
        case("draft", lambda w: {"slug": w.draft.slug}, expect(LOGIN, 404, instructor=200), expect(LOGIN, 404, instructor=302),
             lambda w: {"length": 5, "mode": "practice"}),
    ],
    "mixed_quiz": [case("", NO_KWARGS, members(200), members(302), lambda w: {"lessons": [w.lesson.slug], "length": 5, "mode": "test"})],
    "attempt_history": [case("", NO_KWARGS, members(200), members(405))],
    "attempt_detail": [case("", lambda w: {"pk": w.open_attempt.pk}, expect(LOGIN, 302, 404, 302, 404), owner_only(405, others=405))],
    "attempt_question": [
        case("", lambda w: {"pk": w.open_attempt.pk, "position": 1}, owner_only(200), owner_only(302), answer_data),
        case("past the end", lambda w: {"pk": w.open_attempt.pk, "position": 99}, owner_only(404), owner_only(404), answer_data),
    ],
    "attempt_finish": [case("", lambda w: {"pk": w.open_attempt.pk}, owner_only(405, others=405), owner_only(302))],
    "attempt_results": [
        case("finished", lambda w: {"pk": w.finished_attempt.pk}, expect(LOGIN, 200, 404, 200, 404), owner_only(405, others=405)),
        case("unfinished", lambda w: {"pk": w.open_attempt.pk}, expect(LOGIN, 302, 404, 302, 404), owner_only(405, others=405)),
    ],
    "review": [case("", NO_KWARGS, members(200), members(405))],
    "review_grade": [
        case("", NO_KWARGS, members(405), owner_only(302), lambda w: {"card": w.card.pk, "version": w.card.version, "rating": 3}),
    ],
    "review_undo": [case("", NO_KWARGS, members(405), members(302))],
    "study_stats": [case("", NO_KWARGS, members(200), members(405))],
    "study_settings": [
        case("", NO_KWARGS, members(200), members(302),
             lambda w: {"new_per_day": 7, "reviews_per_day": 70, "desired_retention": 0.85, "time_zone": "Europe/Madrid"}),
    ],
    "deck": [case("", NO_KWARGS, members(200), members(405))],
    "change_card": [case("", lambda w: {"pk": w.card.pk}, owner_only(405, others=405), owner_only(302), lambda w: {"action": "suspend"})],
    "add_card": [
        case("live", lambda w: {"question_id": w.live.pk}, members(405), members(302)),
        case("pending", lambda w: {"question_id": w.pending.pk}, members(405), members(404)),
    ],
    "add_lesson_cards": [
        case("published", lambda w: {"slug": w.lesson.slug}, members(405), members(302)),
        case("draft", lambda w: {"slug": w.draft.slug}, members(405), expect(LOGIN, 404, instructor=302)),
    ],
    "add_topic_cards": [case("", lambda w: {"slug": w.topic.slug}, members(405), members(302))],
    "instructor_home": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "review_queue": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "bulk_approve": [case("", NO_KWARGS, instructors(405), instructors(302), lambda w: {"ids": [w.pending.pk]})],
    "question_review": [case("", lambda w: {"pk": w.pending.pk}, instructors(200), instructors(405))],
    "question_decide": [case("", lambda w: {"pk": w.pending.pk}, instructors(405), instructors(302), lambda w: {"action": "approve"})],
    "question_edit": [case("", lambda w: {"pk": w.pending.pk}, instructors(200), instructors(302), question_edit_data)],
    "generate_questions": [case("", lambda w: {"slug": w.source.slug}, instructors(405), instructors(200))],  # the progress page, streamed
    # Lesson authoring
    "instructor_lessons": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "lesson_create": [case("", NO_KWARGS, instructors(200), instructors(302), new_lesson_data)],
    "lesson_preview": [case("", NO_KWARGS, instructors(405), instructors(200), lambda w: {"markdown": "Preview [@" + w.source.slug + ":1]."})],
    "passage_search": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "lesson_move": [case("", lambda w: {"slug": w.lesson.slug}, instructors(405), instructors(302), lambda w: {"direction": "down"})],
    "lesson_history": [case("", lambda w: {"slug": w.lesson.slug}, instructors(200), instructors(405))],
    "lesson_restore": [case("", lambda w: {"slug": w.lesson.slug, "number": 1}, instructors(405), instructors(302))],
    # Source import and passage editing
    "source_import": [case("", NO_KWARGS, instructors(200), instructors(200))],  # an empty POST shows the form's errors
    "source_import_confirm": [case("", NO_KWARGS, instructors(405), instructors(200))],  # an empty POST shows the errors
    "passage_edit": [
        case("", lambda w: {"slug": w.source.slug, "ordinal": w.passage.ordinal}, instructors(200), instructors(302),
             lambda w: {"text": w.passage.text + f" Corrected sentence {next(_titles)}."}),
    ],
    # Classes and assignments: the owner is a member of the instructor's class
    "classes": [case("", NO_KWARGS, members(200), members(405))],
    "class_join": [case("", NO_KWARGS, members(200), members(200))],  # an empty POST shows the form's errors
    "class_leave": [case("", lambda w: {"pk": w.classroom.pk}, member_only(200), member_only(302))],
    "assignment_start": [case("", lambda w: {"pk": w.quiz_assignment.pk}, expect(LOGIN, 405), member_only(302))],
    "class_create": [case("", NO_KWARGS, instructors(200), instructors(302), lambda w: {"name": "Another class"})],
    "class_detail": [case("", lambda w: {"pk": w.classroom.pk}, class_instructor(200), expect(LOGIN, 403, 403, 405))],
    "class_results_csv": [case("", lambda w: {"pk": w.classroom.pk}, class_instructor(200), expect(LOGIN, 403, 403, 405))],
    "class_student": [
        case("", lambda w: {"pk": w.classroom.pk, "student_id": w.users[OWNER].pk}, class_instructor(200), expect(LOGIN, 403, 403, 405)),
    ],
    "class_rotate_code": [case("", lambda w: {"pk": w.classroom.pk}, expect(LOGIN, 403, 403, 405), class_instructor(302))],
    "class_remove_student": [
        case("", lambda w: {"pk": w.classroom.pk, "student_id": w.users[OWNER].pk}, class_instructor(200), class_instructor(302)),
    ],
    "assignment_create": [case("", lambda w: {"pk": w.classroom.pk}, class_instructor(200), class_instructor(302), assignment_data)],
    "assignment_delete": [
        case("", lambda w: {"pk": w.classroom.pk, "assignment_id": w.quiz_assignment.pk}, class_instructor(200), class_instructor(302)),
    ],
    # Item analysis (per-question totals, no one's answers) and exports
    "item_analysis": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "exports": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "export_questions_download": [case("", NO_KWARGS, instructors(400), instructors(405))],  # no format chosen: the form says so
    "export_deck_download": [case("", NO_KWARGS, members(200), members(405))],
    "print_quiz": [case("", NO_KWARGS, instructors(200), instructors(405))],
    "print_quiz_key": [case("", NO_KWARGS, instructors(200), instructors(405))],  # the form asking for the quiz number
}


def _walk(patterns, prefix=""):
    for pattern in patterns:
        route = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            if route.startswith("admin/"):
                continue
            yield from _walk(pattern.url_patterns, route)
        elif isinstance(pattern, URLPattern):
            module = getattr(pattern.callback, "__module__", "")
            if module.startswith(("django.views.static", "django.contrib.staticfiles")):
                continue
            yield pattern.name, route, pattern


def site_routes() -> dict[str | None, tuple[str, URLPattern]]:
    routes = {}
    for name, route, pattern in _walk(get_resolver().url_patterns):
        routes.setdefault(name, (route, pattern))
    return routes


SITE_ROUTES = site_routes()


def test_every_route_has_a_row_in_the_matrix():
    unknown = sorted(f"{name or '(no name)'} -> {route}" for name, (route, _) in SITE_ROUTES.items() if name not in ROUTES)
    assert not unknown, "Add these URLs to ROUTES in tests/test_authorization.py, with who may open them:\n" + "\n".join(unknown)
    stale = sorted(set(ROUTES) - set(SITE_ROUTES))
    assert not stale, f"ROUTES names URLs that no longer exist: {stale}"


@dataclass
class World:
    users: dict
    lesson: Lesson
    draft: Lesson
    source: Source
    passage: Passage
    topic: Topic
    live: Question
    pending: Question
    open_attempt: Attempt
    finished_attempt: Attempt
    card: Card
    classroom: Classroom
    quiz_assignment: Assignment


def build_world() -> World:
    from briefing.corpus import load_corpus
    from quizzes import bank

    load_corpus()
    bank.generate_questions()
    student, other_student = make_user("student"), make_user("other_student")
    instructor, other_instructor = make_user("instructor", instructor=True), make_user("other_instructor", instructor=True)
    now = timezone.now()
    lesson = Lesson.objects.get(slug="china")
    draft = Lesson(slug="draft-briefing", title="A draft", topic=lesson.topic, markdown=lesson.markdown, status="draft")
    draft.save_with_citations()
    pool = Question.objects.for_lesson(lesson)

    # The owner's cards: one with a marked question, due now; one already graded, so there is something to undo.
    live = pool.live().order_by("pk")
    marked, graded = live[0], live[1]
    marked.current = QuestionVersion.objects.create(
        question=marked, number=marked.versions.count() + 1, stem=CARD_MARKER, answer=marked.current.answer,
        options=marked.current.options, accepted=marked.current.accepted, explanation=marked.current.explanation,
    )  # fmt: skip
    marked.save()
    scheduling.add_cards(student, Question.objects.filter(pk=marked.pk), Card.Origin.SINGLE, now)
    scheduling.add_cards(student, Question.objects.filter(pk=graded.pk), Card.Origin.SINGLE, now)
    graded_card = Card.objects.get(user=student, question=graded)
    scheduling.grade(graded_card.pk, student, graded_card.version, 3, now)
    card = Card.objects.get(user=student, question=marked)

    open_attempt = attempts.start_attempt(student, pool, title=ATTEMPT_MARKER, lessons=[lesson], mode="practice", length=5,
                                          time_limit=None, now=now, seed=1)  # fmt: skip
    finished_attempt = attempts.start_attempt(student, pool, title=ATTEMPT_MARKER + " (finished)", lessons=[lesson], mode="test",
                                              length=5, time_limit=None, now=now, seed=2)  # fmt: skip
    first = finished_attempt.items.get(position=1)
    first.response, first.is_correct, first.answered_at = ANSWER_MARKER, False, now
    first.save()
    attempts.finish(finished_attempt, now)

    classroom = Classroom.objects.create(name="The owner's class", instructor=instructor)
    Membership.objects.create(classroom=classroom, student=student)
    Classroom.objects.create(name="Another instructor's class", instructor=other_instructor)
    quiz_assignment = Assignment.objects.create(classroom=classroom, kind=Assignment.Kind.QUIZ, lesson=lesson, length=5,
                                                due=now + datetime.timedelta(days=7))  # fmt: skip
    lesson.save_version(None)

    users = {OWNER: student, OTHER: other_student, INSTRUCTOR: instructor, OTHER_INSTRUCTOR: other_instructor}
    source = lesson.citations.select_related("passage__source").first().passage.source
    return World(
        users=users, lesson=lesson, draft=draft, source=source, passage=source.passages.order_by("ordinal")[1],
        topic=lesson.topic, live=Question.objects.live().exclude(pk=marked.pk).order_by("pk").first(),
        pending=Question.objects.filter(status="pending").order_by("pk").first(),
        open_attempt=open_attempt, finished_attempt=finished_attempt, card=card, classroom=classroom,
        quiz_assignment=quiz_assignment,
    )  # fmt: skip


@pytest.fixture
def world(module_world, db, cached_generation) -> World:
    return module_world


def owner_state(w: World) -> dict:
    """Everything of the owner's that no one else may change."""
    owner = w.users[OWNER]
    return {
        "attempts": list(Attempt.objects.filter(user=owner).order_by("pk").values_list("pk", "title", "finished_at", "correct")),
        "answers": list(Attempt.objects.filter(user=owner).values_list("items__pk", "items__response", "items__answered_at").order_by("items__pk")),
        "cards": list(Card.objects.filter(user=owner).order_by("pk").values_list("pk", "suspended", "version", "due", "state")),
        "logs": list(ReviewLog.objects.filter(user=owner).order_by("pk").values_list("pk", "rating")),
        "settings": list(StudySettings.objects.filter(user=owner).values()),
        "password": type(owner).objects.get(pk=owner.pk).password,
    }  # fmt: skip


def site_state(w: World) -> dict:
    """What a refused request must not change."""
    return {
        "lessons": list(Lesson.objects.order_by("pk").values_list("pk", "title", "markdown", "status")),
        "questions": list(Question.objects.order_by("pk").values_list("pk", "status", "current_id", "reject_reason")),
        "versions": QuestionVersion.objects.count(),
        "reviews": ReviewAction.objects.count(),
        "attempts": Attempt.objects.count(),
        "cards": list(Card.objects.order_by("pk").values_list("pk", "user_id", "suspended", "version")),
        "logs": ReviewLog.objects.count(),
        "settings": list(StudySettings.objects.order_by("pk").values()),
        "users": list(type(w.users[OWNER]).objects.order_by("pk").values_list("pk", "username", "password")),
        "sources": Source.objects.count(),
        "passages": list(Passage.objects.order_by("pk").values_list("pk", "hash")),
        "lesson versions": LessonVersion.objects.count(),
        "classes": list(Classroom.objects.order_by("pk").values_list("pk", "name", "join_code")),
        "memberships": list(Membership.objects.order_by("pk").values_list("classroom_id", "student_id")),
        "assignments": list(Assignment.objects.order_by("pk").values_list("pk", "kind", "due")),
    }


def client_for(w: World, role: str, **options) -> Client:
    client = Client(**options)
    if role != ANON:
        client.force_login(w.users[role])
    return client


def check(response, expected, role: str, what: str) -> list[str]:
    problems = []
    status, location = response.status_code, response.headers.get("Location", "")
    body = b"".join(response.streaming_content) if response.streaming else response.content
    if expected == LOGIN:
        if status != 302 or not location.startswith(reverse("login") + "?next="):
            problems.append(f"{what} as {role}: expected a redirect to log in, got {status} {location}")
    elif expected == AWAY:
        if status != 302 or location.startswith(reverse("login")):
            problems.append(f"{what} as {role}: expected a redirect away, got {status} {location}")
    elif status != expected:
        problems.append(f"{what} as {role}: expected {expected}, got {status} {location}")
    if response.headers.get("Content-Type", "").startswith("text/html") and "Content-Security-Policy" not in response.headers:
        problems.append(f"{what} as {role}: an HTML response without a Content-Security-Policy header")
    if role != OWNER:
        body = body.decode(errors="replace")
        # Instructors see every question's text in the review queue; the owner's attempts only the
        # instructor of the owner's class sees.
        markers = ([] if role == INSTRUCTOR else [ATTEMPT_MARKER, ANSWER_MARKER]) + ([] if role in (INSTRUCTOR, OTHER_INSTRUCTOR) else [CARD_MARKER])
        leaked = [marker for marker in markers if marker in body]
        if leaked:
            problems.append(f"{what} as {role}: the response shows the owner's private data {leaked}")
    return problems


@pytest.mark.parametrize("name", sorted(name for name in SITE_ROUTES if name in ROUTES))
def test_who_may_open_each_route(world, name):
    problems = []
    route, pattern = SITE_ROUTES[name]
    for row in ROUTES[name]:
        kwargs = row.kwargs(world)
        assert set(kwargs) == set(pattern.pattern.converters), f"{name}: ROUTES fills {sorted(kwargs)} but {route} takes {sorted(pattern.pattern.converters)}"
        url = reverse(name, kwargs=kwargs)
        for role in ROLES:
            for method, expected in (("GET", row.get[role]), ("POST", row.post[role])):
                what = f"{method} {url}" + (f" ({row.label})" if row.label else "")
                before_owner = owner_state(world) if role != OWNER else None
                before_site = site_state(world) if expected in REFUSED else None
                client = client_for(world, role)
                response = client.get(url) if method == "GET" else client.post(url, row.data(world))
                problems += check(response, expected, role, what)
                if before_owner is not None and owner_state(world) != before_owner:
                    problems.append(f"{what} as {role} changed the owner's attempts, cards or settings")
                if before_site is not None and site_state(world) != before_site:
                    problems.append(f"{what} as {role} was refused ({response.status_code}) yet changed the database")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("name", sorted(name for name in SITE_ROUTES if name in ROUTES))
def test_no_post_gets_past_csrf_protection(world, name):
    """With the browser's CSRF checks on, a POST without the token is refused before any view runs."""
    row = ROUTES[name][0]
    url = reverse(name, kwargs=row.kwargs(world))
    for role in (ANON, OWNER, INSTRUCTOR):
        before = site_state(world)
        response = client_for(world, role, enforce_csrf_checks=True).post(url, row.data(world))
        assert response.status_code == 403, f"POST {url} as {role} without a CSRF token: {response.status_code}"
        assert site_state(world) == before


def test_the_owner_sees_their_own_private_data(world, client):
    """The markers the matrix looks for really are on the owner's pages, so their absence elsewhere means something."""
    client.force_login(world.users[OWNER])
    assert ATTEMPT_MARKER in client.get(reverse("attempt_history")).content.decode()
    results = client.get(reverse("attempt_results", args=[world.finished_attempt.pk])).content.decode()
    assert ATTEMPT_MARKER in results and ANSWER_MARKER in results
    assert CARD_MARKER in client.get(reverse("deck")).content.decode()
    assert CARD_MARKER in client.get(reverse("review")).content.decode()


def test_another_students_card_and_attempt_stay_untouched_by_htmx_requests(world):
    """htmx requests take other code paths (partials, client redirects): they are refused the same way."""
    client = client_for(world, OTHER)
    htmx = {"HTTP_HX_REQUEST": "true"}
    before = owner_state(world)
    assert client.post(reverse("review_grade"), {"card": world.card.pk, "version": world.card.version, "rating": 1}, **htmx).status_code == 404
    assert client.post(reverse("attempt_question", args=[world.open_attempt.pk, 1]), answer_data(world), **htmx).status_code == 404
    assert client.post(reverse("change_card", args=[world.card.pk]), {"action": "remove"}, **htmx).status_code == 404
    assert owner_state(world) == before
