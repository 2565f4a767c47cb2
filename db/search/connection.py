"""One thread's read-only connection to the reference store, the user's notes attached, that a search can stop."""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from db.phrases import phrase
from db.search.textfold import register_fold


class SearchConnection:
    """One per thread: SQLite connections must not be shared across threads.

    Every read of the reference store goes through it; a search (db/search/engine.py, loaded at the
    first search) sets `cancel` and `deadline`, which SQLite's progress handler checks as it runs.
    """

    def __init__(self, reference_db: Path, user_db: Path | None):
        self.conn = sqlite3.connect(f"file:{reference_db}?mode=ro", uri=True, check_same_thread=False)
        register_fold(self.conn)
        self.user_db = user_db
        # Why notes are left out of results ("" when they are searched or there are none yet).
        self.notes_problem = ""
        self.has_notes = bool(user_db and user_db.is_file()) and self._attach_notes(user_db)
        self.cancel: threading.Event | None = None
        self.deadline: float | None = None
        # What the store knows of its words (db/search/lexicon.py), read at the first search.
        self.lexicon = None
        self.conn.set_progress_handler(self._should_stop, 2000)

    def _attach_notes(self, user_db: Path) -> bool:
        """Attach the user's notes read-only; a damaged file leaves search working without them."""
        try:
            self.conn.execute("ATTACH DATABASE ? AS user", (f"file:{user_db}?mode=ro",))
            return self.conn.execute("SELECT count(*) FROM user.sqlite_master WHERE name='notes_fts'").fetchone()[0] > 0
        except sqlite3.DatabaseError as exc:
            self.notes_failed(exc)
            return False

    def notes_failed(self, exc: sqlite3.DatabaseError) -> None:
        self.notes_problem = phrase("notes could not be read from {path} ({reason}); only the reference content was "
                                    "searched.", path=self.user_db, reason=exc)

    def close(self) -> None:
        self.conn.close()

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def over_budget(self) -> bool:
        return self.deadline is not None and time.perf_counter() > self.deadline

    def _should_stop(self) -> int:
        return 1 if self.cancelled() or self.over_budget() else 0
