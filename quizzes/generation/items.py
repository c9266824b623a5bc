"""Facts (a sentence and the span it teaches) and the single-sentence question types.

cloze     the sentence with the span blanked; the student types the missing words
mcq       the same blank with the key and three wrong options of the same type
truefalse the sentence as written (True) or with the span swapped for a wrong same-type span (False)
partner   the sentence with a partner country hidden ("this country"); options are other partners
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .analysis import Corpus, Sentence
from .checks import YEAR, year_bounds, year_ruled_out
from .distractors import (_article_ok, date_alternatives, entity_alternatives, figure_value, number_alternatives, share_alternatives,
                          year_alternatives)
from .lexicon import fold
from .model import Support
from .nlp import content_stems, display, pos_options, stem, verb_lemma
from .spans import Span, year_of_month

BLANK = "_____"

TYPE_BASE = {
    "percent": 0.95, "money": 0.95, "count": 0.85, "date": 0.9, "year": 0.85, "decade": 0.7, "century": 0.6,
    "person": 0.85, "organisation": 0.7, "place": 0.7, "country": 0.72, "term": 0.55,
}
NUMERIC = {"percent", "money", "count"}
DATES = {"date", "year", "decade", "century"}


def digest(*parts: str) -> str:
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def seed_of(*parts: str) -> int:
    return int(digest(*parts)[:12], 16)


@dataclass
class Fact:
    sent: Sentence
    span: Span
    salience: float
    key: str
    answer_key: tuple[str, str] | None
    statement_only: bool = False  # the sentence is worth a true/false question, its span is no blank
    ground: tuple[Sentence, Span] | None = None  # a lesson's fact: where its answer occurs in a cited passage

    @property
    def text(self) -> str:
        return self.sent.passage.text

    @property
    def answer_text(self) -> str:
        """The answer as the source passage writes it."""
        return self.ground[1].text if self.ground else self.span.text

    @property
    def home(self) -> tuple[str, int]:
        """The passage sentence the fact comes from: (passage key, sentence index)."""
        s = self.ground[0] if self.ground else self.sent
        return s.passage.key, s.index

    @property
    def claim_home(self) -> tuple[str, int, int]:
        """The claim a true/false statement makes: its sentence, or one independent clause of it (part >= 1)."""
        s = self.ground[0] if self.ground else self.sent
        return s.passage.key, s.index, self.sent.part if not self.ground else 0


@dataclass
class Draft:
    """A question on its way to becoming a Candidate, with what the checks need to know."""

    type: str
    stem: str
    answer: object
    options: list[str]
    accepted: list[str]
    explanation: str
    span_type: str
    support: list[Support]
    score: float
    fact_key: str
    facts: list[Fact] = field(default_factory=list)
    subtype: str = ""  # truefalse: "true" | "false"
    distractor_keys: list[tuple[str, str]] = field(default_factory=list)
    distractor_spans: list[str] = field(default_factory=list)
    hidden: list[str] = field(default_factory=list)  # partner: the forms that were hidden
    caps: list[str] = field(default_factory=list)  # why calibration holds it for review (calibrate.hold_reason)

    @property
    def passages(self) -> list[str]:
        return [s.passage_key for s in self.support]


# ---------------------------------------------------------------------------
# Facts
# ---------------------------------------------------------------------------


def salience(corpus: Corpus, s: Sentence, sp: Span) -> float:
    if sp.in_quote or sp.type not in TYPE_BASE:
        return 0.0
    key = corpus.entity_key(sp)
    if corpus.is_anchor(key, s.passage.source):
        return 0.0
    # a member of a list of names: any other member would fit the blank as well
    if sp.in_list and sp.type in ("country", "person", "organisation", "place"):
        return 0.0
    # "Kremlin", "White House": a capital standing for its country is not an organisation to learn
    if sp.type == "organisation" and sp.text in lx.COUNTRY_FORMS:
        return 0.0
    # "(MFA)" right after "Ministry of Foreign Affairs": the pair gives each other away
    if sp.meta.get("alias"):
        return 0.0
    # a name the whole corpus keeps returning to is too easy an answer
    if sp.type in ("person", "organisation") and key is not None and corpus.prevalence(key) > 0.25:
        return 0.0
    base = TYPE_BASE[sp.type]
    # a refrain ("the war in Ukraine") repeated across the corpus teaches nothing new
    if corpus.refrain_count(sp) >= 3:
        base -= 0.3
    if sp.type == "person":
        info = corpus.person(sp.canon)
        if info is None or not info.strong:
            base = 0.6
        elif info.titles:
            base = 0.88
        elif re.search(r"\b(?:wife|husband|son|daughter|brother|sister|mother|father),?\s+$", s.passage.text[max(0, sp.start - 12) : sp.start]):
            return 0.0  # known only as someone's relative: trivia
        if key is not None and corpus.prevalence(key) > 0.15:
            base -= 0.2
    elif sp.type == "term":
        rar = sp.meta.get("rarity", 9.0)
        ph = sp.meta.get("phrase", 0.0)
        ev = sp.evidence
        if ev == "hyphen":
            base = 0.62 + (0.12 if rar < 3.6 else 0.0) + 0.1 * ph
        elif ev == "capitalised":
            base = 0.72
        elif ev == "np":
            base = 0.35 + 0.2 * ph + (0.2 if rar < 3.3 else 0.12 if rar < 3.9 else 0.04 if rar < 4.3 else -0.1)
            if s.hedges or s.chatty:
                base -= 0.1
            # what was supplied, sent or sold (or an example of it) is a concrete, teachable fact
            before = s.passage.text[max(s.start, sp.start - 45) : sp.start].lower()
            if _TRANSFER.search(before):
                base += 0.3
                sp.meta["transfer"] = True
        else:  # a single uncommon noun: only the truly specialised ones ("petrochemicals")
            base = 0.4 + (0.15 if rar < 2.6 else -0.2) + 0.1 * ph
        if len(corpus.term_passages.get(fold(sp.canon), ())) >= 2:
            base += 0.05
    elif sp.type in ("organisation", "place"):
        if sp.evidence in ("acronym",) and len(sp.text) <= 3:
            base -= 0.1
    if sp.in_list:
        base -= 0.05 if sp.type in NUMERIC | DATES else 0.1 if sp.type == "term" else 0.22
    return max(0.0, min(1.0, base))


_TRANSFER_VERB = (
    r"(?:suppl(?:y|ies|ied|ying)|sen(?:d|ds|t|ding)|provid(?:e|es|ed|ing)|sold|sell(?:s|ing)?|furnish(?:es|ed|ing)?|"
    r"deliver(?:s|ed|ing)?|export(?:s|ed|ing)?|import(?:s|ed|ing)?|purchas(?:e|es|ed|ing)|b(?:uy|uys|ought)|"
    r"deploy(?:s|ed|ing)?|engaged in|collaborated on|invested in)"
)
# the phrase is what was supplied: right after the verb ("sent fuel shipments"), after "X with"
# ("supplied Venezuela with military equipment"), or an example ("including fighter jets")
_TRANSFER = re.compile(
    r"\b(?:" + _TRANSFER_VERB + r"(?:\s+(?:[\w’'-]+\s+){0,3}with)?(?:\s+(?:[\w-]+\s+and|key|some))?|including|such as)\s+$"
)


def dangling_reference(s: Sentence) -> bool:
    """"this bargaining tool", "his long-time allies": a reference the sentence itself does not resolve."""
    text = s.text
    if s.context is not None:
        return False
    if re.search(r"\b(?:this|these|those|that)\s+(?!country\b|year\b|month\b|week\b|is\b|was\b|the\b|a\b)[a-z]+", text[1:]):
        m = re.search(r"\b(?:this|these|those)\s+([a-z]+)", text[1:])
        if m and m.group(1) not in ("country", "year", "month", "week"):
            return True
    pron = re.search(r"\b(?:he|his|him|she|her|hers)\b", text)
    if pron and not any(x.type == "person" and x.start - s.start < pron.start() for x in s.spans):
        return True
    return False


def sentence_quality(s: Sentence) -> float:
    q = 1.0
    n = s.n_words + (s.context.n_words if s.context else 0)
    if s.n_words < 9:
        q -= 0.12
    if n > 30:
        q -= 0.08
    if n > 38:
        q -= 0.12
    if re.search(r"\b(?:here|this issue|this writing|these tools|this instance)\b", s.text, re.I):
        q -= 0.15
    if dangling_reference(s):
        q -= 0.2
    q -= 0.12 * min(s.hedges, 3)
    q -= 0.15 * s.chatty
    if s.context is not None:
        q -= 0.1
    if "(" in s.text:
        q -= 0.03
    return max(0.0, min(1.0, q))


def fact_key_for(s: Sentence, sp: Span) -> str:
    return "f-" + digest(fold(display(s.text)), fold(sp.text))[:16]


def find_facts(corpus: Corpus) -> list[Fact]:
    """Every (sentence, salient span) of the passages, and of the lesson sentences whose answer
    also occurs in a passage they cite (the fact is then grounded there)."""
    facts: list[Fact] = []
    for s in corpus.sentences + corpus.lesson_sentences:
        if not s.usable or s.pidx in corpus.bad_passages:
            continue
        lesson = s.pidx < 0
        found = False
        for sp in map(year_of_month, s.spans):
            sal = salience(corpus, s, sp)
            if sal < 0.45:
                continue
            ground = corpus.ground(s, sp) if lesson else None
            if lesson and ground is None:
                corpus.skipped["lesson answer not in the cited passage"] += 1
                continue
            found = True
            facts.append(Fact(s, sp, sal, fact_key_for(s, sp), corpus.entity_key(sp), ground=ground))
        if not found:
            statement = statement_fact(corpus, s)
            if statement is not None and lesson:
                statement.ground = corpus.ground(s, statement.span)
                statement = statement if statement.ground else None
            if statement is not None:
                facts.append(statement)
            else:
                corpus.skipped["no salient span"] += 1
    return facts


# How much a true/false statement must claim (idf-weighted content words besides its names), with and
# without a typed fact (a figure, a date, a named person or place) that makes it specific by itself
STATEMENT_WEIGHT = 15.0
STATEMENT_WEIGHT_WITH_FACT = 8.0


def find_clause_facts(corpus: Corpus) -> list[Fact]:
    """Facts of the independent clauses of compound sentences: each clause is a true/false statement
    of its own (its spans are the sentence's, so other question types keep using the whole sentence)."""
    facts: list[Fact] = []
    for s in corpus.clauses:
        if s.pidx in corpus.bad_passages:
            continue
        found = False
        for sp in map(year_of_month, s.spans):
            sal = salience(corpus, s, sp)
            if sal >= 0.45:
                found = True
                facts.append(Fact(s, sp, sal, fact_key_for(s, sp), corpus.entity_key(sp)))
        if not found:
            statement = statement_fact(corpus, s)
            if statement is not None:
                facts.append(statement)
    return facts


# a plan or a forecast is not a fact to mark true or false: "will", "is due to be completed in 2029"
_PLAN_OR_FORECAST = re.compile(r"\b(?:will|won't|likely|expected\s+(?:to|back)|(?:is|are|was|were)\s+(?:due|scheduled|slated|set)\s+to|"
                               r"(?:is|are)\s+to\s+be|(?:planned|scheduled|pencilled|penciled)\s+for)\b")


def statement_worth_asking(corpus: Corpus, s: Sentence, has_fact: bool = False) -> bool:
    """A sentence that makes a specific, unhedged claim about something it names.

    With has_fact (the sentence holds a salient typed span: a figure, a date, a named person or
    place), a shorter claim is enough: the span itself makes the statement specific."""
    if s.hedges or s.chatty or not 8 <= s.n_words <= 40:
        return False
    if _PLAN_OR_FORECAST.search(s.text):
        return False  # a forecast is not a fact to mark true or false
    if dangling_reference(s):
        return False
    if not any(sp.type in ("country", "person", "organisation", "place", "demonym") for sp in s.spans):
        return False
    claim = corpus.claim_stems(s)
    if has_fact:
        return len(claim) >= 2 and sum(corpus.idf(x) for x in claim) >= corpus.weight_needed(STATEMENT_WEIGHT_WITH_FACT)
    return len(claim) >= 4 and sum(corpus.idf(x) for x in claim) >= corpus.weight_needed(STATEMENT_WEIGHT)


_NEGATION = re.compile(r"\b(?:not|never|no|none|nor|failed|unable|unwilling|without|lack|lacks|lacked|neither)\b|n't\b", re.I)
# "Serbia is Kosovo's most important neighbour", "Algeria, which borders Mali, ...": a place in the map's sense; any
# other country swapped in is one no reader would take for a neighbour
_NEIGHBOURHOOD = re.compile(r"\b(?:neighbou?r(?:s|ing|hood)?|border(?:s|ing|ed)?|next door|adjacent|landlocked)\b", re.I)


def statement_fact(corpus: Corpus, s: Sentence) -> Fact | None:
    """A plain factual sentence with no span worth blanking can still be a true/false statement.

    It must be self-contained, unhedged, name something, and say something specific; the span
    kept is the one a false version could swap (a partner country, a figure), else its first name.
    """
    if s.context is not None or s.hedges or s.chatty or not 8 <= s.n_words <= 40 or dangling_reference(s):
        return None
    names = [sp for sp in s.spans if sp.type in ("country", "person", "organisation", "place", "demonym")]
    if not names:
        return None
    claim = corpus.claim_stems(s)
    if len(claim) < 4 or sum(corpus.idf(x) for x in claim) < corpus.weight_needed(STATEMENT_WEIGHT):
        return None
    partners = dict(corpus.partner_rank())
    swappable = [
        sp for sp in names
        if sp.type == "country" and not sp.in_list and partners.get(sp.canon, 0) >= 1.5
        and not corpus.is_anchor(corpus.entity_key(sp), s.passage.source)
    ]
    span = swappable[0] if swappable else names[0]
    key = "f-" + digest(fold(display(s.text)), "statement")[:16]
    fact = Fact(s, span, 0.62, key, corpus.entity_key(span), statement_only=True)
    fact.span.meta.setdefault("swappable", bool(swappable) and not _NEGATION.search(s.text))
    return fact


# ---------------------------------------------------------------------------
# Shared pieces
# ---------------------------------------------------------------------------


def shown_text(s: Sentence) -> tuple[int, int]:
    return s.shown_start, s.end


_DISCOURSE = re.compile(
    r"^(?:however|still|meanwhile|moreover|furthermore|additionally|indeed|ultimately|notably|globally|politically|"
    r"historically|yet|so|well|thus|instead|nonetheless|nevertheless|in addition|in turn|for example|for instance),\s+",
    re.I,
)


def tidy(statement: str) -> str:
    """A sentence as a prompt: citation markers gone, a leading "However," dropped, a full stop at the end."""
    out = display(statement)
    if out and not re.search(r"[.!?][\"”’']?$", out):
        out += "."
    m = _DISCOURSE.match(out)
    if m and len(out) > m.end() + 1:
        rest = out[m.end() :]
        out = rest[0].upper() + rest[1:] if not rest.startswith(BLANK) else rest
    if out[:1].islower() and not re.match(r"[a-z]+[A-Z]", out):
        out = out[0].upper() + out[1:]  # a clause taken from the middle of its sentence ("the fall of ...")
    return out


def blanked(fact: Fact, replacement: str = BLANK) -> str:
    s, sp = fact.sent, fact.span
    a, b = shown_text(s)
    text = fact.text
    if s.context is not None:
        return display(text[a : s.start]) + " " + tidy(text[s.start : sp.start] + replacement + text[sp.end : b])
    return tidy(text[a : sp.start] + replacement + text[sp.end : b])


# country names written with "the"
_THE_NAMES = {"United States", "US", "U.S.", "USA", "United Kingdom", "UK", "U.K.", "Netherlands", "Philippines",
              "United Arab Emirates", "UAE", "European Union", "EU", "Soviet Union", "USSR", "Czech Republic",
              "Dominican Republic", "Central African Republic", "Democratic Republic of Congo",
              "Democratic Republic of the Congo", "DRC", "Bahamas", "Gambia", "Maldives", "Comoros", "Seychelles",
              "Solomon Islands", "Marshall Islands", "Vatican", "Holy See", "Gulf", "Caribbean", "Balkans", "Sahel",
              "Middle East", "Baltics", "Caucasus"}
_NAME_ENDS = re.compile(r"\s*(?:$|[,.;:)!?—–]|(?:in|on|at|and|or|to|for|over|since|after|before|until|by|from|as|"
                        r"was|were|is|are|had|has|have|said|says|signed|agreed|joined|left)\b)")
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|with|to|from|by|for|of|and|against|between|on|at|than|like|as)\s+$")


