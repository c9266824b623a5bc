"""Item analysis: how well each question works, from the finished attempts that asked it.

Everything but the two database functions at the end is plain Python over plain tuples, so
the arithmetic can be checked by hand. The input is one row per question in a finished
attempt, and the question and kind of each version asked:

    rows:      (attempt_id, version_id, is_correct, attempt_correct, attempt_total, response)
    versions:  {version_id: (question_id, kind)}

An item scores 1 if it was answered right and 0 otherwise (unanswered, wrong, or only partly
right: the same rule that counts an attempt's `correct`). Attempts differ in length (5 to 20
questions), so an attempt's score is its share right, `attempt_correct / attempt_total`; when
every attempt has the same length this ranks and correlates exactly as the raw total does.

- Facility p: the share of attempts that got the question right.
- Discrimination index D = p_upper - p_lower: the facility among the best 27% of the attempts
  that asked the question (by score) minus the facility among the worst 27%. Each group holds
  g = round(0.27 * n) attempts, halves rounded up, at least 1. When attempts tie on the score at
  a group's edge, the places left are shared among all the tied attempts: if 2 places remain
  and 3 attempts tie, each counts with weight 2/3. The result never depends on row order.
- Item-rest correlation: the point-biserial correlation (Pearson's r with a 0/1 item) between the
  item and the rest of the attempt, `(attempt_correct - item) / (attempt_total - 1)`, so the item
  does not correlate with itself. Attempts of a single question have no rest and are left out.
  None when it is undefined (everyone right, everyone wrong, or every rest score equal).

Both figures depend on an attempt only through (attempt_correct, attempt_total, item), so the
rows are first tallied by those, per question; 100,000 rows become a few thousand counts.
"""

from __future__ import annotations

import json
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from operator import itemgetter

from quizzes.grading import normalise

GROUP_SHARE = 0.27
MIN_ATTEMPTS = 10  # fewer attempts than this and the figures are not judged
EASY = 0.9  # facility above this: almost everyone right
HARD = 0.2  # facility below this: almost everyone wrong
TOP_WRONG_ANSWERS = 5
CHOICE_KINDS = frozenset({"mcq", "partner", "truefalse"})  # each option chosen is counted
TYPED_KINDS = frozenset({"cloze"})  # the wrong answers typed are counted

FEW, NEGATIVE, HARD_FLAG, EASY_FLAG = "few", "negative", "hard", "easy"
FLAG_LABELS = {
    NEGATIVE: "Negative discrimination",
    HARD_FLAG: "Almost everyone wrong",
    EASY_FLAG: "Almost everyone right",
    FEW: "Too few attempts to judge",
}
FLAG_ORDER = [NEGATIVE, HARD_FLAG, EASY_FLAG, FEW]  # most in need of a look first

SORTS = {
    "flags": "Flags first",
    "facility": "Facility, lowest first",
    "-facility": "Facility, highest first",
    "discrimination": "Discrimination, lowest first",
    "-discrimination": "Discrimination, highest first",
    "correlation": "Item-rest correlation, lowest first",
    "-correlation": "Item-rest correlation, highest first",
    "attempts": "Most attempts first",
}
DEFAULT_SORT = "flags"
_ALL_BUT_ATTEMPT = itemgetter(1, 2, 3, 4, 5)


@dataclass
class ItemStats:
    question_id: int
    kind: str
    attempts: int = 0
    right: int = 0
    facility: float = 0.0
    discrimination: float | None = None
    correlation: float | None = None
    flags: tuple[str, ...] = ()
    unanswered: int = 0
    chosen: Counter = field(default_factory=Counter)  # normalised choice -> times chosen
    wrong: Counter = field(default_factory=Counter)  # normalised wrong typed answer -> times given
    spellings: dict = field(default_factory=dict)  # normalised text -> Counter of the texts given

    @property
    def flag_labels(self) -> list[tuple[str, str]]:
        return [(flag, FLAG_LABELS[flag]) for flag in self.flags]

    def wrong_answers(self, limit: int = TOP_WRONG_ANSWERS, at_least: int = 1) -> list[tuple[str, int]]:
        """The commonest wrong typed answers, alike ones counted together, each shown as it was most often
        typed; only those given at least ``at_least`` times."""
        common = [(key, n) for key, n in _by_count(self.wrong) if n >= at_least]
        return [(_spelling(self.spellings[key]), n) for key, n in common[:limit]]

    def choices(self, options: Sequence[str], answer, at_least: int = 1) -> list[tuple[str, int, bool]]:
        """(option, times chosen, is the answer) for the question's options in order, then any other
        choice made (an option of an earlier version) at least ``at_least`` times, most chosen first."""
        answer_key = _key(answer) if isinstance(answer, str) else None
        rows, seen = [], set()
        for option in options:
            key = _key(option)
            if key not in seen:
                seen.add(key)
                rows.append((option, self.chosen.get(key, 0), key == answer_key))
        for key, n in _by_count(self.chosen):
            if key not in seen and n >= at_least:
                rows.append((_spelling(self.spellings[key]), n, key == answer_key))
        return rows


