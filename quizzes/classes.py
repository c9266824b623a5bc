"""Classes: where each student stands on each assignment, and the numbers of a class dashboard.

Everything is computed for a whole class at once with a fixed number of aggregate queries,
however many students, attempts or reviews there are.

Mastery of a lesson is the share of a student's cards on the lesson's questions (suspended
cards aside) that are in the Review state with a stability of at least MASTERED_DAYS days.
In FSRS, stability is the number of days after which the chance of recalling a card falls to
90%: a mastered card is one the student would very likely still recall three weeks from now.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.db.models import Count, F, FloatField, Max, Q
from django.db.models.functions import Cast, TruncDate

from briefing.models import Citation, Lesson, LessonRead, Passage
from quizzes.models import Assignment, Attempt, Card, Classroom, Membership, ReviewLog, StudySettings

MASTERED_DAYS = 21
HOME_LIMIT = 8

NOT_STARTED, IN_PROGRESS, DONE, OVERDUE = "not-started", "in-progress", "done", "overdue"
STATUS_LABELS = {NOT_STARTED: "Not started", IN_PROGRESS: "In progress", DONE: "Done", OVERDUE: "Overdue"}


def display_name(user) -> str:
    return user.get_full_name() or user.username


def zone_of(user) -> str:
    """The user's time zone from their study settings (UTC if they have none): due dates are
    entered and shown in it."""
    name = StudySettings.objects.filter(user=user).values_list("time_zone", flat=True).first() or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


@dataclass
class Progress:
    """Where one student stands on one assignment."""

    assignment: Assignment
    status: str
    score: int | None = None  # best finished quiz, in percent
    reviewed: int | None = None  # cards reviewed between the assignment's creation and its due date
    open_attempt_id: int | None = None  # an unfinished quiz attempt to continue

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]

    @property
    def is_done(self) -> bool:
        return self.status == DONE

    @property
    def is_overdue(self) -> bool:
        return self.status == OVERDUE

    @property
    def detail(self) -> str:
        """The score or the count that goes with the status, for a table cell or a CSV file."""
        if self.score is not None:
            return f"best {self.score}%"
        if self.reviewed is not None:
            return f"{self.reviewed} of {self.assignment.review_target} reviewed"
        return ""


def _percent(ratio) -> int | None:
    return None if ratio is None else round(100 * ratio)


_SCORE = Cast("correct", FloatField()) / F("total")


def progress(student_ids: list[int], assignments: list[Assignment], now: datetime) -> dict[tuple[int, int], Progress]:
    """Progress keyed by (student id, assignment id), in at most three queries."""
    by_kind = defaultdict(list)
    for assignment in assignments:
        by_kind[assignment.kind].append(assignment)
    read = set()
    if by_kind[Assignment.Kind.READING] and student_ids:
        lessons = {a.lesson_id for a in by_kind[Assignment.Kind.READING]}
        read = set(LessonRead.objects.filter(user_id__in=student_ids, lesson_id__in=lessons).values_list("user_id", "lesson_id"))
    quizzes = {}
    if by_kind[Assignment.Kind.QUIZ] and student_ids:
        finished = Q(finished_at__isnull=False, total__gt=0)
        rows = (
            Attempt.objects.filter(assignment__in=by_kind[Assignment.Kind.QUIZ], user_id__in=student_ids)
            .values("user_id", "assignment_id")
            .annotate(best=Max(_SCORE, filter=finished), open_id=Max("pk", filter=Q(finished_at__isnull=True)))
        )
        quizzes = {(row["user_id"], row["assignment_id"]): row for row in rows}
    reviewed = {}
    if by_kind[Assignment.Kind.REVIEW] and student_ids:
        windows = {f"a{a.pk}": Count("pk", filter=Q(reviewed_at__gte=a.created_at, reviewed_at__lte=a.due)) for a in by_kind[Assignment.Kind.REVIEW]}
        start = min(a.created_at for a in by_kind[Assignment.Kind.REVIEW])
        end = max(a.due for a in by_kind[Assignment.Kind.REVIEW])
        rows = ReviewLog.objects.filter(user_id__in=student_ids, reviewed_at__range=(start, end)).values("user_id").annotate(**windows)
        reviewed = {row["user_id"]: row for row in rows}

    found = {}
    for student_id in student_ids:
        for a in assignments:
            score = reviewed_count = open_id = None
            started = False
            if a.kind == Assignment.Kind.READING:
                done = (student_id, a.lesson_id) in read
            elif a.kind == Assignment.Kind.QUIZ:
                row = quizzes.get((student_id, a.pk), {})
                score, open_id = _percent(row.get("best")), row.get("open_id")
                done, started = score is not None, bool(row)
            else:
                reviewed_count = reviewed.get(student_id, {}).get(f"a{a.pk}", 0)
                done, started = reviewed_count >= (a.review_target or 0), reviewed_count > 0
            status = DONE if done else OVERDUE if now > a.due else IN_PROGRESS if started else NOT_STARTED
            found[student_id, a.pk] = Progress(a, status, score, reviewed_count, open_id)
    return found


@dataclass
class LessonCell:
    """A student's standing on one lesson: best quiz score and mastery of its cards."""

    lesson: Lesson
    best: int | None = None
    cards: int = 0
    mastered: int = 0

    @property
    def mastery(self) -> int | None:
        return round(100 * self.mastered / self.cards) if self.cards else None