def with_article(statement: str, name: str) -> str:
    """A country swapped into a sentence, with "the" where the name takes one and without where it does not:
    "The US was ..." -> "Germany was ...", "a deal with Germany" -> "a deal with the United States"."""
    at = statement.find(name)
    if at < 0:
        return statement
    before = statement[:at]
    takes_the = name in _THE_NAMES
    m = re.search(r"\b([Tt]he)\s+$", before)
    if m and not takes_the:
        return before[: m.start()] + statement[at:]
    # (not before a noun it modifies: "with US firms")
    if not m and takes_the and _PREPOSITION_BEFORE.search(before) and _NAME_ENDS.match(statement[at + len(name) :]):
        return before + "the " + statement[at:]
    return statement


def cloze_stem(fact: Fact, corpus: Corpus | None = None) -> str:
    """The sentence with its span blanked and the kind of answer named: "in _____ (year)",
    "under _____'s (country) government"."""
    hint = hint_for(fact.span, corpus)
    if not hint:
        return blanked(fact)
    stem = blanked(fact, BLANK + "\x00")
    return re.sub(r"\x00(['’]s\b)?", lambda m: (m.group(1) or "") + hint, stem, count=1)


def support_for(fact: Fact) -> Support:
    if fact.ground:
        s, sp = fact.ground
        return Support(s.passage.key, sp.start, sp.end, s.explained_start, s.explained_end)
    s = fact.sent
    return Support(s.passage.key, fact.span.start, fact.span.end, s.explained_start, s.explained_end)


