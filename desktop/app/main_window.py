"""The main window: navigator and search on the left, reader and comparison in the middle, notes on the right."""
from __future__ import annotations

from typing import TYPE_CHECKING

# QtWidgets.X for classes used now and then: set up on first use, not at start (see desktop/app/application.py).
from PySide6 import QtWidgets
from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMainWindow, QStackedWidget, QTabWidget, QVBoxLayout, QWidget

from db import Store
from db.store.changes import Changes
from db.user.notes import Target
from desktop.app.brief_desk import BriefDesk
from desktop.app.brief_entry_points import connect_entry_points
from desktop.app.file_tasks import export_notes, install_pack
from desktop.app.focus_mode import FocusMode
from desktop.app.outside_changes import outside_changes_message
from desktop.app.window_layout import restore_layout, save_layout
from desktop.app.window_menus import arrange_menus
from desktop.backups.notes_keeper import NotesKeeper
from desktop.navigator.navigator_panel import NavigatorPanel
from desktop.notes.notes_pane import NotesPane
from desktop.reader.overview import overview_markdown
from desktop.reader.reader_view import ReaderView
from desktop.search.search_box import SearchBox
from desktop.shared.runners import SearchRunner, StoreRunner
from desktop.shared.translate import said_error
from desktop.syncing.sync_keeper import SyncKeeper

if TYPE_CHECKING:
    from desktop.search.search_panel import SearchPanel

WARM_UP_MS = 300
"""How long after the first page is shown the work that can wait begins (checking and backing up the
notes file, building the results list and loading the search code ahead of the first search): long
enough to stay out of the window's first paint, shorter than anyone takes to begin typing (who does
is served at once)."""


