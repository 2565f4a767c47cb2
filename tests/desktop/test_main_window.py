"""The main window as a delegate uses it: search, read, follow links, go back, keep the layout."""
from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor, QTextFormat
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QStyle, QStyleOptionViewItem, QTextEdit

from db import AtlasError
from desktop.app import main_window
from desktop.app.application import window_settings
from desktop.app.shortcuts_dialog import menu_shortcuts
from desktop.navigator.navigator_model import TARGET_ROLE, NavigatorModel
from desktop.search.search_model import HIT_ROLE, SearchResultsModel


def type_search(qtbot, window, text):
    window.search_box.clear()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)


def open_and_wait(qtbot, window, uid):
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.open_entry(uid)


def click_link(qtbot, window, title):
    """Click the first link whose text is `title`, as a mouse would."""
    browser = window.reader.browser
    cursor = browser.document().find(title)
    assert not cursor.isNull(), f"no link text {title!r} on the page"
    middle = QTextCursor(cursor)
    middle.setPosition((cursor.selectionStart() + cursor.selectionEnd()) // 2)
    browser.ensureCursorVisible()
    browser.setTextCursor(middle)
    browser.ensureCursorVisible()
    point = browser.cursorRect(middle).center()
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_first_start_shows_the_overview_not_an_empty_pane(window):
    text = window.reader.browser.toPlainText()
    assert "Partnership Atlas" in text and "ICRC Donor Support Group" in text and "Ctrl+K" in text


def test_an_overview_that_cannot_be_read_still_opens_the_window_and_says_why(qtbot, store, monkeypatch):
    def unreadable(_store):
        raise AtlasError("reference.sqlite is locked")

    monkeypatch.setattr(main_window, "overview_markdown", unreadable)
    window = main_window.MainWindow(store, window_settings(store.paths))
    qtbot.addWidget(window)
    window.show_when_ready()
    with qtbot.waitSignal(window.ready, timeout=10_000):
        assert not window.isVisible()
    assert window.isVisible()
    assert "The overview could not be read: reference.sqlite is locked" in window.statusBar().currentMessage()
    window.close()


def test_the_window_appears_with_its_filters_filled_and_only_those_with_values_shown(qtbot, store):
    # Read with the first counts, so no filter row disappears (moving the tree) after the first paint.
    window = main_window.MainWindow(store, window_settings(store.paths))
    qtbot.addWidget(window)
    window.show_when_ready()
    navigator, at_ready = window.navigator, {}
    window.ready.connect(lambda: at_ready.update(
        {name: (navigator.form.isRowVisible(combo), combo.count() > 1) for name, combo in navigator.combos.items()}))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        pass
    assert window.isVisible()
    with_values = {"theme", "region", "type", "year", "pack"}  # the bundled pack has no country, sector or hazard
    assert at_ready == {name: (name in with_values, name in with_values) for name in navigator.combos}
    window.close()


def test_the_results_list_is_built_after_the_first_paint_or_by_the_first_key(qtbot, store):
    # Not part of the start: built a moment after the window is up, or at once by an early first key.
    for type_at_once in (False, True):
        window = main_window.MainWindow(store, window_settings(store.paths))
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        assert window.left.count() == 1, "only the navigator when the first page is painted"
        if type_at_once:
            qtbot.keyClicks(window.search_box, "donor")
            assert window.left.count() == 2 and window.left.currentWidget() is window.search_panel
            qtbot.waitUntil(lambda: window.search_panel.model.rowCount() > 0, timeout=10_000)
        else:
            qtbot.waitUntil(lambda: window.left.count() == 2, timeout=5_000)
            assert window.left.currentWidget() is window.navigator
        window.close()


def test_typing_shows_ranked_highlighted_results_and_enter_opens(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.search_box.hasFocus()
    type_search(qtbot, window, "independence")
    model = window.search_panel.model
    assert window.left.currentWidget() is window.search_panel
    hits = [model.index(row, 0).data(HIT_ROLE) for row in range(model.rowCount())]
    assert len(hits) >= 5
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert "<mark>" in model.index(0, 0).data(Qt.ItemDataRole.UserRole + 2).lower()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.search_panel.view.currentIndex().row() == 1
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000) as shown:
        qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert shown.args[0] == hits[1].uid
    selections = window.reader.browser.extraSelections()
    assert any(s.cursor.selectedText().lower() == "independence" for s in selections), "search words stay highlighted"


def test_no_results_offers_to_clear_a_filter(qtbot, window):
    type_search(qtbot, window, "independence")
    chip = next(c for c in window.search_panel.chip_buttons if c.text().startswith("source"))
    chip.click()
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)
    type_search(qtbot, window, "zzzqqq")
    assert "No results" in window.search_panel.empty.text()
    assert not window.search_panel.clear_filters_button.isHidden()
    window.search_panel.clear_filters_button.click()
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)
    assert window.search_panel.filters == {}


