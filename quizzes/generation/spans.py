"""Find typed answer spans in a sentence: people, countries, places, organisations, figures, dates, terms.

Everything works on the passage text with passage offsets, so an answer can be cited exactly.
Typing is evidence based:

* numbers and dates by pattern (percent, money, counts with a scale or a noun, years, dates,
  date ranges, decades, centuries);
* capitalised runs are split into a country/demonym prefix, an organisation (a run ending in an
  organisation word such as Ministry/Council/Committee, an acronym, a known international body),
  a title (President, Foreign Minister, Chairperson...) and a name; a name is a person when a title,
  a kinship word, an appositive (", the former ... president") or a possessive country precedes or
  follows it, or weakly when it is two or three uncommon capitalised words in mid-sentence;
* places by the country table, world regions and geographic suffixes (Belt, Basin, Sea...);
* terms: uncommon hyphenated compounds, capitalised multiword terms, and noun phrases that YAKE
  ranks as keyphrases and that contain an uncommon word.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field

from . import lexicon as lx
from .lexicon import fold
from .nlp import Token, pos_options, tokenize, verb_lemma, zipf

NUMERIC_TYPES = {"percent", "money", "count", "number", "year", "date", "decade", "century"}
ENTITY_TYPES = {"person", "country", "place", "organisation"}


@dataclass
class Span:
    start: int
    end: int
    text: str
    type: str  # person|country|place|organisation|percent|money|count|year|date|decade|century|term|demonym|title|name
    canon: str = ""  # identity: country name, person's full name, number value, folded term
    value: object = None  # float for figures; (lo, hi) ordinal days for dates (None if year unknown)
    evidence: str = ""  # how the type was decided (strong/weak/lexicon/pattern...)
    role: str = ""  # for countries: name|alias|demonym|capital
    in_list: bool = False  # member of a coordinated list of same-type spans
    in_quote: bool = False
    meta: dict = field(default_factory=dict)

    def key(self) -> tuple[int, int]:
        return (self.start, self.end)


_M = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_PATTERNS: list[tuple[str, re.Pattern]] = [
    ("date", re.compile(rf"\b(?P<m>{_M})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?(?:,?\s+(?P<y>{_YEAR}))?(?![\d%])")),
    ("date", re.compile(rf"\b(?P<d>\d{{1,2}})(?:\s*[-–]\s*(?P<d2>\d{{1,2}}))?\s+(?P<m>{_M})(?:,?\s+(?P<y>{_YEAR}))?\b")),
    ("date", re.compile(rf"\b(?P<m>{_M})\s+(?P<y>{_YEAR})\b")),
    ("date", re.compile(rf"(?<![\d$€£.,])(?P<y>{_YEAR})\s*[-–]\s*(?P<y2>{_YEAR}|\d\d)\b(?!\s*(?:%|percent))")),
    ("decade", re.compile(r"\b(?P<y>(?:1[6-9]|20)\d0)s\b")),
    ("century", re.compile(r"\b(?P<c>\d{1,2})(?:st|nd|rd|th)[- ]century\b")),
    ("money", re.compile(
        r"(?:(?:US|U\.S\.|A|C|NZ|HK)?\$|€|£|¥|\bUSD\s?|\bEUR\s?)\s?(?P<n>\d+(?:[.,]\d+)*)"
        r"(?:\s?(?P<s>million|billion|trillion|bn|mn|m|k)\b)?")),
    ("money", re.compile(
        r"(?<![\w.])(?P<n>\d+(?:[.,]\d+)*)\s?(?P<s>million|billion|trillion)?\s?"
        r"(?:dollars|euros|pounds|yuan|renminbi|rubles|roubles|bolivars|bolívars|yen|rupees|pesos)\b")),
    ("percent", re.compile(r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?:%|percent\b|per cent\b)")),
    ("count", re.compile(r"(?<![\w.$€£\[-])(?P<n>\d+(?:[.,]\d+)*)\s(?P<s>million|billion|trillion|thousand)\b")),
    ("count", re.compile(r"(?<![\w.$€£\[/-])(?P<n>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?=\s+(?:[a-z][a-z-]+))")),
    ("year", re.compile(rf"(?<![\d$€£.,/\[-])(?P<y>{_YEAR})(?![\d]|[.,]\d|\s*(?:%|percent|million|billion))")),
]
# a number that belongs to a designation rather than counting anything
_DESIGNATION = re.compile(r"\b(?:Block|Mark|Mk\.?|Model|Type|Series|Version|Batch|Tranche|Flight|Phase|Article|Chapter|"
                          r"Section|Resolution|Decision|Level|Stage|Pillar|Group|Unit|Brigade|Division|Route|Line)\s+$")
_SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "m": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_UNIT_WORDS = {"percent", "per", "cent", "am", "pm", "a.m.", "p.m."}


def _num(s: str) -> float | None:
    s = s.replace(",", "")
    try:
        return float(s)
    except ValueError:
        return None


def _month(m: str) -> int:
    m = m.rstrip(".")
    return lx.MONTH_NUMBER.get(m, lx.MONTH_NUMBER.get(m[:3], 0))


def _days_in_month(y: int, m: int) -> int:
    nxt = _dt.date(y + (m == 12), m % 12 + 1, 1)
    return (nxt - _dt.timedelta(days=1)).day


def date_interval(span: Span, default_year: int | None = None) -> tuple[int, int] | None:
    """(first day, last day) ordinals covered by a date/year span; None when it cannot be placed."""
    meta = span.meta
    y = meta.get("y") or default_year
    try:
        if span.type == "year":
            return (_dt.date(y, 1, 1).toordinal(), _dt.date(y, 12, 31).toordinal())
        if span.type == "decade":
            return (_dt.date(y, 1, 1).toordinal(), _dt.date(y + 9, 12, 31).toordinal())
        if span.type == "century":
            c = meta["c"]
            return (_dt.date(max(1, (c - 1) * 100 + 1), 1, 1).toordinal(), _dt.date(c * 100, 12, 31).toordinal())
        if span.type == "date":
            if y is None:
                return None
            if "y2" in meta:
                return (_dt.date(y, 1, 1).toordinal(), _dt.date(meta["y2"], 12, 31).toordinal())
            m = meta.get("m")
            if not m:
                return None
            if "d" in meta:
                d1 = meta["d"]
                d2 = meta.get("d2", d1)
                return (_dt.date(y, m, d1).toordinal(), _dt.date(y, m, d2).toordinal())
            return (_dt.date(y, m, 1).toordinal(), _dt.date(y, m, _days_in_month(y, m)).toordinal())
    except (ValueError, TypeError, KeyError):
        return None
    return None


def year_of_month(sp: Span) -> Span:
    """A month and year ("April 2019") as the year alone, its month left to the prompt ("in April _____"): the
    year is the fact worth knowing, and options that differ only by the month ask for trivia.  `lead` keeps where
    the written date starts, so the words before it ("since", "in") are still read as the date's own."""
    if sp.type != "date" or sp.meta.get("gran") != "month":
        return sp
    y = sp.meta["y"]
    at = sp.start + sp.text.rindex(str(y))
    return Span(at, sp.end, str(y), "year", canon=str(y), value=y, evidence=sp.evidence, in_list=sp.in_list,
                in_quote=sp.in_quote, meta={"y": y, "month": sp.meta["m"], "lead": sp.start})


