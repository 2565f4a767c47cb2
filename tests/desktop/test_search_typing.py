"""Typing into the search box: a key that changes no search starts none."""
from __future__ import annotations


def type_keys(qtbot, window, text):
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)


def test_a_space_after_a_word_keeps_its_results_without_searching_again(qtbot, window):
    type_keys(qtbot, window, "independence")
    searched, hits = window.search_runner.latest, window.search_panel.model.rowCount()
    type_keys(qtbot, window, " ")
    assert window.search_runner.latest == searched and window.search_panel.model.rowCount() == hits
    type_keys(qtbot, window, "d")
    assert window.search_runner.latest == searched + 1, "a new word is a new search"


def test_the_same_text_after_clearing_searches_again(qtbot, window):
    type_keys(qtbot, window, "funding")
    searched = window.search_runner.latest
    window.search_box.clear()
    type_keys(qtbot, window, "funding")
    assert window.search_runner.latest > searched and window.search_panel.model.rowCount() > 0


def test_chips_kept_from_search_to_search_narrow_to_what_they_now_show(qtbot, window):
    panel = window.search_panel
    type_keys(qtbot, window, "funding")
    before = list(panel.chip_buttons)
    type_keys(qtbot, window, " donor")
    assert panel.chip_buttons[0] is before[0], "the buttons are relabelled, not made anew"
    chip = next(c for c in panel.chip_buttons if c.text().startswith("lesson"))
    chip.click()
    qtbot.waitUntil(lambda: panel.up_to_date, timeout=10_000)
    assert panel.filters == {"kind": {"lesson"}}
    kinds = {panel.model.hit(row).kind for row in range(panel.model.rowCount())}
    assert kinds == {"lesson"}
    assert [c.text().split(" (")[0] for c in panel.chip_buttons if c.isChecked()] == ["lesson"]
