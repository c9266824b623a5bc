"""Store generated questions: the Django side of `quizzes.generation`.

Generation always sees the whole corpus (distractors and the check that a "false" statement
is not true elsewhere need it), and the published lessons' cited sentences as extra wording (a
question worded from a lesson keeps the cited passage as its source); only candidates from the
chosen passages are stored. Re-runs are safe: a question is identified by (passage, type,
fact), human edits and rejections are kept, and stale questions are refreshed from their
passage's new text.
"""

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.conf import settings
from django.db import transaction

from briefing.models import Lesson, Passage
from quizzes.generation import GENERATOR_VERSION, Candidate, LessonSentence, PassageInput, generate, lesson_sentences
from quizzes.models import Question, QuestionVersion


@dataclass
class GenerationSummary:
    created: Counter = field(default_factory=Counter)  # by type
    refreshed: int = 0
    kept: Counter = field(default_factory=Counter)  # by reason
    skipped: Counter = field(default_factory=Counter)  # by reason
    published: int = 0
    pending: int = 0

    def lines(self) -> list[str]:
        lines = [f"Created {sum(self.created.values())} questions ({', '.join(f'{n} {t}' for t, n in sorted(self.created.items())) or 'none'}): "
                 f"{self.published} published, {self.pending} waiting for review."]  # fmt: skip
        if self.refreshed:
            lines.append(f"Refreshed {self.refreshed} stale questions from their passages' new text.")
        lines += [f"Kept {n}: {reason}." for reason, n in sorted(self.kept.items())]
        lines += [f"Skipped {n}: {reason}." for reason, n in self.skipped.most_common()]
        return lines


def passage_key(passage: Passage) -> str:
    return f"{passage.source.slug}:{passage.ordinal}"


def as_inputs(passages: Iterable[Passage]) -> list[PassageInput]:
    return [
        PassageInput(key=passage_key(p), source=p.source.slug, text=p.text, section=p.section,
                     topics=tuple(sorted(t.slug for t in p.topics.all())), title=p.source.title,
                     publisher=p.source.publisher)  # fmt: skip
        for p in passages
    ]


def lesson_inputs(lessons: Iterable[Lesson]) -> list[LessonSentence]:
    """The cited sentences of the lessons: extra wording for questions whose answers stand in the cited passages."""
    return [sentence for lesson in lessons for sentence in lesson_sentences(lesson.slug, lesson.markdown)]


def _version_fields(candidate: Candidate) -> dict:
    return {
        "stem": candidate.stem,
        "answer": candidate.answer,
        "options": candidate.options,
        "accepted": candidate.accepted,
        "explanation": candidate.explanation,
    }


def _status_for(candidate: Candidate) -> str:
    if candidate.score >= settings.BRIEFING_AUTO_PUBLISH_SCORE:
        return Question.Status.PUBLISHED
    return Question.Status.PENDING


def _question_fields(candidate: Candidate, passage: Passage, by_key: dict[str, Passage]) -> dict:
    primary = candidate.support[0]
    return {
        "score": round(candidate.score, 4),
        "span_type": candidate.span_type,
        "held_because": list(candidate.held),
        "generator_version": GENERATOR_VERSION,
        "passage_hash": passage.hash,
        "answer_start": primary.start,
        "answer_end": primary.end,
        "sentence_start": primary.sentence_start,
        "sentence_end": primary.sentence_end,
        "supports": [
            {"passage": by_key[s.passage_key].pk, "start": s.start, "end": s.end} for s in candidate.support if s.passage_key in by_key
        ],
    }


def generate_questions(
    passages: Iterable[Passage] | None = None, *, progress: Callable[[str], None] | None = None
) -> GenerationSummary:
    """Generate questions for the given passages (default: all) and store them."""
    everything = list(Passage.objects.select_related("source").prefetch_related("topics"))
    by_key = {passage_key(p): p for p in everything}
    wanted = {p.pk for p in passages} if passages is not None else set(by_key[k].pk for k in by_key)
    if progress:
        progress(f"Generating from {len(wanted)} of {len(everything)} passages…")
    lessons = Lesson.objects.filter(status=Lesson.Status.PUBLISHED).order_by("slug")
    result = generate(as_inputs(everything) + lesson_inputs(lessons))
    summary = GenerationSummary(skipped=Counter(result.skipped))
    chosen = [c for c in result.candidates if by_key[c.support[0].passage_key].pk in wanted]
    existing = {
        (q.passage_id, q.type, q.fact_key): q
        for q in Question.objects.filter(passage_id__in=wanted).select_related("current")
    }
    with transaction.atomic():
        for n, candidate in enumerate(chosen, start=1):
            passage = by_key[candidate.support[0].passage_key]
            _store(candidate, passage, by_key, existing.get((passage.pk, candidate.type, candidate.fact_key)), summary)
            if progress and n % 50 == 0:
                progress(f"Stored {n} of {len(chosen)} questions…")
    return summary


def _store(candidate: Candidate, passage: Passage, by_key: dict, question: Question | None, summary: GenerationSummary) -> None:
    fields = _question_fields(candidate, passage, by_key)
    if question is None:
        question = Question.objects.create(passage=passage, type=candidate.type, fact_key=candidate.fact_key,
                                           status=_status_for(candidate), **fields)  # fmt: skip
        question.current = QuestionVersion.objects.create(question=question, number=1, **_version_fields(candidate))
        question.save(update_fields=["current"])
        summary.created[candidate.type] += 1
        if question.status == Question.Status.PUBLISHED:
            summary.published += 1
        else:
            summary.pending += 1
        return
    if question.status == Question.Status.REJECTED:
        summary.kept["rejected by an instructor"] += 1
        return
    if question.human_edited and question.status != Question.Status.STALE:
        summary.kept["edited by an instructor"] += 1
        return
    content = _version_fields(candidate)
    unchanged = question.current and all(getattr(question.current, k) == v for k, v in content.items())
    if unchanged and question.passage_hash == passage.hash and question.status != Question.Status.STALE:
        if question.held_because != fields["held_because"]:  # the generator now says why (or why no longer) it holds it
            Question.objects.filter(pk=question.pk).update(held_because=fields["held_because"])
        summary.kept["already up to date"] += 1
        return
    was_stale = question.status == Question.Status.STALE
    number = question.versions.count() + 1
    question.current = QuestionVersion.objects.create(question=question, number=number, **content)
    for key, value in fields.items():
        setattr(question, key, value)
    if was_stale or question.status == Question.Status.PENDING:
        question.status = Question.Status.PENDING if question.human_edited else _status_for(candidate)
        question.human_edited = False
    question.save()
    if was_stale:
        summary.refreshed += 1
    else:
        summary.kept["updated to the new generator's wording"] += 1