def explanation_for(s: Sentence) -> str:
    return s.passage.text[s.explained_start : s.explained_end]


def explanation_of(fact: Fact) -> str:
    """The source's own sentence (for a lesson's fact, the cited passage's sentence)."""
    return explanation_for(fact.ground[0] if fact.ground else fact.sent)


_HEAD_NOUNS = {"Dam", "Bridge", "Plant", "Station", "Reactor", "Base", "Agreement", "Treaty", "Accord", "Deal", "Act", "Law",
               "Declaration", "Strategy", "Plan", "Corridor", "Route", "Road", "Highway", "Airport", "Zone", "Park",
               "Complex", "Facility", "Terminal", "Field", "Works", "Steelworks", "Palace", "Tower", "Square", "Centre"}


def _generic_word(word: str) -> bool:
    """A word that names a kind of thing, not one thing ("Dam", "Group", "Bank"): never an answer on its own."""
    w = word.strip(".,’'")
    return w in lx.ORG_WORDS or w in lx.GEO_SUFFIXES or w in _HEAD_NOUNS or w.lower() in lx.STOPWORDS


# the kind of facility a place's name ends with, and the words that only say more about that kind: "Thule Air Base",
# "Bata Deep-Water Port"
_FACILITY_HEADS = {"Base", "Airbase", "Airport", "Airfield", "Port", "Harbour", "Harbor", "Terminal", "Dam", "Bridge",
                   "Refinery", "Mine", "Station", "Plant", "Complex", "Facility", "Stadium", "Palace"}
_FACILITY_MODIFIERS = {"Air", "Naval", "Navy", "Military", "Space", "International", "Autonomous", "Deep-Water",
                       "Deepwater", "Deep-Sea", "Container", "Hydroelectric", "Hydropower", "Power", "Nuclear", "Oil", "Gas",
                       "Sea", "Ferry", "Cargo"}


def _facility_name(name: str) -> list[str]:
    """"Thule" for "Thule Air Base": the name a facility goes by without the words saying what kind it is, when that
    name is not a country's or a people's ("Russian Naval Base" stays whole)."""
    words = name.split()
    end = len(words)
    if end < 2 or words[-1] not in _FACILITY_HEADS:
        return []
    end -= 1
    while end > 1 and words[end - 1] in _FACILITY_MODIFIERS:
        end -= 1
    stem = words[:end]
    if (not all(w[:1].isupper() for w in stem) or " ".join(stem) in lx.COUNTRY_FORMS or _generic_word(stem[-1])
            or stem[-1] in _FACILITY_MODIFIERS):
        return []
    return [" ".join(stem)]


def accepted_variants(sp: Span, corpus: Corpus) -> list[str]:
    """Other spellings a forgiving grader may accept for a typed answer."""
    t = sp.text
    out: list[str] = []
    if sp.type == "percent":
        n = sp.meta.get("n", "")
        out += [f"{n}%", f"{n} percent", f"{n} per cent", n]
    elif sp.type == "money":
        n = sp.meta.get("n", "")
        scale = sp.meta.get("scale", "")
        m = re.search(r"[$€£¥₹₽]", t)
        cur = m.group() if m else ""
        word = {"$": "dollars", "€": "euros", "£": "pounds", "¥": "yen", "₹": "rupees", "₽": "rubles"}.get(cur, "")
        if scale and cur:
            # the currency is part of the answer: "¥64 billion" is not "$64 billion" nor bare "64 billion"
            out += [f"{cur}{n} {scale}", f"{cur} {n} {scale}"] + ([f"{n} {scale} {word}"] if word else [])
        elif not cur:
            out.append(t.strip())
    elif sp.type == "count":
        n, scale = sp.meta.get("n", ""), sp.meta.get("scale", "")
        if scale and sp.value:
            out += [f"{sp.value:,.0f}", f"{sp.value:.0f}", f"{n}{scale[0]}"]
    elif sp.type == "date":
        m = sp.meta
        out.append(t.replace("-", "–") if "-" in t else t.replace("–", "-"))
        if "m" in m:
            import calendar

            full = calendar.month_name[m["m"]]
            abbr = calendar.month_abbr[m["m"]]
            if "d" in m:
                day = f"{m['d']}" + (f"-{m['d2']}" if "d2" in m else "")
                year = f" {m['y']}" if "y" in m else ""
                out += [f"{full} {day}{year}", f"{abbr} {day}{year}", f"{day} {full}{year}"]
                if "y" in m:
                    out.append(f"{full} {day}, {m['y']}")
            elif "y" in m:
                out += [f"{full} {m['y']}", f"{abbr} {m['y']}"]
    elif sp.type == "person":
        info = corpus.person(sp.canon)
        parts = t.split()
        # (not "Salman" for "Khalid bin Salman": a patronymic names the father)
        if len(parts) >= 2 and not _generic_word(parts[-1]) and parts[-2].lower() not in ("bin", "ibn", "bint", "ould"):
            out.append(parts[-1])
            bare = re.sub(r"^(?:al|el|ad|as|ash|at|az|ar|an|ul|bin|ibn)[-‑]", "", parts[-1], flags=re.I)
            if bare != parts[-1] and len(bare) > 2:
                out.append(bare)  # "Assad" for "Bashar al-Assad"
        if info and info.canon != t:
            out.append(info.canon)
    elif sp.type in ("country", "demonym"):
        c = lx.COUNTRY_BY_NAME.get(sp.canon)
        if c and sp.type == "country":
            out += [c.name, *c.aliases[:3]]
    elif sp.type == "term":
        if "-" in t:
            out.append(t.replace("-", " "))
        if t.endswith("s") and not t.endswith("ss"):
            out.append(t[:-1])
    elif sp.type == "organisation":
        m = re.match(r"\s*\(([A-Z]{2,6})\)", sp.meta.get("after", ""))
        if m:
            out.append(m.group(1))
        out += _facility_name(t)  # "Kolvo Autonomous Port", the company that runs the port
    elif sp.type == "place":
        out += _facility_name(t)
    folded = fold(t)
    if folded != t.lower():
        out.append(folded)
    seen = {t}
    res = []
    for x in out:
        x = x.strip()
        if x and x not in seen:
            seen.add(x)
            res.append(x)
    return res


def order_options(answer: str, distractors: list[str], seed: int) -> list[str]:
    """Key plus distractors in a deterministic order where the key's position varies."""
    opts = sorted(distractors, key=lambda d: digest(str(seed), d))
    pos = seed % (len(distractors) + 1)
    opts.insert(pos, answer)
    return opts


# a sentence about what is planned or expected: its years may lie after the article was written
_FUTURE = re.compile(r"\b(?:will|would|shall|should|must|plans?|planned|planning|expects?|expected|forecast|foresees?|"
                     r"projected|targets?|aims?|intends?|scheduled|due|by|until|through|later than|from now|next|"
                     r"scenarios?)\b", re.I)  # ("In our central scenario, Bukele wins the 2027 election")
_WILL = re.compile(r"\b(?:will|shall|is (?:due|expected|set) to|are (?:due|expected|set) to)\b", re.I)
# just before a year, words that look ahead from a sentence otherwise about the past: "has promised a constitutional
# referendum in 2027", "for the period 2030-2036", "His term runs to 2030"
# ("when the current supply deal runs out in 2028", "The likeliest course for 2027")
_FUTURE_BEFORE = re.compile(r"\b(?:promis(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|likely|likelier|likeliest|upcoming|period|"
                            r"runs?\s+(?:to|until|till|out\s+in)|expir(?:e|es|ing)\s+in)\b", re.I)


def latest_past_year(corpus: Corpus, source: str | None = None) -> int:
    """The latest year the article (or, without a source, the corpus) reports as past: no distractor goes past
    it ("2026" among the options of an article written in 2025 is ruled out by the calendar).  Years of plans
    and forecasts count only when the article gives no other."""
    cache = corpus.__dict__.setdefault("_max_years", {})
    if source not in cache:
        mine = [s for s in corpus.sentences if source is None or s.passage.source == source]
        past = [sp.meta["y"] for s in mine if not _FUTURE.search(s.text) for sp in s.spans if sp.meta.get("y")
                and not _FUTURE_BEFORE.search(s.passage.text, max(s.start, sp.start - 45), sp.start)]
        every = [sp.meta["y"] for s in mine for sp in s.spans if sp.meta.get("y")]
        cache[source] = max(past) if past else (max(every) if every else 2100)
    return cache[source]


_FIGURE = re.compile(r"(?P<cur>[$€£¥₹₽]\s?)?(?<![\d.,])(?P<n>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<mag>\s*(?:thousand|million|billion|trillion|bn|mn)\b)?"
                     r"(?P<pct>\s*(?:%|percent\b|per cent\b))?")