def find_figures(text: str, lo: int, hi: int) -> list[Span]:
    """Numbers and dates in text[lo:hi], non-overlapping, earlier patterns first."""
    found: list[Span] = []
    taken: list[tuple[int, int]] = []
    segment = text[lo:hi]
    for kind, rx in _PATTERNS:
        for m in rx.finditer(segment):
            s, e = m.start() + lo, m.end() + lo
            if any(s < b and a < e for a, b in taken):
                continue
            g = m.groupdict()
            sp = Span(s, e, text[s:e], kind, evidence="pattern")
            if kind in ("date", "decade", "century", "year"):
                meta = {}
                if g.get("y"):
                    meta["y"] = int(g["y"])
                if g.get("y2"):
                    y2 = g["y2"]
                    y2i = int(y2) if len(y2) == 4 else int(str(meta["y"])[:2] + y2)
                    if y2i <= meta["y"]:
                        continue
                    meta["y2"] = y2i
                if g.get("m"):
                    meta["m"] = _month(g["m"])
                    if not meta["m"]:
                        continue
                if g.get("d"):
                    meta["d"] = int(g["d"])
                    if not 1 <= meta["d"] <= 31:
                        continue
                if g.get("d2"):
                    meta["d2"] = int(g["d2"])
                    if not meta["d"] < meta["d2"] <= 31:
                        continue
                if g.get("c"):
                    meta["c"] = int(g["c"])
                sp.meta = meta
                if kind == "year":
                    sp.value = meta["y"]
                    # a year is not a count of things ("2025 tankers" is rare); keep it a year
                if kind == "date" and "m" in meta and "d" not in meta and "y" in meta:
                    sp.meta["gran"] = "month"
                sp.canon = fold(sp.text)
            else:
                n = _num(g["n"])
                if n is None:
                    continue
                scale = g.get("s")
                if kind == "count" and not scale:
                    # a bare number must count something: the next word is a plural-looking noun
                    nxt = re.match(r"\s+([a-z][a-z-]+)", text[e:hi])
                    word = nxt.group(1) if nxt else ""
                    if not word or word in _UNIT_WORDS or word in lx.STOPWORDS or "NOUN" not in pos_options(word):
                        continue
                    if s > 0 and text[s - 1] in "[#" or (s >= 3 and text[s - 3 : s].lower() == "no."):
                        continue
                    if _DESIGNATION.search(text[max(0, s - 12) : s]):
                        continue  # "F-16 Block 70 fighters", "Article 5 guarantees": part of a name, not a count
                    if 1600 <= n <= 2099 and float(n).is_integer():
                        continue
                    sp.meta["noun"] = word
                sp.value = n * _SCALE.get((scale or "").lower(), 1)
                sp.meta["n"] = g["n"]
                sp.meta["scale"] = scale or ""
                sp.canon = f"{kind}:{sp.value:g}"
            found.append(sp)
            taken.append((s, e))
    found.sort(key=lambda x: x.start)
    return found


