"""Model instances from hand-written SQL.

A few lookups run on nearly every request (the signed-in user) or many times a second (the
card a student grades and the next one they see). Their SQL never changes, and building it
through the ORM costs several times running it. Code on those paths writes the SQL itself and
uses a Selection to name the columns and turn each row back into model instances holding the
values the ORM would have given (SQLite's dates as aware datetimes, its 0/1 as booleans,
JSON decoded).
"""

import functools

from django.db import connections
from django.db.models import Field, Model


class Selection:
    """The columns of some models in one SELECT, and the instances made from a row of it.

    ``parts`` are (model, table alias, field names or None for every concrete field); the
    columns come in that order, so extra expressions may follow them in the SELECT.
    """

    def __init__(self, alias: str, *parts: tuple[type[Model], str, tuple[str, ...] | None]):
        self.alias = alias
        connection = connections[alias]
        self.parts = []
        columns = []
        for model, table, names in parts:
            fields = [field for field in model._meta.concrete_fields if names is None or field.name in names]
            if names is not None and len(fields) != len(names):
                raise ValueError(f"{model.__name__} has no field named {set(names) - {f.name for f in fields}}")
            self.parts.append((model, fields, [field.attname for field in fields]))
            columns += [f"{table}.{connection.ops.quote_name(field.column)}" for field in fields]
        self.sql = ", ".join(columns)
        self.width = len(columns)

    def instances(self, row) -> list[Model]:
        """One instance per part, from the first ``width`` values of the row; a part whose
        primary key is NULL (the far side of a LEFT JOIN that found nothing) gives None."""
        connection = connections[self.alias]
        out, at = [], 0
        for model, fields, attnames in self.parts:
            values = [from_db(connection, field, value) for field, value in zip(fields, row[at : at + len(fields)], strict=True)]
            at += len(fields)
            primary = values[attnames.index(model._meta.pk.attname)] if model._meta.pk.attname in attnames else True
            out.append(None if primary is None else model.from_db(self.alias, attnames, values))
        return out


def from_db(connection, field: Field, value):
    """A column's value as the ORM gives it."""
    if value is None:
        return None
    column, converters = _converters(connection.alias, field)
    for convert in converters:
        value = convert(value, column, connection)
    return value


@functools.cache
def _converters(alias: str, field: Field) -> tuple:
    connection = connections[alias]
    column = field.get_col(field.model._meta.db_table)
    return column, tuple(connection.ops.get_db_converters(column) + field.get_db_converters(connection))


def to_db(connection, model: type[Model], name: str, value):
    """A value as the ORM would send it to the database for this field."""
    return model._meta.get_field(name).get_db_prep_save(value, connection)
