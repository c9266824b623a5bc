import hashlib
import re
from functools import reduce
from operator import or_

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse

from briefing.citations import CitationRef, Rendered, find_citations, render

INSTRUCTORS_GROUP = "Instructors"


def is_instructor(user) -> bool:
    if not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_is_instructor", None)
    if cached is None:
        cached = user.groups.filter(name=INSTRUCTORS_GROUP).exists()
        user._is_instructor = cached
    return cached


def instructors_group():
    """The Instructors group, with permission to manage the content in the admin."""
    from django.contrib.auth.models import Group, Permission

    group, _ = Group.objects.get_or_create(name=INSTRUCTORS_GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=["briefing", "quizzes"]).exclude(codename__startswith="delete_source")
    )
    return group


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


class Topic(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=100)
    description = models.CharField(max_length=300, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "name"]

    def __str__(self) -> str:
        return self.name


class TopicAlias(models.Model):
    """A word or name whose mention in a passage tags it with the topic."""

    topic = models.ForeignKey(Topic, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=100, unique=True)
    case_sensitive = models.BooleanField(
        default=False, help_text="Match the exact capitals only (for abbreviations such as US or PRC)."
    )

    class Meta:
        ordering = ["topic__order", "alias"]
        verbose_name_plural = "topic aliases"

    def __str__(self) -> str:
        return f"{self.alias} → {self.topic}"


class Source(models.Model):
    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=300)
    publisher = models.CharField(max_length=200, blank=True)
    authors = models.JSONField(default=list, blank=True)
    published = models.DateField(null=True, blank=True)
    published_note = models.CharField(max_length=300, blank=True, help_text="What is known of the date when it is not exact.")
    url = models.URLField(max_length=500, blank=True)
    kind = models.CharField(max_length=200, blank=True, help_text="What sort of source this is, e.g. news report, think-tank analysis.")
    caveats = models.TextField(blank=True)
    raw_text = models.TextField(help_text="The article exactly as captured.")
    raw_format = models.CharField(max_length=8, default="txt")
    cleaned_text = models.TextField(blank=True)
    removed = models.JSONField(default=list, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    corpus_file = models.CharField(max_length=200, blank=True, help_text="Set for sources bundled with the site.")
    imported_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("source", args=[self.slug])

    @property
    def author_list(self) -> str:
        return ", ".join(self.authors)

    @property
    def date_label(self) -> str:
        if self.published:
            return self.published.strftime("%-d %B %Y")
        return self.published_note or "Undated"


# The whole article and its cleaning notes: pages that only name a source should not read them.
SOURCE_BULK_FIELDS = ("raw_text", "cleaned_text", "removed", "warnings", "caveats")


MAX_ORDINAL = 2**31 - 1  # the largest passage number every database's integer column holds


class PassageQuerySet(models.QuerySet):
    def resolve(self, refs: list[CitationRef]) -> dict[CitationRef, "Passage"]:
        """The passages that citations name, in one query; missing ones are left out."""
        if not refs:
            return {}
        by_source: dict[str, set[int]] = {}
        for ref in refs:
            if ref.ordinal <= MAX_ORDINAL:  # a larger number names no passage, and the database cannot compare with it
                by_source.setdefault(ref.source, set()).add(ref.ordinal)
        if not by_source:
            return {}
        # One condition per source, not per citation, keeps the query small however many passages are cited.
        match = reduce(or_, (models.Q(source__slug=slug, ordinal__in=sorted(ordinals)) for slug, ordinals in by_source.items()))
        found = self.filter(match).select_related("source")
        wanted = set(refs)
        return {ref: p for p in found if (ref := CitationRef(p.source.slug, p.ordinal)) in wanted}


class Passage(models.Model):
    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="passages")
    ordinal = models.PositiveIntegerField()
    text = models.TextField()
    start = models.PositiveIntegerField(help_text="Where the passage starts in the cleaned document.")
    end = models.PositiveIntegerField()
    hash = models.CharField(max_length=16, editable=False)
    section = models.CharField(max_length=300, blank=True)
    kind = models.CharField(max_length=12, default="paragraph")
    topics = models.ManyToManyField(Topic, blank=True, related_name="passages")

    objects = PassageQuerySet.as_manager()

    class Meta:
        ordering = ["source", "ordinal"]
        constraints = [models.UniqueConstraint(fields=["source", "ordinal"], name="unique_passage_ordinal")]

    def __str__(self) -> str:
        return f"{self.source.slug} §{self.ordinal}"

    hash_of = staticmethod(content_hash)

    def save(self, *args, **kwargs):
        """Save; questions generated from the passage's earlier text become stale."""
        self.hash = content_hash(self.text)
        super().save(*args, **kwargs)
        from quizzes.models import Question

        Question.objects.filter(passage=self).exclude(passage_hash=self.hash).mark_stale()

    def get_absolute_url(self) -> str:
        return reverse("passage", args=[self.source.slug, self.ordinal])

    @property
    def anchor(self) -> str:
        return f"p-{self.ordinal}"


