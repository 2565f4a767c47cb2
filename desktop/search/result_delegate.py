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
# QtWidgets.X for classes used now and then: set up on first use, not at start (see desktop/app/application.py).
from PySide6 import QtWidgets
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from desktop.search.search_model import KIND_ROLE, SNIPPET_HTML_ROLE
from desktop.shared.kind_badge import paint_badge

PADDING = 4
BADGE = 20
TITLE_LINES = 3  # a longer title is cut at the end of its third line
SNIPPET_LINES = 2


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
        title = html.escape(index.data(Qt.ItemDataRole.DisplayRole) or "")
        snippet = (index.data(SNIPPET_HTML_ROLE) or "").replace("\n", " ")
        kind = html.escape(index.data(KIND_ROLE) or "")
        # The kind opens the snippet's line: after the title it pushed a line of its own as often as not.
        document.setHtml(f"<div style='color:{text_color}'><b>{title}</b><br>"
                         f"<span class='kind'>{kind} · </span><span style='color:{text_color}'>{snippet}</span></div>")
        document.setTextWidth(width)
        return document

    @staticmethod
    def title_lines(option: QStyleOptionViewItem, index, width: int) -> int:
        """The lines the whole title takes at `width` (at most TITLE_LINES)."""
        bold = QFont(option.font)
        bold.setBold(True)
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        height = QFontMetrics(bold).boundingRect(QRect(0, 0, max(1, width), 10_000), Qt.TextFlag.TextWordWrap, text).height()
        return max(1, min(TITLE_LINES, -(-height // QFontMetrics(bold).lineSpacing())))

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        width = view.viewport().width() if isinstance(view, QtWidgets.QAbstractItemView) else option.rect.width()
        return width - BADGE - 3 * PADDING

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
        # The whole title, wrapped (a title cut after 25 characters said too little), then
        # SNIPPET_LINES of the snippet, where the match is; only the 50 or so rows of a page are measured.
        lines = self.title_lines(option, index, self._text_width(option)) + SNIPPET_LINES
        return QSize(200, lines * option.fontMetrics.lineSpacing() + 2 * PADDING + 2)
