"""The user's side of `Store`: notes, bookmarks, saved comparisons and briefs in user.sqlite.

A mixin rather than a second facade, so the GUI and the CLI keep calling one `Store`. It
relies on the host for `paths`, `_write_lock`, `_generation`, `_record`, `reference`, `resolve`,
`entry` and `compare`; backups and restore come from `Backups` (db/store/backup_side.py), briefs from `Briefs`
(db/store/brief_side.py).
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import AtlasError, UserStoreDamaged, UserStoreError, UserStoreTooNew
from db.phrases import phrase
from db.store.backup_side import Backups
from db.store.brief_side import Briefs
from db.store.changes import Changes
from db.user.anchoring import find_passage, locate, passage_text
from db.user.connection import changes, open_user_db, set_changes, write_error
from db.user.library import LibraryRepository, SavedComparison
from db.user.notes import Note, NotesRepository, Target, TextQuote

if TYPE_CHECKING:
    from db.store.outside import Snapshot
    from db.sync.merging import SyncReport
    from db.user.revisions import Revision


def _still_there(text: str, quote: TextQuote) -> bool:
    # Most passages stand word for word: `locate` weighs their context only to choose among many.
    return quote.exact in text or locate(text, quote) is not None


class UserData(Backups, Briefs):
    """Opens user.sqlite only when notes, bookmarks or comparisons are first needed, so a
    damaged file never keeps anyone from reading the reference content."""

    _user: sqlite3.Connection | None = None
    _notes_repo: NotesRepository | None = None
    _library: LibraryRepository | None = None
    # Why user.sqlite cannot be used (damaged and set aside, or too new), until the user restores
    # a backup or starts afresh; a file that merely failed to open is tried again next time.
    _user_problem: UserStoreError | None = None
    # Entries' words for finding highlighted passages, with the reference generation they were read in.
    _texts_cache: tuple[int, dict[str, str]] = (-1, {})
    # What the notes file held when another process's writes were last looked for, and what this
    # process wrote since (left out of what the next look reports).
    _seen: Snapshot | None = None
    _own_since_seen: Changes = Changes()

    def user_connection(self) -> sqlite3.Connection:
        """The user store's one connection, opened (and created) on first use.

        Raises UserStoreDamaged once the damaged file is set aside, UserStoreTooNew (the file left
        as it is), or UserStoreError (file unchanged) when user.sqlite cannot be used.
        """
        with self._write_lock:
            if self._user_problem is not None:
                raise self._user_problem.with_traceback(None)
            if self._user is None:
                created = not self.paths.user_db.is_file()
                try:
                    self._user = open_user_db(self.paths.user_db, before_migrating=self._back_up_before_migrating)
                except UserStoreDamaged as damaged:
                    from db.user.recovery import set_aside_damaged

                    self._generation += 1  # search stops reading the file that is moved away
                    self._user_problem = set_aside_damaged(damaged, self.paths.backups_dir)
                    raise self._user_problem from None
                except UserStoreTooNew as newer:
                    self._user_problem = newer
                    raise
                self._notes_repo = NotesRepository(self._user)
                self._library = LibraryRepository(self._user)
                if created:
                    self._generation += 1  # search engines opened before the file existed must attach it
            return self._user

    @property
    def notes_repo(self) -> NotesRepository:
        self.user_connection()
        return self._notes_repo

    @property
    def library(self) -> LibraryRepository:
        self.user_connection()
        return self._library

    def _close_user(self) -> None:
        with self._write_lock:
            if self._user is not None:
                self._user.close()
                self._user = None
            self._seen = None  # data_version is counted per connection: the next one starts its own count

    def _back_up_before_migrating(self, conn: sqlite3.Connection) -> None:
        from db.user.backups import create_backup, utc_now

        create_backup(conn, self.paths.backups_dir, now=utc_now())

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write under the lock: counted for backups in the same transaction, and a refusal
        by the disk or the folder raised as StoreWriteError with what was saved before unchanged."""
        with self._write_lock:
            conn = self.user_connection()
            before = conn.total_changes
            try:
                conn.execute("BEGIN")
                set_changes(conn, changes(conn) + 1)
                yield
                if conn.in_transaction and conn.total_changes != before:  # written but left uncommitted
                    conn.commit()
                elif conn.in_transaction:  # nothing was written: the count goes back too
                    conn.rollback()
            except BaseException as exc:
                if conn.in_transaction:
                    conn.rollback()
                failure = write_error(self.paths.user_db, exc) if isinstance(exc, sqlite3.Error) else None
                if failure is None:
                    raise
                raise failure from None

    def passage_quote(self, ref: str, exact: str, *, prefix: str | None = None, suffix: str | None = None) -> TextQuote:
        """`exact` as entry `ref` words it, with the text around it as prefix and suffix where not given.

        Looks in the entry's words as its page shows them (db.user.anchoring.passage_text); raises
        AtlasError if the entry does not contain the passage.
        """
        entry = self.entry(ref)
        quote = find_passage([passage_text(entry.title, entry.markdown, entry.fields)], exact, prefix=prefix, suffix=suffix)
        if quote is None:
            shown = " ".join(exact.split())
            raise AtlasError(phrase("The passage “{passage}” is not in {title} ({uid}); quote the words as the entry has "
                                    "them.", passage=shown[:60] + ("…" if len(shown) > 60 else ""), title=entry.title,
                                    uid=entry.uid))
        return quote

    # -- saved comparisons -------------------------------------------------------------------
    def save_comparison(self, name: str, refs: list[str], *, comparison_id: str | None = None) -> SavedComparison:
        uids = [model.uid for model in self.compare(refs).models]
        with self._writing():
            saved = self.library.save_comparison(name, uids, comparison_id=comparison_id)
        self._record(Changes(comparisons=frozenset({saved.id})))
        return saved

    def find_saved_comparison(self, ref: str) -> SavedComparison:
        """A saved comparison by id, first characters of its id, or name."""
        with self._write_lock:
            return self.library.find_comparison(ref)

    def saved_comparisons(self) -> list[SavedComparison]:
        with self._write_lock:
            return self.library.comparisons()

    def saved_comparison(self, comparison_id: str) -> SavedComparison:
        with self._write_lock:
            return self.library.comparison(comparison_id)

    def delete_saved_comparison(self, comparison_id: str) -> None:
        with self._writing():
            self.library.delete_comparison(comparison_id)
        self._record(Changes(comparisons=frozenset({comparison_id})))

    # -- bookmarks ---------------------------------------------------------------------------
    def set_bookmark(self, ref: str, on: bool) -> bool:
        uid = self.resolve(ref)
        with self._writing():
            changed = self.library.set_bookmark(uid, on)
        self._record(Changes(bookmarks=frozenset({uid})))
        return changed

    def is_bookmarked(self, uid: str) -> bool:
        with self._write_lock:
            return self.library.is_bookmarked(uid)

    def bookmarks(self) -> list[str]:
        """Bookmarked entry uids, newest first; some may be gone from the packs (see `entries`)."""
        with self._write_lock:
            return self.library.bookmarks()

    # -- notes -------------------------------------------------------------------------------
    def create_note(self, body: str, *, title: str = "", target: Target = Target(), tags=()) -> Note:
        target = self._resolved(target)
        with self._writing():
            note = self.notes_repo.create(body, title=title, target=target, tags=tags)
        return self._noted(note, added=True)

    def update_note(self, note_id: str, *, body: str | None = None, title: str | None = None, tags=None,
                    target: Target | None = None, amend_revision: bool = False) -> Note:
        """Save a note's new state; `amend_revision` folds it into the newest revision (one editing session)."""
        if target is not None:
            target = self._resolved(target)
        with self._writing():
            before = self.notes_repo.get(note_id).tags if tags is not None else ()
            note = self.notes_repo.update(note_id, body=body, title=title, tags=tags, target=target, amend_revision=amend_revision)
        return self._noted(note, tags=before)

    def delete_note(self, note_id: str) -> Note:
        with self._writing():
            note = self.notes_repo.delete(note_id)
        return self._noted(note, trashed=True)

    def restore_note(self, note_id: str) -> Note:
        with self._writing():
            note = self.notes_repo.restore(note_id)
        return self._noted(note)

    def purge_note(self, note_id: str) -> Note:
        with self._writing():
            note = self.notes_repo.purge(note_id)
        return self._noted(note, trashed=True)

    def note(self, note_id: str, *, include_deleted: bool = False) -> Note:
        with self._write_lock:
            return self._marked([self.notes_repo.get(note_id, include_deleted=include_deleted)])[0]

    def notes(self, *, target: str | None = None, tag: str | None = None, trashed: bool = False, limit: int | None = None) -> list[Note]:
        with self._write_lock:
            found = self.notes_repo.list(target=target, tag=tag, trashed=trashed, limit=limit)
        return self._marked(found)

    def sync_notes(self, folder: Path | str) -> SyncReport:
        """Send this device's notes, highlights, bookmarks and saved comparisons to `folder` and take the other
        devices' (db/sync/merging.py); what could not be read is in the report's problems, to be read next time."""
        from db.sync.merging import Sync

        with self._write_lock:
            conn = self.user_connection()
            try:
                report = Sync(conn, Path(folder)).run()
                if report.sent or any(report.changed.values()):
                    with conn:  # counted for backups, as every write is
                        set_changes(conn, changes(conn) + 1)
            except sqlite3.Error as exc:
                raise write_error(self.paths.user_db, exc) or exc from None
        changed = report.changed
        if any(changed.values()):
            self._record(Changes(notes=frozenset(changed["notes"]), bookmarks=frozenset(changed["bookmarks"]),
                                 comparisons=frozenset(changed["comparisons"])))
        return report

    def note_conflicts(self) -> set[str]:
        """Notes edited on two devices between syncs: both texts are in their history until one is chosen."""
        with self._write_lock:
            if not self.paths.user_db.is_file():
                return set()
            return {note_id for note_id, in self.user_connection().execute("SELECT note_id FROM sync_heads WHERE conflict")}

    def resolve_conflict(self, note_id: str) -> Note:
        """The note's text as it now stands is the one kept: the mark goes, on every device at their next sync."""
        note = self.note(note_id, include_deleted=True)
        with self._writing():
            self.user_connection().execute("UPDATE sync_heads SET conflict=0 WHERE note_id=?", (note.id,))
        self._record(Changes(notes=frozenset({note.id})))
        return replace(note, conflict=False)

    def note_revisions(self, note_id: str) -> list[Revision]:
        with self._write_lock:
            return self.notes_repo.revisions(note_id)

    def restore_note_revision(self, note_id: str, revision_id: int | None = None, *, number: int | None = None) -> Note:
        """Restore a revision named by `Revision.id`, or by `number` (1 = the oldest) as people count them."""
        with self._writing():
            note = self.notes_repo.restore_revision(note_id, revision_id, number=number)
        return self._noted(note)

    def note_tags(self) -> list[tuple[str, int]]:
        with self._write_lock:
            return self.notes_repo.tags()

    def export_notes_markdown(self, folder: Path, **selection) -> list[Path]:
        """One Markdown file per note and, in `briefs/`, one per brief (all of them unless a tag is chosen)."""
        from db.user import exports  # only exports need YAML writing

        written = exports.export_markdown(self.notes(**selection), Path(folder))
        if selection.get("tag") is None:
            for brief in self.briefs():
                path = Path(folder) / "briefs" / exports.brief_filename(brief.title, brief.id)
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(self.brief_markdown(brief.id), encoding="utf-8")
                written.append(path)
        return written

    def export_notes_annotations(self, **selection) -> dict:
        from db.user import exports

        return exports.annotation_collection(self.notes(**selection))

    def export_notes_annotations_json(self, **selection) -> str:
        """The W3C Web Annotation collection as the JSON-LD text written to a file."""
        import json

        return json.dumps(self.export_notes_annotations(**selection), ensure_ascii=False, indent=2) + "\n"

    def _noted(self, note: Note, *, added: bool = False, trashed: bool = False, tags=()) -> Note:
        """Record a note written (`tags`: those it had before, when they changed) and return it as shown."""
        ids = frozenset({note.id})
        self._record(Changes(notes=ids, notes_added=ids if added else frozenset(), notes_trashed=ids if trashed else frozenset(),
                             tags=frozenset(note.tags) | frozenset(tags)))
        return note if trashed else self._marked([note])[0]

    # -- writes by other processes -------------------------------------------------------------
    def _outside_user_changes(self) -> Changes:
        """What another process wrote to the notes file since the last look (the first look only takes note)."""
        from db.store.outside import data_version, difference, snapshot  # loaded when a window first looks

        with self._write_lock:
            if self._user_problem is not None or (self._user is None and not self.paths.user_db.is_file()):
                return Changes()
            conn = self.user_connection()
            if self._seen is not None and data_version(conn) == self._seen.version:
                return Changes()
            seen, self._seen = self._seen, snapshot(conn)
            own, self._own_since_seen = self._own_since_seen, Changes()
        return Changes() if seen is None else difference(seen, self._seen, own)

    def _resolved(self, target: Target) -> Target:
        """The same target, with an entry named by bare id or title turned into its uid."""
        if target.kind == "passage" and (target.quote is None or not target.quote.exact.strip()):
            raise AtlasError("A passage note needs the exact text it highlights.")
        if target.kind in ("entry", "passage") and target.ref:
            return replace(target, ref=self.resolve(target.ref))
        return target

    def _missing_targets(self, notes: list[Note]) -> set[str]:
        refs = sorted({n.target.ref for n in notes if n.target.kind in ("entry", "passage") and n.target.ref})
        if not refs:
            return set()
        present = set()
        for start in range(0, len(refs), 500):
            chunk = refs[start:start + 500]
            present.update(r for (r,) in self.reference.execute(
                f"SELECT uid FROM entries WHERE uid IN ({','.join('?' * len(chunk))})", chunk))
        return set(refs) - present

    def highlights_on(self, pack_id: str) -> tuple[int, int]:
        """(found, not found): the passage notes on a pack's entries whose words its text still holds,
        reworded or not, and those it no longer does. Told after a pack update."""
        with self._write_lock:
            passages = [n for n in self.notes_repo.list() if n.target.kind == "passage" and n.target.ref.startswith(f"{pack_id}/")]
        marked = self._marked(passages)
        lost = sum(1 for note in marked if note.unanchored or note.detached)
        return len(marked) - lost, lost

    def _marked(self, notes: list[Note]) -> list[Note]:
        """The notes as shown: detached when their entry is in no pack, unanchored when the words of
        their passage are no longer in the entry (a pack update reworded them): kept either way; and
        in conflict when two devices edited them between syncs."""
        missing = self._missing_targets(notes)
        passages = [n for n in notes if n.target.kind == "passage" and n.target.quote and n.target.ref not in missing]
        texts = self._passage_texts({n.target.ref for n in passages})
        lost = {n.id for n in passages if not _still_there(texts.get(n.target.ref, ""), n.target.quote)}
        conflicts = self.note_conflicts() if notes else set()
        return [replace(n, detached=n.target.ref in missing and n.target.kind in ("entry", "passage"),
                        unanchored=n.id in lost and n.target.ref not in missing, conflict=n.id in conflicts) for n in notes]

    def _passage_texts(self, refs: set[str]) -> dict[str, str]:
        """The words of these entries as their pages show them, kept until the packs change."""
        generation, cache = self._texts_cache
        if generation != self._generation:
            cache = {}
            self._texts_cache = (self._generation, cache)
        wanted = sorted(refs - cache.keys())
        for start in range(0, len(wanted), 500):
            chunk = wanted[start:start + 500]
            for uid, title, markdown, data in self.reference.execute(
                    f"SELECT uid, title, markdown, data FROM entries WHERE uid IN ({','.join('?' * len(chunk))})", chunk):
                cache[uid] = passage_text(title, markdown, json.loads(data))
        return {ref: cache[ref] for ref in refs if ref in cache}