def test_follow_a_link_then_back_and_forward(qtbot, window):
    open_and_wait(qtbot, window, "working-in-partnership/no-single-model")
    click_link(qtbot, window, "DFID–Federation partnership")
    assert window.reader.uid == "working-in-partnership/dfid-ifrc"
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        qtbot.keyClick(window.reader.browser, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.reader.uid == "working-in-partnership/no-single-model"
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.reader.forward_action.trigger()
    assert window.reader.uid == "working-in-partnership/dfid-ifrc"
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        qtbot.mouseClick(window.reader.browser.viewport(), Qt.MouseButton.BackButton, pos=QPoint(10, 10))
    assert window.reader.uid == "working-in-partnership/no-single-model"


def test_find_in_page_counts_matches(qtbot, window):
    open_and_wait(qtbot, window, "working-in-partnership/dfid-ifrc")
    window.reader.find_action.trigger()
    assert window.reader.find_bar.isVisible()
    qtbot.keyClicks(window.reader.find_bar.field, "DFID")
    assert window.reader.find_bar.status.text().startswith(str(window.reader.browser.toPlainText().count("DFID")))


def test_model_page_shows_attributes_with_sources_and_unknowns(qtbot, window):
    open_and_wait(qtbot, window, "working-in-partnership/tripartite-pilot-project")
    text = window.reader.browser.toPlainText()
    assert "Attributes" in text and "not documented in this pack's sources" in text
    assert window.reader.compare_action.isEnabled()
    open_and_wait(qtbot, window, "working-in-partnership/no-single-model")
    assert not window.reader.compare_action.isEnabled()
    text = window.reader.browser.toPlainText()
    assert "Practical advice" in text and "Explanation" in text and "Workshop summary" in text


def test_a_lessons_advice_stands_apart_from_its_finding(qtbot, window, store):
    """The recommendation is the pack's advice: labelled so, said not to be a finding, and set in a
    quoted block apart from the statement so that nobody cites it as what the workshop found."""
    open_and_wait(qtbot, window, "working-in-partnership/communication-is-key")
    advice = store.entry("working-in-partnership/communication-is-key").fields["recommendation"]
    document = window.reader.browser.document()
    blocks = [document.findBlockByNumber(n) for n in range(document.blockCount())]
    quoted = [b.text() for b in blocks if b.blockFormat().intProperty(QTextFormat.Property.BlockQuoteLevel) > 0]
    assert " ".join(quoted).startswith(" ".join(advice.split()))
    assert any("not itself a finding of its sources" in text for text in quoted)
    statement = store.entry("working-in-partnership/communication-is-key").fields["statement"]
    assert not any(statement[:40] in text for text in quoted)


def test_bookmark_toggle_lists_in_navigator(qtbot, window, store):
    open_and_wait(qtbot, window, "working-in-partnership/dfid-ifrc")
    with qtbot.waitSignal(window.navigator.loaded, timeout=10_000):
        qtbot.keyClick(window.reader.browser, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert store.bookmarks() == ["working-in-partnership/dfid-ifrc"]
    model = window.navigator.model
    bookmarks = model.section_index("bookmarks")
    assert model.rowCount(bookmarks) == 1 and model.index(0, 0, bookmarks).data(TARGET_ROLE) == ("entry", "working-in-partnership/dfid-ifrc")


def test_copy_citation(qtbot, window, store):
    open_and_wait(qtbot, window, "working-in-partnership/no-single-model")
    window.reader.citation_action.trigger()
    text = QApplication.clipboard().text()
    assert text.startswith("“No single partnership model fits every case”. In: Working in partnership")
    version = next(p["version"] for p in store.packs() if p["id"] == "working-in-partnership")
    assert f"version {version}" in text and text.count("Workshop summary") == 1 and "working-in-partnership/" not in text
    open_and_wait(qtbot, window, "working-in-partnership/s2")
    window.reader.citation_action.trigger()
    assert QApplication.clipboard().text().endswith("https://icrc.org/en/donor-support-group")


def test_layout_is_restored_after_closing_and_reopening(qtbot, open_window):
    first = open_window()
    first.notes_dock.hide()
    first.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, first.library_dock)
    first.resize(701, 503)
    first.close()
    second = open_window()
    assert not second.notes_dock.isVisible()
    assert second.dockWidgetArea(second.library_dock) == Qt.DockWidgetArea.BottomDockWidgetArea
    # The size left, as far as the window's minimum allows: its contents' minimum depends on the fonts.
    minimum = second.minimumSizeHint().expandedTo(second.minimumSize())
    assert (second.width(), second.height()) == (max(701, minimum.width()), max(503, minimum.height()))


def test_every_menu_shortcut_is_listed_and_unique(window):
    rows = menu_shortcuts(window.menuBar())
    keys = [keys for _, _, keys in rows]
    assert len(keys) == len(set(keys)), keys
    for needed in ("Ctrl+K", "Ctrl+F", "Ctrl+D", "Ctrl+N", "Ctrl+H", "Ctrl+Shift+C", "Ctrl+Z"):
        assert needed in keys


def test_controls_have_accessible_names(window):
    for kind in (QLineEdit, QComboBox, QAbstractItemView, QTextEdit):
        for widget in window.findChildren(kind):
            if widget.isVisibleTo(window) and not isinstance(widget.parent(), QComboBox):
                assert widget.accessibleName(), f"{type(widget).__name__} without an accessible name"


def test_models_pass_the_model_tester(qtmodeltester, window, qtbot):
    type_search(qtbot, window, "partnership")
    qtmodeltester.check(window.search_panel.model)
    qtmodeltester.check(window.navigator.model)
    qtmodeltester.check(SearchResultsModel())
    qtmodeltester.check(NavigatorModel())


def test_ticking_models_builds_the_comparison_without_opening_them(qtbot, window):
    section = window.navigator.model.section_index("model")
    reader_uid = window.reader.uid
    for row in range(3):
        index = window.navigator.model.index(row, 0, section)
        check = window.navigator.tree.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, _view_option(window.navigator.tree, index), window.navigator.tree)
        qtbot.mouseClick(window.navigator.tree.viewport(), Qt.MouseButton.LeftButton, pos=check.center())
    qtbot.waitUntil(lambda: len(window.comparison.models()) == 3 and window.comparison.model.columnCount() == 3, timeout=10_000)
    assert window.tabs.currentWidget() is window.comparison_page
    assert window.reader.uid == reader_uid, "ticking a model does not open it"


