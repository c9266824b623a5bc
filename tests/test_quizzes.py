"""Students' quizzes: drawing, both modes, integrity, time limits, results and who may see them."""

from collections import Counter
from datetime import timedelta

import pytest
import time_machine
from django.urls import reverse
from django.utils.html import escape
from django.utils import timezone

from briefing.models import Lesson, Topic
from quizzes import attempts
from quizzes.models import Attempt, AttemptItem, Question, QuestionVersion

pytestmark = pytest.mark.django_db


@pytest.fixture
def lesson(questions):
    """The lesson with the most questions to draw from, so a quiz of any length can be full."""
    return max(Lesson.objects.order_by("slug"), key=lambda lesson: Question.objects.for_lesson(lesson).live().count())


def start(client, lesson, **settings):
    data = {"length": 10, "mode": "practice"} | settings
    response = client.post(reverse("lesson_quiz", args=[lesson.slug]), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Attempt.objects.latest("started_at")


def right_answer(item: AttemptItem) -> dict:
    kind, answer = item.version.question.type, item.version.answer
    if kind == "timeline":
        return {f"position-{n}": answer.index(event) + 1 for n, event in enumerate(item.options)}
    if kind == "matching":
        return {f"match-{n}": right for n, (_, right) in enumerate(answer)}
    return {"answer": answer}


def wrong_answer(item: AttemptItem) -> dict:
    kind, answer = item.version.question.type, item.version.answer
    if kind == "cloze":
        return {"answer": "zzzz"}
    if kind in ("timeline", "matching"):
        correct = right_answer(item)
        keys = list(correct)
        values = [correct[k] for k in keys]
        return dict(zip(keys, values[1:] + values[:1]))
    return {"answer": next(o for o in item.options if o != answer)}


# Drawing -----------------------------------------------------------------------


def test_a_draw_is_balanced_across_types_and_passages(questions, lesson):
    pool = Question.objects.for_lesson(lesson).live()
    # What each type can offer: its questions on distinct sentences (two on one sentence are never drawn together).
    available = Counter(kind for kind, *_ in set(pool.values_list("type", "passage_id", "sentence_start", "sentence_end")))
    drawn = attempts.draw(Question.objects.for_lesson(lesson), 10, seed=3)
    sentences = set(pool.values_list("passage_id", "sentence_start", "sentence_end"))
    assert len(drawn) == min(10, len(sentences))
    counts = Counter(q.type for q in drawn)
    fair_share = 10 // len(available)
    for kind, n in available.items():  # every type gets its share when it has enough questions
        assert counts[kind] >= min(n, fair_share), (kind, counts, available)
    spans = [(q.passage_id, q.answer_start, q.answer_end) for q in drawn]
    assert len(set(spans)) == len(spans)
    passages = Counter(q.passage_id for q in drawn)
    distinct_passages = pool.values("passage").distinct().count()
    assert max(passages.values()) <= max(2, -(-10 // distinct_passages))


def test_a_draw_never_puts_two_questions_on_one_sentence_together(questions):
    """A true/false statement beside a blank on the same sentence would give the blank's answer away."""
    from briefing.models import Lesson

    shared = Counter((q.passage_id, q.sentence_start, q.sentence_end) for q in Question.objects.live())
    assert max(shared.values()) > 1, "the bank should hold sentences asked about more than once, or this test proves nothing"
    for lesson in Lesson.objects.all():
        for seed in range(10):
            drawn = attempts.draw(Question.objects.for_lesson(lesson), 20, seed=seed)
            sentences = [(q.passage_id, q.sentence_start, q.sentence_end) for q in drawn]
            assert len(set(sentences)) == len(sentences), (lesson.slug, seed)


def _statement_pool(trues: int, falses: int, clozes: int = 0):
    """A source whose passage has one question per sentence: so many true and false statements and blanks."""
    from briefing.models import Passage, Source

    source = Source.objects.create(slug=f"pool-{Source.objects.count()}", title="A pool", raw_text="x")
    passage = Passage.objects.create(source=source, ordinal=1, text="Elbonia signed a pact. " * 60, start=0, end=1380)
    answers = [("truefalse", "True")] * trues + [("truefalse", "False")] * falses + [("cloze", "Elbonia")] * clozes
    for n, (kind, answer) in enumerate(answers):
        q = Question.objects.create(passage=passage, type=kind, status="published", score=0.9, fact_key=f"fact-{n}",
                                    generator_version="test", passage_hash=passage.hash, answer_start=n * 23,
                                    answer_end=n * 23 + 7, sentence_start=n * 23, sentence_end=n * 23 + 22)  # fmt: skip
        q.current = QuestionVersion.objects.create(question=q, number=1, stem=f"Statement {n}", answer=answer,
                                                   options=["True", "False"] if kind == "truefalse" else [])  # fmt: skip
        q.save(update_fields=["current"])
    return Question.objects.filter(passage=passage)


def _answers(drawn) -> Counter:
    return Counter(q.current.answer for q in drawn if q.type == "truefalse")


def test_a_draw_alternates_true_and_false_statements():
    pool = _statement_pool(trues=12, falses=12)
    for seed in range(10):
        for length in (5, 10, 15, 20):
            answers = _answers(attempts.draw(pool, length, seed=seed))
            assert abs(answers["True"] - answers["False"]) <= 1, (seed, length, answers)


def test_true_statements_never_run_far_ahead_of_false_ones_while_other_questions_are_left():
    """A bank holds more true statements than false ones (clean false ones are scarcer); a quiz
    that was mostly true statements could be passed by answering True throughout."""
    pool = _statement_pool(trues=30, falses=2, clozes=20)
    for seed in range(10):
        drawn = attempts.draw(pool, 20, seed=seed)
        answers = _answers(drawn)
        assert len(drawn) == 20
        assert answers["False"] == 2 and answers["True"] == attempts.MAX_TRUE_PER_FALSE * 2 + 1, answers


def test_a_quiz_stops_short_rather_than_fill_up_with_true_statements():
    pool = _statement_pool(trues=10, falses=1, clozes=2)
    drawn = attempts.draw(pool, 10, seed=1)
    assert _answers(drawn) == {"True": attempts.MAX_TRUE_PER_FALSE + 1, "False": 1}
    assert len(drawn) == 2 + 1 + attempts.MAX_TRUE_PER_FALSE + 1
    # with no false statement at all, true ones make up at most a third of the quiz
    only_true = _statement_pool(trues=12, falses=0)
    assert [len(attempts.draw(only_true, length, seed=1)) for length in (5, 10, 20)] == [2, 4, 7]


def test_bundled_quizzes_keep_true_and_false_statements_balanced(questions):
    for lesson in Lesson.objects.all():
        for seed in range(5):
            answers = _answers(attempts.draw(Question.objects.for_lesson(lesson), 20, seed=seed))
            assert answers["True"] <= max(attempts.MAX_TRUE_PER_FALSE * answers["False"] + 1, 7), (lesson.slug, seed, answers)


@pytest.mark.parametrize(("data", "message"), [
    ({"mode": "practice"}, "Choose how many questions the quiz should have."),
    ({"length": "99999", "mode": "practice"}, "Select a valid choice: 5, 10, 15, 20 questions."),
    ({"length": "10" * 5000, "mode": "practice"}, "Select a valid choice: 5, 10, 15, 20 questions."),
    ({"length": "10", "mode": "<script>alert(1)</script>"}, "Select a valid choice: practice or test."),
])
def test_quiz_settings_refuse_bad_input_without_echoing_it(client, student, lesson, data, message):
    client.force_login(student)
    response = client.post(reverse("lesson_quiz", args=[lesson.slug]), data)
    page = response.content.decode()
    assert response.status_code == 200 and message in page
    assert "1010101010" not in page and "alert(1)" not in page
    assert not Attempt.objects.exists()


def test_a_quiz_shorter_than_asked_for_says_why(client, student, questions):
    short = next(lesson for lesson in Lesson.objects.order_by("slug") if len(attempts.draw(Question.objects.for_lesson(lesson), 20, 0)) < 20)
    client.force_login(student)
    response = client.post(reverse("lesson_quiz", args=[short.slug]), {"length": 20, "mode": "practice"}, follow=True)
    attempt = Attempt.objects.get(user=student)
    assert 0 < attempt.total < 20
    assert f"This quiz has {attempt.total} of the 20 questions you asked for" in response.content.decode()
    client.post(reverse("lesson_quiz", args=[short.slug]), {"length": 5, "mode": "practice"})
    assert Attempt.objects.latest("pk").total == 5
    assert "questions you asked for" not in client.get(reverse("attempt_question", args=[Attempt.objects.latest("pk").pk, 1])).content.decode()


def test_stale_and_rejected_questions_are_never_drawn(questions, lesson):
    pool = Question.objects.for_lesson(lesson)
    bad = list(pool.live().values_list("pk", flat=True)[:40])
    Question.objects.filter(pk__in=bad[:20]).update(status=Question.Status.STALE)
    Question.objects.filter(pk__in=bad[20:]).update(status=Question.Status.REJECTED)
    for seed in range(5):
        assert not {q.pk for q in attempts.draw(pool, 20, seed=seed)} & set(bad)


# Taking a quiz ------------------------------------------------------------------


def test_anonymous_visitors_are_asked_to_log_in_before_a_quiz(client, lesson):
    response = client.get(reverse("lesson_quiz", args=[lesson.slug]))
    assert response.status_code == 302 and response.url.startswith(reverse("login"))


def test_the_lesson_page_offers_the_quiz(client, lesson):
    assert reverse("lesson_quiz", args=[lesson.slug]) in client.get(lesson.get_absolute_url()).content.decode()


def test_practice_mode_gives_feedback_with_the_source_after_each_answer(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    assert attempt.total == 10 and attempt.items.count() == 10
    item = attempt.items.get(position=1)
    page = client.get(reverse("attempt_question", args=[attempt.pk, 1])).content.decode()
    assert "Question 1 of 10" in page and "<mark>" not in page
    source = item.version.question.passage.source  # the article is named above the question, before answering
    assert f'id="source-line">From <cite>{escape(source.title)}</cite>' in page and 'aria-describedby="source-line"' in page

    response = client.post(reverse("attempt_question", args=[attempt.pk, 1]), wrong_answer(item), follow=True)
    html = response.content.decode()
    item.refresh_from_db()
    assert item.is_correct is False
    assert ("Not quite" in html or "Partly right" in html) and "The answer:" in html
    assert "<mark>" in html  # the supporting sentence with the answer highlighted
    assert item.version.question.passage.get_absolute_url() in html
    assert item.version.question.passage.source.title.replace("'", "&#x27;") in html


def test_practice_feedback_is_a_fragment_for_htmx(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    item = attempt.items.get(position=1)
    response = client.post(reverse("attempt_question", args=[attempt.pk, 1]), right_answer(item), headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and 'id="question"' in html and "Correct." in html


def test_a_full_practice_attempt_scores_what_was_right(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    for item in attempt.items.select_related("version__question"):
        data = right_answer(item) if item.position % 2 else wrong_answer(item)
        client.post(reverse("attempt_question", args=[attempt.pk, item.position]), data)
    client.post(reverse("attempt_finish", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.is_finished and attempt.correct == 5 and attempt.percent == 50
    html = client.get(reverse("attempt_results", args=[attempt.pk])).content.decode()
    assert "5 of 10" in html and "By topic" in html and "Your answer:" in html and "Correct answer:" in html


def test_test_mode_keeps_answers_out_of_the_page_until_the_end(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson, mode="test")
    for item in attempt.items.select_related("version__question"):
        url = reverse("attempt_question", args=[attempt.pk, item.position])
        page = client.get(url).content.decode()
        if item.version.explanation not in item.version.stem:  # a true statement is its own explanation
            assert item.version.explanation.replace("'", "&#x27;") not in page
        if item.version.question.type == "cloze":
            form_html = page.split('class="answer-form"', 1)[1].split("</form>", 1)[0]
            assert item.version.answer not in form_html
        response = client.post(url, right_answer(item))
        after = client.get(url).content.decode()
        assert "Correct" not in after and "Answer saved" in after
        assert response.status_code == 302
    assert client.get(reverse("attempt_results", args=[attempt.pk])).status_code == 302  # not finished yet
    client.post(reverse("attempt_finish", args=[attempt.pk]))
    attempt.refresh_from_db()
    assert attempt.correct == 10


def test_answering_twice_keeps_the_first_answer(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    item = attempt.items.get(position=1)
    client.post(reverse("attempt_question", args=[attempt.pk, 1]), wrong_answer(item))
    response = client.post(reverse("attempt_question", args=[attempt.pk, 1]), right_answer(item), follow=True)
    assert "first answer stands" in response.content.decode()
    item.refresh_from_db()
    assert item.is_correct is False


def test_a_finished_attempt_cannot_change(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    client.post(reverse("attempt_finish", args=[attempt.pk]))
    item = attempt.items.get(position=2)
    response = client.post(reverse("attempt_question", args=[attempt.pk, 2]), right_answer(item), follow=True)
    assert "already finished" in response.content.decode()
    client.post(reverse("attempt_finish", args=[attempt.pk]))
    attempt.refresh_from_db()
    item.refresh_from_db()
    assert attempt.correct == 0 and not item.is_answered


def test_the_time_limit_is_enforced_on_the_server(client, student, lesson):
    client.force_login(student)
    with time_machine.travel(timezone.now(), tick=False) as traveller:
        attempt = start(client, lesson, mode="test", time_limit=5)
        item = attempt.items.get(position=1)
        client.post(reverse("attempt_question", args=[attempt.pk, 1]), right_answer(item))
        traveller.shift(timedelta(minutes=5, seconds=30))
        second = attempt.items.get(position=2)
        response = client.post(reverse("attempt_question", args=[attempt.pk, 2]), right_answer(second), follow=True)
        assert "Time is up" in response.content.decode()
    attempt.refresh_from_db()
    second.refresh_from_db()
    assert attempt.is_finished and attempt.correct == 1 and not second.is_answered


def test_an_attempt_keeps_the_question_version_it_was_started_with(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    item = attempt.items.select_related("version__question").get(position=1)
    question = item.version.question
    new = QuestionVersion.objects.create(question=question, number=2, stem="Changed wording", answer=item.version.answer,
                                         options=item.version.options, explanation=item.version.explanation)  # fmt: skip
    question.current = new
    question.save()
    page = client.get(reverse("attempt_question", args=[attempt.pk, 1])).content.decode()
    assert "Changed wording" not in page
    item.refresh_from_db()
    assert item.version.number == 1


@pytest.mark.parametrize("data", [{}, {"answer": ""}, {"answer": "   "}, {"position-0": "x"}])
def test_an_empty_answer_is_refused_with_a_message(client, student, lesson, data):
    client.force_login(student)
    attempt = start(client, lesson)
    response = client.post(reverse("attempt_question", args=[attempt.pk, 1]), data)
    assert response.status_code == 422
    assert 'role="alert"' in response.content.decode()
    assert not attempt.items.get(position=1).is_answered


def test_hostile_and_huge_answers_are_graded_not_crashed(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    cloze = attempt.items.filter(version__question__type="cloze").first() or attempt.items.first()
    client.post(reverse("attempt_question", args=[attempt.pk, cloze.position]), {"answer": "<script>alert(1)</script>" * 5000})
    page = client.get(reverse("attempt_question", args=[attempt.pk, cloze.position])).content.decode()
    assert "<script>alert(1)" not in page
    cloze.refresh_from_db()
    assert cloze.is_answered and cloze.is_correct is False


@pytest.mark.parametrize(("settings_", "message"), [({"length": 7}, "Select a valid choice"), ({"mode": "exam"}, "Select a valid choice"),
                                                    ({"mode": "test", "time_limit": 0}, "greater than or equal to 1")])  # fmt: skip
def test_bad_quiz_settings_are_refused(client, student, lesson, settings_, message):
    client.force_login(student)
    response = client.post(reverse("lesson_quiz", args=[lesson.slug]), {"length": 10, "mode": "practice"} | settings_)
    assert response.status_code == 200 and message in response.content.decode()
    assert not Attempt.objects.exists()


def test_a_mixed_quiz_draws_from_the_chosen_topics(client, student, questions):
    client.force_login(student)
    response = client.post(reverse("mixed_quiz"), {"topics": ["iran", "china"], "length": 15, "mode": "practice"})
    assert response.status_code == 302
    attempt = Attempt.objects.get()
    for item in attempt.items.select_related("version__question__passage"):
        assert set(item.version.question.passage.topics.values_list("slug", flat=True)) & {"iran", "china"}
    assert client.post(reverse("mixed_quiz"), {"length": 10, "mode": "practice"}).status_code == 200  # nothing chosen


def test_a_mixed_quiz_across_lessons_and_a_topic(client, student, questions):
    client.force_login(student)
    lessons = Lesson.objects.filter(slug__in=["russia", "aftermath-2026"])
    data = {"lessons": [lesson.slug for lesson in lessons], "topics": ["regional"], "length": 20, "mode": "test"}
    assert client.post(reverse("mixed_quiz"), data).status_code == 302
    attempt = Attempt.objects.get()
    assert set(attempt.lessons.all()) == set(lessons)
    pools = [set(Question.objects.for_lesson(lesson).live().values_list("pk", flat=True)) for lesson in lessons]
    pools.append(set(Question.objects.for_topic("regional").live().values_list("pk", flat=True)))
    drawn = list(attempt.items.values_list("version__question", flat=True))
    assert attempt.total == len(drawn) == len(set(drawn)) > 0 and set(drawn) <= set.union(*pools)
    mixed = Question.objects.for_lessons(lessons, Topic.objects.filter(slug="regional")).live()
    assert set(mixed.values_list("pk", flat=True)) == set.union(*pools) != max(pools, key=len)  # more than any one alone
    assert "Russia" in attempt.title and "Cuba and regional partners" in attempt.title


@pytest.mark.parametrize("lesson", ["no-such-lesson", "9223372036854775808", "1"])
def test_a_mixed_quiz_of_a_lesson_that_is_not_there_is_a_form_error(client, student, questions, lesson):
    client.force_login(student)
    response = client.post(reverse("mixed_quiz"), {"lessons": [lesson], "length": 5, "mode": "practice"})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()
    assert not Attempt.objects.exists()


# Who may see what ----------------------------------------------------------------


def test_only_the_student_can_see_their_attempt(client, student, other_student, instructor, lesson):
    client.force_login(student)
    attempt = start(client, lesson)
    urls = [
        reverse("attempt_detail", args=[attempt.pk]),
        reverse("attempt_question", args=[attempt.pk, 1]),
        reverse("attempt_results", args=[attempt.pk]),
    ]
    for intruder in (other_student, instructor):  # an instructor without a class of this student
        client.force_login(intruder)
        for url in urls:
            assert client.get(url).status_code == 404
        assert client.post(reverse("attempt_question", args=[attempt.pk, 1]), {"answer": "x"}).status_code == 404
        assert client.post(reverse("attempt_finish", args=[attempt.pk])).status_code == 404
        assert attempt.title not in client.get(reverse("attempt_history")).content.decode()
    attempt.refresh_from_db()
    assert not attempt.is_finished and not attempt.items.filter(answered_at__isnull=False).exists()


def test_history_shows_attempts_and_the_trend(client, student, lesson):
    client.force_login(student)
    now = timezone.now()
    for n in range(10):
        Attempt.objects.create(user=student, title=f"Quiz {n}", started_at=now - timedelta(days=10 - n),
                               finished_at=now - timedelta(days=10 - n), correct=n, total=10)  # fmt: skip
    html = client.get(reverse("attempt_history")).content.decode()
    assert "Quiz 9" in html and "50 points higher" in html


def test_the_results_page_takes_the_same_number_of_queries_for_5_or_20_questions(client, student, lesson):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(student)
    counts = []
    for length in (5, 20):
        attempt = start(client, lesson, length=length)
        client.post(reverse("attempt_finish", args=[attempt.pk]))
        with CaptureQueriesContext(connection) as queries:
            assert client.get(reverse("attempt_results", args=[attempt.pk])).status_code == 200
        counts.append(len(queries))
    assert counts[0] == counts[1]


def test_feedback_links_to_where_the_lesson_cites_the_passage(client, student, questions):
    from briefing.models import Citation

    client.force_login(student)
    citation = Citation.objects.filter(passage__questions__status="published").first()
    question = Question.objects.live().filter(passage=citation.passage).first()
    attempt = attempts.start_attempt(student, Question.objects.filter(pk=question.pk), title="t", mode="practice",
                                     length=1, time_limit=None, now=timezone.now())  # fmt: skip
    client.post(reverse("attempt_question", args=[attempt.pk, 1]), wrong_answer(attempt.items.get()))
    html = client.get(reverse("attempt_question", args=[attempt.pk, 1])).content.decode()
    citations = Citation.objects.filter(passage=citation.passage).select_related("lesson")
    anchors = [(c.lesson.get_absolute_url(), f"cite-{c.number}") for c in citations]
    url, anchor = next((url, anchor) for url, anchor in anchors if f"{url}#{anchor}" in html)
    assert f'id="{anchor}"' in client.get(url).content.decode()


def test_a_true_or_false_question_says_so_once(client, student, lesson):
    client.force_login(student)
    attempt = start(client, lesson, length=20)
    item = attempt.items.filter(version__question__type="truefalse").first()
    page = client.get(reverse("attempt_question", args=[attempt.pk, item.position])).content.decode()
    assert page.count("True or false?") == 1
