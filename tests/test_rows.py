"""Model instances from hand-written SQL hold what the ORM would have given."""

from datetime import timedelta

import pytest
from django.db import connection
from django.utils import timezone

from briefing.rows import Selection
from quizzes import scheduling
from quizzes.models import Card, Question, QuestionVersion, StudySettings


def _concrete(instance) -> dict:
    return {field.attname: getattr(instance, field.attname) for field in type(instance)._meta.concrete_fields}


def test_a_selection_gives_back_the_orm_values(questions, student):
    question = Question.objects.live().exclude(current=None).first()
    now = timezone.now()
    card = Card.objects.create(user=student, question=question, due=now, added_at=now, last_review=now - timedelta(days=2),
                               stability=3.25, difficulty=6.5, suspended=True)  # fmt: skip
    selection = Selection(connection.alias, (Card, "c", None), (Question, "q", None), (QuestionVersion, "v", None))
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {selection.sql} FROM quizzes_card c JOIN quizzes_question q ON q.id = c.question_id"
            " JOIN quizzes_questionversion v ON v.id = q.current_id WHERE c.id = %s",
            [card.pk],
        )
        got_card, got_question, got_version = selection.instances(cursor.fetchone())
    assert _concrete(got_card) == _concrete(Card.objects.get(pk=card.pk))
    assert got_card.due.tzinfo is not None and got_card.suspended is True
    assert _concrete(got_question) == _concrete(question)
    assert _concrete(got_version) == _concrete(question.current)
    assert isinstance(got_version.options, list)  # JSON decoded
    assert not got_card._state.adding  # saved rows, as the ORM's are


def test_the_empty_side_of_a_left_join_is_none(student):
    selection = Selection(connection.alias, (StudySettings, "s", None))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selection.sql} FROM auth_user u LEFT JOIN quizzes_studysettings s ON s.user_id = u.id WHERE u.id = %s",
                       [student.pk])  # fmt: skip
        assert selection.instances(cursor.fetchone()) == [None]


def test_a_selection_of_some_fields_leaves_the_rest_deferred(student):
    StudySettings.objects.create(user=student, time_zone="Europe/Madrid")
    selection = Selection(connection.alias, (StudySettings, "s", ("id", "time_zone")))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {selection.sql} FROM quizzes_studysettings s WHERE s.user_id = %s", [student.pk])
        (study,) = selection.instances(cursor.fetchone())
    assert study.time_zone == "Europe/Madrid" and study.get_deferred_fields() >= {"new_per_day", "parameters"}
    with pytest.raises(ValueError, match="no field named"):
        Selection(connection.alias, (StudySettings, "s", ("id", "timezone")))


def test_reading_study_settings_for_the_review_page_stores_nothing(student):
    study = scheduling.study_of(student)
    assert study.pk is None and study.time_zone == "UTC" and not StudySettings.objects.exists()
    StudySettings.objects.create(user=student, new_per_day=7)
    assert scheduling.study_of(student).new_per_day == 7
