"""File > Import Lessons from Spreadsheet, as an adviser uses it: preview, map, check, import, cancel, show."""
from __future__ import annotations

import random
import threading

import pytest
from PySide6.QtCore import Qt
from shiboken6 import isValid

from desktop.importing.import_preview_model import ImportPreviewModel
from tests.spreadsheets import layouts
from tests.spreadsheets.files import ROWS, write_csv

EMPTY_TEXT_ROW = ["LL-4", "Blank", "", "Lesson", "Chad", "Africa", "Health", "Flood", "2021-01-01", ""]


@pytest.fixture
def dialog(qtbot, window):
    opened = window.import_lessons()
    yield opened
    if isValid(opened) and opened.isVisible():  # Show the Lessons closes and deletes it
        opened.reject()


def load(qtbot, dialog, path):
    with qtbot.waitSignal(dialog.runner.idle, timeout=10_000):
        dialog.load_file(path)


def test_preview_guesses_the_columns_and_a_wrong_choice_blocks_the_import(qtbot, dialog, tmp_path):
    load(qtbot, dialog, write_csv(tmp_path / "dref-lessons.csv", [*ROWS, EMPTY_TEXT_ROW], delimiter=";", encoding="utf-8-sig"))
    assert "semicolon" in dialog.description_label.text() or ";" in dialog.description_label.text()
    assert dialog.preview_model.rowCount() == 4 and dialog.preview_model.headerData(2, Qt.Orientation.Horizontal) == "Lesson learned"
    assert dialog.combos["text"].currentText() == "Lesson learned" and dialog.combos["country"].currentText() == "Country"
    assert dialog.pack_edit.text() == "dref-lessons" and dialog.import_button.isEnabled()
    dialog.combos["text"].setCurrentIndex(0)  # (not used)
    assert not dialog.import_button.isEnabled()
    assert "no column holds the lesson text" in dialog.problems_list.item(0).text()
    dialog.combos["text"].setCurrentIndex(dialog.combos["text"].findText("Lesson learned"))
    assert dialog.import_button.isEnabled() and dialog.problems_label.text() == "Why these columns"
    assert dialog.problems_list.item(0).text().startswith("Lesson text (required): Lesson learned — header")


def test_check_lists_every_skipped_row_and_writes_nothing(qtbot, dialog, store, tmp_path):
    load(qtbot, dialog, write_csv(tmp_path / "lessons.csv", [*ROWS, EMPTY_TEXT_ROW]))
    with qtbot.waitSignal(dialog.runner.idle, timeout=20_000):
        dialog.check_button.click()
    assert dialog.summary_label.text().startswith("Check only, nothing imported.")
    problems = [dialog.problems_list.item(row).text() for row in range(dialog.problems_list.count())]
    assert any(text.startswith("Row 5: skipped") for text in problems), problems
    assert "lessons" not in store.pack_ids()


def test_import_shows_counts_and_the_lessons_then_a_reimport_updates(qtbot, window, dialog, store, tmp_path):
    path = write_csv(tmp_path / "lessons.csv")
    load(qtbot, dialog, path)
    with qtbot.waitSignal(dialog.imported, timeout=30_000) as imported:
        dialog.import_button.click()
    assert imported.args == ["lessons"] and "lessons" in store.pack_ids()
    description = store.reference.execute("SELECT description FROM packs WHERE id='lessons'").fetchone()[0]
    assert description == "Lessons imported from the spreadsheet lessons.csv into Partnership Atlas."  # no command named
    assert "3 rows read: 3 new" in dialog.summary_label.text() and dialog.show_button.isVisible()
    qtbot.waitUntil(lambda: window.navigator.combos["hazard"].count() > 1, timeout=10_000)
    for facet, value in (("hazard", "Drought (1)"), ("country", "Kenya (1)")):  # filters for the imported facets
        combo = window.navigator.combos[facet]
        assert value in [combo.itemText(i) for i in range(combo.count())] and window.navigator.form.isRowVisible(combo)
    qtbot.waitUntil(lambda: not window.runner.busy, timeout=10_000)
    dialog.show_button.click()
    assert window.search_box.text() == "pack:lessons kind:lesson"
    qtbot.waitUntil(lambda: window.search_panel.up_to_date and window.search_panel.model.rowCount() == 3, timeout=10_000)

    again = window.import_lessons()
    write_csv(path, [ROWS[0], [*ROWS[1][:2], "Volunteers need insurance and training.", *ROWS[1][3:]]])
    load(qtbot, again, path)
    assert "Updates the pack 'lessons'" in again.pack_label.text()
    with qtbot.waitSignal(again.imported, timeout=30_000):
        again.import_button.click()
    assert "1 updated, 1 unchanged" in again.summary_label.text() and "1 no longer in the file" in again.summary_label.text()
    again.reject()


def test_cancel_leaves_everything_as_it_was(qtbot, dialog, store, tmp_path):
    load(qtbot, dialog, write_csv(tmp_path / "lessons.csv"))
    before = store.pack_ids()
    gate = threading.Event()
    dialog.runner.submit(lambda _store: gate.wait(10))  # holds the import thread until the cancel is in
    dialog.import_button.click()
    assert dialog.close_button.text() == "Cancel Import"
    dialog.reject()  # Escape or the button: cancels, and the dialog stays until the import has stopped
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.runner.idle, timeout=20_000):
        gate.set()
    assert "cancelled; nothing was changed" in dialog.summary_label.text()
    assert store.pack_ids() == before and not (store.paths.packs_dir / "lessons").exists()
    assert dialog.close_button.text() == "Close" and dialog.import_button.isEnabled()


