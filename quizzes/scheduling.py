"""Spaced repetition with py-fsrs: the library does the scheduling; this module maps our
card rows to its cards and back, and keeps every grade exactly undoable.

All datetimes are timezone-aware UTC; "today" follows the student's time zone.
"""

from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import fsrs
from django.conf import settings
from django.db import transaction
from django.db.models import Count, F, Q

from briefing.models import SOURCE_BULK_FIELDS
from quizzes.models import Card, Question, ReviewLog, StudySettings

STATE_FIELDS = ("state", "step", "stability", "difficulty", "due", "last_review")
RATINGS = [(1, "Again"), (2, "Hard"), (3, "Good"), (4, "Easy")]


class StaleGrade(Exception):
    """The card changed since the grade form was shown (a replay, a second tab or a double click)."""


def study_settings(user) -> StudySettings:
    return StudySettings.objects.get_or_create(user=user)[0]


def scheduler_for(study: StudySettings) -> fsrs.Scheduler:
    options = {"desired_retention": study.desired_retention, "enable_fuzzing": settings.BRIEFING_FSRS_FUZZING}
    if study.parameters:
        options["parameters"] = study.parameters
    return fsrs.Scheduler(**options)


def to_fsrs(card: Card) -> fsrs.Card:
    return fsrs.Card(card_id=card.pk or 1, state=fsrs.State(card.state), step=card.step, stability=card.stability,
                     difficulty=card.difficulty, due=card.due, last_review=card.last_review)  # fmt: skip


def fields_of(state: fsrs.Card) -> dict:
    return {"state": int(state.state), "step": state.step, "stability": state.stability, "difficulty": state.difficulty,
            "due": state.due, "last_review": state.last_review}  # fmt: skip


def snapshot(card: Card) -> dict:
    """The card's scheduling state as JSON-ready data, exact enough to restore it."""
    data = {name: getattr(card, name) for name in STATE_FIELDS}
    for name in ("due", "last_review"):
        data[name] = data[name].isoformat() if data[name] else None
    return data


def restore(snap: dict) -> dict:
    data = dict(snap)
    for name in ("due", "last_review"):
        data[name] = datetime.fromisoformat(data[name]) if data[name] else None
    return data


def interval_label(delta: timedelta) -> str:
    minutes = delta.total_seconds() / 60
    if minutes < 60:
        return f"{max(1, round(minutes))} min"
    if minutes < 60 * 24:
        return f"{round(minutes / 60)} h"
    days = minutes / (60 * 24)
    if days < 31:
        return f"{round(days)} day{'s' if round(days) != 1 else ''}"
    if days < 365:
        return f"{round(days / 30.4)} mo"
    return f"{days / 365:.1f} y"


def preview(card: Card, scheduler: fsrs.Scheduler, now: datetime) -> list[tuple[int, str, str]]:
    """(rating, name, next interval) for each grade button."""
    current = to_fsrs(card)
    out = []
    for rating, name in RATINGS:
        after, _ = scheduler.review_card(current, fsrs.Rating(rating), review_datetime=now)
        out.append((rating, name, interval_label(after.due - now)))
    return out


def today_start(study: StudySettings, now: datetime) -> datetime:
    zone = ZoneInfo(study.time_zone)
    local = now.astimezone(zone)
    return datetime.combine(local.date(), time.min, tzinfo=zone).astimezone(ZoneInfo("UTC"))


@dataclass
class Today:
    reviewed: int
    new_introduced: int
    due_now: int
    left: int

    @property
    def done(self) -> tuple[int, int]:
        return self.reviewed, self.new_introduced


def today(user, study: StudySettings, now: datetime) -> Today:
    reviewed, new_introduced = _done_today(user, study, now)
    due = Card.objects.due_for(user, now).order_by().aggregate(  # one pass over the due cards for both counts
        reviews=Count("pk", filter=Q(last_review__isnull=False)), new=Count("pk", filter=Q(last_review__isnull=True))
    )
    due_reviews = due["reviews"]
    due_new = min(due["new"], max(0, study.new_per_day - new_introduced))
    left = min(due_reviews + due_new, max(0, study.reviews_per_day - reviewed))
    return Today(reviewed=reviewed, new_introduced=new_introduced, due_now=due_reviews + due_new, left=left)


