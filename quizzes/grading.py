"""Grade a student's answer to one question. Pure Python: no Django, stdlib only.

`normalise(text)` is the comparison key used everywhere. It ignores case and accents
("Chávez" = "chavez"), quotes and punctuation ("U.S." = "US", "Sino-Russian" = "Sino Russian"),
repeated whitespace, one leading article ("the United States" = "United States") and a trailing
possessive ("Russia's" = "Russia"). Numbers get one spelling: number words become digits
("ninety" = "90", "seven million" = "7 million" = "7,000,000" = "7000000"), "%" and "per cent"
become "percent", "bn"/"mn"/"tn" become billion/million/trillion, money is written after its
amount ("$5 billion" = "5 billion dollars" = "US$5bn"; also € and £), and every dash between
two numbers is the same range ("2-3" = "2–3" = "2 — 3").

`grade(kind, answer, response, accepted=..., options=...)` rules by kind:

- cloze: right if the response's key equals the key of `answer` or of one of `accepted` (and
  nothing else: "Moscow" is not "Russia" unless accepted lists it; "Russia and China" is not
  "Russia"). A spelling slip is forgiven (with feedback) within an edit distance of 1 for answers
  of 6-11 letters and 2 for 12 or more, counting a swap of neighbouring letters as one edit; never
  for shorter answers, and never when either side contains a digit: numbers and years must be
  exact. Empty answers, answers over 200 characters and non-text answers are wrong.
- mcq, partner, truefalse: right if the chosen text's key equals the answer's key; if `options`
  is given, a choice that is not one of them is wrong.
- timeline: `answer` is the events in order, `response` the student's order of the same events.
  Score is the share of events in their right place; anything but a reordering is wrong (0).
- matching: `answer` is [left, right] pairs, `response` a {left: right} dict. Score is the
  share of lefts given their right partner; missing lefts count as wrong.

Malformed or hostile input (None, numbers, lists for strings, dicts for lists, control
characters, huge strings) gives a wrong Grade with feedback; it never raises. Only an unknown
`kind`, which is a programming error, raises ValueError.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Context, Decimal, localcontext

KINDS = ("cloze", "mcq", "truefalse", "partner", "timeline", "matching")
MAX_TYPED = 200  # characters in a typed (cloze) answer
MAX_CHOICE = 5000  # characters in a chosen option; longer cannot be one of ours

NO_ANSWER = "No answer given."
UNREADABLE = "That answer could not be read."
BROKEN = "This question cannot be graded."


@dataclass(frozen=True)
class Grade:
    correct: bool
    score: float  # 1.0 or 0.0, or a fraction for timeline/matching partial credit
    feedback: str  # short and student-facing; "" when plainly right or wrong


def _right(feedback: str = "") -> Grade:
    return Grade(True, 1.0, feedback)


def _wrong(feedback: str = "", score: float = 0.0) -> Grade:
    return Grade(False, score, feedback)


_LETTERS = {"ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"}
_APOSTROPHES = "'’‘‛`´ʼʹ′"
_SUBS = [(re.compile(p), r) for p, r in [
    (r"(?<=\w)'s?(?=\W*$)", ""),  # trailing possessive: "Russia's", "the States'"
    (r"([$€£]\s*\d+(?:\.\d+)?)m\b", r"\1 million"),  # "$5m"; a bare "5m" may be metres
    (r"\$", " usd "), (r"€", " eur "), (r"£", " gbp "), (r"%", " percent "),
    (r"\bper\s*cent\b", "percent"),
    (r"(?<=\d),(?=\d{3}\b)", ""),  # thousands separators: 7,000,000
    (r"(?<=\d)(bn|mn|tn)\b", r" \1"),  # 5bn -> 5 bn
    (r"(?<=\d)\s*-\s*(?=\d)", " - "),  # a range is its own token: 2 - 3
    (r"(?<!\d)\.|\.(?!\d)|'", ""),  # dots outside decimals, apostrophes: U.S. -> us
    (r"(?<!\s)-|-(?!\s)", " "),  # hyphens inside words
    (r"[^\w.\- ]|_", " "),  # all other punctuation and symbols
]]  # fmt: skip
_WORDS = {"dollar": "usd", "dollars": "usd", "euro": "eur", "euros": "eur", "pound": "gbp", "pounds": "gbp",
          "pct": "percent", "bn": "billion", "mn": "million", "tn": "trillion"}  # fmt: skip
_CURRENCIES = {"usd", "eur", "gbp"}
_UNITS = {w: n for n, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
          "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"])}
_TENS = {w: 10 * n for n, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], 2)}
_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_DIGITS = re.compile(r"\d+(?:\.\d+)?")
_EXACT = Context(prec=MAX_CHOICE * 2)  # no rounding for any number that fits in an answer


def _char(c: str) -> str:
    cat = unicodedata.category(c)
    if cat == "Mn" or cat == "Cf":  # accents; zero-width and other invisible format characters
        return ""
    if cat[0] == "C":  # control characters, lone surrogates, unassigned
        return " "
    if cat == "Pd" or c == "−":
        return "-"
    return "'" if c in _APOSTROPHES else _LETTERS.get(c, c)


def _read_number(toks: list[str], i: int) -> tuple[Decimal, int]:
    """Read a number phrase ("7.5 million", "one hundred and five", "a thousand") from toks[i:].
    Returns its value and the index after it; the index is i when there is none."""
    total, cur, last, j = Decimal(0), Decimal(0), None, i
    while j < len(toks):
        t, nxt = toks[j], toks[j + 1] if j + 1 < len(toks) else ""
        if last is None and _DIGITS.fullmatch(t):
            cur, last = Decimal(t), "digits"
        elif last is None and t == "a" and (nxt == "hundred" or nxt in _SCALES):
            cur, last = Decimal(1), "a"
        elif t in _UNITS and (last in (None, "hundred", "scale", "and") or (last == "tens" and _UNITS[t] < 10)):
            cur, last = cur + _UNITS[t], "units" if last != "tens" else "tens+"
        elif t in _TENS and last in (None, "hundred", "scale", "and"):
            cur, last = cur + _TENS[t], "tens"
        elif t == "hundred" and last in ("digits", "a", "units", "tens", "tens+") and cur < 100:
            cur, last = cur * 100, "hundred"
        elif t in _SCALES and last not in (None, "scale", "and"):
            total, cur, last = total + cur * _SCALES[t], Decimal(0), "scale"
        elif t == "and" and last in ("hundred", "scale") and (nxt in _UNITS or nxt in _TENS):
            last = "and"
        else:
            break
        j += 1
    if last in (None, "a"):
        return Decimal(0), i
    return total + cur, j


def normalise(text: str) -> str:
    """The comparison key of a piece of text: see the module docstring. Non-text gives ""."""
    if not isinstance(text, str):
        return ""
    s = "".join(map(_char, unicodedata.normalize("NFKD", text.casefold()))).strip()
    for pattern, repl in _SUBS:
        s = pattern.sub(repl, s)
    toks = [_WORDS.get(t, t) for t in s.split()]
    out: list[str] = []
    i = 0
    with localcontext(_EXACT):
        while i < len(toks):
            value, j = _read_number(toks, i)
            if j > i:  # a number, written before its currency: "$5" -> "5 usd"
                out.insert(len(out) - (bool(out) and out[-1] in _CURRENCIES), format(value.normalize(), "f"))
                i = j
                continue
            t, i = toks[i], i + 1
            if not (t == "us" and toks[i : i + 1] == ["usd"]) and not (t in _CURRENCIES and out[-1:] == [t]):
                out.append(t)  # (drops the "US" of "US$" and the repeat in "$5 billion dollars")
    # a dash token survives only as a range between two numbers
    out = [t for k, t in enumerate(out) if t != "-" or (0 < k < len(out) - 1 and
           out[k - 1][0].isdigit() and out[k + 1][0].isdigit())]  # fmt: skip
    if len(out) > 1 and out[0] in ("the", "a", "an"):
        out = out[1:]
    return " ".join(out)


def _distance(a: str, b: str, limit: int) -> int:
    """Edit distance with adjacent swaps (optimal string alignment); limit + 1 once above limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev2, prev = [], list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        row = [i]
        for j, cb in enumerate(b, 1):
            d = min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                d = min(d, prev2[j - 2] + 1)
            row.append(d)
        if min(row) > limit:
            return limit + 1
        prev2, prev = prev, row
    return prev[-1]


