"""The generator's public data types."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

GENERATOR_VERSION = "1.90"

QUESTION_TYPES = ("cloze", "mcq", "truefalse", "partner", "timeline", "matching")


@dataclass(frozen=True)
class PassageInput:
    key: str  # opaque id, e.g. "isw-report:4"
    source: str  # source slug
    text: str
    section: str = ""
    topics: tuple[str, ...] = ()
    title: str = ""  # the source's title: students see it above each of the source's questions
    publisher: str = ""  # shown beside the title


@dataclass(frozen=True)
class LessonSentence:
    """A sentence of a lesson that cites passages ("... [@isw-report:4]."), offered as question material.

    A question may be worded from it only when its answer also occurs in a cited passage: that
    passage stays the question's source (its support and offsets point into the passage).
    """

    lesson: str  # the lesson's slug
    index: int  # position in the lesson
    text: str  # the sentence as a student reads it, citation marks removed
    cites: tuple[str, ...]  # keys of the passages it cites, in order
    previous: str = ""  # the sentence before it in the same paragraph, if any


@dataclass(frozen=True)
class Support:
    """Where an answer is grounded: offsets in that passage's text."""

    passage_key: str
    start: int  # the answer span
    end: int
    sentence_start: int  # the supporting sentence (with its context sentence, when the stem shows one)
    sentence_end: int


@dataclass(frozen=True)
class Candidate:
    type: str  # cloze | mcq | truefalse | partner | timeline | matching
    stem: str
    answer: str | list[str] | list[list[str]]
    options: list[str]
    accepted: list[str]
    explanation: str
    span_type: str
    support: tuple[Support, ...]
    score: float
    fact_key: str
    held: tuple[str, ...] = ()  # why it waits for review rather than being published (calibrate.hold_reason explains each)


@dataclass
class GenerationResult:
    candidates: list[Candidate] = field(default_factory=list)
    skipped: Counter = field(default_factory=Counter)
