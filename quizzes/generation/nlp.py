"""Small language helpers: tokens, sentence splitting, word rarity, lemmas, stems, keyphrases.

Heavy resources (wordfreq's tables, yake, pysbd, lemminflect, the Snowball stemmer) load lazily
on first use and are cached for the life of the process.  Nothing is downloaded.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from .lexicon import STOPWORDS, fold

# A word: letters with inner hyphens/apostrophes; "U.S."-style abbreviations; numbers.
TOKEN_RE = re.compile(
    r"(?:[A-Z]\.){2,}(?:[A-Z](?![\w.]))?"  # U.S., U.N., U.S.A.
    r"|[^\W\d_]+(?:[-'’][^\W\d_]+(?![.][A-Z]))*"  # words, al-Assad, loan-for-oil, Lloyd's
    r"|\d+(?:[.,]\d+)*(?:[-–]\d+)?"  # numbers
    r"|[^\w\s]",  # punctuation
)
CITATION_RE = re.compile(r"\s*\[\d+(?:[-–,]\s*\d+)*\](?:\s*\[\d+(?:[-–,]\s*\d+)*\])*")


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets in the text the tokens came from
    end: int

    @property
    def is_word(self) -> bool:
        return self.text[:1].isalpha()

    @property
    def is_cap(self) -> bool:
        t = self.text
        if t[:1].isupper():
            return True
        # particles inside names: al-Assad, bin Salman
        return bool(re.match(r"(?:al|el|ad|as|ash|bin|ibn|abu)-[A-Z]", t))


def tokenize(text: str, offset: int = 0) -> list[Token]:
    """Tokens with offsets; a trailing possessive 's is split off ("Russia's" -> "Russia", "'s")."""
    return list(_tokenize(text, offset))


@lru_cache(maxsize=50_000)
def _tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in TOKEN_RE.finditer(text):
        t, s, e = m.group(), m.start() + offset, m.end() + offset
        if t.endswith(("'s", "’s")) and len(t) > 2:
            cut = len(t) - 2
            out.append(Token(t[:cut], s, s + cut))
            out.append(Token(t[cut:], s + cut, e))
        elif t.endswith(("s'", "s’")) and len(t) > 3 and t[0].isupper():
            out.append(Token(t[:-1], s, e - 1))
            out.append(Token(t[-1], e - 1, e))
        else:
            out.append(Token(t, s, e))
    return tuple(out)


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.is_word or t.text[:1].isdigit()]