# ---------------------------------------------------------------------------
# Capitalised runs: people, countries, places, organisations, capitalised terms
# ---------------------------------------------------------------------------

_CONNECTORS = {"of", "for", "the", "de", "del", "da", "dos", "van", "von", "der", "bin", "ibn", "al", "la", "y", "on"}
_NAME_PARTICLES = {"de", "del", "da", "dos", "van", "von", "der", "bin", "ibn", "al", "la", "y"}


def _lexicon_phrases() -> dict[tuple[str, ...], tuple[str, str, str]]:
    """Token tuple -> (type, canon, role) for multiword and single-word lexicon entries."""
    table: dict[tuple[str, ...], tuple[str, str, str]] = {}
    for form, (name, role) in lx.COUNTRY_FORMS.items():
        kind = "demonym" if role == "demonym" else "country"
        if form in ("Kremlin", "White House"):
            kind = "organisation"
        table.setdefault(tuple(t.text for t in tokenize(form)), (kind, name, role))
    for region in lx.REGIONS:
        canon = region[4:] if region.startswith("the ") else region
        table.setdefault(tuple(t.text for t in tokenize(canon)), ("place", canon, "region"))
    for adj, region in lx.REGION_ADJECTIVES.items():
        table.setdefault(tuple(t.text for t in tokenize(adj)), ("regionadj", region, "region"))
    for org in lx.ORGANISATIONS:
        table.setdefault(tuple(t.text for t in tokenize(org)), ("organisation", org, "lexicon"))
    return table


_LEXICON: dict[tuple[str, ...], tuple[str, str, str]] | None = None
_LEX_MAXLEN = 6


def lexicon_table() -> dict[tuple[str, ...], tuple[str, str, str]]:
    global _LEXICON
    if _LEXICON is None:
        _LEXICON = _lexicon_phrases()
    return _LEXICON


_TITLES_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _tt in sorted({tuple(t.lower().split()) for t in lx.TITLES}, key=len, reverse=True):
    _TITLES_BY_FIRST.setdefault(_tt[0], []).append(_tt)


def _title_at(words: list[str], i: int) -> int:
    """Length of the title phrase starting at words[i] (0 if none); the longest wins."""
    for tt in _TITLES_BY_FIRST.get(words[i].lower(), ()) if i < len(words) else ():
        if tuple(w.lower() for w in words[i : i + len(tt)]) == tt:
            return len(tt)
    return 0


def _lexicon_at(words: list[str], i: int) -> tuple[int, tuple[str, str, str] | None]:
    table = lexicon_table()
    for n in range(min(_LEX_MAXLEN, len(words) - i), 0, -1):
        hit = table.get(tuple(words[i : i + n]))
        if hit:
            return n, hit
    return 0, None


def _is_acronym(word: str) -> bool:
    core = word.replace(".", "")
    return 2 <= len(core) <= 6 and core.isupper() and core.isalpha()


def _is_camel(word: str) -> bool:
    return bool(re.match(r"^[A-Z][a-z]+[A-Z][A-Za-z]+$", word))


def _common_word(word: str) -> bool:
    """An ordinary English word (so a capitalised occurrence may just be sentence-initial)."""
    return bool(pos_options(word)) or zipf(word.lower()) >= 5.0


@dataclass
class _Tok:
    tok: Token
    cap: bool


