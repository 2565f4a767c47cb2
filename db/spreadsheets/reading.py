"""Rows of a CSV or XLSX file: encoding and delimiter found from the bytes, the header row, blank rows left out.

Row numbers are those a spreadsheet program shows: the n-th record of the file, counting the
header and blank rows, where a quoted cell with line breaks is still one row.
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections import Counter
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from pathlib import Path
from typing import Any

from db.phrases import Phrase, phrase
from db.spreadsheets.errors import SpreadsheetError

# Far above Excel's 32,767 characters per cell; csv's own default (131,072) refuses long lessons.
MAX_CELL_CHARS = 1_000_000
DELIMITERS = ",;\t|"
# A title, a date or a note may stand above the header row: it is looked for among this many rows.
HEADER_SEARCH_ROWS = 20
_SNIFF_CHARS = 32_768
_XLSX_SUFFIXES = (".xlsx", ".xlsm")
_ZIP_MAGIC = b"PK\x03\x04"


@dataclass(frozen=True)
class Row:
    number: int
    cells: list[Any]  # str from CSV; str, numbers, dates or None from XLSX


@dataclass
class Table:
    path: Path
    description: str  # how the file was read: "CSV, UTF-8 with BOM, separated by semicolons" (a Phrase)
    headers: list[str]
    rows: list[Row]  # every non-blank row after the header row
    blank_rows: int
    header_row: int = 1  # the row number of the header (rows above it are titles or notes)
    sheet: str | None = None  # the workbook's sheet the rows come from; None for a CSV file

    @cached_property
    def usual_width(self) -> int:
        """How many cells most rows have: a file whose every row ends with a separator has one more than its header."""
        return Counter(len(row.cells) for row in self.rows).most_common(1)[0][0] if self.rows else len(self.headers)
    # In a CSV file a row's cells are in order, not in columns: a row with another number of
    # cells than the header has them shifted. A workbook's cells sit in their columns.
    fixed_width: bool = False


def read_table(path: Path, *, sheet: str | None = None) -> Table:
    """The header and rows of `path`; raise SpreadsheetError naming the file when it cannot be read."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise SpreadsheetError(phrase("{path}: the old Excel format (.xls) cannot be read; save the file as .xlsx or CSV.",
                                      path=path))
    try:
        with open(path, "rb") as handle:
            start = handle.read(4)
    except OSError as exc:
        raise SpreadsheetError(phrase("{path}: cannot be read ({reason}).", path=path, reason=exc.strerror or str(exc))) from None
    if suffix in _XLSX_SUFFIXES or start == _ZIP_MAGIC:
        return _read_xlsx(path, sheet)[0]
    if sheet:
        raise SpreadsheetError(phrase("{path}: a sheet ('{sheet}') can only be chosen in an Excel workbook, not in a CSV file.",
                                      path=path, sheet=sheet))
    return _read_csv(path)


