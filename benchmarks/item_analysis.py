"""Item analysis over 10,000 finished attempts of 10 questions: computation, page render, memory.

Run: .venv/bin/python benchmarks/item_analysis.py [--attempts 10000] [--items 10] [--questions 200] [--repeat 5]

Uses DATABASE_URL if set (point it at an empty PostgreSQL database to measure that), or else a
fresh SQLite file in the system temp directory. It seeds questions of every type, students of
varied ability and their finished attempts (bulk_create), answered by a simple item-response
model in which a few questions discriminate the wrong way. It then times, in-process, the
computation (the one query and the arithmetic) and the whole page through the test Client, for
everyone's attempts, one class's and one lesson's questions. The first run of each is timed
apart from the median of the rest: it is the one that fills the cache of normalised answers.
"""

import argparse
import json
import math
import os
import random
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
DB_FILE = Path(tempfile.gettempdir()) / "briefing-item-analysis-bench.sqlite3"
if "DATABASE_URL" not in os.environ:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{DB_FILE}{suffix}").unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{DB_FILE}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "briefing.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth.hashers import make_password  # noqa: E402
from django.contrib.auth.models import Group, User  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from django.urls import reverse  # noqa: E402

from briefing.models import INSTRUCTORS_GROUP, Lesson, Passage, Source, Topic  # noqa: E402
from quizzes.item_analysis import analyse, analyse_attempts, fetch_rows, sort_items  # noqa: E402
from quizzes.models import Attempt, AttemptItem, Classroom, Membership, Question, QuestionVersion  # noqa: E402

NOW = datetime(2026, 6, 1, 12, 0, tzinfo=UTC)
KINDS = ["mcq"] * 7 + ["truefalse"] * 4 + ["partner"] * 2 + ["cloze"] * 5 + ["timeline", "matching"]
WORDS = ["Russia", "China", "Iran", "Cuba", "Turkey", "Syria", "Bolivia", "Nicaragua", "Belarus", "India", "Brazil", "Mexico"]
STUDENTS = 1000
CLASS_SIZE = 250


def seed_questions(count: int, rng: random.Random) -> list[tuple[Question, float, float]]:
    """Questions with an item-response difficulty b and discrimination a; one in twenty has a < 0."""
    source = Source.objects.create(slug="bench", title="Benchmark source", raw_text="x")
    topic = Topic.objects.create(slug="bench-topic", name="Benchmark topic")
    passages = [Passage.objects.create(source=source, ordinal=n, text=f"Passage {n} about a fact.", start=n * 30, end=n * 30 + 25)
                for n in range(1, 21)]  # fmt: skip
    topic.passages.add(*passages[:10])
    Lesson.objects.create(slug="bench-lesson", title="Benchmark lesson", topic=topic, markdown="A lesson.", status="published")
    seeded = []
    for n in range(count):
        kind, passage = KINDS[n % len(KINDS)], passages[n % len(passages)]
        options = rng.sample(WORDS, 4)
        answer, accepted = options[0], []
        if kind == "truefalse":
            options, answer = ["True", "False"], rng.choice(["True", "False"])
        elif kind == "cloze":
            options, accepted = [], [answer.lower()]
        elif kind == "timeline":
            answer = options[:3]
            options = sorted(answer)
        elif kind == "matching":
            answer = [[left, right] for left, right in zip(options[:3], ["oil", "arms", "loans"])]
            options = ["oil", "arms", "loans"]
        q = Question.objects.create(passage=passage, type=kind, status="published", score=0.9, fact_key=f"f{n}",
                                    generator_version="bench", passage_hash=passage.hash, answer_start=0, answer_end=7,
                                    sentence_start=0, sentence_end=25)  # fmt: skip
        q.current = QuestionVersion.objects.create(question=q, number=1, stem=f"Question {n}: which partner?", answer=answer,
                                                   options=options, accepted=accepted, explanation="x")  # fmt: skip
        q.save(update_fields=["current"])
        a = -rng.uniform(0.3, 1.0) if n % 20 == 7 else rng.uniform(0.3, 2.0)
        seeded.append((q, rng.gauss(0, 1), a))
    return seeded


def response_for(q: Question, right: bool, rng: random.Random):
    version = q.current
    if rng.random() < 0.03:
        return None
    if q.type in ("mcq", "partner", "truefalse"):
        return version.answer if right else rng.choice([o for o in version.options if o != version.answer])
    if q.type == "cloze":
        if right:
            return rng.choice([version.answer, version.answer.lower(), f" {version.answer} "])
        return rng.choice(["Moscow", "moscow", "Beijing", "Havana", "Tehran"] if rng.random() < 0.8 else [f"guess {rng.randrange(10**6)}"])
    if q.type == "timeline":
        return version.answer if right else version.answer[::-1]
    pairs = dict(version.answer)
    return pairs if right else dict(zip(pairs, list(pairs.values())[::-1]))


