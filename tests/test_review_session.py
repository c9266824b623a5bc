"""Self-study with FSRS: scheduling agrees with py-fsrs, undo is exact, limits, time zones,
replays and races, and who may touch which card."""

import threading
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import fsrs
import pytest
import time_machine
from django.db import connection
from django.urls import reverse
from django.utils.html import escape
from django.utils import timezone

from briefing.models import Lesson
from quizzes import scheduling
from quizzes.models import Card, Question, ReviewLog

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _no_fuzz(settings):
    settings.BRIEFING_FSRS_FUZZING = False


@pytest.fixture
def deck(questions, student):
    scheduling.add_cards(student, Question.objects.for_lesson(Lesson.objects.get(slug="iran")), Card.Origin.LESSON, timezone.now())
    return Card.objects.filter(user=student)


def test_scheduling_agrees_with_py_fsrs_over_simulated_days(deck, student):
    card = deck.first()
    reference = fsrs.Card(card_id=card.pk, due=card.due)
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    script = [3, 3, 1, 3, 4, 2, 3, 3]
    start = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
    with time_machine.travel(start, tick=False) as traveller:
        for rating in script:
            now = timezone.now()
            card.refresh_from_db()
            scheduling.grade(card.pk, student, card.version, rating, now)
            reference, _ = scheduler.review_card(reference, fsrs.Rating(rating), review_datetime=now)
            card.refresh_from_db()
            assert card.state == int(reference.state) and card.step == reference.step
            assert card.stability == pytest.approx(reference.stability) and card.difficulty == pytest.approx(reference.difficulty)
            assert card.due == reference.due and card.last_review == reference.last_review
            traveller.move_to(max(reference.due, now + timedelta(hours=1)))
    assert ReviewLog.objects.filter(card=card).count() == len(script)


def test_every_grade_writes_a_log_with_the_state_before_and_after(deck, student):
    card = deck.first()
    log = scheduling.grade(card.pk, student, 0, 3, timezone.now(), duration_ms=4200)
    assert log.rating == 3 and log.duration_ms == 4200 and log.was_new
    assert log.state_before["last_review"] is None and log.state_after["last_review"] is not None
    assert log.version_id == card.question.current_id


def test_undo_restores_the_exact_previous_state(deck, student):
    card = deck.first()
    scheduling.grade(card.pk, student, 0, 3, timezone.now())
    card.refresh_from_db()
    before = {name: getattr(card, name) for name in scheduling.STATE_FIELDS}
    scheduling.grade(card.pk, student, card.version, 1, timezone.now() + timedelta(minutes=12))
    scheduling.undo_last(student)
    card.refresh_from_db()
    assert {name: getattr(card, name) for name in scheduling.STATE_FIELDS} == before
    assert ReviewLog.objects.filter(card=card).count() == 1


def test_a_replayed_grade_is_rejected_with_a_friendly_message(client, deck, student):
    client.force_login(student)
    card = deck.order_by("due", "pk").first()
    form = {"card": card.pk, "version": card.version, "rating": 3}
    client.post(reverse("review_grade"), form)
    response = client.post(reverse("review_grade"), form, follow=True)
    assert "already graded" in response.content.decode()
    assert ReviewLog.objects.filter(card=card).count() == 1


def test_two_interleaved_grades_for_one_card_apply_once(deck, student, monkeypatch):
    """The second grade reads the card before the first one writes: only one may win."""
    card = deck.first()
    real = scheduling.scheduler_for
    raced = []

    def racing_scheduler(study):
        if not raced:
            raced.append(True)
            scheduling.grade(card.pk, student, 0, 4, timezone.now())  # the other request gets in first
        return real(study)

    monkeypatch.setattr(scheduling, "scheduler_for", racing_scheduler)
    with pytest.raises(scheduling.StaleGrade):
        scheduling.grade(card.pk, student, 0, 1, timezone.now())
    assert list(ReviewLog.objects.filter(card=card).values_list("rating", flat=True)) == [4]


