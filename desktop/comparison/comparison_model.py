"""A comparison as a Qt table: attributes as rows under their group headers, models as columns."""
from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from db.compare.render import MARKS, worded
from db.compare.table import VALUES, WORDING, Cell, Citation, Comparison, Group, Row
from db.reference.attributes import INAPPLICABLE, UNDOCUMENTED
from desktop.comparison.cell_delegate import DATED_ROLE, EXPANDED_ROLE, HEADLINE_ROLE
from desktop.shared.comparison_words import export_words

CELL_ROLE = Qt.ItemDataRole.UserRole + 1
"""The db `Cell` under an index (None on a group header row)."""
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
"""The db `Row` of an index (None on a group header row)."""
GROUP_HEADER_ROLE = Qt.ItemDataRole.UserRole + 3
"""True on a group header row and on the line listing rows no model documents."""
UID_ROLE = Qt.ItemDataRole.UserRole + 4
"""headerData(section, Horizontal, UID_ROLE): the model uid of a column."""

# Translucent, so readable on light and dark bases: amber where values differ, a lighter grey where
# only the wording does.
BACKGROUNDS = {VALUES: QColor(255, 179, 0, 38), WORDING: QColor(128, 128, 128, 20)}
GROUP_BACKGROUND = QColor(120, 120, 120, 56)
UNDOCUMENTED_FOREGROUND = QColor(128, 128, 128)


def _font(*, bold: bool = False, italic: bool = False) -> QFont:
    font = QFont()
    font.setBold(bold)
    font.setItalic(italic)
    return font


@dataclass(frozen=True)
class _Line:
    group: Group | None  # None: the line listing the rows no model documents
    row: Row | None  # None: a group's header line, that list, or a row's note
    note_of: Row | None = None  # the row whose note for every model this line shows


