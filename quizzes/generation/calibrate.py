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
from .standalone import standalone_problem

PUBLISH_LINE = 0.6



# words that make a figure a bound, so a smaller or larger figure may still be true
_BOUND_BEFORE = re.compile(r"\b(?:more than|over|above|exceed(?:ed|s|ing)?|at least|less than|under|below|up to|nearly|almost)\s*(?:US)?\W{0,2}$", re.I)


def _clearly_different(a: str, b: str) -> bool:
    """Two figures differ by at least a quarter of the larger one (40% vs 35% is too close to call false)."""
    x, y = (re.search(r"\d[\d,.]*", v) for v in (a, b))
    if not x or not y:
        return True
    p, q = (float(m[0].replace(",", "").rstrip(".")) for m in (x, y))
    return abs(p - q) >= 0.25 * max(p, q) if max(p, q) else True




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
    "announcement|statement|report|deployment|exercise|drills|negotiations|dispute|incident|attack|strike|strikes|"
    "relationship|partnership|alliance|bloc|arrangement|memorandum|loan|railway|base|corridor|mission|operation|"
    "offensive|ceasefire|truce|election|vote|referendum|sanctions|embargo|crisis|conflict|war|policy|strategy|"
    "framework|mechanism|consortium|venture|coalition|ties|relations|row|standoff"
)
# a definite description followed by words that name or qualify it is resolved within the sentence
_QUALIFIED_AFTER = r"(?:(?:of|between|with|on|to|for|that|which|who|signed|reached|struck|agreed|announced|known|called|named)\b|(?:in|at|against|under|led by|by)\s+(?:the\s+)?[A-Z])"
# "The talks ended ...", "The dam will ...": a definite description the sentence never names
_DEFINITE_OPENING = re.compile(
    r"^(?:(?:however|still|yet|meanwhile|moreover|but|and|so),?\s+)?the\s+(?-i:[a-z-]+\s+)?(?-i:" + _EVENT_NOUNS + r")\b"
    r"(?!\s+" + _QUALIFIED_AFTER + r")",
    re.I,
)
# "the project's permits were revoked", "... when the deal collapsed": an unnamed definite description
# anywhere in the sentence (a lowercase modifier at most; "the Varna dam" is named)
_DEFINITE_ANYWHERE = re.compile(
    r"\bthe\s+(?:[a-z-]+\s+)?(?:" + _EVENT_NOUNS + r")(?:['’]s\b|\b(?!\s+" + _QUALIFIED_AFTER + r")(?![-’']))"
)
# pronouns that lean on an earlier sentence: "Much of it went ...", "filling it", "used them"
_PRONOUN_PART = re.compile(
    r"^(?:(?:however|still|yet|meanwhile|moreover|but|and|so),?\s+)?(?:much|most|some|all|none|part|half|each|many|one|few|any)\s+of\s+"
    r"(?:it|them|this|these|those)\b",
    re.I,
)
_PRONOUN_OBJECT = re.compile(
    r"(?:(?<=[,;])\s+)?\b([a-z]+(?:ed|ing)|into|of|from|for|against|about|over|behind|toward|towards|with|without|under)\s+(?:it|them)\b"
    r"(?!\s+(?:is|was|are|were|to|as|would|will|has|had|could|might)\b)"
)
# "making it the main customer", "said it would": the pronoun is the sentence's own subject
_SMALL_CLAUSE = {"that", "said", "says", "made", "make", "makes", "making", "find", "found", "keep", "kept", "keeping",
                 "call", "called", "calls", "left", "leave", "leaves", "leaving", "rendering", "rendered", "considered",
                 "considering", "saw", "seeing", "deemed", "declared", "declaring"}


def _unnamed_definite(s: str):
    """The first "the <noun>" whose noun the sentence has not introduced earlier ("a recent U.S. operation, ... the operation")."""
    for m in _DEFINITE_ANYWHERE.finditer(s):
        head = re.findall(r"[a-z]+", m.group(0).lower().replace("’s", "").replace("'s", ""))[-1]
        if re.search(r"\b" + head + r"\b", s[: m.start()], re.I):
            continue
        return m
    return None


def _pronoun_object(s: str) -> bool:
    for m in _PRONOUN_OBJECT.finditer(s):
        if m.group(0)[:1].isspace() or fold(m.group(1)) in _SMALL_CLAUSE:
            continue  # ", making it ..." refers to the sentence's subject
        if re.search(r"[,;]|\b(?:and|but|which|while|after|before|then|who)\b", s[: m.start()]):
            continue  # a later clause: the antecedent is likely earlier in the sentence
        return True
    return False


