"""Start the application: Qt, translations, the stores, the main window."""
from __future__ import annotations

import gc
import sys
from typing import Callable

# The data layer first: once PySide6 is imported, it reads the source of every module imported
# after it (to see whether it uses PySide's optional features), which costs the start time.
from db import AtlasPaths, Store  # isort: skip
from db.files.resources import RESOURCES_DIR  # isort: skip
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QIcon
# Classes needed only now and then (message boxes, QStyle) are reached as QtWidgets.X: PySide sets a
# class up, enums and all, on first access, so naming it in an import would cost the start time.
from PySide6 import QtWidgets
from PySide6.QtWidgets import QApplication

from desktop.app.main_window import MainWindow
from desktop.app.single_instance import InstanceGuard
from desktop.languages.choice import chosen_language, install_translations
from desktop.languages.language_menu import restart_if_requested

ICON_FILE = RESOURCES_DIR / "icons" / "partnership-atlas.png"


def window_settings(paths: AtlasPaths) -> QSettings:
    """Window geometry lives beside the user data, so a portable install carries it along."""
    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


def application(argv: list[str], language: str | None = None) -> QApplication:
    """The QApplication, named, with the icon and the translations of `language` (default: the
    system's) installed."""
    QCoreApplication.setApplicationName("Partnership Atlas")
    QCoreApplication.setOrganizationName("Partnership Atlas")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setWindowIcon(QIcon(str(ICON_FILE)))
    install_translations(app, language)
    return app


def data_folder_refused(paths: AtlasPaths) -> bool:
    """Say in a dialog, not a traceback, that the data folder cannot be written; True if so."""
    problem = paths.writable_problem()
    if problem is not None:
        QtWidgets.QMessageBox.critical(None, QCoreApplication.translate("app", "Partnership Atlas cannot start"), str(problem))
    return problem is not None


def resume_garbage_collection() -> None:
    """The window is up: what starting it made lives as long as it does, so the collector, back on,
    leaves those objects out of its scans (desktop.app.launcher turned it off for the start)."""
    gc.freeze()
    gc.enable()


def run(argv: list[str], *, on_ready: Callable[[MainWindow], None] | None = None) -> int:
    """Open the window; `on_ready` is called with it once its first page is on screen (benchmarks)."""
    paths = AtlasPaths.default()
    app = application(argv, chosen_language(window_settings(paths)))
    if data_folder_refused(paths):
        return 2
    guard = InstanceGuard(paths.data_dir)
    if not guard.acquire():
        return 0 if guard.ask_holder_to_raise() else already_open(guard)
    try:
        with Store(paths) as store:
            window = MainWindow(store, window_settings(paths))
            window.show_when_ready()  # first: the slots below see the window on screen
            guard.raiseRequested.connect(window.bring_to_front)
            guard.listen()
            window.ready.connect(resume_garbage_collection)
            if on_ready is not None:
                window.ready.connect(lambda: on_ready(window))
            return app.exec()
    finally:
        guard.release()
        restart_if_requested()


def already_open(guard: InstanceGuard) -> int:
    """The folder is in use by a window that did not answer: say so rather than open a second writer."""
    pid = guard.holder_pid()
    QtWidgets.QMessageBox.information(
        None, QCoreApplication.translate("app", "Partnership Atlas is already open"),
        QCoreApplication.translate("app", "Partnership Atlas is already open with this data folder (process %1) but did not "
                                          "come to the front. Switch to its window, or close it and start again.")
        .replace("%1", str(pid) if pid else "?"))
    return 1