class Note(models.Model):
    """An endnote or reference of a source, linked from markers like [10] in its passages."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="notes")
    number = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["source", "number"]
        constraints = [models.UniqueConstraint(fields=["source", "number"], name="unique_note_number")]

    def __str__(self) -> str:
        return f"{self.source.slug} note {self.number}"


# Rendered lesson HTML is cached under a key naming everything it is drawn from; raise the
# format when the way citations are drawn changes, so that no shared cache serves the old HTML.
LESSON_HTML_FORMAT = 1
LESSON_HTML_SECONDS = 24 * 60 * 60


class LessonQuerySet(models.QuerySet):
    def visible_to(self, user):
        if is_instructor(user):
            return self
        return self.filter(status=Lesson.Status.PUBLISHED)


def resolve_citations(text: str) -> tuple[list[CitationRef], dict[CitationRef, Passage]]:
    """The citations of a lesson and the passages they name; every one must exist."""
    refs = find_citations(text)
    found = Passage.objects.resolve(refs)
    missing = [str(ref) for ref in refs if ref not in found]
    if missing:
        raise ValidationError(
            "These citations name passages that do not exist: %(refs)s. "
            "Check the source slug and the passage number (the § beside each passage on its source page).",
            params={"refs": ", ".join(missing)},
            code="missing_passage",
        )
    return refs, found


def validate_citations(text: str) -> None:
    resolve_citations(text)


class Lesson(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", "Draft"
        PUBLISHED = "published", "Published"

    slug = models.SlugField(max_length=80, unique=True)
    title = models.CharField(max_length=200)
    topic = models.ForeignKey(Topic, on_delete=models.PROTECT, related_name="lessons")
    summary = models.CharField(max_length=300, blank=True)
    markdown = models.TextField(
        validators=[validate_citations],
        help_text="Markdown. Cite a passage with [@source-slug:number], e.g. [@some-report:4].",
    )
    order = models.PositiveSmallIntegerField(default=0)
    status = models.CharField(max_length=10, choices=Status, default=Status.DRAFT)
    corpus_hash = models.CharField(
        max_length=16, blank=True, help_text="Hash of the bundled text last loaded, to keep instructors' edits."
    )
    updated_at = models.DateTimeField(auto_now=True)

    objects = LessonQuerySet.as_manager()
    hash_of = staticmethod(content_hash)

    class Meta:
        ordering = ["order", "title"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("lesson", args=[self.slug])

    def render(self, link, *, cache_as: str = "") -> Rendered:
        """Render the Markdown; ``link(passage, number, occurrence, punctuation)`` draws each citation.

        The cited passages are read every time (one query, without their text or their
        source's article). With ``cache_as``, a name for what ``link`` draws, a saved lesson's
        HTML is kept in the cache under a key made of everything it is drawn from, so an edit
        to the lesson or to a cited passage or source shows at once and nothing needs clearing.
        """
        refs = find_citations(self.markdown)
        passages = Passage.objects.defer("text", *(f"source__{name}" for name in SOURCE_BULK_FIELDS)).resolve(refs)
        key = self._html_key(cache_as, refs, passages) if cache_as and self.pk else None
        body = cache.get(key) if key else None
        if body is None:
            rendered = render(self.markdown, passages.__contains__, lambda ref, *args: link(passages[ref], *args))
            if key:
                cache.set(key, rendered.html, LESSON_HTML_SECONDS)
        else:
            rendered = Rendered(html=body, refs=refs, missing=[ref for ref in refs if ref not in passages])
        rendered.found = passages
        return rendered

    def _html_key(self, cache_as: str, refs: list[CitationRef], passages: dict[CitationRef, Passage]) -> str:
        """The lesson's text and when it was saved, and each citation's passage as it is now:
        its hash (of its text), its place and its source's slug and title, which the links show."""
        cited = [(str(ref), p.pk, p.hash, p.ordinal, p.source.slug, p.source.title) if (p := passages.get(ref)) else (str(ref),)
                 for ref in refs]  # fmt: skip
        made_of = repr((self.markdown, self.updated_at.isoformat() if self.updated_at else "", cited))
        return f"lesson-html:{LESSON_HTML_FORMAT}:{cache_as}:{self.pk}:{hashlib.sha256(made_of.encode()).hexdigest()}"

    @transaction.atomic
    def save_with_citations(self) -> None:
        """Save the lesson and rebuild its numbered citations. Every citation must resolve."""
        refs, passages = resolve_citations(self.markdown)
        self.save()
        self.citations.all().delete()
        Citation.objects.bulk_create(
            Citation(lesson=self, passage=passages[ref], number=n) for n, ref in enumerate(refs, start=1)
        )

    @property
    def word_count(self) -> int:
        prose = re.sub(r"\[@[^\]]+\]", "", self.markdown)
        return len(re.findall(r"[\w’'-]+", prose))

    def save_version(self, user) -> "LessonVersion":
        """Record the lesson as it now stands as its next version."""
        number = (self.versions.aggregate(last=models.Max("number"))["last"] or 0) + 1
        return self.versions.create(
            number=number, title=self.title, summary=self.summary, markdown=self.markdown, status=self.status, created_by=user
        )

    @transaction.atomic
    def save_edit(self, user) -> "LessonVersion":
        """Save an instructor's edit (citations checked and rebuilt) and record it as a new version.

        A lesson edited for the first time has its text from before the edit recorded first,
        as version 1, so that the history always starts from where the lesson began.
        """
        if self.pk is not None:
            original = Lesson.objects.select_for_update().get(pk=self.pk)  # one editor at a time numbers versions
            if not original.versions.exists():
                original.save_version(None)
        elif not self.order:
            self.order = (Lesson.objects.aggregate(last=models.Max("order"))["last"] or 0) + 1
        self.save_with_citations()
        return self.save_version(user)

    def restore(self, version: "LessonVersion", user) -> "LessonVersion":
        """Bring back an earlier version's title, summary and text as a new version; history is kept.
        The lesson stays published or draft as it is now."""
        self.title, self.summary, self.markdown = version.title, version.summary, version.markdown
        return self.save_edit(user)

    @transaction.atomic
    def move(self, step: int) -> bool:
        """Move the lesson ``step`` places along the reading order (negative is earlier);
        the lessons are numbered 1, 2, 3… afterwards. False if it is already at that end."""
        lessons = list(Lesson.objects.select_for_update().order_by("order", "title", "pk"))
        at = next(i for i, lesson in enumerate(lessons) if lesson.pk == self.pk)
        to = at + step
        if step == 0 or not 0 <= to < len(lessons):
            return False
        lessons.insert(to, lessons.pop(at))
        for order, lesson in enumerate(lessons, start=1):
            if lesson.order != order:
                Lesson.objects.filter(pk=lesson.pk).update(order=order)
        self.order = to + 1
        return True


class Citation(models.Model):
    """A numbered citation of a passage in a lesson, rebuilt whenever the lesson is saved."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="citations")
    passage = models.ForeignKey(Passage, on_delete=models.PROTECT, related_name="citations")
    number = models.PositiveSmallIntegerField()

    class Meta:
        ordering = ["lesson", "number"]
        constraints = [models.UniqueConstraint(fields=["lesson", "number"], name="unique_citation_number")]

    def __str__(self) -> str:
        return f"{self.lesson.slug} [{self.number}] → {self.passage}"


class LessonVersion(models.Model):
    """A lesson as it was saved at one moment, so an instructor can look back and restore it."""

    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=200)
    summary = models.CharField(max_length=300, blank=True)
    markdown = models.TextField()
    status = models.CharField(max_length=10, choices=Lesson.Status)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["lesson", "-number"]
        constraints = [models.UniqueConstraint(fields=["lesson", "number"], name="unique_lesson_version")]

    def __str__(self) -> str:
        return f"{self.lesson.slug} v{self.number}"


class LessonRead(models.Model):
    """The first time a student opened a lesson: what a reading assignment asks for."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="lesson_reads")
    lesson = models.ForeignKey(Lesson, on_delete=models.CASCADE, related_name="reads")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "lesson"], name="unique_lesson_read")]

    def __str__(self) -> str:
        return f"{self.user} read {self.lesson.slug}"


class PageStamp(models.Model):
    """A stamp that database triggers set to a new random value on every write that can change
    a cached page (briefing.pagecache): scope 0 for content everyone sees (lessons, sources, questions…),
    else a user's id for that user's own rows (their account and role, cards, reviews,
    quizzes, lesson reads). Triggers catch every write, including QuerySet.update(),
    bulk_create() and other processes, which model signals would miss. The tables are
    listed in briefing.pagecache.STAMPED_TABLES."""

    scope = models.BigIntegerField(primary_key=True)
    version = models.BigIntegerField(default=0)

    def __str__(self) -> str:
        return f"stamp {self.scope}: {self.version}"
