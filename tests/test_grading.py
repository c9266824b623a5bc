"""Answer grading: tables of accepted and rejected answers per question kind, then hostile input."""

import pytest

from quizzes.grading import Grade, grade, normalise

# (answer, response, accepted) — every one of these is right.
CLOZE_RIGHT = [
    ("Russia", "Russia", ()),
    ("Russia", "  rUSSIA  ", ()),  # case, surrounding whitespace
    ("Hugo Chávez", "Hugo Chavez", ()),  # accents either way
    ("Hugo Chavez", "hugo   chávez", ()),  # repeated whitespace
    ("Russia", "“Russia”", ()),  # quotes
    ("Russia", "Russia.", ()),  # trailing punctuation
    ("United States", "U.S.A", ("USA",)),  # inner dots, via accepted
    ("Sino-Russian", "Sino Russian", ()),  # inner punctuation
    ("United States", "the United States", ()),  # leading article, both ways
    ("the United States", "United States", ()),
    ("Russia", "Russia's", ()),  # trailing possessive
    ("Russia", "Russia’s", ()),
    ("90%", "90 percent", ()),
    ("90%", "90 per cent", ()),
    ("90 percent", "90 %", ()),
    ("90%", "ninety percent", ()),
    ("20", "twenty", ()),
    ("25", "twenty-five", ()),
    ("seven million", "7 million", ()),
    ("7 million", "7,000,000", ()),
    ("7.5 million", "7,500,000", ()),
    ("$5 billion", "5 billion dollars", ()),
    ("$5 billion", "US$5bn", ()),
    ("$20m", "20 million dollars", ()),
    ("2-3", "2–3", ()),  # en dash
    ("2-3", "2 — 3", ()),  # em dash with spaces
    ("Russia", "Moscow", ("Moscow",)),  # only because accepted lists it
    ("Nicolás Maduro", "Nicolas Madura", ()),  # 13 letters: 1 slip
    ("Chavez", "Chaves", ()),  # 6 letters: 1 slip
    ("Nicaragua", "Nicaraguo", ()),  # 9 letters: 1 slip
    ("Nicaragua", "Nicarauga", ()),  # adjacent swap counts as one slip
    ("Vladimir Putin", "Vladmir Puttin", ()),  # 13 letters: 2 slips
    ("Russia", "Rus\u200bsia", ()),  # zero-width space
    ("Russia", "Russia 🇷🇺", ()),  # emoji
    ("Russia", "\x07Russia\x00", ()),  # control characters
]

# (answer, response, accepted, feedback) — every one of these is wrong.
CLOZE_WRONG = [
    ("Russia", "Moscow", (), ""),  # not accepted unless listed
    ("Russia", "Russia and China", (), ""),  # contains the answer plus more
    ("Russia", "China Russia", (), ""),
    ("Iran", "Iraq", (), ""),  # 4 letters: no slip allowed
    ("China", "Chine", (), ""),  # 5 letters: no slip allowed
    ("Chavez", "Chevas", (), ""),  # 6 letters: 2 slips is too many
    ("Nicaragua", "Nicuraguo", (), ""),  # 9 letters: 2 slips is too many
    ("Vladimir Putin", "Vladmir Pootin", (), ""),  # 13 letters: 3 slips is too many
    ("2002", "2003", (), "Numbers must be exact."),
    ("90%", "80%", (), "Numbers must be exact."),
    ("90%", "90", (), ""),  # the number is right; the unit is missing
    ("7 million", "8 million", (), "Numbers must be exact."),
    ("7 million", "7 billion", (), "Numbers must be exact."),
    ("seven million", "7", (), "Numbers must be exact."),
    ("$5 billion", "€5 billion", (), ""),
    ("$5 billion", "5 billion", (), ""),
    ("2-3", "23", (), "Numbers must be exact."),
    ("Resolution 2758", "Resolutoin 2758", (), ""),  # no spelling slips beside numbers
    ("One Belt One Road", "One Belt One Raod", (), ""),  # nor beside number words
    ("Resolution 2758", "Resolution 2759", (), "Numbers must be exact."),
    ("2002", "the coup", (), ""),
    ("Maduro", "2013", (), ""),
    ("2002", "two thousand and three", (), "Numbers must be exact."),
    ("Russia", "", (), "No answer given."),
    ("Russia", "   \n\t ", (), "No answer given."),
    ("Russia", "!!!", (), "That answer could not be read."),
    ("Russia", "Russia " + "x" * 200, (), "That answer is too long."),
    ("Russia", "<b>Russia</b>", (), ""),
    ("Russia", "Rus\x00sian\x07 Federation", (), ""),
]


