"""Acceptance per question type from a judge's verdicts.

    .venv/bin/python evaluation/score.py key.json labels.csv [--threshold 0.6]

`key.json` comes from sample.py; the CSV has the columns id,verdict,reason (verdict: accept
or reject). With --threshold, only items the site would publish automatically count.
"""

import csv
import json
import sys
from collections import Counter


def main() -> None:
    key_path, labels_path = sys.argv[1], sys.argv[2]
    threshold = float(sys.argv[sys.argv.index("--threshold") + 1]) if "--threshold" in sys.argv else 0.0
    items = json.load(open(key_path, encoding="utf-8"))
    verdicts = {int(row["id"]): row for row in csv.DictReader(open(labels_path, encoding="utf-8"))}
    total, accepted, reasons = Counter(), Counter(), Counter()
    for item in items:
        if item["score"] < threshold or item["id"] not in verdicts:
            continue
        total[item["type"]] += 1
        verdict = verdicts[item["id"]]
        if verdict["verdict"].strip().lower().startswith("accept"):
            accepted[item["type"]] += 1
        else:
            reasons[verdict["reason"].split(":")[0].strip().lower()] += 1
    n, good = sum(total.values()), sum(accepted.values())
    print(f"{good}/{n} acceptable ({100 * good / max(1, n):.0f}%) at score >= {threshold}")
    for kind in sorted(total):
        print(f"  {kind:<10} {accepted[kind]:>3}/{total[kind]:<3} {100 * accepted[kind] / total[kind]:.0f}%")
    if reasons:
        print("  rejection reasons: " + ", ".join(f"{r} {k}" for r, k in reasons.most_common()))


if __name__ == "__main__":
    main()
