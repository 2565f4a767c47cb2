"""The notes pane over the real store: listing, autosave, tags, failures, history, trash, highlights."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from db import TextQuote
from db.user.notes import Target
from desktop.notes.note_editor import NoteEditor
from desktop.notes.notes_model import DetailsRole, NoteIdRole, NoteRole, NotesListModel, QuoteRole
from desktop.notes.notes_pane import NotesPane

DFID = "working-in-partnership/dfid-ifrc"
NO_SINGLE = "working-in-partnership/no-single-model"


@pytest.fixture
def pane(qtbot, runner):
    with qtbot.waitSignal(runner.idle):
        pane = NotesPane(runner)
    qtbot.addWidget(pane)
    pane.resize(380, 700)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    yield pane
    pane.flush()  # as the window does on close; the runner then finishes the save


def show(qtbot, pane, uid, title=""):
    with qtbot.waitSignal(pane.runner.idle):
        pane.set_target(uid, title)


def ids(pane) -> list[str]:
    return [pane.model.index(row, 0).data(NoteIdRole) for row in range(pane.model.rowCount())]


def new_note(qtbot, pane):
    with qtbot.waitSignal(pane.runner.idle):
        pane.new_action.trigger()
    return pane.editor.note


def test_set_target_lists_the_notes_of_that_entry_only(qtbot, pane, store):
    first = store.create_note("First thoughts on DFID", target=Target.entry(DFID))
    second = store.create_note("More on DFID", target=Target.entry(DFID), tags=["funding"])
    other = store.create_note("On the single model", target=Target.entry(NO_SINGLE))
    loose = store.create_note("A standalone note")

    show(qtbot, pane, DFID, "DFID–Federation partnership")
    assert ids(pane) == [second.id, first.id]
    assert pane.header.text() == "Notes on: DFID–Federation partnership"
    assert pane.editor.note.id == second.id and pane.editor.body_edit.toPlainText() == "More on DFID"
    assert pane.body.currentWidget() is pane.splitter

    show(qtbot, pane, None)
    assert set(ids(pane)) == {first.id, second.id, other.id, loose.id} and pane.header.text() == "All notes"
    show(qtbot, pane, "")
    assert ids(pane) == [loose.id] and pane.header.text() == "Notes not attached to an entry"

    show(qtbot, pane, "working-in-partnership/dfid-icrc", "DFID–ICRC partnership")
    assert ids(pane) == [] and pane.editor.note is None
    assert pane.body.currentWidget() is pane.empty_label
    assert pane.empty_label.text().startswith("No notes on this entry yet. Press Ctrl+N to write one")


def test_the_editor_is_built_with_the_first_note(qtbot, pane):
    # A first start has no notes: the pane starts without an editor, its actions already in place.
    assert pane.findChild(NoteEditor) is None and pane.body.currentWidget() is pane.empty_label
    assert not pane.preview_action.isEnabled() and "Ctrl+Shift+P" in pane.preview_action.toolTip()
    assert pane.save_before_closing() is None and pane.current_note() is None

    note = new_note(qtbot, pane)
    assert pane.findChild(NoteEditor) is pane.editor and note is not None and pane.preview_action.isEnabled()
    assert pane.body.currentWidget() is pane.splitter and pane.splitter.widget(1) is pane.editor


def test_ctrl_n_creates_a_note_and_puts_the_cursor_in_it(qtbot, pane, store):
    show(qtbot, pane, DFID, "DFID–Federation partnership")
    pane.list_view.setFocus()
    with qtbot.waitSignal(pane.runner.changed), qtbot.waitSignal(pane.runner.idle):
        qtbot.keyClick(pane.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [note] = store.notes(target=DFID)
    assert ids(pane) == [note.id] and pane.editor.note.id == note.id
    assert pane.editor.body_edit.hasFocus()
    assert "Ctrl+N" in pane.new_action.toolTip()


def test_typing_saves_after_a_pause_and_shows_the_saved_state(qtbot, pane, store):
    show(qtbot, pane, DFID)
    note = new_note(qtbot, pane)
    editor = pane.editor
    assert editor.state_label.text() == "Saved"
    qtbot.keyClicks(editor.body_edit, "Partners met in Geneva")
    assert editor.state_label.text() == "Unsaved changes"
    with qtbot.waitSignal(editor.saved, timeout=5000) as blocker:
        pass  # the debounce timer fires once typing stops
    assert blocker.args[0].body == "Partners met in Geneva"
    assert store.note(note.id).body == "Partners met in Geneva"
    assert editor.state_label.text() == "Saved"
    assert pane.model.index(0, 0).data() == "Partners met in Geneva"


def test_leaving_the_editor_saves_at_once(qtbot, pane, store):
    show(qtbot, pane, DFID)
    note = new_note(qtbot, pane)
    pane.editor.debounce_ms = 600_000  # only the focus change can save in time
    qtbot.keyClicks(pane.editor.body_edit, "Written before a click elsewhere")
    with qtbot.waitSignal(pane.editor.saved):
        pane.list_view.setFocus()
        assert pane.editor.state_label.text() == "Saving…"
    assert store.note(note.id).body == "Written before a click elsewhere"


def test_flush_saves_pending_text_and_title(qtbot, pane, store):
    show(qtbot, pane, DFID)
    note = new_note(qtbot, pane)
    pane.editor.debounce_ms = 600_000
    qtbot.keyClicks(pane.editor.title_edit, "Meeting prep")
    qtbot.keyClicks(pane.editor.body_edit, "Ask about reporting")
    with qtbot.waitSignal(pane.editor.saved):
        pane.flush()
    saved = store.note(note.id)
    assert (saved.title, saved.body) == ("Meeting prep", "Ask about reporting")
    assert pane.model.index(0, 0).data() == "Meeting prep"


def test_tags_complete_the_word_being_typed(qtbot, pane, store):
    store.create_note("a", target=Target.entry(NO_SINGLE), tags=["funding", "governance"])
    store.create_note("b", target=Target.entry(NO_SINGLE), tags=["fundraising"])
    show(qtbot, pane, DFID)
    note = new_note(qtbot, pane)
    editor = pane.editor
    qtbot.keyClicks(editor.tags_edit, "governance, FUN")
    completer = editor.completer
    offered = [completer.completionModel().index(row, 0).data() for row in range(completer.completionCount())]
    assert offered == ["funding", "fundraising"] and completer.popup().isVisible()
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    assert editor.tags_edit.text() == "governance, funding, "
    with qtbot.waitSignal(editor.saved):
        editor.flush()
    assert store.note(note.id).tags == ("funding", "governance")


def test_a_failed_save_keeps_the_text_and_retries_until_it_works(qtbot, pane, store):
    show(qtbot, pane, DFID)
    note = new_note(qtbot, pane)
    editor = pane.editor
    editor.retry_ms = 100
    store.delete_note(note.id)  # behind the editor's back (another window, the CLI)
    qtbot.keyClicks(editor.body_edit, "Do not lose this")
    with qtbot.waitSignal(editor.saveFailed) as blocker:
        editor.flush()
    assert blocker.args[0] == note.id and "trash" in blocker.args[1]
    assert editor.state_label.text().startswith("Could not save: ")
    assert editor.state_label.text().endswith("(kept in the editor, retrying)")
    assert editor.body_edit.toPlainText() == "Do not lose this"

    store.restore_note(note.id)
    with qtbot.waitSignal(editor.saved, timeout=5000):
        pass  # the retry timer
    assert store.note(note.id).body == "Do not lose this" and editor.state_label.text() == "Saved"


def test_a_purged_note_keeps_its_text_in_the_editor(qtbot, pane, store):
    show(qtbot, pane, DFID)
    note = new_note(qtbot, pane)
    editor = pane.editor
    editor.retry_ms = 100
    store.delete_note(note.id)
    store.purge_note(note.id)
    qtbot.keyClicks(editor.body_edit, "Still here")
    with qtbot.waitSignal(editor.saveFailed):
        editor.flush()
    with qtbot.waitSignal(editor.saveFailed, timeout=5000):
        pass  # retried, and it fails again
    assert editor.body_edit.toPlainText() == "Still here"
    assert "No note with id" in editor.state_label.text()


def test_history_lists_revisions_and_restores_one(qtbot, pane, store):
    note = store.create_note("First version", target=Target.entry(DFID))
    show(qtbot, pane, DFID)
    editor = pane.editor
    editor.body_edit.selectAll()
    qtbot.keyClicks(editor.body_edit, "Second version")
    with qtbot.waitSignal(pane.runner.idle):
        pane.history_action.trigger()  # saves what was typed, then lists
    dialog = pane.revisions_dialog
    assert dialog.isVisible() and dialog.list.count() == 2
    assert "Second version" in dialog.list.item(0).text() and "(current)" in dialog.list.item(0).text()
    assert not dialog.restore_button.isEnabled()
    dialog.list.setCurrentRow(1)
    assert dialog.text.toPlainText() == "First version" and dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored):
        dialog.restore_button.click()
    assert not dialog.isVisible()
    assert store.note(note.id).body == "First version" == editor.body_edit.toPlainText()
    assert editor.state_label.text() == "Saved"
    assert len(store.note_revisions(note.id)) == 3


def test_delete_goes_to_the_trash_and_undo_brings_it_back(qtbot, pane, store):
    keep = store.create_note("Keep me", target=Target.entry(DFID))
    gone = store.create_note("Delete me", target=Target.entry(DFID))
    show(qtbot, pane, DFID)
    assert pane.editor.note.id == gone.id and not pane.undo_delete_action.isEnabled()
    pane.list_view.setFocus()
    with qtbot.waitSignal(pane.runner.changed):
        qtbot.keyClick(pane.list_view, Qt.Key.Key_Delete)
    assert ids(pane) == [keep.id] and pane.editor.note.id == keep.id
    assert [n.id for n in store.notes(trashed=True)] == [gone.id]
    assert pane.undo_delete_action.isEnabled() and "Ctrl+Z" in pane.undo_delete_action.toolTip()

    with qtbot.waitSignal(pane.runner.changed):
        qtbot.keyClick(pane.list_view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids(pane) == [gone.id, keep.id] and pane.editor.note.id == gone.id
    assert store.notes(trashed=True) == [] and not pane.undo_delete_action.isEnabled()


def test_passage_highlights_are_listed_with_their_quote(qtbot, pane, store):
    show(qtbot, pane, NO_SINGLE, "No single partnership model fits every case")
    quote = TextQuote("none of them", "participants concluded that ", " could serve")
    with qtbot.waitSignal(pane.runner.idle):
        pane.create_passage_note(NO_SINGLE, quote, with_note=False)
    index = pane.model.index(0, 0)
    assert index.data() == "Highlight" and index.data(QuoteRole) == "“none of them”"
    assert "none of them" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert "“none of them”" in pane.editor.info_label.text()
    [stored] = store.notes(target=NO_SINGLE)
    assert stored.target.kind == "passage" and stored.target.quote == quote

    with qtbot.waitSignal(pane.noteOpened), qtbot.waitSignal(pane.runner.idle):
        pane.create_passage_note(NO_SINGLE, TextQuote("fits every case"), with_note=True)
    assert pane.model.rowCount() == 2 and pane.editor.body_edit.hasFocus()


def test_open_note_switches_to_the_entry_it_belongs_to(qtbot, pane, store):
    note = store.create_note("About DFID", target=Target.entry(DFID))
    show(qtbot, pane, NO_SINGLE, "No single model")
    with qtbot.waitSignal(pane.noteOpened) as blocker, qtbot.waitSignal(pane.runner.idle):
        pane.open_note(note.id)
    assert blocker.args[0].id == note.id and pane.editor.note.id == note.id
    assert pane.header.text() == "Notes on: DFID–Federation partnership"


def test_preview_shows_the_markdown_formatted(qtbot, pane, store):
    store.create_note("# Agenda\n\n- **funding** [site](https://example.org)", target=Target.entry(DFID))
    show(qtbot, pane, DFID)
    editor = pane.editor
    qtbot.keyClick(editor.body_edit, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert editor.stack.currentWidget() is editor.preview and pane.preview_action.isChecked()
    assert editor.preview.toPlainText().startswith("Agenda") and "#" not in editor.preview.toPlainText()
    assert not editor.preview.openLinks() and not editor.preview.openExternalLinks()
    pane.preview_action.trigger()
    assert editor.stack.currentWidget() is editor.body_edit


def test_opening_another_note_turns_the_preview_off_so_typing_goes_in(qtbot, pane, store):
    first = store.create_note("# First", target=Target.entry(DFID))
    second = store.create_note("Second", target=Target.entry(DFID))
    show(qtbot, pane, DFID)
    with qtbot.waitSignal(pane.runner.idle):
        pane.open_note(first.id)
    pane.preview_action.trigger()
    assert pane.editor.stack.currentWidget() is pane.editor.preview
    pane.editor.set_note(store.note(first.id))  # the same note read again keeps its preview
    assert pane.editor.stack.currentWidget() is pane.editor.preview
    with qtbot.waitSignal(pane.runner.idle):
        pane.open_note(second.id)
    assert pane.editor.note.id == second.id and not pane.preview_action.isChecked()
    assert pane.editor.stack.currentWidget() is pane.editor.body_edit
    pane.editor.body_edit.setFocus()
    pane.editor.body_edit.moveCursor(pane.editor.body_edit.textCursor().MoveOperation.End)
    qtbot.keyClicks(pane.editor.body_edit, " typed")
    assert pane.editor.body_edit.toPlainText() == "Second typed"


def test_notes_list_model_passes_qtmodeltester(qtbot, qtmodeltester, store):
    notes = [store.create_note(f"Note {n}", target=Target.entry(DFID), tags=["funding"]) for n in range(3)]
    notes.append(store.create_note("", target=Target.passage(DFID, "multi-year funding")))
    model = NotesListModel(store.notes())
    qtmodeltester.check(model)
    assert model.index(0, 0).data(NoteRole) == notes[-1] and model.index(0, 0).data() == "Highlight"
    assert "funding" in model.index(1, 0).data(DetailsRole)

    edited = store.update_note(notes[0].id, body="Note 0, edited")
    with qtbot.waitSignal(model.dataChanged), qtbot.assertNotEmitted(model.modelReset), \
            qtbot.assertNotEmitted(model.rowsInserted):
        model.upsert(edited)
    assert model.index(model.row_of(edited.id), 0).data() == "Note 0, edited"
    qtmodeltester.check(model)

    with qtbot.waitSignal(model.rowsInserted):
        model.upsert(replace(store.create_note("Newest", target=Target.entry(NO_SINGLE)), detached=True))
    assert model.index(0, 0).data() == "Newest" and model.index(0, 0).data(DetailsRole).startswith("Detached")
    qtmodeltester.check(model)

    with qtbot.waitSignal(model.rowsRemoved), qtbot.assertNotEmitted(model.modelReset):
        model.remove(notes[1].id)
    assert model.rowCount() == 4 and model.row_of(notes[1].id) is None
    qtmodeltester.check(model)


def test_an_empty_new_note_is_not_kept_when_the_user_moves_on(qtbot, store, runner):
    pane = NotesPane(runner)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.runner.changed, timeout=10_000):
        pane.set_target("working-in-partnership/dfid-ifrc", "DFID–Federation partnership")
        pane.new_note()
    assert len(store.notes(target="working-in-partnership/dfid-ifrc")) == 1
    with qtbot.waitSignal(pane.runner.changed, timeout=10_000):
        pane.set_target("working-in-partnership/dfid-icrc", "DFID–ICRC partnership")
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert store.notes(target="working-in-partnership/dfid-ifrc") == [] and store.notes(trashed=True) == []


def test_an_editing_session_keeps_one_revision_however_often_it_autosaves(qtbot, pane, store):
    note = store.create_note("Before the meeting", target=Target.entry(DFID))
    show(qtbot, pane, DFID)
    editor = pane.editor
    for words in (" we spoke", " about funding", " and reporting"):
        editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor.body_edit, words)
        with qtbot.waitSignal(editor.saved):
            editor.flush()
    bodies = [r.body for r in store.note_revisions(note.id)]
    assert bodies == ["Before the meeting we spoke about funding and reporting", "Before the meeting"]
    show(qtbot, pane, NO_SINGLE)
    show(qtbot, pane, DFID)  # opening the note again starts a new session, so a new revision
    editor.body_edit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(editor.body_edit, ".")
    with qtbot.waitSignal(editor.saved):
        editor.flush()
    assert len(store.note_revisions(note.id)) == 3
