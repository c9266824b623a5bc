"""Quiz attempts: drawing a balanced set of questions, answering, finishing.

The questions, the version of each and the order of its options are fixed when an attempt
starts. An answer is recorded once; a finished attempt never changes; in test mode a time
limit is enforced here, on the server.
"""

import random
from collections import Counter, defaultdict
from datetime import datetime, timedelta

from django.db import transaction

from quizzes.grading import grade
from quizzes.models import Attempt, AttemptItem, Question
from quizzes.scheduling import add_missed

DEFAULT_LENGTH = 10
LENGTHS = [5, 10, 15, 20]
GRACE = timedelta(seconds=5)  # network delay allowed after a deadline
MAX_TRUE_PER_FALSE = 3  # false statements are the scarcer kind; see draw()
SHUFFLED_TYPES = {Question.Type.MCQ, Question.Type.PARTNER, Question.Type.TIMELINE, Question.Type.MATCHING}


def draw(questions, length: int, seed: int) -> list[Question]:
    """Pick `length` live questions, taking types in turn and preferring passages not yet used.

    Two questions on the same sentence of a passage are never drawn together: one could give
    the other's answer away (a true/false statement beside a blank in the same sentence).
    True and false statements alternate, and true ones never run more than MAX_TRUE_PER_FALSE
    to one (plus one) ahead of the false ones, nor past a third of the quiz when there are too
    few false ones: a quiz of true statements is passed by always answering True. So a quiz
    may hold fewer questions than asked for.
    """
    pool = sorted(questions.live().select_related("current"), key=lambda q: q.pk)
    rng = random.Random(seed)
    rng.shuffle(pool)
    by_type: dict[str, list[Question]] = defaultdict(list)
    for question in pool:
        by_type[question.type].append(question)
    types = sorted(by_type, key=lambda kind: (len(by_type[kind]), kind))  # the scarcest types choose their sentences first
    chosen: list[Question] = []
    passages_used: Counter[int] = Counter()
    sentences_used: set[tuple[int, int, int]] = set()  # see _sentence()
    statements: Counter[bool] = Counter()  # true/false statements drawn, by whether they are true
    while len(chosen) < length and any(by_type.values()):
        before = len(chosen)
        for n, kind in enumerate(types):
            candidates = [q for q in by_type[kind] if _sentence(q) not in sentences_used]
            by_type[kind] = candidates
            if kind == Question.Type.TRUEFALSE:
                most_true = max(MAX_TRUE_PER_FALSE * statements[False] + 1, -(-length // 3))  # a third, rounded up
                candidates = _next_statements(candidates, statements, most_true)
            if not candidates or len(chosen) == length:
                continue
            # Leave alone the sentences that scarcer types still need.
            wanted = {_sentence(q) for scarcer in types[:n] for q in by_type[scarcer]}
            best = min(candidates, key=lambda q: (passages_used[q.passage_id], _sentence(q) in wanted))
            by_type[kind].remove(best)
            chosen.append(best)
            passages_used[best.passage_id] += 1
            sentences_used.add(_sentence(best))
            if kind == Question.Type.TRUEFALSE:
                statements[_is_true(best)] += 1
        if len(chosen) == before:
            break  # only true statements past their share are left
    rng.shuffle(chosen)
    return chosen


def _is_true(question: Question) -> bool:
    return question.current.answer == "True"


def _next_statements(candidates: list[Question], statements: Counter[bool], most_true: int) -> list[Question]:
    """The true/false statements that may come next: those of the answer drawn less so far (false
    ones on a tie, being scarcer), else the other; no true one once `most_true` are drawn."""
    trues = [q for q in candidates if _is_true(q)] if statements[True] < most_true else []
    falses = [q for q in candidates if not _is_true(q)]
    if statements[True] >= statements[False]:
        return falses or trues
    return trues or falses


def _sentence(question: Question) -> tuple[int, int, int]:
    return question.passage_id, question.sentence_start, question.sentence_end


def _shuffled_options(question: Question, rng: random.Random) -> list:
    options = list(question.current.options)
    if question.type not in SHUFFLED_TYPES or len(options) < 2:
        return options
    answer_order = question.current.answer if question.type == Question.Type.TIMELINE else None
    for _ in range(5):  # a timeline must not start out already in order
        rng.shuffle(options)
        if options != answer_order:
            break
    return options


@transaction.atomic
def draw_with_options(questions, length: int, seed: int) -> list[tuple[Question, list]]:
    """The questions a quiz with this seed holds, each with its options in the order shown:
    an online attempt and a printed quiz with the same seed are the same quiz."""
    drawn = draw(questions, length, seed)
    rng = random.Random(seed + 1)
    return [(question, _shuffled_options(question, rng)) for question in drawn]


def start_attempt(user, questions, *, title: str, lessons=(), mode: str, length: int, time_limit: int | None, now: datetime,
                  seed: int | None = None) -> Attempt:  # fmt: skip
    seed = seed if seed is not None else random.SystemRandom().randrange(2**31)
    drawn = draw_with_options(questions, length, seed)
    limit = time_limit if mode == Attempt.Mode.TEST else None
    attempt = Attempt.objects.create(
        user=user, title=title, mode=mode, time_limit=limit, started_at=now,
        deadline=now + timedelta(minutes=limit) if limit else None, total=len(drawn),
    )  # fmt: skip
    attempt.lessons.set(lessons)
    AttemptItem.objects.bulk_create(
        AttemptItem(attempt=attempt, position=n, version=q.current, options=options)
        for n, (q, options) in enumerate(drawn, start=1)
    )
    return attempt


def shortfall(total: int, length: int, *, assigned: bool = False) -> str | None:
    """What to tell a student whose quiz holds fewer questions than asked for (see draw())."""
    if total >= length:
        return None
    asked = "your instructor set" if assigned else "you asked for"
    return (f"This quiz has {total} of the {length} questions {asked}: that is all that can be drawn without "
            "asking about one sentence twice or tipping the true-or-false statements towards True.")  # fmt: skip


def is_overdue(attempt: Attempt, now: datetime) -> bool:
    return attempt.deadline is not None and now > attempt.deadline + GRACE


@transaction.atomic
def answer(item_id: int, response, now: datetime) -> tuple[AttemptItem, str]:
    """Record an answer once. Returns the item and what happened: answered, already, finished or overdue."""
    item = AttemptItem.objects.select_for_update().select_related("attempt", "version__question").get(pk=item_id)
    attempt = item.attempt
    if attempt.is_finished:
        return item, "finished"
    if is_overdue(attempt, now):
        finish(attempt, now)
        return item, "overdue"
    if item.is_answered:
        return item, "already"
    version = item.version
    result = grade(version.question.type, version.answer, response, accepted=version.accepted, options=version.options)
    item.response = response
    item.is_correct = result.correct
    item.score = result.score
    item.feedback = result.feedback[:300]
    item.answered_at = now
    item.save()
    return item, "answered"


def finish(attempt: Attempt, now: datetime) -> Attempt:
    """Close the attempt and count its score; unanswered questions count as wrong. Idempotent."""
    updated = Attempt.objects.filter(pk=attempt.pk, finished_at__isnull=True).update(
        finished_at=now, correct=attempt.items.filter(is_correct=True).count()
    )
    if updated:
        attempt.refresh_from_db()
        add_missed(attempt, now)
    return attempt
