import logging
import queue
import threading
from collections.abc import Callable, Iterator
from contextlib import closing

from django.contrib import messages
from django.core.paginator import Paginator
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.models import Count, Q
from django.http import Http404, HttpRequest, HttpResponse, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django_htmx.http import HttpResponseClientRedirect

from briefing.models import Source
from briefing.roles import instructor_required, redirect_back
from quizzes.forms import QuestionEditForm, QueueFilterForm, RejectForm
from quizzes.models import Question, QuestionVersion, ReviewAction

QUEUE_PAGE_SIZE = 50


def _queue_questions():
    return Question.objects.select_related("current", "passage__source").order_by("-score", "id")


def _acceptance_by_type():
    """Per question type: how many are live, waiting, rejected, and the reviewers' acceptance rate."""
    rows = Question.objects.values("type").annotate(
        live=Count("id", filter=Q(status__in=[Question.Status.PUBLISHED, Question.Status.APPROVED])),
        pending=Count("id", filter=Q(status=Question.Status.PENDING)),
        rejected=Count("id", filter=Q(status=Question.Status.REJECTED)),
        stale=Count("id", filter=Q(status=Question.Status.STALE)),
    )
    reviews = dict(
        ReviewAction.objects.values_list("question__type").annotate(n=Count("id", filter=Q(action=ReviewAction.Action.APPROVE)))
    )
    rejections = dict(
        ReviewAction.objects.values_list("question__type").annotate(n=Count("id", filter=Q(action=ReviewAction.Action.REJECT)))
    )
    labels = dict(Question.Type.choices)
    table = []
    for row in sorted(rows, key=lambda r: r["type"]):
        approved, rejected = reviews.get(row["type"], 0), rejections.get(row["type"], 0)
        rate = round(100 * approved / (approved + rejected)) if approved + rejected else None
        table.append({**row, "label": labels[row["type"]], "approved_reviews": approved, "rejected_reviews": rejected, "rate": rate})
    reasons = (
        ReviewAction.objects.filter(action=ReviewAction.Action.REJECT).values("reason").annotate(n=Count("id")).order_by("-n")
    )
    reason_labels = dict(Question.RejectReason.choices)
    return table, [(reason_labels.get(r["reason"], r["reason"]), r["n"]) for r in reasons]


@instructor_required
@require_GET
def review_queue(request: HttpRequest) -> HttpResponse:
    form = QueueFilterForm(request.GET or {"status": Question.Status.PENDING})
    questions = form.filter(_queue_questions()) if form.is_valid() else _queue_questions().none()
    page = Paginator(questions, QUEUE_PAGE_SIZE).get_page(request.GET.get("page"))
    acceptance, reasons = _acceptance_by_type()
    query = request.GET.copy()
    query.pop("page", None)
    context = {
        "form": form,
        "questions": page.object_list,
        "page": page,
        "query": query.urlencode(),
        "total": page.paginator.count,
        "acceptance": acceptance,
        "reasons": reasons,
        "reject_form": RejectForm(),
        "next": request.get_full_path(),
    }
    if request.htmx:
        return render(request, "quizzes/review_queue.html#results", context)
    return render(request, "quizzes/review_queue.html", context)


def _get_question(pk: int) -> Question:
    return get_object_or_404(Question.objects.select_related("current", "passage__source"), pk=pk)


@instructor_required
@require_POST
def decide(request: HttpRequest, pk: int) -> HttpResponse:
    """Approve or reject one question (htmx swaps the item; without JS the queue reloads)."""
    question = _get_question(pk)
    action = request.POST.get("action")
    if action == "approve":
        if question.status == Question.Status.STALE:
            messages.error(request, "This question's passage has changed; regenerate or edit it before approving.")
        else:
            question.status = Question.Status.APPROVED
            question.reject_reason = ""
            question.save(update_fields=["status", "reject_reason", "updated_at"])
            ReviewAction.objects.create(question=question, user=request.user, action=ReviewAction.Action.APPROVE)
    elif action == "reject":
        form = RejectForm({"reason": request.POST.get(f"reason-{pk}") or request.POST.get("reason"), "note": request.POST.get("note", "")})
        if not form.is_valid():
            messages.error(request, "Choose a reason for rejecting the question.")
        else:
            question.status = Question.Status.REJECTED
            question.reject_reason = form.cleaned_data["reason"]
            question.reject_note = form.cleaned_data["note"]
            question.save(update_fields=["status", "reject_reason", "reject_note", "updated_at"])
            ReviewAction.objects.create(question=question, user=request.user, action=ReviewAction.Action.REJECT,
                                        reason=form.cleaned_data["reason"], note=form.cleaned_data["note"])  # fmt: skip
    else:
        messages.error(request, "Choose approve or reject.")
    if request.htmx:
        return render(request, "quizzes/review_queue.html#item", {"q": question, "reject_form": RejectForm(), "next": request.POST.get("next", "")})
    return redirect_back(request, reverse("review_queue"))


