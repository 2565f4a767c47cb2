"""File > Export Notes…: what `partnership-atlas notes export` does, from the window.

Markdown writes one file per note into a folder (for reading and for other note tools); W3C Web
Annotations write one JSON-LD file (for annotation tools and archives).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog

from desktop.shared.translate import said_error
from desktop.shared.window_task import WindowTask

MARKDOWN, ANNOTATIONS = "markdown", "w3c"
ANNOTATION_SUFFIXES = (".jsonld", ".json")


class NotesExport(WindowTask):
    """`start()` asks for a format and a place; `export(fmt, path)` writes without asking."""

    def start(self) -> None:
        fmt = self._ask_format()
        path = self._ask_path(fmt) if fmt else ""
        if path:
            self.export(fmt, Path(path))
        else:
            self.done()

    def export(self, fmt: str, path: Path) -> None:
        if fmt == MARKDOWN:
            self.runner.submit(lambda store: len(store.export_notes_markdown(path)), done=lambda count: self._done(count, path),
                               failed=self._failed)
            return
        if path.suffix.lower() not in ANNOTATION_SUFFIXES:
            path = path.with_name(path.name + ANNOTATION_SUFFIXES[0])

        def write(store) -> int:
            text = store.export_notes_annotations_json()
            path.write_text(text, encoding="utf-8")
            return len(store.notes())

        self.runner.submit(write, done=lambda count: self._done(count, path), failed=self._failed)

    def _done(self, count: int, path: Path) -> None:
        self.done(self.tr("Exported %n note(s) to %1", "", count).replace("%1", str(path)))

    def _failed(self, exc: Exception) -> None:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else said_error(exc)
        where = f" ({exc.filename})" if isinstance(exc, OSError) and exc.filename else ""
        self.done(self.tr("Notes not exported: %1").replace("%1", reason + where))

    # -- dialogs (one call each, so tests can drive the rest) ---------------------------------------
    def _ask_format(self) -> str:
        choices = {self.tr("Markdown: one file per note, in a folder"): MARKDOWN,
                   self.tr("W3C Web Annotations: one JSON-LD file"): ANNOTATIONS}
        choice, ok = QInputDialog.getItem(self.window, self.tr("Export notes"), self.tr("Format:"), list(choices), 0, False)
        return choices[choice] if ok else ""

    def _ask_path(self, fmt: str) -> str:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        if fmt == MARKDOWN:
            return QFileDialog.getExistingDirectory(self.window, self.tr("Export notes into folder"), documents)
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export notes"), str(Path(documents) / "notes.jsonld"),
                                              self.tr("Web Annotations (*.jsonld)"))
        return path
