"""Who is signed in, read with as little work as every page can afford.

Every signed-in request reads its session row and its user; both are single-row lookups by
primary key, so they are made here as plain SQL instead of through the ORM, whose query
building costs several times the lookup itself. The data and its meaning are Django's own.
"""

import copy
import functools

from django.contrib.auth import BACKEND_SESSION_KEY, get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.models import Group
from django.contrib.sessions.backends import db
from django.core.exceptions import ValidationError
from django.db import connections, router
from django.utils import timezone

from briefing.models import INSTRUCTORS_GROUP, PageStamp
from briefing.rows import from_db

BACKEND = "briefing.auth.UserBackend"
# Sessions made before UserBackend name Django's ModelBackend, which loads the same users.
_EARLIER_BACKENDS = {"django.contrib.auth.backends.ModelBackend"}


class SessionStore(db.SessionStore):
    """Sessions in the database, as before (a logout ends the session for every worker at
    once); only the read of the session row skips the ORM."""

    def load(self):
        model = self.model
        table, key, data, expires = (model._meta.db_table, *(model._meta.get_field(n).column for n in ("session_key", "session_data", "expire_date")))
        connection = connections[router.db_for_read(model)]
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {data} FROM {table} WHERE {key} = %s AND {expires} > %s",
                [self.session_key, connection.ops.adapt_datetimefield_value(timezone.now())],
            )
            row = cursor.fetchone()
        if row is None:
            self._session_key = None
            return {}
        session = _decoded(self, row[0])
        if session.get(BACKEND_SESSION_KEY) in _EARLIER_BACKENDS:
            session[BACKEND_SESSION_KEY] = BACKEND
        return session


@functools.lru_cache(maxsize=4096)
def _decode(store_class, data: str) -> tuple:
    return tuple(store_class().decode(data).items())


def _decoded(store, data: str) -> dict:
    """The session's data: decoding (checking its signature, unpacking) is a pure function of
    the stored text, so a worker remembers it for the sessions it sees often. Each request gets
    its own copy, so that nothing it changes reaches the next."""
    items = _decode(type(store), data)
    if all(isinstance(value, (str, int, float, bool, type(None))) for _, value in items):
        return dict(items)
    return copy.deepcopy(dict(items))


class UserBackend(ModelBackend):
    """Django's ModelBackend, whose get_user also reads, in the same query, whether the user is
    an instructor and the page stamps (briefing.pagecache): one consistent snapshot, so a page
    cached under these stamps was drawn from this user as the database held them."""

    def get_user(self, user_id):
        user_model = get_user_model()
        try:
            user_id = user_model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        connection = connections[router.db_for_read(user_model)]
        fields = user_model._meta.concrete_fields
        memberships, groups, stamps = user_model.groups.through._meta.db_table, Group._meta.db_table, PageStamp._meta.db_table
        with connection.cursor() as cursor:
            cursor.execute(
                f"SELECT {', '.join('u.' + connection.ops.quote_name(field.column) for field in fields)},"
                f" EXISTS (SELECT 1 FROM {memberships} m JOIN {groups} g ON g.id = m.group_id WHERE m.user_id = u.id AND g.name = %s),"
                f" (SELECT version FROM {stamps} WHERE scope = u.id), (SELECT version FROM {stamps} WHERE scope = 0)"
                f" FROM {user_model._meta.db_table} u WHERE u.id = %s",
                [INSTRUCTORS_GROUP, user_id],
            )  # fmt: skip
            row = cursor.fetchone()
        if row is None:
            return None
        values = [from_db(connection, field, value) for field, value in zip(fields, row, strict=False)]
        user = user_model.from_db(connection.alias, [field.attname for field in fields], values)
        is_instructor, user_stamp, content_stamp = row[len(fields) :]
        user._is_instructor = bool(is_instructor)
        user.page_stamps = (user_stamp or 0, content_stamp or 0)
        return user if self.user_can_authenticate(user) else None

