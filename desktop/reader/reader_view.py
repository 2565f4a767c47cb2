"""The reader: one entry at a time, with history, find in page, and highlights layered on top."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QColor, QKeySequence, QPalette, QTextDocument
# QtGui.X and QtWidgets.X for classes used now and then: set up on first use, not at start (see desktop/app/application.py).
from PySide6 import QtCore, QtGui, QtWidgets
from PySide6.QtWidgets import QApplication, QTextEdit, QVBoxLayout, QWidget

from db.store.changes import Changes
from db.user.anchoring import locate, quote_at
from db.user.notes import Note, TextQuote
from desktop.reader.find_bar import FindBar
from desktop.reader.overview import changes_markdown, overview_markdown
from desktop.reader.reader_browser import ReaderBrowser
from desktop.shared.entry_links import SCHEME
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error

if TYPE_CHECKING:
    from PySide6.QtCore import QUrl  # annotations only: QUrl is set up when a link is first clicked

    from desktop.reader.entry_page import PageData

# QTextDocument marks paragraph and frame boundaries with these; each stands for one line break.
_BOUNDARIES = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\ufffc": " "})


def document_text(document: QTextDocument) -> str:
    """The document's text with positions equal to QTextCursor positions."""
    return document.toRawText().translate(_BOUNDARIES)


