"""A brief's saved revisions, newest first: what each held (heading, items in order, comments), and one click
back to any of them (the brief as it stands stays in the history)."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSplitter, QVBoxLayout)

from db.briefs.stored import Brief, BriefRevision
from desktop.shared.local_time import local_time
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1


class BriefHistoryDialog(QDialog):
    loaded = Signal()
    restored = Signal(object)
    """The `Brief` after a revision was restored; the dialog then closes (accepted)."""

    def __init__(self, runner: StoreRunner, brief: Brief, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.brief = brief
        self.setWindowTitle(self.tr("History of “%1”").replace("%1", brief.title))
        self.status = QLabel(self.tr("Loading the saved versions…"), wordWrap=True)
        self.list = QListWidget(accessibleName=self.tr("Saved versions"))
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.text = QPlainTextEdit(readOnly=True, accessibleName=self.tr("The selected version"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        splitter.setStretchFactor(1, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore this revision"), enabled=False)
        self.restore_button.setToolTip(self.tr("Make this version the brief as it stands; the brief as it is now stays in "
                                               "the history."))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.restore_button.clicked.connect(self.restore_selected)
        self.resize(560, 520)
        runner.read(lambda store: store.brief_revisions(brief.id), done=self._list, failed=self._failed)

    def _list(self, revisions: list[BriefRevision]) -> None:
        self.list.clear()
        for position, revision in enumerate(revisions):
            when = local_time(revision.saved, seconds=True)
            if position == 0:
                when = self.tr("%1 (current)").replace("%1", when)
            items = self.tr("%n item(s)", "", len(revision.content.get("items", [])))
            item = QListWidgetItem(f"{when} — {revision.content.get('title', '')} ({items})")
            item.setData(REVISION_ROLE, revision)
            self.list.addItem(item)
        self.status.setText(self.tr("%n saved version(s). Select one to read it.", "", len(revisions)))
        if revisions:
            self.list.setCurrentRow(0)
        self.loaded.emit()

    def _show(self, item: QListWidgetItem | None, _previous=None) -> None:
        revision: BriefRevision | None = item.data(REVISION_ROLE) if item is not None else None
        self.restore_button.setEnabled(revision is not None and self.list.row(item) > 0)
        if revision is None:
            self.text.clear()
            return
        kept = revision.content
        lines = [kept.get("title", ""), " · ".join(part for part in (kept.get("day", ""), kept.get("meeting", "")) if part)]
        if kept.get("introduction", "").strip():
            lines += ["", kept["introduction"].strip()]
        lines.append("")
        for number, entry in enumerate(kept.get("items", []), start=1):
            lines.append(f"{number}. {(entry.get('snapshot') or {}).get('title') or entry.get('ref', '')}")
            if entry.get("comment"):
                lines.append(f"    {entry['comment']}")
        self.text.setPlainText("\n".join(lines))

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        revision: BriefRevision = item.data(REVISION_ROLE)
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self.runner.submit(lambda store: store.restore_brief_revision(self.brief.id, revision.number),
                           done=self._restored, failed=self._failed)

    def _restored(self, brief: Brief) -> None:
        self.restored.emit(brief)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not read or restore the history: %1").replace("%1", said_error(exc)))
        self.restore_button.setEnabled(self.list.currentRow() > 0)
