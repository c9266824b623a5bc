"""Whole pages kept per user, for the pages students open again and again: a lesson, a quiz
question and the review page (the ``cached_page`` decorator).

A page is kept in this worker's memory under a key made of the user, the two page stamps read
in the same query as the user (briefing.auth.UserBackend), and the request: scheme, host, path
with query, and whether htmx asked. Database triggers give a stamp a new random value on every
write that can change such a page (STAMPED_TABLES): a change to content anyone sees changes
stamp 0, a change to a user's own rows (their account and role, cards, reviews, quizzes,
lesson reads) changes that user's stamp. So a write by any worker or process is seen by every
worker as soon as it is committed, and nothing needs clearing. A view under ``cached_page`` may
read the request only for what the key holds, and the database only from STAMPED_TABLES.

What differs between two responses of the same page is rendered as a placeholder and filled in
for each response: the CSRF token (masked afresh, as Django does), the CSP nonce, and values a
view marks with ``now_ms``. A request with messages waiting is neither served from the cache
nor kept, so messages always appear. A page that changes with the time alone is kept only
until ``keep_until``, or not at all (``dont_keep``).

On SQLite a migration that rebuilds a stamped table drops its triggers; such a migration must
call ``add_triggers`` again. Until the triggers are all there, nothing is cached.
"""

import hashlib
import logging
import re
import time
from datetime import datetime
from functools import wraps

from django.conf import settings
from django.contrib.messages import get_messages
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import get_token
from django.utils import timezone
from django.utils.crypto import salted_hmac

logger = logging.getLogger(__name__)

STAMP_TABLE = "briefing_pagestamp"
# Each table a cached page reads, and how one of its rows names the user whose pages it
# changes: a column holding the user's id, "attempt_id" for a row of an attempt, or None for
# content that anyone's page may show.
STAMPED_TABLES = {
    "auth_user": "id",
    "auth_user_groups": "user_id",
    "auth_group": None,
    "briefing_topic": None,
    "briefing_source": None,
    "briefing_passage": None,
    "briefing_passage_topics": None,
    "briefing_note": None,
    "briefing_lesson": None,
    "briefing_citation": None,
    "briefing_lessonread": "user_id",
    "quizzes_question": None,
    "quizzes_questionversion": None,
    "quizzes_studysettings": "user_id",
    "quizzes_card": "user_id",
    "quizzes_reviewlog": "user_id",
    "quizzes_attempt": "user_id",
    "quizzes_attempt_lessons": "attempt_id",
    "quizzes_attemptitem": "attempt_id",
}
KEEP_SECONDS = 60 * 60

# Placeholders carry a mark derived from SECRET_KEY, so no text on a page can imitate one; every
# one is filled in before a response leaves.
_MARK = salted_hmac("briefing.pagecache", "placeholders", algorithm="sha256").hexdigest()[:24].encode()
_PLACEHOLDER = re.compile(rb"\{(csrf|nonce|now)-" + _MARK + rb"\}")
CSRF, NONCE, NOW_MS = (f"{{{name}-{_MARK.decode()}}}" for name in ("csrf", "nonce", "now"))


# ---------------------------------------------------------------------------- the triggers


def _sqlite_bump(row: str, owner: str | None) -> str:
    if owner is None:
        source = "SELECT 0, random() WHERE 1"
    elif owner == "attempt_id":
        source = f"SELECT user_id, random() FROM quizzes_attempt WHERE id = {row}.attempt_id"
    else:
        source = f"SELECT {row}.{owner}, random() WHERE {row}.{owner} IS NOT NULL"
    return (f"INSERT INTO {STAMP_TABLE} (scope, version) {source}"
            f" ON CONFLICT (scope) DO UPDATE SET version = excluded.version;")  # fmt: skip


