"""Importing a source in the browser (preview, then save), generating its questions with a
progress page, and correcting a passage."""

import re
import threading
from datetime import timedelta

import pytest
import time_machine
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from briefing.models import Note, Passage, Source
from quizzes import bank
from quizzes.models import Question

pytestmark = pytest.mark.django_db

# Two articles as they arrive from the web, written for these tests: menus, a paywall prompt,
# a repeated paragraph, share buttons and endnotes in one; scripts, event handlers, a cookie
# banner, an aside and a footer in the other.
PASTED_TITLE = "Caracas Courts New Partners as Old Ties Fray"
PASTED = f"""Skip to content
Home | World | Americas | Opinion | Podcasts
Subscribe
Harbour Ledger

{PASTED_TITLE}
By Elena Ruiz
March 3, 2025
5 min read
Share on Facebook
Share on X

{PASTED_TITLE}

Venezuela's government has spent the past decade widening its circle of partners, turning to Russia for weapons and to China for loans secured against oil deliveries.[1]

The loans arrived quickly. Beijing lent more than fifty billion dollars between 2007 and 2016, most of it repaid in crude shipped to Chinese refineries.[2]

Subscribe to continue reading. Already a subscriber? Log in.

Iran's role is smaller but visible. Tehran helped restart refineries in 2020 and sent tankers of gasoline when fuel ran short across the country.

The loans arrived quickly. Beijing lent more than fifty billion dollars between 2007 and 2016, most of it repaid in crude shipped to Chinese refineries.[2]

What the partners want
Each partner expects something different. Moscow values a foothold in the Americas; Beijing wants its money back; Tehran seeks allies against sanctions.

Sign up for our newsletter
Related: Oil output falls again
© 2025 Harbour Ledger. All rights reserved.

Notes
[1] Arms transfer records, 2006-2013.
[2] Lending database of a university research centre.
"""

UPLOADED_TITLE = "Bolivarian Diplomacy in Three Moves"
UPLOADED = f"""<!doctype html>
<html><head><title>{UPLOADED_TITLE}</title>
<script>window.track = function () {{ document.cookie = "x=1"; }};</script>
<style>body {{ color: red }}</style></head>
<body onload="track()">
<header><a href="/">The Meridian Review</a><nav><ul><li><a href="/world">World</a></li><li><a href="/oil">Oil</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. Accept all cookies</div>
<article>
<h1>{UPLOADED_TITLE}</h1>
<p class="byline">By Tomas Ibarra</p>
<p>Caracas has built its foreign policy on three moves: buying arms from Moscow, borrowing from Beijing, and trading fuel with Tehran.<sup>1</sup></p>
<img src="x.png" onerror="alert('img-handler')">
<h2>Arms from Moscow</h2>
<p onmouseover="alert('p-handler')">Russian fighter jets and air-defence systems arrived after 2005, paid for with credit lines that Moscow later rescheduled.</p>
<script>alert('body-script')</script>
<p>Russian advisers stayed on to train crews and maintain the aircraft, a presence that outlasted the credit lines <b onclick="steal()">themselves</b>.</p>
<h2>Money from Beijing</h2>
<p>Chinese policy banks lent heavily against future oil deliveries, a model that tied repayment to the price of crude.</p>
<aside><h3>Related stories</h3><ul><li><a href="/a">Oil tankers idle off the coast</a></li></ul></aside>
<form action="/subscribe"><input name="email"><button>Subscribe</button></form>
<h2>Notes</h2>
<ol><li>Figures from customs records of the importing countries.</li></ol>
</article>
<footer>&copy; 2025 The Meridian Review &middot; <a href="/privacy">Privacy</a></footer>
<iframe src="javascript:alert('frame')"></iframe>
</body></html>
"""


def details(**changes) -> dict:
    """The metadata part of the import form."""
    data = {"title": PASTED_TITLE, "publisher": "Harbour Ledger", "authors": "Elena Ruiz, Ana Gil", "published": "2025-03-03",
            "published_note": "", "url": "https://example.org/caracas-partners", "kind": "news report",
            "caveats": "One reporter's account; figures not sourced in the text.", "slug": ""}  # fmt: skip
    return data | changes


