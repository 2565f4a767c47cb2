"""Keeps the notes file safe for the window: checks it once the window is up, backs it up, restores.

All store work goes through the window's StoreRunner; the window hears the outcome by signal.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error

BACKUP_CHECK_MS = 30 * 60 * 1000  # the store backs up only if something changed since its last backup


class NotesKeeper(QObject):
    backupMade = Signal(object)
    """A `Backup` of the notes file was made (at start, then at most every 30 minutes)."""
    message = Signal(str)
    """Something to tell the user in the status bar."""

    def __init__(self, runner: StoreRunner, window: QWidget):
        super().__init__(window)
        self.runner = runner
        self.window = window
        self.store_problem_box = None
        self.backup_timer = QTimer(self, interval=BACKUP_CHECK_MS)
        self.backup_timer.timeout.connect(self.back_up_if_due)

    def start(self) -> None:
        """Once the window is up (not during its first paint): is the notes file usable? Then back it
        up, now and every 30 minutes."""
        self.runner.submit(lambda store: store.user_store_problem(), done=self._checked)

    def stop(self) -> None:
        self.backup_timer.stop()

    def _checked(self, problem) -> None:
        if problem is None:
            self.back_up_if_due()
            self.backup_timer.start()
            return
        from desktop.backups.backup_dialogs import StoreProblemBox

        self.store_problem_box = box = StoreProblemBox(problem, self.window)
        box.buttonClicked.connect(lambda button: self._answered(box, button))
        box.open()

    def _answered(self, box, button) -> None:
        if button is box.restore_button:
            backup = box.problem.newest_backup
            self.runner.submit(lambda store: store.restore_backup(backup), done=self._restored,
                               failed=lambda exc: self.message.emit(said_error(exc)))
        elif button is box.fresh_button:
            self.runner.submit(lambda store: store.start_fresh())  # the window refreshes from the runner's `changed`

    def back_up_if_due(self) -> None:
        """Back up the notes file if it changed and the last backup is 30 minutes old (off the GUI thread)."""
        self.runner.submit(lambda store: store.backup_if_due(), done=self._backed_up,
                           failed=lambda exc: self.message.emit(self.tr("Your notes could not be backed up: %1").replace("%1", said_error(exc))))

    def _backed_up(self, backup) -> None:
        if backup is not None:
            self.backupMade.emit(backup)

    def restore_from_backup(self):
        from desktop.backups.backup_dialogs import RestoreBackupDialog

        dialog = RestoreBackupDialog(self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.restored.connect(self._restored)
        dialog.open()
        return dialog

    def _restored(self, restored) -> None:
        kept = self.tr(" What you had before is kept at %1.").replace("%1", str(restored.set_aside)) if restored.set_aside else ""
        self.message.emit(self.tr("The backup is restored.") + kept)
