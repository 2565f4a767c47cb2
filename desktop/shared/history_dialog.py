"""The saved versions of something the user writes (a note, a brief), newest first: the one chosen is shown,
and "Restore this revision" makes it current, the current one staying in the history. Subclasses say how
to read the versions, name and show one, and restore it."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QSplitter, QVBoxLayout)

from desktop.shared.local_time import local_time
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error

REVISION_ROLE = Qt.ItemDataRole.UserRole + 1


class HistoryDialog(QDialog):
    loaded = Signal()
    """The versions are listed (they load in the background)."""
    restored = Signal(object)
    """What a restore returned (the note, the brief); the dialog then closes (accepted)."""

    def __init__(self, runner: StoreRunner, title: str, restore_tip: str, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(title)
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
        self.restore_button.setToolTip(restore_tip)
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
        runner.submit(self.read, done=self._list, failed=self._failed)

    # -- what a subclass says ----------------------------------------------------------------
    def read(self, store) -> list:
        """The versions, newest first, each with a `saved` time."""
        raise NotImplementedError

    def label(self, revision) -> str:
        """What the list says of a version after its time."""
        raise NotImplementedError

    def shown(self, revision) -> str:
        """The version as the text below the list shows it."""
        raise NotImplementedError

    def restore(self, store, revision) -> Any:
        """Make `revision` current (in the store's thread); return what is restored."""
        raise NotImplementedError

    # -- the dialog ----------------------------------------------------------------------------
    def revisions(self) -> list:
        return [self.list.item(row).data(REVISION_ROLE) for row in range(self.list.count())]

    def _list(self, revisions: list) -> None:
        self.list.clear()
        for position, revision in enumerate(revisions):
            when = local_time(revision.saved, seconds=True)
            if position == 0:
                when = self.tr("%1 (current)").replace("%1", when)
            item = QListWidgetItem(f"{when} — {self.label(revision)}")
            item.setData(REVISION_ROLE, revision)
            item.setToolTip(self.shown(revision)[:300])
            self.list.addItem(item)
        self.status.setText(self.tr("%n saved version(s). Select one to read it.", "", len(revisions)))
        if revisions:
            self.list.setCurrentRow(0)
        self.loaded.emit()

    def _show(self, item: QListWidgetItem | None, _previous=None) -> None:
        revision = item.data(REVISION_ROLE) if item is not None else None
        self.text.setPlainText("" if revision is None else self.shown(revision))
        self.restore_button.setEnabled(revision is not None and self.list.row(item) > 0)

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        revision = item.data(REVISION_ROLE)
        self.restore_button.setEnabled(False)
        self.status.setText(self.tr("Restoring…"))
        self.runner.submit(lambda store: self.restore(store, revision), done=self._restored, failed=self._failed)

    def _restored(self, restored) -> None:
        self.restored.emit(restored)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("Could not read or restore the history: %1").replace("%1", said_error(exc)))
        self.restore_button.setEnabled(self.list.currentRow() > 0)
