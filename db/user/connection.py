"""Open user.sqlite: WAL, foreign keys, migrated to the current schema."""
from __future__ import annotations

import sqlite3
from pathlib import Path

from db.errors import UserStoreError
from db.textfold import register_fold
from db.user.migrations import migrate


def open_user_db(path: Path) -> sqlite3.Connection:
    """The user store's connection; raises UserStoreError, leaving the file untouched, if it is not usable."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
    try:
        # The first statement reads the header: a damaged file fails here, before anything is written.
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL is durable across application crashes in WAL mode; only a power cut can lose
        # the last commits, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise UserStoreError(path, str(exc)) from None
    register_fold(conn)
    return conn
