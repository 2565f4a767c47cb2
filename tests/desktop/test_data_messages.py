"""Messages of the data layer (pack problems, import explanations, notes-file errors) said in the window's language."""
from __future__ import annotations

import subprocess

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QMessageBox

from db.errors import StoreWriteError
from db.phrases import phrase
from desktop.shared.translate import said, said_error
from tests.desktop.conftest import speaking
from tests.desktop.test_file_tasks import install
from tests.spreadsheets.files import write_csv

MISSPELT = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context><name></name>
<message><source>{path}: cannot be read ({reason}).</source><translation>{chemin} : illisible ({reason}).</translation></message>
<message><source>the disk is full</source><translation>le disque est plein</translation></message>
</context>
</TS>
"""


@pytest.fixture
def catalogue(qapp, tmp_path):
    """A catalogue of the test's own, installed for the test (built by pyside6-lrelease as the real ones are)."""
    source = tmp_path / "test_fr.ts"
    source.write_text(MISSPELT, encoding="utf-8")
    subprocess.run(["pyside6-lrelease", str(source), "-qm", str(tmp_path / "test_fr.qm")], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(tmp_path / "test_fr.qm"))
    QApplication.installTranslator(translator)
    yield translator
    QApplication.removeTranslator(translator)


def test_a_translation_that_misspells_a_value_leaves_the_message_in_english(catalogue):
    unreadable = phrase("{path}: cannot be read ({reason}).", path="lessons.csv", reason=phrase("the disk is full"))
    assert said(unreadable) == "lessons.csv: cannot be read (the disk is full)."
    assert said(phrase("the disk is full")) == "le disque est plein"


def test_an_error_says_its_values_translated_inside_its_own_words(catalogue):
    error = StoreWriteError("notes.sqlite", phrase("the disk is full"))
    assert "le disque est plein" in said_error(error) and said_error(ValueError("plain")) == "plain"


def test_a_plural_no_catalogue_has_is_said_in_english_with_its_plural_right():
    assert said(phrase("%n row(s) skipped", None, 1)) == "1 row skipped"
    assert said(phrase("%n row(s) skipped", None, 4)) == "4 rows skipped"


def test_a_broken_pack_is_explained_in_french(qtbot, qapp, window, packs, monkeypatch):
    folder = packs.write()
    (folder / "themes" / "trust.md").write_text("---\nid: trust\n---\nNo title.\n", encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.detailedText()))
    with speaking(qapp, "fr"):
        install(qtbot, window, monkeypatch, folder)
    assert "themes/trust.md" in shown[0] and "champ obligatoire manquant" in shown[0], shown
    assert "required" not in shown[0]


def test_the_import_dialog_explains_a_spreadsheet_in_spanish(qtbot, qapp, window, tmp_path):
    with speaking(qapp, "es"):
        dialog = window.import_lessons()
        with qtbot.waitSignal(dialog.runner.idle, timeout=10_000):
            dialog.load_file(write_csv(tmp_path / "dref-lessons.csv", delimiter=";"))
        reasons = [dialog.problems_list.item(row).text() for row in range(dialog.problems_list.count())]
        description = dialog.description_label.text()
        dialog.reject()
    assert "separado por punto y coma" in description and "separated" not in description
    assert reasons and not any("header" in reason for reason in reasons), reasons


def test_an_amount_takes_the_plural_form_of_the_windows_language(qapp):
    from db.reference.attributes import amount_words

    with speaking(qapp, "es"):
        assert [said(amount_words(amount)) for amount in (1_000_000, 28_000_000, 6_500_000)] == [
            "1 millón", "28 millones", "6.5 millones"]
    with speaking(qapp, "ar"):
        assert said(amount_words(3_000_000)) == "3 ملايين" and said(amount_words(28_000_000)) == "28 مليونًا"


def test_a_count_is_grouped_as_the_windows_language_groups_digits(qapp):
    from PySide6.QtCore import QLocale

    labels = phrase("holds only %Ln label(s) ({examples}): not the text", None, 12345, examples="'A', 'B'")
    assert labels == "holds only 12,345 labels ('A', 'B'): not the text"
    with speaking(qapp, "fr"):
        assert QLocale("fr").toString(12345) in said(labels) and "12,345" not in said(labels)
