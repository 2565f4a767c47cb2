"""Backups of user.sqlite with SQLite's online backup API: verified, rotated, restorable.

A file copy of a live database can catch a page half-written or miss the write-ahead log; the
backup API copies one consistent snapshot while the store stays in use. Each copy is written
to a temporary file, checked with PRAGMA integrity_check, and only then given its final name,
`user-YYYYmmdd-HHMMSS.mmmZ.sqlite` (UTC), in the data folder's `backups/`.

Whether anything changed since the newest backup is told by a counter in the store's header
(PRAGMA user_version, used for nothing else): the Store adds one in the same transaction as
every write, and a backup carries the count it was made at. The answer therefore holds across
restarts and across processes (a command-line write while the window is open) and costs one
header read, where SQLite's own counters (total_changes, data_version) last one connection.
"""
from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from db.errors import AtlasError, StoreWriteError
from db.files.sqlite_damage import header_damage
from db.phrases import phrase
from db.user.connection import write_error
from db.user.migrations import applied, unknown_steps

BACKUP_INTERVAL = timedelta(minutes=30)
NAME = re.compile(r"^user-(\d{8}-\d{6})\.(\d{3})Z\.sqlite$")
STALE_TEMPORARY = timedelta(days=1)
CHANGES_OFFSET = 60  # where user_version sits in the file header


@dataclass(frozen=True)
class Rotation:
    """How many backups survive rotation: the newest `recent`, and the newest of each of the last
    `days` days, `weeks` weeks (Monday to Sunday) and `months` calendar months (UTC)."""

    recent: int = 5
    days: int = 7
    weeks: int = 5
    months: int = 12


ROTATION = Rotation()


@dataclass(frozen=True)
class Backup:
    path: Path
    created: datetime  # UTC, read from the name

    @property
    def size(self) -> int:
        return self.path.stat().st_size

    @property
    def changes(self) -> int:
        """The store's change counter when this copy was made."""
        with self.path.open("rb") as file:
            file.seek(CHANGES_OFFSET)
            return int.from_bytes(file.read(4), "big")


def utc_now() -> datetime:
    return datetime.now(UTC)


