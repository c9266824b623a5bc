from django.urls import path

from quizzes import analysis_views, class_views, export_views, review_views, study_views, views

urlpatterns = [
    path("lessons/<slug:slug>/quiz/", views.lesson_quiz, name="lesson_quiz"),
    path("quiz/", views.mixed_quiz, name="mixed_quiz"),
    path("attempts/", views.attempt_history, name="attempt_history"),
    path("attempts/<int:pk>/", views.attempt_detail, name="attempt_detail"),
    path("attempts/<int:pk>/q/<int:position>/", views.attempt_question, name="attempt_question"),
    path("attempts/<int:pk>/finish/", views.attempt_finish, name="attempt_finish"),
    path("attempts/<int:pk>/results/", views.attempt_results, name="attempt_results"),
    path("review/", study_views.review, name="review"),
    path("review/grade/", study_views.review_grade, name="review_grade"),
    path("review/undo/", study_views.review_undo, name="review_undo"),
    path("review/stats/", study_views.stats, name="study_stats"),
    path("review/settings/", study_views.study_settings_view, name="study_settings"),
    path("deck/", study_views.deck, name="deck"),
    path("deck/cards/<int:pk>/", study_views.change_card, name="change_card"),
    path("deck/add/question/<int:question_id>/", study_views.add_card, name="add_card"),
    path("deck/add/lesson/<slug:slug>/", study_views.add_lesson_cards, name="add_lesson_cards"),
    path("deck/add/topic/<slug:slug>/", study_views.add_topic_cards, name="add_topic_cards"),
    path("instructor/questions/", review_views.review_queue, name="review_queue"),
    path("instructor/questions/approve/", review_views.bulk_approve, name="bulk_approve"),
    path("instructor/questions/<int:pk>/", review_views.question_detail, name="question_review"),
    path("instructor/questions/<int:pk>/decide/", review_views.decide, name="question_decide"),
    path("instructor/questions/<int:pk>/edit/", review_views.question_edit, name="question_edit"),
    path("instructor/sources/<slug:slug>/generate/", review_views.generate_for_source, name="generate_questions"),
]

# Classes and assignments (quizzes/class_views.py)
urlpatterns += [
    path("classes/", class_views.class_list, name="classes"),
    path("classes/join/", class_views.class_join, name="class_join"),
    path("classes/<int:pk>/leave/", class_views.class_leave, name="class_leave"),
    path("classes/assignments/<int:pk>/start/", class_views.assignment_start, name="assignment_start"),
    path("instructor/classes/new/", class_views.class_create, name="class_create"),
    path("instructor/classes/<int:pk>/", class_views.class_detail, name="class_detail"),
    path("instructor/classes/<int:pk>/results.csv", class_views.class_results_csv, name="class_results_csv"),
    path("instructor/classes/<int:pk>/code/", class_views.class_rotate_code, name="class_rotate_code"),
    path("instructor/classes/<int:pk>/students/<int:student_id>/", class_views.class_student, name="class_student"),
    path("instructor/classes/<int:pk>/students/<int:student_id>/remove/", class_views.class_remove_student, name="class_remove_student"),
    path("instructor/classes/<int:pk>/assignments/new/", class_views.assignment_create, name="assignment_create"),
    path("instructor/classes/<int:pk>/assignments/<int:assignment_id>/delete/", class_views.assignment_delete, name="assignment_delete"),
]

# Item analysis (quizzes/analysis_views.py)
urlpatterns += [
    path("instructor/questions/analysis/", analysis_views.item_analysis, name="item_analysis"),
]

# Exports and printable quizzes (quizzes/export_views.py)
urlpatterns += [
    path("instructor/exports/", export_views.exports_page, name="exports"),
    path("instructor/exports/questions/", export_views.export_questions_download, name="export_questions_download"),
    path("instructor/exports/print/", export_views.print_quiz, name="print_quiz"),
    path("instructor/exports/print/key/", export_views.print_quiz_key, name="print_quiz_key"),
    path("deck/export/", export_views.export_deck_download, name="export_deck_download"),
]
