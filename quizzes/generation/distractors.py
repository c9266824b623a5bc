"""Wrong options: nearby figures and dates, and same-type names drawn from the corpus.

Every function returns candidates in a deterministic order (seeded from the fact), best first;
the caller still checks each against the corpus so that a "wrong" option is not also right.
"""

from __future__ import annotations

import calendar
import random
import re

from . import lexicon as lx
from .analysis import Corpus, Sentence, surname_of
from .checks import named_in_title
from .lexicon import fold
from .spans import Span

_NUM_IN = re.compile(r"\d+(?:[.,]\d+)*")


def _fmt_like(original: str, value: float) -> str:
    """Format value the way the original number string was written (commas, decimals)."""
    if "." in original and not re.fullmatch(r"\d{1,3}(?:\.\d{3})+", original):
        decimals = len(original.split(".")[-1])
        return f"{value:,.{decimals}f}" if "," in original else f"{value:.{decimals}f}"
    if "," in original:
        return f"{value:,.0f}"
    return f"{value:.0f}"


def _nice(x: float, step_hint: float, digits: int = 2) -> float:
    """A wrong figure near x, rounded as the answer is: to two significant figures above a thousand, or to the
    answer's own (a census's 10,679 gets 8,009 and 16,018 beside it, not 8,000 and 16,000, which would give it away)."""
    if x >= 1000:
        mag = 10 ** max(0, len(str(int(x))) - max(2, digits))
        return round(x / mag) * mag
    if step_hint >= 5 and x >= 10:
        return round(x / 5) * 5
    if x >= 10:
        return round(x)
    return round(x) if step_hint >= 1 else round(x, 1)


_MAGNITUDES = (("thousand", 1e3), ("million", 1e6), ("mn", 1e6), ("billion", 1e9), ("bn", 1e9), ("trillion", 1e12))


def figure_value(text: str) -> float | None:
    """'$1.45 billion' -> 1.45e9."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return None
    v = float(m.group().replace(",", ""))
    words = set(re.findall(r"[a-z]+", text.lower()))
    return v * next((k for word, k in _MAGNITUDES if word in words), 1.0)


def number_alternatives(span: Span, seed: int, others: tuple[str, ...] = ()) -> list[str]:
    """Plausible wrong figures near a percentage, amount or count, written like the answer. A wrong figure
    keeps its place among the sentence's ``others`` of the same kind: "produced 465,000 barrels a day ... and
    exported 340,000" cannot become exports above production, nor a part above its total."""
    raw = span.meta.get("n", "")
    if not raw:
        return []
    try:
        v = float(raw.replace(",", ""))
    except ValueError:
        return []
    is_int = "." not in raw
    step = 5 if is_int and v % 5 == 0 and v >= 10 else 1
    digits = len(str(int(v)).rstrip("0")) if is_int and v >= 1000 else 2  # significant figures of the answer
    factors = [0.5, 0.75, 0.66, 1.33, 0.4, 1.5, 0.25, 2.0, 0.85]
    rng = random.Random(seed)
    rng.shuffle(factors)
    out: list[str] = []
    values: list[float] = [v]
    used: list[float] = []
    for f in factors:
        if any(abs(f * g - 1) < 0.12 for g in used):
            continue  # half and double the answer (4%, 8%, 16%) would put it at the centre for anyone to spot
        x = _nice(v * f, step, digits)
        if not is_int and x == int(x) and v != int(v):
            x = round(v * f, 1)
        if x <= 0:
            continue
        if span.type == "percent" and x >= 100:
            continue
        if x < 1 <= v and re.search(r"\b(?:thousand|million|billion|trillion|bn|mn|m)\b", span.text, re.I):
            continue  # "$0.3 billion" for "$1.2 billion": nobody writes it so, and it reads as the changed figure
        if any(abs(x - y) < max(0.12 * max(v, 1), 2 if v >= 10 else 0.5) for y in values):
            continue
        text = span.text.replace(raw, _fmt_like(raw, x), 1)
        if not _keeps_order(span.text, text, others):
            continue
        values.append(x)
        used.append(f)
        out.append(text)
    return out


def share_alternatives(span: Span, seed: int, majority: bool, winner: bool = False) -> list[str]:
    """Wrong shares of a vote on the answer's side of one half: for "78.5 per cent of voters chose
    independence", other majorities (61.2, 88.9 ...), as a minority would not have carried it.  A winner's
    share below one half ("won the election with 28.8 percent") keeps near it: a winner on 7 percent is absurd."""
    raw = span.meta.get("n", "")
    try:
        v = float(raw.replace(",", ""))
    except ValueError:
        return []
    low, high = (50.0, 100.0) if majority else (0.0, 50.0)
    factors = [0.65, 0.8, 1.25, 1.45, 1.65] if winner and not majority else [0.25, 0.5, 0.75, 1.3, 1.6, 1.9]
    random.Random(seed).shuffle(factors)
    out: list[str] = []
    values = [v]
    for f in factors:
        x = low + (v - low) * f if majority else v * f
        x = round(x, 1) if "." in raw else float(round(x))
        if not low < x < high or any(abs(x - y) < max(0.05 * v, 1.5) for y in values):
            continue
        values.append(x)
        out.append(span.text.replace(raw, _fmt_like(raw, x), 1))
    return out


