"""Dump the questions generated for the bundled corpus (its passages and lessons): ``python -m quizzes.generation [--out FILE]``."""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter

from . import GENERATOR_VERSION, generate
from .bundled import bundled_lessons, bundled_passages


def render(result, passages, elapsed: float) -> str:
    topics_of = {p.key: p.topics for p in passages}
    lines: list[str] = []
    per_type = Counter(c.type for c in result.candidates)
    per_topic: Counter[str] = Counter()
    for c in result.candidates:
        for t in topics_of.get(c.support[0].passage_key, ()):
            per_topic[t] += 1
    lines.append(f"Briefing question generator {GENERATOR_VERSION}: {len(result.candidates)} questions from {len(passages)} passages in {elapsed:.2f}s")
    lines.append("By type: " + ", ".join(f"{k} {v}" for k, v in sorted(per_type.items())))
    lines.append("By topic (primary passage): " + ", ".join(f"{k} {v}" for k, v in sorted(per_topic.items())))
    lines.append("Skipped: " + ", ".join(f"{k} {v}" for k, v in sorted(result.skipped.items(), key=lambda kv: (-kv[1], kv[0]))))
    lines.append("")
    for i, c in enumerate(result.candidates, 1):
        topics = ", ".join(topics_of.get(c.support[0].passage_key, ()))
        lines.append(f"#{i}  [{c.type}]  topics: {topics}  score: {c.score:.2f}  span: {c.span_type}")
        lines.append(f"  Q: {c.stem}")
        if c.type == "matching":
            lines.append("  Left:  " + " | ".join(left for left, _ in c.answer))
            lines.append("  Right: " + " | ".join(c.options))
            lines.append("  Answer: " + " | ".join(f"{left} -> {right}" for left, right in c.answer))
        elif c.type == "timeline":
            for j, ev in enumerate(c.options):
                lines.append(f"    {chr(65 + j)}. {ev}")
            lines.append("  Answer: " + " | ".join(f"{j + 1}. {ev}" for j, ev in enumerate(c.answer)))
        else:
            if c.options:
                lines.append("  Options: " + " | ".join(c.options))
            lines.append(f"  Answer: {c.answer}")
        if c.accepted:
            lines.append("  Also accepted: " + " | ".join(c.accepted))
        lines.append(f"  Explanation: {c.explanation}")
        lines.append("  Passage: " + ", ".join(dict.fromkeys(s.passage_key for s in c.support)))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m quizzes.generation", description=__doc__)
    parser.add_argument("--out", help="write the dump to this file instead of standard output")
    parser.add_argument("--min-score", type=float, default=0.0)
    args = parser.parse_args(argv)
    passages = bundled_passages()
    lessons = bundled_lessons()
    started = time.perf_counter()
    result = generate(passages + lessons, min_score=args.min_score)
    elapsed = time.perf_counter() - started
    text = render(result, passages, elapsed)
    if args.out:
        with open(args.out, "w", encoding="utf-8") as fh:
            fh.write(text + "\n")
        print(f"wrote {len(result.candidates)} questions to {args.out}", file=sys.stderr)
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