# acronyms everyone knows; others must be spelled out in the sentence that uses them
KNOWN_ACRONYMS = {
    "UN", "EU", "US", "USA", "UK", "NATO", "IMF", "WTO", "BRICS", "OPEC", "GDP", "WHO", "USSR", "UAE", "CIA", "FBI",
    "AU", "ASEAN", "G7", "G20", "UNESCO", "UNICEF", "NGO", "NGOS", "COVID", "AI", "CEO", "TV", "LNG", "OECD", "KGB",
    "FSB", "BBC", "CNN", "AP", "AFP", "GPS", "IT", "II", "III", "IV", "DC", "DNA", "HIV", "AIDS", "OSCE", "IAEA",
}
_ACRONYM = re.compile(r"(?<![\w.-])([A-Z]{2,6})s?(?![\w-])")


def unexplained_acronym(sentence: str) -> str | None:
    """The first acronym the sentence neither spells out nor can assume known ("Under the RAA, ...")."""
    for m in _ACRONYM.finditer(sentence):
        a = m.group(1)
        if a in KNOWN_ACRONYMS or a in lx.COUNTRY_FORMS:
            continue
        if sentence[:1].isupper() and sentence.isupper():
            return None
        if re.search(r"\(\s*" + a + r"\s*\)", sentence):
            continue
        words = re.findall(r"[A-Z][\w’'-]*|(?<=\s)(?:of|and|for|the|on|de|la)\b", sentence.replace(m.group(0), " "))
        caps = [w for w in words if w[:1].isupper()]
        initials = "".join(w[0] for w in caps)
        if a in initials:
            continue
        return a
    return None


# opinion and editorial markers: a judgement, not a checkable fact
_OPINION = re.compile(
    r"\b(?:arguably|perhaps|should|ought to|must|clearly|undoubtedly|surely|obviously|in (?:my|our) view|we believe|"
    r"i think|it is (?:clear|obvious|evident)|it remains to be seen|needs? to|deserves?|regrettably|fortunately|"
    r"unfortunately|sadly|ironically|naive|foolish|misguided|wise|reckless|shameful|disgraceful|"
    r"it seems|seemingly|one might|one could|one can|we believe|we think|in short|remarkabl[ey]|astonishing(?:ly)?|"
    r"extraordinar(?:y|ily)|stunning(?:ly)?|striking(?:ly)?|spectacular(?:ly)?|staggering|breathtaking|"
    r"brilliant(?:ly)?|disastrous(?:ly)?|absurd|outrageous|shocking(?:ly)?|impressive(?:ly)?|"
    r"deplorabl[ey]|laudabl[ey]|admirabl[ey]|of course|no doubt|make no mistake|to be sure)\b|\?",
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
    """"the two governments", "such a pact", "filling it", "The talks ...", "Much of it", "the project's
    permits", an unexplained "RAA": the sentence leans on something it never names."""
    s = sentence.strip().lstrip("“\"")
    return bool(
        _UNRESOLVED.search(s) or _DEFINITE_OPENING.match(s) or _PRONOUN_PART.match(s) or _unnamed_definite(s)
        or _pronoun_object(s) or unexplained_acronym(s)
    )


def referent_noun(sentence: str) -> str | None:
    """The head noun of the sentence's unnamed definite description ("the project's permits" -> "project")."""
    m = _DEFINITE_OPENING.match(sentence.strip()) or _unnamed_definite(sentence)
    if not m:
        return None
    w = re.findall(r"[a-z]+", m.group(0).lower())
    return w[-1] if w and w[-1] != "s" else (w[-2] if len(w) > 1 else None)


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
        ctx = s.context
        alone = standalone_problem(
            text[s.start : s.end],
            text[ctx.start : ctx.end] if ctx is not None and not (ctx.start <= sp.start < ctx.end) else None,
            spans=(ctx.spans if ctx is not None else []) + s.spans,
            statement=d.type == "truefalse",
        )
        if alone:
            cap("not self-contained: " + alone)
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
            if d.type == "mcq" and t == "date" and (
                all(day_only_change(d.answer, o) for o in d.options if o != d.answer)
            ):
                return None, "options differ only by the day"
            if t in ("country", "demonym") and implied_country(text, sp.start, sp.end):
                return None, "neighbouring words give the answer away"
            if t in ("organisation", "term", "place") and implied_phrase(text, sp.start, sp.end):
                return None, "neighbouring words give the answer away"
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
            if opinion(text[s.shown_start : s.end]):
                return None, "opinion"
            if d.answer == "False":
                if d.span_type == "statement":
                    # An antonym flip ("slowed" -> "accelerated", "likely" -> "unlikely") too often
                    # contradicts the rest of its own sentence, so it waits for a reviewer.
                    cap("word flip")
                if any(k and k[0] == "title" for k in d.distractor_keys):
                    cap("title swap")
                alt = d.distractor_spans[0] if d.distractor_spans else ""
                if (sp.type == "date" and "d" in sp.meta and _same_month(sp.text, alt)) or day_only_change(sp.text, alt):
                    return None, "differs only by the day"
                if sp.type == "person" and _TOP_OFFICE.search(_before(text, sp.start, 30)):
                    cap("famous office holder")
                if sp.type in ("percent", "money", "count") and in_number_range(text, sp.start, sp.end):
                    return None, "swap inside a number range"
                if sp.type in ("percent", "money", "count") and _BOUND_BEFORE.search(_before(text, sp.start, 25)):
                    cap("swapped figure is a bound")  # "exceeded $30 billion" stays true of "$20 billion"
                if sp.type in ("percent", "money", "count") and not _clearly_different(sp.text, alt):
                    cap("swapped figure too close")
        if d.type == "partner":
            if not re.search(r"\b(?:suppl|sen[dt]|provid|sold|sell|furnish|deliver|export|import|purchas|b(?:uy|ought)|"
                             r"deploy|engaged in|invest|lent|lend|financ|train|fund|built|build)", shown, re.I):
                cap("partner statement not a concrete act")
            if sum(1 for x in s.spans if x.type in ("country", "demonym") and x.canon != sp.canon) >= 2:
                cap("partner statement names other countries")
            if re.search(r"\b(?:its|their) (?:war|invasion|revolution|nuclear)\b", shown):
                cap("partner given away by its own events")
    elif d.type == "timeline":
        for event in d.answer:
            alone = standalone_problem(event)
            if alone:
                cap("event not self-contained: " + alone)
                break
    elif d.type == "matching":
        if d.stem.startswith("Match each person to what"):
            cap("actions overlap")
        if d.stem.startswith("Match each person to the title"):
            famous = sum(1 for _, title in d.answer if _TOP_OFFICE.search(title))
            if famous >= 1:
                cap("famous office holders")  # the famous pair is known, the rest follow by elimination
            nations = [title_nationality(title) for _, title in d.answer]
            if len(set(nations)) > 1:
                cap("nationality gives the title away")
    d.caps = caps
    if caps:
        score = min(score, REVIEW - 0.01 * (len(caps) - 1))
    return score, None


_DAY = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{1,2}(?:st|nd|rd|th)?)?\b(?!\d)(?!\s*(?:%|percent|million|billion|years?))")
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(m[:3] for m in lx.MONTHS) + r")[a-z]*\.?", re.I)


