"""A reader's journey in a real browser: open a lesson, expand a citation, see the passage."""

import pytest
from django.urls import reverse

from briefing.models import Lesson

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_a_reader_opens_a_lesson_and_expands_a_citation(live_server, corpus, page):
    lesson = Lesson.objects.filter(status="published").order_by("order").first()
    first = lesson.citations.select_related("passage__source").first().passage
    page.goto(live_server.url + reverse("home"))
    page.get_by_role("link", name=lesson.title).first.click()
    page.wait_for_url(f"**{lesson.get_absolute_url()}")
    assert page.get_by_role("heading", level=1).inner_text() == lesson.title

    citation = page.locator(".cite a").first
    citation.focus()
    page.keyboard.press("Enter")
    card = page.locator(".cite-panel .passage-card").first
    card.wait_for()
    assert first.text[:60] in card.inner_text()
    assert first.source.title in card.inner_text()
    assert citation.get_attribute("aria-expanded") == "true"

    page.keyboard.press("Enter")  # a second press closes it again
    page.wait_for_function("() => !document.querySelector('.cite-panel .passage-card')")
    assert citation.get_attribute("aria-expanded") == "false"

    # The citation is also a plain link to the passage's permalink.
    page.locator(".references a").first.click()
    page.wait_for_url(f"**{first.get_absolute_url()}")
    assert first.text[:60] in page.locator(".passage.highlighted").inner_text()


def test_without_javascript_a_citation_opens_the_passage_page(live_server, corpus, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    lesson = Lesson.objects.filter(status="published").order_by("order").first()
    first = lesson.citations.select_related("passage__source").first().passage
    page.goto(live_server.url + lesson.get_absolute_url())
    page.locator(".cite a").first.click()
    page.wait_for_url(f"**{first.get_absolute_url()}")
    assert first.text[:60] in page.locator(".passage.highlighted").inner_text()
    context.close()


def log_in(page, live_server, username):
    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill("pw-" + username)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_url(live_server.url + "/")


def fill_answer(page, item, correct: bool) -> None:
    """Answer the question on screen the way a student would, rightly or wrongly."""
    kind, answer = item.version.question.type, item.version.answer
    if kind == "cloze":
        page.get_by_label("Your answer").fill(answer if correct else "something else entirely")
    elif kind == "timeline":
        order = list(answer) if correct else list(reversed(answer))
        for n, event in enumerate(item.options):
            page.locator(f"#position-{n}").select_option(str(order.index(event) + 1))
    elif kind == "matching":
        rights = [right for _, right in answer]
        rights = rights if correct else rights[1:] + rights[:1]
        for n, right in enumerate(rights):
            page.locator(f"#match-{n}").select_option(right)
    else:
        choice = answer if correct else next(o for o in item.options if o != answer)
        page.locator(".answer-form .option", has_text=choice).first.locator("input").check()
    page.get_by_role("button", name="Submit answer").click()


def take_quiz(page, live_server, lesson, mode: str):
    from quizzes.models import Attempt

    page.goto(live_server.url + lesson.get_absolute_url())
    page.get_by_role("link", name="Take the quiz").click()
    page.locator("#id_length").select_option("5")
    page.get_by_role("radio", name=mode.capitalize(), exact=False).check()
    page.get_by_role("button", name="Start the quiz").click()
    page.wait_for_url("**/q/1/")
    return Attempt.objects.latest("started_at")


def test_a_student_takes_a_practice_quiz_and_sees_the_source_after_a_wrong_answer(live_server, questions, student, page):
    lesson = Lesson.objects.get(slug="iran")
    log_in(page, live_server, "student")
    attempt = take_quiz(page, live_server, lesson, "practice")
    items = list(attempt.items.select_related("version__question__passage__source").order_by("position"))

    first = items[0]
    fill_answer(page, first, correct=False)
    feedback = page.locator(".feedback")
    feedback.wait_for()
    verdict = page.locator(".feedback .verdict").inner_text()
    assert "Not quite" in verdict or "Partly right" in verdict
    assert first.version.question.passage.source.title in feedback.inner_text()
    assert page.locator(".feedback mark").count() >= (1 if isinstance(first.version.answer, str) else 0)
    page.get_by_role("link", name="Read the passage in context").wait_for()

    for item in items[1:]:
        page.get_by_role("link", name="Next question").click()
        page.wait_for_url(f"**/q/{item.position}/")
        fill_answer(page, item, correct=True)
        page.locator(".feedback").wait_for()
        assert "Correct" in page.locator(".feedback").inner_text()
    page.get_by_role("button", name="See your results").click()
    page.wait_for_url("**/results/")
    assert f"{attempt.total - 1} of {attempt.total}" in page.locator(".score-line").inner_text()


def test_a_student_takes_a_test_with_feedback_only_at_the_end(live_server, questions, student, page):
    lesson = Lesson.objects.get(slug="russia")
    log_in(page, live_server, "student")
    attempt = take_quiz(page, live_server, lesson, "test")
    items = list(attempt.items.select_related("version__question__passage__source").order_by("position"))
    for item in items:
        page.wait_for_url(f"**/q/{item.position}/")
        fill_answer(page, item, correct=item.position != 2)
        assert page.locator(".feedback").count() == 0
    page.get_by_text("Answer saved").wait_for()
    page.get_by_role("button", name="See your results").click()
    page.wait_for_url("**/results/")
    assert f"{attempt.total - 1} of {attempt.total}" in page.locator(".score-line").inner_text()
    wrong = page.locator(".result.wrong")
    assert wrong.count() == 1
    assert items[1].version.question.passage.source.title in wrong.inner_text()


def test_a_keyboard_only_review_session_with_undo(live_server, questions, student, page, settings):
    from quizzes.models import Card, ReviewLog

    settings.BRIEFING_FSRS_FUZZING = False
    log_in(page, live_server, "student")
    lesson = Lesson.objects.get(slug="iran")
    page.goto(live_server.url + lesson.get_absolute_url())
    page.get_by_role("button", name="Add its cards to my deck").click()
    page.get_by_text("to your deck").wait_for()

    page.goto(live_server.url + reverse("review"))
    assert page.locator("#card-back").count() == 0
    page.keyboard.press("Space")  # show the answer
    page.locator("#card-back").wait_for()
    assert "Answer:" in page.locator("#card-back").inner_text()
    intervals = page.locator(".grades button").all_inner_texts()
    assert len(intervals) == 4 and "Again" in intervals[0]

    page.keyboard.press("3")  # Good
    page.get_by_text("1 done today").wait_for()
    assert ReviewLog.objects.count() == 1
    graded = ReviewLog.objects.get().card_id

    page.keyboard.press("u")  # undo
    page.get_by_text("0 done today").wait_for()
    assert ReviewLog.objects.count() == 0
    assert Card.objects.get(pk=graded).last_review is None

    page.keyboard.press("Space")
    page.locator("#card-back").wait_for()
    with page.context.expect_page() as opened:
        page.keyboard.press("s")  # the source passage opens
    assert "/passages/" in opened.value.url
    opened.value.close()
    page.keyboard.press("4")
    page.get_by_text("1 done today").wait_for()

    page.goto(live_server.url + reverse("study_stats"))
    assert "Cards by state" in page.content()
