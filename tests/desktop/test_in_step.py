"""The window in step with its data: each panel hears what a write changed, from the window or from
another process, through the store runner's one `changed` signal."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt

from db import Target
from db.store.changes import Changes
from desktop.app.outside_changes import outside_changes_message

ROOT = Path(__file__).resolve().parents[2]
DFID = "working-in-partnership/dfid-ifrc"


def section(window, key: str) -> str:
    model = window.navigator.model
    return model.data(model.section_index(key), Qt.ItemDataRole.DisplayRole)


def settled(qtbot, window) -> None:
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        window.runner.submit(lambda _store: None)


def watching(qtbot, window) -> None:
    """Writes by other processes looked for from now on (the first look has been taken)."""
    window.runner.watch_outside()
    settled(qtbot, window)


def command_line(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, env=os.environ.copy(), check=True,
                   capture_output=True, timeout=60)


def hit_uids(window) -> list[str]:
    model = window.search_panel.model
    return [model.hit(row).uid for row in range(model.rowCount())]


def test_a_note_written_from_the_command_line_reaches_every_panel_within_two_seconds(qtbot, translated, window, store):
    window.search_box.setText("kilimanjaro")
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)
    assert hit_uids(window) == [] and section(window, "notes").endswith("(0)")
    watching(qtbot, window)
    command_line("notes", "add", "Kilimanjaro: ask about the review", "--entry", "dfid-ifrc")
    written = time.perf_counter()
    with qtbot.waitSignal(window.runner.changed, timeout=2_000, check_params_cb=lambda changes: changes.outside):
        pass
    [note] = store.notes()
    qtbot.waitUntil(lambda: [n.id for n in window.notes_pane.model.notes()] == [note.id], timeout=2_000)
    qtbot.waitUntil(lambda: section(window, "notes").endswith("(1)"), timeout=2_000)
    qtbot.waitUntil(lambda: hit_uids(window) == [note.id], timeout=2_000)
    assert time.perf_counter() - written < 2.0 + 0.5, "shown within two seconds of the write (a loaded machine's margin)"
    assert window.statusBar().currentMessage() == "1 note added outside the window."


def test_an_import_in_the_window_updates_the_overview_navigator_and_search(qtbot, window, store, packs):
    assert "Test pack" not in window.reader.browser.toPlainText()
    window.search_box.setText("regular dialogue")
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)
    assert "test-pack/keep-trust" not in hit_uids(window)
    lessons = section(window, "lesson")
    window.runner.submit(lambda s: s.import_pack(packs.write()))
    qtbot.waitUntil(lambda: "test-pack/keep-trust" in hit_uids(window), timeout=10_000)
    qtbot.waitUntil(lambda: section(window, "lesson") != lessons, timeout=10_000)
    window.show_overview()
    qtbot.waitUntil(lambda: "Test pack" in window.reader.browser.toPlainText(), timeout=10_000)


def test_the_reader_shows_a_highlight_added_elsewhere_and_a_bookmark_set_elsewhere(qtbot, window, store):
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.open_entry(DFID)
    assert window.reader.anchored_passages() == 0 and not window.reader.bookmark_action.isChecked()

    def write(s):
        s.create_note("", target=Target("passage", DFID, s.passage_quote(DFID, "Multilateral Aid Review")))
        s.set_bookmark(DFID, True)

    window.runner.submit(write)
    qtbot.waitUntil(lambda: window.reader.anchored_passages() == 1, timeout=10_000)
    qtbot.waitUntil(window.reader.bookmark_action.isChecked, timeout=10_000)
    qtbot.waitUntil(lambda: section(window, "bookmarks").endswith("(1)"), timeout=10_000)


def test_a_note_restored_from_the_trash_comes_back_to_the_notes_pane(qtbot, window, store):
    note = store.create_note("Back from the Trash")
    store.delete_note(note.id)
    store.take_changes()  # written before the window listened
    settled(qtbot, window)
    window.notes_pane.set_target(None, "")
    settled(qtbot, window)
    assert window.notes_pane.model.notes() == []
    window.runner.submit(lambda s: s.restore_note(note.id))
    qtbot.waitUntil(lambda: [n.id for n in window.notes_pane.model.notes()] == [note.id], timeout=10_000)


def test_the_notes_own_saves_do_not_reload_the_list_or_the_results(qtbot, window, store):
    note = store.create_note("Typed in the editor", target=Target.entry(DFID))
    store.take_changes()
    window.notes_pane.set_target(DFID, "DFID–Federation partnership")
    settled(qtbot, window)
    assert [n.id for n in window.notes_pane.model.notes()] == [note.id]
    window.search_box.setText("typed")
    qtbot.waitUntil(lambda: window.search_panel.up_to_date, timeout=10_000)
    searched = window.search_runner.latest
    with qtbot.waitSignal(window.runner.changed, timeout=10_000) as told, \
            qtbot.assertNotEmitted(window.notes_pane.model.modelReset):
        window.runner.submit(lambda s: s.update_note(note.id, body="Typed in the editor, more"))
        qtbot.waitUntil(lambda: not window.runner.busy)
    assert told.args[0] == Changes(notes={note.id})
    assert window.search_runner.latest == searched


def test_what_the_status_bar_says_of_outside_changes(translated):
    assert outside_changes_message(Changes(notes={"a", "b", "c"}, notes_added={"a", "b"}, notes_trashed={"c"}, outside=True)) \
        == "2 notes added; 1 note moved to the Trash outside the window."
    assert outside_changes_message(Changes(packs={"p"}, bookmarks={"x"})) \
        == "bookmarks changed; 1 pack installed, updated or removed outside the window."
    assert outside_changes_message(Changes(notes={"a"}, notes_added={"a"}, notes_trashed={"a"})) \
        == "1 note moved to the Trash outside the window.", "added and deleted again: only the deletion is news"
