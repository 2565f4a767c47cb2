"""Find in page: a slim bar under the reader (Ctrl+F), Enter for next, Shift+Enter for previous."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget


class FindBar(QWidget):
    findRequested = Signal(str, bool)
    """(text, backwards)"""
    closed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Find in this entry"))
        self.field.setAccessibleName(self.tr("Find in page"))
        self.field.setClearButtonEnabled(True)
        self.status = QLabel()
        previous = QToolButton(text=self.tr("Previous"), toolTip=self.tr("Previous match (Shift+Enter)"))
        following = QToolButton(text=self.tr("Next"), toolTip=self.tr("Next match (Enter)"))
        close = QToolButton(text=self.tr("Close"), toolTip=self.tr("Close (Esc)"))
        for button in (previous, following, close):
            button.setAccessibleName(button.text())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel(self.tr("Find:")))
        layout.addWidget(self.field, 1)
        layout.addWidget(self.status)
        layout.addWidget(previous)
        layout.addWidget(following)
        layout.addWidget(close)
        self.field.textChanged.connect(lambda text: self.findRequested.emit(text, False))
        self.field.returnPressed.connect(lambda: self.findRequested.emit(self.field.text(), False))
        previous.clicked.connect(lambda: self.findRequested.emit(self.field.text(), True))
        following.clicked.connect(lambda: self.findRequested.emit(self.field.text(), False))
        close.clicked.connect(self.close_bar)
        self.hide()

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def set_matches(self, count: int) -> None:
        self.status.setText(self.tr("%n match(es)", "", count) if self.field.text() else "")

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_bar()
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.findRequested.emit(self.field.text(), True)
        else:
            super().keyPressEvent(event)

    @staticmethod
    def shortcut() -> QKeySequence:
        return QKeySequence(QKeySequence.StandardKey.Find)
