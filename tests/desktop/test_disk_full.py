"""A full disk while writing a note: the text stays in the editor, the save is retried, closing asks first."""
from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

DFID = "working-in-partnership/dfid-ifrc"


def fill_the_disk(store) -> None:
    """No page can be added to user.sqlite any more: SQLite answers as it does on a full disk."""
    conn = store.user_connection()
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def make_room(store) -> None:
    store.user_connection().execute("PRAGMA max_page_count = 1073741823")


def test_a_note_typed_on_a_full_disk_is_kept_retried_and_guarded_at_close(qtbot, window, store, monkeypatch):
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.open_entry(DFID)
    with qtbot.waitSignal(window.runner.idle, timeout=10_000):
        window.notes_pane.new_note()
    editor = window.notes_pane.editor
    editor.retry_ms = 100
    note_id = editor.note.id
    fill_the_disk(store)
    text = "Field notes from the donor meeting. " * 800  # about 29 KB: needs new pages
    editor.body_edit.setPlainText(text)
    with qtbot.waitSignal(editor.saveFailed, timeout=10_000) as failure:
        editor.flush()
    assert failure.args[0] == note_id and "full" in failure.args[1]
    assert editor.state_label.text().startswith("Could not save")
    assert editor.body_edit.toPlainText() == text

    asked = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, message, *rest: asked.append(message) or QMessageBox.StandardButton.Cancel)
    window.close()
    assert window.isVisible(), "closing must not drop the unsaved note"
    assert "could not be saved" in asked[0] and "full" in asked[0]

    make_room(store)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        pass  # the retry timer
    assert store.note(note_id).body == text and editor.state_label.text() == "Saved"
    asked.clear()
    window.close()
    assert not window.isVisible() and asked == []
