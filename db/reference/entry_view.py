"""One reference entry in full, as the reader and `partnership-atlas show` present it: fields and links."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from db.errors import UnknownIdError
from db.reference.entries import EntrySummary, closest_ids

ADVICE_LABEL = "Practical advice"
ADVICE_NOTE = "Drawn from this lesson; not itself a finding of its sources."
"""A lesson's `recommendation` is the pack's advice: shown under this label with this note, apart from
the statement, so that nobody cites it as what a source found."""


@dataclass(frozen=True)
class LinkView:
    rel: str
    uid: str
    kind: str
    title: str
    note: str  # locator or role


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
