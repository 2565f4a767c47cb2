"""One window per data folder, so the user store never has two writers.

The first instance holds a lock file in the data folder. A second one does not open a window:
it leaves a request file beside the lock and exits, and the first instance, which watches the
folder, brings its window to the front and removes the request. Files rather than a local
socket, because the program ships without Qt's network module (see build.spec).
"""
from __future__ import annotations

import os
from pathlib import Path

# QtCore.X for what only a second start uses: set up then, not at every start (see desktop/app/application.py).
from PySide6 import QtCore
from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

LOCK_NAME = "window.lock"
REQUEST_NAME = "window.raise-request"


class InstanceGuard(QObject):
    raiseRequested = Signal()
    """Another start on this data folder asked for this window."""

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self._request = data_dir / REQUEST_NAME
        self._lock = QLockFile(str(data_dir / LOCK_NAME))
        # A lock left by a crashed instance is stale because its process is gone, however recent.
        self._lock.setStaleLockTime(0)
        self._watcher: QFileSystemWatcher | None = None

    def acquire(self) -> bool:
        """True if this is the only instance on the folder (a lock left by a crash is taken over)."""
        return self._lock.tryLock(0)

    def holder_pid(self) -> int | None:
        pid, _host, _app = self._lock.getLockInfo()
        return pid or None

    def listen(self) -> None:
        """Watch for requests from later starts; call once the window exists."""
        self._request.unlink(missing_ok=True)
        self._watcher = QFileSystemWatcher([str(self._request.parent)], self)
        self._watcher.directoryChanged.connect(self._check_request)

    def ask_holder_to_raise(self, wait_ms: int = 3000) -> bool:
        """Ask the running instance for its window; True once it has answered within `wait_ms`."""
        self._request.write_text(str(os.getpid()), encoding="ascii")
        deadline = QtCore.QDeadlineTimer(wait_ms)
        while self._request.exists():
            if deadline.hasExpired():
                self._request.unlink(missing_ok=True)
                return False
            QtCore.QThread.msleep(20)
        return True

    def release(self) -> None:
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._check_request)
            self._watcher = None
        self._lock.unlock()

    def _check_request(self, _folder: str) -> None:
        if self._request.exists():
            self._request.unlink(missing_ok=True)
            self.raiseRequested.emit()
