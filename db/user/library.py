"""Bookmarks and saved comparisons: small user collections kept beside the notes."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from db.errors import AtlasError, NotFoundError
from db.phrases import phrase
from db.search.textfold import fold
from db.user.notes import now


@dataclass(frozen=True)
class SavedComparison:
    id: str
    name: str
    models: tuple[str, ...]  # model uids, in column order
    created: str
    updated: str


class LibraryRepository:
    """Reads and writes on the user store's one connection (callers hold its lock)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- bookmarks --------------------------------------------------------------------------
    def is_bookmarked(self, uid: str) -> bool:
        return self.conn.execute("SELECT 1 FROM bookmarks WHERE uid=?", (uid,)).fetchone() is not None

    def set_bookmark(self, uid: str, on: bool) -> bool:
        with self.conn:
            if on:
                self.conn.execute("INSERT OR IGNORE INTO bookmarks VALUES (?, ?)", (uid, now()))
            else:
                self.conn.execute("DELETE FROM bookmarks WHERE uid=?", (uid,))
        return on

    def bookmarks(self) -> list[str]:
        return [uid for (uid,) in self.conn.execute("SELECT uid FROM bookmarks ORDER BY created DESC")]

    # -- saved comparisons ------------------------------------------------------------------
    def save_comparison(self, name: str, models: list[str], *, comparison_id: str | None = None) -> SavedComparison:
        name = " ".join(name.split())
        if not name:
            raise AtlasError(phrase("A saved comparison needs a name."))
        clash = self.conn.execute("SELECT id FROM comparisons WHERE name=? COLLATE NOCASE", (name,)).fetchone()
        if clash is not None and clash[0] != comparison_id:
            raise AtlasError(phrase("A comparison named '{name}' already exists; choose another name.", name=name))
        stamp = now()
        with self.conn:
            if comparison_id is None:
                import uuid  # here: importing it at start costs more than it saves

                comparison_id = str(uuid.uuid4())
                self.conn.execute("INSERT INTO comparisons VALUES (?,?,?,?,?)", (comparison_id, name, json.dumps(models), stamp, stamp))
            else:
                self.comparison(comparison_id)
                self.conn.execute("UPDATE comparisons SET name=?, models=?, updated=? WHERE id=?", (name, json.dumps(models), stamp, comparison_id))
        return self.comparison(comparison_id)

    def comparison(self, comparison_id: str) -> SavedComparison:
        row = self.conn.execute("SELECT id, name, models, created, updated FROM comparisons WHERE id=?", (comparison_id,)).fetchone()
        if row is None:
            raise NotFoundError(phrase("No saved comparison with id '{id}'.", id=comparison_id))
        return SavedComparison(row[0], row[1], tuple(json.loads(row[2])), row[3], row[4])

    def find_comparison(self, ref: str) -> SavedComparison:
        """A saved comparison named by its id, the first characters of its id, or its name."""
        wanted = " ".join(ref.split())
        saved = self.comparisons()
        for matches in ([c for c in saved if c.id == wanted], [c for c in saved if fold(c.name) == fold(wanted)],
                        [c for c in saved if wanted and c.id.startswith(wanted.lower())]):
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise AtlasError(phrase("'{ref}' matches %n saved comparisons; give more characters of the id.", None,
                                        len(matches), ref=ref))
        known = "; ".join(f"{c.name} ({c.id[:8]})" for c in saved)
        if known:
            raise NotFoundError(phrase("No saved comparison '{ref}'. Saved comparisons: {known}.", ref=ref, known=known))
        raise NotFoundError(phrase("No saved comparison '{ref}'. You have no saved comparisons yet; save one from the "
                                   "comparison view of the window.", ref=ref))

    def comparisons(self) -> list[SavedComparison]:
        rows = self.conn.execute("SELECT id FROM comparisons ORDER BY name COLLATE NOCASE").fetchall()
        return [self.comparison(comparison_id) for (comparison_id,) in rows]

    def delete_comparison(self, comparison_id: str) -> None:
        self.comparison(comparison_id)
        with self.conn:
            self.conn.execute("DELETE FROM comparisons WHERE id=?", (comparison_id,))
