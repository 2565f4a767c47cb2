"""Open user.sqlite: WAL, foreign keys, migrated to the current schema."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db.user.migrations import migrate


def open_user_db(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA foreign_keys = ON")
    # NORMAL is durable across application crashes in WAL mode; only a power cut can lose
    # the last commits, never corrupt the file.
    conn.execute("PRAGMA synchronous = NORMAL")
    migrate(conn)
    return conn
