"""Question generation for Briefing: turn article passages into checked, ranked quiz questions.

Pure Python, no Django.  Entry point: :func:`generate` (passages in, with lesson sentences as extra
material: :func:`lesson_sentences`).  See ``core.py`` for the pipeline,
``spans.py`` for answer spans, ``items.py`` / ``sequence.py`` for the question types and
``checks.py`` for the checks every published question passes.
"""

from .core import generate
from .lessons import lesson_sentences
from .model import GENERATOR_VERSION, QUESTION_TYPES, Candidate, GenerationResult, LessonSentence, PassageInput, Support

__all__ = [
    "GENERATOR_VERSION",
    "QUESTION_TYPES",
    "Candidate",
    "GenerationResult",
    "LessonSentence",
    "PassageInput",
    "Support",
    "generate",
    "lesson_sentences",
]