def same_kind_figures(s: Sentence, sp: Span) -> tuple[str, ...]:
    """The sentence's other figures of the span's kind, named as spans or not ("below the 2014 peak of 557,000"):
    percentages, amounts in the same currency, or counts (not years or days)."""
    text = s.passage.text
    currency = re.match(r"\D*", sp.text).group().strip()
    out = []
    for m in _FIGURE.finditer(text, s.start, s.end):
        if m.start() < sp.end and sp.start < m.end():
            continue
        kind = "percent" if m["pct"] else "money" if m["cur"] else "count"
        if kind != sp.type or (kind == "money" and m["cur"].strip() != currency):
            continue
        compared = _COMPARED_WITH.search(text, max(s.start, m.start() - 20), m.start()) or _range_end(text, sp, m)
        if kind == "count" and not (m["mag"] or "," in m["n"] or len(m["n"]) >= 3 or compared) or re.fullmatch(
                r"(?:19|20)\d\d", m["n"]):
            continue  # a day, a year or a small number in passing
        out.append(m.group())
    if sp.type == "count":  # "with _____ governments, up from four in 2021": a count the answer is compared with
        for m in _COMPARED_WORD.finditer(text, s.start, s.end):
            if not (m.start() < sp.end and sp.start < m.end()):
                out.append(str(_NUMBER_WORD_VALUES[m["word"].lower()]))
    return tuple(out)


def _range_end(text: str, sp: Span, m: re.Match) -> bool:
    """Whether the figure ``m`` is the other end of a range the span opens or closes: "cut new concessions from _____
    years to 30" (a cut from 10 to 30 is none), "raised from 12 to _____ per cent"."""
    first, second = (sp.start, sp.end), (m.start(), m.end())
    if m.start() < sp.start:
        first, second = second, first
    return bool(re.search(r"\bfrom\s+$", text[max(0, first[0] - 6) : first[0]], re.I)
                and re.fullmatch(r"\s*(?:[\w%-]+\s+){0,2}?to\s+(?:about\s+|roughly\s+|just\s+)?", text[first[1] : second[0]]))


# what sets one figure against another: "up from four", "down from 12", "compared with 9", "more than 3"
_MOVED_FROM = r"\b(?:up|down|rising|falling|rose|fell|grown|grew)\s+from"
_ROUGHLY = r"\s+(?:about\s+|roughly\s+|just\s+)?"
_COMPARED_WITH = re.compile(rf"(?:{_MOVED_FROM}|\b(?:compared\s+with|against|than)){_ROUGHLY}$", re.I)
_NUMBER_WORD_VALUES = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                       "eleven": 11, "twelve": 12, "a dozen": 12, "fifteen": 15, "twenty": 20}
_COMPARED_WORD = re.compile(rf"(?:{_MOVED_FROM}|\b(?:compared\s+with|than)){_ROUGHLY}"
                            rf"(?P<word>{'|'.join(_NUMBER_WORD_VALUES)})\b", re.I)


# a share of a vote: "78.5 per cent of voters chose independence", "approved by 65 per cent", "won 55.3% in the run-off"
_VOTE = re.compile(r"\b(?:voters?|voted|votes?|voting|referendum|plebiscite|ballots?|run-?off|polls?|electorate|"
                   r"approved|rejected|backed|won|elected|re-elected|chose)\b", re.I)


def _vote_side(fact: Fact) -> bool | None:
    """For a share of a vote, whether the answer is a majority: a wrong share keeps to the same side of one half,
    as the outcome the sentence reports tells which side it is on.  None when the figure is not a vote share."""
    s, sp = fact.sent, fact.span
    near = fact.text[max(s.start, sp.start - 60) : min(s.end, sp.end + 60)]
    value = figure_value(sp.text)
    if value is None or value == 50 or not _VOTE.search(near) or re.search(r"\bturnout\b", near, re.I):
        return None  # a turnout is no outcome
    return value > 50


def _crosses_another_year(fact: Fact, alternative: str) -> bool:
    """A wrong year for a false statement that lands on or across another year of the same sentence: "signed in
    March 2025, building on a 2023 memorandum" made "March 2019" contradicts itself; "2024" does not."""
    s, sp = fact.sent, fact.span
    own, new = YEAR.search(sp.text), YEAR.search(alternative)
    if own is None or new is None:
        return False
    old, alt = int(own.group()), int(new.group())
    others = [int(m.group()) for m in YEAR.finditer(fact.text, s.shown_start, s.end)
              if not sp.start <= m.start() < sp.end]
    return any(year != old and (old - year) * (alt - year) <= 0 for year in others)


# "Western-aligned", "pro-Western", "Western partners": an alignment, not "Western Europe" or "Western Sahara"
_WESTERN = re.compile(r"\b(?:(?:pro|anti|non)-)?Western\b(?!\s+(?:Europe|Hemisphere|Sahara|Cape|Australia|Balkans|Province|Region))")


def _breaks_alignment(fact: Fact, country: str) -> bool:
    """A sentence that calls its country Western (or not) rules out a swap across that line: "Russia remains
    the largest Western-aligned economic actor" is false on its face."""
    if not _WESTERN.search(fact.text, fact.sent.shown_start, fact.sent.end):
        return False
    return (fact.span.canon in lx.WESTERN_ALIGNED) != (country in lx.WESTERN_ALIGNED)


# how an article speaks of a rival: sanctions, frozen assets, bans, war, spying, threats
_HOSTILE = re.compile(r"\b(?:sanction\w*|frozen|freez\w*|immobili[sz]\w*|invasion|invad\w*|war|aggression|espionage|spy\w*|"
                      r"threat\w*|hostil\w*|advers\w*|attack\w*|seiz\w*|expel\w*|condemn\w*|accus\w*|ban|bann\w*|bans|"
                      r"embargo\w*|confiscat\w*|reparations?|retaliat\w*|punish\w*)\b", re.I)
# what a statement of partnership says: trade, aid, supplies, alliance
_COOPERATIVE = re.compile(r"\b(?:partner\w*|ally|allies|allied|cooperat\w*|trad(?:e|ing)|supplier|invest\w*|donor|aid|lender|"
                          r"creditor|customer|friend\w*)\b", re.I)


def _rival_as_partner(corpus: Corpus, fact: Fact, country: str) -> bool:
    """"Russia is Belgium's largest trading partner": a country the article speaks of mostly as a rival (sanctions,
    frozen assets, war), swapped into a statement of partnership, is false on its face."""
    if not _COOPERATIVE.search(fact.text, fact.sent.shown_start, fact.sent.end):
        return False
    source = fact.sent.passage.source
    said = [s for s in corpus.mentions(("country", country)) if s.passage.source == source]
    return len(said) >= 2 and sum(1 for s in said if _HOSTILE.search(s.text)) * 2 > len(said)


def distractors_for(corpus: Corpus, fact: Fact, need: int = 3, strict: bool = False) -> tuple[list[str], list[tuple[str, str]], str | None]:
    """Up to `need` wrong options that are not also right according to the corpus."""
    s, sp = fact.sent, fact.span
    seed = seed_of(fact.key, "distractors")
    shown = fold(fact.text[s.shown_start : s.end])
    raw: list[tuple[str, tuple[str, str] | None]] = []
    majority = _vote_side(fact) if sp.type == "percent" else None
    if majority is not None:
        won = re.search(r"\b(?:won|wins|winning|came first|topped|finished first)\b[^.;]{0,60}$",
                        fact.text[max(s.start, sp.start - 80) : sp.start], re.I)
        raw = [(x, None) for x in share_alternatives(sp, seed, majority, winner=won is not None)]
    elif sp.type in NUMERIC:
        raw = [(x, None) for x in number_alternatives(sp, seed, same_kind_figures(s, sp))]
    elif sp.type == "year":
        latest = latest_past_year(corpus, s.passage.source)
        # "under the Philippines' 2026 chairmanship, will face pressure": the article's latest year told in the
        # future tense has wrong options after it, as one year ahead among past ones would be the answer
        ahead = sp.meta.get("y") == latest and bool(_WILL.search(fact.text, s.shown_start, s.end))
        raw = [(x, None) for x in year_alternatives(sp, seed, latest, ahead=ahead)]
    elif sp.type in ("date", "decade", "century"):
        raw = [(x, None) for x in date_alternatives(sp, seed, latest_past_year(corpus, s.passage.source))]
    else:
        raw = [(x, k) for x, k in entity_alternatives(corpus, s, sp, seed)]
    out: list[str] = []
    keys: list[tuple[str, str]] = []
    seen = {normalise(sp.text)}
    rejected_true = 0
    low, high = year_limits(corpus, fact) if sp.type in DATES else (None, None)
    for text, key in raw:
        if len(out) >= need:
            break
        n = normalise(text)
        if n in seen or not n:
            continue
        if year_ruled_out(text, low, high):
            continue  # "after the 1939–40 war ... in 1938": the prompt itself rules it out
        if strict and sp.type in ("year", "date") and _crosses_another_year(fact, text):
            continue  # "in March 2019 ..., building on a 2023 memorandum": the sentence's own years give it away
        if fold(text) in shown and sp.type not in NUMERIC | DATES:
            continue
        if not _article_ok(fact.text, sp.start, text):
            continue
        if sp.type in ("country", "demonym") and key is not None and _breaks_alignment(fact, key[1]):
            continue
        if strict and sp.type in ("country", "demonym") and key is not None:
            # a false statement swaps in a clearly smaller partner: one of similar weight may well have done the same,
            # unless the claim can be true of one country only ("the largest creditor")
            weight = dict(corpus.partner_rank())
            if weight.get(key[1], 0.0) >= 0.5 * weight.get(sp.canon, 0.0) and not exclusive_claim(s.text):
                continue
            if _rival_as_partner(corpus, fact, key[1]):
                continue
        if strict and sp.type == "person" and key is not None:
            # a swapped person must fit the title in front of them ("Russian Foreign Minister ..."), or be
            # named the same way elsewhere ("the Biden administration" for "the Trump administration")
            mine = corpus.person(sp.canon)
            theirs = corpus.person(key[1])
            role = _modifier_role(fact.text, sp)
            if role:
                if fold(theirs.canon if theirs else "") not in _modified_people(corpus).get(role, set()):
                    continue
            elif not mine or not theirs or not mine.country or mine.country != theirs.country:
                continue
        if sp.type in NUMERIC | DATES:
            if re.search(r"(?<![\w.])" + re.escape(fold(text)) + r"(?![\w])", shown):
                continue
            if corpus.also_true_for(s, sp, ("text", n), alt_text=text):
                rejected_true += 1
                continue
        else:
            if key is not None and corpus.also_true_for(s, sp, key, alt_text=text if key[0] not in ("country", "person") else ""):
                rejected_true += 1
                continue
        if sp.type == "term" and any(fold(text).split()[0] == fold(o).split()[0] for o in out + [sp.text]):
            continue  # "military equipment | military hardware | military protection" would single out the key
        seen.add(n)
        out.append(text)
        keys.append(key or ("text", n))
    if len(out) < need:
        return out, keys, "no valid distractors"
    return out, keys, None


