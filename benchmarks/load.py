"""Throughput of the main pages under gunicorn, and a soak of students grading cards.

Run: .venv/bin/python benchmarks/load.py [--short] [--worker-class sync|gthread|both] [--only load|soak]

Builds a throwaway database (a temporary SQLite file, or with DATABASE_URL set to PostgreSQL
a database named after it with "_load" added, created here and dropped at the end), collects
the static files as a deployment does, loads the corpus, generates its questions and seeds
logged-in students whose every question is a review card due now. It then starts gunicorn
with two workers and production settings (DEBUG off, behind a proxy that terminates TLS) and:

- load: drives each page with wrk (benchmarks/load.lua) for a fixed time: a lesson, a
  question of an open quiz attempt, the review page and the grade POST (each grade is for a
  different never-graded card at its current version), each just after the bare health page,
  the baseline. A page counts as served only when it answers 200 and a grade only when it is
  recorded. It prints requests per second, p50 and p99 latency, the workers' CPU time per
  request, errors, each page's throughput as a share of the baseline's, and each worker's
  peak memory (VmHWM). With both worker classes, the two servers take turns page by page.
- soak: simulated students, each on its own connection and session, review their cards as
  the review page does (show the answer, grade, and every tenth grade send the same grade
  again as a double click would) until the time is up. Every response is counted, none is
  left in flight, and the review logs in the database must equal the grades the server
  said it recorded.

It exits non-zero if any request failed, a grade was lost or doubled, or (full runs only)
a page on sync workers, as deployed, fell below its throughput target (the gthread run is a
comparison); --short (a few seconds a page, a 10-second soak) only warns about the targets,
since machines differ.
"""

import argparse
import http.client
import json
import math
import os
import random
import re
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LUA = Path(__file__).resolve().with_name("load.lua")
HOST = "127.0.0.1"
TARGETS = {"lesson": 0.5, "question": 0.5, "review": 0.5, "grade": 0.15}
RATINGS = [1, 2, 3, 3, 3, 3, 4]  # mostly Good, as in real reviewing
RESULT_LINE = re.compile(r"^RESULT (\{.*\})$", re.MULTILINE)
SHOW = re.compile(r'name="show" value="(\d+)"')
CARD = re.compile(r'name="card" value="(\d+)"')
VERSION = re.compile(r'name="version" value="(\d+)"')
MESSAGES = 'class="messages"'


# ---------------------------------------------------------------------------- the database


@dataclass
class Database:
    """Where the benchmark's data lives, and how to throw it away."""

    url: str
    label: str
    drop: Callable[[], None]


def make_database() -> Database:
    given = os.environ.get("DATABASE_URL", "")
    if not given:
        folder = Path(tempfile.mkdtemp(prefix="briefing-load-"))
        return Database(f"sqlite:///{folder / 'load.sqlite3'}", "SQLite (temporary file)", lambda: shutil.rmtree(folder, True))
    if not given.startswith(("postgres://", "postgresql://")):
        sys.exit("DATABASE_URL must name a PostgreSQL database (its name + '_load' is created and dropped); "
                 "unset it to use a temporary SQLite file.")  # fmt: skip
    import psycopg
    from psycopg import sql

    parts = urllib.parse.urlsplit(given)
    name = parts.path.lstrip("/") + "_load"
    url = urllib.parse.urlunsplit(parts._replace(path="/" + name))
    maintenance = urllib.parse.urlunsplit(parts._replace(path="/postgres"))

    def run(statement) -> None:
        """Run on the server's maintenance database, or on the named one if that is closed to us."""
        try:
            admin = psycopg.connect(maintenance, autocommit=True)
        except psycopg.OperationalError:
            admin = psycopg.connect(given, autocommit=True)
        with admin:
            admin.execute(statement)

    drop = sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
    run(drop)
    run(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return Database(url, f"PostgreSQL (database {name}, dropped afterwards)", lambda: run(drop))


def configure(database: Database) -> dict[str, str]:
    """Production settings for this process and for gunicorn: DEBUG off, behind a TLS proxy."""
    env = {
        "DJANGO_SETTINGS_MODULE": "briefing.settings",
        "DJANGO_DEBUG": "0",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": HOST,
        "DJANGO_BEHIND_PROXY": "1",
        "DATABASE_URL": database.url,
    }
    os.environ.update(env)
    return dict(os.environ)


# ---------------------------------------------------------------------------- seeding


@dataclass
class Student:
    pk: int
    cookie: str  # the session and CSRF cookies of a logged-in browser
    token: str  # the CSRF token its forms carry


@dataclass
class Request:
    method: str
    path: str
    student: Student | None = None
    body: str = ""

    def line(self) -> str:
        """The request as load.lua reads it."""
        cookie, token = (self.student.cookie, self.student.token) if self.student else ("", "")
        return f"{self.method}\t{self.path}\t{cookie}\t{token}\t{self.body}"


@dataclass
class World:
    pages: dict[str, list[Request]]
    graders: list[Student]
    soakers: list[Student]


def seed_content() -> int:
    """The schema, static files for production settings, the corpus and its questions; returns the live questions."""
    from django.core.management import call_command

    from briefing.corpus import load_corpus
    from quizzes.bank import generate_questions
    from quizzes.models import Question

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)
    load_corpus()
    generate_questions()
    return Question.objects.live().count()


