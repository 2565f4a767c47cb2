"""Notes and passage highlights: every save keeps a revision, deletion goes to the trash first."""
from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, replace
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from db.errors import AtlasError, NotFoundError
from db.phrases import phrase
from db.search.textfold import fold

if TYPE_CHECKING:
    from db.user.revisions import Revision

TARGET_KINDS = ("none", "entry", "passage", "comparison")
COLUMNS = ("id", "title", "body", "target_kind", "target", "selector", "created", "updated", "deleted")
SELECT_NOTES = f"SELECT {', '.join(COLUMNS)} FROM notes"


@dataclass(frozen=True)
class TextQuote:
    """A W3C TextQuoteSelector: the exact passage with a little context either side."""

    exact: str
    prefix: str = ""
    suffix: str = ""


@dataclass(frozen=True)
class Target:
    kind: str = "none"  # none | entry | passage | comparison
    ref: str | None = None  # entry uid (pack/id) or comparison id
    quote: TextQuote | None = None  # for passages
    cell: dict[str, str] | None = None  # for a comparison cell: {"model": uid, "attribute": key}

    @classmethod
    def entry(cls, uid: str) -> Target:
        return cls("entry", uid)

    @classmethod
    def passage(cls, uid: str, exact: str, prefix: str = "", suffix: str = "") -> Target:
        return cls("passage", uid, TextQuote(exact, prefix, suffix))

    @classmethod
    def comparison(cls, comparison_id: str, cell: dict[str, str] | None = None) -> Target:
        return cls("comparison", comparison_id, cell=cell)

    def selector_json(self) -> str | None:
        if self.quote is not None:
            return json.dumps({"type": "TextQuoteSelector", **self.quote.__dict__}, ensure_ascii=False)
        if self.cell is not None:
            return json.dumps({"type": "ComparisonCell", **self.cell}, ensure_ascii=False)
        return None

    @classmethod
    def from_row(cls, kind: str, ref: str | None, selector: str | None) -> Target:
        data = json.loads(selector) if selector else {}
        if data.get("type") == "TextQuoteSelector":
            return cls(kind, ref, TextQuote(data.get("exact", ""), data.get("prefix", ""), data.get("suffix", "")))
        if data.get("type") == "ComparisonCell":
            return cls(kind, ref, cell={k: v for k, v in data.items() if k != "type"})
        return cls(kind, ref)