_TOOK_OFFICE = re.compile(r"\b(?:took office|sworn in|inaugurated|came to power|assumed (?:office|power|the presidency)|"
                          r"took power|became (?:president|prime minister|chancellor|premier|leader))\b", re.I)


def term_start(corpus: Corpus, person: str) -> int | None:
    """The year the corpus says a person took office ("Ivo Radek took office in 2019"), or None."""
    cache = corpus.__dict__.setdefault("_term_start", {})
    if person not in cache:
        found = None
        for s in corpus.sentences:
            if not _TOOK_OFFICE.search(s.text):
                continue
            mine = [x for x in s.spans if x.type == "person" and x.canon == person]
            years = [x.meta["y"] for x in s.spans if x.type in ("year", "date") and x.meta.get("y")]
            if mine and len(years) == 1:
                found = years[0] if found is None else min(found, years[0])
        cache[person] = found
    return cache[person]


_OFFICE_HOLDER = re.compile(r"^\s+(?:administration|government|presidency|premiership)\b", re.I)


def office_holder_in_prompt(fact: Fact) -> list[str]:
    """People the prompt names as holding office now ("the Biden administration", "President Radek"): a year
    before they took office cannot be the answer."""
    from .calibrate import title_before

    s, sp = fact.sent, fact.span
    text = fact.text
    out = []
    for x in (s.context.spans if s.context is not None else []) + s.spans:
        if x.type != "person" or x is sp:
            continue
        if _OFFICE_HOLDER.match(text[x.end : x.end + 20]) or title_before(text, x.start):
            out.append(x.canon)
    return out


def year_limits(corpus: Corpus, fact: Fact) -> tuple[int | None, int | None]:
    """The years the blank can hold, by the prompt's own dates ("after the 1939–40 war") and the terms of the
    office-holders it names (when the corpus says when they took office)."""
    s, sp = fact.sent, fact.span
    text = fact.text
    prompt = text[s.shown_start : sp.start] + BLANK + text[sp.end : s.end]
    low, high = year_bounds(prompt)
    for person in office_holder_in_prompt(fact):
        start = term_start(corpus, person)
        if start is not None:
            low = start if low is None else max(low, start)
    key = [int(y) for y in YEAR.findall(sp.text)]
    for pattern, start in _INITIATIVES:
        # "signed up to the Belt and Road Initiative in _____": not before it began (the key came later)
        if key and start < min(key) and pattern.search(prompt):  # the year it began is asked as itself
            low = start if low is None else max(low, start)
    return low, high


_INITIATIVES = tuple((re.compile(r"(?<![\w-])(?:" + p + r")(?![\w-])"), year) for p, year in lx.INITIATIVE_START_YEARS)


_MODIFIED = re.compile(r"^\s+(administration|government|regime|presidency|cabinet)\b", re.I)


def _modifier_role(text: str, sp: Span) -> str:
    """"administration" for "the Trump administration": a leader's name used to name their government."""
    m = _MODIFIED.match(text[sp.end : sp.end + 20])
    return m.group(1).lower() if m and re.search(r"\bthe\s+$", text[max(0, sp.start - 5) : sp.start], re.I) else ""


def _modified_people(corpus: Corpus) -> dict[str, set[str]]:
    """Who the corpus names that way, by the noun: {"administration": {"donald trump", "biden"}}."""
    cache = corpus.__dict__.get("_modified")
    if cache is None:
        cache = corpus.__dict__["_modified"] = {}
        for s in corpus.sentences:
            for x in s.spans:
                role = _modifier_role(s.passage.text, x) if x.type == "person" else ""
                if role:
                    cache.setdefault(role, set()).add(fold(x.canon))
    return cache


def normalise(text: str) -> str:
    t = fold(text)
    t = re.sub(r"\bper ?cent\b", "%", t)
    t = re.sub(r"[^\w%$€£]+", " ", t).strip()
    t = re.sub(r"^the ", "", t)
    return t


# ---------------------------------------------------------------------------
# Builders
# ---------------------------------------------------------------------------


def build_cloze(corpus: Corpus, fact: Fact) -> tuple[Draft | None, str | None]:
    if fact.statement_only:
        return None, None
    sp = fact.span
    if negated_slot(fact):
        return None, "negated statement"
    if sp.type in ("country", "demonym") and sp.role in ("capital",):
        return None, "country capital blank"
    if sp.type in ("country", "demonym", "person") and not specific_enough(corpus, fact):
        return None, "statement too generic"
    fit = {"percent": 1.0, "money": 1.0, "count": 0.95, "date": 0.95, "year": 0.95, "decade": 0.8,
           "century": 0.7, "term": 0.75, "organisation": 0.6, "place": 0.7, "person": 0.6, "country": 0.45}.get(sp.type, 0.5)
    if sp.type == "term" and sp.evidence == "np":
        fit = 0.55
    score = 0.55 * fact.salience + 0.3 * sentence_quality(fact.sent) + 0.15 * fit
    if (
        sp.type == "term"
        and sp.evidence == "np"
        and not sp.in_list
        and sentence_quality(fact.sent) >= 0.95
        and re.search(r"\b(?:of|in|through|after|under|during|with|at)\s+$", fact.text[max(0, sp.start - 12) : sp.start])
    ):
        score += 0.02  # the blank is the clear object of a preposition or possessive in a plain sentence
    accepted = accepted_variants(sp, corpus)
    if fact.ground:
        # the answer as the cited passage writes it; the lesson's wording is accepted too
        accepted = [x for x in dict.fromkeys([sp.text, *accepted, *accepted_variants(fact.ground[1], corpus)]) if x != fact.answer_text]
    accepted = [x for x in accepted if not (len(x.split()) == 1 and _generic_word(x))]  # "Dam" for "Grand ... Dam"
    d = Draft(
        type="cloze",
        stem=cloze_stem(fact, corpus),
        answer=fact.answer_text,
        options=[],
        accepted=accepted,
        explanation=explanation_of(fact),
        span_type=span_type_name(sp),
        support=[support_for(fact)],
        score=score,
        fact_key=fact.key,
        facts=[fact],
    )
    return d, None


def hint_for(sp: Span, corpus: Corpus | None = None) -> str:
    """What kind of answer a blank wants, shown after it: "in _____ (year)" cannot be read as a place."""
    if sp.type == "person" and corpus is not None:
        info = corpus.person(sp.canon)
        return " (person)" if info is not None and (info.strong or info.titles) else " (name)"
    if sp.type == "date":
        kind = "years" if "y2" in sp.meta else "date" if "d" in sp.meta else "month and year" if "y" in sp.meta else "month"
    elif sp.type == "demonym":
        kind = "nationality"
    elif sp.type == "country" and sp.role == "capital":
        kind = "city"
    else:
        kind = {"year": "year", "decade": "decade", "century": "century", "percent": "percentage", "money": "amount",
                "count": "number", "person": "person", "country": "country", "organisation": "organisation",
                "place": "place"}.get(sp.type, "")
    return f" ({kind})" if kind else ""


