"""What search made of a query, said above the results: a correction with a way back, a suggestion, the closest."""
from __future__ import annotations

from tests.desktop.test_main_window import type_search


def search_done(qtbot, window, action) -> None:
    generation = window.search_runner.latest
    action()
    qtbot.waitUntil(lambda: window.search_runner.latest > generation and window.search_panel.up_to_date, timeout=10_000)


def test_a_typo_shows_the_corrected_results_and_the_words_as_typed_are_one_click_away(qtbot, window):
    type_search(qtbot, window, "partnrship models")
    panel = window.search_panel
    assert panel.model.rowCount() > 0 and panel.notice.isVisibleTo(panel)
    assert "Showing results for <b>partnership models</b>" in panel.notice.text()
    search_done(qtbot, window, lambda: panel.notice.linkActivated.emit("literal"))
    # As typed, no entry holds 'partnrship': those with 'models' come, with the correction offered.
    assert "Did you mean <a href=\"suggestion\">partnership models</a>?" in panel.notice.text()
    assert "showing the closest" in panel.notice.text() and "Showing results for" not in panel.notice.text()
    search_done(qtbot, window, lambda: panel.notice.linkActivated.emit("suggestion"))
    assert window.search_box.text() == "partnership models" and panel.model.rowCount() > 0
    assert not panel.notice.isVisibleTo(panel)


def test_when_no_entry_has_every_word_the_closest_are_shown_and_said_to_be(qtbot, window):
    type_search(qtbot, window, "vulnerable people zanzibar")
    panel = window.search_panel
    assert panel.model.rowCount() > 0
    assert "No entry has all the words; showing the closest." in panel.notice.text()
    type_search(qtbot, window, "vulnerable people")
    assert not panel.notice.isVisibleTo(panel)


def test_the_count_reads_one_result_and_a_part_as_part(qtbot, translated, window):
    type_search(qtbot, window, '"ten founding members"')
    assert window.search_panel.summary.text() == "1 result"
    type_search(qtbot, window, "partnership")
    panel = window.search_panel
    shown, total = panel.model.rowCount(), panel.results.total
    assert shown < total and panel.summary.text() == f"{shown} of {total}" + ("+" if panel.results.total_approximate else "")
