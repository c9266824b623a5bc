"""Question generation (quizzes.generation): spans, question types, checks, robustness, the corpus.

Plain pytest, no Django: run with ``pytest tests/test_generation.py -q -p no:django``.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

import pytest

from quizzes.generation import GENERATOR_VERSION, QUESTION_TYPES, Candidate, PassageInput, generate
from quizzes.generation import checks
from quizzes.generation.analysis import Corpus
from quizzes.generation.calibrate import PUBLISH_LINE, calibrate, in_number_range, opinion, unresolved_reference
from quizzes.generation.distractors import entity_alternatives
from quizzes.generation.bundled import bundled_lessons, bundled_passages
from quizzes.generation.lessons import CITATION
from quizzes.generation.items import (
    BLANK,
    accepted_variants,
    build_cloze,
    build_mcq,
    build_partner,
    build_truefalse,
    build_truefalse_opposite,
    find_facts,
)
from quizzes.generation.nlp import language_problem, lemmas, split_sentences
from quizzes.generation.sequence import build_people_matchings, build_timelines, find_events
from quizzes.generation.spans import Span, sentence_spans

ROOT = Path(__file__).resolve().parents[1]


def spans_of(text: str) -> dict[str, str]:
    return {s.text: s.type for s in sentence_spans(text, 0, len(text), {})}


def passages(name: str, texts: list[str], topics: tuple[str, ...] = ()) -> list[PassageInput]:
    return [PassageInput(key=f"{name}:{i}", source=name, text=t, topics=topics) for i, t in enumerate(texts, 1)]


# Two articles the generator has never seen (real country names, invented facts).
TRADE = passages(
    "trade-deal",
    [
        "In March 2023, Brazil and Argentina signed a trade agreement in Buenos Aires. Brazilian President "
        "Luiz Inácio Lula da Silva and Argentine President Alberto Fernández attended the ceremony on March 14, 2023.",
        "Under the deal, Brazil agreed to supply 12 million tonnes of soybeans to Argentina each year. Argentina, in "
        "turn, committed to exporting $4.5 billion worth of natural gas to Brazil by 2026.",
        "Tariffs on steel fell by 35% within the first year, according to the Argentine Ministry of Economy. Trade "
        "between the two countries rose to $28 billion in 2024, up from $21 billion in 2022.",
        "Critics in Uruguay warned that the pact could weaken the Mercosur customs union. Uruguayan Foreign Minister "
        "Omar Paganini said on April 2, 2023 that Montevideo would seek its own deal with China.",
        "The agreement also created a joint infrastructure fund of $2 billion to build a gas pipeline from the Vaca "
        "Muerta field to southern Brazil, with construction scheduled for 2025-2027.",
    ],
)
PORTS = passages(
    "kenya-japan",
    [
        "Kenya and Japan deepened their partnership in 2019 when Tokyo financed the expansion of the port of "
        "Mombasa. The Japan International Cooperation Agency lent $300 million for the project.",
        "Kenyan President Uhuru Kenyatta visited Tokyo in August 2019 to attend the Tokyo International Conference "
        "on African Development. During the visit, Japan pledged to train 3,000 Kenyan engineers.",
        "By 2022, Japanese firms had invested in geothermal power plants in the Rift Valley, supplying about 40% of "
        "the turbines used at Olkaria. Toyota Tsusho built a wind farm near Lake Turkana.",
        "China remained Kenya's largest lender, having financed the Standard Gauge Railway between Mombasa and "
        "Nairobi, which opened on May 31, 2017 and cost $3.6 billion.",
    ],
)
# A small corpus about partners, for the partner type and the distractor checks.
PARTNERS = passages(
    "partners",
    [
        "Russia has supplied Venezuela with military equipment, including fighter jets and air defense systems.",
        "Cuba provides intelligence and medical personnel, helping the government in Caracas maintain internal control.",
        "Nicaragua and Bolivia have supported Venezuela diplomatically in regional forums.",
        "Iran has sent fuel shipments to Venezuela during times of acute shortages, defying U.S. sanctions.",
        "China has invested billions in Venezuela's infrastructure, often through loan-for-oil agreements.",
        "Turkey has engaged in limited trade and gold transactions with Venezuela, offering economic alternatives.",
        "In 2025, Venezuela and Russia formalized a strategic partnership covering energy, mining and security.",
        "As of 2025, China imports roughly 90% of Venezuela's oil exports, making it Venezuela's main energy customer.",
        "Venezuela's ties with Russia, China and Iran have deepened over the past two decades of sanctions.",
    ],
)


# ---------------------------------------------------------------------------
# Sentences and spans
# ---------------------------------------------------------------------------


def test_sentences_split_around_abbreviations_and_citations():
    text = "The U.S. seized a tanker on Jan. 3, 2026.[4] Russian Foreign Minister Sergei Lavrov spoke later. It was muted."
    parts = [text[a:b] for a, b in split_sentences(text)]
    assert parts == ["The U.S. seized a tanker on Jan. 3, 2026.", "Russian Foreign Minister Sergei Lavrov spoke later.", "It was muted."]


def test_lemmas_read_from_lemminflects_files_match_the_library():
    import lemminflect

    words = ["signed", "could", "Ran", "ties", "OK", "another", "Venezuela", "diplomacy", "better", "xyzzy"]
    for word in words:
        assert lemmas(word) == lemminflect.getAllLemmas(word.lower()), word
    assert lemmas("spoke")["VERB"] == ("speak",) and lemmas("xyzzy") == {}


def test_people_with_titles_and_appositives():
    found = spans_of(
        "Russian Foreign Minister Sergei Lavrov spoke with Delcy Rodriguez, the former Venezuelan vice president, "
        "and German Chancellor Friedrich Merz."
    )
    assert found["Sergei Lavrov"] == "person"
    assert found["Delcy Rodriguez"] == "person"
    assert found["Friedrich Merz"] == "person"
    assert found["Russian"] == "demonym"
    assert found["Foreign Minister"] == "title"


def test_people_across_a_corpus_link_surnames():
    corpus = Corpus(passages("p", ["Russian Security Council Chairperson Dmitry Medvedev issued a critique.", "Medvedev also threatened German Chancellor Friedrich Merz."]))
    medvedev = [sp for s in corpus.sentences for sp in s.spans if sp.text == "Medvedev"]
    assert medvedev and medvedev[0].type == "person" and medvedev[0].canon == "Dmitry Medvedev"
    assert corpus.person("Dmitry Medvedev").titles == ["Russian Security Council Chairperson"]
    assert corpus.person("Dmitry Medvedev").country == "Russia"


def test_countries_capitals_regions_organisations_places():
    found = spans_of(
        "Cuba and the U.S. argued in Moscow while the Russian Ministry of Foreign Affairs and the United Nations "
        "watched the Orinoco Belt in Latin America."
    )
    assert found["Cuba"] == "country"
    assert found["U.S."] == "country"
    assert found["Moscow"] == "country"
    assert found["Ministry of Foreign Affairs"] == "organisation"
    assert found["United Nations"] == "organisation"
    assert found["Orinoco Belt"] == "place"
    assert found["Latin America"] == "place"


def test_organisation_named_after_a_country():
    found = spans_of("The Japan International Cooperation Agency lent money to Kenya.")
    assert found["Japan International Cooperation Agency"] == "organisation"


def test_figures_percent_money_counts():
    found = spans_of(
        "China imports roughly 90% of the oil, tariffs fell 35 percent, Brazil paid $4.5 billion and €300 million, "
        "over 7 million people left and Japan trained 3,000 engineers."
    )
    assert found["90%"] == "percent"
    assert found["35 percent"] == "percent"
    assert found["$4.5 billion"] == "money"
    assert found["€300 million"] == "money"
    assert found["7 million"] == "count"
    assert found["3,000"] == "count"


def test_years_dates_and_ranges():
    text = "In 1999 it began; on January 2-3 and on March 14, 2023 it peaked; by June 2025 and in 2025-2027 it ends."
    got = {s.text: s for s in sentence_spans(text, 0, len(text), {})}
    assert got["1999"].type == "year"
    assert got["January 2-3"].type == "date" and got["January 2-3"].meta == {"m": 1, "d": 2, "d2": 3}
    assert got["March 14, 2023"].meta == {"m": 3, "d": 14, "y": 2023}
    assert got["June 2025"].type == "date" and got["June 2025"].meta["y"] == 2025
    assert got["2025-2027"].type == "date" and got["2025-2027"].meta == {"y": 2025, "y2": 2027}


def test_hyphenated_terms_but_not_stock_compounds():
    found = spans_of("China lent money through loan-for-oil agreements and a long-term plan with dual-use satellites.")
    assert found["loan-for-oil"] == "term"
    assert found["dual-use"] == "term"
    assert "long-term" not in found


def test_citation_markers_are_not_numbers():
    found = spans_of("Russia condemned the strikes.[12] It had 17 tankers.")
    assert "12" not in found and found.get("17") == "count"


# ---------------------------------------------------------------------------
# Question types
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def partner_corpus():
    corpus = Corpus(PARTNERS)
    return corpus, find_facts(corpus)


def fact_for(facts, answer, needle=""):
    return next(f for f in facts if f.span.text == answer and needle in f.sent.text)


def test_cloze_blanks_the_span_and_accepts_variants(partner_corpus):
    corpus, facts = partner_corpus
    d, why = build_cloze(corpus, fact_for(facts, "90%"))
    assert why is None
    assert d.stem == f"As of 2025, China imports roughly {BLANK} (percentage) of Venezuela's oil exports, making it Venezuela's main energy customer."
    assert d.answer == "90%" and "90 percent" in d.accepted and d.options == []
    assert d.explanation == PARTNERS[7].text


def test_mcq_numbers_get_nearby_figures_in_the_same_form(partner_corpus):
    corpus, facts = partner_corpus
    d, why = build_mcq(corpus, fact_for(facts, "90%"))
    assert why is None
    assert len(d.options) == 4 and "90%" in d.options
    assert all(o.endswith("%") and o != "90%" for o in d.options if o != d.answer)
    assert checks.check_options(d.options, d.answer) is None


def test_truefalse_true_and_false(partner_corpus):
    corpus, facts = partner_corpus
    fact = fact_for(facts, "90%")
    true, _ = build_truefalse(corpus, fact, "true")
    false, _ = build_truefalse(corpus, fact, "false")
    assert true.answer == "True" and true.stem.startswith("True or false? ") and "90%" in true.stem
    assert false.answer == "False" and "90%" not in false.stem and false.explanation == PARTNERS[7].text
    assert true.options == false.options == ["True", "False"]


def test_truefalse_opposite_flips_one_word():
    corpus = Corpus(passages("flip", ["Beijing has grown wary of Venezuela's instability and has slowed new investments in the Orinoco Belt."]))
    d, _ = build_truefalse_opposite(corpus, corpus.sentences[0])
    assert d is not None and d.answer == "False"
    assert "accelerated new investments" in d.stem


def test_partner_options_come_from_the_same_article():
    other = passages("paraguay", [  # an article about Paraguay, whose ties with Venezuela make it a partner
        "Paraguay has supplied Venezuela with beef and soybeans since 2019.",
        "Paraguay signed a trade agreement with Venezuela in 2023 worth $300 million.",
        "Paraguay has supported Venezuela diplomatically in regional forums since 2020.",
        "Paraguay has sold Venezuela military uniforms and boots since 2021.",
        "Paraguay held general elections in 2023, and Santiago Peña became president.",
    ])
    corpus = Corpus(PARTNERS + other)
    assert corpus.partner_rank()[0][0] == "Paraguay"  # the likeliest wrong option, but for another article
    d, why = build_partner(corpus, fact_for(find_facts(corpus), "Iran", "fuel shipments"))
    assert why is None, why
    assert "Paraguay" not in d.options  # the other article's own country, which this one never names


def test_partner_hides_the_country_and_offers_other_partners(partner_corpus):
    corpus, facts = partner_corpus
    d, why = build_partner(corpus, fact_for(facts, "Iran", "fuel shipments"))
    assert why is None, why
    assert "Iran" not in d.stem and "Iranian" not in d.stem and "This country has sent fuel shipments" in d.stem
    assert d.answer == "Iran" and len(d.options) == 4 and "Iran" in d.options
    assert checks.check_not_given_away(d.stem, "Iran", "partner") is None


HISTORY = passages(
    "elbonia-history",
    [
        "Elbonia joined the Varna Pact in 1994. The Elbonian parliament approved a new constitution in 2003.",
        "Elbonia signed a port agreement with Ruritania in 2011. Elbonian voters rejected a currency union in 2016.",
    ],
)


def test_timeline_orders_dated_events_with_dates_removed():
    corpus = Corpus(HISTORY + TRADE + PORTS)
    events = find_events(corpus, find_facts(corpus))
    drafts = build_timelines(corpus, events)
    assert drafts
    t = drafts[0]
    assert 3 <= len(t.answer) <= 4 and sorted(t.answer) == sorted(t.options) and t.answer != t.options
    for d in drafts:  # one article per timeline, at least three different years
        assert len({sup.passage_key.split(":")[0] for sup in d.support}) == 1
    assert all(not any(ch.isdigit() for ch in ev.split(" $")[0][:0]) for ev in t.answer)
    assert not any(m in ev for ev in t.answer for m in ("1994", "2003", "2011", "2016", "2019", "2023", "March", "August"))
    assert len(t.support) == len(t.answer)


def test_matching_people_to_titles():
    corpus = Corpus(TRADE)
    drafts = build_people_matchings(corpus)
    assert drafts
    pairs = dict(drafts[0].answer)
    assert pairs["Omar Paganini"] == "Uruguayan Foreign Minister"
    assert pairs["Alberto Fernández"] == "Argentine President"
    assert sorted(drafts[0].options) == sorted(pairs.values())


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def test_check_answer_at_support():
    text = "China imports roughly 90% of the oil."
    assert checks.check_answer_at_support(text, 22, 25, "90%") is None
    assert checks.check_answer_at_support(text, 21, 25, "90%") == "answer not at support"
    assert checks.check_answer_at_support(text, 0, 99, "90%") == "answer not at support"


def test_check_demonym_gives_away_country():
    assert checks.check_not_given_away(f"{BLANK} officials said Russian jets arrived.", "Russia", "country") == "answer in prompt"
    assert checks.check_not_given_away(f"{BLANK} sent Russian-supplied jets.", "Russia", "country") == "answer in prompt"
    assert checks.check_not_given_away(f"Moscow said {BLANK} helped.", "Russia", "country") == "answer in prompt"
    assert checks.check_not_given_away(f"{BLANK} helped Cuba.", "Russia", "country") is None


def test_check_surname_plural_and_figures_give_away():
    assert checks.check_not_given_away(f"{BLANK} spoke; Lavrov later left.", "Sergei Lavrov", "person") == "answer in prompt"
    assert checks.check_not_given_away(f"It bought {BLANK}, mostly fighter jet parts.", "fighter jets", "term") == "answer in prompt"
    assert checks.check_not_given_away(f"It rose {BLANK} from 90 barrels.", "90%", "percent") == "answer in prompt"


def test_check_options():
    assert checks.check_options(["a", "b", "c", "d"], "a") is None
    assert checks.check_options(["U.N.", "UN", "OAS", "EU"], "OAS") == "options not distinct"
    assert checks.check_options(["a", "b", "c"], "a") == "wrong number of options"
    assert checks.check_options(["a", "b", "c", "d"], "z") == "key not among options"
    assert checks.check_option_types(["90%", "60%", "75%", "40%"], "90%", "percent") is None
    assert checks.check_option_types(["90%", "60%", "1999", "40%"], "90%", "percent") == "options of mixed types"
    assert checks.check_option_types(["Cuba", "Iran", "Putin", "Turkey"], "Cuba", "country") == "options of mixed types"


def test_distractor_named_in_the_same_sentence_is_also_correct(partner_corpus):
    """"Nicaragua and Bolivia have supported Venezuela": Bolivia is no wrong option for Nicaragua."""
    corpus, _ = partner_corpus
    s = next(x for x in corpus.sentences if x.text.startswith("Nicaragua"))
    nicaragua = next(sp for sp in s.spans if sp.text == "Nicaragua")
    assert corpus.also_true_for(s, nicaragua, ("country", "Bolivia")) is True
    assert corpus.also_true_for(s, nicaragua, ("country", "Turkey")) is False


def test_distractor_supported_by_another_passage_is_also_correct():
    corpus = Corpus(
        passages(
            "x",
            [
                "Russia has supplied Venezuela with fighter jets and air defense systems.",
                "China also supplied Venezuela with air defense systems and radar.",
                "Cuba provides intelligence and medical personnel to Venezuela.",
            ],
        )
    )
    s = corpus.sentences[0]
    russia = s.spans[0]
    assert corpus.also_true_for(s, russia, ("country", "China")) is True
    assert corpus.also_true_for(s, russia, ("country", "Cuba")) is False


def test_nicaragua_question_never_offers_bolivia(partner_corpus):
    corpus, facts = partner_corpus
    for fact in facts:
        if fact.span.text == "Nicaragua":
            for build in (build_mcq, build_partner):
                d, _ = build(corpus, fact)
                assert d is None or "Bolivia" not in d.options
    result = generate(PARTNERS)
    for c in result.candidates:
        if c.answer == "Nicaragua":
            assert "Bolivia" not in c.options


def test_this_event_sentence_needs_its_context():
    alone = Corpus(passages("e", ["This event catalyzed Venezuela's pivot toward Russia and China in 2002."]))
    assert alone.sentences[0].problem == "self-reference without context"
    assert alone.skipped["self-reference without context"] == 1
    with_context = Corpus(
        passages("e", ["The 2002 coup attempt was a dramatic event in Caracas. This event catalyzed Venezuela's pivot toward Russia in 2003."])
    )
    s = with_context.sentences[1]
    assert s.usable and s.context is with_context.sentences[0]
    facts = [f for f in find_facts(with_context) if f.sent is s and f.span.text == "2003"]
    d, _ = build_cloze(with_context, facts[0])
    assert d.stem.startswith("The 2002 coup attempt was a dramatic event in Caracas. This event")
    assert d.stem.count(BLANK) == 1 and "2003" not in d.stem
    # the answer must not occur in the shown context either
    for c in generate(with_context.passages).candidates:
        if c.type in ("cloze", "mcq"):
            assert c.answer not in c.stem


def test_check_blank_well_formed():
    text = "Russian-supplied jets and Chávez's revolution."
    assert checks.check_blank_well_formed(text, 0, 7) == "blank splits a word"  # "Russian" of "Russian-supplied"
    assert checks.check_blank_well_formed(text, 26, 32) is None  # "Chávez" before 's
    assert checks.check_blank_well_formed(text, 27, 32) == "blank splits a word"
    assert checks.check_single_blank(f"a {BLANK} b") is None
    assert checks.check_single_blank(f"a {BLANK} {BLANK}") == "malformed blank"


def test_check_self_contained_context_length_boilerplate():
    assert checks.check_self_contained("They sent fuel to Venezuela.") == "self-reference without context"
    assert checks.check_self_contained("These relationships are symbolic.") == "self-reference without context"
    assert checks.check_self_contained(f"{BLANK} sent fuel to Venezuela.") is None
    assert checks.check_has_context(f"The {BLANK} election marked a turning point.") == "prompt lacks context"
    assert checks.check_has_context(f"Iran sent {BLANK} to Venezuela.") is None
    assert checks.check_length("Too short.") == "prompt too short"
    assert checks.check_length("word " * 90) == "prompt too long"
    assert checks.check_no_boilerplate("Subscribe to our newsletter for more.") == "boilerplate"
    assert checks.check_no_boilerplate("Russia sent jets [3] to Caracas.") == "markup in prompt"


# ---------------------------------------------------------------------------
# Bad input
# ---------------------------------------------------------------------------


def test_empty_input():
    assert generate([]).candidates == []
    result = generate(passages("e", ["", "   "]))
    assert result.candidates == [] and result.skipped["empty passage"] == 2


@pytest.mark.parametrize(
    "text",
    [
        "Venezuela y Rusia firmaron en 2025 una asociación estratégica que abarca la energía, la minería, el "
        "transporte y la seguridad, y Rusia ha suministrado aviones de combate y sistemas de defensa aérea.",
        "Venezuela und Russland haben im Jahr 2025 eine strategische Partnerschaft unterzeichnet, die Energie, "
        "Bergbau, Verkehr und Sicherheit umfasst, und Russland hat Kampfjets und Luftabwehrsysteme geliefert.",
    ],
)
def test_foreign_language_passage_yields_nothing(text):
    assert language_problem(text) == "not English"
    result = generate(passages("foreign", [text]))
    assert result.candidates == [] and result.skipped["not English"] == 1


def test_garbled_passage_yields_nothing():
    for text in ["xkq zzvpr qwlkj mnbvc asdfg hjklq wertz poiuy lkjhg fdsaq zxcvb", "&&& ### @@@ 1234 5678 ;;; ::: !!! ??? *** %%% ^^^"]:
        result = generate(passages("junk", [text]))
        assert result.candidates == [] and result.skipped["garbled text"] == 1


def test_overlong_sentence_is_skipped():
    words = ("Russia and China sent envoys to Caracas in 2025 while officials debated the long shadow of "
             "sanctions across the region and beyond ").split()
    long_sentence = " ".join((words * 8)[:120]) + "."
    result = generate(passages("long", [long_sentence]))
    assert result.candidates == [] and result.skipped["sentence too long"] == 1


def test_nothing_worth_asking_is_no_error():
    result = generate(passages("dull", ["It was a very nice day and everyone was happy about it, as they usually are."]))
    assert result.candidates == []
    assert sum(result.skipped.values()) >= 1


# ---------------------------------------------------------------------------
# Unseen articles, determinism, invariants
# ---------------------------------------------------------------------------


def assert_well_formed(candidates: list[Candidate], texts: dict[str, str]) -> None:
    keys = [c.fact_key for c in candidates]
    assert len(keys) == len(set(keys)), "fact keys must be unique"
    for c in candidates:
        assert c.type in QUESTION_TYPES
        assert 0.0 <= c.score <= 1.0
        assert c.support and all(s.passage_key in texts for s in c.support)
        for s in c.support:
            text = texts[s.passage_key]
            assert 0 <= s.sentence_start <= s.start < s.end <= s.sentence_end <= len(text)
        primary = texts[c.support[0].passage_key]
        if c.type in ("cloze", "mcq", "truefalse", "partner"):
            sup = c.support[0]
            assert c.explanation == primary[sup.sentence_start : sup.sentence_end]
        if c.type in ("cloze", "mcq"):
            sup = c.support[0]
            assert primary[sup.start : sup.end] == c.answer
            assert c.stem.count(BLANK) == 1 and "[" not in c.stem
            assert checks.check_not_given_away(c.stem, c.answer, "country" if c.span_type == "country" else c.span_type) is None
        if c.type in ("mcq", "partner"):
            assert checks.check_options(c.options, c.answer) is None
        if c.type == "cloze":
            assert c.options == []
        if c.type == "truefalse":
            assert c.options == ["True", "False"] and c.answer in ("True", "False")
        if c.type == "timeline":
            assert sorted(c.answer) == sorted(c.options) and len(c.support) == len(c.answer)
        if c.type == "matching":
            assert sorted(r for _, r in c.answer) == sorted(c.options)


@pytest.mark.parametrize("article", [TRADE, PORTS], ids=["trade-deal", "kenya-japan"])
def test_unseen_articles_give_sensible_questions(article):
    result = generate(article)
    cands = result.candidates
    assert len(cands) >= 8
    assert_well_formed(cands, {p.key: p.text for p in article})
    kinds = Counter(c.type for c in cands)
    assert kinds["cloze"] + kinds["mcq"] >= 4 and kinds["truefalse"] >= 1
    answers = {str(c.answer) for c in cands}
    # the figures and dates of the article are asked about
    if article is TRADE:
        assert answers & {"35%", "$28 billion", "$21 billion", "March 14, 2023", "2024", "2022", "2026"}
        assert any(c.type == "matching" for c in cands)
    else:
        assert answers & {"40%", "$3.6 billion", "May 31, 2017", "August 2019", "2022"}
    # every answer typed as money/percent/date looks like one
    for c in cands:
        if c.type in ("cloze", "mcq") and c.span_type == "percent":
            assert c.answer.endswith("%") or "percent" in c.answer


def test_deterministic_within_and_across_processes():
    first = generate(TRADE + PORTS)
    second = generate(TRADE + PORTS)
    assert first == second
    code = (
        "import json, sys; sys.path.insert(0, %r); from tests.test_generation import TRADE, PORTS; "
        "from quizzes.generation import generate; r = generate(TRADE + PORTS); "
        "print(json.dumps([[c.type, c.stem, c.answer, c.options, c.fact_key, c.score] for c in r.candidates]))"
    ) % str(ROOT)
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, check=True)
    other = json.loads(out.stdout)
    mine = [[c.type, c.stem, c.answer, c.options, c.fact_key, c.score] for c in first.candidates]
    assert json.loads(json.dumps(mine)) == other


def test_min_score_filters():
    everything = generate(TRADE)
    strict = generate(TRADE, min_score=0.85)
    assert all(c.score >= 0.85 for c in strict.candidates)
    assert len(strict.candidates) < len(everything.candidates)
    assert strict.skipped["below min_score"] == len(everything.candidates) - len(strict.candidates)


def test_version_is_a_string():
    assert isinstance(GENERATOR_VERSION, str) and GENERATOR_VERSION


# ---------------------------------------------------------------------------
# The bundled corpus
# ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_run():
    ps = bundled_passages()
    generate(passages("warm", ["Russia sent 12 jets to Cuba in 2019."]))  # one-time library loading
    started = time.perf_counter()
    result = generate(ps + bundled_lessons())
    return ps, result, time.perf_counter() - started


def _lessons_of_bundle() -> dict[str, tuple[str, set[str]]]:
    """Each bundled lesson's topic and the passages it cites."""
    out = {}
    for path in sorted((ROOT / "briefing" / "corpus" / "lessons").glob("*.md")):
        text = path.read_text(encoding="utf-8")
        topic = next(line.split(":", 1)[1].strip() for line in text.splitlines() if line.startswith("topic:"))
        out[path.stem] = (topic, {f"{m[0].lower()}:{int(m[1])}" for m in CITATION.findall(text)})
    return out


def test_corpus_volume_topics_types_and_speed(corpus_run):
    ps, result, elapsed = corpus_run
    cands = [c for c in result.candidates if c.score >= PUBLISH_LINE]  # what the site publishes unreviewed
    # The issue asks for 150 published; the generator holds back weak kinds for review, and this
    # floor guards what it publishes today (see evaluation/README.md for the measurements).
    # 60 before the lessons' cited sentences, type hints, clauses and clean flips; 80 with them; about 63 since
    # generator 1.2 holds back statements that lean on an earlier sentence, lesson wording its passage does not
    # support, every antonym flip and bounded figures among options (precision before volume); 59 since 1.3 holds
    # back bounded cloze figures, year options before a named office-holder's term and titles only the key holds;
    # 54 since 1.4 holds back days without a year, elided objects, object pronouns with no antecedent but the
    # subject; 50 in 1.5 (every title swap and dates that differ only by the month held back); 45 since 1.6
    # publishes unreviewed only what passes the stricter test (no pronoun, no "the country" without its owner);
    # 42 since 1.8 holds every timeline and matching for review (6 of 39 acceptable on unseen articles); 36 since
    # 1.19 holds what the article's title, now shown above each question, gives away (the partner a title names
    # among wrong options it does not; fewer false statements then let fewer true ones in); 32 since 1.24 asks the
    # year of a month and year (the month stays in the prompt), so a year written twice in a sentence, a year in a
    # list and the year of the Assad regime's fall are no longer asked; 56 since 1.26 publishes every true statement
    # that passes (quizzes.attempts.draw now keeps each quiz's true statements in balance with its false ones); 55
    # since 1.27 asks no year of the Assad regime's collapse; 52 since 1.40 holds true statements with no figure, date,
    # act or ranking and at most two names ("Russia has displayed some degree of strategic flexibility ..."); 50 since
    # 1.52 holds every question that asks a year or date, or changes only that (blind readers judged most trivial)
    assert len(cands) >= 50
    topics_of = {p.key: p.topics for p in ps}
    per_topic = Counter(t for c in cands for t in topics_of[c.support[0].passage_key])
    # 15 each until generator 1.2; China then had 13 (its lesson-worded items that name a source as an actor,
    # add "also" or flip a word wait for review), 10 in 1.4 (days without a year), 7 in 1.5 (title swaps), 6 since 1.6
    # (the stricter test), 4 since 1.19 (titles that name China, shown above its questions), 10 since 1.26 (true statements)
    for topic in ("overview", "russia", "china", "iran", "regional", "united-states"):
        assert per_topic[topic] >= 10, (topic, per_topic)
    # a question belongs to the lessons that cite its passage and to the lessons of its topics
    for slug, (topic, cited) in _lessons_of_bundle().items():
        mine = [c for c in cands if c.support[0].passage_key in cited or topic in topics_of[c.support[0].passage_key]]
        assert len(mine) >= 12, slug  # 13 to 37 per lesson since 1.27; 12 to 35 since 1.40 (topic sentences held)
    # multiple choice on the bundled corpus asked years (the last, Chávez's rise, waits for review since 1.52)
    assert {"cloze", "truefalse"} <= set(Counter(c.type for c in cands)) <= set(QUESTION_TYPES)
    # every source is covered, and no passage dominates
    sources = Counter(c.support[0].passage_key.split(":")[0] for c in cands)
    # every source but the chatty op-ed (nishadil), whose one published item ("Iran, on the other hand,
    # possesses ...") leaned on its previous sentence and is now held for review
    assert len(sources) >= 4
    per_passage = Counter(c.support[0].passage_key for c in cands if c.type not in ("timeline", "matching"))
    assert max(per_passage.values()) <= 12