def _by_count(counts: Counter) -> list:
    """Most common first; equal counts in alphabetical order, so the result never depends on row order."""
    return sorted(counts.items(), key=lambda pair: (-pair[1], pair[0]))


def _spelling(texts: Counter) -> str:
    return _by_count(texts)[0][0]


@lru_cache(maxsize=16384)
def _key(text: str) -> str:
    """normalise(), remembered: the same options and wrong answers come back thousands of times."""
    return normalise(text)


def group_size(n: int) -> int:
    """Attempts in each of the upper and lower groups: 27% of n, halves rounded up, at least 1."""
    return max(1, math.floor(GROUP_SHARE * n + 0.5)) if n else 0


def _group_facility(blocks: Sequence[tuple[float, int, int]], size: int) -> float:
    """Facility of the first `size` attempts of `blocks`, (score, attempts, right) sorted by score
    with one block per score; the attempts of the block at the edge share the places left."""
    taken, right = 0, 0.0
    for _score, attempts, block_right in blocks:
        places = min(attempts, size - taken)
        right += places / attempts * block_right
        taken += places
        if taken == size:
            break
    return right / size


def discrimination(scores: Iterable[tuple[float, int, int]]) -> float | None:
    """D = p_upper - p_lower over (attempt score, item 0/1, how many such attempts) triples; None without attempts."""
    blocks: dict[float, list[int]] = defaultdict(lambda: [0, 0])
    for score, item, count in scores:
        blocks[score][0] += count
        blocks[score][1] += item * count
    n = sum(attempts for attempts, _ in blocks.values())
    if not n:
        return None
    size = group_size(n)
    ranked = [(score, attempts, right) for score, (attempts, right) in sorted(blocks.items())]
    return round(_group_facility(ranked[::-1], size) - _group_facility(ranked, size), 12)  # 1/3 - 1/3 is 0, not -1e-17


def point_biserial(pairs: Iterable[tuple[int, float, int]]) -> float | None:
    """Pearson's r between a 0/1 item and a score over (item, score, how many such attempts) triples:
    r = (M1 - M0) / s * sqrt(p * q), with s the population standard deviation of the scores."""
    n = n1 = 0
    total = total1 = squares = 0.0
    for item, score, count in pairs:
        n += count
        total += score * count
        squares += score * score * count
        if item:
            n1 += count
            total1 += score * count
    if n < 2 or n1 in (0, n):
        return None
    variance = squares / n - (total / n) ** 2
    if variance < 1e-12:
        return None
    p = n1 / n
    mean_right, mean_wrong = total1 / n1, (total - total1) / (n - n1)
    return round((mean_right - mean_wrong) / math.sqrt(variance) * math.sqrt(p * (1 - p)), 12)


def flags_for(attempts: int, facility: float, d: float | None, r: float | None, min_attempts: int = MIN_ATTEMPTS) -> tuple[str, ...]:
    """What deserves a look. Below `min_attempts` nothing is judged: the item is only marked as too new."""
    if attempts < min_attempts:
        return (FEW,)
    found = []
    if (d is not None and d < 0) or (r is not None and r < 0):
        found.append(NEGATIVE)
    if facility < HARD:
        found.append(HARD_FLAG)
    if facility > EASY:
        found.append(EASY_FLAG)
    return tuple(found)