def _keeps_order(key: str, alternative: str, others: tuple[str, ...]) -> bool:
    v, x = figure_value(key), figure_value(alternative)
    for other in others:
        o = figure_value(other)
        if v is not None and x is not None and o is not None and o != v and ((v < o) != (x < o) or x == o):
            return False  # (nor may it equal the other: "up from four" leaves 4 no answer)
    return True


def year_alternatives(span: Span, seed: int, max_year: int, ahead: bool = False) -> list[str]:
    y = span.meta.get("y")
    if not y:
        return []
    rng = random.Random(seed)
    # never the year next to it: an election and the inauguration after it, a fiscal and a calendar year,
    # make a neighbouring year defensible
    deltas = [-2, -3, -4, -5, -6, -8, -10, 2, 3, 4, 5]
    rng.shuffle(deltas)
    # a year the article looks forward to ("due to be complete by the end of 2027") has wrong options ahead of
    # the article too: one future year among past ones would be the answer
    ahead = ahead or y > max_year
    out: list[str] = []
    for d in deltas:
        alt = y + d
        if (alt > max_year) != ahead:
            continue
        out.append(span.text.replace(str(y), str(alt), 1))
    # keep them apart from each other a little: prefer a spread
    return out


def date_alternatives(span: Span, seed: int, max_year: int) -> list[str]:
    """Shift a date's month, day or year, keeping its written form."""
    meta = span.meta
    rng = random.Random(seed)
    text = span.text
    out: list[str] = []
    if span.type == "decade":
        y = meta["y"]
        for d in rng.sample([-30, -20, -10, 10, 20], 5):
            if y + d <= max_year:
                out.append(text.replace(str(y), str(y + d)))
        return out
    if span.type == "century":
        c = meta["c"]
        for d in (-1, 1, -2):
            alt = c + d
            if 1 <= alt <= 21:
                suffix = "th" if 10 <= alt % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(alt % 10, "th")
                out.append(re.sub(r"\d{1,2}(?:st|nd|rd|th)", f"{alt}{suffix}", text, count=1))
        return out
    if "y2" in meta:  # a year range
        y, y2 = meta["y"], meta["y2"]
        for d in rng.sample([-4, -3, -2, 2, 3], 5):
            if y2 + d <= max_year:
                # "2019–20" -> "2016–17": the second year keeps its written length
                alt = re.sub(rf"{y}(\s*(?:[-–—/]|to)\s*)(\d{{2,4}})",
                             lambda m: f"{y + d}{m[1]}{str(y2 + d)[-len(m[2]):]}", text, count=1)
                if alt != text:
                    out.append(alt)
        return out
    m = meta.get("m")
    if not m:
        return []
    month_word = re.search(r"[A-Z][a-z]+\.?", text)
    if not month_word:
        return []
    mw = month_word.group()
    abbreviated = len(mw.rstrip(".")) <= 4 and mw.rstrip(".") not in lx.MONTHS
    if "d" in meta:
        d1, d2 = meta["d"], meta.get("d2")
        shifts = [3, 5, 8, 11, 14, 17]
        rng.shuffle(shifts)
        for sh in shifts:
            nd1 = d1 + sh if d1 + sh + (d2 - d1 if d2 else 0) <= 28 else d1 - sh
            if nd1 < 1:
                continue
            if d2:
                nd2 = nd1 + (d2 - d1)
                alt = re.sub(r"\b" + str(d1) + r"(\s*[-–]\s*)" + str(d2) + r"\b", f"{nd1}\\g<1>{nd2}", text, count=1)
            else:
                alt = re.sub(r"\b" + str(d1) + r"\b", str(nd1), text, count=1)
            if alt != text:
                out.append(alt)
        return out
    # month + year: other months of the same year, then the same month of nearby years
    months = [x for x in range(1, 13) if abs(x - m) >= 2]
    rng.shuffle(months)
    for x in months:
        name = calendar.month_name[x]
        if abbreviated:
            name = calendar.month_abbr[x] + ("." if mw.endswith(".") else "")
        out.append(text.replace(mw, name, 1))
    return out


def _article_ok(sentence_text: str, span_start_in_text: int, option: str) -> bool:
    """If the blank follows "a"/"an", the option must take the same article."""
    before = sentence_text[max(0, span_start_in_text - 4) : span_start_in_text].lower()
    vowel = option[:1].lower() in "aeiou"
    if re.search(r"\ban $", before):
        return vowel
    if re.search(r"\ba $", before):
        return not vowel
    return True


def _org_kind(sp: Span) -> str:
    """International body, company, government body or acronym: options must be of one kind."""
    if sp.evidence == "lexicon":
        return "international"
    if sp.evidence in ("org-noun", "camel"):
        return "company"
    if sp.evidence == "acronym":
        return "acronym"
    return "body"


def _shape(text: str) -> tuple:
    words = text.split()
    return (text[:1].isupper(), "-" in text, min(len(words), 3), text.endswith("s"))


