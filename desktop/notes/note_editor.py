"""Edit one note: title, tags (with completion), Markdown body and preview; saves itself.

Saving never blocks the window: every save is a snapshot of the fields submitted to the
store thread. Saves run in order on that one thread, so the newest snapshot always wins.
A save that fails leaves the text where it is (and keeps it for notes no longer shown)
and is tried again on the next timer; nothing typed is dropped.
"""
from __future__ import annotations

import time
from dataclasses import replace
from functools import partial
from typing import TYPE_CHECKING

# QtCore.QEvent: set up at the first event filtered, not at start (see desktop/app/application.py).
from PySide6 import QtCore
from PySide6.QtCore import QObject, QStringListModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import (QCompleter, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QStackedWidget, QToolButton, QVBoxLayout, QWidget)

from db import Note
from desktop.notes.notes_model import short_quote
from desktop.shared.runners import StoreRunner
from desktop.shared.safe_browser import SafeBrowser
from desktop.shared.translate import said_error

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # annotations only: QUrl is set up when a link is first clicked


# Saves within this many seconds of an editing session's first save amend one revision.
REVISION_SESSION_S = 600


def open_link(url: QUrl) -> None:
    if url.scheme() in ("http", "https", "mailto"):
        QDesktopServices.openUrl(url)


def split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.split(",") if tag.strip()]


