"""Item analysis: facility, discrimination and item-rest correlation checked by hand; the page,
its filters, its order, who may see it, and its queries."""

import random
from datetime import timedelta

import pytest
from conftest import make_user
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from briefing.models import Lesson, Passage, Source, Topic
from quizzes.item_analysis import (
    EASY_FLAG,
    FEW,
    HARD_FLAG,
    NEGATIVE,
    SORTS,
    ItemStats,
    analyse,
    discrimination,
    flags_for,
    group_size,
    point_biserial,
    sort_items,
)
from quizzes.models import Attempt, AttemptItem, Classroom, Membership, Question, QuestionVersion

# The hand-computed example --------------------------------------------------------------
#
# Ten finished attempts (A1..A10) of the same four questions, 1 = right:
#
#          Q1 Q2 Q3 Q4  total
#    A1     1  1  1  0    3
#    A2     1  1  1  1    4
#    A3     1  1  0  0    2
#    A4     1  0  1  0    2
#    A5     1  1  1  0    3
#    A6     1  0  0  1    2
#    A7     0  0  0  1    1
#    A8     1  1  0  0    2
#    A9     0  0  0  1    1
#    A10    1  1  1  0    3
#
# Facility: Q1 8/10 = 0.8; Q2 6/10 = 0.6; Q3 5/10 = 0.5; Q4 4/10 = 0.4.
#
# Groups: n = 10, g = round(0.27 * 10) = round(2.7) = 3 attempts each.
#   Ranked by total: A2 (4) | A1 A5 A10 (3) | A3 A4 A6 A8 (2) | A7 A9 (1).
#   Upper: A2 is in; 2 places remain for the 3 attempts tied on 3, so A1, A5, A10 count 2/3 each.
#   Lower: A7, A9 are in; 1 place remains for the 4 attempts tied on 2, so A3, A4, A6, A8 count 1/4 each.
#   (Every attempt has 4 questions, so ranking by share right is ranking by total.)
#
#   Q1: upper 1 + 2/3 * (1+1+1) = 3, /3 = 1;      lower 0 + 0 + 1/4 * (1+1+1+1) = 1, /3 = 1/3;  D = 2/3  = 0.6667
#   Q2: upper 1 + 2/3 * (1+1+1) = 3, /3 = 1;      lower 0 + 0 + 1/4 * (1+0+0+1) = 0.5, /3 = 1/6; D = 5/6  = 0.8333
#   Q3: upper 1 + 2/3 * (1+1+1) = 3, /3 = 1;      lower 0 + 0 + 1/4 * (0+1+0+0) = 0.25, /3 = 1/12; D = 11/12 = 0.9167
#   Q4: upper 1 + 2/3 * (0+0+0) = 1, /3 = 1/3;    lower 1 + 1 + 1/4 * (0+0+1+0) = 2.25, /3 = 3/4; D = 1/3 - 3/4 = -5/12 = -0.4167
#
# Item-rest (point-biserial) r = (M1 - M0) / s * sqrt(p q): rest = total - item (dividing by the
# 3 other questions scales every rest alike and leaves r unchanged); s is the population SD of rest.
#   Q1 rests A1..A10: 2 3 1 1 2 1 1 1 1 2, mean 15/10 = 1.5.
#      right (8): 2 3 1 1 2 1 1 2 -> M1 = 13/8 = 1.625; wrong (A7, A9): 1 1 -> M0 = 1.
#      squares: 3 * 0.25 + 2.25 + 6 * 0.25 = 4.5, s = sqrt(0.45) = 0.67082; sqrt(0.8 * 0.2) = 0.4
#      r = 0.625 * 0.4 / 0.67082 = 0.3727
#   Q2 rests: 2 3 1 2 2 2 1 1 1 2, mean 1.7.
#      right (A1 A2 A3 A5 A8 A10): 2 3 1 2 1 2 -> M1 = 11/6 = 1.8333; wrong (A4 A6 A7 A9): 2 2 1 1 -> M0 = 1.5
#      squares: 5 * 0.09 + 1.69 + 4 * 0.49 = 4.1, s = sqrt(0.41) = 0.64031; sqrt(0.6 * 0.4) = 0.48990
#      r = 0.33333 * 0.48990 / 0.64031 = 0.2550
#   Q3 rests: 2 3 2 1 2 2 1 2 1 2, mean 1.8.
#      right (A1 A2 A4 A5 A10): 2 3 1 2 2 -> M1 = 2.0; wrong (A3 A6 A7 A8 A9): 2 2 1 2 1 -> M0 = 1.6
#      squares: 6 * 0.04 + 1.44 + 3 * 0.64 = 3.6, s = 0.6; sqrt(0.5 * 0.5) = 0.5
#      r = 0.4 * 0.5 / 0.6 = 0.3333
#   Q4 rests: 3 3 2 2 3 1 0 2 0 3, mean 1.9.
#      right (A2 A6 A7 A9): 3 1 0 0 -> M1 = 1.0; wrong (A1 A3 A4 A5 A8 A10): 3 2 2 3 2 3 -> M0 = 2.5
#      squares: 4 * 1.21 + 3 * 0.01 + 0.81 + 2 * 3.61 = 12.9, s = sqrt(1.29) = 1.13578; sqrt(0.4 * 0.6) = 0.48990
#      r = -1.5 * 0.48990 / 1.13578 = -0.6470
#
# Flags (n = 10, the minimum to judge): Q4 has negative discrimination; no facility is above 0.9 or below 0.2.

