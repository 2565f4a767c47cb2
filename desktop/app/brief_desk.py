"""The Brief tab beside Reader and Comparison (its view built on first use), the Brief menu's actions, and
adding to a brief from every other view: each emits (kind, ref) and `BriefDesk.add` does the rest."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QLocale, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QVBoxLayout, QWidget

from desktop.shared.translate import said_error, tr, window_language

if TYPE_CHECKING:
    from db.briefs.stored import Brief, BriefItem
    from db.store.facade import Store
    from desktop.app.main_window import MainWindow
    from desktop.briefs.brief_view import BriefView

CURRENT = "briefs/current"
"""The window setting naming the brief that Add to Brief adds to: the one last opened or added to."""


class BriefDesk(QObject):
    message = Signal(str)
    opened = Signal(str)
    """A brief was opened in the Brief tab: its id."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.runner = window.runner
        self.settings = window.settings
        self._view: BriefView | None = None
        self._deleted: list[str] = []  # brief ids, most recent last, for Undo
        self.page = QWidget()
        QVBoxLayout(self.page).setContentsMargins(0, 0, 0, 0)
        self.add_action = self._action(tr("Add to Brief"), "Ctrl+B", self.add_current)
        self.add_action.setStatusTip(tr("Add the entry or comparison on screen to the brief you are preparing"))
        self.show_action = self._action(tr("Show Brief"), "Ctrl+Shift+M", self.show)
        self.new_action = self._action(tr("New Brief…"), None, self.new_brief)
        self.undo_delete_action = self._action(tr("Undo Delete Brief"), None, self.undo_delete)
        self.undo_delete_action.setEnabled(False)
        self.rename_action = self._action(tr("&Rename Brief…"), None, lambda: self._on_open(self.rename))
        self.duplicate_action = self._action(tr("D&uplicate Brief"), None, lambda: self._on_open(self.duplicate))
        self.delete_action = self._action(tr("&Delete Brief"), None, lambda: self._on_open(self.delete))

    def _action(self, text: str, shortcut: str | None, slot) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    # -- the view ----------------------------------------------------------------------------
    @property
    def view(self) -> BriefView:
        """The Brief view, built the first time it is needed: start-up is faster without it."""
        if self._view is None:
            from desktop.briefs.brief_view import BriefView

            view = self._view = BriefView(self.runner, self.page)
            self.page.layout().addWidget(view)
            view.message.connect(self.message)
            view.openRequested.connect(self._open_item)
            view.newRequested.connect(self.new_brief)
            view.briefShown.connect(self._shown)
            self.window.brief_menu.addSeparator()
            self.window.brief_menu.addActions(view.file_actions())
        return self._view

    def current(self) -> str | None:
        value = self.settings.value(CURRENT)
        return str(value) if value else None

    def show(self) -> None:
        view = self.view
        self.window.tabs.setCurrentWidget(self.page)
        if view.brief_id is None:
            self.runner.read(lambda s: _choose(s, self.current()), done=lambda brief: brief and view.open_brief(brief.id))

    def open(self, brief_id: str) -> None:
        self.view.open_brief(brief_id)
        self.window.tabs.setCurrentWidget(self.page)

    def _on_open(self, act) -> None:
        """Rename, duplicate or delete the brief open in the Brief tab (or the one Add to Brief adds to)."""
        brief_id = (self._view.brief_id if self._view is not None else None) or self.current()
        if brief_id is None:
            self.message.emit(tr("Open a brief first: the navigator lists them under Briefs."))
        else:
            act(brief_id)

    def _open_item(self, kind: str, ref: str) -> None:
        window = self.window
        if kind == "entry":
            window.open_entry(ref)
            window.tabs.setCurrentWidget(window.reader)
        elif kind == "comparison":
            window.comparison.load_saved(ref)
            window.show_comparison()
        else:
            window.notes_dock.show()
            window.notes_pane.open_note(ref)

    def _shown(self, brief_id: str) -> None:
        self.settings.setValue(CURRENT, brief_id)
        self.opened.emit(brief_id)

    # -- adding ------------------------------------------------------------------------------
    def add_current(self) -> None:
        """Add to Brief from the menu or Ctrl+B: the saved comparison when the comparison is on screen, else the
        entry in the reader."""
        window = self.window
        if window.tabs.currentWidget() is window.comparison_page and window._comparison is not None:
            saved = window._comparison.comparison_id()
            if saved is None:
                self.message.emit(tr("Save the comparison first (Ctrl+S), then add it to a brief."))
                return
            self.add("comparison", saved)
        elif window.reader.uid:
            self.add("entry", window.reader.uid)
        else:
            self.message.emit(tr("Open an entry, a note or a saved comparison, then add it to a brief."))

    def add(self, kind: str, ref: str) -> None:
        """Add the entry, saved comparison or note to the current brief (a new one when there is none)."""
        from desktop.briefs.brief_words import brief_words

        words, language = brief_words(), window_language()
        untitled = tr("Brief of %1").replace("%1", QLocale().toString(QDate.currentDate(), QLocale.FormatType.LongFormat))
        current = self.current()

        def add(store: Store) -> tuple[Brief, BriefItem | None]:
            brief = _choose(store, current) or store.create_brief(untitled)
            resolved = store.resolve(ref) if kind == "entry" else ref
            present = next((item for item in brief.items if item.ref == resolved), None)
            if present is not None:
                return brief, None
            return store.add_to_brief(brief.id, kind, ref, language=language, words=words)

        self.runner.submit(add, done=self._added, failed=lambda exc: self.message.emit(said_error(exc)))

    def _added(self, result: tuple[Brief, BriefItem | None]) -> None:
        brief, item = result
        self.settings.setValue(CURRENT, brief.id)
        if item is None:
            self.message.emit(tr("Already in the brief “%1”.").replace("%1", brief.title))
        else:
            self.message.emit(tr("Added “%1” to the brief “%2” (Ctrl+Shift+M shows it).").replace("%1", item.title)
                              .replace("%2", brief.title))
        if self._view is not None and self._view.brief_id in (None, brief.id):
            self._view.open_brief(brief.id)

    # -- keeping briefs ----------------------------------------------------------------------
    def new_brief(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        title, ok = QInputDialog.getText(self.window, tr("New Brief"), tr("Title of the brief, e.g. the meeting it is for:"))
        if ok and title.strip():
            self.runner.submit(lambda s: s.create_brief(title), done=lambda brief: self.open(brief.id),
                               failed=lambda exc: self.message.emit(said_error(exc)))

    def rename(self, brief_id: str) -> None:
        from PySide6.QtWidgets import QInputDialog

        def ask(brief: Brief) -> None:
            title, ok = QInputDialog.getText(self.window, tr("Rename Brief"), tr("New title:"), text=brief.title)
            if ok and title.strip() and title.strip() != brief.title:
                self.runner.submit(lambda s: s.update_brief(brief_id, title=title),
                                   failed=lambda exc: self.message.emit(said_error(exc)))

        self.runner.read(lambda s: s.brief(brief_id), done=ask, failed=lambda exc: self.message.emit(said_error(exc)))

    def duplicate(self, brief_id: str) -> None:
        def done(copy: Brief) -> None:
            self.message.emit(tr("Made “%1”.").replace("%1", copy.title))
            self.open(copy.id)

        self.runner.submit(lambda s: s.duplicate_brief(brief_id), done=done, failed=lambda exc: self.message.emit(said_error(exc)))

    def delete(self, brief_id: str) -> None:
        """Move the brief to the Trash, with Undo Delete Brief to bring it back."""
        def done(brief: Brief) -> None:
            self._deleted.append(brief.id)
            self.undo_delete_action.setEnabled(True)
            if self._view is not None and self._view.brief_id == brief.id:
                self._view.close_brief()
            if self.current() == brief.id:
                self.settings.remove(CURRENT)
            self.message.emit(tr("Moved the brief “%1” to the Trash (Brief > Undo Delete Brief brings it back).")
                              .replace("%1", brief.title))

        self.runner.submit(lambda s: s.delete_brief(brief_id), done=done, failed=lambda exc: self.message.emit(said_error(exc)))

    def undo_delete(self) -> None:
        if self._deleted:
            self.restore(self._deleted[-1])

    def restore(self, brief_id: str) -> None:
        if brief_id in self._deleted:
            self._deleted.remove(brief_id)
        self.undo_delete_action.setEnabled(bool(self._deleted))
        self.runner.submit(lambda s: s.restore_brief(brief_id), done=lambda brief: self.open(brief.id),
                           failed=lambda exc: self.message.emit(said_error(exc)))

    def purge(self, brief_id: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self.window, tr("Delete forever?"),
                                      tr("This brief and all its revisions will be deleted for good. This cannot be undone."))
        if answer == QMessageBox.StandardButton.Yes:
            if brief_id in self._deleted:
                self._deleted.remove(brief_id)
            self.undo_delete_action.setEnabled(bool(self._deleted))
            self.runner.submit(lambda s: s.purge_brief(brief_id), failed=lambda exc: self.message.emit(said_error(exc)))


def _choose(store: Store, current: str | None) -> Brief | None:
    """The brief named `current` if it is still there, else the most recently changed one, else None."""
    from db.errors import NotFoundError

    if current:
        try:
            return store.brief(current)
        except NotFoundError:
            pass
    briefs = store.briefs()
    return store.brief(briefs[0].id) if briefs else None

