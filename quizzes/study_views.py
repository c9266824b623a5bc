"""Self-study: the deck, the daily review session, statistics and study settings."""

import time
import zoneinfo
from collections import Counter, defaultdict
from datetime import timedelta

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET, require_http_methods, require_POST

from briefing import pagecache
from briefing.models import Lesson, Topic
from briefing.pagecache import cached_page
from briefing.roles import redirect_back
from quizzes import scheduling
from quizzes.models import Card, Question, ReviewLog, StudySettings
from quizzes.views import explanation_html


@login_required
@require_POST
def add_lesson_cards(request: HttpRequest, slug: str) -> HttpResponse:
    lesson = get_object_or_404(Lesson.objects.visible_to(request.user), slug=slug)
    added = scheduling.add_cards(request.user, Question.objects.for_lesson(lesson), Card.Origin.LESSON, timezone.now())
    messages.success(request, f"Added {added} card{'s' if added != 1 else ''} from “{lesson.title}” to your deck." if added
                     else f"All of “{lesson.title}”'s cards are already in your deck.")  # fmt: skip
    return redirect_back(request, lesson.get_absolute_url())


@login_required
@require_POST
def add_topic_cards(request: HttpRequest, slug: str) -> HttpResponse:
    topic = get_object_or_404(Topic, slug=slug)
    added = scheduling.add_cards(request.user, Question.objects.for_topic(topic.slug), Card.Origin.TOPIC, timezone.now())
    messages.success(request, f"Added {added} card{'s' if added != 1 else ''} on {topic.name} to your deck.")
    return redirect_back(request, reverse("deck"))


@login_required
@require_POST
def add_card(request: HttpRequest, question_id: int) -> HttpResponse:
    question = get_object_or_404(Question.objects.live(), pk=question_id)
    added = scheduling.add_cards(request.user, Question.objects.filter(pk=question.pk), Card.Origin.SINGLE, timezone.now())
    messages.success(request, "Added the card to your deck." if added else "That card is already in your deck.")
    return redirect_back(request, reverse("deck"))


@login_required
@require_POST
def change_card(request: HttpRequest, pk: int) -> HttpResponse:
    card = get_object_or_404(Card, pk=pk, user=request.user)
    action = request.POST.get("action")
    if action == "suspend":
        card.suspended = True
        card.save(update_fields=["suspended"])
    elif action == "resume":
        card.suspended = False
        card.save(update_fields=["suspended"])
    elif action == "remove":
        card.delete()
    else:
        messages.error(request, "Choose suspend, resume or remove.")
    return redirect_back(request, reverse("deck"))


@login_required
@require_GET
def deck(request: HttpRequest) -> HttpResponse:
    cards = Card.objects.filter(user=request.user).select_related("question__current", "question__passage__source").order_by("suspended", "due")
    return render(request, "quizzes/deck.html", {"cards": cards, "topics": Topic.objects.all(), "now": timezone.now()})


def _session_context(request: HttpRequest, now, study: StudySettings | None = None) -> dict:
    study = study or scheduling.study_of(request.user)
    show = request.GET.get("show")
    session = scheduling.session(request.user, study, now, with_passage=True)  # the front names the card's source
    card = session.card
    context = {"card": card, "today": session.today, "study": study, "has_undo": session.has_undo}
    if card is None:
        upcoming = Card.objects.filter(user=request.user, suspended=False, due__gt=now).order_by("due").first()
        context["next_due"] = upcoming.due if upcoming else None
        context["deck_size"] = Card.objects.filter(user=request.user).count()
        return context
    version = card.question.current
    context |= {"version": version, "shown": show == str(card.pk), "started": pagecache.now_ms(request)}
    if context["shown"]:  # the back of the card: the answer, its passage and the grade buttons
        context |= {
            "explanation": explanation_html(version),
            "explanation_in_passage": version.explanation in card.question.passage.text,
            "passage": card.question.passage,
            "choices": scheduling.preview(card, scheduling.scheduler_for(study), now),
        }
    return context


