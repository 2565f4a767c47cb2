"""Read-side views of reference entries, as the CLI and the GUI show them."""
from __future__ import annotations

import difflib
import json
import sqlite3
from dataclasses import dataclass

from db.errors import AmbiguousIdError, UnknownIdError
from db.textfold import fold


@dataclass(frozen=True)
class LinkView:
    rel: str
    uid: str
    kind: str
    title: str
    note: str  # locator or role


@dataclass(frozen=True)
class EntrySummary:
    uid: str
    pack: str
    id: str
    kind: str
    title: str
    summary: str


@dataclass(frozen=True)
class EntryView(EntrySummary):
    markdown: str
    fields: dict
    links: tuple[LinkView, ...]
    backlinks: tuple[LinkView, ...]


def get_entry(conn: sqlite3.Connection, uid: str) -> EntryView:
    row = conn.execute("SELECT uid, pack, id, kind, title, summary, markdown, data FROM entries WHERE uid=?", (uid,)).fetchone()
    if row is None:
        raise UnknownIdError(uid, closest_ids(conn, uid))
    links = conn.execute(
        "SELECT l.rel, l.dst, e.kind, e.title, l.note FROM links l JOIN entries e ON e.uid = l.dst WHERE l.src=? ORDER BY l.rowid", (uid,)
    ).fetchall()
    backlinks = conn.execute(
        "SELECT l.rel, l.src, e.kind, e.title, l.note FROM links l JOIN entries e ON e.uid = l.src WHERE l.dst=? ORDER BY e.kind, e.title", (uid,)
    ).fetchall()
    return EntryView(
        uid=row[0], pack=row[1], id=row[2], kind=row[3], title=row[4], summary=row[5] or "", markdown=row[6] or "",
        fields=json.loads(row[7]), links=tuple(LinkView(*link) for link in links), backlinks=tuple(LinkView(*link) for link in backlinks),
    )


def list_entries(conn: sqlite3.Connection, *, kind: str | None = None, pack: str | None = None) -> list[EntrySummary]:
    sql, params = "SELECT uid, pack, id, kind, title, coalesce(summary, '') FROM entries WHERE 1", []
    if kind:
        sql += " AND kind=?"
        params.append(kind)
    if pack:
        sql += " AND pack=?"
        params.append(pack)
    # Questions are read in the order the pack numbers them; everything else by title.
    order = " ORDER BY kind, CASE WHEN kind = 'question' THEN json_extract(data, '$.number') END, title COLLATE NOCASE"
    return [EntrySummary(*row) for row in conn.execute(sql + order, params)]


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
    ids = [r[0] for r in rows]
    close = difflib.get_close_matches(wanted.lower(), ids, n=n, cutoff=0.6)
    folded = fold(wanted)
    for entry_id, title in rows:
        if len(close) >= n:
            break
        if entry_id not in close and folded and (folded in fold(title) or folded in entry_id):
            close.append(entry_id)
    return close
