"""Judge what the generator holds back: are its reasons for holding an item for review sound?

    .venv/bin/python evaluation/held.py sample sample.md key.json bundled
    .venv/bin/python evaluation/held.py sample sample.md key.json unseen8 unseen9 unseen10 --sample 150
    .venv/bin/python evaluation/held.py score key.json labels.csv [labels.csv ...]

`sample` writes the items scored under the publishing threshold (the ones that wait for an
instructor), numbered across the sets given, in the same form as sample.py; the key (kept from
the judge) adds the set and every reason that held the item. `score` joins a judge's verdicts
(CSV: id,verdict,reason) to the key and prints, for each reason, how many of the items it held
were acceptable after all: a reason that holds back mostly acceptable items is one to relax.
"""

import csv
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

import sample


def held_items(sets: list[str]) -> list[tuple[str, object, list[str], dict]]:
    """(set, candidate, reasons held, passages of its set) for every item under the threshold."""
    out = []
    for which in sets:
        candidates, passages = sample.items(which)
        out += [(which, c, sorted(c.held), passages) for c in candidates if c.score < sample.PUBLISH_THRESHOLD]
    return out


def write_sample(sample_path: str, key_path: str, sets: list[str], size: int | None) -> None:
    items = held_items(sets)
    if size and size < len(items):
        chosen = set(random.Random(2026).sample(range(len(items)), size))
        items = [item for n, item in enumerate(items) if n in chosen]
    # each set's passage keys ("f1:3") are its own, so each item is drawn with its set's passages
    text = "".join(sample.render([c], passages).replace("## Item 1 ", f"## Item {n} ", 1) + "\n"
                   for n, (_, c, _, passages) in enumerate(items, start=1))  # fmt: skip
    key = [{"id": n, "set": which, "type": c.type, "score": round(c.score, 4), "held": held, "stem": c.stem}
           for n, (which, c, held, _) in enumerate(items, start=1)]  # fmt: skip
    Path(sample_path).write_text(text, encoding="utf-8")
    Path(key_path).write_text(json.dumps(key, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{len(items)} held items from {', '.join(sets)}")


def score(key_path: str, label_paths: list[str]) -> None:
    key = {item["id"]: item for item in json.loads(Path(key_path).read_text(encoding="utf-8"))}
    verdicts = {}
    for path in label_paths:
        with open(path, encoding="utf-8") as f:
            verdicts |= {int(row["id"]): row["verdict"].strip() == "accept" for row in csv.DictReader(f)}
    tally = defaultdict(lambda: [0, 0, 0, 0])  # acceptable, held by this reason, acceptable, held by it alone
    for n, ok in verdicts.items():
        reasons = {r.split(":")[0] if r.startswith("lesson sentence adds") else r for r in key[n]["held"]} or {"(no reason: low score)"}
        for reason in reasons:
            tally[reason][0] += ok
            tally[reason][1] += 1
            if len(reasons) == 1:
                tally[reason][2] += ok
                tally[reason][3] += 1
    total = sum(verdicts.values())
    print(f"acceptable after all: {total} of {len(verdicts)} held items ({total / len(verdicts):.0%})")
    print(f"{'reason held':58} {'any':>9} {'share':>6} {'alone':>7}")
    for reason, (ok, n, ok_alone, n_alone) in sorted(tally.items(), key=lambda kv: -kv[1][1]):
        print(f"{reason[:58]:58} {ok:>4}/{n:<4} {ok / n:>6.0%} {ok_alone:>3}/{n_alone:<3}")


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "sample":
        size = int(rest[rest.index("--sample") + 1]) if "--sample" in rest else None
        rest = [a for n, a in enumerate(rest) if a != "--sample" and (n == 0 or rest[n - 1] != "--sample")]
        write_sample(rest[0], rest[1], rest[2:], size)
    elif command == "score":
        score(rest[0], rest[1:])
    else:
        sys.exit(__doc__)
