"""Import an article as captured from the web: decode, clean into passages, store, tag.

Everything is written in one transaction, so a failed import leaves nothing behind.
"""

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify

from briefing import ingest
from briefing.models import Note, Passage, Source, Topic, TopicAlias
from briefing.topics import AliasRow, TopicMatcher

FORMATS = {".txt": "txt", ".text": "txt", ".md": "md", ".markdown": "md", ".html": "html", ".htm": "html"}


@dataclass
class SourceMeta:
    title: str
    publisher: str = ""
    authors: list[str] = field(default_factory=list)
    published: date | None = None
    published_note: str = ""
    url: str = ""
    kind: str = ""
    caveats: str = ""


def format_for(filename: str) -> str:
    suffix = Path(filename).suffix.lower()
    if suffix not in FORMATS:
        raise ingest.IngestError(f"{filename!r} is not a .txt, .md or .html file; save the article in one of those formats.")
    return FORMATS[suffix]


def check_capture_size(size: int) -> None:
    """Refuse a capture of ``size`` bytes if it is over the configured limit."""
    limit = settings.BRIEFING_MAX_IMPORT_BYTES
    if size > limit:
        raise ingest.IngestError(
            f"The file is {size / 1_048_576:.1f} MB; the limit is {limit / 1_048_576:.1f} MB. "
            "Import the article text only, or raise BRIEFING_MAX_IMPORT_BYTES."
        )


def read_capture(data: bytes) -> tuple[str, list[str]]:
    """Decode uploaded bytes, refusing files over the configured size limit."""
    check_capture_size(len(data))
    raw, warnings = ingest.decode(data)
    if "\x00" in raw:  # past the part sniffed for binary files, or in UTF-16: no text has one, and PostgreSQL cannot store it
        raise ingest.IngestError(ingest.BINARY_MESSAGE)
    return raw, warnings


def unique_slug(title: str) -> str:
    base = slugify(title)[:70].strip("-") or "source"
    slug, n = base, 2
    while Source.objects.filter(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def topic_matcher() -> TopicMatcher:
    rows = TopicAlias.objects.values_list("alias", "topic__slug", "case_sensitive")
    return TopicMatcher(AliasRow(*row) for row in rows)


def tag_passages(passages: list[Passage], matcher: TopicMatcher | None = None) -> None:
    matcher = matcher or topic_matcher()
    topics = {topic.slug: topic for topic in Topic.objects.all()}
    through = Passage.topics.through
    through.objects.filter(passage__in=passages).delete()
    through.objects.bulk_create(
        through(passage=passage, topic=topics[slug])
        for passage in passages
        for slug in sorted(matcher.topics_for(passage.text))
        if slug in topics
    )


def preview_source(raw: str, fmt: str, meta: SourceMeta) -> ingest.CleanedDocument:
    """What importing would store (passages, notes, what was removed), without storing anything."""
    if not meta.title.strip():
        raise ingest.IngestError("A source needs a title.")
    if meta.url:
        try:
            URLValidator(schemes=["http", "https"])(meta.url)
        except ValidationError:
            raise ingest.IngestError(f"{meta.url[:100]!r} is not a web address; give the article's http:// or https:// URL.") from None
    return ingest.clean(raw, fmt, title=meta.title)


@transaction.atomic
def import_source(raw: str, fmt: str, meta: SourceMeta, *, slug: str = "", user=None, corpus_file: str = "",
                  warnings: list[str] | None = None) -> Source:  # fmt: skip
    doc = preview_source(raw, fmt, meta)
    source = Source.objects.create(
        slug=slug or unique_slug(meta.title),
        title=meta.title.strip(),
        publisher=meta.publisher,
        authors=meta.authors,
        published=meta.published,
        published_note=meta.published_note,
        url=meta.url,
        kind=meta.kind,
        caveats=meta.caveats,
        raw_text=raw,
        raw_format=fmt,
        cleaned_text=doc.text,
        removed=doc.removed,
        warnings=[*(warnings or []), *doc.warnings],
        corpus_file=corpus_file,
        imported_by=user,
    )
    passages = [
        Passage(source=source, ordinal=p.ordinal, text=p.text, start=p.start, end=p.end,
                section=p.section, kind=p.kind, hash=Passage.hash_of(p.text))  # fmt: skip
        for p in doc.passages
    ]
    Passage.objects.bulk_create(passages)
    Note.objects.bulk_create(Note(source=source, number=n.number, text=n.text) for n in doc.notes)
    tag_passages(passages)
    return source


@transaction.atomic
def revise_passage(passage: Passage, text: str) -> None:
    """Correct a passage's text. Questions made from the old text turn stale (``Passage.save``), the
    passage's topics are tagged again, and the source's cleaned text and passage offsets follow."""
    passage.text = text
    passage.save()
    tag_passages([passage])
    source = passage.source
    passages = list(source.passages.order_by("ordinal"))
    offset = 0
    for each in passages:
        each.start, each.end = offset, offset + len(each.text)
        offset = each.end + 2  # the "\n\n" between passages, as ingest assembles them
    Passage.objects.bulk_update(passages, ["start", "end"])
    source.cleaned_text = "\n\n".join(each.text for each in passages)
    source.save(update_fields=["cleaned_text"])