def best_scores(student_ids: list[int], lesson_ids: list[int]) -> dict[tuple[int, int], int]:
    """The best finished score of each student in a quiz on one lesson alone (mixed quizzes aside)."""
    through = Attempt.lessons.through
    single = through.objects.filter(attempt__user_id__in=student_ids).values("attempt_id").annotate(n=Count("lesson_id")).filter(n=1)
    rows = (
        through.objects.filter(attempt__user_id__in=student_ids, lesson_id__in=lesson_ids, attempt__finished_at__isnull=False,
                               attempt__total__gt=0, attempt_id__in=single.values("attempt_id"))  # fmt: skip
        .values("attempt__user_id", "lesson_id")
        .annotate(best=Max(Cast("attempt__correct", FloatField()) / F("attempt__total")))
    )
    return {(row["attempt__user_id"], row["lesson_id"]): _percent(row["best"]) for row in rows}


def card_counts(student_ids: list[int], lessons: list[Lesson]) -> dict[tuple[int, int], tuple[int, int]]:
    """(cards, mastered cards) of each student on each lesson. A lesson's questions are those of
    the passages it cites and of the passages on its topic, as for its quiz."""
    lesson_ids = [lesson.pk for lesson in lessons]
    by_topic = defaultdict(set)
    for lesson in lessons:
        by_topic[lesson.topic_id].add(lesson.pk)
    lessons_of = defaultdict(set)
    for passage_id, lesson_id in Citation.objects.filter(lesson_id__in=lesson_ids).values_list("passage_id", "lesson_id"):
        lessons_of[passage_id].add(lesson_id)
    for passage_id, topic_id in Passage.topics.through.objects.filter(topic_id__in=list(by_topic)).values_list("passage_id", "topic_id"):
        lessons_of[passage_id] |= by_topic[topic_id]
    rows = (
        Card.objects.filter(user_id__in=student_ids, suspended=False, question__passage_id__in=list(lessons_of))
        .values("user_id", "question__passage_id")
        .annotate(n=Count("pk"), mastered=Count("pk", filter=Q(state=Card.State.REVIEW, stability__gte=MASTERED_DAYS)))
    )
    counts = defaultdict(lambda: (0, 0))
    for row in rows:
        for lesson_id in lessons_of[row["question__passage_id"]]:
            cards, mastered = counts[row["user_id"], lesson_id]
            counts[row["user_id"], lesson_id] = (cards + row["n"], mastered + row["mastered"])
    return counts


def lesson_cells(student_ids: list[int], lessons: list[Lesson]) -> dict[int, list[LessonCell]]:
    """For each student, a cell per lesson, in the lessons' order."""
    if not student_ids or not lessons:
        return {student_id: [] for student_id in student_ids}
    scores = best_scores(student_ids, [lesson.pk for lesson in lessons])
    counts = card_counts(student_ids, lessons)
    return {
        student_id: [LessonCell(lesson, scores.get((student_id, lesson.pk)), *counts[student_id, lesson.pk]) for lesson in lessons]
        for student_id in student_ids
    }


def class_lessons(classroom: Classroom) -> list[Lesson]:
    """The lessons a class dashboard shows: the published ones and any its assignments name."""
    return list(Lesson.objects.filter(Q(status=Lesson.Status.PUBLISHED) | Q(assignments__classroom=classroom)).distinct().order_by("order", "title"))


@dataclass
class StudentRow:
    student: object
    name: str
    progress: list[Progress]
    lessons: list[LessonCell]

    @property
    def overdue(self) -> int:
        return sum(p.is_overdue for p in self.progress)


@dataclass
class AssignmentSummary:
    assignment: Assignment
    done: int
    overdue: int
    students: int

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.students) if self.students else 0


@dataclass
class Dashboard:
    classroom: Classroom
    students: list[StudentRow]
    assignments: list[AssignmentSummary]
    lessons: list[Lesson]
    behind: int = field(init=False)

    def __post_init__(self):
        self.behind = sum(1 for row in self.students if row.overdue)