def paste(client, text=PASTED, fmt="txt", **changes):
    return client.post(reverse("source_import"), {"text": text, "format": fmt, **details(**changes)})


def upload(client, name, content: bytes, **changes):
    return client.post(reverse("source_import"), {"text": "", "format": "txt", "file": SimpleUploadedFile(name, content), **details(**changes)})


def confirm_data(preview) -> dict:
    """What the browser posts back from the preview page's form, as shown."""
    form = preview.context["form"]
    data = {name: form[name].value() for name in form.fields if name != "capture"}
    data = {name: "" if value is None else str(value) for name, value in data.items()}
    return data | {"capture": form.capture_value}


def save(client, preview, **changes):
    return client.post(reverse("source_import_confirm"), confirm_data(preview) | changes)


def writes_during(action) -> list[str]:
    with CaptureQueriesContext(connection) as queries:
        action()
    return [q["sql"] for q in queries.captured_queries if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))]


def stored() -> tuple[int, int, int]:
    return Source.objects.count(), Passage.objects.count(), Note.objects.count()


@pytest.fixture
def teacher(client, instructor):
    client.force_login(instructor)
    return client


# Who may import and edit ------------------------------------------------------------


def test_importing_and_editing_passages_are_for_instructors_only(client, corpus, student):
    passage = Passage.objects.select_related("source").first()
    edit = reverse("passage_edit", args=[passage.source.slug, passage.ordinal])
    pages = [reverse("source_import"), edit]
    for url in [*pages, reverse("source_import_confirm")]:
        response = client.post(url, {"text": PASTED, "title": "Taken over"})
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    client.force_login(student)
    for url in pages:
        assert client.get(url).status_code == 403
    for url in [*pages, reverse("source_import_confirm")]:
        assert client.post(url, {"text": PASTED, **details(title="Taken over")}).status_code == 403
    assert not Source.objects.filter(title="Taken over").exists()
    passage.refresh_from_db()
    assert passage.text != PASTED


def test_empty_posts_show_the_forms_errors_and_the_save_step_is_post_only(teacher):
    assert teacher.get(reverse("source_import_confirm")).status_code == 405
    assert "Paste the article&#x27;s text here" in teacher.post(reverse("source_import")).content.decode()
    response = teacher.post(reverse("source_import_confirm"))
    assert response.status_code == 200 and "Start the import again" in response.content.decode()


def test_instructors_find_the_import_from_the_source_list_and_their_home(teacher, client, corpus):
    url = reverse("source_import")
    assert url in teacher.get(reverse("sources")).content.decode()
    assert url in teacher.get(reverse("instructor_home")).content.decode()
    page = teacher.get(url).content.decode()
    assert 'enctype="multipart/form-data"' in page and 'name="text"' in page and 'type="file"' in page
    teacher.logout()
    assert url not in client.get(reverse("sources")).content.decode()


# Preview, then save --------------------------------------------------------------


def test_pasted_text_is_previewed_with_what_cleaning_removed_and_nothing_is_saved(teacher, corpus):
    before = stored()
    response = None

    def post():
        nonlocal response
        response = paste(teacher)

    assert writes_during(post) == []
    assert stored() == before
    html = response.content.decode()
    assert response.status_code == 200 and response.templates[0].name == "briefing/source_import_preview.html"
    doc = response.context["doc"]
    assert [p.text[:30] for p in doc.passages] == [
        "Venezuela's government has spe", "The loans arrived quickly. Bei", "Iran's role is smaller but vis", "Each partner expects something",
    ]
    assert doc.passages[3].section == "What the partners want"
    assert "<h3>What the partners want</h3>" in html and "§4" in html
    for removal in ['navigation: &quot;Home | World', "paywall: &quot;Subscribe to continue reading", "duplicate paragraph: &quot;The loans",
                    "share buttons: &quot;Share on Facebook", "copyright: &quot;© 2025", "notes heading (2 notes kept apart)"]:  # fmt: skip
        assert removal in html, removal
    assert "Lending database of a university research centre." in html  # the notes, moved out of the text
    assert "paywall or membership prompt" in html  # the warning
    assert response.context["form"]["slug"].value() == "caracas-courts-new-partners-as-old-ties-fray"


