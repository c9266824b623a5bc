"""Acceptance per question type from a judge's verdicts.

    .venv/bin/python evaluation/score.py bundled evaluation/labels-bundled.csv [--threshold 0.6]

The CSV has the columns id,verdict,reason (verdict: accept or reject), ids as in sample.py.
With --threshold, only items the site would publish automatically (score at or above it) count.
"""

import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sample import items  # noqa: E402


def main() -> None:
    which, path = sys.argv[1], sys.argv[2]
    threshold = float(sys.argv[sys.argv.index("--threshold") + 1]) if "--threshold" in sys.argv else 0.0
    candidates, _ = items(which)
    verdicts = {int(row["id"]): row for row in csv.DictReader(open(path, encoding="utf-8"))}
    total, accepted, reasons = Counter(), Counter(), Counter()
    for n, c in enumerate(candidates, start=1):
        if c.score < threshold or n not in verdicts:
            continue
        total[c.type] += 1
        if verdicts[n]["verdict"].strip().lower().startswith("accept"):
            accepted[c.type] += 1
        else:
            reasons[verdicts[n]["reason"].split(":")[0].strip().lower()] += 1
    print(f"{which}: {sum(accepted.values())}/{sum(total.values())} acceptable "
          f"({100 * sum(accepted.values()) / max(1, sum(total.values())):.0f}%) at score >= {threshold}")  # fmt: skip
    for kind in sorted(total):
        print(f"  {kind:<10} {accepted[kind]:>3}/{total[kind]:<3} {100 * accepted[kind] / total[kind]:.0f}%")
    if reasons:
        print("  rejection reasons: " + ", ".join(f"{r} {n}" for r, n in reasons.most_common()))


if __name__ == "__main__":
    main()