def specific_enough(corpus: Corpus, fact: Fact) -> bool:
    """Does the rest of the sentence single out its answer (enough content, not a generic remark)?"""
    s = fact.sent
    answer = set(content_stems(fact.text[fact.span.start : fact.span.end]))
    anchors = set()
    for x in s.spans:
        if corpus.entity_key(x) in corpus.anchors:
            anchors |= set(content_stems(fact.text[x.start : x.end]))
    claim = set(s.stems) - answer - anchors
    weight = sum(corpus.idf(x) for x in claim)
    return len(claim) >= 5 and weight >= corpus.weight_needed(20.0)


def concrete_claim(corpus: Corpus, s: Sentence, sp: Span) -> bool:
    """Does the sentence say something concrete (an act of giving, a figure, a date, a named thing,
    a specialised term) rather than a judgement that could be made of any partner?"""
    if re.search(r"\b" + _TRANSFER_VERB + r"\b|\bassist", s.text):
        return True
    for x in s.spans:
        if x is sp:
            continue
        if x.type in NUMERIC | DATES:
            return True
        if x.type in ("person", "place", "organisation", "country") and not corpus.is_anchor(corpus.entity_key(x), s.passage.source):
            if not (x.type == "country" and x.canon == sp.canon):
                return True
        if x.type == "term" and x.evidence in ("hyphen", "capitalised"):
            return True
    return False


_CLAUSE_NEGATION = re.compile(r"\b(?:not|never|no)\b|n['’]t\b", re.I)


def negated_slot(fact: Fact) -> bool:
    """A blank in a negated clause ("did not rescue Assad in _____", "did not rescue _____"): any other
    value fits too."""
    sp = fact.span
    if sp.type not in NUMERIC | DATES | {"person", "country", "demonym", "organisation", "place"}:
        return False
    clause = re.split(r"[,;:—–]|\s-\s", fact.text[fact.sent.start : sp.start])[-1]
    return bool(_CLAUSE_NEGATION.search(clause))


def build_mcq(corpus: Corpus, fact: Fact) -> tuple[Draft | None, str | None]:
    if fact.statement_only:
        return None, None
    sp = fact.span
    if negated_slot(fact):
        return None, "negated statement"
    if sp.type == "term" and re.match(r"\s*(?:[-–—:]|,\s+(?:including|such as|like))", fact.text[sp.end : sp.end + 15]):
        return None, "options would be implausible"  # the examples after the blank give it away
    if sp.type in ("place", "organisation") or (sp.type == "term" and not sp.meta.get("transfer")):
        # regions nest and organisations differ in kind: same-type options are too often also right or absurd
        return None, "options would be implausible"
    if sp.type in ("country", "demonym", "person") and not specific_enough(corpus, fact):
        return None, "statement too generic"
    if sp.type in ("country", "demonym") and not concrete_claim(corpus, fact.sent, sp):
        return None, "statement too generic"
    if fact.sent.hedges:
        return None, "hedged statement"
    if fact.ground and fold(fact.answer_text) != fold(sp.text):
        return None, "lesson wording differs from its source"  # the options would not match the key's form
    distractors, keys, problem = distractors_for(corpus, fact)
    if problem:
        return None, problem
    fit = {"person": 1.0, "country": 0.85, "percent": 0.85, "money": 0.85, "count": 0.8, "year": 0.8,
           "date": 0.8, "organisation": 0.75, "place": 0.75, "term": 0.55, "decade": 0.7, "century": 0.6}.get(sp.type, 0.5)
    score = 0.55 * fact.salience + 0.3 * sentence_quality(fact.sent) + 0.15 * fit
    seed = seed_of(fact.key, "mcq")
    d = Draft(
        type="mcq",
        stem=blanked(fact),
        answer=fact.answer_text,
        options=order_options(fact.answer_text, distractors, seed),
        accepted=[],
        explanation=explanation_of(fact),
        span_type=span_type_name(sp),
        support=[support_for(fact)],
        score=score,
        fact_key=fact.key,
        facts=[fact],
        distractor_keys=keys,
        distractor_spans=distractors,
    )
    return d, None


TF_PREFIX = "True or false? "
CONTEXT_OPEN, CONTEXT_CLOSE = "[Context: ", "] "


# a statement that answers its context ("But ...", "Either way, ...") asks about the contrast, not a fact
_CONTRAST_OPENING = re.compile(r"^(?:but|yet|however|still|instead|nonetheless|nevertheless|even so|either way|in any case|"
                               r"by contrast|in contrast|on the other hand|rather|though|although|whereas)\b", re.I)
CONTEXT_STATEMENT_WORDS = 45


def context_fits_statement(context: str, s: Sentence) -> bool:
    """A true/false statement may show the sentence before it when the pair stays short, the context stands on
    its own, and the statement does not merely answer it ("But ...", "Either way, ...")."""
    from .standalone import standalone_problem

    if s.n_words + s.context.n_words > CONTEXT_STATEMENT_WORDS:
        return False
    if _CONTRAST_OPENING.match(s.text.strip().lstrip("“\"")) or re.match(r"^[^,]{1,60},\s*(?:however|though|by contrast|"
                                                                      r"in contrast|on the other hand)\b", s.text, re.I):
        return False
    return standalone_problem(context, spans=s.context.spans) is None


def with_context(context: str, statement: str) -> str:
    """A statement shown after the sentence it leans on: "[Context: Olek Kowal unveiled the plan in 2019.]
    He called it a breakthrough." (one line of plain text in every view and export)."""
    return CONTEXT_OPEN + context.rstrip() + CONTEXT_CLOSE + statement


def without_context(statement: str) -> tuple[str, str]:
    """(context, statement) of a statement written by with_context; ("", statement) otherwise."""
    if statement.startswith(CONTEXT_OPEN) and CONTEXT_CLOSE in statement:
        context, _, rest = statement[len(CONTEXT_OPEN) :].partition(CONTEXT_CLOSE)
        return context, rest
    return "", statement


# "the largest creditor", "the primary military patron", "the only ...": true of one country alone
_EXCLUSIVE = re.compile(
    r"\b(?:the|its|their|[A-Z][\w’'-]+['’]s)\s+(?:single\s+)?(?:largest|biggest|main|primary|principal|only|sole|top|chief|"
    r"leading|foremost|most important|greatest)\b|\b(?:[5-9]\d|100)\s?(?:%|percent|per cent)\b",
)


def exclusive_claim(text: str) -> bool:
    return bool(_EXCLUSIVE.search(text))


def is_subject(s: Sentence, sp: Span) -> bool:
    """Is the span the sentence's subject: its first name, or the name right before its main verb
    after an opening phrase ("As Venezuela's largest creditor, China has become ...")?"""
    first = next((x for x in s.spans if x.type in ("country", "demonym", "person", "organisation", "place")), None)
    if first is sp:
        return True
    text = s.passage.text
    before = text[s.start : sp.start]
    return bool(re.search(r",\s*$", before) and re.match(r"\s+(?:has|have|had|is|was|are|were)\b", text[sp.end : sp.end + 8]))


def build_truefalse_reversed(corpus: Corpus, fact: Fact) -> tuple[Draft | None, str | None]:
    """A false statement made by swapping who gave and who received:
    "Iran has sent fuel shipments to Venezuela" -> "Venezuela has sent fuel shipments to Iran".

    Only for a plain act of giving between two countries, each named once, the giver first; no
    sentence of the corpus may say the reverse.
    """
    s, sp = fact.sent, fact.span
    if fact.statement_only or sp.type != "country" or sp.role not in ("name", "alias") or s.context is not None:
        return None, None
    if s.hedges or _NEGATION.search(s.text) or not is_subject(s, sp) or fact.salience < 0.6:
        return None, None
    text = fact.text
    m = re.match(r"\s+(?:has\s+|have\s+|had\s+)?(?:also\s+|long\s+)?" + _TRANSFER_VERB + r"\b", text[sp.end : s.end])
    if not m:
        return None, None
    rest_at = sp.end + m.end()
    obj = next((x for x in s.spans if x.start >= rest_at and x.type in ("country", "demonym", "person", "organisation")), None)
    if obj is None or obj.type != "country" or obj.role not in ("name", "alias") or obj.canon == sp.canon:
        return None, None
    if len(text[rest_at : obj.start].split()) > 4:
        return None, None  # "sent fuel shipments to Venezuela", not a country far down the sentence
    if re.match(r"['’]s\b", text[obj.end : obj.end + 2]):
        return None, None  # "China bought 38% of Gabon's exports": reversed, a share of the larger economy's trade is absurd
    names = [x for x in s.spans if x.type in ("country", "demonym", "countryref", "organisation") and x is not sp and x is not obj]
    if any(x.canon in (sp.canon, obj.canon) or sp.canon in x.canon.split(";") or obj.canon in x.canon.split(";")
           or lx.COUNTRY_FORMS.get(x.text, ("",))[0] in (sp.canon, obj.canon) for x in names):
        return None, None  # "... and has trained Venezuelan forces" would no longer fit
    claim = corpus.claim_stems(s)
    for other in corpus.mentions(("country", obj.canon)):
        if other is s:
            continue
        firsts = [x for x in other.spans if x.type in ("country", "demonym")]
        if firsts and firsts[0].canon == obj.canon and any(x.canon == sp.canon for x in firsts[1:]) and corpus.overlap(claim, other) >= 0.3:
            return None, "false statement supported elsewhere"
    swapped = text[s.start : sp.start] + obj.text + text[sp.end : obj.start] + sp.text + text[obj.end : s.end]
    statement = tidy(swapped)
    score = 0.55 * fact.salience + 0.3 * sentence_quality(s) + 0.15 * 0.8
    d = Draft(
        type="truefalse",
        stem=TF_PREFIX + statement,
        answer="False",
        options=["True", "False"],
        accepted=[],
        explanation=explanation_of(fact),
        span_type="country",
        support=[support_for(fact)],
        score=score,
        fact_key=fact.key,
        facts=[fact],
        subtype="reversed",
        distractor_keys=[("reversed", obj.canon)],
        distractor_spans=[obj.text],
    )
    return d, None


