from django.core.management.base import BaseCommand, CommandError

from briefing.models import Lesson, Passage, Source
from quizzes.bank import generate_questions


class Command(BaseCommand):
    help = "Generate questions from the passages (all, one source's or one lesson's). Safe to re-run: keeps edits and rejections."

    def add_arguments(self, parser):
        parser.add_argument("--source", help="Only this source's passages (its slug).")
        parser.add_argument("--lesson", help="Only the passages this lesson cites or whose topic it teaches (its slug).")

    def handle(self, *args, **options):
        passages = Passage.objects.all()
        if options["source"]:
            if not Source.objects.filter(slug=options["source"]).exists():
                raise CommandError(f"No source with the slug {options['source']!r}; see `manage.py export_corpus` for slugs.")
            passages = passages.filter(source__slug=options["source"])
        if options["lesson"]:
            lesson = Lesson.objects.filter(slug=options["lesson"]).first()
            if lesson is None:
                raise CommandError(f"No lesson with the slug {options['lesson']!r}.")
            passages = passages.filter(pk__in=Passage.objects.filter(citations__lesson=lesson).values("pk")) | passages.filter(topics=lesson.topic)
        summary = generate_questions(passages.distinct(), progress=lambda line: self.stderr.write(line))
        for line in summary.lines():
            self.stdout.write(line)
