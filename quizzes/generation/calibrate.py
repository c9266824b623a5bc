"""Score calibration: a question with any weak signal falls below the publish line.

The site publishes questions scoring at least PUBLISH_LINE without review.  The builders score
questions by how salient and clean their fact is; this module then applies general rules learned
from teacher reviews.  Each rule either rejects a question outright (it would be wrong or
trivial whatever a reviewer decides) or caps its score below the line, so a reviewer sees it
before students do.  The rules look at the answer's type and at the words around the blank,
never at particular articles.

``calibrate(corpus, draft)`` returns ``(score, None)`` or ``(None, reason)``.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .lexicon import fold

PUBLISH_LINE = 0.6

# Past-tense policy verbs whose opposite makes a clean false statement ("imposed" -> "lifted",
# "slowed" -> "accelerated"); other antonym flips stay below the line.
CLEAN_VERB_FLIPS = {
    "eased", "tightened", "imposed", "lifted", "slowed", "accelerated", "increased", "decreased",
    "intensified", "expanded", "boosted", "condemned", "praised", "accepted", "rejected", "confirmed", "denied",
}


# a flipped word right after these is an adjective or a noun ("led to increased surveillance"), not the verb
_NOT_BEFORE_VERB = {"to", "a", "an", "the", "of", "in", "for", "with", "by", "on", "and", "or", "more", "most"}


def specific_place(sp) -> bool:
    """A named place that is not a world region, sea or hemisphere ("Orinoco Belt", not "Latin America"):
    another region cannot fill its blank."""
    text = sp.text.strip()
    bare = re.sub(r"^the\s+", "", text, flags=re.I)
    if text in lx.REGIONS or bare in lx.REGIONS or bare in lx.REGION_ADJECTIVES.values():
        return False
    if re.search(r"\b(?:Hemisphere|America|Americas|Europe|Asia|Africa|Ocean|Sea|Gulf|Region|Coast|East|West|North|South)\b", bare):
        return False
    return len(bare.split()) >= 2
REVIEW = 0.5  # the score a capped question gets at most: kept for review, never published

# "$4–_____", "25 to _____", "between _____ and 40": a blank inside a number range
_RANGE_BEFORE = re.compile(r"(?:\d[\d.,]*\s*(?:%|percent|million|billion|trillion)?\s*(?:[-–—]|to)\s*[$€£¥]?\s*)$", re.I)
_RANGE_AFTER = re.compile(r"^\s*(?:%|percent|million|billion|trillion)?\s*(?:[-–—]|to)\s*[$€£¥]?\d", re.I)
_RANGE_OPEN = re.compile(r"\b(?:between|from)\s+[$€£¥]?$", re.I)
# a date or year introduced only as a time stamp ("As of 2025, ...") is filler, not the fact
_FILLER_BEFORE = re.compile(r"\b(?:as of|as at|at the time of|during times of|in times of)\s+(?:the\s+)?$", re.I)
# a preposition right before a country or place blank: a location slot that broader or narrower
# places also fill ("operatives in _____", "access to the _____")
_LOCATION_SLOT = re.compile(
    r"\b(?:in|into|to|on|at|from|across|within|throughout|toward|towards|near|via|of|post-[A-Za-z]+)\s+(?:the\s+|a\s+)?(?:[\w’'-]+\s+)?$",
    re.I,
)
# a surname used as a modifier: "the _____ administration", "the _____ regime"
_MODIFIER_AFTER = re.compile(
    r"^[’']?s?\s+(?:administration|regime|government|era|family|camp|doctrine|presidency|cabinet|team|years|clan)\b", re.I
)
# a title or office written right before the blank gives away its famous holder
_TITLE_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted((re.escape(t) for t in lx.TITLES if t[:1].isupper() and len(t) > 3), key=len, reverse=True)) + r")\s+$"
)
# references a sentence cannot resolve on its own
_UNRESOLVED = re.compile(
    r"\b(?:the two|both)\s+(?:governments|countries|nations|sides|leaders|states|men|parties|capitals|presidents|ministers)\b"
    r"|\bsuch\s+(?:a\s+)?(?:pact|deal|agreement|accord|treaty|project|visit|move|step|meeting|summit)s?\b"
    r"|\bthe\s+(?:third|second|first|fourth|fifth|latest|last|new)\s+such\b"
    r"|\b(?:filling|building|completing|funding|signing|approving|launching|opening)\s+(?:it|them)\b",
    re.I,
)
_EVENT_NOUNS = (
    "talks|pact|deal|agreement|accord|treaty|project|dam|plant|pipeline|plan|move|decision|visit|meeting|summit|"
    "programme|program|initiative|proposal|bill|law|measure|scheme|facility|reactor|port|contract|purchase|sale|"
    "announcement|statement|report|deployment|exercise|drills|negotiations|dispute|incident|attack|strike|strikes"
)
# "The talks ended ...", "The dam will ...": a definite description the sentence never names
_DEFINITE_OPENING = re.compile(
    r"^(?:(?:however|still|yet|meanwhile|moreover|but|and|so),?\s+)?the\s+(?-i:[a-z-]+\s+)?(?-i:" + _EVENT_NOUNS + r")\b(?!\s+(?:of|between|with|on|to|for)\b)",
    re.I,
)
# opinion and editorial markers: a judgement, not a checkable fact
_OPINION = re.compile(
    r"\b(?:arguably|perhaps|should|ought to|must|clearly|undoubtedly|surely|obviously|in (?:my|our) view|we believe|"
    r"i think|it is (?:clear|obvious|evident)|it remains to be seen|needs? to|deserves?|regrettably|fortunately|"
    r"unfortunately|sadly|ironically|naive|foolish|misguided|wise|reckless|shameful|disgraceful)\b",
    re.I,
)
# a top office whose holder is common knowledge: naming someone else in it is a give-away false
_TOP_OFFICE = re.compile(r"\b(?:President|Prime Minister|Chancellor|King|Queen|Supreme Leader|Premier|Pope|Emir)\s*$")


def _before(text: str, start: int, n: int = 40) -> str:
    return text[max(0, start - n) : start]


def _after(text: str, end: int, n: int = 30) -> str:
    return text[end : end + n]


def in_number_range(text: str, start: int, end: int) -> bool:
    """Is the span one end of a range of figures ("$4–6 billion", "25 to 30", "between 5 and 7")?"""
    b, a = _before(text, start, 24), _after(text, end, 16)
    if _RANGE_BEFORE.search(b) or _RANGE_AFTER.match(a):
        return True
    if re.search(r"\bbetween\s+[$€£¥]?\d[\d.,]*\s*(?:%|percent|million|billion)?\s+and\s+[$€£¥]?$", b, re.I):
        return True
    if _RANGE_OPEN.search(b) and re.match(r"^\s*(?:%|percent|million|billion)?\s*(?:and|to|[-–—])\s*[$€£¥]?\d", a, re.I):
        return True
    return False


def filler_slot(text: str, start: int) -> bool:
    return bool(_FILLER_BEFORE.search(_before(text, start, 30)))


def location_slot(text: str, start: int) -> bool:
    return bool(_LOCATION_SLOT.search(_before(text, start, 40)))


def title_before(text: str, start: int) -> bool:
    return bool(_TITLE_BEFORE.search(_before(text, start, 60)))


def used_as_modifier(text: str, end: int) -> bool:
    return bool(_MODIFIER_AFTER.match(_after(text, end, 30)))


def unresolved_reference(sentence: str) -> bool:
    """"the two governments", "such a pact", "filling it", "The talks ...": needs an earlier sentence."""
    s = sentence.strip().lstrip("“\"")
    return bool(_UNRESOLVED.search(s) or _DEFINITE_OPENING.match(s))


def opinion(sentence: str) -> bool:
    return bool(_OPINION.search(sentence))


def _same_type_rivals(corpus, s, sp) -> int:
    """Other spans of the answer's type in the same sentence (a country blank beside another country)."""
    kinds = {"country": {"country", "demonym"}, "demonym": {"country", "demonym"}, "place": {"place", "country"},
             "person": {"person"}, "organisation": {"organisation"}}.get(sp.type)
    if not kinds:
        return 0
    return sum(
        1 for x in s.spans
        if x is not sp and x.type in kinds and x.canon != sp.canon and not corpus.is_anchor(corpus.entity_key(x), s.passage.source)
    )


