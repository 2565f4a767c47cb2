"""A task the window starts from a menu: asks with dialogs, works on the store thread, says how it went."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.shared.runners import StoreRunner


class WindowTask(QObject):
    """One run of a task; it deletes itself when `done()` (the window makes a new one for the next run)."""

    message = Signal(str)
    """How it went, for the status bar."""

    def __init__(self, runner: StoreRunner, parent: QWidget):
        super().__init__(parent)
        self.runner = runner
        self.window = parent

    def done(self, text: str = "") -> None:
        """Say `text` (if any) and end."""
        if text:
            self.message.emit(text)
        self.deleteLater()
