"""The comparison's right-click menus: on a model's column header, and on a cell; both add the comparison to a brief."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint
from PySide6.QtWidgets import QMenu

from desktop.shared.translate import tr

if TYPE_CHECKING:
    from desktop.comparison.comparison_view import ComparisonView


def header_menu(view: ComparisonView, column: int) -> QMenu:
    menu = QMenu(view)
    menu.addAction(tr("Open"), lambda: view.open_column(column))
    menu.addAction(tr("Remove from Comparison"), lambda: view.remove_column(column))
    menu.addSeparator()
    left = menu.addAction(tr("Move Left"), lambda: view.model.move_column(column, column - 1))
    right = menu.addAction(tr("Move Right"), lambda: view.model.move_column(column, column + 1))
    left.setEnabled(column > 0)
    right.setEnabled(column < view.model.columnCount() - 1)
    menu.addSeparator()
    menu.addAction(tr("Add to Brief"), lambda: add_to_brief(view))
    return menu


def cell_menu(view: ComparisonView, index: QModelIndex) -> QMenu:
    menu = QMenu(view)
    menu.addAction(tr("Show Source"), lambda: view.show_sources(index))
    menu.addAction(tr("Add Note to This Cell…"), lambda: view.request_cell_note(index))
    row = view.model.row_at(index.row())
    if row is not None and row.sort_order() is not None:
        menu.addSeparator()
        menu.addAction(tr("Sort Models by “%1”").replace("%1", row.label), lambda: view.model.sort_columns(index.row()))
    menu.addSeparator()
    menu.addAction(tr("Add to Brief"), lambda: add_to_brief(view))
    return menu


def add_to_brief(view: ComparisonView) -> None:
    """A brief names a saved comparison by its id: an unsaved one is not added, and the user is told to save it."""
    saved = view.comparison_id()
    if saved is None:
        view.message.say(tr("Save the comparison first (Ctrl+S), then add it to a brief."))
    else:
        view.addToBrief.emit("comparison", saved)


def show_header_menu(view: ComparisonView, pos: QPoint) -> None:
    header = view.table.horizontalHeader()
    column = header.logicalIndexAt(pos)
    if column >= 0:
        menu = header_menu(view, column)
        menu.exec(header.mapToGlobal(pos))
        menu.deleteLater()


def show_cell_menu(view: ComparisonView, pos: QPoint) -> None:
    index = view.table.indexAt(pos)
    if view.model.cell_key(index) is not None:
        menu = cell_menu(view, index)
        menu.exec(view.table.viewport().mapToGlobal(pos))
        menu.deleteLater()
