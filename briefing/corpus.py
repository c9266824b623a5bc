"""The corpus bundled with the site: five sources, their topics and original lessons.

Loading is safe to repeat: what exists is kept, bundled lessons are refreshed only where
no instructor has edited them since they were last loaded.
"""

import json
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.db import transaction

from briefing.importing import SourceMeta, import_source
from briefing.models import Lesson, Source, Topic, TopicAlias, content_hash

CORPUS_DIR = Path(__file__).resolve().parent / "corpus"


@dataclass
class LoadReport:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)


def read_lesson_file(path: Path) -> tuple[dict[str, str], str]:
    """Split a lesson file into its front matter (``key: value`` lines between ``---``) and Markdown."""
    text = path.read_text(encoding="utf-8")
    if not text.startswith("---\n"):
        raise ValueError(f"{path.name} must start with a '---' front-matter block.")
    head, _, body = text[4:].partition("\n---\n")
    meta = {}
    for line in head.splitlines():
        key, sep, value = line.partition(":")
        if sep:
            meta[key.strip()] = value.strip()
    return meta, body.strip() + "\n"


def load_topics(report: LoadReport) -> None:
    data = json.loads((CORPUS_DIR / "topics.json").read_text(encoding="utf-8"))
    for order, item in enumerate(data["topics"]):
        topic, created = Topic.objects.get_or_create(
            slug=item["slug"], defaults={"name": item["name"], "description": item["description"], "order": order}
        )
        (report.created if created else report.kept).append(f"topic {topic.slug}")
        for alias in item["aliases"]:
            row = alias if isinstance(alias, dict) else {"alias": alias}
            TopicAlias.objects.get_or_create(
                alias=row["alias"], defaults={"topic": topic, "case_sensitive": row.get("case_sensitive", False)}
            )


def load_sources(report: LoadReport) -> None:
    data = json.loads((CORPUS_DIR / "sources.json").read_text(encoding="utf-8"))
    for item in data["sources"]:
        slug = Path(item["file"]).stem
        if Source.objects.filter(slug=slug).exists():
            report.kept.append(f"source {slug}")
            continue
        meta = SourceMeta(
            title=item["title"],
            publisher=item["publisher"] or "",
            authors=item["authors"],
            published=date.fromisoformat(item["published"]) if item["published"] else None,
            published_note=item["published_note"] or "",
            url=item["url"] or "",
            kind=item["kind"] or "",
            caveats=item["caveats"] or "",
        )
        raw = (CORPUS_DIR / item["file"]).read_text(encoding="utf-8")
        import_source(raw, "txt", meta, slug=slug, corpus_file=item["file"])
        report.created.append(f"source {slug}")


def load_lessons(report: LoadReport) -> None:
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    for path in sorted((CORPUS_DIR / "lessons").glob("*.md")):
        meta, markdown = read_lesson_file(path)
        bundled_hash = content_hash(markdown)
        lesson = Lesson.objects.filter(slug=path.stem).first()
        if lesson and content_hash(lesson.markdown) != lesson.corpus_hash:
            report.kept.append(f"lesson {path.stem} (edited by an instructor)")
            continue
        if lesson and lesson.corpus_hash == bundled_hash:
            report.kept.append(f"lesson {path.stem}")
            continue
        is_new = lesson is None
        lesson = lesson or Lesson(slug=path.stem, status=Lesson.Status.PUBLISHED)
        lesson.title = meta["title"]
        lesson.summary = meta.get("summary", "")
        lesson.order = int(meta.get("order", 0))
        lesson.topic = topics[meta["topic"]]
        lesson.markdown = markdown
        lesson.corpus_hash = bundled_hash
        lesson.save_with_citations()
        (report.created if is_new else report.updated).append(f"lesson {path.stem}")


@transaction.atomic
def load_corpus() -> LoadReport:
    report = LoadReport()
    load_topics(report)
    load_sources(report)
    load_lessons(report)
    return report