@instructor_required
@require_POST
def bulk_approve(request: HttpRequest) -> HttpResponse:
    ids = [int(i) for i in request.POST.getlist("ids") if i.isascii() and i.isdigit() and len(i) <= 18]
    questions = Question.objects.filter(pk__in=ids).exclude(status__in=[Question.Status.STALE, Question.Status.APPROVED])
    with transaction.atomic():
        chosen = list(questions)
        Question.objects.filter(pk__in=[q.pk for q in chosen]).update(status=Question.Status.APPROVED, reject_reason="")
        ReviewAction.objects.bulk_create(ReviewAction(question=q, user=request.user, action=ReviewAction.Action.APPROVE) for q in chosen)
    if chosen:
        messages.success(request, f"Approved {len(chosen)} question{'s' if len(chosen) != 1 else ''}.")
    else:
        messages.error(request, "Select the questions to approve first (stale ones cannot be approved).")
    return redirect_back(request, reverse("review_queue"))


@instructor_required
@require_GET
def question_detail(request: HttpRequest, pk: int) -> HttpResponse:
    question = _get_question(pk)
    version = question.current
    passage = question.passage
    context = {
        "q": question,
        "version": version,
        "before": passage.text[: question.answer_start],
        "answer_text": passage.text[question.answer_start : question.answer_end],
        "after": passage.text[question.answer_end :],
        "versions": question.versions.select_related("created_by").order_by("-number"),
        "reviews": question.reviews.select_related("user"),
        "reject_form": RejectForm(),
        "next": request.get_full_path(),
    }
    return render(request, "quizzes/question_detail.html", context)


@instructor_required
@require_http_methods(["GET", "POST"])
def question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = _get_question(pk)
    form = QuestionEditForm(request.POST if request.method == "POST" else None, question=question, initial=QuestionEditForm.initial_for(question.current))
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            number = question.versions.count() + 1
            question.current = QuestionVersion.objects.create(
                question=question, number=number, created_by=request.user,
                **{k: data[k] for k in ("stem", "answer", "options", "accepted", "explanation")},
            )  # fmt: skip
            question.human_edited = True
            question.status = Question.Status.APPROVED
            question.passage_hash = question.passage.hash
            question.save()
            ReviewAction.objects.create(question=question, user=request.user, action=ReviewAction.Action.EDIT)
        messages.success(request, f"Saved version {number}; the question is approved.")
        return redirect(question)
    return render(request, "quizzes/question_edit.html", {"q": question, "form": form})


logger = logging.getLogger(__name__)


class _InBackground:
    """Runs ``work(report)`` in a thread. Iterating yields each line the work reports, as it reports
    it, and ends when the work is done; ``result`` is then what it returned (None if it failed,
    which is logged). The thread borrows the request's database connection while the request's
    thread waits on it, so the work sees the same data as the request, in the same transaction."""

    def __init__(self, work: Callable[[Callable[[str], None]], object]):
        self.work = work
        self.result = None

    def __iter__(self) -> Iterator[str]:
        lines, done = queue.SimpleQueue(), object()
        connection = connections[DEFAULT_DB_ALIAS]

        def run():
            connections[DEFAULT_DB_ALIAS] = connection
            try:
                self.result = self.work(lines.put)
            except Exception:
                logger.exception("Generating questions failed.")
            finally:
                lines.put(done)

        connection.inc_thread_sharing()
        thread = threading.Thread(target=run, name="generate-questions", daemon=True)
        thread.start()
        try:
            while (line := lines.get()) is not done:
                yield line
        finally:  # also when the browser goes away: the connection is the request's again only after the work
            thread.join()
            connection.dec_thread_sharing()


PROGRESS_PAGE = "quizzes/generation_progress.html"
_LINES, _SUMMARY = mark_safe("<!-- progress lines -->"), mark_safe("<!-- progress summary -->")


@instructor_required
@require_POST
def generate_for_source(request: HttpRequest, slug: str) -> HttpResponse:
    """Generate the questions of a source, or of one of its passages (``passage``: its number).

    A form post gets a page that lists the steps as they happen and then the summary: it is
    streamed, so it shows progress without JavaScript. An htmx post gets the summary as
    messages and is sent on to the review queue."""
    from quizzes.bank import generate_questions  # loads the text-processing libraries only when needed

    source = get_object_or_404(Source, slug=slug)
    passages, passage = source.passages.all(), None
    if "passage" in request.POST:
        number = request.POST["passage"]
        if not (number.isascii() and number.isdigit() and len(number) <= 9):
            raise Http404("No such passage.")
        passage = get_object_or_404(passages, ordinal=int(number))
        passages = passages.filter(pk=passage.pk)
    if request.htmx:
        summary = generate_questions(passages)
        for line in summary.lines():
            messages.info(request, line)
        return HttpResponseClientRedirect(f"{reverse('review_queue')}?source={source.slug}&status=")

    context = {"source": source, "passage": passage, "count": len(passages), "lines_here": _LINES, "summary_here": _SUMMARY}
    head, rest = render_to_string(PROGRESS_PAGE, context, request).split(_LINES)
    middle, tail = rest.split(_SUMMARY)  # rendered now, so that the page's CSP nonce is in the headers

    def page() -> Iterator[str]:
        yield head
        run = _InBackground(lambda report: generate_questions(passages, progress=report))
        with closing(iter(run)) as lines:  # closed at once if the browser goes away, which waits for the work
            for line in lines:
                yield render_to_string(f"{PROGRESS_PAGE}#line", {"line": line})
        yield middle
        yield render_to_string(f"{PROGRESS_PAGE}#summary", {"source": source, "summary": run.result, "failed": run.result is None})
        yield tail

    response = StreamingHttpResponse(page(), content_type="text/html; charset=utf-8")
    response["X-Accel-Buffering"] = "no"  # a proxy such as nginx passes each step on at once
    return response