def test_saving_creates_exactly_the_previewed_passages_notes_and_topics(teacher, corpus, instructor):
    preview = paste(teacher)
    doc = preview.context["doc"]
    response = save(teacher, preview)
    source = Source.objects.get(slug="caracas-courts-new-partners-as-old-ties-fray")
    assert response.status_code == 302 and response.url == source.get_absolute_url()
    assert list(source.passages.values_list("ordinal", "section", "kind", "text")) == [(p.ordinal, p.section, p.kind, p.text) for p in doc.passages]
    assert list(source.notes.values_list("number", "text")) == [(n.number, n.text) for n in doc.notes]
    assert source.removed == doc.removed and source.warnings == doc.warnings
    assert source.raw_text == PASTED and source.raw_format == "txt" and source.imported_by == instructor
    assert (source.publisher, source.authors, str(source.published), source.kind) == ("Harbour Ledger", ["Elena Ruiz", "Ana Gil"], "2025-03-03", "news report")
    first = source.passages.get(ordinal=1)
    assert {t.slug for t in first.topics.all()} == {"russia", "china"}
    assert source.cleaned_text[first.start : first.end] == first.text
    page = teacher.get(source.get_absolute_url()).content.decode()
    assert "4 passages and 2 notes" in page and "Generate questions" in page


def test_an_uploaded_html_page_loses_its_scripts_and_event_handlers_and_says_so(teacher, corpus):
    before = stored()
    preview = upload(teacher, "meridian.html", UPLOADED.encode(), title=UPLOADED_TITLE)
    html = preview.content.decode()
    assert stored() == before
    assert [p.section for p in preview.context["doc"].passages] == ["", "Arms from Moscow", "Arms from Moscow", "Money from Beijing"]
    for removal in ["2 scripts: &quot;window.track = function", "4 event handlers: &quot;onload=track() | onerror=alert(",
                    "cookie notice:", "page aside:", "page footer:"]:  # fmt: skip
        assert removal in html, removal
    assert "<script>alert" not in html and "onerror=" not in html.replace("onerror=alert", "") and "<b " not in html
    assert "meridian.html" in html
    save(teacher, preview)
    source = Source.objects.get(title=UPLOADED_TITLE)
    texts = " ".join(source.passages.values_list("text", flat=True))
    assert "alert" not in texts and "steal" not in texts and "cookies" not in texts and "outlasted the credit lines themselves." in texts
    assert source.raw_format == "html" and source.notes.get().text == "Figures from customs records of the importing countries."
    page = teacher.get(source.get_absolute_url()).content.decode()
    assert "alert(" not in re.sub(r"<details.*</details>", "", page, flags=re.S)


def test_cleaning_reports_scripts_and_event_handlers_once_each():
    from briefing.ingest import clean

    removed = clean(UPLOADED, "html", title=UPLOADED_TITLE).removed
    assert [entry.split(":")[0] for entry in removed if "script" in entry.split(":")[0] or "handler" in entry] == ["2 scripts", "4 event handlers"]
    assert not [entry for entry in clean("<p onclick=\"go()\">Tap here to read on.</p>", "html").removed if "script" in entry]
    assert clean("<p onclick=\"go()\">Tap here to read on.</p>", "html").removed == ['1 event handler: "onclick=go()"']


