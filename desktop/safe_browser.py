"""A QTextBrowser that shows pack text and nothing else: no remote or local resources, no scripts."""
from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QTextBrowser

# Markdown with raw HTML switched off: pack text cannot smuggle in tags or styles.
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature.MarkdownDialectGitHub | QTextDocument.MarkdownFeature.MarkdownNoHTML


class SafeBrowser(QTextBrowser):
    """Links are reported through anchorClicked; the caller decides what a click may do."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, name: QUrl):
        # Images or style sheets named by pack text (file:, http:, data:) are never fetched.
        return None

    def set_markdown(self, text: str) -> None:
        self.document().setMarkdown(text, MARKDOWN_FEATURES)
