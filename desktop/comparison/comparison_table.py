"""The comparison's table widget: group rows spanning all columns, wrapped headers, drag to reorder.

The attribute labels are the vertical header, so they stay in place while the models scroll sideways.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView

from desktop.comparison.cell_delegate import EXPANDED_ROLE, CellDelegate
from desktop.comparison.comparison_model import ComparisonTableModel

LEFT_TOP = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
READABLE_CHARACTERS = 30
"""A model's column is never narrower than this many average characters: narrower, a cell's text
runs to a word or two a line. Past that the models scroll sideways."""
LABEL_CHARACTERS = 22


def plain_label(name: str, alignment: Qt.AlignmentFlag, margin: int) -> QLabel:
    """A wrapping label of plain text, named `name` for screen readers: the comparison's heading and sources."""
    label = QLabel()
    label.setAccessibleName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAlignment(alignment)
    label.setMargin(margin)
    return label


class ComparisonTable(QTableView):
    """Dragging a column header moves the model's column, so exports and saving keep the order."""

    def __init__(self, model: ComparisonTableModel, parent=None):
        super().__init__(parent)
        self.comparison_model = model
        self.setModel(model)
        self.setAccessibleName(self.tr("Comparison table"))
        self.setWordWrap(True)
        self.setItemDelegate(CellDelegate(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        # Columns share the width, but never get too narrow to read: past that the table scrolls.
        header.setMinimumSectionSize(self.min_column_width())
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.sectionMoved.connect(self._section_moved)
        header.installEventFilter(self)
        header.sectionResized.connect(lambda *_: self.resizeRowsToContents())  # wrapped text re-flows
        header.sectionResized.connect(self.fit_header_height)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setDefaultAlignment(LEFT_TOP | Qt.TextFlag.TextWordWrap)
        rows.setFixedWidth(self.fontMetrics().averageCharWidth() * LABEL_CHARACTERS + 12)
        for signal in (model.modelReset, model.columnsRemoved, model.columnsMoved):
            signal.connect(self.apply_spans)
            signal.connect(self.fit_header_height)
        model.dataChanged.connect(self._rows_changed)

    def min_column_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * READABLE_CHARACTERS

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, roles: list[int]) -> None:
        if EXPANDED_ROLE in roles:
            for row in range(top.row(), bottom.row() + 1):
                self.resizeRowToContents(row)

    def toggle_row(self, row: int) -> None:
        """Show a capped row in full, or cap it again."""
        index = self.comparison_model.index(row, 0)
        if index.isValid():
            self.comparison_model.set_expanded(row, not index.data(EXPANDED_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and self.currentIndex().isValid():
            self.toggle_row(self.currentIndex().row())
            return
        super().keyPressEvent(event)

    def apply_spans(self, *_) -> None:
        self.clearSpans()
        columns = self.comparison_model.columnCount()
        for row in range(self.comparison_model.rowCount()):
            if self.comparison_model.is_group_row(row) and columns > 1:
                self.setSpan(row, 0, 1, columns)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.horizontalHeader() and event.type() == QEvent.Type.Resize:
            self.fit_header_height()
        return super().eventFilter(watched, event)

    def fit_header_height(self, *_) -> None:
        """Give the column header the height its word-wrapped model titles need."""
        header = self.horizontalHeader()
        metrics = header.fontMetrics()
        needed = metrics.height()
        for column in range(self.comparison_model.columnCount()):
            box = QRect(0, 0, max(20, header.sectionSize(column) - 14), 10_000)
            text = str(self.comparison_model.headerData(column, Qt.Orientation.Horizontal) or "")
            needed = max(needed, metrics.boundingRect(box, Qt.TextFlag.TextWordWrap, text).height())
        if header.minimumHeight() != needed + 10:
            header.setMinimumHeight(needed + 10)
            self.updateGeometries()

    def _section_moved(self, _logical: int, old_visual: int, new_visual: int) -> None:
        """Keep the header's visual order equal to the model's, and move the model's column."""
        header = self.horizontalHeader()
        header.blockSignals(True)
        header.moveSection(new_visual, old_visual)
        header.blockSignals(False)
        self.comparison_model.move_column(old_visual, new_visual)