def test_markdown_upload_and_a_file_in_windows_1252_are_read_with_a_warning(teacher, corpus):
    before = stored()
    text = f"# {UPLOADED_TITLE}\n\nCaracas signed a *fuel* accord with Tehran – the third in a decade – said the minister.\n"
    preview = upload(teacher, "accord.md", text.encode("cp1252"), title=UPLOADED_TITLE)
    assert "not valid UTF-8, so it was read as Windows-1252" in preview.content.decode()
    assert preview.context["doc"].passages[0].text == "Caracas signed a fuel accord with Tehran – the third in a decade – said the minister."
    assert stored() == before
    save(teacher, preview)
    assert Source.objects.get(title=UPLOADED_TITLE).warnings[0].startswith("The file is not valid UTF-8")


def test_the_title_changed_on_the_preview_is_checked_against_the_passages_shown(teacher, corpus):
    preview = paste(teacher)
    before = stored()
    response = save(teacher, preview, title="Partners of Caracas")  # the headline lines are no longer the title
    assert stored() == before
    assert "cleaning keeps different text" in response.content.decode()
    shown = [(p.section, p.text) for p in response.context["doc"].passages]
    assert shown[1][0] == PASTED_TITLE  # the headline is now a section heading, and the page shows it
    response = save(teacher, response)
    source = Source.objects.get(title="Partners of Caracas")
    assert list(source.passages.values_list("section", "text")) == shown


def test_a_bad_detail_on_the_preview_keeps_the_passages_in_view_and_saves_nothing(teacher, corpus):
    preview = paste(teacher)
    before = stored()
    response = save(teacher, preview, published="last spring", url="javascript:alert(1)")
    assert set(response.context["form"].errors) == {"published", "url"}
    assert len(response.context["doc"].passages) == 4 and stored() == before


def test_a_changed_detail_that_does_not_change_the_passages_is_saved(teacher, corpus):
    preview = paste(teacher)
    save(teacher, preview, publisher="The Harbour Ledger", slug="caracas-partners")
    assert Source.objects.get(slug="caracas-partners").publisher == "The Harbour Ledger"


# Bad input -------------------------------------------------------------------------


BINARY = b"%PDF-1.7\n\x00\x01\x02binary"


@pytest.mark.parametrize(
    "post, field, message",
    [
        (lambda c: paste(c, text=""), "text", "Paste the article's text here"),
        (lambda c: paste(c, text="  \n\t \n"), "text", "Paste the article's text here"),
        (lambda c: upload(c, "empty.txt", b""), "file", "The file is empty"),
        (lambda c: upload(c, "scan.txt", BINARY), "file", "binary file"),
        (lambda c: upload(c, "scan.pdf", BINARY), "file", "is not a .txt, .md or .html file"),
        (lambda c: upload(c, "setup.exe", b"MZ\x90\x00"), "file", "is not a .txt, .md or .html file"),
        (lambda c: paste(c, text="Home | News | Sport\nSubscribe\nShare on Facebook\n© 2025 Harbour Ledger. All rights reserved."),
         "text", "No article text found"),
        (lambda c: upload(c, "chrome.html", b"<nav>Home | News</nav><script>alert(1)</script><footer>Privacy</footer>"), "file", "No article text found"),
        (lambda c: paste(c, url="javascript:alert(document.cookie)"), "url", "starting with http:// or https://"),
        (lambda c: paste(c, url="ftp://example.org/article.txt"), "url", "starting with http:// or https://"),
        (lambda c: paste(c, title="   "), "title", "Give the source its title"),
        (lambda c: paste(c, title="x" * 301), "title", "at most 300 characters"),
        (lambda c: paste(c, published="3 March"), "published", "valid date"),
        (lambda c: paste(c, slug="no spaces/here"), "slug", "letters, numbers, underscores or hyphens"),
        (lambda c: c.post(reverse("source_import"), {"text": PASTED, "format": "txt", "file": SimpleUploadedFile("a.txt", PASTED.encode()), **details()}),
         None, "not both"),
        (lambda c: paste(c, fmt="docx"), "format", "Select a valid choice"),
    ],
    ids=["empty text", "blank text", "empty file", "binary file", "pdf", "exe", "only chrome", "only chrome html", "javascript url",
         "ftp url", "no title", "long title", "bad date", "bad slug", "text and file", "unknown format"],
)
def test_bad_input_gets_a_clear_message_on_the_form_and_saves_nothing(teacher, post, field, message):
    before = stored()
    response = post(teacher)
    assert response.status_code == 200 and response.templates[0].name == "briefing/source_import.html"
    form = response.context["form"]
    errors = form.errors.get(field or "__all__", [])
    assert any(message in error for error in errors), form.errors
    assert message.replace("'", "&#x27;") in response.content.decode()
    assert stored() == before