HAND = {
    "A1": [1, 1, 1, 0], "A2": [1, 1, 1, 1], "A3": [1, 1, 0, 0], "A4": [1, 0, 1, 0], "A5": [1, 1, 1, 0],
    "A6": [1, 0, 0, 1], "A7": [0, 0, 0, 1], "A8": [1, 1, 0, 0], "A9": [0, 0, 0, 1], "A10": [1, 1, 1, 0],
}  # fmt: skip
EXPECTED = {  # question: (facility, D, r, flags)
    1: (0.8, 2 / 3, 0.3727, ()),
    2: (0.6, 5 / 6, 0.2550, ()),
    3: (0.5, 11 / 12, 0.3333, ()),
    4: (0.4, -5 / 12, -0.6470, (NEGATIVE,)),
}


VERSIONS = {q: (q, "mcq") for q in EXPECTED}  # version q asks question q


def hand_rows() -> list[tuple]:
    return [(attempt, q, bool(right), sum(marks), len(marks), "x")
            for attempt, marks in HAND.items() for q, right in enumerate(marks, start=1)]  # fmt: skip


def assert_hand_figures(items: dict) -> None:
    for q, (facility, d, r, flags) in EXPECTED.items():
        stats = items[q]
        assert stats.attempts == 10
        assert stats.facility == pytest.approx(facility)
        assert stats.discrimination == pytest.approx(d, abs=1e-9)
        assert stats.correlation == pytest.approx(r, abs=5e-5)
        assert stats.flags == flags


def test_the_figures_match_the_hand_computed_example():
    assert_hand_figures(analyse(hand_rows(), VERSIONS))


def test_the_figures_do_not_depend_on_the_order_of_the_rows():
    rows = hand_rows()
    random.Random(5).shuffle(rows)
    assert_hand_figures(analyse(rows, VERSIONS))


@pytest.mark.parametrize("n, size", [(0, 0), (1, 1), (2, 1), (5, 1), (10, 3), (20, 5), (50, 14), (100, 27)])
def test_group_size_is_27_percent_with_halves_rounded_up_and_at_least_one(n, size):
    # 0.27 * 50 = 13.5 rounds up to 14; 0.27 * 5 = 1.35 rounds to 1; 0.27 * 2 = 0.54 rounds to 1
    assert group_size(n) == size


