"""Spaced repetition with py-fsrs: the library does the scheduling; this module maps our
card rows to its cards and back, and keeps every grade exactly undoable.

All datetimes are timezone-aware UTC; "today" follows the student's time zone.
"""

import functools
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

import fsrs
from django.conf import settings
from django.db import connection, transaction
from django.db.models import F

from briefing.models import SOURCE_BULK_FIELDS, Passage, Source
from briefing.rows import Selection, to_db
from quizzes.models import Card, Question, QuestionVersion, ReviewLog, StudySettings

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


@dataclass
class Session:
    """What the review page shows: today's counts, the next card, and whether a grade can be undone."""

    today: Today
    card: Card | None
    has_undo: bool


# The review page and every grade run these lookups, a grade several times a second per class at
# busy times; their SQL is fixed, so it is written here rather than built by the ORM on each request
# (see briefing.rows). Card.objects.due_for is the same range scan on (user, suspended, due).


@functools.cache
def _tables() -> dict[str, str]:
    models = (Card, Question, QuestionVersion, ReviewLog, Passage, Source, StudySettings)
    return {model.__name__.lower(): connection.ops.quote_name(model._meta.db_table) for model in models}


def study_of(user) -> StudySettings:
    """The user's study settings as stored, or the defaults, unsaved, for a user who never changed
    them: reading them changes nothing (unlike study_settings, which stores the defaults)."""
    selection = _selection("study")
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selection.sql} FROM {_tables()['studysettings']} s WHERE s.user_id = %s", [user.pk])
        row = cursor.fetchone()
    return selection.instances(row)[0] if row else StudySettings(user=user)


def session(user, study: StudySettings, now: datetime, *, with_passage: bool = False) -> Session:
    """Today's counts, the next card within today's limits (with its question and shown version,
    and with ``with_passage`` its passage and source, which the card names) and whether there
    is a grade to undo: two queries."""
    today, has_undo = _counts(user, study, now)
    return Session(today=today, card=next_card(user, study, now, done=today.done, with_passage=with_passage), has_undo=has_undo)


def today(user, study: StudySettings, now: datetime) -> Today:
    return _counts(user, study, now)[0]


def _counts(user, study: StudySettings, now: datetime) -> tuple[Today, bool]:
    """Today's counts within the student's limits, and whether any grade can be undone: one query."""
    t = _tables()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT (SELECT COUNT(*) FROM {t['reviewlog']} WHERE user_id = %(user)s AND reviewed_at >= %(day)s),"
            f" (SELECT COUNT(*) FROM {t['reviewlog']} WHERE user_id = %(user)s AND reviewed_at >= %(day)s AND was_new = %(yes)s),"
            f" (SELECT COUNT(*) FROM {t['card']} WHERE user_id = %(user)s AND suspended = %(no)s AND due <= %(now)s AND last_review IS NOT NULL),"
            f" (SELECT COUNT(*) FROM {t['card']} WHERE user_id = %(user)s AND suspended = %(no)s AND due <= %(now)s AND last_review IS NULL),"
            f" EXISTS (SELECT 1 FROM {t['reviewlog']} WHERE user_id = %(user)s)",
            {"user": user.pk, "day": _db_time(today_start(study, now)), "now": _db_time(now), "yes": True, "no": False},
        )  # fmt: skip
        reviewed, introduced, due_reviews, due_new, has_undo = cursor.fetchone()
    due_new = min(due_new, max(0, study.new_per_day - introduced))
    left = min(due_reviews + due_new, max(0, study.reviews_per_day - reviewed))
    return Today(reviewed=reviewed, new_introduced=introduced, due_now=due_reviews + due_new, left=left), bool(has_undo)