def read_tables(path: Path) -> list[Table]:
    """Every sheet of a workbook that holds something (the first sheet is often instructions or a
    summary), or the one table of a CSV file."""
    table = read_table(path)
    if table.sheet is None:
        return [table]
    return _read_xlsx(path, None, every=True)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the name of its encoding: BOM, then UTF-16 by its NUL bytes, UTF-8,
    Windows-1252. A UTF-8 file with a few lines pasted in from a Windows-1252 one keeps its UTF-8."""
    for bom, codec, name in ((b"\xef\xbb\xbf", "utf-8-sig", phrase("UTF-8 with BOM")), (b"\xff\xfe", "utf-16", "UTF-16"),
                             (b"\xfe\xff", "utf-16", "UTF-16")):
        if data.startswith(bom):
            return data.decode(codec), name
    sample = data[:4096]
    # ASCII-range text in UTF-16 has a NUL in every other byte: odd positions little-endian, even big-endian.
    if sample.count(0) > len(sample) // 4:
        odd = sample[1::2].count(0)
        return data.decode("utf-16-le" if odd > sample[0::2].count(0) else "utf-16-be"), "UTF-16"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        pass
    mixed = _mixed_utf8(data)
    if mixed is not None:
        return mixed
    try:
        return data.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # Five bytes have no Windows-1252 character; Latin-1 reads every byte.
        return data.decode("latin-1"), "Latin-1"


def _mixed_utf8(data: bytes) -> tuple[str, str] | None:
    """Line by line, when most lines that are not plain ASCII are UTF-8 and a few are not: those
    few read as Windows-1252 (Latin-1 for the five bytes it lacks)."""
    lines = data.split(b"\n")
    decoded, foreign, native = [], 0, 0
    for line in lines:
        try:
            text = line.decode("utf-8")
            native += not line.isascii()
        except UnicodeDecodeError:
            foreign += 1
            try:
                text = line.decode("cp1252")
            except UnicodeDecodeError:
                text = line.decode("latin-1")
        decoded.append(text)
    if native <= foreign:
        return None
    return "\n".join(decoded), phrase("UTF-8 (%n line(s) in Windows-1252)", None, foreign)


def detect_delimiter(text: str) -> str:
    """The separator that splits the first records into the same number of cells, the most of them;
    csv.Sniffer's choice among , ; tab and | when none does (a title line may come first)."""
    sample = text[:_SNIFF_CHARS]
    best, best_key = None, (0, 0)
    for delimiter in DELIMITERS:
        try:
            counts = Counter(len(record) for record in islice(csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter), 20)
                             if any(cell.strip() for cell in record))
        except csv.Error:
            continue
        if not counts:
            continue
        width, times = counts.most_common(1)[0]
        if width > 1 and times >= 0.6 * sum(counts.values()) and (width, times) > best_key:
            best, best_key = delimiter, (width, times)
    if best is not None:
        return best
    header = next((line for line in sample.splitlines() if line.strip()), "")

    def columns(delimiter: str) -> int:
        return len(next(csv.reader([header], delimiter=delimiter), []))

    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=DELIMITERS).delimiter
    except csv.Error:
        sniffed = None
    counted = max(DELIMITERS, key=columns)
    return sniffed if sniffed is not None and columns(sniffed) >= columns(counted) else counted


def _read_csv(path: Path) -> Table:
    try:
        text, encoding = decode(path.read_bytes())
    except UnicodeDecodeError as exc:
        raise SpreadsheetError(phrase("{path}: looks like UTF-16 text but is damaged at byte {byte} ({reason}); "
                                      "save it again as UTF-8 CSV.", path=path, byte=exc.start, reason=exc.reason)) from None
    except OSError as exc:
        raise SpreadsheetError(phrase("{path}: cannot be read ({reason}).", path=path, reason=exc.strerror or str(exc))) from None
    if "\x00" in text:
        raise SpreadsheetError(phrase("{path}: holds NUL bytes after decoding it as {encoding}: not a text (CSV) file. "
                                      "Export the sheet as CSV or XLSX.", path=path, encoding=encoding))
    delimiter = detect_delimiter(text)
    csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        records = list(reader)
    except csv.Error as exc:
        raise SpreadsheetError(phrase("{path}: row {row}: {reason}", path=path, row=reader.line_num, reason=str(exc))) from None
    table = _table(path, _csv_description(encoding, delimiter), enumerate(records, start=1))
    table.fixed_width = True
    return table


def _csv_description(encoding: str, delimiter: str) -> Phrase:
    if delimiter == ",":
        return phrase("CSV, {encoding}, separated by commas", encoding=encoding)
    if delimiter == ";":
        return phrase("CSV, {encoding}, separated by semicolons", encoding=encoding)
    if delimiter == "\t":
        return phrase("CSV, {encoding}, separated by tabs", encoding=encoding)
    return phrase("CSV, {encoding}, separated by vertical bars", encoding=encoding)


