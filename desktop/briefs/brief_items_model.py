"""The items of the brief on screen, one row each, in the brief's order; dragged within the list to reorder.

A drop moves the row here at once and asks for the move to be saved (`moveRequested`); the list is then
read again from the store, so what is shown is always what was saved."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal

from db.briefs.stored import BriefItem
from desktop.shared.kind_badge import kind_icon
from desktop.shared.translate import tr

MIME_TYPE = "application/x-partnership-atlas-brief-item"
BADGES = {"comparison": "comparison", "note": "note", "passage": "passage"}
"""The badge each kind of item wears; an entry wears its own kind's."""


class BriefItemsModel(QAbstractListModel):
    moveRequested = Signal(str, int)
    """(item id, new position): the user moved an item; save the order."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._items: list[BriefItem] = []
        self._titles: dict[str, str] = {}

    def set_items(self, items: tuple[BriefItem, ...] | list[BriefItem], titles: dict[str, str] | None = None) -> None:
        """`titles`: each item's title as the brief now reads (in the window's language), by item id; else the
        title it had when added."""
        self.beginResetModel()
        self._items = list(items)
        self._titles = dict(titles or {})
        self.endResetModel()

    def item_at(self, row: int) -> BriefItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, item_id: str) -> int | None:
        return next((row for row, item in enumerate(self._items) if item.id == item_id), None)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item_at(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            gone = "  " + tr("(detached)", "a brief's item") if item.detached else ""
            return f"{index.row() + 1}. {self._titles.get(item.id, item.title)}{gone}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(part for part in (self._titles.get(item.id, item.title), item.comment) if part)
        if role == Qt.ItemDataRole.DecorationRole:
            return kind_icon(BADGES.get(item.kind) or str(item.snapshot.get("kind", "model")), 16)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return item.comment
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # between rows
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    # -- reordering --------------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [item.id for index in indexes if index.isValid() and (item := self.item_at(index.row())) is not None]
        data.setData(MIME_TYPE, QByteArray("\n".join(ids).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: QModelIndex | QPersistentModelIndex) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: QModelIndex | QPersistentModelIndex) -> bool:
        """Move the dragged item to `row` and ask for the move to be saved. Returns False, so the view does not
        also remove the dragged row: the move is already done."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = bytes(data.data(MIME_TYPE).data()).decode().split("\n")
        source = self.row_of(ids[0]) if ids else None
        if source is None:
            return False
        target = parent.row() if parent.isValid() else (len(self._items) if row < 0 else row)
        self.move(source, target)
        return False

    def move(self, source: int, target: int) -> None:
        """Move the row at `source` to stand before the row now at `target` (len: the end), and ask to save it."""
        target = max(0, min(target, len(self._items)))
        if target in (source, source + 1) or not 0 <= source < len(self._items):
            return
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), target)
        item = self._items.pop(source)
        position = target - 1 if target > source else target
        self._items.insert(position, item)
        self.endMoveRows()
        first, last = min(source, position), max(source, position)
        self.dataChanged.emit(self.index(first), self.index(last), [Qt.ItemDataRole.DisplayRole])  # their numbers
        self.moveRequested.emit(item.id, position)