ZOOM_STEPS = (50, 67, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
"""The reader's text sizes, in per cent of the system's: a browser's steps, small near 100 %."""


class ReaderView(QWidget):
    zoomChanged = Signal(int)
    """The reader's text size, in per cent, after the user changed it."""
    entryShown = Signal(str, str)
    """(uid, title) once an entry is on screen; an empty uid for the overview page."""
    addToComparison = Signal(str)
    addToBrief = Signal(str, str)
    """("entry", uid) of the entry shown, to add to the brief being prepared."""
    highlightRequested = Signal(str, object, bool)
    """(uid, TextQuote, with_note)"""
    bookmarkToggled = Signal(str, bool)
    failed = Signal(str)

    def __init__(self, runner: StoreRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.uid: str | None = None
        self.page: PageData | None = None
        self._history: list[str] = []
        self._future: list[str] = []
        self._terms: list[str] = []
        self._passages: list[TextQuote] = []
        self._find_text = ""
        self._overview = ""
        self.zoom = 100
        self.browser = ReaderBrowser()
        self._base_font = self.browser.font()
        self.browser.setAccessibleName(self.tr("Reader"))
        self.browser.anchorClicked.connect(self._follow)
        self.browser.backRequested.connect(self.back)
        self.browser.forwardRequested.connect(self.forward)
        self.find_bar = FindBar()
        self.find_bar.findRequested.connect(self._find)
        self.find_bar.closed.connect(lambda: self._find("", False))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.find_bar)
        self._make_actions()
        self._update_actions()
        runner.changed.connect(self.store_changed)

    # -- actions -----------------------------------------------------------------------------
    def _action(self, text: str, shortcut, slot, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setShortcuts(shortcut if isinstance(shortcut, list) else [QKeySequence(shortcut)])
        action.setCheckable(checkable)
        action.triggered.connect(slot)
        return action

    def _make_actions(self) -> None:
        self.back_action = self._action(self.tr("Back"), QKeySequence.keyBindings(QKeySequence.StandardKey.Back), self.back)
        self.forward_action = self._action(self.tr("Forward"), QKeySequence.keyBindings(QKeySequence.StandardKey.Forward), self.forward)
        self.find_action = self._action(self.tr("Find in Page…"), QKeySequence.StandardKey.Find, self.find_bar.open_bar)
        self.bookmark_action = self._action(self.tr("Bookmark"), QKeySequence("Ctrl+D"), self._toggle_bookmark, checkable=True)
        self.bookmark_action.toggled.connect(
            lambda on: self.bookmark_action.setText(self.tr("Bookmarked") if on else self.tr("Bookmark")))
        self.compare_action = self._action(self.tr("Add to Comparison"), QKeySequence("Ctrl+Shift+A"), self._add_to_comparison)
        self.citation_action = self._action(self.tr("Copy Citation"), QKeySequence("Ctrl+Shift+Y"), self.copy_citation)
        self.highlight_action = self._action(self.tr("Highlight Selection"), QKeySequence("Ctrl+Shift+H"), lambda: self._highlight(False))
        self.highlight_note_action = self._action(self.tr("Highlight with Note"), QKeySequence("Ctrl+H"), lambda: self._highlight(True))
        # Ctrl+= as well: on most keyboards "+" needs Shift, and Ctrl+= is what is pressed.
        self.zoom_in_action = self._action(self.tr("Larger Text"), [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                                                                    QKeySequence("Ctrl+=")], lambda: self._zoom_step(1))
        self.zoom_out_action = self._action(self.tr("Smaller Text"), QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut),
                                            lambda: self._zoom_step(-1))
        self.zoom_reset_action = self._action(self.tr("Actual Size"), QKeySequence("Ctrl+0"), lambda: self._zoom_to(100))
        # No key of its own: the window's Add to Brief (Ctrl+B) adds the entry shown, or the comparison.
        self.brief_action = QAction(self.tr("Add to Brief"), self)
        self.brief_action.triggered.connect(self._add_to_brief)
        self.browser.menu_actions = [self.brief_action]

    # -- text size ----------------------------------------------------------------------------
    def set_zoom(self, percent: int) -> None:
        """Show the text at `percent` of the system's size (kept within ZOOM_STEPS' range)."""
        percent = min(max(int(percent), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        font = QtGui.QFont(self._base_font)
        if self._base_font.pointSizeF() > 0:
            font.setPointSizeF(self._base_font.pointSizeF() * percent / 100)
        else:
            font.setPixelSize(max(1, round(self._base_font.pixelSize() * percent / 100)))
        self.zoom = percent
        self.browser.setFont(font)
        self.zoom_out_action.setEnabled(percent > ZOOM_STEPS[0])
        self.zoom_in_action.setEnabled(percent < ZOOM_STEPS[-1])
        self.zoom_reset_action.setEnabled(percent != 100)

    def _zoom_step(self, direction: int) -> None:
        larger = [step for step in ZOOM_STEPS if step > self.zoom]
        smaller = [step for step in ZOOM_STEPS if step < self.zoom]
        target = (larger[0] if larger else self.zoom) if direction > 0 else (smaller[-1] if smaller else self.zoom)
        self._zoom_to(target)

    def _zoom_to(self, percent: int) -> None:
        if percent != self.zoom:
            self.set_zoom(percent)
            self.zoomChanged.emit(self.zoom)

    def _update_actions(self) -> None:
        self.back_action.setEnabled(bool(self._history))
        self.forward_action.setEnabled(bool(self._future))
        has_entry = self.page is not None
        for action in (self.bookmark_action, self.citation_action, self.highlight_action, self.highlight_note_action,
                       self.brief_action):
            action.setEnabled(has_entry)
        self.compare_action.setEnabled(has_entry and self.page.entry.kind == "model")

    # -- showing entries ---------------------------------------------------------------------
    def open_entry(self, uid: str, *, terms: list[str] | None = None, record: bool = True, language: str | None = None) -> None:
        """Show an entry in the window's language where its pack has it (or in `language`, asked for)."""
        if record and self.uid is not None and self.uid != uid:
            self._history.append(self.uid)
            self._future.clear()
        self._terms = list(terms or [])
        window_language = QtCore.QLocale().name().split("_")[0]
        wanted = language or window_language

        def fetch(store):
            from desktop.reader.entry_page import PageData  # loaded with the first entry, not at start

            entry = store.entry(uid, language=wanted)
            pack = next(p for p in store.packs() if p["id"] == entry.pack)
            attributes = store.attributes(entry.pack, entry.language) if entry.kind == "model" else []
            page = PageData(entry, attributes, store.pack_title(entry.pack, entry.language), pack["version"], window_language)
            passages = [n.target.quote for n in store.notes(target=entry.uid) if n.target.quote is not None]
            return page, passages, store.is_bookmarked(entry.uid)

        self.runner.read(fetch, done=self._show, failed=lambda exc: self.failed.emit(said_error(exc)))

    def _show(self, result) -> None:
        from desktop.reader.entry_page import page_markdown  # loaded by `fetch` already

        page, passages, bookmarked = result
        self.page, self.uid, self._passages = page, page.entry.uid, passages
        self.browser.set_markdown(page_markdown(page))
        self.bookmark_action.setChecked(bookmarked)
        self._refresh_highlights()
        self._update_actions()
        self.entryShown.emit(page.entry.uid, page.entry.title)

    def show_overview(self, markdown: str | None = None) -> None:
        """The start page; its uid in the history is the empty string."""
        if markdown is not None:
            self._overview = markdown
        if self.uid:
            self._history.append(self.uid)
            self._future.clear()
        self._render_overview()

    def _render_overview(self) -> None:
        self.page, self.uid, self._passages, self._terms = None, "", [], []
        self.browser.set_markdown(self._overview)
        self._refresh_highlights()
        self._update_actions()
        self.entryShown.emit("", self.tr("Overview"))

    def _show_changes(self, markdown: str) -> None:
        """A pack's changelog, reached from the Overview; Back returns there."""
        if self.uid is not None:
            self._history.append(self.uid)
            self._future.clear()
        self.page, self.uid, self._passages, self._terms = None, None, [], []
        self.browser.set_markdown(markdown)
        self._refresh_highlights()
        self._update_actions()
        self.entryShown.emit("", self.tr("What changed"))

    def store_changed(self, changes: Changes) -> None:
        """The page shown again when its pack changed (the Overview lists the packs); its highlights
        and bookmark read again when notes or bookmarks changed."""
        uid = self.uid
        if changes.packs and uid:
            self.open_entry(uid, terms=self._terms, record=False)
        elif changes.packs and uid == "":
            self.runner.read(overview_markdown, done=self._overview_read)
        elif uid and (changes.notes or changes.user_store_replaced):
            self.runner.submit(lambda store: store.notes(target=uid), done=lambda notes: self._passages_read(uid, notes))
        if uid and not changes.packs and (uid in changes.bookmarks or changes.user_store_replaced):
            self.runner.submit(lambda store: store.is_bookmarked(uid), done=lambda on: self._bookmark_read(uid, on))

    def _overview_read(self, markdown: str) -> None:
        self._overview = markdown
        if self.uid == "":
            self._render_overview()

    def _passages_read(self, uid: str, notes: list[Note]) -> None:
        if self.uid == uid:  # not another entry opened since
            self.set_passages(notes)

    def _bookmark_read(self, uid: str, on: bool) -> None:
        if self.uid == uid:
            self.bookmark_action.setChecked(on)

    def set_passages(self, notes: list[Note]) -> None:
        self._passages = [n.target.quote for n in notes if n.target.quote is not None and n.deleted is None]
        self._refresh_highlights()

    def back(self) -> None:
        self._step(self._history, self._future)

    def forward(self) -> None:
        self._step(self._future, self._history)

    def _step(self, source: list[str], other: list[str]) -> None:
        """Go to the last place in `source`, leaving the current one at the end of `other`."""
        if source:
            target = source.pop()
            if self.uid is not None:
                other.append(self.uid)
            self._go(target)

    def _go(self, uid: str) -> None:
        if uid:
            self.open_entry(uid, record=False)
        else:
            self._render_overview()
        self._update_actions()

    def _follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if scheme == SCHEME and url.path().startswith("changes/"):
            self.runner.read(lambda store, pack=url.path().removeprefix("changes/"): changes_markdown(store, pack),
                             done=self._show_changes, failed=lambda exc: self.failed.emit(said_error(exc)))
        elif scheme == SCHEME and url.path().startswith("entry/"):
            language = QtCore.QUrlQuery(url).queryItemValue("language") or None
            uid = url.path().removeprefix("entry/")
            self.open_entry(uid, terms=self._terms if uid == self.uid else None, record=uid != self.uid, language=language)
        elif scheme in ("http", "https"):
            answer = QtWidgets.QMessageBox.question(self, self.tr("Open in your browser?"),
                                          self.tr("This link leads outside Partnership Atlas:\n\n%1\n\nOpen it in your web browser?").replace("%1", url.toString()))
            if answer == QtWidgets.QMessageBox.StandardButton.Yes:
                QtGui.QDesktopServices.openUrl(url)
        else:
            self.failed.emit(self.tr("This link was not opened: '%1' links are not allowed.").replace("%1", scheme or url.toString()))

    # -- highlights ----------------------------------------------------------------------------
    def _selection(self, cursor: QtGui.QTextCursor, color: QColor) -> QTextEdit.ExtraSelection:
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        fmt = QtGui.QTextCharFormat()
        fmt.setBackground(color)
        selection.format = fmt
        return selection

    def _spans_of(self, text: str) -> list[QtGui.QTextCursor]:
        found, document = [], self.browser.document()
        if not text:
            return found
        cursor = QtGui.QTextCursor(document)
        while True:
            cursor = document.find(text, cursor)
            if cursor.isNull():
                break
            found.append(QtGui.QTextCursor(cursor))
        return found

    def _refresh_highlights(self) -> None:
        palette = self.palette()
        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        term_color = QColor("#7a6a00" if dark else "#fff3a0")
        passage_color = QColor("#2f5f3a" if dark else "#c8ecd0")
        find_color = QColor("#8a4b00" if dark else "#ffc870")
        selections = []
        for term in self._terms:
            selections += [self._selection(c, term_color) for c in self._spans_of(term)]
        text = document_text(self.browser.document())
        for quote in self._passages:
            span = locate(text, quote)
            if span is not None:
                cursor = QtGui.QTextCursor(self.browser.document())
                cursor.setPosition(span[0])
                cursor.setPosition(span[1], QtGui.QTextCursor.MoveMode.KeepAnchor)
                selections.append(self._selection(cursor, passage_color))
        matches = self._spans_of(self._find_text)
        selections += [self._selection(c, find_color) for c in matches]
        self.find_bar.set_matches(len(matches))
        self.browser.setExtraSelections(selections)

    def anchored_passages(self) -> int:
        text = document_text(self.browser.document())
        return sum(1 for quote in self._passages if locate(text, quote) is not None)

    def _find(self, text: str, backwards: bool) -> None:
        self._find_text = text
        if text:
            flags = QTextDocument.FindFlag.FindBackward if backwards else QTextDocument.FindFlag(0)
            if not self.browser.find(text, flags):
                cursor = self.browser.textCursor()
                cursor.movePosition(QtGui.QTextCursor.MoveOperation.End if backwards else QtGui.QTextCursor.MoveOperation.Start)
                self.browser.setTextCursor(cursor)
                self.browser.find(text, flags)
        self._refresh_highlights()

    def current_quote(self) -> TextQuote | None:
        cursor = self.browser.textCursor()
        if not cursor.hasSelection():
            return None
        text = document_text(self.browser.document())
        return quote_at(text, cursor.selectionStart(), cursor.selectionEnd())

    def _highlight(self, with_note: bool) -> None:
        quote = self.current_quote()
        if self.page is None or quote is None or not quote.exact.strip():
            self.failed.emit(self.tr("Select some text in the entry first, then highlight it."))
            return
        self.highlightRequested.emit(self.page.entry.uid, quote, with_note)

    # -- entry actions -------------------------------------------------------------------------
    def _toggle_bookmark(self, on: bool) -> None:
        if self.page is None:
            return
        uid = self.page.entry.uid
        self.runner.submit(lambda store: store.set_bookmark(uid, on), done=lambda state: self.bookmarkToggled.emit(uid, state))

    def _add_to_comparison(self) -> None:
        if self.page is not None and self.page.entry.kind == "model":
            self.addToComparison.emit(self.page.entry.uid)

    def _add_to_brief(self) -> None:
        if self.page is not None:
            self.addToBrief.emit("entry", self.page.entry.uid)

    def citation(self) -> str:
        """A citation to paste into a brief: sources cite themselves; other entries name their pack and sources."""
        if self.page is None:
            return ""
        entry, fields = self.page.entry, self.page.entry.fields
        if fields.get("citation"):
            return fields["citation"] + (f" {fields['url']}" if fields.get("url") else "")
        sources = list(dict.fromkeys(link.title for link in entry.links if link.rel == "cites"))
        text = f"“{entry.title}”. In: {self.page.pack_title}, version {self.page.pack_version} (Partnership Atlas)."
        return text + (f" Based on: {'; '.join(sources)}." if sources else "")

    def copy_citation(self) -> None:
        QApplication.clipboard().setText(self.citation())
