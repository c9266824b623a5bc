"""Classes: instructors create them and set assignments; students join with a code."""

import csv

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.http import content_disposition_header
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from briefing.models import Lesson
from briefing.roles import instructor_required
from quizzes import attempts, classes
from quizzes.forms import AssignmentForm, ClassroomForm, JoinForm, default_due
from quizzes.models import Assignment, Attempt, Classroom, Membership, Question

# Students ------------------------------------------------------------------------------


def _get_membership(request: HttpRequest, pk: int) -> Membership:
    """The user's membership of the class; 404 if they are not in it."""
    return get_object_or_404(Membership.objects.select_related("classroom"), classroom_id=pk, student=request.user)


@login_required
@require_GET
def class_list(request: HttpRequest) -> HttpResponse:
    context = {"classrooms": classes.for_student(request.user, timezone.now()), "form": JoinForm(), "zone": classes.zone_of(request.user)}
    return render(request, "quizzes/classes/classes.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def class_join(request: HttpRequest) -> HttpResponse:
    """Join with a code; a link may carry the code (?code=…) to fill the form, which still needs a click."""
    if request.method == "GET":
        form = JoinForm(initial={"code": request.GET.get("code", "")[:40]})
        return render(request, "quizzes/classes/join.html", {"form": form})
    form = JoinForm(request.POST)
    if form.is_valid():
        classroom = form.classroom
        if classroom.instructor_id == request.user.pk:
            messages.info(request, f"You teach “{classroom.name}”: give the code to your students to join it.")
            return redirect(classroom)
        if classroom.join(request.user):
            messages.success(request, f"You joined “{classroom.name}”. Its assignments are below.")
        else:
            messages.info(request, f"You are already in “{classroom.name}”.")
        return redirect("classes")
    return render(request, "quizzes/classes/join.html", {"form": form})


@login_required
@require_http_methods(["GET", "POST"])
def class_leave(request: HttpRequest, pk: int) -> HttpResponse:
    membership = _get_membership(request, pk)
    classroom = membership.classroom
    if request.method == "POST":
        membership.delete()
        messages.success(request, f"You left “{classroom.name}”. Your quizzes and cards stay yours; rejoin any time with the code.")
        return redirect("classes")
    return render(request, "quizzes/classes/confirm.html", {
        "title": f"Leave “{classroom.name}”?", "action": "Leave the class", "cancel": reverse("classes"),
        "explanation": "Your instructor will no longer see your work, and its assignments leave your home page. "
                       "You can join again with the class's code.",
    })  # fmt: skip


@login_required
@require_POST
def assignment_start(request: HttpRequest, pk: int) -> HttpResponse:
    """Start a quiz assignment with its settings, or continue the attempt already started for it."""
    assignment = get_object_or_404(
        Assignment.objects.for_student(request.user).select_related("lesson"), pk=pk, kind=Assignment.Kind.QUIZ
    )
    lesson = assignment.lesson
    open_attempt = Attempt.objects.filter(user=request.user, assignment=assignment, finished_at__isnull=True).order_by("-started_at").first()
    if open_attempt:
        return redirect(open_attempt)
    if lesson is None or not Lesson.objects.visible_to(request.user).filter(pk=lesson.pk).exists():
        messages.error(request, "This quiz's lesson is not available any more. Ask your instructor to set another.")
        return redirect("classes")
    with transaction.atomic():
        attempt = attempts.start_attempt(request.user, Question.objects.for_lesson(lesson), title=f"Quiz: {lesson.title}", lessons=[lesson],
                                         mode=assignment.mode, length=assignment.length, time_limit=assignment.time_limit, now=timezone.now())  # fmt: skip
        if not attempt.total:
            attempt.delete()
            messages.error(request, "This lesson has no published questions yet. Tell your instructor; try again later.")
            return redirect("classes")
        attempt.assignment = assignment
        attempt.save(update_fields=["assignment"])
    if note := attempts.shortfall(attempt.total, assignment.length, assigned=True):
        messages.info(request, note)
    return redirect("attempt_question", attempt.pk, 1)


# Instructors -----------------------------------------------------------------------------


def _get_classroom_for_instructor(request: HttpRequest, pk: int) -> Classroom:
    """The class if the user teaches it; anyone else's gets 404."""
    return get_object_or_404(Classroom.objects.taught_by(request.user), pk=pk)


def _get_student(classroom: Classroom, student_id: int):
    """A student of the class; 404 for anyone who is not in it."""
    return get_object_or_404(get_user_model(), pk=student_id, memberships__classroom=classroom)


@instructor_required
@require_http_methods(["GET", "POST"])
def class_create(request: HttpRequest) -> HttpResponse:
    form = ClassroomForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        form.instance.instructor = request.user
        classroom = form.save()
        messages.success(request, f"Created “{classroom.name}”. Give your students its join code: {classroom.code_display}.")
        return redirect(classroom)
    return render(request, "quizzes/classes/class_form.html", {"form": form})


@instructor_required
@require_GET
def class_detail(request: HttpRequest, pk: int) -> HttpResponse:
    """The class dashboard."""
    classroom = _get_classroom_for_instructor(request, pk)
    board = classes.dashboard(classroom, timezone.now())
    join_url = request.build_absolute_uri(reverse("class_join")) + f"?code={classroom.join_code}"
    return render(request, "quizzes/classes/dashboard.html", {
        "classroom": classroom, "board": board, "join_url": join_url, "zone": classes.zone_of(request.user),
        "mastered_days": classes.MASTERED_DAYS,
    })  # fmt: skip


@instructor_required
@require_GET
def class_student(request: HttpRequest, pk: int, student_id: int) -> HttpResponse:
    classroom = _get_classroom_for_instructor(request, pk)
    student = _get_student(classroom, student_id)
    history = classes.student_history(classroom, student, timezone.now())
    return render(request, "quizzes/classes/student.html", {
        "classroom": classroom, "student": student, "history": history, "row": history.row, "zone": classes.zone_of(request.user),
        "mastered_days": classes.MASTERED_DAYS,
    })  # fmt: skip


@instructor_required
@require_http_methods(["GET", "POST"])
def class_remove_student(request: HttpRequest, pk: int, student_id: int) -> HttpResponse:
    classroom = _get_classroom_for_instructor(request, pk)
    student = _get_student(classroom, student_id)
    name = classes.display_name(student)
    if request.method == "POST":
        Membership.objects.filter(classroom=classroom, student=student).delete()
        messages.success(request, f"Removed {name} from “{classroom.name}”. Change the join code if they should not rejoin.")
        return redirect(classroom)
    return render(request, "quizzes/classes/confirm.html", {
        "title": f"Remove {name} from “{classroom.name}”?", "action": "Remove the student", "cancel": reverse("class_detail", args=[pk]),
        "classroom": classroom,
        "explanation": "They leave the dashboard and stop seeing the class's assignments. Their own quizzes and cards are kept. "
                       "They could rejoin with the current code; change it afterwards to prevent that.",
    })  # fmt: skip


@instructor_required
@require_POST
def class_rotate_code(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _get_classroom_for_instructor(request, pk)
    classroom.rotate_code()
    messages.success(request, f"The new join code is {classroom.code_display}. The old one no longer works; students already in the class stay.")
    return redirect(classroom)


@instructor_required
@require_http_methods(["GET", "POST"])
def assignment_create(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _get_classroom_for_instructor(request, pk)
    now = timezone.now()
    with timezone.override(classes.zone_of(request.user)):  # the due date is entered in the instructor's time zone
        if request.method == "POST":
            form = AssignmentForm(request.POST, now=now)
            if form.is_valid():
                form.instance.classroom = classroom
                assignment = form.save()
                messages.success(request, f"Set “{assignment.title}”, due {timezone.localtime(assignment.due):%-d %B %Y, %H:%M %Z}.")
                return redirect(classroom)
        else:
            form = AssignmentForm(now=now, initial={"due": default_due(now), "kind": Assignment.Kind.READING})
        return render(request, "quizzes/classes/assignment_form.html", {"classroom": classroom, "form": form})


@instructor_required
@require_http_methods(["GET", "POST"])
def assignment_delete(request: HttpRequest, pk: int, assignment_id: int) -> HttpResponse:
    classroom = _get_classroom_for_instructor(request, pk)
    assignment = get_object_or_404(classroom.assignments.select_related("lesson"), pk=assignment_id)
    if request.method == "POST":
        title = assignment.title
        assignment.delete()
        messages.success(request, f"Deleted “{title}”. Quizzes students took for it are kept in their history.")
        return redirect(classroom)
    return render(request, "quizzes/classes/confirm.html", {
        "title": f"Delete “{assignment.title}”?", "action": "Delete the assignment", "cancel": reverse("class_detail", args=[pk]),
        "classroom": classroom,
        "explanation": "Students stop seeing it. Quizzes they already took stay in their history but no longer count for it.",
    })  # fmt: skip


@instructor_required
@require_GET
def class_results_csv(request: HttpRequest, pk: int) -> HttpResponse:
    classroom = _get_classroom_for_instructor(request, pk)
    now = timezone.now()
    board = classes.dashboard(classroom, now)
    filename = f"{slugify(classroom.name)[:60] or 'class'}-results-{now:%Y-%m-%d}.csv"
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response.write("\ufeff")  # so that spreadsheets read the file as UTF-8
    csv.writer(response).writerows(classes.results_table(board))
    return response
