"""The results list reads at a glance: whole titles, the kind, a snippet, eight results on a 1366 × 768 screen."""
from __future__ import annotations

from tests.desktop.test_main_window import type_search


def shown_rows(panel) -> list[int]:
    """The rows whose whole card is inside the list's viewport."""
    view, model = panel.view, panel.model
    height = view.viewport().height()
    return [row for row in range(model.rowCount())
            if view.visualRect(model.index(row, 0)).top() >= 0 and view.visualRect(model.index(row, 0)).bottom() <= height]


def test_at_1366_by_768_eight_results_show_whole_with_their_titles(qtbot, window):
    window.resize(1366, 768)
    type_search(qtbot, window, "partnership")
    panel = window.search_panel
    rows = shown_rows(panel)
    assert len(rows) >= 8, len(rows)
    delegate = panel.view.itemDelegate()
    for row in rows:
        index = panel.model.index(row, 0)
        title = index.data()
        rect = panel.view.visualRect(index)
        # The card is tall enough for every line of its title (never cut after a few characters).
        assert rect.height() >= delegate.sizeHint(option_for(panel.view, rect), index).height(), title


def option_for(view, rect):
    from PySide6.QtWidgets import QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.rect = rect
    option.widget = view
    return option


def test_the_filter_chips_take_one_line(qtbot, window):
    window.resize(1366, 768)
    type_search(qtbot, window, "partnership")
    panel = window.search_panel
    assert len(panel.chip_buttons) > 4
    tops = {button.geometry().top() for button in panel.chip_buttons}
    assert len(tops) == 1
    assert panel.chip_row.height() < 3 * panel.chip_buttons[0].height()