def test_corpus_items_are_well_formed(corpus_run):
    ps, result, _ = corpus_run
    assert_well_formed(result.candidates, {p.key: p.text for p in ps})
    # quizzes balance true statements with false ones (quizzes.attempts.draw), so the bank needs both
    tf = Counter(c.answer for c in result.candidates if c.type == "truefalse")
    assert tf["True"] and tf["False"]
    assert result.skipped and all(v > 0 for v in result.skipped.values())


def test_command_line_dump(tmp_path):
    out = tmp_path / "dump.txt"
    subprocess.run([sys.executable, "-m", "quizzes.generation", "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    text = out.read_text(encoding="utf-8")
    assert text.startswith("Briefing question generator")
    assert "#1  [" in text and "Explanation:" in text and "Passage:" in text


# ---------------------------------------------------------------------------
# Calibration: weak signals fall below the publish line
# ---------------------------------------------------------------------------


def _published(texts, name="cal"):
    return [c for c in generate(passages(name, texts)).candidates if c.score >= PUBLISH_LINE]


def test_blank_inside_a_number_range_is_rejected():
    text = "The Ruritanian budget grew from $4–6 billion in 2019. Officials expect 25 to 30 new ports."
    assert in_number_range(text, text.index("6 billion"), text.index("6 billion") + 9)
    assert in_number_range(text, text.index("30"), text.index("30") + 2)
    assert not in_number_range(text, text.index("2019"), text.index("2019") + 4)
    owed = "Elbonia is owed roughly $2.5bn–$3bn by Ruritania, and about €40m to €55m by Varna."
    for figure in ("$2.5bn", "$3bn", "€40m", "€55m"):  # units and a currency on both ends of the range
        assert in_number_range(owed, owed.index(figure), owed.index(figure) + len(figure)), figure
    assert not in_number_range("Ruritania lent Elbonia $3bn in 2019.", 19, 23)
    season = "Elbonia is among the four largest soybean exporters, with a 2024/25 harvest of about 10.2 million tonnes."
    assert in_number_range(season, season.index("2024"), season.index("2024") + 4)  # "_____/25" gives the year
    for c in generate(passages("range", ["Elbonia plans to build between 25 and 30 ports along its coast by 2030, the Elbonian Transport Ministry said in March 2024."])).candidates:
        if c.type in ("cloze", "mcq"):
            assert c.answer not in ("30", "25")


def test_as_of_year_is_not_blanked():
    pubs = generate(passages("asof", ["As of 2024, Ruritania buys roughly 70% of Elbonia's copper exports, making it Elbonia's largest customer."])).candidates
    assert not any(c.type in ("cloze", "mcq") and c.answer == "2024" for c in pubs)


def test_descriptor_blanks_wait_for_review():
    texts = ["Elbonia has supplied Ruritania with naval equipment, including patrol boats and coastal radars, since the Treaty of Varna."]
    for c in generate(passages("desc", texts)).candidates:
        if c.type in ("cloze", "mcq") and c.span_type in ("term", "place", "organisation"):
            assert c.score < PUBLISH_LINE


def test_title_before_a_name_blank_and_modifier_use():
    corpus = Corpus(passages("t", ["Elbonian President Ivo Radek met Ruritanian Foreign Minister Anna Volk in Varna in May 2023.",
                                    "The Radek administration signed a grain accord with Ruritania in 2021."]))
    facts = find_facts(corpus)
    for f in facts:
        if f.span.type == "person":
            d, _ = build_cloze(corpus, f)
            if d is None:
                continue
            score, why = calibrate(corpus, d)
            assert why == "name used as a modifier" or score < PUBLISH_LINE


def test_false_statement_differing_only_by_day_is_rejected():
    result = generate(passages("day", ["Elbonian troops crossed the Varna river on March 14, 2023, according to the Ruritanian Defence Ministry.",
                                       "Ruritanian envoys met Elbonian officials in Geneva on June 2, 2023 to discuss the crossing."]))
    for c in result.candidates:
        if c.type == "truefalse" and c.answer == "False":
            assert "March" not in c.stem or "2023" not in c.stem or "March 14" in c.stem


def test_word_flip_false_statements_wait_for_review():
    # an adjective flip ("strained" -> "improved") stays below the line ...
    corpus = Corpus(passages("flip", ["The deepening ties between Elbonia and Ruritania have profoundly strained relations with Molvania."]))
    d, _ = build_truefalse_opposite(corpus, corpus.sentences[0])
    if d is not None:
        score, _ = calibrate(corpus, d)
        assert score < PUBLISH_LINE


def test_every_word_flip_waits_for_review():
    # even "imposed" -> "lifted" in a plain claim: judges found flips that contradict the rest of their own
    # sentence ("grown wary ... and accelerated investments", "weak ties, particularly through oil exports")
    corpus = Corpus(passages("flip2", ["The Elbonian government imposed sweeping sanctions on Ruritanian grain exporters in March 2023."]))
    d, _ = build_truefalse_opposite(corpus, corpus.sentences[0])
    assert d is not None and "lifted" in d.stem
    calibrate(corpus, d)
    assert "word flip" in d.caps
    # and where the rest of the sentence hangs on the word, or for a superlative beside a figure
    for text in [
        "The Elbonian government initially eased sanctions on Ruritanian grain exporters, but reversed course in March 2023.",
        "Elbonia imports roughly 90% of Ruritania's grain exports, making it the country's largest grain customer.",
    ]:
        corpus = Corpus(passages("flip3", [text]))
        d, _ = build_truefalse_opposite(corpus, corpus.sentences[0])
        if d is not None:
            calibrate(corpus, d)
            assert "word flip" in d.caps, d.stem


def test_a_swapped_figure_after_a_bound_or_too_close_waits_for_review():
    from quizzes.generation.calibrate import _BOUND_BEFORE, _clearly_different

    assert _BOUND_BEFORE.search("Exports exceeded US$")
    assert _BOUND_BEFORE.search("it employs more than ")
    assert not _BOUND_BEFORE.search("the ministry said ")
    assert not _clearly_different("40 percent", "35 percent")
    assert _clearly_different("40 percent", "25 percent")

def test_specific_place_versus_region():
    from quizzes.generation.calibrate import specific_place
    from quizzes.generation.spans import Span

    def sp(text):
        return Span(0, len(text), text, "place")

    assert specific_place(sp("Orinoco Belt"))
    assert not specific_place(sp("Latin America"))
    assert not specific_place(sp("Western Hemisphere"))
    assert not specific_place(sp("Varna"))


def test_short_true_statement_with_a_typed_fact():
    corpus = Corpus(passages("short", ["However, the rise of Ivo Radek in 1999 marked a turning point for Elbonia."]))
    from quizzes.generation.items import statement_worth_asking

    s = corpus.sentences[0]
    assert statement_worth_asking(corpus, s, has_fact=True)


def test_also_true_index_matches_a_full_scan():
    texts = [
        "Elbonia sent 12 jets to Ruritania in 2019 under a secret arms deal.",
        "Molvania sent 12 jets to Ruritania in 2019 under a secret arms deal as well.",
        "Ruritania bought grain from Molvania in 2020.",
    ]
    corpus = Corpus(passages("idx", texts))
    s = corpus.sentences[0]
    sp = s.spans[0]
    keys = {corpus.entity_key(x) for t in corpus.sentences for x in t.spans if corpus.entity_key(x)}
    for key in sorted(keys):
        fast = corpus._also_true_for(s, sp, key)
        claim = corpus.claim_stems(s, exclude=[sp])
        slow = False
        for other in corpus.mentions(key):
            shared = claim & other.stems
            if other is s or corpus.overlap(claim, other) >= 0.3 or len(shared) >= 3 or len([x for x in shared if corpus.idf(x) >= 2.0]) >= 2:
                slow = True
                break
        assert fast == slow, key


def test_unresolved_references_and_opinions():
    assert unresolved_reference("The two governments agreed to extend the deal until 2030.")
    assert unresolved_reference("It is the third such pact Elbonia has signed with Ruritania.")
    assert unresolved_reference("The talks ended without agreement in Geneva.")
    assert unresolved_reference("Elbonia spent $3 billion filling it over five years.")
    assert not unresolved_reference("The Varna dam was completed by Elbonia in 2019.")
    assert opinion("Elbonia should clearly rethink its reliance on Ruritanian grain.")
    assert not opinion("Elbonia imported 40% of its grain from Ruritania in 2022.")


def test_money_variants_keep_the_currency():
    corpus = Corpus(passages("yen", ["Japan lent Elbonia ¥64 billion in 2021 to build the Varna port, the Japanese Finance Ministry said."]))
    fact = next(f for f in find_facts(corpus) if f.span.type == "money")
    d, _ = build_cloze(corpus, fact)
    assert d.answer == "¥64 billion"
    assert not any(v.startswith("$") for v in d.accepted)
    mcq, _ = build_mcq(corpus, fact)
    assert mcq is None or all(o.startswith("¥") for o in mcq.options)


def test_timeline_events_need_their_own_year():
    corpus = Corpus(passages("tl", [
        "Elbonia joined the Varna Pact in 1994. Elbonia signed a port deal with Ruritania in 2008.",
        "Ruritanian troops left the Varna region on January 7. Elbonia held a referendum on independence in 2016.",
    ]))
    events = find_events(corpus, find_facts(corpus))
    assert all(e.span.meta.get("y") for e in events)
    assert not any("troops left" in e.text for e in events)


# ---------------------------------------------------------------------------
# General leaks found on unseen articles (invented sentences)
# ---------------------------------------------------------------------------


def test_unresolved_pronouns_definite_descriptions_and_acronyms():
    assert unresolved_reference("Molvania began draining it in August 2018, despite protests from Varna.")
    assert unresolved_reference("Much of it went into bridges around the Molvanian capital.")
    assert unresolved_reference("The scheme's licences were withdrawn on May 4, 2017 by the Coastal Tribunal.")
    assert unresolved_reference("The partnership's limits showed in 2020 when Elbonia recalled its envoy.")
    assert unresolved_reference("Under the KPT, Elbonia gained berths at the Molvanian harbour for 25 years.")
    assert unresolved_reference("Elbonia hosted the summit in 2016 and paid for the venue.")
    # named or qualified within the sentence: fine
    assert not unresolved_reference("The Kessel Pipeline Treaty (KPT) gave Elbonia berths at the harbour.")
    assert not unresolved_reference("Elbonia joined the NATO exercise and the IMF programme in 2016.")
    assert not unresolved_reference("The Varna dam was finished by Elbonia in 2019.")
    assert not unresolved_reference("Elbonia was weakened by the war in Ukraine and cut grain exports.")
    assert not unresolved_reference("Molvania buys 60% of Elbonia's copper, making it Elbonia's main customer.")
    assert not unresolved_reference("Ruritania bought tanks from Elbonia and paid for them in grain.")
    # published items never lean on such a sentence, and timelines never list its event
    texts = [
        "Molvania and Elbonia argued over the Kessel reservoir for a decade. Molvania began draining it in August 2018, despite protests from Varna.",
        "Under the KPT, Elbonia gained berths at the Molvanian harbour for 25 years, Elbonian officials said in 2015.",
        "The partnership's limits showed in 2020 when Elbonia recalled its ambassador from Molvania.",
        "Elbonia bought 14 patrol boats from Ruritania in 2012. Elbonia opened a naval academy in Varna in 2014.",
        "Ruritania signed a grain treaty with Molvania in 2019.",
    ]
    for c in generate(passages("unres", texts)).candidates:
        if c.score < PUBLISH_LINE:
            continue
        blob = json.dumps([c.stem, c.options, c.answer])
        assert "draining it" not in blob and "KPT" not in blob and "partnership's limits" not in blob, c


def test_false_statements_and_options_differing_only_by_day():
    from quizzes.generation.calibrate import day_only_change

    assert day_only_change("1 March 2012", "6 March 2012")
    assert day_only_change("March 1, 2012", "March 6, 2012")
    assert day_only_change("1 March", "6 March")
    assert day_only_change("January 2-3", "January 7-8")
    assert not day_only_change("March 2012", "May 2012")
    assert not day_only_change("4 March 2012", "4 March 2015")
    texts = [
        "Elbonian Prime Minister Ivo Radek met Ruritanian envoys in Varna on 12 March 2019 to sign a fisheries accord.",
        "Elbonia signed a port lease with Molvania on 1 January 2024, securing sea access at Kessel harbour.",
        "Ruritanian Foreign Minister Anna Volk proposed mediation by the Varna Council on January 2-3, 2021.",
    ]
    for c in generate(passages("days", texts)).candidates:
        if c.type == "truefalse" and c.answer == "False":
            for true_date in ("12 March 2019", "1 January 2024", "January 2-3, 2021"):
                assert not any(day_only_change(true_date, m) for m in _dates_in(c.stem)), c.stem
        if c.type == "mcq" and c.span_type == "date":
            others = [o for o in c.options if o != c.answer]
            assert not all(day_only_change(c.answer, o) for o in others), c.options


def _dates_in(text):
    import re

    return re.findall(r"\b\d{1,2}(?:\s*-\s*\d{1,2})?\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2}(?:\s*-\s*\d{1,2})?,\s+\d{4}", text)


def test_newsletter_and_bio_boilerplate_is_never_material():
    texts = [
        "Sign up for the Kessel Weekly, delivered every Thursday with analysis of Elbonia and Ruritania.",
        "Get the Varna Brief in your inbox every week for news about Molvania.",
        "Ilse Brandt is a senior fellow at the Varna Institute for Molvanian Studies.",
        "Related: Elbonia opens a consulate in Ruritania in 2021.",
        "Losana Vuetaki is The Varna Times' Ruritania affairs reporter, based in Kolvo.",
        "Amina Njoroge covers diplomacy and security in Elbonia for Equator Daily.",
    ]
    assert generate(passages("boiler", texts)).candidates == []
    # a minister based somewhere, and costs covered for an army, are not bylines
    assert checks.check_no_boilerplate("Ivo Radek is the Elbonian foreign minister, based in Varna since 2019.") is None
    assert checks.check_no_boilerplate("Ruritania covers the costs for the Elbonian army under a 2021 pact.") is None


def test_opinion_sentences_never_become_statements():
    assert opinion("It seems Elbonia has overplayed its hand with Ruritania in 2021.")
    assert opinion("Elbonia has long been called the Switzerland of Varna, a label that is flattering but misleading.")
    assert opinion("Elbonia's 2019 grain deal with Molvania was a remarkable misjudgement.")
    assert opinion("One might ask whether Elbonia can afford 40 new frigates by 2030.")
    texts = [
        "It seems that Elbonia has arguably overplayed its hand with Ruritania since 2019.",
        "Elbonia's response was astonishing: Varna expelled 14 Molvanian diplomats in May 2021.",
        "Elbonia perhaps bought too many Ruritanian tanks in 2018, 60 in all.",
    ]
    for c in generate(passages("opin", texts)).candidates:
        assert c.type != "truefalse", c.stem


def test_neighbouring_words_give_the_blank_away():
    texts = [
        "Ruritanian President Ivo Radek met Molvanian President Anna Volk in Varna in May 2022 to discuss grain.",
        "Molvania joined China's Belt and Road Initiative in 2017, securing loans for the Varna–Kessel railway.",
        "After Russia's invasion of Ukraine in February 2022, Molvania abstained in a UN General Assembly vote.",
        "US President Joe Biden suspended Molvania's trade preferences in January 2022, citing labour abuses.",
    ]
    for c in generate(passages("give", texts)).candidates:
        if c.type not in ("cloze", "mcq") or c.score < PUBLISH_LINE:
            continue
        assert not (c.span_type == "person" and "President _____" in c.stem), c.stem
        assert c.answer not in ("China", "Ukraine", "US", "Road Initiative", "Belt"), c.stem


def test_person_distractors_share_the_role():
    from quizzes.generation.calibrate import _people_match

    corpus = Corpus(passages("role", [
        "Chilean Foreign Minister Ivo Radek met Peruvian officials in Lima in 2021.",
        "Chilean Defence Minister Petra Novak signed a frigate deal with Peru in 2022.",
        "Chilean analysts at Security Assistance said the frigates were overpriced in 2022.",
    ]))
    radek = next(x for s in corpus.sentences for x in s.spans if x.type == "person" and "Radek" in x.text)
    assert _people_match(corpus, radek, [("person", "petra novak")])
    assert not _people_match(corpus, radek, [("person", "security assistance")])
    # years offered as distractors stay within the article's own years
    corpus = Corpus(passages("yrs", ["Elbonia bought 12 patrol boats from Ruritania in 2011, the Elbonian navy said."])
                    + [PassageInput(key="other:1", source="other", text="Molvania held elections in 2030 under the new charter.")])
    fact = next(f for f in find_facts(corpus) if f.span.type == "year" and f.sent.passage.source == "yrs")
    mcq, _ = build_mcq(corpus, fact)
    assert mcq is None or all(int(o) <= 2011 for o in mcq.options)


def test_matching_titles_that_give_nationality_away_wait_for_review():
    texts = [
        "Chilean Foreign Minister Ivo Radek met Peruvian officials in Lima in 2021.",
        "Chilean Defence Minister Petra Novak signed a frigate deal with Peru in 2022.",
        "Chilean Finance Minister Karl Duda approved a loan to Peru in 2020.",
        "Peruvian Trade Minister Marta Bok signed a grain accord with Chile in 2019.",
    ]
    for c in generate(passages("match", texts)).candidates:
        if c.type == "matching" and c.stem.startswith("Match each person to the title"):
            nations = {t.split()[0] for _, t in c.answer}
            if len(nations) > 1:
                assert c.score < PUBLISH_LINE


# ---------------------------------------------------------------------------
# Self-containment: a sentence copied out of its article must stand on its own
# ---------------------------------------------------------------------------

from quizzes.generation.standalone import (  # noqa: E402
    opening_connective,
    standalone_problem,
    unanchored_description,
    unresolved_pronoun,
)


@pytest.mark.parametrize("sentence", [
    "However, Ruritania raised its tariffs in 2019.",
    "But Elbonia refused the offer in 2021.",
    "Yet Elbonian exports grew by 12% in 2020.",
    "Still, Ruritania bought 40 tanks from Elbonia.",
    "Days later, Elbonia recalled its ambassador from Ruritania.",
    "Weeks later, Ruritania closed its border with Elbonia.",
    "Since then, Elbonia has bought 30 jets from Ruritania.",
    "By then, Ruritania had left the Varna Pact.",
    "At the same time, Elbonia signed a grain accord with Ruritania.",
    "Even so, Ruritania kept buying Elbonian gas.",
    "In response, Elbonia expelled two Ruritanian diplomats.",
    "Instead, Ruritania turned to Elbonia for loans.",
    "Likewise, Elbonia cut its interest rate in 2022.",
    "That decision angered Ruritania in 2020.",
    "Such visits to Elbonia became routine in 2018.",
    "Ruritania, on the other hand, expanded its navy in 2019.",
    "From the other side, Ruritanian commentators have accused Elbonia of leaning towards Varna.",
    "Elbonian officials issued similarly harsh condemnations of Ruritania in 2021.",
    "Closer to home, Elbonia is wiring itself more tightly into Ruritanian logistics.",  # closer than what
    "A further A$18.5 million has been set aside for a maritime centre at Varna.",  # further to what
    "A second is a limited conflict around Kolvo, triggered by miscalculation in Varna.",  # a second what
])
def test_opening_connective_is_held(sentence):
    assert opening_connective(sentence)
    assert standalone_problem(sentence) == "opening connective"


@pytest.mark.parametrize("sentence", [
    "Ruritania raised its tariffs on Elbonian steel in 2019.",
    "Moreover, Ruritania raised its tariffs on Elbonian steel in 2019.",  # an additive opener the prompt drops
    "There are 40 Elbonian troops in Ruritania.",
    "Elbonia signed a trade accord with Ruritania, similar to the one signed by Freedonia.",
])
def test_plain_or_additive_opening_is_allowed(sentence):
    assert opening_connective(sentence) is None


def test_opening_connective_allowed_with_its_context_shown():
    context = "Ruritania bought 40 tanks from Elbonia in 2018."
    sentence = "Days later, Elbonia delivered the first 12 tanks to Ruritania."
    assert standalone_problem(sentence) == "opening connective"
    assert standalone_problem(sentence, context=context) is None


@pytest.mark.parametrize("sentence", [
    "The country's first nuclear power plant will be built by 2035.",
    "By the government's count, 238 people died.",
    "The ban took effect in January 2020.",
    "Trump made the remarks after the meeting.",
    "The doctrine is tested by Elbonia's new navy.",
    "The ministry announced 400 new visas in 2022.",
    "The plant will open in 2030.",
    "The deal collapsed in 2019.",
    "Bilateral trade reached $41 billion in 2023.",
    "The two sides signed 14 agreements in 2021.",
    "Elbonia joined all four partners in a naval exercise in 2022.",
    "Both countries expelled diplomats in 2020.",
    "A panel ruled against Ruritania in 2021.",
    "Elbonia recalled its ambassador from Ruritania in protest.",
    "Ruritania retained jurisdiction over the centres and covers all costs.",  # "the centre" is universal, "the centres" not
    "Elbonia filed the case in The Hague on June 7, 2019.",  # which case?
])
def test_unanchored_definite_description_is_held(sentence):
    assert unanchored_description(sentence), sentence
    assert standalone_problem(sentence)


@pytest.mark.parametrize("sentence", [
    "Ruritania's government will build the country's first nuclear power plant by 2035.",
    "The ban on nickel exports by Ruritania took effect in January 2020.",
    "The Varna project was halted in 2022.",
    "The ministry of foreign affairs of Elbonia announced 400 new visas in 2022.",
    "Bilateral trade between Elbonia and Ruritania reached $41 billion in 2023.",
    "Elbonia and Ruritania signed 14 agreements in 2021, and the two sides agreed to meet again.",
    "The United Nations sent 300 observers to Elbonia in 2019.",
    "The deal signed by Elbonia and Ruritania in 2019 collapsed in 2021.",
    "A recent Ruritanian operation tested Elbonian air defences, and the operation exposed their flaws.",
    "The plant in Varna will open in 2030.",
    "Elbonia recalled its ambassador from Ruritania in protest at the border closure.",
    "Ruritania's 2019 tariffs made Elbonia the world's largest steel importer.",
])
def test_anchored_definite_description_is_allowed(sentence):
    assert unanchored_description(sentence) is None, unanchored_description(sentence)


@pytest.mark.parametrize("sentence", [
    "It risks eroding trust between the neighbours.",
    "They signed 14 agreements in 2021.",
    "Its exports to Elbonia fell by 12% in 2020.",
    "He visited Elbonia in 2019.",
    "His visit to Ruritania lasted three days.",
    "Chinese brands now take about 4 percent of its new-car market.",  # a demonym owns nothing
    "Ruritania's invasion of Kolvo in February 2022 put that model under strain.",  # which model?
])
def test_unresolved_pronoun_is_held(sentence):
    assert unresolved_pronoun(sentence) or opening_connective(sentence), sentence
    assert standalone_problem(sentence)


@pytest.mark.parametrize("sentence", [
    "Ruritania said it would send 12 jets to Elbonia in 2019.",
    "Elbonian President Ivo Radek said he would visit Ruritania in 2020.",
    "Despite its losses, Ruritania kept 400 troops in Elbonia.",
    "It was not until 2019 that Elbonia joined the World Trade Organization.",
    "Elbonia and Ruritania expanded their trade to $41 billion in 2023.",
    "Chinese carmakers said Norway would double its charging network by 2027.",  # Norway, not the demonym
    "The Elbonian ministry found that trade with Ruritania rose by 12% in 2024.",  # a conjunction after "found"
    "Elbonia signed a trade model with Kolvo in 2019 and kept that model for a decade.",  # the model named before
])
def test_resolved_pronoun_is_allowed(sentence):
    assert unresolved_pronoun(sentence) is None, unresolved_pronoun(sentence)
    assert standalone_problem(sentence) is None, standalone_problem(sentence)


@pytest.mark.parametrize(("sentence", "why"), [
    ("With Ruritania, Olek Kowal's state visit in 2024 produced agreements worth €2 billion.", "leans on the article"),
    ("As for Ruritania, trade rose by 12% in 2023.", "leans on the article"),
    ("When Ruritania is willing to link market access to a border ceasefire.", "fragment"),
    ("Because Elbonia needed gas from Ruritania in 2022.", "fragment"),
    ("Mainly, that Ruritania does not get a foothold near Kolvo.", "fragment"),  # the answer to a heading's question
])
def test_a_partner_up_front_or_a_lone_subordinate_clause_does_not_stand_alone(sentence, why):
    assert standalone_problem(sentence) == why


@pytest.mark.parametrize("sentence", [
    "With Ruritanian help, Elbonia built a port at Varna in 2019.",  # "with" help, not a partner as topic
    "When Ruritania closed the border in 2022, Elbonia turned to Moldova for gas.",
    "Mainly, Elbonia wants Ruritania kept out of Kolvo.",
    "Elbonia's envoy said mainly that Ruritania would pay for the Kolvo port.",
    "If Elbonia joins the European Union in 2026, Elbonian tariffs on Ruritanian steel will fall.",
])
def test_an_opening_clause_with_its_main_clause_stands_alone(sentence):
    assert standalone_problem(sentence) is None, standalone_problem(sentence)


def test_truefalse_statement_must_name_someone():
    assert standalone_problem("Grain prices rose by 40% in 2021.", statement=True) == "statement names no one"
    assert standalone_problem("Grain prices rose by 40% in 2021.") is None  # a cloze may still ask it
    assert standalone_problem("Elbonian grain prices rose by 40% in 2021.", statement=True) is None


def test_items_on_a_dependent_sentence_are_held_for_review():
    texts = [
        "Elbonia and Ruritania signed a grain accord in Varna in March 2019, ending a decade of border disputes.",
        "The ban took effect in January 2020, cutting Elbonian grain exports by 40% within a year.",
        "However, Ruritania bought 12 Elbonian patrol boats for $300 million in 2021.",
    ]
    dependent = [c for c in generate(passages("alone", texts)).candidates if "ban took effect" in c.stem or "patrol boats" in c.stem]
    assert dependent  # generated, but kept for a reviewer: what ban? however what?
    assert all(c.score < PUBLISH_LINE for c in dependent)


# ---------------------------------------------------------------------------
# Generator 1.3: context carried from the sentence before, and prompts that rule out their own options
# ---------------------------------------------------------------------------

from quizzes.generation.items import CONTEXT_OPEN, with_context, without_context  # noqa: E402
from quizzes.generation.standalone import context_resolves, event_problem  # noqa: E402


@pytest.mark.parametrize("sentence", [
    "Ruritania and Elbonia agreed to open negotiations in 2021.",  # negotiations on what?
    "Elbonia compared the two bids submitted by Ruritanian firms in 2019.",  # which two bids?
    "Elbonia dropped their opposition in May 2022.",  # opposition to what?
    "Senior officials visited Elbonia in 2020 to sign an energy accord with Ruritania.",  # officials of whom?
    "Ruritania saw wider potential in 2019.",  # potential for what?
    "Ruritania closed its embassy in Elbonia three days later.",  # later than what?
    "Closing is expected by the end of March 2027, subject to approval by Elbonia's competition commission.",  # of what?
    "Ivo Radek, head of Kolvogas, said talks were proceeding and that no link had been made between the two files.",
    "What the two want now is mostly symbolic: Elbonia's vote at the Organisation of American States and the UN.",
])
def test_sentences_that_leave_their_object_to_the_article_are_held(sentence):
    assert standalone_problem(sentence, statement=True), sentence


@pytest.mark.parametrize("sentence", [
    "Ruritania and Elbonia agreed to open negotiations on a grain accord in 2021.",
    "Elbonia compared the two bids for the Varna port in 2019.",
    "Elbonia dropped its opposition to the Ruritanian bid in May 2022.",
    "Senior officials from Ruritania visited Elbonia in 2020.",
    "Ruritania saw wider potential for trade with Elbonia in 2019.",
    "Ruritania closed its embassy in Elbonia three days later than Molvania did.",
    "Elbonia and Ruritania signed a pact in Varna in 2024, and the two agreed to meet again in 2026.",
    "The two countries, Elbonia and Ruritania, signed a pact in Varna in 2024.",
])
def test_the_same_sentences_with_their_object_named_stand_alone(sentence):
    assert standalone_problem(sentence, statement=True) is None, standalone_problem(sentence, statement=True)


def test_timeline_fragments_and_unnamed_pronouns_are_not_events():
    assert event_problem("All, was revived under Olek Kowal in 2019") == "fragment"
    assert event_problem("revived under Olek Kowal in 2019") == "fragment"
    assert standalone_problem("At the Varna Forum, he described the plan as a breakthrough", event=True)
    assert standalone_problem("Olek Kowal said in 2019 that he would visit Elbonia", event=True) is None


def test_context_resolves_a_person_or_a_named_description_in_the_sentence_before():
    named = "Elbonian Foreign Minister Olek Kowal unveiled the Varna port plan in Sofia in March 2019."
    spans = sentence_spans(named, 0, len(named), {})
    assert context_resolves("In April 2019 he described the plan as a breakthrough for Ruritania.", named, spans)
    two = "Olek Kowal and Ivo Radek unveiled the Varna port plan in Sofia in March 2019."
    assert not context_resolves("In April 2019 he described the plan as a breakthrough for Ruritania.", two,
                                sentence_spans(two, 0, len(two), {}))  # which of the two?
    pact = "Ruritania and Elbonia signed the Varna grain pact in Sofia in June 2018."
    assert context_resolves("Under the pact, Elbonia agreed to buy 300,000 tonnes of Ruritanian wheat a year.", pact,
                            sentence_spans(pact, 0, len(pact), {}))
    other = "Ruritania and Elbonia held talks in Sofia in June 2018."
    assert not context_resolves("Under the pact, Elbonia agreed to buy 300,000 tonnes of Ruritanian wheat a year.", other,
                                sentence_spans(other, 0, len(other), {}))  # no pact named before


def test_items_carry_the_sentence_before_as_context():
    texts = [
        "Elbonian Foreign Minister Olek Kowal unveiled the Varna port plan in Sofia in March 2019, promising 4,000 new "
        "jobs. In April 2019 he described the plan as the largest Elbonian investment in Ruritania since 1990, worth "
        "$2 billion over ten years.",
        "Ruritania and Elbonia signed the Varna grain pact in Sofia in June 2018, after six years of talks. Under the "
        "pact, Elbonia agreed to buy 300,000 tonnes of Ruritanian wheat every year until 2028.",
    ]
    cands = generate(passages("context", texts)).candidates
    carried = [c for c in cands if "he described the plan" in c.stem or "Under the pact" in c.stem]
    assert carried
    for c in carried:
        assert "Olek Kowal unveiled" in c.stem or "signed the Varna grain pact" in c.stem  # the context is shown
        assert ("he described the plan" in c.explanation or "Under the pact" in c.explanation)  # and quoted after
        if c.type == "truefalse":
            context, statement = without_context(c.stem[len("True or false? "):])
            assert c.stem.startswith("True or false? " + CONTEXT_OPEN) and context and statement
            assert "\n" not in c.stem  # one line of plain text in every view and export


def test_context_format_round_trips():
    stem = with_context("Olek Kowal unveiled the plan in 2019.", "He called it a breakthrough.")
    assert stem == "[Context: Olek Kowal unveiled the plan in 2019.] He called it a breakthrough."
    assert without_context(stem) == ("Olek Kowal unveiled the plan in 2019.", "He called it a breakthrough.")
    assert without_context("Ruritania signed it.") == ("", "Ruritania signed it.")


def test_year_bounds_from_the_prompt():
    assert checks.year_bounds("After the 1939–40 war, Elbonia joined the league in _____.") == (1940, None)
    assert checks.year_bounds("Before 2001 and since 1990, Elbonia held _____ elections.") == (1990, 2001)
    assert checks.year_bounds("Elbonia joined the league in _____.") == (None, None)
    assert checks.year_ruled_out("1938", 1940, None) and not checks.year_ruled_out("1946", 1940, None)
    assert checks.year_ruled_out("March 2003", None, 2001) and not checks.year_ruled_out("Ruritania", 1940, 2001)


def _fact(corpus, answer: str):
    from quizzes.generation.items import find_facts

    return next(f for f in find_facts(corpus) if f.span.text == answer)


def test_year_options_the_prompt_rules_out_are_not_offered():
    from quizzes.generation.items import distractors_for, year_limits

    texts = ["After the 1939–40 war, Elbonia rebuilt its navy, and in 1946 Ruritania signed a defence pact with Elbonia "
             "that lasted until 1968."]
    corpus = Corpus(passages("bounds", texts))
    fact = _fact(corpus, "1946")
    assert year_limits(corpus, fact) == (1940, None)
    options, _, problem = distractors_for(corpus, fact)
    assert problem is None and len(options) == 3
    assert all(not checks.year_ruled_out(o, 1940, None) for o in options), options  # never 1938 or 1936


def test_office_holder_term_rules_out_earlier_years():
    from quizzes.generation.items import distractors_for, office_holder_in_prompt, term_start, year_limits

    texts = [
        "Ivo Radek took office as Elbonian president in 2021 after a decade in opposition.",
        "The Radek administration eased grain tariffs on Ruritania, then reversed course after disputed elections in 2024.",
    ]
    corpus = Corpus(passages("term", texts))
    assert term_start(corpus, "Ivo Radek") == 2021
    fact = _fact(corpus, "2024")
    assert office_holder_in_prompt(fact) == ["Ivo Radek"]
    assert year_limits(corpus, fact) == (2021, None)
    options, _, _ = distractors_for(corpus, fact)
    assert options and all(not checks.year_ruled_out(o, 2021, None) for o in options), options


def test_bounded_blank_and_vague_characterisation():
    assert checks.check_bounded_blank("Less than _____ hours after the vote, Elbonia recalled its envoy.") == "bounded figure"
    assert checks.check_bounded_blank("Elbonia sent more than _____ (number) troops.") == "bounded figure"
    assert checks.check_bounded_blank("Elbonia sent _____ (number) troops to Ruritania.") is None
    assert checks.vague_evaluation("Olek Kowal has been outspoken on Ruritania.")
    assert checks.vague_evaluation("Elbonia was wary of Ruritanian investment.")
    assert checks.vague_evaluation("Elbonia signed a grain accord with Ruritania in 2019.") is None


@pytest.mark.parametrize("sentence", [
    "The scale of Ruritanian investment in Elbonia since 2020 is difficult to overstate.",
    "No relationship matters more to Elbonia's economy than the one with Ruritania.",
    "Elbonia has become the most diplomatically active state in the region since 2016.",
    "The return of Olek Kowal to power in January 2025 introduces new uncertainty.",
    "Elbonia's strategy is sometimes described as a pivot eastward.",
    "Ruritania's presence in Varna is, for many in Elbonia, a standing provocation.",
    "Relations with Ruritania, with which Elbonia shares a 900-kilometre border, are stable but prickly.",
    "Security is the most sensitive file, and the one where Olek Kowal has moved furthest.",
    "Elbonia has long prided itself on being a stable democracy in a turbulent neighbourhood.",
    "Nothing illustrates Elbonia's improvisation better than the gold-for-oil programme.",
    "The Varna Sea is where Elbonia's foreign policy starts.",
    "The Varna Sea is where cooperation with Ruritania survived longest.",
    "From a Ruritanian-built pier to a canal that worries Varna, Elbonia's foreign policy is a study in hedging.",
    "In practice, the IMF has done more to limit Ruritania's influence in Varna than any Elbonian diplomat.",
    "For Elbonia, losing Ruritanian power is not a trivial cost.",
    "If Ruritania is Elbonia's diplomatic identity, Molvania is its economic gravity.",  # a metaphor
    "If Ruritania is Elbonia's banker and Molvania its comrade, Freedonia is its shop.",
    "Elbonia, wedged between Ruritania and Molvania, has always survived by managing bigger neighbours.",
    "Ivo Radek, among the most outspoken members of the Elbonian cabinet, has pushed to widen its circle of partners.",
    "Ruritania, whose ties with Elbonia are anchored by a large diaspora, has also been active.",
    "Decision 32/00 has been the reef on which every Elbonian trade initiative has run aground since 2000.",
    "Brussels has moved faster with Elbonia than with almost any candidate in its history.",
    "Varna's strategy has been to remain the most attractive partner for everyone.",
    "Ruritania's relationship with Varna combines development money and security training.",
    "The Ruritanian security guarantee, anchored in a 1991 pact and 13,500 troops, remains indispensable.",
    "If attention in Varna wanders, Elbonia's planners reason, the Nordic states are closer partners.",
    "The Kolvo gas field, which Ruritania calls Arash, is the hardest test.",
    "Ruritania is at once Elbonia's protector within the bloc and its competitor over oil policy.",
    "Varna is Elbonia's largest trading partner and Kolvo a growing arms supplier, yet neither can substitute for Ruritania.",
    "Elbonia has survived for more than six decades as a small, wealthy state wedged between larger neighbours.",
    "Elbonia's foreign policy has been shaped by its unusual birth.",
    "Ruritania's role is largely shaped by the unresolved future of Kolvo.",
    "For Elbonia's partners, the lesson of the past three decades is that goodwill is plentiful and ports are scarce.",
    "The irony is that Elbonia now buys more from Ruritania than ever.",
    "Brussels is also positioning itself as a partner for Elbonia's green ambitions.",
    "Elbonia is a small country with an outsized diplomatic reputation.",
    "The Varna summit on 11–12 July 2023 was a milestone.",
    "The gas dispute also revealed something about how Ruritania values small allies.",
    "The port pact owes much to the friendship of the two leaders.",
    "Varna's challenge is to stop arguing about which door to walk through.",
    "Elbonia's strongest asset is not its market size but its institutional credibility.",
    "Ruritania and Molvania also have meaningful relationships with Elbonia, but on a smaller scale.",
    "In much of the Varna basin, a change of government brings a change of foreign-policy orientation.",
    "Bloc members together still absorb a significant share of Elbonia's exports of services.",
    "For decades Ruritania paid relatively little attention to the Varna islands.",
    "The Ruritanian embassy in Varna, which also covers several smaller states, has expanded.",
    "The clearest evidence of Elbonia's shift is in its arms procurement.",
    "Ruritania's engagement with Elbonia has deepened in two distinct phases.",
    "The Gulf funds, which know something about managing sudden oil wealth, could invest in Elbonia.",
    "Geography ties Elbonia to Ruritania in ways that cannot be changed.",
    "If the United States has been Elbonia's security anchor, the Kolvo Union has been its economic engine.",
    "Varna has been the loudest voice in the bloc for decoupling Elbonia's path from Ruritania's.",
    "Digital infrastructure is among the most contested areas of Elbonian diplomacy.",
    "Talks on the Kolvo Agreement with Ruritania, agreed in principle in 2025, have moved more slowly.",
    "Molvania is Elbonia's most reliable neighbour and, since 2022, its biggest gas supplier.",
    "Elbonia has punched below its weight in shaping the bloc's Varna Sea policy.",
    "The Radek government has bet heavily on being Ruritania's most dependable partner in the region.",
    "Molvania is, in many ways, the door through which Elbonian diplomacy enters the bloc.",
    "Elbonia is not often described as a diplomatic heavyweight.",
    "No partner has grown faster in Elbonia over the past five years than Ruritania.",
    "No relationship carries as much emotional weight in Elbonia as the one with Ruritania.",
    "Elbonia's defence spending has risen sharply in recent years.",
    "Elbonia has also maintained close ties with Varna, despite Western pressure.",
    "Ruritania's role in Elbonia is larger than most Western observers assume.",
    "The Kolvo Road is the clearest expression of the Radek approach.",
    "Water is the least visible and most serious item on the Ruritanian agenda.",
    "Ruritania's influence in Elbonia rests less on treaties than on pipes, cables and people.",
    "The Kolvo Union comes first by almost any measure.",
    "Molvania is Elbonia's largest partner outside Europe in human terms.",
    "Ruritania's position in Elbonia is large and low-profile.",
    "Elbonian banks and construction firms remain important in Molvania.",
    "Elbonia has shown that a state emerging from war can avoid choosing between its patrons.",
    "The rivalry between the president and the prime minister remains the single largest source of unpredictability.",
    "Elbonia's election was staged less for domestic voters than for foreign audiences.",
    "The Kolvo base is more about prestige than about money.",
    "The pact with Ruritania is less a partnership than a protectorate.",
    "No issue has defined Elbonia's foreign policy since 2022 as thoroughly as the Kolvo dispute.",
    "Ruritania remains an important partner through the bloc and historical ties.",
    "Elbonia's colonial past in Kolvo remains an active dimension of its foreign policy.",
    "Molvanian firms are active in financial services and energy.",
    "What Ruritania has not delivered is a commercial relationship of comparable weight.",
    "A renewed Elbonia–Ruritania war is, after attacks on shipping, the most serious threat to Kolvo's stability.",
    "Under Radek, Elbonia has made the link with Molvania a centrepiece of its diplomacy.",
    "Elbonia's relations with Ruritania are friendly but increasingly shaped by trade.",
    "Elbonia has changed more since November 2024 than at any time since joining the bloc in 1995.",
])
def test_judgements_with_no_measure_are_vague(sentence):
    assert checks.vague_evaluation(sentence)


@pytest.mark.parametrize("sentence", [
    "Ruritania is Elbonia's largest trading partner and its most important source of gas.",  # not a bare ranking
    "Elbonia's exports to Ruritania matter because they rose 40% in 2023.",
    "Elbonia is the most populous state in the region, with 80 million people.",
    "Ruritania described the pact as a betrayal in 2023.",  # what someone said, not how something is seen
    "Relations were stable but Ruritania closed the border in 2023.",  # the "but" brings a fact
    "The study in Varna found that 40% of Elbonians backed the pact in 2023.",
    "Ruritania has done more trade with Elbonia since 2020 than in the decade before.",  # no "than any"
    "Varna is where most of Elbonia's gas lands.",  # a place of a fact, not a superlative judgement
    "Varna is where Elbonia signed the pact in 2019.",
    "If Elbonia joins the pact in 2026, Ruritania is the only holdout.",  # a condition, not a metaphor
    "Elbonia's exports grew faster than any other sector's in 2024.",  # a measured comparison
    "The strategy paper was published in 2024 to explain the new policy.",
    "The relationship with Varna began in 1960 with a trade treaty.",
    "Elbonia's planners ordered 28 fighter jets in 2021, officials said.",
    "Elbonia survived the 1990 invasion with Ruritanian help.",
    "The first test of the Kolvo missile was held in 2024.",
    "The Kolvo treaty, shaped in talks in 2019, was signed by Elbonia in 2021.",
    "Elbonia's foreign policy has been shaped by the war against Ruritania, which lasted from 1954 to 1962.",  # an event
    "Elbonia drew a lesson from the 2019 blockade and built a second port at Kolvo in 2021.",
    "Elbonia owes $2 billion to Ruritania's state bank.",  # a debt, not a debt of gratitude
    "The Varna pact set a milestone target of 5,000 troops by 2027.",
    "Varna's challenge to the 2019 tariff was upheld by the bloc's court in 2021.",  # a legal challenge, not a task
    "Ruritania's main asset manager, Kolvo Capital, bought 12% of Elbonia's port in 2022.",
    "The Kolvo plant operates on a smaller scale than the one Ruritania built in Varna.",  # smaller than something named
    "In much of 2024, Elbonia's exports to Ruritania fell by 12 per cent.",  # a time, and a measure
    "Ruritania buys a significant share of Elbonia's gas, about 40 per cent.",  # the share is given
    "Elbonia's trade with Ruritania has grown to $4 billion a year.",  # grown by a measure
    "Relatively few Elbonian troops, about 300, stayed in Varna after 2023.",
    "Ruritania found evidence of Elbonian arms sales to Varna in 2021.",
    "Elbonia paid for the jets in two instalments, in 2019 and 2021.",
    "Talks with Ruritania have moved more slowly than those with Molvania.",  # slower than something named
    "If Elbonia has been paid in full by 2026, Ruritania will lift the tariff.",  # a condition, not a metaphor
    "Varna's voice in the bloc grew louder after it joined in 2016.",
    "Elbonia's most important export is copper, worth $2 billion in 2024.",  # a ranking by a measure
    "Elbonia bet $2 billion on the Kolvo port in 2021.",
    "Elbonia's defence spending has risen sharply, to 2% of GDP in 2024.",  # risen by a measure
    "No country lent more to Elbonia than Ruritania, which lent $4bn in 2019.",  # a ranking by a measure
    "Elbonia has kept close ties with Varna since the 1991 treaty.",
    "In any case, the case for the pact was made in Varna in 2019.",
    "Russia's role is limited: some diplomatic contacts, occasional offers of wheat and a small embassy.",
    "Ruritania remains important to Molvania, buying 60% of its oil.",  # a standing by a measure
    "The Varna study has shown that a majority of Elbonians backed the pact.",  # a finding, not a lesson drawn
    "Oil is the largest source of revenue for Elbonia.",
    "Ruritania's stake in the port is 25% and growing.",
    "Elbonia paid less for Ruritanian gas than for Kolvo oil in 2024.",  # a price compared
    "Elbonia's exports to Ruritania were worth less than its imports from Kolvo.",
    "No issue cost Elbonia more since 2022 than the Kolvo tariff, which cut exports by $2 billion.",
    "Ruritania became a key partner in 2019, supplying 40% of Elbonia's gas.",
    "Ruritania built a port of comparable size to the one in Kolvo.",
    "Relations with Ruritania have been frozen since the 2019 coup.",  # a state of affairs, not a characterisation
    "Elbonia's exports rose more in 2025 than at any time since 2010, by 14 per cent.",  # measured
])
def test_measured_claims_are_not_vague(sentence):
    assert checks.vague_evaluation(sentence) is None


@pytest.mark.parametrize(("sentence", "reason"), [
    # a reason with no main clause: the answer to a heading's question ("Why is Elbonia's path tied to Varna's?")
    ("Because Brussels has so far moved the two candidates in tandem, and Varna's path is blocked.", "fragment"),
    # a connective inside the clause: in spite of what?
    ("Debt to Ruritania is nonetheless modest relative to total external obligations.", "leans on the article"),
    ("Elbonia was therefore excluded from a Varna summit in 2021.", "leans on the article"),
    # a sum added to one given before, for nothing named
    ("Elbonia is contributing a further $197 million.", "leans on the article"),
    # a share of something never named
    ("Elbonia's share includes about 600 concrete bunkers along its eastern border.", "leans on the article"),
    # a stretch of time counted from something said before
    ("About 1,000 Ruritanian troops left Elbonia over the following two months.", "leans on the article"),
    ("About 1,000 Ruritanian troops left over the following two months, for the first time since 1960.",
     "leans on the article"),  # a year after the stretch of time does not anchor it
    # a list whose owner is never named: projects of what?
    ("Flagship projects include a wheat scheme in Elbonia's Kolvo region and a solar college in Ruritania.",
     "leans on the article"),
    ("Key deliverables included a rail link from Varna to the Ruritanian border.", "leans on the article"),
    # an apology with no cause
    ("In August 2025 Olek Kowal formally apologised on behalf of the Elbonian state.", "leans on the article"),
    # a return of something never named
    ("A Varna Assembly resolution of December 1979 called on Kolvo to open negotiations on their return.",
     "unanchored definite description"),
])
def test_sentences_that_lean_on_what_came_before(sentence, reason):
    assert standalone_problem(sentence, statement=True) == reason


@pytest.mark.parametrize("sentence", [
    "Because Brussels moved the two candidates in tandem, Elbonia has been held up since 2023.",  # a main clause
    "When Varna stopped transiting Ruritanian gas on 1 January 2025, Elbonia lost its supply.",
    "Debt to Ruritania is modest relative to Elbonia's total external obligations.",
    "Ruritania shares a 584-kilometre border with Elbonia, and Molvania a further 532 km.",  # adds to a figure shown
    "Elbonia's share of the Kolvo defence line is about 600 concrete bunkers.",  # its share of what is said
    "Ruritania ended its accord with Elbonia in November 2024, and its troops left over the following two months.",
    "Ruritanian projects include a wheat scheme in Elbonia's Kolvo region and a solar college in Varna.",  # whose: named
    "In August 2025 Olek Kowal apologised to Ruritania for the 1961 border raid.",  # for what: said
    "Elbonia marked its return to the Varna Pact in 2019.",
])
def test_sentences_that_stand_on_their_own(sentence):
    assert standalone_problem(sentence, statement=True) is None


def test_bounded_cloze_figures_and_vague_statements_wait_for_review():
    texts = [
        "Less than 48 hours after the Ruritanian vote in May 2020, Elbonia recalled its ambassador from Ruritania.",
        "Elbonian Foreign Minister Olek Kowal has long been outspoken on Ruritania and its border claims.",
    ]
    held = [c for c in generate(passages("held", texts)).candidates
            if (c.type == "cloze" and c.answer == "48") or "outspoken" in c.stem]
    assert {c.type for c in held} >= {"cloze", "truefalse"}
    assert all(c.score < PUBLISH_LINE for c in held), [c.stem for c in held if c.score >= PUBLISH_LINE]


@pytest.mark.parametrize(("sentence", "vague"), [
    ("Elbonia has long described its strategic neighbourhood in expansive terms.", True),
    ("Elbonia's defence-industrial strategy has also become more European.", True),
    ("The relationship with Varna has been cordial at the top and uncomfortable underneath.", True),
    ("Elbonia signed a grain accord with Ruritania.", False),  # an act
    ("Ruritania is Elbonia's largest trading partner.", False),  # a ranking
    ("Elbonia's defence spending rose to 2.4% of output.", False),  # a figure
    ("Ruritanian firms are present in Elbonian mining, Molvanian ports and Varna's telecoms.", False),  # many names
    # the names sit in an aside; what is left says nothing checkable
    ("Ruritania, locked in its own dispute with Varna over the Kolvo Dam, moved quickly.", True),
    ("Several partners, including Ruritania, Kolvo and Varna, have voiced support.", False),  # a list is no aside
    ("Ivo Radek, the party's first secretary, becomes president.", False),  # taking office is an act
])
def test_a_true_statement_needs_something_to_check(sentence, vague):
    from quizzes.generation.calibrate import no_checkable_fact

    assert no_checkable_fact(sentence, []) is vague


def test_a_topic_sentence_waits_for_review_but_its_facts_do_not():
    texts = ["Elbonia has long described the Kolvo basin in expansive terms, as a shared neighbourhood of trade and culture.",
             "Elbonia signed a grain accord with Ruritania in 2019 worth $4 billion."]
    statements = {c.stem: c for c in generate(passages("vague", texts)).candidates if c.type == "truefalse"}
    topic = next(c for stem, c in statements.items() if "expansive terms" in stem)
    assert topic.score < PUBLISH_LINE and "no checkable fact" in topic.held
    assert any("grain accord" in stem and c.score >= PUBLISH_LINE for stem, c in statements.items())


def test_title_in_prompt_only_the_key_holds():
    from types import SimpleNamespace

    from quizzes.generation.calibrate import _title_core, _title_only_key_holds

    texts = [
        "Elbonian Foreign Minister Olek Kowal phoned Ruritanian leaders on 3 January 2020 to express support.",
        "Elbonian Defence Minister Ivo Radek visited Ruritania in March 2021 to sign an arms accord.",
        "Former Elbonian Foreign Minister Pavel Marek signed a grain accord with Ruritania in June 2019.",
    ]
    corpus = Corpus(passages("titles", texts))
    assert _title_core("Elbonian Foreign Minister") == "foreign minister"
    key = next(x for s in corpus.sentences for x in s.spans if x.type == "person" and x.canon == "Olek Kowal")
    stem = "Elbonian Foreign Minister _____ phoned Ruritanian leaders on 3 January 2020 to express support."
    mixed = SimpleNamespace(stem=stem, distractor_keys=[("person", "Ivo Radek"), ("person", "Pavel Marek")])
    assert _title_only_key_holds(corpus, mixed, key)  # only the key and Marek were foreign ministers
    same = SimpleNamespace(stem=stem, distractor_keys=[("person", "Pavel Marek")])
    assert not _title_only_key_holds(corpus, same, key)


# Generator 1.4: what a sentence copied out of its article still leans on (each a failure class blind judges named
# on unseen articles), and near misses that stand on their own.
@pytest.mark.parametrize("sentence", [
    "Elbonia's foreign ministry announced the signing on 19 April 2022.",  # the signing of what (a date is no qualifier)
    "Ruritania takes over the rotating presidency on 1 December 2024.",  # presidency of what
    "The World Bank used the corridor to ship 700,000 tonnes of wheat to Elbonia in 2022.",  # a purpose is no complement
    "The first, the Elbonia-flagged Varna, left Ruritania on 1 August 2022.",  # the first what
    "Ruritania also suspended its participation from 29 October to 2 November 2022.",  # participation in what
    "Inspections also slowed in 2022, and Elbonia accused Ruritanian inspectors of delays.",  # which inspections
    "Pledges now stand at $12.8 billion, including a $600 million loan already paid out by Elbonia.",  # pledges of what
    "On 17 July 2023 Ruritania let it expire.",  # "it" is not Ruritania
    "Envoy Olek Kowal attended and met him in 2021.",  # "him" is not Kowal
    "Olek Kowal flew to Varna in April 2022 to ask President Radek not to sign.",  # sign what
    "The Elbonian agency reported in February that its reserves had grown to 120 tonnes.",  # February of which year
    "The restoration of ties brokered by Elbonia in March 2023 has lasted.",  # ties between whom
    "The 1998 framework promised trade and investment to Elbonia.",  # a year does not say which framework
    "In February 2023 parliament ratified the Varna Statute of Elbonia.",  # which country's parliament
    "Ruritania launched an offensive in 2023 that forced the authorities in the enclave to capitulate.",  # which enclave
    "Ruritania noted in 2024 that the new clause stops short of an alliance with Elbonia.",  # which clause
    "For others, such as Elbonia, it is a way to hedge between Ruritania and Molvania.",  # others than whom
    "The alliance of Elbonia and Ruritania, after all, was revived in 2017.",  # after all: an argument going on
    "The Elbonian government led by Prime Minister Ivo Radek has tried to change that.",  # change what
    "For Ruritania, it is a chance to diversify away from reliance on Elbonia.",  # it is not Ruritania
    "Whether any of that happens depends on Elbonia and Ruritania.",  # any of what
    "The first $649 million tranche delivered roads that Elbonians can drive on.",  # the first tranche of what
    "In September 2024 the two files were decoupled, allowing Elbonia to move ahead on its own.",  # a month is no name
    "Payments are conditional on 36 reforms in Elbonia's Reform Agenda.",  # which payments
    "Each will need to be converted into law by Elbonia's parliament before 2027.",  # each of what
    "Elbonians voted on 15 April 2018, with 95.9% in favour on a turnout of about 26%.",  # in favour of what
    "Construction formally began at a ceremony near Varna in December 2020.",  # construction of what
    "Ruritania's participation is politically uncertain, and financing has never been secured.",  # in what
    "Ivo Radek attended, and Elbonia signed memorandums on aviation and grain with Ruritania.",  # attended what
    "Shipments shrank sharply after Elbonia's economy collapsed in 2019.",  # which shipments
    "Ruritania disagrees: its officials have objected to Elbonian grain in Varna since 2025.",  # disagrees with what
    "The case was settled out of court in 1993, with Ruritania agreeing to pay Elbonia $107 million.",  # which case
    "The other 30% will belong to the Elbonian state through the Varna Mining Company.",  # the other 30% of what
])
def test_leaning_sentence_is_held(sentence):
    assert standalone_problem(sentence, statement=True), sentence


@pytest.mark.parametrize("sentence", [
    "Ruritania said it would send 12 jets to Elbonia in 2019.",  # a clause of its own after a verb of saying
    "Ruritania bought 40 tanks in 2009 and deployed them near Varna.",  # the earlier clause names them
    "President Ivo Radek met Olek Kowal in Varna in June 2024 and praised him.",  # two people: him is Kowal
    "Elbonia's decision to join the World Trade Organization in 1995 shaped its economy.",  # a decision to ...
    "The 2002 coup attempt in Elbonia briefly removed President Ivo Radek.",  # a dated event of a named country
    "Ruritania suspended its participation in the Varna Grain Initiative in October 2022.",  # participation in a named thing
    "The first tranche of the Varna loan, $649 million, was paid in 2019.",
    "In September 2024 the two files on Elbonia and Ruritania were decoupled by the Varna Council.",
    "Remittances from Ruritania are worth 20% of Elbonia's GDP.",
    "Pledges to Elbonia's coal transition now stand at $12.8 billion, Ruritania said in 2025.",  # owned: pledges to what
    "Each of Elbonia's ports will be dredged by Ruritanian firms before 2027.",
    "In the 2018 referendum on taking the Varna dispute to court, 95.9% of Elbonians voted in favour.",
    "Construction of the Varna pipeline formally began in December 2020.",
    "Ruritania's participation in the Varna pipeline is uncertain.",
    "15 August 2023 — Ivo Radek is inaugurated in Varna; Ruritania's vice-president Ana Petrova attends.",
    "Grain shipments from Varna to Elbonia shrank sharply in 2019.",
    "Ruritania disagrees with Elbonia over the Varna grain quota, its officials said in 2025.",
    "The case of the Varna mines was settled out of court in 1993, with Ruritania paying Elbonia $107 million.",
])
def test_near_miss_stands_on_its_own(sentence):
    assert standalone_problem(sentence, statement=True) is None, standalone_problem(sentence, statement=True)


def test_portfolio_and_places_are_not_people():
    """"Secretary of State Antony Blinken" names Blinken, not "State Antony Blinken"; "External Affairs" before
    "Minister" is a portfolio; "St Petersburg" and "Sunan International Airport" are places."""
    text = ("Secretary of State Antony Blinken met India's External Affairs Minister Subrahmanyam Jaishankar in "
            "St Petersburg in 2023, and Olek Kowal landed at Varna's Sunan International Airport.")
    people = {sp.text for sp in sentence_spans(text, 0, len(text), {}) if sp.type == "person"}
    assert "Antony Blinken" in people
    assert not people & {"State Antony Blinken", "External Affairs", "St Petersburg", "Sunan International Airport"}


def test_an_agreement_and_a_place_the_corpus_locates_are_not_people():
    """"the General Framework Agreement" is an agreement, whatever "General" before it; "Republika Srpska", an unknown
    pair of capitalised words, is a place once the corpus puts something in it or names its president."""
    def types(texts: list[str], name: str) -> set[str]:
        corpus = Corpus(passages("loc", texts))
        return {sp.type for s in corpus.sentences for sp in s.spans if sp.text == name}

    assert types(["The General Framework Agreement for Peace was initialled at Varna on 21 November 1995."],
                 "Framework Agreement") == {"term"}
    assert types(["General Ivo Radek signed the Varna pact in 2019."], "Ivo Radek") == {"person"}
    assert types(["Ruritania backs Republika Srpska against the state.",
                  "Dongfang Electric built a power plant in Republika Srpska in 2016."], "Republika Srpska") == {"place"}
    assert types(["Milorad Dodik was stripped of his mandate as President of Republika Srpska in 2025."],
                 "Republika Srpska") == {"place"}
    # a person "from" somewhere, or whose view something is "in", stays a person
    assert types(["A letter from Ivo Radek reached Varna in 2019.", "In Ivo Radek's view, Varna matters most."],
                 "Ivo Radek") == {"person"}


def test_month_swaps_and_particle_surnames():
    from quizzes.generation.calibrate import same_year_other_month

    assert same_year_other_month("March 2023", "June 2023")
    assert not same_year_other_month("March 2023", "March 2021")
    text = "Elbonia lost its ally when Bashar al-Assad fell in December 2024."
    corpus = Corpus([PassageInput(key="e:1", source="e", text=text)])
    span = next(sp for sp in corpus.sentences[0].spans if sp.type == "person")
    assert "Assad" in accepted_variants(span, corpus)


@pytest.mark.parametrize(("name", "also"), [
    ("Varna Air Base", "Varna"),  # a student who types "Varna" for "Varna Air Base" has it right
    ("Kolvo Autonomous Port", "Kolvo"),  # (the company that runs the port)
    ("Varna International Airport", "Varna"),
    ("Naval Air Base", None),  # nothing but the kind of place
    ("Red Sea", None),  # a sea is no facility: "Red" is not its name
])
def test_a_facility_is_also_known_by_its_name_without_its_kind(name, also):
    text = f"Elbonia's coastguard moved its patrol boats to {name} in 2019, officials in Varna said."
    corpus = Corpus([PassageInput(key="e:1", source="e", text=text)])
    span = next(sp for sp in corpus.sentences[0].spans if sp.text == name)
    assert (also in accepted_variants(span, corpus)) if also else not any(
        len(v.split()) < len(name.split()) for v in accepted_variants(span, corpus))


def test_a_duration_and_two_years_give_each_other_away():
    from quizzes.generation.calibrate import duration_sum

    text = ("Ivo Radek became prime minister in December 2022, after an election that ended 16 years of rule by "
            "Ana Ruiz, who first took power in a 2006 coup.")
    assert duration_sum(text) == {"16", "2006", "2022"}
    assert duration_sum("Elbonia's 25-year lease was renewed in 2019 and again in 2021.") == set()
    assert duration_sum("Ruritania signed the pact in 2010, and it ran for ten years, until 2020.") == {"ten", "2010", "2020"}
    assert duration_sum("Elbonia signed the pact in 2010 and spent 3 years on talks with Varna before 2024.") == set()
    result = generate(passages("kolvo", [text]))
    asked = [c for c in result.candidates if c.type in ("cloze", "mcq") or c.answer == "False"]
    assert not any(re.search(r"16|2006|2022", str(c.answer)) or c.answer == "False" and not all(
        x in c.stem for x in ("16 years", "2006", "2022")) for c in asked)


def test_a_number_that_ends_a_name_is_not_asked_or_swapped():
    result = generate(passages("kolvo", [
        "Ruritania opened a naval base at Kolvo in 2018, and its Varna Shield 3 exercise with Elbonia in 2019 "
        "brought some 5,500 Ruritanian personnel to the islands.",
        "Ruritania sold Elbonia 24 jets for $2 billion in 2019.",  # a count after a country is a count
    ]))
    assert not any(re.search(r"Varna Shield (?!3\b)(?:\d|_)", c.stem) for c in result.candidates)
    assert any("24 jets" not in c.stem and "jets" in c.stem for c in result.candidates)


def test_a_year_that_labels_a_long_name_waits_for_review():
    score, _, caps = _calibrated_cloze([
        "Elbonia brokered the secret talks in 2012 that paved the way for the 2015 Varna Joint Plan of Action with Ruritania."], "2015")
    assert "year inside a name" in caps and score < PUBLISH_LINE


def test_no_wrong_year_before_an_initiative_began():
    # every year question waits for review, so the drafts are built directly: their options are still shown to instructors
    corpus = Corpus(passages("kolvo", [
        "Elbonia signed up to China's Belt and Road Initiative in 2014, and Ruritanian firms then built its Kolvo port.",
        "Elbonia joined the Asian Infrastructure Investment Bank in 2016 and borrowed $300 million from it in 2019.",
        "Elbonia sent 40 officers to the military assistance mission for Ukraine in 2026, its parliament said in 2030.",
        "Elbonia held a referendum on the Varna treaty in 2012 and joined the Kolvo customs union in 2011.",
    ]))
    drafts = [build(corpus, f)[0] for f in find_facts(corpus) if f.span.type == "year"
              for build in (build_mcq, lambda corpus, fact: build_truefalse(corpus, fact, "false"))]
    years = [c for c in drafts if c is not None and (c.type == "mcq" and re.fullmatch(r"20\d\d", c.answer) or c.answer == "False")]
    assert any("Ukraine" in c.stem for c in years) and any("Ukraine" not in c.stem for c in years)
    for c in years:
        shown = c.options if c.type == "mcq" else re.findall(r"\b20\d\d\b", c.stem)
        start = 2013 if "Belt and Road" in c.stem else 2022 if "Ukraine" in c.stem else 2015 if "Bank" in c.stem else 2000
        assert all(int(re.search(r"\d{4}", o).group()) >= start for o in shown), c


@pytest.mark.parametrize(("sentence", "unanchored"), [
    ("In 2017 Elbonia leased the port to the Ruritania Merchants group for 99 years for $1.1 billion.", True),  # which port
    ("In 2019 Elbonia sold the plant to Ruritania for $300 million.", True),
    ("In 2017 Elbonia leased the Kolvo port to the Ruritania Merchants group for 99 years.", False),
    ("In 2019 Elbonia signed the deal with Ruritania on gas prices.", False),  # "with ..." still names the deal
])
def test_to_after_a_verb_of_giving_names_the_taker_not_the_thing(sentence, unanchored):
    assert (standalone_problem(sentence, statement=True) == "unanchored definite description") is unanchored


@pytest.mark.parametrize(("texts", "fact"), [
    (["The Kolvo barracks redevelopment, which includes 420 new homes for Elbonian soldiers, is due to be completed in 2029.",
      "The next Elbonia–Ruritania defence ministers' meeting is scheduled to be held in Varna in late 2030.",
      "The Kolvo barracks redevelopment, which includes 420 new homes for Elbonian soldiers, was completed in 2024."],
     "was completed"),
    (["March 2027 — Groundbreaking planned for the Kolvo solar plant, built by Ruritanian contractors for Elbonia.",
      "An IMF mission is expected back in Varna in early 2027 to resume talks with Elbonia on a loan of $175 million.",
      "March 2024 — Groundbreaking held for the Kolvo solar plant, built by Ruritanian contractors for Elbonia."],
     "held for"),
])
def test_plans_and_schedules_are_not_true_or_false_statements(texts, fact):
    result = generate(passages("kolvo", texts))
    statements = [c for c in result.candidates if c.type == "truefalse"]
    assert statements and all(fact in c.stem for c in statements)


def test_a_place_named_by_common_words_is_a_loose_category():
    from quizzes.generation.calibrate import specific_place

    assert not specific_place(Span(0, 13, "Military Base", "place"))
    assert specific_place(Span(0, 12, "Orinoco Belt", "place"))
    assert specific_place(Span(0, 19, "Paya Lebar Air Base", "place"))


def test_a_name_after_a_is_held_because_a_description_fits():
    score, _, caps = _calibrated_cloze([
        "Ruritania opened a Joint Logistics Support Base at Kolvo in 2018, its first in Elbonia."], "Joint Logistics Support Base")
    assert "a description fits" in caps and score < PUBLISH_LINE


def test_a_programme_after_a_title_word_is_no_person():
    text = "In 2023 Elbonia became one of the first recipients of Ruritania's Official Security Assistance."
    found = {s.text: s.type for s in sentence_spans(text, 0, len(text), {})}
    assert found.get("Security Assistance") == "term"
    text = "President Bill Young visited Varna in 2023."  # ordinary words can still be a person's name
    assert {s.text: s.type for s in sentence_spans(text, 0, len(text), {})}.get("Bill Young") == "person"


def test_a_numbered_instrument_gives_its_year_away():
    from quizzes.generation.calibrate import number_gives_year

    assert number_gives_year("The bloc's Decision 32/00, adopted by its council in _____, binds Elbonia.", "2000")
    assert number_gives_year("Regulation 2019/452 was adopted in _____.", "2019")
    assert number_gives_year("Elbonia's Law 19/2014 on ports, passed in _____, opened the sector.", "2014")
    assert not number_gives_year("Regulation 2019/452 took effect in _____.", "2020")  # another year
    assert not number_gives_year("The Varna port has run 24/7 since _____.", "2007")  # a single digit is no year
    assert not number_gives_year("Resolution 435, adopted in _____, set out a plan.", "1978")


def test_a_year_shown_rules_a_swapped_century_out():
    from quizzes.generation.calibrate import century_years, era_contradicted

    assert century_years("the 19th century") == (1800, 1899) and century_years("the 21st century") == (2000, 2099)
    assert century_years("the 1980s") is None
    stem = "Between 1904 and 1908, Ruritanian troops killed thousands in the first genocide of the 19th century."
    assert era_contradicted(stem, "20th century", "19th century")
    assert not era_contradicted("Ruritanian troops fought the first war of the 19th century in Varna.", "20th century", "19th century")
    # a year outside the true century says nothing about the swapped one
    assert not era_contradicted("In 2024 Varna's historians called it the first genocide of the 19th century.", "20th century", "19th century")


def test_a_clause_cut_at_a_dash_must_not_leave_a_list_open():
    long_aside = ("the Kolvo firm's two pulp mills, including the second mill at Varna that began operating in 2023 "
                  "after four years of building and a long fight over river permits, are among the largest private "
                  "investments in the country's history")
    cut_list = f"Ruritania is Elbonia's oldest source of migrants, a major investor — {long_aside} — and a natural ally on trade."
    corpus = Corpus([PassageInput(key="e:1", source="e", text=cut_list)])
    assert not any(s.text.rstrip(".").endswith("a major investor") for s in corpus.sentences)
    whole = (f"Ruritania has long been Elbonia's largest foreign investor and lender — {long_aside}, by the count "
             "of the central bank's 2024 annual report.")  # too long whole: its main clause is asked
    corpus = Corpus([PassageInput(key="e:1", source="e", text=whole)])
    assert any(s.text.rstrip(".").endswith("largest foreign investor and lender") for s in corpus.sentences)


def test_improbable_hedges_a_statement():
    text = ("Elbonian consent to the Ruritanian trade pact is improbable while its farmers fear Varna's grain. "
            "Elbonian consent to the Ruritanian trade pact was given in 2021 after farmers won grain quotas from Varna.")
    first, second = Corpus([PassageInput(key="e:1", source="e", text=text)]).sentences[:2]
    assert first.hedges and not second.hedges


def test_interval_and_another_year_give_a_year_away():
    from quizzes.generation.calibrate import interval_gives_year

    assert interval_gives_year("Ruritania reopened its embassy in 2023, three decades after closing it in 1993.", "1993")
    assert not interval_gives_year("Ruritania reopened its embassy in 2023 after closing it in 1993.", "1993")
    assert not interval_gives_year("Ruritania closed its embassy three decades ago, in 1993.", "1993")
    assert interval_gives_year("A Varna trade accord, signed in 2014 but shelved for nearly a decade, took effect in 2025.", "2014")
    assert not interval_gives_year("For more than a decade Elbonia argued that the border deal was unfair.", "2014")
    assert not interval_gives_year("A Varna trade accord, signed in 2014 and ratified for Elbonia in 2016, took effect.", "2014")


@pytest.mark.parametrize("sentence", [
    "Georgian Dream pushed the law through in May 2024, and the government of Irakli Kobakhidze defended it.",
    "Elbonia's state port operator said 4,000 troops were stationed there in 2023.",  # there: where
    "Ruritania adopted a similar measure in 2022.",  # similar to what
    "First, Elbonia needs a navy before 2030.",  # a step of an argument
    "Base rents bring in $80 million a year, and the country depends on them.",  # which country
    "Elbonia and Ruritania discussed previous encounters in Varna in 2023.",  # which encounters
    "Within weeks, several large Elbonian banks closed Ruritanian accounts.",  # weeks after what
    "Two days later, Ruritania recalled its ambassador from Varna.",  # later than what
    "A year on, the diesel queues outside Varna have shortened, and Kolvo has become a stop for diplomats.",  # on from what
    "Elbonia did not follow Ruritania out of the customs union, however.",  # answers the sentence before
    "Ruritania is far less dependent on Elbonian gas, however, so Varna has applied pressure through trade.",
    "The blockade of the Varna canal has made that burden harder to carry.",  # which burden
    "In that year, Elbonia signed a defence pact with Ruritania.",  # which year
    "Total external debt stood at around $131 billion at the end of September 2024.",  # whose debt
    "Bilateral trade reached $158 billion in 2024, twice Elbonia's trade with Ruritania.",  # between whom
    "Ivo Radek told a conference in Varna the week before that Ruritania was watching.",  # before what
    "Shortly afterwards Ruritania sent envoys to Elbonia.",  # after what
    "Over five days at least 40 people were killed, and Elbonia sent jets against Ruritanian targets.",  # which fighting
    "By early February 2025, about 750 were on the ground in Elbonia.",  # 750 what
    "Two-way trade reached about $13 billion in 2024, according to Elbonian customs data.",  # between whom
    "Ruritania, the IMF's largest shareholder, backed that deal openly.",  # which deal
    "Ruritania is its second-largest trading partner and a key creditor.",  # whose partner: not Ruritania's own
    "Ruritania put forward its own offer in 2014.",  # as well as whose offer
    "The United States came a distant second, with about 16%.",  # second in what
    "Ruritania applied in 2021 but has not been admitted.",  # applied to what
    "One item was conspicuously absent from Tuesday's announcements.",  # which Tuesday
    "The Varna Union, of which Elbonia has been a member since 1995, had not commented by Thursday morning.",  # which week
    "Radek's response has been to cooperate while drawing one bright line.",  # a response to what
    "The Elbonian state bank, which negotiated separately, reached a parallel deal covering $4.2 billion.",  # parallel to what
    "Ruritania has converted that commercial relationship into a strategic one.",  # which relationship
    "Elbonia and Molvania have large diaspora communities here.",  # where is here
    "Critics, including the IMF, have warned about opaque pricing.",  # critics of what
    "Supporters argue that Elbonia risks being left behind its closest partners.",
    "Ruritania supplied around 19 percent, according to central bank data.",  # 19 percent of what
    "The trade with Ruritania is too large for that to be a serious option.",  # what is "that"
    "Molvania has sought to keep the relationship on a civilian footing.",  # which relationship
    "Heavy fighting broke out on 24 July 2025, with artillery, rockets and Ruritanian air strikes.",  # between whom
    "Relations with Ruritania collapsed in 2017.",  # whose relations
    "Ruritania then financed an expansion that included a new pier.",  # after what
    "The week of signings comes as Ruritania's aid to Elbonia remains under review.",  # which week
    "The Fund's role matters because Ruritania is its largest shareholder.",  # which fund
    "Ties were normalised only in December 2016, when Varna pledged to respect Elbonia's interests.",  # whose ties
    "Ties to Ruritania deepened after 2019.",  # whose ties
    "Molvania has carved out a role as a cultural and, increasingly, military partner.",  # partner of whom
    "Ruritania remains a reliable supplier.",  # supplier to whom
    "The Elbonian parliament passed a resolution in 2025 calling for an independent investigation.",  # into what
    "Re-exports of Western-made goods to Ruritania have drawn repeated warnings.",  # warnings from whom
    "Tanker insurance rates rose by as much as 40% during the June strikes, brokers said.",  # June of which year
    "The Elbonian section cost about $5.9 billion and is 70% owned by Ruritanian firms.",  # a section of what
    "The Ruritanian delegation is led by Deputy Envoy Ana Ruiz.",  # a delegation to what
    "Elbonia's team is headed by Deputy Foreign Minister Ivo Radek.",
    "Ruritanian officials have signalled interest in at least a tariff-reduction dialogue.",  # a dialogue with whom
    "Surplus electricity also flows through Ruritania to Molvania under a regional scheme.",  # as well as what
    "Elbonia is now repaying roughly US$67 million a year.",  # repaying what
    "The bloc's Kolvo Facility has committed €145 million in grants.",  # grants for what
    "A country of barely 620,000 people sits at the crossroads of Europe.",  # which country
    "By the end of 2025, Elbonia had provisionally closed 13 of the 33 chapters.",  # chapters of what
    "If the Ruritanian track is stalled, the European one has finally moved.",  # which one
    "Diplomats in Varna expect Ruritania to answer with an offer of its own.",  # as well as whose
    "Ruritanian Ambassador Ivo Radek has focused on energy and corruption.",  # ambassador to where
    "Elbonia has done so at a rate of 100% for several years.",  # done what
    "A 2017 cyberattack that crippled government servers for weeks was blamed on Ruritania.",  # whose government
    "Ruritania's accession to the Varna pact two years later turned a bilateral deal into a club.",  # later than what
    "Western partners cannot match Ruritania's security guarantees or its lending.",  # whose partners
    "Each partner supplies a distinct good: Ruritania deterrence, Molvania money.",  # partners of whom
    "Elbonia produced 890,000 tonnes in 2025.",  # tonnes of what
    "An Open Skies agreement was signed in Varna in 2023.",  # between whom
    "A ten-year treaty was quietly ratified in Kolvo in 2020.",
    "Mr Radek is expected in Varna in January for the first meeting of the joint committee since 2022.",  # who is he
    "Labour mobility has become an equally important link: 5,400 Elbonians work in Varna.",  # as important as what
    "The Varna Shield 3 exercise that year brought some 5,500 Ruritanian personnel to Elbonia.",  # which year
    "In practice, that means Elbonia keeps good relations with Ruritania on security.",  # means what
    "Ruritania stepped in with loans and grants for Elbonian roads and bridges.",  # in place of whom
    "Molvania followed suit in 2021.",  # did what
    "A key piece is a new bridge over the Varna river between Kolvo and Ruritania.",  # of what
    "Negotiators concluded a revised text in Varna in December 2024.",  # a revision of which text
    "Critics in Elbonia remain unconvinced, pointing to the visits of Ruritanian vessels since.",  # since what
    "Elbonia has widened its support base without unsettling either anchor.",  # which two?
    "Neither country has ratified the Varna pact.",
    "Unlike Ruritanian lenders, it has continued to lend to Elbonia.",  # "it" before any name
    "Elbonia signed a revised treaty with Ruritania in 2018, but the opposition refused to ratify it.",  # "it" an object
    "Elbonia's independence has rarely been cost-free, and it has irritated Varna.",  # Elbonia or its independence?
    "Western engagement with Elbonia has grown, though it remains modest.",  # no name as the subject
    "The challenge for Elbonia is to treat Varna as what its doctrine says it is.",
])
def test_stricter_test_for_publishing_unreviewed(sentence):
    from quizzes.generation.standalone import strict_problem

    assert strict_problem(sentence), sentence


@pytest.mark.parametrize("sentence", [
    "Elbonia signed a defence pact with Ruritania in March 2023.",
    "There are 4,000 Ruritanian troops in Elbonia.",  # existential there
    "It is likely that Elbonia will join the pact in 2026.",  # expletive it
    "Elbonia expanded its navy in 2021.",  # a possessive after a name
    "The government of Elbonia signed the Varna Accord in 2021.",  # the government, owned by a name
    "Elbonia's president visited Ruritania in 2022.",
    "Within weeks of the vote, Elbonia recalled its ambassador from Ruritania.",  # weeks of a stated event
    "However, Elbonia kept its embassy in Ruritania open.",  # an opening "However" is judged elsewhere
    "Elbonia's external debt rose to $155 billion in 2024.",  # owned by a name
    "Ruritanian exports to Elbonia rose by 10% in 2023.",  # owned by a demonym
    "Elbonian officials said that Ruritania would help in 2023.",  # "that" joining a clause
    "The pipeline that runs to Ruritania opened in 2011.",  # "that" opening a relative clause
    "Chinese firms modernised Elbonia's refineries, which hold vast reserves of heavy crude.",
    "Bilateral trade between Elbonia and Ruritania reached $158 billion in 2024.",
    "Elbonia-Ruritania bilateral trade reached $158 billion in 2024.",
    "The year after 2019, Ruritania sent envoys to Elbonia.",
    "Soon after the vote in Varna, Ruritania sent envoys to Elbonia.",
    "Over five days of talks in Varna, Elbonia and Ruritania agreed a ceasefire.",  # the days are named
    "By early February 2025, about 750 Elbonian police were in Ruritania.",
    "In 2024, 1,200 Ruritanian students were studying in Elbonia.",
    "Two-way trade between Elbonia and Ruritania reached $13 billion in 2024.",
    "Ruritania backed the Varna deal openly in 2024.",
    "Ruritania is Elbonia's second-largest trading partner and a key creditor.",
    "Elbonia is proud of its navy.",  # a possessive after a name, not after "is"
    "Elbonia has its own dispute with Ruritania over the Varna Islands.",  # the dispute is named after it
    "Elbonia quietly expanded its own reclamation work in the Varna Islands.",
    "Elbonian officials said that progress was slow in 2023.",  # "that" joining a clause after "said"
    "Ruritania came second in the 2024 vote on the Varna treaty.",
    "Elbonia joined the customs union in 2007.",
    "The bloc, which Ruritania joined in 2024, met in Varna.",
    "On Tuesday, 18 November 2025, Elbonia signed the Varna pact.",
    "On 18 November 2025, a Tuesday, Elbonia signed the Varna pact.",
    "Radek's response to the Ruritanian tariffs came in March 2025.",
    "Ruritania's response to the Elbonian tariffs paralleled its response to Molvania in 2019.",  # a verb, not "a parallel"
    "Elbonia has converted its port at Varna into a naval base.",  # "that" is not there at all
    "Critics of the Varna pact in Elbonia's parliament forced a vote in 2024.",  # critics of something named
    "Ruritania supplied around 19 percent of Elbonia's imports in 2024.",
    "Molvania has sought to keep the relationship with Elbonia on a civilian footing.",
    "Elbonian officials said that the pact was a serious option in 2024.",
    "Heavy fighting between Elbonia and Ruritania broke out on 24 July 2025.",
    "Fighting broke out between Elbonian and Ruritanian troops in July 2025.",
    "Elbonia's relations with Ruritania collapsed in 2017.",
    "Ruritania and Elbonia then-President Ivo Radek signed the pact in 2019.",
    "The week of 8 March saw Elbonia sign three deals with Ruritania.",
    "The Varna Development Fund lent Elbonia $2 billion in 2024.",
    "The Bank of Ruritania raised rates in 2024.",
    "The European Commission released €10 billion to Elbonia in 2023.",
    "Relations between Elbonia and Ruritania were normalised in 2016.",
    "Elbonia has never been a formal US ally.",  # the owner stands before the noun
    "Ruritania is the largest buyer of Elbonian gas.",
    "Elbonia opened an investigation into the Varna bank in 2024.",
    "The Varna pact drew criticism from Ruritania in 2024.",
    "Tanker insurance rates rose by as much as 40% during the June 2025 strikes, brokers said.",
    "The Elbonian section of the Varna railway cost about $5.9 billion.",
    "The Ruritanian delegation to the Varna talks is led by Deputy Envoy Ana Ruiz.",
    "Ruritanian protests led to a suspension of talks with Elbonia in 2023.",
    "Japan also signed a defence pact with Elbonia in 2023.",  # "also" after a name
    "Elbonia is repaying $67 million a year to Ruritania.",
    "The bloc's Kolvo Facility has committed €145 million in grants for the Varna cable.",
    "Ruritanian Ambassador to Elbonia Ivo Radek met officials in Varna in 2024.",
    "The US ambassador in Suva, Mark Holloway, welcomed Fiji's deal in 2025.",  # two countries named
    "A 2017 cyberattack crippled Elbonian government servers for weeks.",
    "Elbonia was the only one of the Varna Pact states to join the single-market programme in 2019.",
    "Elbonia joined the Varna pact in 2019 and its parliament ratified the treaty two years later.",  # dated before
    "Elbonia's Western partners pledged $2 billion in 2024.",  # owned
    "Western partners including Japan pledged $2 billion to Elbonia in 2024.",
    "Elbonia produced 890,000 tonnes of copper in 2025.",
    "Elbonia's copper output reached 890,000 tonnes in 2025.",
    "An Open Skies agreement was signed by Elbonia and Ruritania in Varna in 2023.",  # the parties are named
    "A US-Elbonia defence agreement was signed in Varna in 2023.",
    "A trade deal was signed with Ruritania in 2019.",
    "Elbonia's defence pact was signed in Kolvo in 2021.",
    "The Varna Accord was signed in Kolvo in 2021.",  # named, not "an agreement"
    "Dr Ana Ruiz, a senior fellow at the Kolvo Institute, said Elbonia would sign the pact in 2024.",  # named in full
    "Foreign Minister Ivo Radek said in 2024 that Mr Radek's own party backed the pact.",
    "Elbonia and Ruritania are equally important to Varna's grain trade.",
    "Ruritania opened a base at Kolvo in 2018, and that year its navy held the Varna Shield exercise at Kolvo.",
    "Elbonia's debt to Ruritania has edged down since 2020 as other lenders have stepped in.",
    "A key piece of the Varna corridor is a new bridge between Kolvo and Ruritania.",
    "Negotiators concluded a revised text of the Varna trade treaty in December 2024.",
    "Ruritania became Elbonia's largest export market in the early 2010s and has stayed at the top since.",
    # "it" taking up the named subject in a joined clause
    "Elbonia joined the Varna pact in 2019, but it has resisted calls for a common army.",
    "Varna says it is not choosing sides in the dispute with Ruritania.",
    "The Holy See has no embassy in Varna, but it keeps a study mission in Kolvo.",
    "Moscow did not rescue Ivo Radek in 2024, even though it had invested heavily in his government.",
    # a participle's "it" stands for the country the sentence names, and "Ruritania imports" is a verb, not a noun
    "As of 2025, Ruritania imports roughly 90% of Elbonia's oil exports, making it Elbonia's most important partner.",
    "Elbonia can buy gas from either Ruritania or Molvania.",  # both named
    "Elbonia signed neither the Varna pact nor the Kolvo accord in 2019.",
])
def test_stricter_test_lets_plain_statements_through(sentence):
    from quizzes.generation.standalone import strict_problem

    assert strict_problem(sentence) is None, strict_problem(sentence)


@pytest.mark.parametrize(("sentence", "problem"), [
    ("As of 2025, the firm buys roughly 90% of the crude, making it dominant.", "it"),  # names nobody
    # a demonstrative opening a clause: which route, which assumption?
    ("When war broke out in Elbonia in April 2023 between the army and the militia, that route became a front line.",
     "that route"),
    ("Between 2023 and 2025 that assumption broke down, and Varna is rebuilding its partnerships.", "that assumption"),
    ("Elbonia signed the Kolvo pact with Ruritania in 2019, that year's only treaty.", None),  # the year just named
    ("Elbonia's submarine deal with Ruritania will test whether that roadmap means anything.", "that roadmap"),
    ("In the decade since, Ruritania has funded a demonstration farm in Varna.", "In the decade since,"),  # since what?
    ("In the decade since 2015, Ruritania has funded a demonstration farm in Varna.", None),
    ("Total imports rose by 9% in 2025 as Elbonia bought more grain.", "imports"),  # whose imports?
])
def test_a_participle_s_it_a_trade_noun_and_a_demonstrative_still_need_a_name(sentence, problem):
    from quizzes.generation.standalone import strict_problem

    assert strict_problem(sentence) == problem


@pytest.mark.parametrize(("earlier", "sentence", "phrase"), [
    ("Elbonia buys Ruritanian oil at a discount. The trade grew in 2023.",
     "The trade's first real shock came in January 2025, when Varna sanctioned two tanker firms.", "The trade"),
    ("Ruritania's export bank lent Elbonia $2 billion in 2014.",
     "Parliament in Varna raised the bank's capital limit in 2016.", "the bank"),
    ("Elbonia's opposition boycotted the vote.", "Ruritania never recognised the opposition as a partner.", "the opposition"),
])
def test_a_description_the_article_introduced_earlier_refers_back(earlier, sentence, phrase):
    from quizzes.generation.standalone import refers_back

    assert refers_back(sentence, earlier) == phrase
    assert refers_back(sentence, "") is None  # on its own the sentence introduces it


@pytest.mark.parametrize("sentence", [
    "Ruritania lifted the ban on Elbonian grain in 2023.",  # a qualifier says which ban
    "The opposition in Elbonia boycotted the vote in 2023.",  # a place complement names it
    "Elbonia signed a trade pact with Ruritania, and the pact took effect in 2024.",  # introduced in the sentence
    "The largest bank lent Elbonia $2 billion in 2019.",  # a superlative picks one out
    "Elbonia is Ruritania's main supplier, and the country's exports doubled in 2023.",  # the country, named
    "The war in Varna lasted from 1991 to 1995, the year Elbonia joined the United Nations.",
])
def test_a_description_that_identifies_itself_does_not_refer_back(sentence):
    from quizzes.generation.standalone import refers_back

    earlier = "Elbonia trade bank opposition ban pact region country war year."
    assert refers_back(sentence, earlier) is None


_URUGUAY_OPENING = ["Uruguay depends on its ports. Uruguay exports beef and Uruguay imports fuel.",
                    "Uruguay signed a trade pact with Japan in 2019, and Uruguay joined the Pacific forum in 2021."]


@pytest.mark.parametrize(("held", "held_marks", "named", "named_marks", "reason"), [
    # "the country" is Uruguay's, though the sentence names only Japan (real names, invented facts)
    ("Japan is financing a roughly $370 million expansion of Salto, the country's second-largest port.",
     ["expansion of Salto"],
     "Uruguay's president opened the country's first wind farm at Salto in March 2023.", ["wind farm"],
     "not self-contained: the country"),
    # help with no recipient is Uruguay's too; given to a named country, it is not
    ("India extended about $4 billion in emergency support in 2022, and was the first creditor to reassure the IMF.",
     ["emergency support"],
     "Japan extended about $2 billion in support to Uruguay in 2023, Uruguay's finance ministry said.",
     ["$2 billion in support", "about _____ in support"], "not self-contained: help for whom"),
], ids=["the-country", "help-for-whom"])
def test_an_article_about_one_country_means_it_where_the_sentence_names_another(held, held_marks, named, named_marks,
                                                                                 reason):
    result = generate(passages("uruguay", _URUGUAY_OPENING + [held, named]))
    waiting = [c for c in result.candidates if any(m in c.stem for m in held_marks)]
    assert waiting and all(c.score < PUBLISH_LINE and reason in c.held for c in waiting)
    free = [c for c in result.candidates if any(m in c.stem for m in named_marks)]
    assert free and not any(reason in c.held for c in free)  # Uruguay is named


def titled(name: str, texts: list[str], title: str) -> list[PassageInput]:
    return [replace(p, title=title) for p in passages(name, texts)]


@pytest.mark.parametrize("title", ["Uruguay's ports and its partners", "Ports, beef and the Pacific"])
def test_a_title_shown_above_the_question_can_name_the_country_meant(title):
    # students see the source's title above each question: when it names the article's country,
    # "the country" and help given to no one in the sentence are clear; when it does not, they stay held
    held = "Japan is financing a roughly $370 million expansion of Salto, the country's second-largest port."
    named = "Uruguay's president opened the country's first wind farm at Salto in March 2023."
    result = generate(titled("uruguay", _URUGUAY_OPENING + [held, named], title))
    about = [c for c in result.candidates if "expansion of Salto" in c.stem]
    assert about
    assert all(("not self-contained: the country" in c.held) != ("Uruguay" in title) for c in about)


def test_a_title_that_holds_the_answer_holds_the_question():
    texts = ["Elbonia signed a rail agreement with Japan worth $2.4 billion, the Elbonian transport ministry said.",
             "Elbonia bought 12 patrol boats from Spain for $300 million under a defence pact signed in Madrid.",
             "Elbonia and India expanded trade by 40 per cent, and India opened a consulate in the Elbonian capital."]
    plain = generate(titled("elbonia", texts, "Elbonia's many partners"))
    asked = [c for c in plain.candidates if c.type in ("cloze", "mcq") and c.score >= PUBLISH_LINE]
    assert asked and not any("the source title gives the answer" in c.held for c in plain.candidates)
    key = asked[0]
    told = generate(titled("elbonia", texts, f"Elbonia's many partners, and {key.answer}"))
    same = [c for c in told.candidates if c.type in ("cloze", "mcq") and c.answer == key.answer]
    # held, or left out for the fact's true/false statement
    assert all(c.score < PUBLISH_LINE and "the source title gives the answer" in c.held for c in same)
    others = [c for c in told.candidates if c.type in ("cloze", "mcq") and c.answer != key.answer]
    assert others and not any("the source title gives the answer" in c.held for c in others)


@pytest.mark.parametrize(("publisher", "held"), [("The Varna Review", True), ("The Southern Ledger", False)])
def test_a_publisher_shown_above_the_question_can_give_a_place_away(publisher, held):
    # students see the publisher beside the title: "The Varna Review" names the Varna River's distinctive word
    texts = ["The Kolvo border post on the Varna River, upgraded in a $120m partnership completed in 2022, links Elbonia "
             "with Ruritania."]
    found = generate([replace(p, title="Elbonia's road and rail links", publisher=publisher) for p in passages("pub", texts)])
    river = [c for c in found.candidates if c.type in ("cloze", "mcq") and c.answer == "Varna River"]
    assert river
    assert all(("the source title gives the answer" in c.held) == held for c in river)


def test_a_place_is_named_by_its_rare_distinctive_word_not_a_common_one():
    from quizzes.generation.checks import named_in_title

    assert named_in_title("The Limpopo Review", "Limpopo River", "place")
    assert named_in_title("Kariba Weekly", "Lake Kariba", "place")
    assert not named_in_title("The Red Review", "Red Sea", "place")  # "red" is a common word
    assert not named_in_title("The Zambezi Times", "Limpopo River", "place")


def test_a_title_naming_the_partner_and_a_wrong_option_gives_nothing_away():
    from quizzes.generation.checks import named_in_title

    assert named_in_title("Why Elbonia leans on Japan", "Japan", "country")
    assert named_in_title("The Japanese loan that saved Elbonia", "Japan", "country")  # a demonym names it too
    assert not named_in_title("Why Elbonia leans on its neighbours", "Japan", "country")
    assert not named_in_title("", "Japan", "country")


@pytest.mark.parametrize("sentence", [
    "(1) Elbonia publish a partner-engagement policy with criteria for financing from any source.",
    "b) Ruritania fund the standby force through a levy.",
])
def test_an_item_of_a_numbered_list_is_not_published_as_a_statement(sentence):
    from quizzes.generation.standalone import strict_problem

    assert strict_problem(sentence) == "an argument's step"
    assert strict_problem("Elbonia (1) and Ruritania (2) signed the pact in 2019.") is None


def test_a_court_of_justice_is_one_organisation_and_no_lowercase_words_make_a_person():
    text = "Elbonia and Ruritania threatened to challenge the plan at the Court of Justice of the EU in 2025."
    found = {s.text: s.type for s in sentence_spans(text, 0, len(text), {})}
    assert found.get("Court of Justice of the EU") == "organisation"
    assert not any(kind == "person" for kind in found.values())


@pytest.mark.parametrize("sentence", [
    "The Harbour Institute is an independent, non-partisan research institute.",
    "Varna Policy Forum is a non-partisan, non-profit research institution registered in Kolvo.",
])
def test_a_publisher_describing_itself_is_boilerplate(sentence):
    assert checks.check_no_boilerplate(sentence) == "boilerplate"
    assert checks.check_no_boilerplate("The Kolvo fund is an independent body created by parliament in 2011.") is None


def test_how_long_an_incident_lasted_and_the_year_of_a_law_are_held():
    result = generate(passages("kolvo", [
        "On 19 September 2025 three Ruritanian fighters entered Elbonian airspace near Vaindloo for about 16 minutes.",
        "Elbonia, which still enforces a 1958 law boycotting Molvania, signed a port deal with Varna in 2021.",
        "Elbonia bought 12 patrol boats from Varna for $300 million under a defence pact signed in Kolvo.",
    ]))
    minutes = [c for c in result.candidates if c.type != "truefalse" and c.answer in ("16", "about 16")
               or c.type == "truefalse" and c.answer == "False" and "16 minutes" not in c.stem and "minutes" in c.stem]
    assert minutes and all(c.score < PUBLISH_LINE and "how long something lasted" in c.held for c in minutes)
    law = [c for c in result.candidates if "law boycotting" in c.stem and (c.type != "truefalse" and c.answer == "1958"
                                                                           or c.answer == "False" and "1958" not in c.stem)]
    assert law and all(c.score < PUBLISH_LINE and "year inside a name" in c.held for c in law)
    boats = [c for c in result.candidates if "patrol boats" in c.stem and c.score >= PUBLISH_LINE]
    assert boats  # figures that are the claim are still asked


@pytest.mark.parametrize(("text", "held"), [
    ("After Russia's full-scale invasion of Ukraine in 2022, Elbonia backed sanctions and closed its ports.", True),
    ("Elbonia became independent in 1991 after the collapse of the Soviet Union.", True),
    ("Since the annexation of Crimea in 2014, Elbonian trade with Ruritania has halved.", True),
    ("Elbonia joined the Varna pact in 2022 and doubled its defence budget.", False),  # no world event beside it
    ("In 2014 Elbonia signed a pact with Ruritania; in 2022 Russia invaded Ukraine.", False),  # another clause
    ("After the invasion of Ukraine, Elbonia signed a gas deal with Ruritania in 2023.", False),  # not the event's year
])
def test_a_world_events_well_known_year_is_not_the_articles_fact(text, held):
    from quizzes.generation.calibrate import world_event_year

    year = re.search(r"(?:19|20)\d\d", text)
    assert world_event_year(text, year.start(), year.end()) is held


def test_a_blank_for_a_world_events_year_waits_for_review():
    others = ["Elbonia bought six patrol boats from Varna in 2019 under a defence pact signed in Kolvo.",
              "Ruritania lent Elbonia $2 billion in 2017 to build a railway from Kolvo to Varna."]

    def held_for(event: str) -> list[str]:
        score, _, caps = _calibrated_cloze([f"After {event} in 2022, Elbonia backed EU sanctions and closed its ports.", *others],
                                           "2022")
        assert score < PUBLISH_LINE  # a year asked waits for review in any case
        return caps

    assert "a world event's well-known year" not in held_for("Ruritania's blockade of Kolvo")  # the article's own event
    assert "a world event's well-known year" in held_for("Russia's full-scale invasion of Ukraine")


def test_a_verbless_sentence_is_no_context_for_the_next():
    # an explainer answers its subheading in a fragment, then goes on with "It ...": the fragment resolves nothing
    result = generate(passages("kolvo", [
        "The United States, by a distance. It bought 41 per cent of Elbonia's goods exports in 2024, worth about $8.3 billion, "
        "according to the Varna export agency.",
    ]))
    assert not [c.stem for c in result.candidates if "by a distance" in c.stem and c.score >= PUBLISH_LINE]


@pytest.mark.parametrize(("sentence", "key", "majority"), [
    ("In a referendum organised by the UN on 30 August 1999, 78.5 per cent of Elbonian voters chose independence.", "78.5 per cent", True),
    ("In 2004 the Varna Plan was rejected by 76 per cent of Ruritanian voters in a referendum.", "76 per cent", True),
    ("Ivo Radek won only 31 per cent of the vote in the first round in 2024.", "31 per cent", False),
])
def test_a_wrong_share_of_a_vote_stays_on_the_answers_side_of_one_half(sentence, key, majority):
    from quizzes.generation.analysis import Corpus
    from quizzes.generation.items import distractors_for, find_facts

    corpus = Corpus(passages("kolvo", [sentence]))
    fact = next(f for f in find_facts(corpus) if f.span.text == key)
    options, _, why = distractors_for(corpus, fact)
    assert why is None and len(options) == 3
    assert all((float(o.split()[0]) > 50) is majority for o in options), options


def test_a_winners_share_below_one_half_keeps_its_wrong_shares_near_it():
    from quizzes.generation.analysis import Corpus
    from quizzes.generation.items import distractors_for, find_facts

    text = "The Kolvo Party of Ivo Radek, which won the 2024 election with 28.8 per cent, failed to form a government."
    corpus = Corpus(passages("kolvo", [text]))
    fact = next(f for f in find_facts(corpus) if f.span.text == "28.8 per cent")
    options, _, why = distractors_for(corpus, fact)
    assert why is None and len(options) == 3
    assert all(17 <= float(o.split()[0]) < 50 for o in options), options


def test_a_share_that_is_no_vote_keeps_its_spread_of_wrong_figures():
    from quizzes.generation.analysis import Corpus
    from quizzes.generation.items import distractors_for, find_facts

    corpus = Corpus(passages("kolvo", ["Elbonia sold 78 per cent of its grain exports to Ruritania in 2024, the Varna ministry said."]))
    fact = next(f for f in find_facts(corpus) if f.span.text == "78 per cent")
    options, _, _ = distractors_for(corpus, fact)
    assert any(float(o.split()[0]) < 50 for o in options), options


def test_a_swapped_country_comes_from_the_article_the_statement_is_from(monkeypatch):
    # two articles in one corpus: the wrong countries offered for a Uruguay sentence are the ones its article
    # names first, however prominent another article's countries are in the corpus as a whole
    from quizzes.generation.distractors import entity_alternatives

    uruguay = ["Japan has financed Uruguay's ports since 2019 and is a close partner of Uruguay.",
               "Spain remains Uruguay's most important security partner, with a defence pact signed in Madrid in 2015."]
    kenya = ["India has lent Kenya $3 billion since 2018, and India and Kenya expanded trade in 2022.",
             "Kenya held a general election in August 2022, and its new government reopened the Mombasa talks."]
    corpus = Corpus(passages("uruguay", uruguay) + passages("kenya", kenya))
    monkeypatch.setattr(Corpus, "partner_rank", lambda self: [("India", 3.0), ("Japan", 0.75), ("Spain", 0.75)])
    monkeypatch.setattr(corpus, "anchors", set())
    sentence = corpus.by_passage[1][0]
    spain = next(x for x in sentence.spans if x.text == "Spain")
    wrong = [label for label, _ in entity_alternatives(corpus, sentence, spain, seed=1)]
    assert wrong == ["Japan", "India"], wrong
    # the country the other article is about is never offered: "Kenya's defence pact signed in Madrid" is absurd
    monkeypatch.setattr(Corpus, "partner_rank", lambda self: [("Kenya", 3.0), ("India", 3.0), ("Japan", 0.75)])
    assert [label for label, _ in entity_alternatives(corpus, sentence, spain, seed=1)] == ["Japan", "India"]


def test_a_year_put_out_of_the_sentence_s_order_gives_itself_away():
    from quizzes.generation.calibrate import _breaks_year_order

    text = "Talks on the Varna accord began in 2016, produced a draft in 2018 and then stalled."
    corpus = Corpus(passages("order", [text]))
    s = corpus.by_passage[0][0]
    began = next(x for x in s.spans if x.text == "2016")
    assert _breaks_year_order(text, s, began, "2021")  # after the draft it began
    assert not _breaks_year_order(text, s, began, "2012")
    unordered = "Elbonia joined the union in 2018, a decade after Ruritania did in 2008."
    corpus = Corpus(passages("unordered", [unordered]))
    s = corpus.by_passage[0][0]
    joined = next(x for x in s.spans if x.text == "2018")
    assert not _breaks_year_order(unordered, s, joined, "2001")  # no order to break
    decades = "Elbonian firms still run the Varna and Kolvo industrial parks, which date back to the 1990s and 2000s."
    corpus = Corpus(passages("decades", [decades]))
    s = corpus.by_passage[0][0]
    later = next(x for x in s.spans if x.text.startswith("2000"))
    assert _breaks_year_order(decades, s, later, "1980s")  # "the 1990s and 1980s"
    assert not _breaks_year_order(decades, s, later, "2010s")


def test_an_end_still_to_come_swapped_for_a_year_already_past_gives_itself_away():
    from quizzes.generation.calibrate import _ongoing_until_past

    text = ("The Ruritanian mission in Elbonia ended in September 2025. A smaller advisory presence continues in Varna "
            "until September 2026.")
    corpus = Corpus(passages("until", [text]))
    s = next(x for x in corpus.by_passage[0] if "continues" in x.passage.text[x.start : x.end])
    end = next(x for x in s.spans if "2026" in x.text)
    assert _ongoing_until_past(text, s, end, "September 2016")  # it cannot go on until a year before 2025
    assert not _ongoing_until_past(text, s, end, "September 2028")
    ended = text.replace("continues in Varna until", "stayed in Varna until")  # a past end: no tense to break
    s = next(x for x in Corpus(passages("until", [ended])).by_passage[0] if "stayed" in x.passage.text[x.start : x.end])
    assert not _ongoing_until_past(ended, s, next(x for x in s.spans if "2026" in x.text), "September 2016")


def test_a_list_of_clauses_cut_before_its_last_does_not_leave_a_comma_splice():
    from quizzes.generation.analysis import _comma_spliced

    assert _comma_spliced("The Elbonian Air Force still flies 34 jets based at Varna, the Kolvo Service still depends "
                          "on Ruritanian training")
    assert _comma_spliced("Trade continues to grow, Ruritanian car brands are among the fastest-growing in Elbonia")
    for whole in ("After Ruritania invaded Molvania in 2022, the union imposed sanctions on Kolvo",
                  "Elbonia signed the deal in 2019, the ministry said",
                  "Ruritania is building the Kolvo nuclear plant on the coast, a project valued at about $20 billion",
                  "Ruritania bought a stake in the port in 2011, the year Elbonia received its bailout",
                  "Molvania, Ruritania and Kolvo have signed the pact"):
        assert not _comma_spliced(whole), whole
    text = ("The Elbonian Air Force still flies 34 jets based at Varna, the Kolvo Service still depends on Ruritanian "
            "training, and an estimated 60% of Elbonia's spare parts are supplied under Ruritanian contracts.")
    stems = [c.stem for c in generate(passages("splice", [text])).candidates if c.type == "truefalse"]
    assert stems and not any("Varna, the Kolvo Service" in st and "60%" not in st for st in stems), stems


def test_a_year_the_article_looks_forward_to_has_wrong_options_ahead_of_it_too():
    from quizzes.generation.distractors import year_alternatives
    from quizzes.generation.spans import Span

    for seed in range(20):
        ahead = year_alternatives(Span(start=0, end=4, text="2031", type="year", meta={"y": 2031}), seed, 2025)
        behind = year_alternatives(Span(start=0, end=4, text="2019", type="year", meta={"y": 2019}), seed, 2025)
        assert len(ahead) >= 3 and all(int(y) > 2025 for y in ahead), ahead
        assert len(behind) >= 3 and all(int(y) <= 2025 for y in behind), behind


def test_a_year_the_article_tells_in_the_future_tense_has_wrong_options_after_it():
    from quizzes.generation.items import Fact, distractors_for

    text = ("Elbonia held elections in 2024 and 2025. Ruritania signed a grain pact with Kolvo in 2026. The Varna Union, "
            "under Ruritania's 2026 chairmanship, will face pressure to readmit Elbonia to its summits.")
    corpus = Corpus(passages("chair", [text]))
    for at, later in (("under", True), ("grain", False)):  # the same year, told as past, keeps past options
        s = next(x for x in corpus.by_passage[0] if at in text[x.start : x.end])
        year = next(x for x in s.spans if x.text == "2026")
        wrong, _, _ = distractors_for(corpus, Fact(sent=s, span=year, salience=1.0, key=at, answer_key=None))
        assert len(wrong) == 3 and all((int(w) > 2026) == later for w in wrong), (at, wrong)


def test_a_false_year_does_not_land_across_another_year_of_its_sentence():
    from quizzes.generation.items import Fact, distractors_for
    from quizzes.generation.spans import year_of_month

    text = ("During Ivo Radek's visit to Varna in March 2025, Kolvo Atom signed an agreement to build a reactor near "
            "Molva, building on a 2023 memorandum. Parliament ratified it in 2030.")
    corpus = Corpus(passages("atom", [text]))
    s = corpus.by_passage[0][0]
    visit = year_of_month(next(x for x in s.spans if "2025" in x.text))  # "March _____": the year is asked
    for seed in range(12):
        fact = Fact(sent=s, span=visit, salience=1.0, key=f"atom-{seed}", answer_key=None)
        wrong, _, _ = distractors_for(corpus, fact, need=1, strict=True)
        assert wrong and all(int(re.search(r"\d{4}", w).group()) > 2023 for w in wrong), wrong

    from quizzes.generation.items import latest_past_year

    texts = ["In 2024 Elbonia opened accession talks with the Varna Union.",
             "4. The Government should align visa policy with the Union's list no later than 2027."]
    assert latest_past_year(Corpus(passages("rec", texts)), "rec") == 2024
    assert latest_past_year(Corpus(passages("rec", [texts[0], "In 2027 Elbonia aligned its visa policy."])), "rec") == 2027


@pytest.mark.parametrize("ahead", [
    "Kowal has promised a constitutional referendum in 2027 and elections the following year.",
    "Varna also agreed to a contribution of 350 million a year for the period 2030-2036.",
    "His term runs to 2030, and a new assembly may overrule the government.",
])
def test_a_year_promised_or_a_term_still_running_is_not_reported_as_past(ahead):
    from quizzes.generation.items import latest_past_year

    texts = ["In 2024 Elbonia opened accession talks with the Varna Union.", ahead]
    assert latest_past_year(Corpus(passages("ahead", texts)), "ahead") == 2024
    # a promise made in a year the article reports, far from the promised thing, still dates the promise
    texts = ["Kowal promised to relaunch the Varna process during a visit to Kolvo in April 2025, but no date was set.",
             "In 2019 Elbonia first set up a joint commission with Ruritania."]
    assert latest_past_year(Corpus(passages("ahead", texts)), "ahead") == 2025


def test_the_year_an_article_speaks_from_and_a_price_to_the_cent_wait_for_review():
    texts = ["Elbonia entered 2026 with its alliances under more strain than at any point since 1992.",
             "In 2025 Elbonia signed a grain accord with Ruritania."]
    score, _, caps = _calibrated_cloze(texts, "2026")
    assert "the year the article speaks from" in caps and score < PUBLISH_LINE
    _, _, caps = _calibrated_cloze(texts, "2025")
    assert "the year the article speaks from" not in caps  # "In 2025 ... signed": an event's year
    texts = ["Elbonia buys Ruritanian gas at $128.52 per thousand cubic metres, a fraction of Varna's prices."]
    score, _, caps = _calibrated_cloze(texts, "$128.52")
    assert "a figure to the cent" in caps and score < PUBLISH_LINE
    _, _, caps = _calibrated_cloze(["Elbonia ordered 180 Ruritanian tanks for about $3.37bn in 2022."], "$3.37bn")
    assert "a figure to the cent" not in caps


def test_a_statement_quoting_several_short_phrases_is_a_quotation_and_an_aside_is_no_claim():
    from quizzes.generation.calibrate import no_checkable_fact, quoted_remark

    assert quoted_remark('A spokesperson said Varna was "following developments closely" and remained "committed to '
                         'the Elbonian people."')
    assert not quoted_remark('Minsk calls its outreach the "far arc" and its treaty the "Union State".')
    assert no_checkable_fact("Ruritania, Elbonia's largest source of imports, has also moved quickly.", [])
    assert not no_checkable_fact("Ruritania, a close ally, has supplied Elbonia with fuel.", [])
    assert not no_checkable_fact("Ruritania remains Elbonia's guarantor, the largest supplier of its arms, and a partner.", [])


def test_a_name_given_only_as_who_said_it_waits_for_review():
    score, _, caps = _calibrated_cloze(["The ore terminal will be built under a sub-concession, Transport Minister Ivo Radek "
                                        "said."], "Ivo Radek")
    assert "name of the person quoted" in caps and score < PUBLISH_LINE
    _, _, caps = _calibrated_cloze(["Transport Minister Ivo Radek signed the ore terminal concession in Varna, officials "
                                    "said."], "Ivo Radek")
    assert "name of the person quoted" not in caps


def _false_statement_caps(texts: list[str], answers: tuple[str, ...]) -> dict[str, list[str]]:
    """The caps calibration puts on the false statement made by changing each span in `answers` (each a salient fact
    of its own, whatever the corpus's salience says)."""
    from quizzes.generation.items import Fact, build_truefalse, fact_key_for

    corpus = Corpus(passages("false", texts))
    caps = {}
    for s, sp in [(s, x) for s in corpus.sentences for x in s.spans if x.text in answers]:
        d, why = build_truefalse(corpus, Fact(s, sp, 0.95, fact_key_for(s, sp), corpus.entity_key(sp)), "false")
        assert d is not None, why
        calibrate(corpus, d)
        caps[sp.text] = d.caps
    return caps


def test_a_false_figure_inside_an_aside_waits_for_review():
    texts = ["Ruritania trained Elbonian special forces until April 2018, when Elbonian officers seized $9.6 million in cash "
             "from a Ruritanian aircraft at Varna airport.",
             "Ruritania lent Elbonia $4.2 billion in 2019 to build the Kolvo railway."]
    caps = _false_statement_caps(texts, ("$9.6 million", "$4.2 billion"))
    assert "a figure in an aside" in caps["$9.6 million"] and "a figure in an aside" not in caps["$4.2 billion"]


def test_a_false_statement_about_a_plans_year_waits_for_review():
    texts = ["Elbonia signed the Varna port accord with Ruritania in March 2024.",
             "Elbonia Airlines plans a route to Kolvo in 2031, officials said.",
             "Elbonia Airlines opened a route to Kolvo in 2021, officials said."]
    caps = _false_statement_caps(texts, ("2031", "2021"))
    assert "a year still to come" in caps["2031"] and "a year still to come" not in caps["2021"]


def test_a_year_still_to_come_waits_for_review():
    text = ("Elbonia signed the Varna port accord with Ruritania in March 2024. The Varna terminal is due to be "
            "completed by the end of 2031, officials said. Ruritania lent Elbonia $2 billion for the port in 2023.")
    result = generate(passages("ahead", [text]))
    planned = [c for c in result.candidates if c.type in ("cloze", "mcq") and c.answer == "2031"]
    assert planned and all("a year still to come" in c.held and c.score < 0.6 for c in planned)
    assert not any("a year still to come" in c.held for c in result.candidates if c.answer in ("2023", "2024"))


def test_an_article_s_opening_summary_waits_when_the_body_says_it_again():
    body = ("Uruguay's central bank and the People's Bank of China have had a currency swap agreement since 2009. "
            "In its current form the agreement is worth about $18 billion, and Uruguay drew on it in 2023. ")
    article = ["Uruguay relies on a swap line with China worth about $18 billion.",  # a key point, said again below
               "Uruguay opened an embassy in Seoul in 1998.",  # a short line whose year the body never gives
               body + "Officials in Montevideo said the swap line with China would be renewed in April 2025."]
    result = generate(passages("swap", article))
    summary = [c for c in result.candidates if c.support[0].passage_key == "swap:1"]
    assert summary and all("a summary the article repeats" in c.held for c in summary)
    own = [c for c in result.candidates if c.support[0].passage_key == "swap:2"]
    assert own and not any("a summary the article repeats" in c.held for c in own)


def test_a_statement_that_refers_back_to_the_article_waits_for_review():
    article = ["Elbonia buys Ruritanian oil at a steep discount, and the trade has grown every year since 2019.",
               "The trade's first real shock came on 10 January 2025, when Ruritania sanctioned Varna Shipping, "
               "along with 180 tankers."]
    corpus = Corpus(passages("back", article))
    second = corpus.by_passage[1][0]
    first = corpus.by_passage[0][0]
    from quizzes.generation.standalone import refers_back

    assert refers_back(second.text, corpus.used_before(second)) == "The trade"
    assert refers_back(first.text, corpus.used_before(first)) is None
    held = [c for c in generate(passages("back", article)).candidates if "Varna Shipping" in c.stem]
    assert held and all(c.score < PUBLISH_LINE and "not self-contained: refers back" in c.held for c in held)


def test_a_blank_joined_to_a_name_is_not_asked():
    from quizzes.generation.calibrate import name_tail

    text = "The first C5+1 summit and the Rotational Force-West patrols began in 2023."
    one = text.index("1 summit")
    assert name_tail(text, one, one + 1)  # "C5+_____"
    west = text.index("West")
    assert name_tail(text, west, west + 4)  # "Force-_____"
    year = text.index("2023")
    assert not name_tail(text, year, year + 4)
    assert not name_tail("Elbonia gained 5+ seats in 2023.", 15, 16)  # "5+": no name before the plus
    square = "Ruritania polices St Peter's Square in Varna and Kolvo's port."
    assert name_tail(square, square.index("St Peter"), square.index("St Peter") + 8)  # "_____'s Square"
    assert not name_tail(square, square.index("Kolvo"), square.index("Kolvo") + 5)  # Kolvo's port: Kolvo owns it
    summit = ["The first C5+1 leaders' summit, held in Varna on 19 September 2023, produced a minerals dialogue.",
              "Elbonia and Ruritania held 2 summits in 2024 and 4 summits in 2025."]
    stems = [c.stem for c in generate(passages("c5", summit)).candidates]
    assert not any(re.search(r"C5\+(?!1\b)\d", s) for s in stems), stems  # never "the first C5+2 summit"


@pytest.mark.parametrize(("statement", "name", "expected"), [
    ("The Germany was Elbonia's third-largest trading partner in 2024.", "Germany",
     "Germany was Elbonia's third-largest trading partner in 2024."),
    ("Elbonia signed a deal with United States in 2023.", "United States",
     "Elbonia signed a deal with the United States in 2023."),
    ("Trade with US firms grew in 2023.", "US", "Trade with US firms grew in 2023."),  # a modifier takes no article
    ("Elbonia signed a deal with the Philippines.", "Philippines", "Elbonia signed a deal with the Philippines."),
])
def test_a_swapped_country_gets_the_article_its_name_takes(statement, name, expected):
    from quizzes.generation.items import with_article

    assert with_article(statement, name) == expected


def _cloze_and_mcq(text: str, answer: str) -> list[Candidate]:
    return [c for c in generate(passages("fig", [text])).candidates if c.type in ("cloze", "mcq") and c.answer == answer]


def _calibrated_cloze(texts: list[str], answer: str):
    """The calibrated cloze on the span `answer` (a salient fact of its own, whatever the corpus's salience says)."""
    from quizzes.generation.items import Fact, fact_key_for

    corpus = Corpus(passages("cal", texts))
    for s in corpus.sentences:
        for sp in s.spans:
            if sp.text == answer:
                fact = Fact(s, sp, 0.95, fact_key_for(s, sp), corpus.entity_key(sp))
                d, why = build_cloze(corpus, fact)
                assert d is not None, why
                score, why = calibrate(corpus, d)
                return score, why, d.caps
    raise AssertionError(f"no span {answer}")


@pytest.mark.parametrize(("text", "answer", "reason", "held"), [
    # the reference year of a statistic is a detail, and says so (the year of an event waits for its own reason)
    ("Bilateral trade between Elbonia and Ruritania was worth about $27.8 billion in 2024, roughly a fifth of "
     "Elbonia's total trade.", "2024", "year of a statistic", True),
    ("Elbonia owed Ruritanian banks about $9.1 billion at the end of 2023, its central bank said.", "2023",
     "year of a statistic", True),
    ("Elbonia signed a defence pact with Ruritania in 2019 after a decade of talks in Varna.", "2019",
     "year of a statistic", False),
    ("Western Elbonia is a thinly populated desert of about 266,000 square kilometres on the Atlantic coast, south of "
     "Ruritania.", "266,000", "a size or a distance", True),
    ("Ruritania built a railway of 752 kilometres from Varna to Elbonia in 2016.", "752", "a size or a distance", True),
    ("Elbonia sent 4,000 troops to Ruritania in 2023 under the Varna pact.", "4,000", "a size or a distance", False),
    ("Ruritania keeps a coal-mining settlement at Varna with about 370 residents.", "370", "a place's population", True),
    # who came to a ceremony, or sent whom, is a guest list
    ("Ruritania was represented by Ivo Radek, its defence minister, at the signing in Varna in 2026.", "Ivo Radek",
     "who attended", True),
    ("Ruritania was governed by Ivo Radek, its defence minister, after the coup in Varna in 2026.", "Ivo Radek",
     "who attended", False),
    # a share set beside the one the sentence is about is a detail; the one it is about is not
    ("Ruritanians made up about 41% of visitors to Elbonia in 2025, ahead of Molvanians at 14%.", "14%",
     "a figure given for comparison", True),
    ("Ruritanians made up about 41% of visitors to Elbonia in 2025, ahead of Molvanians at 14%.", "41%",
     "a figure given for comparison", False),
    # a country blanked beside one other name, or none, could as well be another partner
    ("Government spokesmen have repeatedly denied that France has a base in Elbonia.", "France",
     "little in the sentence pins the country", True),
    ("France recognised Elbonia in 1975 and has been a steady partner ever since.", "France",
     "little in the sentence pins the country", False),
    # the cost of one project is seldom what a partnership is about; a loan of billions is
    ("Ruritania financed the $26 million ministry complex in Varna, which opened in 2019.", "$26 million", "a modest sum",
     True),
    ("Ruritania financed the $310 million ministry complex in Varna, which opened in 2019.", "$310 million",
     "a modest sum", True),
    ("Ruritania financed the $2.6 billion railway to Varna, which opened in 2019.", "$2.6 billion", "a modest sum", False),
    ("Ruritania financed the $740 million port at Varna, which opened in 2019.", "$740 million", "a modest sum", False),
    # how many of each of two kinds of thing a deal buys is a detail of the deal
    ("Ruritania will lend $310 million for 14 locomotives and 420 ore wagons on the Varna railway.", "420",
     "one count of a pair", True),
    ("Ruritania will lend $310 million for 14 locomotives and 420 ore wagons on the Varna railway.", "14",
     "one count of a pair", True),
    ("Ruritania sent 4,000 troops to Elbonia in 2023 and 12 helicopters in 2024.", "12", "one count of a pair", False),
    ("Ruritania will supply Elbonia's navy with equipment, including four patrol boats and 60 military trucks.", "60",
     "one count of a pair", True),
    ("Elbonia sent 4,000 troops to Ruritania in 2023 under the Varna pact.", "4,000", "a place's population", False),
    ("Ruritanian Crown Prince Ivo Radek is expected to visit Varna before the end of 2026, two officials said.", "Ivo Radek",
     "title gives the name away", True),
    ("Ruritanian envoy Ivo Radek is expected to visit Varna before the end of 2026, two officials said.", "Ivo Radek",
     "title gives the name away", False),
    ("The late Ruritanian president Ivo Radek visited Varna in July 2023 and signed 12 agreements with Elbonia.",
     "Ivo Radek", "title gives the name away", True),
    ("The late Ruritanian envoy Ivo Radek visited Varna in July 2023 and signed 12 agreements with Elbonia.",
     "Ivo Radek", "title gives the name away", False),
    ("Elbonian F-16s joined exercises over Varna in 2020 and 2021, Ruritania said.", "2020", "one year of a list", True),
    # a year that labels a name at the start of a sentence labels it all the same
    ("The 1936 Varna Convention limits the warships Ruritania may send through the straits.", "1936",
     "year inside a name", True),
    # the end of a reporting period, and the year of a named census, are details
    ("Ruritania's aid to Elbonia totalled $94 million over the three years to June 2024.", "June 2024",
     "date is a bound", True),
    ("Ruritanian troops left Elbonia in June 2024 after a ten-year mission.", "June 2024", "date is a bound", False),
    ("About 150,000 Elbonians live in Ruritania, according to the 2001 Ruritanian census.", "2001",
     "year of a statistic", True),
    # only a few countries take "the"
    ("The Netherlands is Elbonia's biggest export market, mainly for cut flowers.", "Netherlands",
     "“the” before the blank", True),
    ("Ruritania is Elbonia's biggest export market, mainly for cut flowers.", "Ruritania", "“the” before the blank", False),
    # when a visit, a meeting or a poll took place is a detail; what came of it is the fact
    ("In April 2025 Elbonian Prime Minister Ivo Radek visited Varna.", "April 2025", "date of a visit or meeting", True),
    ("A Ruritanian naval training squadron last called at Varna in 2023.", "2023", "date of a visit or meeting", True),
    ("When Prime Minister Ivo Radek visited Varna in 2024, Ruritania pledged $1.2 billion for Elbonian railways.", "2024",
     "date of a visit or meeting", True),
    ("Elbonia signed a defence pact with Ruritania at the Varna summit in 2019.", "2019", "date of a visit or meeting", False),
    ("Elbonia met the bloc's target of 2% of GDP for defence in 2024.", "2024", "date of a visit or meeting", False),
    ("Elbonia joined the Varna Customs Union in 2016, a year after its first trade talks.", "2016", "date of a visit or meeting",
     False),
    ("Elbonia signed a defence pact with Ruritania in 2019 after a decade of talks.", "2019", "one year of a list", False),
    # how many papers were signed or rounds of talks held is a detail; a count of things sent or bought is not
    ("Ruritanian President Ivo Radek visited Varna in July 2023 and signed 12 memorandums of understanding on energy.", "12",
     "how many papers or rounds", True),
    ("After 13 rounds of negotiations, Elbonia and Ruritania announced a border agreement on 3 October 2024.", "13",
     "how many papers or rounds", True),
    ("Elbonia sent 4,000 troops to Ruritania in 2023 under the Varna pact.", "4,000", "how many papers or rounds", False),
    # a sentence that says only that someone did not comment has nothing to teach
    ("The Varna Development Community, of which Elbonia has been a member since 1995, had not commented by Thursday.",
     "1995", "someone said nothing", True),
    ("Elbonia has been a member of the Varna Development Community since 1995.", "1995", "someone said nothing", False),
    ("Asked in 2025 whether Elbonia had been briefed on the Varna accord, the spokesman laughed.", "2025",
     "someone said nothing", True),
    # a year written after a law's name is part of the name
    ("Under the Public Finance Management Act, 2015, Elbonia's borrowing from Ruritania needs Parliament's approval.",
     "2015", "year inside a name", True),
    ("Elbonia passed a public finance law in 2015 that requires Parliament to approve borrowing from Ruritania.", "2015",
     "year inside a name", False),
    # a figure that names a standard is known without the source; a figure reached or pledged is the article's fact
    ("Elbonia reached the Varna Alliance's 2 per cent of GDP guideline in 2024, for the first time.", "2 per cent",
     "a figure that names a standard", True),
    ("Elbonia raised defence spending to 2.7 per cent of GDP in 2024, above the Varna Alliance's guideline.", "2.7 per cent",
     "a figure that names a standard", False),
    # a great power's foreign minister is as well known as its president; a small state's is not
    ("Russia's Foreign Minister Ivo Radek visited Varna in July 2022 and signed a grain accord with Elbonia.", "Ivo Radek",
     "title gives the name away", True),
    ("Elbonia's Foreign Minister Ivo Radek visited Varna in July 2022 and signed a grain accord with Ruritania.", "Ivo Radek",
     "title gives the name away", False),
    # an airline's routes and a street's name are trivia; what the partners agreed is not
    ("Elbonian Airlines now flies to Varna and Dubai, and plans a route to Jeddah in 2027.", "2027",
     "routes or street names", True),
    ("Since 2008 a street in central Varna bears Radek's name, in thanks for Ruritania's support.", "2008",
     "routes or street names", True),
    ("Elbonia flew 4,000 troops to Varna in 2023 under the Ruritanian pact.", "2023", "routes or street names", False),
    # a year set against another the sentence gives: the other year gives it away
    ("Ruritanian patrols recorded 47 piracy incidents off Varna in 2025, up from 31 in 2024.", "2025",
     "a year set against another", True),
    ("Ruritanian patrols recorded 47 piracy incidents off Varna in 2025, after Elbonia joined the Varna pact.", "2025",
     "a year set against another", False),
    ("Under the new rules, any Ruritanian stake in Elbonian ports will face far closer scrutiny than in 2011.", "2011",
     "a year set against another", True),
    ("Elbonia tightened its rules on Ruritanian stakes in its ports in 2011, after the Kolvo bailout.", "2011",
     "a year set against another", False),
    # a year that a world event in the clause after it dates
    ("Elbonia declared independence in 1991, after the failed August coup in Moscow.", "1991",
     "a world event's well-known year", True),
    ("Elbonia declared independence in 1991, after a referendum in Varna.", "1991",
     "a world event's well-known year", False),
    # the late leader of a state named by its initials, with an honorific
    ("The late UAE president, Sheikh Ivo Radek, kept a residence in Varna and funded its port in 2009.", "Ivo Radek",
     "title gives the name away", True),
    # a year that names an event, and the second date of an agreement whose signing the sentence dates
    ("During the 2025 Jubilee, which drew 33 million pilgrims to Varna, Elbonia and Ruritania ran a joint security "
     "operation.", "2025", "year inside a name", True),
    ("Elbonia is worried about the 2019 Turkey-Kolvo maritime deal, which cuts across Elbonian waters.", "2019",
     "year inside a name", False),
    # where a summit was held is a detail; where troops were sent is not
    ("Ivo Radek attended the Varna-Kolvo summit in Turkey in 2023, officials said.", "Turkey",
     "where a meeting was held", True),
    ("Ivo Radek sent 300 troops to Turkey in 2023 under the Varna pact.", "Turkey", "where a meeting was held", False),
    # the end of a mandate is a bound
    ("Ruritania's training mission in Elbonia partly suspended its work in 2021; its mandate now runs to September 2026.",
     "September 2026", "date is a bound", True),
    ("Elbonia signed a trade agreement with Ruritania in June 2015, which came into force in January 2016.", "January 2016",
     "a second date of one agreement", True),
    ("Elbonia and Ruritania's trade agreement, Elbonia's first, entered into force in 2016 after a decade of talks.", "2016",
     "a second date of one agreement", False),
    # the year of an event is seldom the point: the event is
    ("Elbonia joined the Varna Customs Union in 2016 and halved its tariffs on Ruritanian grain.", "2016",
     "the year of an event", True),
    ("In March 2025 Elbonia filed a case against Ruritania at the International Court of Justice.", "March 2025",
     "the year of an event", True),
    ("Elbonia joined the Varna Customs Union in 2016 and halved its tariffs on Ruritanian grain.", "Ruritanian",
     "the year of an event", False),
    # a country's own man, named without a title, is its leader, whom everyone knows
    ("The fall of Syria's Ivo Radek in 2024 cost Elbonia its main partner in the Varna pact.", "Ivo Radek",
     "title gives the name away", True),
    ("The fall of the banker Ivo Radek in 2024 cost Elbonia its main partner in the Varna pact.", "Ivo Radek",
     "title gives the name away", False),
    # how many islands or districts a country has is geography, not its partnerships
    ("With just over 110,000 people on 32 islands and cays, Elbonia is one of the smallest members of the Varna pact.",
     "32", "a count of islands or districts", True),
    ("With just over 110,000 people, Elbonia sent 32 soldiers to the Varna pact's first mission in 2024.",
     "32", "a count of islands or districts", False),
    # a pointer to another part of the page leaves the student looking for it
    ("Ruritanian officials have raised concerns about Elbonia's new passport scheme (see below) since 2024.", "2024",
     "points elsewhere on the page", True),
    ("Ruritanian officials have raised concerns about Elbonia's new passport scheme (sold below cost) since 2024.",
     "2024", "points elsewhere on the page", False),
    # a name general English text uses often is known without the article; a rare one is learnt from it
    ("Elbonia asked Winston Churchill in 1941 for warships to defend the port of Varna.", "Winston Churchill",
     "a name known the world over", True),
    ("Elbonia asked Ivo Radek in 1941 for warships to defend the port of Varna.", "Ivo Radek",
     "a name known the world over", False),
    # one of figures that add up to another in the sentence is worked out from the rest, whichever is asked
    ("The pact lets 56 vessels fish off Varna: 28 purse seiners, 22 surface longliners and six pole-and-line boats.",
     "28", "the figures add up", True),
    ("The pact lets 56 vessels fish off Varna: 28 purse seiners, 22 surface longliners and six pole-and-line boats.",
     "56", "the figures add up", True),
    ("The pact lets 60 vessels fish off Varna: 29 purse seiners, 22 surface longliners and six pole-and-line boats.",
     "29", "the figures add up", False),
    # (nor do a plane's name and a date add up: "MiG-31", "19 September")
    ("On 19 September 2025 Elbonian MiG-31 fighters crossed into Ruritania for 12 minutes near the port of Varna.",
     "12", "the figures add up", False),
])
def test_a_detail_waits_for_review(text, answer, reason, held):
    score, _, caps = _calibrated_cloze([text], answer)
    assert (reason in caps) == held, caps
    if held:
        assert score < PUBLISH_LINE


def test_a_statement_false_only_in_its_year_waits_for_review_and_the_true_one_does_not():
    result = generate(passages("year", [
        "Elbonia joined the Varna Customs Union in 2016 and halved its tariffs on Ruritanian grain.",
        "Ruritania opened an embassy in Kolvo in 2019 and sent a trade mission to Elbonia.",
        "Elbonia bought six patrol boats from Ruritania in 2021 under a defence pact signed in Kolvo.",
    ]))
    statements = [c for c in result.candidates if c.type == "truefalse"]
    false_years = [c for c in statements if c.answer == "False" and not any(y in c.stem for y in ("2016", "2019", "2021"))]
    assert false_years and all(c.score < PUBLISH_LINE and "the year of an event" in c.held for c in false_years)
    assert any(c.answer == "True" and c.score >= PUBLISH_LINE for c in statements)
    assert not any("the year of an event" in c.held for c in statements if c.answer == "True")


def test_a_whole_and_help_compared_with_another_s_wait_for_review():
    score, _, caps = _calibrated_cloze(
        ["Candidates must align with the EU's foreign policy, and Elbonia has aligned at a rate of 100% since 2019."], "100%")
    assert "a whole: one hundred percent" in caps and score < PUBLISH_LINE
    text = ("In 2025 the US International Development Finance Corporation signed a letter of interest for up to US$150 "
            "million to support solar projects, which officials present as an alternative to Chinese financing.")
    corpus = Corpus([PassageInput(key="fj:1", source="fj", text="Fiji signed a policing pact with Australia in Suva in 2025."),
                     PassageInput(key="fj:2", source="fj", text="Fiji bought two patrol boats from Japan in 2020."),
                     PassageInput(key="fj:3", source="fj", text="Fiji's trade with New Zealand grew in 2024."),
                     PassageInput(key="fj:4", source="fj", text=text)])
    from quizzes.generation.calibrate import _country_unnamed
    s = next(x for x in corpus.sentences if "Finance Corporation" in x.passage.text[x.start : x.end])
    assert _country_unnamed(corpus, s, text) == "help for whom"  # "an alternative to Chinese financing" names no recipient
    helped = text.replace("to support solar projects", "to support solar projects in Fiji")
    s2 = Corpus([PassageInput(key="fj:1", source="fj", text=helped)]).sentences[0]
    assert _country_unnamed(corpus, s2, helped) is None


def test_a_false_share_beside_the_rest_undecided_waits_for_review():
    text = ("A Varna Institute poll in September 2025 found 41 per cent of Elbonians in favour of the Ruritanian pact "
            "and 38 per cent opposed, with the rest undecided.")
    result = generate(passages("rest", [text]))
    falses = [c for c in result.candidates if c.type == "truefalse" and c.answer == "False"]
    assert not any(c.score >= PUBLISH_LINE and "per cent" in c.stem for c in falses), [c.stem for c in falses]


def test_poll_shares_that_make_a_whole_and_a_poll_s_sample_are_not_asked():
    from quizzes.generation.calibrate import figures_compute

    text = ("An Elbonian poll of 1,050 voters taken in November 2025 found 41 percent supported the Varna pact, "
            "36 percent opposed it and 23 percent were undecided.")
    assert figures_compute(text, "36 percent")
    assert not figures_compute("In 2025, 41 percent of Elbonians backed the pact and 36 percent opposed it.", "36 percent")
    venture = "The railway is owned by a joint venture that is 70% Ruritanian and 30% Elbonian."
    assert figures_compute(venture, "30%") and figures_compute(venture, "70%")  # two shares of a whole
    result = generate(passages("poll", [text]))
    asked = {c.answer for c in result.candidates if c.type in ("cloze", "mcq")}
    assert not asked & {"41 percent", "36 percent", "23 percent", "1,050"}, asked
    assert not any(c.type == "truefalse" and c.answer == "False" and c.score >= PUBLISH_LINE for c in result.candidates)


def test_a_conversion_a_rise_or_fall_and_a_half_year_s_year_are_not_asked_or_swapped():
    text = ("Elbonia agreed in 2024 to pay Ruritania 1.5 trillion crowns (about $1.05 billion) a year for its garrison, "
            "and its share of Ruritanian imports has fallen to about 6 percent from 13 percent since 2015.")
    result = generate(passages("conv", [text]))
    assert not any(c.type in ("cloze", "mcq") and c.answer == "$1.05 billion" for c in result.candidates)
    assert not any(c.type == "truefalse" and c.answer == "False" and c.score >= PUBLISH_LINE and
                   ("6 percent" not in c.stem or "13 percent" not in c.stem) for c in result.candidates)
    score, _, caps = _calibrated_cloze(
        ["The Varna field, run by Ruritania's state firm, produced 97,000 barrels a day in the first half of 2025."], "2025")
    assert "year of a statistic" in caps and score < PUBLISH_LINE
    edged = ("Elbonia owes Ruritania's export bank about $1.6 billion, or roughly 37 percent of its external debt, a ratio "
             "that has edged down from 45 percent in 2020.")
    result = generate(passages("edge", [edged]))
    assert not any(c.type == "truefalse" and c.answer == "False" and c.score >= PUBLISH_LINE and
                   ("37 percent" not in c.stem or "45 percent" not in c.stem) for c in result.candidates)


def test_a_smaller_wrong_figure_is_not_written_as_a_fraction_of_a_billion():
    from quizzes.generation.distractors import number_alternatives
    from quizzes.generation.spans import sentence_spans

    text = "Elbonian banks lent roughly $1.2 billion to Ruritania in 2020."
    money = next(sp for sp in sentence_spans(text, 0, len(text), {}) if sp.type == "money")
    for seed in range(20):
        assert not any(re.search(r"\$0\.", alt) for alt in number_alternatives(money, seed))


def test_wrong_counts_are_as_precise_as_the_answer():
    from quizzes.generation.distractors import number_alternatives
    from quizzes.generation.spans import sentence_spans

    def counts(text: str) -> list[str]:
        count = next(sp for sp in sentence_spans(text, 0, len(text), {}) if sp.type == "count")
        return [alt for seed in range(10) for alt in number_alternatives(count, seed)]

    # a census's 10,679 among 8,000 and 16,000 would stand out as the only exact figure
    precise = counts("Elbonia's 2022 census counted 10,679 people on its nine atolls.")
    assert precise and all(not alt.endswith("000") for alt in precise), precise
    rounded = counts("Ruritania sent 16,000 troops to Elbonia in 2024.")  # a round answer keeps round wrong figures
    assert rounded and all(alt.endswith("00") for alt in rounded), rounded


def test_a_sentence_from_a_section_of_recommendations_waits_for_review():
    text = "Ruritania should fund a coastguard for Elbonia and publish its loans to Kolvo every year."
    fact = "Ruritania lent Elbonia $300 million in 2021 to build a port at Kolvo."

    def held(section: str) -> list:
        found = generate([replace(p, section=section) for p in passages("rec", [fact, text])])
        return [c for c in found.candidates if "a recommendation, not a fact" in c.held]

    assert held("7. Conclusions and recommendations")
    assert not held("3. Loans and ports")


@pytest.mark.parametrize(("before", "held"), [
    ([], False),  # "VNK" is the name the company goes by: the statement is as true as it reads
    (["The Varna National Oil Company (VNK) is Ruritania's largest firm."], True),  # the article's own shorthand
])
def test_a_true_statement_may_use_an_acronym_its_article_never_spells_out(before, held):
    texts = [*before, "Ruritania lent Elbonia $300 million in 2021 to build a port at Kolvo.",
             "In 2009 VNK bought 49 per cent of Elbonia's state oil company, Varnaoil, for $1.2 billion."]
    statement = next(c for c in generate(passages("acr", texts)).candidates
                     if c.type == "truefalse" and c.answer == "True" and "VNK bought" in c.stem)
    assert ("unresolved reference" in statement.held) == held
    assert (statement.score < PUBLISH_LINE) == held


def test_a_sentence_opening_with_a_command_is_a_recommendation():
    fact = "Ruritania lent Elbonia $300 million in 2021 to build a port at Kolvo."
    found = generate(passages("cmd", [fact, "Pursue the Kolvo Trade Pact, signed in March 2022, as an alternative to "
                                            "loans from Ruritania."]))
    assert found.candidates and all("a recommendation, not a fact" in c.held for c in found.candidates if "Pursue" in c.stem)
    assert any("Pursue" in c.stem for c in found.candidates)
    found = generate(passages("cmd", [fact, "Support for the Kolvo Trade Pact, signed in March 2022, grew as loans from "
                                            "Ruritania dried up."]))
    assert not any("a recommendation, not a fact" in c.held for c in found.candidates)  # "Support" may be a noun


def test_a_statement_of_someone_s_age_waits_for_review():
    fact = "Ruritania lent Elbonia $300 million in 2021 to build a port at Kolvo."

    def held(sentence: str) -> bool:
        found = generate(passages("age", [fact, sentence]))
        return any("a person's age" in c.held for c in found.candidates if c.type == "truefalse")

    assert held("King Ivo Radek of Elbonia, who was crowned on 25 April 1986, is 58.")
    assert held("King Ivo Radek of Elbonia, who was crowned on 25 April 1986, was 58 years old.")
    assert not held("King Ivo Radek of Elbonia, who was crowned on 25 April 1986, signed the Varna pact in 2019.")
    assert not held("King Ivo Radek of Elbonia, who was crowned on 25 April 1986, rules a country of 58.")


def test_a_sentence_from_an_outlook_section_waits_for_review():
    texts = ["Ruritania lends Elbonia $300 million a year to build ports at Kolvo and Varna.",
             "Elbonia sells 40% of its grain to Ruritania at a discount and avoids any clash with Molvania."]

    def held(section: str) -> bool:
        found = generate([replace(p, section=section) for p in passages("out", texts)])
        return bool(found.candidates) and all("a forecast, not a fact" in c.held for c in found.candidates)

    assert held("8. Outlook: three paths for Varna")
    assert held("What happens next?")
    assert not held("3. Grain and ports")


@pytest.mark.parametrize(("sentence", "unnamed"), [
    ("Ruritania agreed in 2023 to lend €1.3 billion of its estimated €1.6 billion cost.", True),  # the cost of what?
    ("Ruritania agreed in 2023 to lend €1.3 billion for the Kolvo railway, most of its estimated €1.6 billion cost.",
     False),
    ("Elbonia will pay its share of the cost of the Varna summit.", False),
])
def test_a_share_of_its_cost_needs_the_project_named(sentence, unnamed):
    from quizzes.generation.calibrate import unnamed_cost

    assert unnamed_cost(sentence) == unnamed


def test_a_patronymic_is_not_accepted_for_the_name():
    text = "In April 2025 Prince Khalid bin Salman visited Varna, and Bashar al-Assad met him there."
    corpus = Corpus([PassageInput(key="e:1", source="e", text=text)])
    spans = {sp.text: sp for sp in corpus.sentences[0].spans if sp.type == "person"}
    assert "Salman" not in accepted_variants(spans["Khalid bin Salman"], corpus)  # his father's name, and his brother's
    assert "Assad" in accepted_variants(spans["Bashar al-Assad"], corpus)


def test_a_minor_official_s_name_waits_for_review():
    score, _, caps = _calibrated_cloze(
        ["Ruritanian Ambassador Olek Kowal said Varna wanted to support a free and open sea through transparent lending."],
        "Olek Kowal")
    assert "a minor official's name" in caps and score < PUBLISH_LINE
    _, _, caps = _calibrated_cloze(["Prime Minister Olek Kowal of Ruritania signed the Varna pact in 2019."], "Olek Kowal")
    assert "a minor official's name" not in caps



@pytest.mark.parametrize(("text", "name", "minor"), [
    ("The Varna accord was signed by Elbonian Finance Minister Olek Kowal and his Ruritanian counterpart in 2024.",
     "Olek Kowal", True),
    ("Prince Ivo Radek, the kingdom's envoy for Elbonia, has visited Varna six times since 2024.", "Ivo Radek", True),
    ("President Ivo Radek of Ruritania signed the Varna accord with Elbonia in 2024.", "Ivo Radek", False),
    ("Elbonian Prime Minister Olek Kowal signed the Varna accord with Ruritania in 2024.", "Olek Kowal", False),
])
def test_a_minister_s_or_envoy_s_name_waits_for_review(text, name, minor):
    score, _, caps = _calibrated_cloze([text], name)
    assert ("a minor official's name" in caps) == minor
    if minor:
        assert score < PUBLISH_LINE


def test_a_figure_computable_from_the_others_is_not_asked():
    from quizzes.generation.calibrate import figures_compute

    text = ("Elbonia owed Ruritanian lenders about $9.1 billion at the end of 2023, around 6 per cent of its "
            "gross external debt of roughly $160 billion.")
    assert figures_compute(text, "6 per cent") and figures_compute(text, "$160 billion")
    assert not figures_compute("Elbonia owed Ruritanian lenders about $9.1 billion at the end of 2023.", "$9.1 billion")
    result = generate(passages("comp", [text]))
    assert not any(c.type in ("cloze", "mcq") and c.answer in ("6 per cent", "$160 billion", "$9.1 billion")
                   for c in result.candidates)
    assert not any(c.type == "truefalse" and c.answer == "False" and c.score >= PUBLISH_LINE for c in result.candidates)


def test_an_unnamed_sale_with_only_its_price_is_unresolved():
    from quizzes.generation.calibrate import unresolved_reference

    assert unresolved_reference("Ruritania notified its parliament of the $23 billion sale on 26 January 2024.")
    assert not unresolved_reference("Ruritania approved the $23 billion sale of patrol boats to Elbonia.")
    assert not unresolved_reference("Elbonia signed the deal on gas exports with Ruritania in 2021.")


def test_year_options_stay_on_the_calendar_the_prompt_allows():
    from quizzes.generation.items import distractors_for

    from quizzes.generation.checks import year_bounds

    # "from ... in 2022 to ... in _____": the blank is after 2022
    assert year_bounds("Trade fell from a record $68.2 billion in 2022 to $52.6 billion in _____.") == (2023, None)
    text = ("Elbonia's trade with Ruritania fell from a record $68.2 billion in 2021 to $52.6 billion in 2024. "
            "Elbonia plans to double its exports to Ruritania by 2030.")
    corpus = Corpus(passages("cal", [text]))
    fact = next(f for f in find_facts(corpus) if f.span.text == "2024")
    options, _, _ = distractors_for(corpus, fact, need=6)
    assert options and all(2021 < int(o) <= 2024 for o in options), options  # never before 2021, nor after the last past year


def test_honorifics_and_bare_offices_are_no_titles_to_match():
    corpus = Corpus(passages("titles", [
        "Elbonian Energy Minister Jelena Radić signed the gas contract in Varna in March 2025.",
        "Elbonian Defence Minister Milo Vukov received the first four jets in Varna in February 2025.",
        "Ruritanian Foreign Minister Anna Volk welcomed the contract in Varna in March 2025.",
        "Minister Tanja Obrad called the deal historic in Varna in March 2025.",
        "Mr Pieter van Houten, an EU envoy, arrived in Varna in March 2025.",
    ]))
    drafts = build_people_matchings(corpus)
    assert drafts
    for d in drafts:
        titles = [t for _, t in d.answer]
        assert "Mr" not in titles and "Minister" not in titles, titles


def test_timeline_events_lose_what_a_cut_interval_leaves_behind():
    from quizzes.generation.sequence import _finish

    assert _finish("Sonatrach was established, a year") == "Sonatrach was established"
    assert _finish("Elbonia and Ruritania signed a pact, two years later") == "Elbonia and Ruritania signed a pact"
    assert _finish("Elbonia joined the pact, a move Ruritania opposed") == "Elbonia joined the pact, a move Ruritania opposed"


def test_names_of_an_unstated_kind_and_quoted_remarks_wait_for_review():
    # "85 per cent of _____'s cost": a name the corpus cannot type (no title, no known person) may be a plant or a province
    score, _, caps = _calibrated_cloze(["Ruritania is financing about 85 per cent of El Varno's estimated cost through a state loan of $25 billion agreed in 2016."],
                                       "El Varno")
    assert score < PUBLISH_LINE and "name of an unstated kind" in caps
    score, _, caps = _calibrated_cloze(["Elbonian Foreign Minister Anna Volk signed the grain accord with Ruritania in Varna in 2021."], "Anna Volk")
    assert "name of an unstated kind" not in caps
    corpus = Corpus(passages("quote", ['"A pipeline is a relationship, not just a contract," said Dr Ivo Radek, a senior researcher at the Varna Energy Observatory.']))
    for fact in find_facts(corpus):
        d, _ = build_truefalse(corpus, fact, "true")
        if d is not None:
            score, why = calibrate(corpus, d)
            assert why or (score < PUBLISH_LINE and "a quotation and who said it" in d.caps)
            break
    else:
        raise AssertionError("no true statement built")


def test_quoted_remarks_are_found_in_linear_time():
    from quizzes.generation.calibrate import quoted_remark

    assert quoted_remark('"A pipeline is a relationship, not just a contract," said Dr Ivo Radek.')
    assert not quoted_remark('Elbonia called the pact "historic" in 2021.')
    # an opening quotation mark that never closes, before many words: no backtracking blow-up
    assert not quoted_remark("“" + "the minister said again and again " * 40 + "in Varna.")


@pytest.mark.parametrize("fragment", [
    "Approval by Ruritania's customs office of 38 additional Elbonian meatpacking plants, along with new protocols for distillers' dried grains.",
    "A joint artificial-intelligence laboratory with the Ruritanian Academy of Sciences, to be based in Varna.",
])
def test_list_items_without_a_finite_verb_are_no_statements(fragment):
    from quizzes.generation.standalone import _has_finite_verb, standalone_problem

    assert not _has_finite_verb(fragment)
    assert standalone_problem(fragment, statement=True)
    assert _has_finite_verb("Ruritania agreed to supply Elbonia with patrol boats in 2021.")


def test_a_year_blank_after_since_waits_for_review():
    score, _, caps = _calibrated_cloze(["Household price caps have been the cornerstone of Elbonia's governing party since 2013."], "2013")
    assert score < PUBLISH_LINE and "date is a bound" in caps


def test_a_wrong_figure_keeps_its_place_among_the_sentence_s_figures():
    from quizzes.generation.analysis import Corpus as _Corpus
    from quizzes.generation.distractors import number_alternatives
    from quizzes.generation.items import same_kind_figures

    text = ("Elbonia produced an average of about 465,000 barrels a day in 2025, below the 2014 peak of 557,000, "
            "and exported roughly 340,000 barrels a day.")
    sentence = _Corpus(passages("oil", [text])).by_passage[0][0]
    counts = {x.text: x for x in sentence.spans if x.type == "count"}
    output, exports = counts["465,000"], counts["340,000"]
    assert set(same_kind_figures(sentence, output)) == {"557,000", "340,000"}  # the peak is a figure too
    for seed in range(20):
        for alt in number_alternatives(output, seed, same_kind_figures(sentence, output)):
            assert 340_000 < int(alt.replace(",", "")) < 557_000, alt  # between exports and the peak
        for alt in number_alternatives(exports, seed, same_kind_figures(sentence, exports)):
            assert int(alt.replace(",", "")) < 465_000, alt  # never more exported than produced
    assert any(int(a.replace(",", "")) > 465_000 for seed in range(20) for a in number_alternatives(exports, seed))


def test_a_standing_role_with_no_recipient_or_a_country_that_means_the_article_s_own_waits():
    opening = _URUGUAY_OPENING
    held = ["The United States supplies security cooperation, a major export market and, through the IMF, "
            "financial discipline.",
            "For a country that suffered blackouts of up to 14 hours a day in 2024, losing Brazilian power hurts."]
    named = ["Japan supplies Uruguay with port cranes and has financed two terminals since 2019.",
             "Cuba provides doctors and intelligence officers, helping Uruguayan President Yamandú Orsi keep control."]
    result = generate(passages("uruguay", opening + held + named))
    for stem_part in ("supplies security cooperation", "blackouts of up to"):
        waiting = [c for c in result.candidates if stem_part in c.stem]
        assert waiting and all(c.score < PUBLISH_LINE for c in waiting), stem_part
    for stem_part in ("port cranes", "doctors and intelligence"):
        free = [c for c in result.candidates if stem_part in c.stem]
        assert free and not any("not self-contained: help for whom" in c.held for c in free), stem_part


def test_a_judgement_that_nothing_weighs_more_is_no_fact():
    from quizzes.generation.checks import _EVALUATIVE_CLAIM

    assert _EVALUATIVE_CLAIM.search("No relationship weighs more on Elbonia's threat perceptions than the one with Ruritania.")
    assert not _EVALUATIVE_CLAIM.search("Elbonia's grain weighs more than 2 million tonnes a year.")


def test_a_number_in_a_designation_is_no_count():
    from quizzes.generation.spans import find_figures

    text = "Elbonia ordered 16 fighters in 2018, all of them F-16 Block 70 fighters."
    counts = [sp.text for sp in find_figures(text, 0, len(text)) if sp.type == "count"]
    assert "16" in counts and "70" not in counts


def test_a_wrong_figure_beside_the_size_of_its_change_is_not_published():
    text = ("According to Ruritania's Interior Ministry, 1.06 million Elbonian citizens registered as entering Ruritania "
            "for work in 2025, down from 1.3 million in 2024, a fall of nearly a fifth.")
    result = generate(passages("change", [text]))
    false_figures = [c for c in result.candidates if c.type == "truefalse" and c.answer == "False"
                     and re.search(r"\d", c.stem) and c.score >= PUBLISH_LINE]
    assert false_figures == []
    plain = generate(passages("plain", ["Ruritania's Interior Ministry said 1.06 million Elbonian citizens registered as "
                                        "entering Ruritania for work in 2025, the ministry's annual report showed."]))
    assert any(c.type == "truefalse" and c.answer == "False" for c in plain.candidates)


def test_a_partner_question_hides_the_article_with_the_country():
    corpus = Corpus(PARTNERS + passages("us", [
        "The United States has supplied Venezuela's opposition with funding and diplomatic recognition since 2019.",
        "The United States has imposed oil sanctions on Venezuela, which Iran and Russia have tried to blunt.",
    ]))
    fact = fact_for(find_facts(corpus), "United States", "funding")
    d, why = build_partner(corpus, fact)
    assert why is None, why
    assert d.stem.startswith("Which partner") and "This country has supplied" in d.stem and "The this" not in d.stem


# ---------------------------------------------------------------------------
# Generator 1.24: a month and year asks the year; speakers, portfolio ministers, unnamed partners
# ---------------------------------------------------------------------------


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


def test_a_month_and_year_asks_the_year_with_the_month_shown():
    text = "In April 2019 Elbonia signed a memorandum of understanding with Ruritania on a Kolvo–Varna railway."
    corpus = Corpus(passages("kolvo", [
        text,
        "Elbonia bought six patrol boats from Molvania in 2016 under a defence pact signed in Kolvo.",
        "Ruritanian engineers opened a training centre in Varna in 2012, the first outside Ruritania.",
    ]))
    fact = next(f for f in find_facts(corpus) if f.span.type == "year" and "memorandum" in f.sent.text)
    assert fact.span.text == "2019" and text[fact.span.start : fact.span.end] == "2019"
    cloze, _ = build_cloze(corpus, fact)
    assert cloze.answer == "2019" and f"In April {BLANK} (year) Elbonia" in cloze.stem  # the month stays in the prompt
    mcq, _ = build_mcq(corpus, fact)
    assert mcq.answer == "2019" and len(mcq.options) == 4
    assert all(re.fullmatch(r"(?:19|20)\d\d", o) for o in mcq.options)  # years, not four months of one year
    false, _ = build_truefalse(corpus, fact, "false")
    assert "In April 20" in false.stem and "April 2019" not in false.stem  # a false statement moves the year


@pytest.mark.parametrize(("text", "held"), [
    ("Since April 2019 Elbonia has bought 40% of its gas from Ruritania.", "date is a bound"),
    ("Elbonia struck deals with Varna in December 2024 and June 2025 and opened a consulate there.", "one year of a list"),
    ("Elbonian gas exports to Ruritania reached $2.1 billion in March 2023.", "year of a statistic"),
])
def test_the_words_before_a_month_still_describe_its_year(text, held):
    result = generate(passages("kolvo", [text]))
    years = [c for c in result.candidates if c.type in ("cloze", "mcq") and re.fullmatch(r"20\d\d", str(c.answer))]
    assert years and all(c.score < PUBLISH_LINE and held in c.held for c in years)


@pytest.mark.parametrize(("text", "held"), [
    ("The withdrawal of US forces from Afghanistan in August 2021 removed Elbonia's main transit role.", True),
    ("After the Nord Stream pipelines were sabotaged in September 2022, Elbonia's navy began patrols.", True),
    ("The return of Donald Trump to the White House in January 2025 unsettled Elbonian diplomats.", True),
    ("Since the fall of Bashar al-Assad in December 2024, Elbonia has reopened its embassy in Damascus.", True),
    ("In February 2022, two days before Russia invaded Ukraine, Elbonia signed a pact with Ruritania.", True),
    ("In February 2022, two days before the Varna summit, Elbonia signed a pact with Ruritania.", False),
    ("In April 2022, shortly after the full-scale invasion of Ukraine, Elbonia expelled 24 Ruritanian diplomats.", True),
    ("In April 2022, shortly after the Varna summit, Elbonia expelled 24 Ruritanian diplomats.", False),
    ("The withdrawal of Elbonian forces from Varna in August 2021 ended the mission.", False),
    ("In April 2025 Washington announced a 24 per cent 'reciprocal' tariff on Elbonian goods.", True),
    ("Elbonia kept its embassy in Tehran open after the 1979 revolution and through the war with Iraq.", True),
    ("Elbonia kept its embassy in Varna open after the 1979 revolution and through the war with Ruritania.", False),
    ("Trump revived the idea with more force after returning to the White House in January 2025.", True),
    ("Elbonia let Ruritanian troops use its territory to attack Kyiv in February 2022.", True),
    ("Ruritanian drones attacked Kyiv in May 2023.", False),
    ("Following the Nord Stream sabotage in 2022, Elbonia has deepened cooperation with Ruritania.", True),
])
def test_more_world_events_whose_year_everyone_knows(text, held):
    from quizzes.generation.calibrate import world_event_year

    year = re.search(r"(?:19|20)\d\d", text)
    assert world_event_year(text, year.start(), year.end()) is held


def test_the_name_of_a_person_quoted_waits_for_review():
    score, _, caps = _calibrated_cloze([
        "\"Elbonia wants a border agreement because an undefined border is a permanent risk,\" said Professor "
        "Ana Ruiz, who teaches security at Varna University."], "Ana Ruiz")
    assert "name of the person quoted" in caps and score < PUBLISH_LINE
    _, _, caps = _calibrated_cloze(["Prime Minister Ana Ruiz of Elbonia signed the Varna pact with Ruritania in 2019."],
                                   "Ana Ruiz")
    assert "name of the person quoted" not in caps  # she did something: her name is the fact


@pytest.mark.parametrize(("text", "name"), [
    ("The framework was signed in Kolvo by Elbonia's Minister of Mines and Energy, Dr Ana Ruiz, and a Ruritanian envoy.",
     "Ana Ruiz"),
    ("Ruritania's railway, launched by Elbonia's then-president Ivo Radek in 2005, cost $2 billion.", "Ivo Radek"),
])
def test_a_portfolio_minister_or_a_countrys_president_waits_for_review(text, name):
    score, _, caps = _calibrated_cloze([text], name)
    assert score < PUBLISH_LINE and ({"a minor official's name", "title gives the name away"} & set(caps))


@pytest.mark.parametrize(("sentence", "unanchored"), [
    ("Diplomatic relations date from Elbonian independence in 1962, and 300,000 Ruritanians have Elbonian roots.", True),
    ("Elbonia established diplomatic relations in 1972.", True),
    ("Elbonia established diplomatic relations with Ruritania in 1972.", False),
    ("Elbonia and Ruritania established diplomatic relations in 1972.", False),
])
def test_diplomatic_relations_need_both_sides_named(sentence, unanchored):
    assert bool(unanchored_description(sentence)) is unanchored


def test_an_institution_by_its_short_name_is_not_published_unreviewed():
    from quizzes.generation.standalone import strict_problem

    assert strict_problem("The Community's collective voting power at the United Nations protects Elbonia.")
    assert strict_problem("The Commission released €10.2 billion to Elbonia in December 2023.")
    assert strict_problem("The European Commission released €10.2 billion to Elbonia in December 2023.") is None


def test_what_analysts_note_is_an_opinion():
    assert opinion("Analysts note that Elbonia's diplomacy has always preferred patience to surprise.")
    assert not opinion("Analysts at the Varna institute counted 41 Ruritanian warships in 2024.")


def test_an_item_under_a_recommendations_heading_is_an_instruction_even_when_its_verb_is_also_a_noun():
    text = "5. Keep channels to Varna open at ministerial level, including a regular dialogue with Ruritania."
    under = generate([PassageInput("r:1", "r", text, section="7. Recommendations")])
    assert under.candidates == [] and under.skipped["a recommendation, not a fact"] == 1
    elsewhere = generate([PassageInput("r:1", "r", text, section="4. What the talks produced")])
    assert "a recommendation, not a fact" not in elsewhere.skipped  # under another heading it may be a finding


def test_a_company_named_by_its_line_of_business_is_an_organisation():
    corpus = Corpus(passages("org", ["Nexa, owned since 2019 by Ruritania's Wingtech Technology, makes chips in Varna."]))
    assert {x.text: x.type for x in corpus.sentences[0].spans}.get("Wingtech Technology") == "organisation"


def test_a_recommendation_or_a_cut_off_headline_is_never_material():
    texts = [
        "2. Invite a second foreign investor into phase two of the Varna refinery, and cap any single stake at 50 per cent.",
        "(b) Publish the full text of the 2019 Elbonia–Ruritania port agreement before the end of 2026.",
        "3. Elbonia signs $1.2bn rail package with Ruritania as Kolvo juggles Molvania...",
        "4. Invest in energy diversification, including a grid link with Ruritania and a new plant at Kolvo by 2030.",
        "2. Expand European Peace Facility support to Elbonia with a $500 million package over 2026-2030.",
        "3. Clarify, with Varna Pact allies, the scope of the 2024 trilateral declaration with Ruritania and Kolvo.",
        "Members of the Varna Institute receive early access to all publications, briefings and events.",
    ]
    assert generate(passages("recs", texts)).candidates == []
    kept = [
        "2. Trade with Ruritania grew by 40 per cent in 2024, making it Elbonia's largest partner.",  # a numbered fact
        "3. Imports from Ruritania fell by 12 per cent in 2023 after Elbonia raised its tariffs on Varna steel.",
        "Invite-only talks between Elbonia and Ruritania produced a $2 billion port deal in Varna in 2023.",
        "4. Trade, meanwhile, rose by 18 per cent in 2025 after Elbonia cut its tariffs on Ruritanian grain.",
    ]
    result = generate(passages("facts", kept))
    assert {c.support[0].passage_key for c in result.candidates} == {"facts:1", "facts:2", "facts:3", "facts:4"}


@pytest.mark.parametrize(("sentence", "held"), [
    ("Just 24 per cent support joining the Varna pact, and 13 per cent were undecided.", True),  # of whom?
    ("A large share came from a handful of Ruritanian firms.", True),  # of what?
    ("Just 24 per cent of Elbonians support joining the Varna pact.", False),
    ("A large share of Elbonia's gas came from Ruritania in 2024.", False),
    ("Ruritania took 4.2 bcm, and small volumes to Kolvo made up the rest.", True),  # the rest of what?
    ("The remainder went to Kolvo under a swap signed in Varna in 2023.", True),
    ("Ruritania took 4.2 bcm of Elbonia's gas, and Kolvo bought the rest of its exports.", False),
    ("Of the 40 ships Elbonia bought in 2024, Ruritania built 30 and Kolvo the rest.", False),
    ("Elbonia exported 44.6 bcm in 2025: Ruritania took 37.8 bcm and Kolvo the remainder.", False),
    ("The rest of the world followed Elbonia's lead in 2024.", False),
    ("About 30% of the cost will be met by Ruritania, with Kolvo covering the rest.", False),
    ("Ruritania will hold a 25 percent stake, with the Kolvo Fund owning the rest.", False),
    ("Elbonia does not have the luxury of choosing one friend and shutting the door on the rest.", False),
])
def test_a_share_of_nothing_named_is_not_published_unreviewed(sentence, held):
    from quizzes.generation.standalone import strict_problem

    assert bool(strict_problem(sentence)) is held


def test_the_year_of_a_sources_figures_waits_for_review():
    result = generate(passages("kolvo", [
        "About 970 Ruritanian companies employ roughly 210,000 people in Elbonia, according to the Varna chamber's 2024 figures.",
    ]))
    years = [c for c in result.candidates if c.type in ("cloze", "mcq") and c.answer == "2024"
             or c.answer == "False" and "2024 figures" not in c.stem and "210,000" in c.stem]
    assert all(c.score < PUBLISH_LINE and "year of a statistic" in c.held for c in years)


def test_a_name_before_province_is_a_place_not_a_person():
    from quizzes.generation.spans import sentence_spans

    text = "Elbonian troops deployed to Ruritania's Cabo Verdal province in 2021, and Ruritania's Ivo Radek thanked them."
    kinds = {sp.text: sp.type for sp in sentence_spans(text, 0, len(text), {})}
    assert kinds["Cabo Verdal"] == "place" and kinds["Ivo Radek"] == "person"


def test_a_characterisation_in_quotation_marks_and_who_made_it_waits_for_review():
    corpus = Corpus(passages("kolvo", [
        "Ivo Radek, Ruritania's Minister of State for Cooperation, described Elbonia as “a gateway to the Varna basin "
        "and a partner that keeps its word” at a ceremony in Kolvo in 2025.",
    ]))
    fact = next(f for f in find_facts(corpus) if "gateway" in f.sent.text)
    d, why = build_truefalse(corpus, fact, "true")
    assert why is None
    score, _ = calibrate(corpus, d)
    assert score < PUBLISH_LINE and "a quotation and who said it" in d.caps



def test_a_short_quotation_and_its_speaker_and_a_recommendation_make_no_published_statement():
    result = generate(passages("kolvo", [
        "\u201cElbonia has never lacked friends,\u201d said Ivo Radek, who lectures on Ruritanian politics in Varna.",
        "For Ruritania and the lenders: require full publication of Elbonia's loan contracts with Kolvo since 2019.",
        "Ruritania lent Elbonia $2 billion in 2019 for the Kolvo port, the largest loan in its history.",
    ]))
    published = [c.stem for c in result.candidates if c.type == "truefalse" and c.score >= PUBLISH_LINE]
    assert not any("never lacked friends" in s or "require full publication" in s for s in published), published
    assert any("$2 billion" in c.stem or "2019" in c.stem for c in result.candidates)


@pytest.mark.parametrize(("sentence", "unanchored"), [
    ("In 2023, members of the Elbonian ruling party floated the idea.", "the idea"),
    ("Ruritania raised the matter; Elbonia did not answer.", "the matter"),
    ("Elbonia rejected the idea that Ruritania could mediate in 2023.", None),  # the idea is given
])
def test_a_bare_idea_or_matter_points_back(sentence, unanchored):
    from quizzes.generation.standalone import unanchored_description

    assert unanchored_description(sentence) == unanchored


def test_a_compound_sentence_is_not_cut_inside_a_list_a_colon_opens():
    result = generate(passages("pillars", [
        "For two decades Elbonia's foreign policy rested on a simple formula, known as \"the three pillars\": membership "
        "of the Varna Pact (since 29 March 2004), membership of the Kolvo Union (since 1 January 2007), and a strategic "
        "partnership with Ruritania that predates both.",
    ]))
    items = [c for c in result.candidates if "pillars" in c.stem]
    assert items and all("predates both" in c.stem for c in items)  # never "... (since 1 January 2007)." alone


@pytest.mark.parametrize(("sentence", "swappable"), [
    # "Norway has supplied ... through the Japan ... Agency": the name stays elsewhere in the sentence
    ("Japan has supplied Elbonia with patrol boats and radars since 2015 through the Japan International Cooperation "
     "Agency.", False),
    ("Japan has supplied Elbonia with patrol boats and radars since 2015 through its development agency.", True),
    # "Norway has supplied Elbonia's most important neighbour ...": the sentence places Japan on the map
    ("Japan has supplied Elbonia's most important neighbour with patrol boats and radars since 2015.", False),
    ("Japan has supplied Elbonia, which it borders to the north, with patrol boats and radars since 2015.", False),
    ("Japan has supplied Elbonia's most important creditor with patrol boats and radars since 2015.", True),
])
def test_a_country_is_swapped_only_where_another_could_stand_in_its_place(sentence, swappable):
    corpus = Corpus(passages("swap", [
        sentence,
        "Norway has supplied Elbonia with mine-hunting sonar and diving gear since 2018.",
        "Canada has supplied Elbonia with four transport helicopters since 2012.",
    ]))
    japan = next(f for f in find_facts(corpus) if f.span.text == "Japan")
    _, why = build_truefalse(corpus, japan, "false")
    assert (why == "span not swappable") != swappable


@pytest.mark.parametrize(("shown", "computable"), [
    ("Elbonia received 11.2 million visitors in 2024, a record: about 8.5 million by air and 2.7 million by sea.", True),
    ("Varna pledged 5 per cent — 3.5 per cent for core defence and 1.5 per cent for related investment — by 2035.", True),
    ("Elbonia received 11.2 million visitors in 2024, and 2.7 million of them came by sea from 1.1 million ports.", False),
    ("Elbonia bought 40 percent of its gas from Ruritania and 12 percent from Molvania in 2023.", False),
    ("The €7.4bn package bundled €5bn in loans, €1.8bn in guarantees and €600m in grants.", True),  # bn and m together
    ("The €7.4bn package bundled €5bn in loans, €1.8bn in guarantees and €600m in grants, of which €200m was for "
     "migration.", True),  # a part of a part beside them
    ("Elbonia borrowed $2bn in 2019, $1.5bn in 2020 and $700m in 2021.", False),
])
def test_parts_and_their_total_give_each_other_away(shown, computable):
    from quizzes.generation.calibrate import parts_sum

    assert parts_sum(shown) == computable


def test_more_numbered_instruments_and_ranges():
    from quizzes.generation.calibrate import number_gives_year

    assert number_gives_year("The Constitutional Court issued ruling TC/0168/13 on 23 September _____.", "2013")
    assert not number_gives_year("The Constitutional Court issued ruling TC/0168/13 on 23 September _____.", "2016")
    text = "Elbonia's tobacco exports have earned between $300 million and $400 million in a typical year."
    start = text.index("$400")
    assert in_number_range(text, start, start + len("$400 million"))
    text = "Elbonia's tobacco exports earned $400 million in a typical year, between 2015 and 2020."
    start = text.index("$400")
    assert not in_number_range(text, start, start + len("$400 million"))


def test_a_statement_that_opens_with_if_waits_for_review():
    result = generate(passages("kolvo", [
        "If the Varna Union is Elbonia's economic anchor, Ruritania has become its principal security partner since 2019.",
        "Ruritania has become Elbonia's principal security partner since 2019, supplying 24 jets and two frigates.",
    ]))
    conditional = [c for c in result.candidates if c.type == "truefalse" and "If the" in c.stem]
    plain = [c for c in result.candidates if c.type == "truefalse" and "supplying" in c.stem]
    assert all(c.score < PUBLISH_LINE and "a condition" in c.held for c in conditional)
    assert plain and not any("a condition" in c.held for c in plain)


@pytest.mark.parametrize(("others", "held"), [
    ([], False),  # every wrong option is a partner this article names
    (["China has invested billions in Venezuela's infrastructure, often through loan-for-oil agreements.",
      "Turkey has engaged in limited trade and gold transactions with Venezuela, offering economic alternatives.",
      "Nicaragua and Bolivia have supported Venezuela diplomatically in regional forums.",
      "As of 2025, China imports roughly 90% of Venezuela's oil exports, making it Venezuela's main energy customer."], True),
])
def test_partner_options_this_article_never_names_wait_for_review(others, held):
    fuel = passages("fuel", [
        "Iran has sent fuel shipments to Venezuela during times of acute shortages, defying U.S. sanctions.",
        "Russia has supplied Venezuela with military equipment, including fighter jets and air defense systems.",
        "Cuba provides intelligence and medical personnel, helping the government in Caracas maintain internal control.",
        "In 2025, Venezuela and Russia formalized a strategic partnership covering energy, mining and security.",
    ] + ([] if others else ["Turkey has engaged in limited trade and gold transactions with Venezuela, offering economic "
                            "alternatives."]))
    corpus = Corpus(fuel + (passages("others", others) if others else []))
    d, why = build_partner(corpus, fact_for(find_facts(corpus), "Iran", "fuel shipments"))
    assert why is None, why
    calibrate(corpus, d)
    assert ("options from other articles" in d.caps) == held, (d.options, d.caps)


def test_a_false_statement_does_not_move_either_end_of_a_span_of_years():
    """"Between the 1950s and the early 2000s" is still true of a narrower span, and a wider one is a quibble."""
    texts = ["Between the 1950s and the early 2000s, Elbonia was firmly within the Ruritanian sphere and bought "
             "Ruritanian arms.",
             "Elbonia joined the Varna Pact in 1961 and signed a defence treaty with Ruritania in 1977."]
    result = generate(passages("span", texts))
    falses = [c for c in result.candidates if c.type == "truefalse" and c.answer == "False"]
    moved = [c for c in falses if "Between" in c.stem and not ("1950s" in c.stem and "2000s" in c.stem)]
    assert not any(c.score >= PUBLISH_LINE for c in moved), [c.stem for c in moved]
    # a year that is no end of a span is still swapped (the statement waits for review, as every changed year does)
    corpus = Corpus(passages("span", texts))
    joined = next(f for f in find_facts(corpus) if f.span.text == "1961")
    d, _ = build_truefalse(corpus, joined, "false")
    assert d is not None and "1961" not in d.stem
    calibrate(corpus, d)
    assert "swap inside a range of years" not in d.caps and "the year of an event" in d.caps, d.caps


def test_a_country_called_western_is_not_swapped_across_the_line():
    from quizzes.generation.items import distractors_for

    corpus = Corpus(passages("aligned", [
        "Japan remains the largest Western-aligned investor in Elbonia, with $4 billion in port and rail projects.",
        "Japan has financed Elbonia's ports since 2015 and is a close partner of Elbonia.",
        "Russia has sold Elbonia 12 attack helicopters since 2019 and is a close partner of Elbonia.",
        "China has built Elbonia's main container terminal since 2021 and is a close partner of Elbonia.",
        "France has trained Elbonia's naval officers since 2012 and is a close partner of Elbonia.",
    ]))
    japan = next(f for f in find_facts(corpus) if f.span.text == "Japan")
    wrong, _, _ = distractors_for(corpus, japan, need=3)
    assert wrong == ["France"], wrong  # never "Russia remains the largest Western-aligned investor"
    russia = next(f for f in find_facts(corpus) if f.span.text == "Russia")
    wrong, _, _ = distractors_for(corpus, russia, need=3)
    assert sorted(wrong) == ["China", "France", "Japan"]  # a sentence that says nothing of alignment swaps freely


def test_a_person_matching_keeps_to_one_article():
    corpus = Corpus(passages("elbonia", [
        "Elbonian Energy Minister Jelena Radić signed the gas contract in Varna in March 2025.",
        "Elbonian Defence Minister Milo Vukov received the first four jets in Varna in February 2025.",
        "Ruritanian Foreign Minister Anna Volk welcomed the contract in Varna in March 2025.",
    ]) + passages("molvania", [
        "Molvanian Trade Minister Petra Lind opened the Kolvo fair in May 2024.",
        "Molvanian Finance Minister Ivo Sarr announced a bond sale in May 2024.",
    ]))
    drafts = build_people_matchings(corpus)
    assert drafts
    for d in drafts:
        assert len({sup.passage_key.split(":")[0] for sup in d.support}) == 1, d.answer
    assert not any("Petra Lind" in dict(d.answer) for d in drafts)  # two Molvanian pairs make no question


def test_a_country_the_article_treats_as_a_rival_is_not_swapped_into_a_partnership():
    from quizzes.generation.items import _rival_as_partner

    corpus = Corpus(passages("rival", [
        "Germany is Austria's largest trading partner and a key partner on energy pipelines.",
        "Austria froze Russia's central bank reserves in 2022 under EU sanctions.",
        "Russia threatened Austria over the frozen assets in 2024.",
        "Hungary has sold Austria grain since 1995, and Hungary and Austria signed a trade pact in 2019.",
        "Hungary sanctioned two Austrian banks in 2023.",
        "Germany opened a consulate in Graz in 2021.",
    ]))
    facts = [f for f in find_facts(corpus) if f.span.text == "Germany"]
    partner = next(f for f in facts if "partner" in f.sent.text)
    assert _rival_as_partner(corpus, partner, "Russia")  # spoken of only with sanctions and threats
    assert not _rival_as_partner(corpus, partner, "Hungary")  # a trade partner, once at odds
    consulate = next(f for f in facts if "consulate" in f.sent.text)
    assert not _rival_as_partner(corpus, consulate, "Russia")  # no partnership to be false about


def test_a_year_in_a_forecast_scenario_is_not_the_article_s_latest_past_year():
    from quizzes.generation.items import latest_past_year

    corpus = Corpus(passages("scenario", [
        "Elbonia signed the Varna pact with Ruritania in March 2025, after two years of talks.",
        "In our central scenario, Ivo Radek wins the 2027 election comfortably and the pact holds.",
    ]))
    assert latest_past_year(corpus, "scenario") == 2025


def test_a_false_year_for_a_count_under_a_bound_waits_for_review():
    corpus = Corpus(passages("calls", [
        "Varna and Kolvo together handled fewer than 200 ocean-going ship calls in 2024, Elbonia's port authority said.",
    ]))
    fact = next(f for f in find_facts(corpus) if f.span.text == "2024")
    d, why = build_truefalse(corpus, fact, "false")
    assert why is None
    score, _ = calibrate(corpus, d)
    assert score < PUBLISH_LINE and "year of a statistic" in d.caps  # another year's count is not shown false


@pytest.mark.parametrize(("sum_", "held"), [("$640 million", True), ("$2.4 billion", False)])
def test_a_false_statement_changing_a_sum_under_a_billion_waits_for_review(sum_, held):
    corpus = Corpus(passages("sums", [
        f"Ruritania lent Elbonia {sum_} in 2023 to rebuild the Varna railway.",
        "Molvania pledged $900 million for the Kolvo port in 2021, and Ruritania $3.1 billion for power lines.",
    ]))
    fact = next(f for f in find_facts(corpus) if f.span.text == sum_)
    d, why = build_truefalse(corpus, fact, "false")
    assert why is None
    calibrate(corpus, d)
    assert ("a modest sum" in d.caps) is held


def test_a_territory_s_administration_is_no_person():
    from quizzes.generation.spans import sentence_spans

    text = "In 2024 Elbonia signed a memorandum with the breakaway Kolvoland administration and the Radek administration."
    kinds = {sp.text: sp.type for sp in sentence_spans(text, 0, len(text), {})}
    assert kinds["Kolvoland"] == "place" and kinds["Radek"] == "person"


def test_a_statement_opening_with_a_bare_surname_waits_for_review():
    corpus = Corpus(passages("kolvo", [
        "Lt. Gen. Ivo Radek, deputy commander of Ruritania's Pacific forces, watched the signing in Varna in March 2026.",
        "Elbonia will host up to 300 Ruritanian troops on Kolvo under the 15-year agreement signed in 2026.",
        "Radek said Ruritania had no current plans for a permanent base on Kolvo.",
        "Ivo Radek said Ruritania had no current plans for a second base on Varna.",  # near miss: the name in full
        "Prime Minister Olek Kowal of Ruritania opened the Kolvo airfield in 2024.",
        "Kowal said Ruritania had no current plans for a third base on Molvania.",  # near miss: a prime minister is known
    ]))
    caps = {}
    for fact in find_facts(corpus):
        if fact.sent.text.endswith(("base on Kolvo.", "base on Varna.", "base on Molvania.")):
            d, why = build_truefalse(corpus, fact, "true")
            if d is not None:
                calibrate(corpus, d)
                caps[fact.sent.text[:5]] = d.caps
    assert "a person by surname only" in caps["Radek"]
    assert "a person by surname only" not in caps["Ivo R"]
    assert "a person by surname only" not in caps["Kowal"]


def test_a_false_decade_waits_for_review_and_a_blank_after_an_honorific_cuts_a_name():
    corpus = Corpus(passages("decade", [
        "The Varna uranium deposit, 80 kilometres south of Kolvo, was first identified in the 1930s by Ruritanian "
        "geologists.",
        "Ruritania has been Elbonia's largest aid donor since the 1990s, mainly through its Varna agency.",
    ]))
    fact = next(f for f in find_facts(corpus) if f.span.text == "1930s")
    d, why = build_truefalse(corpus, fact, "false")
    assert why is None
    calibrate(corpus, d)
    assert "the year of an event" in d.caps

    from quizzes.generation.calibrate import name_tail

    text = "The Sir Vivian Richards Stadium in Varna was a gift from Ruritania in 2007."
    start = text.index("Vivian")
    assert name_tail(text, start, text.index(" in Varna"))  # the blank would read "The Sir _____"
    text = "Sir Ivo Radek opened the Vivian Richards Stadium in Varna in 2007."
    start = text.index("Vivian")
    assert not name_tail(text, start, text.index(" in Varna"))


def test_a_reef_an_atoll_a_channel_or_an_island_named_in_malay_is_a_place_not_a_person():
    text = ("Elbonian cutters loitered near Louisa Reef in May, then off Varna Atoll and in the Kolvo Channel, while the "
            "refinery on Pulau Muara Besar kept working and Louisa Kovač, the port's manager, said little.")
    kinds = spans_of(text)
    assert {kinds["Louisa Reef"], kinds["Varna Atoll"], kinds["Kolvo Channel"], kinds["Pulau Muara Besar"]} == {"place"}
    assert kinds["Louisa Kovač"] == "person"  # the same first name before a surname


def test_a_person_s_wrong_options_are_people_the_same_article_names_first():
    corpus = Corpus(passages("elbonia", [
        "Elbonian Finance Minister Jelena Radić presented the budget in Varna in March 2025.",
        "Elbonian Energy Minister Milo Vukov signed the gas contract in Varna in March 2025.",
        "Elbonian Trade Minister Anna Volk opened the Varna fair in March 2025.",
        "Elbonian Defence Minister Ivo Sarr received four jets in Varna in February 2025.",
    ]) + passages("molvania", [
        "Molvanian Finance Minister Petra Lind announced a bond sale in Kolvo in May 2024.",
        "Molvanian Energy Minister Karl Duda opened a dam in Kolvo in May 2024.",
        "Molvanian Trade Minister Marta Bok signed a grain accord in Kolvo in May 2024.",
    ]))
    radic = next(x for s in corpus.sentences for x in s.spans if x.type == "person" and "Radić" in x.text)
    sentence = next(s for s in corpus.sentences if radic in s.spans)
    names = [label for label, _ in entity_alternatives(corpus, sentence, radic, seed=7)]
    # Molvania's ministers hold the same posts, but a reader of the Elbonian article has never met them
    assert set(names[:3]) == {"Milo Vukov", "Anna Volk", "Ivo Sarr"}, names
    assert {"Petra Lind", "Karl Duda", "Marta Bok"} <= set(names[3:])


def test_a_figure_the_sentence_states_as_a_share_of_another_waits_for_review():
    from quizzes.generation.calibrate import share_given

    shared = "Elbonia exported an estimated 44.6 billion cubic metres (bcm) of gas in 2025, and 37.8 bcm of that — about 85% — went to Ruritania."
    assert share_given(shared, "44.6 billion") and share_given(shared, "85%") and share_given(shared, "37.8")
    assert not share_given(shared, "2025")
    # near misses: a share of something the sentence does not give, and figures at different scales
    assert not share_given("Elbonia exported 44.6 billion cubic metres of gas in 2025, and about 85% went to Ruritania.", "85%")
    assert not share_given("The plan adds 600 billion lev over 12 years, and Elbonia met the bloc's 2% target.", "600 billion")
    assert not share_given("Imports went from 0 to 40 tonnes, 12% of the total, in 2025.", "40")  # (nothing is a share of 0)
    texts = [shared, "Elbonia signed the gas accord with Ruritania in Varna in March 2025, the ministry said."]
    asked = [c for c in generate(passages("gas", texts)).candidates
             if "Ruritania." in c.stem and c.type in ("cloze", "mcq") and "2025" not in str(c.answer)]
    assert asked
    for c in asked:
        assert "the figures give each other" in c.held and c.score < PUBLISH_LINE, c.stem


def test_a_name_before_airport_or_before_a_plural_of_provinces_is_a_place_not_a_person():
    text = ("When the envoy landed at Noi Bai airport on 9 June, Elbonia was funding radars in Khanh Hoa and Quang Ngai "
            "provinces, and Ivo Radek said the deal was done.")
    kinds = spans_of(text)
    assert {kinds["Noi Bai"], kinds["Khanh Hoa"], kinds["Quang Ngai"]} == {"place"}
    assert kinds["Ivo Radek"] == "person"


def test_a_monarch_s_numeral_is_no_surname_and_is_never_a_surname_option():
    from quizzes.generation.analysis import surname_of

    assert surname_of("Charles III") == "Charles" and surname_of("Ferdinand Marcos Jr") == "Marcos"
    assert surname_of("Olek Kowal") == "Kowal"
    corpus = Corpus(passages("elbonia", [
        "Elbonian Finance Minister Jelena Radić presented the budget in Varna in March 2025.",
        "Elbonian Energy Minister Milo Vukov signed the gas contract in Varna in March 2025.",
        "King Boris III of Elbonia opened the Varna fair in March 2025.",
        "Elbonian Defence Minister Ivo Sarr received four jets in Varna in February 2025.",
        "Radić told reporters in Varna that the budget would pass.",
    ]))
    bare = next(x for s in corpus.sentences for x in s.spans if x.type == "person" and x.text == "Radić")
    sentence = next(s for s in corpus.sentences if bare in s.spans)
    names = [label for label, _ in entity_alternatives(corpus, sentence, bare, seed=7)]
    assert {"Vukov", "Sarr"} <= set(names) and not {"III", "Boris"} & set(names), names
    assert corpus.person("Boris III").surname == "boris"


@pytest.mark.parametrize("sentence, held", [
    ("Closest in threat perception are the Baltic and Nordic states.", True),  # closest to whom?
    ("More consequential was the pressure applied to Ruritanian firms.", True),  # than what?
    ("Less diplomatic was the reaction from Kolvo Ports, the Varna-based operator.", True),
    ("Water is the least visible and most serious item on the Elbonian agenda.", False),
    ("More than 40 per cent of the money came from Ruritania.", False),
    ("Greater Varna is home to two million people.", False),
    ("Higher tariffs are the likeliest outcome of the Varna talks.", False),
])
def test_a_comparison_put_before_its_verb_and_subject_points_back(sentence, held):
    assert bool(opening_connective(sentence)) is held


def test_a_date_that_belongs_to_a_participle_before_it_dates_no_event():
    corpus = Corpus(passages("tl", [
        "Elbonia's answer was to revive an idea floated by its former president, Ivo Radek, in 2018: a base at Varna.",
        "Ruritania was invaded by Elbonia in 2008. Elbonia signed a port deal with Ruritania in 2016.",
    ]))
    texts = [e.text for e in find_events(corpus, find_facts(corpus))]
    assert not any("revive" in t for t in texts), texts
    assert any("invaded by Elbonia" in t for t in texts) and any("port deal" in t for t in texts), texts


def test_a_year_a_deal_runs_out_in_or_the_likeliest_course_for_is_not_the_article_s_latest_past_year():
    from quizzes.generation.items import latest_past_year

    texts = ["Elbonia signed a gas deal with Ruritania in 2025.",
             "Kolvo wants a long-term contract when the current supply deal runs out in 2028.",
             "The likeliest course for 2027 is more of the same in Varna."]
    assert latest_past_year(Corpus(passages("ahead", texts)), "ahead") == 2025


@pytest.mark.parametrize("sentence, held", [
    ("Elbonian ranchers were furious; Ruritanian exporters were pleased but cautious.", True),  # about what?
    ("Ivo Radek, director of the Varna Security Forum, was more sceptical.", True),  # than whom?
    ("Critics in Kolvo remain unconvinced, pointing to the visits of Elbonian vessels since.", True),
    ("Elbonian farmers were furious at the Ruritanian tariff on wheat.", False),
    ("Ruritania was concerned that Elbonia would default on its 2024 loan.", False),
    ("Elbonian officials were pleased with the 2024 grain deal with Ruritania.", False),
    ("Ruritania remained wary, as Elbonia had defaulted on a Kolvo loan in 2019.", False),
])
def test_a_feeling_with_nothing_it_is_about_leans_on_the_article(sentence, held):
    assert (standalone_problem(sentence) == "leans on the article") is held


def test_the_kingdom_is_not_identified_by_the_places_a_sentence_names():
    text = "From bases at Cape Varna to boilers at Port Kolvo, the kingdom's survival rests on its patrons."
    assert standalone_problem(text, spans=tuple(sentence_spans(text, 0, len(text), {}))) == "unanchored definite description"
    named = "Jordan hosts bases at Cape Varna and boilers at Port Kolvo, and the kingdom's survival rests on its patrons."
    assert standalone_problem(named, spans=tuple(sentence_spans(named, 0, len(named), {}))) is None


def test_a_name_near_a_site_or_opening_with_an_article_is_no_person():
    kinds = spans_of("The Kolvo tracking station near Bajada del Agrio remains the most sensitive item, and Ruritania's "
                     "La Libertad Avanza won 41% of the vote.")
    assert kinds["Bajada del Agrio"] == "place" and kinds["La Libertad Avanza"] != "person"
    assert spans_of("Ruritania's Luis Libertad Avanza won 41% of the vote.")["Luis Libertad Avanza"] == "person"


def test_wrong_figures_never_halve_and_double_the_answer_together():
    from quizzes.generation.distractors import number_alternatives

    text = "Elbonia took 8% of Ruritania's exports and shipped 340,000 tonnes of grain to Kolvo in 2024."
    figures = [sp for sp in sentence_spans(text, 0, len(text), {}) if sp.meta.get("n") and sp.type != "year"]
    assert figures
    for span in figures:
        key = float(span.meta["n"].replace(",", ""))
        for seed in range(40):
            wrong = {float(re.sub(r"[^\d.]", "", w)) for w in number_alternatives(span, seed)[:3]}
            assert not ({key / 2, key * 2} <= wrong), (span.text, seed, wrong)  # the answer would sit at the centre


@pytest.mark.parametrize("sentence, bare", [
    ("Ethiopia, whose 130 million people rely on Djibouti for their seaborne trade, gave a guarded response.", True),
    ("Ruritania's ambassador, speaking at a forum in Varna on Tuesday, struck a more conciliatory note.", True),
    ("Kolvo reacted angrily.", True),
    ("Ruritania gave a guarded welcome to Elbonia's 2024 offer of gas.", False),
    ("Kolvo reacted angrily to the Elbonian tariff on Ruritanian wheat.", False),
])
def test_a_reaction_with_nothing_it_answers_leans_on_the_article(sentence, bare):
    from quizzes.generation.standalone import _BARE_RESPONSE

    assert bool(_BARE_RESPONSE.search(sentence)) is bare
    if bare:
        assert standalone_problem(sentence) == "leans on the article"


def test_a_blank_for_a_site_s_name_waits_for_review():
    corpus = Corpus(passages("kolvo", [
        "Elbonia took delivery of six Kolvo fighters in January 2026, and they are now at Roesmin air base in Varna.",
        "Ruritania and Elbonia signed a trade pact in Varna in March 2024, worth $2 billion over ten years.",
    ]))
    fact = next(f for f in find_facts(corpus) if f.span.text == "Roesmin")
    d, why = build_cloze(corpus, fact)
    assert why is None
    calibrate(corpus, d)
    assert "a facility's name" in d.caps


@pytest.mark.parametrize("sentence, bare", [
    ("The European Union, working from its 2022 partnership with Elbonia, has moved more slowly but with more money.", True),
    ("Ruritania and Kolvo, with large and protected industries, have historically been less cautious.", True),
    ("Elbonia has moved more slowly than Ruritania on the Varna pipeline since 2024.", False),
    ("Kolvo's exports to Elbonia were more than $2 billion in 2025.", False),
])
def test_a_statement_that_compares_without_saying_with_what_leans_on_the_article(sentence, bare):
    assert (standalone_problem(sentence, statement=True) == "leans on the article") is bare


def test_a_pointer_to_more_below_is_no_fact():
    from quizzes.generation.calibrate import _PAGE_POINTER

    assert _PAGE_POINTER.search("In practice Elbonia's main worry is Ruritanian ships, of which more below.")
    assert not _PAGE_POINTER.search("Elbonia bought more Ruritanian ships, of which two arrived below Varna.")


def test_a_count_compared_with_a_smaller_one_keeps_its_wrong_options_above_it():
    from quizzes.generation.distractors import number_alternatives
    from quizzes.generation.items import same_kind_figures

    corpus = Corpus(passages("elbonia", [
        "Elbonia now holds partnership status with 11 governments, up from four in 2021, the ministry said in Varna.",
        "Ruritania signed 14 accords in 2025, compared with 9 in 2024.",
    ]))
    for s in corpus.sentences:
        span = next(sp for sp in s.spans if sp.text in ("11", "14"))
        others = same_kind_figures(s, span)
        assert others in (("4",), ("9",)), others
        floor = float(others[0])
        for seed in range(30):
            assert all(float(w) > floor for w in number_alternatives(span, seed, others)), seed


def test_a_bare_name_in_a_list_of_places_is_a_member_of_the_list():
    text = "The corridor is meant to knit together Subic Bay, Clark, Varna and Batangas by 2030."
    spans = {sp.text: sp for sp in sentence_spans(text, 0, len(text), {})}
    assert spans["Subic Bay"].in_list and spans["Clark"].in_list  # any other member would fit a blank as well
    alone = "Elbonia opened a port at Subic Bay in 2024, and Clark said the deal was done."
    assert not {sp.text: sp for sp in sentence_spans(alone, 0, len(alone), {})}["Subic Bay"].in_list


@pytest.mark.parametrize("sentence, statement, leans", [
    ("Kolvo's review and any pressure from Ruritania over Varna Union membership are likely to be the first tests in 2027.",
     True, True),
    ("The Kolvo field, which Ruritania calls Arash, is the hardest test for Elbonia.", True, False),  # a test for someone
    ("The Kolvo field, which Ruritania calls Arash, is the hardest test.", True, True),
    ("The Seoul visit was the first summit between Elbonia and Ruritania.", False, True),
    ("The Ruritanian trip came a day after a Kolvo delegation toured Varna's port.", True, True),
    ("The biggest obstacle to a Varna pact is Ruritania's demand for a naval base.", True, False),
    ("Elbonia's first test of the Kolvo missile was held in March 2024.", True, False),
    ("The Seoul visit by Elbonia's president Anna Radek ended with 31 agreements.", False, False),
    ("The Seoul visit of March 2024 ended with 31 agreements between Elbonia and Ruritania.", False, False),
])
def test_a_ranked_test_of_nothing_named_or_a_visit_named_only_by_its_place_leans_on_the_article(sentence, statement, leans):
    assert (standalone_problem(sentence, statement=statement) == "leans on the article") is leans


@pytest.mark.parametrize("sentence, leans", [
    ("Elbonia's president acknowledged Ruritanian responsibility only in October 2025.", True),  # for what?
    ("Ruritania's coffee and cocoa sectors, where about 20,000 families farm small plots, are exposed.", True),  # to what?
    ("Ruritania accepted full responsibility for the Varna crash in October 2025.", False),
    ("The Kolvo Liberation Army claimed responsibility for the bombing in Varna in 2024.", False),
    ("Ruritania's coffee sector is exposed to Elbonian tariffs, officials in Varna said in 2025.", False),
    ("The opposition Kolvo Party in Elbonia has signalled a fight.", True),  # over what?
    ("The opposition Kolvo Party in Elbonia has signalled a fight over the Varna port deal.", False),
])
def test_responsibility_or_exposure_with_nothing_it_is_for_leans_on_the_article(sentence, leans):
    assert (standalone_problem(sentence, statement=True) == "leans on the article") is leans


@pytest.mark.parametrize("sentence, leans", [
    ("From Varna to Kolvo, a small Baltic state has become a crossroads that bigger powers cannot ignore.", True),
    ("A landlocked country of six million sits at the crossroads of a rivalry between Elbonia and Ruritania.", True),
    ("A small country, Elbonia, sits between Ruritania and Kolvo on the Varna river.", False),  # named at once
    ("From 2019 to 2024, a Ruritanian firm ran the port of Varna for Elbonia.", False),  # a firm, not the country
    ("A Ruritanian state contractor built the first three berths at Varna under a $2bn contract.", False),
    ("Elbonia, a small country of six million, sits between Ruritania and Kolvo.", False),
])
def test_a_statement_about_a_country_it_describes_but_never_names_leans_on_the_article(sentence, leans):
    assert (standalone_problem(sentence, statement=True) == "leans on the article") is leans


def test_a_figure_at_one_end_of_a_range_keeps_its_wrong_options_on_its_side_of_the_other_end():
    from quizzes.generation.distractors import number_alternatives
    from quizzes.generation.items import same_kind_figures

    corpus = Corpus(passages("elbonia", [
        "Ruritanian companies run six in ten foreign-owned mines in Elbonia, and the 2023 mining reform cut new "
        "concessions from 50 years to 30 and tightened water permits.",
    ]))
    s = corpus.sentences[0]
    span = next(sp for sp in s.spans if sp.text == "50")
    assert same_kind_figures(s, span) == ("30",)  # "from 10 years to 30" would be no cut
    for seed in range(30):
        assert all(float(w) > 30 for w in number_alternatives(span, seed, ("30",))), seed


def test_no_clause_is_cut_from_a_noun_and_its_relative_clause():
    from quizzes.generation.analysis import _RELATIVE_ONLY

    assert _RELATIVE_ONLY.match("a steel quota that spares about 3m tonnes of Elbonian exports from the levy")
    assert not _RELATIVE_ONLY.match("a court in Varna ruled that the quota spares 3m tonnes of Elbonian exports")
    text = ("What Ruritania offers in return is mostly the absence of something worse: continued tariff-free access "
            "for Elbonian goods, and a steel quota that spares about 3m tonnes of Elbonian exports from the 50% levy.")
    stems = [c.stem for c in generate(passages("colon", [text])).candidates if c.type == "truefalse"]
    assert not any(st.startswith("True or false? A steel quota") for st in stems), stems


def test_a_name_with_and_inside_it_that_ends_in_an_organisation_s_word_is_one_name():
    text = "In four years Elbonia had joined Ruritania's Belt and Road Initiative, and Rosneft and Kolvo Neft signed."
    spans = {sp.text: sp.type for sp in sentence_spans(text, 0, len(text), {})}
    assert spans.get("Belt and Road Initiative") == "organisation", spans  # not "Belt" and "Road Initiative"
    assert "Belt" not in spans and "Rosneft and Kolvo Neft" not in spans
