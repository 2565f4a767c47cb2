"""Open user.sqlite: checked for damage, WAL, foreign keys, migrated to the current schema."""
from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from db.errors import StoreWriteError, UserStoreDamaged, UserStoreError, UserStoreTooNew
from db.files.sqlite_damage import header_damage, is_damage, page_damage
from db.phrases import phrase
from db.search.textfold import register_fold
from db.user.migrations import migrate, pending, unknown_steps

# Why a write failed, by SQLite's primary result code, in words for the person who was saving.
WRITE_FAILURES = {
    13: phrase("the disk is full"),
    8: phrase("the file or its folder is read-only"),
    14: phrase("a file could not be created beside it (is the folder read-only?)"),
    3: phrase("permission to write was refused"),
    5: phrase("another Partnership Atlas window or command is writing to it; try again in a moment"),
    6: phrase("another Partnership Atlas window or command is writing to it; try again in a moment"),
}
SQLITE_IOERR = 10


def open_user_db(path: Path, *, before_migrating: Callable[[sqlite3.Connection], None] | None = None) -> sqlite3.Connection:
    """The user store's connection, after checking that the file is sound and this version's.

    Raises, leaving the file exactly as it was: UserStoreDamaged (without `moved_to`: setting the
    file aside is the caller's decision), UserStoreTooNew, or UserStoreError when it cannot be
    opened for another reason (locked, unreadable); StoreWriteError when a new store cannot be
    made. `before_migrating` gets the connection when a store is about to be migrated, to back it
    up first.
    """
    if not path.is_file():
        try:
            create(path)
        except sqlite3.Error as exc:
            raise write_error(path, exc) or UserStoreError(path, str(exc)) from None
        except OSError as exc:
            raise StoreWriteError(path, exc.strerror or str(exc)) from None
    damage = header_damage(path)
    if damage:
        raise UserStoreDamaged(path, damage)
    conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
    try:
        # Both checks only read: a newer or damaged file is refused before anything is written.
        newer = unknown_steps(conn)
        if newer:
            raise UserStoreTooNew(path, newer)
        damage = page_damage(conn)
        if damage:
            raise UserStoreDamaged(path, damage)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # NORMAL is durable across application crashes in WAL mode; only a power cut can lose
        # the last commits, never corrupt the file.
        conn.execute("PRAGMA synchronous = NORMAL")
        if before_migrating is not None and pending(conn):
            before_migrating(conn)
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        conn.close()
        if is_damage(exc):
            raise UserStoreDamaged(path, phrase("its contents cannot be read ({reason})", reason=exc)) from None
        failure = write_error(path, exc)
        raise UserStoreError(path, str(exc) if failure is None else failure.reason) from None
    except BaseException:
        conn.close()
        raise
    register_fold(conn)
    return conn


def create(path: Path) -> None:
    """Make a new store beside `path` and put it in place in one step.

    user.sqlite is then never seen half-made by another window or command, so a file of 0 bytes
    or a cut-short one is always damage. When two processes create it at once, the first wins and
    both use its file.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.new-{os.getpid()}")
    leftovers = [Path(f"{temporary}{suffix}") for suffix in ("", "-wal", "-shm", "-journal")]
    try:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)
        conn = sqlite3.connect(temporary)
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            migrate(conn)
        finally:
            conn.close()  # the last connection folds the WAL in: the file stands alone
        try:
            os.link(temporary, path)  # fails when the file exists: never replaces another's store
        except FileExistsError:
            pass
        except OSError:
            # No hard links on this filesystem (FAT or exFAT on a USB stick): a rename, where a
            # store made in the same instant would lose to this empty one, is all there is.
            if not path.exists():
                os.replace(temporary, path)
    finally:
        for leftover in leftovers:
            leftover.unlink(missing_ok=True)


def write_error(path: Path, exc: sqlite3.Error) -> StoreWriteError | None:
    """The StoreWriteError to raise for a write that failed because of the disk or the folder; None for other errors."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is None:
        return None
    if code & 0xFF == SQLITE_IOERR:
        return StoreWriteError(path, phrase("the disk reported an error while writing ({reason})", reason=exc))
    reason = WRITE_FAILURES.get(code & 0xFF)
    return None if reason is None else StoreWriteError(path, reason)


# -- the change counter: bumped with every write, so a backup knows whether anything changed ----
def changes(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def set_changes(conn: sqlite3.Connection, count: int) -> None:
    # PRAGMA takes no parameters; int() keeps the statement free of anything but a number.
    conn.execute(f"PRAGMA user_version = {int(count)}")
