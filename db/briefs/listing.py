"""Briefs as lists show them: title, date, meeting and how many items, read in one query.

A plain class rather than a dataclass like db.briefs.stored's: the window lists the briefs as it starts,
and making a dataclass costs about a millisecond, where this costs nothing."""
from __future__ import annotations

import sqlite3


class BriefSummary:
    __slots__ = ("id", "title", "meeting", "day", "updated", "deleted", "size")

    def __init__(self, id: str, title: str, meeting: str, day: str, updated: str, deleted: str | None, size: int):
        self.id, self.title, self.meeting, self.day = id, title, meeting or "", day or ""
        self.updated, self.deleted, self.size = updated, deleted, size

    def __repr__(self) -> str:
        return f"BriefSummary({self.id!r}, {self.title!r}, {self.size} items)"


def list_briefs(conn: sqlite3.Connection, *, trashed: bool = False) -> list[BriefSummary]:
    """Newest change first."""
    rows = conn.execute(
        "SELECT b.id, b.title, b.meeting, b.day, b.updated, b.deleted, (SELECT count(*) FROM brief_items i WHERE i.brief_id = b.id) "
        f"FROM briefs b WHERE b.deleted IS {'NOT ' if trashed else ''}NULL ORDER BY b.updated DESC").fetchall()
    return [BriefSummary(*row) for row in rows]
