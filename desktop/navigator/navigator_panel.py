"""The navigator dock: facet filters on top, the library tree below, a context menu on each item."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from db import Store
from db.errors import UserStoreError
from db.reference.entries import EntrySummary
from db.store.changes import Changes
from desktop.navigator.navigator_model import (
    ENTRY_KINDS,
    PAGE,
    TARGET_ROLE,
    NavigatorData,
    NavigatorModel,
)
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import window_language

# A filter shows only when some entry has a value for it: packs imported from spreadsheets
# bring countries, hazards and lesson types; the bundled pack has none of those.
# Labels marked for pyside6-lupdate, translated where shown (self.tr).
FILTER_FACETS = (
    ("theme", QT_TRANSLATE_NOOP("NavigatorPanel", "Theme")),
    ("region", QT_TRANSLATE_NOOP("NavigatorPanel", "Region")),
    ("country", QT_TRANSLATE_NOOP("NavigatorPanel", "Country")),
    ("sector", QT_TRANSLATE_NOOP("NavigatorPanel", "Sector")),
    ("hazard", QT_TRANSLATE_NOOP("NavigatorPanel", "Hazard")),
    ("type", QT_TRANSLATE_NOOP("NavigatorPanel", "Type")),
    ("year", QT_TRANSLATE_NOOP("NavigatorPanel", "Year")),
    ("pack", QT_TRANSLATE_NOOP("NavigatorPanel", "Pack")),
)


def fetch_navigator(store: Store, filters: dict[str, list[str]], pages: dict[str, int] | None, page: int = PAGE, *,
                    facets: bool = False, language: str | None = None) -> NavigatorData:
    """The user's lists; with `pages` (rows wanted by kind), the entry counts and first rows too;
    with `facets`, every value of each filter (read from a table of counts: cheap at any size).
    Entries are titled in `language` where their packs have them in it.

    A section of `page` entries or fewer comes whole, so a small pack needs no second read;
    a larger one waits until it is opened.
    """
    try:
        marks = store.bookmarks()
        found = store.entry_summaries(marks, language)
        data = NavigatorData(notes=store.notes(), trash=store.notes(trashed=True), comparisons=store.saved_comparisons(),
                             bookmarks=[found.get(uid) or EntrySummary(uid, "", uid, "missing", uid, "") for uid in marks],
                             briefs=store.briefs(), trashed_briefs=store.briefs(trashed=True))
    except UserStoreError:
        data = NavigatorData()  # the window explains the notes file's problem; the packs' entries are still listed
    if pages is not None:
        data.counts = store.counts(filters=filters)
        data.pages = {kind: store.entries_page(kind, limit=max(pages.get(kind, 0), page), filters=filters, language=language)
                      for kind in ENTRY_KINDS if kind in pages or 0 < data.counts.get(kind, 0) <= page}
    if facets:
        data.facets = {name: store.facet_values(name) for name, _ in FILTER_FACETS}
    return data


def rows_until(store: Store, uid: str, filters: dict[str, list[str]], loaded: dict[str, int],
               page: int = PAGE, language: str | None = None) -> tuple[str, int, list[EntrySummary]] | None:
    """(kind, offset, entries): the rows of the entry `uid`'s section from `loaded` to a page past it; None if not listed."""
    position = store.entry_position(uid, filters=filters, language=language)
    if position is None:
        return None
    kind, row = position
    offset = loaded.get(kind, 0)
    return kind, offset, store.entries_page(kind, offset=offset, limit=max(0, row + page - offset), filters=filters,
                                           language=language)


