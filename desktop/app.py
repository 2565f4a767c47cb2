"""Start the application: Qt, translations, the stores, the main window."""
from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from db import AtlasPaths, Store
from db.resources import RESOURCES_DIR
from desktop.main_window import MainWindow

TRANSLATIONS_DIR = RESOURCES_DIR / "translations"


def install_translations(app: QApplication, locale: QLocale | None = None) -> list[QTranslator]:
    """Qt's own strings first, then ours, so ours win where both translate a text.

    Without a translation for the user's language, ours fall back to English, which still
    supplies the plural forms ("1 match", "3 matches").
    """
    locale = locale or QLocale.system()
    installed = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("partnership_atlas", str(TRANSLATIONS_DIR))):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder) or (name == "partnership_atlas" and translator.load("partnership_atlas_en", folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def window_settings(paths: AtlasPaths) -> QSettings:
    """Window geometry lives beside the user data, so a portable install carries it along."""
    return QSettings(str(paths.data_dir / "window.ini"), QSettings.Format.IniFormat)


def run(argv: list[str]) -> int:
    QCoreApplication.setApplicationName("Partnership Atlas")
    QCoreApplication.setOrganizationName("Partnership Atlas")
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    install_translations(app)
    paths = AtlasPaths.default()
    with Store(paths) as store:
        window = MainWindow(store, window_settings(paths))
        window.show()
        return app.exec()