def widen_bank(cards_per_student: int) -> int:
    """Copy every live question, as a further fact of its passage, until there are enough
    questions that no soak student runs out of due cards; returns the live questions."""
    from django.db import transaction

    from quizzes.models import Question, QuestionVersion

    originals = list(Question.objects.live().select_related("current"))
    copies = math.ceil(cards_per_student / max(len(originals), 1))
    question_fields = [f.attname for f in Question._meta.concrete_fields if f.attname not in ("id", "current_id", "fact_key")]
    version_fields = [f.attname for f in QuestionVersion._meta.concrete_fields if f.attname not in ("id", "question_id")]
    with transaction.atomic():
        for n in range(1, copies):
            for original in originals:
                question = Question.objects.create(**{name: getattr(original, name) for name in question_fields},
                                                   fact_key=f"{original.fact_key[:180]} #{n}")  # fmt: skip
                question.current = QuestionVersion.objects.create(
                    **{name: getattr(original.current, name) for name in version_fields}, question=question
                )
                question.save(update_fields=["current"])
    return Question.objects.live().count()


def seed_students(graders: int, soakers: int, readers: int) -> World:
    """Students logged in (a session each, made directly, so login throttling plays no part) with
    every live question as a review card due now; the first readers also have an open quiz."""
    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django.db import transaction
    from django.utils import timezone
    from django.utils.crypto import get_random_string

    from briefing.models import Lesson
    from quizzes.attempts import start_attempt
    from quizzes.models import Attempt, Card, Question, StudySettings

    rng = random.Random(7)
    now = timezone.now()
    question_ids = list(Question.objects.live().values_list("pk", flat=True))
    password = make_password(None)
    names = [f"load{n}" for n in range(graders)] + [f"soak{n}" for n in range(soakers)]
    students = {}
    with transaction.atomic():
        User.objects.bulk_create(User(username=name, password=password) for name in names)
        users = list(User.objects.filter(username__in=names).order_by("pk"))
        StudySettings.objects.bulk_create(StudySettings(user=user, reviews_per_day=5000) for user in users)
        cards = []
        for user in users:
            for question_id in question_ids:
                last = now - timedelta(days=rng.uniform(3, 40))
                cards.append(Card(user=user, question_id=question_id, state=Card.State.REVIEW, step=None,
                                  stability=rng.uniform(2, 30), difficulty=rng.uniform(3, 8), last_review=last,
                                  due=now - timedelta(minutes=rng.uniform(1, 600)), added_at=last, origin=Card.Origin.LESSON))  # fmt: skip
        Card.objects.bulk_create(cards, batch_size=5000)
        for user in users:
            session = SessionStore()
            session[SESSION_KEY] = str(user.pk)
            session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
            session[HASH_SESSION_KEY] = user.get_session_auth_hash()
            session.create()
            token = get_random_string(32)
            cookie = f"{settings.SESSION_COOKIE_NAME}={session.session_key}; {settings.CSRF_COOKIE_NAME}={token}"
            students[user.username] = Student(user.pk, cookie, token)
    load_students = [students[f"load{n}"] for n in range(graders)]
    reading = load_students[:readers]
    lessons = [lesson.get_absolute_url() for lesson in Lesson.objects.filter(status=Lesson.Status.PUBLISHED).order_by("order")]
    questions = []
    for student in reading:
        attempt = start_attempt(User(pk=student.pk), Question.objects.all(), title="Quiz: everything", mode=Attempt.Mode.PRACTICE,
                                length=10, time_limit=None, now=now)  # fmt: skip
        questions += [Request("GET", f"/attempts/{attempt.pk}/q/{n}/", student) for n in range(1, attempt.total + 1)]
    rng.shuffle(questions)
    pages = {
        "baseline": [Request("GET", "/health/")],
        "lesson": [Request("GET", lessons[n % len(lessons)], student) for n, student in enumerate(reading)],
        "question": questions,
        "review": [Request("GET", "/review/", student) for student in reading],
    }
    return World(pages, load_students, [students[f"soak{n}"] for n in range(soakers)])