def _keep_review_until(request: HttpRequest, context: dict, now) -> None:
    """The review page changes by itself when a card falls due and when the student's day
    starts again; the grade buttons' intervals drift slowly with the time since the last
    review, so the page is kept a minute at most. The page saying when the next card is due
    counts down, and is not kept."""
    if context["card"] is None:
        pagecache.dont_keep(request)
        return
    upcoming = Card.objects.filter(user=request.user, suspended=False, due__gt=now).order_by("due").values_list("due", flat=True).first()
    pagecache.keep_until(request, upcoming)
    pagecache.keep_until(request, scheduling.today_start(context["study"], now + timedelta(days=1)))
    pagecache.keep_until(request, now + timedelta(minutes=1))


@login_required
@require_GET
@cached_page
def review(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    context = _session_context(request, now)
    if pagecache.recording(request):
        _keep_review_until(request, context, now)
    if request.htmx:
        return render(request, "quizzes/review.html#session", context)
    return render(request, "quizzes/review.html", context)


@login_required
@require_POST
def review_grade(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    try:
        card_id, version, rating = (int(request.POST.get(name, "")) for name in ("card", "version", "rating"))
    except ValueError:
        messages.error(request, "That grade could not be read; please grade the card again.")
        return _to_session(request)
    started = request.POST.get("started", "")
    duration = int(time.time() * 1000) - int(started) if started.isascii() and started.isdigit() and len(started) <= 15 else None
    duration = duration if duration is not None and 0 <= duration < 3_600_000 else None
    study = scheduling.study_of(request.user)  # read, not made: a refused grade changes nothing
    try:
        scheduling.grade(card_id, request.user, version, rating, now, duration, study=study)
    except Card.DoesNotExist:
        raise Http404("No such card in your deck.") from None
    except scheduling.StaleGrade:
        messages.info(request, "That card was already graded (perhaps in another tab), so the second grade was ignored.")
    except ValueError as error:
        messages.error(request, str(error))
    return _to_session(request, study)


@login_required
@require_POST
def review_undo(request: HttpRequest) -> HttpResponse:
    card = scheduling.undo_last(request.user)
    messages.info(request, "Undid your last grade." if card else "There is nothing to undo.")
    return _to_session(request)


def _to_session(request: HttpRequest, study: StudySettings | None = None) -> HttpResponse:
    if request.htmx:
        context = _session_context(request, timezone.now(), study)
        return render(request, "quizzes/review.html#session", context)
    return redirect("review")


class StudySettingsForm(forms.ModelForm):
    time_zone = forms.ChoiceField(choices=[(z, z) for z in sorted(zoneinfo.available_timezones())])

    class Meta:
        model = StudySettings
        fields = ["new_per_day", "reviews_per_day", "desired_retention", "time_zone", "add_missed"]
        widgets = {"desired_retention": forms.NumberInput(attrs={"step": "0.01", "min": "0.70", "max": "0.97"})}
        help_texts = {
            "desired_retention": "How likely you want to be to remember a card when it comes up (0.70–0.97). "
            "Higher means more reviews each day for fewer forgotten cards; 0.90 is a good balance.",
        }

    def clean_desired_retention(self):
        value = self.cleaned_data["desired_retention"]
        if not 0.70 <= value <= 0.97:
            raise forms.ValidationError("Choose a retention between 0.70 and 0.97.")
        return value

    def clean_new_per_day(self):
        value = self.cleaned_data["new_per_day"]
        if value > 500:
            raise forms.ValidationError("At most 500 new cards a day.")
        return value

    def clean_reviews_per_day(self):
        value = self.cleaned_data["reviews_per_day"]
        if not 1 <= value <= 5000:
            raise forms.ValidationError("Between 1 and 5000 reviews a day.")
        return value


def optimizer_status(user) -> tuple[bool, str]:
    """Whether this student can fit their own FSRS parameters, and what it needs if not."""
    try:
        from fsrs import Optimizer  # noqa: F401  (needs the optional 'optimizer' extra)
    except ImportError:
        return False, "Fitting your own parameters needs the optional optimiser: pip install 'briefing[optimizer]'."
    reviews = ReviewLog.objects.filter(user=user).count()
    if reviews < 400:
        return False, f"Fitting needs at least 400 reviews; you have {reviews}."
    return True, f"You have {reviews} reviews: enough to fit your own parameters."


@login_required
@require_http_methods(["GET", "POST"])
def study_settings_view(request: HttpRequest) -> HttpResponse:
    study = scheduling.study_settings(request.user)
    form = StudySettingsForm(request.POST if request.method == "POST" else None, instance=study)
    if request.method == "POST" and request.POST.get("action") == "optimise":
        ready, status = optimizer_status(request.user)
        if ready:
            from fsrs import Optimizer, ReviewLog as FsrsLog, Rating

            logs = [FsrsLog(card_id=log.card_id, rating=Rating(log.rating), review_datetime=log.reviewed_at, review_duration=log.duration_ms)
                    for log in ReviewLog.objects.filter(user=request.user).order_by("reviewed_at")]  # fmt: skip
            study.parameters = list(Optimizer(logs).compute_optimal_parameters())
            study.save(update_fields=["parameters"])
            messages.success(request, "Fitted your own scheduling parameters from your reviews.")
        else:
            messages.error(request, status)
        return redirect("study_settings")
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Saved your study settings.")
        return redirect("study_settings")
    ready, status = optimizer_status(request.user)
    return render(request, "quizzes/study_settings.html", {"form": form, "optimizer_ready": ready, "optimizer_status": status})


@login_required
@require_GET
def stats(request: HttpRequest) -> HttpResponse:
    now = timezone.now()
    study = scheduling.study_settings(request.user)
    zone = zoneinfo.ZoneInfo(study.time_zone)
    today = now.astimezone(zone).date()
    cards = Card.objects.filter(user=request.user, suspended=False)

    forecast = Counter()
    for due in cards.filter(due__lt=now + timedelta(days=30)).values_list("due", flat=True):
        forecast[max(0, (due.astimezone(zone).date() - today).days)] += 1
    forecast_rows = [(today + timedelta(days=d), forecast[d]) for d in range(30)]

    since = now - timedelta(days=30)
    logs = list(ReviewLog.objects.filter(user=request.user, reviewed_at__gte=since).values_list("reviewed_at", "rating", "was_new"))
    per_day = Counter(at.astimezone(zone).date() for at, _, _ in logs)
    per_day_rows = [(today - timedelta(days=d), per_day[today - timedelta(days=d)]) for d in range(29, -1, -1)]
    recalled = [rating > 1 for _, rating, was_new in logs if not was_new]
    retention = round(100 * sum(recalled) / len(recalled)) if recalled else None

    streak, day = 0, today if per_day[today] else today - timedelta(days=1)
    all_days = set(ReviewLog.objects.filter(user=request.user).values_list("reviewed_at", flat=True))
    day_set = {at.astimezone(zone).date() for at in all_days}
    while day in day_set:
        streak, day = streak + 1, day - timedelta(days=1)

    by_state = Counter()
    for state, last_review in cards.values_list("state", "last_review"):
        by_state["New" if last_review is None else Card.State(state).label] += 1

    scheduler = scheduling.scheduler_for(study)
    mastery = defaultdict(list)
    for card in cards.filter(last_review__isnull=False).prefetch_related("question__passage__topics"):
        recall = scheduler.get_card_retrievability(scheduling.to_fsrs(card), current_datetime=now)
        for topic in card.question.passage.topics.all():
            mastery[topic.name].append(recall)
    mastery_rows = sorted((name, round(100 * sum(v) / len(v)), len(v)) for name, v in mastery.items())

    peak = max([n for _, n in forecast_rows] + [n for _, n in per_day_rows] + [1])
    return render(request, "quizzes/stats.html", {
        "forecast": forecast_rows, "per_day": per_day_rows, "retention": retention, "desired": round(100 * study.desired_retention),
        "streak": streak, "by_state": sorted(by_state.items()), "mastery": mastery_rows, "peak": peak,
        "total_cards": cards.count(), "reviews_30": len(logs),
    })  # fmt: skip
