"""File > Import Lessons from Spreadsheet: preview, map columns, check every row, import with progress.

The file is read and the pack built on the window's store thread, its one writer, so the window
never freezes and every panel hears of the new pack from the runner's `changed` signal. Notes
typed meanwhile are saved when the import is done. Cancelling before the pack is installed leaves
everything as it was (db.spreadsheets raises ImportCancelled).
"""
from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QFileDialog, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout,
                               QHeaderView, QLabel, QLineEdit, QListView, QListWidget, QProgressBar, QPushButton, QTableView,
                               QVBoxLayout)

from db.spreadsheets.importer import OUTCOMES
from db.spreadsheets.mapping import FIELDS, column_problems
from desktop.importing.import_preview_model import ImportPreviewModel
from desktop.shared.runners import StoreRunner
from desktop.shared.translate import said, said_error

FILE_FILTER = "Spreadsheets (*.csv *.tsv *.txt *.xlsx);;All files (*)"
NOT_USED = ""
ROWS_NAMED = 5  # row numbers named for a group of rows that share a reason


class ImportLessonsDialog(QDialog):
    imported = Signal(str)
    """The id of the pack just installed or updated."""
    showRequested = Signal(str)
    """The user wants to see the imported pack's lessons."""
    progressed = Signal(int, int)
    """(done, total) from the import thread."""

    def __init__(self, runner: StoreRunner, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import Lessons from a Spreadsheet"))
        self.runner = runner
        self._open = True  # answers still on their way when the dialog closes are dropped
        self.plan = None
        self.report = None
        self._cancel: threading.Event | None = None
        self._blocking: list[str] = []  # what keeps the mapping from working
        self._warning: str | None = None  # why the mapping looks wrong: importing needs "Import anyway"
        self._alternative = None  # the mapping suggested instead
        self._chosen = None  # the mapping the columns were last set from, with its reasons
        self._labels = {
            "text": self.tr("Lesson text (required)"), "second_text": self.tr("Second text (e.g. the original excerpt)"),
            "title": self.tr("Title"), "type": self.tr("Type (lesson or challenge)"),
            "code": self.tr("Code (appeal or operation)"), "country": self.tr("Country"), "region": self.tr("Region"),
            "sector": self.tr("Sector"), "hazard": self.tr("Hazard"), "date": self.tr("Date"),
            "id": self.tr("Id (keeps lessons and their notes across re-imports)"), "source": self.tr("Source"),
        }

        self.file_edit = QLineEdit(readOnly=True, placeholderText=self.tr("A CSV or Excel (.xlsx) export of lessons"))
        self.file_edit.setAccessibleName(self.tr("Spreadsheet file"))
        self.choose_button = QPushButton(self.tr("&Choose File…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.description_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.description_label.setAccessibleName(self.tr("How the file was read"))
        self.preview_model = ImportPreviewModel(self)
        self.preview_view = QTableView()
        self.preview_view.setModel(self.preview_model)
        self.preview_view.setAccessibleName(self.tr("First rows of the file"))
        self.preview_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview_view.horizontalHeader().setDefaultSectionSize(160)
        self.preview_view.setWordWrap(False)
        self.combos: dict[str, QComboBox] = {}
        columns = QGroupBox(self.tr("Which column holds what"))
        grid = QGridLayout(columns)
        for number, name in enumerate(FIELDS):
            combo = QComboBox()
            combo.setAccessibleName(self._labels[name])
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.combos[name] = combo
            label = QLabel(self._labels[name])
            label.setBuddy(combo)
            grid.addWidget(label, number // 2, (number % 2) * 2)
            grid.addWidget(combo, number // 2, (number % 2) * 2 + 1)
        self.dates_combo = QComboBox()
        self.dates_combo.setAccessibleName(self.tr("Date order"))
        for text, order in ((self.tr("As the column shows (ambiguous dates kept as written)"), None),
                            (self.tr("Day first (31/12/2019)"), "day-first"), (self.tr("Month first (12/31/2019)"), "month-first")):
            self.dates_combo.addItem(text, order)
        self.dates_combo.currentIndexChanged.connect(self._mapping_changed)
        dates_label = QLabel(self.tr("Date &order"))
        dates_label.setBuddy(self.dates_combo)
        row = (len(FIELDS) + 1) // 2
        grid.addWidget(dates_label, row, 0)
        grid.addWidget(self.dates_combo, row, 1, 1, 3)
        self.pack_edit = QLineEdit()
        self.pack_edit.setValidator(QRegularExpressionValidator(QRegularExpression("[a-z0-9][a-z0-9-]*"), self))
        self.pack_edit.setAccessibleName(self.tr("Pack id"))
        self.pack_edit.editingFinished.connect(self._pack_changed)
        self.pack_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        pack_form = QFormLayout()
        pack_form.addRow(self.tr("&Pack id"), self.pack_edit)
        pack_form.addRow("", self.pack_label)
        self.warning_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.warning_label.setAccessibleName(self.tr("Warning"))
        self.warning_label.setStyleSheet("QLabel { border: 1px solid palette(mid); padding: 6px; }")
        self.suggested_button = QPushButton(self.tr("&Use the Suggested Columns"))
        self.suggested_button.clicked.connect(self._use_alternative)
        self.force_box = QCheckBox(self.tr("Import &anyway"))
        self.force_box.toggled.connect(lambda: self._set_busy(False))
        self.problems_label = QLabel(self.tr("Problems"))
        self.problems_list = QListWidget(wordWrap=True)
        self.problems_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.problems_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.problems_list.setAccessibleName(self.tr("Problems found"))
        self.problems_label.setBuddy(self.problems_list)
        self.summary_label = QLabel(wordWrap=True, textFormat=Qt.TextFormat.PlainText)
        self.summary_label.setAccessibleName(self.tr("Import summary"))
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.check_button = QPushButton(self.tr("Chec&k Rows"))
        self.check_button.setToolTip(self.tr("Read every row and list what would be skipped or kept as written, without importing"))
        self.check_button.clicked.connect(lambda: self._start(dry_run=True))
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.clicked.connect(lambda: self._start(dry_run=False))
        self.show_button = QPushButton(self.tr("&Show the Lessons"))
        self.show_button.clicked.connect(self._show_lessons)
        self.show_button.hide()
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

        top = QHBoxLayout()
        top.addWidget(self.file_edit, 1)
        top.addWidget(self.choose_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addStretch(1)
        buttons.addWidget(self.show_button)
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.description_label)
        layout.addWidget(self.preview_view, 2)
        layout.addWidget(columns)
        layout.addLayout(pack_form)
        warning_row = QHBoxLayout()
        warning_row.addWidget(self.warning_label, 1)
        warning_row.addWidget(self.suggested_button)
        warning_row.addWidget(self.force_box)
        layout.addLayout(warning_row)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress)
        layout.addLayout(buttons)
        self.progressed.connect(self._progress)
        self.resize(900, 820)
        self._show_warning(None, None)

    # -- choosing and previewing ----------------------------------------------------------------
    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a spreadsheet of lessons"), "", FILE_FILTER)
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        """Preview `path` with a guessed mapping."""
        self.file_edit.setText(str(path))
        self.plan = self.report = None
        self._preview(path, None, None)

    def _preview(self, path: Path, mapping, pack_id: str | None) -> None:
        self._set_busy(True, self.tr("Reading %1…").replace("%1", path.name))
        self.runner.read(lambda store: store.preview_lessons_import(path, mapping, pack_id=pack_id),
                         done=self._while_open(self._previewed), failed=self._while_open(self._failed))

    def _previewed(self, plan) -> None:
        self.plan = plan
        self.description_label.setText(self.tr("%1 · %2 rows with content, %3 blank rows ignored").replace("%1", said(plan.description))
                                       .replace("%2", f"{plan.row_count:,}").replace("%3", f"{plan.blank_rows:,}"))
        self.preview_model.set_rows(plan.headers, plan.sample)
        for combo in self.combos.values():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(not used)"), NOT_USED)
            for header in plan.headers:
                combo.addItem(header, header)
            combo.blockSignals(False)
        self._select(plan.mapping)
        self.pack_edit.setText(plan.pack_id)
        self._describe_pack()
        self.summary_label.clear()
        self._show_warning(plan.warning, plan.alternative)
        self._show_problems(plan.problems)

    def _describe_pack(self) -> None:
        if self.plan.updates_version:
            text = self.tr("Updates the pack '%1' imported before (version %2): lessons with the same id are updated in place "
                           "and keep their notes; new ones are added.").replace("%1", self.plan.pack_id).replace("%2", self.plan.updates_version)
        else:
            text = self.tr("Makes a new pack '%1'. Import next month's export under the same pack id to update it.").replace("%1", self.plan.pack_id)
        self.pack_label.setText(text)

    def mapping(self):
        """The mapping as the column choices now stand."""
        columns = {name: combo.currentData() for name, combo in self.combos.items() if combo.currentData()}
        return replace(self.plan.mapping, columns=columns, origin="given", dates=self.dates_combo.currentData())

    def _select(self, mapping) -> None:
        """Set the column choices and the date order from `mapping`, each choice's reason as its tooltip."""
        self._chosen = mapping
        for name, combo in (*self.combos.items(), ("dates", self.dates_combo)):
            combo.blockSignals(True)
            value = mapping.dates if name == "dates" else mapping.columns.get(name, NOT_USED)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.setToolTip(said(mapping.reasons.get(name, "")))
            combo.blockSignals(False)

    def _reasons(self) -> list[str]:
        """Why each column still chosen as it was proposed was chosen, and which were set aside, as the command line prints them."""
        mapping = self._chosen
        if mapping is None:
            return []
        lines = [f"{self._labels[name]}: {mapping.columns[name]} — {said(mapping.reasons[name])}" for name in FIELDS
                 if name in mapping.reasons and self.combos[name].currentData() == mapping.columns.get(name)]
        return lines + [self.tr("Note: %1").replace("%1", said(note)) for note in mapping.notes]

    def _show_warning(self, warning: str | None, alternative) -> None:
        self._warning, self._alternative = warning, alternative
        self.force_box.setChecked(False)
        if warning:
            self.warning_label.setText(self.tr("This mapping looks wrong: %1. Nothing will be imported unless you choose other "
                                               "columns or tick Import anyway.").replace("%1", said(warning)))
        for widget in (self.warning_label, self.force_box):
            widget.setVisible(bool(warning))
        self.suggested_button.setVisible(bool(warning) and alternative is not None)
        self._set_busy(False)

    def _use_alternative(self) -> None:
        self._select(self._alternative)
        self._show_warning(None, None)
        self._mapping_changed()

    def _mapping_changed(self) -> None:
        if self.plan is None:
            return
        self.report = None
        self.summary_label.clear()
        self.show_button.hide()
        self._show_problems(column_problems(self.mapping(), self.plan.headers, self.plan.path))

    def _pack_changed(self) -> None:
        if self.plan is not None and self.pack_edit.text() and self.pack_edit.text() != self.plan.pack_id:
            self._preview(self.plan.path, self.mapping(), self.pack_edit.text())

    def _show_problems(self, problems: list[str]) -> None:
        """What keeps the mapping from working or, when nothing does, why each column was chosen."""
        self._blocking = list(problems)
        self.problems_list.clear()
        self.problems_list.addItems([said(problem) for problem in problems] or self._reasons())
        self.problems_label.setText(self.tr("Problems to fix before importing") if problems else self.tr("Why these columns"))
        self._set_busy(False)

    # -- checking and importing -----------------------------------------------------------------
    def _start(self, *, dry_run: bool) -> None:
        path, mapping, pack_id = self.plan.path, self.mapping(), self.pack_edit.text() or self.plan.pack_id
        force = self.force_box.isChecked()
        self._cancel = cancel = threading.Event()
        self.progress.setRange(0, 0)
        self.progress.show()
        self._set_busy(True, self.tr("Checking every row…") if dry_run else self.tr("Importing…"))
        self.runner.submit(
            lambda store: store.import_lessons(path, mapping=mapping, pack_id=pack_id, dry_run=dry_run, force=force,
                                               progress=self.progressed.emit, cancel=cancel),
            done=self._while_open(self._finished), failed=self._while_open(self._failed))

    def _while_open(self, callback):
        return lambda value: callback(value) if self._open else None

    def cancel_import(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
            self.summary_label.setText(self.tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _finished(self, report) -> None:
        self.report, self._cancel = report, None
        self.progress.hide()
        self._set_busy(False)
        counts = report.counts
        summary = self.tr("%1 rows read: %2 new, %3 updated, %4 unchanged, %5 skipped; %6 no longer in the file.")
        for number, key in enumerate(("read", "imported", "updated", "unchanged", "skipped", "removed"), start=1):
            summary = summary.replace(f"%{number}", f"{counts[key]:,}")
        if report.warning and not report.forced:
            summary = self.tr("Nothing imported: the mapping looks wrong. ") + summary
        elif report.dry_run:
            summary = self.tr("Check only, nothing imported. ") + summary
        elif report.installed:
            summary = self.tr("Imported into '%1' (version %2). ").replace("%1", report.pack_id).replace("%2", report.version) + summary
        else:
            summary = self.tr("Nothing changed: '%1' already holds these lessons. ").replace("%1", report.pack_id) + summary
        self.summary_label.setText(summary)
        problems = [self._describe_group(reason, items) for reason, items in report.grouped(*OUTCOMES)]
        removed = [item.id for item in report.outcomes if item.outcome == "removed"]
        if removed:
            problems.append(self.tr("No longer in the file, removed from the pack (notes on them are kept): %1")
                            .replace("%1", ", ".join(removed)))
        problems += [self.tr("Merged: %1").replace("%1", said(text)) for text in report.merged]
        self._show_warning(report.warning if not report.forced else None, report.alternative)
        self.problems_list.clear()
        self.problems_list.addItems(problems)
        self.problems_label.setText(self.tr("Skipped rows and values kept as written") if problems else self.tr("Problems"))
        if report.installed:
            self.pack_label.setText(self.tr("The pack '%1' is installed (version %2): its lessons are in search and in the "
                                            "navigator.").replace("%1", report.pack_id).replace("%2", report.version))
            self.show_button.show()
            self.show_button.setDefault(True)
            self.imported.emit(report.pack_id)

    def _describe_group(self, reason: str, items) -> str:
        what = self.tr("skipped") if items[0].outcome == "skipped" else self.tr("kept")
        if len(items) == 1:
            return self.tr("Row %1: %2 — %3").replace("%1", str(items[0].row)).replace("%2", what).replace("%3", said(items[0].detail))
        rows = ", ".join(str(item.row) for item in items[:ROWS_NAMED]) + (", …" if len(items) > ROWS_NAMED else "")
        return (self.tr("%1 rows %2 (%3): %4").replace("%1", f"{len(items):,}").replace("%2", what).replace("%3", rows)
                .replace("%4", said(reason)))

    def _failed(self, exc: Exception) -> None:
        self._cancel = None
        self.progress.hide()
        self._set_busy(False)
        self.summary_label.setText(said_error(exc))
        if self.plan is None:
            self.description_label.clear()
            self.preview_model.set_rows([], [])
            self._show_problems([])

    def _show_lessons(self) -> None:
        self.showRequested.emit(self.report.pack_id)
        self.accept()

    def _set_busy(self, busy: bool, message: str = "") -> None:
        self.choose_button.setEnabled(not busy)
        for widget in (*self.combos.values(), self.dates_combo, self.pack_edit, self.force_box, self.suggested_button):
            widget.setEnabled(not busy and self.plan is not None)
        ready = not busy and self.plan is not None and not self._blocking
        self.import_button.setEnabled(ready and (not self._warning or self.force_box.isChecked()))
        self.check_button.setEnabled(ready)
        self.close_button.setText(self.tr("Cancel Import") if busy and self._cancel is not None else self.tr("Close"))
        if message:
            self.summary_label.setText(message)

    def reject(self) -> None:
        if self._cancel is not None:
            self.cancel_import()  # the import stops at its next row; the dialog stays until it has
            return
        self._open = False
        super().reject()

    def accept(self) -> None:
        self._open = False
        super().accept()