def grade_requests(graders: list[Student]) -> list[Request]:
    """One grade for each card still at version 0 (never graded), the students taking turns."""
    from quizzes.models import Card

    by_student = {student.pk: student for student in graders}
    queues: dict[int, list[int]] = {student.pk: [] for student in graders}
    for pk, user_id in Card.objects.filter(user_id__in=by_student, version=0).order_by("pk").values_list("pk", "user_id"):
        queues[user_id].append(pk)
    rng = random.Random(11)
    started = int(time.time() * 1000)
    requests = []
    for turn in range(max(map(len, queues.values()), default=0)):
        for user_id, queue in queues.items():
            if turn < len(queue):
                body = f"card={queue[turn]}&version=0&rating={rng.choice(RATINGS)}&started={started}"
                requests.append(Request("POST", "/review/grade/", by_student[user_id], body))
    return requests


def review_logs(students: list[Student]) -> int:
    from quizzes.models import ReviewLog

    return ReviewLog.objects.filter(user_id__in=[s.pk for s in students]).count()


def settled_review_logs(students: list[Student]) -> int:
    """The review logs once grades still in flight after wrk stopped have been written."""
    count = review_logs(students)
    while True:
        time.sleep(0.5)
        count, previous = review_logs(students), count
        if count == previous:
            return count


def card_versions(students: list[Student]) -> int:
    from django.db.models import Sum

    from quizzes.models import Card

    return Card.objects.filter(user_id__in=[s.pk for s in students]).aggregate(total=Sum("version"))["total"] or 0


def close_connections() -> None:
    from django.db import connections

    connections.close_all()


# ---------------------------------------------------------------------------- the server


