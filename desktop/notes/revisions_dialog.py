"""A note's saved versions, newest first, with one click back to any of them."""
from __future__ import annotations

from db import Note
from db.user.revisions import Revision
from desktop.notes.notes_model import short_quote
from desktop.shared.history_dialog import HistoryDialog


class RevisionsDialog(HistoryDialog):
    """Lists the revisions of `note`; "Restore this revision" makes it the current text."""

    def __init__(self, runner, note: Note, parent=None):
        self.note = note
        self.restored_note: Note | None = None
        super().__init__(runner, self.tr("History of “%1”").replace("%1", short_quote(note.display_title, 60)),
                         self.tr("Make this version the note's current text; the current text stays in the history."), parent)
        self.setAccessibleName(self.tr("Note history"))
        self.restored.connect(lambda restored: setattr(self, "restored_note", restored))

    def read(self, store) -> list[Revision]:
        return store.note_revisions(self.note.id)

    def label(self, revision: Revision) -> str:
        first = next((line.strip() for line in revision.body.splitlines() if line.strip()), "")
        return short_quote(first or revision.title, 70) or self.tr("(empty)")

    def shown(self, revision: Revision) -> str:
        parts = [revision.title] if revision.title else []
        if revision.tags:
            parts.append(self.tr("Tags: %1").replace("%1", ", ".join(revision.tags)))
        return "\n".join(parts + ([""] if parts else []) + [revision.body])

    def restore(self, store, revision: Revision) -> Note:
        return store.restore_note_revision(self.note.id, revision.id)