@pytest.mark.parametrize(("answer", "response", "accepted"), CLOZE_RIGHT)
def test_cloze_accepts(answer, response, accepted):
    result = grade("cloze", answer, response, accepted=accepted)
    assert result.correct and result.score == 1.0, result


@pytest.mark.parametrize(("answer", "response", "accepted", "feedback"), CLOZE_WRONG)
def test_cloze_rejects(answer, response, accepted, feedback):
    assert grade("cloze", answer, response, accepted=accepted) == Grade(False, 0.0, feedback)


def test_plain_right_answer_has_no_feedback_and_a_slip_is_named():
    assert grade("cloze", "Hugo Chávez", "hugo chavez") == Grade(True, 1.0, "")
    assert grade("cloze", "Chávez", " Chaves ").feedback == "Accepted: small spelling slip (you wrote “Chaves”)."


# (kind, answer, response, options, correct, feedback)
CHOICES = [
    ("mcq", "Russia", "Russia", ("Russia", "China", "Iran"), True, ""),
    ("mcq", "Russia", "russia ", ("Russia", "China", "Iran"), True, ""),
    ("mcq", "Russia", "China", ("Russia", "China", "Iran"), False, ""),
    ("mcq", "Russia", "Rusia", ("Russia", "China", "Iran"), False, "That is not one of the choices."),  # no slips
    ("mcq", "Russia", "Cuba", ("Russia", "China", "Iran"), False, "That is not one of the choices."),
    ("mcq", "Russia", "Rusia", (), False, ""),
    ("mcq", "Russia", "Moscow", (), False, ""),
    ("mcq", "$5 billion", "$5 billion", ("$5 billion", "$8 billion"), True, ""),
    ("mcq", "The 2002 coup", "The 2002 coup", ("The 2002 coup", "The 2003 strike"), True, ""),
    ("mcq", "The 2002 coup", "The 2003 strike", ("The 2002 coup", "The 2003 strike"), False, ""),
    ("partner", "Cuba", "Cuba", ("Cuba", "Colombia"), True, ""),
    ("partner", "Cuba", "Colombia", ("Cuba", "Colombia"), False, ""),
    ("truefalse", "True", "True", ("True", "False"), True, ""),
    ("truefalse", "True", "true", ("True", "False"), True, ""),
    ("truefalse", "True", "False", ("True", "False"), False, ""),
    ("truefalse", "False", "Yes", ("True", "False"), False, "That is not one of the choices."),
    ("truefalse", "False", "", ("True", "False"), False, "No answer given."),
]


@pytest.mark.parametrize(("kind", "answer", "response", "options", "correct", "feedback"), CHOICES)
def test_choices(kind, answer, response, options, correct, feedback):
    assert grade(kind, answer, response, options=options) == Grade(correct, float(correct), feedback)


EVENTS = ["Chávez elected", "2002 coup attempt", "Chávez dies", "Maduro re-elected"]
NOT_A_PERMUTATION = "Put every event in order, each exactly once."