def calibrate(corpus, d) -> tuple[float | None, str | None]:
    score = d.score
    caps: list[str] = []

    def cap(reason: str) -> None:
        caps.append(reason)

    if d.type in ("cloze", "mcq", "truefalse", "partner") and d.facts:
        fact = d.facts[0]
        s, sp = fact.sent, fact.span
        text = fact.text
        shown = text[s.shown_start : s.end]
        if unresolved_reference(text[s.start : s.end]) and s.context is None:
            cap("unresolved reference")
        if d.type in ("cloze", "mcq"):
            t = sp.type
            if t in ("percent", "money", "count", "year", "date") and in_number_range(text, sp.start, sp.end):
                return None, "blank inside a number range"
            if t in ("year", "date", "decade", "century") and filler_slot(text, sp.start):
                return None, "filler blank"
            if t == "date" and "d" in sp.meta:
                cap("day of the month")  # the exact day of an event is trivia
            if t == "date" and "y2" in sp.meta:
                cap("range of years")
            if t in ("term",):
                cap("descriptor blank")  # adjectives, generic nouns, partial phrases: other fills fit
            if t in ("organisation", "decade", "century") or (t == "place" and not specific_place(sp)):
                cap("loose category")
            if t in ("country", "demonym"):
                if location_slot(text, sp.start) or _same_type_rivals(corpus, s, sp):
                    cap("another place fits")
                if d.type == "mcq":
                    cap("country options")
            if t == "person":
                if used_as_modifier(text, sp.end):
                    return None, "name used as a modifier"
                if title_before(text, sp.start):
                    cap("title gives the name away")
                if len(sp.text.split()) == 1:
                    cap("surname only")
                if d.type == "mcq" and not _people_match(corpus, sp, d.distractor_keys):
                    cap("distractors of another role")
            if t == "money" and not re.search(r"[$€£¥₹₽]|\b(?:dollars?|euros?|pounds?|yen|yuan|rubles?|roubles?|rupees?)\b", sp.text, re.I):
                cap("money without currency")
            if s.hedges or s.chatty:
                cap("hedged sentence")
        if d.type == "truefalse":
            statement = d.stem
            if opinion(text[s.start : s.end]):
                cap("opinion")
            if d.answer == "False":
                if d.span_type == "statement" and not statement.startswith("True or false? According to the source,"):
                    flipped_from = fold(text[d.support[0].start : d.support[0].end])
                    before_word = re.findall(r"[\w’'-]+", _before(text, d.support[0].start, 20))[-1:]
                    as_verb = not before_word or fold(before_word[0]) not in _NOT_BEFORE_VERB
                    if flipped_from not in CLEAN_VERB_FLIPS or not as_verb:
                        cap("word flip")  # antonym flips are too often self-evidently false
                if any(k and k[0] == "title" for k in d.distractor_keys):
                    cap("title swap")
                if sp.type == "date" and "d" in sp.meta:
                    alt = d.distractor_spans[0] if d.distractor_spans else ""
                    if _same_month(sp.text, alt):
                        return None, "differs only by the day"
                if sp.type == "person" and _TOP_OFFICE.search(_before(text, sp.start, 30)):
                    cap("famous office holder")
                if sp.type in ("percent", "money", "count") and in_number_range(text, sp.start, sp.end):
                    return None, "swap inside a number range"
        if d.type == "partner":
            if not re.search(r"\b(?:suppl|sen[dt]|provid|sold|sell|furnish|deliver|export|import|purchas|b(?:uy|ought)|"
                             r"deploy|engaged in|invest|lent|lend|financ|train|fund|built|build)", shown, re.I):
                cap("partner statement not a concrete act")
            if sum(1 for x in s.spans if x.type in ("country", "demonym") and x.canon != sp.canon) >= 2:
                cap("partner statement names other countries")
            if re.search(r"\b(?:its|their) (?:war|invasion|revolution|nuclear)\b", shown):
                cap("partner given away by its own events")
    elif d.type == "matching":
        if d.stem.startswith("Match each person to what"):
            cap("actions overlap")
        if d.stem.startswith("Match each person to the title"):
            famous = sum(1 for _, title in d.answer if _TOP_OFFICE.search(title))
            if famous >= 2:
                cap("famous office holders")
    d.caps = caps
    if caps:
        score = min(score, REVIEW - 0.01 * (len(caps) - 1))
    return score, None


def _same_month(a: str, b: str) -> bool:
    ma = re.match(r"([A-Z][a-z]+)", a.strip())
    mb = re.match(r"([A-Z][a-z]+)", b.strip())
    ya = re.findall(r"\b\d{4}\b", a)
    yb = re.findall(r"\b\d{4}\b", b)
    return bool(ma and mb and ma.group(1)[:3] == mb.group(1)[:3] and ya == yb)


def _people_match(corpus, sp, keys) -> bool:
    """Every distractor is a person of the key's country (a Russian official for a Russian official)."""
    mine = corpus.person(sp.canon)
    if mine is None or not mine.country:
        return False
    for k in keys:
        if not k or k[0] != "person":
            return False
        theirs = corpus.person(k[1])
        if theirs is None or theirs.country != mine.country:
            return False
    return True