class Server:
    """gunicorn with two workers of one class, on a free local port."""

    def __init__(self, worker_class: str, threads: int, env: dict[str, str], log: Path) -> None:
        with socket.socket() as probe:
            probe.bind((HOST, 0))
            self.port = probe.getsockname()[1]
        self.worker_class, self.threads, self.log = worker_class, threads, log
        command = [sys.executable, "-m", "gunicorn", "briefing.wsgi", "--workers", "2", "--worker-class", worker_class,
                   "--bind", f"{HOST}:{self.port}", "--timeout", "60", "--error-logfile", str(log), "--capture-output"]  # fmt: skip
        if worker_class == "gthread":
            command += ["--threads", str(threads)]
        close_connections()
        self.process = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
        self._wait_until_up()

    @property
    def label(self) -> str:
        return f"gthread ({self.threads} threads)" if self.worker_class == "gthread" else "sync"

    @property
    def origin(self) -> str:
        return f"https://{HOST}:{self.port}"

    def _wait_until_up(self) -> None:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise SystemExit(f"gunicorn exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                status, _ = fetch(self.port, "GET", "/health/")
                if status == 200 and len(self.workers()) == 2:
                    return
            except OSError:
                pass
            time.sleep(0.2)
        self.stop()
        raise SystemExit(f"gunicorn did not answer within 30 s:\n{self.log_tail()}")

    def workers(self) -> list[int]:
        """The processes gunicorn started: those whose parent (field 4 of stat(5)) it is."""
        children = []
        for entry in Path("/proc").iterdir():
            fields = _proc(entry.name, "stat").rsplit(")", 1)[-1].split() if entry.name.isdigit() else []
            if len(fields) > 1 and int(fields[1]) == self.process.pid:
                children.append(int(entry.name))
        return sorted(children)

    def peak_memory_mb(self) -> list[float]:
        """Each worker's resident-memory high-water mark (VmHWM) so far, in MB."""
        peaks = []
        for pid in self.workers():
            for line in _proc(pid, "status").splitlines():
                if line.startswith("VmHWM:"):
                    peaks.append(int(line.split()[1]) / 1024)
        return peaks

    def cpu_seconds(self) -> float:
        """User and system CPU time the workers have used so far."""
        ticks = 0
        for pid in self.workers():
            fields = _proc(pid, "stat").rsplit(")", 1)[-1].split()
            ticks += int(fields[11]) + int(fields[12]) if len(fields) > 12 else 0  # utime, stime: fields 14, 15 of stat(5)
        return ticks / os.sysconf("SC_CLK_TCK")

    def log_tail(self, lines: int = 30) -> str:
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def server_errors(self) -> int:
        """Tracebacks gunicorn and Django wrote to the log."""
        text = self.log.read_text(errors="replace") if self.log.exists() else ""
        return text.count("Traceback (most recent call last)")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def _proc(pid: int | str, name: str) -> str:
    """A file of /proc/<pid>, or nothing if the process has gone."""
    try:
        return Path(f"/proc/{pid}/{name}").read_text()
    except OSError:
        return ""


def fetch(port: int, method: str, path: str, student: Student | None = None, body: str = "", htmx: bool = False,
          connection: http.client.HTTPConnection | None = None) -> tuple[int, str]:  # fmt: skip
    """One request as a browser behind the TLS proxy sends it; (status, body)."""
    headers = {"X-Forwarded-Proto": "https"}
    if student:
        headers["Cookie"] = student.cookie
    if htmx:
        headers["HX-Request"] = "true"
    if method == "POST":
        headers |= {"Origin": f"https://{HOST}:{port}", "X-CSRFToken": student.token,
                    "Content-Type": "application/x-www-form-urlencoded"}  # fmt: skip
    own = connection is None
    connection = connection or http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        connection.request(method, path, body=body or None, headers=headers)
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        if own:
            connection.close()


# ---------------------------------------------------------------------------- load


@dataclass
class Run:
    page: str
    requests: int
    seconds: float
    p50_ms: float
    p99_ms: float
    socket_errors: int
    unexpected: int  # any status but 200 (redirects included)
    refused: int  # grades answered with a message instead of the next card
    cpu_seconds: float = 0.0  # the workers' CPU time over the run
    note: str = ""

    @property
    def rate(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0

    @property
    def cpu_ms(self) -> float:
        """Worker CPU per request: unlike throughput, hardly moved by other work on the machine."""
        return 1000 * self.cpu_seconds / self.requests if self.requests else 0.0

    @property
    def errors(self) -> int:
        return self.socket_errors + self.unexpected + self.refused

    def error_text(self) -> str:
        if not self.errors:
            return "0"
        parts = [(self.socket_errors, "socket"), (self.unexpected, "non-200"), (self.refused, "refused grade")]
        return f"{self.errors} (" + ", ".join(f"{n} {what}" for n, what in parts if n) + ")"


def parse_wrk(output: str, page: str) -> Run:
    """The RESULT line load.lua writes at the end of a wrk run."""
    found = RESULT_LINE.search(output)
    if not found:
        raise ValueError(f"wrk printed no RESULT line for {page}:\n{output}")
    data = json.loads(found.group(1))
    return Run(page=page, requests=data["requests"], seconds=data["duration_us"] / 1e6, p50_ms=data["p50_us"] / 1000,
               p99_ms=data["p99_us"] / 1000, socket_errors=data["connect"] + data["read"] + data["write"] + data["timeout"],
               unexpected=data["unexpected"], refused=data["refused"])  # fmt: skip


def wrk(server: Server, page: str, requests: list[Request], seconds: float, connections: int, folder: Path) -> Run:
    listing = folder / f"{page}.tsv"
    listing.write_text("".join(request.line() + "\n" for request in requests))
    kind = "grade" if page == "grade" else "page"
    command = ["wrk", "-t", "1", "-c", str(connections), "-d", f"{seconds:g}s", "--timeout", "10s", "-s", str(LUA),
               f"http://{HOST}:{server.port}/", "--", str(listing), server.origin, kind, "1"]  # fmt: skip
    cpu = server.cpu_seconds()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"wrk failed for {page}:\n{result.stdout}{result.stderr}")
    run = parse_wrk(result.stdout, page)
    run.cpu_seconds = server.cpu_seconds() - cpu
    return run


def check_page(server: Server, page: str, request: Request) -> None:
    """One request by hand first, so that a broken page stops the run instead of being timed."""
    status, body = fetch(server.port, request.method, request.path, request.student)
    if status != 200:
        raise SystemExit(f"{page} ({request.path}) answered {status}, not 200:\n{body[:500]}\n{server.log_tail()}")


def run_grades(server: Server, world: World, seconds: float, warmup: float, connections: int, folder: Path) -> Run:
    """Grades of never-graded cards; the review logs added must match the grades answered."""
    wrk(server, "grade", grade_requests(world.graders), warmup, connections, folder)
    before = settled_review_logs(world.graders)  # the warm-up's last grades land after wrk stops
    requests = grade_requests(world.graders)
    run = wrk(server, "grade", requests, seconds, connections, folder)
    added = settled_review_logs(world.graders) - before
    graded = run.requests - run.unexpected - run.refused
    run.note = f"review logs added {added:,} = {graded:,} grades answered + {added - graded} in flight when wrk stopped"
    if not 0 <= added - graded <= connections:
        run.note += f" (MISMATCH: at most {connections} can be in flight)"
        run.unexpected += abs(added - graded)
    if len(requests) < run.requests:
        run.note += f"; only {len(requests):,} due cards were left, so some grades were sent twice"
    return run


@dataclass
class Measured:
    run: Run
    baseline: Run  # the health page, measured just before

    @property
    def ratio(self) -> float:
        return self.run.rate / self.baseline.rate if self.baseline.rate else 0.0


def run_load(servers: list[Server], world: World, seconds: float, warmup: float, connections: int,
             folder: Path) -> dict[str, list[Measured]]:  # fmt: skip
    """Each page on each server in turn, with the baseline measured again just before it: on a
    shared machine the load from other work drifts, and a comparison is only fair between
    neighbouring runs."""
    baseline_seconds = max(1, round(seconds / 3))
    for server in servers:
        check_page(server, "baseline", world.pages["baseline"][0])
        wrk(server, "baseline", world.pages["baseline"], warmup, connections, folder)
    print(f"  {'page':<9} {'workers':<8} {'requests':>8} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} {'CPU ms/req':>10} "
          f"{'ratio':>6} {'target':>6}  {'peak MB':>8}  errors")  # fmt: skip
    measured: dict[str, list[Measured]] = {server.label: [] for server in servers}
    for page in ["lesson", "question", "review", "grade"]:
        for server in servers:
            baseline = wrk(server, "baseline", world.pages["baseline"], baseline_seconds, connections, folder)
            _print_row(baseline, server)
            if page == "grade":
                run = run_grades(server, world, seconds, warmup, connections, folder)
            else:
                check_page(server, page, world.pages[page][0])
                wrk(server, page, world.pages[page], warmup, connections, folder)
                run = wrk(server, page, world.pages[page], seconds, connections, folder)
            measured[server.label].append(Measured(run, baseline))
            _print_row(run, server, measured[server.label][-1].ratio)
    return measured


def _print_row(run: Run, server: Server, ratio: float | None = None) -> None:
    peaks = ", ".join(f"{mb:.0f}" for mb in server.peak_memory_mb())
    share = f"{ratio:>6.3f} {TARGETS[run.page]:>6.2f}" if ratio is not None else " " * 13
    print(f"  {run.page:<9} {server.worker_class:<8} {run.requests:>8,} {run.rate:>8.1f} {run.p50_ms:>7.1f} {run.p99_ms:>7.1f} "
          f"{run.cpu_ms:>10.2f} {share}  {peaks:>8}  {run.error_text()}", flush=True)  # fmt: skip
    if run.note:
        print(f"{'':21}{run.note}", flush=True)


def summarise(measured: list[Measured], server: Server, strict: bool) -> list[str]:
    """The pages under their targets, and every error; each page's ratio by CPU time too."""
    failures = []
    for m in measured:
        target, page = TARGETS[m.run.page], m.run.page
        by_cpu = m.baseline.cpu_ms / m.run.cpu_ms if m.run.cpu_ms else 0.0
        verdict = "ok" if m.ratio >= target else ("BELOW TARGET" if strict else "below target (not a failure here)")
        print(f"    {page:<9} {m.ratio:.3f} of the baseline's requests per second (target {target:.2f}; "
              f"{by_cpu:.3f} by worker CPU per request): {verdict}")  # fmt: skip
        if m.ratio < target and strict:
            failures.append(f"{server.label}: {page} ran at {m.ratio:.3f} of the baseline, under its target of {target:.2f}")
        for run in (m.baseline, m.run):
            if run.errors:
                failures.append(f"{server.label}: {run.page} had {run.error_text()} errors")
    print("    worker peak memory (VmHWM): " + ", ".join(f"{mb:.1f} MB" for mb in server.peak_memory_mb()))
    tracebacks = server.server_errors()
    if tracebacks:
        failures.append(f"{server.label}: the server log holds {tracebacks} tracebacks:\n{server.log_tail()}")
    return failures


# ---------------------------------------------------------------------------- soak


@dataclass
class SoakCounts:
    recorded: int = 0  # grades answered with the next card: the server says it recorded them
    replays_refused: int = 0
    replays_recorded: int = 0  # a double click that was recorded twice
    refused: int = 0  # a first grade refused
    server_errors: int = 0  # 5xx
    other_status: int = 0
    socket_errors: int = 0
    finished_decks: int = 0
    latencies: list[float] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, **counts) -> None:
        with self.lock:
            for name, n in counts.items():
                setattr(self, name, getattr(self, name) + n)


