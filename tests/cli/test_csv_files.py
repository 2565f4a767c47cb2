"""Every CSV file the program writes opens right in Excel (a UTF-8 byte-order mark), LibreOffice and Python's csv module."""
from __future__ import annotations

import csv
import io

from db.compare.render import render
from tests.cli.runner import run
from tests.spreadsheets.files import write_csv

BOM = b"\xef\xbb\xbf"


def read_back(path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def test_a_comparison_written_as_csv_starts_with_the_mark_and_reads_back_as_rendered(home, store, capsys, tmp_path):
    target = tmp_path / "brief.csv"
    code, _, _ = run(capsys, "compare", "dfid-ifrc", "dfid-icrc", "-o", target)
    assert code == 0 and target.read_bytes().startswith(BOM)
    assert BOM not in target.read_bytes()[3:] and b"\r\r\n" not in target.read_bytes()
    rendered = render(store.compare(["dfid-ifrc", "dfid-icrc"]), "csv", only_differences=False)
    assert read_back(target) == list(csv.reader(io.StringIO(rendered, newline="")))
    assert any("DFID–Federation" in cell for cell in read_back(target)[0])


def test_an_import_report_starts_with_the_mark_and_lists_every_row(home, capsys, tmp_path):
    report = tmp_path / "report.csv"
    code, _, _ = run(capsys, "import-lessons", write_csv(tmp_path / "lessons.csv"), "--dry-run", "--report", report)
    assert code == 0 and report.read_bytes().startswith(BOM)
    rows = read_back(report)
    assert rows[0] == ["row", "outcome", "reason", "id"] and [row[:2] for row in rows[1:]] == [
        ["2", "would be imported"], ["3", "would be imported"], ["4", "would be imported"]]