def build_truefalse(corpus: Corpus, fact: Fact, polarity: str) -> tuple[Draft | None, str | None]:
    s, sp = fact.sent, fact.span
    context = ""
    if s.context is not None:
        # the sentence before it is shown as context: it must hold no part of the fact asked
        context = display(fact.text[s.context.start : s.context.end]).strip()
        if not (s.start <= sp.start < s.end) or fold(sp.text) in fold(context) or not context_fits_statement(context, s):
            return None, "statement needs context"
    if s.hedges or _PLAN_OR_FORECAST.search(s.text):
        return None, "hedged statement"
    if polarity == "false" and fact.salience < 0.6:
        return None, "statement not worth asking"
    if polarity == "true" and not fact.statement_only and not statement_worth_asking(corpus, s, has_fact=fact.salience >= 0.6):
        return None, "statement not worth asking"
    if polarity == "false" and sp.type in ("organisation", "place", "term"):
        return None, "span not swappable"
    if polarity == "false" and sp.type in ("country", "demonym"):
        # swapping a country is only clearly false for a concrete act by the sentence's subject:
        # "Iran has sent fuel shipments ..." -> "Russia has sent fuel shipments ..."
        concrete = re.search(r"\b" + _TRANSFER_VERB + r"\b|\bassist", s.text) or any(x.type in NUMERIC for x in s.spans)
        concrete = concrete or exclusive_claim(s.text)
        if not is_subject(s, sp) or sp.role == "capital" or sp.type == "demonym" or not concrete:
            return None, "span not swappable"
        if _NEIGHBOURHOOD.search(s.text):
            return None, "span not swappable"
        if sum(1 for x in s.spans if x.canon == sp.canon and x.type in ("country", "demonym")) > 1 or any(
            x.type == "organisation" and lx.COUNTRY_FORMS.get(x.text, ("",))[0] == sp.canon for x in s.spans
        ) or len(re.findall(r"(?<![\w-])" + re.escape(sp.text) + r"(?![\w-])", s.text)) > 1:
            # "Moscow" later in the sentence, or the name inside another ("the Japan International Cooperation
            # Agency"), would contradict the swap
            return None, "span not swappable"
    if polarity == "false" and fact.statement_only and not sp.meta.get("swappable"):
        return None, "span not swappable"
    if fact.statement_only and polarity == "true" and False:
        pass
    if polarity == "false" and _NEGATION.search(s.text):
        return None, "negated statement"  # "did not rescue Assad in May 2024" is still true
    if sp.type in ("country", "demonym", "person") and not specific_enough(corpus, fact):
        return None, "statement too generic"
    statement = tidy(s.text)
    fit = 0.8
    if context and polarity == "false" and (sp.type == "person" or fact.statement_only):
        return None, "statement needs context"  # a swapped person or an antonym beside its context: keep it simple
    if polarity == "false":
        before = fact.text[max(s.start, sp.start - 40) : sp.start].lower()
        if sp.type in DATES and re.search(
            r"\b(?:as of|since|by|until|before|after|as recently as|as early as|as late as)\s+"
            r"(?:the\s+(?:end|start|beginning|middle|close)\s+of\s+)?(?:(?:late|early|mid)[-\s])?$",
            before,
        ):
            return None, "date swap would be a quibble"  # "by the end of 2021" stays true of 2023
        from .calibrate import filler_slot

        if sp.type in DATES and filler_slot(fact.text, sp.start):
            return None, "filler date"  # "since Abiy took office in September 2018": background, not the claim
        if sp.type == "person":
            surname = fold(sp.text.split()[-1])
            if fold(display(s.text)).count(surname) > 1:
                return None, "person named twice"
        swapped_title = _title_swap(corpus, fact) if sp.type == "person" else None
        if swapped_title is not None:
            statement, alt, keys = swapped_title[0], swapped_title[1], [("title", fold(swapped_title[1]))]
            distractors = [alt]
        else:
            distractors, keys, problem = distractors_for(corpus, fact, need=1, strict=True)
            if problem:
                return None, problem
            alt = distractors[0]
            statement = blanked(fact, alt) if not context else tidy(fact.text[s.start : sp.start] + alt + fact.text[sp.end : s.end])
            if sp.type in ("country", "place"):
                statement = with_article(statement, alt)
            if context and fold(alt) in fold(context):
                return None, "statement needs context"
        explanation = explanation_of(fact)
        answer = "False"
        swapped = [alt]
    else:
        explanation = explanation_of(fact)
        answer = "True"
        swapped = []
        keys = []
    score = 0.55 * fact.salience + 0.3 * sentence_quality(s) + 0.15 * fit
    if answer == "True":
        # a true statement is about its whole sentence, whichever span anchored it
        fact_key = "f-" + digest(fold(display(s.text)), "statement")[:16]
    else:
        fact_key = fact.key
    if context:
        statement = with_context(context, statement)
    d = Draft(
        type="truefalse",
        stem=TF_PREFIX + statement,
        answer=answer,
        options=["True", "False"],
        accepted=[],
        explanation=explanation,
        span_type=span_type_name(sp),
        support=[support_for(fact)],
        score=score,
        fact_key=fact_key,
        facts=[fact],
        subtype=polarity,
        distractor_keys=keys,
        distractor_spans=swapped,
    )
    return d, None


def _title_swap(corpus: Corpus, fact: Fact) -> tuple[str, str, list] | None:
    """"Russian Foreign Minister Sergei Lavrov" -> "Russian Security Council Chairperson Sergei Lavrov".

    Only when the title is written right before the name and another person of the same country
    holds a different title in the corpus.
    """
    s, sp = fact.sent, fact.span
    mine = corpus.person(sp.canon)
    if mine is None or not mine.titles or not mine.country:
        return None
    title = mine.titles[0]
    text = fact.text
    at = text.rfind(title, s.start, sp.start)
    if at < 0 or text[at + len(title) : sp.start].strip():
        return None
    options = sorted(
        {p.titles[0] for p in corpus.people.values() if p.titles and p.country == mine.country and p.canon != mine.canon}
        - {title},
        key=lambda t: digest(fact.key, t),
    )
    for alt in options:
        if fold(alt.split()[0]) != fold(title.split()[0]):
            continue  # keep "Russian ..." for "Russian ..."
        if set(fold(alt).split()) <= set(fold(title).split()):
            continue  # "Minister" for a "Prime Minister" is still true of them
        statement = tidy(text[s.start : at] + alt + text[at + len(title) : s.end])
        return statement, alt, []
    return None


# Words whose opposite would not make a clean false statement in these positions.
_NO_FLIP_BEFORE = re.compile(r"(?:\bno|\bnot|\bnever|\bthe|\ba|\ban)\s+$", re.I)


def _statement_draft(s, stem: str, answer: str, a: int, b: int, score: float, fact, word: str) -> Draft:
    """A true/false statement made by changing one word (a..b) of sentence s; word is the new one."""
    return Draft(
        type="truefalse",
        stem=stem,
        answer=answer,
        options=["True", "False"],
        accepted=[],
        explanation=explanation_for(s),
        span_type="statement",
        support=[Support(s.passage.key, a, b, s.shown_start, s.explained_end)],
        score=score,
        fact_key=fact.key,
        facts=[fact],
        subtype=answer.lower(),
        distractor_spans=[] if answer == "True" else [word],
    )


