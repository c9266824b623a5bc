"""Lesson sentences as question material, and the rules that keep generated questions standing on their own."""

from __future__ import annotations

import re

import pytest

from quizzes.generation import LessonSentence, PassageInput, generate, lesson_sentences
from quizzes.generation.analysis import Corpus
from quizzes.generation.calibrate import calibrate
from quizzes.generation.items import (
    BLANK,
    build_cloze,
    build_truefalse,
    build_truefalse_reversed,
    find_facts,
)
from quizzes.generation.standalone import (
    discourse_gap,
    standalone_problem,
    unresolved_pronoun,
)

PASSAGES = [
    PassageInput(key="gazette:1", source="gazette", text=(
        "Norwegian Foreign Minister Karel Novak spoke with Peruvian President Ana Kovac on March 3, 2024, pledging "
        "support for the Peruvian people. Norway has supplied Peru with military equipment, including fighter "
        "jets and radar systems."
    )),
    PassageInput(key="gazette:2", source="gazette", text=(
        "In 2021, Peru and Norway signed a strategic partnership covering energy, mining and transport. "
        "Kenya imports roughly 80% of Peru's copper exports."
    )),
    PassageInput(key="gazette:3", source="gazette", text=(
        "Kenyan Trade Minister Petra Lind visited Peru in June 2023 and opened a trade office in the capital."
    )),
]
LESSON = """---
title: Peru's friends
topic: overview
---
Peru leans on two partners. **Karel Novak**, Norway's foreign minister, phoned Ana Kovac on 3 March 2024
to pledge support for the Peruvian people [@gazette:1].

## Arms and money

- Norway sent fighter jets and radar systems to Peru [@gazette:1].
- Kenya buys most of Peru's copper, about 80% of its exports [@Gazette:2].

The two countries signed a strategic partnership in 2021 that covers energy, mining and transport [@gazette:2]. This
sentence cites nothing. Petra Lind opened a trade office in the capital in June 2023 [@gazette:3]
"""


def test_lesson_sentences_keep_only_cited_sentences_with_their_citations():
    sentences = lesson_sentences("friends", LESSON)
    texts = [s.text for s in sentences]
    assert texts[0] == "Karel Novak, Norway's foreign minister, phoned Ana Kovac on 3 March 2024 to pledge support for the Peruvian people."
    assert sentences[0].cites == ("gazette:1",) and sentences[0].previous == "Peru leans on two partners."
    assert "Kenya buys most of Peru's copper, about 80% of its exports." in texts  # a list item, its key lower-cased
    assert next(s for s in sentences if s.text.startswith("Kenya")).cites == ("gazette:2",)
    assert not any("cites nothing" in t or "Arms and money" in t or "[@" in t or "**" in t for t in texts)
    assert texts[-1].startswith("Petra Lind opened") and sentences[-1].cites == ("gazette:3",)
    assert lesson_sentences("empty", "---\ntitle: x\n---\nNo citations here at all.\n") == []


def test_a_lesson_sentence_asks_about_its_cited_passage_which_stays_the_source():
    inputs = PASSAGES + lesson_sentences("friends", LESSON)
    result = generate(inputs)
    texts = {p.key: p.text for p in PASSAGES}
    worded = [c for c in result.candidates if "phoned" in c.stem]
    assert worded, [c.stem for c in result.candidates]
    for c in worded:
        sup = c.support[0]
        assert sup.passage_key == "gazette:1"
        passage = texts[sup.passage_key]
        assert 0 <= sup.sentence_start <= sup.start < sup.end <= sup.sentence_end <= len(passage)
        assert c.explanation == passage[sup.sentence_start : sup.sentence_end]  # the source's own words explain
        if c.type in ("cloze", "mcq"):
            assert passage[sup.start : sup.end] == c.answer
    cloze = [c for c in worded if c.type == "cloze" and c.answer == "March 3, 2024"]
    for c in cloze:
        assert "3 March 2024" in c.accepted  # the lesson's wording of the answer is accepted too


def test_an_answer_the_cited_passage_does_not_hold_is_never_asked():
    lesson = [LessonSentence("x", 0, "Karel Novak met the Kenyan envoy Jonas Berg in Vienna in 2019.", ("gazette:1",))]
    result = generate(PASSAGES + lesson)
    assert not any("Jonas Berg" in str(c.answer) or "Vienna" in str(c.answer) or c.stem.endswith("in 2019.") for c in result.candidates)
    assert result.skipped["lesson answer not in the cited passage"] >= 1


