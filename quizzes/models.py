"""The question bank: generated questions, their versions and the review of them; quizzes, cards and classes."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse

from briefing.models import Citation, Lesson, Passage
from quizzes.generation.calibrate import hold_reason


class QuestionQuerySet(models.QuerySet):
    def live(self):
        """Questions students may be asked: published automatically or approved by an instructor."""
        return self.filter(status__in=[Question.Status.PUBLISHED, Question.Status.APPROVED])

    def for_lessons(self, lessons, topics=()):
        """Questions of these lessons (their cited passages and their topics) and of these topics."""
        lesson_ids = [lesson.pk for lesson in lessons]
        topic_ids = [lesson.topic_id for lesson in lessons] + [topic.pk for topic in topics]
        # two single-table lookups: an OR across both joins multiplies citations by topics, and PostgreSQL
        # sometimes plans that product once per question
        cited = Citation.objects.filter(lesson__in=lesson_ids).values("passage_id")
        topical = Passage.topics.through.objects.filter(topic__in=topic_ids).values("passage_id")
        return self.filter(Q(passage__in=cited) | Q(passage__in=topical))

    def for_lesson(self, lesson: Lesson):
        """A question belongs to the lessons that cite its passage and to the lessons of its topics."""
        return self.for_lessons([lesson])

    def mark_stale(self) -> int:
        """Take questions out of service until they are regenerated or reviewed."""
        return self.exclude(status__in=[Question.Status.REJECTED, Question.Status.STALE]).update(status=Question.Status.STALE)

    def for_topic(self, topic_slug: str):
        return self.filter(passage__topics__slug=topic_slug).distinct()


class Question(models.Model):
    class Type(models.TextChoices):
        CLOZE = "cloze", "Fill in the blank"
        MCQ = "mcq", "Multiple choice"
        TRUEFALSE = "truefalse", "True or false"
        PARTNER = "partner", "Which partner"
        TIMELINE = "timeline", "Timeline"
        MATCHING = "matching", "Matching"

    class Status(models.TextChoices):
        PENDING = "pending", "Waiting for review"
        PUBLISHED = "published", "Published automatically"
        APPROVED = "approved", "Approved"
        REJECTED = "rejected", "Rejected"
        STALE = "stale", "Stale: its passage changed"

    class RejectReason(models.TextChoices):
        WRONG = "wrong", "The answer is wrong or not supported"
        AMBIGUOUS = "ambiguous", "More than one answer is correct"
        GIVEAWAY = "giveaway", "The prompt gives the answer away"
        TRIVIAL = "trivial", "Not worth knowing"
        DISTRACTORS = "distractors", "Wrong options are implausible or also right"
        UNCLEAR = "unclear", "Badly worded or needs context"
        OTHER = "other", "Other"

    passage = models.ForeignKey(Passage, on_delete=models.CASCADE, related_name="questions")
    type = models.CharField(max_length=10, choices=Type)
    status = models.CharField(max_length=10, choices=Status, default=Status.PENDING)
    score = models.FloatField(help_text="Quality score from the generator, 0 to 1.")
    span_type = models.CharField(max_length=20, blank=True, help_text="What kind of answer: person, country, year…")
    fact_key = models.CharField(max_length=200, help_text="The fact asked about; keeps re-runs from duplicating it.")
    generator_version = models.CharField(max_length=20)
    passage_hash = models.CharField(max_length=16, help_text="The passage's hash when the question was generated.")
    answer_start = models.PositiveIntegerField()
    answer_end = models.PositiveIntegerField()
    sentence_start = models.PositiveIntegerField()
    sentence_end = models.PositiveIntegerField()
    supports = models.JSONField(default=list, blank=True, help_text="Further passages for timeline and matching items.")
    held_because = models.JSONField(default=list, blank=True, help_text="Why the generator held it for review rather than publishing it.")
    current = models.ForeignKey("QuestionVersion", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    human_edited = models.BooleanField(default=False)
    reject_reason = models.CharField(max_length=12, choices=RejectReason, blank=True)
    reject_note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        ordering = ["passage", "type", "id"]
        constraints = [models.UniqueConstraint(fields=["passage", "type", "fact_key"], name="unique_question_fact")]
        indexes = [models.Index(fields=["status", "type"]), models.Index(fields=["score"])]

    def __str__(self) -> str:
        return f"{self.get_type_display()} on {self.passage}"

    def get_absolute_url(self) -> str:
        return reverse("question_review", args=[self.pk])

    @property
    def is_live(self) -> bool:
        return self.status in (self.Status.PUBLISHED, self.Status.APPROVED)

    @property
    def hold_reasons(self) -> list[str]:
        """Why the generator held it for review, in words for the instructor."""
        return [hold_reason(code) for code in self.held_because]


class QuestionVersion(models.Model):
    """What a question says. Editing makes a new version; answers record the version shown."""

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    stem = models.TextField()
    answer = models.JSONField()
    options = models.JSONField(default=list, blank=True)
    accepted = models.JSONField(default=list, blank=True, help_text="Other answers that count as right.")
    explanation = models.TextField()
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["question", "number"]
        constraints = [models.UniqueConstraint(fields=["question", "number"], name="unique_question_version")]

    def __str__(self) -> str:
        return f"{self.question} v{self.number}"


class ReviewAction(models.Model):
    """A log of instructors' decisions, counted for acceptance rates per type."""

    class Action(models.TextChoices):
        APPROVE = "approve", "Approved"
        REJECT = "reject", "Rejected"
        EDIT = "edit", "Edited"

    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="reviews")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    action = models.CharField(max_length=10, choices=Action)
    reason = models.CharField(max_length=12, choices=Question.RejectReason, blank=True)
    note = models.CharField(max_length=500, blank=True)
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at"]


