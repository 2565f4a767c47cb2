"""Spreadsheet files as exports write them, generated into a test's tmp folder."""
from __future__ import annotations

import csv
import io
from pathlib import Path

HEADERS = ["ID", "Title", "Lesson learned", "Type", "Country", "Region", "Sector", "Hazard", "Date", "Source"]
ROWS = [
    ["LL-1", "Cash first", "Cash transfers worked where markets still functioned.", "Lesson", "Kenya", "Africa", "Livelihoods",
     "Drought", "25/12/2019", "DREF final report MDRKE043"],
    ["LL-2", "Insure volunteers", "Volunteers need insurance before deployment.", "Challenge", "Nepal", "Asia Pacific", "Health",
     "Earthquake", "2015-05-02", "Operation review"],
    ["LL-3", "", "Early warning messages reached more people by radio than by SMS.", "lesson", "Bangladesh", "Asia Pacific",
     "Disaster risk reduction", "Cyclone", "03-06-2020", ""],
]


def csv_text(rows: list[list[str]], *, headers: list[str] = HEADERS, delimiter: str = ",") -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: list[list[str]] = ROWS, *, headers: list[str] = HEADERS, delimiter: str = ",",
              encoding: str = "utf-8") -> Path:
    path.write_bytes(csv_text(rows, headers=headers, delimiter=delimiter).encode(encoding))
    return path


def write_xlsx(path: Path, rows: list[list], *, headers: list[str] = HEADERS, sheet: str = "Lessons", before: int = 0) -> Path:
    """A workbook made with openpyxl in write mode; `before` empty rows above the header."""
    from openpyxl import Workbook

    workbook = Workbook()
    worksheet = workbook.active
    worksheet.title = sheet
    for _ in range(before):
        worksheet.append([])
    worksheet.append(headers)
    for row in rows:
        worksheet.append(row)
    workbook.create_sheet("Notes").append(["not lessons"])
    workbook.save(path)
    return path