def test_ties_at_the_edge_of_a_group_share_its_places():
    # four attempts tied on the same score, two right: n = 4, g = 1, so each counts 1/4 in both
    # groups: p_upper = p_lower = 2/4 and D = 0 whatever the order
    assert discrimination([(0.5, 1, 1), (0.5, 0, 1), (0.5, 1, 1), (0.5, 0, 1)]) == 0
    assert discrimination([(0.5, 1, 2), (0.5, 0, 2)]) == 0  # the same, counted
    # n = 5, g = round(1.35) = 1: the best attempt (0.9, right) is the upper group; two attempts tie
    # on 0.1 for the one lower place, one right and one wrong, each counting 1/2:
    # p_lower = (1/2 * 1 + 1/2 * 0) / 1 = 0.5, so D = 1 - 0.5 = 0.5
    assert discrimination([(0.9, 1, 1), (0.5, 1, 1), (0.5, 0, 1), (0.1, 0, 1), (0.1, 1, 1)]) == 0.5
    assert discrimination([]) is None


def test_attempts_of_different_lengths_are_ranked_by_their_share_right():
    # A: 5 of 5 right (Q right); B: 6 of 20 right (Q wrong). By raw totals B would rank above A and
    # D would be -1; by share, A (1.0) is the upper group and B (0.3) the lower: D = 1 - 0 = 1.
    rows = [("A", 1, True, 5, 5, "x"), ("B", 1, False, 6, 20, "y")]
    assert analyse(rows, {1: (1, "mcq")})[1].discrimination == 1


def test_the_correlation_is_undefined_when_everyone_agrees():
    assert point_biserial([(1, 0.2, 1), (1, 0.8, 1)]) is None  # everyone right
    assert point_biserial([(0, 0.2, 1), (0, 0.8, 3)]) is None  # everyone wrong
    assert point_biserial([(1, 0.5, 1), (0, 0.5, 1)]) is None  # every rest score equal
    assert point_biserial([(1, 1.0, 1), (0, 0.0, 1)]) == pytest.approx(1.0)
    assert point_biserial([(1, 1.0, 3), (0, 0.0, 3)]) == pytest.approx(1.0)
    rows = [("A", 1, True, 1, 1, "x"), ("B", 1, False, 0, 1, "y")]
    assert analyse(rows, {1: (1, "cloze")})[1].correlation is None  # one-question attempts have no rest to correlate with


@pytest.mark.parametrize("attempts, facility, d, r, flags", [
    (9, 1.0, -0.5, -0.5, (FEW,)),  # below the minimum nothing else is judged
    (10, 0.9, 0.0, 0.0, ()),  # 0.9 is not above 0.9; zero is not negative
    (10, 0.91, 0.1, 0.1, (EASY_FLAG,)),
    (10, 0.2, 0.1, 0.1, ()),
    (10, 0.19, 0.1, 0.1, (HARD_FLAG,)),
    (10, 0.5, -0.01, 0.2, (NEGATIVE,)),
    (10, 0.5, 0.2, -0.01, (NEGATIVE,)),
    (10, 0.1, -0.3, None, (NEGATIVE, HARD_FLAG)),
    (10, 1.0, 0.0, None, (EASY_FLAG,)),
])  # fmt: skip
def test_flags(attempts, facility, d, r, flags):
    assert flags_for(attempts, facility, d, r) == flags


