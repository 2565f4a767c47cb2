"""Errors the data layer raises on purpose; each carries a message meant for the user."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.phrases import joined, phrase

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
        super().__init__(joined([phrase("{source}: %n problem(s)", None, len(problems), source=source),
                                 *(joined(["  ", problem.said()], "") for problem in problems)]))


class PackReplaceRefused(AtlasError):
    """The pack's id is installed with other content or a newer version: replacing it needs the user's
    word. `reason` says why without saying how (`--force` on the command line, a question in the window)."""

    def __init__(self, reason: str, advice: str):
        self.reason = reason
        super().__init__(joined([reason, advice], " "))


class UnknownIdError(AtlasError):
    """An id names no entry; `suggestions` are the closest existing ids."""

    def __init__(self, wanted: str, suggestions: list[str], what: str = "entry", reason: str = ""):
        self.wanted = wanted
        self.suggestions = suggestions
        said = reason or phrase("No {what} with id '{wanted}'.", what=what, wanted=wanted)
        hint = phrase("Did you mean: {ids}?", ids=", ".join(suggestions)) if suggestions else ""
        super().__init__(joined([said, hint], " ") if hint else said)


class AmbiguousIdError(AtlasError):
    """A bare id or title names entries in more than one pack; `uids` lists them."""

    def __init__(self, wanted: str, uids: list[str]):
        self.wanted = wanted
        self.uids = uids
        packs = ", ".join(uid.split("/", 1)[0] for uid in uids)
        super().__init__(phrase("'{wanted}' is in %n packs ({packs}); write it as pack/id, e.g. {example}.", None, len(uids),
                                wanted=wanted, packs=packs, example=uids[0]))


class NotFoundError(AtlasError):
    """A note, pack or revision that does not exist was asked for."""


class UserStoreError(AtlasError):
    """user.sqlite could not be opened; the file is left exactly as it was."""

    def __init__(self, path: Path, reason: str, message: str | None = None):
        self.path = path
        self.reason = reason
        super().__init__(message or phrase("Your notes file {path} could not be opened ({reason}); it was not changed. "
                                           "Run 'partnership-atlas doctor' for details.", path=path, reason=reason))


class UserStoreDamaged(UserStoreError):
    """user.sqlite is damaged. The Store moves it aside unchanged (`moved_to`, with its -wal and
    -shm files) and names the newest backup that passed verification (`newest_backup`, or None)."""

    def __init__(self, path: Path, reason: str, *, moved_to: Path | None = None, newest_backup: Backup | None = None):
        self.moved_to = moved_to
        self.newest_backup = newest_backup
        said = [phrase("Your notes file {path} is damaged: {reason}.", path=path, reason=reason)]
        if moved_to:
            said.append(phrase("It was moved, unchanged, to {moved_to}.", moved_to=moved_to))
        if newest_backup is None:
            said.append(phrase("There is no backup to restore; a new, empty notes file will be started."))
        else:
            made = newest_backup.created.astimezone().strftime("%d %b %Y %H:%M")
            said.append(phrase("The newest good backup was made {made} ({name}): restore it with File > Restore from "
                               "Backup in the window, or 'partnership-atlas backup restore'.", made=made,
                               name=newest_backup.path.name))
        super().__init__(path, reason, joined(said, " "))


class UserStoreTooNew(UserStoreError):
    """user.sqlite was written by a newer version of the application. It is not damaged, so it
    stays where it is, neither migrated nor written; `unknown_steps` names what this version lacks."""

    def __init__(self, path: Path, unknown_steps: list[str]):
        self.unknown_steps = unknown_steps
        super().__init__(
            path, "saved by a newer version",
            phrase("Your notes file {path} was saved by a newer version of Partnership Atlas, which changed how notes "
                   "are stored ({steps}); this version cannot use it, and it was not changed. Open it with the newer "
                   "version. To go on with this one, restore a backup or start a new notes file: the newer file is "
                   "then kept beside it.", path=path, steps=", ".join(unknown_steps)))


class StoreWriteError(AtlasError):
    """A write to a data file failed (disk full, read-only folder, ...). Nothing saved before was
    changed and the Store stays usable: the same call can be retried once the cause is gone."""

    def __init__(self, path: Path, reason: str):
        self.path = path
        self.reason = reason
        super().__init__(phrase("Could not save to {path}: {reason}. Nothing saved before was changed; keep your text "
                                "and save again once this is fixed.", path=path, reason=reason))


class SearchCancelled(AtlasError):
    """A search was cancelled before it finished (a newer query superseded it)."""
