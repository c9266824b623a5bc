from django import forms
from django.contrib import messages
from django.contrib.auth import login
from django.contrib.auth.forms import UserCreationForm
from django.db.models import Count, Prefetch, Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.views.decorators.http import require_GET, require_http_methods

from briefing import auth
from briefing.models import Lesson, LessonRead, Passage, Source, Topic, is_instructor
from briefing.pagecache import cached_page
from briefing.roles import instructor_required


@require_GET
def health(request: HttpRequest) -> HttpResponse:
    """A bare page for load balancers and for the load benchmark's baseline."""
    return HttpResponse("ok", content_type="text/plain")


@require_GET
def home(request: HttpRequest) -> HttpResponse:
    lessons = Lesson.objects.visible_to(request.user).select_related("topic")
    sources = Source.objects.annotate(passage_count=Count("passages"))
    context = {"lessons": lessons, "sources": sources}
    if request.user.is_authenticated:
        from quizzes import classes
        from quizzes.progress import where_to_continue

        context |= where_to_continue(request.user, timezone.now())
        context |= {"class_work": classes.for_home(request.user, timezone.now())[: classes.HOME_LIMIT], "zone": classes.zone_of(request.user)}
    return render(request, "briefing/home.html", context)


@require_GET
def source_list(request: HttpRequest) -> HttpResponse:
    sources = Source.objects.annotate(passage_count=Count("passages", distinct=True), note_count=Count("notes", distinct=True))
    return render(request, "briefing/source_list.html", {"sources": sources})


@require_GET
def source_detail(request: HttpRequest, slug: str) -> HttpResponse:
    source = get_object_or_404(Source, slug=slug)
    passages = source.passages.prefetch_related("topics")
    if is_instructor(request.user):  # questions made from a passage's earlier text, waiting for review
        passages = passages.annotate(stale_count=Count("questions", filter=Q(questions__status="stale")))
    notes = list(source.notes.all())
    context = {"source": source, "passages": passages, "notes": notes, "note_numbers": {n.number for n in notes}}
    return render(request, "briefing/source_detail.html", context)


@require_GET
def passage_detail(request: HttpRequest, slug: str, ordinal: int) -> HttpResponse:
    """A passage's permalink: the passage in context and what cites it. htmx gets just the card."""
    passage = get_object_or_404(Passage.objects.select_related("source").prefetch_related("topics"), source__slug=slug, ordinal=ordinal)
    context = {"passage": passage, "source": passage.source}
    if request.htmx:
        return render(request, "briefing/passage_detail.html#card", context)
    neighbours = passage.source.passages.filter(ordinal__range=(ordinal - 1, ordinal + 1))
    citing = Lesson.objects.visible_to(request.user).filter(citations__passage=passage).distinct()
    context |= {"neighbours": neighbours, "citing": citing, "note_numbers": set(passage.source.notes.values_list("number", flat=True))}
    return render(request, "briefing/passage_detail.html", context)


@require_GET
def lesson_list(request: HttpRequest) -> HttpResponse:
    topics = Topic.objects.prefetch_related(
        Prefetch("lessons", queryset=Lesson.objects.visible_to(request.user).annotate(citation_count=Count("citations")))
    )
    return render(request, "briefing/lesson_list.html", {"topics": topics})


def _citation_linker():
    """Draws citation marks; the first mark of each number is the anchor #cite-N that quiz
    feedback links to, so a student lands on the sentence that uses the passage."""
    anchored: set[int] = set()

    def link(passage: Passage, number: int, occurrence: int, punctuation: str) -> str:
        url = passage.get_absolute_url()
        panel = f"cite-panel-{occurrence}"
        anchor = f"cite-{number}" if number not in anchored else f"cite-{number}-{occurrence}"
        anchored.add(number)
        return format_html(
            '<sup class="cite" id="{}"><a href="{}" hx-get="{}" hx-target="#{}" aria-controls="{}" aria-expanded="false"'
            ' aria-label="Source {}: {}, passage {}">[{}]</a></sup>{}<span class="cite-panel" id="{}" aria-live="polite"></span>',
            anchor, url, url, panel, panel, number, passage.source.title, passage.ordinal, number, punctuation, panel,
        )  # fmt: skip

    return link


@require_GET
@cached_page
def lesson_detail(request: HttpRequest, slug: str) -> HttpResponse:
    lesson = get_object_or_404(Lesson.objects.visible_to(request.user).select_related("topic"), slug=slug)
    if request.user.is_authenticated:  # what a reading assignment asks for; only the first visit is kept
        LessonRead.objects.get_or_create(user=request.user, lesson=lesson, defaults={"read_at": timezone.now()})
    rendered = lesson.render(_citation_linker(), cache_as="page")
    references = [(n, rendered.found[ref]) for n, ref in enumerate(rendered.refs, start=1) if ref in rendered.found]
    return render(
        request,
        "briefing/lesson_detail.html",
        {"lesson": lesson, "body": rendered.html, "references": references, "missing": rendered.missing},
    )


class SignupForm(UserCreationForm):
    first_name = forms.CharField(label="Your name", max_length=150, required=False, help_text="Shown to your instructors.")

    class Meta(UserCreationForm.Meta):
        fields = ["username", "first_name"]


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("home")
    form = SignupForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user, backend=auth.BACKEND)
        messages.success(request, f"Welcome, {user.first_name or user.username}. Start with the overview lesson below.")
        return redirect(reverse("home"))
    return render(request, "registration/signup.html", {"form": form})


@instructor_required
@require_GET
def instructor_home(request: HttpRequest) -> HttpResponse:
    """Where an instructor starts: their classes, the work waiting for review, and the tools."""
    from quizzes.models import Classroom, Question

    context = {
        "classrooms": Classroom.objects.filter(instructor=request.user).annotate(student_count=Count("memberships")),
        "pending_count": Question.objects.filter(status__in=[Question.Status.PENDING, Question.Status.STALE]).count(),
        "draft_lessons": Lesson.objects.filter(status=Lesson.Status.DRAFT),
    }
    return render(request, "briefing/instructor_home.html", context)
