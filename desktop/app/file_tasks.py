"""File menu tasks that need a dialog or two: install a content pack, export the notes.

Each does what its command does (`pack import`, `notes export`) and says how it went in the status bar.
Their modules load at first use, so the window starts without them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.app.main_window import MainWindow
    from desktop.importing.pack_install import PackInstall
    from desktop.notes.notes_export import NotesExport


def install_pack(window: MainWindow) -> PackInstall:
    from desktop.importing.pack_install import PackInstall

    installer = PackInstall(window.runner, window)
    installer.message.connect(window.show_message)
    installer.start()
    return installer


def export_notes(window: MainWindow) -> NotesExport:
    from desktop.notes.notes_export import NotesExport

    exporter = NotesExport(window.runner, window)
    exporter.message.connect(window.show_message)
    exporter.start()
    return exporter