def _read_xlsx(path: Path, sheet: str | None, *, every: bool = False) -> list[Table]:
    """The chosen sheet (the first when none is), or with `every` each sheet that holds something."""
    from openpyxl import load_workbook  # only XLSX imports need it
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise SpreadsheetError(phrase("{path}: not a readable Excel workbook (.xlsx): {reason}", path=path,
                                      reason=str(exc))) from None
    try:
        if every:
            worksheets = workbook.worksheets
        elif sheet is None:
            worksheets = workbook.worksheets[:1]
        elif sheet in workbook.sheetnames:
            worksheets = [workbook[sheet]]
        else:
            raise SpreadsheetError(phrase("{path}: has no sheet named '{sheet}'; its sheets are: {sheets}.", path=path,
                                          sheet=sheet, sheets=", ".join(workbook.sheetnames)))
        tables = []
        for worksheet in worksheets:
            # Exporters often record a wrong size for the sheet: forgotten, every row there is gets read.
            worksheet.reset_dimensions()
            try:
                table = _table(path, phrase("Excel workbook, sheet '{sheet}'", sheet=worksheet.title),
                               enumerate(worksheet.iter_rows(values_only=True), start=1))
                table.sheet = worksheet.title
                tables.append(table)
            except SpreadsheetError:
                if not every:
                    raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, SyntaxError) as exc:  # SyntaxError: damaged XML
        raise SpreadsheetError(phrase("{path}: the workbook is damaged and cannot be read ({reason}).", path=path,
                                      reason=str(exc))) from None
    finally:
        workbook.close()
    if not tables:
        raise SpreadsheetError(phrase("{path}: every sheet is empty; a header row naming the columns is needed, then one "
                                      "lesson per row.", path=path))
    return tables


def _table(path: Path, description: Phrase, numbered) -> Table:
    records: list[Row] = []  # every non-blank row
    blank = 0
    for number, cells in numbered:
        if not any(_filled(cell) for cell in cells):
            blank += bool(records)
            continue
        records.append(Row(number, list(cells)))
    if not records:
        raise SpreadsheetError(phrase("{path}: is empty; a header row naming the columns is needed, then one lesson per row.",
                                      path=path))
    first = _header_index(records)
    header, rows = records[first].cells, records[first + 1:]
    blank -= sum(b.number - a.number - 1 for a, b in zip(records[:first], records[1:first + 1]))
    # Trailing columns with no header and nothing in them (a stray separator, a sheet's formatted
    # but empty columns) are no columns at all.
    width = max((index + 1 for index, cell in enumerate(header) if _filled(cell)), default=0)
    for row in rows:
        if len(row.cells) > width:
            width = max([width, *(index + 1 for index in range(width, len(row.cells)) if _filled(row.cells[index]))])
    if first:
        description = phrase("{description}, header on row {row} (the %n row(s) above it left out)", None, first,
                             description=description, row=records[first].number)
    return Table(path, description, _headers(header[:width]), rows, max(0, blank), header_row=records[first].number)


def _header_index(records: list[Row]) -> int:
    """The header row among the first ones: the first that names at least half as many columns as
    the fullest of them. A title or a note above it fills one cell or two."""
    first = records[:HEADER_SEARCH_ROWS]
    fullest = max(sum(_filled(cell) for cell in row.cells) for row in first)
    return next(i for i, row in enumerate(first) if sum(_filled(cell) for cell in row.cells) >= max(2, fullest / 2)
                or fullest < 2)


def _filled(cell: Any) -> bool:
    return cell is not None and (not isinstance(cell, str) or bool(cell.strip()))


def _headers(cells) -> list[str]:
    """Header names, stripped; an empty or repeated header is named by its column letter."""
    # Not phrases: a mapping file names a column by its header, so "column C" is the same in every language.
    names: list[str] = []
    for index, cell in enumerate(cells):
        name = " ".join(str(cell).split()) if _filled(cell) else ""
        letter = column_letter(index)
        if not name:
            name = f"column {letter}"
        elif name in names:
            name = f"{name} (column {letter})"
        names.append(name)
    return names


def column_letter(index: int) -> str:
    """A, B, ... Z, AA, ... for a 0-based column index, as spreadsheets label columns."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters
