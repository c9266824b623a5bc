"""The bundled corpus as generator input: passages cleaned with briefing.ingest and tagged with
briefing.topics, and the cited sentences of the bundled lessons.

Pure Python (no Django), so the command-line dump and the tests can use it.
"""

from __future__ import annotations

import json
from pathlib import Path

from .lessons import lesson_sentences
from .model import LessonSentence, PassageInput

CORPUS_DIR = Path(__file__).resolve().parents[2] / "briefing" / "corpus"


def topic_matcher(corpus_dir: Path = CORPUS_DIR):
    from briefing.topics import AliasRow, TopicMatcher

    data = json.loads((corpus_dir / "topics.json").read_text(encoding="utf-8"))
    rows = []
    for topic in data["topics"]:
        for alias in topic["aliases"]:
            row = alias if isinstance(alias, dict) else {"alias": alias}
            rows.append(AliasRow(row["alias"], topic["slug"], bool(row.get("case_sensitive", False))))
    return TopicMatcher(rows), [t["slug"] for t in data["topics"]]


def bundled_passages(corpus_dir: Path = CORPUS_DIR) -> list[PassageInput]:
    """Every passage of the five bundled articles, keyed "<slug>:<ordinal>", with its topics."""
    from briefing.ingest import clean

    matcher, order = topic_matcher(corpus_dir)
    rank = {slug: i for i, slug in enumerate(order)}
    sources = json.loads((corpus_dir / "sources.json").read_text(encoding="utf-8"))["sources"]
    out: list[PassageInput] = []
    for item in sources:
        slug = Path(item["file"]).stem
        raw = (corpus_dir / item["file"]).read_text(encoding="utf-8")
        doc = clean(raw, "txt", title=item["title"])
        for p in doc.passages:
            topics = tuple(sorted(matcher.topics_for(p.text), key=lambda t: (rank.get(t, 99), t)))
            out.append(PassageInput(key=f"{slug}:{p.ordinal}", source=slug, text=p.text, section=p.section, topics=topics,
                                    title=item["title"], publisher=item.get("publisher", "")))
    return out


def bundled_lessons(corpus_dir: Path = CORPUS_DIR) -> list[LessonSentence]:
    """The cited sentences of the bundled lessons (question material grounded in the passages they cite)."""
    out: list[LessonSentence] = []
    for path in sorted((corpus_dir / "lessons").glob("*.md")):
        out += lesson_sentences(path.stem, path.read_text(encoding="utf-8"))
    return out
