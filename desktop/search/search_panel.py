"""Search as you type: ranked results with snippets, facet chips, and useful empty states."""
from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.search.results import SearchResults
from db.store.changes import Changes
from desktop.search.result_delegate import ResultDelegate
from desktop.search.result_menu import result_menu
from desktop.search.search_model import HIT_ROLE, SearchResultsModel
from desktop.shared.runners import SearchRunner

# How many chips each facet offers: every kind, the most frequent themes and models.
CHIP_FACETS = {"kind": 8, "theme": 3, "model": 3}
RESULTS_SHOWN = 50
CHIP_CHARS = 24


@dataclass(frozen=True)
class Chip:
    facet: str
    value: str
    label: str
    text: str
    active: bool


class ResultsList(QListView):
    painted = Signal()
    """After each paint, so latency can be measured to the moment results are on screen."""

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        self.painted.emit()


class SearchPanel(QWidget):
    openRequested = Signal(object, list)
    """(Hit, words to highlight)"""
    painted = Signal(int)
    """The results of search generation N are on screen."""
    filtersChanged = Signal()
    baseFiltersCleared = Signal()
    """The user asked to drop the navigator's filters too."""
    queryRequested = Signal(str)
    """The user chose the query search suggested ("Did you mean …?"): it goes into the search box."""
    addToBrief = Signal(str, str)
    """(kind, ref): ("entry", uid) or ("note", note id) of a result, to add to the brief being prepared."""

    def __init__(self, runner: SearchRunner, parent=None):
        super().__init__(parent)
        self.runner = runner
        self.text = ""
        self.filters: dict[str, set[str]] = {}
        self.base_filters: dict[str, list[str]] = {}
        self.results: SearchResults | None = None
        self._shown_generation = 0
        self._pending_paint = 0
        self.painted_generation = 0
        self.chip_buttons: list[QToolButton] = []
        """The chips shown, in order."""
        self._chip_pool: list[QToolButton] = []
        self._chips: list[Chip] = []
        self.limit = RESULTS_SHOWN
        self._keep_row = 0
        self._last_request: tuple | None = None
        self._literal = False  # search the words as typed: the user turned the correction down
        self.model = SearchResultsModel(self)
        self.view = ResultsList()
        self.view.setModel(self.model)
        self.view.setItemDelegate(ResultDelegate(self.view))
        # Cards as tall as their titles need: the view lays them out again when its width changes.
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(True)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.activated.connect(self._open_index)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.painted.connect(self._on_painted)
        self.summary = QLabel()
        # What search made of the query: a correction, a suggestion, the closest matches.
        self.notice = QLabel(textFormat=Qt.TextFormat.RichText, wordWrap=True)
        self.notice.setAccessibleName(self.tr("About these results"))
        self.notice.linkActivated.connect(self._notice_link)
        self.notice.hide()
        self.unranked_note = QLabel(self.tr("Too many matches to rank while you type: showing the first ones found; "
                                            "add a word to rank them."))
        self.unranked_note.setWordWrap(True)
        self.unranked_note.hide()
        # The chips on one line that scrolls sideways: wrapped, they took half the dock's height
        # before the first result.
        chip_strip = QWidget()
        self.chips = QHBoxLayout(chip_strip)
        self.chips.setContentsMargins(0, 0, 0, 0)
        self.chips.setSpacing(4)
        self.chips.addStretch(1)
        self.chip_row = chip_row = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        chip_row.setWidget(chip_strip)
        chip_row.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        chip_row.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        chip_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.more_button = QPushButton(self.tr("Show More Results"))
        self.more_button.setAccessibleName(self.tr("Show more search results"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setAccessibleName(self.tr("Clear search filters"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        scope_clear = QPushButton(self.tr("Clear"))
        scope_clear.setAccessibleName(self.tr("Clear the navigator filters"))
        scope_clear.clicked.connect(self.baseFiltersCleared)
        self.scope_row = QWidget()
        scope_layout = QHBoxLayout(self.scope_row)
        scope_layout.setContentsMargins(0, 0, 0, 0)
        scope_layout.addWidget(self.scope, 1)
        scope_layout.addWidget(scope_clear)
        self.scope_row.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.scope_row)
        layout.addWidget(self.notice)
        layout.addWidget(self.unranked_note)
        # The count and the chips share a line: every line above the results is one result fewer on screen.
        counted = QHBoxLayout()
        counted.setContentsMargins(0, 0, 0, 0)
        counted.addWidget(self.summary)
        counted.addWidget(chip_row, 1)
        layout.addLayout(counted)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.more_button)
        layout.addWidget(self.clear_filters_button)
        layout.addStretch(0)
        runner.finished.connect(self._show)
        runner.failed.connect(self._failed)
        self._set_empty("")

    # -- querying ----------------------------------------------------------------------------
    def set_query(self, text: str) -> None:
        self.text = text
        self.limit = RESULTS_SHOWN
        self._literal = False
        self._search()

    def refresh(self) -> None:
        """Search again for what is shown (the packs changed under it)."""
        self._last_request = None
        self._search()

    def store_changed(self, changes: Changes) -> None:
        """Results shown are searched again when what they list changed: packs, notes added or gone,
        anything written by another process. A note being typed (saved every few seconds) does not
        reorder the list under the user."""
        if self.text.strip() and (changes.packs or changes.notes_added or changes.notes_trashed or changes.user_store_replaced
                                  or (changes.outside and changes.notes)):
            self.refresh()

    def show_more(self) -> None:
        """The next page of results, below the ones already shown (the selection stays)."""
        self.limit += RESULTS_SHOWN
        self._keep_row = self.view.currentIndex().row()
        self._search()

    def set_base_filters(self, filters: dict[str, list[str]], description: str = "") -> None:
        """Filters chosen in the navigator (theme, region, ...), applied to every search and shown."""
        self.base_filters = {k: v for k, v in filters.items() if v}
        self.scope.setText(self.tr("Only %1.").replace("%1", description) if self.base_filters and description else "")
        self.scope_row.setVisible(bool(self.base_filters))
        self._search()

    def active_filters(self) -> dict[str, list[str]]:
        merged = {k: list(v) for k, v in self.base_filters.items()}
        for name, values in self.filters.items():
            merged.setdefault(name, []).extend(sorted(values))
        return merged

    def _search(self) -> None:
        if not self.text.strip():
            self._last_request = None
            self.more_button.hide()
            self.model.set_hits([])
            self.notice.hide()
            self._set_empty("")
            return
        request = (" ".join(self.text.split()), self.active_filters(), self.limit, self._literal)
        if request == self._last_request:
            return  # the space typed after a word changes no search: wait for nothing
        self._last_request = request
        self.runner.search(self.text, filters=request[1], limit=self.limit, correct=not self._literal)

    def _show(self, generation: int, results: SearchResults) -> None:
        if generation != self.runner.latest:
            return
        self.results = results
        self._pending_paint = generation
        self.model.set_hits(results.hits)
        if results.hits:
            self.view.setCurrentIndex(self.model.index(max(0, min(self._keep_row, len(results.hits) - 1)), 0))
        self._keep_row = 0
        count = len(results.hits)
        self.more_button.setVisible(0 < count < results.total)
        # A broad query is counted only so far (db/search/engine.py): its total is then a lower bound.
        total = f"{results.total}+" if results.total_approximate else str(results.total)
        if not count:
            self.summary.setText("")
        elif count == results.total and not results.total_approximate:
            self.summary.setText(self.tr("%n result(s)", "", count))
        else:
            self.summary.setText(self.tr("%1 of %2").replace("%1", str(count)).replace("%2", total))
        # Ranking that would outlast the keystroke (desktop/shared/runners.py, RANK_BUDGET) was skipped: say
        # why the best matches may not be first.
        self.unranked_note.setVisible(bool(count) and not results.ranked)
        self._show_notice(results)
        self._build_chips(results)
        self._set_empty(self.text if not count else None)
        if not count:
            self._pending_paint = 0
            self.painted_generation = generation
            self.painted.emit(generation)

    def _show_notice(self, results: SearchResults) -> None:
        parts = []
        if results.showing:
            parts.append(self.tr("Showing results for <b>%1</b>. <a href=\"literal\">Search instead for %2</a>")
                         .replace("%1", html.escape(results.showing)).replace("%2", html.escape(results.corrected_from or "")))
        elif results.suggestion:
            parts.append(self.tr("Did you mean <a href=\"suggestion\">%1</a>?").replace("%1", html.escape(results.suggestion)))
        if results.closest:
            parts.append(self.tr("No entry has all the words; showing the closest."))
        self.notice.setText("<br>".join(parts))
        self.notice.setVisible(bool(parts))

    def _notice_link(self, link: str) -> None:
        if link == "literal":
            self._literal = True
            self._search()
        elif link == "suggestion" and self.results is not None and self.results.suggestion:
            self.queryRequested.emit(self.results.suggestion)

    def _failed(self, generation: int, message: str) -> None:
        if generation == self.runner.latest:
            self._last_request = None  # the same text again tries again
            self._set_empty(None, self.tr("Search failed: %1").replace("%1", message))

    def _set_empty(self, query: str | None, message: str | None = None) -> None:
        """query None: there are results; '' : nothing typed yet; text: no results for it."""
        has_filters = bool(self.filters or self.base_filters)
        if message is None and query == "":
            message = self.tr("Type to search models, lessons, questions, themes, sources, actors and your notes. "
                              "Use \"quotes\" for a phrase, OR between words, -word to exclude, and kind:lesson to narrow.")
        elif message is None and query:
            message = self.tr("No results for “%1”.").replace("%1", query) + " " + (
                self.tr("Clear the filters to search everything.") if has_filters else self.tr("Try fewer or shorter words, or end a word with * to match its beginning."))
        self.empty.setText(message or "")
        self.empty.setVisible(bool(message))
        self.view.setVisible(not message)
        self.clear_filters_button.setVisible(bool(message) and has_filters)
        if message:
            self.summary.setText("")

    # -- facet chips ---------------------------------------------------------------------------
    def _build_chips(self, results: SearchResults) -> None:
        """Show a chip per facet value worth narrowing to.

        Buttons are kept and relabelled rather than made anew for every result: creating,
        styling and laying out a dozen widgets took 20 ms of the GUI thread per keystroke.
        """
        chips = []
        for name, most in CHIP_FACETS.items():
            values = results.facets.get(name, [])[:most]
            for facet in values:
                active = facet.value in self.filters.get(name, set())
                if len(values) < 2 and not active:
                    continue  # a chip that would not narrow anything
                label = facet.label if len(facet.label) <= CHIP_CHARS else facet.label[:CHIP_CHARS - 1] + "…"
                chips.append(Chip(name, facet.value, facet.label, f"{label} ({facet.count}{'+' if results.facets_approximate else ''})", active))
        if chips == self._chips:
            return
        self._chips = chips
        while len(self._chip_pool) < len(chips):
            number = len(self._chip_pool)
            button = QToolButton()
            button.setCheckable(True)
            button.toggled.connect(lambda on, number=number: self._chip_toggled(number, on))
            self.chips.insertWidget(self.chips.count() - 1, button)  # before the stretch that keeps them left
            self._chip_pool.append(button)
        if any(button.isHidden() != (number >= len(chips)) for number, button in enumerate(self._chip_pool)):
            # Showing a widget in a shown window lays the whole window out at once: hide the row,
            # show and hide its chips, then show the row, and that happens once, not per chip.
            self.chip_row.hide()
            for number, button in enumerate(self._chip_pool):
                button.setHidden(number >= len(chips))
        for button, chip in zip(self._chip_pool, chips):
            button.blockSignals(True)
            button.setChecked(chip.active)
            button.blockSignals(False)
            button.setText(chip.text)
            button.setToolTip(self.tr("Only %1: %2").replace("%1", chip.facet).replace("%2", chip.label))
            button.setAccessibleName(self.tr("Filter %1 %2").replace("%1", chip.facet).replace("%2", chip.label))
        # Room for one line of chips and the scroll bar that appears when they are wider than the dock.
        self.chip_row.setFixedHeight(self.chip_row.widget().sizeHint().height() + self.chip_row.horizontalScrollBar().sizeHint().height())
        self.chip_row.setVisible(bool(chips))
        self.chip_buttons = self._chip_pool[:len(chips)]

    def _chip_toggled(self, number: int, on: bool) -> None:
        chip = self._chips[number]
        self.toggle_filter(chip.facet, chip.value, on)

    def toggle_filter(self, name: str, value: str, on: bool) -> None:
        values = self.filters.setdefault(name, set())
        (values.add if on else values.discard)(value)
        if not values:
            del self.filters[name]
        self.filtersChanged.emit()
        self._search()

    def clear_filters(self) -> None:
        """Clear the chips here and, through `baseFiltersCleared`, the navigator's filters."""
        self.filters.clear()
        if self.base_filters:
            self.baseFiltersCleared.emit()
        self.filtersChanged.emit()
        self._search()

    # -- keyboard and opening ----------------------------------------------------------------
    def move_selection(self, delta: int) -> None:
        rows = self.model.rowCount()
        if rows:
            row = max(0, min(rows - 1, self.view.currentIndex().row() + delta))
            self.view.setCurrentIndex(self.model.index(row, 0))

    def open_current(self) -> None:
        if self.view.currentIndex().isValid():
            self._open_index(self.view.currentIndex())

    def _open_index(self, index) -> None:
        hit = index.data(HIT_ROLE)
        if hit is not None:
            self.openRequested.emit(hit, self.results.highlight if self.results else [])

    def _context_menu(self, point) -> None:
        menu = result_menu(self, self.view.indexAt(point))
        if menu is not None:
            menu.exec(self.view.viewport().mapToGlobal(point))
            menu.deleteLater()

    def _on_painted(self) -> None:
        if self._pending_paint:
            generation, self._pending_paint = self._pending_paint, 0
            self.painted_generation = generation
            self.painted.emit(generation)

    @property
    def up_to_date(self) -> bool:
        """The newest search's results are on screen."""
        return self.painted_generation == self.runner.latest