def seed_attempts(attempts: int, items: int, questions: list, rng: random.Random) -> tuple[User, Classroom]:
    password = make_password(None)
    User.objects.bulk_create(User(username=f"bench{n}", password=password) for n in range(STUDENTS))
    students = list(User.objects.filter(username__startswith="bench").order_by("pk"))
    ability = {s.pk: rng.gauss(0, 1) for s in students}
    instructor = User.objects.create_user("bench-instructor", password="x")
    instructor.groups.add(Group.objects.get_or_create(name=INSTRUCTORS_GROUP)[0])
    classroom = Classroom.objects.create(name="Benchmark class", instructor=instructor)
    Membership.objects.bulk_create(Membership(classroom=classroom, student=s) for s in students[:CLASS_SIZE])
    for start in range(0, attempts, 1000):
        batch, answers = [], []
        for k in range(start, min(attempts, start + 1000)):
            student = students[k % len(students)]
            drawn, marks = rng.sample(questions, items), []
            for q, b, a in drawn:
                right = rng.random() < 1 / (1 + math.exp(-a * (ability[student.pk] - b)))
                response = response_for(q, right, rng)
                marks.append((q, response, right and response is not None))
            finished = NOW - timedelta(minutes=k)
            batch.append(Attempt(user=student, title="Benchmark quiz", started_at=finished - timedelta(minutes=8), finished_at=finished,
                                 correct=sum(m[2] for m in marks), total=items))  # fmt: skip
            answers.append(marks)
        Attempt.objects.bulk_create(batch)
        AttemptItem.objects.bulk_create(
            (AttemptItem(attempt=attempt, position=n, version=q.current, options=q.current.options, response=response,
                         is_correct=right if response is not None else None, score=float(right), answered_at=attempt.finished_at)
             for attempt, marks in zip(batch, answers) for n, (q, response, right) in enumerate(marks, start=1)),
            batch_size=5000,
        )  # fmt: skip
    return instructor, classroom


def timed(fn, repeat: int) -> tuple[float, float, float]:
    """Milliseconds of the first call, the median of the next `repeat`, and their median CPU time
    (which other processes sharing the cores do not inflate)."""
    wall, cpu = [], []
    for _ in range(repeat + 1):
        start, start_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append(1000 * (time.perf_counter() - start))
        cpu.append(1000 * (time.process_time() - start_cpu))
    return wall[0], statistics.median(wall[1:]), statistics.median(cpu[1:])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--attempts", type=int, default=10_000)
    parser.add_argument("--items", type=int, default=10)
    parser.add_argument("--questions", type=int, default=200)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(42)
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    questions = seed_questions(args.questions, rng)
    instructor, classroom = seed_attempts(args.attempts, args.items, questions, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    seeded = time.perf_counter() - start
    rows = AttemptItem.objects.count()
    print(f"database: {connection.vendor}; {args.attempts:,} finished attempts of {args.items} questions ({rows:,} answers), "
          f"{args.questions} questions, {STUDENTS} students, a class of {CLASS_SIZE}; seeded in {seeded:.1f} s")  # fmt: skip

    lesson = Lesson.objects.get(slug="bench-lesson")
    results = {}
    results["queries"] = timed(fetch_rows, args.repeat)
    rows, versions = fetch_rows()
    results["arithmetic"] = timed(lambda: sort_items(analyse(rows, versions, decode=json.loads).values()), args.repeat)
    results["computation"] = timed(lambda: sort_items(analyse_attempts()[0].values()), args.repeat)
    tracemalloc.start()
    sort_items(analyse_attempts()[0].values())
    python_peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()

    setup_test_environment(debug=False)
    client = Client()
    client.force_login(instructor)
    url = reverse("item_analysis")
    pages = {"page, everyone": {}, "page, one class": {"class": classroom.pk}, "page, one lesson": {"lesson": lesson.slug},
             "page, by facility": {"sort": "facility"}}  # fmt: skip

    def get(params):
        response = client.get(url, params)
        assert response.status_code == 200, response.status_code

    for name, params in pages.items():
        results[name] = timed(lambda params=params: get(params), args.repeat)
    process_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"{'':>22} {'first ms':>9} {'median ms':>10} {'CPU ms':>7}")
    for name, (first, median, cpu) in results.items():
        print(f"{name:>22} {first:>9.0f} {median:>10.0f} {cpu:>7.0f}")
    print(f"peak memory: {python_peak:.0f} MB allocated by Python during one computation; {process_peak:.0f} MB process peak (seeding included)")
    load = os.getloadavg()[0]
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {load:.1f} at the end, {datetime.now():%Y-%m-%d}")


if __name__ == "__main__":
    main()