def test_navigator_filters_are_shown_in_search_and_can_be_cleared(qtbot, window):
    combo = window.navigator.combos["theme"]
    qtbot.waitUntil(lambda: combo.count() > 1, timeout=10_000)  # filled after the first page
    combo.setCurrentIndex(combo.findData("independence"))
    type_search(qtbot, window, "zzzqqq")
    assert "theme" in window.search_panel.scope.text() and not window.search_panel.scope_row.isHidden()
    assert not window.search_panel.clear_filters_button.isHidden()
    window.search_panel.clear_filters_button.click()
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)
    assert combo.currentData() is None and window.search_panel.scope_row.isHidden()


def _view_option(view, index):
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    return option


def test_navigator_follows_the_reader_and_keeps_its_place_on_reload(qtbot, window):
    open_and_wait(qtbot, window, "working-in-partnership/no-single-model")
    assert window.navigator.tree.currentIndex().data(TARGET_ROLE) == ("entry", "working-in-partnership/no-single-model")
    with qtbot.waitSignal(window.navigator.loaded, timeout=10_000):
        window.navigator.reload()
    assert window.navigator.tree.currentIndex().data(TARGET_ROLE) == ("entry", "working-in-partnership/no-single-model")


def test_source_markers_in_the_text_are_links(qtbot, window):
    open_and_wait(qtbot, window, "working-in-partnership/no-single-model")
    assert "(s1)" in window.reader.browser.toPlainText()
    click_link(qtbot, window, "s1")
    assert window.reader.uid == "working-in-partnership/s1"


def test_comparison_keys_work_while_it_is_shown_wherever_the_focus_is(qtbot, window):
    window.comparison.set_models(["working-in-partnership/dfid-ifrc", "working-in-partnership/dfid-icrc"])
    window.show_comparison()
    qtbot.waitUntil(lambda: window.comparison.model.columnCount() == 2, timeout=10_000)
    window.navigator.tree.setFocus()
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.comparison.only_differences_action.isChecked()
    window.tabs.setCurrentWidget(window.reader)
    qtbot.keyClick(window.navigator.tree, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.comparison.only_differences_action.isChecked(), "hidden, the comparison ignores its keys"


def test_more_results_are_shown_on_request(qtbot, window, monkeypatch):
    import desktop.search.search_panel as panel_module

    monkeypatch.setattr(panel_module, "RESULTS_SHOWN", 5)
    type_search(qtbot, window, "partnership")
    panel = window.search_panel
    assert panel.model.rowCount() == 5 and panel.results.total > 5 and not panel.more_button.isHidden()
    panel.move_selection(3)
    panel.more_button.click()
    qtbot.waitUntil(lambda: panel.up_to_date and panel.model.rowCount() > 5, timeout=10_000)
    assert panel.model.rowCount() == min(10, panel.results.total)
    assert panel.view.currentIndex().row() == 3, "the selection stays where it was"