def dashboard(classroom: Classroom, now: datetime) -> Dashboard:
    """The class at a glance: who is behind first, then by name."""
    students = [m.student for m in Membership.objects.filter(classroom=classroom).select_related("student")]
    ids = [s.pk for s in students]
    assignments = list(classroom.assignments.select_related("lesson"))
    lessons = class_lessons(classroom)
    found = progress(ids, assignments, now)
    cells = lesson_cells(ids, lessons)
    rows = [StudentRow(s, display_name(s), [found[s.pk, a.pk] for a in assignments], cells[s.pk]) for s in students]
    rows.sort(key=lambda row: (-row.overdue, row.name.casefold(), row.student.pk))
    summaries = [
        AssignmentSummary(a, sum(found[i, a.pk].is_done for i in ids), sum(found[i, a.pk].is_overdue for i in ids), len(ids))
        for a in assignments
    ]
    return Dashboard(classroom, rows, summaries, lessons)


REVIEW_DAYS = 30
ATTEMPTS_SHOWN = 100


@dataclass
class StudentHistory:
    row: StudentRow
    attempts: list[Attempt]
    more_attempts: bool
    per_day: list[tuple]  # (date, reviews) for the last REVIEW_DAYS days, oldest first
    peak: int
    class_assignments: dict[int, Assignment]


def student_history(classroom: Classroom, student, now: datetime) -> StudentHistory:
    """One student's work on one page: assignments, lessons, attempts and reviews per day."""
    assignments = list(classroom.assignments.select_related("lesson"))
    lessons = class_lessons(classroom)
    found = progress([student.pk], assignments, now)
    row = StudentRow(student, display_name(student), [found[student.pk, a.pk] for a in assignments], lesson_cells([student.pk], lessons)[student.pk])
    attempts = list(Attempt.objects.filter(user=student).order_by("-started_at")[: ATTEMPTS_SHOWN + 1])
    zone = ZoneInfo(zone_of(student))
    today = now.astimezone(zone).date()
    since = now - timedelta(days=REVIEW_DAYS + 1)
    counts = dict(
        ReviewLog.objects.filter(user=student, reviewed_at__gte=since)
        .annotate(day=TruncDate("reviewed_at", tzinfo=zone))
        .values("day")
        .annotate(n=Count("pk"))
        .values_list("day", "n")
    )
    per_day = [(today - timedelta(days=d), counts.get(today - timedelta(days=d), 0)) for d in range(REVIEW_DAYS - 1, -1, -1)]
    return StudentHistory(
        row=row, attempts=attempts[:ATTEMPTS_SHOWN], more_attempts=len(attempts) > ATTEMPTS_SHOWN, per_day=per_day,
        peak=max([n for _, n in per_day] + [1]), class_assignments={a.pk: a for a in assignments},
    )  # fmt: skip


def for_student(user, now: datetime) -> list[tuple[Classroom, list[Progress]]]:
    """The student's classes, each with the student's progress on its assignments."""
    classrooms = list(Classroom.objects.joined_by(user).select_related("instructor"))
    assignments = list(Assignment.objects.filter(classroom__in=classrooms).select_related("lesson"))
    found = progress([user.pk], assignments, now)
    by_class = defaultdict(list)
    for a in assignments:
        by_class[a.classroom_id].append(found[user.pk, a.pk])
    return [(c, by_class[c.pk]) for c in classrooms]


def for_home(user, now: datetime) -> list[Progress]:
    """What the student should do next: overdue work first, then what is due soonest; work
    already done stays listed until its due date passes."""
    assignments = list(Assignment.objects.for_student(user).select_related("lesson", "classroom"))
    found = progress([user.pk], assignments, now)
    current = [found[user.pk, a.pk] for a in assignments if not found[user.pk, a.pk].is_done or a.due >= now]
    current.sort(key=lambda p: (not p.is_overdue, p.is_done, p.assignment.due, p.assignment.pk))
    return current


CSV_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value) -> object:
    """A value safe to open in a spreadsheet: text that could start a formula is prefixed with '."""
    if isinstance(value, str) and value.startswith(CSV_FORMULA_STARTS):
        return "'" + value
    return value


def results_table(board: Dashboard) -> list[list]:
    """The class's results, one row per student: each assignment's status (and score or count),
    then the best score on each lesson. Every cell is safe for a spreadsheet."""
    header = ["Student", "Username"]
    for summary in board.assignments:
        a = summary.assignment
        header.append(f"{a.title} (due {a.due:%Y-%m-%d %H:%M} UTC)")
        if a.kind == Assignment.Kind.QUIZ:
            header.append(f"{a.title}: best score %")
        elif a.kind == Assignment.Kind.REVIEW:
            header.append(f"{a.title}: cards reviewed")
    header += [f"{lesson.title}: best quiz score %" for lesson in board.lessons]
    rows = [header]
    for row in board.students:
        cells = [row.name, row.student.username]
        for p in row.progress:
            cells.append(p.label)
            if p.assignment.kind == Assignment.Kind.QUIZ:
                cells.append("" if p.score is None else p.score)
            elif p.assignment.kind == Assignment.Kind.REVIEW:
                cells.append(p.reviewed)
        cells += ["" if cell.best is None else cell.best for cell in row.lessons]
        rows.append(cells)
    return [[csv_cell(value) for value in cells] for cells in rows]
