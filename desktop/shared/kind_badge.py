"""A small coloured letter per kind of entry, drawn rather than shipped as image files."""
from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap

KIND_STYLE = {
    "model": ("M", "#b3261e"),
    "lesson": ("L", "#1f6feb"),
    "question": ("Q", "#8250df"),
    "theme": ("T", "#1a7f37"),
    "actor": ("A", "#9a6700"),
    "source": ("S", "#57606a"),
    "note": ("N", "#bf3989"),
    "comparison": ("C", "#0b7285"),
    "passage": ("H", "#bc4c00"),
}


def paint_badge(painter: QPainter, rect: QRect, kind: str) -> None:
    letter, color = KIND_STYLE.get(kind, ("?", "#57606a"))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawRoundedRect(rect, 4, 4)
    font = QFont(painter.font())
    font.setBold(True)
    font.setPixelSize(max(8, int(rect.height() * 0.6)))
    painter.setFont(font)
    painter.setPen(QColor("white"))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, letter)
    painter.restore()


def kind_icon(kind: str, size: int = 32) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_badge(painter, QRect(0, 0, size, size), kind)
    painter.end()
    return QIcon(pixmap)
