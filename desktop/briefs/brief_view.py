"""The Brief tab: the brief's heading and introduction, its items to reorder, remove and comment on, and the
whole brief beside them as it will read. Every edit is saved as it is made (the introduction as you type)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.briefs.assembly import Document
from db.briefs.stored import Brief, BriefItem
from db.store.changes import Changes
from desktop.briefs.brief_document import build
from desktop.briefs.brief_exports import BriefExports
from desktop.briefs.brief_items_model import BriefItemsModel
from desktop.briefs.brief_words import brief_words
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error, window_language

SAVE_AFTER_MS = 800
"""The introduction is saved this long after the last keystroke."""


class BriefView(QWidget):
    message = Signal(str)
    openRequested = Signal(str, str)
    """(kind, ref) of an item to open: an entry, a saved comparison or a note."""
    newRequested = Signal()
    briefShown = Signal(str)
    """A brief was read and shown: its id."""

    def __init__(self, runner: StoreRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.brief_id: str | None = None
        self.brief: Brief | None = None
        self.document: Document | None = None
        self._amend = False  # the introduction's next save amends this editing session's revision
        self.setAccessibleName(self.tr("Brief"))
        self.model = BriefItemsModel(self)
        self.model.moveRequested.connect(self._move)
        runner.changed.connect(self.store_changed)
        self.exports = BriefExports(runner, self, lambda: self.brief_id)
        self.exports.message.connect(self.message)
        self.addActions(self.exports.actions())
        self.history_action = QAction(self.tr("Brief &History…"), self)
        self.history_action.triggered.connect(self.show_history)

        self.title_edit = QLineEdit(accessibleName=self.tr("Title"))
        self.title_edit.editingFinished.connect(lambda: self._save_heading(title=self.title_edit.text()))
        self.date_edit = QDateEdit(calendarPopup=True, accessibleName=self.tr("Meeting date"))
        self.date_edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.LongFormat))
        self.date_edit.dateChanged.connect(lambda date: self._save_heading(day=date.toString("yyyy-MM-dd")))
        self.meeting_edit = QLineEdit(accessibleName=self.tr("Meeting or counterpart"))
        self.meeting_edit.setPlaceholderText(self.tr("e.g. Humanitarian desk, Ministry of Foreign Affairs"))
        self.meeting_edit.editingFinished.connect(lambda: self._save_heading(meeting=self.meeting_edit.text()))
        self.intro_edit = QPlainTextEdit(accessibleName=self.tr("Introduction"))
        self.intro_edit.setPlaceholderText(self.tr("Introduction: what the meeting is about and what you want from it "
                                                   "(Markdown: **bold**, *italic*, - lists)"))
        self.intro_edit.setTabChangesFocus(True)
        self._intro_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS, timeout=self._save_introduction)
        self.intro_edit.textChanged.connect(self._intro_timer.start)

        self.items_view = QListView(accessibleName=self.tr("Items of the brief"))
        self.items_view.setModel(self.model)
        self.items_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.items_view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.items_view.setDragEnabled(True)
        self.items_view.setAcceptDrops(True)
        self.items_view.setDropIndicatorShown(True)
        self.items_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.items_view.activated.connect(lambda index: self._open(index.row()))
        self.items_view.selectionModel().currentChanged.connect(self._current_changed)
        self.items_view.selectionModel().currentChanged.connect(self._scroll_preview)
        self._headings: dict[int, int] = {}  # the preview's block of each item's heading, by item number
        self.up_action = self._item_action(self.tr("Move Up"), "Alt+Up", lambda row: self._step(row, -1))
        self.down_action = self._item_action(self.tr("Move Down"), "Alt+Down", lambda row: self._step(row, +1))
        self.open_action = self._item_action(self.tr("Open"), None, self._open)
        self.remove_action = self._item_action(self.tr("Remove from Brief"), QKeySequence.StandardKey.Delete, self._remove)
        self._removed: list[tuple[BriefItem, int]] = []  # (item, row), most recent last, for Undo
        self._select_row: int | None = None  # the row to choose once the brief is read again
        self.undo_remove_action = QAction(self.tr("&Undo Remove"), self, enabled=False)
        self.undo_remove_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.undo_remove_action.triggered.connect(self.undo_remove)
        self.addAction(self.undo_remove_action)
        self.comment_edit = QLineEdit(accessibleName=self.tr("Comment on the chosen item"))
        self.comment_edit.setPlaceholderText(self.tr("A short comment on the chosen item, shown with it"))
        self.comment_edit.editingFinished.connect(self._save_comment)

        self.preview = QTextBrowser(accessibleName=self.tr("The brief as it will read"))
        self.preview.setOpenLinks(False)
        self._lay_out()
        self._current_changed()

    def _item_action(self, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self.items_view)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(lambda: slot(self.items_view.currentIndex().row()))
        self.items_view.addAction(action)
        return action

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title_edit)
        form.addRow(self.tr("&Date:"), self.date_edit)
        form.addRow(self.tr("&Meeting:"), self.meeting_edit)
        buttons = QHBoxLayout()
        for action in (self.up_action, self.down_action, self.remove_action):
            button = QToolButton()
            button.setDefaultAction(action)
            buttons.addWidget(button)
        buttons.addStretch()
        export = QToolButton(text=self.tr("Export"), popupMode=QToolButton.ToolButtonPopupMode.InstantPopup)
        export.addActions(self.exports.actions())
        buttons.addWidget(export)
        editor = QWidget()
        column = QVBoxLayout(editor)
        column.addLayout(form)
        intro_label = QLabel(self.tr("I&ntroduction:"))
        intro_label.setBuddy(self.intro_edit)
        column.addWidget(intro_label)
        column.addWidget(self.intro_edit, 1)
        items_label = QLabel(self.tr("&Items (drag to reorder, or Alt+Up and Alt+Down):"))
        items_label.setBuddy(self.items_view)
        column.addWidget(items_label)
        column.addWidget(self.items_view, 2)
        column.addLayout(buttons)
        comment = QFormLayout()
        comment.addRow(self.tr("&Comment:"), self.comment_edit)
        column.addLayout(comment)
        splitter = QSplitter()
        splitter.addWidget(editor)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(1, 1)
        self.empty = QLabel(wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter, textFormat=Qt.TextFormat.PlainText)
        self.empty.setText(self.tr("No brief is open.\n\nA brief gathers the models, lessons, comparisons and notes you "
                                   "need for a meeting into one document to print or send. Add what you are reading "
                                   "with Add to Brief (Ctrl+B), or start one here."))
        new = QPushButton(self.tr("New Brief…"))
        new.clicked.connect(self.newRequested)
        empty_page = QWidget()
        empty_column = QVBoxLayout(empty_page)
        empty_column.addStretch()
        empty_column.addWidget(self.empty)
        empty_column.addWidget(new, 0, Qt.AlignmentFlag.AlignHCenter)
        empty_column.addStretch()
        self.pages = QStackedWidget()
        self.pages.addWidget(empty_page)
        self.pages.addWidget(splitter)
        QVBoxLayout(self).addWidget(self.pages)
        self.exports.set_enabled(False)
        self.history_action.setEnabled(False)

    def file_actions(self) -> list[QAction]:
        return [self.history_action, *self.exports.actions()]

    def show_history(self):
        """The brief's saved versions, one of which can be made the brief again."""
        from desktop.briefs.brief_history import BriefHistoryDialog  # built on first use

        if self.brief is None:
            return None
        self._flush()
        dialog = BriefHistoryDialog(self.runner, self.brief, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- reading ------------------------------------------------------------------------------
    def open_brief(self, brief_id: str) -> None:
        if brief_id != self.brief_id:
            self._flush()
            self._amend = False
            self._removed.clear()
            self.undo_remove_action.setEnabled(False)
        self.brief_id = brief_id
        words, language = brief_words(), window_language()
        self.runner.read(lambda s: s.brief_document(brief_id, words=words, language=language),
                         done=lambda document: self._shown(brief_id, document), failed=self._failed, latest=(id(self), "brief"))

    def close_brief(self) -> None:
        self._intro_timer.stop()
        self.brief_id = self.brief = self.document = None
        self.model.set_items([])
        self.pages.setCurrentIndex(0)
        self.exports.set_enabled(False)
        self.history_action.setEnabled(False)

    def store_changed(self, changes: Changes) -> None:
        """Read the brief again when it changed, or anything its items show may have (a pack, a note, a comparison)."""
        if self.brief_id is not None and (self.brief_id in changes.briefs or changes.packs or changes.notes
                                          or changes.comparisons or changes.user_store_replaced):
            self.open_brief(self.brief_id)

    def _failed(self, exc: Exception) -> None:
        self.close_brief()
        self.message.emit(said_error(exc))

    def _shown(self, brief_id: str, document: Document) -> None:
        if brief_id != self.brief_id:
            return
        brief = self.brief = document.brief
        self.document = document
        current = self.items_view.currentIndex().row()
        current_id = item.id if (item := self.model.item_at(current)) is not None else None
        self.model.set_items(brief.items, {section.item.id: section.title for section in document.sections})
        row = self.model.row_of(current_id) if current_id else None
        if self._select_row is not None and self.model.rowCount():
            row, self._select_row = min(self._select_row, self.model.rowCount() - 1), None
        if row is not None:
            self.items_view.selectionModel().setCurrentIndex(self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        for edit, text in ((self.title_edit, brief.title), (self.meeting_edit, brief.meeting)):
            if not edit.hasFocus() and edit.text() != text:
                edit.setText(text)
        if not self.title_edit.text().strip():
            self.title_edit.setText(brief.title)  # a brief keeps a title: an emptied field shows the one it has
        if not self._intro_timer.isActive() and self.intro_edit.toPlainText() != brief.introduction:
            self.intro_edit.blockSignals(True)
            self.intro_edit.setPlainText(brief.introduction)
            self.intro_edit.blockSignals(False)
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate.fromString(brief.day, "yyyy-MM-dd"))
        self.date_edit.blockSignals(False)
        scroll = self.preview.verticalScrollBar().value()
        qdoc, self._headings = build(document)
        qdoc.setParent(self.preview)
        self.preview.setDocument(qdoc)
        self.preview.verticalScrollBar().setValue(scroll)
        self.pages.setCurrentIndex(1)
        self.exports.set_enabled(True)
        self.history_action.setEnabled(True)
        self._current_changed()
        self.briefShown.emit(brief_id)

    # -- editing -------------------------------------------------------------------------------
    def _write(self, call) -> None:
        brief_id = self.brief_id
        if brief_id is not None:
            self.runner.submit(lambda s: call(s, brief_id), failed=lambda exc: self.message.emit(said_error(exc)))

    def _save_heading(self, **change) -> None:
        if "title" in change and not change["title"].strip() and self.brief is not None:
            self.title_edit.setText(self.brief.title)
            self.message.emit(self.tr("A brief needs a title: it keeps “%1”.").replace("%1", self.brief.title))
            return
        if self.brief is not None and any(getattr(self.brief, key) != value.strip() for key, value in change.items()):
            self._write(lambda s, brief_id: s.update_brief(brief_id, **change))

    def _save_introduction(self) -> None:
        text, amend = self.intro_edit.toPlainText(), self._amend
        if self.brief is not None and text != self.brief.introduction:
            self._amend = True
            self._write(lambda s, brief_id: s.update_brief(brief_id, introduction=text, amend_revision=amend))

    def _flush(self) -> None:
        if self._intro_timer.isActive():
            self._intro_timer.stop()
            self._save_introduction()

    def _save_comment(self) -> None:
        item = self.model.item_at(self.items_view.currentIndex().row())
        text = self.comment_edit.text().strip()
        if item is not None and text != item.comment:
            self._write(lambda s, brief_id: s.comment_in_brief(brief_id, item.id, text))

    def _move(self, item_id: str, position: int) -> None:
        self._write(lambda s, brief_id: s.move_in_brief(brief_id, item_id, position))

    def _step(self, row: int, step: int) -> None:
        target = row + step
        if self.model.item_at(row) is None or not 0 <= target < self.model.rowCount():
            return
        self.model.move(row, target + 1 if step > 0 else target)
        self.items_view.setCurrentIndex(self.model.index(target))

    def _remove(self, row: int) -> None:
        item = self.model.item_at(row)
        if item is not None:
            self._removed.append((item, row))
            self.undo_remove_action.setEnabled(True)
            self._select_row = row
            self._write(lambda s, brief_id: s.remove_from_brief(brief_id, item.id))
            self.message.emit(self.tr("Removed “%1” from the brief (Ctrl+Z puts it back).").replace("%1", item.title))

    def undo_remove(self) -> None:
        if self._removed:
            item, row = self._removed.pop()
            self.undo_remove_action.setEnabled(bool(self._removed))
            self._select_row = row
            self._write(lambda s, brief_id: s.put_back_in_brief(brief_id, item, row))

    def _open(self, row: int) -> None:
        item = self.model.item_at(row)
        if item is not None and item.detached:
            self.message.emit(self.tr("“%1” is no longer in the installed packs or your notes; the brief shows it as it "
                                      "was when it was added.").replace("%1", item.title))
        elif item is not None:
            self.openRequested.emit("note" if item.kind == "passage" else item.kind, item.ref)

    def _scroll_preview(self, current, _previous=None) -> None:
        """The chosen item's heading at the top of the brief as it will read."""
        block = self.preview.document().findBlockByNumber(self._headings.get(current.row() + 1, -1))
        if current.isValid() and block.isValid():
            top = self.preview.document().documentLayout().blockBoundingRect(block).top()
            self.preview.verticalScrollBar().setValue(int(top))

    def _current_changed(self, *_) -> None:
        row = self.items_view.currentIndex().row()
        item = self.model.item_at(row)
        for action in (self.remove_action, self.open_action):
            action.setEnabled(item is not None)
        self.up_action.setEnabled(item is not None and row > 0)
        self.down_action.setEnabled(item is not None and row < self.model.rowCount() - 1)
        self.comment_edit.setEnabled(item is not None)
        if not self.comment_edit.hasFocus():
            self.comment_edit.setText(item.comment if item is not None else "")