def test_choices_are_counted_for_every_option_and_typed_wrong_answers_grouped_alike():
    versions = {1: (1, "mcq"), 11: (1, "mcq"), 2: (2, "cloze"), 3: (3, "timeline")}  # 11: a second version of question 1
    rows = [
        (1, 1, True, 1, 2, "Russia"), (2, 11, True, 1, 2, "Russia"),
        (3, 1, False, 0, 2, "China"), (4, 1, False, 0, 2, "Belarus"),  # Belarus: an option of an earlier version
        (5, 1, False, 0, 2, None),
        (1, 2, False, 1, 2, "Moscow"), (2, 2, False, 1, 2, " moscow "), (3, 2, False, 0, 2, "Moscow."),
        (7, 2, False, 0, 2, "Moscow"), (4, 2, False, 0, 2, "Bogotá"), (5, 2, True, 0, 2, "Caracas"), (6, 2, False, 0, 2, None),
        (1, 3, False, 1, 2, ("b", "a")),  # a timeline: an order, not a choice
        (8, 99, True, 1, 1, "Elsewhere"),  # a version not asked about is skipped
    ]  # fmt: skip
    items = analyse(rows, versions)
    assert set(items) == {1, 2, 3} and items[1].attempts == 5
    assert items[1].choices(["China", "Russia", "Iran"], "Russia") == [
        ("China", 1, False), ("Russia", 2, True), ("Iran", 0, False), ("Belarus", 1, False),
    ]  # fmt: skip
    assert items[1].unanswered == 1
    assert items[2].wrong_answers() == [("Moscow", 4), ("Bogotá", 1)]  # alike answers together, the right answer not listed
    assert items[2].unanswered == 1
    assert items[3].choices([], None) == [] and items[3].wrong_answers() == [] and items[3].unanswered == 0


def _stats(pk, facility, d=None, r=None, flags=(), attempts=10):
    return ItemStats(pk, "mcq", attempts=attempts, facility=facility, discrimination=d, correlation=r, flags=flags)


def test_sorting_by_each_figure_puts_missing_figures_last():
    a, b, c = _stats(1, 0.5, d=0.2, r=0.1), _stats(2, 0.3, d=None, r=None, attempts=30), _stats(3, 0.9, d=-0.1, r=0.4, flags=(NEGATIVE,))
    d = _stats(4, 0.95, d=0.0, r=0.3, flags=(EASY_FLAG,))

    def ids(order: str) -> list[int]:
        return [s.question_id for s in sort_items([a, b, c, d], order)]

    assert ids("facility") == [2, 1, 3, 4] and ids("-facility") == [4, 3, 1, 2]
    assert ids("discrimination") == [3, 4, 1, 2] and ids("-discrimination") == [1, 4, 3, 2]
    assert ids("correlation") == [1, 4, 3, 2] and ids("-correlation") == [3, 4, 1, 2]
    assert ids("flags") == [3, 4, 1, 2]
    assert ids("attempts")[0] == 2
    assert set(SORTS) == {"flags", "facility", "-facility", "discrimination", "-discrimination", "correlation", "-correlation", "attempts"}
    with pytest.raises(ValueError):
        sort_items([a], "stem")


# The page -------------------------------------------------------------------------------

URL = reverse("item_analysis")


def _question(passage, kind, answer, options=(), key=""):
    q = Question.objects.create(passage=passage, type=kind, status="published", score=0.9, fact_key=key or f"{kind}-{answer}",
                                generator_version="test", passage_hash=passage.hash, answer_start=0, answer_end=5,
                                sentence_start=0, sentence_end=20)  # fmt: skip
    q.current = QuestionVersion.objects.create(question=q, number=1, stem=f"A {kind} question about {answer}?", answer=answer,
                                               options=list(options), explanation="Because.")  # fmt: skip
    q.save(update_fields=["current"])
    return q


def take(user, answers, finished=True):
    """A finished attempt with these (question, response, right) answers."""
    now = timezone.now()
    attempt = Attempt.objects.create(user=user, title="Quiz", started_at=now - timedelta(minutes=5), finished_at=now if finished else None,
                                     correct=sum(right for _, _, right in answers), total=len(answers))  # fmt: skip
    AttemptItem.objects.bulk_create(
        AttemptItem(attempt=attempt, position=n, version=q.current, options=q.current.options, response=response,
                    is_correct=right if response is not None else None, score=float(right), answered_at=now if response is not None else None)
        for n, (q, response, right) in enumerate(answers, start=1)
    )  # fmt: skip
    return attempt


