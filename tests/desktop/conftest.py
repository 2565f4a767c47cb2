"""A real main window over a real store in a temporary folder."""
from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from desktop.app.application import window_settings
from desktop.app.main_window import MainWindow
from desktop.comparison.comparison_view import ComparisonView
from desktop.languages.choice import INSTALLED_PROPERTY, install_translations
from desktop.shared.runners import StoreRunner


@pytest.fixture
def open_window(qtbot, store):
    """Call to open a window (again) over the same store; closes every window at teardown."""
    windows = []

    def make() -> MainWindow:
        window = MainWindow(store, window_settings(store.paths))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(open_window):
    return open_window()


@pytest.fixture
def runner(qapp, store):
    """The store thread alone, for a panel tested without the window."""
    runner = StoreRunner(store)
    yield runner
    runner.shutdown()


@pytest.fixture
def translated(qapp):
    """The program's own translations installed, as the application does: plural forms read right."""
    with speaking(qapp, "en"):
        yield


@contextmanager
def speaking(qapp, language: str):
    """The application in `language` (its catalogues, Qt's, the layout's direction, the locale), then as it was."""
    locale, direction = QLocale(), qapp.layoutDirection()
    install_translations(qapp, language)
    try:
        yield
    finally:
        for translator in qapp.property(INSTALLED_PROPERTY) or []:
            QApplication.removeTranslator(translator)
        qapp.setProperty(INSTALLED_PROPERTY, [])
        QLocale.setDefault(locale)
        qapp.setLayoutDirection(direction)


@pytest.fixture
def view(qtbot, runner):
    """A comparison view of its own, 1200 pixels wide."""
    widget = ComparisonView(runner)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget
