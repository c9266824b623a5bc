"""Question generation at growing corpus sizes: time and peak memory per size.

Run: .venv/bin/python benchmarks/generation.py [SIZES...]   (default 100 250 500 passages)

Each size runs in a fresh process so that its peak memory is its own. The synthetic corpus
is built from varied sentence templates filled with people, countries, organisations,
figures and dates, so every span type and question type is exercised; one lesson sentence
for every fifth passage cites it, so lesson material is exercised too.
"""

import json
import random
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

PEOPLE = ["President Ana Morales", "Foreign Minister Karl Jensen", "Prime Minister Ravi Patel", "General Omar Haddad",
          "Chancellor Eva Lindqvist", "Defence Minister Tomás Ruiz", "Ambassador Li Wei", "Senator Grace Okoye"]  # fmt: skip
COUNTRIES = ["Brazil", "Norway", "India", "Egypt", "Chile", "Japan", "Kenya", "Poland", "Vietnam", "Canada", "Peru", "Ghana"]
ORGS = ["the World Bank", "the African Union", "NATO", "the IMF", "OPEC", "the Red Cross", "the United Nations", "ASEAN"]
TERMS = ["debt-for-nature swap", "free-trade agreement", "currency-swap line", "arms-for-oil deal", "visa-waiver scheme",
         "joint naval exercise", "grain corridor", "fisheries accord"]  # fmt: skip
MONTHS = ["January", "March", "May", "July", "September", "November"]
TEMPLATES = [
    "{person} signed a {term} with {country} in {month} {year}.",
    "In {year}, {country} lent {other} ${money} billion through a {term}.",
    "{country} now buys roughly {pct}% of {other}'s coffee exports, according to {org}.",
    "{person} said on {month} {day}, {year} that {country} would join {org}.",
    "About {count} million people left {country} between {year} and {year2}, straining {other}.",
    "{org} suspended {country}'s membership in {year} after a disputed election.",
    "The {term} between {country} and {other} covered energy, mining and transport.",
    "{country} sent {count} thousand tonnes of fuel to {other} during the {year} shortage.",
]


def synthetic_passages(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    passages = []
    for i in range(n):
        sentences = []
        for _ in range(rng.randint(3, 5)):
            country, other = rng.sample(COUNTRIES, 2)
            year = rng.randint(1990, 2025)
            sentences.append(rng.choice(TEMPLATES).format(
                person=rng.choice(PEOPLE), country=country, other=other, org=rng.choice(ORGS), term=rng.choice(TERMS),
                month=rng.choice(MONTHS), day=rng.randint(1, 28), year=year, year2=year + rng.randint(1, 6),
                money=rng.randint(2, 60), pct=rng.choice([15, 30, 45, 60, 75, 90]), count=rng.randint(2, 9),
            ))  # fmt: skip
        passages.append((f"synthetic-{i // 20}:{i % 20 + 1}", " ".join(sentences)))
    return passages


LESSON_TEMPLATES = [
    "According to the source, {country} signed a {term} with {other} in {year}.",
    "{person} said that {country} would join {org}.",
    "{country} sent fuel to {other} during the {year} shortage.",
]


def synthetic_lessons(passages: list[tuple[str, str]], seed: int = 11) -> list:
    """One lesson sentence for every fifth passage, citing it (some answers will be in it, some not)."""
    from quizzes.generation import LessonSentence

    rng = random.Random(seed)
    out = []
    for i, (key, _) in enumerate(passages[::5]):
        country, other = rng.sample(COUNTRIES, 2)
        text = rng.choice(LESSON_TEMPLATES).format(
            country=country, other=other, term=rng.choice(TERMS), year=rng.randint(1990, 2025), person=rng.choice(PEOPLE),
            org=rng.choice(ORGS),
        )  # fmt: skip
        out.append(LessonSentence(lesson=f"lesson-{i // 20}", index=i % 20, text=text, cites=(key,)))
    return out


def run_one(n: int) -> dict:
    from quizzes.generation import PassageInput, generate

    texts = synthetic_passages(n)
    inputs = [PassageInput(key=key, source=key.split(":")[0], text=text) for key, text in texts] + synthetic_lessons(texts)
    start = time.perf_counter()
    result = generate(inputs)
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {"passages": n, "seconds": round(seconds, 2), "peak_mb": round(peak_mb), "questions": len(result.candidates)}


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(run_one(int(sys.argv[2]))))
        return
    sizes = [int(a) for a in sys.argv[1:]] or [100, 250, 500]
    print(f"{'passages':>9} {'seconds':>8} {'s/100':>6} {'peak MB':>8} {'questions':>10}")
    for n in sizes:
        out = subprocess.run([sys.executable, __file__, "--one", str(n)], capture_output=True, text=True, check=True)
        row = json.loads(out.stdout.strip().splitlines()[-1])
        print(f"{row['passages']:>9} {row['seconds']:>8} {100 * row['seconds'] / n:>6.2f} {row['peak_mb']:>8} {row['questions']:>10}")


if __name__ == "__main__":
    main()