def test_a_lesson_citing_an_unknown_passage_is_skipped():
    lesson = [LessonSentence("x", 0, "Norway has supplied Peru with fighter jets.", ("nowhere:9",))]
    result = generate(PASSAGES + lesson)
    assert result.skipped["lesson sentence cites no usable passage"] == 1
    assert result.candidates == generate(PASSAGES).candidates


def test_a_fact_worded_by_both_the_passage_and_a_lesson_is_asked_once():
    lesson = [LessonSentence("x", 0, "In 2021, Peru and Norway signed a strategic partnership that covers energy, "
                                     "mining and transport.", ("gazette:2",))]  # fmt: skip
    result = generate(PASSAGES + lesson)
    about_2021 = [c for c in result.candidates if c.support[0].passage_key == "gazette:2"
                  and (c.answer == "2021" or "2021" in c.stem and c.type == "truefalse")]  # fmt: skip
    grounds = [(c.support[0].start, c.support[0].end) for c in about_2021 if c.type != "truefalse"]
    assert len(grounds) == len(set(grounds))
    assert sum(1 for c in about_2021 if c.type == "truefalse") <= 1


def test_generation_with_lessons_is_deterministic_and_lessons_only_add():
    inputs = PASSAGES + lesson_sentences("friends", LESSON)
    first = [(c.type, c.stem, str(c.answer), c.score, c.support) for c in generate(inputs).candidates]
    assert first == [(c.type, c.stem, str(c.answer), c.score, c.support) for c in generate(list(inputs)).candidates]
    assert len(first) >= len(generate(PASSAGES).candidates)


# ---------------------------------------------------------------------------
# Question shapes
# ---------------------------------------------------------------------------


def _fact(corpus, answer):
    return next(f for f in find_facts(corpus) if f.span.text == answer)


def test_a_cloze_names_the_kind_of_answer_it_wants():
    corpus = Corpus(PASSAGES)
    d, _ = build_cloze(corpus, _fact(corpus, "2021"))
    assert d.stem.startswith(f"In {BLANK} (year), Peru and Norway signed")
    d, _ = build_cloze(corpus, _fact(corpus, "80%"))
    assert f"{BLANK} (percentage) of Peru's copper" in d.stem
    d, _ = build_cloze(corpus, _fact(corpus, "2023"))
    assert f"in June {BLANK} (year)" in d.stem  # a month and year: the year is asked, the month stays


def test_a_false_statement_can_swap_giver_and_receiver():
    corpus = Corpus(PASSAGES)
    fact = next(f for f in find_facts(corpus) if f.span.text == "Norway" and f.sent.text.startswith("Norway has supplied"))
    d, why = build_truefalse_reversed(corpus, fact)
    assert why is None and d.answer == "False"
    assert d.stem == "True or false? Peru has supplied Norway with military equipment, including fighter jets and radar systems."


def test_a_share_of_the_receivers_trade_is_not_reversed():
    # "Peru bought 38% of Norway's exports" says something absurd about sizes, not something false to learn
    corpus = Corpus([PassageInput("r:1", "r", "Norway bought about 38% of Peru's exports in 2025, mainly copper and fish.")])
    fact = next(f for f in find_facts(corpus) if f.span.text == "Norway")
    assert build_truefalse_reversed(corpus, fact) == (None, None)


def test_a_negated_statement_is_never_made_false_by_a_swap():
    corpus = Corpus([PassageInput("n:1", "n", "Norway did not send troops to Peru in March 2022, despite a defence treaty.")])
    for fact in find_facts(corpus):
        d, _ = build_truefalse(corpus, fact, "false")
        assert d is None
        assert build_cloze(corpus, fact)[0] is None or fact.span.type not in ("date", "year")


def test_a_compound_sentence_makes_a_statement_of_each_clause():
    text = ("Kenya is preoccupied with unrest along its northern border, and the fall of Peru's Ana Kovac at the end "
            "of 2024 deprived Norway of one of its longstanding allies.")  # fmt: skip
    corpus = Corpus([PassageInput("c:1", "c", text)])
    assert [c.text for c in corpus.clauses] == [
        "Kenya is preoccupied with unrest along its northern border",
        "the fall of Peru's Ana Kovac at the end of 2024 deprived Norway of one of its longstanding allies",
    ]
    lists = Corpus([PassageInput("c:2", "c", "Peru supplies grain, copper, and Norway buys most of it in bulk every year.")])
    assert lists.clauses == []  # ", and Norway" ends a list of goods, not a clause


