"""Pages, roles and login: who can open what, and what each page shows."""

import re
from html import escape

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from briefing.models import Citation, Lesson, Passage, Source, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def source(corpus):
    return Source.objects.get(slug="isw-russia-non-response-kremlin-balancing")


@pytest.fixture
def draft(corpus, source):
    lesson = Lesson(slug="draft-lesson", title="A draft", topic=Topic.objects.get(slug="russia"),
                    markdown=f"Moscow stayed quiet [@{source.slug}:2].", status=Lesson.Status.DRAFT)  # fmt: skip
    lesson.save_with_citations()
    return lesson


@pytest.fixture
def lesson(corpus):
    return Lesson.objects.filter(status=Lesson.Status.PUBLISHED).first()


PUBLIC_PAGES = ["home", "lessons", "sources", "login", "signup"]


@pytest.mark.parametrize("name", PUBLIC_PAGES)
def test_public_pages_open_for_anyone(client, corpus, name):
    response = client.get(reverse(name))
    assert response.status_code == 200
    assert "Content-Security-Policy" in response.headers


def test_every_page_carries_a_csp_with_a_script_nonce(client, corpus):
    response = client.get(reverse("home"))
    policy = response.headers["Content-Security-Policy"]
    nonce = re.search(r"'nonce-([^']+)'", policy)[1]
    scripts = re.findall(r"<script[^>]*>", response.content.decode())
    assert scripts and all(f'nonce="{nonce}"' in tag for tag in scripts)
    assert not re.search(r"\son[a-z]+=", response.content.decode())  # no inline event handlers


def test_source_page_shows_metadata_passages_and_linked_notes(client, source):
    html = client.get(source.get_absolute_url()).content.decode()
    assert source.kind in html and "Caveats" in html
    assert 'id="p-1"' in html
    assert 'id="note-1"' in html
    assert f'href="{source.get_absolute_url()}#note-1"' in html  # an inline marker links to its note


def test_passage_permalink_highlights_the_passage_in_context_and_lists_citing_lessons(client, draft, instructor, source):
    passage = source.passages.get(ordinal=2)
    client.force_login(instructor)
    html = client.get(passage.get_absolute_url()).content.decode()
    assert 'class="passage highlighted"' in html
    assert "§1" in html and "§3" in html  # neighbours for context
    assert draft.title in html


