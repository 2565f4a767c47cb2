"""Briefs in user.sqlite: every change saves a revision of the whole brief; deletion goes to the Trash first.

Each item keeps a snapshot of what it showed when it was added (title, text, table, sources), so an item
whose entry, saved comparison or note disappears stays in the brief, marked detached, with the text it had.
Snapshots are kept once per item, even after it is removed, and revisions name items by id: restoring one
finds every item's snapshot again without each revision holding a copy.
"""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import asdict, dataclass, replace
from datetime import date

from db.errors import AtlasError, NotFoundError
from db.phrases import phrase
from db.search.textfold import fold
from db.user.notes import now

ITEM_KINDS = ("entry", "comparison", "note", "passage")
"""An entry of any kind, a saved comparison (shown as its table), a note, a highlighted passage with its note."""
BRIEF_COLUMNS = "id, title, meeting, day, introduction, created, updated, deleted"
ITEM_COLUMNS = "i.id, i.kind, i.ref, i.comment, s.snapshot, i.added"


@dataclass(frozen=True)
class BriefItem:
    id: str
    kind: str
    ref: str  # entry uid, saved comparison id or note id
    comment: str
    snapshot: dict
    added: str
    detached: bool = False  # set by the Store: what it names is gone; the snapshot is shown

    @property
    def title(self) -> str:
        return str(self.snapshot.get("title") or self.ref)


@dataclass(frozen=True)
class Brief:
    id: str
    title: str
    meeting: str
    day: str  # ISO 8601 date of the meeting
    introduction: str  # Markdown
    created: str
    updated: str
    deleted: str | None = None
    items: tuple[BriefItem, ...] = ()

    def content(self) -> dict:
        """The brief as one revision keeps it: its items by id and title, their snapshots kept apart (brief_snapshots)."""
        data = {key: value for key, value in asdict(self).items() if key not in ("id", "created", "updated", "deleted", "items")}
        data["items"] = [{"id": item.id, "kind": item.kind, "ref": item.ref, "title": item.title, "comment": item.comment,
                          "added": item.added} for item in self.items]
        return data


@dataclass(frozen=True)
class BriefRevision:
    id: int
    brief_id: str
    content: dict
    saved: str
    number: int  # 1 for the oldest


def clean_day(day: str | None) -> str:
    """An ISO date (YYYY-MM-DD); today's when none is given."""
    if day is None or not day.strip():
        return date.today().isoformat()
    try:
        return date.fromisoformat(day.strip()).isoformat()
    except ValueError:
        raise AtlasError(phrase("'{day}' is not a date; write it as year-month-day, e.g. 2026-12-05.", day=day)) from None


def _one_line(text: str) -> str:
    return " ".join(text.split())