def find_entities(text: str, lo: int, hi: int, taken: list[tuple[int, int]]) -> list[Span]:
    """Typed capitalised names in text[lo:hi] (passage offsets), avoiding figure spans in taken."""
    toks = tokenize(text[lo:hi], offset=lo)
    n = len(toks)
    spans: list[Span] = []
    words = [t.text for t in toks]

    def overlaps(s: int, e: int) -> bool:
        return any(s < b and a < e for a, b in taken)

    def capword(i: int) -> bool:
        if i >= n:
            return False
        t = toks[i]
        if not t.is_word or overlaps(t.start, t.end):
            return False
        if t.text in lx.MONTH_NUMBER or t.text in lx.WEEKDAYS:
            return False
        return t.is_cap

    def spaced(i: int) -> bool:  # token i follows token i-1 after exactly one space
        return i > 0 and text[toks[i - 1].end : toks[i].start] == " "

    # 1. multiword lexicon entries are atomic ("United Nations", "People's Republic of China")
    atomic: dict[int, tuple[int, tuple[str, str, str]]] = {}
    i = 0
    while i < n:
        ln, hit = _lexicon_at(words, i)
        if hit and ln >= 2 and capword(i) and all(spaced(x) or words[x] in ("'s", "’s", ".") for x in range(i + 1, i + ln)):
            atomic[i] = (ln, hit)
            i += ln
        else:
            i += 1

    i = 0
    while i < n:
        if i in atomic:
            ln, (kind, canon, role) = atomic[i]
            s, e = toks[i].start, toks[i + ln - 1].end
            spans.append(Span(s, e, text[s:e], kind, canon=canon, evidence="lexicon", role=role))
            i += ln
            continue
        if not capword(i):
            i += 1
            continue
        run = [i]
        j = i + 1
        while j < n and j not in atomic:
            w = words[j]
            # "Lloyd's List": possessive inside an organisation name after an organisation noun
            if w in ("'s", "’s") and len(run) == 1 and capword(j + 1) and (j + 1) not in atomic and spaced(j + 1):
                if words[run[0]] not in lx.COUNTRY_FORMS and _org_evidence_before(toks, run[0]):
                    run.extend([j, j + 1])
                    j += 2
                    continue
            if not spaced(j):
                break
            if capword(j):
                run.append(j)
                j += 1
                continue
            w = words[j]
            # "Belt and Road Initiative": an "and" inside one name, which goes on to an organisation's word, every word
            # round the "and" an ordinary one ("Rosneft and Gazprom Neft", "Russia and the Kolvo Fund" stay apart)
            if w == "and" and j + 1 < n and spaced(j + 1) and capword(j + 1) and (j + 1) not in atomic:
                k = j + 1
                while k < n and k not in atomic and spaced(k) and capword(k):
                    k += 1
                head, tail = [words[r] for r in run], [words[x] for x in range(j + 1, k)]
                if len(tail) >= 2 and tail[-1] in lx.ORG_WORDS and all(
                        _common_word(x) and x not in lx.COUNTRY_FORMS for x in head[-1:] + tail):
                    run.extend(range(j, k))
                    j = k
                    continue
            # "Ministry of Foreign Affairs", "Institute for the Study of War", "Bashar bin Salman"
            if w in _CONNECTORS:
                k = j
                while k < n and words[k] in _CONNECTORS and spaced(k):
                    k += 1
                if k < n and k not in atomic and capword(k) and spaced(k):
                    head = [words[r] for r in run]
                    orgish = any(h in lx.ORG_WORDS for h in head) and all(words[x] in ("of", "for", "the", "on") for x in range(j, k))
                    particle = all(words[x] in _NAME_PARTICLES for x in range(j, k))
                    if orgish or particle:
                        run.extend(range(j, k + 1))
                        j = k + 1
                        continue
            break
        spans.extend(_classify_run(text, toks, run))
        i = j
    return spans


def _org_evidence_before(toks: list[Token], i: int) -> bool:
    """A word like "organization"/"companies like" right before token i."""
    back = [t.text.lower() for t in toks[max(0, i - 3) : i]]
    if back and back[-1] in lx.ORG_EVIDENCE_NOUNS:
        return True
    if len(back) >= 2 and back[-1] in ("like", "as", "including") and (
        back[-2] in lx.ORG_EVIDENCE_NOUNS or (len(back) >= 3 and back[-3] in lx.ORG_EVIDENCE_NOUNS and back[-2] == "such")
    ):
        return True
    return False


def _classify_run(text: str, toks: list[Token], run: list[int]) -> list[Span]:
    """Split one capitalised run into typed spans: [country/demonym] [organisation] [title] [name]."""
    out: list[Span] = []
    words = [toks[r].text for r in run]
    # A sentence-initial ordinary word ("However", "The", "Historically") is not part of a name.
    first = run[0]
    at_start = first == 0 or toks[first - 1].text in ("“", '"', "(", "—", "–", ":", "-", ".", ";")
    if at_start:
        while words:
            w = words[0]
            if w in lx.COUNTRY_FORMS or _lexicon_at(words, 0)[1] or _title_at(words, 0) or _is_acronym(w):
                break
            if _common_word(w):
                run, words = run[1:], words[1:]
                continue
            break
    while words and words[0] in ("The", "A", "An"):
        run, words = run[1:], words[1:]
    if not run:
        return out

    segs: list[tuple[int, int, str, str, str]] = []  # (a, b, kind, canon, role) over run indices
    L = len(words)
    k = 0
    while k < L:
        n_lex, lex = _lexicon_at(words, k)
        tl = _title_at(words, k)
        # an organisation: k .. last organisation word before any title (with an "of X" tail)
        org_end = 0
        x = k
        while x < L and not (_title_at(words, x) and x > k):
            if words[x] in lx.ORG_WORDS or (lex and lex[0] == "organisation" and x == k):
                y = x + 1
                if y < L and words[y] in ("of", "for", "on"):
                    # "Court of Justice of the EU": a title word straight after "of" is part of the name
                    while y < L and (words[y] in _CONNECTORS or words[y][:1].isupper()) and not (
                            _title_at(words, y) and words[y - 1] not in _CONNECTORS):
                        y += 1
                org_end = y
            x += 1
        # "Japan International Cooperation Agency", "Tokyo International Conference ...": a country or
        # city name opening an organisation's name belongs to it (a demonym does not: "Russian Ministry ...")
        if lex and lex[0] == "country" and org_end > k + n_lex and k + n_lex < L and words[k + n_lex][:1].isupper():
            role = "orgword"
            segs.append((k, org_end, "organisation", " ".join(words[k:org_end]), role))
            k = org_end
            continue
        if lex and lex[0] in ("demonym", "country", "place") and (org_end == 0 or n_lex < org_end - k) and not (
            org_end and k + n_lex < L and words[k + n_lex] in lx.ORG_WORDS and lex[0] == "country" and lex[2] != "name"
        ):
            segs.append((k, k + n_lex, lex[0], lex[1], lex[2]))
            k += n_lex
            continue
        if org_end > k and not tl:
            role = "lexicon" if lex and lex[0] == "organisation" and n_lex == org_end - k else "orgword"
            canon = lex[1] if role == "lexicon" else " ".join(words[k:org_end])
            segs.append((k, org_end, "organisation", canon, role))
            k = org_end
            continue
        if lex:
            segs.append((k, k + n_lex, lex[0], lex[1], lex[2]))
            k += n_lex
            continue
        if tl:
            segs.append((k, k + tl, "title", " ".join(words[k : k + tl]), ""))
            k += tl
            continue
        y = k + 1
        while y < L and not (_lexicon_at(words, y)[1] or _title_at(words, y)):
            y += 1
        if any(w[:1].isupper() for w in words[k:y]):  # not "of the" left between "Justice" and "EU"
            segs.append((k, y, "name", " ".join(words[k:y]), ""))
        k = y

    for idx, (a, b, kind, canon, role) in enumerate(segs):
        s, e = toks[run[a]].start, toks[run[b - 1]].end
        if kind == "name":
            prev = segs[idx - 1] if idx else None
            nxt = segs[idx + 1] if idx + 1 < len(segs) else None
            out.append(_classify_name(text, toks, run[a], run[b - 1], prev, nxt))
        elif kind == "title":
            out.append(Span(s, e, text[s:e], "title", canon=canon))
        else:
            out.append(Span(s, e, text[s:e], kind, canon=canon, evidence="lexicon" if role != "orgword" else "orgword", role=role))
    return out