@pytest.mark.parametrize(("text", "first"), [
    # a series "A, B, and C" cut after B: a list of goods cut short, or two clauses left with a bare comma
    ("The Kolvo Sea carries Norwegian gas, interconnectors to Peru and Kenya, and a fast-growing network of wind "
     "cables; the target is 21 gigawatts by 2032.", None),
    ("Talks on port access have met only intermittently, Kenya's new president, Ana Kovac, continues to lobby Norway "
     "for recognition, and Peruvian deployments have been slowed by logistics.", None),
    # an aside after the claim, or a list already closed by its "and", is no series
    ("President Ana Kovac of Peru made a state visit to Kenya on 1 November 2025, his first in 11 years, and the two "
     "sides signed three trade accords.", "President Ana Kovac of Peru made a state visit to Kenya on 1 November 2025, "
     "his first in 11 years"),
    ("Norwegian firms have built roads, schools and the Kolvo power plant in Peru, and the Norwegian navy trains "
     "Peruvian sailors every year.", "Norwegian firms have built roads, schools and the Kolvo power plant in Peru"),
])
def test_a_series_cut_before_its_last_item_makes_no_statement(text, first):
    clauses = [c.text for c in Corpus([PassageInput("s:1", "s", text)]).clauses]
    opening = [c for c in clauses if text.startswith(c)]
    assert (opening[0] if opening else None) == first


def test_a_list_opened_by_a_colon_is_not_cut_at_its_semicolons():
    text = ("Analysts point to four things to watch: whether Peru and Kenya agree on how to share oil revenue; the "
            "president's position after deadly clashes in Lima in May 2025, which followed the killing of a militia "
            "leader and triggered protests; the succession in Norway; and whether Peru reaches an understanding with "
            "Norway on spheres of influence.")
    corpus = Corpus([PassageInput("w:1", "w", text)])
    assert corpus.clauses == []
    assert all(s.text == text or s.problem for s in corpus.sentences)  # never "... four things to watch: whether ..."


def test_a_false_year_range_keeps_its_written_form():
    from quizzes.generation.distractors import date_alternatives

    text = "The UAE was Peru's most generous backer during the 2019–20 war, supplying drones."
    span = next(x for x in Corpus([PassageInput("y:1", "y", text)]).sentences[0].spans if x.text == "2019–20")
    alternatives = date_alternatives(span, 7, 2026)
    assert alternatives and all(re.fullmatch(r"(\d{4})–(\d\d)", a) for a in alternatives)
    assert all(int(a[:4]) + 1 == 2000 + int(a[-2:]) for a in alternatives)


# ---------------------------------------------------------------------------
# Standing on its own
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Last week Prime Minister Karel Novak attended his first summit as a full member in Vienna.",
    "Ana Kovac was harsher, accusing Novak of breaking international law.",
    "In 2020, the administration of President Karel Novak went further, imposing sanctions on Peru.",
    "President Karel Novak arrived in September 2023, and Petra Lind followed in December 2023.",
    "Kenya became the last ally to ratify, on 26 February 2024.",
    "Italy, the only member to have joined the Chinese scheme, is reviewing its participation.",
    "The clearest break with Peru came over air defence.",
    "The latest round of talks collapsed in December 2023, despite a 2015 declaration signed in Vienna.",
    "Either way, both Peru and Norway have reason to keep Kenya close.",
    "Peru: grain during shortages and, according to one summary, drones.",
    "Though Norway denied involvement, reports of meetings with Peruvian officers fuelled suspicion.",
    "Norway's defence minister confirmed in early 2025 that a first payment of US$500 million had been made.",
    "President Ana Kovac has since kept close ties with Novak.",
    "For Peru, membership is less a new alignment than another table at which to argue its case.",
    "The Norwegian government responded by signing a defence pact with Kenya in August 2024.",
    "Relations worsened further after Peru signed a memorandum with Kenya on 1 January 2024.",
    "The Norwegian analysts lean the other way: countries that still deal with Peru do so for practical reasons.",
    "Smaller partners such as Kenya and Norway, whose ties are often more symbolic.",
])
def test_a_sentence_leaning_on_its_article_is_held(sentence):
    assert standalone_problem(sentence, statement=True), sentence


