"""partnership-atlas import-lessons, run as a user would."""
from __future__ import annotations

import csv
import json

from tests.cli.runner import run
from tests.spreadsheets.files import ROWS, write_csv

MESSY = [*ROWS, ["LL-5", "No text", "", "Lesson", "Kenya", "", "", "", "", ""], ROWS[0],
         ["LL-6", "", "Flood lessons from the future.", "lesson", "KENYA", "", "", "Flood", "2090-01-01", ""]]


def test_an_import_prints_the_mapping_the_counts_and_the_pack(home, capsys, tmp_path):
    path = write_csv(tmp_path / "lessons.csv", MESSY, delimiter=";", encoding="utf-16")
    code, out, err = run(capsys, "import-lessons", path)
    assert code == 0 and err == ""
    assert f"Read {path}: CSV, UTF-16, separated by semicolons; 6 rows." in out
    assert "Mapping (chosen from the headers and the contents):\n  columns:\n    text: Lesson learned  # header" in out
    assert "Spellings of one value merged:\n  country: 'KENYA' (1 row) merged into 'Kenya'\n" in out
    assert "Skipped:\n  row 5: the text cell is empty\n  row 6: the same row as an earlier one (row 2, which was kept)\n" in out
    assert "Kept, with a remark:\n  row 7: date '2090-01-01' falls in 2090" in out
    assert "Read 6, imported 4, updated 0, unchanged 0, skipped 2, removed 0." in out
    assert "Installed pack lessons 1.0.0 (4 lessons). Import the next export with --pack-id lessons to update it." in out
    code, out, _ = run(capsys, "search", "hazard:flood", "--json")
    assert [hit["id"] for hit in json.loads(out)["hits"]] == ["ll-6"]
    code, out, _ = run(capsys, "show", "lessons/ll-6")
    assert "Hazard: Flood\nDate: 2090-01-01\n" in out and "row 7" in out


def test_a_dry_run_says_what_would_happen_and_changes_nothing(home, capsys, tmp_path):
    code, out, _ = run(capsys, "import-lessons", write_csv(tmp_path / "lessons.csv"), "--dry-run", "--pack-id", "dref")
    assert code == 0
    assert out.rstrip().endswith("Dry run: the import would install dref 1.0.0 (3 lessons); nothing was changed.")
    _, out, _ = run(capsys, "pack", "list")
    assert "dref" not in out


def test_the_report_file_lists_every_row_outcome(home, capsys, tmp_path):
    report = tmp_path / "report.csv"
    code, out, _ = run(capsys, "import-lessons", write_csv(tmp_path / "lessons.csv", MESSY), "--report", report)
    assert code == 0 and f"Wrote the row-by-row report to {report}." in out
    with open(report, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["row", "outcome", "reason", "id"]
    assert [row[:2] for row in rows[1:]] == [["2", "imported"], ["3", "imported"], ["4", "imported"], ["5", "skipped"],
                                            ["6", "skipped"], ["7", "imported"]]
    assert rows[4][2] == "the text cell is empty" and rows[6][3] == "ll-6"
    write_csv(tmp_path / "lessons.csv", [row for row in MESSY if row[0] != "LL-1"])
    run(capsys, "import-lessons", tmp_path / "lessons.csv", "--report", report)
    with open(report, encoding="utf-8-sig", newline="") as handle:
        assert ["", "removed", "no longer in the file", "ll-1"] in list(csv.reader(handle))


def test_errors_name_the_file_and_exit_2(home, capsys, tmp_path):
    code, _, err = run(capsys, "import-lessons", tmp_path / "missing.csv")
    assert code == 2 and f"partnership-atlas: {tmp_path / 'missing.csv'}: cannot be read" in err
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  text: Lessons\n  hazzard: Hazard\n", encoding="utf-8")
    code, _, err = run(capsys, "import-lessons", write_csv(tmp_path / "lessons.csv"), "--mapping", mapping)
    assert code == 2 and f"{mapping}:3: 'hazzard' is not a field (did you mean hazard?)" in err
    code, _, err = run(capsys, "import-lessons", tmp_path / "lessons.csv", "--report", tmp_path / "no-folder" / "r.csv")
    assert code == 2 and "the folder" in err and "does not exist" in err


def test_a_file_with_nothing_to_import_exits_1(home, capsys, tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  text: Lesson learned\n", encoding="utf-8")
    code, out, _ = run(capsys, "import-lessons", write_csv(tmp_path / "lessons.csv", [MESSY[3]]), "--mapping", mapping)
    assert code == 1 and out.rstrip().endswith("No row could be imported; nothing was changed.")
