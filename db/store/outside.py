"""Writes made by another process while this one holds the store open: the command line, a restored
backup, a pack installed by another tool.

SQLite's `data_version`, read on the one connection that writes the notes file, moves only when
another connection commits, so a look that finds it unchanged costs microseconds and never mistakes
this process's own writes for someone else's. When it has moved, a snapshot of what the file holds
(note and brief ids with their update times, bookmarks, saved comparisons: a few milliseconds at 10,000
notes) tells what changed. Installed packs are files in one folder; their listing
(db.packs.registry.installed_listing) tells when another process added, updated or removed one.
"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from db.store.changes import Changes


@dataclass(frozen=True)
class Snapshot:
    version: int
    notes: dict[str, tuple[str, str | None]]  # id -> (updated, deleted)
    bookmarks: frozenset[str]
    comparisons: dict[str, str]  # id -> updated
    briefs: dict[str, tuple[str, str | None]]  # id -> (updated, deleted)


def data_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA data_version").fetchone()[0]


def snapshot(conn: sqlite3.Connection) -> Snapshot:
    return Snapshot(
        version=data_version(conn),
        notes={row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, updated, deleted FROM notes")},
        bookmarks=frozenset(uid for (uid,) in conn.execute("SELECT uid FROM bookmarks")),
        comparisons=dict(conn.execute("SELECT id, updated FROM comparisons").fetchall()),
        briefs={row[0]: (row[1], row[2]) for row in conn.execute("SELECT id, updated, deleted FROM briefs")},
    )


def difference(before: Snapshot, after: Snapshot, own: Changes) -> Changes:
    """What another process changed between two snapshots, leaving out what this process wrote (`own`)."""
    notes = {i for i in before.notes.keys() | after.notes.keys() if before.notes.get(i) != after.notes.get(i)} - own.notes
    added = {i for i in notes if i not in before.notes}
    trashed = {i for i in notes if i not in after.notes
               or (after.notes[i][1] is not None and before.notes.get(i, ("", None))[1] is None)}
    comparisons = {i for i in before.comparisons.keys() | after.comparisons.keys()
                   if before.comparisons.get(i) != after.comparisons.get(i)} - own.comparisons
    briefs = {i for i in before.briefs.keys() | after.briefs.keys() if before.briefs.get(i) != after.briefs.get(i)} - own.briefs
    return Changes(notes=frozenset(notes), briefs=frozenset(briefs), notes_added=frozenset(added), notes_trashed=frozenset(trashed),
                   bookmarks=frozenset(before.bookmarks ^ after.bookmarks) - own.bookmarks,
                   comparisons=frozenset(comparisons), outside=True)
