"""Turn field:value filters into SQL conditions on an entry uid column."""
from __future__ import annotations

import re

from db.textfold import fold

_YEAR_RANGE = re.compile(r"^(\d{4})\s*(?:\.\.|-)\s*(\d{4})$")
# Facets a note can carry itself; every other filter applies to the entry a note is attached to.
NOTE_ONLY = {"tag"}


def facet_condition(column: str, name: str, values: list[str], *, negate: bool = False) -> tuple[str, list]:
    """`column IN (uids having any of these facet values)`, accent- and case-insensitive."""
    parts, params = [], []
    for value in values:
        years = _YEAR_RANGE.match(value) if name == "year" else None
        if years:
            parts.append("(CAST(value AS INTEGER) BETWEEN ? AND ?)")
            params += [int(years[1]), int(years[2])]
        else:
            parts.append("(value = ? OR folded = ? OR value = ?)")
            params += [value, fold(value), fold(value)]
    sql = f"{column} {'NOT IN' if negate else 'IN'} (SELECT uid FROM facets WHERE facet = ? AND ({' OR '.join(parts)}))"
    return sql, [name, *params]


def entry_conditions(column: str, filters: dict[str, list[str]], excluded: dict[str, list[str]]) -> tuple[list[str], list]:
    sql, params = [], []
    for negate, source in ((False, filters), (True, excluded)):
        for name, values in source.items():
            if name in NOTE_ONLY:
                continue
            condition, args = facet_condition(column, name, values, negate=negate)
            sql.append(condition)
            params += args
    return sql, params


def wants_kind(filters: dict[str, list[str]], excluded: dict[str, list[str]], kind: str) -> bool:
    kinds = {fold(k) for k in filters.get("kind", [])}
    return (not kinds or kind in kinds) and kind not in {fold(k) for k in excluded.get("kind", [])}


def only_notes(filters: dict[str, list[str]]) -> bool:
    kinds = {fold(k) for k in filters.get("kind", [])}
    return kinds == {"note"} or bool(filters.get("tag"))