def entity_alternatives(corpus: Corpus, s: Sentence, span: Span, seed: int) -> list[tuple[str, tuple[str, str]]]:
    """Same-type names from the corpus, ranked by how plausible they are as a wrong answer."""
    shown = s.passage.text[s.shown_start : s.end]
    shown_fold = fold(shown)
    in_sentence: set[tuple[str, str]] = set()
    for x in (s.context.spans if s.context else []) + s.spans:
        k = corpus.entity_key(x)
        if k:
            in_sentence.add(k)
        if x.type == "countryref":
            in_sentence.update(("country", c) for c in x.canon.split(";"))
    answer_key = corpus.entity_key(span)
    rng = random.Random(seed)
    out: list[tuple[str, tuple[str, str]]] = []

    if span.type == "person":
        info = corpus.person(span.canon)
        country = info.country if info else ""
        company = corpus.person_company(span.canon)
        named_here = corpus.named_in(s.passage.source) if s.pidx >= 0 else set()
        ranked = []
        for key, p in sorted(corpus.people.items()):
            k = ("person", key)
            if k == answer_key or k in in_sentence or not p.strong:
                continue
            surname = p.surname
            if surname in shown_fold or fold(p.canon) in shown_fold:
                continue
            if not corpus.person_usable(p.canon):
                continue  # named only in a quotation, a question or as someone's relative
            same_country = 1 if (country and p.country == country) or (not country and p.country in company) else 0
            theirs = corpus.person_company(p.canon)
            near = len(company & theirs) / max(1, len(company))
            titled = 1 if p.titles else 0
            # people the same article names first (a minister from an article on another country gives himself away),
            # then people of the same country, then public figures talked about alongside the same countries
            here = 1 if k in named_here else 0
            rank = 5.0 * here + 2.0 * same_country + 0.5 * titled + 2.0 * near
            ranked.append((-round(rank, 3), rng.random(), p))
        ranked.sort(key=lambda r: r[:2])
        single = len(span.text.split()) == 1
        for *_, p in ranked:
            if single and re.search(r"\s[IVX]{1,4}$", p.canon):
                continue  # "Charles III" goes by no surname: "Charles" among surnames would stand out
            label = surname_of(p.canon) if single else p.canon
            if single and len(p.canon.split()) == 1:
                label = p.canon
            if not single and len(p.canon.split()) == 1:
                continue
            out.append((label, ("person", fold(p.canon))))
        return out

    if span.type in ("country", "demonym"):
        role = span.role or "name"
        ranked = []
        partners = corpus.partner_rank()
        source = s.passage.source
        other_subjects = corpus.foreign_subjects(source)
        # when the title shown above the question names the answer, countries it also names come first,
        # so that the title does not single the answer out
        title = corpus.source_title(source)
        answer_titled = named_in_title(title, span.canon or span.text, "country")
        for name, weight in partners:
            if weight < 1.5 and role != "name":
                continue
            k = ("country", name)
            if k == answer_key or k in in_sentence or k in corpus.anchors or name in other_subjects:
                continue
            c = lx.COUNTRY_BY_NAME.get(name)
            if not c:
                continue
            if role == "capital":
                label = c.capitals[0] if c.capitals else ""
            elif role == "demonym":
                label = c.demonyms[0] if c.demonyms else ""
            elif role == "alias":
                label = c.name
            else:
                label = c.name
            if not label or fold(label) in shown_fold:
                continue
            # a country the same article talks about first: Chile is no plausible partner in an article on Nigeria
            here = 0 if name in corpus.countries_in(source) else 1
            titled = 0 if answer_titled and named_in_title(title, name, "country") else 1
            ranked.append((here, titled, -weight, rng.random(), label, k))
        ranked.sort(key=lambda r: r[:4])
        return [(label, k) for *_, label, k in ranked]

    # organisations, places and terms: other spans of the same type, kind and shape in the corpus
    shape = _shape(span.text)
    kind = _org_kind(span)
    seen: set[str] = {fold(span.text)}
    ranked = []
    for other in corpus.sentences:
        if other.pidx in corpus.bad_passages or other is s:
            continue
        for x in other.spans:
            if x.type != span.type or x.in_quote:
                continue
            if span.type == "term" and x.evidence != span.evidence:
                continue
            if span.meta.get("transfer") and not x.meta.get("transfer"):
                continue
            if span.type == "organisation" and _org_kind(x) != kind:
                continue
            f = fold(x.text)
            if f in seen or f in shown_fold or any(w in shown_fold.split() for w in f.split() if len(w) > 4):
                continue
            k = corpus.entity_key(x)
            if k and (k in in_sentence or corpus.is_anchor(k, s.passage.source)):
                continue
            if x.text in lx.COUNTRY_FORMS:
                continue
            seen.add(f)
            sh = _shape(x.text)
            closeness = sum(1 for a, b in zip(shape, sh) if a == b)
            ranked.append((-closeness, rng.random(), x.text, k or (span.type, f)))
    ranked.sort(key=lambda r: r[:2])
    return [(text, k) for *_, text, k in ranked if _shape(text)[:2] == shape[:2]]
