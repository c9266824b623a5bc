"""Find passages by the words in them, best match first, with the matching words marked.

SQLite searches the FTS5 table ``briefing_passage_fts`` that migration 0003 keeps in step
with ``briefing_passage``; PostgreSQL searches ``to_tsvector('english', text)``, which the
same migration indexes. Both stem English words, so "sanction" finds "sanctions".

Whatever is typed, only its words reach the database, each quoted: quotes, operators
(AND, OR, NOT, NEAR, ``*``, ``-``), brackets and control characters are dropped, so no
query can fail to parse or change the search's meaning.
"""

import re
from dataclasses import dataclass

from django.db import connection
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from briefing.models import Passage

MAX_QUERY_CHARS = 300
MAX_TERMS = 12
MAX_TERM_CHARS = 40
SNIPPET_WORDS = 24
# Private-use characters mark the matched words in a snippet until it is escaped.
START, STOP = "\ue000", "\ue001"
WORD_RE = re.compile(r"[^\W_]+")
FTS_TABLE = "briefing_passage_fts"
CONFIG = "english"


@dataclass
class PassageMatch:
    passage: Passage
    snippet: SafeString  # the passage around the match, escaped, matched words in <mark>

    @property
    def citation(self) -> str:
        return f"[@{self.passage.source.slug}:{self.passage.ordinal}]"


def search_terms(query: str) -> list[str]:
    """The words of a query, lower-cased, without repeats: letters and digits only."""
    words = WORD_RE.findall(query[:MAX_QUERY_CHARS].replace(START, " ").replace(STOP, " "))
    return list(dict.fromkeys(word.lower()[:MAX_TERM_CHARS] for word in words))[:MAX_TERMS]


def search_passages(query: str, limit: int = 20) -> list[PassageMatch]:
    """Passages containing every word of ``query`` (stemmed), best first; none for a query without words."""
    terms = search_terms(query)
    if not terms or limit < 1:
        return []
    if connection.vendor == "postgresql":
        return _search_postgresql(terms, limit)
    if connection.vendor == "sqlite":
        return _search_sqlite(terms, limit)
    raise NotImplementedError(f"Passage search supports SQLite and PostgreSQL, not {connection.vendor}.")


def _search_sqlite(terms: list[str], limit: int) -> list[PassageMatch]:
    match = " ".join(f'"{term}"' for term in terms)  # quoted strings, implicitly ANDed
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT rowid, snippet({FTS_TABLE}, 0, %s, %s, '…', %s) FROM {FTS_TABLE}"
            f" WHERE {FTS_TABLE} MATCH %s ORDER BY rank LIMIT %s",
            [START, STOP, SNIPPET_WORDS, match, limit],
        )
        rows = cursor.fetchall()
    passages = Passage.objects.select_related("source").in_bulk([pk for pk, _ in rows])
    return [PassageMatch(passages[pk], _highlight(snippet)) for pk, snippet in rows if pk in passages]


def _search_postgresql(terms: list[str], limit: int) -> list[PassageMatch]:
    from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank, SearchVector

    vector = SearchVector("text", config=CONFIG)  # the expression the GIN index of migration 0003 covers
    query = SearchQuery(" ".join(f'"{term}"' for term in terms), config=CONFIG, search_type="websearch")
    found = (
        Passage.objects.annotate(document=vector)
        .filter(document=query)
        .annotate(
            rank=SearchRank(vector, query),
            headline=SearchHeadline(
                "text",
                query,
                config=CONFIG,
                start_sel=START,
                stop_sel=STOP,
                max_words=SNIPPET_WORDS,
                min_words=SNIPPET_WORDS // 2,
                max_fragments=2,
                fragment_delimiter=" … ",
            ),
        )
        .select_related("source")
        .order_by("-rank", "source__slug", "ordinal")[:limit]
    )
    return [PassageMatch(passage, _highlight(passage.headline)) for passage in found]


def _highlight(snippet: str) -> SafeString:
    """Escape a snippet, then turn its match markers into <mark> elements, always balanced."""
    parts = re.split(f"([{START}{STOP}])", snippet)
    html, open_mark = [], False
    for part in parts:
        if part == START and not open_mark:
            html.append("<mark>")
            open_mark = True
        elif part == STOP and open_mark:
            html.append("</mark>")
            open_mark = False
        elif part not in (START, STOP):
            html.append(escape(part))
    if open_mark:
        html.append("</mark>")
    return mark_safe("".join(html))
