"""Students' quizzes: start an attempt, answer one question at a time, read the results."""

import re
from collections import defaultdict

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db.models import Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from briefing import pagecache
from briefing.models import SOURCE_BULK_FIELDS, Lesson, Topic, is_instructor
from briefing.pagecache import cached_page
from quizzes import attempts
from quizzes.models import Attempt, AttemptItem, Classroom, Membership, Question


class QuizSettingsForm(forms.Form):
    length = forms.TypedChoiceField(
        choices=[(n, f"{n} questions") for n in attempts.LENGTHS], coerce=int, initial=attempts.DEFAULT_LENGTH, label="Length",
        error_messages={"required": "Choose how many questions the quiz should have.",
                        "invalid_choice": "Select a valid choice: " + ", ".join(map(str, attempts.LENGTHS)) + " questions."},
    )  # fmt: skip
    mode = forms.ChoiceField(choices=Attempt.Mode.choices, initial=Attempt.Mode.PRACTICE, widget=forms.RadioSelect, label="Mode",
                             error_messages={"required": "Choose practice or test.", "invalid_choice": "Select a valid choice: practice or test."})  # fmt: skip
    time_limit = forms.IntegerField(min_value=1, max_value=120, required=False, label="Time limit in minutes (test mode, optional)")


class MixedQuizForm(QuizSettingsForm):
    lessons = forms.ModelMultipleChoiceField(Lesson.objects.none(), required=False, widget=forms.CheckboxSelectMultiple, to_field_name="slug")
    topics = forms.ModelMultipleChoiceField(Topic.objects.all(), required=False, widget=forms.CheckboxSelectMultiple, to_field_name="slug")

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lessons"].queryset = Lesson.objects.visible_to(user)
        self.order_fields(["lessons", "topics", "length", "mode", "time_limit"])

    def clean(self):
        data = super().clean()
        if not data.get("lessons") and not data.get("topics"):
            raise forms.ValidationError("Choose at least one lesson or topic to draw questions from.")
        return data


def _start(request: HttpRequest, form: QuizSettingsForm, questions, title: str, lessons) -> HttpResponse | None:
    """Start an attempt and go to its first question; None (with a message) if nothing can be drawn."""
    data = form.cleaned_data
    attempt = attempts.start_attempt(request.user, questions, title=title, lessons=lessons, mode=data["mode"],
                                     length=data["length"], time_limit=data.get("time_limit"), now=timezone.now())  # fmt: skip
    if not attempt.total:
        attempt.delete()
        messages.error(request, "There are no published questions for that choice yet. Try another lesson or topic.")
        return None
    if note := attempts.shortfall(attempt.total, data["length"]):
        messages.info(request, note)
    return redirect("attempt_question", attempt.pk, 1)


@login_required
@require_http_methods(["GET", "POST"])
def lesson_quiz(request: HttpRequest, slug: str) -> HttpResponse:
    lesson = get_object_or_404(Lesson.objects.visible_to(request.user).select_related("topic"), slug=slug)
    questions = Question.objects.for_lesson(lesson)
    form = QuizSettingsForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        response = _start(request, form, questions, f"Quiz: {lesson.title}", [lesson])
        if response:
            return response
    available = questions.live().count()
    return render(request, "quizzes/quiz_start.html", {"form": form, "lesson": lesson, "available": available})


@login_required
@require_http_methods(["GET", "POST"])
def mixed_quiz(request: HttpRequest) -> HttpResponse:
    form = MixedQuizForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        lessons, topics = list(form.cleaned_data["lessons"]), list(form.cleaned_data["topics"])
        questions = Question.objects.for_lessons(lessons, topics)
        names = [lesson.title for lesson in lessons] + [topic.name for topic in topics]
        title = "Mixed quiz: " + ", ".join(names)
        response = _start(request, form, questions, title[:300], lessons)
        if response:
            return response
    return render(request, "quizzes/quiz_start.html", {"form": form, "mixed": True})


def _get_attempt_for_user(request: HttpRequest, pk: int, *, read_only: bool = False) -> Attempt:
    """The attempt if it is the user's own; to read only, also if the user teaches a class the
    student belongs to. Anyone else gets 404."""
    if not read_only or not is_instructor(request.user):
        return get_object_or_404(Attempt.objects.select_related("user"), pk=pk, user=request.user)
    taught = Membership.objects.filter(classroom__instructor=request.user).values("student")
    return get_object_or_404(Attempt.objects.select_related("user").filter(Q(user=request.user) | Q(user__in=taught)), pk=pk)