def test_a_file_over_the_size_limit_is_refused(teacher, settings):
    settings.BRIEFING_MAX_IMPORT_BYTES = 2000
    before = stored()
    response = upload(teacher, "long.txt", PASTED.encode() * 2)
    assert "the limit is" in response.context["form"].errors["file"][0]
    response = paste(teacher, text=PASTED * 2)
    assert "The pasted text is" in response.context["form"].errors["text"][0]
    assert stored() == before


def test_a_slug_already_taken_is_refused_with_a_free_one_suggested(teacher, corpus):
    taken = Source.objects.first().slug
    response = paste(teacher, slug=taken)
    assert f"choose another, e.g. “{taken}-2”" in response.context["form"].errors["slug"][0]
    first, second = paste(teacher), paste(teacher)
    save(teacher, first)
    before = stored()
    response = save(teacher, second)  # both previews offered the same free slug; the first took it
    assert stored() == before
    assert "already has the address name" in response.context["form"].errors["slug"][0]
    assert response.context["doc"] is not None  # the passages are still shown
    save(teacher, second, slug="caracas-courts-again")
    assert Source.objects.filter(slug="caracas-courts-again").exists()


def test_a_slug_taken_between_the_check_and_the_save_gets_a_message(teacher, corpus, monkeypatch):
    from briefing.forms import ConfirmForm

    preview = paste(teacher)
    taken = Source.objects.first().slug
    monkeypatch.setattr(ConfirmForm, "clean_slug", lambda form: form.cleaned_data["slug"])  # as if another save came first
    before = stored()
    response = save(teacher, preview, slug=taken)
    assert "took this address name a moment ago" in response.content.decode()
    assert stored() == before


def test_a_file_must_be_chosen_again_when_the_details_need_correcting(teacher):
    response = upload(teacher, "meridian.html", UPLOADED.encode(), title="")
    assert "Choose the file again" in response.context["form"].errors["file"][0]
    assert stored() == (0, 0, 0)


def test_a_tampered_or_expired_preview_saves_nothing(teacher):
    preview = paste(teacher)
    data = confirm_data(preview)
    before = stored()
    head, _, tail = data["capture"].partition(":")
    response = teacher.post(reverse("source_import_confirm"), data | {"capture": head[:-2] + "xx:" + tail})
    assert "cannot be read back" in response.content.decode() and stored() == before
    response = teacher.post(reverse("source_import_confirm"), data | {"capture": ""})
    assert stored() == before and response.status_code == 200
    with time_machine.travel(timezone.now() + timedelta(days=2)):
        response = teacher.post(reverse("source_import_confirm"), data)
    assert "more than a day old" in response.content.decode() and stored() == before


def test_another_instructors_preview_cannot_be_saved_as_ones_own(client, instructor, other_instructor):
    client.force_login(instructor)
    data = confirm_data(paste(client))
    client.force_login(other_instructor)
    response = client.post(reverse("source_import_confirm"), data)
    assert "cannot be read back" in response.content.decode()
    assert not Source.objects.filter(title=PASTED_TITLE).exists()


def test_hostile_metadata_is_stored_as_text_and_shown_escaped(teacher):
    hostile = '<img src=x onerror="alert(1)">'
    preview = paste(teacher, publisher=hostile, caveats=hostile)
    assert hostile not in preview.content.decode()
    save(teacher, preview)
    source = Source.objects.get(title=PASTED_TITLE)
    assert source.publisher == hostile
    assert hostile not in teacher.get(source.get_absolute_url()).content.decode()


