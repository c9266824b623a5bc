from django.urls import path

from quizzes import views

urlpatterns = [
    path("questions/", views.review_queue, name="review_queue"),
    path("questions/approve/", views.bulk_approve, name="bulk_approve"),
    path("questions/<int:pk>/", views.question_detail, name="question_review"),
    path("questions/<int:pk>/decide/", views.decide, name="question_decide"),
    path("questions/<int:pk>/edit/", views.question_edit, name="question_edit"),
    path("sources/<slug:slug>/generate/", views.generate_for_source, name="generate_questions"),
]
