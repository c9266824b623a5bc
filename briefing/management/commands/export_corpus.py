import json

from django.core.management.base import BaseCommand
from django.db.models import Prefetch

from briefing.models import Citation, Lesson, Passage, Source


def corpus_as_data() -> dict:
    passages = Passage.objects.prefetch_related("topics").order_by("ordinal")
    sources = Source.objects.order_by("slug").prefetch_related(Prefetch("passages", queryset=passages), "notes")
    lessons = Lesson.objects.select_related("topic").prefetch_related(
        Prefetch("citations", queryset=Citation.objects.select_related("passage__source"))
    )
    return {
        "sources": [
            {
                "slug": s.slug,
                "title": s.title,
                "publisher": s.publisher,
                "authors": s.authors,
                "published": s.published.isoformat() if s.published else None,
                "published_note": s.published_note,
                "url": s.url,
                "kind": s.kind,
                "caveats": s.caveats,
                "passages": [
                    {
                        "ordinal": p.ordinal,
                        "text": p.text,
                        "hash": p.hash,
                        "section": p.section,
                        "topics": [t.slug for t in p.topics.all()],
                    }
                    for p in s.passages.all()
                ],
                "notes": [{"number": n.number, "text": n.text} for n in s.notes.all()],
            }
            for s in sources
        ],
        "lessons": [
            {
                "slug": lesson.slug,
                "title": lesson.title,
                "topic": lesson.topic.slug,
                "status": lesson.status,
                "markdown": lesson.markdown,
                "citations": [{"source": c.passage.source.slug, "passage": c.passage.ordinal} for c in lesson.citations.all()],
            }
            for lesson in lessons
        ],
    }


class Command(BaseCommand):
    help = "Print the sources, passages, notes and lessons as JSON (for backups and other tools)."

    def handle(self, *args, **options):
        self.stdout.write(json.dumps(corpus_as_data(), ensure_ascii=False, indent=2))