# Generating questions with a progress page ------------------------------------------


def read(response) -> str:
    return b"".join(response.streaming_content).decode()


@pytest.fixture
def imported(teacher, corpus):
    save(teacher, paste(teacher))
    return Source.objects.get(title=PASTED_TITLE)


def test_generation_streams_its_progress_then_the_summary(teacher, imported, cached_generation):
    response = teacher.post(reverse("generate_questions", args=[imported.slug]))
    assert response.status_code == 200 and response.streaming
    assert "Content-Length" not in response and response["X-Accel-Buffering"] == "no"
    nonce = re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"])[1]
    chunks = iter(response.streaming_content)
    head = next(chunks).decode()
    assert "<h1>Generating questions</h1>" in head and f'nonce="{nonce}"' in head
    assert not Question.objects.exists()  # the page starts before the work
    rest = b"".join(chunks).decode()
    assert rest.index("<li>Generating from 4 of ") < rest.index("Done") < rest.index("Created ")
    assert f'{reverse("review_queue")}?source={imported.slug}&amp;status=' in rest and rest.rstrip().endswith("</html>")
    assert set(Question.objects.values_list("passage__source", flat=True)) == {imported.pk}


def test_progress_lines_reach_the_browser_while_generation_is_still_running(teacher, imported, monkeypatch):
    from conftest import _cached_generate

    release, finished = threading.Event(), []

    def slow_generate(inputs):
        release.wait(10)
        finished.append(True)
        return _cached_generate(inputs)

    monkeypatch.setattr(bank, "generate", slow_generate)
    chunks = iter(teacher.post(reverse("generate_questions", args=[imported.slug])).streaming_content)
    next(chunks)  # the page
    assert b"Generating from 4 of" in next(chunks)
    assert not finished
    release.set()
    assert "Created " in b"".join(chunks).decode() and finished


def test_generation_for_one_passage_only_touches_that_passage(teacher, imported, cached_generation):
    read(teacher.post(reverse("generate_questions", args=[imported.slug]), {"passage": "3"}))
    assert set(Question.objects.values_list("passage__ordinal", flat=True)) <= {3}
    for bad in ["99", "-1", "3x", "1" * 30]:
        assert teacher.post(reverse("generate_questions", args=[imported.slug]), {"passage": bad}).status_code == 404


def test_a_failed_generation_says_so_on_the_page_and_stores_nothing(teacher, imported, monkeypatch, caplog):
    def broken(inputs):
        raise RuntimeError("the model is missing")

    monkeypatch.setattr(bank, "generate", broken)
    page = read(teacher.post(reverse("generate_questions", args=[imported.slug])))
    assert "Generation failed" in page and "no questions were stored" in page
    assert not Question.objects.exists()
    assert "the model is missing" in caplog.text


def test_generation_is_post_only_and_for_instructors(client, imported, student):
    url = reverse("generate_questions", args=[imported.slug])
    assert client.get(url).status_code == 405
    client.force_login(student)
    assert client.post(url).status_code == 403
    assert not Question.objects.exists()


# Editing a passage -----------------------------------------------------------------


@pytest.fixture
def asked(questions):
    """A passage with live questions made from it."""
    question = questions.live().filter(type="cloze").select_related("passage__source").first()
    return question.passage


def test_the_source_page_offers_instructors_an_edit_link_beside_each_passage(client, asked, instructor):
    edit = reverse("passage_edit", args=[asked.source.slug, asked.ordinal])
    assert edit not in client.get(asked.source.get_absolute_url()).content.decode()
    client.force_login(instructor)
    page = client.get(asked.source.get_absolute_url()).content.decode()
    assert f'href="{edit}"' in page and "stale question" not in page


