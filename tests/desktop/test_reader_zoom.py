"""The reader's text size: Ctrl+Plus, Ctrl+Minus and Ctrl+0, kept for the next start."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.reader.reader_view import ZOOM_STEPS


def size(window) -> float:
    font = window.reader.browser.font()
    return font.pointSizeF() if font.pointSizeF() > 0 else font.pixelSize()


def test_keys_make_the_text_larger_smaller_and_actual_size(qtbot, window):
    base = size(window)
    window.reader.browser.setFocus()
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 110 and size(window) == pytest.approx(base * 1.1, rel=0.05)
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 125
    for _ in range(4):
        qtbot.keyClick(window.reader.browser, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 80 and size(window) == pytest.approx(base * 0.8, rel=0.05)
    assert window.reader.zoom_reset_action.isEnabled()
    qtbot.keyClick(window.reader.browser, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.zoom == 100 and size(window) == pytest.approx(base) and not window.reader.zoom_reset_action.isEnabled()


def test_the_size_stops_at_its_limits(window):
    for _ in range(len(ZOOM_STEPS) + 2):
        window.reader.zoom_in_action.trigger()
    assert window.reader.zoom == ZOOM_STEPS[-1] and not window.reader.zoom_in_action.isEnabled()
    window.reader.set_zoom(1)
    assert window.reader.zoom == ZOOM_STEPS[0] and not window.reader.zoom_out_action.isEnabled()


def test_the_size_is_remembered_and_a_broken_setting_is_ignored(qtbot, open_window):
    first = open_window()
    first.reader.zoom_in_action.trigger()
    first.reader.zoom_in_action.trigger()
    assert first.settings.value("reader/zoom") == 125, "kept at once, not only on a tidy close"
    first.close()
    second = open_window()
    assert second.reader.zoom == 125
    second.settings.setValue("reader/zoom", "huge")
    second.close()
    second.settings.setValue("reader/zoom", "huge")  # as if edited by hand after closing
    assert open_window().reader.zoom == 100