class NavigatorPanel(QWidget):
    openRequested = Signal(str, str)
    """(what, id): what is entry, note, comparison, brief, trash (a note's id) or brief-trash (a brief's id)."""
    modelsChecked = Signal(list)
    filtersChanged = Signal(dict)
    restoreRequested = Signal(str)
    purgeRequested = Signal(str)
    compareRequested = Signal(str)
    deleteComparisonRequested = Signal(str)
    bookmarkRemoved = Signal(str)
    addToBrief = Signal(str, str)
    """(kind, ref): an entry's uid, a note's id or a saved comparison's id to add to the brief being prepared."""
    briefRequested = Signal(str, str)
    """(action, brief id): action is rename, duplicate, delete (to the Trash), restore or purge (for good)."""
    loaded = Signal()

    def __init__(self, runner: StoreRunner, parent=None, *, page: int = PAGE):
        super().__init__(parent)
        self.runner = runner
        self.page = page
        self.model = NavigatorModel(self)
        self.model.pageWanted.connect(self._fetch_page)
        self.model.modelsTicked.connect(self._models_ticked)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)  # lays out the rows on screen only, however many are fetched
        self.tree.setAccessibleName(self.tr("Library navigator"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.tree.expanded.connect(self._fetch_visible)
        self.tree.verticalScrollBar().valueChanged.connect(self._fetch_visible)
        self.tree.verticalScrollBar().rangeChanged.connect(self._fetch_visible)
        self.tree.expand(self.model.section_index("model"))
        self.combos: dict[str, QComboBox] = {}
        self.form = form = QFormLayout()
        form.setContentsMargins(4, 4, 4, 4)
        for name, label in FILTER_FACETS:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Filter by %1").replace("%1", self.tr(label).lower()))
            combo.addItem(self.tr("All"), None)
            combo.currentIndexChanged.connect(self._filters_changed)
            self.combos[name] = combo
            form.addRow(self.tr(label), combo)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.tree, 1)
        self._entry_filters: dict[str, list[str]] | None = None
        """The filters of the entries in the model (None until they are first read); pages use them."""
        self._wanted: tuple | None = None
        """An entry to select once its row is fetched."""
        self._ticked = False
        # Notes are saved as the user types: their counts are read again once typing pauses.
        self._user_lists_refresh = QTimer(self, singleShot=True, interval=800)
        self._user_lists_refresh.timeout.connect(self.reload)
        runner.changed.connect(self.store_changed)

    def _fill_facets(self, values) -> None:
        """Fill the filters, again after a pack changed: a value chosen stays chosen while it exists."""
        chosen = self.filters()
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            current = combo.currentData()
            while combo.count() > 1:
                combo.removeItem(1)
            for facet in values.get(name, []):
                combo.addItem(f"{facet.label} ({facet.count})", facet.value)
            combo.setCurrentIndex(max(0, combo.findData(current)))
            combo.blockSignals(False)
            self.form.setRowVisible(combo, combo.count() > 1)  # a pack without sectors shows no sector filter
        if self.filters() != chosen:
            self._filters_changed()

    def filters(self) -> dict[str, list[str]]:
        return {name: [combo.currentData()] for name, combo in self.combos.items() if combo.currentData() is not None}

    def describe_filters(self) -> str:
        """The active filters in words, e.g. 'theme “Independence”, year “1999”'."""
        return ", ".join(self.tr(label).lower() + f" “{self.combos[name].currentText().rsplit(' (', 1)[0]}”"
                         for name, label in FILTER_FACETS if self.combos[name].currentData() is not None)

    def reset_filters(self) -> None:
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.setCurrentIndex(0)
            combo.blockSignals(False)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self.filtersChanged.emit(self.filters())
        self.reload()

    def store_changed(self, changes: Changes) -> None:
        """Packs change the entries, their counts and the filters' values; the rest only the user's lists,
        read at once when written elsewhere, and once typing pauses when the window wrote them."""
        if changes.packs:
            self._user_lists_refresh.stop()
            self.reload(entries=True)
        elif changes.user_data and (changes.outside or changes.user_store_replaced):
            self._user_lists_refresh.stop()
            self.reload()
        elif changes.user_data:
            self._user_lists_refresh.start()

    def reload(self, *, entries: bool = False) -> None:
        """Read the user's lists again; the entries too when asked (the packs changed) or the filters
        changed, the filters' values at the first reload and when asked.

        Most reloads follow a note saved or a bookmark set, which change no entry: the rows already
        fetched, and where the user scrolled to, stay.
        """
        filters = self.filters()
        pages = None
        facets = entries or self._entry_filters is None
        if facets or filters != self._entry_filters:
            pages = {kind: self.model.loaded_rows(kind) for kind in ENTRY_KINDS if self.tree.isExpanded(self.model.section_index(kind))}
            self._entry_filters = filters
        language = window_language()
        self.runner.read(lambda store: fetch_navigator(store, filters, pages, self.page, facets=facets, language=language),
                         done=self._loaded)

    def _loaded(self, data: NavigatorData) -> None:
        if data.facets is not None:
            self._fill_facets(data.facets)  # first: a chosen value that is gone reloads again, filtered anew
        current = self.tree.currentIndex().data(TARGET_ROLE)
        self.model.load(data)
        if current:
            self.select_target(current)  # a reload after a bookmark or a note keeps the user's place
        self.tree.expand(self.model.section_index("model"))
        self._fetch_visible()
        self.loaded.emit()

    def _fetch_page(self, kind: str, offset: int, generation: int) -> None:
        filters = self._entry_filters or {}
        language = window_language()
        self.runner.read(lambda store: store.entries_page(kind, offset=offset, limit=self.page, filters=filters, language=language),
                         done=lambda entries: self._page_arrived(kind, offset, generation, entries))

    def _page_arrived(self, kind: str, offset: int, generation: int, entries: list[EntrySummary]) -> None:
        self.model.add_page(kind, offset, generation, entries)
        self._fetch_visible()

    def _fetch_visible(self, *_) -> None:
        """Fetch the next page of each open section whose last fetched row is on screen.

        QTreeView itself would fetch at the very end of the tree only (the Lessons section is followed
        by others), or else, each time it lays out an open section, the whole section.
        """
        # The viewport's largest size rather than viewport(): asking PySide for that widget at start
        # makes it set up the Python types of every widget class; fetching a row early costs nothing.
        bottom = self.tree.maximumViewportSize().height()
        for kind in ENTRY_KINDS:
            section = self.model.section_index(kind)
            if not self.tree.isExpanded(section) or not self.model.has_more(kind):
                continue
            rows = self.model.rowCount(section)
            last = self.model.index(rows - 1, 0, section) if rows else section
            if self.tree.visualRect(last).top() <= bottom:
                self.model.want_more(kind)

    def select_target(self, target: tuple) -> bool:
        """Select the item for (what, id), e.g. the entry open in the reader; opens nothing.

        An entry whose row is not fetched yet is found off the GUI thread, fetched with the rows
        before it, then selected: False is returned then.
        """
        index = self.model.find(target)
        if index.isValid():
            self._wanted = None
            self.tree.setCurrentIndex(index)
            if index.parent().isValid():
                self.tree.scrollTo(index)
            return True
        if target[0] != "entry":
            return False
        self._wanted = target = tuple(target)
        filters, generation = self._entry_filters or {}, self.model.generation
        loaded = {kind: self.model.loaded_rows(kind) for kind in ENTRY_KINDS}
        language = window_language()
        self.runner.read(lambda store: rows_until(store, target[1], filters, loaded, self.page, language),
                         done=lambda found: self._located(target, generation, found))
        return False

    def _located(self, target: tuple, generation: int, found) -> None:
        if target != self._wanted or found is None:
            return  # the reader or the user moved on, or the filters leave the entry out
        kind, offset, entries = found
        self.model.add_page(kind, offset, generation, entries)
        if self.model.find(target).isValid():
            self.select_target(target)

    def set_checked_models(self, uids: list[str]) -> None:
        self.model.set_checked(set(uids))

    def _models_ticked(self, uids: list[str]) -> None:
        self._ticked = True  # the click that ticked the box should not also open the model
        self.modelsChecked.emit(uids)

    def _activated(self, index) -> None:
        self._wanted = None  # the user's choice wins over an entry still being fetched
        if self._ticked:
            self._ticked = False
            return
        target = index.data(TARGET_ROLE)
        if target and target[0] != "section":
            self.openRequested.emit(*target)

    def _context_menu(self, point) -> None:
        menu = self.context_menu(self.tree.indexAt(point))
        if menu is not None:
            menu.exec(self.tree.viewport().mapToGlobal(point))
            menu.deleteLater()

    def context_menu(self, index) -> QMenu | None:
        """The menu of the item at `index`; None for a section or no item."""
        target = index.data(TARGET_ROLE) if index.isValid() else None
        if not target or target[0] == "section":
            return None
        what, ident = target
        menu = QMenu(self)
        if what == "brief-trash":
            menu.addAction(self.tr("Restore"), lambda: self.briefRequested.emit("restore", ident))
            menu.addAction(self.tr("Delete Forever…"), lambda: self.briefRequested.emit("purge", ident))
            return menu
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(what, ident))
        parent = index.parent().data(TARGET_ROLE)
        if what == "entry" and parent == ("section", "model"):
            menu.addAction(self.tr("Add to Comparison"), lambda: self.compareRequested.emit(ident))
        if what in ("entry", "note", "comparison"):
            menu.addAction(self.tr("Add to Brief"), lambda: self.addToBrief.emit(what, ident))
        if what == "entry" and parent == ("section", "bookmarks"):
            menu.addAction(self.tr("Remove Bookmark"), lambda: self.bookmarkRemoved.emit(ident))
        if what == "trash":
            menu.addAction(self.tr("Restore"), lambda: self.restoreRequested.emit(ident))
            menu.addAction(self.tr("Delete Forever…"), lambda: self.purgeRequested.emit(ident))
        if what == "comparison":
            menu.addAction(self.tr("Delete Saved Comparison…"), lambda: self.deleteComparisonRequested.emit(ident))
        if what == "brief":
            menu.addAction(self.tr("Rename…"), lambda: self.briefRequested.emit("rename", ident))
            menu.addAction(self.tr("Duplicate"), lambda: self.briefRequested.emit("duplicate", ident))
            menu.addAction(self.tr("Delete"), lambda: self.briefRequested.emit("delete", ident)).setStatusTip(
                self.tr("Move the brief to the Trash"))
        return menu