def analyse(rows: Iterable[tuple], versions: Mapping[int, tuple[int, str]], *, decode: Callable | None = None,
            min_attempts: int = MIN_ATTEMPTS) -> dict[int, ItemStats]:  # fmt: skip
    """Figures for every question in the rows (see the module docstring for their shape). Rows of a
    version not in `versions` are skipped. Responses must be hashable: `decode` turns a stored one
    into its value (the database gives JSON text), once for each different response."""
    tally: Counter = Counter()  # (question, attempt_correct, attempt_total, item) -> attempts
    answers: Counter = Counter()  # (question, item, response as stored) -> attempts
    # Counting identical rows runs in C; only the few thousand different ones are taken apart here.
    for (version_id, is_correct, attempt_correct, attempt_total, stored), count in Counter(map(_ALL_BUT_ATTEMPT, rows)).items():
        question = versions.get(version_id)
        if question is None:
            continue
        item = 1 if is_correct else 0
        tally[question[0], attempt_correct, attempt_total, item] += count
        if stored is None or question[1] in CHOICE_KINDS or question[1] in TYPED_KINDS:
            answers[question[0], item, stored] += count
    kinds = dict(versions.values())
    items: dict[int, ItemStats] = {}
    scores: dict[int, list] = defaultdict(list)
    rests: dict[int, list] = defaultdict(list)
    for (question_id, attempt_correct, attempt_total, item), count in tally.items():
        if question_id not in items:
            items[question_id] = ItemStats(question_id, kinds[question_id])
        stats = items[question_id]
        stats.attempts += count
        stats.right += item * count
        scores[question_id].append((attempt_correct / attempt_total, item, count))
        if attempt_total > 1:
            rests[question_id].append((item, (attempt_correct - item) / (attempt_total - 1), count))
    for (question_id, item, stored), count in answers.items():
        _count_answer(items[question_id], item, decode(stored) if decode and stored is not None else stored, count)
    for question_id, stats in items.items():
        stats.facility = stats.right / stats.attempts
        stats.discrimination = discrimination(scores[question_id])
        stats.correlation = point_biserial(rests[question_id])
        stats.flags = flags_for(stats.attempts, stats.facility, stats.discrimination, stats.correlation, min_attempts)
    return items


def _count_answer(stats: ItemStats, item: int, response, count: int) -> None:
    if response is None:
        stats.unanswered += count
        return
    if not isinstance(response, str) or (stats.kind in TYPED_KINDS and item):
        return
    key = _key(response)
    (stats.chosen if stats.kind in CHOICE_KINDS else stats.wrong)[key] += count
    stats.spellings.setdefault(key, Counter())[" ".join(response.split())] += count


def _none_last(value: float | None, descending: bool) -> tuple:
    return (value is None, 0.0 if value is None else (-value if descending else value))


def _flag_rank(stats: ItemStats) -> int:
    return min((FLAG_ORDER.index(flag) for flag in stats.flags), default=len(FLAG_ORDER))


def sort_items(items: Iterable[ItemStats], order: str = DEFAULT_SORT) -> list[ItemStats]:
    """The items in one of the SORTS orders. Missing figures go last; ties go by question id.
    "flags" puts the most worrying flag first, then the lowest discrimination."""
    if order not in SORTS:
        raise ValueError(f"Unknown order: {order!r}")
    descending, name = order.startswith("-"), order.removeprefix("-")

    def key(stats: ItemStats) -> tuple:
        if name == "flags":
            return (_flag_rank(stats), *_none_last(stats.discrimination, False), stats.question_id)
        if name == "attempts":
            return (-stats.attempts, stats.question_id)
        return (*_none_last(getattr(stats, name), descending), stats.question_id)

    return sorted(items, key=key)


def analyse_attempts(classroom=None, lesson=None) -> tuple[dict[int, ItemStats], int]:
    """The figures of every question asked in finished attempts (of a class's members, of a
    lesson's questions) and the number of those attempts, from two queries."""
    rows, versions = fetch_rows(classroom, lesson)
    asked = rows if lesson is None else [row for row in rows if row[1] in versions]
    return analyse(asked, versions, decode=json.loads), len(set(map(itemgetter(0), asked)))


def fetch_rows(classroom=None, lesson=None) -> tuple[list[tuple], dict[int, tuple[int, str]]]:
    """Every question of every finished attempt (of the class's members only, when a class is
    given), and the question and kind of every version (of the lesson's questions only, when a
    lesson is given). Responses come as the JSON text stored, decoded later once per value."""
    from django.db.models import TextField  # the arithmetic above needs no Django
    from django.db.models.functions import Cast

    from quizzes.models import AttemptItem, Membership, Question, QuestionVersion

    items = AttemptItem.objects.filter(attempt__finished_at__isnull=False)
    if classroom is not None:
        items = items.filter(attempt__user__in=Membership.objects.filter(classroom=classroom).values("student"))
    versions = QuestionVersion.objects.order_by()
    if lesson is not None:
        versions = versions.filter(question__in=Question.objects.for_lesson(lesson).values("pk"))
    rows = items.order_by().annotate(stored=Cast("response", TextField()))
    rows = rows.values_list("attempt_id", "version_id", "is_correct", "attempt__correct", "attempt__total", "stored")
    return list(rows), {pk: (question, kind) for pk, question, kind in versions.values_list("pk", "question_id", "question__type")}
