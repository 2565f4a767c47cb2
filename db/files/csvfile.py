"""CSV as the program writes it: UTF-8 with a byte-order mark, for Excel as much as anything else.

Without the mark, Excel on Windows reads a CSV file in the machine's ANSI code page and shows
"DFIDâ€“Federation" and "Â£28 million"; LibreOffice and Python's csv module (with utf-8-sig, or
skipping the mark) read it right either way. Every CSV file the window or the command line
writes goes through here.
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

ENCODING = "utf-8-sig"


def csv_text(rows: Iterable[Iterable], *, delimiter: str = ",") -> str:
    """`rows` as CSV text, to be written with ENCODING."""
    buffer = io.StringIO(newline="")
    csv.writer(buffer, delimiter=delimiter).writerows(rows)
    return buffer.getvalue()


def write_csv(path: Path, rows: Iterable[Iterable]) -> None:
    """Write `rows` to `path` as CSV with the byte-order mark (OSError as raised)."""
    with open(path, "w", encoding=ENCODING, newline="") as handle:
        csv.writer(handle).writerows(rows)