def display(text: str) -> str:
    """Text as shown to a student: citation markers removed, whitespace tidied."""
    text = CITATION_RE.sub("", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return text


# ---------------------------------------------------------------------------
# Lazily loaded resources
# ---------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd

    return pysbd.Segmenter(language="en", clean=False, char_span=False)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace."""
    spans: list[tuple[int, int]] = []
    cursor = 0
    # the segmenter's processor gives the sentences; segment() would also find each one's offsets with a
    # regular expression per sentence, which the search below does for less
    for sent in _segmenter().processor(text).process():
        piece = sent.strip()
        if not piece:
            continue
        at = text.find(piece, cursor)
        if at < 0:  # pysbd changed the text; fall back to a plain search
            at = text.find(piece)
            if at < 0:
                continue
        if spans and re.fullmatch(r"(?:\[\d+(?:[-–,]\s*\d+)*\]\s*)+", piece):
            spans[-1] = (spans[-1][0], at + len(piece))  # a citation marker split off its sentence
        else:
            spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    # pysbd keeps "...in 2025.[10] Russia has..." together: split after a citation that follows a full stop
    out: list[tuple[int, int]] = []
    for a, b in spans:
        cut = a
        for m in _GLUED_CITATION.finditer(text, a, b):
            out.append((cut, m.start(1)))
            cut = m.end()
        out.append((cut, b))
    return out


_GLUED_CITATION = re.compile(r"[.!?][\"”’]?((?:\[\d+(?:[-–,]\s*\d+)*\])+)\s+(?=[A-Z“\"])")


@lru_cache(maxsize=200_000)
def zipf(word: str) -> float:
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en")


@lru_cache(maxsize=1)
def _lemma_table() -> tuple[dict[str, str], dict[str, dict[str, tuple[str, ...]]]]:
    """lemminflect's lemma lookup and its overrides, read straight from the files it ships.

    lemminflect parses all 80,000 rows into dictionaries when it first loads; the generator looks
    up a few thousand words, so rows stay as text ("verb,sign") until a word is asked for.
    """
    import gzip

    from lemminflect import config

    with open(config.lemma_lu_fn, "rb") as f:
        text = gzip.decompress(f.read()).decode()
    rows: dict[str, str] = {}
    for line in text.splitlines():
        word, _, rest = line.partition(",")
        rows[word] = f"{rows[word]}\n{rest}" if word in rows else rest
    overrides: dict[str, dict[str, tuple[str, ...]]] = {}
    with open(config.lemma_overrides_fn, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                word, pos, out = line.split(",")
                overrides.setdefault(word, {})[pos] = (out,)
    return rows, overrides


@lru_cache(maxsize=200_000)
def lemmas(word: str) -> Mapping[str, tuple[str, ...]]:
    """Lemmas of a word by universal POS tag, as lemminflect's ``getAllLemmas`` gives them
    (lower-cased lookup; "could" -> {"AUX": ("can",), "VERB": ("can",)}); read-only, as it is shared."""
    rows, overrides = _lemma_table()
    low = word.lower()
    found: dict[str, tuple[str, ...]] = {}
    listed = rows.get(low)
    for row in listed.split("\n") if listed else ():
        category, _, forms = row.partition(",")
        pos = category.upper()
        found["AUX" if pos == "MODAL" else pos] = tuple(forms.lower().split("/"))
    found.update(overrides.get(low, {}))
    return MappingProxyType(found)


@lru_cache(maxsize=200_000)
def pos_options(word: str) -> frozenset[str]:
    """Universal POS tags a word can have (from lemminflect's dictionary); empty if unknown."""
    return frozenset(lemmas(word))


@lru_cache(maxsize=200_000)
def lemma(word: str) -> str:
    found = lemmas(word)
    for pos in ("NOUN", "VERB", "ADJ", "ADV", "AUX"):
        if pos in found:
            return found[pos][0]
    return word.lower()


@lru_cache(maxsize=200_000)
def verb_lemma(word: str) -> str:
    """The verb lemma of a word ("spoke" -> "speak"), or "" if it cannot be a verb."""
    found = lemmas(word).get("VERB")
    return found[0] if found else ""


@lru_cache(maxsize=1)
def _stemmer():
    import snowballstemmer

    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A normalised stem for comparing content: lemma then Snowball ("fora" ~ "forums", "diplomatically" ~ "diplomatic")."""
    w = fold(word)
    if w.endswith("'s"):
        w = w[:-2]
    base = lemma(w)
    s = _stemmer().stemWord(base)
    if s.endswith("ic") and len(s) > 5:  # diplomatic/diplomatically/diplomacy
        s = s[:-2]
    if s.endswith("aci"):
        s = s[:-3] + "at"
    return s


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text (no stopwords, no numbers)."""
    return list(_content_stems(text))


@lru_cache(maxsize=50_000)
def _content_stems(text: str) -> tuple[str, ...]:
    out = []
    for tok in tokenize(text):
        if not tok.is_word:
            continue
        for part in re.split(r"[-/]", tok.text):
            low = fold(part)
            if len(low) < 2 or low in STOPWORDS or low in ("'s", "s"):
                continue
            out.append(stem(low))
    return tuple(out)


@lru_cache(maxsize=1)
def _yake():
    import yake

    return yake.KeywordExtractor(lan="en", n=3, dedupLim=0.9, top=80, features=None)


def keyphrases(text: str) -> dict[str, float]:
    """YAKE keyphrases of a text, folded, with a 0..1 strength (1 = best)."""
    if len(text) < 40:
        return {}
    try:
        found = _yake().extract_keywords(text)
    except Exception:  # pragma: no cover - yake is robust, but never let it break generation
        return {}
    out: dict[str, float] = {}
    for rank, (phrase, score) in enumerate(found):
        strength = max(0.0, 1.0 - rank / max(len(found), 1))
        key = fold(phrase).replace(" 's", "'s")
        out.setdefault(key, round(strength, 4))
    return out


# ---------------------------------------------------------------------------
# Language and garble checks
# ---------------------------------------------------------------------------

# The most common function words of English and of languages an instructor might paste by mistake.
_FUNCTION_WORDS = {
    "en": "a the of and to in is that for it as was with be by on not he this are or his from at which but have an they you were her she there been their has its would will can if more when who so no what all about than these other into could them only some may also after two our because over such most those should many where between while both since under without during against however",
    "es": "el la los las de del que y en un una es por con para no se su al lo como más pero sus le ya o este sí porque esta entre cuando muy sin sobre también me hasta hay donde quien desde todo nos durante todos uno les ni contra otros ese eso ante ellos e esto mí antes algunos qué unos yo otro otras otra él tanto esa estos mucho quienes nada muchos cual poco ella estar estas algunas algo nosotros ha han fue era son sido",
    "de": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom können schon wenn habe seine ihre dann unter wir soll ich eines jahr zwei diese dieser wieder keine seiner worden will zwischen immer was sagte gibt alle diesen seit muss",
    "fr": "le la les de des du et en un une est que qui dans pour pas au sur par plus ne se ce il sont avec ou son aux elle mais nous comme été cette ses leur ont tout ces sa on ils fait être deux aussi bien entre sans où peut dont sous après très même lors elles",
    "pt": "o a os as de do da dos das e em um uma que para com não por mais no na nos nas se ao como mas foi ele ela sua seu ou ser quando muito há também já está eu só pelo pela até isso entre depois sem mesmo aos ter seus quem são tem",
    "it": "il lo la i gli le di del della dei delle e è in un una che per con non si da al alla nel nella sono più ma come anche ha sua suo tra fra questo questa ci essere stato dopo ancora molto quando loro tutti perché",
    "nl": "de het een en van in is dat op te zijn voor met die niet aan er om ook als bij door maar naar dan wel nog uit tot hij zij ze was worden wordt werd heeft hebben kan meer deze dit geen over onder tussen omdat",
}
_FW = {lang: frozenset(ws.split()) for lang, ws in _FUNCTION_WORDS.items()}
_FW_ONLY = {lang: vocab - _FW["en"] for lang, vocab in _FW.items() if lang != "en"}


def language_problem(text: str) -> str | None:
    """Why a passage is not usable English text, or None.

    "not English": another language's common words clearly outnumber English ones.
    "garbled text": too few real words (random letters, mojibake, code, symbol soup).
    """
    toks = [fold(t.text) for t in tokenize(text) if t.is_word]
    if len(toks) < 4:
        return "garbled text" if sum(not c.isspace() for c in text) > 20 else "too short"
    en = _FW["en"]
    en_hits = sum(1 for t in toks if t in en)
    best_other = 0
    for lang, vocab in _FW_ONLY.items():
        best_other = max(best_other, sum(1 for t in toks if t in vocab))
    if best_other > en_hits and (best_other >= 3 or (best_other >= 2 and len(toks) < 12)):
        return "not English"
    if (en_hits / len(toks) < 0.12 and len(toks) >= 25) or (en_hits == 0 and len(toks) >= 8):
        return "not English" if best_other >= 2 else "garbled text"
    lower = [fold(t.text) for t in tokenize(text) if t.is_word and t.text[:1].islower()]
    if len(lower) >= 4 and sum(1 for t in lower if zipf(t) >= 2.0) / len(lower) < 0.6:
        return "not English" if best_other >= 1 else "garbled text"
    known = sum(1 for t in toks if zipf(t) >= 1.0 or len(t) <= 2)
    if known / len(toks) < 0.7:
        return "garbled text"
    letters = sum(c.isalpha() for c in text)
    visible = sum(not c.isspace() for c in text)
    if visible and letters / visible < 0.6:
        return "garbled text"
    return None
