"""Briefs, as `Store` offers them (db/briefs): a mixin like `Backups`, relying on the host for `_writing`,
`_write_lock`, `_record`, `user_connection`, `resolve`, `note` and `find_saved_comparison`."""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from db.store.changes import Changes

if TYPE_CHECKING:
    from db.briefs.assembly import Document
    from db.briefs.listing import BriefSummary
    from db.briefs.stored import Brief, BriefItem, BriefRevision, BriefsRepository
    from db.briefs.words import BriefWords


class Briefs:
    _briefs_repo: BriefsRepository | None = None

    @property
    def briefs_repo(self) -> BriefsRepository:
        conn = self.user_connection()
        if self._briefs_repo is None or self._briefs_repo.conn is not conn:
            from db.briefs.stored import BriefsRepository  # with the first brief, not at start

            self._briefs_repo = BriefsRepository(conn)
        return self._briefs_repo

    def _brief_written(self, brief: Brief) -> Brief:
        self._record(Changes(briefs=frozenset({brief.id})))
        return brief

    def briefs(self, *, trashed: bool = False) -> list[BriefSummary]:
        """Newest change first: each one's title, date, meeting and number of items (`brief` reads one in full)."""
        from db.briefs.listing import list_briefs

        with self._write_lock:
            if not self.paths.user_db.is_file():
                return []
            return list_briefs(self.user_connection(), trashed=trashed)

    def brief(self, ref: str, *, include_deleted: bool = False) -> Brief:
        """A brief by id, first characters of its id, or title; its items marked detached when what they
        name is gone from the packs, the saved comparisons or the notes."""
        with self._write_lock:
            brief = self.briefs_repo.get(ref, include_deleted=include_deleted)
        return replace(brief, items=tuple(replace(item, detached=self._item_gone(item)) for item in brief.items))

    def _item_gone(self, item: BriefItem) -> bool:
        from db.errors import NotFoundError

        try:
            if item.kind == "entry":
                return self.reference.execute("SELECT 1 FROM entries WHERE uid=?", (item.ref,)).fetchone() is None
            if item.kind == "comparison":
                saved = self.saved_comparison(item.ref)
                found = self.reference.execute(f"SELECT count(*) FROM entries WHERE uid IN ({','.join('?' * len(saved.models))})",
                                               saved.models).fetchone()[0]
                return found != len(saved.models)
            self.note(item.ref)
            return False
        except NotFoundError:
            return True

    def create_brief(self, title: str, *, meeting: str = "", day: str | None = None, introduction: str = "") -> Brief:
        with self._writing():
            brief = self.briefs_repo.create(title, meeting=meeting, day=day, introduction=introduction)
        return self._brief_written(brief)

    def update_brief(self, brief_id: str, *, title: str | None = None, meeting: str | None = None, day: str | None = None,
                     introduction: str | None = None, amend_revision: bool = False) -> Brief:
        with self._writing():
            brief = self.briefs_repo.update(brief_id, title=title, meeting=meeting, day=day, introduction=introduction,
                                            amend_revision=amend_revision)
        return self._brief_written(brief)

    def duplicate_brief(self, brief_id: str, title: str | None = None) -> Brief:
        with self._writing():
            brief = self.briefs_repo.duplicate(brief_id, title)
        return self._brief_written(brief)

    def delete_brief(self, brief_id: str) -> Brief:
        """Move a brief to the Trash; `restore_brief` brings it back."""
        with self._writing():
            brief = self.briefs_repo.delete(brief_id)
        return self._brief_written(brief)

    def restore_brief(self, brief_id: str) -> Brief:
        with self._writing():
            brief = self.briefs_repo.restore(brief_id)
        return self._brief_written(brief)

    def purge_brief(self, brief_id: str) -> Brief:
        with self._writing():
            brief = self.briefs_repo.purge(brief_id)
        return self._brief_written(brief)

    def add_to_brief(self, brief_id: str, kind: str, ref: str, *, comment: str = "", position: int | None = None,
                     language: str | None = None, words: BriefWords | None = None) -> tuple[Brief, BriefItem]:
        """Add an entry (any kind), a saved comparison, or a note (a highlighted passage when the note is one)
        named by `ref`; what it shows now, in `language`, is kept with it for when it is gone."""
        from db.briefs.content import item_content
        from db.briefs.words import ENGLISH
        from db.errors import AtlasError
        from db.phrases import phrase

        if kind == "entry":
            ref = self.resolve(ref)
        elif kind == "comparison":
            ref = self.find_saved_comparison(ref).id
        elif kind in ("note", "passage"):
            note = self.note(ref)
            ref, kind = note.id, "passage" if note.target.kind == "passage" else "note"
        else:
            raise AtlasError(phrase("Unknown brief item kind '{kind}'; use entry, comparison or note.", kind=kind))
        with self._write_lock:
            items = self.briefs_repo.get(brief_id).items
        present = next((number for number, item in enumerate(items, start=1) if item.ref == ref), None)
        if present is not None:
            raise AtlasError(phrase("“{title}” is already in this brief (item {number}).", title=items[present - 1].title,
                                    number=present))
        snapshot = item_content(self, kind, ref, words or ENGLISH, language) or {}
        with self._writing():
            brief, item = self.briefs_repo.add_item(brief_id, kind, ref, snapshot, comment=comment, position=position)
        return self._brief_written(brief), item

    def remove_from_brief(self, brief_id: str, item_id: str) -> Brief:
        with self._writing():
            brief = self.briefs_repo.remove_item(brief_id, item_id)
        return self._brief_written(brief)

    def put_back_in_brief(self, brief_id: str, item: BriefItem, position: int) -> Brief:
        """Undo a removal: the item back at `position`, as it was."""
        with self._writing():
            brief = self.briefs_repo.put_back(brief_id, item, position)
        return self._brief_written(brief)

    def move_in_brief(self, brief_id: str, item_id: str, position: int) -> Brief:
        with self._writing():
            brief = self.briefs_repo.move_item(brief_id, item_id, position)
        return self._brief_written(brief)

    def comment_in_brief(self, brief_id: str, item_id: str, comment: str, *, amend_revision: bool = False) -> Brief:
        with self._writing():
            brief = self.briefs_repo.set_comment(brief_id, item_id, comment, amend_revision=amend_revision)
        return self._brief_written(brief)

    def brief_revisions(self, brief_id: str) -> list[BriefRevision]:
        with self._write_lock:
            return self.briefs_repo.revisions(brief_id)

    def restore_brief_revision(self, brief_id: str, number: int) -> Brief:
        with self._writing():
            brief = self.briefs_repo.restore_revision(brief_id, number)
        return self._brief_written(brief)

    def brief_document(self, ref: str, *, words: BriefWords | None = None, language: str | None = None) -> Document:
        """The brief as a document to show, print or export (db/briefs/assembly.py)."""
        from db.briefs.assembly import assemble
        from db.briefs.words import ENGLISH

        with self._write_lock:
            brief = self.briefs_repo.get(ref)
        # Reading each item's content tells which are detached: `brief`'s separate look is not needed.
        return assemble(self, brief, words=words or ENGLISH, language=language)

    def brief_markdown(self, ref: str, *, words: BriefWords | None = None, language: str | None = None) -> str:
        from db.briefs.markdown import render_markdown

        return render_markdown(self.brief_document(ref, words=words, language=language))
