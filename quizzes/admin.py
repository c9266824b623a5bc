from django.contrib import admin

from quizzes.models import Question, QuestionVersion, ReviewAction


class QuestionVersionInline(admin.StackedInline):
    model = QuestionVersion
    extra = 0
    readonly_fields = ["number", "created_by", "created_at"]
    fk_name = "question"


class ReviewActionInline(admin.TabularInline):
    model = ReviewAction
    extra = 0
    readonly_fields = ["user", "action", "reason", "note", "at"]
    can_delete = False


@admin.register(Question)
class QuestionAdmin(admin.ModelAdmin):
    list_display = ["id", "type", "status", "score", "span_type", "passage", "human_edited", "updated_at"]
    list_filter = ["status", "type", "span_type", "human_edited", "generator_version", "passage__source"]
    search_fields = ["versions__stem", "fact_key", "passage__text"]
    list_select_related = ["passage__source"]
    raw_id_fields = ["passage", "current"]
    readonly_fields = ["fact_key", "generator_version", "passage_hash", "created_at", "updated_at"]
    inlines = [QuestionVersionInline, ReviewActionInline]


@admin.register(QuestionVersion)
class QuestionVersionAdmin(admin.ModelAdmin):
    list_display = ["question", "number", "stem", "created_by", "created_at"]
    search_fields = ["stem", "explanation"]
    raw_id_fields = ["question"]
    list_select_related = ["question__passage__source", "created_by"]


@admin.register(ReviewAction)
class ReviewActionAdmin(admin.ModelAdmin):
    list_display = ["question", "action", "reason", "user", "at"]
    list_filter = ["action", "reason"]
    list_select_related = ["question__passage__source", "user"]
    raw_id_fields = ["question"]
