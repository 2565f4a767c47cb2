"""Read-side views of reference entries, as the CLI and the GUI list them (one entry in full: db/reference/entry_view.py)."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, replace

from db.errors import AmbiguousIdError, UnknownIdError
from db.search.filters import entry_conditions
from db.search.textfold import fold


@dataclass(frozen=True)
class EntrySummary:
    uid: str
    pack: str
    id: str
    kind: str
    title: str
    summary: str


SUMMARY_COLUMNS = "uid, pack, id, kind, title, coalesce(summary, '')"
# Questions are read in the order the pack numbers them; everything else by title. The uid
# breaks ties, so pages read with OFFSET neither repeat nor skip an entry.
ENTRY_ORDER = "kind, CASE WHEN kind = 'question' THEN json_extract(data, '$.number') END, title COLLATE NOCASE, uid"


def _order_within(kind: str) -> str:
    """ENTRY_ORDER for the entries of one kind: for all but questions, the order of the index
    entries_title (db/reference/schema.py), so a page is read from the index, not sorted."""
    return ("json_extract(data, '$.number'), " if kind == "question" else "") + "title COLLATE NOCASE, uid"


def list_entries(conn: sqlite3.Connection, *, kind: str | None = None, pack: str | None = None) -> list[EntrySummary]:
    sql, params = f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE 1", []
    if kind:
        sql += " AND kind=?"
        params.append(kind)
    if pack:
        sql += " AND pack=?"
        params.append(pack)
    return [EntrySummary(*row) for row in conn.execute(f"{sql} ORDER BY {ENTRY_ORDER}", params)]


def _filtered(filters: dict[str, list[str]] | None) -> tuple[str, list]:
    """AND-ed SQL conditions on `entries` for facet filters, as search applies them (theme, year, ...)."""
    conditions, params = entry_conditions("entries.uid", [filters] if filters else [], {})
    return "".join(f" AND {condition}" for condition in conditions), params


def count_entries(conn: sqlite3.Connection, *, filters: dict[str, list[str]] | None = None) -> dict[str, int]:
    """How many entries of each kind there are (those matching `filters`), in one query."""
    where, params = _filtered(filters)
    return dict(conn.execute(f"SELECT kind, count(*) FROM entries WHERE 1{where} GROUP BY kind", params).fetchall())


def entries_page(conn: sqlite3.Connection, kind: str, *, offset: int = 0, limit: int = 200,
                 filters: dict[str, list[str]] | None = None, language: str | None = None) -> list[EntrySummary]:
    """Entries of one kind in the order `list_entries` gives them, `limit` of them from `offset`;
    titled, and in the order of their titles, in `language` where their packs have them in it."""
    where, params = _filtered(filters)
    if _translated(conn, kind, language):
        rows = conn.execute(f"SELECT entries.uid, pack, entries.id, kind, coalesce(t.title, entries.title), "
                            f"coalesce(t.summary, entries.summary, '') FROM {_TRANSLATED_FROM} WHERE kind = ?{where} "
                            f"ORDER BY {_translated_order(kind)} LIMIT ? OFFSET ?", [language, kind, *params, limit, offset])
    else:
        rows = conn.execute(f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE kind = ?{where} ORDER BY {_order_within(kind)} "
                            "LIMIT ? OFFSET ?", [kind, *params, limit, offset])
    return [EntrySummary(*row) for row in rows]


_TRANSLATED_FROM = "entries LEFT JOIN translations t ON t.uid = entries.uid AND t.language = ?"


def _translated(conn: sqlite3.Connection, kind: str, language: str | None) -> bool:
    """Whether some entry of `kind` is in `language` as a translation: then lists follow its titles
    (a sort; without translations the index entries_title gives the order as it is)."""
    return bool(language) and conn.execute(
        "SELECT 1 FROM translations t JOIN entries e ON e.uid = t.uid WHERE t.language = ? AND e.kind = ? LIMIT 1",
        (language, kind)).fetchone() is not None


def _translated_order(kind: str) -> str:
    return ("json_extract(entries.data, '$.number'), " if kind == "question" else "") + \
        "coalesce(t.title, entries.title) COLLATE NOCASE, entries.uid"


def entry_position(conn: sqlite3.Connection, uid: str, *, filters: dict[str, list[str]] | None = None,
                   language: str | None = None) -> tuple[str, int] | None:
    """(kind, row) of an entry among `entries_page`'s rows for its kind; None if unknown or filtered out."""
    found = conn.execute("SELECT kind FROM entries WHERE uid = ?", (uid,)).fetchone()
    if found is None:
        return None
    where, params = _filtered(filters)
    if _translated(conn, found[0], language):
        row = conn.execute(f"SELECT row FROM (SELECT entries.uid, row_number() OVER (ORDER BY {_translated_order(found[0])}) - 1 "
                           f"AS row FROM {_TRANSLATED_FROM} WHERE kind = ?{where}) WHERE uid = ?",
                           [language, found[0], *params, uid]).fetchone()
    else:
        row = conn.execute(f"SELECT row FROM (SELECT uid, row_number() OVER (ORDER BY {_order_within(found[0])}) - 1 AS row "
                           f"FROM entries WHERE kind = ?{where}) WHERE uid = ?", [found[0], *params, uid]).fetchone()
    return (found[0], row[0]) if row else None


