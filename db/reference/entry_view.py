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
    language: str = ""
    """The language the entry is shown in: the one asked for if the pack has it in that language,
    else the pack's own."""
    languages: tuple[str, ...] = ()
    """Every language the entry is in, the pack's own first."""


def get_entry(conn: sqlite3.Connection, uid: str, language: str | None = None) -> EntryView:
    """The entry in `language` when it has a translation in it, else as the pack wrote it."""
    row = conn.execute("SELECT e.uid, e.pack, e.id, e.kind, e.title, e.summary, e.markdown, e.data, p.language "
                       "FROM entries e JOIN packs p ON p.id = e.pack WHERE e.uid=?", (uid,)).fetchone()
    if row is None:
        raise UnknownIdError(uid, closest_ids(conn, uid))
    languages = (row[8], *(found for (found,) in conn.execute("SELECT language FROM translations WHERE uid=? ORDER BY language", (uid,))))
    shown = language if language in languages else row[8]
    if shown != row[8]:
        row = (*row[:4], *conn.execute("SELECT title, summary, markdown, data FROM translations WHERE uid=? AND language=?",
                                       (uid, shown)).fetchone(), row[8])
    # Linked entries are named in the same language where they have it.
    title = "coalesce((SELECT t.title FROM translations t WHERE t.uid = e.uid AND t.language = ?), e.title)"
    links = conn.execute(
        f"SELECT l.rel, l.dst, e.kind, {title}, l.note FROM links l JOIN entries e ON e.uid = l.dst WHERE l.src=? ORDER BY l.rowid",
        (shown, uid)).fetchall()
    backlinks = conn.execute(
        f"SELECT l.rel, l.src, e.kind, {title} AS shown, l.note FROM links l JOIN entries e ON e.uid = l.src WHERE l.dst=? "
        "ORDER BY e.kind, shown", (shown, uid)).fetchall()
    return EntryView(
        uid=row[0], pack=row[1], id=row[2], kind=row[3], title=row[4], summary=row[5] or "", markdown=row[6] or "",
        fields=json.loads(row[7]), links=tuple(LinkView(*link) for link in links), backlinks=tuple(LinkView(*link) for link in backlinks),
        language=shown, languages=languages,
    )
