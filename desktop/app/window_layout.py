"""Where the user left the window: its size and place, and its docks, kept in the window's settings."""
from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QMainWindow

# Raised when the docks change so much that an older saved layout would not fit them.
STATE_VERSION = 1


def restore_layout(window: QMainWindow, settings: QSettings) -> QSize | None:
    """Put the window back as it was left; the size it was left at, or None at a first start."""
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    size = None
    if geometry is not None:
        window.restoreGeometry(geometry)
        size = window.size()
    if state is not None:
        window.restoreState(state, STATE_VERSION)
    return size


def save_layout(window: QMainWindow, settings: QSettings) -> None:
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState(STATE_VERSION))
    settings.sync()
