"""Notes synced from the window: the folder chosen in File > Sync Folder…, a sync on demand, a conflict shown and kept."""
from __future__ import annotations

import pytest

from db import AtlasPaths, Store
from desktop.syncing.sync_folder_dialog import SyncFolderDialog
from desktop.syncing.sync_keeper import FOLDER_SETTING


@pytest.fixture
def other_device(tmp_path, store):
    """A second device sharing the window's reference cache, with its own notes file."""
    with Store(AtlasPaths(data_dir=tmp_path / "other-device", cache_dir=store.paths.cache_dir)) as other:
        yield other


def sync(qtbot, window):
    with qtbot.waitSignal(window.sync_keeper.synced, timeout=20_000) as synced:
        window.sync_now_action.trigger()
    return synced.args[0]


def test_a_folder_chosen_in_the_dialog_is_synced_at_once_and_on_demand(qtbot, translated, window, other_device, tmp_path,
                                                                       monkeypatch):
    shared = tmp_path / "shared"
    shared.mkdir()
    note = other_device.create_note("Written on the office desktop")
    other_device.sync_notes(shared)
    monkeypatch.setattr(SyncFolderDialog, "_ask_folder", lambda self: str(shared))
    dialog = window.sync_keeper.choose_folder(window)
    dialog.choose()
    with qtbot.waitSignal(window.sync_keeper.synced, timeout=20_000):
        dialog.accept()
    assert window.settings.value(FOLDER_SETTING) == str(shared)
    qtbot.waitUntil(lambda: note.id in {n.id for n in window.notes_pane.model.notes()})
    window.store.create_note("Written in the field")
    report = sync(qtbot, window)
    assert report.sent == 1 and window.statusBar().currentMessage() == "Notes synced: 1 change sent, 0 received."
    other_device.sync_notes(shared)
    assert {n.body for n in other_device.notes()} == {"Written on the office desktop", "Written in the field"}


def test_without_a_folder_sync_now_says_where_to_choose_one(window):
    window.sync_now_action.trigger()
    assert "File > Sync Folder" in window.statusBar().currentMessage()


def test_a_note_edited_on_two_devices_is_marked_and_its_text_kept_with_one_click(qtbot, translated, window, other_device,
                                                                                 tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    window.sync_keeper.settings.setValue(FOLDER_SETTING, str(shared))
    note = window.store.create_note("First words")
    sync(qtbot, window)
    other_device.sync_notes(shared)
    other_device.update_note(note.id, body="The desktop's words")
    other_device.sync_notes(shared)
    window.store.update_note(note.id, body="The field's words")
    report = sync(qtbot, window)
    assert report.conflicts == [note.id] and "edited on two devices" in window.statusBar().currentMessage()
    model = window.notes_pane.model
    qtbot.waitUntil(lambda: any(n.conflict for n in model.notes()))
    row = next(r for r, n in enumerate(model.notes()) if n.id == note.id)
    assert model.details(model.notes()[row]).startswith("Edited on two devices")
    window.notes_pane.open_note(note.id)
    editor = window.notes_pane.editor
    qtbot.waitUntil(lambda: editor.note is not None and editor.note.id == note.id and not editor.keep_button.isHidden())
    with qtbot.waitSignal(window.runner.changed, timeout=10_000):
        editor.keep_button.click()
    assert window.store.note_conflicts() == set()
    qtbot.waitUntil(editor.keep_button.isHidden)
