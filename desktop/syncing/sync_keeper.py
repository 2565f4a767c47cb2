"""Syncs the notes with the folder chosen in File > Sync Folder…: when the window is up, every five minutes
while it is open, and on demand (File > Sync Notes Now). The work runs on the store's thread (db.Store.sync_notes);
the outcome comes back by signal and is said in the status bar.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said, said_error

SYNC_EVERY_MS = 5 * 60 * 1000
FOLDER_SETTING = "sync/folder"
"""This device's sync folder, in the window's settings beside its notes (each device chooses its own)."""


class SyncKeeper(QObject):
    synced = Signal(object)
    """A sync ended: its db.sync.merging.SyncReport."""
    message = Signal(str)
    """Something to tell the user in the status bar."""

    def __init__(self, runner: StoreRunner, settings: QSettings, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.settings = settings
        self.busy = False
        self.timer = QTimer(self, interval=SYNC_EVERY_MS)
        self.timer.timeout.connect(lambda: self.sync_now(quiet=True))

    def folder(self) -> str:
        return str(self.settings.value(FOLDER_SETTING, "") or "")

    def set_folder(self, folder: str) -> None:
        """Sync with `folder` from now on ("" stops syncing), starting with a sync at once."""
        self.settings.setValue(FOLDER_SETTING, folder)
        self.settings.sync()
        if folder:
            self.start()
        else:
            self.timer.stop()
            self.message.emit(self.tr("Notes are no longer synced with other devices."))

    def choose_folder(self, window):
        """File > Sync Folder…: the dialog, open; a folder chosen there is synced with at once."""
        from desktop.syncing.sync_folder_dialog import SyncFolderDialog  # built on first use: start-up stays lean

        dialog = SyncFolderDialog(self.folder(), window)
        dialog.accepted.connect(lambda: self._chosen(dialog.folder()))
        dialog.open()
        return dialog

    def _chosen(self, folder: str) -> None:
        if folder != self.folder():
            self.set_folder(folder)

    def start(self) -> None:
        if self.folder():
            self.sync_now(quiet=True)
            self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def sync_now(self, *, quiet: bool = False) -> None:
        """Sync once; `quiet`: say nothing unless something came, went or went wrong (the timer's syncs)."""
        folder = self.folder()
        if not folder:
            self.message.emit(self.tr("Choose a folder your devices share first: File > Sync Folder…"))
            return
        if self.busy:
            return
        self.busy = True
        self.runner.submit(lambda store: store.sync_notes(folder), done=lambda report: self._synced(report, quiet),
                           failed=self._failed)

    def _synced(self, report, quiet: bool) -> None:
        self.busy = False
        self.synced.emit(report)
        if report.problems:
            self.message.emit(self.tr("Notes synced, but %n file(s) wait: %1", "", len(report.problems))
                              .replace("%1", said(report.problems[0])))
        elif report.conflicts:
            self.message.emit(self.tr("Notes synced: %n note(s) were edited on two devices; both texts are kept and the "
                                      "notes are marked.", "", len(report.conflicts)))
        elif report.received or report.sent or not quiet:
            self.message.emit(self.tr("Notes synced: %n change(s) sent, %1 received.", "", report.sent)
                              .replace("%1", str(report.received)))

    def _failed(self, exc: Exception) -> None:
        self.busy = False
        self.message.emit(self.tr("Notes could not be synced: %1").replace("%1", said_error(exc)))
