"""Paint a search result: kind badge, title, and the snippet with its matched words marked."""
from __future__ import annotations

import html

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPixmap,
    QTextDocument,
)
# QtWidgets.X for classes used now and then: set up on first use, not at start (see desktop/app.py).
from PySide6 import QtWidgets
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.kind_badge import paint_badge
from desktop.search_model import KIND_ROLE, SNIPPET_HTML_ROLE

PADDING = 6
BADGE = 20


class ResultDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._badges: dict[tuple[str, float], QPixmap] = {}

    def _badge(self, kind: str, ratio: float) -> QPixmap:
        """The kind badge drawn once per kind and screen, then copied onto each card."""
        if (kind, ratio) not in self._badges:
            pixmap = QPixmap(round(BADGE * ratio), round(BADGE * ratio))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            badge_painter = QPainter(pixmap)
            paint_badge(badge_painter, QRect(0, 0, BADGE, BADGE), kind)
            badge_painter.end()
            self._badges[kind, ratio] = pixmap
        return self._badges[kind, ratio]

    def _document(self, option: QStyleOptionViewItem, index, width: int) -> QTextDocument:
        selected = bool(option.state & QtWidgets.QStyle.StateFlag.State_Selected)
        text_color = option.palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text).name()
        muted = option.palette.color(QPalette.ColorRole.PlaceholderText).name() if not selected else text_color
        mark = "#ffe066"
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDefaultStyleSheet(f"mark {{ background-color: {mark}; color: #000000; }} .kind {{ color: {muted}; }}")
        kind_text = index.data(KIND_ROLE) or ""
        bold = QFont(option.font)
        bold.setBold(True)
        # The title keeps to one line so the snippet, where the match is, always gets three.
        room = width - option.fontMetrics.horizontalAdvance(f" · {kind_text}") - 4
        title = html.escape(QFontMetrics(bold).elidedText(index.data(Qt.ItemDataRole.DisplayRole) or "", Qt.TextElideMode.ElideRight, room))
        snippet = (index.data(SNIPPET_HTML_ROLE) or "").replace("\n", " ")
        kind = html.escape(kind_text)
        document.setHtml(f"<div style='color:{text_color}'><b>{title}</b> <span class='kind'>· {kind}</span><br>"
                         f"<span style='color:{text_color}'>{snippet}</span></div>")
        document.setTextWidth(width)
        return document

    def paint(self, painter, option: QStyleOptionViewItem, index) -> None:
        # No initStyleOption: the card draws its own text, so the style draws only the background,
        # selection and focus, and the model is asked for the roles used here, not a dozen.
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QtWidgets.QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        rect = option.rect
        painter.drawPixmap(rect.left() + PADDING, rect.top() + PADDING + 2, self._badge(index.data(KIND_ROLE) or "", painter.device().devicePixelRatio()))
        document = self._document(option, index, rect.width() - BADGE - 3 * PADDING)
        painter.save()
        painter.translate(rect.left() + BADGE + 2 * PADDING, rect.top() + PADDING)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.clip = QRectF(0, 0, rect.width(), rect.height() - 2 * PADDING)
        painter.setClipRect(context.clip)
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        # Every card is one title line and up to three snippet lines, so the list can use
        # uniform item sizes and never lays out the text of rows that are not on screen.
        line = option.fontMetrics.lineSpacing()
        return QSize(200, 4 * line + 2 * PADDING + 2)
