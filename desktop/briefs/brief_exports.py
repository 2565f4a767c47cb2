"""Export as PDF, OpenDocument or Markdown, and Print, for the brief on screen: the brief is read off the GUI
thread, then drawn here (Qt's text documents belong to the GUI thread)."""
from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence

from desktop.briefs.brief_files import paint, write_odt, write_pdf
from desktop.briefs.brief_words import brief_words
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error, tr, window_language

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from db.briefs.assembly import Document

SUFFIXES = {"pdf": ".pdf", "odt": ".odt", "md": ".md"}


def suggested_name(title: str, suffix: str) -> str:
    """A file name from the brief's title, in the Documents folder when there is one."""
    name = re.sub(r"\s+", " ", "".join(c if c.isalnum() or c in " -_" else " " for c in title)).strip() or "brief"
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(folder) / (name + suffix)) if folder else name + suffix


class BriefExports(QObject):
    message = Signal(str)

    def __init__(self, runner: StoreRunner, parent: QWidget, brief_id: Callable[[], str | None]):
        super().__init__(parent)
        self.runner = runner
        self.widget = parent
        self.brief_id = brief_id
        self.pdf_action = self._action(tr("Export Brief as PDF…"), None, lambda: self.export("pdf"))
        self.odt_action = self._action(tr("Export Brief as OpenDocument Text…"), None, lambda: self.export("odt"))
        self.md_action = self._action(tr("Export Brief as Markdown…"), None, lambda: self.export("md"))
        self.print_action = self._action(tr("Print Brief…"), QKeySequence.StandardKey.Print, self.print_brief)

    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self.widget)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        return action

    def actions(self) -> list[QAction]:
        return [self.pdf_action, self.odt_action, self.md_action, self.print_action]

    def set_enabled(self, enabled: bool) -> None:
        for action in self.actions():
            action.setEnabled(enabled)

    def _read(self, then: Callable[[Document], None]) -> None:
        brief_id = self.brief_id()
        if brief_id is None:
            return
        words, language = brief_words(), window_language()
        self.runner.read(lambda s: s.brief_document(brief_id, words=words, language=language), done=then,
                         failed=lambda exc: self.message.emit(said_error(exc)))

    # -- files -------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        self._read(lambda document: self._export_read(document, fmt))

    def _export_read(self, document: Document, fmt: str) -> None:
        path = self._ask_path(document.title, fmt)
        if path:
            self.export_to(document, Path(path), fmt)

    def _ask_path(self, title: str, fmt: str) -> str:
        from PySide6.QtWidgets import QFileDialog

        filters = {"pdf": tr("PDF (*.pdf)"), "odt": tr("OpenDocument text (*.odt)"), "md": tr("Markdown (*.md)")}
        path, _ = QFileDialog.getSaveFileName(self.widget, tr("Export Brief"), suggested_name(title, SUFFIXES[fmt]), filters[fmt])
        if path and not path.lower().endswith(SUFFIXES[fmt]):
            path += SUFFIXES[fmt]
        return path

    def export_to(self, document: Document, path: Path, fmt: str) -> Path | None:
        """Write `document` to `path` as "pdf", "odt" or "md"; say where, or why it could not be written."""
        from db.errors import AtlasError

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if fmt == "pdf":
                pages = write_pdf(document, path)
                said = tr("Exported the brief to %1 (%n page(s)).", "", pages).replace("%1", str(path))
            elif fmt == "odt":
                write_odt(document, path)
                said = tr("Exported the brief to %1.").replace("%1", str(path))
            else:
                from db.briefs.markdown import render_markdown

                path.write_text(render_markdown(document), encoding="utf-8")
                said = tr("Exported the brief to %1.").replace("%1", str(path))
        except (AtlasError, OSError) as exc:
            self.message.emit(tr("Could not export the brief: %1").replace("%1", said_error(exc)))
            return None
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.message.emit(said)
        return path

    # -- printing ----------------------------------------------------------------------------
    def print_brief(self) -> None:
        self._read(self._print_read)

    def _print_read(self, document: Document) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter  # with the first printout, not at start

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(document.title)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setWindowTitle(tr("Print Brief"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(document, printer)

    def print_to(self, document: Document, printer) -> int:
        pages = paint(document, printer)
        self.message.emit(tr("Sent %n page(s) to the printer.", "", pages))
        return pages