_POSTGRES_FUNCTION = f"""
CREATE OR REPLACE FUNCTION briefing_stamp_pages() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    row_data jsonb;
    whose bigint;
BEGIN
    FOREACH row_data IN ARRAY ARRAY[
        CASE WHEN TG_OP <> 'INSERT' THEN to_jsonb(OLD) END, CASE WHEN TG_OP <> 'DELETE' THEN to_jsonb(NEW) END
    ] LOOP
        CONTINUE WHEN row_data IS NULL;
        IF TG_ARGV[0] = '' THEN
            whose := 0;
        ELSIF TG_ARGV[0] = 'attempt_id' THEN
            SELECT user_id INTO whose FROM quizzes_attempt WHERE id = (row_data ->> 'attempt_id')::bigint;
        ELSE
            whose := (row_data ->> TG_ARGV[0])::bigint;
        END IF;
        IF whose IS NOT NULL THEN
            INSERT INTO {STAMP_TABLE} (scope, version) VALUES (whose, floor(random() * 9007199254740991)::bigint)
                ON CONFLICT (scope) DO UPDATE SET version = excluded.version;
        END IF;
    END LOOP;
    RETURN NULL;
END $$;
"""


def add_triggers(schema_editor) -> None:
    """Create (or re-create) the triggers that stamp pages; safe to repeat."""
    vendor = schema_editor.connection.vendor
    for table, owner in STAMPED_TABLES.items():
        if vendor == "sqlite":
            for op, rows in (("insert", ["NEW"]), ("update", ["OLD", "NEW"]), ("delete", ["OLD"])):
                body = " ".join(_sqlite_bump(row, owner) for row in (rows[-1:] if owner is None else rows))
                name = f"briefing_stamp_{table}_{op}"
                schema_editor.execute(f"DROP TRIGGER IF EXISTS {name}")
                schema_editor.execute(f"CREATE TRIGGER {name} AFTER {op.upper()} ON {table} BEGIN {body} END")
        elif vendor == "postgresql":
            schema_editor.execute(_POSTGRES_FUNCTION)
            name = f"briefing_stamp_{table}"
            schema_editor.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            schema_editor.execute(f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table}"
                                  f" FOR EACH ROW EXECUTE FUNCTION briefing_stamp_pages('{owner or ''}')")  # fmt: skip


def remove_triggers(schema_editor) -> None:
    vendor = schema_editor.connection.vendor
    for table in STAMPED_TABLES:
        if vendor == "sqlite":
            for op in ("insert", "update", "delete"):
                schema_editor.execute(f"DROP TRIGGER IF EXISTS briefing_stamp_{table}_{op}")
        elif vendor == "postgresql":
            schema_editor.execute(f"DROP TRIGGER IF EXISTS briefing_stamp_{table} ON {table}")
    if vendor == "postgresql":
        schema_editor.execute("DROP FUNCTION IF EXISTS briefing_stamp_pages()")


def missing_triggers() -> set[str]:
    """The stamping triggers the database lacks (all of them on a database we cannot check)."""
    if connection.vendor == "sqlite":
        query = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'briefing_stamp_%'"
        expected = {f"briefing_stamp_{table}_{op}" for table in STAMPED_TABLES for op in ("insert", "update", "delete")}
    elif connection.vendor == "postgresql":
        query = "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'briefing_stamp_%'"
        expected = {f"briefing_stamp_{table}" for table in STAMPED_TABLES}
    else:
        return {"(unsupported database)"}
    with connection.cursor() as cursor:
        cursor.execute(query)
        return expected - {name for (name,) in cursor.fetchall()}


_checked: dict[str, bool] = {}


def enabled() -> bool:
    """Whether pages may be cached: switched on, and every trigger in place (checked once a process)."""
    if not settings.BRIEFING_PAGE_CACHE:
        return False
    name = connection.settings_dict["NAME"]
    if name not in _checked:
        missing = missing_triggers()
        if missing:
            logger.warning("Pages are not cached: the database lacks the triggers %s.", ", ".join(sorted(missing)))
        _checked[name] = not missing
    return _checked[name]


# ---------------------------------------------------------------------------- the cache