# words before a name that make "the X administration" a territory's government, not a leader's
_TERRITORY_ADJECTIVES = {"breakaway", "regional", "provincial", "autonomous", "separatist", "self-declared", "rebel",
                         "municipal", "territorial", "secessionist", "de-facto", "unrecognised", "unrecognized"}

# the last word of a programme's or policy's name, never of a person's
_PROGRAMME_HEADS = {"Assistance", "Aid", "Programme", "Program", "Fund", "Initiative", "Partnership", "Strategy",
                    "Plan", "Facility", "Framework", "Mechanism", "Scheme", "Policy", "Doctrine", "Agenda"}
# the last word of an agreement's name, never of a person's
_DOCUMENT_HEADS = {"Agreement", "Agreements", "Treaty", "Accord", "Accords", "Act", "Declaration", "Convention",
                   "Protocol", "Charter", "Pact", "Compact", "Memorandum", "Communiqué", "Communique"}
# where an unknown name is a place: after "in" or "near" ("a plant in Republika Srpska"; not "from", as in "a letter
# from Ivo Radek", nor "at", as in "an economist at Goldman Sachs"), or after an office "of" ("President of Republika
# Srpska")
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|across|throughout|within|near)|\b(?:President|Prime Minister|Government|Parliament|"
    r"National Assembly|Governor|Mayor|Premier|Assembly) of)\s+(?:the\s+)?$")
# "La Libertad Avanza", "Los Cabos": a name that opens with an article is no person's
_ARTICLE_FIRST = {"La", "El", "Los", "Las", "Le", "Les", "Il", "Lo"}
_PORTFOLIOS = {"State", "Defense", "Defence", "Treasury", "Commerce", "Energy", "Agriculture", "Labor", "Labour",
               "Education", "Health", "Justice", "Interior", "Transportation", "Homeland", "Finance", "Trade", "War"}