def in_language(conn: sqlite3.Connection, found: list[EntrySummary], language: str | None) -> list[EntrySummary]:
    """The same entries, titled and summarised in `language` where their packs have them in it (the
    order stays the original's)."""
    if not language or not found:
        return found
    rows = conn.execute("SELECT uid, title, coalesce(summary, '') FROM translations WHERE language = ? "
                        "AND uid IN (SELECT value FROM json_each(?))", (language, json.dumps([entry.uid for entry in found])))
    translated = {uid: (title, summary) for uid, title, summary in rows}
    return [replace(entry, title=translated[entry.uid][0], summary=translated[entry.uid][1] or entry.summary)
            if entry.uid in translated else entry for entry in found]


def summaries(conn: sqlite3.Connection, uids: list[str]) -> dict[str, EntrySummary]:
    """The entries among `uids` that exist, by uid."""
    rows = conn.execute(f"SELECT {SUMMARY_COLUMNS} FROM entries WHERE uid IN (SELECT value FROM json_each(?))", (json.dumps(uids),))
    return {row[0]: EntrySummary(*row) for row in rows}


def resolve(conn: sqlite3.Connection, ref: str, *, kind: str | None = None) -> str:
    """Accept 'pack/id', a bare id, or an exact title; return the entry's uid."""
    ref = ref.strip()
    kind_sql, kind_params = (" AND kind=?", [kind]) if kind else ("", [])
    folded = fold(ref)
    for sql, params in (
        ("SELECT uid FROM entries WHERE uid=?", [ref]),
        ("SELECT uid FROM entries WHERE (id=? OR lower(id)=?)", [ref, folded]),
    ):
        uids = [uid for (uid,) in conn.execute(sql + kind_sql, params + kind_params)]
        if len(uids) == 1:
            return uids[0]
        if len(uids) > 1:
            raise AmbiguousIdError(ref, sorted(uids))
    by_title = [uid for uid, title in conn.execute("SELECT uid, title FROM entries WHERE 1" + kind_sql, kind_params) if fold(title) == folded]
    if len(by_title) == 1:
        return by_title[0]
    if len(by_title) > 1:
        raise AmbiguousIdError(ref, sorted(by_title))
    if kind:
        other = conn.execute("SELECT kind FROM entries WHERE uid=? OR id=?", (ref, ref)).fetchone()
        if other is not None:
            raise UnknownIdError(ref, closest_ids(conn, ref, kind=kind), what=kind,
                                 reason=f"'{ref}' is {_article(other[0])} {other[0]}, not {_article(kind)} {kind}.")
    raise UnknownIdError(ref, closest_ids(conn, ref, kind=kind), what=kind or "entry")


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def closest_ids(conn: sqlite3.Connection, wanted: str, *, kind: str | None = None, n: int = 5) -> list[str]:
    rows = conn.execute("SELECT id, title FROM entries" + (" WHERE kind=?" if kind else ""), [kind] if kind else []).fetchall()
    import difflib  # only when an id names nothing: not at every start

    ids = [r[0] for r in rows]
    close = difflib.get_close_matches(wanted.lower(), ids, n=n, cutoff=0.6)
    folded = fold(wanted)
    for entry_id, title in rows:
        if len(close) >= n:
            break
        if entry_id not in close and folded and (folded in fold(title) or folded in entry_id):
            close.append(entry_id)
    return close
