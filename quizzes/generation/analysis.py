"""Read the passages once: sentences, their problems, typed spans, and corpus-wide indexes.

The :class:`Corpus` built here is what every question builder and check consults: which people
the corpus names (linking "Medvedev" to "Dmitry Medvedev"), which entities are the subject of a
whole source (anchors, never asked about), which sentences mention an entity in any of its forms,
and how much two sentences say the same thing (used to keep a distractor from also being right).
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from . import lexicon as lx
from .lexicon import fold
from .model import LessonSentence, PassageInput
from .nlp import content_stems, display, keyphrases, language_problem, pos_options, split_sentences, tokenize, verb_lemma
from .spans import ENTITY_TYPES, Span, sentence_spans, year_of_month
from .standalone import _has_finite_verb, context_resolves, opening_connective

MAX_WORDS = 50
CONTEXT_WORDS = 55  # a sentence and the one before it that it leans on, shown together
MIN_WORDS = 6

_BOILERPLATE = re.compile(
    r"\b(subscribe|sign up|sign in|log in|newsletter|cookies?|all rights reserved|click here|read more|"
    r"members?-only|become a member|advertisement|share this|follow us|privacy policy|terms of (use|service)|"
    r"this article was (generated|written)|copyright|©|early access)\b"
    # "Members of the Centre receive early access to ...": a membership pitch
    r"|^\s*members?\s+(?:of\s+[^,.]{2,60}?\s+)?(?:receive|get|enjoy)\s+(?:early|exclusive|free|discounted|priority)\b"
    # newsletters and marketing copy
    r"|\b(?:in|to) (?:your|their) inbox\b|\bdelivered (?:every|each|daily|weekly|twice|straight)\b"
    r"|^\s*get (?:the|our)\b.{0,60}\b(?:brief|briefing|newsletter|digest|dispatch|update)s?\b"
    r"|\b(?:free|weekly|daily) (?:newsletter|briefing|digest)\b|\bsponsored\b|\bpromo(?:tion)? code\b"
    # author bios and related-content links
    r"|^\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+){0,3}\s+(?:is|was|serves as)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,5}"
    r"(?:fellow|correspondent|reporter|editor|columnist|analyst|researcher|professor|writer|contributor|journalist|"
    r"director|author|lecturer|scholar)\b.{0,80}\b(?:at|for|with|of|based\s+in)\b"
    # "Amina Njoroge covers diplomacy and security in East Africa for Equator Daily."
    r"|^\s*(?-i:[A-Z])[\w.’'-]+(?:\s+(?-i:[A-Z])[\w.’'-]+){1,3}\s+(?:covers|reports\s+on|writes\s+about)\b.{0,80}\bfor\s+"
    r"(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3}\s*\.?\s*$"
    r"|\bis the author of\b|\bfollow (?:him|her|them) on\b|^\s*(?:related|recommended|read (?:also|next|more)|see also|more on)\b\s*[:|-]?",
    re.I,
)

# a numbered or bulleted recommendation: "2. Invite a second investor ...", "(b) Publish the data ..."
_ITEM_OPENING = r"^\s*(?:\d{1,2}[.)]|\([a-z0-9]\)|[•·▪–-])\s+([A-Z][a-z]+),?\s+"  # "2. Invite", "(b) Publish", "3. Clarify, with"
_INSTRUCTION_ITEM = re.compile(_ITEM_OPENING + r"(?:the|a|an|its|their|any|all|new|more|clear|this|these|that|each|every|one|two|three)\b")
_LIST_ITEM = re.compile(_ITEM_OPENING + r"[\w“\"‘']")


def _recommendation(sentence: str, section: str = "") -> bool:
    """A list item that opens with a verb in its base form: an instruction, not a fact.  A word that is also a
    noun ("Trade", "Support") counts only before a determiner ("Support the ..."), not as a subject ("Trade rose"),
    unless the item stands under a heading of recommendations ("5. Keep channels to Beijing open ...")."""
    m = _INSTRUCTION_ITEM.match(sentence) or _LIST_ITEM.match(sentence)
    word = m.group(1).lower() if m else ""
    options = pos_options(word)
    return bool(m) and "VERB" in options and verb_lemma(word) == word and (
        m.re is _INSTRUCTION_ITEM or "NOUN" not in options or bool(re.search(r"\brecommend", section, re.I)))


_BROKEN_QUOTE = re.compile(r"(?:^|\s)-[A-Za-z]|[A-Za-z]-(?:\s|$)(?!-)")
_GENERIC_STEMS = {
    "has", "have", "also", "includ", "use", "made", "make", "mani", "one", "two", "would", "could", "said",
    "year", "time", "new", "well", "like", "even", "still", "take", "taken", "becom", "becam", "way",
}


@dataclass
class Sentence:
    pidx: int
    index: int  # position within its passage
    passage: PassageInput
    start: int
    end: int  # trailing citation markers excluded
    text: str
    spans: list[Span] = field(default_factory=list)
    problem: str | None = None
    needs_context: bool = False
    context: Sentence | None = None
    stems: frozenset[str] = frozenset()
    n_words: int = 0
    hedges: int = 0
    chatty: int = 0
    full_end: int = -1  # when only the first clause of a long sentence is used: where the sentence ends
    part: int = 0  # 1, 2, ... for the independent clauses of a compound sentence (see Corpus.clauses)
    full_start: int = -1  # a later clause: where its sentence starts

    @property
    def explained_end(self) -> int:
        return self.full_end if self.full_end >= 0 else self.end

    @property
    def explained_start(self) -> int:
        return self.full_start if self.full_start >= 0 else self.shown_start

    @property
    def key(self) -> str:
        return self.passage.key

    @property
    def usable(self) -> bool:
        return self.problem is None

    @property
    def shown_start(self) -> int:
        return self.context.start if self.context is not None else self.start


_GENERATION = re.compile(r"(?:[IVX]{1,4}|Jr\.?|Sr\.?)")  # "Charles III", "Martin Luther King Jr.": no surname


def surname_of(name: str) -> str:
    """The word a person is known by alone: the last, unless it counts a generation ("Charles III" -> "Charles")."""
    parts = name.replace("’", "'").split()
    while len(parts) > 1 and _GENERATION.fullmatch(parts[-1].rstrip(",")):
        parts.pop()
    return parts[-1] if parts else ""


@dataclass
class PersonInfo:
    canon: str  # display name, e.g. "Dmitry Medvedev"
    surname: str
    titles: list[str] = field(default_factory=list)  # "Russian Foreign Minister" as written before the name
    country: str = ""  # nationality from a demonym/country in the title
    strong: bool = False


def _shows_before(prev: Sentence | None, s: Sentence) -> bool:
    """Can the sentence before `s` be shown with it as its context: read on its own, a clause (not "The United
    States, by a distance.", an explainer's answer to its subheading), and short enough with it?"""
    return (prev is not None and prev.usable and not prev.needs_context and prev.n_words + s.n_words <= MAX_WORDS + 10
            and _has_finite_verb(prev.text))


class Corpus:
    """Everything known about the input passages."""

    def __init__(self, passages: Sequence[PassageInput]):
        self.passages = list(passages)
        self.skipped: Counter[str] = Counter()
        self.sentences: list[Sentence] = []
        self.by_passage: list[list[Sentence]] = []
        self.bad_passages: set[int] = set()
        self.people: dict[str, PersonInfo] = {}
        self._surname: dict[str, str] = {}
        self.entity_sentences: dict[tuple[str, str], list[Sentence]] = defaultdict(list)
        self.entity_passages: dict[tuple[str, str], set[int]] = defaultdict(set)
        self.anchors: set[tuple[str, str]] = set()
        self.stem_df: Counter[str] = Counter()
        self.term_passages: dict[str, set[int]] = defaultdict(set)
        self.lesson_sentences: list[Sentence] = []  # see add_lessons
        self.clauses: list[Sentence] = []  # the independent clauses of compound sentences, each a claim of its own
        self.lesson_cites: dict[int, list[int]] = {}  # id(lesson sentence) -> indexes of the passages it cites
        self._first_use: dict[tuple[str, str], tuple[int, int]] | None = None  # see used_before
        self._read()

    # ------------------------------------------------------------------ reading

    def _read(self) -> None:
        # keyphrases are scored per source (document), once
        texts: dict[str, list[str]] = defaultdict(list)
        for p in self.passages:
            if (p.text or "").strip():
                texts[p.source].append(p.text)
        doc_phrases = {src: keyphrases("\n\n".join(parts)) for src, parts in sorted(texts.items())}
        self._doc_phrases = doc_phrases
        for pidx, p in enumerate(self.passages):
            sents: list[Sentence] = []
            self.by_passage.append(sents)
            text = p.text or ""
            if not text.strip():
                self.skipped["empty passage"] += 1
                self.bad_passages.add(pidx)
                continue
            problem = language_problem(text)
            if problem in ("not English", "garbled text"):
                self.skipped[problem] += 1
                self.bad_passages.add(pidx)
                continue
            if len(text) < 400 and _BOILERPLATE.search(text):
                self.skipped["boilerplate"] += 1
                self.bad_passages.add(pidx)
                continue
            phrases = doc_phrases.get(p.source, {})
            prev: Sentence | None = None
            for index, (a, b) in enumerate(split_sentences(text)):
                s = self._sentence(pidx, index, p, a, _strip_trailing_citations(text, a, b), phrases, prev)
                sents.append(s)
                self.sentences.append(s)
                self.clauses += self._clauses(s, prev)
                prev = s
        self._resolve_people()
        self._retype(self.sentences)
        self._carry_context()
        self._index_entities()

    def _carry_context(self) -> None:
        """A sentence whose only gap is a reference the sentence before it resolves ("He described the plan
        as ..." after a sentence naming one person; "the deal" after "the Elbonian gas deal") shows that
        sentence as its context.  Anything else stays as it is (and is held back where it leans on the article)."""
        for sents in self.by_passage:
            for prev, s in zip(sents, sents[1:]):
                if not s.usable or s.context is not None or not prev.usable or prev.needs_context or prev.full_end >= 0:
                    continue
                if s.full_end >= 0 or prev.index != s.index - 1:
                    continue
                if prev.n_words + s.n_words > CONTEXT_WORDS or prev.n_words < 6:
                    continue
                if _has_finite_verb(prev.text) and context_resolves(s.text, prev.text, prev.spans, s.spans):
                    s.needs_context = True
                    s.context = prev

    def _sentence(self, pidx: int, index: int, p: PassageInput, a: int, b: int, phrases: dict[str, float],
                  prev: Sentence | None) -> Sentence:
        """One sentence of a passage (text[a:b]) with its spans, judged for use as question material."""
        text = p.text
        s = Sentence(pidx, index, p, a, b, text[a:b])
        s.spans = sentence_spans(text, a, b, phrases)
        for x in s.spans:
            before = re.findall(r"[\w’'-]+", text[max(a, x.start - 30) : x.start])[-2:]
            if len(before) == 2:
                x.meta["refrain"] = fold(" ".join(before)) + "|" + fold(x.canon)
        self._judge(s, prev)
        if s.problem in ("sentence too long", "broken punctuation"):
            clause = self._first_clause(s, phrases, prev)
            if clause is not None:
                self.skipped[s.problem] -= 1
                s = clause
        return s

    def _clauses(self, s: Sentence, prev: Sentence | None) -> list[Sentence]:
        """The independent clauses of a compound sentence, each a claim of its own:
        "Iran is preoccupied with instability, and the fall of Assad deprived Maduro of an ally." gives
        "Iran is preoccupied with instability." and "The fall of Assad deprived Maduro of an ally."

        Only where both sides have their own subject and verb (not "..., but reversed course"), and each
        stands on its own; the clauses share the sentence's spans.
        """
        if not s.usable or s.context is not None or s.full_end >= 0 or s.n_words < 14:
            return []
        text = s.passage.text
        cuts = [m for m in _CLAUSE_JOIN.finditer(text, s.start, s.end)]
        if not cuts:
            return []
        bounds: list[tuple[int, int]] = []
        at = s.start
        for m in cuts:
            bounds.append((at, m.start()))
            at = m.end()
        bounds.append((at, s.end))
        out: list[Sentence] = []
        for part, (a, b) in enumerate(bounds, start=1):
            while b > a and text[b - 1] in " ,;.":
                b -= 1
            piece = text[a:b]
            join = cuts[part - 1].group() if part < len(bounds) else ""
            if part > 1 and _RELATIVE_ONLY.match(piece):
                continue  # ", and a steel quota that spares ...": a noun and its relative clause, a list's last item
            if len(piece.split()) < 6 or not _has_subject_and_verb(piece) or (join and _ends_in_list(piece)):
                return []
            if ";" in join and ":" in piece:
                return []  # "four things to watch: whether ...; ...; and ...": the semicolons part a list's items
            if _comma_spliced(piece) or ("and" in join and _series_before_and(piece)):
                continue  # "A, B, and C" cut after B would leave two clauses joined by a bare comma, or a list cut short
            clause = Sentence(s.pidx, s.index, s.passage, a, b, piece, part=part)
            clause.full_start, clause.full_end = s.start, s.end
            clause.spans = [x for x in s.spans if a <= x.start and x.end <= b]
            probe = Sentence(s.pidx, s.index, s.passage, a, b, piece[:1].upper() + piece[1:] + ".")
            probe.spans = clause.spans
            saved = Counter(self.skipped)
            self._judge(probe, prev if part == 1 else None)
            self.skipped = saved
            if probe.problem or probe.needs_context:
                continue
            if part > 1 and not any(x.type in ("country", "demonym", "countryref") for x in clause.spans):
                continue  # a later clause leans on the first one for where it happens ("the IMF approved a programme")
            clause.n_words, clause.stems, clause.hedges, clause.chatty = probe.n_words, probe.stems, probe.hedges, probe.chatty
            out.append(clause)
        return out

    # ------------------------------------------------------------------ lessons

    def add_lessons(self, lessons: Sequence[LessonSentence]) -> None:
        """Read lesson sentences that cite passages of the corpus, as question material.

        Each is read like a passage of its own (its previous sentence in the lesson kept as the
        context it may lean on), with the keyphrases of its first cited passage's source.  They
        stay out of the corpus's indexes: what the corpus knows comes from the passages alone.
        """
        keys = {p.key: i for i, p in enumerate(self.passages) if i not in self.bad_passages}
        for ls in lessons:
            cited = [keys[k] for k in ls.cites if k in keys]
            if not cited:
                self.skipped["lesson sentence cites no usable passage"] += 1
                continue
            first = self.passages[cited[0]]
            previous = ls.previous.strip()
            text = f"{previous} {ls.text}" if previous else ls.text
            p = PassageInput(key=f"lesson:{ls.lesson}:{ls.index}", source=first.source, text=text, section="",
                             topics=first.topics, title=first.title, publisher=first.publisher)  # fmt: skip
            phrases = self._doc_phrases.get(first.source, {})
            prev = self._sentence(-1, ls.index - 1, p, 0, len(previous), phrases, None) if previous else None
            s = self._sentence(-1, ls.index, p, len(text) - len(ls.text), len(text), phrases, prev)
            self._retype([x for x in (prev, s) if x is not None])
            self.lesson_sentences.append(s)
            self.lesson_cites[id(s)] = cited

    def _first_clause(self, s: Sentence, phrases: dict[str, float], prev: Sentence | None) -> Sentence | None:
        """The main clause of an over-long or garbled sentence, when it stands on its own.

        "X criticized the operation as -giving new impetus...- - verbiage ..." -> "X criticized the operation".
        """
        text = s.passage.text
        m = re.search(r";|\s[-–—]\s|\s-[A-Za-z]|\s+as\s+-", text[s.start : s.end])
        if not m:
            return None
        end = s.start + m.start()
        while end > s.start and text[end - 1] in " ,":
            end -= 1
        if _ends_in_list(text[s.start : end]) or _LIST_AFTER_ASIDE.match(text, s.start + m.end()):
            return None  # "X is its oldest source of immigrants, a major investor — ... — and a natural ally": a list cut short
        if m.group() == ";" and ":" in text[s.start : end]:
            return None  # "four things to watch: whether ...; ...; and ...": the semicolon parts a list's items
        clause = Sentence(s.pidx, s.index, s.passage, s.start, end, text[s.start : end])
        clause.full_end = s.end
        clause.spans = [x for x in sentence_spans(text, s.start, end, phrases)]
        for x in clause.spans:
            before = re.findall(r"[\w’'-]+", text[max(s.start, x.start - 30) : x.start])[-2:]
            if len(before) == 2:
                x.meta["refrain"] = fold(" ".join(before)) + "|" + fold(x.canon)
        probe = Sentence(s.pidx, s.index, s.passage, s.start, end, text[s.start : end] + ".")
        probe.spans = clause.spans
        saved = Counter(self.skipped)
        self._judge(probe, prev)
        self.skipped = saved
        if probe.problem or probe.needs_context or probe.n_words < 8:
            return None
        clause.n_words, clause.stems, clause.hedges, clause.chatty = probe.n_words, probe.stems, probe.hedges, probe.chatty
        return clause

    def _judge(self, s: Sentence, prev: Sentence | None) -> None:
        shown = display(s.text)
        toks = [t.text for t in tokenize(shown) if t.is_word or t.text[:1].isdigit()]
        s.n_words = len(toks)
        low = [fold(t) for t in toks]
        s.stems = frozenset(st for st in content_stems(shown) if st not in _GENERIC_STEMS)
        s.hedges = sum(1 for w in low if w in lx.HEDGES)
        s.chatty = sum(1 for w in low if w in lx.CHATTY)
        stripped = shown.rstrip("\"”’')")
        lang = language_problem(shown) if s.n_words >= 12 else None  # a short sentence of names is no garble
        if lang in ("not English", "garbled text"):
            s.problem = lang
        elif s.n_words > MAX_WORDS:
            s.problem = "sentence too long"
        elif s.n_words < MIN_WORDS:
            s.problem = "sentence too short"
        elif stripped.endswith("?") or re.search(r"\?\s*[\"”]?\s*$", shown) or ", doesn't it" in shown or ", isn't it" in shown:
            s.problem = "question sentence"
        elif not re.search(r"[.!]$", stripped) or re.search(r"(?:\.\.\.|…)$", stripped):
            s.problem = "incomplete sentence"  # no full stop, or cut off ("... as Kigali juggles...")
        elif any(w.lower().replace("’", "'") in lx.FIRST_SECOND_PERSON and not (w.isupper() and len(w) > 1) for w in toks):
            s.problem = "first or second person"
        elif _BROKEN_QUOTE.search(shown.replace(" - ", " ")):
            s.problem = "broken punctuation"
        elif _quote_share(shown) > 0.5:
            s.problem = "mostly quotation"
        elif _recommendation(shown, s.passage.section or ""):
            s.problem = "a recommendation, not a fact"
        elif _BOILERPLATE.search(shown):
            s.problem = "boilerplate"
        elif s.chatty >= 2:
            s.problem = "rhetorical style"
        if s.problem:
            self.skipped[s.problem] += 1
            return
        if _refers_back(shown):
            s.needs_context = True
            if _shows_before(prev, s) and _antecedent_in(shown, prev):
                s.context = prev
            else:
                s.problem = "self-reference without context"
                self.skipped[s.problem] += 1
        elif opening_connective(shown):
            # "Iran, on the other hand, ...", "Days later, ...": show the sentence it points back to
            if _shows_before(prev, s):
                s.needs_context = True
                s.context = prev

    def ground(self, s: Sentence, sp: Span) -> tuple[Sentence, Span] | None:
        """Where a lesson sentence's span occurs in the passages it cites: the passage sentence and
        the span there (the same person, country, figure, date or words), the cited passages in order,
        in the sentence that says most of what the lesson sentence says, the same written form first."""
        for pidx in self.lesson_cites.get(id(s), ()):
            found: list[tuple[tuple, Sentence, Span]] = []
            for ps in self.by_passage[pidx]:
                shared = -len(s.stems & ps.stems)
                for x in ps.spans:
                    if x.in_quote:
                        continue
                    x = x if same_answer(sp, x) else year_of_month(x)  # the lesson asks the year of "April 2019"
                    if same_answer(sp, x):
                        found.append(((shared, x.text != sp.text, fold(x.text) != fold(sp.text), x.start), ps, x))
                if sp.type in ("term", "organisation", "place") and not any(f[1] is ps for f in found):
                    x = _phrase_in(ps, sp.text)
                    if x is not None:
                        found.append(((shared, False, False, x.start), ps, x))
            if found:
                found.sort(key=lambda f: f[0])
                return found[0][1], found[0][2]
        return None

    # ------------------------------------------------------------------ people

    def _resolve_people(self) -> None:
        """Collect people named with evidence, then link bare surnames ("Medvedev") to them."""
        # a name the corpus puts somewhere ("a plant in Republika Srpska") is a place wherever it was only guessed a person
        located = {fold(sp.text) for s in self.sentences for sp in s.spans if sp.type == "place" and sp.evidence == "locative"}
        for s in self.sentences:
            for sp in s.spans:
                if sp.type == "person" and sp.evidence == "weak" and fold(sp.text) in located:
                    sp.type, sp.evidence = "place", "locative"
        found: dict[str, PersonInfo] = {}
        for s in self.sentences:
            if s.pidx in self.bad_passages:
                continue
            for i, sp in enumerate(s.spans):
                if sp.type != "person" or sp.in_quote:
                    continue
                parts = [w for w in sp.text.replace("’", "'").split() if w]
                key = fold(sp.text)
                info = found.get(key)
                if info is None:
                    info = PersonInfo(sp.text, fold(surname_of(sp.text)))
                    found[key] = info
                info.strong |= sp.evidence in ("strong", "modifier")
                if i > 0 and s.spans[i - 1].type == "country" and s.passage.text[s.spans[i - 1].end : sp.start] in ("'s ", "’s "):
                    info.country = info.country or s.spans[i - 1].canon  # "Syria's Bashar al-Assad"
                title = _title_before(s, i) or _title_after(s, sp)
                if title and title not in info.titles and not re.search(r"\b(?:presidents|leaders|ministers|officials|chancellors)\b", title, re.I):
                    info.titles.append(title)
                    country = _title_country(title)
                    if country and not info.country:
                        info.country = country
        # weak single-evidence names only count when the corpus mentions them more than once
        multi = {k: v for k, v in found.items() if len(v.canon.split()) >= 2}
        surname_counts: Counter[str] = Counter(v.surname for v in multi.values())
        for key, info in found.items():
            if len(info.canon.split()) >= 2:
                self.people[key] = info
            elif info.surname not in {v.surname for v in multi.values()}:
                self.people[key] = info  # "Biden" (from "the Biden administration")
        for key, info in self.people.items():
            if len(info.canon.split()) >= 2 and surname_counts[info.surname] == 1:
                self._surname[info.surname] = key
                bare = re.sub(r"^(?:al|el|ad|as|ash)-", "", info.surname)
                if bare != info.surname and len(bare) > 2:
                    self._surname.setdefault(bare, key)  # "Assad" for "Bashar al-Assad"

    def _retype(self, sentences: Sequence[Sentence]) -> None:
        """Linked surnames become people; every person gets a canonical key."""
        for s in sentences:
            for sp in s.spans:
                if sp.in_quote:
                    if sp.type == "person":
                        sp.type = "name"
                    continue
                f = fold(sp.text)
                if sp.type in ("person", "name"):
                    if f in self.people and (sp.type == "person" or len(sp.text.split()) >= 2):
                        sp.type, sp.canon = "person", self.people[f].canon
                    elif len(sp.text.split()) == 1 and f in self._surname:
                        target = self.people[self._surname[f]]
                        sp.type, sp.canon = "person", target.canon
                        sp.evidence = sp.evidence or "surname"
                    elif sp.type == "person" and sp.evidence == "weak":
                        # a weak guess nobody else confirms: keep it only if it is mentioned twice
                        pass
                    if sp.type == "person" and f in self.people:
                        sp.meta["title"] = self.people[f].titles[0] if self.people[f].titles else ""

    def person(self, canon: str) -> PersonInfo | None:
        return self.people.get(fold(canon))

    def person_usable(self, canon: str) -> bool:
        """Is the person named, in a usable sentence, as more than a relative or a quotation?"""
        key = fold(canon)
        for s in self.sentences:
            if not s.usable:
                continue
            for sp in s.spans:
                if sp.type == "person" and fold(sp.canon) == key and not sp.in_quote:
                    if not re.search(r"\b(?:wife|husband|son|daughter|brother|sister|mother|father)\s+$", s.passage.text[max(0, sp.start - 12) : sp.start]):
                        return True
        return False

    def person_company(self, canon: str) -> set[str]:
        """Countries named in the sentences that mention a person (who they are talked about with)."""
        cache = getattr(self, "_company", None)
        if cache is None:
            cache = defaultdict(set)
            for s in self.sentences:
                if not s.usable:
                    continue
                names = {sp.canon for sp in s.spans if sp.type in ("country", "demonym")}
                for sp in s.spans:
                    if sp.type == "person":
                        cache[fold(sp.canon)] |= names
            self._company = cache
        return cache.get(fold(canon), set())

    # ------------------------------------------------------------------ entities

    def entity_key(self, sp: Span) -> tuple[str, str] | None:
        """The identity an answer span stands for, shared by all its surface forms."""
        if sp.type in ("country", "demonym"):
            return ("country", sp.canon)
        if sp.type == "countryref":
            return None
        if sp.type == "person":
            return ("person", fold(sp.canon))
        if sp.type in ("organisation", "place", "term"):
            return (sp.type, fold(sp.canon))
        if sp.type in ("percent", "money", "count"):
            return (sp.type, sp.canon)
        if sp.type in ("year", "date", "decade", "century"):
            return ("date", fold(sp.text))
        return None

    def _index_entities(self) -> None:
        for s in self.sentences:
            if s.pidx in self.bad_passages:
                continue
            seen: set[tuple[str, str]] = set()
            for sp in s.spans:
                keys = []
                k = self.entity_key(sp)
                if k:
                    keys.append(k)
                if sp.type == "countryref":
                    keys += [("country", c) for c in sp.canon.split(";")]
                if sp.type == "organisation" and sp.text in lx.COUNTRY_FORMS:  # Kremlin, White House
                    keys.append(("country", lx.COUNTRY_FORMS[sp.text][0]))
                if sp.type == "person":
                    info = self.person(sp.canon)
                    if info and info.country:
                        keys.append(("leader-of", info.country))
                for key in keys:
                    if key not in seen:
                        seen.add(key)
                        self.entity_sentences[key].append(s)
                        self.entity_passages[key].add(s.pidx)
                if sp.type == "term":
                    self.term_passages[fold(sp.canon)].add(s.pidx)
            for st in s.stems:
                self.stem_df[st] += 1
        # anchors: what a whole source (or the whole corpus) is about
        by_source: dict[str, list[int]] = defaultdict(list)
        for pidx, p in enumerate(self.passages):
            if pidx not in self.bad_passages:
                by_source[p.source].append(pidx)
        self.source_passages: dict[str, list[int]] = dict(by_source)  # a source's usable passages, in order
        n_all = sum(len(v) for v in by_source.values())
        for key, pset in self.entity_passages.items():
            if key[0] not in ("country", "person", "organisation", "place"):
                continue
            if n_all >= 5 and len(pset) / n_all >= 0.6:
                self.anchors.add(key)
        self.source_anchors: dict[str, set[tuple[str, str]]] = defaultdict(set)
        for source, pidxs in sorted(by_source.items()):
            if len(pidxs) < 3:
                continue
            found = []
            for key, pset in sorted(self.entity_passages.items()):
                if key[0] not in ("country", "person", "organisation", "place"):
                    continue
                share = len(pset & set(pidxs)) / len(pidxs)
                if share >= 0.5:
                    found.append(key)
            # a source comparing several countries is about all of them: asking which one did what
            # is the point, so only a single dominant country counts as that source's subject
            countries = [k for k in found if k[0] == "country" and k not in self.anchors]
            for key in found:
                if key[0] == "country" and key not in self.anchors and len(countries) >= 2:
                    continue
                self.source_anchors[source].add(key)
        self.n_sentences = max(1, sum(1 for s in self.sentences if s.pidx not in self.bad_passages))

    def is_anchor(self, key: tuple[str, str] | None, source: str) -> bool:
        if key is None:
            return False
        return key in self.anchors or key in self.source_anchors.get(source, set())

    def source_title(self, source: str) -> str:
        """The title and publisher students see above the source's questions ("" when the input gave neither):
        "The Limpopo Review" above a question gives away the Limpopo as much as a headline would."""
        if "_titles" not in self.__dict__:  # a source's first passage names it
            self._titles = {p.source: " · ".join(x for x in (p.title, p.publisher) if x) for p in reversed(self.passages)}
        return self._titles.get(source, "")

    def spells_out(self, acronym: str, source: str) -> bool:
        """Does the source spell the acronym out anywhere ("the Defence Cooperation Agreement (DCA)")? Then it is the
        article's own shorthand; one it never spells out ("PNG", "MOL") is the name the thing goes by."""
        cache = self.__dict__.setdefault("_spelled_out", {})
        if (acronym, source) not in cache:
            pattern = re.compile(r"\(\s*(?:the\s+)?" + re.escape(acronym) + r"\s*[),;]")
            cache[acronym, source] = any(p.source == source and pattern.search(p.text or "") for p in self.passages)
        return cache[acronym, source]

    def source_subject(self, source: str) -> str:
        """The country a source mentions in the most of its passages: in at least half of those that name any
        country (tables, headings and quotations name none), and in more than any other country does, or ""."""
        cache = self.__dict__.setdefault("_source_subject", {})
        if source not in cache:
            pidxs = set(self.source_passages.get(source, ()))
            counts = sorted(((len(found & pidxs), key[1]) for key, found in self.entity_passages.items()
                             if key[0] == "country"), key=lambda c: (-c[0], c[1]))
            naming = set().union(*(found & pidxs for key, found in self.entity_passages.items() if key[0] == "country"))
            best_n, best = counts[0] if counts else (0, "")
            clear = len(counts) < 2 or best_n > counts[1][0]
            cache[source] = best if best_n and best_n * 2 >= len(naming) and clear else ""
        return cache[source]

    def named_in(self, source: str) -> set[tuple[str, str]]:
        """The entities (countries, people, organisations, places) a source's passages name, by entity_key()."""
        cache = self.__dict__.setdefault("_named_in", {})
        if source not in cache:
            mine = set(self.source_passages.get(source, ()))
            cache[source] = {k for k, found in self.entity_passages.items() if found & mine}
        return cache[source]

    def countries_in(self, source: str) -> set[str]:
        """The countries a source's passages mention."""
        cache = self.__dict__.setdefault("_countries_in", {})
        if source not in cache:
            cache[source] = {name for kind, name in self.named_in(source) if kind == "country"}
        return cache[source]

    def foreign_subjects(self, source: str) -> set[str]:
        """The countries other sources are about that this source never mentions: put into its sentences ("Jordan's
        shrimp exports" in an article on Ecuador), they are absurd."""
        cache = self.__dict__.setdefault("_foreign_subjects", {})
        if source not in cache:
            others = {self.source_subject(x) for x in self.source_passages if x != source}
            cache[source] = others - self.countries_in(source) - {""}
        return cache[source]

    def refrain_count(self, sp: Span) -> int:
        """How often the span occurs with the same two words before it ("war in Ukraine")."""
        cache = getattr(self, "_refrains", None)
        if cache is None:
            cache = Counter(x.meta["refrain"] for s in self.sentences for x in s.spans if "refrain" in x.meta)
            self._refrains = cache
        return cache.get(sp.meta.get("refrain", ""), 0) if "refrain" in sp.meta else 0

    def primary_anchor(self) -> str:
        """The country the whole corpus is about (the most mentioned one), or ""."""
        best = ""
        best_n = 0
        for key, pset in sorted(self.entity_passages.items()):
            if key[0] == "country" and key in self.anchors and len(pset) > best_n:
                best, best_n = key[1], len(pset)
        return best

    def prevalence(self, key: tuple[str, str]) -> float:
        """Share of the usable passages that mention an entity."""
        n = len(self.passages) - len(self.bad_passages)
        return len(self.entity_passages.get(key, ())) / n if n else 0.0

    def idf(self, st: str) -> float:
        cache = self.__dict__.setdefault("_idf", {})
        v = cache.get(st)
        if v is None:
            v = cache[st] = math.log((1 + self.n_sentences) / (1 + self.stem_df.get(st, 0))) + 0.5
        return v

    def weight_needed(self, base: float) -> float:
        """A claim-weight threshold calibrated on a corpus of ~160 sentences, scaled to this one's size
        (idf values are smaller in a small corpus)."""
        rare = math.log((1 + self.n_sentences) / 2) + 0.5  # the idf of a word used once
        return base * rare / (math.log(161 / 2) + 0.5)

    def used_before(self, s: Sentence) -> Callable[[str], bool]:
        """A test whether the article of a passage sentence used a word starting with a given stem
        (up to five letters, lowercase) before the sentence."""
        if self._first_use is None:
            first: dict[tuple[str, str], tuple[int, int]] = {}
            for pidx, p in enumerate(self.passages):
                for m in re.finditer(r"[A-Za-z][a-z’'-]*", p.text or ""):
                    w = m.group().lower()
                    for n in range(1, min(5, len(w)) + 1):
                        first.setdefault((p.source, w[:n]), (pidx, m.start()))
            self._first_use = first
        source, here = s.passage.source, (s.pidx, s.start)
        return lambda stem: self._first_use.get((source, stem), here) < here

    def mentions(self, key: tuple[str, str]) -> list[Sentence]:
        out = list(self.entity_sentences.get(key, []))
        if key[0] == "country":
            out += self.entity_sentences.get(("leader-of", key[1]), [])
        return out

    # ------------------------------------------------------------------ overlap

    def claim_stems(self, s: Sentence, exclude: Sequence[Span] = ()) -> set[str]:
        """Content stems of what a sentence claims, without its names and the excluded spans."""
        text = s.passage.text
        name_stems: set[str] = set()
        for sp in s.spans:
            if sp.type in ENTITY_TYPES | {"demonym", "countryref", "title", "name"} or sp in exclude:
                name_stems.update(content_stems(text[sp.start : sp.end]))
        for sp in exclude:
            name_stems.update(content_stems(text[sp.start : sp.end]))
        return {st for st in s.stems if st not in name_stems}

    def overlap(self, q: set[str], other: Sentence) -> float:
        """Share (idf-weighted) of the claim q that another sentence repeats."""
        if not q:
            return 0.0
        shared = q & other.stems
        total = sum(self.idf(x) for x in q)
        return sum(self.idf(x) for x in shared) / total if total else 0.0

    def also_true_for(self, s: Sentence, span: Span, alt_key: tuple[str, str], alt_text: str = "") -> bool:
        cache = self.__dict__.setdefault("_also", {})
        k = (id(s), span.start, span.end, alt_key, alt_text)
        if k not in cache:
            cache[k] = self._also_true_for(s, span, alt_key, alt_text)
        return cache[k]

    def _build_postings(self) -> None:
        """Inverted indexes: content stem -> sentences, folded word -> sentences, entity -> sentence ids."""
        self._sid = {id(s): i for i, s in enumerate(self.sentences)}
        self._stem_post: dict[str, set[int]] = defaultdict(set)
        self._word_post: dict[str, set[int]] = defaultdict(set)
        self._folded: list[str] = []
        for i, s in enumerate(self.sentences):
            for st in s.stems:
                self._stem_post[st].add(i)
            f = fold(s.text)
            self._folded.append(f)
            if s.pidx not in self.bad_passages:
                for w in set(_WORD.findall(f)):
                    self._word_post[w].add(i)
        self._mention_ids: dict[tuple[str, str], set[int]] = {}

    def _mention_set(self, key: tuple[str, str]) -> set[int]:
        got = self._mention_ids.get(key)
        if got is None:
            got = self._mention_ids[key] = {self._sid[id(o)] for o in self.mentions(key)}
        return got

    def _prefilter_stems(self, claim: set[str]) -> list[str]:
        """Claim stems a sentence must share at least one of to pass any of the overlap tests.

        A sentence sharing 3+ stems shares one of all but the 2 commonest; one sharing 30% of the
        weight shares one of the rarest stems holding more than 70% of it; one sharing 2+ strong
        stems shares one of all but the commonest strong stem.
        """
        ranked = sorted(claim, key=lambda x: (-self.idf(x), x))
        if not ranked:
            return []
        total = sum(self.idf(x) for x in ranked)
        need_n = max(0, len(ranked) - 2)
        strong = [x for x in ranked if self.idf(x) >= 2.0]
        need_strong = (ranked.index(strong[-2]) + 1) if len(strong) >= 2 else 0
        acc = 0.0
        need_w = len(ranked)
        for i, x in enumerate(ranked):
            acc += self.idf(x)
            if total - acc < 0.3 * total - 1e-9:
                need_w = i + 1
                break
        return ranked[: max(need_n, need_strong, need_w)]

    def _also_true_for(self, s: Sentence, span: Span, alt_key: tuple[str, str], alt_text: str = "") -> bool:
        """Would the sentence still be true (per the corpus) with span replaced by alt?

        True when the alternative is named in the same sentence (a list: "Nicaragua and Bolivia")
        or when a sentence mentioning it says much the same thing.  Only sentences that share a
        rare enough claim word (inverted index) are compared, so the cost does not grow with the
        number of sentences that merely mention the alternative.
        """
        if not hasattr(self, "_stem_post"):
            self._build_postings()
        claim = self.claim_stems(s, exclude=[span])
        sid = self._sid.get(id(s), -1)
        mentions = self._mention_set(alt_key)
        if sid in mentions or (sid < 0 and any(self.entity_key(x) == alt_key for x in s.spans)):
            return True  # a lesson sentence is not indexed: look at its own spans
        if mentions and claim:
            cands: set[int] = set()
            for st in self._prefilter_stems(claim):
                post = self._stem_post.get(st)
                if post:
                    cands |= post
            cands &= mentions
            for i in sorted(cands):
                other = self.sentences[i]
                ov = self.overlap(claim, other)
                shared = claim & other.stems
                strong_shared = [x for x in shared if self.idf(x) >= 2.0]
                if ov >= 0.3 or len(shared) >= 3 or (len(strong_shared) >= 2):
                    return True
        if alt_text:
            fa = fold(alt_text)
            words = _WORD.findall(fa)
            if words:
                cands = None
                for w in sorted(set(words), key=lambda w: len(self._word_post.get(w, ()))):
                    post = self._word_post.get(w, set())
                    cands = set(post) if cands is None else cands & post
                    if not cands:
                        break
                cands = cands or set()
            else:
                cands = {i for i, o in enumerate(self.sentences) if o.pidx not in self.bad_passages}
            if (sid in cands and fa in self._folded[sid]) or (sid < 0 and fa in fold(s.text)):
                return True
            if claim:
                ok: set[int] = set()
                for st in self._prefilter_stems_weight(claim):
                    ok |= self._stem_post.get(st, set())
                cands &= ok
            else:
                return False
            for i in sorted(cands):
                if fa not in self._folded[i]:
                    continue
                if self.overlap(claim, self.sentences[i]) >= 0.3:
                    return True
        return False

    def _prefilter_stems_weight(self, claim: set[str]) -> list[str]:
        """The rarest claim stems holding more than 70% of its weight (for the 30% overlap test)."""
        ranked = sorted(claim, key=lambda x: (-self.idf(x), x))
        total = sum(self.idf(x) for x in ranked)
        acc = 0.0
        for i, x in enumerate(ranked):
            acc += self.idf(x)
            if total - acc < 0.3 * total - 1e-9:
                return ranked[: i + 1]
        return ranked


# ", and the fall of ...", "; analysts argue ...", ", but Beijing ...": a second clause with its own subject
_CLAUSE_JOIN = re.compile(
    r";\s+|,\s+(?:and|but|while|whereas|yet)\s+(?=(?:the|a|an|its|their|his|her|some|many|most|analysts|officials|"
    r"[A-Z][\w’'.-]*)\b)"
)


_AUX = {"is", "are", "was", "were", "has", "have", "had", "did", "does", "do", "will", "would", "can", "could", "may",
        "might", "must", "should"}


# a conjunct that is a noun with a relative clause, not a clause: "a steel quota that spares about 3m tonnes ..."
_RELATIVE_ONLY = re.compile(r"(?:a|an)\s+(?:[\w’'-]+\s+){1,3}?(?:that|which|who)\s", re.I)


def _has_subject_and_verb(clause: str, present: bool = False) -> bool:
    """A clause that opens with its subject (a name or a noun phrase, no comma in it) and whose finite verb
    (an auxiliary or an inflected verb) follows within a few words: not the tail of a list of names.  With
    ``present``, only an auxiliary or a verb in the present counts ("their people are", "the Service still
    depends"), not a participle in an apposition ("a project valued at $5 billion")."""
    words = re.findall(r"[\w’'.-]+|[,;()]", clause)
    if not words or verb_lemma(words[0].lower()) and "NOUN" not in pos_options(words[0].lower()) and not words[0][:1].isupper():
        return False
    for i, w in enumerate(words[:13]):
        if w in (",", ";", "("):
            return False
        low = w.lower()
        if i == 0 or w[:1].isupper():
            continue
        if low in _AUX:
            return True
        base = verb_lemma(low)
        if base and base != low and not low.endswith("ing") and (not present or low.endswith("s")) and (
                words[i - 1].lower() not in ("the", "a", "an", "its", "their", "of")):
            return True
    return False


# a comma that opens a new clause with its own subject: ", the Counter-Terrorism Service still depends on ..."
_COMMA_CLAUSE = re.compile(r",\s+(?=(?:the|a|an|its|their|his|her|[A-Z][\w’'.-]*)\b)")
# what opens a clause that leans on the next one: "After Russia invaded Ukraine, the EU ..."
_SUBORDINATE = re.compile(r"(?:after|before|when|while|as|since|although|though|if|because|once|until|unless|whereas|"
                          r"where|with|without|despite|in|on|by|for|from|following|under|during|to|at|through)\b", re.I)
# ", officials said": a report, not a clause of the claim; ", the year Portugal received ...": an apposition
_REPORTING_TAIL = re.compile(r"(?:[\w’'.-]+\s+){1,5}(?:said|says|added|noted|reported|argued|wrote|told\s+[\w’'.-]+)\s*$|"
                             r"the\s+(?:year|day|month|week|time|moment|place|date|first|last|same)\b", re.I)


def _comma_spliced(clause: str) -> bool:
    """Two clauses, each with its subject and verb, joined by a bare comma: "The Air Force still flies 34 jets,
    the Counter-Terrorism Service still depends on US training" (a list whose "and" fell to the cut)."""
    for m in _COMMA_CLAUSE.finditer(clause):
        head = clause[clause.rfind(",", 0, m.start()) + 1 : m.start()].strip()
        tail = clause[m.end() :]
        if (not _SUBORDINATE.match(head) and _has_subject_and_verb(head) and _has_subject_and_verb(tail, present=True)
                and not _REPORTING_TAIL.match(tail)):
            return True
    return False


_DETERMINER = r"(?:a|an|the|his|her|its|their|our|this|that|these|those|one|some|each|every|both|another)\b"


def _series_before_and(piece: str) -> bool:
    """Is `piece`, cut before ", and ...", the head of a series "A, B, and C"?  Its last item is a bare noun phrase
    ("carries Norwegian gas, interconnectors to Denmark", and a network of cables), or it opens with a clause and
    goes on, after a comma, with a new subject, an aside and its verb ("Talks have met only intermittently,
    Somaliland's new president, X, continues to lobby", and ...).  An opening phrase ("In 2019, Russia sent
    troops"), an aside after the subject ("Russia, Venezuela's ally, sent troops") or one after the claim ("...,
    his first in 11 years") is no series."""
    parts = [x for x in (x.strip(" ,") for x in re.split(r",\s+", re.sub(r"\([^()]*\)|[“\"][^”\"]*[”\"]", "", piece))) if x]
    if len(parts) < 2 or not _has_subject_and_verb(parts[0]) or _SUBORDINATE.match(parts[0]):
        return False
    last = parts[-1]
    words = last.split()
    if not _has_subject_and_verb(last) and not re.match(_DETERMINER, last, re.I) and not words[0][:1].isupper() and not (
            verb_lemma(words[0].lower()) and ("NOUN" not in pos_options(words[0].lower()) or words[0].endswith("ing"))
    ) and not re.match(r"(?:\S+\s+)?\S+\s+(?:and|or)\s", last):
        # the last item is a bare noun phrase, not an aside ("..., his first in 11 years, and ...") nor the end of a
        # list of its own ("built roads, schools and a plant, and ...")
        return True
    # a new subject with an aside of its own, then its verb: ", Somaliland's new president, X, continues to lobby"
    following, verb = parts[1], words[0].lower()
    return len(parts) >= 3 and bool(_COMMA_CLAUSE.match(", " + following)) and not _SUBORDINATE.match(following) and not (
        _REPORTING_TAIL.match(following)) and not re.match(r"(?:which|who|whose|where|when|including|according|as|and|or)\b",
                                                            following, re.I) and (
        verb in _AUX or (verb_lemma(verb) not in (None, "", verb) and not verb.endswith("ing")))


# a dash aside that interrupts a list: "..., a major investor — the mills ... — and a natural ally"
_LIST_AFTER_ASIDE = re.compile(r"[^;—–]*?\s[–—]\s+(?:and|or)\s")


def _ends_in_list(text: str) -> bool:
    """"anti-imperialism, social justice": the text ends in the middle of a list.  So does a list that a colon
    opens ("three pillars: membership of NATO (since 2004), membership of the EU (since 2007)"): its last item
    follows the cut."""
    parts = text.split(",")
    if len(parts) < 2:
        return False
    return len(parts[-1].split()) <= 4 or (":" in text and "," in text[text.rfind(":") :])


def same_answer(a: Span, b: Span) -> bool:
    """Do two spans (a lesson's and a passage's) give the same answer?"""
    if a.type in ("country", "demonym"):
        return b.type in ("country", "demonym") and a.canon == b.canon
    if a.type != b.type:
        return False
    if a.type == "person":
        return fold(a.canon) == fold(b.canon)
    if a.type in ("percent", "money", "count"):
        return a.canon == b.canon
    if a.type == "year":
        return a.meta["y"] == b.meta["y"]
    if a.type in ("decade", "century"):
        return a.meta == b.meta
    if a.type == "date":
        # the passage may leave out a year the lesson adds ("January 2-3" for "2–3 January 2026")
        ya, yb = a.meta.get("y"), b.meta.get("y")
        return all(a.meta.get(k) == b.meta.get(k) for k in ("m", "d", "d2", "y2")) and (ya is None or yb is None or ya == yb)
    return fold(a.canon) == fold(b.canon) or fold(a.text) == fold(b.text)


def _phrase_in(s: Sentence, phrase: str) -> Span | None:
    """The words of phrase where they occur in the sentence (case and accents aside), as a span."""
    text = s.passage.text
    m = re.search(r"(?<![\w-])" + re.escape(fold(phrase)) + r"(?![\w-])", fold(text[s.start : s.end]))
    if not m:
        return None
    a, b = s.start + m.start(), s.start + m.end()
    if fold(text[a:b]) != fold(phrase):
        return None
    return Span(a, b, text[a:b], "term", canon=fold(phrase))


_WORD = re.compile(r"\w+")


def _strip_trailing_citations(text: str, a: int, b: int) -> int:
    m = re.search(r"(?:\s*\[\d+(?:[-–,]\s*\d+)*\])+\s*$", text[a:b])
    return a + m.start() if m and m.start() > 0 else b


def _quote_share(text: str) -> float:
    quoted = sum(len(m.group()) for m in re.finditer(r"[“\"][^”\"]+[”\"]", text))
    return quoted / max(1, len(text))


_REF_START = re.compile(
    r"^(?:(?:however|still|yet|moreover|furthermore|meanwhile|also|and|but|so|thus|instead|indeed),?\s+)?"
    r"(?:it|its|it's|it’s|they|their|them|he|she|his|her|this|these|that|those|such|both|the two|"
    r"the latter|the former|the same|here|there|others|some|many|most|a few|few|several)\b",
    re.I,
)


def _refers_back(text: str) -> bool:
    """Starts with a pronoun or a demonstrative reference ("This event", "They", "The two nations")."""
    if _REF_START.match(text):
        return True
    if re.match(r"^(?:the|both)\s+(?:two\s+)?(?:" + "|".join(sorted(lx.BACKREF_NOUNS)) + r")\b", text, re.I):
        return True
    return False


_SAME_KIND = [
    {"allianc", "partnership", "relationship", "tie", "partner", "alli", "cooper"},
    {"tension", "conflict", "crisi", "disput"},
    {"sanction", "restrict", "measur"},
]


def _antecedent_in(text: str, prev: Sentence) -> bool:
    """Does the previous sentence plausibly hold what the sentence's opening reference points to?"""
    low = fold(text)
    prev_people = [sp for sp in prev.spans if sp.type in ("person", "name")]
    prev_countries = {sp.canon for sp in prev.spans if sp.type in ("country", "demonym")}
    m = re.match(r"^(?:(?:however|still|yet|moreover|meanwhile|also|and|but|so|thus),?\s+)?(\w+)(?:['’]s)?\s+(\w+)", low)
    if not m:
        return False
    first, second = m.group(1), m.group(2)
    if first in ("he", "his", "she", "her", "him"):
        return bool(prev_people)
    if first in ("the", "both") and (second in lx.BACKREF_NOUNS or second == "two"):
        return len(prev_countries) >= 2 or len(prev_people) >= 2
    if first in ("this", "these", "that", "those", "such"):
        noun_stems = set(content_stems(second))
        if not noun_stems:
            return False
        if noun_stems & prev.stems:
            return True
        for group in _SAME_KIND:
            if noun_stems & group and group & prev.stems:
                return True
        return False
    if first in ("it", "its", "they", "their", "them", "it's"):
        return bool(prev_countries or prev_people or any(sp.type == "organisation" for sp in prev.spans))
    return False


def _title_before(s: Sentence, i: int) -> str:
    """The title words written right before person span i ("Russian Foreign Minister")."""
    spans = s.spans
    sp = spans[i]
    text = s.passage.text
    j = i - 1
    parts: list[Span] = []
    while j >= 0 and spans[j].type in ("title", "demonym", "country", "organisation", "place"):
        gap = text[spans[j].end : (parts[0].start if parts else sp.start)]
        if gap.strip() not in ("", "to the", "of the", "to", "of", "at the"):
            break
        parts.insert(0, spans[j])
        j -= 1
    if not any(p.type == "title" for p in parts):
        m = re.search(r"((?:former|current|interim|acting|opposition|then)\s+)?\b(leader|president|minister|chancellor)\s+$", text[max(0, sp.start - 40) : sp.start], re.I)
        if m:
            return m.group(0).strip()
        return ""
    a = parts[0].start
    m = re.search(r"\b(former|then|late|interim|acting|ousted|exiled)\s+$", text[max(0, a - 12) : a], re.I)
    if m:
        a -= len(m.group(0))
    return display(text[a : parts[-1].end])


def _title_after(s: Sentence, sp: Span) -> str:
    """An appositive title: "Delcy Rodriguez, the former Venezuelan vice president and now president"."""
    m = re.match(
        r",\s+the\s+((?:(?:former|current|new|then|late|interim|acting)\s+)*(?:[A-Z][a-z]+\s+)?"
        r"(?:vice\s+)?(?:president|prime minister|foreign minister|minister|leader|chancellor|ambassador))\b",
        s.passage.text[sp.end : sp.end + 90],
    )
    return m.group(1) if m else ""


def _title_country(title: str) -> str:
    for tok in tokenize(title):
        if tok.text in lx.COUNTRY_FORMS:
            return lx.COUNTRY_FORMS[tok.text][0]
    return ""


_RELATION_WORDS = (
    "ally allies alliance partner partnership ties support cooperation relationship backer backing supplied "
    "supplier provides provided invested trade lent lend sent send sold sell furnished helped assisting "
    "collaborated aid creditor customer lifeline patron friend aligned engaged imports exports financed"
)
_RELATION_CACHE: set[str] = set()


def _relation_stems() -> set[str]:
    if not _RELATION_CACHE:
        from .nlp import stem as _stem

        _RELATION_CACHE.update(_stem(w) for w in _RELATION_WORDS.split())
    return _RELATION_CACHE


def _partner_rank(self: Corpus) -> list[tuple[str, float]]:
    """Countries the corpus talks about (other than its overall subject), most prominent first."""
    cached = getattr(self, "_partner_cache", None)
    if cached is not None:
        return cached
    weight: dict[str, float] = {}
    subject = self.primary_anchor()
    for key, sents in sorted(self.entity_sentences.items()):
        if key[0] != "country" or key in self.anchors or key[1] not in lx.COUNTRY_BY_NAME:
            continue
        w = 0.0
        for s in sents:
            if s.pidx in self.bad_passages or not (s.stems & _relation_stems()):
                continue
            names = {sp.canon for sp in s.spans if sp.type in ("country", "demonym")}
            names |= {lx.COUNTRY_FORMS[sp.text][0] for sp in s.spans if sp.text in lx.COUNTRY_FORMS}
            # a partner is named together with the corpus's subject, in a sentence about ties
            first = next((sp for sp in s.spans if sp.type in ("country", "demonym", "person", "organisation")), None)
            is_subject = first is not None and first.canon == key[1] and not s.text[: first.start - s.start].strip()
            if subject and subject in names:
                w += 1.0 + (1.0 if is_subject else 0.0)
            elif is_subject:
                w += 0.75  # "Cuba provides intelligence ..." in an article about Venezuela
        if w > 0:
            weight[key[1]] = w
    out = sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))
    self._partner_cache = out
    return out


Corpus.partner_rank = _partner_rank
