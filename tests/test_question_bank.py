"""Storing generated questions: provenance, re-runs, stale passages, versions, review and export."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils.html import escape

from briefing.models import Lesson, Passage, Source
from quizzes import bank
from quizzes.models import Question, QuestionVersion, ReviewAction

pytestmark = pytest.mark.django_db


def test_generation_stores_grounded_questions_with_provenance(questions):
    # Published volume fell from 80 to about 63 in generator 1.2: statements that lean on an earlier sentence
    # ("the administration", "a recent operation"), lesson wording the cited passage does not support, antonym
    # flips and bounded figures now wait for review; precision comes before volume.  Generator 1.3 holds back a
    # few more (59 published): a blank figure after a bound ("over _____ people"), a year option before the term of
    # an office-holder the prompt names, a title in the prompt that only the key holds.
    assert questions.count() >= 100 and questions.live().count() >= 50  # see test_generation's volume floor
    for q in questions.select_related("current", "passage"):
        assert q.current is not None and q.current.number == 1
        assert q.passage_hash == q.passage.hash
        assert 0 <= q.answer_start < q.answer_end <= len(q.passage.text)
        assert q.generator_version
        if q.type in ("cloze", "mcq"):
            assert q.passage.text[q.answer_start : q.answer_end] == q.current.answer
        if q.type == "mcq":
            assert q.current.answer in q.current.options


def test_scores_decide_what_is_published_and_what_waits(questions, settings):
    threshold = settings.BRIEFING_AUTO_PUBLISH_SCORE
    assert not questions.filter(status="published", score__lt=threshold).exists()
    assert not questions.filter(status="pending", score__gte=threshold).exists()


def test_every_lesson_has_live_questions(questions):
    # 15 until generator 1.2 and 12 until 1.3; generator 1.6 publishes unreviewed only sentences that name what they
    # refer to, and the China lesson is left with 6 (the rest wait in the review queue; evaluation/README.md); 4 since
    # generator 1.19 holds what the titles shown above the questions give away
    for lesson in Lesson.objects.all():
        assert questions.live().for_lesson(lesson).count() >= 4, lesson.slug


def test_rerunning_creates_no_duplicates_and_keeps_human_decisions(questions):
    total = questions.count()
    rejected = questions.first()
    rejected.status, rejected.reject_reason = Question.Status.REJECTED, Question.RejectReason.TRIVIAL
    rejected.save()
    edited = questions.exclude(pk=rejected.pk).first()
    QuestionVersion.objects.create(question=edited, number=2, stem="An instructor's wording", answer=edited.current.answer,
                                   options=edited.current.options, explanation=edited.current.explanation)  # fmt: skip
    edited.current = edited.versions.get(number=2)
    edited.human_edited, edited.status = True, Question.Status.APPROVED
    edited.save()

    summary = bank.generate_questions()
    assert sum(summary.created.values()) == 0
    assert summary.kept["rejected by an instructor"] == 1
    assert summary.kept["edited by an instructor"] == 1
    assert Question.objects.count() == total
    assert Question.objects.get(pk=rejected.pk).status == Question.Status.REJECTED
    assert Question.objects.get(pk=edited.pk).current.stem == "An instructor's wording"


def test_editing_a_passage_marks_its_questions_stale_until_regenerated(questions):
    q = questions.filter(type="cloze").select_related("passage").first()
    passage = q.passage
    live_before = questions.live().filter(passage=passage).count()
    passage.text = passage.text + " An added closing sentence about nothing in particular."
    passage.save()
    assert questions.live().filter(passage=passage).count() == 0
    assert Question.objects.filter(passage=passage, status=Question.Status.STALE).count() >= live_before

    summary = bank.generate_questions(Passage.objects.filter(pk=passage.pk))
    assert summary.refreshed >= 1
    q.refresh_from_db()
    assert q.status != Question.Status.STALE
    assert q.passage_hash == passage.hash
    assert q.current.number == 2


def test_an_unchanged_passage_save_does_not_make_questions_stale(questions):
    passage = questions.first().passage
    passage.save()
    assert not Question.objects.filter(status=Question.Status.STALE).exists()


# Review queue -----------------------------------------------------------------

def test_the_review_queue_is_for_instructors_only(client, questions, student):
    q = questions.first()
    urls = [reverse("review_queue"), reverse("question_review", args=[q.pk]), reverse("question_edit", args=[q.pk])]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and response.url.startswith(reverse("login"))
    client.force_login(student)
    for url in urls:
        assert client.get(url).status_code == 403
    for url in [reverse("question_decide", args=[q.pk]), reverse("bulk_approve"), reverse("generate_questions", args=["x"])]:
        assert client.post(url, {"action": "approve", "ids": [q.pk]}).status_code == 403
    q.refresh_from_db()
    assert q.status != Question.Status.APPROVED


def test_the_queue_filters_and_shows_the_passage_beside_the_question(client, questions, instructor):
    client.force_login(instructor)
    response = client.get(reverse("review_queue"), {"type": "mcq", "status": ""})
    html = response.content.decode()
    shown = response.context["questions"]
    assert shown and all(q.type == "mcq" for q in shown)
    assert "<mark>" in html and shown[0].passage.source.title.split("’")[0][:20] in html.replace("&#x27;", "'")
    fragment = client.get(reverse("review_queue"), {"type": "cloze", "status": ""}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.content.decode() and 'id="results"' in fragment.content.decode()


def test_held_questions_say_why_and_published_ones_need_no_reason(client, questions, instructor):
    held = questions.filter(status=Question.Status.PENDING).exclude(held_because=[])
    assert held.count() >= questions.filter(status=Question.Status.PENDING).count() // 2  # most are held for a named reason
    assert not questions.filter(status=Question.Status.PUBLISHED).exclude(held_because=[]).exists()
    q = held.first()
    assert q.hold_reasons and all(reason.endswith(".") and reason[:1].isupper() for reason in q.hold_reasons)
    client.force_login(instructor)
    queue = client.get(reverse("review_queue"), {"status": "pending", "type": q.type}).content.decode()
    detail = client.get(reverse("question_review", args=[q.pk])).content.decode()
    for page in (queue, detail):
        assert escape(q.hold_reasons[0]) in page
    assert f"From <cite>{escape(q.passage.source.title)}</cite>" in detail  # the preview names the article, as students see it


def test_a_source_with_no_publisher_is_cited_as_such_not_with_an_empty_gap(client, questions, instructor):
    q = questions.first()
    source = q.passage.source
    source.publisher = ""
    source.save(update_fields=["publisher"])
    client.force_login(instructor)
    page = client.get(reverse("question_review", args=[q.pk])).content.decode()
    assert f"<cite>{escape(source.title)}</cite>, unknown publisher, " in page
    assert "</cite>, , " not in page


def test_a_rerun_fills_in_why_older_questions_were_held(questions):
    held = questions.exclude(held_because=[])
    codes = {q.pk: q.held_because for q in held}
    held.update(held_because=[])
    summary = bank.generate_questions()
    assert sum(summary.created.values()) == 0
    assert {q.pk: q.held_because for q in Question.objects.filter(pk__in=codes)} == codes


@pytest.mark.parametrize(("code", "words"), [
    ("descriptor blank", "other words may fit"),
    ("not self-contained: unanchored definite description", "never names"),
    ("event not self-contained: fragment", "not complete"),
    ("lesson sentence adds late 2025", "“late 2025”"),
    ("not self-contained: the country", "the article's own country"),
    ("not self-contained: help for whom", "without saying to whom"),
    ("a minor official's name", "minor official"),
    ("name of the person quoted", "a quotation comes from"),
    ("a summary the article repeats", "opening summary"),
    ("a world event's well-known year", "a world event everyone knows"),
    ("no checkable fact", "nothing in it to check"),
    ("a figure to the cent", "a price to the cent"),
    ("some reason added later", "Some reason added later."),
])  # fmt: skip
def test_each_reason_for_holding_reads_as_a_sentence(code, words):
    from quizzes.generation.calibrate import hold_reason

    assert words in hold_reason(code)


def test_malformed_queue_filters_get_a_message_not_an_error(client, questions, instructor):
    client.force_login(instructor)
    response = client.get(reverse("review_queue"), {"min_score": "lots", "type": "<script>", "lesson": "nope",
                                                    "status": "waiting"})
    assert response.status_code == 200
    page = response.content.decode()
    assert "<script>" not in page
    assert list(response.context["questions"]) == []
    # each bad filter is named with what is wrong with it, not listed by its field's name alone
    assert "Status: Select a valid choice. waiting is not one of the available choices." in page
    assert "Score at least: Enter a number." in page


def test_approve_and_reject_with_a_reason_are_recorded(client, questions, instructor):
    client.force_login(instructor)
    a, b = questions.exclude(status="stale")[:2]
    client.post(reverse("question_decide", args=[a.pk]), {"action": "approve"})
    response = client.post(reverse("question_decide", args=[b.pk]), {"action": "reject", f"reason-{b.pk}": "giveaway"},
                           headers={"HX-Request": "true"})  # fmt: skip
    assert "<html" not in response.content.decode() and f'id="q-{b.pk}"' in response.content.decode()
    a.refresh_from_db(), b.refresh_from_db()
    assert a.status == "approved" and b.status == "rejected" and b.reject_reason == "giveaway"
    assert list(ReviewAction.objects.order_by("at").values_list("action", "reason")) == [("approve", ""), ("reject", "giveaway")]
    queue = client.get(reverse("review_queue"), {"status": ""}).content.decode()
    assert "The prompt gives the answer away (1)" in queue


def test_rejecting_without_a_reason_changes_nothing(client, questions, instructor):
    client.force_login(instructor)
    q = questions.first()
    before = q.status
    response = client.post(reverse("question_decide", args=[q.pk]), {"action": "reject"}, follow=True)
    assert "Choose a reason" in response.content.decode()
    q.refresh_from_db()
    assert q.status == before and not ReviewAction.objects.exists()


def test_bulk_approve(client, questions, instructor):
    client.force_login(instructor)
    ids = list(questions.filter(status="pending").values_list("pk", flat=True)[:3]) or list(questions.values_list("pk", flat=True)[:3])
    client.post(reverse("bulk_approve"), {"ids": ids + ["junk", "-1"]})
    assert Question.objects.filter(pk__in=ids, status="approved").count() == len(ids)
    assert ReviewAction.objects.filter(action="approve").count() == len(ids)


def test_editing_makes_a_new_version_and_keeps_the_old_one(client, questions, instructor):
    client.force_login(instructor)
    q = questions.filter(type="mcq").first()
    old = q.current
    data = {"stem": "Reworded: " + old.stem, "answer": old.answer, "options": "\n".join(old.options), "accepted": "", "explanation": old.explanation}
    response = client.post(reverse("question_edit", args=[q.pk]), data)
    assert response.status_code == 302
    q.refresh_from_db()
    assert q.current.number == 2 and q.current.stem.startswith("Reworded: ") and q.human_edited and q.status == "approved"
    assert QuestionVersion.objects.get(pk=old.pk).stem == old.stem


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"answer": "Not an option"}, "must be one of the options"),
        ({"stem": ""}, "This field is required"),
        ({"options": "Same\nsame"}, "must be one of the options"),
        ({"stem": "x" * 2001}, "at most 2000"),
    ],
)
def test_bad_question_edits_are_refused_and_nothing_is_saved(client, questions, instructor, changes, message):
    client.force_login(instructor)
    q = questions.filter(type="mcq").first()
    old = q.current
    data = {"stem": old.stem, "answer": old.answer, "options": "\n".join(old.options), "accepted": "", "explanation": old.explanation} | changes
    response = client.post(reverse("question_edit", args=[q.pk]), data)
    assert response.status_code == 200 and message in response.content.decode()
    assert q.versions.count() == 1


def test_the_source_page_button_generates_for_that_source(client, corpus, instructor, cached_generation):
    client.force_login(instructor)
    source = Source.objects.get(slug="theendofhistory-venezuela-foreign-policy")
    assert "Generate questions" in client.get(source.get_absolute_url()).content.decode()
    response = client.post(reverse("generate_questions", args=[source.slug]))
    assert response.streaming and "Created" in b"".join(response.streaming_content).decode()  # a progress page, then the summary
    assert Question.objects.exists()
    assert set(Question.objects.values_list("passage__source__slug", flat=True)) == {source.slug}
    htmx = client.post(reverse("generate_questions", args=[source.slug]), headers={"HX-Request": "true"})
    assert htmx.headers["HX-Redirect"].startswith(reverse("review_queue"))


# Commands ---------------------------------------------------------------------


def test_generate_questions_command_reports_what_it_did_and_is_safe_to_rerun(corpus, cached_generation):
    out = StringIO()
    call_command("generate_questions", "--source", "factually-russia-china-iran-role", stdout=out, stderr=StringIO())
    assert out.getvalue().startswith("Created ")
    out = StringIO()
    call_command("generate_questions", "--source", "factually-russia-china-iran-role", stdout=out, stderr=StringIO())
    assert out.getvalue().startswith("Created 0 questions") and "already up to date" in out.getvalue()


@pytest.mark.parametrize("args", [["--source", "no-such-source"], ["--lesson", "no-such-lesson"]])
def test_generate_questions_command_refuses_unknown_slugs(corpus, args):
    with pytest.raises(CommandError, match="No "):
        call_command("generate_questions", *args, stdout=StringIO(), stderr=StringIO())


def test_export_questions_prints_the_documented_json(questions):
    out = StringIO()
    call_command("export_questions", "--format", "json", stdout=out)
    rows = json.loads(out.getvalue())
    assert len(rows) == questions.count()
    row = next(r for r in rows if r["type"] == "mcq")
    assert set(row) >= {"id", "version", "type", "status", "stem", "answer", "options", "explanation", "score", "lessons",
                        "topics", "passage", "answer_start", "answer_end"}  # fmt: skip
    assert row["answer"] in row["options"]
    assert row["passage"]["text"][row["answer_start"] : row["answer_end"]] == row["answer"]
    assert row["lessons"] and row["topics"]
    timeline = next((r for r in rows if r["type"] == "timeline"), None)
    if timeline:
        assert isinstance(timeline["answer"], list) and len(timeline["answer"]) >= 3


def test_questions_worded_from_a_lesson_keep_a_cited_passage_as_their_source(questions):
    from quizzes.generation import lesson_sentences

    cited_by = {}
    for lesson in Lesson.objects.prefetch_related("citations"):
        keys = {c.passage_id for c in lesson.citations.all()}
        for sentence in lesson_sentences(lesson.slug, lesson.markdown):
            cited_by[sentence.text] = keys
    worded = [q for q in questions.select_related("current", "passage") if q.current.stem.removeprefix("True or false? ") in cited_by]
    assert worded
    for q in worded:
        assert q.passage_id in cited_by[q.current.stem.removeprefix("True or false? ")]
        assert 0 <= q.answer_start < q.answer_end <= len(q.passage.text)
        assert q.sentence_start <= q.answer_start and q.answer_end <= q.sentence_end
        assert q.current.explanation == q.passage.text[q.sentence_start : q.sentence_end]
