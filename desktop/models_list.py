"""A list model of partnership models, for the navigator."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from db.entries import EntrySummary

UID_ROLE = Qt.ItemDataRole.UserRole + 1


class EntryListModel(QAbstractListModel):
    """Rows are reference entries; display is the title, the tooltip its summary."""

    def __init__(self, entries: list[EntrySummary] | None = None, parent=None):
        super().__init__(parent)
        self._entries = list(entries or [])

    def set_entries(self, entries: list[EntrySummary]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.summary
        if role == UID_ROLE:
            return entry.uid
        return None