class ComparisonTableModel(QAbstractTableModel):
    """Rows: a header line per group, then its attribute rows; columns: models in the user's order.

    The model keeps the comparison as loaded and the user's column order over it, so removing or
    moving a column needs no store call; `comparison()` gives the table as the user sees it.
    """

    def __init__(self, parent=None):
        super().__init__(parent)
        self._base: Comparison | None = None
        self._order: list[int] = []  # view column -> column in self._base
        self._view = Comparison([])
        self._lines: list[_Line] = []
        self._only_differences = False
        self._wording = False
        self._expanded: set[str] = set()  # attribute keys of the rows shown in full
        self._words = export_words()  # the window's language cannot change while it runs

    # -- content ---------------------------------------------------------------------------
    def set_comparison(self, comparison: Comparison | None, only_differences: bool = False, wording: bool = False) -> None:
        self.beginResetModel()
        self._base = comparison
        self._order = list(range(len(comparison.models))) if comparison else []
        self._only_differences, self._wording = only_differences, wording
        self._rebuild()
        self.endResetModel()

    def set_only_differences(self, on: bool, wording: bool | None = None) -> None:
        """Show only the rows whose values differ; with `wording`, also those described in other words."""
        wording = self._wording if wording is None else wording
        if (on, wording) == (self._only_differences, self._wording):
            return
        self.beginResetModel()
        self._only_differences, self._wording = on, wording
        self._rebuild()
        self.endResetModel()

    @property
    def only_differences(self) -> bool:
        return self._only_differences

    @property
    def wording(self) -> bool:
        return self._wording

    def set_expanded(self, row: int, on: bool) -> None:
        """Show a row's cells in full (or capped again)."""
        line = self.row_at(row)
        if line is None or (line.key in self._expanded) == on:
            return
        (self._expanded.add if on else self._expanded.discard)(line.key)
        if self._order:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._order) - 1), [EXPANDED_ROLE])

    def comparison(self) -> Comparison:
        """The comparison with the columns as currently shown (order kept, removed ones gone)."""
        return self._view

    def model_uids(self) -> list[str]:
        return [model.uid for model in self._view.models]

    def remove_column(self, column: int) -> bool:
        if not 0 <= column < len(self._order):
            return False
        self.beginRemoveColumns(QModelIndex(), column, column)
        del self._order[column]
        lines_before = self._lines
        self._rebuild()
        self.endRemoveColumns()
        self._after_columns_changed(lines_before)
        return True

    def sort_columns(self, row: int) -> bool:
        """Put the models in the order of a year, number or amount row's values (see Row.sort_order)."""
        line = self.row_at(row)
        order = line.sort_order() if line is not None else None
        if order is None or order == list(range(len(order))):
            return False
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        self._order = [self._order[i] for i in order]
        self._rebuild()  # the order of values does not change which rows show
        self.changePersistentIndexList(before, [self.index(i.row(), order.index(i.column())) for i in before])
        self.layoutChanged.emit()
        return True

    def move_column(self, source: int, destination: int) -> bool:
        """Move column `source` so that it ends up at position `destination`."""
        count = len(self._order)
        if not (0 <= source < count and 0 <= destination < count) or source == destination:
            return False
        # Qt wants the column *before which* to insert, counted before the move.
        child = destination + 1 if destination > source else destination
        if not self.beginMoveColumns(QModelIndex(), source, source, QModelIndex(), child):
            return False
        self._order.insert(destination, self._order.pop(source))
        self._rebuild()  # the order of values does not change which rows differ
        self.endMoveColumns()
        return True

    def _after_columns_changed(self, lines_before: list[_Line]) -> None:
        """Removing a column can change which rows differ, so which rows show."""
        if [line.row and line.row.key for line in lines_before] != [line.row and line.row.key for line in self._lines]:
            self.beginResetModel()
            self.endResetModel()
        elif self._lines:
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._lines) - 1)
            if self._order:
                self.dataChanged.emit(self.index(0, 0), self.index(len(self._lines) - 1, len(self._order) - 1))

    def _rebuild(self) -> None:
        if self._base is None:
            self._view, self._lines = Comparison([]), []
            return
        models = [self._base.models[i] for i in self._order]
        groups = [
            Group(group.label, tuple(replace(row, cells=tuple(row.cells[i] for i in self._order)) for row in group.rows))
            for group in self._base.groups
        ]
        self._view = Comparison(models, groups)
        self._lines = []
        shown = {row.key for _, row in self._view.rows(only_differences=self._only_differences, wording=self._wording)}
        for group in groups:
            rows = [row for row in group.rows if row.key in shown]
            if rows:
                self._lines.append(_Line(group, None))
                for row in rows:
                    self._lines.append(_Line(group, row))
                    if row.note:
                        self._lines.append(_Line(group, None, row))
        if self._view.undocumented() and not self._only_differences:
            self._lines.append(_Line(None, None))
            self._lines += [_Line(None, None, row) for row in self._view.undocumented() if row.note]

    # -- lookups -----------------------------------------------------------------------------
    def is_group_row(self, row: int) -> bool:
        """A line across all columns: a group's header, or the list of rows no model documents."""
        return 0 <= row < len(self._lines) and self._lines[row].row is None

    def folded_text(self) -> str:
        """The one line standing for the rows no model documents ("" when there are none)."""
        rows = self._view.undocumented()
        if not rows:
            return ""
        return (self.tr("%n attribute(s) not documented for any of these models: ", "", len(rows))
                + ", ".join(row.label for row in rows))

    def note_at(self, row: int) -> Row | None:
        """The row whose note for every model this line shows (None on any other line)."""
        return self._lines[row].note_of if 0 <= row < len(self._lines) else None

    def row_at(self, row: int) -> Row | None:
        return self._lines[row].row if 0 <= row < len(self._lines) else None

    def cell_at(self, index: QModelIndex | QPersistentModelIndex) -> Cell | None:
        if not self._valid(index):
            return None
        row = self._lines[index.row()].row
        return row.cells[index.column()] if row is not None else None

    def cell_key(self, index: QModelIndex | QPersistentModelIndex) -> tuple[str, str] | None:
        """(model uid, attribute key) of a cell, None on a group header or an invalid index."""
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None or not 0 <= index.column() < len(self._view.models):
            return None
        return self._view.models[index.column()].uid, row.key

    def headline(self, cell: Cell) -> str:
        """The cell's short value in the window's language ("vers 1999")."""
        return self._words.headline(cell)

    def cell_text(self, cell: Cell) -> str:
        """The cell's text; what the data layer words for an unknown value, in the window's language."""
        return worded(cell, self._words)

    @staticmethod
    def sources_text(citations: tuple[Citation, ...]) -> str:
        """One line per source: "Source title — locator"."""
        return "\n".join(f"{c.source_title} — {c.locator}" if c.locator else c.source_title for c in citations)

    def _valid(self, index: QModelIndex | QPersistentModelIndex) -> bool:
        return (index.isValid() and index.model() is self and 0 <= index.row() < len(self._lines)
                and 0 <= index.column() < len(self._order))

    # -- Qt model API ------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._order)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.is_group_row(index.row()):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not self._valid(index):
            return None
        line = self._lines[index.row()]
        if line.note_of is not None:
            return self._note_data(line.note_of, index.column(), role, folded=line.group is None)
        if line.row is None:
            return self._group_data(line.group, index.column(), role)
        cell = line.row.cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell_text(cell)
        if role == HEADLINE_ROLE:
            return self.headline(cell)
        if role == DATED_ROLE:
            return self.tr("as of %1").replace("%1", cell.as_of) if cell.as_of else ""
        if role == EXPANDED_ROLE:
            return line.row.key in self._expanded
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{self.headline(cell)}: {self.cell_text(cell)}" if cell.headline else self.cell_text(cell)
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.state == UNDOCUMENTED:
                return self.tr("No source: not documented in this pack.")
            known = self.tr("Does not apply to this model.") if cell.state == INAPPLICABLE else ""
            return "\n".join(filter(None, (known, self.sources_text(cell.citations))))
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS.get(line.row.difference or "")
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNDOCUMENTED_FOREGROUND if cell.state == UNDOCUMENTED else None
        if role == Qt.ItemDataRole.FontRole and not cell.documented:
            return _font(italic=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        if role == CELL_ROLE:
            return cell
        if role == ROW_ROLE:
            return line.row
        if role == GROUP_HEADER_ROLE:
            return False
        return None

    def _group_data(self, group: Group | None, column: int, role: int):
        if group is None:
            return self._folded_data(column, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return group.label if column == 0 else None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Group: %1").replace("%1", group.label)
        if role == Qt.ItemDataRole.FontRole:
            return _font(bold=True)
        if role == Qt.ItemDataRole.BackgroundRole:
            return GROUP_BACKGROUND
        if role == GROUP_HEADER_ROLE:
            return True
        return None

    def _note_data(self, row: Row, column: int, role: int, *, folded: bool):
        """The line with what the pack says of an attribute for every model: under its row, or, for a
        row folded into the line of undocumented ones, after that line with the attribute named."""
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column != 0:
                return None
            if folded:
                return self.tr("%1, for all models: %2").replace("%1", row.label).replace("%2", row.note)
            return self.tr("For all models: %1").replace("%1", row.note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.sources_text(row.note_citations)
        if role == Qt.ItemDataRole.FontRole:
            return _font(italic=True)
        if role == GROUP_HEADER_ROLE:
            return True
        return None

    def _folded_data(self, column: int, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.folded_text() if column == 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{row.label}: {row.description}" if row.description else row.label for row in self._view.undocumented())
        if role == Qt.ItemDataRole.ForegroundRole:
            return UNDOCUMENTED_FOREGROUND
        if role == Qt.ItemDataRole.FontRole:
            return _font(italic=True)
        if role == GROUP_HEADER_ROLE:
            return True
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._view.models):
                return None
            model = self._view.models[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return model.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("%1\nRight-click to open it or remove it; drag to reorder.").replace("%1", model.title)
            if role == UID_ROLE:
                return model.uid
            return None
        if not 0 <= section < len(self._lines):
            return None
        line = self._lines[section]
        row = line.row
        if row is None:
            if role == Qt.ItemDataRole.BackgroundRole and line.group is not None:
                return GROUP_BACKGROUND
            return "" if role == Qt.ItemDataRole.DisplayRole else None
        difference = row.difference
        if role == Qt.ItemDataRole.DisplayRole:
            mark = MARKS.get(difference or "", "\u2003")  # em space: labels line up
            return f"{mark} {row.label}"
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [row.label, row.description] if row.description else [row.label]
            if difference == VALUES:
                lines.append(self.tr("%1 The models' values differ on this attribute.").replace("%1", MARKS[VALUES]))
            elif difference == WORDING:
                lines.append(self.tr("%1 Described in different words, with no value to compare: read the cells.")
                             .replace("%1", MARKS[WORDING]))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            if difference == VALUES:
                return self.tr("%1 (values differ)").replace("%1", row.label)
            return self.tr("%1 (differs in wording)").replace("%1", row.label) if difference == WORDING else row.label
        if role == Qt.ItemDataRole.BackgroundRole:
            return BACKGROUNDS.get(difference or "")
        if role == ROW_ROLE:
            return row
        return None