@pytest.fixture
def world(db):
    source = Source.objects.create(slug="report", title="A report", raw_text="x")
    topic = Topic.objects.create(slug="allies", name="Allies")
    first = Passage.objects.create(source=source, ordinal=1, text="Russia sold arms to Caracas.", start=0, end=28)
    first.topics.add(topic)
    second = Passage.objects.create(source=source, ordinal=2, text="Later events followed in order.", start=29, end=60)
    lesson = Lesson.objects.create(slug="allies", title="Allies", topic=topic, markdown="About allies.", status="published")
    qs = [
        _question(first, "mcq", "Russia", ["Russia", "China", "Iran", "Cuba"]),
        _question(first, "truefalse", "True", ["True", "False"]),
        _question(first, "partner", "China", ["China", "Iran", "Cuba"]),
        _question(first, "cloze", "Caracas"),
    ]
    timeline = _question(second, "timeline", ["a", "b", "c"], ["a", "b", "c"])
    # Responses for the hand example: Q1 wrong by A7 (China) and A9 (Iran); Q2 wrong answers "False",
    # A9 gave none; Q3 wrong answers all "Iran"; Q4 typed Moscow three ways, Bogotá twice, A10 nothing.
    wrong = {
        1: {"A7": "China", "A9": "Iran"},
        2: {"A4": "False", "A6": "False", "A7": "False", "A9": None},
        3: {name: "Iran" for name in ("A3", "A6", "A7", "A8", "A9")},
        4: {"A1": "Moscow", "A3": "moscow ", "A4": "Moscow", "A5": "Bogotá", "A8": "Bogotá", "A10": None},
    }
    students = {}
    for n, (name, marks) in enumerate(HAND.items()):
        students[name] = make_user(f"pupil{n}")
        answers = [(q, q.current.answer if right else wrong[i][name], bool(right)) for i, (q, right) in enumerate(zip(qs, marks), start=1)]
        take(students[name], answers)
    return {"questions": qs, "timeline": timeline, "lesson": lesson, "students": students}


def _figures(response) -> dict:
    return {row["q"].pk: row["stats"] for row in response.context["table"]}


def test_the_page_shows_the_hand_computed_figures_with_links_to_edit_and_retire(client, world, instructor):
    client.force_login(instructor)
    response = client.get(URL)
    assert response.status_code == 200
    figures = _figures(response)
    assert_hand_figures({n: figures[q.pk] for n, q in enumerate(world["questions"], start=1)})
    html = response.content.decode()
    assert "10 finished attempts by everyone" in html
    q4 = world["questions"][3]
    assert "0.40 <span class=\"muted\">(4/10)</span>" in html and "-0.42" in html and "-0.65" in html
    assert "Negative discrimination" in html
    for q in world["questions"]:
        assert reverse("question_edit", args=[q.pk]) in html
        assert f'action="{reverse("question_decide", args=[q.pk])}"' in html and f'name="reason-{q.pk}"' in html
    assert response.context["table"][0]["q"] == q4  # flags first: the negative one leads


def test_the_page_counts_each_option_and_the_commonest_wrong_answers(client, world, instructor):
    client.force_login(instructor)
    rows = {row["q"].pk: row for row in client.get(URL).context["table"]}
    mcq, truefalse, partner, cloze = world["questions"]
    assert rows[mcq.pk]["choices"] == [("Russia", 8, True), ("China", 1, False), ("Iran", 1, False), ("Cuba", 0, False)]
    assert rows[truefalse.pk]["choices"] == [("True", 6, True), ("False", 3, False)] and rows[truefalse.pk]["stats"].unanswered == 1
    assert rows[partner.pk]["choices"] == [("China", 5, True), ("Iran", 5, False), ("Cuba", 0, False)]
    # Across everyone's attempts only wrong answers several attempts gave are shown: Bogotá (twice) is left out.
    assert rows[cloze.pk]["choices"] == [] and rows[cloze.pk]["wrong_answers"] == [("Moscow", 3)]
    html = client.get(URL).content.decode()
    assert "Russia: 8 <span class=\"muted\">(80%)</span>" in html and "Cuba: 0" in html and "Moscow: 3" in html
    assert "Bogotá" not in html


