"""Instructors import sources in the browser and correct passages."""

from django.contrib import messages
from django.db import IntegrityError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_http_methods, require_POST

from briefing import ingest
from briefing.forms import CaptureForm, ConfirmForm, PassageForm
from briefing.importing import import_source, revise_passage, unique_slug
from briefing.models import Passage
from briefing.roles import instructor_required
from quizzes.models import Question


def _preview(request: HttpRequest, form: ConfirmForm, doc: ingest.CleanedDocument | None, capture) -> HttpResponse:
    context = {"form": form, "doc": doc, "capture": capture}
    if doc is not None:
        context["warnings"] = [*capture.warnings, *doc.warnings]
        context["sections"] = len({p.section for p in doc.passages})
    return render(request, "briefing/source_import_preview.html", context)


@instructor_required
@require_http_methods(["GET", "POST"])
def source_import(request: HttpRequest) -> HttpResponse:
    """Step one: paste or upload the article and describe it; a valid form shows the preview."""
    if request.method == "POST":
        form = CaptureForm(request.POST, request.FILES, user=request.user)
        if form.is_valid():
            data = form.cleaned_data
            initial = {**form.metadata(), "slug": data["slug"] or unique_slug(data["title"]), "capture": data["signed"]}
            return _preview(request, ConfirmForm(initial=initial, user=request.user), data["document"], data["capture"])
    else:
        form = CaptureForm(user=request.user)
    return render(request, "briefing/source_import.html", {"form": form})


@instructor_required
@require_POST
def source_import_confirm(request: HttpRequest) -> HttpResponse:
    """Step two: store the previewed source, its passages and notes, in one transaction."""
    form = ConfirmForm(request.POST, user=request.user)
    if form.is_valid():
        capture = form.cleaned_data["capture"]
        try:
            source = import_source(capture.raw, capture.fmt, form.meta(), slug=form.cleaned_data["slug"], user=request.user,
                                   warnings=capture.warnings)  # fmt: skip
        except IntegrityError:  # the slug was taken since the form was checked
            form.add_error("slug", "A source took this address name a moment ago; choose another.")
        else:
            count = source.passages.count()
            messages.success(request, f"Imported “{source.title}”: {count} passage{'s' if count != 1 else ''} and "
                                      f"{source.notes.count()} notes. Generate its questions with the button below.")  # fmt: skip
            return redirect(source)
    capture = form.cleaned_data.get("capture") if hasattr(form, "cleaned_data") else None
    return _preview(request, form, form.document, capture)


def _get_passage(slug: str, ordinal: int) -> Passage:
    return get_object_or_404(Passage.objects.select_related("source"), source__slug=slug, ordinal=ordinal)


@instructor_required
@require_http_methods(["GET", "POST"])
def passage_edit(request: HttpRequest, slug: str, ordinal: int) -> HttpResponse:
    """Correct a passage; then see the questions made from its old text, which now need review."""
    passage = _get_passage(slug, ordinal)
    if request.method == "POST":
        form = PassageForm(request.POST, passage=passage)
        if form.is_valid():
            revise_passage(passage, form.cleaned_data["text"])
            stale = passage.questions.filter(status=Question.Status.STALE).count()
            if stale:
                messages.success(request, f"Saved passage §{ordinal}. {stale} question{'s' if stale != 1 else ''} made from its "
                                          "earlier text now need review: regenerate them or review each below.")  # fmt: skip
            else:
                messages.success(request, f"Saved passage §{ordinal}. No questions were made from it, so none need review.")
            return redirect("passage_edit", slug=slug, ordinal=ordinal)
    else:
        form = PassageForm(initial={"text": passage.text}, passage=passage)
    questions = passage.questions.select_related("current")
    context = {
        "passage": passage,
        "source": passage.source,
        "form": form,
        "stale": questions.filter(status=Question.Status.STALE),
        "live_count": questions.live().count(),
    }
    return render(request, "briefing/passage_edit.html", context)
