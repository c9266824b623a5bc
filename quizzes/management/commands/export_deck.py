from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from briefing.models import Lesson
from quizzes import exports


class Command(BaseCommand):
    help = (
        "Write an Anki package (.apkg) of the live questions: one deck per lesson, answer, explanation and "
        "source on the back. Ids are stable, so importing a newer package updates the notes already imported."
    )

    def add_arguments(self, parser):
        parser.add_argument("--out", required=True, metavar="FILE.apkg", help="Where to write the package.")
        parser.add_argument("--lesson", metavar="SLUG", help="Only this lesson's deck.")
        parser.add_argument("--site-url", default=None, help="Scheme and host for links to passages (default: the first trusted origin).")

    def handle(self, *args, **options):
        out = Path(options["out"])
        if out.suffix.lower() != ".apkg":
            raise CommandError("Name the file with .apkg at the end, e.g. --out briefing.apkg: Anki imports only .apkg files.")
        if not out.parent.is_dir():
            raise CommandError(f"No folder {out.parent}: create it first or choose another path.")
        try:
            lesson = exports.lesson_by_slug(options["lesson"]) if options["lesson"] else None
        except LookupError as error:
            raise CommandError(error) from None
        content, count = exports.export(exports.ANKI, lessons=Lesson.objects.all(), lesson=lesson,
                                        site_url=options["site_url"] or exports.default_site_url())  # fmt: skip
        out.write_bytes(content)
        self.stdout.write(f"Wrote {count} note{'s' if count != 1 else ''} to {out}.")