class AttemptQuerySet(models.QuerySet):
    def for_user(self, user):
        return self.filter(user=user)


class Attempt(models.Model):
    """One sitting of a quiz. Its questions, their versions and option order are fixed at the start."""

    class Mode(models.TextChoices):
        PRACTICE = "practice", "Practice: feedback after each answer"
        TEST = "test", "Test: feedback at the end"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts")
    title = models.CharField(max_length=300)
    lessons = models.ManyToManyField(Lesson, blank=True, related_name="attempts")
    mode = models.CharField(max_length=10, choices=Mode, default=Mode.PRACTICE)
    time_limit = models.PositiveIntegerField(null=True, blank=True, help_text="Minutes; test mode only.")
    started_at = models.DateTimeField()
    deadline = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    correct = models.PositiveSmallIntegerField(default=0)
    total = models.PositiveSmallIntegerField(default=0)
    assignment = models.ForeignKey(
        "Assignment", null=True, blank=True, on_delete=models.SET_NULL, related_name="attempts",
        help_text="The class assignment this attempt was taken for, if any.",
    )  # fmt: skip

    objects = AttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-started_at"]
        indexes = [models.Index(fields=["user", "-started_at"])]

    def __str__(self) -> str:
        return f"{self.user} · {self.title} · {self.started_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("attempt_detail", args=[self.pk])

    @property
    def is_finished(self) -> bool:
        return self.finished_at is not None

    @property
    def percent(self) -> int:
        return round(100 * self.correct / self.total) if self.total else 0


class AttemptItem(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="items")
    position = models.PositiveSmallIntegerField()
    version = models.ForeignKey(QuestionVersion, on_delete=models.PROTECT, related_name="attempt_items")
    options = models.JSONField(default=list, blank=True, help_text="The choices in the order this student saw them.")
    response = models.JSONField(null=True, blank=True)
    is_correct = models.BooleanField(null=True)
    score = models.FloatField(default=0)
    feedback = models.CharField(max_length=300, blank=True)
    answered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["attempt", "position"]
        constraints = [models.UniqueConstraint(fields=["attempt", "position"], name="unique_attempt_position")]

    def __str__(self) -> str:
        return f"{self.attempt_id} #{self.position}"

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None


class StudySettings(models.Model):
    """A student's daily limits, desired retention and time zone for self-study."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="study_settings")
    new_per_day = models.PositiveSmallIntegerField(default=20, help_text="New cards introduced per day.")
    reviews_per_day = models.PositiveSmallIntegerField(default=200, help_text="Most reviews per day.")
    desired_retention = models.FloatField(default=0.9)
    time_zone = models.CharField(max_length=64, default="UTC", help_text="“Today” starts at midnight here.")
    add_missed = models.BooleanField(default=True, help_text="Put questions I miss in quizzes into my review deck.")
    parameters = models.JSONField(null=True, blank=True, help_text="FSRS parameters fitted to this student's reviews.")

    def __str__(self) -> str:
        return f"Study settings of {self.user}"


class CardQuerySet(models.QuerySet):
    def active(self):
        return self.filter(suspended=False)

    def due_for(self, user, now):
        """Cards waiting now, earliest first: one indexed range scan on (user, suspended, due)."""
        return self.filter(user=user, suspended=False, due__lte=now).order_by("due", "pk")


class Card(models.Model):
    """One student's memory of one question, scheduled by FSRS. The state lives in real columns."""

    class State(models.IntegerChoices):
        LEARNING = 1, "Learning"
        REVIEW = 2, "Review"
        RELEARNING = 3, "Relearning"

    class Origin(models.TextChoices):
        LESSON = "lesson", "Added from a lesson"
        TOPIC = "topic", "Added from a topic"
        SINGLE = "single", "Added on its own"
        MISSED = "missed", "Missed in a quiz"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="cards")
    question = models.ForeignKey(Question, on_delete=models.CASCADE, related_name="cards")
    state = models.PositiveSmallIntegerField(choices=State, default=State.LEARNING)
    step = models.PositiveSmallIntegerField(null=True, blank=True, default=0)
    stability = models.FloatField(null=True, blank=True)
    difficulty = models.FloatField(null=True, blank=True)
    due = models.DateTimeField()
    last_review = models.DateTimeField(null=True, blank=True)
    suspended = models.BooleanField(default=False)
    origin = models.CharField(max_length=8, choices=Origin, default=Origin.SINGLE)
    added_at = models.DateTimeField()
    version = models.PositiveIntegerField(default=0, help_text="Bumped by every grade; a grade for an older version is refused.")

    objects = CardQuerySet.as_manager()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "question"], name="unique_card_per_question")]
        indexes = [models.Index(fields=["user", "suspended", "due"], name="card_next_due")]

    def __str__(self) -> str:
        return f"Card {self.pk} of {self.user}"

    @property
    def is_new(self) -> bool:
        return self.last_review is None