def test_an_unreadable_file_is_named_in_the_message(qtbot, dialog, tmp_path):
    broken = tmp_path / "export.xlsx"
    broken.write_bytes(b"this is not a workbook")
    load(qtbot, dialog, broken)
    assert "export.xlsx" in dialog.summary_label.text() and not dialog.import_button.isEnabled()


def test_preview_model_passes_the_model_tester(qtmodeltester):
    model = ImportPreviewModel()
    model.set_rows(["A", "B"], [(2, ["one", "two"]), (3, ["three"])])
    qtmodeltester.check(model)


def test_a_real_export_is_preselected_by_content_with_the_reasons_shown(qtbot, translated, dialog, tmp_path):
    layout = layouts.go_full(tmp_path, random.Random(4))
    load(qtbot, dialog, layout.path)
    chosen = {name: combo.currentText() for name, combo in dialog.combos.items() if combo.currentData()}
    assert {name: chosen.get(name) for name in layout.expected} == layout.expected
    assert "long, varied prose" in dialog.combos["text"].toolTip()
    reasons = "\n".join(dialog.problems_list.item(row).text() for row in range(dialog.problems_list.count()))
    assert "Lesson text (required): Modified Excerpt — header and contents" in reasons
    assert "Note: 'Learning' is named like the lesson text but holds only 2 labels" in reasons
    assert dialog.import_button.isEnabled() and not dialog.warning_label.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.runner.idle, timeout=20_000):
        dialog.check_button.click()
    lines = [dialog.problems_list.item(row).text() for row in range(dialog.problems_list.count())]
    skipped = layout.skipped_reasons["the same text as an earlier row"]
    assert any(line.startswith(f"{skipped} rows skipped (") and line.endswith("…): the same text as an earlier row") for line in lines)
    assert dialog.problems_list.wordWrap()


def test_a_wrong_text_column_is_refused_until_the_suggestion_is_taken_or_import_anyway_is_ticked(qtbot, translated, dialog, store,
                                                                                                  tmp_path):
    layout = layouts.learning_labels(tmp_path, random.Random(4))
    load(qtbot, dialog, layout.path)
    dialog.combos["text"].setCurrentIndex(dialog.combos["text"].findText("Learning"))
    dialog.combos["type"].setCurrentIndex(0)
    with qtbot.waitSignal(dialog.runner.idle, timeout=20_000):
        dialog.import_button.click()
    assert "Nothing imported: the mapping looks wrong." in dialog.summary_label.text()
    assert "'Learning' holds only 2 different values in 400 rows" in dialog.warning_label.text()
    assert dialog.warning_label.isVisibleTo(dialog) and dialog.suggested_button.isVisibleTo(dialog)
    assert not dialog.import_button.isEnabled() and layout.path.stem not in store.pack_ids()
    dialog.force_box.setChecked(True)
    assert dialog.import_button.isEnabled()
    dialog.suggested_button.click()
    assert dialog.combos["text"].currentText() == "Modified Excerpt" and dialog.combos["type"].currentText() == "Learning"
    assert dialog.import_button.isEnabled() and not dialog.warning_label.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert f"{layout.keep} new" in dialog.summary_label.text()


def test_the_date_order_is_chosen_in_the_dialog(qtbot, dialog, store, tmp_path):
    rows = [[*row[:8], "03/04/2019", row[9]] for row in ROWS]
    load(qtbot, dialog, write_csv(tmp_path / "lessons.csv", rows))
    assert dialog.dates_combo.currentData() is None
    dialog.dates_combo.setCurrentIndex(dialog.dates_combo.findData("day-first"))
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert store.entry("lessons/ll-1").fields["date"] == "2019-04-03"


def test_the_reader_shows_an_imported_lessons_code_type_and_second_text(qtbot, window, store, tmp_path):
    layout = layouts.go_full(tmp_path, random.Random(4))
    report = store.import_lessons(layout.path)
    uid = store.entries(kind="lesson", pack=report.pack_id)[0].uid
    entry = store.entry(uid)
    with qtbot.waitSignal(window.reader.entryShown, timeout=10_000):
        window.open_entry(uid)
    shown = window.reader.browser.document().toPlainText()
    assert f"Code: {entry.fields['code']}" in shown
    assert "Original Excerpt" in shown and " ".join(entry.fields["second_text"].split()[:8]) in shown


def test_a_workbook_whose_lessons_are_on_another_sheet_imports_from_that_sheet(qtbot, dialog, store, tmp_path):
    layout = layouts.title_rows_workbook(tmp_path, random.Random(4))
    load(qtbot, dialog, layout.path)
    assert dialog.combos["text"].currentText() == "Lección aprendida"
    with qtbot.waitSignal(dialog.imported, timeout=30_000):
        dialog.import_button.click()
    assert f"{layout.keep} new" in dialog.summary_label.text()