def backup_name(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return f"user-{moment:%Y%m%d-%H%M%S}.{moment.microsecond // 1000:03d}Z.sqlite"


def list_backups(folder: Path) -> list[Backup]:
    """The backups in `folder`, newest first; other files are ignored."""
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = NAME.match(path.name)
        if match and path.is_file():
            moment = datetime.strptime(match[1], "%Y%m%d-%H%M%S").replace(tzinfo=UTC)
            found.append(Backup(path, moment + timedelta(milliseconds=int(match[2]))))
    return sorted(found, key=lambda backup: backup.created, reverse=True)


# -- making and checking copies ----------------------------------------------------------------
def read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to `path`, whatever characters its name holds."""
    return sqlite3.connect(f"{Path(path).absolute().as_uri()}?mode=ro", uri=True)


def copy_database(source: sqlite3.Connection, target: Path) -> None:
    """A consistent copy of `source` as the new file `target`, standing alone (no -wal file) and synced to disk."""
    dest = sqlite3.connect(target)
    try:
        # A new file needs no journal: if the copy is interrupted, the temporary file is thrown away.
        dest.execute("PRAGMA journal_mode = OFF")
        source.backup(dest)
        # The copy carries the source's WAL flag in its header; a rollback-journal file needs no -wal beside it.
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()


def verify(path: Path) -> str | None:
    """Why `path` cannot be restored as the notes file, in plain words; None if it passes SQLite's
    integrity check and is a notes file this version can use."""
    if not path.is_file():
        return phrase("the file does not exist")
    damage = header_damage(path)
    if damage:
        return damage
    try:
        conn = read_only(path)
        try:
            problems = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
            if problems != ["ok"]:
                return phrase("it is damaged (%n problem(s); the first: {first})", None, len(problems), first=problems[0])
            if not applied(conn):
                return phrase("it is not a Partnership Atlas notes file")
            newer = unknown_steps(conn)
            if newer:
                return phrase("it was saved by a newer version of Partnership Atlas ({steps})", steps=", ".join(newer))
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return phrase("it cannot be read ({reason})", reason=exc)
    return None


def create_backup(conn: sqlite3.Connection, folder: Path, *, now: datetime) -> Backup:
    """Copy the store behind `conn` into `folder`, check the copy, and keep it only if it is sound.

    Raises StoreWriteError if the disk or folder refuses the copy; nothing is left behind then.
    """
    moment = now.astimezone(UTC)
    moment = moment.replace(microsecond=moment.microsecond - moment.microsecond % 1000)  # as the name keeps it
    final = folder / backup_name(moment)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        while final.exists():  # two backups in one millisecond: the names stay in time order
            moment += timedelta(milliseconds=1)
            final = folder / backup_name(moment)
    except OSError as exc:
        raise StoreWriteError(folder, exc.strerror or str(exc)) from None
    temporary = folder / f".{final.name}.{os.getpid()}.tmp"
    try:
        copy_database(conn, temporary)
        problem = verify(temporary)
        if problem:
            raise AtlasError(phrase("The backup {path} failed its check ({problem}) and was not kept; your notes file was "
                                    "not changed.", path=final, problem=problem))
        os.replace(temporary, final)
    except sqlite3.Error as exc:
        raise write_error(final, exc) or AtlasError(phrase("The backup {path} could not be made ({reason}); your notes file "
                                                           "was not changed.", path=final, reason=exc)) from None
    except OSError as exc:
        raise StoreWriteError(final, exc.strerror or str(exc)) from None
    finally:
        temporary.unlink(missing_ok=True)
    return Backup(final, moment)


def note_count(path: Path) -> int | None:
    """How many notes (not counting the trash) a backup holds; None if it cannot be read."""
    try:
        conn = read_only(path)
        try:
            return conn.execute("SELECT count(*) FROM notes WHERE deleted IS NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def newest_good_backup(folder: Path) -> Backup | None:
    """The newest backup that passes `verify`; older ones are checked only when a newer one fails."""
    return next((backup for backup in list_backups(folder) if verify(backup.path) is None), None)


# -- when to back up, and which copies to keep -------------------------------------------------
def backup_due(now: datetime, last_backup_time: datetime | None, changed: bool) -> bool:
    """Whether to back up now: never when nothing changed; otherwise at start (no backup yet
    in this session) and then once BACKUP_INTERVAL has passed. A clock set back counts as due."""
    if not changed:
        return False
    if last_backup_time is None:
        return True
    return not last_backup_time <= now < last_backup_time + BACKUP_INTERVAL


def _day(moment: datetime) -> int:
    return moment.date().toordinal()


def _week(moment: datetime) -> int:
    return (moment.date().toordinal() - 1) // 7  # ordinal 1 (1 Jan of year 1) was a Monday


def _month(moment: datetime) -> int:
    return moment.year * 12 + moment.month - 1


def kept_times(times: Iterable[datetime], now: datetime, rotation: Rotation = ROTATION) -> set[datetime]:
    """Which backup times survive rotation at `now` (see Rotation); a pure function.

    The newest copy of each day, week and month is the one kept: it holds everything that period
    wrote. Keeping the newest also makes rotation stable: a copy dropped today is never one that
    a later rotation would have wanted.
    """
    newest_first = sorted({moment.astimezone(UTC) for moment in times}, reverse=True)
    now = now.astimezone(UTC)
    keep = set(newest_first[:rotation.recent])
    for period, count in ((_day, rotation.days), (_week, rotation.weeks), (_month, rotation.months)):
        current = period(now)
        claimed: set[int] = set()
        for moment in newest_first:
            slot = period(moment)
            if current - count < slot <= current and slot not in claimed:
                claimed.add(slot)
                keep.add(moment)
    return keep


def rotate(folder: Path, now: datetime, rotation: Rotation = ROTATION) -> list[Path]:
    """Delete the backups `kept_times` does not keep, and temporary files a crash left; return what was deleted."""
    backups = list_backups(folder)
    keep = kept_times([backup.created for backup in backups], now, rotation)
    deleted = [backup.path for backup in backups if backup.created not in keep]
    for stale in folder.glob(".user-*.tmp") if folder.is_dir() else ():
        # Another process may be writing a temporary file right now: only old ones are leftovers.
        if datetime.fromtimestamp(stale.stat().st_mtime, UTC) < now - STALE_TEMPORARY:
            deleted.append(stale)
    for path in deleted:
        path.unlink(missing_ok=True)
    return deleted
