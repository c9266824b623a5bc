"""Latency of "next card" and "grade" as the card table grows to a million states.

Run: .venv/bin/python benchmarks/review.py [--sizes 10000 100000 1000000] [--logs-per-card 3] [--samples 300]

Uses DATABASE_URL if set (point it at an empty PostgreSQL database to measure that), or
else a fresh SQLite file in the system temp directory. It seeds students with 100 cards
each and several review logs per card, then times, in-process, the next-card query and a
full grade (FSRS step, conditional update, log insert) for randomly chosen students.
"""

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DB_FILE = Path(tempfile.gettempdir()) / "briefing-review-bench.sqlite3"
if "DATABASE_URL" not in os.environ:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB_FILE}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "briefing.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.auth.models import User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402

from briefing.models import Passage, Source  # noqa: E402
from quizzes import scheduling  # noqa: E402
from quizzes.models import Card, Question, QuestionVersion, ReviewLog  # noqa: E402

CARDS_PER_STUDENT = 100
NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)


def seed_questions() -> list[int]:
    source = Source.objects.create(slug="bench", title="Benchmark source", raw_text="x")
    passage = Passage.objects.create(source=source, ordinal=1, text="A passage about a fact.", start=0, end=23)
    ids = []
    for n in range(CARDS_PER_STUDENT):
        q = Question.objects.create(passage=passage, type="cloze", status="published", score=0.9, fact_key=f"f{n}",
                                    generator_version="bench", passage_hash=passage.hash, answer_start=19,
                                    answer_end=23, sentence_start=0, sentence_end=23)  # fmt: skip
        q.current = QuestionVersion.objects.create(question=q, number=1, stem="A passage about a _____.", answer="fact", explanation="x")
        q.save(update_fields=["current"])
        ids.append(q.pk)
    return ids


def seed_students(first: int, count: int, question_ids: list[int], logs_per_card: int, rng: random.Random) -> None:
    password = make_password(None)
    User.objects.bulk_create(User(username=f"bench{n}", password=password) for n in range(first, first + count))
    users = list(User.objects.filter(username__startswith="bench", pk__gt=0).order_by("-pk").values_list("pk", flat=True)[:count])
    card_rows = []
    for user_id in users:
        for qid in question_ids:
            last = NOW - timedelta(minutes=rng.randint(60 * 24, 60 * 24 * 40))
            due = last + timedelta(minutes=rng.randint(60 * 24, 60 * 24 * 90))
            card_rows.append((user_id, qid, 2, None, rng.uniform(1, 60), rng.uniform(1, 9), due, last, False, "lesson", last, 1))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {Card._meta.db_table} (user_id, question_id, state, step, stability, difficulty, due, last_review,"
            " suspended, origin, added_at, version) VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
            card_rows,
        )
    cards = Card.objects.filter(user_id__in=users).values_list("pk", "user_id", "last_review")
    snap = {"state": 2, "step": None, "stability": 5.0, "difficulty": 5.0, "due": NOW.isoformat(), "last_review": None}
    payload = json.dumps(snap)
    log_rows = [
        (pk, user_id, 3, last - timedelta(days=k * 3), 4000, False, payload, payload)
        for pk, user_id, last in cards
        for k in range(logs_per_card)
    ]
    with connection.cursor() as cursor:
        for start in range(0, len(log_rows), 50_000):
            cursor.executemany(
                f"INSERT INTO {ReviewLog._meta.db_table} (card_id, user_id, rating, reviewed_at, duration_ms, was_new,"
                " state_before, state_after) VALUES (%s, %s, %s, %s, %s, %s, %s, %s)",
                log_rows[start : start + 50_000],
            )


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def measure(samples: int, rng: random.Random) -> dict:
    users = list(User.objects.filter(username__startswith="bench").values_list("pk", flat=True))
    chosen = [User(pk=pk) for pk in rng.sample(users, min(samples, len(users)))]
    study = {}
    next_ms, grade_ms, query_ms = [], [], []
    for user in chosen:
        study[user.pk] = scheduling.study_settings(user)
    for user in chosen:
        t = time.perf_counter()
        Card.objects.due_for(user, NOW).values_list("pk", flat=True).first()
        query_ms.append(1000 * (time.perf_counter() - t))
        t = time.perf_counter()
        card = scheduling.next_card(user, study[user.pk], NOW)
        next_ms.append(1000 * (time.perf_counter() - t))
        if card is None:
            continue
        t = time.perf_counter()
        scheduling.grade(card.pk, user, card.version, rng.choice([1, 3, 3, 4]), NOW)
        grade_ms.append(1000 * (time.perf_counter() - t))
    return {"query": query_ms, "next": next_ms, "grade": grade_ms}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--logs-per-card", type=int, default=3)
    parser.add_argument("--samples", type=int, default=300)
    args = parser.parse_args()
    rng = random.Random(42)
    call_command("migrate", verbosity=0)
    question_ids = seed_questions()
    vendor = connection.vendor
    print(f"database: {vendor}; {CARDS_PER_STUDENT} cards per student, {args.logs_per_card} review logs per card")
    print(f"{'card states':>12} {'logs':>10} {'seed s':>7} | {'query p50':>9} {'p95':>6} | {'next p50':>8} {'p95':>6} | {'grade p50':>9} {'p95':>6}  (ms)")
    students = 0
    for size in args.sizes:
        target = size // CARDS_PER_STUDENT
        start = time.perf_counter()
        while students < target:
            batch = min(1000, target - students)
            seed_students(students, batch, question_ids, args.logs_per_card, rng)
            students += batch
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        seeded = time.perf_counter() - start
        result = measure(args.samples, rng)
        print(f"{Card.objects.count():>12,} {ReviewLog.objects.count():>10,} {seeded:>7.1f} | "
              f"{percentile(result['query'], 50):>9.2f} {percentile(result['query'], 95):>6.2f} | "
              f"{percentile(result['next'], 50):>8.2f} {percentile(result['next'], 95):>6.2f} | "
              f"{percentile(result['grade'], 50):>9.2f} {percentile(result['grade'], 95):>6.2f}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