# (response, correct, score, feedback)
TIMELINES = [
    (list(EVENTS), True, 1.0, ""),
    (tuple(EVENTS), True, 1.0, ""),
    (["chavez elected", "2002 coup attempt", "Chavez dies", "maduro re-elected"], True, 1.0, ""),
    ([EVENTS[1], EVENTS[0], EVENTS[2], EVENTS[3]], False, 0.5, "2 of 4 events in the right place."),
    (list(reversed(EVENTS)), False, 0.0, "0 of 4 events in the right place."),
    ([EVENTS[0], EVENTS[2], EVENTS[3], EVENTS[1]], False, 0.25, "1 of 4 events in the right place."),
    (EVENTS[:3], False, 0.0, NOT_A_PERMUTATION),  # one missing
    ([*EVENTS, EVENTS[0]], False, 0.0, NOT_A_PERMUTATION),  # one repeated
    ([EVENTS[0], EVENTS[0], EVENTS[2], EVENTS[3]], False, 0.0, NOT_A_PERMUTATION),
    ([EVENTS[0], "2003 coup attempt", EVENTS[2], EVENTS[3]], False, 0.0, NOT_A_PERMUTATION),
    ([EVENTS[0], None, 3, EVENTS[3]], False, 0.0, NOT_A_PERMUTATION),
    ([], False, 0.0, NOT_A_PERMUTATION),
]


@pytest.mark.parametrize(("response", "correct", "score", "feedback"), TIMELINES)
def test_timeline(response, correct, score, feedback):
    assert grade("timeline", EVENTS, response) == Grade(correct, score, feedback)


PAIRS = [["Russia", "S-300 missiles"], ["China", "Oil-for-loans"], ["Iran", "Drone factory"]]

# (response, correct, score, feedback)
MATCHINGS = [
    ({"Russia": "S-300 missiles", "China": "Oil-for-loans", "Iran": "Drone factory"}, True, 1.0, ""),
    ({"iran": "drone factory", "russia": "S 300 missiles", "china": "oil for loans"}, True, 1.0, ""),
    ({"Russia": "Oil-for-loans", "China": "S-300 missiles", "Iran": "Drone factory"}, False, 1 / 3, "1 of 3 matched correctly."),
    ({"Russia": "S-300 missiles", "China": "Oil-for-loans"}, False, 2 / 3, "2 of 3 matched correctly."),  # Iran missing
    ({"Russia": "S-300 missiles", "Cuba": "Doctors"}, False, 1 / 3, "1 of 3 matched correctly."),  # unknown left ignored
    ({"Russia": None, "China": 7, "Iran": ["Drone factory"]}, False, 0.0, "0 of 3 matched correctly."),
    ({}, False, 0.0, "0 of 3 matched correctly."),
]


@pytest.mark.parametrize(("response", "correct", "score", "feedback"), MATCHINGS)
def test_matching(response, correct, score, feedback):
    assert grade("matching", PAIRS, response) == Grade(correct, score, feedback)


# Malformed responses: (kind, answer, response, feedback). Never raise; always wrong.
MALFORMED_RESPONSES = [
    ("cloze", "Russia", None, "No answer given."),
    ("cloze", "2002", 2002, "That answer could not be read."),
    ("cloze", "Russia", ["Russia"], "That answer could not be read."),
    ("cloze", "Russia", {"answer": "Russia"}, "That answer could not be read."),
    ("cloze", "Russia", b"Russia", "That answer could not be read."),
    ("mcq", "Russia", None, "No answer given."),
    ("mcq", "Russia", ["Russia"], "That answer could not be read."),
    ("truefalse", "True", True, "That answer could not be read."),
    ("partner", "Cuba", 1, "That answer could not be read."),
    ("timeline", EVENTS, None, "No answer given."),
    ("timeline", EVENTS, "Chávez elected", "That answer could not be read."),
    ("timeline", EVENTS, dict.fromkeys(EVENTS), "That answer could not be read."),
    ("timeline", EVENTS, 4, "That answer could not be read."),
    ("matching", PAIRS, None, "No answer given."),
    ("matching", PAIRS, [["Russia", "S-300 missiles"]], "That answer could not be read."),
    ("matching", PAIRS, "Russia", "That answer could not be read."),
]


