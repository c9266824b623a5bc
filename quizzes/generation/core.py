"""generate(): passages in, ranked and checked questions out."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence

from . import checks
from .analysis import Corpus
from .items import (
    PARTNER_STEM,
    TF_PREFIX,
    Draft,
    Fact,
    build_cloze,
    build_mcq,
    build_partner,
    build_truefalse,
    digest,
    find_facts,
)
from .lexicon import fold
from .model import Candidate, GenerationResult, PassageInput
from .sequence import build_partner_matchings, build_people_matchings, build_timelines, find_events

# Below this a question is not published at all, whatever min_score the caller asks for.
QUALITY_FLOOR = 0.6
MAX_PER_PASSAGE_TYPE = 3
MAX_PER_SENTENCE = 2
MAX_PER_PASSAGE = 9
# Soft caps on each type's share of the result; items over a cap wait for a second pass.
TYPE_SHARE = {"cloze": 0.32, "mcq": 0.32, "truefalse": 0.32, "partner": 0.15, "timeline": 0.05, "matching": 0.05}


def generate(passages: Sequence[PassageInput], *, min_score: float = 0.0) -> GenerationResult:
    corpus = Corpus(passages)
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
    events = find_events(corpus, facts)
    drafts += build_timelines(corpus, events)
    drafts += build_people_matchings(corpus)
    drafts += build_partner_matchings(corpus)

    passed: list[Draft] = []
    for d in drafts:
        why = run_checks(corpus, d)
        if why:
            skipped[why] += 1
            continue
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
    texts = {p.key: p.text for p in corpus.passages}
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
        expected = fact.span.text if d.type != "partner" else d.answer
        why = checks.check_answer_at_support(text, sup.start, sup.end, expected, forms)
        if why:
            return why
        if d.type in ("cloze", "mcq"):
            why = (
                checks.check_single_blank(d.stem)
                or checks.check_blank_well_formed(text, sup.start, sup.end)
                or checks.check_not_given_away(d.stem, d.answer, fact.span.type if fact.span.type != "demonym" else "country")
                or checks.check_self_contained(d.stem)
                or checks.check_has_context(d.stem)
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
            why = checks.check_self_contained(statement) or checks.check_options(d.options, d.answer, n=2)
            if why:
                return why
            if d.answer == "False" and _distractor_also_true(corpus, d):
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


def select(corpus: Corpus, drafts: list[Draft], skipped: Counter) -> list[Draft]:
    """Best first, one question per fact, near-duplicate facts collapsed, spread over passages and types."""
    ordered = sorted(drafts, key=lambda d: (-round(d.score, 6), d.type, d.fact_key, d.stem))
    chosen: list[Draft] = []
    taken_facts: set[str] = set()
    per_pt: Counter[tuple[str, str]] = Counter()
    per_sentence: Counter[tuple[str, int]] = Counter()
    per_passage: Counter[str] = Counter()
    per_type: Counter[str] = Counter()
    claims: dict[str, list[set[str]]] = defaultdict(list)
    deferred: list[Draft] = []
    rejected_reason: dict[str, str] = {}

    def admissible(d: Draft, enforce_share: bool) -> str | None:
        if d.fact_key in taken_facts:
            return "duplicate fact"
        primary = d.support[0].passage_key
        if per_pt[(primary, d.type)] >= MAX_PER_PASSAGE_TYPE:
            return "passage quota"
        if d.type not in ("timeline", "matching") and per_passage[primary] >= MAX_PER_PASSAGE:
            return "passage quota"
        if d.facts:
            s = d.facts[0].sent
            if per_sentence[(primary, s.index)] >= MAX_PER_SENTENCE:
                return "sentence quota"
            # the same answer to (nearly) the same claim, from another sentence or passage
            claim = corpus.claim_stems(s, exclude=[d.facts[0].span])
            for other in claims.get(_answer_key(d), []):
                inter = len(claim & other)
                if claim and other and inter / min(len(claim), len(other)) >= 0.5:
                    return "duplicate fact"
        if enforce_share and d.type in TYPE_SHARE:
            total = max(len(chosen), 20)
            if per_type[d.type] + 1 > TYPE_SHARE[d.type] * total + 2:
                return "type share"
            if d.type == "truefalse":
                tf = [c for c in chosen if c.type == "truefalse"]
                same = sum(1 for c in tf if c.answer == d.answer)
                if same + 1 > 0.55 * (len(tf) + 1) + 1:
                    return "type share"
        return None

    def _tf_unbalanced(d: Draft) -> str | None:
        if d.type != "truefalse":
            return None
        tf = [c for c in chosen if c.type == "truefalse"]
        same = sum(1 for c in tf if c.answer == d.answer)
        if same + 1 > 0.55 * (len(tf) + 1) + 1:
            return "true/false balance"
        return None

    def take(d: Draft) -> None:
        chosen.append(d)
        taken_facts.add(d.fact_key)
        primary = d.support[0].passage_key
        per_pt[(primary, d.type)] += 1
        per_passage[primary] += 1
        per_type[d.type] += 1
        if d.facts:
            s = d.facts[0].sent
            per_sentence[(primary, s.index)] += 1
            claims[_answer_key(d)].append(corpus.claim_stems(s, exclude=[d.facts[0].span]))

    for d in ordered:
        why = admissible(d, enforce_share=True)
        if why == "type share":
            deferred.append(d)
            continue
        if why:
            rejected_reason[id(d)] = why
            continue
        take(d)
    for d in deferred:
        why = admissible(d, enforce_share=False) or _tf_unbalanced(d)
        if why:
            rejected_reason[id(d)] = why
            continue
        take(d)
    # count each fact's losing alternatives once, by the reason the best of them lost
    lost_facts: dict[str, str] = {}
    for d in ordered:
        if d not in chosen and d.fact_key not in taken_facts:
            lost_facts.setdefault(d.fact_key, rejected_reason.get(id(d), "duplicate fact"))
        elif d not in chosen and id(d) in rejected_reason and rejected_reason[id(d)] == "duplicate fact" and d.fact_key in taken_facts:
            pass
    for why in lost_facts.values():
        skipped[why] += 1
    n_dupes = sum(1 for d in ordered if d not in chosen and d.fact_key in taken_facts)
    if n_dupes:
        skipped["same fact asked another way"] += n_dupes
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
    )


def facts_for(passages: Sequence[PassageInput]) -> list[Fact]:
    """The facts the generator would ask about (for inspection and tests)."""
    return find_facts(Corpus(passages))
