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