def _classify_name(text, toks: list[Token], i0: int, i1: int, prev_seg, next_seg) -> Span:
    if i1 > i0 and toks[i0].text in _PORTFOLIOS and re.search(
            r"\b(?:Secretary|Secretaries|Minister|Ministers|Ministry|Department|Under\s+Secretary)\s+(?:of|for)\s+$",
            text[max(0, toks[i0].start - 40) : toks[i0].start]):
        # "Secretary of State Antony Blinken": the portfolio ends the title, the name follows
        return _classify_name(text, toks, i0 + 1, i1, (None, None, "title"), next_seg)
    s, e = toks[i0].start, toks[i1].end
    name = text[s:e]
    parts = [toks[x].text for x in range(i0, i1 + 1)]
    sp = Span(s, e, name, "name", canon=name)
    last = parts[-1]
    before = [t.text for t in toks[max(0, i0 - 4) : i0]]
    before_low = [b.lower() for b in before]
    after = text[e : e + 80]

    # "Russian-supplied", "Israel-Iran": a compound naming countries
    if len(parts) == 1 and "-" in last:
        names = [lx.COUNTRY_FORMS[p][0] for p in last.split("-") if p in lx.COUNTRY_FORMS]
        if names:
            sp.type, sp.evidence, sp.canon = "countryref", "compound", ";".join(names)
            return sp
    # geographic place: "Sunan International Airport", "St Petersburg", "Mount Kenya", "Louisa Reef" (no Ms Reef),
    # "Pulau Muara Besar" (an island, in Malay)
    if len(parts) >= 2 and (last in lx.GEO_SUFFIXES or parts[0] in ("St", "St.", "Saint", "Sankt", "San", "Santa", "São",
                                                                    "Fort", "Mount", "Lake", "Cape", "Port", "Puerto",
                                                                    "Pulau", "Isla", "Ilha", "Île")):
        sp.type, sp.evidence = "place", "geo-suffix"
        return sp
    # "Mozambique's Cabo Delgado province": the common noun after the name makes it a place, whatever goes before
    # ("Noi Bai airport"; "Khanh Hoa and Quang Ngai provinces": both names before the plural)
    if re.match(r"(?:\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?\s+(?:provinces|regions|districts|counties|"
                r"prefectures|governorates|municipalities)\b|\s+(?:province|region|state|district|county|prefecture|"
                r"governorate|municipality|island|islands|peninsula|valley|basin|delta|coast|highlands|archipelago|"
                r"airport|airfield|air base|airbase)\b", after):
        sp.type, sp.evidence = "place", "geo-noun"
        return sp
    # organisation evidence
    if _org_evidence_before(toks, i0) or (
        before_low[-1:] == ["and"] and len(before) >= 2 and _is_camel(before[-2])
    ):
        sp.type, sp.evidence = "organisation", "org-noun"
        return sp
    if len(parts) == 1 and (_is_camel(last) or _is_acronym(last)):
        sp.type, sp.evidence = "organisation", "acronym" if _is_acronym(last) else "camel"
        return sp
    # "India's External Affairs Minister": a portfolio before an office is no person
    if re.match(r"\s+(?:Minister|Ministers|Ministry|Secretary|Department|Office|Committee|Commissioner|Council|Adviser|Advisor)\b", after) \
            or last in ("Affairs", "Relations", "Defence", "Defense", "Security", "Development", "Cooperation"):
        sp.type, sp.evidence = "name", "portfolio"
        return sp
    # person evidence
    title_before = prev_seg is not None and prev_seg[2] == "title"
    if not title_before and before_low:
        if before_low[-1] in lx.TITLE_HEADS or before_low[-1] in lx.KIN_WORDS:
            title_before = True
        # "Presidents Donald Trump and Nicolás Maduro": second name after "and"
        if before_low[-1] == "and" and len(before) >= 3:
            back = text[max(0, s - 120) : s]
            if re.search(r"\b(?:Presidents|presidents|leaders|ministers|Ministers)\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,2}\s+and\s+$", back):
                title_before = True
    # "Representative to the United Nations Vasily Nebenzya"
    if not title_before:
        back = text[max(0, s - 90) : s]
        if re.search(r"\b(?:Representative|Ambassador|Envoy|Delegate|Secretary|Minister)\s+(?:to|of|at)\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3}\s+$", back):
            title_before = True
    appositive = bool(
        re.match(r"[,]?\s*(?:the|a|an)\s+(?:(?:former|current|new|then|late|interim|acting|de facto)\s+)*(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,2}"
                 r"(?:president|vice president|minister|leader|chancellor|chairman|chairperson|ambassador|general|senator|spokesman|spokesperson|governor|dictator|strongman|head|chief|founder|ceo)\b",
                 after)
    )
    possessive_country = len(before) >= 2 and before[-1] in ("'s", "’s") and before[-2] in lx.COUNTRY_FORMS
    says = bool(re.match(r"\s+(?:" + "|".join(sorted(lx.SAY_VERBS)) + r")\b", after)) or bool(
        re.match(r"\s+and\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+\s+(?:" + "|".join(sorted(lx.SAY_VERBS)) + r")\b", after)
    )
    n_parts = len([p for p in parts if p.lower() not in _NAME_PARTICLES])
    regime = bool(re.match(r"\s+(?:regime|administration|government|era|presidency|family|loyalists|cabinet|camp|dynasty)\b", after))
    # "the breakaway Somaliland administration", "the regional Kurdistan government": a territory's government
    territory = (bool(before_low) and before_low[-1] in _TERRITORY_ADJECTIVES) or (
        n_parts == 1 and bool(re.search(r"(?:land|stan)$", last)))
    if regime and territory:
        sp.type, sp.evidence = "place", "territory"
        return sp
    if regime and n_parts <= 3 and not any(p in lx.ORG_WORDS for p in parts):
        sp.type, sp.evidence = "person", "strong" if n_parts >= 2 else "modifier"
        return sp
    if last in _PROGRAMME_HEADS and all(pos_options(p) & {"NOUN", "ADJ"} for p in parts):
        sp.type, sp.evidence = "term", "programme"  # "Japan's Official Security Assistance": a programme, not a person
        return sp
    if last in _DOCUMENT_HEADS:
        sp.type, sp.evidence = "term", "capitalised"  # "the General Framework Agreement": "General" is no rank here
        return sp
    if title_before or appositive or possessive_country:
        if 1 <= n_parts <= 4:
            sp.type, sp.evidence = "person", "strong"
            return sp
    uncommon = all(zipf(p.lower()) < 4.3 or not (pos_options(p) & {"NOUN", "ADJ", "VERB"}) for p in parts if p.lower() not in _NAME_PARTICLES)
    last_common_noun = "NOUN" in pos_options(last) and zipf(last.lower()) >= 4.0
    the_before = bool(before_low) and before_low[-1] in ("the", "a", "an")
    if 2 <= n_parts <= 3 and not the_before and not last_common_noun and (uncommon or says):
        if not says and _LOCATIVE_BEFORE.search(text[max(0, s - 40) : s]) and not re.match(r"[’']s\b", after):
            sp.type, sp.evidence = "place", "locative"  # "in Republika Srpska", "President of Republika Srpska"
            return sp
        if not says and parts[0] in _ARTICLE_FIRST and parts[1][:1].isupper():
            sp.type, sp.evidence = "name", "unknown"  # "La Libertad Avanza won": a party, a place, a firm; no person
            return sp
        sp.type, sp.evidence = "person", "weak" if not says else "strong"
        return sp
    if n_parts >= 2 and (last_common_noun or the_before):
        sp.type, sp.evidence = "term", "capitalised"
        return sp
    if n_parts == 1:
        sp.type, sp.evidence = "name", "single"
        if says:
            sp.evidence = "single-says"
        return sp
    sp.type, sp.evidence = "name", "unknown"
    return sp


