"""Lesson Markdown as question material: its sentences, each with the passages it cites.

A lesson cites a passage with ``[@source-slug:n]``; the passage's key is ``source-slug:n``.
Only sentences that carry a citation are kept: a question worded from one must find its
answer in a cited passage, which remains the question's source.
"""

from __future__ import annotations

import re

from .model import LessonSentence
from .nlp import split_sentences

CITATION = re.compile(r"\s*\[@([A-Za-z0-9][A-Za-z0-9_-]*):(\d+)\]")
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_LINK = re.compile(r"(?<!\[)\[([^\]@][^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")


def lesson_body(text: str) -> str:
    """A lesson file's Markdown without its front matter (``---`` ... ``---``)."""
    if text.startswith("---\n"):
        _, sep, body = text[4:].partition("\n---\n")
        if sep:
            return body
    return text


def _blocks(markdown: str) -> list[str]:
    """Paragraphs and list items as plain one-line text; headings, tables, code and rules are left out."""
    blocks: list[str] = []
    current: list[str] = []
    fenced = False

    def flush() -> None:
        if current:
            blocks.append(" ".join(current))
            current.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if stripped.startswith(("```", "~~~")):
            flush()
            fenced = not fenced
            continue
        if fenced:
            continue
        if not stripped or stripped.startswith(("#", "|")) or re.fullmatch(r"[-*_]{3,}", stripped):
            flush()
            continue
        if _LIST_ITEM.match(line):
            flush()
            stripped = _LIST_ITEM.sub("", line).strip()
        current.append(stripped.lstrip("> ").strip())
    flush()
    return blocks


def _plain(text: str) -> str:
    """Markdown inline markup removed: links keep their text, emphasis and code marks go."""
    text = _LINK.sub(r"\1", text)
    text = text.replace("`", "")
    for _ in range(2):
        text = _EMPHASIS.sub(r"\2", text)
    return text


def lesson_sentences(lesson: str, markdown: str) -> list[LessonSentence]:
    """The lesson's sentences that cite at least one passage, in order, with their citations."""
    out: list[LessonSentence] = []
    index = 0
    for block in _blocks(lesson_body(markdown)):
        block = _plain(block)
        # remove the citation marks, remembering where each stood
        marks: list[tuple[int, str]] = []
        pieces: list[str] = []
        cursor = 0
        length = 0
        for m in CITATION.finditer(block):
            piece = block[cursor : m.start()]
            pieces.append(piece)
            length += len(piece)
            marks.append((length, f"{m.group(1).lower()}:{int(m.group(2))}"))
            cursor = m.end()
        pieces.append(block[cursor:])
        clean = "".join(pieces)
        previous = ""
        for a, b in split_sentences(clean):
            text = re.sub(r"\s+", " ", clean[a:b]).strip()
            text = re.sub(r"\s+([.,;:!?])", r"\1", text)
            cites = tuple(dict.fromkeys(key for at, key in marks if a <= at <= b))
            marks = [(at, key) for at, key in marks if at > b]
            if cites and text:
                out.append(LessonSentence(lesson=lesson, index=index, text=text, cites=cites, previous=previous))
            index += 1
            previous = text
    return out
