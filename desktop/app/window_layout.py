"""Where the user left the window: its size and place, its docks and the reader's text size, kept in the window's settings."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, QSize

if TYPE_CHECKING:
    from desktop.app.main_window import MainWindow

# Raised when the docks change so much that an older saved layout would not fit them.
STATE_VERSION = 1


def restore_layout(window: MainWindow, settings: QSettings) -> QSize | None:
    """Put the window back as it was left; the size it was left at, or None at a first start."""
    geometry = settings.value("window/geometry")
    state = settings.value("window/state")
    size = None
    if geometry is not None:
        window.restoreGeometry(geometry)
        size = window.size()
    if state is not None:
        window.restoreState(state, STATE_VERSION)
    zoom = str(settings.value("reader/zoom", "100"))
    window.reader.set_zoom(int(zoom) if zoom.isdigit() else 100)  # a hand-edited value cannot stop the start
    return size


def save_layout(window: MainWindow, settings: QSettings) -> None:
    settings.setValue("reader/zoom", window.reader.zoom)
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/state", window.saveState(STATE_VERSION))
    settings.sync()