def _grade_cloze(answer, response, accepted: list[str]) -> Grade:
    if not isinstance(answer, str) or not normalise(answer):
        return _wrong(BROKEN)
    targets = [t for t in map(normalise, [answer, *accepted]) if t]
    if len(response.strip()) > MAX_TYPED:
        return _wrong("That answer is too long.")
    key = normalise(response)
    if not key:
        return _wrong(UNREADABLE)
    if key in targets:
        return _right()
    has_digit = any(c.isdigit() for c in key)
    for target in targets:
        if has_digit or any(c.isdigit() for c in target):
            continue
        letters = len(target.replace(" ", ""))
        slack = 2 if letters >= 12 else 1 if letters >= 6 else 0
        if slack and _distance(key, target, slack) <= slack:
            shown = "".join(c for c in " ".join(response.split()) if unicodedata.category(c)[0] != "C")
            return _right(f"Accepted: small spelling slip (you wrote “{shown}”).")
    numbers = [[w for w in k.split() if any(c.isdigit() for c in w)] for k in (key, *targets)]
    if numbers[0] and any(numbers[1:]) and numbers[0] not in numbers[1:]:  # the numbers are what is wrong
        return _wrong("Numbers must be exact.")
    return _wrong()


def _key(value) -> str | None:
    """normalise() of a chosen option, event or match; None for non-text or absurdly long text."""
    return normalise(value) if isinstance(value, str) and len(value) <= MAX_CHOICE else None


