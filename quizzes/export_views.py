"""Downloads: Anki decks, question banks for Moodle and others, and printable quizzes.

What each file holds is decided in quizzes/exports.py; these views check who is asking, read the
form and send the file.
"""

import random

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import content_disposition_header, urlencode
from django.views.decorators.http import require_GET

from briefing.models import Lesson
from briefing.roles import instructor_required
from quizzes import attempts, exports
from quizzes.models import Question

MAX_SEED = 2**31 - 1
UNKNOWN_LESSON = "There is no lesson with that name; choose one from the list."


def _lesson_field(required: bool) -> forms.ModelChoiceField:
    return forms.ModelChoiceField(
        Lesson.objects.all(), required=required, to_field_name="slug", empty_label=None if required else "All lessons",
        error_messages={"invalid_choice": UNKNOWN_LESSON, "required": "Choose the lesson to draw the questions from."},
    )  # fmt: skip


class ExportForm(forms.Form):
    format = forms.ChoiceField(
        choices=[(f.name, f.label) for f in exports.FORMATS.values()], initial="gift",
        error_messages={"invalid_choice": "Choose one of the formats in the list: GIFT, Moodle XML, CSV or JSON.",
                        "required": "Choose a format: GIFT, Moodle XML, CSV or JSON."},
    )  # fmt: skip
    lesson = _lesson_field(required=False)


class DeckForm(forms.Form):
    lesson = _lesson_field(required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lesson"].queryset = Lesson.objects.visible_to(user)


class PrintQuizForm(forms.Form):
    lesson = _lesson_field(required=True)
    length = forms.TypedChoiceField(
        choices=[(n, f"{n} questions") for n in attempts.LENGTHS], coerce=int, initial=attempts.DEFAULT_LENGTH,
        error_messages={"invalid_choice": "Choose a length from the list.", "required": "Choose how many questions to print."},
    )  # fmt: skip
    seed = forms.IntegerField(
        required=False, min_value=0, max_value=MAX_SEED, label="Quiz number",
        help_text="Printed on the quiz and its key. Leave empty for a new draw; enter a number again to print the same quiz.",
        error_messages={"invalid": "The quiz number is a whole number, as printed on the quiz.",
                        "min_value": "The quiz number is a whole number from 0 to 2147483647.",
                        "max_value": "The quiz number is a whole number from 0 to 2147483647."},
    )  # fmt: skip


def _site_url(request: HttpRequest) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _download(fmt: exports.Format, content: str | bytes, lesson: Lesson | None) -> HttpResponse:
    response = HttpResponse(fmt.encode(content), content_type=fmt.content_type)
    response["Content-Disposition"] = content_disposition_header(True, fmt.filename(lesson.slug if lesson else None))
    return response


def _exports_page(request: HttpRequest, export_form: ExportForm | None = None, status: int = 200) -> HttpResponse:
    context = {
        "export_form": export_form or ExportForm(auto_id="export-%s"),
        "deck_form": DeckForm(user=request.user, auto_id="deck-%s"),
        "print_form": PrintQuizForm(auto_id="print-%s"),
        "live_count": Question.objects.live().count(),
        "formats": exports.FORMATS.values(),
    }
    return render(request, "quizzes/exports.html", context, status=status)


@instructor_required
@require_GET
def exports_page(request: HttpRequest) -> HttpResponse:
    return _exports_page(request)


@instructor_required
@require_GET
def export_questions_download(request: HttpRequest) -> HttpResponse:
    """The question bank as GIFT, Moodle XML, CSV or JSON; a bad choice shows the form with its error."""
    form = ExportForm(request.GET, auto_id="export-%s")
    if not form.is_valid():
        return _exports_page(request, form, status=400)
    fmt, lesson = exports.FORMATS[form.cleaned_data["format"]], form.cleaned_data["lesson"]
    content, count = exports.export(fmt, lessons=Lesson.objects.all(), lesson=lesson, site_url=_site_url(request))
    if not count:
        form.add_error(None, "No questions to export there yet: approve some in the review queue, or choose another lesson.")
        return _exports_page(request, form, status=400)
    return _download(fmt, content, lesson)


@login_required
@require_GET
def export_deck_download(request: HttpRequest) -> HttpResponse:
    """An Anki deck of the live questions of one lesson, or of every lesson the user can see."""
    form = DeckForm(request.GET, user=request.user)
    if not form.is_valid():
        raise Http404("No such lesson.")
    lesson = form.cleaned_data["lesson"]
    content, count = exports.export(exports.ANKI, lessons=Lesson.objects.visible_to(request.user), lesson=lesson,
                                    site_url=_site_url(request))  # fmt: skip
    if not count:
        messages.info(request, "There are no questions to put in a deck yet. Try again once questions are published.")
        return redirect(lesson.get_absolute_url() if lesson else reverse("lessons"))
    return _download(exports.ANKI, content, lesson)


def _paper(request: HttpRequest, template: str, *, key: bool) -> HttpResponse:
    """The printable quiz or its key, drawn from the lesson, length and seed in the address."""
    form = PrintQuizForm(request.GET or None)
    if not request.GET:
        return render(request, template, {"form": form})
    if form.is_valid() and form.cleaned_data["seed"] is None:
        if key:
            form.add_error("seed", "The key needs the quiz number printed on the quiz.")
        else:
            query = {**form.cleaned_data, "lesson": form.cleaned_data["lesson"].slug, "seed": random.SystemRandom().randrange(MAX_SEED)}
            return redirect(f"{reverse('print_quiz')}?{urlencode(query)}")
    if not form.is_valid():
        return render(request, template, {"form": form}, status=400)
    data = form.cleaned_data
    paper = exports.paper_quiz(data["lesson"], data["length"], data["seed"], site_url=_site_url(request))
    query = urlencode({"lesson": data["lesson"].slug, "length": data["length"], "seed": data["seed"]})
    redraw_query = urlencode({"lesson": data["lesson"].slug, "length": data["length"]})
    context = {"form": form, "lesson": data["lesson"], "seed": data["seed"], "paper": paper, "query": query, "redraw_query": redraw_query}
    return render(request, template, context)


@instructor_required
@require_GET
def print_quiz(request: HttpRequest) -> HttpResponse:
    return _paper(request, "quizzes/print_quiz.html", key=False)


@instructor_required
@require_GET
def print_quiz_key(request: HttpRequest) -> HttpResponse:
    return _paper(request, "quizzes/print_key.html", key=True)
