"""generate(): passages in, ranked and checked questions out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from . import checks
from .calibrate import PUBLISH_LINE, calibrate
from .analysis import Corpus
from .items import (
    ATTRIBUTION,
    PARTNER_STEM,
    TF_PREFIX,
    without_context,
    Draft,
    Fact,
    build_cloze,
    build_mcq,
    build_partner,
    build_truefalse,
    build_truefalse_opposite,
    build_truefalse_reversed,
    build_forecast_statements,
    digest,
    find_clause_facts,
    find_facts,
)
from .lexicon import fold
from .model import Candidate, GenerationResult, LessonSentence, PassageInput
from .sequence import build_action_matchings, build_partner_matchings, build_people_matchings, build_timelines, find_events

# Below this a question is not published at all, whatever min_score the caller asks for.
QUALITY_FLOOR = 0.4
MAX_PER_PASSAGE_TYPE = 3  # or one per usable sentence of a longer passage
MAX_PER_SENTENCE = 3
MAX_PER_PASSAGE = 12
# Target share of each kind of question; a fact gets the kind furthest below its target among
# its questions scoring within SWITCH_MARGIN of its best.
KIND_TARGET = {"cloze": 0.2, "mcq": 0.2, "tf-true": 0.2, "tf-false": 0.35, "partner": 0.12, "timeline": 0.03, "matching": 0.03}
SWITCH_MARGIN = 0.2
BALANCE_WEIGHT = 1.0
TRUE_LAST = 0.05


def generate(inputs: Sequence[PassageInput | LessonSentence], *, min_score: float = 0.0) -> GenerationResult:
    """Questions from the passages among the inputs.

    Lesson sentences among the inputs are extra material: a question may be worded from one
    when its answer also occurs in a passage the sentence cites, and that passage is its source.
    """
    passages = [x for x in inputs if isinstance(x, PassageInput)]
    corpus = Corpus(passages)
    corpus.add_lessons([x for x in inputs if isinstance(x, LessonSentence)])
    skipped: Counter[str] = Counter(corpus.skipped)
    facts = find_facts(corpus)
    skipped.update({k: v for k, v in corpus.skipped.items() if k not in skipped or skipped[k] != v})
    skipped["no salient span"] = corpus.skipped.get("no salient span", 0)

    drafts: list[Draft] = []
    for fact in facts:
        for build in (build_cloze, build_mcq, build_partner):
            d, why = build(corpus, fact)
            if d is None:
                if why and why not in ("not a partner subject",):
                    skipped[f"{why}"] += 1
                continue
            drafts.append(d)
        # both versions compete; the one the fact's hash prefers gets a nudge, selection keeps the balance
        preferred = "false" if int(digest(fact.key, "tf")[:8], 16) % 2 == 0 else "true"
        reasons = []
        for polarity in ("true", "false"):
            d, why = build_truefalse(corpus, fact, polarity)
            if d is None:
                reasons.append(why)
                continue
            if polarity != preferred:
                d.score -= 0.02
            drafts.append(d)
        if len(reasons) == 2 and reasons[0]:
            skipped[reasons[0]] += 1
        d, why = build_truefalse_reversed(corpus, fact)
        if d is not None:
            drafts.append(d)
        elif why:
            skipped[why] += 1
    # the independent clauses of compound sentences make true/false statements of their own
    for fact in find_clause_facts(corpus):
        for polarity in ("true", "false"):
            d, why = build_truefalse(corpus, fact, polarity)
            if d is not None:
                drafts.append(d)
        d, why = build_truefalse_reversed(corpus, fact)
        if d is not None:
            drafts.append(d)
    for s in corpus.sentences:
        if s.usable and s.pidx not in corpus.bad_passages:
            d, why = build_truefalse_opposite(corpus, s)
            if d is not None:
                drafts.append(d)
            drafts += build_forecast_statements(corpus, s)
    events = find_events(corpus, facts)
    drafts += build_timelines(corpus, events)
    drafts += build_people_matchings(corpus)
    drafts += build_partner_matchings(corpus)
    drafts += build_action_matchings(corpus)

    passed: list[Draft] = []
    for d in drafts:
        why = run_checks(corpus, d)
        if why:
            skipped[why] += 1
            continue
        score, why = calibrate(corpus, d)
        if score is None:
            skipped[why] += 1
            continue
        d.score = score
        if d.score < QUALITY_FLOOR:
            skipped["low quality score"] += 1
            continue
        passed.append(d)

    chosen = select(corpus, passed, skipped)
    result = GenerationResult(
        candidates=[to_candidate(d) for d in chosen if d.score >= min_score],
        skipped=Counter({k: v for k, v in sorted(skipped.items()) if v}),
    )
    below = sum(1 for d in chosen if d.score < min_score)
    if below:
        result.skipped["below min_score"] += below
    return result


# ---------------------------------------------------------------------------
# Checks
# ---------------------------------------------------------------------------


def run_checks(corpus: Corpus, d: Draft) -> str | None:
    texts = corpus.__dict__.get("_texts")
    if texts is None:
        texts = corpus.__dict__["_texts"] = {p.key: p.text for p in corpus.passages}
    why = checks.check_no_boilerplate(d.stem) or checks.check_length(d.stem)
    if why:
        return why
    if d.type in ("cloze", "mcq", "truefalse", "partner"):
        fact = d.facts[0]
        sup = d.support[0]
        text = texts[sup.passage_key]
        forms = ()
        if d.type == "partner":
            from . import lexicon as lx

            c = lx.COUNTRY_BY_NAME.get(d.answer)
            forms = c.all_forms if c else ()
        expected = fact.answer_text if d.type != "partner" else d.answer
        if d.span_type == "statement":
            expected = text[sup.start : sup.end]  # the word the false statement turned around
        why = checks.check_answer_at_support(text, sup.start, sup.end, expected, forms)
        if why:
            return why
        if d.type in ("cloze", "mcq"):
            why = (
                checks.check_length(d.stem, hi=45)
                or checks.check_single_blank(d.stem)
                or checks.check_blank_well_formed(fact.text, fact.span.start, fact.span.end)
                or checks.check_not_given_away(d.stem, d.answer, fact.span.type if fact.span.type != "demonym" else "country")
                or checks.check_self_contained(d.stem)
                or checks.check_has_context(d.stem, names_only=not _names_something(fact))
            )
            if why:
                return why
            alias = fact.span.meta.get("alias")
            if alias and fold(alias) in fold(d.stem):
                return "answer in prompt"
        if d.type == "mcq":
            why = checks.check_options(d.options, d.answer) or checks.check_option_types(d.options, d.answer, d.span_type)
            if why:
                return why
            if _distractor_also_true(corpus, d):
                return "distractor also correct"
        if d.type == "partner":
            statement = d.stem[len(PARTNER_STEM) :].strip().strip("“”")
            why = (
                checks.check_not_given_away(statement, d.answer, "partner")
                or checks.check_options(d.options, d.answer)
                or checks.check_option_types(d.options, d.answer, "country")
            )
            if why:
                return why
            if _distractor_also_true(corpus, d):
                return "distractor also correct"
        if d.type == "truefalse":
            statement = d.stem[len(TF_PREFIX) :]
            if statement.startswith(ATTRIBUTION):
                statement = statement[len(ATTRIBUTION) :]
            context, statement = without_context(statement)
            why = (
                (None if context else checks.check_self_contained(statement))  # a shown context resolves "He ..."
                or checks.check_has_context(context + " " + statement if context else statement, names_only=True)
                or checks.check_length(statement, hi=42)
                or checks.check_options(d.options, d.answer, n=2)
            )
            if why:
                return why
            if d.answer == "False" and d.subtype != "reversed" and _distractor_also_true(corpus, d):
                return "false statement supported elsewhere"
    elif d.type == "timeline":
        if len(d.answer) < 3 or sorted(d.answer) != sorted(d.options) or len(set(map(fold, d.answer))) != len(d.answer):
            return "malformed timeline"
        for ev, sup in zip(d.answer, d.support):
            if not texts.get(sup.passage_key, "")[sup.start : sup.end]:
                return "answer not at support"
    elif d.type == "matching":
        rights = [r for _, r in d.answer]
        if len(d.answer) < 3 or sorted(rights) != sorted(d.options) or len(set(map(fold, rights))) != len(rights):
            return "malformed matching"
        for (left, _), sup in zip(d.answer, d.support):
            found = texts.get(sup.passage_key, "")[sup.start : sup.end]
            if not found:
                return "answer not at support"
    return None


def _names_something(fact) -> bool:
    """Besides its answer, does the sentence name a country, person, organisation or place?"""
    shown = (fact.sent.context.spans if fact.sent.context is not None else []) + fact.sent.spans
    return any(x is not fact.span and x.type in ("country", "demonym", "person", "organisation", "place", "countryref")
               for x in shown)


def _distractor_also_true(corpus: Corpus, d: Draft) -> bool:
    fact = d.facts[0]
    for text, key in zip(d.distractor_spans, d.distractor_keys):
        if key[0] in ("country", "person", "organisation", "place", "term"):
            if corpus.also_true_for(fact.sent, fact.span, key):
                return True
        elif corpus.also_true_for(fact.sent, fact.span, key, alt_text=text):
            return True
    return False


# ---------------------------------------------------------------------------
# Ranking and selection
# ---------------------------------------------------------------------------


def _answer_key(d: Draft) -> str:
    if d.facts:
        k = d.facts[0].answer_key
        return f"{k[0]}:{k[1]}" if k else fold(str(d.answer))
    return d.fact_key


def _statement_taken(claim: tuple[str, int, int], taken: set[tuple[str, int, int]]) -> bool:
    """A sentence gets one true/false statement: either about the whole of it, or one about each of its clauses."""
    key, index, part = claim
    if claim in taken:
        return True
    if part == 0:
        return any(k == key and i == index for k, i, _ in taken)
    return (key, index, 0) in taken


def _ground_key(d: Draft) -> tuple:
    """What a question asks, in the passage's terms: a statement about a passage sentence, or the
    answer at its place in the passage (the same whether worded from the passage or a lesson)."""
    if d.type == "truefalse" and d.answer == "True":
        return ("statement", *d.facts[0].claim_home)
    sup = d.support[0]
    return ("answer", sup.passage_key, sup.start, sup.end)


def _kind(d: Draft) -> str:
    if d.type == "truefalse":
        return "tf-true" if d.answer == "True" else "tf-false"
    return d.type


def select(corpus: Corpus, drafts: list[Draft], skipped: Counter) -> list[Draft]:
    """Best facts first, one question per fact, balanced over types and spread over passages.

    Facts are taken in order of their best question's score.  For each, the question type is
    the one whose share is furthest below its target (among the fact's questions that are
    nearly as good as its best), so the mix stays varied without publishing weaker items.
    Near-duplicate facts (the same answer to nearly the same claim) are collapsed.
    """
    # a sentence that makes a publishable true statement is not spent on a false one that needs review
    true_ok = {
        d.facts[0].home
        for d in drafts
        if d.type == "truefalse" and d.answer == "True" and d.score >= PUBLISH_LINE and d.facts
    }
    drafts = [
        d for d in drafts
        if not (d.type == "truefalse" and d.answer == "False" and d.score < PUBLISH_LINE and d.facts
                and d.facts[0].home in true_ok)
    ]
    by_fact: dict[str, list[Draft]] = defaultdict(list)
    for d in drafts:
        by_fact[d.fact_key].append(d)
    # true restatements are the easy kind, so they pick after the other kinds: a sentence is not
    # spent on a true statement when it also makes a publishable cloze or mcq
    def order(d: Draft) -> float:
        return round(d.score - (TRUE_LAST if d.type == "truefalse" and d.answer == "True" and d.score >= PUBLISH_LINE else 0.0), 6)

    facts = sorted(by_fact.items(), key=lambda kv: (-max(order(d) for d in kv[1]), kv[0]))
    chosen: list[Draft] = []
    per_pt: Counter[tuple[str, str]] = Counter()
    per_sentence: Counter[tuple[str, int]] = Counter()
    per_passage: Counter[str] = Counter()
    per_kind: Counter[str] = Counter()
    claims: dict[str, list[set[str]]] = defaultdict(list)
    claim_of: dict[int, set[str]] = {}
    tf_sentences: set[tuple[str, int, int]] = set()
    grounds: set[tuple] = set()
    blanks: set[tuple[str, str]] = set()
    n_sentences = Counter(s.passage.key for s in corpus.sentences if s.usable)

    def admissible(d: Draft) -> str | None:
        primary = d.support[0].passage_key
        if per_pt[(primary, d.type)] >= max(MAX_PER_PASSAGE_TYPE, n_sentences.get(primary, 0)):
            return "passage quota"
        if d.type not in ("timeline", "matching") and per_passage[primary] >= MAX_PER_PASSAGE:
            return "passage quota"
        if d.facts:
            s = d.facts[0].sent
            home = d.facts[0].home
            if per_sentence[home] >= MAX_PER_SENTENCE:
                return "sentence quota"
            if d.type == "truefalse" and _statement_taken(d.facts[0].claim_home, tf_sentences):
                return "duplicate fact"
            if _ground_key(d) in grounds:
                return "duplicate fact"  # a lesson's wording of a fact already asked from its passage
            if d.type in ("cloze", "mcq") and (primary, _answer_key(d)) in blanks:
                return "same answer in the passage"  # one blank per answer and passage: "Chávez" thrice is no quiz
            # the same answer to (nearly) the same claim, from another sentence or passage
            claim = corpus.claim_stems(s, exclude=[d.facts[0].span])
            for other in claims.get(_answer_key(d), []):
                inter = len(claim & other)
                if claim and other and inter / min(len(claim), len(other)) >= 0.5:
                    return "duplicate fact"
        return None

    def take(d: Draft) -> None:
        chosen.append(d)
        primary = d.support[0].passage_key
        per_pt[(primary, d.type)] += 1
        per_passage[primary] += 1
        per_kind[_kind(d)] += 1
        if d.facts:
            s = d.facts[0].sent
            per_sentence[d.facts[0].home] += 1
            if d.type == "truefalse":
                tf_sentences.add(d.facts[0].claim_home)
            grounds.add(_ground_key(d))
            if d.type in ("cloze", "mcq"):
                blanks.add((primary, _answer_key(d)))
            claim_of[id(d)] = corpus.claim_stems(s, exclude=[d.facts[0].span])
            claims[_answer_key(d)].append(claim_of[id(d)])

    def untake(d: Draft) -> None:
        chosen.remove(d)
        primary = d.support[0].passage_key
        per_pt[(primary, d.type)] -= 1
        per_passage[primary] -= 1
        per_kind[_kind(d)] -= 1
        if d.facts:
            per_sentence[d.facts[0].home] -= 1
            if d.type == "truefalse":
                tf_sentences.discard(d.facts[0].claim_home)
            grounds.discard(_ground_key(d))
            if d.type in ("cloze", "mcq"):
                blanks.discard((primary, _answer_key(d)))
            mine = claim_of.pop(id(d))
            claims[_answer_key(d)] = [c for c in claims[_answer_key(d)] if c is not mine]

    for key, options in facts:
        best = max(d.score for d in options)
        total = max(1, sum(per_kind.values()))
        reasons = []
        ranked = []
        for d in options:
            why = admissible(d)
            if why:
                reasons.append(why)
                continue
            if d.score < best - SWITCH_MARGIN or (best >= PUBLISH_LINE > d.score):
                continue  # never trade a publishable question for one that needs review
            deficit = KIND_TARGET.get(_kind(d), 0.0) - per_kind[_kind(d)] / total
            ranked.append((-(d.score + BALANCE_WEIGHT * deficit), d.type, d.stem, d))
        if ranked:
            ranked.sort(key=lambda r: r[:3])
            take(ranked[0][3])
            skipped["same fact asked another way"] += len(options) - 1
        else:
            skipped[reasons[0] if reasons else "same fact asked another way"] += 1
    # False statements are the scarce kind, and a quiz can only hold as many true ones as it has
    # false ones to balance them (see quizzes.attempts.draw).  Where a sentence's published true
    # statement could as well be a published false one, ask the false one.
    chosen_ids = {id(d) for d in chosen}
    falses: dict[tuple, list[Draft]] = defaultdict(list)
    for _, options in facts:
        used = any(id(d) in chosen_ids for d in options)
        for d in options:
            # a false statement of an unused fact, or the other answer to a fact asked as a true statement
            if _kind(d) == "tf-false" and d.score >= PUBLISH_LINE and (
                not used or any(id(x) in chosen_ids and _kind(x) == "tf-true" for x in options)
            ):
                falses[d.facts[0].claim_home].append(d)
    for t in sorted((d for d in chosen if _kind(d) == "tf-true" and d.score >= PUBLISH_LINE), key=lambda d: (d.score, d.fact_key)):
        alternatives = sorted(falses.get(t.facts[0].claim_home, ()), key=lambda d: (-d.score, d.fact_key))
        if not alternatives:
            continue
        untake(t)
        swap = next((d for d in alternatives if admissible(d) is None), None)
        take(swap or t)
        if swap is not None:
            falses.pop(t.facts[0].claim_home, None)
    chosen.sort(key=lambda d: (-round(d.score, 6), d.type, d.fact_key))
    return chosen


def to_candidate(d: Draft) -> Candidate:
    return Candidate(
        type=d.type,
        stem=d.stem,
        answer=d.answer if not isinstance(d.answer, list) else [list(x) if isinstance(x, list) else x for x in d.answer],
        options=list(d.options),
        accepted=list(d.accepted),
        explanation=d.explanation,
        span_type=d.span_type,
        support=tuple(d.support),
        score=round(min(1.0, max(0.0, d.score)), 4),
        fact_key=d.fact_key,
        held=tuple(dict.fromkeys(d.caps)),
    )


def facts_for(passages: Sequence[PassageInput]) -> list[Fact]:
    """The facts the generator would ask about (for inspection and tests)."""
    return find_facts(Corpus(passages))
