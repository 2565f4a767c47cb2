"""Errors the data layer raises on purpose; each carries a message meant for the user."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from db.packs.problems import Problem
    from db.user.backups import Backup


class AtlasError(Exception):
    """Base class: anything raised deliberately by `db` with a user-facing message."""


class PackError(AtlasError):
    """A pack could not be read or is invalid; `problems` lists every problem found."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        count = len(problems)
        super().__init__(f"{source}: {count} problem{'s' if count != 1 else ''}\n" + "\n".join(f"  {p}" for p in problems))


class PackReplaceRefused(AtlasError):
    """The pack's id is installed with other content or a newer version: replacing it needs the user's
    word. `reason` says why without saying how (`--force` on the command line, a question in the window)."""

    def __init__(self, reason: str, advice: str):
        self.reason = reason
        super().__init__(f"{reason} {advice}")


class UnknownIdError(AtlasError):
    """An id names no entry; `suggestions` are the closest existing ids."""

    def __init__(self, wanted: str, suggestions: list[str], what: str = "entry", reason: str = ""):
        self.wanted = wanted
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__((reason or f"No {what} with id '{wanted}'.") + hint)


class AmbiguousIdError(AtlasError):
    """A bare id or title names entries in more than one pack; `uids` lists them."""

    def __init__(self, wanted: str, uids: list[str]):
        self.wanted = wanted
        self.uids = uids
        packs = ", ".join(uid.split("/", 1)[0] for uid in uids)
        super().__init__(f"'{wanted}' is in {len(uids)} packs ({packs}); write it as pack/id, e.g. {uids[0]}.")


class NotFoundError(AtlasError):
    """A note, pack or revision that does not exist was asked for."""


class UserStoreError(AtlasError):
    """user.sqlite could not be opened; the file is left exactly as it was."""

    def __init__(self, path: Path, reason: str, message: str | None = None):
        self.path = path
        self.reason = reason
        super().__init__(message or f"Your notes file {path} could not be opened ({reason}); it was not changed. "
                                    "Run 'partnership-atlas doctor' for details.")


class UserStoreDamaged(UserStoreError):
    """user.sqlite is damaged. The Store moves it aside unchanged (`moved_to`, with its -wal and
    -shm files) and names the newest backup that passed verification (`newest_backup`, or None)."""

    def __init__(self, path: Path, reason: str, *, moved_to: Path | None = None, newest_backup: Backup | None = None):
        self.moved_to = moved_to
        self.newest_backup = newest_backup
        where = f" It was moved, unchanged, to {moved_to}." if moved_to else ""
        if newest_backup is None:
            offer = " There is no backup to restore; a new, empty notes file will be started."
        else:
            made = newest_backup.created.astimezone().strftime("%d %b %Y %H:%M")
            offer = (f" The newest good backup was made {made} ({newest_backup.path.name}): restore it with "
                     "File > Restore from Backup in the window, or 'partnership-atlas backup restore'.")
        super().__init__(path, reason, f"Your notes file {path} is damaged: {reason}.{where}{offer}")


class UserStoreTooNew(UserStoreError):
    """user.sqlite was written by a newer version of the application. It is not damaged, so it
    stays where it is, neither migrated nor written; `unknown_steps` names what this version lacks."""

    def __init__(self, path: Path, unknown_steps: list[str]):
        self.unknown_steps = unknown_steps
        super().__init__(
            path, "saved by a newer version",
            f"Your notes file {path} was saved by a newer version of Partnership Atlas, which changed how notes "
            f"are stored ({', '.join(unknown_steps)}); this version cannot use it, and it was not changed. Open it "
            "with the newer version. To go on with this one, restore a backup or start a new notes file: the "
            "newer file is then kept beside it.")


class StoreWriteError(AtlasError):
    """A write to a data file failed (disk full, read-only folder, ...). Nothing saved before was
    changed and the Store stays usable: the same call can be retried once the cause is gone."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(f"Could not save to {path}: {reason}. Nothing saved before was changed; "
                         "keep your text and save again once this is fixed.")


class SearchCancelled(AtlasError):
    """A search was cancelled before it finished (a newer query superseded it)."""
