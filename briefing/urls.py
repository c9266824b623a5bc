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
    path("lessons/<slug:slug>/edit/", views.lesson_edit, name="lesson_edit"),
    path("accounts/signup/", views.signup, name="signup"),
    path("accounts/login/", auth_views.LoginView.as_view(redirect_authenticated_user=True), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/password/", auth_views.PasswordChangeView.as_view(), name="password_change"),
    path("accounts/password/done/", auth_views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path("instructor/", views.instructor_home, name="instructor_home"),
    # Lesson authoring (briefing/authoring_views.py)
    # Source import and passage editing (briefing/import_views.py)
    path("", include("quizzes.urls")),
    path("admin/", admin.site.urls),
]
