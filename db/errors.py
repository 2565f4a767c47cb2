"""Errors the data layer raises on purpose; each carries a message meant for the user."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


class AtlasError(Exception):
    """Base class: anything raised deliberately by `db` with a user-facing message."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content pack, located as precisely as the input allows."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class PackError(AtlasError):
    """A pack could not be read or is invalid; `problems` lists every problem found."""

    def __init__(self, source: str, problems: list[Problem]):
        self.source = source
        self.problems = problems
        count = len(problems)
        super().__init__(f"{source}: {count} problem{'s' if count != 1 else ''}\n" + "\n".join(f"  {p}" for p in problems))


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

    def __init__(self, path: Path, reason: str):
        self.path = path
        super().__init__(f"Your notes file {path} could not be opened ({reason}); it was not changed. "
                         "Run 'partnership-atlas doctor' for details.")


class SearchCancelled(AtlasError):
    """A search was cancelled before it finished (a newer query superseded it)."""
