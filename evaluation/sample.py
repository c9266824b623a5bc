"""Make the blind-judging sample: generated questions with their passages, without scores or code.

    .venv/bin/python evaluation/sample.py bundled sample.md key.json   # the five bundled articles
    .venv/bin/python evaluation/sample.py unseen  sample.md key.json   # articles the generator was never tuned on
    .venv/bin/python evaluation/sample.py unseen2 sample.md key.json   # a second, later unseen set
    .venv/bin/python evaluation/sample.py unseen3 sample.md key.json   # a third
    .venv/bin/python evaluation/sample.py unseen4 sample.md key.json --published   # only what the site would publish

With --published the sample holds only the items scored at or above the site's default
publishing threshold (BRIEFING_AUTO_PUBLISH_SCORE, 0.6): the ones students would see unreviewed.
With --with-source each question shows the line a student sees above it: the title and
publisher of the article it comes from.

The sample (for the judge) has numbered items and no scores; the key (kept from the judge)
has each item's type and score, so `evaluation/score.py` can join a judge's verdicts
(CSV: id,verdict,reason) back to the items and print acceptance per question type.
"""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from briefing.ingest import clean  # noqa: E402
from quizzes.generation import PassageInput, generate  # noqa: E402
from quizzes.generation.bundled import bundled_lessons, bundled_passages, topic_matcher  # noqa: E402


PUBLISH_THRESHOLD = 0.6  # the default of settings.BRIEFING_AUTO_PUBLISH_SCORE


def unseen_passages(folder_name: str = "unseen") -> list[PassageInput]:
    folder = ROOT / "evaluation" / folder_name
    matcher, _ = topic_matcher()
    out = []
    for item in json.loads((folder / "meta.json").read_text()):
        slug = Path(item["file"]).stem
        doc = clean((folder / item["file"]).read_text(encoding="utf-8"), "txt", title=item["title"])
        out += [PassageInput(key=f"{slug}:{p.ordinal}", source=slug, text=p.text, section=p.section,
                             topics=tuple(sorted(matcher.topics_for(p.text))), title=item["title"],
                             publisher=item.get("publisher", "")) for p in doc.passages]  # fmt: skip
    return out


def items(which: str) -> tuple[list, dict]:
    """The generated items and the passages by key; the bundled corpus also lends its lessons' cited
    sentences as material (their items show the cited passage, which remains their source)."""
    passages = bundled_passages() if which == "bundled" else unseen_passages(which)
    lessons = bundled_lessons() if which == "bundled" else []
    return generate(passages + lessons).candidates, {p.key: p for p in passages}


def source_lines(which: str) -> dict[str, str]:
    """The line shown above a question, by source slug: 'From “Title” (Publisher)'."""
    if which == "bundled":
        meta = json.loads((ROOT / "briefing" / "corpus" / "sources.json").read_text())["sources"]
    else:
        meta = json.loads((ROOT / "evaluation" / which / "meta.json").read_text())
    return {Path(m["file"]).stem: f"From “{m['title']}” ({m['publisher']})" for m in meta}


def render(candidates, passages, sources: dict[str, str] | None = None) -> str:
    lines = []
    for n, c in enumerate(candidates, start=1):
        lines.append(f"## Item {n} ({c.type})")
        for key in dict.fromkeys(s.passage_key for s in c.support):
            lines.append(f"Passage {key}: {passages[key].text}")
        if sources:
            lines.append(f"Shown above the question: {sources[passages[c.support[0].passage_key].source]}")
        lines.append(f"Question: {c.stem}")
        if c.type == "matching":
            lines.append("Match: " + " | ".join(left for left, _ in c.answer) + "  WITH  " + " | ".join(c.options))
            lines.append("Key: " + " | ".join(f"{left} -> {right}" for left, right in c.answer))
        elif c.type == "timeline":
            lines.append("Events shown: " + " | ".join(c.options))
            lines.append("Key (earliest first): " + " | ".join(c.answer))
        else:
            if c.options:
                lines.append("Options: " + " | ".join(c.options))
            lines.append(f"Key: {c.answer}")
        if c.accepted:
            lines.append("Also accepted: " + " | ".join(c.accepted))
        lines.append(f"Explanation shown after answering: {c.explanation}")
        lines.append("")
    return "\n".join(lines)


def key(candidates) -> list[dict]:
    return [{"id": n, "type": c.type, "score": round(c.score, 4), "stem": c.stem} for n, c in enumerate(candidates, start=1)]


if __name__ == "__main__":
    which, sample_path, key_path = sys.argv[1:4]
    candidates, passages = items(which)
    if "--published" in sys.argv:
        candidates = [c for c in candidates if c.score >= PUBLISH_THRESHOLD]
    sources = source_lines(which) if "--with-source" in sys.argv else None
    Path(sample_path).write_text(render(candidates, passages, sources) + "\n", encoding="utf-8")
    Path(key_path).write_text(json.dumps(key(candidates), indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