def _done_today(user, study: StudySettings, now: datetime) -> tuple[int, int]:
    """(reviews, new cards introduced) since the start of the student's day, in one query."""
    counts = ReviewLog.objects.filter(user=user, reviewed_at__gte=today_start(study, now)).aggregate(
        reviewed=Count("pk"), new=Count("pk", filter=Q(was_new=True))
    )
    return counts["reviewed"], counts["new"]


def next_card(user, study: StudySettings, now: datetime, done: tuple[int, int] | None = None, *,
              with_passage: bool = True) -> Card | None:  # fmt: skip
    """The next card to study now within today's limits, or None. ``done`` is (reviewed,
    introduced) today when the caller already counted them. Without ``with_passage`` the card
    comes with its question and version only: enough for the front of the card."""
    reviewed, introduced = done or _done_today(user, study, now)
    if reviewed >= study.reviews_per_day:
        return None
    due = Card.objects.due_for(user, now)
    if introduced >= study.new_per_day:
        due = due.filter(last_review__isnull=False)
    if with_passage:
        bulk = [f"question__passage__source__{name}" for name in SOURCE_BULK_FIELDS]
        card = due.select_related("question__current", "question__passage__source").defer(*bulk).first()
    else:
        card = due.select_related("question__current").first()
    if card is not None and card.question.current is not None:
        card.question.current.question = card.question  # the version's own question is this one: no second read
    return card


def grade(card_id: int, user, expected_version: int, rating: int, now: datetime, duration_ms: int | None = None,
          study: StudySettings | None = None) -> ReviewLog:  # fmt: skip
    """Apply one grade exactly once. Raises StaleGrade if the card moved on since the form was shown,
    and Card.DoesNotExist if the user has no such card. ``study`` saves reading the user's settings
    when the caller already has them.

    The new state is computed outside the write transaction; the write itself only succeeds
    if the card still has the version the student saw, so of two racing grades one wins.
    """
    card = Card.objects.select_related("question").get(pk=card_id, user=user)
    if rating not in dict(RATINGS):
        raise ValueError("A grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
    if card.version != expected_version:
        raise StaleGrade
    before = snapshot(card)
    reviewed, _ = scheduler_for(study or study_settings(user)).review_card(to_fsrs(card), fsrs.Rating(rating), review_datetime=now,
                                                                  review_duration=duration_ms)  # fmt: skip
    after = fields_of(reviewed)
    with transaction.atomic():
        if not Card.objects.filter(pk=card.pk, version=expected_version).update(**after, version=F("version") + 1):
            raise StaleGrade
        return ReviewLog.objects.create(card=card, user=user, version_id=card.question.current_id, rating=rating,
                                        reviewed_at=now, duration_ms=duration_ms, was_new=before["last_review"] is None,
                                        state_before=before, state_after=snapshot(Card(**after)))  # fmt: skip


def undo_last(user) -> Card | None:
    """Put back the card of the user's last grade exactly as it was, and forget that grade."""
    with transaction.atomic():
        log = ReviewLog.objects.filter(user=user).select_related("card").order_by("-reviewed_at", "-pk").first()
        if log is None:
            return None
        Card.objects.filter(pk=log.card_id).update(**restore(log.state_before), version=F("version") + 1)
        log.delete()
    return Card.objects.get(pk=log.card_id)


def add_cards(user, questions, origin: str, now: datetime) -> int:
    """Add live questions to the user's deck as new cards; ones already there are left alone."""
    ids = list(questions.live().values_list("pk", flat=True))
    existing = set(Card.objects.filter(user=user, question_id__in=ids).values_list("question_id", flat=True))
    new = [Card(user=user, question_id=pk, due=now, added_at=now, origin=origin) for pk in ids if pk not in existing]
    Card.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def add_missed(attempt, now: datetime) -> int:
    """Questions the student got wrong in a quiz go into their deck, unless they turned that off."""
    if not study_settings(attempt.user).add_missed:
        return 0
    missed = Question.objects.filter(versions__attempt_items__attempt=attempt, versions__attempt_items__is_correct=False)
    return add_cards(attempt.user, missed, Card.Origin.MISSED, now)
