"""Whole journeys in a real browser, with axe-core run on every page they pass through.

A student signs up, joins a class, reads a lesson, expands a citation, takes a quiz in both
modes, reviews cards with the keyboard only, undoes a grade and sees statistics. An instructor
imports a pasted article, generates and reviews its questions, publishes a lesson that cites
it, sets a quiz for a class, reads the dashboard and the item analysis, and downloads exports.
On failure pytest-playwright keeps a screenshot in test-results/.
"""

import datetime
import re

import pytest
from conftest import make_user
from django.urls import reverse
from django.utils import timezone
from test_browser import fill_answer

from briefing.models import Lesson, Source
from quizzes.models import Assignment, Attempt, Classroom, Question, ReviewLog

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE = """World | Politics | Business | Subscribe

Harbour deal signed as Marovia courts new partners

By Jane Doe
12 March 2024

Share on Facebook   Share on X

The Republic of Marovia signed a port agreement with Eldoria on 12 March 2024 in the capital, Port Selden.
Under the agreement, Eldoria will lend Marovia 450 million dollars to rebuild the Selden container terminal.

Subscribe to continue reading

President Anna Kovacs said the Selden terminal would double Marovia's exports of copper by 2027.
Foreign Minister Paul Brandt of Eldoria called the port agreement a model for partnerships in the region.

Related articles
Copyright 2024 The Harbour Times
"""


def log_in(page, live_server, username: str) -> None:
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("pw-" + username)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")


def answer_all(page, attempt: Attempt, *, wrong_positions=()) -> None:
    items = list(attempt.items.select_related("version__question").order_by("position"))
    for item in items:
        page.wait_for_url(f"**/q/{item.position}/")
        fill_answer(page, item, correct=item.position not in wrong_positions)
        if attempt.mode == "practice":
            page.locator(".feedback").wait_for()
            if item.position < len(items):
                page.get_by_role("link", name="Next question").click()
    page.get_by_role("button", name="See your results").click()
    page.wait_for_url("**/results/")


def test_a_student_joins_a_class_learns_a_lesson_takes_quizzes_and_reviews(live_server, questions, page, axe, settings):
    settings.BRIEFING_FSRS_FUZZING = False
    instructor = make_user("teacher", instructor=True)
    classroom = Classroom.objects.create(name="Geopolitics 101", instructor=instructor)
    lesson = Lesson.objects.get(slug="iran")
    assignment = Assignment.objects.create(classroom=classroom, kind=Assignment.Kind.QUIZ, lesson=lesson, length=5,
                                           mode="test", due=timezone.now() + datetime.timedelta(days=3))  # fmt: skip

    # Sign up.
    page.goto(live_server.url + reverse("signup"))
    axe(page, "signup")
    page.get_by_label("Username").fill("maria")
    page.locator("#id_password1").fill("a long enough passphrase 42")
    page.locator("#id_password2").fill("a long enough passphrase 42")
    page.get_by_role("button", name="Sign up").click()
    page.wait_for_url(live_server.url + "/")
    axe(page, "home, new student")

    # Join the class with its code, typed loosely.
    page.get_by_role("link", name="Classes", exact=True).click()
    page.get_by_label("Join code").fill(" " + classroom.join_code.lower()[:4] + "-" + classroom.join_code.lower()[4:])
    page.get_by_role("button", name="Join").first.click()
    page.get_by_text("Geopolitics 101").first.wait_for()
    axe(page, "classes")
    assert page.get_by_text(assignment.title).count() >= 1

    # Read the lesson and expand a citation with the keyboard.
    page.goto(live_server.url + lesson.get_absolute_url())
    axe(page, "lesson")
    citation = page.locator(".cite a").first
    citation.focus()
    page.keyboard.press("Enter")
    page.locator(".cite-panel .passage-card").first.wait_for()
    assert citation.get_attribute("aria-expanded") == "true"
    axe(page, "lesson with a citation open")

    # A practice quiz on the lesson, one answer wrong.
    page.get_by_role("link", name="Take the quiz").click()
    axe(page, "quiz settings")
    page.locator("#id_length").select_option("5")
    page.get_by_role("radio", name="Practice", exact=False).check()
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url("**/q/1/")
    axe(page, "question")
    practice = Attempt.objects.filter(user__username="maria").latest("started_at")
    # a lesson with few false statements gives fewer true ones than asked for, and says so
    assert ("of the 5 questions you asked for" in page.content()) == (practice.total < 5)
    answer_all(page, practice, wrong_positions={1})
    assert f"{practice.total - 1} of {practice.total}" in page.locator(".score-line").inner_text()
    axe(page, "practice results")

    # The class's quiz assignment, in test mode: feedback only at the end.
    page.get_by_role("link", name="Classes", exact=True).click()
    page.get_by_role("button", name=re.compile("^Start")).first.click()
    page.wait_for_url("**/q/1/")
    test = Attempt.objects.get(user__username="maria", assignment=assignment)
    assert test.mode == "test"
    answer_all(page, test)
    assert f"{test.total} of {test.total}" in page.locator(".score-line").inner_text()
    page.get_by_role("link", name="Classes", exact=True).click()
    assert "Done" in page.locator(".class-block").first.inner_text()

    # Review the lesson's cards with the keyboard only, undo a grade, then see statistics.
    page.goto(live_server.url + lesson.get_absolute_url())
    page.get_by_role("button", name="Add its cards to my deck").click()
    page.get_by_text("to your deck").wait_for()
    page.goto(live_server.url + reverse("review"))
    axe(page, "review, question side")
    page.keyboard.press("Space")
    page.locator("#card-back").wait_for()
    axe(page, "review, answer side")
    page.keyboard.press("3")
    page.get_by_text("1 done today").wait_for()
    page.keyboard.press("u")
    page.get_by_text("0 done today").wait_for()
    assert ReviewLog.objects.filter(user__username="maria").count() == 0
    page.keyboard.press("Space")
    page.locator("#card-back").wait_for()
    page.keyboard.press("4")
    page.get_by_text("1 done today").wait_for()
    assert ReviewLog.objects.filter(user__username="maria").count() == 1

    page.goto(live_server.url + reverse("study_stats"))
    assert "Cards by state" in page.content()
    axe(page, "statistics")
    for name in ("deck", "study_settings", "attempt_history"):
        page.goto(live_server.url + reverse(name))
        axe(page, name)


