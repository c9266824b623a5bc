"""Checks every published question passes.  Each returns None when fine, or the skip reason.

They are small and separate so each can be unit-tested on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from . import lexicon as lx
from .lexicon import fold
from .nlp import lemma, tokenize, zipf

BLANK = "_____"

_BOILER = re.compile(
    r"\b(subscribe|sign up|log in|newsletter|cookies?|click here|read more|members?-only|advertisement|"
    r"privacy policy|all rights reserved|in your inbox|delivered every|related:|read also)\b|"
    # the publisher describing itself: "The Forum is an independent, non-partisan research institute."
    r"\bis\s+an?\s+(?:independent|non-?partisan|non-?profit|not-for-profit)\b[^.;]{0,60}?\b(?:institute|institution|"
    r"organi[sz]ation|think[- ]tank|research\s+(?:centre|center|group)|foundation|charity)\b",
    re.I,
)
_PRONOUN_OPENING = re.compile(
    r"^(?:(?:however|still|yet|moreover|meanwhile|also|and|but|so|thus),?\s+)?"
    r"(?:it|its|it's|it’s|they|their|them|he|she|his|her|this|these|those|such|both|the two|the latter|the former)\b",
    re.I,
)


def check_answer_at_support(passage_text: str, start: int, end: int, answer: str, forms: Sequence[str] = ()) -> str | None:
    """The answer (or, for a hidden partner, one of its forms) is exactly the cited span."""
    if not 0 <= start < end <= len(passage_text):
        return "answer not at support"
    found = passage_text[start:end]
    if found == answer or found in forms:
        return None
    return "answer not at support"


def answer_forms(answer: str, span_type: str) -> set[str]:
    """Folded surface forms that would give an answer away if they appeared in the prompt."""
    a = fold(answer).strip()
    forms = {a}
    if span_type in ("country", "demonym", "partner"):
        name = lx.COUNTRY_FORMS.get(answer, (answer, ""))[0]
        c = lx.COUNTRY_BY_NAME.get(name)
        if c:
            forms.update(fold(f) for f in c.all_forms)
            # "Russia-Venezuela", "Russian-flagged"
    elif span_type == "person":
        for part in re.split(r"[\s-]+", answer):
            p = fold(part)
            if len(p) > 2 and p not in ("al", "bin", "ibn", "de", "del", "van", "von", "the"):
                forms.add(p)
    elif span_type in ("percent", "money", "count"):
        m = re.search(r"\d+(?:[.,]\d+)*", answer)
        if m:
            forms.add(m.group())
    elif span_type in ("term", "organisation", "place"):
        words = [w for w in re.split(r"[\s]+", a) if w]
        if len(words) == 1:
            forms.add(lemma(a))
            forms.add(a.replace("-", " "))
            if a.endswith("s"):
                forms.add(a[:-1])
            else:
                forms.add(a + "s")
        else:
            forms.add(" ".join(lemma(w) for w in words))
    return {f for f in forms if f}


def _word_seq(text: str) -> list[str]:
    return [fold(t.text) for t in tokenize(text) if t.is_word or t.text[:1].isdigit()]


def _contains(seq: list[str], sub: list[str]) -> bool:
    n = len(sub)
    if not n:
        return False
    first = sub[0]
    return any(seq[i] == first and seq[i : i + n] == sub for i in range(len(seq) - n + 1))


@lru_cache(maxsize=50_000)
def check_not_given_away(stem: str, answer: str, span_type: str) -> str | None:
    """The prompt must not contain the answer or an obvious variant (case, plural, demonym, surname)."""
    body = stem.replace(BLANK, " ")
    seq = _word_seq(body)
    lemmas = [lemma(w) for w in seq]
    pieces = {p for w in seq for p in w.split("-")}  # "russian-supplied" gives away Russia
    for form in answer_forms(answer, span_type):
        sub = _word_seq(form)
        if _contains(seq, sub) or (len(sub) > 1 and _contains(lemmas, [lemma(w) for w in sub])):
            return "answer in prompt"
        if span_type in ("country", "demonym", "partner") and len(sub) == 1 and sub[0] in pieces:
            return "answer in prompt"
    if span_type in ("term", "organisation", "place"):
        words = [w for w in re.split(r"[\s-]+", fold(answer)) if len(w) > 3 and w not in lx.STOPWORDS]
        lemma_set = set(lemmas) | {p for w in lemmas for p in w.split("-")}
        if len(words) >= 2 and all(lemma(w) in lemma_set for w in words):
            return "answer in prompt"
    return None


# the generic part of a geographic name: "the Limpopo River", "Lake Kariba", "the Gulf of Aden"
_GEO_GENERIC = re.compile(
    r"^(?:the\s+)?(?:(?:Lake|Mount|Mt\.?|Gulf\s+of|Bay\s+of|Strait\s+of|Sea\s+of|Isle\s+of)\s+)?(?P<core>.+?)"
    r"(?:\s+(?:River|Lake|Sea|Ocean|Mountains?|Hills|Valley|Basin|Delta|Gulf|Bay|Strait|Islands?|Peninsula|Desert|Plateau|"
    r"Falls|Dam|Corridor))?$")


@lru_cache(maxsize=50_000)
def named_in_title(title: str, name: str, kind: str) -> bool:
    """Does the title shown above a question name this answer, or a variant of it ("Ivorian" for Côte d'Ivoire)?
    For a place, its rare distinctive word is enough: "The Limpopo Review" names the Limpopo River."""
    if not title:
        return False
    if check_not_given_away(title, name, "country" if kind == "demonym" else kind) is not None:
        return True
    m = _GEO_GENERIC.match(name.strip()) if kind == "place" else None
    core = m.group("core") if m else ""
    return bool(core) and core != name.strip() and " " not in core and len(core) > 3 and zipf(core.lower()) < 3.5 and \
        check_not_given_away(title, core, "place") is not None


def normalise_option(text: str) -> str:
    t = fold(text)
    t = re.sub(r"(?<=\b[a-z])\.", "", t)  # U.N. -> un
    t = re.sub(r"\bper ?cent\b", "%", t)
    t = re.sub(r"[^\w%$€£]+", " ", t).strip()
    return re.sub(r"^the ", "", t)


def check_options(options: Sequence[str], answer: str, n: int = 4) -> str | None:
    """n options, the key exactly once, all distinct after normalisation."""
    if len(options) != n:
        return "wrong number of options"
    norm = [normalise_option(o) for o in options]
    if len(set(norm)) != len(norm) or any(not x for x in norm):
        return "options not distinct"
    if sum(1 for o in options if o == answer) != 1:
        return "key not among options"
    return None


def _option_kind(text: str) -> str:
    t = text.strip()
    if re.fullmatch(r"(?:US|U\.S\.|[A-Z]{0,2})?[$€£¥]\s?\d[\d.,]*(?:\s?(?:million|billion|trillion|bn|m|k))?", t) or re.search(
        r"\d\s?(?:million|billion|trillion)?\s?(?:dollars|euros|pounds|yuan|rubles|roubles)\b", t
    ):
        return "money"
    if re.fullmatch(r"\d+(?:\.\d+)?\s?(?:%|percent|per cent)", t):
        return "percent"
    if re.fullmatch(r"(?:1[6-9]|20)\d\d", t):
        return "year"
    if re.fullmatch(r"\d[\d.,]*(?:\s(?:million|billion|trillion|thousand))?", t):
        return "count"
    return "other"


def check_option_types(options: Sequence[str], answer: str, span_type: str) -> str | None:
    """Every option is the same kind of thing as the key (all percentages, all countries, ...)."""
    if span_type in ("percent", "money", "year", "count"):
        kinds = {_option_kind(o) for o in options}
        if kinds != {_option_kind(answer)}:
            return "options of mixed types"
    elif span_type in ("country", "partner"):
        if not all(o in lx.COUNTRY_FORMS for o in options):
            return "options of mixed types"
    elif span_type == "person":
        shape = len(answer.split()) > 1
        if any((len(o.split()) > 1) != shape for o in options) or any(o in lx.COUNTRY_FORMS for o in options):
            return "options of mixed types"
    elif span_type == "date":
        has_month = bool(re.search(r"[A-Z][a-z]+", answer))
        if any(bool(re.search(r"[A-Z][a-z]+", o)) != has_month for o in options):
            return "options of mixed types"
    return None


def check_blank_well_formed(passage_text: str, start: int, end: int) -> str | None:
    """The blank covers whole words: not part of a hyphenated word, not half a possessive."""
    before = passage_text[start - 1] if start > 0 else " "
    after = passage_text[end] if end < len(passage_text) else " "
    if before.isalnum() or before in "-'’_" or after.isalnum() or after in "-_":
        return "blank splits a word"
    if after in "'’" and passage_text[end : end + 2] not in ("'s", "’s") and not passage_text[end : end + 2].rstrip("'’").strip() == "":
        return "blank splits a word"
    return None


def check_single_blank(stem: str) -> str | None:
    n = stem.count(BLANK)
    if n != 1:
        return "malformed blank"
    if re.search(r"\b(?:a|an)\s+" + re.escape(BLANK) + r"\s+(?:a|an|the)\b", stem):
        return "malformed blank"
    return None


def check_self_contained(statement: str) -> str | None:
    """A prompt must not open with a reference to something it does not show."""
    s = statement.strip().lstrip("“\"")
    if s.startswith(BLANK):
        return None
    if _PRONOUN_OPENING.match(s):
        return "self-reference without context"
    return None


def check_has_context(stem: str, names_only: bool = False) -> str | None:
    """Besides the blank, the prompt names something (a name, a number, a date) to anchor it.

    With names_only, a number alone is not enough (a true/false statement needs a subject).
    """
    body = stem.replace(BLANK, " ")
    toks = [t.text for t in tokenize(body)]
    anchors = [
        w for i, w in enumerate(toks)
        if (w[:1].isupper() and i > 0 and w not in ("I",) and w not in lx.MONTH_NUMBER) or (w[:1].isdigit() and not names_only)
    ]
    first = toks[0] if toks else ""
    if first[:1].isupper() and (first in lx.COUNTRY_FORMS or (first.isupper() and len(first) > 1)):  # not "A ..."
        anchors.append(first)
    if not anchors:
        return "prompt lacks context"
    return None


def check_length(stem: str, lo: int = 6, hi: int = 75) -> str | None:
    n = len(stem.split())
    if n < lo:
        return "prompt too short"
    if n > hi:
        return "prompt too long"
    return None


def check_no_boilerplate(text: str) -> str | None:
    if _BOILER.search(text):
        return "boilerplate"
    if re.search(r"https?://|www\.|<[a-z/][^>]*>|\[\d+\]|\s{2,}", text):
        return "markup in prompt"
    return None


# "after the 1939–40 war", "since 2015", "before 2001", "between 2010 and 2014": what the prompt itself says
# about when the blank can be
_AFTER_YEAR = re.compile(r"\b(?:after|since|following|post-?)\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,3}?"
                         r"((?:1[5-9]|20)\d\d)(?:\s*[–-]\s*(\d{2,4}))?\b", re.I)
_BEFORE_YEAR = re.compile(r"\b(?:before|prior to|ahead of)\s+(?:the\s+)?(?:[A-Za-z’'-]+\s+){0,3}?"
                          r"((?:1[5-9]|20)\d\d)(?:\s*[–-]\s*\d{2,4})?\b", re.I)


_CLAUSE_CHAR = r"(?:[^.;_]|\.(?=\d))"  # within one clause (a decimal point is no full stop)
_FROM_YEAR_TO_BLANK = re.compile(r"\bfrom\b" + _CLAUSE_CHAR + r"{0,60}?\b((?:1[5-9]|20)\d\d)\b" + _CLAUSE_CHAR + r"{0,10}?\bto\b"
                                 + _CLAUSE_CHAR + r"{0,40}?" + re.escape(BLANK))


def _range_end(first: str, second: str | None) -> int:
    if not second:
        return int(first)
    if len(second) == 2:
        return int(first[:2] + second)
    return int(second) if len(second) == 4 else int(first)


YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")  # a year in a sentence or an option: "1998", "2026"


def year_bounds(prompt: str) -> tuple[int | None, int | None]:
    """The earliest and latest year the blank of a prompt can hold, by what the prompt says around it:
    "after the 1939–40 war, in _____" -> (1940, None); "before 2001" -> (None, 2001)."""
    body = prompt.replace(BLANK, " ")
    lows = [_range_end(m.group(1), m.group(2)) for m in _AFTER_YEAR.finditer(body)]
    # "fell from $68.2 billion in 2022 to $52.6 billion in _____": the blank comes after the year it starts from
    lows += [int(m.group(1)) + 1 for m in _FROM_YEAR_TO_BLANK.finditer(prompt)]
    highs = [int(m.group(1)) for m in _BEFORE_YEAR.finditer(body)]
    return (max(lows) if lows else None), (min(highs) if highs else None)


def year_ruled_out(option: str, low: int | None, high: int | None) -> bool:
    """An option whose year falls outside the bounds the prompt itself sets."""
    years = [int(y) for y in YEAR.findall(option)]
    if not years:
        return False
    return any((low is not None and y < low) or (high is not None and y > high) for y in years)


# a bound before a blank figure: "less than _____ hours" holds for any larger figure as well
_BOUND_WORDS = re.compile(
    r"\b(?:more than|less than|fewer than|over|under|above|below|at least|at most|up to|no more than|no less than|"
    r"upwards of|in excess of|exceed(?:ed|s|ing)?|topp(?:ed|ing)|surpass(?:ed|es|ing)?)\s*(?:US|U\.S\.)?\W{0,2}$",
    re.I,
)


def check_bounded_blank(stem: str) -> str | None:
    """A blank figure after a bound ("Less than _____ hours", "over _____ (number) troops")."""
    i = stem.find(BLANK)
    if i < 0:
        return None
    if _BOUND_WORDS.search(stem[max(0, i - 30) : i]):
        return "bounded figure"
    return None


# "has been outspoken on X", "was vocal about X": a manner of speaking, not a fact worth asking
_VAGUE_EVALUATIVE = re.compile(
    r"\b(?:is|was|are|were|be|been|has been|have been|had been|remains|remained|became|become|seen as|known as|"
    r"known for being|regarded as)\s+(?:(?:very|quite|particularly|especially|increasingly|notably|highly|more|most|"
    r"often|always|openly|deeply|fairly|rather|also|long)\s+)*"
    r"(?:outspoken|vocal|voluble|forthright|candid|blunt|sceptical|skeptical|hawkish|dovish|ambivalent|wary|"
    r"cautious|reticent|lukewarm|enthusiastic|warm|cool|cold|guarded|measured|circumspect|strident|combative|"
    r"pragmatic|uneasy|reserved)\b"
    r"(?:\s+(?:on|about|of|toward|towards|over|regarding|in)\b)?",
    re.I,
)


# a judgement with no measure behind it: "difficult to overstate", "no relationship matters more", "the most
# diplomatically active state", "introduces new uncertainty", "is sometimes described as"
# a predicate that says nothing measurable about its subject: "India ... has also been active."
EMPTY_PREDICATE = re.compile(r"\b(?:has|have)\s+(?:also\s+)?(?:been\s+(?:active|busy|present|engaged|visible|quiet)|"
                             r"(?:expanded|grown|changed|increased|improved|deepened|widened|evolved|shifted))\s*[.;]")  # "has expanded."
_EVALUATIVE_CLAIM = re.compile(
    r"\b(?:(?:difficult|hard|impossible) to (?:overstate|exaggerate|overestimate)|cannot be (?:overstated|exaggerated)|"
    r"(?:no|nothing|none)\s+(?:[a-z]+\s+)?(?:matters?|counts?|weighs?)\s+more|(?:matters?|counts?) more (?:to|for|than)\b|weighs? more on\b|"
    r"[’']s\s+most\s+(?:reliable|dependable|trusted|loyal|steadfast|valuable|vocal|outspoken|assertive|faithful)\b|"
    r"\bthe\s+most\s+(?:[a-z]+ly\s+)?(?:active|important|influential|significant|consequential|visible|"
    r"dynamic|ambitious|successful|assertive|reliable|valuable|effective|vital|crucial|strategic|sensitive|delicate|"
    r"outspoken|vocal|hawkish|dovish|"
    r"contentious|contested|controversial|difficult|fraught|serious|pressing|urgent|dangerous|likely)\b|"
    r"\bthe\s+(?:loudest|strongest|most\s+(?:vocal|persistent|insistent))\s+voices?\b|"  # "the loudest voice in the EU"
    r"\bpunch(?:es|ed|ing)?\s+(?:well\s+|far\s+)?(?:above|below|beneath)\s+(?:its|their|his|her)\s+weight\b|"
    r"\bbet(?:s|ting)?\s+(?:heavily|big|everything|its\s+future)\s+on\b|"  # "has bet heavily on being Washington's partner"
    r"^(?:[\w’'-]+\s+){1,4}(?:is|are|was|were),\s+in\s+(?:many|some|most)\s+(?:ways|respects),|"  # "Spain is, in many ways, the door"
    r"\b(?:is|are|was|were)\s+(?:not\s+often|rarely|seldom|not\s+usually)\s+(?:described|called|seen|thought\s+of|regarded)\s+as\b|"
    r"(?:introduces?|introduced|adds?|added|creates?|created|brings?|brought|injects?|injected)\s+(?:new|fresh|more|further)?"
    r"\s*(?:uncertainty|unpredictability|complications?|questions)|"
    r"(?:is|are|was|were)\s+(?:sometimes|often|frequently|widely|commonly|occasionally)\s+(?:described|called|seen|"
    r"characterised|characterized|portrayed|referred to|labelled|labeled|dubbed)\s+as|"
    r"for many (?:in|of|among)\b|"
    r"(?:is|was|were|are|marked|proved|became)\s+(?:a|an)\s+(?:[a-z]+\s+)?milestone\b|"
    r"(?:revealed|reveals?|showed|shows?|says?|said|tells?|told|knows?|knew|learned|learnt)\s+(?:us\s+)?something\s+about\b|offers?\s+something\b|"
    r"\bin\s+ways\s+that\s+(?:cannot|can\s*not|could\s+not|will\s+not|no\s+\w+\s+can)\b|"  # "tie Sri Lanka to India in ways that cannot be changed"
    r"owes?\s+(?:much|something|a\s+great\s+deal|a\s+lot|a\s+debt)\s+to\b|"
    r"(?:prides?|prided|pride)\s+(?:itself|themselves|himself|herself)\s+on\b|"
    r"nothing\s+(?:illustrates|captures|shows|demonstrates|explains|sums up|symbolises|symbolizes)\b.{0,80}?\bbetter than\b|"
    r"(?:is|are|was|were|remains?)\s+(?:a\s+)?(?:study|lesson|case study|masterclass|textbook case)\s+in\b|"
    r"(?:has|have|had)\s+done\s+more\s+(?:to|for)\b.{1,120}?\bthan\s+(?:any|anyone|anything|all)\b|"
    r"(?:is|are|was|were)\s+(?:not\s+a|no)\s+(?:trivial|small|minor|negligible|light)\s+(?:cost|matter|thing|price)\b|"
    r"\b(?:has|have|had)\s+(?:always|long)\s+survived\s+by\b|"
    # "has survived for more than six decades as a small, wealthy state wedged between ..."
    r"\b(?:has|have|had)\s+survived\s+(?:for\s+[^,.;]{1,40}?\s+)?as\s+an?\b|"
    r"\b(?:is|are|was|were|remains?|remained)\s+(?:still\s+)?(?:indispensable|irreplaceable)\b|"
    r"\b(?:is|are|was|will\s+be)\s+the\s+(?:hardest|biggest|toughest|greatest|real|ultimate|decisive)\s+"
    r"(?:test|challenge|question|problem|risk|prize)\b|"  # "The Durra field ... is the hardest test."
    r"\b(?:is|are|was|were)\s+at\s+once\b|"
    # "Vanuatu's foreign policy has been shaped by its unusual birth": an influence, not an event
    r"\b(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?shaped\s+by\b(?![^.;]*\d)|"  # "Saudi Arabia is at once Kuwait's protector ... and its competitor"
    r"\bneither\s+(?:can|could|will|would)\b|"  # "yet neither can substitute for Washington"
    # "Brussels is positioning itself as a partner for ...", "a small country with an outsized reputation": a portrait
    r"\bpositioning\s+(?:itself|themselves|himself|herself)\s+as\b|"
    r"\boutsized?\s+(?:[a-z]+\s+)?(?:reputation|role|influence|profile|voice|presence|weight)\b|"
    # "the lesson of the past three decades is that goodwill is plentiful": a moral drawn, not a fact
    r"\bthe\s+(?:[a-z]+\s+)?(?:lesson|moral|takeaway|upshot|irony|paradox)\s+(?:(?:of|from|for|here|in)\b[^.;]{0,80}?\s)?"
    r"(?:is|was|remains)\s+(?:that|clear|simple)\b|"
    # what someone reasons or believes, as an aside: "If ..., Estonia's planners reason, the Nordic states are closer"
    r",\s+(?:[\w’'-]+\s+){1,3}(?:reason|reckon|calculate|believe|think|fear|hope)s?\s*,|"
    r"\bthan\s+(?:(?:with|in|for|to|at|by)\s+)?(?:almost|nearly|virtually|practically)\s+any(?:one|thing|\s+other)?\b|"  # "faster than almost any candidate"
    r"\b(?:strategy|approach|aim|goal|ambition|instinct|playbook|formula|bet|challenge|task)\s+(?:has\s+been|had\s+been|is|was|remains)\s+to\b|"
    # "The clearest evidence of Armenia's shift is in its arms procurement": a verdict on evidence
    r"\bthe\s+(?:clearest|strongest|best|surest|starkest|most\s+telling)\s+(?:evidence|sign|signal|example|illustration|indication|"
    r"expression|embodiment|manifestation|symbol|demonstration)\b|"
    # "the least visible and most serious item", "the single largest source of unpredictability": a ranking by feel
    r"\bthe\s+(?:least|most)\s+[a-z-]+\s+and\s+(?:the\s+)?(?:least|most)\s+[a-z-]+\b|"
    r"\b(?:largest|biggest|greatest|main|chief)\s+source\s+of\s+(?:unpredictability|uncertainty|instability|friction|tension|"
    r"anxiety|risk)\b|"
    # "rests less on treaties than on pipes, cables and people": a metaphor weighed, not a fact
    r"\b(?:rests?|rested|depends?|depended|relies|relied|rely)\s+less\s+on\b[^.;]{1,80}?\bthan\s+on\b|"
    # "comes first by almost any measure", "the largest partner in human terms": a measure left unsaid
    r"\bby\s+(?:almost\s+|nearly\s+|virtually\s+)?(?:any|every)\s+measure\b|\bin\s+human\s+terms\b|"
    # "China's position in Iraq is large and low-profile", "American engagement is modest in scale but long-standing"
    r"\b(?:position|presence|footprint|role|engagement|influence|stake|involvement)\s+(?:in\s+(?:[A-Z][\w’'-]*\s+){1,3})?"
    r"(?:is|are|was|were|remains)\s+[a-z-]+(?:\s+in\s+[a-z]+)?\s+(?:and|but)\s+[a-z-]+\s*[.;]|"
    # "Portuguese banks remain important in Angola": a standing with no measure
    r"\b(?:remains?|remained)\s+(?:still\s+)?(?:important|influential|significant|relevant|prominent|visible)\s+"
    r"(?:in|to|for|across)\b(?![^.;]*\d)|"
    # "Iraq has shown that a state emerging from war can avoid choosing": a lesson drawn
    r"\bha(?:s|ve)\s+shown\s+that\s+(?:even\s+)?an?\s+(?:[a-z-]+\s+)?(?:state|country|nation|government|power)\b|"
    # "Washington's engagement has deepened in two distinct phases.": a paragraph announcing its plan
    r"\bin\s+(?:two|three|four)\s+(?:distinct\s+|separate\s+|main\s+|broad\s+)?(?:phases|stages|ways|waves|steps|respects)\s*[.:]|"
    # "Uruguay's strongest asset is not its market size but ...": a verdict on strengths, not a fact
    r"\b(?:strongest|greatest|biggest|main|chief|real|best|most\s+valuable)\s+(?:asset|strength|weakness|advantage|liability|card)s?\s+"
    r"(?:is|are|was|were|remains?|lies|lie)\b|"
    # "... also have meaningful relationships with Namibia, but on a smaller scale": smaller than whom?
    r"\bon\s+a\s+(?:much\s+|far\s+)?(?:smaller|larger|lesser|bigger|grander|more\s+modest)\s+scale\b(?![^.;]*\bthan\b)|"
    # "In much of Latin America, a change of government brings ...": a generalisation, not the article's fact
    r"^(?:In|Across|Throughout)\s+(?:much|most|many\s+parts|large\s+parts)\s+of\s+[^,]{2,40},(?![^.;]*\d)|"
    # "Washington's relationship with Abidjan combines development money and security training": a portrait, not a fact
    r"\b(?:relationship|relations|ties|partnership)\s+(?:with\s+(?:[A-Z][\w’'-]*\s+){1,3})?(?:combines|blends|mixes|"
    r"rests\s+on|is\s+built\s+on|is\s+anchored\s+in|revolves\s+around)\b|"  # "has always survived by managing bigger neighbours"
    + EMPTY_PREDICATE.pattern + "|"  # "India ... has also been active."
    r"\bthe\s+(?:reef|rock|graveyard|altar|anvil)\s+on\s+which\b|"  # "the reef on which every initiative has run aground"
    # "If Taiwan is Paraguay's diplomatic identity, Brazil is its economic gravity": a metaphor, not a fact
    r"^(?-i:If)\s+(?:the\s+)?(?-i:[A-Z])[^,]{0,80}?\b(?:is|are|has\s+been|have\s+been)\s+[^,]{2,80},\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3}(?:is|are|has\s+been|have\s+been)\s+(?:its|their|the)\b|"
    r"\b(?:is|was|remains)\s+where\s+(?:[A-Z][\w’'-]*\s+){0,3}[\w’'-]+\s+(?:[a-z]+\s+){0,4}?"
    r"(?:starts|begins|ends|(?:[a-z]+\s+)?(?:longest|first|most|hardest|best|furthest|farthest))\b|"
    r"(?:is|are|was|were|remains?|remained)\s+(?:[a-z]+ly\s+)?(?:stable|cordial|warm|frosty|tense|prickly|cool|friendly|"
    r"strained|close|difficult|complicated|delicate|solid|strong|healthy|fragile|uneasy)\s+but\s+(?:[a-z]+ly\s+)?[a-z]+"
    r"\s*[.,;])",
    re.I,
)


@lru_cache(maxsize=50_000)
def vague_evaluation(sentence: str) -> str | None:
    """The sentence's claim is a characterisation ("outspoken on X", "wary of X") or a judgement with no measure
    ("difficult to overstate", "the most diplomatically active state") rather than a fact."""
    m = _VAGUE_EVALUATIVE.search(sentence) or _EVALUATIVE_CLAIM.search(sentence)
    if m is None and not re.search(r"\bthan\b", sentence, re.I):
        m = _BARE_COMPARATIVE.search(sentence)  # "Talks with Vanuatu have moved more slowly.": than what?
    if m is None and not re.search(r"\d", sentence):
        # "absorb a significant share of its exports", "paid relatively little attention", "No partner has grown
        # faster than ...", "has risen sharply in recent years", "has maintained close ties", "remains an important
        # partner", "British firms are active in energy": with no figure
        m = (_UNMEASURED_SHARE.search(sentence) or _RELATIVELY.search(sentence) or _NONE_MORE.match(sentence)
             or _UNMEASURED_TREND.search(sentence) or _CLOSE_TIES.search(sentence) or _STANDING.search(sentence))
    elif m is None and not re.search(r"\d", YEAR.sub("", sentence)):
        m = _NONE_MORE.match(sentence)  # "No issue has defined its policy since 2022 as thoroughly as ...": a year is no measure
    if m is None and not re.search(r"\d", YEAR.sub("", sentence)):
        m = _ANY_TIME_SINCE.search(sentence)  # "changed more since 2024 than at any time since 1995"
    if m is None:
        m = THAN_ASSUMED.search(sentence)  # "larger than most Western observers assume": the author's view
    if m is None:
        m = _WEIGHED_PURPOSE.search(sentence)  # "staged less for voters than for foreign audiences": a reading
    return m.group(0) if m else None


# a claim that weighs one purpose or nature against another: "was staged less for domestic voters than for foreign
# audiences", "is more about prestige than (about) money", "is less a partnership than a protectorate" (what was
# paid or spent "less for gas than for oil" is a measure)
_WEIGHED_PURPOSE = re.compile(
    r"(?<!paid )(?<!pays )(?<!pay )(?<!spent )(?<!spends )(?<!charged )(?<!charges )(?<!costs )(?<!cost )"
    r"\b(?:less|more)\s+(?:for|about|to do with|a matter of|as)\s+[^.;]{1,80}?\s+than\s+(?:for|about|to do with|a matter "
    r"of|as|with|by)\b|\b(?:less|more)\s+an?\s+[a-z-]+\s+than\s+an?\s", re.I)


_NONE_MORE = re.compile(r"(?:No|Few)\s+(?:other\s+)?(?:single\s+)?(?:[a-z]+\s+)?(?:partners?|relationships?|country|countries|states?|"
                        r"ally|allies|neighbou?rs?|one|capitals?|governments?|issues?|questions?|topics?|subjects?|"
                        r"events?|decisions?|factors?|matters?|developments?)\b[^.;]*?\b(?:than|as)\b")
# a standing with no measure: "remains an important partner", "an active dimension of its policy", "are active in energy",
# "a relationship of comparable weight"
_STANDING = re.compile(r"\b(?:remains?|is|are|has been|have been|became|becomes?)\s+(?:also\s+|still\s+)?(?:an?\s+|the\s+)?"
                       r"(?:active|important|key|significant|major|vital|crucial|central|essential|valuable)\s+(?:dimension|"
                       r"part|element|feature|aspect|component|strand|partner|player|actor|presence|pillar|factor)s?\b|"
                       r"\b(?:are|is|remains?)\s+(?:also\s+)?active\s+in\b|"
                       # "a commercial relationship of comparable weight": comparable to what?
                       r"\bof comparable (?:weight|size|scale|importance|significance|depth|standing)\b(?!\s+(?:to|with)\b)|"
                       # "has made the link with Africa a centrepiece of its diplomacy"
                       r"\b(?:a|the)\s+(?:centrepiece|centerpiece|cornerstone|linchpin|hallmark|mainstay|bedrock)\s+of\b", re.I)
_UNMEASURED_TREND = re.compile(r"\b(?:risen|grown|increased|fallen|declined|dropped|expanded|surged|soared|shrunk)\s+"
                               r"(?:sharply|rapidly|steadily|significantly|considerably|markedly|substantially|"
                               r"dramatically|fast|quickly)\b", re.I)
_CLOSE_TIES = re.compile(r"\b(?:maintained|kept|enjoys?|enjoyed|has|had|have)\s+(?:also\s+)?(?:close|warm|strong|good|"
                         r"cordial|friendly)\s+(?:ties|relations|links)\b|"
                         # "relations with the United States are friendly but increasingly shaped by trade"
                         r"\b(?:relations|ties|the relationship)\s+(?:with\s+[^.;,]{1,60}?\s+)?(?:are|is|remain|remains|"
                         r"have been|has been)\s+(?:\w+ly\s+)?(?:friendly|warm|cordial|close|good|excellent|strained|tense|"
                         r"cool|frosty|difficult|uneasy)\b", re.I)
# "has changed more since 2024 than at any time since 1995": a judgement that years do not measure
_ANY_TIME_SINCE = re.compile(r"\bthan\s+(?:at\s+)?any\s+(?:other\s+)?(?:time|point|moment|period)\s+(?:since|in)\b", re.I)
THAN_ASSUMED = re.compile(r"\bthan\s+(?:most|many|some)\s+(?:[a-z]+\s+){0,2}(?:assume|think|realise|realize|believe|"
                           r"expect|suppose|imagine|appreciate)\b", re.I)


_BARE_COMPARATIVE = re.compile(r"\b(?:more|less)\s+(?:slowly|quickly|rapidly|swiftly|cautiously|gradually|slow|quick|"
                               r"rapid|cautious|gradual|assertive|active|important|visible|prominent)\s*[.;]", re.I)
_RELATIVELY = re.compile(r"\b(?:relatively|comparatively)\s+(?:little|few|small|modest|low|limited|minor|large|high|big)\b", re.I)
_UNMEASURED_SHARE = re.compile(r"\b(?:a|an)\s+(?:significant|substantial|considerable|sizeable|sizable|meaningful|growing|"
                               r"large|major|big)\s+(?:share|part|portion|proportion|chunk)\s+of\b", re.I)
