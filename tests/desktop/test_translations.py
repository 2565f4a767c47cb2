"""Plural forms come from the English translation; the compiled file matches its source."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import desktop
from desktop.app.application import TRANSLATIONS_DIR
from desktop.reader.find_bar import FindBar

SOURCE = TRANSLATIONS_DIR / "partnership_atlas_en.ts"
COMPILED = TRANSLATIONS_DIR / "partnership_atlas_en.qm"


def test_plural_forms_read_naturally(qtbot, translated):
    bar = FindBar()
    qtbot.addWidget(bar)
    bar.field.setText("x")
    bar.set_matches(1)
    assert bar.status.text() == "1 match"
    bar.set_matches(3)
    assert bar.status.text() == "3 matches"


def test_every_plural_string_has_english_forms():
    used = set()
    for path in Path(desktop.__file__).parent.rglob("*.py"):
        used |= set(re.findall(r'tr\("([^"]*%n[^"]*)"', path.read_text(encoding="utf-8")))
    translated = set(re.findall(r"<source>(.*?)</source>", SOURCE.read_text(encoding="utf-8")))
    assert used and used <= translated, used - translated


def test_compiled_translation_is_up_to_date(tmp_path):
    fresh = tmp_path / "fresh.qm"
    subprocess.run(["pyside6-lrelease", str(SOURCE), "-qm", str(fresh)], check=True, capture_output=True)
    assert fresh.read_bytes() == COMPILED.read_bytes(), "run: pyside6-lrelease resources/translations/partnership_atlas_en.ts"