def study(port: int, student: Student, deadline: float, counts: SoakCounts, seed: int) -> None:
    """One student at the review page until the time is up: show the answer, grade, repeat."""
    rng = random.Random(seed)
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    grades = 0

    def request(method: str, path: str, body: str = "") -> tuple[int, str] | None:
        try:
            status, text = fetch(port, method, path, student, body, htmx=True, connection=connection)
        except (OSError, http.client.HTTPException):
            connection.close()
            counts.add(socket_errors=1)
            return None
        if status >= 500:
            counts.add(server_errors=1)
        elif status != 200:
            counts.add(other_status=1)
        return (status, text) if status == 200 else None

    answer = request("GET", "/review/")
    while answer and time.monotonic() < deadline:
        shown = SHOW.search(answer[1])
        if not shown:
            counts.add(finished_decks=1)
            break
        answer = request("GET", f"/review/?show={shown.group(1)}")
        if not answer:
            break
        card, version = CARD.search(answer[1]), VERSION.search(answer[1])
        body = f"card={card.group(1)}&version={version.group(1)}&rating={rng.choice(RATINGS)}&started={int(time.time() * 1000)}"
        start = time.perf_counter()
        answer = request("POST", "/review/grade/", body)
        elapsed = time.perf_counter() - start
        if not answer:
            break
        with counts.lock:
            counts.latencies.append(elapsed)
        counts.add(**({"refused": 1} if MESSAGES in answer[1] else {"recorded": 1}))
        grades += 1
        if grades % 10 == 0:
            replay = request("POST", "/review/grade/", body)
            if replay:
                counts.add(**({"replays_refused": 1} if MESSAGES in replay[1] else {"replays_recorded": 1, "recorded": 1}))
    connection.close()


