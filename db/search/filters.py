"""Turn field:value filters into SQL conditions on an entry uid column; the values a filter offers."""
from __future__ import annotations

import re
from dataclasses import dataclass

from db.search.textfold import fold

KINDS = ("model", "lesson", "question", "theme", "actor", "source", "note")
# Facets a note can carry itself; every other filter applies to the entry a note is attached to.
NOTE_ONLY = {"tag"}



@dataclass(frozen=True)
class FacetCount:
    """One value of a facet (theme, region, year, ...) and how many entries carry it."""

    value: str
    label: str
    count: int


# 1999, 1995..2005, 1995-2005, 1999.. (that year or later), ..1999 (up to that year).
_YEARS = re.compile(r"^(?P<low>\d{4})?(?P<sep>\.\.|-)?(?P<high>\d{4})?$")


def year_range(value: str) -> tuple[int | None, int | None] | None:
    """(first, last) year a year: value accepts, either end open (None); None if it is not a year."""
    match = _YEARS.match("".join(value.split()))
    if match is None or not (match["low"] or match["high"]):
        return None
    low, high = (int(match[name]) if match[name] else None for name in ("low", "high"))
    if match["sep"] is None:
        return (low, low) if high is None else None
    if match["sep"] == "-" and (low is None or high is None):
        return None
    if low is not None and high is not None and low > high:
        low, high = high, low
    return low, high


def kind_value(value: str) -> str | None:
    """The kind a kind: value names ('Models' means model), or None if it names none."""
    folded = fold(value)
    if folded not in KINDS and folded.endswith("s"):
        folded = folded[:-1]
    return folded if folded in KINDS else None


def facet_condition(column: str, name: str, values: list[str], *, negate: bool = False) -> tuple[str, list]:
    """Whether the entry `column` (a uid) has any of these facet values, accent- and case-insensitive.

    A correlated EXISTS: one seek in the covering index facets_uid (uid, facet, value, folded)
    per entry looked at, where `IN (SELECT uid ...)` would first list every entry of a broad
    value (kind:lesson: all of them) on each query.
    """
    parts, params = [], []
    for value in values:
        years = year_range(value) if name == "year" else None
        if years:
            low, high = years
            bounds = [(">=", low), ("<=", high)]
            parts.append("(" + " AND ".join(f"CAST(f.value AS INTEGER) {op} ?" for op, bound in bounds if bound is not None) + ")")
            params += [bound for _, bound in bounds if bound is not None]
        else:
            parts.append("(f.value IN (?, ?) OR f.folded = ?)")
            params += [value, fold(value), fold(value)]
    sql = f"{'NOT ' if negate else ''}EXISTS (SELECT 1 FROM facets f WHERE f.uid = {column} AND f.facet = ? AND ({' OR '.join(parts)}))"
    return sql, [name, *params]


def entry_conditions(column: str, required: list[dict[str, list[str]]], excluded: dict[str, list[str]]) -> tuple[list[str], list]:
    """AND-ed conditions: each dict of `required` must hold (values of one field are alternatives)."""
    sql, params = [], []
    for negate, source in [*((False, filters) for filters in required), (True, excluded)]:
        for name, values in source.items():
            if name in NOTE_ONLY or not values:
                continue
            condition, args = facet_condition(column, name, values, negate=negate)
            sql.append(condition)
            params += args
    return sql, params


def wants_kind(required: list[dict[str, list[str]]], excluded: dict[str, list[str]], kind: str) -> bool:
    for filters in required:
        kinds = {fold(k) for k in filters.get("kind", [])}
        if kinds and kind not in kinds:
            return False
    return kind not in {fold(k) for k in excluded.get("kind", [])}


def only_notes(required: list[dict[str, list[str]]]) -> bool:
    """True when no entry can match: a tag is asked for, or every kind allowed is 'note'."""
    for filters in required:
        kinds = {fold(k) for k in filters.get("kind", [])}
        if filters.get("tag") or (kinds and kinds <= {"note"}):
            return True
    return False
