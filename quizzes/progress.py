"""What a signed-in person sees first: what is due today and where to pick up."""

from datetime import datetime

from quizzes import scheduling
from quizzes.models import Attempt, Card


def where_to_continue(user, now: datetime) -> dict:
    study = scheduling.study_settings(user)
    unfinished = Attempt.objects.filter(user=user, finished_at__isnull=True).order_by("-started_at").first()
    last = Attempt.objects.filter(user=user, finished_at__isnull=False).order_by("-finished_at").first()
    return {
        "today": scheduling.today(user, study, now),
        "deck_size": Card.objects.filter(user=user).count(),
        "unfinished": unfinished,
        "last_attempt": last,
    }
