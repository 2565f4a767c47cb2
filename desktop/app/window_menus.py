"""The main window's toolbar and menu bar: where each of its actions is offered, and the docks' shortcuts."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QToolBar

from desktop.languages.language_menu import language_menu
from desktop.shared.translate import tr

if TYPE_CHECKING:
    from desktop.app.main_window import MainWindow


def arrange_menus(window: MainWindow) -> None:
    """Put the window's actions (made by the window, the reader and the notes pane) in the toolbar and menus."""
    toolbar = QToolBar(tr("Main toolbar"))
    toolbar.setObjectName("main-toolbar")
    toolbar.setMovable(False)
    toolbar.addAction(window.reader.back_action)
    toolbar.addAction(window.reader.forward_action)
    toolbar.addWidget(window.search_box)
    toolbar.addAction(window.reader.bookmark_action)
    toolbar.addAction(window.reader.compare_action)
    window.addToolBar(toolbar)
    bar = window.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(window.import_action)
    file_menu.addAction(window.install_pack_action)
    file_menu.addSeparator()
    file_menu.addAction(window.export_notes_action)
    file_menu.addAction(window.restore_action)
    file_menu.addSeparator()
    file_menu.addActions([window.sync_now_action, window.sync_folder_action])
    file_menu.addSeparator()
    file_menu.addAction(window.quit_action)
    edit_menu = bar.addMenu(tr("&Edit"))
    edit_menu.addActions([window.search_action, window.reader.find_action, window.reader.citation_action])
    view_menu = bar.addMenu(tr("&View"))
    view_menu.addActions([window.overview_action, window.reader_view_action, window.compare_view_action,
                          window.briefs.show_action])
    view_menu.addSeparator()
    view_menu.addActions([window.reader.zoom_in_action, window.reader.zoom_out_action, window.reader.zoom_reset_action])
    view_menu.addSeparator()
    view_menu.addAction(window.library_dock.toggleViewAction())
    view_menu.addAction(window.notes_dock.toggleViewAction())
    view_menu.addSeparator()
    view_menu.addMenu(language_menu(window, window.settings))
    go_menu = bar.addMenu(tr("&Go"))
    go_menu.addActions([window.reader.back_action, window.reader.forward_action])
    entry_menu = bar.addMenu(tr("E&ntry"))
    entry_menu.addActions([window.reader.bookmark_action, window.reader.compare_action, window.briefs.add_action,
                           window.reader.highlight_action, window.reader.highlight_note_action])
    notes_menu = bar.addMenu(tr("&Notes"))
    notes_menu.addActions([window.notes_pane.new_action, window.notes_pane.delete_action, window.notes_pane.undo_delete_action,
                           window.notes_pane.history_action, window.notes_pane.preview_action])
    window.comparison_menu = bar.addMenu(tr("&Comparison"))
    window.comparison_menu.addAction(window.compare_view_action)
    window.comparison_menu.aboutToShow.connect(window.ensure_comparison)
    window.brief_menu = bar.addMenu(tr("&Brief"))
    window.brief_menu.addActions([window.briefs.show_action, window.briefs.add_action, window.briefs.new_action])
    window.brief_menu.addSeparator()
    window.brief_menu.addActions([window.briefs.rename_action, window.briefs.duplicate_action, window.briefs.delete_action,
                                  window.briefs.undo_delete_action])
    window.brief_menu.aboutToShow.connect(lambda: window.briefs.view)
    help_menu = bar.addMenu(tr("&Help"))
    help_menu.addActions([window.shortcuts_action, window.about_action])
    for action in (window.search_action, window.compare_view_action, window.reader_view_action, window.overview_action):
        window.addAction(action)
    window.library_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+L"))
    window.notes_dock.toggleViewAction().setShortcut(QKeySequence("Ctrl+Shift+N"))