def test_an_instructor_imports_reviews_teaches_sets_work_and_exports(live_server, questions, page, axe, tmp_path):
    instructor = make_user("teacher", instructor=True)
    student = make_user("pupil")
    log_in(page, live_server, "teacher")
    page.get_by_role("link", name="Teach", exact=True).click()
    axe(page, "teach")

    # Import a pasted article: preview first, then save.
    page.goto(live_server.url + reverse("source_import"))
    axe(page, "import form")
    page.get_by_label("Paste the article").fill(ARTICLE)
    page.get_by_label("Title").fill("Harbour deal signed as Marovia courts new partners")
    page.get_by_label("Publisher").fill("The Harbour Times")
    page.get_by_role("button", name="Preview the passages").click()
    page.get_by_role("heading", name="Check the import").wait_for()
    axe(page, "import preview")
    preview = page.content()
    assert "Subscribe to continue reading" in preview  # listed among what was removed
    assert Source.objects.filter(title__startswith="Harbour deal").count() == 0  # nothing saved before Save
    page.get_by_role("button", name="Save the source").click()
    source = Source.objects.get(title__startswith="Harbour deal")
    page.wait_for_url(f"**{source.get_absolute_url()}")
    assert source.passages.count() >= 2
    assert "Subscribe" not in "".join(source.passages.values_list("text", flat=True))

    # Generate its questions with the progress page, then review them.
    page.get_by_role("button", name="Generate questions").click()
    page.get_by_role("link", name="Review this source's questions").wait_for()
    axe(page, "generation progress")
    generated = Question.objects.filter(passage__source=source)
    assert generated.exists()
    page.get_by_role("link", name="Review this source's questions").click()
    axe(page, "review queue")
    viewport = page.viewport_size
    page.set_viewport_size({"width": 360, "height": 800})  # the cards and their reason lists fit a small phone
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.set_viewport_size(viewport)
    pending = generated.filter(status="pending").order_by("pk").first()
    assert pending is not None, "the article should leave some questions for review"
    page.locator(f"#q-{pending.pk}").get_by_role("button", name="Approve").click()
    page.locator(f"#q-{pending.pk} .status-approved").wait_for()
    pending.refresh_from_db()
    assert pending.status == "approved"

    # Write and publish a lesson that cites the new source, inserting the citation with the finder.
    page.goto(live_server.url + reverse("lesson_create"))
    axe(page, "new lesson")
    page.get_by_label("Title").fill("Marovia's new port partner")
    page.get_by_label("Topic").select_option(index=1)
    page.get_by_label("Status").select_option("published")
    text = page.get_by_label("Lesson text")
    text.fill("Eldoria lends Marovia the money to rebuild its container terminal. ")
    page.get_by_label("Words in the passage").fill("Selden container terminal")
    insert = page.get_by_role("button", name=re.compile(rf"Insert \[@{source.slug}:\d+\]")).first
    insert.wait_for()
    insert.click()
    assert f"[@{source.slug}:" in text.input_value()
    page.locator(".lesson-preview .cite").first.wait_for()  # the live preview shows the citation
    page.get_by_role("button", name="Save lesson").click()
    lesson = Lesson.objects.get(title="Marovia's new port partner")
    assert lesson.status == "published" and lesson.citations.filter(passage__source=source).exists()

    # A class with a student, a quiz assignment, the dashboard and the item analysis.
    page.goto(live_server.url + reverse("class_create"))
    page.get_by_label("Name").fill("Evening seminar")
    page.get_by_role("button", name="Create the class").click()
    classroom = Classroom.objects.get(name="Evening seminar")
    classroom.memberships.create(student=student)
    page.goto(live_server.url + reverse("assignment_create", args=[classroom.pk]))
    axe(page, "new assignment")
    page.get_by_label("Take a quiz").check()
    page.locator("#id_lesson").select_option(str(Lesson.objects.get(slug="russia").pk))
    page.locator("#id_due").fill((timezone.localtime() + datetime.timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Set the assignment").click()
    page.wait_for_url(f"**{reverse('class_detail', args=[classroom.pk])}")
    assert classroom.assignments.filter(kind="quiz").count() == 1
    axe(page, "class dashboard")
    page.get_by_role("link", name="Item analysis").click()
    axe(page, "item analysis")

    # Exports: a Moodle GIFT file and an Anki deck, downloaded from the exports page.
    page.goto(live_server.url + reverse("exports"))
    axe(page, "exports")
    page.get_by_label("Format").select_option("gift")
    with page.expect_download() as gift:
        page.get_by_role("button", name="Download questions").click()
    gift_path = tmp_path / gift.value.suggested_filename
    gift.value.save_as(gift_path)
    assert gift_path.suffix == ".gift" or gift_path.suffix == ".txt"
    assert "$CATEGORY:" in gift_path.read_text(encoding="utf-8")
    with page.expect_download() as deck:
        page.get_by_role("button", name="Download Anki deck").click()
    assert deck.value.suggested_filename.endswith(".apkg")
    deck_path = tmp_path / "deck.apkg"
    deck.value.save_as(deck_path)
    assert deck_path.stat().st_size > 1000
