"""File > Restore from Backup, and what the window says when the notes file cannot be used."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QMessageBox, QVBoxLayout

from db import Store
from db.errors import UserStoreDamaged, UserStoreError, UserStoreTooNew
from db.user.backups import Backup, note_count
from desktop.shared.local_time import local_time
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said, said_error

BackupRole = Qt.ItemDataRole.UserRole + 1


def list_with_counts(store: Store) -> list[tuple[Backup, int | None]]:
    """Every backup, newest first, with how many notes it holds (None when it cannot be read)."""
    return [(backup, note_count(backup.path)) for backup in store.backups()]


class RestoreBackupDialog(QDialog):
    restored = Signal(object)
    """`Restored` once a backup is the notes file."""

    def __init__(self, runner: StoreRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.setWindowTitle(self.tr("Restore Notes from a Backup"))
        intro = QLabel(self.tr("Partnership Atlas backs up your notes, bookmarks and comparisons when it starts and every "
                               "30 minutes while you work. Restoring a backup replaces them with the backup's; what you "
                               "have now is kept beside it, never deleted."), wordWrap=True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Backups, newest first"))
        self.list.currentItemChanged.connect(self._update)
        self.list.itemActivated.connect(lambda _item: self.restore_selected())
        self.status = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Restore status"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = self.buttons.addButton(self.tr("&Restore This Backup"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(520, 420)
        self._busy = True
        self._update()
        self.runner.submit(list_with_counts, done=self._listed, failed=self._failed)

    def _listed(self, backups: list[tuple[Backup, int | None]]) -> None:
        self._busy = False
        self.list.clear()
        for backup, notes in backups:
            size = f"{backup.size / 1e6:.1f} MB" if backup.size >= 1e5 else f"{backup.size / 1e3:.0f} kB"
            count = self.tr("cannot be read") if notes is None else self.tr("%n note(s)", "", notes)
            item = QListWidgetItem(f"{local_time(backup.created.isoformat())} · {count} · {size}")
            item.setData(BackupRole, backup)
            item.setToolTip(str(backup.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.status.setText(self.tr("There are no backups yet: the first is made once you have written a note."))
        self._update()

    def restore_selected(self) -> None:
        item = self.list.currentItem()
        if item is None or self._busy:
            return
        backup = item.data(BackupRole)
        self._busy = True
        self._update()
        self.status.setText(self.tr("Restoring…"))
        self.runner.submit(lambda store: store.restore_backup(backup), done=self._restored, failed=self._failed)

    def _restored(self, restored) -> None:
        self._busy = False
        self.restored.emit(restored)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._busy = False
        self.status.setText(said_error(exc))
        self._update()

    def _update(self, *_args) -> None:
        self.restore_button.setEnabled(not self._busy and self.list.currentItem() is not None)


class StoreProblemBox(QMessageBox):
    """Says in plain words why the notes cannot be used, and offers the way out that fits."""

    def __init__(self, problem: UserStoreError, parent=None):
        super().__init__(parent)
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your notes need attention"))
        self.restore_button = self.fresh_button = None
        if isinstance(problem, UserStoreDamaged):
            self.setText(self.tr("Your notes file was damaged, so Partnership Atlas set it aside without changing it."))
            details = [self.tr("What went wrong: %1.").replace("%1", said(problem.reason))]
            if problem.moved_to is not None:
                details.append(self.tr("The damaged file is kept at %1.").replace("%1", str(problem.moved_to)))
            if problem.newest_backup is not None:
                details.append(self.tr("The newest good backup was made %1.").replace(
                    "%1", local_time(problem.newest_backup.created.isoformat())))
                self.restore_button = self.addButton(self.tr("Restore the Newest Backup"), QMessageBox.ButtonRole.AcceptRole)
            self.fresh_button = self.addButton(self.tr("Start with Empty Notes"), QMessageBox.ButtonRole.DestructiveRole
                                               if problem.newest_backup is not None else QMessageBox.ButtonRole.AcceptRole)
        elif isinstance(problem, UserStoreTooNew):
            self.setText(self.tr("Your notes were saved by a newer version of Partnership Atlas; this version cannot use them."))
            details = [self.tr("They are untouched. Open them with the newer version, or start a new notes file here: the newer "
                               "file is then kept beside it.")]
            self.fresh_button = self.addButton(self.tr("Start with Empty Notes"), QMessageBox.ButtonRole.DestructiveRole)
        else:
            self.setText(self.tr("Your notes file could not be opened; it was not changed."))
            details = [said(problem.reason)]
        self.setInformativeText("\n\n".join(details))
        self.setDetailedText(said_error(problem))
        self.later_button = self.addButton(self.tr("Decide Later"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.later_button)
