"""A note's saved versions, newest first, with one click back to any of them."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit,
                               QPushButton, QSplitter, QVBoxLayout)

from db import Note
from db.user.revisions import Revision
from desktop.notes.notes_model import short_quote
from desktop.shared.local_time import local_time
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1


class RevisionsDialog(QDialog):
    """Lists the revisions of `note`; "Restore this revision" makes it the current text."""

    loaded = Signal()
    """The revisions are listed (they load in the background)."""
    restored = Signal(object)
    """The `Note` after a revision was restored; the dialog then closes (accepted)."""

    def __init__(self, runner: StoreRunner, note: Note, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.note = note
        self.restored_note: Note | None = None
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", short_quote(note.display_title, 60)))
        self.setAccessibleName(self.tr("Note history"))
        self.status = QLabel(self.tr("Loading the saved versions…"), wordWrap=True)
        self.status.setAccessibleName(self.tr("History status"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Saved versions"))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.text = QPlainTextEdit(readOnly=True)
        self.text.setAccessibleName(self.tr("Text of the selected version"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this revision"))
        self.restore_button.setAccessibleName(self.tr("Restore this revision"))
        self.restore_button.setToolTip(self.tr("Make this version the note's current text; the current text stays in the history."))
        self.restore_button.setEnabled(False)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.restore_button.clicked.connect(self.restore_selected)
        self.resize(560, 520)
        runner.submit(lambda store: store.note_revisions(note.id), done=self._list, failed=self._failed)

    def revisions(self) -> list[Revision]:
        return [self.list.item(row).data(REVISION_ROLE) for row in range(self.list.count())]

    def _list(self, revisions: list[Revision]) -> None:
        self.list.clear()
        for position, revision in enumerate(revisions):
            first = next((line.strip() for line in revision.body.splitlines() if line.strip()), "")
            when = local_time(revision.saved, seconds=True)
            if position == 0:
                when = self.tr("%1 (current)").replace("%1", when)
            empty = self.tr("(empty)")
            label = f"{when} — {short_quote(first or revision.title, 70) or empty}"
            item = QListWidgetItem(label)
            item.setData(REVISION_ROLE, revision)
            item.setToolTip(short_quote(revision.body, 300))
            self.list.addItem(item)
        self.status.setText(self.tr("%n saved version(s). Select one to read it.", "", len(revisions)))
        if revisions:
            self.list.setCurrentRow(0)
        self.loaded.emit()

    def _show(self, item: QListWidgetItem | None, _previous=None) -> None:
        revision: Revision | None = item.data(REVISION_ROLE) if item is not None else None
        if revision is None:
            self.text.clear()
            self.restore_button.setEnabled(False)
            return
        parts = [revision.title] if revision.title else []
        if revision.tags:
            parts.append(self.tr("Tags: %1").replace("%1", ", ".join(revision.tags)))
        self.text.setPlainText("\n".join(parts + ([""] if parts else []) + [revision.body]))
        self.restore_button.setEnabled(self.list.row(item) > 0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        revision: Revision = item.data(REVISION_ROLE)
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self.runner.submit(lambda store: store.restore_note_revision(self.note.id, revision.id),
                           done=self._restored, failed=self._failed)

    def _restored(self, note: Note) -> None:
        self.restored_note = note
        self.restored.emit(note)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not read or restore the history: %1").replace("%1", said_error(exc)))
        self.restore_button.setEnabled(self.list.currentRow() > 0)
