"""The comparison given the whole window: focus mode at 1024 x 700, the attribute column fixed while models scroll."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

README_THREE = ["dfid-ifrc", "icrc-donor-support-group", "auxiliary-role"]
SIX = README_THREE + ["dfid-icrc", "tripartite-pilot-project", "movement-component-partnerships"]


def compare(qtbot, window, ids):
    view = window.comparison
    with qtbot.waitSignal(view.changed):
        view.set_models(ids)
    window.show_comparison()
    return view


def laid_out(qtbot, view) -> None:
    """Wait for the window's layout to give the table the width focus mode frees."""
    qtbot.waitUntil(lambda: view.table.viewport().width() > 1024 - 2 * view.table.verticalHeader().width())


def whole_readable_columns(view) -> int:
    table, header = view.table, view.table.horizontalHeader()
    room = table.viewport().width()
    return sum(1 for column in range(header.count())
               if header.sectionViewportPosition(column) >= 0
               and header.sectionViewportPosition(column) + header.sectionSize(column) <= room
               and header.sectionSize(column) >= table.min_column_width())


def test_focus_mode_at_1024_by_700_shows_the_models_side_by_side(qtbot, window):
    window.resize(1024, 700)
    view = compare(qtbot, window, README_THREE)
    assert view.focus_action.shortcut() == QKeySequence("F11")
    around = [window.library_dock, window.notes_dock, window.tabs.tabBar()]
    assert all(widget.isVisible() for widget in around)
    view.focus_action.trigger()
    assert not any(widget.isVisible() for widget in around) and window.focus_mode.active
    laid_out(qtbot, view)
    assert whole_readable_columns(view) >= 2, "two models, at least, readable side by side"
    qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    assert not view.focus_action.isChecked() and all(widget.isVisible() for widget in around)


def test_focus_mode_gives_back_only_what_was_shown_and_ends_with_the_tab(qtbot, window):
    view = compare(qtbot, window, README_THREE)
    window.notes_dock.hide()
    view.focus_action.trigger()
    assert not window.library_dock.isVisible()
    view.focus_action.trigger()
    assert window.library_dock.isVisible() and not window.notes_dock.isVisible()
    view.focus_action.trigger()
    window.tabs.setCurrentWidget(window.reader)  # opening an entry from the table does this
    assert not view.focus_action.isChecked() and window.library_dock.isVisible() and window.tabs.tabBar().isVisible()


def test_the_attribute_column_stays_while_six_models_scroll_sideways(qtbot, window):
    window.resize(1024, 700)
    view = compare(qtbot, window, SIX)
    view.focus_action.trigger()
    table = view.table
    bar = table.horizontalScrollBar()
    laid_out(qtbot, view)
    assert bar.maximum() > 0
    labels = table.verticalHeader()
    before = labels.mapTo(window, labels.rect().topLeft())
    bar.setValue(bar.maximum())
    assert table.horizontalHeader().sectionViewportPosition(0) < 0, "the first model has scrolled out of view"
    assert labels.isVisible() and labels.mapTo(window, labels.rect().topLeft()) == before
    assert whole_readable_columns(view) >= 2