# ---------------------------------------------------------------------------
# Lowercase terms
# ---------------------------------------------------------------------------

_ADJ_SUFFIX = re.compile(r"(?:al|ic|ive|ous|ary|ful|less|able|ible|ian|ese|ish)$")


def _nounish(word: str) -> bool:
    p = pos_options(word)
    if not p:
        return word.isalpha() and len(word) > 3
    return "NOUN" in p


def _modifier(word: str) -> bool:
    p = pos_options(word)
    if not p:
        return "-" in word or word.isalpha()
    return bool(p & {"ADJ", "NOUN"}) and not (p <= {"VERB", "ADV", "AUX"})


_BAD_TERM_WORDS = lx.STOPWORDS | {
    "including", "particularly", "especially", "often", "also", "part", "way", "ways", "time", "times",
    "year", "years", "thing", "things", "case", "fact", "lot", "kind", "sort", "instance", "number",
    "end", "side", "hand", "terms", "areas", "area", "sort", "type", "types", "degree", "level", "levels",
    "recent", "new", "former", "current", "other", "many", "several", "various", "certain", "own",
    "main", "major", "key", "such", "same", "different", "whole", "entire", "late", "early", "mid",
    "now", "due", "common", "latter", "former", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "dozen", "hundreds", "thousands", "millions", "billions", "first", "second", "third",
    "last", "next", "past", "further", "additional", "additionally", "respectively", "notably", "largely",
}


def _verbish_start(word: str) -> bool:
    """A word that more likely starts a verb phrase than a noun phrase ("offering", "secure", "spans")."""
    p = pos_options(word)
    if "VERB" not in p:
        return False
    if "ADJ" in p and not word.endswith("s"):
        return word.endswith("ing") and "NOUN" not in p
    low = word.lower()
    return low.endswith(("ing", "ed")) or "NOUN" not in p or (low.endswith("s") and not low.endswith("ss"))


_FOLDED_COUNTRY_FORMS = frozenset(fold(f) for f in lx.COUNTRY_FORMS)


