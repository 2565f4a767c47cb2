"""Focus mode: the comparison alone in the window, the side panels, toolbar and tabs out of its way."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QTabWidget, QToolBar, QWidget


class FocusMode:
    """Hides the window's docks, toolbars and tab bar, then shows again exactly those that were shown."""

    def __init__(self, window: QMainWindow, tabs: QTabWidget):
        self.window = window
        self.tabs = tabs
        self._hidden: list[QWidget] | None = None

    @property
    def active(self) -> bool:
        return self._hidden is not None

    def set(self, on: bool) -> None:
        if on == self.active:
            return
        if on:
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            around = [*self.window.findChildren(QToolBar, options=direct), *self.window.findChildren(QDockWidget, options=direct)]
            self._hidden = [widget for widget in around if widget.isVisible()]
            for widget in self._hidden:
                widget.hide()
            self.tabs.tabBar().hide()
        else:
            for widget in self._hidden:
                widget.show()
            self.tabs.tabBar().show()
            self._hidden = None
