"""File > Install Content Pack…: what `partnership-atlas pack import` does, from the window.

The window refreshes itself from the store's change signal; this only asks, installs and says how it went.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from db.errors import PackError, PackReplaceRefused
from db.packs.installer import InstallResult
from desktop.shared.translate import said, said_error
from desktop.shared.window_task import WindowTask

PROBLEMS_SHOWN = 20
"""Problems listed in the message; the rest are counted (all are in `partnership-atlas pack validate`)."""


class PackInstall(WindowTask):
    """`start()` asks for a pack file and installs it; `install(path)` does it without the file dialog."""

    def start(self) -> None:
        path = self._ask_path()
        if path:
            self.install(Path(path))
        else:
            self.done()

    def install(self, path: Path, *, force: bool = False) -> None:
        def run(store):
            result = store.import_pack(path, force=force)
            return result, (store.highlights_on(result.pack.id) if result.action != "unchanged" else (0, 0))

        self.runner.submit(run, done=lambda outcome: self._installed(*outcome), failed=lambda exc: self._failed(path, exc))

    def _installed(self, result: InstallResult, highlights: tuple[int, int] = (0, 0)) -> None:
        pack = result.pack
        entries = self.tr("%n entries", "", len(pack.entries))
        text = {
            "installed": self.tr("Installed “%1” %2 (%3)."),
            "updated": self.tr("Updated “%1” from %4 to %2 (%3)."),
            "downgraded": self.tr("Replaced “%1” %4 with the older version %2 (%3)."),
            "reinstalled": self.tr("Replaced “%1” %2 (%3)."),
            "unchanged": self.tr("“%1” %2 is already installed with the same content; nothing changed."),
        }[result.action]
        text = text.replace("%1", pack.title).replace("%2", pack.version).replace("%3", entries).replace("%4", result.previous_version or "")
        found, lost = highlights
        if lost:
            text += " " + self.tr("%n highlight(s) no longer found in the new text: kept, marked in your notes.", "", lost)
        elif found and result.action != "installed":
            text += " " + self.tr("All %n highlight(s) found in the new text.", "", found)
        self.done(text)

    def _failed(self, path: Path, exc: Exception) -> None:
        if isinstance(exc, PackReplaceRefused) and self._confirm_replace(said(exc.reason)):
            self.install(path, force=True)
            return
        if isinstance(exc, PackReplaceRefused):
            self.message.emit(self.tr("Nothing installed from %1.").replace("%1", path.name))
        elif isinstance(exc, PackError):
            self._show_problems(path, exc)
        else:
            self._show_error(said_error(exc))
        self.done()

    # -- dialogs (one call each, so tests can drive the rest) ---------------------------------------
    def _ask_path(self) -> str:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Install content pack"), folder,
                                              self.tr("Content packs (*.atlaspack *.zip)"))
        return path

    def _confirm_replace(self, reason: str) -> bool:
        answer = QMessageBox.question(self.window, self.tr("Replace the installed pack?"),
                                      reason + "\n\n" + self.tr("Replace it with this file? Your notes on its entries are kept."))
        return answer == QMessageBox.StandardButton.Yes

    def _show_problems(self, path: Path, error: PackError) -> None:
        lines = [said(problem.said()) for problem in error.problems[:PROBLEMS_SHOWN]]
        more = len(error.problems) - len(lines)
        if more > 0:
            lines.append(self.tr("…and %n more.", "", more))
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Pack not installed"),
                          self.tr("%1 is not a valid content pack, so nothing was installed: %n problem(s).", "",
                                  len(error.problems)).replace("%1", path.name), parent=self.window)
        box.setDetailedText("\n".join(lines))
        box.open()

    def _show_error(self, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Warning, self.tr("Pack not installed"), text, parent=self.window).open()
