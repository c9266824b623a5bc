"""Does a sentence copied out of its article still stand on its own?

Teachers reject items whose sentence leans on the article around it: "However, ..." (however what?),
"The ban took effect in 2020." (what ban?), "It risks eroding ..." (what does?), "all four partners"
(which four?), a true/false statement that names nobody.  ``standalone_problem`` returns the first
such reason, or None.  The rules only use generic English function words and generic institution
nouns, never words of particular articles:

1. no opening connective or anaphoric adverbial ("However,", "Days later,", "Since then,", "This ...")
   and no parenthetical one in the subject ("Iran, on the other hand, ...");
2. every definite description ("the ban", "the government's", "the two sides", "all four partners",
   "bilateral trade", "A panel ruled ...") is anchored by a name in the same sentence: a capitalised
   modifier ("the Jadar project"), a qualifier ("the ban on nickel exports", "the ministry of ... of X"),
   an earlier mention ("a U.S. operation ... the operation"), enough names for a number ("the three"),
   or, for a generic institution noun ("the country's", "the government"), a name of a country,
   organisation or person elsewhere in the sentence;
3. no pronoun (it, they, them, its, their, this, these, those, he, she, his, her, him) without a
   possible antecedent in the same sentence;
4. (true/false) the statement names a country, person or organisation.

``context`` is the previous sentence when the item shows it before the sentence: then an opening
connective or pronoun may point into it.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .nlp import pos_options

# 1. connectives and anaphoric adverbials that point back to an earlier sentence
_TIME_UNITS = r"(?:hours?|days?|weeks?|months?|years?|decades?)"
_NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                 "both": 2, "twin": 2}
_OPENING_CONNECTIVE = re.compile(
    r"^(?:however|but|yet|still|also|meanwhile|and|so|or|nor|then|thus|hence|therefore|consequently|accordingly|"
    r"instead|similarly|likewise|moreover|furthermore|additionally|besides|nonetheless|nevertheless|nor|otherwise|"
    r"again|indeed|afterwards?|thereafter|subsequently|later|earlier|previously|elsewhere|there|here|too|"
    r"at the same time|at that time|at the time|in the meantime|meanwhile|even so|in turn|in response|in addition|"
    r"in contrast|by contrast|on the other hand|as a result|as such|for its part|for their part|in return|"
    r"in that case|by then|since then|until then|after that|before that|after this|soon after|shortly after(?:wards)?|"
    r"(?:a|one|two|three|four|five|several|a few|some)\s+" + _TIME_UNITS + r"\s+(?:later|earlier|after(?:wards)?|before)|"
    r"(?:\d+|many|few)\s+" + _TIME_UNITS + r"\s+(?:later|earlier)|" + _TIME_UNITS + r"\s+(?:later|earlier)|"
    r"that\s+(?:same\s+)?(?:day|week|month|year|time|night|morning|evening)|the\s+same\s+(?:day|week|month|year)|"
    r"the next (?:day|week|month|year)|the following (?:day|week|month|year)|the previous (?:day|week|month|year)|"
    r"that|this|these|those|such|another|other|the latter|the former|the same)\b",
    re.I,
)
# ", however," right after the subject: "Iran, on the other hand, possesses ..."
_PARENTHETICAL = re.compile(
    r"^[^,;:]{1,60},\s*(?:however|though|meanwhile|in turn|instead|similarly|likewise|too|also|moreover|"
    r"furthermore|therefore|thus|on the other hand|by contrast|in contrast|for (?:its|their|his|her) part|"
    r"as a result|in response|in return|nonetheless|nevertheless|even so)\s*,",
    re.I,
)

# "issued similarly harsh condemnations": a comparison with something said before
_COMPARATIVE = re.compile(r"\b(?:similarly|likewise)\b(?!\s+(?:to|with)\b)", re.I)

# 2. generic nouns for the world everyone shares: "the world", "the internet", "the past"
_UNIVERSAL = {
    "world", "globe", "planet", "earth", "internet", "web", "public", "past", "future", "present", "time", "moment",
    "rest", "way", "same", "latter", "former", "majority", "minority", "number", "fact", "idea", "sake", "hand",
    "meantime", "course", "extent", "point", "wake", "midst", "outset", "expense", "cost", "verge", "brink",
    "aftermath", "run-up", "lead-up", "face", "hands", "side", "sides", "basis", "form", "order", "help", "top",
    "bottom", "centre", "center", "middle", "end", "start", "beginning", "first", "last", "only", "most", "least",
    "other", "others", "one", "ones", "case", "whole", "media", "press", "news", "environment", "climate",
    "population", "people", "economy", "market", "markets", "military", "sea", "air", "ground", "wind", "weather",
    "sun", "moon", "century", "decade", "year", "years", "day", "days", "month", "months", "week", "weeks",
    "mid", "early", "late", "left", "right", "status", "quo", "sky", "dark", "open", "record",
}
# generic institution and place nouns: anchored by any country, organisation or person the sentence names
_INSTITUTION = {
    "country", "countries", "nation", "nations", "state", "states", "government", "governments", "administration",
    "regime", "president", "presidency", "prime", "minister", "ministry", "ministries", "parliament", "congress",
    "senate", "assembly", "legislature", "cabinet", "capital", "kingdom", "republic", "leadership", "leader",
    "leaders", "authorities", "authority", "officials", "embassy", "opposition", "army", "navy", "forces",
    "region", "hemisphere", "continent", "island", "islands", "border", "borders", "territory", "coast",
    "central", "bank", "courts", "court", "judiciary", "police", "king", "queen", "monarchy", "crown", "emir",
    "premier", "chancellor", "junta", "ruling", "party", "people", "public", "economy", "military", "mainland",
    "peninsula", "strait", "gulf", "river", "sea", "ocean", "interior", "president's", "foreign", "defence",
    "defense", "trade", "finance", "treasury",
}
# a word after a definite description that names or restricts it: "the ban on nickel exports"
_QUALIFIER = re.compile(
    r"^\s*(?:of|on|between|against|over|among|amongst|targeting|banning|covering|known|called|named|dubbed|"
    r"titled|entitled|(?:signed|struck|reached|agreed|brokered|launched|led|run|owned|built|proposed|announced|"
    r"adopted|passed|imposed)\s+(?:by|in|at|on|with|between|last|earlier)|that|which|who|whom|whose|where|it|they|he|she|\()\b",
    re.I,
)
# a place or agent preposition is a qualifier only when a name follows: "the plant in Kazakhstan"
_NAMED_AFTER = re.compile(
    r"^\s*(?:in|at|by|with|from|for|to|under|near|outside|inside|across|within|off)\s+(?:the\s+|a\s+)?(?:[a-z-]+\s+){0,2}[A-Z0-9]"
)
_DEFINITE = re.compile(r"(?<![\w’'-])(?:the|The)\s+(?=[a-z])")
_GROUP = re.compile(
    r"\b(?:(?:the|all|all the)\s+(two|three|four|five|six|seven|eight|nine|ten|twin)|(both))\s+(?:of\s+(?:the|them)\s*)?"
    r"([a-z]+)?",
    re.I,
)
_BILATERAL = re.compile(r"\b(?:bilateral|mutual|joint)\s+([a-z]+)", re.I)
# "A panel ruled ...": an unnamed agent introduced as the sentence's subject
_VAGUE_AGENT = re.compile(
    r"^(?:an?|one)\s+(?:[a-z-]+\s+){0,2}?(panel|court|tribunal|committee|commission|council|body|agency|ministry|"
    r"official|officials|spokesman|spokeswoman|spokesperson|source|sources|diplomat|report|study|survey|statement|"
    r"judge|regulator|watchdog|lawmaker|minister|envoy|delegation)\b",
    re.I,
)

# "in protest", "in retaliation": a reaction to something the sentence does not name
_BARE_REACTION = re.compile(
    r"\bin (?:protest|retaliation|reaction|response|return|exchange)\b(?!\s+(?:at|against|over|to|of|for|by|from|with|after)\b)",
    re.I,
)

# 3. pronouns
_PRONOUN = re.compile(r"(?<![\w’'-])(it|its|they|them|their|theirs|he|him|his|she|her|this|these|those)(?![\w’'-])", re.I)
_PERSONAL = {"he", "him", "his", "she", "her"}
_EXPLETIVE_IT = re.compile(
    r"^\s*(?:is|was|has been|had been|will be|would be|remains|remained|seems|seemed|appears|appeared|became|"
    r"becomes|took|takes|may be|might be|could be|can be|is not|was not|isn['’]t|wasn['’]t)\b[^.]*?\b(?:that|to|until|whether|how)\b",
    re.I,
)
_SUBORDINATE_OPENING = re.compile(
    r"^(?:despite|after|before|since|while|whilst|although|though|with|following|as|when|because|if|unlike|like|"
    r"given|through|during|amid|in|for|by|under|upon|on)\b",
    re.I,
)
_FUNCTION = set(lx.STOPWORDS) | {"however", "but", "yet", "still", "also", "meanwhile", "and", "so", "then"}


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in re.finditer(r"[A-Za-z0-9][\w’'.-]*[\w]|[A-Za-z0-9]", text)]


def _proper_tokens(text: str) -> list[str]:
    """Capitalised words that name something: not the sentence's first word unless it is a known name,
    not months or weekdays."""
    out = []
    for i, (_, _, w) in enumerate(_words(text)):
        if not w[:1].isupper() or w in lx.MONTH_NUMBER or w in lx.WEEKDAYS or w == "I":
            continue
        if i == 0 and (w.lower() in _FUNCTION | set(_NUMBER_WORDS) | {"a", "an", "the"}
                       or (w not in lx.COUNTRY_FORMS and pos_options(w.lower()))):
            continue  # "Grain prices ...": a capital only because it opens the sentence
        out.append(w)
    return out


def names_in(text: str) -> int:
    """How many distinct names (capitalised word groups) the text holds: "Russia, Iran and the PRC" -> 3."""
    groups = re.findall(r"(?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+|de\s+|al-)?[A-Z][\w’'.-]*)*", text)
    first = re.match(r"\s*[\"“]?([A-Za-z]+)", text)
    out = set()
    for g in groups:
        g = re.sub(r"[’']s$", "", g)
        head = g.split()[0]
        if head in lx.MONTH_NUMBER or head in lx.WEEKDAYS or head == "I":
            continue
        if first and g.split()[0] == first.group(1) and head.lower() in _FUNCTION | {"a", "an", "the"}:
            continue
        out.add(g)
    return len(out)


def _stem(w: str) -> str:
    w = w.lower().rstrip("’'s")
    return w[:5] if len(w) > 5 else w


def _noun_phrase(text: str, at: int) -> tuple[list[str], int, bool]:
    """The lowercase words of the noun phrase starting at ``at`` (after its determiner), where it ends,
    and whether it ends in a possessive ("the government's")."""
    words: list[str] = []
    pos = at
    for m in re.finditer(r"\s*([a-z][a-z-]*)([’']s)?", text[at:]):
        if m.start() != pos - at:
            break
        w = m.group(1)
        if w in _FUNCTION and w not in ("most", "first", "last", "only", "other", "same") or w in ("will", "would", "can", "could"):
            break
        tags = pos_options(w)
        if words and tags and not (tags & {"NOUN", "ADJ", "PROPN"}) and not w.endswith("ing"):
            break
        if words and w.endswith("ed") and "VERB" in tags and "NOUN" in (pos_options(words[-1]) or {"NOUN"}):
            break  # "the contingent completed"
        words.append(w)
        pos = at + m.end()
        if m.group(2) or len(words) == 4:
            return words, pos, bool(m.group(2))
    return words, pos, False


def _entity_named(text: str, spans=()) -> bool:
    if any(x.type in ("country", "demonym", "person", "organisation", "place", "name") for x in spans):
        return True
    return bool(_proper_tokens(text))


def unanchored_description(sentence: str, before: str = "", spans=()) -> str | None:
    """The first definite description the sentence does not identify ("the ban", "the two sides")."""
    whole = before + sentence
    off = len(before)
    named = _entity_named(whole, spans)
    # "the two sides", "all four partners", "both countries"
    for m in _GROUP.finditer(sentence):
        word = (m.group(1) or m.group(2)).lower()
        noun = (m.group(3) or "").lower()
        if noun in ("of", "and") or (word == "both" and noun and not noun.endswith("s")):
            continue  # "both of", "both economic and ..."
        n = _NUMBER_WORDS.get(word, 2)
        if word == "both" and not noun:
            continue
        if names_in(whole[: off + m.start()]) + names_in(sentence[m.end():]) < n:
            return m.group(0)
    for m in _BILATERAL.finditer(sentence):
        rest = sentence[m.end():]
        if re.match(r"^\s+(?:between|with)\s+(?:the\s+)?[A-Z]", rest) or names_in(whole) >= 2:
            continue
        return m.group(0)
    m = _BARE_REACTION.search(sentence)
    if m:
        return m.group(0)
    m = _VAGUE_AGENT.match(sentence.lstrip("“\" "))
    if m and not _QUALIFIER.match(sentence.lstrip("“\" ")[m.end():]) and not _NAMED_AFTER.match(sentence.lstrip("“\" ")[m.end():]):
        return m.group(0)
    for m in _DEFINITE.finditer(sentence):
        words, end, possessive = _noun_phrase(sentence, m.end())
        if not words or re.match(r"\s*[A-Z]", sentence[end:]):
            continue  # "the joint US/Israeli strikes", "the new Venezuelan government": named
        head = words[-1]
        after = sentence[end:]
        if words[0] in _NUMBER_WORDS:
            continue  # "the two sides": counted above
        if head in _UNIVERSAL or head.rstrip("s") in _UNIVERSAL or any(w in ("same", "latter", "former") for w in words):
            continue
        if any(re.fullmatch(r"[a-z]+est|most|first|last|only|next|largest", w) for w in words[:-1]) and named:
            continue  # "the largest creditor of ...", "the first time"
        infinitive = re.match(r"\s+to\s+([a-z]+)", after)
        if infinitive and "VERB" in pos_options(infinitive.group(1)) and not possessive:
            continue  # "the decision to remain mute"
        if not possessive and (_QUALIFIER.match(after) or _NAMED_AFTER.match(after)):
            continue
        earlier = whole[: off + m.start()]
        if re.search(r"\b" + re.escape(_stem(head)), earlier, re.I):
            continue  # introduced earlier in the sentence: "a U.S. operation ... the operation"
        if any(w in _INSTITUTION for w in words) and named:
            continue  # "the country's" in a sentence that names its countries
        return sentence[m.start() : end]
    return None


def unresolved_pronoun(sentence: str, before: str = "", spans=()) -> str | None:
    """The first pronoun with no possible antecedent in the sentence (or in the shown context before it)."""
    for m in _PRONOUN.finditer(sentence):
        p = m.group(1).lower()
        earlier = before + sentence[: m.start()]
        after = sentence[m.end():]
        if p == "it" and _EXPLETIVE_IT.match(after):
            continue  # "It is expected that ...", "it took until 2020 to ..."
        if p in ("this", "these", "those"):
            nxt = re.match(r"\s+([a-z]+)", after)
            if nxt and "NOUN" in pos_options(nxt.group(1)) and re.search(r"\b" + re.escape(_stem(nxt.group(1))), earlier, re.I):
                continue  # "a deal ... this deal"
            if p == "those" and re.match(r"\s+(?:who|which|that|of|in|with|[a-z]+ed)\b", after):
                continue  # "those who ...": a restrictive, not a reference
            if len(re.findall(r"\w+", earlier)) >= 5 and not nxt:
                continue  # "..., and this raised fears": the earlier clause
            if len(re.findall(r"\w+", earlier)) >= 5 and nxt and "NOUN" not in pos_options(nxt.group(1)):
                continue
            return m.group(0)
        if p in _PERSONAL:
            people = [x for x in spans if x.type in ("person", "name")] if spans else []
            if people and any(x.text in earlier for x in people):
                continue
            if re.search(r"[A-Z][a-z]+", earlier[1:] if earlier else "") and (not spans or people):
                continue
            cataphora = _SUBORDINATE_OPENING.match(sentence) and "," in after and re.search(r"[A-Z][a-z]+", after.split(",", 1)[1])
            if cataphora:
                continue
            return m.group(0)
        # it / its / they / them / their: any name or noun phrase before it will do
        if _proper_tokens(earlier) or re.search(r"\b(?:a|an|the|some|many|most|several|all|both)\s+[a-z]", earlier, re.I) \
                or re.search(r"\b[a-z]{4,}s\b", earlier):
            continue
        if _SUBORDINATE_OPENING.match(sentence) and "," in after and _proper_tokens(after.split(",", 1)[1]):
            continue  # "Despite its losses, Russia ..."
        return m.group(0)
    return None


# additive and scene-shifting openers: the prompt drops them ("Moreover, X ..." -> "X ...") and the claim
# stays the same (a "Meanwhile," with a reference after it still fails rules 2 and 3);
# a contrast or consequence ("However,", "Still,", "Instead,") positions the claim against an unseen one
_ADDITIVE = re.compile(
    r"^(?:moreover|furthermore|additionally|indeed|notably|ultimately|globally|politically|historically|well|"
    r"in addition|for example|for instance|meanwhile),\s+",
    re.I,
)


def opening_connective(sentence: str) -> str | None:
    s = sentence.strip().lstrip("“\"‘'( ")
    m = _ADDITIVE.match(s)
    if m:
        s = s[m.end():]
    m = _OPENING_CONNECTIVE.match(s)
    if m:
        w = m.group(0).lower()
        rest = s[m.end():]
        if w in ("that", "this", "these", "those", "such", "another", "other") and not re.match(r"^\s*[,a-z]", rest):
            return None  # "That Russia ..." is unusual; a capital after it starts a name
        if w == "other" and re.match(r"^\s+than\b", rest):
            return None
        if w in ("so", "still", "yet", "then", "there", "here", "later", "earlier", "too") and re.match(r"^\s*(?:far|much|many|is|are|was|were|has|have)\b", rest, re.I) and w != "there":
            return None
        if w in ("there", "here") and re.match(r"^\s+(?:is|are|was|were|has|have|had|will|would|remain|remains|seem)\b", rest):
            return None  # existential "There are ..."
        return m.group(0)
    m = _PARENTHETICAL.match(s) or _COMPARATIVE.search(s)
    if m:
        return m.group(0)
    return None


def standalone_problem(sentence: str, context: str | None = None, spans=(), statement: bool = False) -> str | None:
    """Why the sentence does not stand on its own, or None.  ``context`` is the previous sentence when it is
    shown before this one (and holds no part of the answer)."""
    s = sentence.strip()
    before = (context.strip() + " ") if context else ""
    if context:
        if opening_connective(context):
            return "opening connective"
    elif opening_connective(s):
        return "opening connective"
    if unanchored_description(s, before, spans):
        return "unanchored definite description"
    if unresolved_pronoun(s, before, spans):
        return "unresolved pronoun"
    if statement and not _entity_named(s, spans):
        return "statement names no one"
    return None
