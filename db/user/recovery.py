"""Getting notes back: set an unusable user.sqlite aside unchanged, and restore a backup.

Nothing here deletes or overwrites a notes file. A file that cannot be used is renamed, with
its -wal, -shm and -journal companions, to `user.sqlite.<label>-YYYYmmdd-HHMMSS` (UTC) in the
same folder, so SQLite still opens the pair together; a healthy file about to be replaced by a
backup is first copied aside the same way.
"""
from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from db.errors import StoreWriteError, UserStoreDamaged, UserStoreError
from db.phrases import phrase
from db.user.backups import copy_database, list_backups, newest_good_backup, read_only, utc_now
from db.user.connection import changes, set_changes, write_error

COMPANIONS = ("-wal", "-shm", "-journal")
# What each kind of set-aside file is, in the words `doctor` prints.
LABELS = {
    "damaged": "a damaged notes file, moved aside when it was found",
    "before-restore": "your notes file as it was before a backup was restored",
    "newer-version": "a notes file saved by a newer version of Partnership Atlas",
}
SET_ASIDE = re.compile(r"^(?P<store>.+)\.(?P<label>[a-z-]+?)-\d{8}-\d{6}(?:-\d+)?$")


@dataclass(frozen=True)
class Restored:
    backup: Path  # the file the notes now come from
    set_aside: Path | None  # where the notes file that was in place was kept (None if there was none)


def aside_path(path: Path, label: str, now: datetime) -> Path:
    """A free name beside `path` for it and its companions, e.g. user.sqlite.damaged-20250312-140501."""
    base = f"{path.name}.{label}-{now.astimezone(UTC):%Y%m%d-%H%M%S}"
    candidate, number = path.with_name(base), 1
    while any(Path(f"{candidate}{suffix}").exists() for suffix in ("", *COMPANIONS)):
        number += 1
        candidate = path.with_name(f"{base}-{number}")
    return candidate


def set_aside(path: Path, label: str, *, now: datetime | None = None) -> Path:
    """Rename `path` and its companions to `aside_path`; all of them or, if one rename fails, none."""
    target = aside_path(path, label, now or utc_now())
    moves = [(path, target)] + [(Path(f"{path}{suffix}"), Path(f"{target}{suffix}"))
                                for suffix in COMPANIONS if Path(f"{path}{suffix}").exists()]
    done: list[tuple[Path, Path]] = []
    try:
        for source, destination in moves:
            os.rename(source, destination)
            done.append((source, destination))
    except OSError as exc:
        for source, destination in reversed(done):
            os.rename(destination, source)
        raise UserStoreError(path, phrase("it could not be moved aside to {name}: {reason}", name=target.name,
                                          reason=exc.strerror or exc)) from None
    return target


def set_aside_damaged(damaged: UserStoreDamaged, backups_dir: Path) -> UserStoreDamaged:
    """Move the damaged file aside and say so, naming the newest backup that passes verification."""
    moved = set_aside(damaged.path, "damaged")
    return UserStoreDamaged(damaged.path, damaged.reason, moved_to=moved, newest_backup=newest_good_backup(backups_dir))


def set_aside_files(data_dir: Path, store_name: str = "user.sqlite") -> list[tuple[Path, str]]:
    """Notes files set aside in `data_dir`, oldest first, each with what it is in plain words."""
    found = []
    for path in sorted(data_dir.glob(f"{store_name}.*")) if data_dir.is_dir() else ():
        match = SET_ASIDE.match(path.name)
        if match and match["store"] == store_name and match["label"] in LABELS:
            found.append((path, LABELS[match["label"]]))
    return found


def next_change_count(backups_dir: Path, *current: int) -> int:
    """A change count above every backup's and `current`: a restored store must never look
    unchanged against a newer backup it does not match."""
    return max([backup.changes for backup in list_backups(backups_dir)] + list(current) + [0]) + 1


def restore_in_place(source: Path, conn: sqlite3.Connection, target: Path, backups_dir: Path) -> Restored:
    """Copy the healthy store behind `conn` aside, then write `source` into it through the backup API.

    Writing into the live database is one transaction that other connections (another window, a
    command) see as an ordinary commit, where renaming the file under them would leave them
    writing to the copy set aside.
    """
    aside = aside_path(target, "before-restore", utc_now())
    try:
        copy_database(conn, aside)
    except sqlite3.Error as exc:
        aside.unlink(missing_ok=True)
        raise write_error(aside, exc) or UserStoreError(target, phrase("it could not be copied aside before restoring ({reason})",
                                                                       reason=exc)) from None
    try:
        count = next_change_count(backups_dir, changes(conn))
        backup = read_only(source)
        try:
            backup.backup(conn)
        finally:
            backup.close()
        set_changes(conn, count)
    except sqlite3.Error as exc:
        raise write_error(target, exc) or UserStoreError(target, phrase("the backup {path} could not be restored into it ({reason})",
                                                                        path=source, reason=exc)) from None
    return Restored(source, aside)


def restore_as_new(source: Path, target: Path, backups_dir: Path, *, set_aside_label: str | None = None) -> Restored:
    """Put a copy of `source` at `target`, which has no usable store: a damaged one was already set
    aside, or one this version cannot open is set aside now under `set_aside_label`."""
    temporary = target.with_name(f".{target.name}.restoring-{os.getpid()}")
    try:
        backup = read_only(source)
        try:
            copy_database(backup, temporary)
        finally:
            backup.close()
        copy = sqlite3.connect(temporary)
        try:
            set_changes(copy, next_change_count(backups_dir, changes(copy)))
        finally:
            copy.close()
        aside = set_aside(target, set_aside_label) if set_aside_label and target.exists() else None
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise write_error(target, exc) or UserStoreError(target, phrase("the backup {path} could not be copied ({reason})",
                                                                        path=source, reason=exc)) from None
    except OSError as exc:
        raise StoreWriteError(target, exc.strerror or str(exc)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return Restored(source, aside)