@pytest.mark.parametrize(("kind", "answer", "response", "feedback"), MALFORMED_RESPONSES)
def test_malformed_responses_are_wrong_not_errors(kind, answer, response, feedback):
    assert grade(kind, answer, response) == Grade(False, 0.0, feedback)


# A broken question (bad `answer`) is wrong for everyone, with feedback, rather than an error.
MALFORMED_QUESTIONS = [
    ("cloze", None, "Russia"),
    ("cloze", 2002, "2002"),
    ("cloze", "", "Russia"),
    ("cloze", ["Russia"], "Russia"),
    ("mcq", None, "Russia"),
    ("truefalse", True, "True"),
    ("timeline", "Chávez elected", ["Chávez elected"]),
    ("timeline", {"a": 1}, ["a"]),
    ("timeline", [], ["a"]),
    ("matching", {"Russia": "S-300 missiles"}, {"Russia": "S-300 missiles"}),
    ("matching", [["Russia"]], {"Russia": "S-300 missiles"}),
    ("matching", None, {"Russia": "S-300 missiles"}),
]


@pytest.mark.parametrize(("kind", "answer", "response"), MALFORMED_QUESTIONS)
def test_malformed_questions_are_wrong_not_errors(kind, answer, response):
    assert grade(kind, answer, response) == Grade(False, 0.0, "This question cannot be graded.")


@pytest.mark.parametrize("accepted", [None, 5, "Moscow", ["Moscow", None, 3], {"Moscow": 1}])
def test_odd_accepted_lists_never_raise(accepted):
    result = grade("cloze", "Russia", "Moscow", accepted=accepted)
    assert result.correct == (accepted in ("Moscow", ["Moscow", None, 3]))


@pytest.mark.parametrize("options", [None, 5, ["Russia", None, 3]])
def test_odd_option_lists_never_raise(options):
    assert grade("mcq", "Russia", "Russia", options=options).correct


HOSTILE = [
    "<script>alert('Russia')</script>",
    "'; DROP TABLE quizzes; --",
    "\x00\x01\x02\x1b[31mRussia\x7f",
    "\ud800\udfff",  # lone surrogates
    "🇷🇺" * 50,
    "R\u0301\u0301\u0301" * 1000,  # stacked combining marks
    "\u202eaissuR",  # right-to-left override
    "9" * 10_000,
    "nine " * 40,
    "one hundred " * 1000,
    "$" * 1000 + "5bn",
    "1,000," * 10_000,
    "x" * 1_000_000,
    "Russia's'" * 100_000,
    "-" * 1_000_000 + "2",
]


@pytest.mark.parametrize("kind", ["cloze", "mcq", "truefalse", "partner"])
@pytest.mark.parametrize("response", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_never_raises(kind, response):
    result = grade(kind, "Russia", response, options=("Russia", "China") if kind != "cloze" else ())
    assert isinstance(result, Grade) and isinstance(result.feedback, str)
    assert not result.correct or kind == "cloze"  # only a typed answer can be this forgiving


@pytest.mark.parametrize("response", HOSTILE, ids=range(len(HOSTILE)))
def test_hostile_text_in_lists_never_raises(response):
    assert not grade("timeline", EVENTS, [response, *EVENTS[1:]]).correct
    assert not grade("matching", PAIRS, {response: response, "Russia": response}).correct
    assert isinstance(normalise(response), str)


def test_stacked_accents_are_still_the_answer():
    assert grade("cloze", "Russia", "Ru\u0301\u0301\u0301ssia").correct


def test_unknown_kind_is_a_programming_error():
    with pytest.raises(ValueError, match="essay"):
        grade("essay", "Russia", "Russia")


def test_normalise_examples():
    assert normalise("  The “Sino-Russian” Partnership’s ") == "sino russian partnership"
    assert normalise("US$5bn") == normalise("$5 billion") == normalise("five billion US dollars") == "5000000000 usd"
    assert normalise("one hundred and five") == "105"
    assert normalise("2002 2003") == "2002 2003"  # neighbouring numbers do not merge
    assert normalise(None) == "" and normalise(42) == ""