def build_truefalse_opposite(corpus: Corpus, s: Sentence) -> tuple[Draft | None, str | None]:
    """A false statement made by turning one word of the claim into its opposite.

    "Beijing has ... slowed new investments" -> "Beijing has ... accelerated new investments".
    Only for sentences that make a plain, specific claim; the flipped word must be part of the
    claim itself (not a name, not in a quotation), and no other sentence may support the flip.
    """
    if not statement_worth_asking(corpus, s) or _NEGATION.search(s.text):
        return None, None
    text = s.passage.text
    names = [(x.start, x.end) for x in s.spans if x.type not in ("term",)]
    for m in re.finditer(r"[A-Za-z]+", text[s.start : s.end]):
        word = m.group()
        low = word.lower()
        opposite = lx.ANTONYMS.get(low)
        if not opposite:
            continue
        a, b = s.start + m.start(), s.start + m.end()
        if any(x <= a < y for x, y in names) or _NO_FLIP_BEFORE.search(text[max(s.start, a - 6) : a]):
            continue
        if low in ("more", "most", "less", "least") and (not re.match(r"\s+[a-z]+", text[b : b + 20]) or re.match(r"\s+than\b", text[b : b + 8])):
            continue
        # a base-form verb ("support", "rise") flips only where it is clearly a verb
        if verb_lemma(low) == low and not low.endswith("ed") and not re.search(
            r"\b(?:to|will|would|can|could|may|might|must|should|did|does|do)\s+$", text[max(s.start, a - 8) : a]
        ):
            continue
        if low.endswith("s") and verb_lemma(low) and "NOUN" in pos_options(low) and not low.endswith("ss"):
            continue  # "supports", "rises": too often nouns
        if low in ("before", "after", "first", "last", "earlier", "later") and not re.search(r"\d", text[b : b + 25]):
            continue
        if re.search(r"\b" + re.escape(opposite[:5]), s.text, re.I) or re.match(r"(?:though|although|while|whereas)\b", s.text, re.I):
            continue  # "opposed Venezuela ..., opposing U.S. sanctions": a flip that contradicts itself
        flipped = opposite if word.islower() else opposite.capitalize()
        statement = tidy(text[s.start : a] + flipped + text[b : s.end])
        # another sentence saying the flipped thing about the same subject would make it true
        flip_stem = stem(opposite)
        claim = corpus.claim_stems(s)
        if any(flip_stem in o.stems and corpus.overlap(claim, o) >= 0.3 for o in corpus.sentences if o is not s):
            continue
        span = next((x for x in s.spans if x.type in ("country", "person", "organisation", "place", "demonym")), None)
        if span is None:
            return None, None
        key = "f-" + digest(fold(display(s.text)), "statement")[:16]
        fact = Fact(s, span, 0.62, key, corpus.entity_key(span), statement_only=True)
        score = 0.55 * 0.7 + 0.3 * sentence_quality(s) + 0.15 * 0.75
        return (
            _statement_draft(s, TF_PREFIX + statement, "False", a, b, score, fact, flipped),
            None,
        )
    return None, None


ATTRIBUTION = "According to the source, "
_FORECAST = re.compile(r"\b(is|are|was|were)\s+likely\s+to\b")


def build_forecast_statements(corpus: Corpus, s: Sentence) -> list[Draft]:
    """A source's assessment ("Russia is likely to pivot ...") as an attributed true/false pair.

    True: "According to the source, Russia is likely to ...".  False: the same with "unlikely".
    Only for sentences whose single hedge is that one "likely", otherwise worth asking.
    """
    if s.context is not None or s.chatty or not 8 <= s.n_words <= 40 or dangling_reference(s):
        return []
    found = list(_FORECAST.finditer(s.text))
    if len(found) != 1 or s.hedges != 1 or re.search(r"\b(?:will|would|may|might|could)\b", s.text):
        return []
    if not any(sp.type in ("country", "person", "organisation", "place", "demonym") for sp in s.spans):
        return []
    claim = corpus.claim_stems(s)
    if len(claim) < 5 or sum(corpus.idf(x) for x in claim) < corpus.weight_needed(22.0):
        return []
    text = s.passage.text
    m = found[0]
    a = s.start + m.start(0) + len(m.group(1)) + 1
    b = a + len("likely")
    span = next(x for x in s.spans if x.type in ("country", "person", "organisation", "place", "demonym"))
    key = "f-" + digest(fold(display(s.text)), "statement")[:16]
    fact = Fact(s, span, 0.62, key, corpus.entity_key(span), statement_only=True)
    out = []
    for answer, word in (("True", "likely"), ("False", "unlikely")):
        statement = tidy(text[s.start : a] + word + text[b : s.end])
        if not any(x.start == s.start and x.type in ("person", "organisation", "place", "country", "demonym", "name") for x in s.spans):
            statement = statement[0].lower() + statement[1:]
        score = 0.55 * 0.66 + 0.3 * sentence_quality(s) + 0.15 * 0.7 - (0.0 if answer == "False" else 0.01)
        out.append(
            _statement_draft(s, TF_PREFIX + ATTRIBUTION + statement, answer, a, b, score, fact, word)
        )
    return out


PARTNER_STEM = "Which partner does this statement describe?"


def build_partner(corpus: Corpus, fact: Fact) -> tuple[Draft | None, str | None]:
    if fact.statement_only:
        return None, None
    """Hide a partner country (and its demonyms, capital and leaders) behind "this country"."""
    s, sp = fact.sent, fact.span
    if sp.type != "country" or sp.in_list:
        return None, "not a partner subject"
    country = sp.canon
    partners = dict(corpus.partner_rank())
    if country not in partners:
        return None, "not a partner subject"
    # the country must be what the sentence is about: its first name, before the main verb
    text = fact.text
    a, b = shown_text(s)
    if partners.get(country, 0) < 1.5:
        return None, "not a partner subject"
    # the statement must be about the partner: it is the first name in the sentence, near the start
    first = next((x for x in s.spans if x.type in ("country", "demonym", "person", "organisation", "countryref", "place")), None)
    lead = fact.text[s.start : sp.start]
    if first is not sp or len(lead.split()) > 8:
        return None, "not a partner subject"
    # hide every mention of the country in what is shown
    pieces: list[tuple[int, int, str]] = []
    for x in (s.context.spans if s.context else []) + s.spans:
        names_it = (x.type in ("country", "demonym") and x.canon == country) or (
            x.type == "organisation" and x.text in lx.COUNTRY_FORMS and lx.COUNTRY_FORMS[x.text][0] == country
        )
        if x.type == "countryref" and country in x.canon.split(";"):
            return None, "partner named in a compound"
        if x.type == "person":
            info = corpus.person(x.canon)
            if info and info.country == country:
                return None, "partner's leader named"
        if not names_it:
            continue
        possessive = text[x.end : x.end + 2] in ("'s", "’s")
        start = x.start
        article = re.search(r"\b[Tt]he\s+$", text[max(a, start - 4) : start])
        if article and x.type == "country":
            start -= len(article.group(0))  # "The US was ...": "This country was ...", not "The this country"
        at_start = start == a or text[a:start].strip() == ""
        if x.type == "demonym":
            if re.search(r"\b(?:a|an)\s+$", text[max(a, x.start - 4) : x.start], re.I):
                return None, "partner named in a compound"  # "into a Russian foothold": no "a this country's"
            repl = "this country's"
        elif possessive:
            repl = "this country"
        else:
            repl = "this country"
        if at_start:
            repl = repl[0].upper() + repl[1:]
        pieces.append((start, x.end, repl))
    pieces.sort()
    out = []
    cursor = a
    for x0, x1, repl in pieces:
        out.append(text[cursor:x0])
        out.append(repl)
        cursor = x1
    out.append(text[cursor:b])
    statement = tidy("".join(out))
    statement = statement[0].upper() + statement[1:]
    if not specific_enough(corpus, fact) or not concrete_claim(corpus, s, sp):
        return None, "statement too generic"
    # options: other partners, not also described by the statement
    seed = seed_of(fact.key, "partner")
    # partners the same article names come first, and another article's own country ("Paraguay" among Armenia's
    # arms suppliers) never: it is no rival to a reader of this article
    mine = corpus.countries_in(s.passage.source) if s.pidx >= 0 else set()
    foreign = corpus.foreign_subjects(s.passage.source) if s.pidx >= 0 else set()
    pool = sorted((name for name, w in corpus.partner_rank() if name != country and w >= 1.5 and name not in foreign),
                  key=lambda name: name not in mine)
    shown_fold = fold(statement)
    distractors: list[str] = []
    keys = []
    for name in pool:
        if len(distractors) >= 3:
            break
        c = lx.COUNTRY_BY_NAME.get(name)
        if c is None or any(fold(f) in shown_fold.split() or fold(f) in shown_fold for f in (c.name, *c.demonyms[:1])):
            continue
        if corpus.also_true_for(s, sp, ("country", name)):
            continue
        distractors.append(name)
        keys.append(("country", name))
    if len(distractors) < 3:
        return None, "no valid distractors"
    score = 0.55 * max(fact.salience, 0.8) + 0.3 * sentence_quality(s) + 0.15 * 1.0
    d = Draft(
        type="partner",
        stem=f"{PARTNER_STEM} “{statement}”",
        answer=country,
        options=order_options(country, distractors, seed),
        accepted=[],
        explanation=explanation_of(fact),
        span_type="country",
        support=[support_for(fact)],
        score=score,
        fact_key=fact.key,
        facts=[fact],
        distractor_keys=keys,
        distractor_spans=distractors,
        hidden=[country],
    )
    return d, None


def span_type_name(sp: Span) -> str:
    if sp.type == "demonym":
        return "country"
    if sp.type in ("decade", "century"):
        return "date"
    return sp.type