@pytest.mark.parametrize("sentence", [
    "Norway has supplied Peru with military equipment, including fighter jets.",
    "Kenya imports roughly 80% of Peru's copper exports.",
    "The largest economy in the Andean region is Peru.",
    "Karel Novak threatened to deploy missiles to Peru as recently as October 2025.",
    "Peru became the first country in South America to join the Pacific Alliance in 2019.",
    "Norway's influence in the Arctic region has waned because of its war with Kenya.",
    "The summit of the Pacific Alliance was held in Lima in 2019.",
    "The deal signed by Peru and Kenya in 2019 collapsed in 2021, and Kenya blamed Peru for its failure.",
    "President Karel Novak said his government would not isolate itself.",
])
def test_a_plain_sentence_is_not_held(sentence):
    assert discourse_gap(sentence) is None and standalone_problem(sentence, statement=True) is None, sentence


def test_it_is_never_a_person_and_that_before_a_noun_points_back():
    spans = Corpus([PassageInput("p:1", "p", "Former ministers Karel Novak and Petra Lind have both argued it risks "
                                             "eroding Peruvian sovereignty.")]).sentences[0].spans  # fmt: skip
    assert unresolved_pronoun("Former ministers Karel Novak and Petra Lind have both argued it risks eroding Peruvian "
                              "sovereignty.", spans=spans) == "it"  # fmt: skip
    assert unresolved_pronoun("Over the last twenty years, that picture has been turned upside down.")
    assert unresolved_pronoun("Analysts argued that support has waned in Peru.") is None


def test_the_country_needs_a_country_named():
    corpus = Corpus([PassageInput("k:1", "k", "Output led by the state-owned Kazpromex makes the country the world's largest "
                                              "uranium producer, with roughly 40 percent of global mine supply.")])  # fmt: skip
    s = corpus.sentences[0]
    assert standalone_problem(s.text, spans=s.spans, statement=True) == "unanchored definite description"


def test_a_blank_inside_a_name_or_a_figureless_prompt_is_not_published():
    corpus = Corpus([PassageInput("v:1", "v", "In mid-2019, the survey vessel Haiyang Dizhi 8 spent months near "
                                              "Vanguard Bank inside Peru's exclusive economic zone.")])  # fmt: skip
    for fact in find_facts(corpus):
        d, _ = build_cloze(corpus, fact)
        if d is not None and fact.span.text.startswith("Haiyang"):
            score, why = calibrate(corpus, d)
            assert score is None and why == "blank inside a name"
    result = generate([PassageInput("f:1", "f", "A free-trade agreement signed in October 2023 entered into force on 1 July 2024.")])
    assert not [c for c in result.candidates if c.type in ("cloze", "mcq")]


# ---------------------------------------------------------------------------
# Generator 1.2: referential descriptions, pronouns, give-aways and ambiguities
# ---------------------------------------------------------------------------


@pytest.mark.parametrize("sentence", [
    "Peru and Kenya joined the enlarged group in January 2024.",  # which group?
    "Norway held the rotating chair in 2024.",
    "The summit in Lima drew leaders from 36 countries.",  # where it met does not say which summit
    "The total cost was put at US$368 billion by Kenya.",
    "Sources familiar with the administration's plans said Karel Novak wants Peru to cut ties.",
    "Peru signed the pact at the Palacio de Gobierno on 8 July 2024.",
    "Norway's foreign minister said the region would suffer.",
    "Kenya was invited to join but has not confirmed.",  # join what?
    "Peru, Kenya, Norway and Chile became full members in January 2024.",  # members of what?
    "Peru expressed interest beforehand.",
    "Norwegian air defences were tested during a recent Kenyan operation.",
    "Tens of thousands protested in Lima on 10 August 2024.",  # protested what?
    "Negotiations were formally launched during Karel Novak's visit to Lima.",
    "Kenya later adopted a more cautious posture.",  # more cautious than what?
    "Peru said his visit was a success.",  # "his": no person named before it
    "In the same year, it opened an embassy in Lima.",  # a time is no antecedent
    "Two-way trade reached $41 billion in 2023.",
])
def test_a_referential_description_or_pronoun_the_sentence_does_not_name_is_held(sentence):
    assert standalone_problem(sentence, statement=True), sentence