@dataclass(frozen=True)
class Note:
    id: str
    title: str
    body: str
    tags: tuple[str, ...]
    target: Target
    created: str
    updated: str
    deleted: str | None = None
    detached: bool = False  # set by the Store: the target no longer exists in any pack
    unanchored: bool = False  # set by the Store: the passage's words are no longer in its entry
    conflict: bool = False  # set by the Store: edited on two devices between syncs, both texts in its history

    @property
    def display_title(self) -> str:
        """The title, else the body's first line as plain text, cut at a word within TITLE_LENGTH."""
        if self.title:
            return self.title
        first = next((plain for line in self.body.splitlines() if (plain := plain_text(line))), "")
        if len(first) > TITLE_LENGTH:
            first = first[:TITLE_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"
        return first or "Untitled note"


TITLE_LENGTH = 80
_RULE = re.compile(r"\s*([-*_])(?:\s*\1){2,}\s*")
_LINE_MARKS = re.compile(r"^\s*(?:#{1,6}(?:\s+|$)|>\s*|[-*+]\s+(?:\[[ xX]\]\s+)?|\d+[.)]\s+)+")
_INLINE_MARKS = (
    (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1"),  # links and images: their text
    (re.compile(r"`+([^`]*)`+"), r"\1"),
    (re.compile(r"(\*\*|__|~~)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])"), r"\1"),
)


def plain_text(markdown_line: str) -> str:
    """One line of Markdown as a reader sees it: no heading, list or quote marks, no emphasis marks,
    links as their text. Marks left unclosed (a line cut mid-emphasis) are dropped too."""
    if _RULE.fullmatch(markdown_line):
        return ""
    text = _LINE_MARKS.sub("", markdown_line)
    for pattern, replacement in _INLINE_MARKS:
        text = pattern.sub(replacement, text)
    text = re.sub(r"(\*\*|__|~~|`)", "", text)
    return " ".join(text.split())


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def clean_tags(tags) -> tuple[str, ...]:
    # Tags are matched accent- and case-insensitively, so 'Réunion' and 'reunion' are one tag.
    seen: dict[str, str] = {}
    for tag in tags or ():
        tag = " ".join(str(tag).split()).strip("#").strip()
        if tag and fold(tag) not in seen:
            seen[fold(tag)] = tag
    return tuple(sorted(seen.values(), key=fold))


class NotesRepository:
    """All note reads and writes on the user store's one connection (callers hold its lock)."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def create(self, body: str, *, title: str = "", target: Target = Target(), tags=()) -> Note:
        if target.kind not in TARGET_KINDS:
            raise AtlasError(phrase("Unknown note target kind '{kind}'; use one of {kinds}.", kind=target.kind,
                                    kinds=", ".join(TARGET_KINDS)))
        stamp = now()
        import uuid  # here, not at the top: on Linux it imports platform, which slows every start

        note = Note(str(uuid.uuid4()), title.strip(), body, clean_tags(tags), target, stamp, stamp)
        with self.conn:
            self.conn.execute(
                "INSERT INTO notes (id, title, body, target_kind, target, selector, created, updated) VALUES (?,?,?,?,?,?,?,?)",
                (note.id, note.title, note.body, target.kind, target.ref, target.selector_json(), stamp, stamp),
            )
            self._write_tags_and_index(note, new=True)
            self._add_revision(note)
        return note

    def update(self, note_id: str, *, body: str | None = None, title: str | None = None, tags=None, target: Target | None = None,
               amend_revision: bool = False) -> Note:
        """Save a change as a new revision, or with `amend_revision` as the newest revision's new text.

        Autosave amends while one editing session lasts, so the history holds a revision per
        session rather than one per pause in typing; the note's first revision is never amended.
        """
        note = self.get(note_id)
        changed = replace(
            note,
            body=note.body if body is None else body,
            title=note.title if title is None else title.strip(),
            tags=note.tags if tags is None else clean_tags(tags),
            target=note.target if target is None else target,
        )
        if changed == note:
            return note
        changed = replace(changed, updated=now())
        with self.conn:
            self.conn.execute(
                "UPDATE notes SET title=?, body=?, target_kind=?, target=?, selector=?, updated=? WHERE id=?",
                (changed.title, changed.body, changed.target.kind, changed.target.ref, changed.target.selector_json(), changed.updated, note.id),
            )
            self._write_tags_and_index(changed)
            if not (amend_revision and self._amend_newest_revision(changed)):
                self._add_revision(changed)
        return changed

    def delete(self, note_id: str) -> Note:
        note = self.get(note_id, include_deleted=True)
        if note.deleted:
            raise AtlasError(phrase("Note {id} is already in the trash.", id=note.id))
        with self.conn:
            self.conn.execute("UPDATE notes SET deleted=? WHERE id=?", (now(), note.id))
        return self.get(note.id, include_deleted=True)

    def restore(self, note_id: str) -> Note:
        note = self.get(note_id, include_deleted=True)
        if not note.deleted:
            raise AtlasError(phrase("Note {id} is not in the trash; there is nothing to restore.", id=note.id))
        with self.conn:
            self.conn.execute("UPDATE notes SET deleted=NULL WHERE id=?", (note.id,))
        return self.get(note.id)

    def purge(self, note_id: str) -> Note:
        """Delete a trashed note and its revisions for good; return what was deleted."""
        note = self.get(note_id, include_deleted=True)
        if note.deleted is None:
            raise AtlasError(phrase("Only a note in the trash can be purged; delete it first."))
        with self.conn:
            for sql in (
                "DELETE FROM note_tags WHERE note_id=?",
                "DELETE FROM note_revisions WHERE note_id=?",
                "DELETE FROM notes_fts WHERE note_id=?",
                "DELETE FROM notes WHERE id=?",
            ):
                self.conn.execute(sql, (note.id,))
        return note

    def put(self, note: Note, *, current: bool = True) -> None:
        """Write `note` as another device has it (db/sync), its times and trash state included, in the caller's
        transaction; not `current`: only its words, as a revision in the note's history."""
        exists = self.conn.execute("SELECT 1 FROM notes WHERE id=?", (note.id,)).fetchone() is not None
        if current:
            row = (note.title, note.body, note.target.kind, note.target.ref, note.target.selector_json(), note.created,
                   note.updated, note.deleted, note.id)
            self.conn.execute("UPDATE notes SET title=?, body=?, target_kind=?, target=?, selector=?, created=?, updated=?, "
                              "deleted=? WHERE id=?" if exists else
                              "INSERT INTO notes (title, body, target_kind, target, selector, created, updated, deleted, id) "
                              "VALUES (?,?,?,?,?,?,?,?,?)", row)
            self._write_tags_and_index(note, new=not exists)
        newest = self.conn.execute("SELECT title, body, tags FROM note_revisions WHERE note_id=? ORDER BY id DESC LIMIT 1",
                                   (note.id,)).fetchone()
        if newest != (note.title, note.body, json.dumps(list(note.tags), ensure_ascii=False)):
            self._add_revision(note)

    def get(self, note_id: str, *, include_deleted: bool = False) -> Note:
        """A note by id or by the first characters of its id, as long as only one note starts with them."""
        row = self.conn.execute(SELECT_NOTES + " WHERE id=?", (note_id,)).fetchone()
        wanted = note_id.strip().lower()
        if row is None and wanted:
            # substr, not LIKE: '%' or '_' typed by the user must not act as wildcards.
            rows = self.conn.execute(SELECT_NOTES + " WHERE substr(id, 1, ?) = ? LIMIT 2", (len(wanted), wanted)).fetchall()
            if len(rows) > 1:
                count = self.conn.execute("SELECT count(*) FROM notes WHERE substr(id, 1, ?) = ?", (len(wanted), wanted)).fetchone()[0]
                raise AtlasError(phrase("'{ref}' matches %n notes; give more characters of the id.", None, count, ref=note_id))
            row = rows[0] if rows else None
        if row is None:
            raise NotFoundError(phrase("No note with id '{id}'.", id=note_id))
        note = self._note(row)
        if note.deleted and not include_deleted:
            raise NotFoundError(phrase("Note '{id}' is in the trash; restore it first.", id=note_id))
        return note

    def list(self, *, target: str | None = None, tag: str | None = None, trashed: bool = False, limit: int | None = None) -> list[Note]:
        sql = SELECT_NOTES + " WHERE deleted IS " + ("NOT NULL" if trashed else "NULL")
        params: list[Any] = []
        if target is not None:
            sql += " AND target=?"
            params.append(target)
        if tag is not None:
            sql += " AND id IN (SELECT note_id FROM note_tags WHERE fold(tag) = ?)"
            params.append(fold(tag))
        sql += " ORDER BY updated DESC"
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        rows = self.conn.execute(sql, params).fetchall()
        # All their tags in one query: one query per note made listing 10,000 notes take 0.4 s.
        tags: dict[str, list[str]] = {}
        for note_id, tag in self.conn.execute(
            "SELECT note_id, tag FROM note_tags WHERE note_id IN (SELECT value FROM json_each(?)) ORDER BY tag COLLATE NOCASE",
            (json.dumps([row[0] for row in rows]),),
        ):
            tags.setdefault(note_id, []).append(tag)
        return [self._note(row, tuple(tags.get(row[0], ()))) for row in rows]

    def revisions(self, note_id: str) -> list[Revision]:
        """Newest first; each numbered from 1 (the oldest) so people can name one."""
        from db.user.revisions import Revision  # with the first history shown, not at start

        note = self.get(note_id, include_deleted=True)
        rows = self.conn.execute(
            "SELECT id, note_id, title, body, tags, saved FROM note_revisions WHERE note_id=? ORDER BY id DESC", (note.id,)
        ).fetchall()
        return [Revision(r[0], r[1], r[2] or "", r[3], tuple(json.loads(r[4] or "[]")), r[5], number=len(rows) - index)
                for index, r in enumerate(rows)]

    def restore_revision(self, note_id: str, revision_id: int | None = None, *, number: int | None = None) -> Note:
        """Make an earlier revision current, named by its database id or by its number (1 = oldest)."""
        revisions = self.revisions(note_id)
        if number is not None:
            revision = next((r for r in revisions if r.number == number), None)
            if revision is None:
                raise NotFoundError(phrase("Note {id} has revisions 1 to {last}; there is no revision {number}.",
                                           id=revisions[0].note_id, last=len(revisions), number=number))
        else:
            revision = next((r for r in revisions if r.id == revision_id), None)
            if revision is None:
                raise NotFoundError(phrase("Note '{id}' has no revision {revision}.", id=note_id, revision=revision_id))
        return self.update(revision.note_id, body=revision.body, title=revision.title, tags=revision.tags)

    def tags(self) -> list[tuple[str, int]]:
        return [
            (row[0], row[1])
            for row in self.conn.execute(
                "SELECT min(tag), count(*) FROM note_tags JOIN notes ON notes.id = note_id WHERE notes.deleted IS NULL "
                "GROUP BY fold(tag) ORDER BY fold(tag)"
            )
        ]

    def _write_tags_and_index(self, note: Note, *, new: bool = False) -> None:
        conn = self.conn
        if not new:  # the index's note_id is not indexed: finding a note's row reads them all
            conn.execute("DELETE FROM note_tags WHERE note_id=?", (note.id,))
            conn.execute("DELETE FROM notes_fts WHERE note_id=?", (note.id,))
        conn.executemany("INSERT INTO note_tags VALUES (?,?)", [(note.id, tag) for tag in note.tags])
        conn.execute("INSERT INTO notes_fts VALUES (?,?,?,?)", (note.id, note.display_title, note.body, " ".join(note.tags)))

    def _amend_newest_revision(self, note: Note) -> bool:
        newest = self.conn.execute(
            "SELECT id FROM note_revisions WHERE note_id=? AND id > (SELECT min(id) FROM note_revisions WHERE note_id=?) "
            "ORDER BY id DESC LIMIT 1", (note.id, note.id)).fetchone()
        if newest is None:
            return False
        self.conn.execute("UPDATE note_revisions SET title=?, body=?, tags=?, saved=? WHERE id=?",
                          (note.title, note.body, json.dumps(list(note.tags), ensure_ascii=False), note.updated, newest[0]))
        return True

    def _add_revision(self, note: Note) -> None:
        self.conn.execute(
            "INSERT INTO note_revisions (note_id, title, body, tags, saved) VALUES (?,?,?,?,?)",
            (note.id, note.title, note.body, json.dumps(list(note.tags), ensure_ascii=False), note.updated),
        )

    def _note(self, row, tags: tuple[str, ...] | None = None) -> Note:
        columns = dict(zip(COLUMNS, row))
        if tags is None:
            tags = tuple(t for (t,) in self.conn.execute("SELECT tag FROM note_tags WHERE note_id=? ORDER BY tag COLLATE NOCASE", (columns["id"],)))
        return Note(
            id=columns["id"], title=columns["title"] or "", body=columns["body"], tags=tags,
            target=Target.from_row(columns["target_kind"], columns["target"], columns["selector"]),
            created=columns["created"], updated=columns["updated"], deleted=columns["deleted"],
        )
