import json

from django.core.management.base import BaseCommand
from django.db.models import Prefetch

from briefing.models import Lesson
from quizzes.models import Question


def questions_as_data(questions) -> list[dict]:
    lessons = list(Lesson.objects.prefetch_related("citations"))
    cited_by = {}
    for lesson in lessons:
        for citation in lesson.citations.all():
            cited_by.setdefault(citation.passage_id, set()).add(lesson.slug)
    by_topic = {}
    for lesson in lessons:
        by_topic.setdefault(lesson.topic_id, set()).add(lesson.slug)
    rows = []
    for q in questions:
        topics = list(q.passage.topics.all())
        lesson_slugs = set(cited_by.get(q.passage_id, ())) | {s for t in topics for s in by_topic.get(t.pk, ())}
        version = q.current
        rows.append({
            "id": q.pk,
            "version": version.number,
            "type": q.type,
            "status": q.status,
            "stem": version.stem,
            "answer": version.answer,
            "options": version.options,
            "accepted": version.accepted,
            "explanation": version.explanation,
            "score": q.score,
            "lessons": sorted(lesson_slugs),
            "topics": sorted(t.slug for t in topics),
            "passage": {"source": q.passage.source.slug, "ordinal": q.passage.ordinal, "text": q.passage.text},
            "answer_start": q.answer_start,
            "answer_end": q.answer_end,
        })  # fmt: skip
    return rows


class Command(BaseCommand):
    help = "Print the question bank. --format json: one object per question with its passage and answer offsets."

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=["json"], default="json")
        parser.add_argument("--status", help="Only questions with this status (e.g. published).")

    def handle(self, *args, **options):
        questions = Question.objects.select_related("current", "passage__source").prefetch_related(
            Prefetch("passage__topics")
        ).order_by("pk")
        if options["status"]:
            questions = questions.filter(status=options["status"])
        self.stdout.write(json.dumps(questions_as_data(questions), ensure_ascii=False, indent=2))