def test_editing_a_passage_makes_its_questions_stale_and_lists_them_for_review(teacher, asked):
    live = Question.objects.live().filter(passage=asked).count()
    url = reverse("passage_edit", args=[asked.source.slug, asked.ordinal])
    form = teacher.get(url)
    assert escape(asked.text) in form.content.decode() and f"{live} live question" in form.content.decode()
    new_text = asked.text + " An added sentence   about\nthe Iranian tankers."
    response = teacher.post(url, {"text": new_text}, follow=True)
    asked.refresh_from_db()
    assert asked.text == " ".join(new_text.split()) and asked.hash == Passage.hash_of(asked.text)
    stale = Question.objects.filter(passage=asked, status=Question.Status.STALE)
    assert stale.count() >= live > 0 and not Question.objects.live().filter(passage=asked).exists()
    html = response.content.decode()
    assert f"{stale.count()} question" in html and "now need review" in html
    for question in stale:
        assert f'href="{reverse("question_review", args=[question.pk])}"' in html
    assert f'action="{reverse("generate_questions", args=[asked.source.slug])}"' in html
    assert f'name="passage" value="{asked.ordinal}"' in html
    assert "iran" in set(asked.topics.values_list("slug", flat=True))  # tagged again from the new text
    source = asked.source
    source.refresh_from_db()
    for passage in source.passages.all():
        assert source.cleaned_text[passage.start : passage.end] == passage.text
    page = teacher.get(source.get_absolute_url()).content.decode()
    assert f"{stale.count()} stale question" in page


def test_regenerating_the_edited_passage_refreshes_its_stale_questions(teacher, asked):
    url = reverse("passage_edit", args=[asked.source.slug, asked.ordinal])
    teacher.post(url, {"text": asked.text + " Talks resumed in May."})
    page = read(teacher.post(reverse("generate_questions", args=[asked.source.slug]), {"passage": asked.ordinal}))
    assert "Refreshed " in page
    assert not Question.objects.filter(passage=asked, status=Question.Status.STALE).exists()
    assert "stale question" not in teacher.get(url).content.decode().split('id="stale-heading"')[1].split("</section>")[0]


@pytest.mark.parametrize(
    "text, message",
    [("   \n ", "cannot be empty"), ("x" * 6001, "at most 6000 characters"), (None, "unchanged")],
)
def test_a_bad_passage_edit_gets_a_message_and_changes_nothing(teacher, asked, text, message):
    url = reverse("passage_edit", args=[asked.source.slug, asked.ordinal])
    before = (asked.text, asked.hash, list(Question.objects.filter(passage=asked).values_list("status", flat=True)))
    response = teacher.post(url, {"text": asked.text if text is None else text})
    assert response.status_code == 200 and message in response.content.decode()
    asked.refresh_from_db()
    assert (asked.text, asked.hash, list(Question.objects.filter(passage=asked).values_list("status", flat=True))) == before


def test_a_passage_edit_with_markup_is_stored_as_text_and_shown_escaped(teacher, corpus):
    passage = Passage.objects.select_related("source").first()
    hostile = "Caracas <script>alert('x')</script> signed <b onclick=steal()>the accord</b>."
    teacher.post(reverse("passage_edit", args=[passage.source.slug, passage.ordinal]), {"text": hostile})
    passage.refresh_from_db()
    assert passage.text == hostile
    page = teacher.get(passage.source.get_absolute_url()).content.decode()
    assert "<script>alert" not in page and "&lt;script&gt;alert" in page


def test_editing_an_unknown_passage_is_not_found(teacher, corpus):
    source = Source.objects.first()
    assert teacher.get(reverse("passage_edit", args=[source.slug, 999])).status_code == 404
    assert teacher.get(reverse("passage_edit", args=["no-such-source", 1])).status_code == 404


