"""Help > Keyboard Shortcuts: every menu action with its shortcut, read from the menus themselves."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMenuBar, QTableWidget, QTableWidgetItem, QVBoxLayout


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(menu, action, shortcut) for every action in the menus that has a shortcut, each action once."""
    rows, seen = [], set()
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        for action in menu.actions():
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            if keys and not action.isSeparator() and action not in seen:
                seen.add(action)
                rows.append((menu_action.text().replace("&", ""), action.text().replace("&", ""), keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        # Keys that belong to a field or the mouse rather than to a menu action.
        rows = menu_shortcuts(bar) + [
            (self.tr("Search"), self.tr("Move through the results"), self.tr("Up, Down")),
            (self.tr("Search"), self.tr("Open the selected result"), self.tr("Enter")),
            (self.tr("Search"), self.tr("Clear the search"), self.tr("Esc")),
            (self.tr("Find in Page"), self.tr("Next match, previous match"), self.tr("Enter, Shift+Enter")),
            (self.tr("Go"), self.tr("Back, Forward"), self.tr("Mouse back and forward buttons")),
            (self.tr("Comparison"), self.tr("Show a long row in full, or cap it again"), self.tr("Space")),
            (self.tr("Comparison"), self.tr("Leave focus mode"), self.tr("Esc")),
        ]
        table = QTableWidget(len(rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(640, 620)