class _Recording:
    """A page being drawn for the cache: how long it may be kept."""

    def __init__(self):
        self.until: datetime | None = None
        self.keep = True


def placeholders(request: HttpRequest) -> dict:
    """Context processor: while a page is drawn for the cache, the CSRF token and CSP nonce
    are placeholders, filled in for each response."""
    return {"csrf_token": CSRF, "csp_nonce": NONCE} if recording(request) else {}


def recording(request: HttpRequest) -> bool:
    """Whether the page is being drawn for the cache (so worth saying how long it keeps)."""
    return getattr(request, "_page_recording", None) is not None


def now_ms(request: HttpRequest) -> int | str:
    """The time in milliseconds, as it will be when each response of the page is sent."""
    return NOW_MS if recording(request) else int(time.time() * 1000)


def keep_until(request: HttpRequest, moment: datetime | None) -> None:
    """The page changes by itself at ``moment`` (a card falls due, a new day starts)."""
    page = getattr(request, "_page_recording", None)
    if page and moment is not None:
        page.until = moment if page.until is None else min(page.until, moment)


def dont_keep(request: HttpRequest) -> None:
    """The page changes with the time by itself (a countdown): draw it afresh every time."""
    page = getattr(request, "_page_recording", None)
    if page:
        page.keep = False


def _key(request: HttpRequest, user, stamps: tuple[int, int]) -> str:
    # The host was checked against ALLOWED_HOSTS by CommonMiddleware; here it only tells sites apart.
    meta = request.META
    htmx = bool(getattr(request, "htmx", False))
    where = f"{request.scheme}|{meta.get('HTTP_HOST', '')}|{htmx}|{request.path}?{meta.get('QUERY_STRING', '')}"
    return f"page:{user.pk}:{stamps[0]}:{stamps[1]}:{hashlib.sha256(where.encode()).hexdigest()}"


def _fill(request: HttpRequest, parts: list[bytes]) -> bytes:
    """The page with each placeholder (the odd items of ``parts``) filled in for this response."""
    if len(parts) == 1:
        return parts[0]
    values = {}
    out = []
    for n, part in enumerate(parts):
        if n % 2 == 0:
            out.append(part)
            continue
        if part not in values:
            if part == b"csrf":
                values[part] = get_token(request).encode()
            elif part == b"nonce":
                nonce = get_nonce(request)
                values[part] = str(nonce).encode() if nonce is not None else b""
            else:
                values[part] = str(int(time.time() * 1000)).encode()
        out.append(values[part])
    return b"".join(out)


def _keepable(request: HttpRequest, response: HttpResponse, recording: _Recording) -> bool:
    return (
        recording.keep
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and set(response.headers) == {"Content-Type"}
        and not len(get_messages(request))
        and not request.session.modified
    )


def cached_page(view):
    """Serve a signed-in user's GET of this page from the cache while nothing it shows has changed."""

    @wraps(view)
    def wrapper(request: HttpRequest, *args, **kwargs):
        user = request.user
        stamps = getattr(user, "page_stamps", None)
        if request.method != "GET" or stamps is None or not enabled() or len(get_messages(request)):
            return view(request, *args, **kwargs)
        pages = caches["pages"]
        key = _key(request, user, stamps)
        kept = pages.get(key)
        if kept is not None:
            content_type, parts = kept
            return HttpResponse(_fill(request, parts), content_type=content_type)
        request._page_recording = recording = _Recording()
        try:
            response = view(request, *args, **kwargs)
        finally:
            del request._page_recording
        if response.streaming:  # none of the cached views streams; a streamed page is never kept
            return response
        parts = _PLACEHOLDER.split(response.content)
        response.content = _fill(request, parts)
        seconds = KEEP_SECONDS
        if recording.until is not None:
            seconds = min(seconds, (recording.until - timezone.now()).total_seconds())
        if seconds >= 1 and _keepable(request, response, recording):
            pages.set(key, (response["Content-Type"], parts), int(seconds))
        return response

    return wrapper