class NoteEditor(QWidget):
    """The note being read or written, with its saved state always visible."""

    saved = Signal(object)
    """A `Note` as the store now holds it, after each successful save."""
    saveFailed = Signal(str, str)
    """(note id, message) when a save fails; the text is kept and the save retried."""
    abandoned = Signal(object)
    """A note left with nothing written in it (not a highlight): the pane deletes it."""

    def __init__(self, runner: StoreRunner, preview_action: QAction, parent=None, *, debounce_ms: int = 700,
                 retry_ms: int = 2000):
        """`preview_action` (checkable) switches between the Markdown text and its preview."""
        super().__init__(parent)
        self.runner = runner
        self.debounce_ms, self.retry_ms = debounce_ms, retry_ms
        self._note: Note | None = None
        self._dirty = False
        self._failing = False
        self._last_error = ""
        self._loading = False
        self._seq = 0
        self._latest: dict[str, int] = {}  # note id -> newest save submitted
        self._drafts: dict[str, dict] = {}  # unsaved snapshots of notes no longer in the editor
        self._session: tuple[str, float] | None = None  # (note id, when its session's revision was made)
        self._saving_on_focus_loss = False
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self._save)

        self.title_edit = QLineEdit(placeholderText=self.tr("Title (optional: the first line is used)"))
        self.title_edit.setAccessibleName(self.tr("Note title"))
        self.tags_edit = QLineEdit(placeholderText=self.tr("Tags, separated by commas"))
        self.tags_edit.setAccessibleName(self.tr("Note tags"))
        self.tag_model = QStringListModel(self)
        self.completer = QCompleter(self.tag_model, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setWidget(self.tags_edit)
        self.completer.activated.connect(self._complete_tag)
        self.info_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.info_label.setAccessibleName(self.tr("Highlighted passage"))
        self.keep_button = QToolButton(text=self.tr("Keep This Text"))
        self.keep_button.setToolTip(self.tr("This text is the one kept: the mark goes here and on your other devices"))
        self.keep_button.clicked.connect(self.keep_this_text)
        self.body_edit = QPlainTextEdit()
        self.body_edit.setAccessibleName(self.tr("Note text (Markdown)"))
        self.body_edit.setPlaceholderText(self.tr("Write in Markdown: # heading, **bold**, - list. Saved as you type."))
        self.body_edit.setTabChangesFocus(True)
        self.preview = SafeBrowser()  # fetches nothing; links open in the system browser only on a click
        self.preview.anchorClicked.connect(open_link)
        self.preview.setAccessibleName(self.tr("Note preview"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.body_edit)
        self.stack.addWidget(self.preview)
        self.preview_action = preview_action
        self.preview_action.toggled.connect(self.set_preview)
        self.addAction(self.preview_action)
        self.preview_button = QToolButton(checkable=True, text=self.tr("Preview"), toolTip=self.preview_action.toolTip())
        self.preview_button.setAccessibleName(self.tr("Preview or edit"))
        self.preview_button.toggled.connect(self.preview_action.setChecked)
        self.state_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.state_label.setAccessibleName(self.tr("Save state"))

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Title"), self.title_edit)
        form.addRow(self.tr("Ta&gs"), self.tags_edit)
        bottom = QHBoxLayout()
        bottom.addWidget(self.preview_button)
        bottom.addWidget(self.state_label, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        info = QHBoxLayout()
        info.addWidget(self.info_label, 1)
        info.addWidget(self.keep_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(info)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

        self.title_edit.textEdited.connect(self._edited)
        self.tags_edit.textEdited.connect(self._edited)
        self.tags_edit.textEdited.connect(self._offer_tags)
        self.body_edit.textChanged.connect(self._edited)
        self.set_note(None)

    # -- public ---------------------------------------------------------------------------------
    def keep_this_text(self) -> None:
        """The note edited on two devices keeps the text it shows (db.Store.resolve_conflict)."""
        if self._note is not None and self._note.conflict:
            note_id = self._note.id
            self.runner.submit(lambda store: store.resolve_conflict(note_id), done=self._kept)

    def _kept(self, note: Note) -> None:
        if self._note is not None and self._note.id == note.id:
            self._note = replace(self._note, conflict=False)
            self._show_info(self._note)
        self.saved.emit(note)

    @property
    def note(self) -> Note | None:
        return self._note

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def saving(self) -> bool:
        """A save of this editor's text is on its way to the store."""
        return bool(self._latest)

    @property
    def unsaved_problem(self) -> str | None:
        """Why typed text is not in the store yet (its last save failed), or None."""
        if self._failing or self._drafts:
            return self._last_error or self.tr("the last save did not finish")
        return None

    def set_note(self, note: Note | None) -> None:
        """Save what is pending, then show `note` (or nothing)."""
        previous = self._note
        left_empty = (previous is not None and previous.target.kind != "passage" and (note is None or note.id != previous.id)
                      and not (self.title_edit.text().strip() or self.tags_edit.text().strip() or self.body_edit.toPlainText().strip()))
        self.flush()  # if that save fails, _on_failed keeps the snapshot as a draft
        if left_empty:
            self.abandoned.emit(previous)
        self._note, self._dirty, self._failing, self._session = note, False, False, None
        if note is not None and not self._saving_on_focus_loss:
            # Watched from the first note on: without one the fields are disabled and never lose
            # the focus, and an event filter at start would make PySide set up its event types.
            for widget in (self.title_edit, self.tags_edit, self.body_edit):
                widget.installEventFilter(self)
            self._saving_on_focus_loss = True
        draft = self._drafts.pop(note.id, None) if note is not None else None
        self._loading = True
        try:
            self.title_edit.setText(draft["title"] if draft else note.title if note else "")
            self.tags_edit.setText(", ".join(draft["tags"] if draft else note.tags if note else ()))
            self.body_edit.setPlainText(draft["body"] if draft else note.body if note else "")
        finally:
            self._loading = False
        self._show_info(note)
        for widget in (self.title_edit, self.tags_edit, self.body_edit, self.preview):
            widget.setEnabled(note is not None)
        self.preview_action.setEnabled(note is not None)
        self.preview_button.setEnabled(note is not None)
        if draft:
            self._edited()
        else:
            self._show_state(self.tr("Saved") if note is not None else "")
        if self.preview_action.isChecked():
            # The same note read again keeps its preview; another note opens for writing, so
            # keys typed into it are never lost on a preview that cannot take them.
            self.set_preview(note is not None and previous is not None and note.id == previous.id)
        self.refresh_tags()

    def _show_info(self, note: Note | None) -> None:
        """Above the text: the highlighted passage, and what is wrong with the note, if anything."""
        quote = note.target.quote if note is not None else None
        info = [self.tr("Highlight: %1").replace("%1", "“" + short_quote(quote.exact, 300) + "”")] if quote else []
        if note is not None and note.detached:
            info.append(self.tr("Its entry is no longer in any installed pack; the note is kept."))
        elif note is not None and note.unanchored:
            info.append(self.tr("The entry's text changed and no longer holds this passage; the note and its quote are kept."))
        if note is not None and note.conflict:
            info.append(self.tr("Edited on two devices before they synced: this is the text edited last; the other is in "
                                "its History. Keep this one, or restore the other from the History."))
        self.info_label.setText("\n".join(info))
        self.info_label.setVisible(bool(info))
        self.keep_button.setVisible(note is not None and note.conflict)

    def flush(self) -> None:
        """Submit pending edits now (on focus loss, note switch and window close)."""
        self._save()

    def focus_body(self) -> None:
        self.preview_action.setChecked(False)
        self.body_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def set_preview(self, on: bool) -> None:
        if on:
            self.flush()
            text = self.body_edit.toPlainText()
            self.preview.set_markdown(text if text.strip() else "*" + self.tr("Nothing written on this note yet.") + "*")
        self.stack.setCurrentWidget(self.preview if on else self.body_edit)
        self.preview_button.setChecked(on)
        self.preview_button.setText(self.tr("Edit") if on else self.tr("Preview"))
        if self.preview_action.isChecked() != on:
            self.preview_action.setChecked(on)

    def refresh_tags(self) -> None:
        """Reload the tag completions from the store (in the background)."""
        self.runner.submit(lambda store: [tag for tag, _count in store.note_tags()],
                           done=self.tag_model.setStringList, failed=lambda exc: None)

    # -- autosave -------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QtCore.QEvent) -> bool:
        if event.type() == QtCore.QEvent.Type.FocusOut and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.flush()
        return super().eventFilter(watched, event)

    def _edited(self, *_args) -> None:
        if self._loading or self._note is None:
            return
        self._dirty = True
        if not self._failing:
            self._show_state(self.tr("Unsaved changes"))
        self._timer.start(self.debounce_ms)

    def _snapshot(self) -> dict:
        return {"title": self.title_edit.text(), "tags": split_tags(self.tags_edit.text()),
                "body": self.body_edit.toPlainText()}

    def _save(self) -> None:
        self._timer.stop()
        if self._note is not None and self._dirty:
            self._dirty = False
            if not self._failing:
                self._show_state(self.tr("Saving…"))
            self._submit(self._note.id, self._snapshot())
        for note_id, snapshot in list(self._drafts.items()):
            del self._drafts[note_id]
            self._submit(note_id, snapshot)

    def _submit(self, note_id: str, snapshot: dict) -> None:
        self._seq += 1
        self._latest[note_id] = seq = self._seq
        amend = (self._session is not None and self._session[0] == note_id
                 and time.monotonic() - self._session[1] < REVISION_SESSION_S)
        self.runner.submit(lambda store: store.update_note(note_id, **snapshot, amend_revision=amend),
                           done=partial(self._on_saved, note_id, seq, amend),
                           failed=partial(self._on_failed, note_id, seq, snapshot))

    def _on_saved(self, note_id: str, seq: int, amended: bool, note: Note) -> None:
        newest = self._latest.get(note_id) == seq
        if newest:
            del self._latest[note_id]
        current = self._note is not None and self._note.id == note_id
        if current and not amended and note.updated != self._note.updated:  # this save made a new revision
            self._session = (note_id, time.monotonic())
        if current:
            tags_changed = note.tags != self._note.tags
            self._note = note
            if newest and not self._dirty:
                self._failing = False
                self._show_state(self.tr("Saved"))
            if tags_changed:
                self.refresh_tags()
        self.saved.emit(note)

    def _on_failed(self, note_id: str, seq: int, snapshot: dict, exc: Exception) -> None:
        if self._latest.get(note_id) != seq:
            return  # a newer snapshot of this note is already on its way
        del self._latest[note_id]
        self._last_error = said_error(exc)
        if self._note is not None and self._note.id == note_id:
            self._dirty = self._failing = True
            self._show_state(self.tr("Could not save: %1 (kept in the editor, retrying)").replace("%1", said_error(exc)))
        else:
            self._drafts[note_id] = snapshot
        self._timer.start(self.retry_ms)
        self.saveFailed.emit(note_id, said_error(exc))

    def _show_state(self, text: str) -> None:
        self.state_label.setText(text)
        self.state_label.setAccessibleDescription(text)

    # -- tag completion -------------------------------------------------------------------------
    def _offer_tags(self, text: str) -> None:
        before = text[: self.tags_edit.cursorPosition()]
        word = before.rsplit(",", 1)[-1].strip()
        if not word:
            self.completer.popup().hide()
            return
        self.completer.setCompletionPrefix(word)
        if self.completer.completionCount():
            self.completer.complete()
        else:
            self.completer.popup().hide()

    def _complete_tag(self, tag: str) -> None:
        text, cursor = self.tags_edit.text(), self.tags_edit.cursorPosition()
        head, tail = text[:cursor], text[cursor:]
        start = head.rfind(",") + 1
        head = head[:start] + (" " if start else "") + tag + ", "
        self.tags_edit.setText(head + tail.lstrip(", "))
        self.tags_edit.setCursorPosition(len(head))
        self._edited()
