"""Tag passages with topics from the mentions they make, using an alias table kept as data.

Pure functions: the alias table comes in as (alias, topic slug, case sensitive) rows, so
the same code serves imports, the admin's re-tag action and tests.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

OVERVIEW = "overview"
# A passage that names this many partner topics at once is about the alliances as a whole.
OVERVIEW_BREADTH = 3


@dataclass(frozen=True)
class AliasRow:
    alias: str
    topic: str
    case_sensitive: bool = False


class TopicMatcher:
    def __init__(self, rows: Iterable[AliasRow]):
        self._patterns: list[tuple[re.Pattern, str]] = []
        for row in sorted(rows, key=lambda r: -len(r.alias)):
            flags = 0 if row.case_sensitive else re.IGNORECASE
            # Whole words only; a trailing possessive or plural still counts ("Russia's", "Cubans").
            pattern = re.compile(rf"(?<![\w.]){re.escape(row.alias)}(?:['’]s|s)?(?!\w)", flags)
            self._patterns.append((pattern, row.topic))

    def topics_for(self, text: str) -> set[str]:
        found = {topic for pattern, topic in self._patterns if pattern.search(text)}
        partners = found - {OVERVIEW}
        if not partners or len(partners) >= OVERVIEW_BREADTH:
            found.add(OVERVIEW)
        return found