class MainWindow(QMainWindow):
    ready = Signal()
    """The first page is on screen."""

    def __init__(self, store: Store, settings: QSettings):
        super().__init__()
        self.store = store
        self.settings = settings
        self.setWindowTitle(self.tr("Partnership Atlas"))
        self.runner = StoreRunner(store, self)
        self.search_runner = SearchRunner(store, self)
        self.reader = ReaderView(self.runner)
        self._comparison = None
        self._closed = False  # the stores' threads are shut down; closing again only hides the window
        self._show_with_first_page = False
        self.comparison_page = QWidget()
        QVBoxLayout(self.comparison_page).setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.tabBar().setAccessibleName(self.tr("Reader, comparison or brief"))
        self.tabs.addTab(self.reader, self.tr("Reader"))
        self.tabs.addTab(self.comparison_page, self.tr("Comparison"))
        self.briefs = BriefDesk(self)
        self.tabs.addTab(self.briefs.page, self.tr("Brief"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        self.focus_mode = FocusMode(self, self.tabs)
        self.navigator = NavigatorPanel(self.runner)
        self._search_panel: SearchPanel | None = None
        self.left = QStackedWidget()
        self.left.addWidget(self.navigator)
        self.library_dock = self._dock(self.tr("Library"), "library", self.left, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.notes_pane = NotesPane(self.runner)
        self.notes_dock = self._dock(self.tr("Notes"), "notes", self.notes_pane, Qt.DockWidgetArea.RightDockWidgetArea)
        self.search_box = SearchBox()
        self.search_box.setPlaceholderText(self.tr("Search everything (Ctrl+K)"))
        self.search_box.setAccessibleName(self.tr("Search"))
        self.search_box.setClearButtonEnabled(True)
        self._build_toolbar_and_menus()
        self._connect()
        self.resize(1280, 800)
        self.resizeDocks([self.library_dock, self.notes_dock], [300, 270], Qt.Orientation.Horizontal)
        self.statusBar()  # present from the start, so the first message does not shift the window
        self._restored_size = restore_layout(self, self.settings)
        self.navigator.reload()
        self.runner.read(overview_markdown, done=self._first_page, failed=self._first_page_failed)
        self.notes_keeper = NotesKeeper(self.runner, self)
        self.notes_keeper.message.connect(self.show_message)
        self.sync_keeper = SyncKeeper(self.runner, self.settings, self)
        self.sync_keeper.message.connect(self.show_message)
        self.sync_keeper.synced.connect(lambda report: report.changed["notes"] and self.notes_pane.reload())
        self.ready.connect(lambda: QTimer.singleShot(WARM_UP_MS, self, self._warm_up))

    def _dock(self, title: str, name: str, widget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{name}-dock")
        dock.setWidget(widget)
        dock.setAccessibleName(title)
        self.addDockWidget(area, dock)
        return dock

    # -- menus -------------------------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_toolbar_and_menus(self) -> None:
        self.search_action = self._action(self.tr("Search…"), "Ctrl+K", self.focus_search)
        self.compare_view_action = self._action(self.tr("Show Comparison"), "Ctrl+Shift+C", self.show_comparison)
        self.reader_view_action = self._action(self.tr("Show Reader"), "Ctrl+Shift+R", lambda: self.tabs.setCurrentWidget(self.reader))
        self.overview_action = self._action(self.tr("Overview"), "Ctrl+Shift+O", self.show_overview)
        self.import_action = self._action(self.tr("Import Lessons from Spreadsheet…"), "Ctrl+I", self.import_lessons)
        self.install_pack_action = self._action(self.tr("Install Content Pack…"), None, lambda: install_pack(self))
        self.export_notes_action = self._action(self.tr("Export Notes…"), None, lambda: export_notes(self))
        self.restore_action = self._action(self.tr("Restore Notes from Backup…"), "Ctrl+Shift+B", self.restore_from_backup)
        self.sync_now_action = self._action(self.tr("Sync Notes Now"), "Ctrl+Shift+S", lambda: self.sync_keeper.sync_now())
        self.sync_folder_action = self._action(self.tr("Sync Folder…"), None, lambda: self.sync_keeper.choose_folder(self))
        self.quit_action = self._action(self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)
        self.shortcuts_action = self._action(self.tr("Keyboard Shortcuts"), "F1", self.show_shortcuts)
        self.about_action = self._action(self.tr("About Partnership Atlas"), None, self.show_about)
        arrange_menus(self)

    def _connect(self) -> None:
        self.search_box.textChanged.connect(self._search_changed)
        self.search_box.moved.connect(lambda step: self.search_panel.move_selection(step))
        self.search_box.accepted.connect(lambda: self.search_panel.open_current())
        self.navigator.openRequested.connect(self._open_target)
        self.navigator.modelsChecked.connect(self._models_checked)
        self.navigator.compareRequested.connect(self.add_to_comparison)
        self.navigator.filtersChanged.connect(self._filters_changed)
        self.navigator.restoreRequested.connect(self._restore_note)
        self.navigator.purgeRequested.connect(self._purge_note)
        self.navigator.deleteComparisonRequested.connect(self._delete_comparison)
        self.navigator.bookmarkRemoved.connect(lambda uid: self.runner.submit(lambda s: s.set_bookmark(uid, False)))
        self.reader.entryShown.connect(self._entry_shown)
        self.reader.addToComparison.connect(self.add_to_comparison)
        self.reader.highlightRequested.connect(self.notes_pane.create_passage_note)
        self.reader.failed.connect(self.show_message)
        self.reader.zoomChanged.connect(lambda percent: self.settings.setValue("reader/zoom", percent))
        self.runner.userStoreUnavailable.connect(self.show_message)
        self.notes_pane.new_action.triggered.connect(self.notes_dock.show)
        self.reader.highlightRequested.connect(lambda *_: self.notes_dock.show())
        self.runner.changed.connect(self._announce_outside_changes)
        self.briefs.message.connect(self.show_message)
        connect_entry_points(self)

    @property
    def comparison(self):
        return self.ensure_comparison()

    def ensure_comparison(self):
        """The comparison view, built the first time it is needed: start-up is faster without it."""
        if self._comparison is None:
            from desktop.comparison.comparison_view import ComparisonView

            view = self._comparison = ComparisonView(self.runner)
            self.comparison_page.layout().addWidget(view)
            view.entryRequested.connect(self.open_entry)
            view.cellNoteRequested.connect(self._note_on_cell)
            view.changed.connect(lambda: self.navigator.set_checked_models(view.models()))
            view.focusModeChanged.connect(self.focus_mode.set)
            self.comparison_menu.addActions([view.only_differences_action, view.wording_action, view.save_action,
                                             view.remove_action, view.focus_action])
            self.comparison_menu.addSeparator()
            self.comparison_menu.addActions(view.export_menu.actions())
        return self._comparison

    def show_comparison(self) -> None:
        self.ensure_comparison()
        self.tabs.setCurrentWidget(self.comparison_page)

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.briefs.page:
            self.briefs.show()
        showing = self.tabs.widget(index) is self.comparison_page
        if showing:
            self.ensure_comparison()
        if self._comparison is not None:
            if not showing:
                self._comparison.focus_action.setChecked(False)  # focus mode is the comparison's alone
            # While the comparison is on screen its keys work wherever the focus is (ticking a
            # model leaves it in the navigator); otherwise they stay out of the reader's way.
            context = Qt.ShortcutContext.WindowShortcut if showing else Qt.ShortcutContext.WidgetWithChildrenShortcut
            for action in self._comparison.actions():
                action.setShortcutContext(context)

    # -- navigation ------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.library_dock.show()
        self.search_box.setFocus()
        self.search_box.selectAll()

    @property
    def search_panel(self) -> SearchPanel:
        """The results list, built at the first search: the window starts without it."""
        if self._search_panel is None:
            from desktop.search.search_panel import SearchPanel

            panel = self._search_panel = SearchPanel(self.search_runner)
            panel.openRequested.connect(self._open_hit)
            panel.queryRequested.connect(self.search_box.setText)
            panel.baseFiltersCleared.connect(self.navigator.reset_filters)
            panel.set_base_filters(self.navigator.filters(), self.navigator.describe_filters())
            self.runner.changed.connect(panel.store_changed)
            self.left.addWidget(panel)
        return self._search_panel

    def _warm_up(self) -> None:
        self.notes_keeper.start()
        self.sync_keeper.start()
        self.runner.watch_outside()
        self.prepare_search()
        self.search_runner.warm_up()

    def prepare_search(self) -> None:
        """Build the results list now, if the first search has not already."""
        self.search_panel  # noqa: B018 (the property builds it)

    def _filters_changed(self, filters: dict) -> None:
        if self._search_panel is not None:
            self._search_panel.set_base_filters(filters, self.navigator.describe_filters())

    def _search_changed(self, text: str) -> None:
        if not text.strip() and self._search_panel is None:
            return
        self.left.setCurrentWidget(self.search_panel if text.strip() else self.navigator)
        self.search_panel.set_query(text)

    def _open_hit(self, hit, terms: list[str]) -> None:
        if hit.kind == "note":
            self.notes_dock.show()
            self.notes_pane.open_note(hit.uid)
        else:
            self.open_entry(hit.uid, terms)

    def _open_target(self, what: str, ident: str) -> None:
        if what == "entry":
            self.open_entry(ident)
        elif what == "note":
            self.notes_dock.show()
            self.notes_pane.open_note(ident)
        elif what == "trash":
            self.show_message(self.tr("This note is in the Trash. Right-click it to restore it or delete it for good."))
        elif what == "comparison":
            self.comparison.load_saved(ident)
            self.show_comparison()

    def open_entry(self, uid: str, terms: list[str] | None = None) -> None:
        self.tabs.setCurrentWidget(self.reader)
        self.reader.open_entry(uid, terms=terms)

    def show_overview(self) -> None:
        self.tabs.setCurrentWidget(self.reader)
        self.reader.show_overview()

    def show_when_ready(self) -> None:
        """Show the window once its first page, counts and notes are in, so it never appears half-built
        (nor is painted twice while starting)."""
        self._show_with_first_page = True

    def _first_page(self, markdown: str) -> None:
        if self._show_with_first_page:
            # Shown just before the page is filled: nothing is painted before this turn of the event
            # loop ends, and the page, laid out once at the reader's final width, is not laid out again.
            self.show()
        self.reader.show_overview(markdown)
        if self._restored_size is not None:
            # Shown before its filters' empty rows were hidden, the window may have grown past the
            # size the user left (by how much depends on the fonts): back to it, before any paint.
            self.resize(self._restored_size)
            self._restored_size = None
        self.search_box.setFocus()
        self.ready.emit()

    def _first_page_failed(self, exc: Exception) -> None:
        self._first_page("")
        self.show_message(self.tr("The overview could not be read: %1").replace("%1", said_error(exc)))

    def _entry_shown(self, uid: str, title: str) -> None:
        self.setWindowTitle(self.tr("%1 — Partnership Atlas").replace("%1", title))
        if uid:
            self.navigator.select_target(("entry", uid))
        self.notes_pane.set_target(uid or None, title)

    def _models_checked(self, uids: list[str]) -> None:
        """Ticks add or remove columns, keeping the order the user gave the others."""
        current = self.comparison.models()
        for index in reversed(range(len(current))):
            if current[index] not in uids:
                self.comparison.remove_column(index)
        for uid in uids:
            if uid not in current:
                self.comparison.add_model(uid)
        self.show_comparison()

    def add_to_comparison(self, uid: str) -> None:
        self.comparison.add_model(uid)
        self.show_comparison()

    def _note_on_cell(self, target: Target) -> None:
        if target.ref in (None, "unsaved"):
            self.show_message(self.tr("Save the comparison first (Ctrl+S), then add notes to its cells."))
            return
        self.notes_dock.show()
        self.runner.submit(lambda s: s.create_note("", target=target), done=lambda note: self.notes_pane.open_note(note.id))

    def _restore_note(self, note_id: str) -> None:
        self.notes_pane.forget_deleted(note_id)
        self.runner.submit(lambda s: s.restore_note(note_id))

    def _purge_note(self, note_id: str) -> None:
        answer = QtWidgets.QMessageBox.question(self, self.tr("Delete forever?"), self.tr("This note and all its revisions will be deleted for good. This cannot be undone."))
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.notes_pane.forget_deleted(note_id)
            self.runner.submit(lambda s: s.purge_note(note_id))

    def _delete_comparison(self, comparison_id: str) -> None:
        answer = QtWidgets.QMessageBox.question(self, self.tr("Delete saved comparison?"), self.tr("The saved comparison will be deleted. Notes on it are kept."))
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self.runner.submit(lambda s: s.delete_saved_comparison(comparison_id))

    # -- the notes file --------------------------------------------------------------------------
    def restore_from_backup(self):
        self.notes_pane.flush()
        return self.notes_keeper.restore_from_backup()

    def import_lessons(self):
        """Open the spreadsheet import (window-modal, so the window keeps painting while it runs)."""
        from desktop.importing.import_dialog import ImportLessonsDialog  # built on first use: start-up stays lean

        dialog = ImportLessonsDialog(self.runner, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.showRequested.connect(self.show_pack_lessons)
        dialog.open()
        dialog.choose_button.setFocus()
        return dialog

    def show_pack_lessons(self, pack_id: str) -> None:
        self.library_dock.show()
        self.search_box.setText(f"pack:{pack_id} kind:lesson")
        self.focus_search()

    def _announce_outside_changes(self, changes: Changes) -> None:
        """Say what another process changed (the panels have refreshed themselves)."""
        if changes.outside:
            self.show_message(outside_changes_message(changes))

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def _close_losing_note(self, problem: str) -> bool:
        """Ask before closing when a note could not be saved (a full disk): True to close anyway."""
        answer = QtWidgets.QMessageBox.warning(
            self, self.tr("A note is not saved"),
            self.tr("The note you are writing could not be saved: %1\n\nIt is still in the editor. Keep the window open "
                    "to try again once there is room (or copy the text somewhere safe), or close and lose the "
                    "unsaved text.").replace("%1", problem),
            QtWidgets.QMessageBox.StandardButton.Discard | QtWidgets.QMessageBox.StandardButton.Cancel, QtWidgets.QMessageBox.StandardButton.Cancel)
        return answer == QtWidgets.QMessageBox.StandardButton.Discard

    def bring_to_front(self) -> None:
        """A second start on this data folder wants the window: show this one instead."""
        if self.isMinimized():
            self.showNormal()
        self.raise_()
        self.activateWindow()
        self.show_message(self.tr("Partnership Atlas is already open: this is its window."))

    def show_shortcuts(self) -> None:
        self.ensure_comparison()  # its menu entries are listed too
        from desktop.app.shortcuts_dialog import ShortcutsDialog  # built on first use: start-up stays lean

        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("About Partnership Atlas"),
                          self.tr("Partnership Atlas: an offline reference of Red Cross and Red Crescent partnership models, "
                                  "lessons learned and your own notes. It never connects to a network."))

    # -- closing -----------------------------------------------------------------------------------
    def closeEvent(self, event) -> None:
        if self._closed:
            super().closeEvent(event)
            return
        problem = self.notes_pane.save_before_closing()
        if problem is not None and not self._close_losing_note(problem):
            event.ignore()
            return
        self._closed = True
        self.notes_keeper.stop()
        self.sync_keeper.stop()
        self.focus_mode.set(False)  # the layout saved is the user's, not focus mode's
        save_layout(self, self.settings)
        self.search_runner.shutdown()
        self.runner.shutdown()
        super().closeEvent(event)
