"""Add to Brief from every view, and the navigator's briefs, wired to the window's `BriefDesk`.

Each view only says what the user asked for, (kind, ref) or (action, brief id): the features know nothing of
briefs, nor of each other. The results list and the comparison are built on first use; each is wired the
first time it is shown, as it cannot be right-clicked before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.shared.translate import tr

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QWidget

    from desktop.app.main_window import MainWindow


def connect_entry_points(window: MainWindow) -> None:
    desk = window.briefs
    window.reader.addToBrief.connect(desk.add)
    window.notes_pane.addToBrief.connect(desk.add)
    window.navigator.addToBrief.connect(desk.add)
    actions = {"rename": desk.rename, "duplicate": desk.duplicate, "delete": desk.delete, "restore": desk.restore,
               "purge": desk.purge}
    window.navigator.briefRequested.connect(lambda action, brief_id: actions[action](brief_id))
    window.navigator.openRequested.connect(lambda what, ident: open_brief_target(window, what, ident))
    _when_first_shown(window.left.currentChanged, lambda: window._search_panel,
                      lambda panel: panel.addToBrief.connect(desk.add))
    _when_first_shown(window.tabs.currentChanged, lambda: window._comparison,
                      lambda view: view.addToBrief.connect(desk.add))


def open_brief_target(window: MainWindow, what: str, ident: str) -> None:
    """What the navigator opens that is a brief's (the window's `_open_target` opens the rest)."""
    if what == "brief":
        window.briefs.open(ident)
    elif what == "brief-trash":
        window.show_message(tr("This brief is in the Trash. Right-click it to restore it or delete it for good."))


def _when_first_shown(shown: SignalInstance, built: Callable[[], QWidget | None], wire: Callable[[QWidget], None]) -> None:
    """Wire the view `built()` returns once it is built: now if it is, else when `shown` first finds it."""
    if built() is not None:
        wire(built())
        return

    def wire_once(_index: int) -> None:
        if built() is not None:
            shown.disconnect(wire_once)
            wire(built())

    shown.connect(wire_once)