def day_only_change(a: str, b: str) -> bool:
    """Two date strings that differ only in the day of the month, in any written form:
    "1 March 2012" / "6 March 2012", "March 1, 2012" / "March 6, 2012", "1 March" / "6 March", "January 2-3"."""
    if a == b or not (_MONTH_WORD.search(a) and _MONTH_WORD.search(b)):
        return False

    def norm(x: str) -> str:
        x = re.sub(r"\b\d{4}\b", lambda m: "Y" + m.group(), x)  # keep years
        x = _DAY.sub("#", x)
        return re.sub(r"[\s,]+", " ", x).strip().lower()

    return norm(a) == norm(b)


_OFFICE_WORDS = (
    r"President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Crown Prince|Supreme Leader|Foreign Minister|"
    r"Defen[cs]e Minister|Vice President|Secretary of State|Minister|Leader|Ambassador"
)
# "_____ President Joe Biden", "_____'s Belt and Road": the words after a country blank name it
_IMPLIED_AFTER = re.compile(r"^(?:['’]s)?\s+(?:(?:" + _OFFICE_WORDS + r")\s+[A-Z]|Belt and Road)")
# "invasion of _____": the one famous invasion
_IMPLIED_BEFORE = re.compile(r"\binvasion of\s+(?:the\s+)?$|\bannexation of\s+$", re.I)


def implied_country(text: str, start: int, end: int) -> bool:
    """A country blank whose neighbours name it (its leader right after it, its famous initiative or invasion)."""
    return bool(_IMPLIED_AFTER.match(text[end : end + 60]) or _IMPLIED_BEFORE.search(_before(text, start, 40)))


def implied_phrase(text: str, start: int, end: int) -> bool:
    """The blank is half of a capitalised name whose other half is shown ("Belt and _____", "_____ and Road")."""
    before, after = _before(text, start, 30), _after(text, end, 30)
    if text[start : start + 1].isupper() and re.search(r"[A-Z][\w’'-]*\s+(?:and|of|&)\s+$", before):
        return True
    return bool(re.match(r"^\s+(?:and|of|&)\s+[A-Z]", after) and re.search(r"[A-Z][\w’'-]*['’]s\s+$|\bthe\s+$", before) is None
                and text[start : start + 1].isupper() and re.match(r"^\s+(?:and|&)\s+[A-Z][a-z]+\s+[A-Z]", after))


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
        if theirs is None or theirs.country != mine.country or len(theirs.canon.split()) < 2:
            return False
        # a titled key wants titled distractors: an official among officials, never a bare capitalised phrase
        if mine.titles and not theirs.titles:
            return False
    return True


def title_nationality(title: str) -> str:
    for w in re.findall(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", title):
        for cand in (w, w.split()[0]):
            if cand in lx.COUNTRY_FORMS:
                return lx.COUNTRY_FORMS[cand][0]
    return ""