def test_in_their_own_class_an_instructor_sees_every_wrong_answer_typed(client, world, instructor):
    classroom = Classroom.objects.create(name="Allies class", instructor=instructor)
    Membership.objects.bulk_create(Membership(classroom=classroom, student=s) for s in world["students"].values())
    client.force_login(instructor)
    cloze = world["questions"][3]
    rows = {row["q"].pk: row for row in client.get(URL, {"class": classroom.pk}).context["table"]}
    assert rows[cloze.pk]["wrong_answers"] == [("Moscow", 3), ("Bogotá", 2)]


def test_a_retire_form_on_the_page_rejects_the_question_and_comes_back(client, world, instructor):
    client.force_login(instructor)
    q = world["questions"][3]
    back = f"{URL}?sort=facility"
    response = client.post(reverse("question_decide", args=[q.pk]), {"action": "reject", f"reason-{q.pk}": "ambiguous", "next": back})
    assert response.status_code == 302 and response.url == back
    q.refresh_from_db()
    assert q.status == Question.Status.REJECTED and q.reject_reason == "ambiguous"
    html = client.get(back).content.decode()
    assert f'name="reason-{q.pk}"' not in html  # already retired: no second retire form


def test_the_class_filter_counts_only_its_members_finished_attempts(client, world, instructor):
    classroom = Classroom.objects.create(name="Period 2", instructor=instructor)
    members = [world["students"][name] for name in ("A1", "A2", "A3", "A7", "A9")]
    Membership.objects.bulk_create(Membership(classroom=classroom, student=s) for s in members)
    mcq = world["questions"][0]
    take(members[0], [(mcq, "Russia", True)], finished=False)  # unfinished: not counted
    client.force_login(instructor)
    response = client.get(URL, {"class": classroom.pk})
    stats = _figures(response)[mcq.pk]
    assert response.context["attempts"] == 5
    assert (stats.attempts, stats.right) == (5, 3)  # A1, A2, A3 right; A7, A9 wrong
    assert stats.flags == (FEW,)
    html = response.content.decode()
    assert "5 finished attempts by the members of Period 2" in html and "Too few attempts to judge" in html
    assert f'<option value="{classroom.pk}" selected>Period 2</option>' in html


def test_a_class_without_finished_attempts_says_so(client, world, instructor):
    classroom = Classroom.objects.create(name="Empty class", instructor=instructor)
    client.force_login(instructor)
    response = client.get(URL, {"class": classroom.pk})
    assert response.status_code == 200 and response.context["table"] == []
    assert "No finished attempts by the members of Empty class" in response.content.decode()


def test_the_lesson_filter_keeps_only_the_lessons_questions(client, world, instructor):
    take(world["students"]["A1"], [(world["timeline"], ["a", "b", "c"], True)])
    client.force_login(instructor)
    everything = _figures(client.get(URL))
    assert world["timeline"].pk in everything and len(everything) == 5
    in_lesson = _figures(client.get(URL, {"lesson": world["lesson"].slug}))
    assert set(in_lesson) == {q.pk for q in world["questions"]}
    assert_hand_figures({n: in_lesson[q.pk] for n, q in enumerate(world["questions"], start=1)})  # totals are still whole attempts


