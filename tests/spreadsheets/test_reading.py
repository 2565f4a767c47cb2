"""Reading exports as they come: encodings, delimiters, quoting, blank rows, workbooks."""
from __future__ import annotations

import zipfile
from datetime import datetime

import pytest

from db.spreadsheets.errors import SpreadsheetError
from db.spreadsheets.reading import column_letter, read_table
from tests.spreadsheets.files import HEADERS, ROWS, csv_text, write_csv, write_xlsx

ACCENTED = [["LL-9", "Société", "Coopération with the Société nationale worked — “well”.", "Lesson", "Côte d'Ivoire", "Africa",
             "Health", "Flood", "2019-01-01", "Rapport"]]


@pytest.mark.parametrize(("encoding", "name"), [
    ("utf-8", "UTF-8"), ("utf-8-sig", "UTF-8 with BOM"), ("utf-16", "UTF-16"), ("utf-16-le", "UTF-16"),
    ("utf-16-be", "UTF-16"), ("cp1252", "Windows-1252"),
])
def test_every_common_encoding_reads_the_same_text(tmp_path, encoding, name):
    table = read_table(write_csv(tmp_path / "lessons.csv", ACCENTED, encoding=encoding))
    assert table.headers == HEADERS
    assert table.rows[0].cells == ACCENTED[0]
    assert f", {name}," in table.description


@pytest.mark.parametrize(("delimiter", "name"), [(",", "commas"), (";", "semicolons"), ("\t", "tabs")])
def test_the_delimiter_is_found(tmp_path, delimiter, name):
    table = read_table(write_csv(tmp_path / "lessons.csv", ROWS, delimiter=delimiter))
    assert table.headers == HEADERS
    assert [row.cells for row in table.rows] == ROWS
    assert table.description.endswith(f"separated by {name}")


def test_semicolons_win_over_commas_inside_the_text(tmp_path):
    rows = [["1", "", "First, second, third, and fourth, all in one lesson.", "", "", "", "", "", "", ""]]
    table = read_table(write_csv(tmp_path / "lessons.csv", rows, delimiter=";"))
    assert table.rows[0].cells[2] == rows[0][2]


def test_quoted_cells_keep_their_line_breaks_and_count_as_one_row(tmp_path):
    rows = [["1", "", "First line,\nsecond line;\r\nthird \"quoted\" line", "", "", "", "", "", "", ""],
            ["2", "", "Next lesson", "", "", "", "", "", "", ""]]
    table = read_table(write_csv(tmp_path / "lessons.csv", rows))
    assert table.rows[0].cells[2] == rows[0][2]
    assert [row.number for row in table.rows] == [2, 3]


def test_blank_rows_are_left_out_and_counted_without_shifting_row_numbers(tmp_path):
    path = tmp_path / "lessons.csv"
    path.write_text("\n" + csv_text([ROWS[0], [""] * 10, ["   "] * 10, ROWS[1]]) + ",,,\n", encoding="utf-8")
    table = read_table(path)
    assert table.headers == HEADERS
    assert [row.number for row in table.rows] == [3, 6]
    assert table.blank_rows == 3


def test_headers_are_trimmed_and_empty_or_repeated_ones_named_by_column(tmp_path):
    path = tmp_path / "lessons.csv"
    path.write_text("\ufeff  Lesson  , Country,,Country\nText,Kenya,x,Uganda\n", encoding="utf-8")
    assert read_table(path).headers == ["Lesson", "Country", "column C", "Country (column D)"]


def test_a_very_long_cell_is_read_whole(tmp_path):
    text = "word " * 60_000  # 300,000 characters: more than the csv module accepts by default
    table = read_table(write_csv(tmp_path / "lessons.csv", [["1", "", text, "", "", "", "", "", "", ""]]))
    assert table.rows[0].cells[2] == text


def test_a_workbook_is_read_with_its_cell_types_from_the_first_sheet(tmp_path):
    rows = [["LL-1", None, "Cash worked.", "Lesson", "Kenya", None, None, "Drought", datetime(2019, 12, 25), 3.0],
            [], ["LL-2", None, "Insure volunteers.", "Challenge", "Nepal", None, None, None, 43831, None]]
    table = read_table(write_xlsx(tmp_path / "lessons.xlsx", rows, before=2))
    assert table.headers == HEADERS
    assert table.description == "Excel workbook, sheet 'Lessons'"
    assert [row.number for row in table.rows] == [4, 6]
    assert table.rows[0].cells[8] == datetime(2019, 12, 25)
    assert table.rows[1].cells[8] == 43831
    assert table.blank_rows == 1


def test_a_named_sheet_is_read_and_a_missing_one_is_named(tmp_path):
    path = write_xlsx(tmp_path / "lessons.xlsx", [["1", None, "Text"]])
    assert read_table(path, sheet="Notes").headers == ["not lessons"]
    with pytest.raises(SpreadsheetError, match=r"lessons\.xlsx: has no sheet named 'Sheet9'; its sheets are: Lessons, Notes"):
        read_table(path, sheet="Sheet9")


@pytest.mark.parametrize(("name", "data", "message"), [
    ("old.xls", b"\xd0\xcf\x11\xe0", r"old\.xls: the old Excel format \(\.xls\) cannot be read; save the file as \.xlsx or CSV"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", r"broken\.xlsx: not a readable Excel workbook"),
    ("empty.csv", b"\n\n", r"empty\.csv: is empty; a header row"),
    ("binary.csv", b"\x00\x01\x02\x03" * 5 + b"\xff\xfe\xfd", r"binary\.csv: holds NUL bytes"),
])
def test_unreadable_files_are_refused_with_the_file_named(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(SpreadsheetError, match=message):
        read_table(path)


def test_a_missing_file_is_named(tmp_path):
    with pytest.raises(SpreadsheetError, match=r"nowhere\.csv: cannot be read"):
        read_table(tmp_path / "nowhere.csv")


def test_column_letters_follow_spreadsheets():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701, 702)] == ["A", "Z", "AA", "AB", "ZZ", "AAA"]


def test_a_workbook_with_a_damaged_sheet_is_refused_with_the_file_named(tmp_path):
    whole = write_xlsx(tmp_path / "whole.xlsx", [row[:3] for row in ROWS])
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(damaged, "w") as copy:
        for info in source.infolist():
            data = source.read(info)
            copy.writestr(info, data[: len(data) // 2] if info.filename.endswith("sheet1.xml") else data)
    with pytest.raises(SpreadsheetError, match=r"damaged\.xlsx: the workbook is damaged and cannot be read"):
        read_table(damaged)
