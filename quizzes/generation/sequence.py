"""Questions built from several facts: timelines (dated events in order) and matching.

timeline  three or four events, each a clause of its source sentence with the date removed;
          their date ranges never overlap, so exactly one order is right
matching  people to the titles the sources give them; partners to what they supplied or did
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as lx
from .analysis import Corpus, Sentence
from .items import Draft, Fact, digest, seed_of
from .lexicon import fold
from .model import Support
from .nlp import content_stems, display, pos_options, verb_lemma
from .spans import Span, date_interval

TIMELINE_STEM = "Put these events in chronological order, earliest first."
PEOPLE_STEM = "Match each person to the title the source gives them."
PARTNER_STEM = "Match each partner to what the source says it did."
ACTIONS_STEM = "Match each person to what the source says they did."

_DATE_PREP = re.compile(
    r"(?:,\s*)?\b(?:in|on|during|by|as recently as|at the end of|at the start of|at the beginning of|"
    r"in late|in early|in mid-?|by late|by early|late in|early in)\s+(?:the\s+)?$",
    re.I,
)
_BOUNDARY = re.compile(
    r",\s+(?:[a-z]+ing\s+(?!and\b)[a-z]|which\b|who\b|but\b|while\b|as\b|although\b|though\b|and then\b|and\s+(?:the|its|his|her|their|a)\b|so\b|because\b)"
    r"|\s[-–—]\s|;|:",
)
_LEAD_ADVERB = re.compile(r"^(?:however|meanwhile|still|moreover|furthermore|additionally|notably|then|later|also|and|but),?\s+", re.I)


@dataclass
class Event:
    sent: Sentence
    span: Span
    text: str  # the clause, date removed
    lo: int
    hi: int  # ordinal day range
    support: Support | None = None  # where the date stands in the source passage

    @property
    def key(self) -> str:
        return "e-" + digest(fold(self.text))[:12]


def _resolve_year(corpus: Corpus, s: Sentence, sp: Span) -> int | None:
    """A day and month without a year ("January 7") take the latest year the source gives that month."""
    if sp.meta.get("y") or "m" not in sp.meta:
        return sp.meta.get("y")
    years_with_month: set[int] = set()
    all_years: set[int] = set()
    for other in corpus.sentences:
        if other.passage.source != s.passage.source:
            continue
        for x in other.spans:
            y = x.meta.get("y")
            if not y:
                continue
            all_years.add(y)
            if x.meta.get("m") == sp.meta["m"]:
                years_with_month.add(y)
    if not all_years:
        return None
    latest = max(all_years)
    return latest if latest in years_with_month else None


_CLAUSE_BREAK = re.compile(
    r",\s+(?=[a-z]+ing\s+(?!and\b)[A-Za-z])|,\s+(?=(?:which|who|but|while|as|although|though|so|because|and then)\b)"
    r"|,\s+and\s+(?=(?:the|its|his|her|their|a|an)\b)|\s+(?=(?:since|after|before|when|until|because)\s)"
    r"|\s[-–—]\s|;|:",
)
_NEGATED = re.compile(r"\b(?:not|never|no|failed to|unable|unwilling)\b|n't\b", re.I)


_ORPHAN_INTERVAL = re.compile(
    r",\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|some|\d+)\s+"
    r"(?:years?|months?|weeks?|days?|decades?)(?:\s+(?:later|earlier|on))?\s*$", re.I)


def _finish(clause: str) -> str | None:
    clause = display(clause).strip().rstrip(".,;: ")
    clause = re.sub(r"^(?:and|but|or|since|after|before|when|until|because)\s+", "", clause, flags=re.I)
    clause = _LEAD_ADVERB.sub("", clause)
    clause = re.sub(r"\b(also|then|later|previously|already|notably|additionally|however|clearly)\s+", "", clause)
    clause = re.sub(r",\s*,", ",", clause).strip(" ,")
    # what a cut interval leaves behind: "established at the end of 1963, a year after independence" -> "established"
    clause = _ORPHAN_INTERVAL.sub("", clause).strip(" ,")
    if not clause:
        return None
    return clause[0].upper() + clause[1:]


# a past participle and its agent just before the date: "an idea floated by his predecessor, Andrzej Duda, in"
_PARTICIPLE_BY = re.compile(r"\b(?P<before>[a-z]+)\s+(?:first\s+)?[a-z]+ed\s+by\s+(?P<agent>[^.;:()]{1,60}?),?\s+"
                            r"(?:in|on|at|during|since|from|around|by)\s+(?:early\s+|mid-|late\s+)?$")
_AUXILIARIES = {"was", "were", "is", "are", "be", "been", "being", "has", "have", "had", "got", "get", "gets", "not"}


def _event_clause(text: str, a: int, b: int, sp: Span) -> str | None:
    """The clause of text[a:b] that carries the date span, with the date (and its preposition) removed."""
    before = text[a : sp.start]
    m = _DATE_PREP.search(before)
    if m:  # adverbial date: "in 2025", "on January 7", "as recently as October 2025"
        cut_from, cut_to = a + m.start(), sp.end
        marker = "\x00"
        joined = text[a:cut_from] + marker + text[cut_to:b]
        joined = re.sub(r"\s*\x00", " \x00", joined)
        pieces = _CLAUSE_BREAK.split(joined)
        for piece in pieces:
            if marker in piece:
                out = piece.replace(marker, " ")
                out = re.sub(r"\s+", " ", out)
                out = re.sub(r"\s+,", ",", out)
                return _finish(out)
        return None
    # attributive date: "the December 2024 collapse of the Assad regime" -> "The collapse of the Assad regime"
    m = re.search(r"\bthe\s+$", before, re.I)
    if not m:
        return None
    tail = text[sp.end : b]
    stop = re.search(r",|\s[-–—]\s|\s(?:which|that|who|was|were|is|are|has|have|had)\b|\(|\.$", tail)
    np = tail[: stop.start()] if stop else tail
    words = np.split()
    if not 1 <= len(words) <= 8 or not any(w[:1].isupper() for w in words):
        return None
    return _finish("the " + np)


def _has_past_verb(clause: str) -> bool:
    """A finite past-tense verb: "formalized", "threatened", "spoke", "took"."""
    for w in clause.split()[1:]:
        w = w.strip(",.;:").lower()
        base = verb_lemma(w)
        if not base:
            continue
        if w.endswith("ed") or (base != w and not w.endswith(("s", "ing", "en"))):
            return True
    return False


def _is_event_noun_phrase(clause: str) -> bool:
    """"The Israel-Iran war", "The collapse of the Assad regime": a named event without a verb."""
    return clause.startswith("The ") and not any("VERB" in pos_options(w.lower()) and w.endswith("ed") for w in clause.split()[1:])


def extract_event(corpus: Corpus, s: Sentence, sp: Span) -> Event | None:
    text = s.passage.text
    if s.context is not None or not s.usable:
        return None
    dates = [x for x in s.spans if x.type in ("date", "year", "decade", "century")]
    if sp not in dates or (len(dates) > 1 and any(x.in_list for x in dates)):
        return None
    from .calibrate import unresolved_reference

    sentence = text[s.start : s.end]
    if unresolved_reference(sentence):
        return None  # "Ethiopia began filling it", "The project's permits were revoked": which one?
    # "After X in 2022, Y did Z": the date belongs to the opening clause, not to the event
    m = re.match(r"^(?:after|before|following|since|until|when|while|amid)\b[^,]*,", sentence, re.I)
    attributive = re.search(r"\bthe\s+$", text[max(s.start, sp.start - 5) : sp.start], re.I)
    if m and s.start + m.end() > sp.start and not attributive:
        return None  # unless the date names the event itself: "Since the June 2025 Israel-Iran war, ..."
    m = _PARTICIPLE_BY.search(text[s.start : sp.start])
    if m and m.group("before").lower() not in _AUXILIARIES and not any(
            w.endswith("ed") for w in re.findall(r"[a-z]+", m.group("agent"))):
        return None  # "revive an idea floated by his predecessor, Andrzej Duda, in 2018": the date is the idea's
    clause = _event_clause(text, s.start, s.end, sp)
    if not clause:
        return None
    n = len(clause.split())
    words = clause.split()
    names = sum(1 for w in words[1:] if w[:1].isupper()) + (1 if words and not pos_options(words[0].strip(",")) and words[0] not in ("The", "A", "An") else 0)
    if n > 24 or n < 3 or (n < 5 and not names):
        return None
    # no other time expression left, no negation, no reference back
    if re.search(r"\b(1[6-9]\d\d|20\d\d)\b|\b(" + "|".join(lx.MONTHS) + r")\b|\b(?:this|that) (?:year|month|week)\b", clause):
        return None
    if _NEGATED.search(clause) or re.match(r"^(?:it|its|they|their|he|his|she|her|this|these|those|him|which|who|that|whose|where)\b", clause, re.I):
        return None
    if re.search(r"\b(?:him|his|her|them|their)\b", clause) and not names:
        return None
    if not _has_past_verb(clause) and not _is_event_noun_phrase(clause):
        return None
    if re.search(r"\b(?:remains|remain|is|are|has|have|continues|continue|stays|holds)\b", clause):
        return None  # "X, sanctioned in 2023, remains ...": the date is not when the clause's state began
    from .standalone import standalone_problem

    if standalone_problem(clause, event=True):
        return None  # "Russian officials issued similarly boilerplate condemnations": similar to what?
    if sp.type == "date" and sp.meta.get("y") is None:
        return None  # the event's own text must carry its year ("January 7" alone is ambiguous)
    if sp.meta.get("y") is None and "m" in sp.meta:
        y = _resolve_year(corpus, s, sp)
        if y is None:
            return None
        interval = date_interval(sp, default_year=y)
    else:
        interval = date_interval(sp)
    if interval is None:
        return None
    return Event(s, sp, clause, interval[0], interval[1])


def find_events(corpus: Corpus, facts: list[Fact]) -> list[Event]:
    """Dated events of the passages, and of the lesson sentences whose date also stands in a passage
    they cite (one event per date in the passage, however many sentences tell it)."""
    events: list[Event] = []
    seen: set[str] = set()
    for s in corpus.sentences + corpus.lesson_sentences:
        if not s.usable or s.pidx in corpus.bad_passages:
            continue
        for sp in s.spans:
            if sp.type not in ("date", "year", "decade", "century") or sp.in_quote:
                continue
            ev = extract_event(corpus, s, sp)
            if ev is None:
                continue
            if s.pidx < 0:
                ground = corpus.ground(s, sp)
                if ground is None:
                    continue
                gs, gsp = ground
                ev.support = Support(gs.passage.key, gsp.start, gsp.end, gs.start, gs.end)
            else:
                ev.support = Support(s.passage.key, sp.start, sp.end, s.start, s.end)
            k = fold(ev.text)
            at = ("at", ev.support.passage_key, ev.support.start)
            if k in seen or at in seen:
                continue
            seen.update((k, at))
            events.append(ev)
    events.sort(key=lambda e: (e.lo, e.hi, e.key))
    return events


def _year_of(e: Event) -> int | None:
    return e.span.meta.get("y")


def _disjoint(evs: list[Event]) -> bool:
    ordered = sorted(evs, key=lambda e: e.lo)
    return all(x.hi < y.lo for x, y in zip(ordered, ordered[1:]))


def build_timelines(corpus: Corpus, events: list[Event], max_items: int = 9) -> list[Draft]:
    """Timelines built within each article: events of different articles are never mixed."""
    drafts: list[Draft] = []
    for source in sorted({e.sent.passage.source for e in events}):
        if len(drafts) >= max_items:
            break
        drafts += _build_timelines(corpus, [e for e in events if e.sent.passage.source == source], max_items - len(drafts))
    return drafts


def _build_timelines(corpus: Corpus, events: list[Event], max_items: int = 9) -> list[Draft]:
    """Groups of four (or three) events with non-overlapping dates; each event used at most twice."""
    drafts: list[Draft] = []
    uses: dict[str, int] = {}
    used_sets: set[frozenset[str]] = set()
    n = len(events)
    if n < 3:
        return drafts
    # deterministic candidate groups: sliding windows over the chronological list, then spread picks
    candidates: list[list[Event]] = []
    for size in (4, 3):
        for start in range(n):
            group: list[Event] = []
            for ev in events[start:]:
                if all(not (ev.lo <= g.hi and g.lo <= ev.hi) for g in group):
                    group.append(ev)
                if len(group) == size:
                    break
            if len(group) == size:
                candidates.append(group)
        step_groups = []
        for stride in (2, 3):
            for start in range(n):
                group = []
                for ev in events[start::stride]:
                    if all(not (ev.lo <= g.hi and g.lo <= ev.hi) for g in group):
                        group.append(ev)
                    if len(group) == size:
                        break
                if len(group) == size:
                    step_groups.append(group)
        candidates += step_groups
    for group in candidates:
        if len(drafts) >= max_items:
            break
        keys = frozenset(e.key for e in group)
        if keys in used_sets or any(uses.get(e.key, 0) >= 3 for e in group):
            continue
        # two groups sharing most of their events are near-duplicates
        if any(len(keys & other) > 2 for other in used_sets):
            continue
        if not _disjoint(group):
            continue
        # one article's events only, spread over at least three different years
        if len({e.sent.passage.source for e in group}) != 1:
            continue
        # over at least three different years, or two with each event months apart from the next
        ordered = sorted(group, key=lambda e: e.lo)
        years = len({_year_of(e) for e in group})
        if years < 2 or (years < 3 and min(y.lo - x.hi for x, y in zip(ordered, ordered[1:])) < 90):
            continue
        ordered = sorted(group, key=lambda e: e.lo)
        answer = [e.text for e in ordered]
        seed = seed_of(*sorted(keys))
        scrambled = sorted(answer, key=lambda t: digest(str(seed), t))
        if scrambled == answer:
            scrambled = scrambled[1:] + scrambled[:1]
        support = tuple(e.support for e in ordered)
        span_gap = min(y.lo - x.hi for x, y in zip(ordered, ordered[1:]))
        score = 0.78 + (0.06 if len(group) == 4 else 0.0) + (0.05 if span_gap > 60 else 0.0)
        explanation = " ".join(
            f"{corpus_text(corpus, e.support, answer=True)}: {display(corpus_text(corpus, e.support))}" for e in ordered
        )
        drafts.append(
            Draft(
                type="timeline",
                stem=TIMELINE_STEM,
                answer=answer,
                options=scrambled,
                accepted=[],
                explanation=explanation,
                span_type="date",
                support=list(support),
                score=min(score, 0.95),
                fact_key="t-" + digest(*sorted(keys))[:16],
            )
        )
        used_sets.add(keys)
        for e in group:
            uses[e.key] = uses.get(e.key, 0) + 1
    return drafts


# ---------------------------------------------------------------------------
# Matching
# ---------------------------------------------------------------------------


def _people_pairs(corpus: Corpus) -> list[tuple[str, str, Support, str]]:
    """(person, title, support, country) for people introduced with a title."""
    out = []
    seen: set[str] = set()
    for s in corpus.sentences:
        if not s.usable or s.pidx in corpus.bad_passages:
            continue
        for sp in s.spans:
            if sp.type != "person" or sp.in_quote or len(sp.text.split()) < 2:
                continue
            info = corpus.person(sp.canon)
            if info is None or not info.titles or fold(info.canon) in seen:
                continue
            title = info.titles[0]
            if not title or re.search(r"\b(?:presidents|leaders|ministers)\b", title, re.I) or len(title.split()) > 8:
                continue
            # the title must be written right before this mention
            if display(s.passage.text[max(0, sp.start - len(title) - 3) : sp.start]).strip().endswith(title.split()[-1]) is False:
                continue
            seen.add(fold(info.canon))
            out.append((info.canon, title, Support(s.passage.key, sp.start, sp.end, s.start, s.end), info.country))
    return out


_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "mister", "lord", "lady", "prof", "professor"}


def _by_source(corpus: Corpus, items: list, support) -> list[list]:
    """Items split by the article they come from, in the corpus's order: one question never mixes
    people from unrelated articles under one source line."""
    source_of = {p.key: p.source for p in corpus.passages}
    out: dict[str, list] = {}
    for item in items:
        out.setdefault(source_of.get(support(item).passage_key, ""), []).append(item)
    return list(out.values())


def _even_groups(pairs: list) -> list[list]:
    """Groups of three or four, as even as possible."""
    n = len(pairs)
    k = max(1, (n + 3) // 4) if n >= 3 else 0
    if n >= 9:
        k = max(k, n // 3)
    size, extra = (divmod(n, k) if k else (0, 0))
    groups, at = [], 0
    for g in range(k):
        width = size + (1 if g < extra else 0)
        groups.append(pairs[at : at + width])
        at += width
    return groups


def build_people_matchings(corpus: Corpus, max_items: int = 4) -> list[Draft]:
    pairs = _people_pairs(corpus)
    # titles must be distinct and must not name the person
    by_title: dict[str, int] = {}
    for _, t, _, _ in pairs:
        by_title[fold(t)] = by_title.get(fold(t), 0) + 1
    pairs = [p for p in pairs if by_title[fold(p[1])] == 1 and not any(w in fold(p[1]) for w in fold(p[0]).split() if len(w) > 2)]
    # "Mr" is no title, and a bare "Minister" fits every minister beside it ("Energy Minister", "Defence Minister")
    words = [set(re.findall(r"[a-z]+", fold(t))) for _, t, _, _ in pairs]
    pairs = [p for i, p in enumerate(pairs)
             if fold(p[1]).rstrip(".") not in _HONORIFICS
             and not (len(words[i]) == 1 and any(words[i] < other for j, other in enumerate(words) if j != i))]
    pairs.sort(key=lambda p: (p[3] or "~", fold(p[0])))
    drafts: list[Draft] = []
    groups = [group for same in _by_source(corpus, pairs, lambda p: p[2]) for group in _even_groups(same)]
    for group in groups[:max_items]:
        if len(group) < 3:
            continue
        answer = [[name, title] for name, title, _, _ in group]
        seed = seed_of(*[a[0] for a in answer])
        rights = [title for _, title, _, _ in group]
        scrambled = sorted(rights, key=lambda t: digest(str(seed), t))
        if scrambled == rights:
            scrambled = scrambled[1:] + scrambled[:1]
        drafts.append(
            Draft(
                type="matching",
                stem=PEOPLE_STEM,
                answer=answer,
                options=scrambled,
                accepted=[],
                explanation=" ".join(f"{title} {name}." for name, title, _, _ in group),
                span_type="person",
                support=[sup for _, _, sup, _ in group],
                score=0.8 + 0.02 * len(group),
                fact_key="m-" + digest(*sorted(a[0] + "=" + a[1] for a in answer))[:16],
            )
        )
    return drafts


_ROLE_VERB = re.compile(
    r"^(?:has\s+|have\s+|had\s+)?(?:also\s+|long\s+|reportedly\s+)?"
    r"(?:supplied|supplies|supply|provided|provides|provide|sent|sends|sold|sells|furnished|furnishes|delivered|delivers|"
    r"invested|invests|lent|lends|exported|exports|imports|imported|purchased|buys|bought|trained|trains|engaged in)\b",
    re.I,
)
_ROLE_END = re.compile(r",\s+(?:[a-z]+ing\b|and has\b|and have\b|but\b|which\b|often\b|while\b|including\b)|\s[-–—]\s|;|\.$|\s\[\d")


def _partner_roles(corpus: Corpus) -> dict[str, tuple[str, Support, Sentence]]:
    partners = {name for name, w in corpus.partner_rank() if w >= 1.0}
    found: dict[str, tuple[str, Support, Sentence]] = {}
    for s in corpus.sentences:
        if not s.usable or s.context is not None or s.pidx in corpus.bad_passages:
            continue
        first = next((x for x in s.spans if x.type in ("country", "demonym", "person", "organisation", "countryref")), None)
        if first is None or first.type not in ("country", "demonym") or first.canon not in partners:
            continue
        text = s.passage.text
        if text[s.start : first.start].strip():
            continue
        rest = text[first.end : s.end]
        if first.type == "demonym":
            m0 = re.match(r"\s+(?:firms|companies|officials|forces|tankers|state firms|banks)\s+", rest)
            if not m0:
                continue
            rest = rest[m0.end() :]
        rest = rest.lstrip()
        if not _ROLE_VERB.match(rest):
            continue
        end = _ROLE_END.search(rest)
        role = rest[: end.start()] if end else rest
        role = display(role).rstrip(".,;: ")
        n = len(role.split())
        if n < 3 or n > 16:
            continue
        # the role must not name any partner (that would give the match away)
        low = fold(role)
        if any(fold(f) in low for name in partners for f in lx.COUNTRY_BY_NAME[name].all_forms if name in lx.COUNTRY_BY_NAME):
            continue
        country = first.canon
        prev = found.get(country)
        if prev is None or len(role) < len(prev[0]):
            found[country] = (role, Support(s.passage.key, first.start, first.end, s.start, s.end), s)
    return found


def build_partner_matchings(corpus: Corpus) -> list[Draft]:
    roles = _partner_roles(corpus)
    names = sorted(roles, key=lambda n: (-dict(corpus.partner_rank()).get(n, 0), n))
    anchor_stems: set[str] = set()
    for key in corpus.anchors:
        anchor_stems |= set(content_stems(key[1]))
        c = lx.COUNTRY_BY_NAME.get(key[1])
        if c:
            for f in c.all_forms:
                anchor_stems |= set(content_stems(f))
    chosen: list[str] = []
    for name in names:
        role = roles[name][0]
        stems = {st for st in content_stems(role)} - {"venezuela"}
        clash = False
        for other in chosen:
            # the role must not also fit another chosen partner, and vice versa
            for k, r in ((name, other), (other, name)):
                rs = {st for st in content_stems(roles[k][0])} - anchor_stems
                for sent in corpus.mentions(("country", r)):
                    if len(rs & sent.stems) >= 2 and sent is not roles[k][2]:
                        clash = True
        if not clash and stems:
            chosen.append(name)
        if len(chosen) == 4:
            break
    if len(chosen) < 3:
        return []
    answer = [[name, roles[name][0]] for name in chosen]
    seed = seed_of(*chosen)
    rights = [r for _, r in answer]
    scrambled = sorted(rights, key=lambda t: digest(str(seed), t))
    if scrambled == rights:
        scrambled = scrambled[1:] + scrambled[:1]
    return [
        Draft(
            type="matching",
            stem=PARTNER_STEM,
            answer=answer,
            options=scrambled,
            accepted=[],
            explanation=" ".join(s.passage.text[s.start : s.end] for _, _, s in (roles[n] for n in chosen)),
            span_type="country",
            support=[roles[n][1] for n in chosen],
            score=0.86,
            fact_key="m-" + digest(*sorted(a[0] + "=" + a[1] for a in answer))[:16],
        )
    ]


def _people_actions(corpus: Corpus) -> list[tuple[str, str, Support]]:
    """(person, what they did) for sentences that open with a (titled) person doing something."""
    out: list[tuple[str, str, Support]] = []
    seen: set[str] = set()
    for s in corpus.sentences:
        if not s.usable or s.context is not None or s.pidx in corpus.bad_passages or s.hedges:
            continue
        text = s.passage.text
        person = next((x for x in s.spans if x.type == "person"), None)
        if person is None or fold(person.canon) in seen:
            continue
        info = corpus.person(person.canon)
        if info is None or not info.strong:
            continue
        # everything before the name is its title (or nothing)
        lead = display(text[s.start : person.start]).strip()
        if lead and not (info.titles and lead.endswith(info.titles[0].split()[-1])):
            continue
        rest = text[person.end : s.end]
        m = re.match(r"\s+(?:also\s+)?([a-z]+)\b", rest)
        if not m or not verb_lemma(m.group(1)) or not (m.group(1).endswith("ed") or verb_lemma(m.group(1)) != m.group(1)):
            continue
        action = rest[m.start(1) :]
        cut = re.search(r",|;|\s[-–—]\s|\s+as\s+-|\s+(?:as recently as|in|on)\s+(?:late\s+|early\s+)?(?:" + "|".join(lx.MONTHS) + r"|\d{4})\b|\.$", action)
        action = action[: cut.start()] if cut else action
        action = display(re.sub(r"^also\s+", "", action.strip()))
        n = len(action.split())
        if n < 3 or n > 14:
            continue
        if any(fold(w) in fold(action) for w in person.canon.split() if len(w) > 2):
            continue
        seen.add(fold(person.canon))
        out.append((info.canon, action, Support(s.passage.key, person.start, person.end, s.start, s.explained_end)))
    return out


def build_action_matchings(corpus: Corpus) -> list[Draft]:
    pairs = _people_actions(corpus)
    names = [p[0] for p in pairs]
    # an action naming another person of the set would give the match away
    pairs = [p for p in pairs if not any(fold(n.split()[-1]) in fold(p[1]) for n in names if n != p[0])]
    if len(pairs) < 3:
        return []
    drafts = []
    for group in [same[i : i + 5] for same in _by_source(corpus, pairs, lambda p: p[2]) for i in range(0, len(same), 5)]:
        if len(group) < 3:
            continue
        answer = [[name, action] for name, action, _ in group]
        seed = seed_of(*[a[0] for a in answer])
        rights = [a[1] for a in answer]
        scrambled = sorted(rights, key=lambda t: digest(str(seed), t))
        if scrambled == rights:
            scrambled = scrambled[1:] + scrambled[:1]
        drafts.append(
            Draft(
                type="matching",
                stem=ACTIONS_STEM,
                answer=answer,
                options=scrambled,
                accepted=[],
                explanation=" ".join(display(corpus_text(corpus, sup)) for _, _, sup in group),
                span_type="person",
                support=[sup for _, _, sup in group],
                score=0.84,
                fact_key="m-" + digest(*sorted(a[0] + "=" + a[1] for a in answer))[:16],
            )
        )
    return drafts


def corpus_text(corpus: Corpus, sup: Support, answer: bool = False) -> str:
    """The supporting sentence of a passage (or, with answer, the answer's own words there)."""
    for p in corpus.passages:
        if p.key == sup.passage_key:
            return p.text[sup.start : sup.end] if answer else p.text[sup.sentence_start : sup.sentence_end]
    return ""
