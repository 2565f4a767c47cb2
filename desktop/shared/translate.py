"""`tr()` for texts outside a Qt class: pages built as Markdown, menus, status lines.

pyside6-lupdate files a `tr("...")` call made outside a class under the empty context, so this
translates in that context too: what lupdate extracts is what is looked up. Classes use their own
`self.tr`, filed under the class's name. Only a literal text is extracted: `tr(variable)` finds a
translation only if the same text is extracted from a literal somewhere else.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)
