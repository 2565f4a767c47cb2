"""The navigator dock: facet filters on top, the library tree below, a context menu on each item."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QMenu, QTreeView, QVBoxLayout, QWidget

from db import Store
from db.entries import EntrySummary
from desktop.navigator_model import TARGET_ROLE, NavigatorData, NavigatorModel
from desktop.ops import StoreRunner

FILTER_FACETS = (("theme", "Theme"), ("region", "Region"), ("sector", "Sector"), ("year", "Year"), ("pack", "Pack"))


def fetch_navigator(store: Store, filters: dict[str, list[str]]) -> NavigatorData:
    everything = store.entries()
    by_uid = {e.uid: e for e in everything}
    if filters:
        hits = store.search("", filters=filters, limit=1_000_000, facets=False).hits
        shown = [by_uid[h.uid] for h in hits if h.uid in by_uid]
    else:
        shown = everything
    data = NavigatorData()
    for entry in shown:
        data.entries.setdefault(entry.kind, []).append(entry)
    data.notes = store.notes()
    data.trash = store.notes(trashed=True)
    data.bookmarks = [by_uid.get(uid) or EntrySummary(uid, "", uid, "missing", uid, "") for uid in store.bookmarks()]
    data.comparisons = store.saved_comparisons()
    return data


class NavigatorPanel(QWidget):
    openRequested = Signal(str, str)
    """(what, id): what is entry, note, comparison or trash."""
    modelsChecked = Signal(list)
    filtersChanged = Signal(dict)
    restoreRequested = Signal(str)
    purgeRequested = Signal(str)
    compareRequested = Signal(str)
    deleteComparisonRequested = Signal(str)
    bookmarkRemoved = Signal(str)
    loaded = Signal()

    def __init__(self, runner: StoreRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.model = NavigatorModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Library navigator"))
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.tree.activated.connect(self._activated)
        self.tree.clicked.connect(self._activated)
        self.tree.expand(self.model.indexFromItem(self.model.section("model")))
        self.model.itemChanged.connect(self._item_changed)
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
        self._checked: set[str] = set()
        self._loading = False
        self._ticked = False

    def load_facets(self) -> None:
        def fetch(store: Store):
            return {name: store.facet_values(name) for name, _ in FILTER_FACETS}

        self.runner.submit(fetch, done=self._fill_facets)

    def _fill_facets(self, values) -> None:
        for name, combo in self.combos.items():
            combo.blockSignals(True)
            for facet in values.get(name, []):
                combo.addItem(f"{facet.label} ({facet.count})", facet.value)
            combo.blockSignals(False)
            self.form.setRowVisible(combo, combo.count() > 1)  # a pack without sectors shows no sector filter

    def filters(self) -> dict[str, list[str]]:
        return {name: [combo.currentData()] for name, combo in self.combos.items() if combo.currentData() is not None}

    def describe_filters(self) -> str:
        """The active filters in words, e.g. 'theme “Independence”, year “1999”'."""
        return ", ".join(f"{self.tr(label).lower()} “{self.combos[name].currentText().rsplit(' (', 1)[0]}”"
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

    def reload(self) -> None:
        filters = self.filters()
        self.runner.submit(lambda store: fetch_navigator(store, filters), done=self._loaded)

    def _loaded(self, data: NavigatorData) -> None:
        current = self.tree.currentIndex().data(TARGET_ROLE)
        self._loading = True
        self.model.load(data, self._checked)
        self._loading = False
        if current:
            self.select_target(current)  # a reload after a bookmark or a note keeps the user's place
        self.tree.expand(self.model.indexFromItem(self.model.section("model")))
        self.loaded.emit()

    def select_target(self, target: tuple) -> bool:
        """Select the item for (what, id), e.g. the entry open in the reader; opens nothing."""
        for row in range(self.model.rowCount()):
            section = self.model.item(row)
            if section.data(TARGET_ROLE) == target:
                self.tree.setCurrentIndex(section.index())
                return True
            for child in range(section.rowCount()):
                item = section.child(child)
                if item.data(TARGET_ROLE) == tuple(target):
                    self.tree.setCurrentIndex(item.index())
                    self.tree.scrollTo(item.index())
                    return True
        return False

    def set_checked_models(self, uids: list[str]) -> None:
        self._checked = set(uids)
        self._loading = True
        self.model.set_checked(self._checked)
        self._loading = False

    def _item_changed(self, item) -> None:
        if item.isCheckable() and not self._loading:
            self._ticked = True  # the click that ticked the box should not also open the model
            self._checked = set(self.model.checked_models())
            self.modelsChecked.emit(self.model.checked_models())

    def _activated(self, index) -> None:
        if self._ticked:
            self._ticked = False
            return
        target = index.data(TARGET_ROLE)
        if target and target[0] != "section":
            self.openRequested.emit(*target)

    def _context_menu(self, point) -> None:
        index = self.tree.indexAt(point)
        target = index.data(TARGET_ROLE) if index.isValid() else None
        if not target or target[0] == "section":
            return
        what, ident = target
        menu = QMenu(self)
        menu.addAction(self.tr("Open"), lambda: self.openRequested.emit(what, ident))
        parent = index.parent().data(TARGET_ROLE)
        if what == "entry" and parent == ("section", "model"):
            menu.addAction(self.tr("Add to Comparison"), lambda: self.compareRequested.emit(ident))
        if what == "entry" and parent == ("section", "bookmarks"):
            menu.addAction(self.tr("Remove Bookmark"), lambda: self.bookmarkRemoved.emit(ident))
        if what == "trash":
            menu.addAction(self.tr("Restore"), lambda: self.restoreRequested.emit(ident))
            menu.addAction(self.tr("Delete Forever…"), lambda: self.purgeRequested.emit(ident))
        if what == "comparison":
            menu.addAction(self.tr("Delete Saved Comparison…"), lambda: self.deleteComparisonRequested.emit(ident))
        menu.exec(self.tree.viewport().mapToGlobal(point))