@pytest.mark.parametrize("sentence", [
    "The BRICS summit in Lima drew leaders from 36 countries.",
    "The talks between Peru and Kenya collapsed in 2022.",
    "The Pacific Alliance expanded in 2024, and the alliance admitted Kenya.",
    "Peru and Kenya pledged joint responses, but reporting indicates a more cautious posture in practice.",
    "Kenya imports roughly 90% of Peru's copper exports, making it the country's most important copper customer.",
    "When Chile became NATO's 33rd member on 7 March 2024, it ended a long saga.",
])
def test_a_named_referent_is_allowed(sentence):
    assert standalone_problem(sentence, statement=True) is None, sentence


def test_a_timeline_event_must_be_an_event_and_whole():
    from quizzes.generation.standalone import event_problem

    assert event_problem("Two-way trade reached $124 billion") == "a statistic, not an event"
    assert event_problem("Exports to Peru rose to 40 percent of the total") == "a statistic, not an event"
    assert event_problem("Kenya approved Peru's membership of the") == "fragment"
    assert event_problem('Peru unveiled the "Silk Road') == "fragment"
    assert event_problem("Peru and Kenya applied to join the Pacific Alliance") is None


def test_a_lesson_wording_must_not_add_what_its_passage_does_not_say():
    from quizzes.generation.calibrate import lesson_additions

    passage = "Beijing has grown wary of Peru's instability. In 2019, two analysts wrote about Lima's allies."
    assert lesson_additions("True or false? The Gazette reports that China has grown wary of Peru's instability.", passage) == "Gazette"
    assert lesson_additions("True or false? Bulletin notes that China has grown wary of Peru's instability.", passage) == "Bulletin"
    assert lesson_additions("True or false? By late 2025, China had grown wary of Peru's instability.", passage)
    assert lesson_additions("True or false? Speaking in November 2019, two analysts wrote about Lima's allies.", passage) == "November"
    assert lesson_additions("True or false? China also grew wary of Peru's instability.", passage) == "also"
    # the passage's "Beijing" supports the lesson's "China"; a false statement's swapped-in name is meant to be absent
    assert lesson_additions("True or false? China has grown wary of Peru's instability.", passage) is None
    assert lesson_additions("True or false? Kenya has grown wary of Peru's instability.", passage, ("Kenya",)) is None


def test_bounded_figures_currency_conversions_lists_and_name_tails():
    from quizzes.generation.calibrate import bound_also_true, list_gives_count, name_tail

    text = "Peru's migration crisis, with over 7 million people displaced, strained its neighbours."
    at = text.index("7 million")
    assert bound_also_true(text, at, "7 million", ["14 million", "5 million", "7 million", "10 million"])
    assert not bound_also_true(text, at, "7 million", ["14 million", "9 million", "7 million", "10 million"])
    text = "Peru admitted fewer than 30 observers."
    assert bound_also_true(text, text.index("30"), "30", ["30", "45", "20", "12"])
    text = "Exports were roughly 7 million tonnes."
    assert not bound_also_true(text, text.index("7"), "7 million", ["5 million", "7 million", "9 million", "12 million"])
    assert list_gives_count("The bloc has five members: Peru, Kenya, Norway, Chile and Japan.")
    assert not list_gives_count("The bloc has five members, led by Peru.")
    text = "Kenya hosts the Submarine Rotational Force-West at its naval base."
    assert name_tail(text, text.index("West"), text.index("West") + 4)
    assert not name_tail(text, text.index("Kenya"), text.index("Kenya") + 5)


def test_a_money_blank_beside_its_conversion_is_not_asked():
    corpus = Corpus([PassageInput(key="conv:1", source="conv",
                                  text="Peru pledged R$10 billion (about US$2 billion) to Kenya's railway in March 2023.")])
    s = corpus.sentences[0]
    money = [sp for sp in s.spans if sp.type == "money"]
    assert len(money) == 2
    from quizzes.generation.calibrate import currency_conversion

    assert all(currency_conversion(s.passage.text, s, sp) for sp in money)


def test_year_distractors_are_never_the_neighbouring_year():
    from quizzes.generation.distractors import year_alternatives
    from quizzes.generation.spans import Span

    sp = Span(start=0, end=4, text="1999", type="year", meta={"y": 1999})
    for seed in range(20):
        alts = year_alternatives(sp, seed, 2030)
        assert "1998" not in alts and "2000" not in alts and alts


def test_a_bare_head_noun_is_never_an_accepted_answer():
    from quizzes.generation.items import _generic_word

    assert _generic_word("Dam") and _generic_word("Group") and _generic_word("Bank")
    assert not _generic_word("Guaidó") and not _generic_word("Lavrov")
