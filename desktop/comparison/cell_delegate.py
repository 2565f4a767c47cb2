"""How a comparison cell is drawn: its short value in bold, its text capped at a few lines with a
control to show the rest, its background to the edges."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.shared.safe_browser import RIGHT_TO_LEFT_LETTER

EXPANDED_ROLE = Qt.ItemDataRole.UserRole + 20
"""True when the row of an index shows its cells in full (set with the model's `set_expanded`)."""
HEADLINE_ROLE = Qt.ItemDataRole.UserRole + 21
"""A cell's short value, shown in bold above its text ("" when the text begins with it)."""
DATED_ROLE = Qt.ItemDataRole.UserRole + 22
"""The year a cell's value holds for ("as of 2011"), shown under its text in a lighter colour ("" when undated)."""

MAX_LINES = 5
"""Lines of text a cell shows before "Show all": enough for most values, few enough that a long one
does not push the other rows off the screen."""
PAD = 4


def wrapped_lines(text: str, font: QFont, width: int) -> list[str]:
    """`text` broken into lines at word boundaries (anywhere only for a word wider than `width`)."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        layout = QTextLayout(paragraph, font)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # an English value in an Arabic window
        layout.setTextOption(option)
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(max(1, width))
            lines.append(paragraph[line.textStart():line.textStart() + line.textLength()].rstrip())
        layout.endLayout()
        if not paragraph:
            lines.append("")
    return lines


def _start(area: QRect, metrics: QFontMetrics, line: str) -> int:
    """Where a line begins: at the left, or at the right for a line of right-to-left text."""
    if RIGHT_TO_LEFT_LETTER.match(line.lstrip(" \u2068(\"“")):
        return area.right() - metrics.horizontalAdvance(line)
    return area.left()


class CellDelegate(QStyledItemDelegate):
    """Cells with a bold short value, text capped at MAX_LINES unless their row is expanded, and a
    "Show all" / "Show less" control under capped text (a click on it toggles the row)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.show_all_text = self.tr("Show all ▾")
        self.show_less_text = self.tr("Show less ▴")

    # -- layout -------------------------------------------------------------------------------------
    def _fonts(self, option: QStyleOptionViewItem, index: QModelIndex) -> tuple[QFont, QFont]:
        font = QFont(index.data(Qt.ItemDataRole.FontRole) or option.font)
        bold = QFont(option.font)
        bold.setBold(True)
        return font, bold

    def _layout(self, option: QStyleOptionViewItem, index: QModelIndex, width: int):
        """(headline lines, text lines shown, dated lines, whether the text is capped, whether a control is drawn)."""
        font, bold = self._fonts(option, index)
        headline = str(index.data(HEADLINE_ROLE) or "")
        heads = wrapped_lines(headline, bold, width) if headline else []
        lines = wrapped_lines(str(index.data(Qt.ItemDataRole.DisplayRole) or ""), font, width)
        dated = str(index.data(DATED_ROLE) or "")
        expanded = bool(index.data(EXPANDED_ROLE))
        cappable = len(lines) > MAX_LINES
        shown = lines if expanded or not cappable else lines[:MAX_LINES]
        return heads, shown, wrapped_lines(dated, option.font, width) if dated else [], cappable and not expanded, cappable

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if index.data(HEADLINE_ROLE) is None:  # a group header or the line of undocumented rows
            inner = QStyleOptionViewItem(option)
            inner.rect = option.rect.adjusted(PAD, 0, -PAD, 0)
            size = super().sizeHint(inner, index)
            return QSize(size.width() + 2 * PAD, size.height() + 2 * PAD)
        width = (option.rect.width() or 300) - 2 * PAD
        heads, shown, dated, _, control = self._layout(option, index, width)
        font, bold = self._fonts(option, index)
        height = (len(heads) * QFontMetrics(bold).lineSpacing() + len(shown) * QFontMetrics(font).lineSpacing()
                  + (len(dated) + control) * QFontMetrics(option.font).lineSpacing())
        return QSize(width + 2 * PAD, height + 2 * PAD)

    # -- painting -----------------------------------------------------------------------------------
    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().initStyleOption(option, index)
        option.backgroundBrush = Qt.BrushStyle.NoBrush  # painted by paint() over the whole cell

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        brush = option.palette.highlight() if selected else index.data(Qt.ItemDataRole.BackgroundRole)
        if brush is not None:
            painter.fillRect(option.rect, brush)
        if index.data(HEADLINE_ROLE) is None:
            inner = QStyleOptionViewItem(option)
            inner.rect = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
            super().paint(painter, inner, index)
            return
        self._paint_cell(painter, option, index, selected)

    def _paint_cell(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex, selected: bool) -> None:
        area = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        heads, shown, dated, capped, control = self._layout(option, index, area.width())
        font, bold = self._fonts(option, index)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        foreground = index.data(Qt.ItemDataRole.ForegroundRole)
        painter.save()
        painter.setClipRect(option.rect)
        # Each line in its own text's direction: "1998 (first meeting, May 1998)" keeps its brackets
        # in an Arabic window, and an Arabic value reads right to left in any window.
        painter.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
        painter.setPen(option.palette.color(role) if selected or foreground is None else foreground)
        y = area.top()
        for font_used, lines in ((bold, heads), (font, shown)):
            metrics = QFontMetrics(font_used)
            painter.setFont(font_used)
            for number, line in enumerate(lines):
                if capped and font_used is font and number == len(lines) - 1:
                    line = metrics.elidedText(line + " …", Qt.TextElideMode.ElideRight, area.width())
                painter.drawText(QPoint(_start(area, metrics, line), y + metrics.ascent()), line)
                y += metrics.lineSpacing()
        if dated:
            metrics = QFontMetrics(option.font)
            painter.setFont(option.font)
            if not selected:
                painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
            for line in dated:
                painter.drawText(QPoint(_start(area, metrics, line), y + metrics.ascent()), line)
                y += metrics.lineSpacing()
        if control:
            painter.setFont(option.font)
            painter.setPen(option.palette.color(role if selected else QPalette.ColorRole.Link))
            rect = self._control_rect(option, index)
            painter.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.show_all_text if capped else self.show_less_text)
        painter.restore()

    def _control_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect:
        """Where "Show all" / "Show less" is drawn: the cell's last line."""
        area = option.rect.adjusted(PAD, PAD, -PAD, -PAD)
        height = QFontMetrics(option.font).lineSpacing()
        text = self.show_all_text if not index.data(EXPANDED_ROLE) else self.show_less_text
        width = QFontMetrics(option.font).horizontalAdvance(text) + PAD
        return QRect(area.left(), area.bottom() - height + 1, width, height)

    def control_rect(self, option: QStyleOptionViewItem, index: QModelIndex) -> QRect | None:
        """The "Show all" control of a capped cell, None when the cell shows everything anyway."""
        if index.data(HEADLINE_ROLE) is None:
            return None
        *_, control = self._layout(option, index, option.rect.width() - 2 * PAD)
        return self._control_rect(option, index) if control else None

    def editorEvent(self, event: QEvent, model, option: QStyleOptionViewItem, index: QModelIndex) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
            rect = self.control_rect(option, index)
            if rect is not None and rect.contains(event.position().toPoint()):
                model.set_expanded(index.row(), not index.data(EXPANDED_ROLE))
                return True
        return super().editorEvent(event, model, option, index)
