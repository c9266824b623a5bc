"""Item analysis: how each question performs across a class's attempts or everyone's."""

from django import forms
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.views.decorators.http import require_GET

from briefing.models import Lesson
from briefing.roles import instructor_required
from quizzes.forms import RejectForm
from quizzes.item_analysis import CHOICE_KINDS, DEFAULT_SORT, EASY, HARD, MIN_ATTEMPTS, SORTS, analyse_attempts, sort_items
from quizzes.models import Classroom, Question

# Across everyone's attempts, an answer that is not one of the options (typed, or an option of an
# earlier version) is shown only once several attempts gave it, so no single student's words reach
# instructors who do not teach them.
SHARED_BY_AT_LEAST = 3

ANALYSIS_PAGE_SIZE = 100


class AnalysisFilterForm(forms.Form):
    """Whose attempts, which lesson's questions, in what order. The class itself is checked by the view."""

    lesson = forms.ModelChoiceField(Lesson.objects.all(), required=False, to_field_name="slug", empty_label="All lessons",
                                    error_messages={"invalid_choice": "That lesson does not exist; choose one from the list."})  # fmt: skip
    sort = forms.ChoiceField(choices=list(SORTS.items()), required=False, label="Order",
                             error_messages={"invalid_choice": "Choose an order from the list."})  # fmt: skip

    def __init__(self, *args, classrooms, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["class"] = forms.ChoiceField(
            choices=[("", "Everyone"), *((str(c.pk), c.name) for c in classrooms)], required=False, label="Attempts of",
        )  # fmt: skip
        self.order_fields(["class", "lesson", "sort"])

    def clean_sort(self) -> str:
        return self.cleaned_data["sort"] or DEFAULT_SORT


def _get_classroom(request: HttpRequest) -> Classroom | None:
    """The class named by ?class=, if the user teaches it; another instructor's class (or a malformed id) is 404."""
    value = request.GET.get("class", "")
    if not value:
        return None
    if not (value.isascii() and value.isdigit() and len(value) <= 18):
        raise Http404("No such class.")
    return get_object_or_404(Classroom, pk=int(value), instructor=request.user)


@instructor_required
@require_GET
def item_analysis(request: HttpRequest) -> HttpResponse:
    classroom = _get_classroom(request)
    form = AnalysisFilterForm(request.GET, classrooms=Classroom.objects.filter(instructor=request.user))
    lesson, order = None, DEFAULT_SORT
    items, attempts = [], 0
    if form.is_valid():
        lesson, order = form.cleaned_data["lesson"], form.cleaned_data["sort"]
        figures, attempts = analyse_attempts(classroom=classroom, lesson=lesson)
        items = sort_items(figures.values(), order)
    page = Paginator(items, ANALYSIS_PAGE_SIZE).get_page(request.GET.get("page"))
    shown = {q.pk: q for q in Question.objects.filter(pk__in=[s.question_id for s in page.object_list]).select_related("current")}
    table = []
    for stats in page.object_list:
        question = shown[stats.question_id]
        version = question.current
        shared = 1 if classroom else SHARED_BY_AT_LEAST
        choices = stats.choices(version.options, version.answer, at_least=shared) if version and stats.kind in CHOICE_KINDS else []
        wrong = stats.wrong_answers(at_least=shared)
        table.append({"q": question, "stats": stats, "choices": choices, "wrong_answers": wrong})
    context = {
        "shared_by_at_least": None if classroom else SHARED_BY_AT_LEAST,
        "form": form,
        "classroom": classroom,
        "lesson": lesson,
        "order": order,
        "order_label": SORTS[order].lower(),
        "table": table,
        "page": page,
        "total": page.paginator.count,
        "attempts": attempts,
        "min_attempts": MIN_ATTEMPTS,
        "easy": EASY,
        "hard": HARD,
        "reject_form": RejectForm(),
        "next": request.get_full_path(),
    }
    if request.htmx:
        return render(request, "quizzes/item_analysis.html#results", context)
    return render(request, "quizzes/item_analysis.html", context)
