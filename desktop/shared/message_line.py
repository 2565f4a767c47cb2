"""A line of text under a toolbar for what just happened: problems stay, confirmations pass."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QWidget

PASSING_MS = 6000
"""How long a confirmation ("Saved as …", "Exported to …") stays: read, then out of the way."""


class MessageLine(QLabel):
    """Hidden until `say(text)`; `say(text, passing=True)` hides itself after PASSING_MS."""

    def __init__(self, accessible_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setMargin(4)
        self.setVisible(False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.clear_message)

    def say(self, text: str, *, passing: bool = False) -> None:
        self.setText(text)
        self.setVisible(True)
        if passing:
            self.timer.start(PASSING_MS)
        else:
            self.timer.stop()

    def clear_message(self) -> None:
        self.timer.stop()
        self.setVisible(False)
