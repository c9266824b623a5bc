from django.core.management.base import BaseCommand, CommandError

from briefing.models import Lesson
from quizzes import exports
from quizzes.models import Question


class Command(BaseCommand):
    help = (
        "Print the question bank. --format json (one object per question with its passage and answer offsets) "
        "or csv: every question, all statuses. --format gift or moodle-xml: the live questions, one Moodle "
        "category per lesson, for Moodle's question import."
    )

    def add_arguments(self, parser):
        parser.add_argument("--format", choices=list(exports.FORMATS), default="json")
        parser.add_argument("--status", choices=Question.Status.values, help="Only questions with this status (e.g. published).")
        parser.add_argument("--lesson", metavar="SLUG", help="Only the questions of this lesson.")
        parser.add_argument("--site-url", default=None, help="Scheme and host for links to passages (default: the first trusted origin).")

    def handle(self, *args, **options):
        fmt = exports.FORMATS[options["format"]]
        try:
            lesson = exports.lesson_by_slug(options["lesson"]) if options["lesson"] else None
        except LookupError as error:
            raise CommandError(error) from None
        content, count = exports.export(fmt, lessons=Lesson.objects.all(), lesson=lesson, status=options["status"],
                                        site_url=options["site_url"] or exports.default_site_url())  # fmt: skip
        self.stdout.write(content, ending="" if content.endswith("\n") else "\n")
        self.stderr.write(f"Exported {count} question{'s' if count != 1 else ''} as {fmt.label}.", style_func=self.style.SUCCESS)