# In a real browser, without JavaScript ---------------------------------------------


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [False, True], ids=["without JavaScript", "with JavaScript"])
def test_an_instructor_imports_a_page_and_watches_its_questions_generated(live_server, corpus, instructor, browser, cached_generation,
                                                                          axe, tmp_path, javascript):  # fmt: skip
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": 360, "height": 800})
    page = context.new_page()

    def check_accessibility(page, label):
        if javascript:  # axe-core runs in the page
            axe(page, label)

    page.goto(live_server.url + reverse("login"))
    page.get_by_label("Username").fill("instructor")
    page.get_by_label("Password").fill("pw-instructor")
    page.get_by_role("button", name="Log in").click()
    page.goto(live_server.url + reverse("sources"))
    page.get_by_role("link", name="Import a source").click()
    check_accessibility(page, "import form")

    capture = tmp_path / "meridian.html"
    capture.write_text(UPLOADED, encoding="utf-8")
    page.get_by_label("Or upload the saved article").set_input_files(capture)
    page.get_by_label("Title").fill(UPLOADED_TITLE)
    page.get_by_label("Kind of source").fill("magazine analysis")
    page.get_by_role("button", name="Preview the passages").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Check the import"
    assert "4 event handlers" in page.locator(".import-removed").inner_text()
    assert page.locator(".import-passages .passage").count() == 4
    check_accessibility(page, "preview")
    assert not Source.objects.filter(title=UPLOADED_TITLE).exists()

    page.get_by_role("button", name="Save the source").click()
    page.wait_for_url("**/sources/bolivarian-diplomacy-in-three-moves/")
    page.get_by_role("button", name="Generate questions").click()
    page.get_by_role("heading", name="Done").wait_for()
    assert "Generating from 4 of" in page.locator(".progress-log").inner_text()
    assert "Created " in page.locator(".generation-summary").inner_text()
    check_accessibility(page, "progress")
    page.get_by_role("link", name="Review this source's questions").click()
    assert page.get_by_role("heading", level=1).inner_text() == "Question review"
    context.close()


@pytest.mark.parametrize("debug", [False, True])
def test_a_paste_too_big_for_the_form_body_gets_a_readable_page(client, instructor, settings, debug):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    settings.DEBUG = debug  # the CSRF check reads the body first; DEBUG must not turn that into a traceback
    client.force_login(instructor)
    response = client.post(reverse("source_import"), {"title": "Huge", "text": "word " * 5_000})
    page = response.content.decode()
    assert response.status_code == 413
    assert "too large to send" in page and "Nothing was saved" in page and "RequestDataTooBig" not in page
    assert "Log out" in page and "Content-Security-Policy" in response.headers  # drawn like any page
    assert Source.objects.filter(title="Huge").count() == 0
    small = client.post(reverse("source_import"), {"title": "Small", "text": "word " * 50})
    assert small.status_code == 200  # a body under the limit reaches the form as before


def test_the_text_after_a_key_points_box_is_set_apart_from_its_heading_on_the_preview_and_the_source(teacher, corpus):
    text = ("Caracas looks east\n\nThe government says new partners will replace old ones.\n\n"
            "KEY POINTS\n- Caracas sells most of its oil to Beijing.\n- Moscow supplies its jets.\n\n"
            "Venezuela signed 31 agreements with China in 2023, the foreign ministry said.\n\n"
            "Why does Russia matter?\n\nRussia sold Venezuela 24 Sukhoi jets in 2006, the ministry said.\n")
    preview = paste(teacher, text=text, title="Caracas looks east", slug="caracas-looks-east")
    doc = preview.context["doc"]
    assert [p.section for p in doc.passages] == ["", "KEY POINTS", "KEY POINTS", "", "Why does Russia matter?"]
    page = preview.content.decode()
    # the box's heading, its bullets, then a rule before the paragraph it does not head; none before the first
    # untitled passage or before a new heading
    assert page.count('<hr class="section-end">') == 1
    assert page.index("KEY POINTS") < page.index("Moscow supplies") < page.index("section-end") < page.index("31 agreements")
    save(teacher, preview)
    source_page = teacher.get(Source.objects.get(slug="caracas-looks-east").get_absolute_url()).content.decode()
    assert source_page.count('<hr class="section-end">') == 1
    assert source_page.index("Moscow supplies") < source_page.index("section-end") < source_page.index("31 agreements")
