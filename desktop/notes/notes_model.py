"""The notes list: a row per db `Note`, and a delegate that draws title, quoted passage and details."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
# QtWidgets.X for classes used now and then: set up on first use, not at start (see desktop/app/application.py).
from PySide6 import QtWidgets
from PySide6.QtWidgets import QStyledItemDelegate

from db import Note
from desktop.shared.local_time import local_time

NoteRole = Qt.ItemDataRole.UserRole + 1
"""The `Note` itself."""
NoteIdRole = Qt.ItemDataRole.UserRole + 2
"""The note's id (str)."""
DetachedRole = Qt.ItemDataRole.UserRole + 3
"""True when the note's entry is gone from every installed pack (the note is kept)."""
QuoteRole = Qt.ItemDataRole.UserRole + 4
"""The highlighted passage of a passage note, else None."""
DetailsRole = Qt.ItemDataRole.UserRole + 5
"""The second line: updated time, tags, and a detached marker."""

QUOTE_CHARS = 160


def short_quote(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


class NotesListModel(QAbstractListModel):
    """Rows are notes, newest first; edits update one row (`dataChanged`), never reset the list."""

    def __init__(self, notes: list[Note] | None = None, parent=None):
        super().__init__(parent)
        self._notes: list[Note] = list(notes or [])

    # -- changes ----------------------------------------------------------------------------
    def set_notes(self, notes: list[Note]) -> None:
        self.beginResetModel()
        self._notes = list(notes)
        self.endResetModel()

    def upsert(self, note: Note) -> QModelIndex:
        """Replace the row with this note's id, or insert it where its `updated` time sorts."""
        row = self.row_of(note.id)
        if row is not None:
            self._notes[row] = note
            index = self.index(row, 0)
            self.dataChanged.emit(index, index)
            return index
        row = next((i for i, other in enumerate(self._notes) if other.updated <= note.updated), len(self._notes))
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        self.endInsertRows()
        return self.index(row, 0)

    def remove(self, note_id: str) -> Note | None:
        row = self.row_of(note_id)
        if row is None:
            return None
        self.beginRemoveRows(QModelIndex(), row, row)
        note = self._notes.pop(row)
        self.endRemoveRows()
        return note

    # -- lookups ----------------------------------------------------------------------------
    def row_of(self, note_id: str) -> int | None:
        return next((row for row, note in enumerate(self._notes) if note.id == note_id), None)

    def note_at(self, row: int) -> Note | None:
        return self._notes[row] if 0 <= row < len(self._notes) else None

    def notes(self) -> list[Note]:
        return list(self._notes)

    # -- Qt model ---------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._notes)

    def roleNames(self) -> dict[int, bytes]:
        names = dict(super().roleNames())
        names.update({NoteRole: b"note", NoteIdRole: b"noteId", DetachedRole: b"detached",
                      QuoteRole: b"quote", DetailsRole: b"details"})
        return names

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.parent().isValid() or not 0 <= index.row() < len(self._notes):
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.title(note)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(note)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return ". ".join(part for part in (self.title(note), self.quote(note), self.details(note)) if part)
        if role == NoteRole:
            return note
        if role == NoteIdRole:
            return note.id
        if role == DetachedRole:
            return note.detached
        if role == QuoteRole:
            return self.quote(note)
        if role == DetailsRole:
            return self.details(note)
        return None

    # -- wording ----------------------------------------------------------------------------
    def title(self, note: Note) -> str:
        if not note.title and not note.body.strip():
            return self.tr("Highlight") if note.target.quote is not None else self.tr("Untitled note")
        return note.display_title

    @staticmethod
    def quote(note: Note) -> str | None:
        if note.target.quote is None:
            return None
        return "“" + short_quote(note.target.quote.exact) + "”"

    def details(self, note: Note) -> str:
        parts = [self.tr("Edited %1").replace("%1", local_time(note.updated))]
        if note.tags:
            parts.append(", ".join(note.tags))
        if note.detached:
            parts.insert(0, self.tr("Detached"))
        elif note.unanchored:
            parts.insert(0, self.tr("Passage not found"))
        if note.conflict:
            parts.insert(0, self.tr("Edited on two devices"))
        return " · ".join(parts)

    def _tooltip(self, note: Note) -> str:
        lines = [self.title(note)]
        if note.target.quote is not None:
            lines.append(self.tr("Passage: %1").replace("%1", "“" + short_quote(note.target.quote.exact, 400) + "”"))
        lines.append(self.tr("Edited %1").replace("%1", local_time(note.updated)))
        if note.tags:
            lines.append(self.tr("Tags: %1").replace("%1", ", ".join(note.tags)))
        if note.detached:
            lines.append(self.tr("Detached: its entry is no longer in any installed pack. The note is kept."))
        elif note.unanchored:
            lines.append(self.tr("Passage not found: the entry's text changed and these words are no longer in it. "
                                 "The note and its quote are kept."))
        if note.conflict:
            lines.append(self.tr("Edited on two devices before they synced: both texts are in its History."))
        return "\n".join(lines)


class NoteItemDelegate(QStyledItemDelegate):
    """Draws a note as its title, the quoted passage (for highlights) and a muted details line."""

    MARGIN = 6

    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        quote = QFont(option.font)
        quote.setItalic(True)
        small = QFont(option.font)
        small.setPointSizeF(max(option.font.pointSizeF() * 0.9, 7.0))
        return title, quote, small

    def _lines(self, index, option) -> list[tuple[str, QFont, bool]]:
        title, quote, small = self._fonts(option)
        lines = [(index.data(Qt.ItemDataRole.DisplayRole) or "", title, False)]
        if index.data(QuoteRole):
            lines.append((index.data(QuoteRole), quote, False))
        lines.append((index.data(DetailsRole) or "", small, True))
        return lines

    def sizeHint(self, option, index) -> QSize:
        self.initStyleOption(option, index)
        height = sum(QFontMetrics(font).lineSpacing() for _, font, _ in self._lines(index, option))
        return QSize(option.rect.width() or 200, height + 2 * self.MARGIN)

    def paint(self, painter, option, index) -> None:
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QtWidgets.QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        selected = bool(option.state & QtWidgets.QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        rect = option.rect.adjusted(self.MARGIN, self.MARGIN, -self.MARGIN, -self.MARGIN)
        y = rect.top()
        for text, font, muted in self._lines(index, option):
            metrics = QFontMetrics(font)
            color = option.palette.color(text_role)
            if muted and not selected:
                color = option.palette.color(QPalette.ColorRole.PlaceholderText)
            painter.setFont(font)
            painter.setPen(color)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
            painter.drawText(rect.left(), y + metrics.ascent(), elided)
            y += metrics.lineSpacing()
        painter.restore()