def next_card(user, study: StudySettings, now: datetime, done: tuple[int, int] | None = None, *,
              with_passage: bool = True) -> Card | None:  # fmt: skip
    """The next card to study now within today's limits, or None. ``done`` is (reviewed,
    introduced) today when the caller already counted them. The card comes with its question and
    version; ``with_passage`` adds the passage and its source (without the source's bulk text)."""
    if done is None:
        return session(user, study, now, with_passage=with_passage).card
    reviewed, introduced = done
    if reviewed >= study.reviews_per_day:
        return None
    t = _tables()
    selection = _selection("card+passage" if with_passage else "card")
    joins = f" JOIN {t['passage']} p ON p.id = q.passage_id JOIN {t['source']} s ON s.id = p.source_id" if with_passage else ""
    new_allowed = "" if introduced < study.new_per_day else " AND c.last_review IS NOT NULL"
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {selection.sql} FROM {t['card']} c JOIN {t['question']} q ON q.id = c.question_id"
            f" LEFT JOIN {t['questionversion']} v ON v.id = q.current_id{joins}"
            f" WHERE c.user_id = %s AND c.suspended = %s AND c.due <= %s{new_allowed} ORDER BY c.due, c.id LIMIT 1",
            [user.pk, False, _db_time(now)],
        )  # fmt: skip
        row = cursor.fetchone()
    if row is None:
        return None
    card, question, version, *place = selection.instances(row)
    card.question = question
    if version is not None:
        question.current = version
        version.question = question
    if place:
        passage, source = place
        question.passage = passage
        passage.source = source
    return card


def grade(card_id: int, user, expected_version: int, rating: int, now: datetime, duration_ms: int | None = None,
          study: StudySettings | None = None) -> ReviewLog:  # fmt: skip
    """Apply one grade exactly once. Raises StaleGrade if the card moved on since the form was shown,
    and Card.DoesNotExist if the user has no such card. ``study`` saves reading the user's settings
    when the caller already has them.

    The new state is computed outside the write transaction; the write itself only succeeds
    if the card still has the version the student saw, so of two racing grades one wins.
    """
    low, high = connection.ops.integer_field_range(Card._meta.pk.get_internal_type())
    if not low <= card_id <= high:  # the ORM would find no such row; the database would refuse the number
        raise Card.DoesNotExist
    t = _tables()
    selection = _selection("grade")
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {selection.sql}, q.current_id FROM {t['card']} c JOIN {t['question']} q ON q.id = c.question_id"
            f" WHERE c.id = %s AND c.user_id = %s",
            [card_id, user.pk],
        )
        row = cursor.fetchone()
    if row is None:
        raise Card.DoesNotExist
    card, version_id = selection.instances(row)[0], row[-1]
    if rating not in dict(RATINGS):
        raise ValueError("A grade is 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy).")
    if card.version != expected_version:
        raise StaleGrade
    before = snapshot(card)
    reviewed, _ = scheduler_for(study or study_of(user)).review_card(to_fsrs(card), fsrs.Rating(rating), review_datetime=now,
                                                             review_duration=duration_ms)  # fmt: skip
    after = fields_of(reviewed)
    log = ReviewLog(card_id=card.pk, user_id=user.pk, version_id=version_id, rating=rating, reviewed_at=now, duration_ms=duration_ms,
                    was_new=before["last_review"] is None, state_before=before, state_after=snapshot(Card(**after)))  # fmt: skip
    columns = [field for field in ReviewLog._meta.concrete_fields if not field.primary_key]
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {t['card']} SET {', '.join(f'{_column(Card, name)} = %s' for name in STATE_FIELDS)}, version = version + 1"
            f" WHERE id = %s AND version = %s",
            [to_db(connection, Card, name, after[name]) for name in STATE_FIELDS] + [card.pk, expected_version],
        )
        if cursor.rowcount != 1:
            raise StaleGrade
        cursor.execute(
            f"INSERT INTO {t['reviewlog']} ({', '.join(connection.ops.quote_name(field.column) for field in columns)})"
            f" VALUES ({', '.join(['%s'] * len(columns))}) RETURNING id",
            [field.get_db_prep_save(getattr(log, field.attname), connection) for field in columns],
        )
        log.pk = cursor.fetchone()[0]
    log._state.adding, log._state.db = False, connection.alias
    return log


def _column(model, name: str) -> str:
    return connection.ops.quote_name(model._meta.get_field(name).column)


def _db_time(moment: datetime):
    return connection.ops.adapt_datetimefield_value(moment)


@functools.cache
def _selection(name: str) -> Selection:
    card = [(Card, "c", None), (Question, "q", None), (QuestionVersion, "v", None)]
    source_fields = tuple(field.name for field in Source._meta.concrete_fields if field.name not in SOURCE_BULK_FIELDS)
    parts = {
        "study": [(StudySettings, "s", None)],
        "grade": card[:1],
        "card": card,
        "card+passage": [*card, (Passage, "p", None), (Source, "s", source_fields)],
    }[name]
    return Selection(connection.alias, *parts)


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