@pytest.mark.django_db(transaction=True)
@pytest.mark.skipif(connection.vendor == "sqlite", reason="the in-memory SQLite test database is not shared between threads")
def test_simultaneous_grades_from_two_threads_apply_once(questions, student):
    scheduling.add_cards(student, Question.objects.filter(pk=Question.objects.live().first().pk), Card.Origin.SINGLE, timezone.now())
    card = Card.objects.get(user=student)
    barrier, outcomes = threading.Barrier(2), []

    def submit(rating):
        barrier.wait()
        try:
            scheduling.grade(card.pk, student, 0, rating, timezone.now())
            outcomes.append("applied")
        except scheduling.StaleGrade:
            outcomes.append("stale")
        finally:
            connection.close()

    threads = [threading.Thread(target=submit, args=(r,)) for r in (3, 1)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    assert sorted(outcomes) == ["applied", "stale"]
    assert ReviewLog.objects.filter(card=card).count() == 1


def test_the_new_card_limit_and_the_review_limit(deck, student):
    study = scheduling.study_settings(student)
    study.new_per_day, study.reviews_per_day = 2, 3
    study.save()
    # noon tomorrow in the student's day: the quarter of an hour below never crosses midnight
    now = (scheduling.today_start(study, timezone.now()) + timedelta(days=1, hours=12)).astimezone(UTC)
    seen = []
    for _ in range(2):
        card = scheduling.next_card(student, study, now)
        assert card.is_new
        seen.append(card.pk)
        scheduling.grade(card.pk, student, card.version, 1, now)  # Again: due again in a minute
    later = now + timedelta(minutes=2)
    card = scheduling.next_card(student, study, later)
    assert card is not None and not card.is_new and card.pk in seen  # no third new card today
    scheduling.grade(card.pk, student, card.version, 3, later)
    assert scheduling.next_card(student, study, later + timedelta(minutes=15)) is None  # three reviews: the daily limit
    assert scheduling.today(student, study, later).left == 0


def test_today_follows_the_students_time_zone(deck, student):
    study = scheduling.study_settings(student)
    study.time_zone, study.new_per_day = "Pacific/Auckland", 1
    study.save()
    # Half an hour before the next midnight in Auckland; an hour later it is a new day there (not in UTC).
    auckland = ZoneInfo("Pacific/Auckland")
    local = timezone.now().astimezone(auckland) + timedelta(days=1)
    evening = datetime.combine(local.date(), time(23, 30), tzinfo=auckland).astimezone(UTC)
    card = scheduling.next_card(student, study, evening)
    scheduling.grade(card.pk, student, card.version, 3, evening)
    assert scheduling.next_card(student, study, evening + timedelta(minutes=20)).pk == card.pk  # only the learning card
    assert scheduling.next_card(student, study, evening + timedelta(hours=1)).is_new  # a new day: a new card is allowed


def test_cards_of_a_lesson_are_added_once(client, questions, student):
    client.force_login(student)
    lesson = Lesson.objects.get(slug="china")
    client.post(reverse("add_lesson_cards", args=[lesson.slug]))
    count = Card.objects.filter(user=student).count()
    assert count == Question.objects.for_lesson(lesson).live().count() > 0
    response = client.post(reverse("add_lesson_cards", args=[lesson.slug]), follow=True)
    assert "already in your deck" in response.content.decode()
    assert Card.objects.filter(user=student).count() == count


def test_missed_quiz_questions_arrive_in_the_deck_unless_turned_off(client, questions, student, other_student):
    from quizzes import attempts

    lesson = Lesson.objects.get(slug="china")
    for user, keep in ((student, True), (other_student, False)):
        study = scheduling.study_settings(user)
        study.add_missed = keep
        study.save()
        attempt = attempts.start_attempt(user, Question.objects.for_lesson(lesson), title="t", mode="practice", length=5,
                                         time_limit=None, now=timezone.now(), seed=1)  # fmt: skip
        item = attempt.items.first()
        attempts.answer(item.pk, "definitely wrong", timezone.now())
        attempts.finish(attempt, timezone.now())
    assert list(Card.objects.filter(user=student).values_list("origin", flat=True)) == ["missed"]
    assert not Card.objects.filter(user=other_student).exists()


def test_the_review_session_without_javascript(client, deck, student):
    client.force_login(student)
    page = client.get(reverse("review")).content.decode()
    assert "Show answer" in page and "How well did you remember" not in page
    card = scheduling.next_card(student, scheduling.study_settings(student), timezone.now())
    assert f"From <cite>{escape(card.question.passage.source.title)}</cite>" in page  # the front names the article
    shown = client.get(reverse("review"), {"show": card.pk}).content.decode()
    assert "How well did you remember" in shown and "Again" in shown and "min" in shown
    assert card.question.passage.get_absolute_url() in shown
    response = client.post(reverse("review_grade"), {"card": card.pk, "version": card.version, "rating": 4})
    assert response.status_code == 302
    card.refresh_from_db()
    assert card.last_review is not None


def test_the_review_session_swaps_cards_with_htmx(client, deck, student):
    client.force_login(student)
    card = scheduling.next_card(student, scheduling.study_settings(student), timezone.now())
    response = client.post(reverse("review_grade"), {"card": card.pk, "version": card.version, "rating": 3}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and 'id="session"' in html and "1 done today" in html


@pytest.mark.parametrize("form", [{}, {"card": "x", "version": "0", "rating": "3"}, {"card": "1", "version": "0", "rating": "9"}])
def test_malformed_grades_get_a_message(client, deck, student, form):
    client.force_login(student)
    if form.get("card") == "1":
        form = form | {"card": deck.first().pk}
    response = client.post(reverse("review_grade"), form, follow=True)
    assert response.status_code == 200 and 'class="message error"' in response.content.decode()
    assert not ReviewLog.objects.exists()


@pytest.mark.parametrize("card", ["9223372036854775808", "-9223372036854775809", "0"])
def test_a_grade_for_a_card_number_no_row_can_have_is_not_found(client, deck, student, card):
    client.force_login(student)
    response = client.post(reverse("review_grade"), {"card": card, "version": "0", "rating": "3"}, headers={"HX-Request": "true"})
    assert response.status_code == 404
    assert not ReviewLog.objects.exists()


def test_nobody_else_can_grade_or_change_a_students_cards(client, deck, student, other_student):
    card = deck.first()
    client.force_login(other_student)
    assert client.post(reverse("review_grade"), {"card": card.pk, "version": 0, "rating": 3}).status_code == 404
    assert client.post(reverse("change_card", args=[card.pk]), {"action": "remove"}).status_code == 404
    assert str(card.question.current.stem)[:40] not in client.get(reverse("deck")).content.decode()
    client.post(reverse("review_undo"))
    card.refresh_from_db()
    assert card.version == 0 and Card.objects.filter(pk=card.pk).exists()


def test_suspend_resume_and_remove(client, deck, student):
    client.force_login(student)
    card = deck.first()
    client.post(reverse("change_card", args=[card.pk]), {"action": "suspend"})
    assert not Card.objects.due_for(student, timezone.now() + timedelta(days=1)).filter(pk=card.pk).exists()
    client.post(reverse("change_card", args=[card.pk]), {"action": "resume"})
    assert Card.objects.due_for(student, timezone.now() + timedelta(days=1)).filter(pk=card.pk).exists()
    client.post(reverse("change_card", args=[card.pk]), {"action": "remove"})
    assert not Card.objects.filter(pk=card.pk).exists()


@pytest.mark.parametrize(("field", "value"), [("desired_retention", "0.5"), ("desired_retention", "0.99"), ("desired_retention", "lots"),
                                              ("time_zone", "Mars/Olympus"), ("reviews_per_day", "0"), ("new_per_day", "-3")])  # fmt: skip
def test_study_settings_refuse_bad_values(client, student, field, value):
    client.force_login(student)
    data = {"new_per_day": 20, "reviews_per_day": 200, "desired_retention": 0.9, "time_zone": "UTC", "add_missed": "on"} | {field: value}
    response = client.post(reverse("study_settings"), data)
    assert response.status_code == 200 and "errorlist" in response.content.decode()
    assert scheduling.study_settings(student).desired_retention == 0.9


def test_study_settings_explain_retention_and_the_optimiser(client, student):
    client.force_login(student)
    html = client.get(reverse("study_settings")).content.decode()
    assert "more reviews each day" in html
    assert "optimiser" in html or "reviews" in html


def test_statistics_page(client, deck, student):
    client.force_login(student)
    card = deck.first()
    scheduling.grade(card.pk, student, 0, 3, timezone.now())
    html = client.get(reverse("study_stats")).content.decode()
    assert "Due in the next 30 days" in html and "Mastery by topic" in html and "Streak" in html
    assert "1 day" in html  # the streak
    assert "<caption" in html  # a text alternative for each chart
