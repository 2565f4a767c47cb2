"""View > Language: the window's language, the system's or one chosen, applied by restarting."""
from __future__ import annotations

import sys

from PySide6 import QtCore, QtWidgets
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop.languages.choice import LANGUAGES, SETTING, chosen_language, system_language
from desktop.shared.translate import tr

RESTART_PROPERTY = "restartRequested"


def language_menu(window: QWidget, settings: QSettings) -> QMenu:
    """One checkable entry per language, named in itself, and the system's language first."""
    menu = QMenu(tr("&Language"), window)
    menu.setObjectName("language-menu")
    group = QActionGroup(menu)
    stored = str(settings.value(SETTING, "") or "")
    choices = [("", tr("System Language (%1)").replace("%1", LANGUAGES[system_language()]))]
    choices += list(LANGUAGES.items())
    for code, name in choices:
        action = QAction(name, menu, checkable=True)
        action.setData(code)
        action.setChecked(code == stored if stored in LANGUAGES else code == "")
        action.triggered.connect(lambda _=False, code=code: choose_language(window, settings, code))
        group.addAction(action)
        menu.addAction(action)
    return menu


def choose_language(window: QWidget, settings: QSettings, code: str) -> None:
    before = chosen_language(settings)
    settings.setValue(SETTING, code)
    settings.sync()
    after = chosen_language(settings)
    if after != before and ask_restart(window, LANGUAGES[after]):
        QCoreApplication.instance().setProperty(RESTART_PROPERTY, True)
        window.close()


def ask_restart(window: QWidget, language: str) -> bool:
    # Reached through the module, not imported: PySide sets a class up on first use, not at the start.
    box = QtWidgets.QMessageBox
    answer = box.question(
        window, tr("Change the language"),
        tr("Partnership Atlas will be in %1 from its next start. Restart now? Your notes are saved.").replace("%1", language),
        box.StandardButton.Yes | box.StandardButton.No, box.StandardButton.Yes)
    return answer == box.StandardButton.Yes


def restart_if_requested() -> bool:
    """Start the program again once this one has let go of the data folder, if the user asked to."""
    app = QCoreApplication.instance()
    if app is None or not app.property(RESTART_PROPERTY):
        return False
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else ["-m", "desktop", *sys.argv[1:]]
    return QtCore.QProcess.startDetached(sys.executable, arguments)[0]