def find_terms(text: str, lo: int, hi: int, taken: list[tuple[int, int]], phrases: dict[str, float]) -> list[Span]:
    """Lowercase key terms in text[lo:hi]: uncommon hyphenated compounds and keyphrase noun phrases."""
    toks = tokenize(text[lo:hi], offset=lo)
    out: list[Span] = []

    def free(a: int, b: int) -> bool:
        return not any(a < y and x < b for x, y in taken)

    # hyphenated compounds
    for t in toks:
        w = t.text
        if "-" not in w or not w[:1].islower() or not free(t.start, t.end):
            continue
        low = fold(w)
        parts = low.split("-")
        if low in lx.STOCK_COMPOUNDS or any(low.startswith(p) for p in lx.STOCK_COMPOUNDS if p.endswith("-")):
            continue
        if parts[0] in ("al", "el", "ad", "ash", "bin", "ibn", "abu"):
            continue
        if any(p in _FOLDED_COUNTRY_FORMS for p in parts):
            continue
        if len(parts) < 2 or any(not p.isalpha() for p in parts):
            continue
        rar = min(zipf(p) for p in parts if p not in lx.STOPWORDS) if any(p not in lx.STOPWORDS for p in parts) else 9
        sp = Span(t.start, t.end, w, "term", canon=low, evidence="hyphen")
        sp.meta["rarity"] = rar
        sp.meta["phrase"] = phrases.get(low, 0.0)
        out.append(sp)
    # noun phrases that YAKE ranks (2-3 words), or single uncommon nouns
    words = [t for t in toks if t.is_word]
    seen: set[tuple[int, int]] = {s.key() for s in out}
    i = 0
    while i < len(words):
        t = words[i]
        w = t.text
        if not w[:1].islower() or fold(w) in _BAD_TERM_WORDS or not _modifier(w) or _verbish_start(w):
            i += 1
            continue
        prev_word = text[max(lo, t.start - 4) : t.start].lower()
        if prev_word.endswith("to ") and "VERB" in pos_options(w):  # an infinitive: "to supply arms"
            i += 1
            continue
        # maximal run of modifier/noun words separated by single spaces
        j = i
        while (
            j + 1 < len(words)
            and text[words[j].end : words[j + 1].start] == " "
            and words[j + 1].text[:1].islower()
            and fold(words[j + 1].text) not in _BAD_TERM_WORDS
            and _modifier(words[j + 1].text)
            and not (words[j].text.endswith("s") and not words[j].text.endswith("ss") and "VERB" in pos_options(words[j].text))
        ):
            j += 1
        # a participle ends the phrase ("direct flights fostering", "world taking shape")
        for x in range(i + 1, j + 1):
            if words[x].text.endswith("ing") and "VERB" in pos_options(words[x].text):
                j = x - 1
                break
        # "nations share": a plural noun followed by a possible verb is subject + verb
        if j > i and "VERB" in pos_options(words[j].text) and words[j - 1].text.endswith("s") and not words[j - 1].text.endswith("ss"):
            j -= 1
        # "refining capacity crumble": a bare verb after a noun ends a clause, not a phrase
        if j > i and verb_lemma(words[j].text) == words[j].text.lower() and pos_options(words[j - 1].text) == frozenset({"NOUN"}):
            j -= 1
        # a participle after an adverb is a verb: "have profoundly strained"
        if re.search(r"ly\s+$", text[max(lo, words[i].start - 12) : words[i].start]) and words[i].text.endswith("ed"):
            i += 1
            continue
        # trim trailing non-nouns
        while j >= i and not _nounish(words[j].text):
            j -= 1
        if j < i:
            i += 1
            continue
        cand = words[i : j + 1]
        while cand and fold(cand[0].text) in lx.EVALUATIVE:
            cand = cand[1:]
        if not cand:
            i = j + 1
            continue
        a, b = cand[0].start, cand[-1].end
        phrase = fold(text[a:b])
        n_words = len(cand)
        if n_words > 4 or not free(a, b) or (a, b) in seen:
            i = j + 1
            continue
        # the phrase must be a whole noun phrase: not followed by another noun or a capitalised word
        follow = re.match(r" ([A-Za-z][\w-]*)", text[b:hi])
        if follow and (follow.group(1)[:1].isupper() or (follow.group(1).lower() not in _BAD_TERM_WORDS and _nounish(follow.group(1)) and "VERB" not in pos_options(follow.group(1)) and "ADP" not in pos_options(follow.group(1)))):
            i = j + 1
            continue
        content = [fold(c.text) for c in cand]
        rar = min(min((zipf(p) for p in c.split("-") if p), default=9) for c in content)
        strength = phrases.get(phrase, 0.0)
        if n_words == 1:
            ok = rar < 3.3 and len(phrase) >= 6 and "NOUN" in pos_options(cand[0].text) and "-" not in phrase
        else:
            ok = True  # salience (rarity, keyphrase strength, context) decides later
        if ok and not any(c.start < b and a < c.end for c in out):
            sp = Span(a, b, text[a:b], "term", canon=phrase, evidence="np" if n_words > 1 else "rare-noun")
            sp.meta["rarity"] = rar
            sp.meta["phrase"] = strength
            out.append(sp)
            seen.add((a, b))
        i = j + 1
    return out


# ---------------------------------------------------------------------------
# Per-sentence entry point
# ---------------------------------------------------------------------------


def _quote_ranges(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[“\"]([^”\"]{2,})[”\"]|(?<!\w)['‘]([^'’]{3,})['’](?!\w)", text[lo:hi]):
        out.append((m.start() + lo, m.end() + lo))
    return out


def mark_lists(spans: list[Span], text: str) -> None:
    """Flag spans that are members of a coordinated list of the same broad type."""
    def family(s: Span) -> str:
        if s.type in ("country", "demonym"):
            return "country"
        if s.type == "person":
            return "person"
        return s.type

    ordered = sorted(spans, key=lambda s: s.start)
    for a, b in zip(ordered, ordered[1:]):
        # (a bare name of no known kind joins its neighbour's: "Subic Bay, Clark, Manila and Batangas")
        if family(a) != family(b) and not ({a.type, b.type} & {"name"} and
                                           {family(a), family(b)} <= {"name", "person", "place", "country"}):
            continue
        gap = text[a.end : b.start]
        if re.fullmatch(r"(?:['’]s)?\s*(?:,|,?\s*(?:and|or|and/or|as well as|nor)|/)\s*", gap):
            a.in_list = b.in_list = True


def sentence_spans(text: str, lo: int, hi: int, phrases: dict[str, float]) -> list[Span]:
    figures = find_figures(text, lo, hi)
    taken = [s.key() for s in figures]
    ents = find_entities(text, lo, hi, taken)
    taken += [s.key() for s in ents]
    terms = find_terms(text, lo, hi, taken, phrases)
    spans = sorted(figures + ents + terms, key=lambda s: (s.start, -s.end))
    quotes = _quote_ranges(text, lo, hi)
    for s in spans:
        s.in_quote = any(a <= s.start and s.end <= b for a, b in quotes)
    # "Ministry of Foreign Affairs (MFA)", "People's Republic of China (PRC)": the pair explains itself
    for a, b in zip(spans, spans[1:]):
        if re.fullmatch(r"\s*\(\s*", text[a.end : b.start]) and text[b.end : b.end + 1] == ")":
            a.meta["alias"] = b.text
            b.meta["alias"] = a.text
            b.meta["parenthetical"] = True
    mark_lists(spans, text)
    return spans