def run_soak(server: Server, students: list[Student], seconds: float) -> list[str]:
    before, versions_before = review_logs(students), card_versions(students)
    counts = SoakCounts()
    deadline = time.monotonic() + seconds
    started = time.monotonic()
    threads = [threading.Thread(target=study, args=(server.port, s, deadline, counts, n)) for n, s in enumerate(students)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    logs, versions = review_logs(students) - before, card_versions(students) - versions_before
    latencies = sorted(counts.latencies) or [0.0]
    p50, p99 = latencies[len(latencies) // 2], latencies[min(len(latencies) - 1, math.ceil(0.99 * len(latencies)) - 1)]
    print(f"  {len(students)} students for {seconds:g} s ({elapsed:.1f} s with the last answers) on {server.label} workers")
    print(f"  grades recorded (responses): {counts.recorded:,} ({counts.recorded / elapsed:.1f}/s; grade p50 {1000 * p50:.1f} ms, "
          f"p99 {1000 * p99:.1f} ms)")  # fmt: skip
    print(f"  review logs in the database: {logs:,}; card versions advanced: {versions:,}")
    print(f"  double clicks refused: {counts.replays_refused:,} of {counts.replays_refused + counts.replays_recorded:,}; "
          f"first grades refused: {counts.refused}; 5xx: {counts.server_errors}; other non-200: {counts.other_status}; "
          f"socket errors: {counts.socket_errors}; students who finished their deck: {counts.finished_decks}")  # fmt: skip
    print("  peak worker memory (VmHWM): " + ", ".join(f"{mb:.1f} MB" for mb in server.peak_memory_mb()))
    failures = []
    if logs != counts.recorded or versions != counts.recorded:
        failures.append(f"soak: {counts.recorded} grades recorded by the responses, but {logs} review logs and {versions} version bumps")
    problems = {"5xx responses": counts.server_errors, "other non-200 responses": counts.other_status,
                "socket errors": counts.socket_errors, "refused first grades": counts.refused,
                "double clicks recorded twice": counts.replays_recorded}  # fmt: skip
    failures += [f"soak: {n} {what}" for what, n in problems.items() if n]
    if not counts.recorded:
        failures.append("soak: no grade was recorded")
    if counts.finished_decks:
        failures.append(f"soak: {counts.finished_decks} students ran out of due cards before the time was up")
    if server.server_errors():
        failures.append(f"soak: the server log holds tracebacks:\n{server.log_tail()}")
    print(f"  => review logs {logs:,} {'==' if logs == counts.recorded else '!='} successful grade responses {counts.recorded:,}")
    return failures


# ---------------------------------------------------------------------------- main


def machine() -> str:
    load = Path("/proc/loadavg").read_text().split()[:3]
    return f"{os.cpu_count()} cores, load average {' '.join(load)}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="a few seconds a page and a 10-second soak (CI); targets only warn")
    parser.add_argument("--only", choices=["load", "soak"], help="run only the page load or only the soak")
    parser.add_argument("--worker-class", choices=["sync", "gthread", "both"], help="default: both, or sync with --short")
    parser.add_argument("--threads", type=int, default=4, help="threads per gthread worker (default 4)")
    parser.add_argument("--seconds", type=int, help="measured seconds per page (default 15, or 3 with --short)")
    parser.add_argument("--connections", type=int, default=8, help="wrk connections (default 8)")
    parser.add_argument("--soak-seconds", type=float, help="default 60, or 10 with --short")
    parser.add_argument("--soak-students", type=int, help="default 50, or 10 with --short")
    parser.add_argument("--soak-worker-class", choices=["sync", "gthread"], default="sync", help="default sync, as deployed")
    args = parser.parse_args()
    seconds = args.seconds or (3 if args.short else 15)
    warmup = 1 if args.short else 2
    soak_seconds = args.soak_seconds or (10 if args.short else 60)
    soak_students = args.soak_students or (10 if args.short else 50)
    if args.only == "soak":
        classes = []
    elif args.worker_class in ("sync", "gthread"):
        classes = [args.worker_class]
    else:
        classes = ["sync"] if args.short and not args.worker_class else ["sync", "gthread"]
    if shutil.which("wrk") is None and args.only != "soak":
        sys.exit("wrk is not installed (Debian: apt-get install wrk).")

    database = make_database()
    env = configure(database)
    sys.path.insert(0, str(ROOT))
    folder = Path(tempfile.mkdtemp(prefix="briefing-load-run-"))
    failures: list[str] = []
    try:
        import django

        django.setup()
        start = time.perf_counter()
        generated = seed_content()
        live = widen_bank(cards_per_student=400)
        # Enough never-graded cards that no grade run (warm-up and measurement) reaches the end of them.
        # (at 1,500 grades a second; two sync workers on two cores manage about 850)
        graders = max(50, math.ceil(1500 * (seconds + warmup) * len(classes) / max(live, 1))) if classes else 0
        world = seed_students(graders, soak_students if args.only != "load" else 0, readers=min(graders, 50))
        close_connections()
        print(f"database: {database.label}; {generated} live questions generated, copied to {live}; {len(world.graders)} grading and "
              f"{len(world.soakers)} soak students, each with every question due as a card; seeded in "
              f"{time.perf_counter() - start:.1f} s")  # fmt: skip
        print(f"machine: {machine()}; DJANGO_CONN_MAX_AGE={os.environ.get('DJANGO_CONN_MAX_AGE', 'unset: 60 s with DEBUG off')}")
        servers = []
        try:
            for worker_class in classes:
                servers.append(Server(worker_class, args.threads, env, folder / f"gunicorn-{worker_class}.log"))
            if servers:
                print(f"\n== load: gunicorn with 2 workers ({', '.join(server.label for server in servers)}); wrk, "
                      f"{args.connections} connections, {seconds:g} s a page, the baseline {max(1, round(seconds / 3)):g} s just before")  # fmt: skip
                results = run_load(servers, world, seconds, warmup, args.connections, folder)
            for server in servers:
                # The site is deployed on sync workers (README, Deployment): the targets hold there;
                # the gthread run is a comparison, and only its errors fail the run.
                deployed = server.worker_class == "sync"
                print(f"\n  {server.label} workers{'' if deployed else ' (a comparison: targets are for sync workers, as deployed)'}:")
                failures += summarise(results[server.label], server, strict=not args.short and deployed)
        finally:
            for server in servers:
                server.stop()
        if len(servers) > 1:
            print("\n== worker classes compared: requests per second, each with its own baseline just before")
            print(f"  {'page':<9} " + " ".join(f"{server.label:>28}" for server in servers))
            for rows in zip(*results.values(), strict=True):
                cells = [f"{m.run.rate:.1f} (baseline {m.baseline.rate:.0f})" for m in rows]
                print(f"  {rows[0].run.page:<9} " + " ".join(f"{cell:>28}" for cell in cells))
        if args.only != "load":
            server = Server(args.soak_worker_class, args.threads, env, folder / "gunicorn-soak.log")
            try:
                print(f"\n== soak: students grading on gunicorn, 2 {server.label} workers")
                failures += run_soak(server, world.soakers, soak_seconds)
            finally:
                server.stop()
        print(f"\nmachine at the end: {machine()}")
    finally:
        close_connections()
        database.drop()
        shutil.rmtree(folder, ignore_errors=True)
    if failures:
        print("\nFAILED:\n" + "\n".join(f"- {failure}" for failure in failures))
        sys.exit(1)
    print("\nOK: no errors" + ("" if args.only == "load" else "; every recorded grade has exactly one review log"))


if __name__ == "__main__":
    main()
