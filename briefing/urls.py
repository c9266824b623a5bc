from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from briefing import authoring_views, import_views, views

urlpatterns = [
    path("", views.home, name="home"),
    path("health/", views.health, name="health"),
    path("sources/", views.source_list, name="sources"),
    path("sources/<slug:slug>/", views.source_detail, name="source"),
    path("sources/<slug:slug>/passages/<int:ordinal>/", views.passage_detail, name="passage"),
    path("lessons/", views.lesson_list, name="lessons"),
    path("lessons/<slug:slug>/", views.lesson_detail, name="lesson"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("instructor/", views.instructor_home, name="instructor_home"),
    # Lesson authoring (briefing/authoring_views.py)
    path("lessons/<slug:slug>/edit/", authoring_views.lesson_edit, name="lesson_edit"),
    path("instructor/lessons/", authoring_views.instructor_lessons, name="instructor_lessons"),
    path("instructor/lessons/new/", authoring_views.lesson_create, name="lesson_create"),
    path("instructor/lessons/preview/", authoring_views.lesson_preview, name="lesson_preview"),
    path("instructor/lessons/passages/", authoring_views.passage_search, name="passage_search"),
    path("instructor/lessons/<slug:slug>/move/", authoring_views.lesson_move, name="lesson_move"),
    path("instructor/lessons/<slug:slug>/history/", authoring_views.lesson_history, name="lesson_history"),
    path("instructor/lessons/<slug:slug>/history/<int:number>/restore/", authoring_views.lesson_restore, name="lesson_restore"),
    # Source import and passage editing (briefing/import_views.py)
    path("instructor/sources/import/", import_views.source_import, name="source_import"),
    path("instructor/sources/import/save/", import_views.source_import_confirm, name="source_import_confirm"),
    path("instructor/sources/<slug:slug>/passages/<int:ordinal>/edit/", import_views.passage_edit, name="passage_edit"),
    path("", include("quizzes.urls")),
    path("admin/", admin.site.urls),
]