def test_passage_permalink_answers_htmx_with_just_the_card(client, source):
    passage = source.passages.get(ordinal=2)
    response = client.get(passage.get_absolute_url(), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html
    assert 'class="passage-card"' in html
    assert escape(source.title) in html and escape(source.kind) in html


def test_unknown_passage_and_source_are_404(client, source):
    assert client.get(reverse("passage", args=[source.slug, 9999])).status_code == 404
    assert client.get(reverse("source", args=["no-such-source"])).status_code == 404


def test_lesson_page_renders_numbered_citations_that_expand_in_place(client, lesson):
    html = client.get(lesson.get_absolute_url()).content.decode()
    first = lesson.citations.select_related("passage__source").first().passage
    assert f'href="{first.get_absolute_url()}" hx-get="{first.get_absolute_url()}"' in html
    assert ">[1]</a></sup>" in html
    assert "Sources cited" in html and first.source.kind in html


def test_draft_lessons_are_hidden_from_students_and_visitors(client, draft, student, instructor):
    assert client.get(draft.get_absolute_url()).status_code == 404
    client.force_login(student)
    assert client.get(draft.get_absolute_url()).status_code == 404
    assert draft.title not in client.get(reverse("lessons")).content.decode()
    client.force_login(instructor)
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_lesson_editor_is_for_instructors_only(client, lesson, student):
    url = reverse("lesson_edit", args=[lesson.slug])
    response = client.get(url)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    client.force_login(student)
    assert client.get(url).status_code == 403
    assert client.post(url, {"markdown": "hijacked"}).status_code == 403
    lesson.refresh_from_db()
    assert lesson.markdown != "hijacked"


def _form(lesson, **changes):
    data = {"title": lesson.title, "summary": lesson.summary, "topic": lesson.topic_id, "order": lesson.order,
            "status": lesson.status, "markdown": lesson.markdown}  # fmt: skip
    return data | changes


def test_a_citation_of_a_missing_passage_is_an_error_the_author_sees(client, lesson, instructor, source):
    client.force_login(instructor)
    before = list(lesson.citations.values_list("passage_id", flat=True))
    response = client.post(reverse("lesson_edit", args=[lesson.slug]), _form(lesson, markdown=f"Claim [@{source.slug}:999] and [@nope:1]."))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"[@{source.slug}:999]" in html and "[@nope:1]" in html and "do not exist" in html
    lesson.refresh_from_db()
    assert list(lesson.citations.values_list("passage_id", flat=True)) == before


@pytest.mark.parametrize("markdown", ["", "   ", "x" * 60_001])
def test_the_editor_refuses_empty_or_huge_lessons(client, lesson, instructor, markdown):
    client.force_login(instructor)
    response = client.post(reverse("lesson_edit", args=[lesson.slug]), _form(lesson, markdown=markdown))
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()


def test_saving_a_lesson_rebuilds_its_citations(client, lesson, instructor, source):
    client.force_login(instructor)
    text = f"New text [@{source.slug}:3] then [@{source.slug}:1] and again [@{source.slug}:3]."
    response = client.post(reverse("lesson_edit", args=[lesson.slug]), _form(lesson, markdown=text))
    assert response.status_code == 302
    cited = list(Citation.objects.filter(lesson=lesson).values_list("number", "passage__ordinal"))
    assert cited == [(1, 3), (2, 1)]


def test_signup_creates_a_student_and_logs_them_in(client, db):
    response = client.post(reverse("signup"), {"username": "newbie", "first_name": "New", "password1": "a-long-pass-phrase-7", "password2": "a-long-pass-phrase-7"})
    assert response.status_code == 302
    user = User.objects.get(username="newbie")
    assert not user.groups.exists() and not user.is_staff
    assert client.get(reverse("home")).context["user"] == user


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"username": "", "password1": "a-long-pass-phrase-7", "password2": "a-long-pass-phrase-7"},
        {"username": "x" * 500, "password1": "a-long-pass-phrase-7", "password2": "a-long-pass-phrase-7"},
        {"username": "<script>alert(1)</script>", "password1": "a-long-pass-phrase-7", "password2": "a-long-pass-phrase-7"},
        {"username": "mismatch", "password1": "a-long-pass-phrase-7", "password2": "another-pass-phrase-8"},
        {"username": "weak", "password1": "123", "password2": "123"},
    ],
)
def test_signup_rejects_bad_input_with_a_message_and_saves_nothing(client, db, data):
    response = client.post(reverse("signup"), data)
    assert response.status_code == 200
    assert 'class="errorlist' in response.content.decode()
    assert not User.objects.exists()


def test_private_pages_send_visitors_to_log_in(client, db):
    response = client.get(reverse("password_change"))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_login_and_logout(client, student):
    response = client.post(reverse("login"), {"username": "student", "password": "pw-student"})
    assert response.status_code == 302
    assert client.get(reverse("password_change")).status_code == 200
    client.post(reverse("logout"))
    assert client.get(reverse("password_change")).status_code == 302


def test_admin_lists_every_model(admin_client, corpus):
    for model in ["topic", "topicalias", "source", "passage", "note", "lesson", "citation"]:
        assert admin_client.get(reverse(f"admin:briefing_{model}_changelist")).status_code == 200
    passage = Passage.objects.first()
    assert admin_client.get(reverse("admin:briefing_passage_change", args=[passage.pk])).status_code == 200


def test_home_shows_a_signed_in_student_what_is_due_and_where_to_continue(client, student, corpus):
    from django.utils import timezone

    from quizzes.models import Attempt

    client.force_login(student)
    html = client.get(reverse("home")).content.decode()
    assert "Your review deck is empty" in html
    Attempt.objects.create(user=student, title="Quiz: unfinished one", started_at=timezone.now(), total=5)
    assert "Quiz: unfinished one" in client.get(reverse("home")).content.decode()
