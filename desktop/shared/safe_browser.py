"""A QTextBrowser that shows pack text and nothing else: no remote or local resources, no scripts."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # annotations only: QUrl is set up when a link is first clicked

RIGHT_TO_LEFT_LETTER = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
"""Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms."""

# Markdown with raw HTML switched off: pack text cannot smuggle in tags or styles.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


class SafeDocument(QTextDocument):
    """Images named by pack text (file:, http:, data:) are never fetched or decoded.

    An empty answer rather than None: when the answer is null, QTextDocument decodes data: URLs
    and reads local files itself.
    """

    def loadResource(self, kind: int, name: QUrl):
        return QByteArray()


class SafeBrowser(QTextBrowser):
    """Links are reported through anchorClicked; the caller decides what a click may do."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDocument(SafeDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl):
        return QByteArray()

    def set_markdown(self, text: str) -> None:
        document = self.document()
        # Each paragraph runs in the direction of its own first letters: English entries read left to
        # right in an Arabic window, and Arabic ones right to left in any window. Only where some
        # text runs right to left: working each paragraph's direction out costs every page's layout.
        mixed = self.isRightToLeft() or RIGHT_TO_LEFT_LETTER.search(text) is not None
        option = document.defaultTextOption()
        option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto if mixed else self.layoutDirection())
        document.setDefaultTextOption(option)
        document.setMarkdown(text, MARKDOWN_FEATURES)
