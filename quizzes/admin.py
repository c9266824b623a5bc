from django.contrib import admin

from quizzes.models import Assignment, Classroom, Membership, Question, QuestionVersion, ReviewAction


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


class MembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ["student"]
    readonly_fields = ["joined_at"]


@admin.register(Classroom)
class ClassroomAdmin(admin.ModelAdmin):
    list_display = ["name", "instructor", "join_code", "created_at"]
    search_fields = ["name", "join_code", "instructor__username"]
    list_select_related = ["instructor"]
    raw_id_fields = ["instructor"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(admin.ModelAdmin):
    list_display = ["student", "classroom", "joined_at"]
    search_fields = ["student__username", "classroom__name"]
    list_select_related = ["student", "classroom"]
    raw_id_fields = ["student", "classroom"]


@admin.register(Assignment)
class AssignmentAdmin(admin.ModelAdmin):
    list_display = ["__str__", "kind", "due", "created_at"]
    list_filter = ["kind"]
    search_fields = ["classroom__name", "lesson__title"]
    list_select_related = ["classroom", "lesson"]
    raw_id_fields = ["classroom", "lesson"]