class ReviewLog(models.Model):
    """Every grade: powers undo, statistics and parameter fitting."""

    card = models.ForeignKey(Card, on_delete=models.CASCADE, related_name="logs")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="review_logs")
    version = models.ForeignKey(QuestionVersion, null=True, on_delete=models.SET_NULL, related_name="review_logs")
    rating = models.PositiveSmallIntegerField()
    reviewed_at = models.DateTimeField()
    duration_ms = models.PositiveIntegerField(null=True, blank=True)
    was_new = models.BooleanField(default=False, help_text="The card's first review: counts against the new-cards limit.")
    state_before = models.JSONField()
    state_after = models.JSONField()

    class Meta:
        indexes = [models.Index(fields=["user", "reviewed_at", "was_new"], name="reviewlog_user_time"), models.Index(fields=["card", "-reviewed_at"], name="reviewlog_card_time")]

    def __str__(self) -> str:
        return f"{self.user} rated card {self.card_id} {self.rating}"


JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: codes are read aloud and copied by hand


def new_join_code() -> str:
    return "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(8))


def clean_join_code(text: str) -> str:
    """A code as typed (any case, with spaces or dashes) in the form it is stored."""
    return "".join(ch for ch in text.upper() if ch.isascii() and ch.isalnum())


class ClassroomQuerySet(models.QuerySet):
    def taught_by(self, user):
        return self.filter(instructor=user)

    def joined_by(self, user):
        return self.filter(memberships__student=user)


class Classroom(models.Model):
    """A class an instructor runs; students join it with its code."""

    name = models.CharField(max_length=100)
    instructor = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="classrooms_taught")
    join_code = models.CharField(max_length=8, unique=True, default=new_join_code)
    students = models.ManyToManyField(settings.AUTH_USER_MODEL, through="Membership", related_name="classrooms")
    created_at = models.DateTimeField(auto_now_add=True)

    objects = ClassroomQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("class_detail", args=[self.pk])

    @property
    def code_display(self) -> str:
        """The join code in two halves, easier to read aloud: ABCD-EFGH."""
        return f"{self.join_code[:4]}-{self.join_code[4:]}"

    def rotate_code(self) -> None:
        self.join_code = new_join_code()
        self.save(update_fields=["join_code"])

    def join(self, student) -> bool:
        """Add the student; True if they were not a member already."""
        return Membership.objects.get_or_create(classroom=self, student=student)[1]


class Membership(models.Model):
    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="memberships")
    student = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    joined_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["classroom", "student__username"]
        constraints = [models.UniqueConstraint(fields=["classroom", "student"], name="unique_membership")]

    def __str__(self) -> str:
        return f"{self.student} in {self.classroom}"


class AssignmentQuerySet(models.QuerySet):
    def for_student(self, user):
        """The assignments of the classes the user belongs to."""
        return self.filter(classroom__memberships__student=user)


class Assignment(models.Model):
    """Work set for a class: read a lesson, take a quiz on it, or review a number of cards, by a due date."""

    class Kind(models.TextChoices):
        READING = "reading", "Read a lesson"
        QUIZ = "quiz", "Take a quiz"
        REVIEW = "review", "Review cards"

    classroom = models.ForeignKey(Classroom, on_delete=models.CASCADE, related_name="assignments")
    kind = models.CharField(max_length=8, choices=Kind)
    lesson = models.ForeignKey(Lesson, null=True, blank=True, on_delete=models.CASCADE, related_name="assignments")
    length = models.PositiveSmallIntegerField(default=10, help_text="Questions in the quiz.")
    mode = models.CharField(max_length=10, choices=Attempt.Mode, default=Attempt.Mode.PRACTICE)
    time_limit = models.PositiveIntegerField(null=True, blank=True, help_text="Minutes; test mode only.")
    review_target = models.PositiveIntegerField(null=True, blank=True, help_text="Cards to review by the due date.")
    due = models.DateTimeField()
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["due", "pk"]
        indexes = [models.Index(fields=["classroom", "due"])]

    def __str__(self) -> str:
        return f"{self.classroom}: {self.title}"

    @property
    def title(self) -> str:
        if self.kind == self.Kind.REVIEW:
            return f"Review {self.review_target} cards"
        verb = "Read" if self.kind == self.Kind.READING else "Quiz on"
        return f"{verb} “{self.lesson.title}”" if self.lesson_id else self.get_kind_display()
