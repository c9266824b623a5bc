from django.core.management.base import BaseCommand

from briefing.corpus import load_corpus


class Command(BaseCommand):
    help = "Load the bundled sources, topics and lessons. Safe to run again: keeps what exists and instructors' edits."

    def handle(self, *args, **options):
        report = load_corpus()
        for label, items in (("Created", report.created), ("Updated", report.updated)):
            for item in items:
                self.stdout.write(f"{label} {item}")
        self.stdout.write(
            self.style.SUCCESS(
                f"Corpus loaded: {len(report.created)} created, {len(report.updated)} updated, {len(report.kept)} kept."
            )
        )
