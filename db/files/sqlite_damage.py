"""How damage to an SQLite file shows: in its header and length, and in the errors SQLite raises.

Shared by the user store (damage is set aside, never overwritten) and the reference cache
(damage is rebuilt). The header is read without SQLite, so nothing can be written while looking.
"""
from __future__ import annotations

import sqlite3
from pathlib import Path

HEADER = b"SQLite format 3\x00"
HEADER_SIZE = 100
# Primary result codes (the low byte of an extended code) that mean the file itself is damaged,
# as opposed to locked, unreadable for permissions, or on a full disk.
SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


def header_damage(path: Path) -> str | None:
    """What is wrong with the file's header or length, in plain words; None if they look right.

    The length is checked against the page count the header records unless a write-ahead log
    with content sits beside the file: SQLite may then be halfway through copying it back, and
    the log completes the file when it is next opened.
    """
    size = path.stat().st_size
    if size == 0:
        return "the file is empty (0 bytes)"
    with path.open("rb") as file:
        header = file.read(HEADER_SIZE)
    if not header.startswith(HEADER):
        return "it is not a database file"
    if len(header) < HEADER_SIZE:
        return f"it is cut short ({size} bytes)"
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return "its header is damaged"
    wal = Path(f"{path}-wal")
    if wal.is_file() and wal.stat().st_size > 0:
        return None
    pages = int.from_bytes(header[28:32], "big")
    # The recorded page count is trustworthy only when the two change counters agree.
    if header[24:28] == header[92:96] and size < pages * page_size:
        return f"it is cut short: it holds {size:,} of the {pages * page_size:,} bytes it was written with"
    if size % page_size:
        return f"it is cut short in the middle of a page ({size:,} bytes)"
    return None


def is_damage(exc: sqlite3.Error) -> bool:
    """Whether SQLite refused the file because it is damaged or not a database at all."""
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)


def page_damage(conn: sqlite3.Connection) -> str | None:
    """SQLite's quick check of every page (30 ms for a 14 MB file): damage in plain words, or None.

    Raises sqlite3.DatabaseError when the damage keeps SQLite from even checking.
    """
    problems = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
    if problems == ["ok"]:
        return None
    first = " ".join(problems[0].replace("*** in database main ***", "").split())
    count = f"{len(problems)} problem{'s' if len(problems) != 1 else ''}"
    return f"some of its pages are damaged (SQLite's check found {count}; the first: {first})"
