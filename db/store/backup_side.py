"""The safety side of `Store`: backups of user.sqlite, restoring one, and a store that cannot be used.

A mixin of `UserData` (db/store/user_side.py), relying on it for `paths`, `_write_lock`,
`_generation`, `_record`, `user_connection`, `_close_user`, `_user` and `_user_problem`. The work itself is
in db/user/backups.py and db/user/recovery.py; these methods hold the locks and keep the
Store's state right around it. They are imported by the methods that use them: a window or a
command that never backs up or restores does not load them.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from db.errors import AtlasError, UserStoreDamaged, UserStoreError, UserStoreTooNew
from db.phrases import phrase
from db.store.changes import Changes
from db.user.connection import changes

if TYPE_CHECKING:
    from db.user.backups import Backup
    from db.user.recovery import Restored


class Backups:
    """Backups, restore, and what to do when user.sqlite cannot be used; safe from any thread."""

    _last_backup_at: datetime | None = None  # the last backup this Store made

    def user_store_problem(self) -> UserStoreError | None:
        """Why notes cannot be used (UserStoreDamaged, UserStoreTooNew, UserStoreError), or None.

        Opens user.sqlite to find out, setting a damaged file aside, but never creates it and
        never raises for it: a worker thread can hand the answer to the window.
        """
        if self._user is None and self._user_problem is None and not self.paths.user_db.is_file():
            return None
        try:
            self.user_connection()
        except UserStoreError as problem:
            return problem
        return None

    def start_fresh(self) -> Path | None:
        """Go on with a new, empty notes file after a problem; return where a file still in place
        (one saved by a newer version) was set aside. Does nothing when there is no problem."""
        with self._write_lock:
            moved = None
            if isinstance(self._user_problem, UserStoreTooNew) and self.paths.user_db.is_file():
                from db.user.recovery import set_aside

                self._generation += 1  # search lets go of the file before it is moved
                moved = set_aside(self.paths.user_db, "newer-version")
            self._user_problem = None
            self._generation += 1
        self._record(Changes(user_store_replaced=True))
        return moved

    def backups(self) -> list[Backup]:
        """Backups of user.sqlite, newest first."""
        from db.user.backups import list_backups

        return list_backups(self.paths.backups_dir)

    def backup_now(self, *, now: datetime | None = None) -> Backup:
        """Back up user.sqlite (a checked copy in the backups folder), then rotate the old copies.

        The copy is read through its own read-only connection, so saving goes on meanwhile.
        Raises StoreWriteError if the disk refuses the copy, AtlasError if there is no notes file yet.
        """
        from db.user.backups import create_backup, read_only, rotate, utc_now

        now = now or utc_now()
        with self._write_lock:
            if self._user is None and self._user_problem is None and not self.paths.user_db.is_file():
                raise AtlasError(phrase("There is nothing to back up yet: {path} is made when the first note, bookmark "
                                        "or comparison is saved.", path=self.paths.user_db))
            self.user_connection()  # checks the file, and keeps the WAL index the reader below needs
        source = read_only(self.paths.user_db)
        try:
            made = create_backup(source, self.paths.backups_dir, now=now)
        finally:
            source.close()
        self._last_backup_at = now
        rotate(self.paths.backups_dir, now)
        return made

    def backup_if_due(self, now: datetime | None = None) -> Backup | None:
        """Back up when `backup_due` says so: at the first call (start), then at most every 30
        minutes, and only if something changed since the newest backup. Returns the backup made.

        None while there is no notes file or a problem keeps it from being used; the first time the
        file is opened, its problem is raised as `user_connection` raises it.
        """
        from db.user.backups import backup_due, utc_now

        now = now or utc_now()
        with self._write_lock:
            if self._user_problem is not None or (self._user is None and not self.paths.user_db.is_file()):
                return None
            newest = next(iter(self.backups()), None)
            changed = newest is None or newest.changes != changes(self.user_connection())
            if not backup_due(now, self._last_backup_at, changed):
                return None
        return self.backup_now(now=now)

    def restore_backup(self, backup: Backup | Path) -> Restored:
        """Make `backup` (a Backup, or the path of any notes file) the notes file.

        The backup is checked first and nothing changes if it fails (AtlasError). The notes file
        in place is kept beside it, never overwritten (`Restored.set_aside`). A healthy store is
        restored through the backup API, which other open connections see as one commit; the
        writer connection is then reopened, migrating an older backup forward.
        """
        from db.user.backups import Backup, verify
        from db.user.recovery import restore_as_new, restore_in_place

        source = Path(backup.path if isinstance(backup, Backup) else backup)
        if source.absolute() == self.paths.user_db.absolute():
            raise AtlasError(phrase("{path} is the notes file itself; choose a backup to restore.", path=source))
        problem = verify(source)
        if problem:
            raise AtlasError(phrase("{path} cannot be restored: {problem}. Your notes file was not changed.", path=source,
                                    problem=problem))
        target = self.paths.user_db
        with self._write_lock:
            conn, problem = None, self._user_problem
            if target.is_file():
                try:
                    conn = self.user_connection()
                except (UserStoreDamaged, UserStoreTooNew) as found:
                    problem = found  # a damaged file is set aside by now; a newer one is set aside below
            if conn is not None:
                restored = restore_in_place(source, conn, target, self.paths.backups_dir)
            else:
                self._generation += 1  # search lets go of a file about to be moved
                restored = restore_as_new(source, target, self.paths.backups_dir, set_aside_label="newer-version")
                if isinstance(problem, UserStoreDamaged):
                    restored = replace(restored, set_aside=problem.moved_to)
            self._close_user()
            self._user_problem = None
            self._generation += 1
        self._record(Changes(user_store_replaced=True))
        return restored
