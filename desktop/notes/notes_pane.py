"""The notes pane (docked right): the notes and highlights of the current entry, and their editor."""
from __future__ import annotations

from typing import TYPE_CHECKING

# QtCore.QEventLoop: set up when the window closes with a save under way, not at start (see desktop/app/application.py).
from PySide6 import QtCore
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QListView, QMenu, QSplitter, QStackedWidget, QToolBar, QToolButton, QVBoxLayout, QWidget

from db import Note, Target, TextQuote
from db.store.changes import Changes
from desktop.notes.notes_model import NoteIdRole, NoteItemDelegate, NoteRole, NotesListModel
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error

if TYPE_CHECKING:
    from desktop.notes.note_editor import NoteEditor
    from desktop.notes.revisions_dialog import RevisionsDialog

UNDO_DEPTH = 20


class NotesPane(QWidget):
    """Notes attached to one entry (or all notes), a list above an editor that saves as you type."""

    noteOpened = Signal(object)
    """The `Note` now shown in the editor."""
    addToBrief = Signal(str, str)
    """("note", note id): a note or highlight to add to the brief being prepared."""

    def __init__(self, runner: StoreRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.uid: str | None = None
        self.title = ""
        self._select_after_load: str | None = None
        self._deleted: list[str] = []  # note ids, most recent last, for Undo
        self.revisions_dialog: RevisionsDialog | None = None
        self.setAccessibleName(self.tr("Notes"))

        self.header = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.header.setAccessibleName(self.tr("Notes are attached to"))
        font = self.header.font()
        font.setBold(True)
        self.header.setFont(font)
        self.model = NotesListModel(parent=self)
        self.list_view = QListView()
        self.list_view.setModel(self.model)
        self.list_view.setItemDelegate(NoteItemDelegate(self.list_view))
        self.list_view.setAccessibleName(self.tr("Notes and highlights"))
        self.list_view.setUniformItemSizes(False)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._editor: NoteEditor | None = None
        self.empty_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setAccessibleName(self.tr("No notes"))
        self.empty_label.setMargin(12)

        self.new_action = self._action(self.tr("&New Note"), QKeySequence.StandardKey.New,
                                       self.tr("Write a new note"), self.new_note)
        self.delete_action = self._action(self.tr("&Delete"), QKeySequence.StandardKey.Delete,
                                          self.tr("Move the selected note to the Trash"), self.delete_current)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.list_view.addAction(self.delete_action)
        self.undo_delete_action = self._action(self.tr("&Undo Delete"), QKeySequence.StandardKey.Undo,
                                               self.tr("Bring back the last note moved to the Trash"), self.undo_delete)
        self.undo_delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action = self._action(self.tr("&History…"), QKeySequence("Ctrl+Alt+H"),
                                           self.tr("Earlier versions of this note, to read or restore"), self.show_history)
        # Here rather than in the editor, which is built with the first note: the menu lists it from the start.
        self.preview_action = QAction(self.tr("Preview"), self, checkable=True, enabled=False)
        self.preview_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.preview_action.setToolTip(self.tr("Show the note as formatted text (%1)").replace(
            "%1", self.preview_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)))
        self.addActions([self.new_action, self.undo_delete_action, self.preview_action])

        toolbar = QToolBar(self.tr("Notes"))
        toolbar.setAccessibleName(self.tr("Note actions"))
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.history_action, self.delete_action, self.undo_delete_action):
            toolbar.addAction(action)
            button = toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text().replace("&", ""))
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.list_view)
        self.splitter.setChildrenCollapsible(False)
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.empty_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addWidget(toolbar)
        layout.addWidget(self.body, 1)

        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self.list_view.activated.connect(lambda _index: self.editor.focus_body())
        self.list_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list_view.customContextMenuRequested.connect(self._context_menu)
        self.model.rowsInserted.connect(self._update_state)
        self.model.rowsRemoved.connect(self._update_state)
        self.model.modelReset.connect(self._update_state)
        runner.changed.connect(self.store_changed)
        self.set_target(None, "")

    @property
    def editor(self) -> NoteEditor:
        """The editor under the list, built when a note is first shown: until then (a first start
        has no notes) the window starts without it."""
        if self._editor is None:
            from desktop.notes.note_editor import NoteEditor

            self._editor = NoteEditor(self.runner, self.preview_action)
            self._editor.saved.connect(self._saved)
            self._editor.abandoned.connect(self._discard)
            self.splitter.addWidget(self._editor)
            self.splitter.setStretchFactor(0, 2)
            self.splitter.setStretchFactor(1, 3)
        return self._editor

    def _action(self, text: str, key, tip: str, slot) -> QAction:
        action = QAction(text, self)
        if key is not None:
            action.setShortcut(QKeySequence(key))
            tip += " (" + action.shortcut().toString(QKeySequence.SequenceFormat.NativeText) + ")"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # -- public ----------------------------------------------------------------------------------
    def set_target(self, uid: str | None, title: str) -> None:
        """List the notes of entry `uid`; None lists all notes, "" the notes attached to nothing."""
        self.flush()
        self.uid, self.title = uid, title
        if uid:
            self.header.setText(self.tr("Notes on: %1").replace("%1", title or uid))
        else:
            self.header.setText(self.tr("All notes") if uid is None else self.tr("Notes not attached to an entry"))
        self.runner.submit(lambda store: store.notes(target=uid or None), done=self._listed, failed=self._list_failed,
                           latest=(id(self), "list"))

    def store_changed(self, changes: Changes) -> None:
        """List the notes again when the list may differ: a note it lacks (restored from the Trash, made
        elsewhere) or one it shows gone, the notes file replaced, or notes written by another process.
        Its own edits change rows in place and never reach here as news."""
        listed = {note.id for note in self.model.notes()}
        lacking = (changes.notes - changes.notes_trashed) - listed
        if changes.user_store_replaced or changes.packs or (changes.outside and changes.notes) or lacking \
                or (changes.notes_trashed & listed):
            self.reload()

    def reload(self) -> None:
        """List the notes again (a sync brought other devices' changes), the current one still selected."""
        current = self.current_note()
        self._select_after_load = current.id if current is not None else None
        self.set_target(self.uid, self.title)

    def create_passage_note(self, uid: str, quote: TextQuote, with_note: bool) -> None:
        """Highlight a passage of entry `uid`; with `with_note` the editor takes the focus to write on it."""
        self._create(Target("passage", uid, quote), focus=with_note)

    def new_note(self) -> None:
        self._create(Target.entry(self.uid) if self.uid else Target(), focus=True)

    def open_note(self, note_id: str) -> None:
        """Show a note; when it belongs to another entry, list that entry's notes first."""
        if self._select(note_id):
            return
        self.runner.submit(lambda store: self._where(store, note_id), done=self._open_elsewhere,
                           failed=self._report)

    def flush(self) -> None:
        """Save what is being typed."""
        if self._editor is not None:
            self._editor.flush()

    def save_before_closing(self, wait_ms: int = 5000) -> str | None:
        """Save what is being typed and wait for it; why it could not be saved, or None once it is."""
        if self._editor is None:
            return None
        self.flush()
        if self._editor.saving:
            loop = QtCore.QEventLoop()
            self.runner.idle.connect(loop.quit)
            QTimer.singleShot(wait_ms, loop.quit)
            loop.exec()
            self.runner.idle.disconnect(loop.quit)
        return self._editor.unsaved_problem

    def current_note(self) -> Note | None:
        return self._editor.note if self._editor is not None else None

    def delete_current(self) -> None:
        note = self.current_note()
        if note is None:
            return
        self.flush()  # queued first: the note's last words reach its revisions
        self._deleted = (self._deleted + [note.id])[-UNDO_DEPTH:]
        self.model.remove(note.id)
        self.runner.submit(lambda store: store.delete_note(note.id), failed=lambda exc: self._failed_delete(note.id, exc))

    def forget_deleted(self, note_id: str) -> None:
        """The note left the Trash some other way (restored or deleted for good): nothing to undo."""
        if note_id in self._deleted:
            self._deleted.remove(note_id)
            self._update_state()

    def undo_delete(self) -> None:
        if not self._deleted:
            return
        note_id = self._deleted.pop()
        self._update_state()
        self.runner.submit(lambda store: store.restore_note(note_id), done=self._restored, failed=self._report)

    def show_history(self) -> None:
        note = self.current_note()
        if note is None:
            return
        self.flush()
        from desktop.notes.revisions_dialog import RevisionsDialog  # loaded when first asked for, not at start

        self.revisions_dialog = RevisionsDialog(self.runner, note, self)
        self.revisions_dialog.restored.connect(self._restored)
        self.revisions_dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.revisions_dialog.open()

    def context_menu(self, index: QModelIndex) -> QMenu | None:
        """The menu of the note at `index` (not necessarily the one open); None where there is none."""
        note_id = index.data(NoteIdRole) if index.isValid() else None
        if note_id is None:
            return None
        menu = QMenu(self)
        menu.addAction(self.tr("Add to Brief"), lambda: self._add_to_brief(note_id))
        return menu

    def _add_to_brief(self, note_id: str) -> None:
        self.flush()  # queued first: the brief keeps the note's last words
        self.addToBrief.emit("note", note_id)

    def _context_menu(self, point) -> None:
        menu = self.context_menu(self.list_view.indexAt(point))
        if menu is not None:
            menu.exec(self.list_view.viewport().mapToGlobal(point))
            menu.deleteLater()

    # -- results from the store thread -----------------------------------------------------------
    def _listed(self, notes: list[Note]) -> None:
        if self.uid == "":
            notes = [note for note in notes if note.target.kind == "none"]
        self.model.set_notes(notes)
        wanted, self._select_after_load = self._select_after_load, None
        if wanted and self._select(wanted):
            return
        shown = self.current_note()
        if wanted and shown is not None and shown.id == wanted:
            return  # deleted elsewhere while open: its text stays in the editor, never lost
        if self.model.rowCount():
            self.list_view.setCurrentIndex(self.model.index(0, 0))
        else:  # a model reset moves the current index without telling
            self._current_changed(QModelIndex(), QModelIndex())

    def _list_failed(self, exc: Exception) -> None:
        self._listed([])
        self.empty_label.setText(self.tr("Your notes cannot be shown: %1").replace("%1", said_error(exc)))

    def _create(self, target: Target, *, focus: bool) -> None:
        self.flush()
        self.runner.submit(lambda store: store.create_note("", target=target),
                           done=lambda note: self._created(note, focus), failed=self._report)

    def _created(self, note: Note, focus: bool) -> None:
        if self._belongs(note):
            self.model.upsert(note)
            self._select(note.id)
        else:
            self.editor.set_note(note)
            self.noteOpened.emit(note)
        if focus:
            self.editor.focus_body()

    def _discard(self, note: Note) -> None:
        """Ctrl+N and then moving on leaves an empty note: it is deleted, not kept as clutter."""
        self.model.remove(note.id)

        def purge(store):
            store.delete_note(note.id)
            store.purge_note(note.id)

        self.runner.submit(purge, failed=self._report)

    def _saved(self, note: Note) -> None:
        if self.model.row_of(note.id) is not None:
            self.model.upsert(note)

    def _restored(self, note: Note) -> None:
        current = self.current_note()
        was_current = current is not None and current.id == note.id
        if self._belongs(note):
            self.model.upsert(note)
        if was_current or not self._select(note.id):
            self.editor.set_note(note)  # show the restored text even when its row is already current

    def _failed_delete(self, note_id: str, exc: Exception) -> None:
        if note_id in self._deleted:
            self._deleted.remove(note_id)
        self._report(exc)
        self.set_target(self.uid, self.title)

    def _report(self, exc: Exception) -> None:
        self.editor.state_label.setText(self.tr("Could not change the notes: %1").replace("%1", said_error(exc)))

    @staticmethod
    def _where(store, note_id: str) -> tuple[Note, str | None, str]:
        note = store.note(note_id)
        if note.target.kind in ("entry", "passage") and note.target.ref and not note.detached:
            return note, note.target.ref, store.entry(note.target.ref).title
        return note, None, ""

    def _open_elsewhere(self, found: tuple[Note, str | None, str]) -> None:
        note, uid, title = found
        self._select_after_load = note.id
        self.set_target(uid, title)

    # -- helpers ---------------------------------------------------------------------------------
    def _belongs(self, note: Note) -> bool:
        if self.uid is None:
            return True
        return note.target.ref == self.uid if self.uid else note.target.kind == "none"

    def _select(self, note_id: str) -> bool:
        row = self.model.row_of(note_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.list_view.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.list_view.scrollTo(index)
        return True

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = current.data(NoteRole) if current.isValid() else None
        shown = self.current_note()
        if note is not None and shown is not None and note.id == shown.id:
            if note != shown and not (self.editor.dirty or self.editor.saving):
                self.editor.set_note(note)  # changed on another device (a sync), nothing typed here since
            return
        if note is not None or self._editor is not None:
            self.editor.set_note(note)
        if note is not None:
            self.noteOpened.emit(note)
        self._update_state()

    def _update_state(self, *_args) -> None:
        has_notes = self.model.rowCount() > 0
        if self.uid:
            empty = self.tr("No notes on this entry yet. Press %1 to write one, or select text in the reader "
                            "and press Ctrl+H to highlight it.")
        else:
            empty = self.tr("No notes here yet. Press %1 to write one.")
        self.empty_label.setText(empty.replace("%1", self.new_action.shortcut().toString(
            QKeySequence.SequenceFormat.NativeText)))
        self.body.setCurrentWidget(self.splitter if has_notes else self.empty_label)
        has_current = self.current_note() is not None
        self.delete_action.setEnabled(has_current)
        self.history_action.setEnabled(has_current)
        self.undo_delete_action.setEnabled(bool(self._deleted))