def _not_finished_for_instructor(request: HttpRequest, attempt: Attempt) -> HttpResponse:
    """An instructor who opens a student's attempt before it is finished goes back to the student's page."""
    messages.info(request, "This quiz is not finished yet: its results appear once the student finishes it.")
    classroom = Classroom.objects.taught_by(request.user).filter(memberships__student=attempt.user_id).first()
    return redirect("class_student", classroom.pk, attempt.user_id)


def _items(attempt: Attempt):
    return attempt.items.select_related("version__question__passage__source").order_by("position")


@login_required
@require_GET
def attempt_detail(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _get_attempt_for_user(request, pk, read_only=True)
    if attempt.user_id != request.user.pk:
        return redirect("attempt_results", attempt.pk) if attempt.is_finished else _not_finished_for_instructor(request, attempt)
    if attempt.is_finished or attempts.is_overdue(attempt, timezone.now()):
        return redirect("attempt_results", attempt.pk)
    next_item = attempt.items.filter(answered_at__isnull=True).order_by("position").first()
    return redirect("attempt_question", attempt.pk, next_item.position if next_item else attempt.total)


def explanation_html(version) -> str:
    """The supporting sentence, escaped, with the words that answer the question marked.

    The marked words are the answer's span in the passage (so a true-or-false or
    which-partner question marks the fact itself), or else the answer text.
    """
    question = version.question
    span = question.passage.text[question.answer_start : question.answer_end]
    sentence = version.explanation
    for needle in (span, version.answer if isinstance(version.answer, str) else ""):
        match = re.search(re.escape(needle), sentence, flags=re.IGNORECASE) if needle else None
        if match:
            return format_html("{}<mark>{}</mark>{}", sentence[: match.start()], match[0], sentence[match.end() :])
    return format_html("{}", sentence)


def lesson_links(passages) -> dict[int, tuple[Lesson, str] | None]:
    """For each passage, the published lesson to go back to and the link into it: the place
    where the lesson cites the passage, else the lesson on one of its topics."""
    lessons = list(Lesson.objects.filter(status=Lesson.Status.PUBLISHED).prefetch_related("citations"))
    found = {}
    for passage in passages:
        citing = [(lesson, f"{lesson.get_absolute_url()}#cite-{c.number}") for lesson in lessons
                  for c in lesson.citations.all() if c.passage_id == passage.pk]  # fmt: skip
        topic_ids = {t.pk for t in passage.topics.all()}
        on_topic = [(lesson, lesson.get_absolute_url()) for lesson in lessons if lesson.topic_id in topic_ids]
        found[passage.pk] = (citing or on_topic or [None])[0]
    return found


def _feedback_context(item: AttemptItem, lesson_link: tuple[Lesson, str] | None) -> dict:
    passage = item.version.question.passage
    lesson, lesson_url = lesson_link or (None, "")
    return {"explanation": explanation_html(item.version), "passage": passage, "source": passage.source,
            "lesson": lesson, "lesson_url": lesson_url}  # fmt: skip


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _field(request: HttpRequest, name: str) -> str:
    """A submitted value without control characters (PostgreSQL refuses NUL in JSON), at most 500 characters."""
    return _CONTROL.sub("", request.POST.get(name, ""))[:500]


def _read_response(request: HttpRequest, item: AttemptItem):
    """The student's answer from the form, in the shape the grader expects, or raise ValueError with a message."""
    kind = item.version.question.type
    if kind == Question.Type.TIMELINE:
        positions = {}
        for n, event in enumerate(item.options):
            value = _field(request, f"position-{n}")
            if not (value.isascii() and value.isdigit() and len(value) < 4):
                raise ValueError("Give every event a position.")
            positions[event] = int(value)
        if sorted(positions.values()) != list(range(1, len(item.options) + 1)):
            raise ValueError("Give each event a different position, from 1 to %d." % len(item.options))
        return sorted(positions, key=positions.get)
    if kind == Question.Type.MATCHING:
        lefts = [left for left, _ in item.version.answer]
        chosen = {left: _field(request, f"match-{n}") for n, left in enumerate(lefts)}
        if not all(chosen.values()):
            raise ValueError("Match every item before submitting.")
        return chosen
    value = _field(request, "answer")
    if not value.strip():
        raise ValueError("Type or choose an answer first.")
    return value


def _go(request: HttpRequest, name: str, *args) -> HttpResponse:
    """Redirect; an htmx request is told to load the page itself rather than swap it in."""
    url = reverse(name, args=args)
    return HttpResponseClientRedirect(url) if request.htmx else redirect(url)


@login_required
@require_http_methods(["GET", "POST"])
@cached_page
def attempt_question(request: HttpRequest, pk: int, position: int) -> HttpResponse:
    attempt = _get_attempt_for_user(request, pk)
    item = get_object_or_404(_items(attempt).defer(*(f"version__question__passage__source__{name}" for name in SOURCE_BULK_FIELDS)),
                             position=position)  # fmt: skip
    now = timezone.now()
    error = ""
    if request.method == "POST":
        try:
            response = _read_response(request, item)
        except ValueError as problem:
            error = str(problem)
        else:
            item, outcome = attempts.answer(item.pk, response, now)
            if outcome == "overdue":
                messages.error(request, "Time is up: the attempt was finished when the time limit ran out.")
                return _go(request, "attempt_results", attempt.pk)
            if outcome == "finished":
                messages.info(request, "This attempt is already finished; answers can no longer change.")
                return _go(request, "attempt_results", attempt.pk)
            if outcome == "already":
                messages.info(request, "You already answered this question; your first answer stands.")
            if attempt.mode == Attempt.Mode.TEST:
                following = attempt.items.filter(position__gt=position, answered_at__isnull=True).order_by("position").first()
                return _go(request, "attempt_question", attempt.pk, following.position if following else position)
            if not request.htmx or outcome == "already":
                return _go(request, "attempt_question", attempt.pk, position)
    elif attempt.is_finished:
        return redirect("attempt_results", attempt.pk)
    if attempts.is_overdue(attempt, now):
        attempts.finish(attempt, now)
        return redirect("attempt_results", attempt.pk)
    if attempt.deadline:
        pagecache.dont_keep(request)  # its timer counts down
    answered = attempt.items.filter(answered_at__isnull=False).count()
    context = {
        "attempt": attempt,
        "item": item,
        "question": item.version.question,
        "error": error,
        "answered": answered,
        "show_feedback": attempt.mode == Attempt.Mode.PRACTICE and item.is_answered,
        "next_position": position + 1 if position < attempt.total else None,
        "seconds_left": max(0, int((attempt.deadline - now).total_seconds())) if attempt.deadline else None,
    }
    if context["show_feedback"]:
        passage = item.version.question.passage
        context |= _feedback_context(item, lesson_links([passage])[passage.pk])
    if request.htmx and request.method == "POST":
        return render(request, "quizzes/attempt_question.html#question", context)
    return render(request, "quizzes/attempt_question.html", context, status=422 if error else 200)


@login_required
@require_POST
def attempt_finish(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _get_attempt_for_user(request, pk)
    attempts.finish(attempt, timezone.now())
    return redirect("attempt_results", attempt.pk)


@login_required
@require_GET
def attempt_results(request: HttpRequest, pk: int) -> HttpResponse:
    attempt = _get_attempt_for_user(request, pk, read_only=True)
    if not attempt.is_finished:
        if attempt.user_id != request.user.pk:
            return _not_finished_for_instructor(request, attempt)
        if not attempts.is_overdue(attempt, timezone.now()):
            return redirect("attempt_detail", attempt.pk)
        attempts.finish(attempt, timezone.now())
    items = list(_items(attempt).prefetch_related(Prefetch("version__question__passage__topics")))
    by_topic: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in items:
        for topic in item.version.question.passage.topics.all():
            by_topic[topic.name][0] += bool(item.is_correct)
            by_topic[topic.name][1] += 1
    breakdown = sorted(((name, right, total, round(100 * right / total)) for name, (right, total) in by_topic.items()), key=lambda r: r[3])
    links = lesson_links(item.version.question.passage for item in items)
    review = [(item, _feedback_context(item, links[item.version.question.passage_id])) for item in items]
    weakest = [row for row in breakdown if row[3] < 80][:2]
    study_next = Lesson.objects.filter(topic__name__in=[row[0] for row in weakest], status=Lesson.Status.PUBLISHED)
    retake = attempt.lessons.first()
    return render(request, "quizzes/attempt_results.html", {
        "attempt": attempt, "review": review, "breakdown": breakdown, "study_next": study_next, "retake": retake,
        "own": attempt.user_id == request.user.pk,
    })  # fmt: skip


@login_required
@require_GET
def attempt_history(request: HttpRequest) -> HttpResponse:
    finished = list(Attempt.objects.for_user(request.user).filter(finished_at__isnull=False).order_by("-finished_at")[:50])
    unfinished = Attempt.objects.for_user(request.user).filter(finished_at__isnull=True).order_by("-started_at")[:10]
    recent = [a.percent for a in reversed(finished[:5])]
    earlier = [a.percent for a in reversed(finished[5:10])]
    trend = None
    if recent and earlier:
        trend = round(sum(recent) / len(recent) - sum(earlier) / len(earlier))
    return render(request, "quizzes/attempt_history.html", {"finished": finished, "unfinished": unfinished, "trend": trend})
