import hashlib
import re
from functools import reduce
from operator import or_

from django.conf import settings
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


class PassageQuerySet(models.QuerySet):
    def resolve(self, refs: list[CitationRef]) -> dict[CitationRef, "Passage"]:
        """The passages that citations name, in one query; missing ones are left out."""
        if not refs:
            return {}
        match = reduce(or_, (models.Q(source__slug=ref.source, ordinal=ref.ordinal) for ref in refs))
        found = self.filter(match).select_related("source")
        return {CitationRef(p.source.slug, p.ordinal): p for p in found}


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

    def render(self, link) -> Rendered:
        """Render the Markdown; ``link(passage, number, occurrence, punctuation)`` draws each citation."""
        passages = Passage.objects.resolve(find_citations(self.markdown))
        rendered = render(self.markdown, passages.__contains__, lambda ref, *args: link(passages[ref], *args))
        rendered.found = passages
        return rendered

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