def _grade_choice(answer, response, options: list[str]) -> Grade:
    if not isinstance(answer, str) or not normalise(answer):
        return _wrong(BROKEN)
    key = _key(response)
    if options and key not in {normalise(o) for o in options}:
        return _wrong("That is not one of the choices.")
    return _right() if key == normalise(answer) else _wrong()


def _is_list(value) -> bool:
    return isinstance(value, Sequence) and not isinstance(value, (str, bytes, bytearray))


def _strings(value) -> list[str]:
    """`accepted` or `options` as a list of strings, whatever was passed (a lone string is one)."""
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if _is_list(value) else []


def _partial(hits: int, total: int, what: str) -> Grade:
    return _right() if hits == total else _wrong(f"{hits} of {total} {what}.", hits / total)


def _grade_timeline(answer, response) -> Grade:
    if not _is_list(answer) or not answer or not all(isinstance(e, str) for e in answer):
        return _wrong(BROKEN)
    if not _is_list(response):
        return _wrong(UNREADABLE)
    right, given = [normalise(e) for e in answer], [_key(e) for e in response]
    if Counter(given) != Counter(right):
        return _wrong("Put every event in order, each exactly once.")
    return _partial(sum(g == r for g, r in zip(given, right)), len(right), "events in the right place")


def _grade_matching(answer, response) -> Grade:
    if not _is_list(answer) or not answer or not all(
            _is_list(p) and len(p) == 2 and all(isinstance(s, str) for s in p) for p in answer):  # fmt: skip
        return _wrong(BROKEN)
    if not isinstance(response, Mapping):
        return _wrong(UNREADABLE)
    given = {_key(left): _key(right) for left, right in response.items()}
    hits = sum(given.get(normalise(left)) == normalise(right) for left, right in answer)
    return _partial(hits, len(answer), "matched correctly")


def grade(kind: str, answer, response, *, accepted: Sequence[str] = (), options: Sequence[str] = ()) -> Grade:
    """Grade one response to a question of this kind (see the module docstring for the rules)."""
    if kind not in KINDS:
        raise ValueError(f"Unknown question kind: {kind!r}")
    if response is None or (isinstance(response, str) and not response.strip()):
        return _wrong(NO_ANSWER)
    if kind == "timeline":
        return _grade_timeline(answer, response)
    if kind == "matching":
        return _grade_matching(answer, response)
    if not isinstance(response, str):
        return _wrong(UNREADABLE)
    if kind == "cloze":
        return _grade_cloze(answer, response, _strings(accepted))
    return _grade_choice(answer, response, _strings(options))
