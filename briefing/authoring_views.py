"""Instructors write lessons: the editor with live preview, the citation picker and version history."""

import difflib

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse, reverse_lazy
from django.utils.text import slugify
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from briefing.citations import find_citations
from briefing.models import Lesson, LessonVersion
from briefing.roles import instructor_required
from briefing.search import search_passages, search_terms
from briefing.views import _citation_linker

MAX_LESSON_CHARS = 60_000
MAX_CITED_PASSAGES = 200
SEARCH_RESULTS = 20


def check_lesson_text(text: str) -> None:
    """What every lesson's Markdown must satisfy before it is previewed or saved."""
    if not text.strip():
        raise ValidationError("Write the lesson before saving it.")
    if len(text) > MAX_LESSON_CHARS:
        raise ValidationError(
            f"A lesson is limited to {MAX_LESSON_CHARS:,} characters and this one has {len(text):,}; split it into two lessons."
        )
    if len(find_citations(text)) > MAX_CITED_PASSAGES:
        raise ValidationError(f"A lesson may cite at most {MAX_CITED_PASSAGES} different passages; split it into two lessons.")


class LessonForm(forms.ModelForm):
    class Meta:
        model = Lesson
        fields = ["title", "summary", "topic", "status", "markdown"]
        labels = {"markdown": "Lesson text"}
        error_messages = {"markdown": {"required": "Write the lesson before saving it."}}
        widgets = {"markdown": forms.Textarea(attrs={"rows": 24, "spellcheck": "true"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Live preview: the text is sent to the preview a moment after typing stops.
        self.fields["markdown"].widget.attrs |= {
            "hx-post": reverse_lazy("lesson_preview"),
            "hx-trigger": "input changed delay:600ms",
            "hx-target": "#lesson-preview",
            "hx-swap": "outerHTML",
            "hx-sync": "this:replace",
        }

    def clean_markdown(self) -> str:
        text = self.cleaned_data["markdown"]
        check_lesson_text(text)
        return text


class NewLessonForm(LessonForm):
    slug = forms.CharField(
        label="Address", max_length=80, required=False,
        help_text="The end of the lesson's web address: lower-case letters, digits and hyphens. Leave it blank to make one from the title.",
    )  # fmt: skip

    class Meta(LessonForm.Meta):
        fields = ["title", "slug", "summary", "topic", "status", "markdown"]

    def clean(self):
        data = super().clean()
        typed = data.get("slug", "").strip()
        slug = slugify(typed or data.get("title", ""))[:80].strip("-")
        if typed and slug != typed:
            self.add_error("slug", f"Use only lower-case letters, digits and hyphens, for example “{slug or 'my-lesson'}”.")
        elif not slug and "title" in data:
            self.add_error("slug", "Type an address of letters, digits and hyphens; the title has none to make one from.")
        elif slug and Lesson.objects.filter(slug=slug).exists():
            self.add_error("slug", f"A lesson already has the address “{slug}”; choose another.")
        else:
            data["slug"] = slug
        return data


def _get_lesson(slug: str) -> Lesson:
    """Lessons are the site's shared teaching material: every instructor may edit every one."""
    return get_object_or_404(Lesson.objects.select_related("topic"), slug=slug)


def _preview_context(text: str) -> dict:
    """The lesson as students would read it, with the citations that name no passage listed."""
    if not text.strip():
        return {"preview_note": "Nothing to preview yet: write the lesson in the box above."}
    try:
        check_lesson_text(text)
    except ValidationError as error:
        return {"preview_error": " ".join(error.messages)}
    rendered = Lesson(markdown=text).render(_citation_linker())
    return {"preview_html": rendered.html, "preview_missing": [str(ref) for ref in rendered.missing]}


def _search_context(query: str) -> dict:
    terms = search_terms(query)
    return {"query": query, "terms": terms, "matches": search_passages(query, limit=SEARCH_RESULTS) if terms else []}


def _editor(request: HttpRequest, lesson: Lesson, form_class: type[LessonForm]) -> HttpResponse:
    """The editor for a new or an existing lesson. A POST saves unless its ``action`` is
    ``preview`` or ``search``: the buttons that, without JavaScript, show the preview or the
    found passages in the page, keeping what was typed."""
    if request.method != "POST":
        form = form_class(instance=lesson)
        text, query = lesson.markdown, ""
    else:
        # The form gets its own copy of the lesson, so the page keeps the saved title until a save.
        form = form_class(request.POST, instance=Lesson.objects.get(pk=lesson.pk) if lesson.pk else Lesson())
        action = request.POST.get("action", "save")
        if action == "save" and form.is_valid():
            version = form.instance.save_edit(request.user)
            messages.success(request, f"Saved “{form.instance.title}” as version {version.number}.")
            return redirect(form.instance)
        text = request.POST.get("markdown", "")
        query = request.POST.get("q", "") if action == "search" else ""
    context = {
        "lesson": lesson if lesson.pk else None,
        "form": form,
        "version_count": lesson.versions.count() if lesson.pk else 0,
        **_preview_context(text),
        **_search_context(query),
    }
    return render(request, "briefing/lesson_edit.html", context)


@instructor_required
@require_http_methods(["GET", "POST"])
def lesson_edit(request: HttpRequest, slug: str) -> HttpResponse:
    return _editor(request, _get_lesson(slug), LessonForm)


@instructor_required
@require_http_methods(["GET", "POST"])
def lesson_create(request: HttpRequest) -> HttpResponse:
    return _editor(request, Lesson(status=Lesson.Status.DRAFT), NewLessonForm)


@instructor_required
@require_POST
def lesson_preview(request: HttpRequest) -> HttpResponse:
    """The preview of the text being written: the region the editor swaps in as one types."""
    context = _preview_context(request.POST.get("markdown", ""))
    if request.htmx:
        return render(request, "briefing/lesson_preview.html#preview", context)
    return render(request, "briefing/lesson_preview.html", context)


@instructor_required
@require_GET
def passage_search(request: HttpRequest) -> HttpResponse:
    """Passages by the words in them, each with the citation that cites it."""
    context = _search_context(request.GET.get("q", ""))
    if request.htmx:
        return render(request, "briefing/passage_search.html#results", context)
    return render(request, "briefing/passage_search.html", context)


@instructor_required
@require_GET
def instructor_lessons(request: HttpRequest) -> HttpResponse:
    """Every lesson, drafts included, in reading order, with the buttons that reorder them."""
    lessons = (
        Lesson.objects.select_related("topic")
        .annotate(version_count=Count("versions", distinct=True), citation_count=Count("citations", distinct=True))
        .order_by("order", "title", "pk")
    )
    return render(request, "briefing/instructor_lessons.html", {"lessons": lessons})


@instructor_required
@require_POST
def lesson_move(request: HttpRequest, slug: str) -> HttpResponse:
    lesson = _get_lesson(slug)
    step = {"up": -1, "down": 1}.get(request.POST.get("direction", ""))
    if step is None:
        messages.error(request, "Choose whether to move the lesson up or down.")
    elif lesson.move(step):
        messages.success(request, f"Moved “{lesson.title}” {'up' if step < 0 else 'down'}; it is now number {lesson.order}.")
    else:
        messages.info(request, f"“{lesson.title}” is already {'first' if step < 0 else 'last'}.")
    return redirect(f"{reverse('instructor_lessons')}#lesson-{lesson.slug}")


def _diff(old: str, new: str, old_name: str, new_name: str) -> list[tuple[str, str]]:
    """A unified line diff as (kind, line) pairs; kind is ``add``, ``remove``, ``hunk``, ``file`` or ``same``."""
    rows = []
    for line in difflib.unified_diff(old.splitlines(), new.splitlines(), old_name, new_name, lineterm="", n=2):
        if line.startswith(("---", "+++")):
            kind = "file"
        elif line.startswith("@@"):
            kind = "hunk"
        else:
            kind = {"+": "add", "-": "remove"}.get(line[:1], "same")
        rows.append((kind, line))
    return rows


@instructor_required
@require_GET
def lesson_history(request: HttpRequest, slug: str) -> HttpResponse:
    """Earlier versions of a lesson; ``?version=N`` shows one beside the current text."""
    lesson = _get_lesson(slug)
    context = {"lesson": lesson, "versions": lesson.versions.select_related("created_by")}
    number = request.GET.get("version", "")
    if number:
        if not (number.isascii() and number.isdigit() and len(number) < 10):
            return redirect("lesson_history", slug=slug)
        shown: LessonVersion = get_object_or_404(lesson.versions.select_related("created_by"), number=int(number))
        context |= {
            "shown": shown,
            "diff": _diff(lesson.markdown, shown.markdown, "current text", f"version {shown.number}"),
            "title_changed": shown.title != lesson.title,
            "summary_changed": shown.summary != lesson.summary,
        }
    if request.htmx and number:
        return render(request, "briefing/lesson_history.html#version", context)
    return render(request, "briefing/lesson_history.html", context)


@instructor_required
@require_POST
def lesson_restore(request: HttpRequest, slug: str, number: int) -> HttpResponse:
    """Bring back an earlier version as the newest one; nothing in the history is removed."""
    lesson = _get_lesson(slug)
    version = get_object_or_404(lesson.versions, number=number)
    try:
        restored = lesson.restore(version, request.user)
    except ValidationError as error:
        messages.error(request, f"Version {number} was not restored. {' '.join(error.messages)}")
        return redirect(f"{reverse('lesson_history', args=[slug])}?version={number}")
    messages.success(request, f"Restored version {number} of “{lesson.title}”; it is now version {restored.number}.")
    return redirect("lesson_history", slug=slug)
