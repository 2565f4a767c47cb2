"""The reader's text browser: the mouse's Back and Forward buttons, and the reader's actions in its right-click menu."""
from __future__ import annotations

from typing import TYPE_CHECKING

# QtCore.QPoint: set up at the first right-click, not at start (see desktop/app/application.py).
from PySide6 import QtCore
from PySide6.QtCore import Qt, Signal

from desktop.shared.safe_browser import SafeBrowser

if TYPE_CHECKING:
    from PySide6.QtCore import QPoint  # annotations only
    from PySide6.QtGui import QAction, QContextMenuEvent, QMouseEvent
    from PySide6.QtWidgets import QMenu


class ReaderBrowser(SafeBrowser):
    """The mouse's Back and Forward buttons step through the reader's history; the right-click menu adds
    `menu_actions` (the reader's, on the entry shown) below the text's own (Copy, Select All)."""

    backRequested = Signal()
    forwardRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.menu_actions: list[QAction] = []

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Overridden rather than filtered on the viewport: asking PySide for viewport() at start
        # makes it set up the Python types of every widget class (tens of milliseconds).
        if event.button() == Qt.MouseButton.BackButton:
            self.backRequested.emit()
        elif event.button() == Qt.MouseButton.ForwardButton:
            self.forwardRequested.emit()
        else:
            super().mousePressEvent(event)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The right-click menu at `pos` (in the viewport's coordinates): Copy Link Location when it is on a link."""
        horizontal = self.horizontalScrollBar()
        scrolled = horizontal.maximum() - horizontal.value() if self.isRightToLeft() else horizontal.value()
        # In the document's coordinates, as QTextEdit's own right-click handler gives them.
        menu = self.createStandardContextMenu(pos + QtCore.QPoint(scrolled, self.verticalScrollBar().value()))
        menu.addSeparator()
        menu.addActions(self.menu_actions)
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()