class BriefsRepository:
    """Reads and writes on the user store's one connection; the caller holds its lock and its transaction."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    # -- briefs ----------------------------------------------------------------------------
    def create(self, title: str, *, meeting: str = "", day: str | None = None, introduction: str = "") -> Brief:
        title = _one_line(title)
        if not title:
            raise AtlasError(phrase("A brief needs a title."))
        import uuid  # here: importing it at start costs more than it saves

        stamp = now()
        brief = Brief(str(uuid.uuid4()), title, _one_line(meeting), clean_day(day), introduction, stamp, stamp)
        self.conn.execute(f"INSERT INTO briefs ({BRIEF_COLUMNS}) VALUES (?,?,?,?,?,?,?,NULL)",
                          (brief.id, brief.title, brief.meeting, brief.day, brief.introduction, stamp, stamp))
        self._add_revision(brief)
        return brief

    def get(self, brief_id: str, *, include_deleted: bool = False) -> Brief:
        """A brief by id, by the first characters of its id, or by its title or the first words of one."""
        row = self.conn.execute(f"SELECT {BRIEF_COLUMNS} FROM briefs WHERE id=?", (brief_id,)).fetchone()
        if row is None:
            row = self._find(brief_id, include_deleted)
        brief = self._brief(row)
        if brief.deleted and not include_deleted:
            raise NotFoundError(phrase("The brief '{title}' is in the Trash; restore it first.", title=brief.title))
        return brief

    def _find(self, ref: str, include_deleted: bool) -> tuple:
        wanted = _one_line(ref)
        rows = self.conn.execute(f"SELECT {BRIEF_COLUMNS} FROM briefs" + ("" if include_deleted else " WHERE deleted IS NULL")
                                 ).fetchall()
        for matches in ([r for r in rows if fold(r[1]) == fold(wanted)],
                        [r for r in rows if wanted and r[0].startswith(wanted.lower())],
                        [r for r in rows if wanted and fold(r[1]).startswith(fold(wanted))]):
            if len(matches) == 1:
                return matches[0]
            if len(matches) > 1:
                raise AtlasError(phrase("'{ref}' matches %n briefs; give more characters of the id.", None, len(matches), ref=ref))
        raise NotFoundError(phrase("No brief '{ref}'. List them with: partnership-atlas brief list", ref=ref))

    def update(self, brief_id: str, *, title: str | None = None, meeting: str | None = None, day: str | None = None,
               introduction: str | None = None, amend_revision: bool = False) -> Brief:
        """Change the brief's heading; `amend_revision` folds the change into the newest revision (one
        editing session of the introduction), as notes' autosave does."""
        brief = self.get(brief_id)
        if title is not None and not _one_line(title):
            raise AtlasError(phrase("A brief needs a title."))
        changed = replace(brief, title=brief.title if title is None else _one_line(title),
                          meeting=brief.meeting if meeting is None else _one_line(meeting),
                          day=brief.day if day is None else clean_day(day),
                          introduction=brief.introduction if introduction is None else introduction)
        if changed == brief:
            return brief
        self.conn.execute("UPDATE briefs SET title=?, meeting=?, day=?, introduction=? WHERE id=?",
                          (changed.title, changed.meeting, changed.day, changed.introduction, brief.id))
        return self._saved(brief.id, amend_revision=amend_revision)

    def duplicate(self, brief_id: str, title: str | None = None) -> Brief:
        """A copy with every item, comments and snapshots included, named "… (copy)" unless `title` is given."""
        import uuid

        brief = self.get(brief_id)
        copy = self.create(title or self._copy_title(brief.title), meeting=brief.meeting, day=brief.day,
                           introduction=brief.introduction)
        for position, item in enumerate(brief.items):
            self._insert_item(copy.id, position, BriefItem(str(uuid.uuid4()), item.kind, item.ref, item.comment, item.snapshot,
                                                           item.added))
        self.conn.execute("DELETE FROM brief_revisions WHERE brief_id=?", (copy.id,))  # its first revision holds the items
        copy = self.get(copy.id)
        self._add_revision(copy)
        return copy

    def _copy_title(self, title: str) -> str:
        base = re.sub(r"\s*\(copy(?: \d+)?\)$", "", title)
        taken = {fold(t) for (t,) in self.conn.execute("SELECT title FROM briefs WHERE deleted IS NULL")}
        candidates = [f"{base} (copy)"] + [f"{base} (copy {n})" for n in range(2, 1000)]
        return next(c for c in candidates if fold(c) not in taken)

    def delete(self, brief_id: str) -> Brief:
        brief = self.get(brief_id)
        self.conn.execute("UPDATE briefs SET deleted=? WHERE id=?", (now(), brief.id))
        return self.get(brief.id, include_deleted=True)

    def restore(self, brief_id: str) -> Brief:
        brief = self.get(brief_id, include_deleted=True)
        if not brief.deleted:
            raise AtlasError(phrase("The brief '{title}' is not in the Trash; there is nothing to restore.", title=brief.title))
        self.conn.execute("UPDATE briefs SET deleted=NULL WHERE id=?", (brief.id,))
        return self.get(brief.id)

    def purge(self, brief_id: str) -> Brief:
        brief = self.get(brief_id, include_deleted=True)
        if brief.deleted is None:
            raise AtlasError(phrase("Only a brief in the Trash can be deleted for good; move it to the Trash first."))
        for table in ("brief_items", "brief_snapshots", "brief_revisions"):
            self.conn.execute(f"DELETE FROM {table} WHERE brief_id=?", (brief.id,))
        self.conn.execute("DELETE FROM briefs WHERE id=?", (brief.id,))
        return brief

    # -- items -----------------------------------------------------------------------------
    def add_item(self, brief_id: str, kind: str, ref: str, snapshot: dict, *, comment: str = "",
                 position: int | None = None) -> tuple[Brief, BriefItem]:
        """Add an item at `position` (the end when None); return the brief and the new item."""
        if kind not in ITEM_KINDS:
            raise AtlasError(phrase("Unknown brief item kind '{kind}'; use one of {kinds}.", kind=kind, kinds=", ".join(ITEM_KINDS)))
        brief = self.get(brief_id)
        import uuid

        item = BriefItem(str(uuid.uuid4()), kind, ref, comment.strip(), snapshot, now())
        order = [i.id for i in brief.items]
        order.insert(len(order) if position is None else max(0, min(position, len(order))), item.id)
        self._insert_item(brief.id, len(order), item)
        self._write_order(order)
        return self._saved(brief.id), item

    def put_back(self, brief_id: str, item: BriefItem, position: int) -> Brief:
        """Put a removed item back where it was, with its id, comment and snapshot (Undo Remove)."""
        brief = self.get(brief_id)
        if any(present.id == item.id for present in brief.items):
            return brief
        order = [i.id for i in brief.items]
        order.insert(max(0, min(position, len(order))), item.id)
        self._insert_item(brief.id, len(order), replace(item, detached=False))
        self._write_order(order)
        return self._saved(brief.id)

    def remove_item(self, brief_id: str, item_id: str) -> Brief:
        brief = self.get(brief_id)
        self._item(brief, item_id)
        self.conn.execute("DELETE FROM brief_items WHERE id=?", (item_id,))
        self._write_order([i.id for i in brief.items if i.id != item_id])
        return self._saved(brief.id)

    def move_item(self, brief_id: str, item_id: str, position: int) -> Brief:
        """Put the item at `position` (0 = first) among the brief's items."""
        brief = self.get(brief_id)
        self._item(brief, item_id)
        order = [i.id for i in brief.items if i.id != item_id]
        order.insert(max(0, min(position, len(order))), item_id)
        if order == [i.id for i in brief.items]:
            return brief
        self._write_order(order)
        return self._saved(brief.id)

    def set_comment(self, brief_id: str, item_id: str, comment: str, *, amend_revision: bool = False) -> Brief:
        brief = self.get(brief_id)
        if self._item(brief, item_id).comment == comment.strip():
            return brief
        self.conn.execute("UPDATE brief_items SET comment=? WHERE id=?", (comment.strip(), item_id))
        return self._saved(brief.id, amend_revision=amend_revision)

    def _item(self, brief: Brief, item_id: str) -> BriefItem:
        found = next((item for item in brief.items if item.id == item_id), None)
        if found is None:
            raise NotFoundError(phrase("The brief '{title}' has no item '{id}'.", title=brief.title, id=item_id))
        return found

    def _insert_item(self, brief_id: str, position: int, item: BriefItem) -> None:
        """The item's row and its snapshot; an item restored from a revision brings none, and finds its own kept."""
        self.conn.execute("INSERT INTO brief_items (id, brief_id, position, kind, ref, comment, added) VALUES (?,?,?,?,?,?,?)",
                          (item.id, brief_id, position, item.kind, item.ref, item.comment, item.added))
        self.conn.execute("INSERT INTO brief_snapshots (item_id, brief_id, snapshot) VALUES (?,?,?) ON CONFLICT(item_id) DO "
                          "UPDATE SET snapshot=excluded.snapshot WHERE excluded.snapshot != '{}'",
                          (item.id, brief_id, json.dumps(item.snapshot, ensure_ascii=False)))

    def _write_order(self, order: list[str]) -> None:
        self.conn.executemany("UPDATE brief_items SET position=? WHERE id=?", [(n, item_id) for n, item_id in enumerate(order)])

    # -- revisions -------------------------------------------------------------------------
    def revisions(self, brief_id: str) -> list[BriefRevision]:
        """Newest first, numbered from 1 (the oldest)."""
        brief = self.get(brief_id, include_deleted=True)
        rows = self.conn.execute("SELECT id, brief_id, content, saved FROM brief_revisions WHERE brief_id=? ORDER BY id DESC",
                                 (brief.id,)).fetchall()
        return [BriefRevision(r[0], r[1], json.loads(r[2]), r[3], len(rows) - n) for n, r in enumerate(rows)]

    def restore_revision(self, brief_id: str, number: int) -> Brief:
        """Make revision `number` (1 = the oldest) the brief as it stands, saved as a new revision."""
        import uuid

        revisions = self.revisions(brief_id)
        revision = next((r for r in revisions if r.number == number), None)
        if revision is None:
            raise NotFoundError(phrase("The brief has revisions 1 to {last}; there is no revision {number}.",
                                       last=len(revisions), number=number))
        kept = revision.content
        brief = self.get(revision.brief_id)
        self.conn.execute("UPDATE briefs SET title=?, meeting=?, day=?, introduction=? WHERE id=?",
                          (kept["title"], kept["meeting"], kept["day"], kept["introduction"], brief.id))
        self.conn.execute("DELETE FROM brief_items WHERE brief_id=?", (brief.id,))
        for position, item in enumerate(kept["items"]):
            self._insert_item(brief.id, position, BriefItem(item.get("id") or str(uuid.uuid4()), item["kind"], item["ref"],
                                                            item.get("comment", ""), item.get("snapshot") or {},
                                                            item.get("added") or now()))
        return self._saved(brief.id)

    def _saved(self, brief_id: str, *, amend_revision: bool = False) -> Brief:
        """Stamp the brief as changed now and keep a revision of it."""
        self.conn.execute("UPDATE briefs SET updated=? WHERE id=?", (now(), brief_id))
        brief = self.get(brief_id)
        if not (amend_revision and self._amend_newest_revision(brief)):
            self._add_revision(brief)
        return brief

    def _add_revision(self, brief: Brief) -> None:
        self.conn.execute("INSERT INTO brief_revisions (brief_id, content, saved) VALUES (?,?,?)",
                          (brief.id, json.dumps(brief.content(), ensure_ascii=False), brief.updated))

    def _amend_newest_revision(self, brief: Brief) -> bool:
        newest = self.conn.execute(
            "SELECT id FROM brief_revisions WHERE brief_id=? AND id > (SELECT min(id) FROM brief_revisions WHERE brief_id=?) "
            "ORDER BY id DESC LIMIT 1", (brief.id, brief.id)).fetchone()
        if newest is None:
            return False
        self.conn.execute("UPDATE brief_revisions SET content=?, saved=? WHERE id=?",
                          (json.dumps(brief.content(), ensure_ascii=False), brief.updated, newest[0]))
        return True

    def _brief(self, row: tuple) -> Brief:
        found = tuple(BriefItem(r[0], r[1], r[2], r[3] or "", json.loads(r[4] or "{}"), r[5]) for r in self.conn.execute(
            f"SELECT {ITEM_COLUMNS} FROM brief_items i LEFT JOIN brief_snapshots s ON s.item_id = i.id WHERE i.brief_id=? "
            "ORDER BY i.position, i.added", (row[0],)))
        return Brief(row[0], row[1], row[2] or "", row[3] or "", row[4] or "", row[5], row[6], row[7], found)
