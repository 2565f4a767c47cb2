"""The right-click menu on a search result: open it, or add it to the brief being prepared."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from desktop.search.search_model import HIT_ROLE
from desktop.shared.translate import tr

if TYPE_CHECKING:
    from PySide6.QtCore import QModelIndex

    from desktop.search.search_panel import SearchPanel


def result_menu(panel: SearchPanel, index: QModelIndex) -> QMenu | None:
    """The menu of the result at `index`; None where there is none."""
    hit = index.data(HIT_ROLE) if index.isValid() else None
    if hit is None:
        return None
    # The hit itself, not its row: results arriving while the menu is open may reset the list.
    highlight = panel.results.highlight if panel.results else []
    menu = QMenu(panel)
    menu.addAction(tr("Open"), lambda: panel.openRequested.emit(hit, highlight))
    # A note's hit carries the note's id as its uid (db/search/results.py).
    menu.addAction(tr("Add to Brief"), lambda: panel.addToBrief.emit("note" if hit.kind == "note" else "entry", hit.uid))
    return menu
