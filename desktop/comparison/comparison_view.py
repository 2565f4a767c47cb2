"""The side-by-side comparison: 2 to 6 models, attributes as rows, save, export, notes on cells."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, QStandardPaths, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.compare.table import MAX_MODELS, MIN_MODELS, Cell, Comparison
from db.errors import AtlasError, NotFoundError
from db.store.changes import Changes
from db.user.library import SavedComparison
from db.user.notes import Target
from desktop.comparison.comparison_export import EXPORT_SUFFIXES, write_export
from desktop.comparison.comparison_menus import show_cell_menu, show_header_menu
from desktop.comparison.comparison_model import ComparisonTableModel
from desktop.comparison.comparison_table import LEFT_TOP, ComparisonTable, plain_label
from desktop.shared.message_line import MessageLine
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said_error, window_language


class ComparisonView(QWidget):
    """A comparison table with its toolbar, the sources of the current cell under it."""

    entryRequested = Signal(str)
    """A model uid the user asked to open (column header menu "Open" or double-click)."""
    cellNoteRequested = Signal(object)
    """A db `Target.comparison(...)` for a cell the user wants to annotate."""
    addToBrief = Signal(str, str)
    """("comparison", saved comparison id): the comparison shown, once saved, to add to the brief being prepared."""
    saved = Signal(object)
    """The `SavedComparison` just written to the user store."""
    changed = Signal()
    """The models shown, or their order, changed."""
    focusModeChanged = Signal(bool)
    """The user asked for the table to have the whole window (docks hidden), or to give it back."""

    def __init__(self, runner: StoreRunner, parent: QWidget | None = None):
        super().__init__(parent)
        self.runner = runner
        self._uids: list[str] = []
        self._loading = (id(self), "comparison")
        """The runner's key for loading a comparison: a newer load drops an older one's result."""
        self._saved: SavedComparison | None = None
        self.model = ComparisonTableModel(self)
        self._build_actions()
        self._build_widgets()
        self._update_state()
        runner.changed.connect(self.store_changed)

    # -- construction -----------------------------------------------------------------------
    def _action(self, text: str, tip: str, slot, shortcut: str | None = None, *, checkable: bool = False) -> QAction:
        action = QAction(text, self)
        action.setCheckable(checkable)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = f"{tip} ({QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)})"
        action.setToolTip(tip)
        action.setStatusTip(tip)
        (action.toggled if checkable else action.triggered).connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.only_differences_action = self._action(
            self.tr("Only Differences"), self.tr("Show only the attributes whose values differ"),
            self._set_only_differences, "Ctrl+Shift+D", checkable=True)
        self.wording_action = self._action(
            self.tr("Include Wording"), self.tr("With Only Differences, also show the attributes described in different words (~)"),
            self._set_only_differences, checkable=True)
        self.focus_action = self._action(
            self.tr("Focus"), self.tr("Give the table the whole window, hiding the side panels"),
            self.focusModeChanged.emit, "F11", checkable=True)
        self.save_action = self._action(self.tr("Save…"), self.tr("Save this comparison by name"), self.save, "Ctrl+S")
        self.remove_action = self._action(self.tr("Remove Column"), self.tr("Remove the selected model from the comparison"),
                                          lambda: self.remove_column(self.table.currentIndex().column()), "Ctrl+Shift+X")
        self.export_menu = QMenu(self.tr("Export"), self)
        for fmt, label, keys in (("md", self.tr("Export as Markdown…"), "Ctrl+E"), ("csv", self.tr("Export as CSV…"), "Ctrl+Shift+E"),
                                 ("pdf", self.tr("Export as PDF…"), "Ctrl+P")):
            action = self._action(label, label, lambda _=False, f=fmt: self.export(f), keys)
            self.export_menu.addAction(action)

    def _build_widgets(self) -> None:
        self.toolbar = QToolBar(self.tr("Comparison"))
        self.toolbar.setAccessibleName(self.tr("Comparison tools"))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.addAction(self.only_differences_action)
        self.toolbar.addAction(self.wording_action)
        self.toolbar.addAction(self.save_action)
        self.export_button = export_button = QToolButton()
        export_button.setText(self.tr("Export"))
        export_button.setToolTip(self.tr("Export to Markdown, CSV or PDF (follows “Only differences”)"))
        export_button.setAccessibleName(self.tr("Export"))
        export_button.setMenu(self.export_menu)
        export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addWidget(export_button)
        self.toolbar.addAction(self.remove_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.focus_action)
        self.heading = plain_label(self.tr("Comparison title"), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, 4)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)

        self.table = ComparisonTable(self.model)
        self.table.customContextMenuRequested.connect(lambda pos: show_cell_menu(self, pos))
        self.table.horizontalHeader().customContextMenuRequested.connect(lambda pos: show_header_menu(self, pos))
        self.table.horizontalHeader().sectionDoubleClicked.connect(self.open_column)
        self.table.clicked.connect(self.show_sources)
        self.table.selectionModel().currentChanged.connect(lambda current, _: self.show_sources(current))
        self.model.columnsMoved.connect(self._columns_moved)
        self.model.layoutChanged.connect(self._columns_moved)

        self.sources = plain_label(self.tr("Sources of the selected cell"), LEFT_TOP, 6)
        self.sources.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message = MessageLine(self.tr("Comparison messages"))
        self.empty = plain_label(self.tr("How to start a comparison"), Qt.AlignmentFlag.AlignCenter, 24)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.sources)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.empty)
        self.pages.addWidget(splitter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.heading)
        layout.addWidget(self.message)
        layout.addWidget(self.pages, 1)

    # -- public API ---------------------------------------------------------------------------
    def models(self) -> list[str]:
        """The model uids in column order (as given, until the store has resolved them)."""
        return list(self._uids)

    def comparison_id(self) -> str | None:
        return self._saved.id if self._saved else None

    def title(self) -> str:
        if self._saved:
            return self._saved.name
        titles = [model.title for model in self.model.comparison().models]
        return self.tr("Comparison: %1").replace("%1", ", ".join(titles)) if titles else self.tr("Comparison")

    def set_models(self, uids: list[str]) -> None:
        """Compare these models (2 to 6); fewer than two shows how to add more."""
        uids = list(uids)
        self._uids = uids  # at once, so models added before this loads are kept
        if len(uids) < MIN_MODELS:
            self.runner.drop_pending(self._loading)
            self._show(uids, None)
            return
        self.runner.read(lambda store, language=window_language(): store.compare(uids, language),
                         done=lambda comparison: self._show(uids, comparison), failed=self._failed, latest=self._loading)

    def add_model(self, uid: str) -> bool:
        if any(self._same(uid, present) for present in self._uids):
            self._notify(self.tr("This model is already in the comparison."))
            return False
        if len(self._uids) >= MAX_MODELS:
            self._notify(self.tr("A comparison holds at most %1 models; remove one first.").replace("%1", str(MAX_MODELS)))
            return False
        self.set_models([*self._uids, uid])
        return True

    def load_saved(self, comparison_id: str) -> None:
        """Show a saved comparison; models no longer in any pack are left out, with a message."""

        def load(store, language=window_language()):
            saved = store.saved_comparison(comparison_id)
            return saved, *self._present_and_compared(store, saved.models, language)

        def done(result):
            saved, present, comparison = result
            self._saved = saved
            self._show_present(len(saved.models), present, comparison)

        self.runner.read(load, done=done, failed=self._failed, latest=self._loading)

    def store_changed(self, changes: Changes) -> None:
        """Read the table again when a pack changed (a model may be gone or reworded), and the saved
        comparison's name when it was changed or deleted elsewhere."""
        saved = self._saved
        if saved is not None and (saved.id in changes.comparisons or changes.user_store_replaced):
            self.runner.submit(lambda store: self._saved_now(store, saved.id), done=lambda now: self._saved_read(saved, now))
        uids = list(self._uids)
        if changes.packs and len(uids) >= MIN_MODELS:
            self.runner.read(lambda store, language=window_language(): self._present_and_compared(store, uids, language),
                             done=lambda result: self._show_present(len(uids), *result), failed=self._failed, latest=self._loading)

    def _present_and_compared(self, store, uids: list[str], language: str) -> tuple[list[str], Comparison | None]:
        present = [uid for uid in uids if self._resolves(store, uid)]
        return present, (store.compare(present, language) if len(present) >= MIN_MODELS else None)

    def _show_present(self, wanted: int, present: list[str], comparison: Comparison | None) -> None:
        self._show(present, comparison)
        if wanted > len(present):
            self._notify(self.tr("Left out, no longer in the installed packs: %n model(s).", "", wanted - len(present)))

    @staticmethod
    def _saved_now(store, comparison_id: str) -> SavedComparison | None:
        try:
            return store.saved_comparison(comparison_id)
        except NotFoundError:
            return None

    def _saved_read(self, before: SavedComparison, now: SavedComparison | None) -> None:
        if self._saved is None or self._saved.id != before.id:
            return  # another comparison was opened meanwhile
        self._saved = now
        self._update_state()
        if now is None:
            self._notify(self.tr("The saved comparison “%1” was deleted; the table stays here, unsaved.").replace("%1", before.name))

    def remove_column(self, column: int) -> None:
        if not 0 <= column < self.model.columnCount():
            return
        self.model.remove_column(column)
        self._uids = self.model.model_uids()
        if len(self._uids) < MIN_MODELS:
            self._show(self._uids, None)
        else:
            self._update_state()
            self.changed.emit()

    def open_column(self, column: int) -> None:
        uids = self.model.model_uids()
        if 0 <= column < len(uids):
            self.entryRequested.emit(uids[column])

    def show_sources(self, index: QModelIndex) -> None:
        cell: Cell | None = self.model.cell_at(index)
        key = self.model.cell_key(index)
        if cell is None or key is None:
            return
        row = self.model.row_at(index.row())
        title = self.model.comparison().models[index.column()].title
        if cell.citations:
            lines = [f"{n}. {line}" for n, line in enumerate(self.model.sources_text(cell.citations).splitlines(), start=1)]
            text = self.tr("Sources for “%1” — %2:").replace("%1", row.label).replace("%2", title) + "\n" + "\n".join(lines)
        elif cell.documented:
            text = self.tr("“%1” — %2: no source is given for this value.").replace("%1", row.label).replace("%2", title)
        else:
            text = self.tr("“%1” — %2: not documented in this pack's sources.").replace("%1", row.label).replace("%2", title)
        self.sources.setText(text)

    def request_cell_note(self, index: QModelIndex) -> None:
        key = self.model.cell_key(index)
        if key is not None:
            cell = {"model": key[0], "attribute": key[1]}
            self.cellNoteRequested.emit(Target.comparison(self.comparison_id() or "unsaved", cell))

    def save(self) -> None:
        """Ask for a name, then save; the same name as the loaded comparison updates it."""
        if len(self._uids) < MIN_MODELS:
            return
        name = self._ask_name(self._saved.name if self._saved else "")
        if name:
            self.save_as(name)

    def save_as(self, name: str) -> None:
        uids = self.model.model_uids()
        same = self._saved is not None and self._saved.name.casefold() == " ".join(name.split()).casefold()
        existing = self._saved.id if same else None

        def done(saved: SavedComparison) -> None:
            self._saved = saved
            self._update_state()
            self._notify(self.tr("Saved as “%1”.").replace("%1", saved.name), passing=True)
            self.saved.emit(saved)

        self.runner.submit(lambda store: store.save_comparison(name, uids, comparison_id=existing), done=done, failed=self._failed)

    def export(self, fmt: str) -> None:
        path = self._ask_export_path(fmt)
        if path:
            self.export_to(path, fmt)

    def export_to(self, path: Path | str, fmt: str) -> Path | None:
        """Write the table as shown (column order, "Only differences") as md, csv or pdf."""
        path = Path(path)
        try:
            write_export(self.model.comparison(), path, fmt, title=self.title(),
                         only_differences=self.model.only_differences, wording=self.model.wording)
        except (OSError, ValueError) as exc:
            self._notify(self.tr("Could not export: %1").replace("%1", said_error(exc)))
            return None
        self._notify(self.tr("Exported to %1").replace("%1", str(path)), passing=True)
        return path

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and self.focus_action.isChecked():
            self.focus_action.setChecked(False)
            return
        super().keyPressEvent(event)

    # -- dialogs (one call each, so tests can drive the rest) ---------------------------------
    def _ask_name(self, current: str) -> str:
        name, ok = QInputDialog.getText(self, self.tr("Save comparison"), self.tr("Name:"), text=current)
        return name.strip() if ok else ""

    def _ask_export_path(self, fmt: str) -> str:
        filters = {"md": self.tr("Markdown (*.md)"), "csv": self.tr("CSV (*.csv)"), "pdf": self.tr("PDF (*.pdf)")}
        name = " ".join("".join(c if c.isalnum() or c in "-_" else " " for c in self.title()).split())
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        suggested = str(Path(folder) / (name + EXPORT_SUFFIXES[fmt])) if folder else name + EXPORT_SUFFIXES[fmt]
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export comparison"), suggested, filters[fmt])
        if path and not path.lower().endswith(EXPORT_SUFFIXES[fmt]):
            path += EXPORT_SUFFIXES[fmt]
        return path

    # -- internals ----------------------------------------------------------------------------
    def _show(self, uids: list[str], comparison: Comparison | None) -> None:
        self.message.clear_message()
        self.model.set_comparison(comparison, self.only_differences_action.isChecked(), self.wording_action.isChecked())
        self._uids = self.model.model_uids() if comparison is not None else list(uids)
        self.sources.setText(self.tr("Click a cell to see its sources."))
        self._update_state()
        self._say_if_no_differences()
        self.changed.emit()

    def _update_state(self) -> None:
        ready = len(self._uids) >= MIN_MODELS and self.model.columnCount() >= MIN_MODELS
        self.pages.setCurrentIndex(1 if ready else 0)
        for action in (self.only_differences_action, self.save_action, self.remove_action, *self.export_menu.actions()):
            action.setEnabled(ready)
        self.wording_action.setEnabled(ready and self.only_differences_action.isChecked())
        self.export_button.setEnabled(ready)
        self.heading.setText(self.title())
        self.heading.setVisible(ready)
        self.empty.setText(
            self.tr("Compare two to six partnership models side by side.") + "\n\n"
            + (self.tr("Models chosen so far: %n.", "", len(self._uids)) + "\n\n" if self._uids else "")
            + self.tr("Add a model from the navigator (right-click it, then “Add to Comparison”) "
                      "or with the “Add to Comparison” button in the reader."))

    def _set_only_differences(self, *_) -> None:
        on = self.only_differences_action.isChecked()
        self.wording_action.setEnabled(on and self.only_differences_action.isEnabled())
        self.model.set_only_differences(on, self.wording_action.isChecked())
        self._say_if_no_differences()

    def _say_if_no_differences(self) -> None:
        if self.model.only_differences and self.model.columnCount() and not self.model.rowCount():
            if self.model.wording:
                self._notify(self.tr("No differences: these models say the same for every attribute they document."))
            else:
                self._notify(self.tr("No differences in value (years, amounts, categories). "
                                     "“Include Wording” also shows attributes described in different words."))
        else:
            self.message.clear_message()

    def _columns_moved(self, *_) -> None:
        self._uids = self.model.model_uids()
        self.changed.emit()

    def _notify(self, text: str, *, passing: bool = False) -> None:
        self.message.say(text, passing=passing)

    def _failed(self, exc: Exception) -> None:
        self._notify(said_error(exc))

    @staticmethod
    def _resolves(store, uid: str) -> bool:
        try:
            store.resolve(uid, kind="model")
        except AtlasError:  # the model is no longer in any installed pack
            return False
        return True

    @staticmethod
    def _same(a: str, b: str) -> bool:
        """Same model, also when one is a bare id and the other a pack/id uid."""
        return a == b or (("/" not in a or "/" not in b) and a.rsplit("/", 1)[-1] == b.rsplit("/", 1)[-1])
