from django.contrib import admin, messages
from django.db.models import Count

from briefing.models import Citation, Lesson, LessonVersion, Note, Passage, Source, Topic, TopicAlias


class TopicAliasInline(admin.TabularInline):
    model = TopicAlias
    extra = 1


@admin.register(Topic)
class TopicAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "order", "alias_count", "passage_count"]
    list_editable = ["order"]
    search_fields = ["name", "slug", "aliases__alias"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [TopicAliasInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(
            n_aliases=Count("aliases", distinct=True), n_passages=Count("passages", distinct=True)
        )

    @admin.display(ordering="n_aliases", description="aliases")
    def alias_count(self, topic):
        return topic.n_aliases

    @admin.display(ordering="n_passages", description="passages")
    def passage_count(self, topic):
        return topic.n_passages


@admin.register(TopicAlias)
class TopicAliasAdmin(admin.ModelAdmin):
    list_display = ["alias", "topic", "case_sensitive"]
    list_filter = ["topic", "case_sensitive"]
    search_fields = ["alias"]
    actions = ["retag_all_passages"]

    @admin.action(description="Re-tag every passage with the current aliases")
    def retag_all_passages(self, request, queryset):
        from briefing.importing import tag_passages

        passages = list(Passage.objects.all())
        tag_passages(passages)
        self.message_user(request, f"Re-tagged {len(passages)} passages.", messages.SUCCESS)


class NoteInline(admin.TabularInline):
    model = Note
    extra = 0


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "publisher", "kind", "published", "passage_count", "created_at"]
    list_filter = ["kind", "raw_format"]
    search_fields = ["title", "publisher", "slug", "url"]
    readonly_fields = ["raw_text", "cleaned_text", "removed", "warnings", "corpus_file", "imported_by", "created_at"]
    inlines = [NoteInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(n_passages=Count("passages"))

    @admin.display(ordering="n_passages", description="passages")
    def passage_count(self, source):
        return source.n_passages


@admin.register(Passage)
class PassageAdmin(admin.ModelAdmin):
    list_display = ["__str__", "section", "kind", "short_text", "hash"]
    list_filter = ["source", "kind", "topics"]
    search_fields = ["text", "section", "source__title"]
    list_select_related = ["source"]
    readonly_fields = ["hash", "start", "end"]
    filter_horizontal = ["topics"]

    @admin.display(description="text")
    def short_text(self, passage):
        return passage.text[:90] + ("…" if len(passage.text) > 90 else "")


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["source", "number", "text"]
    list_filter = ["source"]
    search_fields = ["text"]


class CitationInline(admin.TabularInline):
    model = Citation
    extra = 0
    raw_id_fields = ["passage"]
    readonly_fields = ["number", "passage"]
    can_delete = False


class LessonVersionInline(admin.TabularInline):
    """Earlier versions, read only: they are made and restored in the lesson editor's history."""

    model = LessonVersion
    extra = 0
    fields = ["number", "title", "status", "created_by", "created_at"]
    readonly_fields = fields
    can_delete = False
    show_change_link = False

    def has_add_permission(self, request, obj=None):
        return False


@admin.register(Lesson)
class LessonAdmin(admin.ModelAdmin):
    list_display = ["title", "topic", "status", "order", "updated_at"]
    list_filter = ["status", "topic"]
    list_editable = ["order", "status"]
    search_fields = ["title", "markdown"]
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["corpus_hash"]
    inlines = [CitationInline, LessonVersionInline]

    def save_model(self, request, obj, form, change):
        obj.save_with_citations()


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ["lesson", "number", "passage"]
    list_filter = ["lesson"]
    list_select_related = ["lesson", "passage__source"]
    raw_id_fields = ["passage"]
