"""Select text in the reader, highlight it with a note, and find it again after the pack changes."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from db import Store
from desktop.app.application import window_settings
from desktop.app.main_window import MainWindow

UID = "test-pack/keep-trust"
PASSAGE = "Regular dialogue kept"


@pytest.fixture
def pack_folder(packs):
    return packs.write()


def open_window(qtbot, home, folder):
    store = Store(home, bundled=[folder])
    window = MainWindow(store, window_settings(home))
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    return store, window


def show_entry(qtbot, window, uid):
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.open_entry(uid)


def select(window, text):
    browser = window.reader.browser
    found = browser.document().find(text)
    assert not found.isNull()
    cursor = QTextCursor(browser.document())
    cursor.setPosition(found.selectionStart())
    cursor.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
    browser.setTextCursor(cursor)


def highlighted_texts(window):
    return [s.cursor.selectedText() for s in window.reader.browser.extraSelections()]


def test_highlight_with_note_then_reanchor_after_a_pack_update(qtbot, home, pack_folder):
    store, window = open_window(qtbot, home, pack_folder)
    show_entry(qtbot, window, UID)
    select(window, PASSAGE)
    with qtbot.waitSignal(window.runner.changed, timeout=10_000):
        qtbot.keyClick(window.reader.browser, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    notes = store.notes(target=UID)
    assert len(notes) == 1 and notes[0].target.quote.exact == PASSAGE
    qtbot.waitUntil(lambda: PASSAGE in highlighted_texts(window), timeout=10_000)
    assert window.notes_pane.editor.body_edit.hasFocus(), "Highlight with Note puts the cursor in the note"
    with qtbot.waitSignal(window.notes_pane.editor.saved, timeout=10_000):
        qtbot.keyClicks(window.notes_pane.editor.body_edit, "Ask how often they met")
    window.close()
    store.close()

    lesson = pack_folder / "lessons" / "keep-trust.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace(PASSAGE, "Partners said so. " + PASSAGE), encoding="utf-8")
    store, window = open_window(qtbot, home, pack_folder)
    assert store.last_rebuild.rebuilt
    show_entry(qtbot, window, UID)
    qtbot.waitUntil(lambda: PASSAGE in highlighted_texts(window), timeout=10_000)
    assert window.reader.anchored_passages() == 1
    assert store.notes(target=UID)[0].body == "Ask how often they met"
    window.close()
    store.close()


def test_highlight_without_a_selection_explains_what_to_do(qtbot, home, pack_folder):
    store, window = open_window(qtbot, home, pack_folder)
    show_entry(qtbot, window, UID)
    with qtbot.waitSignal(window.reader.failed, timeout=5_000) as failed:
        window.reader.highlight_action.trigger()
    assert "Select some text" in failed.args[0]
    assert store.notes(target=UID) == []
    window.close()
    store.close()