@pytest.mark.parametrize("order, first", [("facility", 3), ("-facility", 0), ("-discrimination", 2), ("discrimination", 3), ("correlation", 3)])
def test_the_order_comes_from_the_sort_parameter(client, world, instructor, order, first):
    client.force_login(instructor)
    response = client.get(URL, {"sort": order})
    assert response.context["table"][0]["q"] == world["questions"][first]
    assert 'aria-sort="' in response.content.decode()


def test_the_htmx_filter_returns_only_the_results(client, world, instructor):
    client.force_login(instructor)
    response = client.get(URL, {"sort": "facility"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html and 'id="results"' in html
    assert "?sort=-facility" in html  # the facility heading now reverses the order


def test_malformed_filters_get_a_message_not_an_error(client, world, instructor):
    client.force_login(instructor)
    response = client.get(URL, {"sort": "<script>", "lesson": "nope"})
    html = response.content.decode()
    assert response.status_code == 200 and "<script>" not in html
    assert "Choose an order from the list." in html and "choose one from the list" in html
    assert response.context["table"] == []


def test_with_no_attempts_the_page_says_so(client, db, instructor):
    client.force_login(instructor)
    response = client.get(URL)
    assert response.status_code == 200 and response.context["table"] == []
    assert "No finished attempts yet" in response.content.decode()


def test_unfinished_attempts_are_not_counted(client, world, instructor):
    take(world["students"]["A1"], [(world["timeline"], ["a", "b", "c"], True)], finished=False)
    client.force_login(instructor)
    assert world["timeline"].pk not in _figures(client.get(URL))


def test_only_instructors_see_it_and_only_their_own_classes(client, world, instructor, other_instructor, student):
    mine = Classroom.objects.create(name="Mine", instructor=instructor)
    theirs = Classroom.objects.create(name="Theirs", instructor=other_instructor)
    response = client.get(URL)
    assert response.status_code == 302 and response.url.startswith(reverse("login"))
    client.force_login(student)
    assert client.get(URL).status_code == 403
    assert client.get(URL, {"class": mine.pk}).status_code == 403
    client.force_login(other_instructor)
    assert client.get(URL, {"class": mine.pk}).status_code == 404
    assert client.get(URL, {"class": theirs.pk}).status_code == 200
    assert client.get(URL).status_code == 200  # everyone's attempts: open to every instructor
    assert "Mine" not in client.get(URL).content.decode()  # another instructor's classes are not offered
    for bad in ("abc", "-1", "9" * 30, "99999"):
        assert client.get(URL, {"class": bad}).status_code == 404
    assert client.post(URL).status_code == 405


def test_the_instructor_home_links_to_it(client, db, instructor):
    client.force_login(instructor)
    assert f'href="{URL}"' in client.get(reverse("instructor_home")).content.decode()


def test_the_page_queries_do_not_grow_with_the_attempts(client, db, instructor):
    source = Source.objects.create(slug="s", title="S", raw_text="x")
    passage = Passage.objects.create(source=source, ordinal=1, text="Russia sold arms to Caracas.", start=0, end=28)
    qs = [_question(passage, "mcq", "Russia", ["Russia", "China"]), _question(passage, "cloze", "Caracas")]
    classroom = Classroom.objects.create(name="Period 1", instructor=instructor)
    client.force_login(instructor)

    def count_queries() -> int:
        with CaptureQueriesContext(connection) as queries:
            assert client.get(URL, {"class": classroom.pk, "sort": "facility"}).status_code == 200
        return len(queries)

    def add_attempts(n: int, start: int) -> None:
        for k in range(start, start + n):
            pupil = make_user(f"p{k}")
            Membership.objects.create(classroom=classroom, student=pupil)
            take(pupil, [(qs[0], "Russia" if k % 2 else "China", bool(k % 2)), (qs[1], "Moscow", False)])

    add_attempts(1, 0)
    one = count_queries()
    add_attempts(49, 1)
    fifty = count_queries()
    assert len(client.get(URL, {"class": classroom.pk}).context["table"]) == 2
    assert fifty == one
