from datetime import date
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from briefing.importing import SourceMeta, format_for, import_source, read_capture
from briefing.ingest import IngestError


class Command(BaseCommand):
    help = "Import an article as captured from the web (.txt, .md or .html) and print the new source's slug."

    def add_arguments(self, parser):
        parser.add_argument("path", help="The captured article: a .txt, .md or .html file.")
        parser.add_argument("--title", required=True)
        parser.add_argument("--publisher", default="")
        parser.add_argument("--authors", default="", help="Comma-separated names.")
        parser.add_argument("--published", default="", help="Publication date as YYYY-MM-DD.")
        parser.add_argument("--date-note", default="", help="What is known of the date when it is not exact.")
        parser.add_argument("--url", default="")
        parser.add_argument("--kind", default="", help="What sort of source it is, e.g. 'news report'.")
        parser.add_argument("--caveats", default="")

    def handle(self, *args, **options):
        path = Path(options["path"])
        try:
            published = date.fromisoformat(options["published"]) if options["published"] else None
        except ValueError:
            raise CommandError(f"--published must be a date as YYYY-MM-DD; got {options['published']!r}.") from None
        if not path.is_file():
            raise CommandError(f"No file at {path}.")
        meta = SourceMeta(
            title=options["title"].strip(),
            publisher=options["publisher"].strip(),
            authors=[name.strip() for name in options["authors"].split(",") if name.strip()],
            published=published,
            published_note=options["date_note"].strip(),
            url=options["url"].strip(),
            kind=options["kind"].strip(),
            caveats=options["caveats"].strip(),
        )
        if len(meta.title) > 300:
            raise CommandError("--title is longer than 300 characters.")
        try:
            fmt = format_for(path.name)
            raw, warnings = read_capture(path.read_bytes())
            source = import_source(raw, fmt, meta, warnings=warnings)
        except IngestError as error:
            raise CommandError(str(error)) from None
        for warning in source.warnings:
            self.stderr.write(self.style.WARNING(f"Warning: {warning}"))
        self.stderr.write(f"{source.passages.count()} passages, {source.notes.count()} notes, {len(source.removed)} pieces of site chrome removed.")
        self.stdout.write(source.slug)
