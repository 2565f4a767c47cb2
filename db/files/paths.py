"""Where the stores live: one portable folder, or the platform's user folders.

In order: the folder named by PARTNERSHIP_ATLAS_HOME; a folder named `data` next to the
frozen executable (portable use from a USB stick); the platform's user data and cache folders.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from db.errors import AtlasError
from db.phrases import phrase

APP_NAME = "PartnershipAtlas"
HOME_VARIABLE = "PARTNERSHIP_ATLAS_HOME"
PORTABLE_FOLDER = "data"


class DataFolderError(AtlasError):
    """A folder the application must write to cannot be written; nothing was changed."""

    def __init__(self, folder: Path, reason: str):
        self.folder = folder
        super().__init__(
            phrase("Partnership Atlas cannot write to its data folder {folder} ({reason}). Your notes and the content "
                   "cache live there. Make the folder writable, or choose another one with {variable}=/some/folder. "
                   "When the program runs from a read-only stick, copy it to a writable one first.", folder=folder,
                   reason=reason, variable=HOME_VARIABLE))


def portable_home(executable: str | Path) -> Path | None:
    """The `data` folder beside a frozen executable (or beside its macOS .app bundle), if present."""
    folder = Path(executable).resolve().parent
    candidates = [folder / PORTABLE_FOLDER]
    # Inside PartnershipAtlas.app/Contents/MacOS a user cannot easily add a folder; beside the
    # .app, on the stick, they can.
    if folder.name == "MacOS" and folder.parent.name == "Contents" and folder.parent.parent.suffix == ".app":
        candidates.append(folder.parent.parent.parent / PORTABLE_FOLDER)
    return next((candidate for candidate in candidates if candidate.is_dir()), None)


@dataclass(frozen=True)
class AtlasPaths:
    """The folders the application writes to; nothing is written anywhere else."""

    data_dir: Path
    cache_dir: Path

    @property
    def user_db(self) -> Path:
        return self.data_dir / "user.sqlite"

    @property
    def packs_dir(self) -> Path:
        return self.data_dir / "packs"

    @property
    def backups_dir(self) -> Path:
        """Verified copies of user.sqlite (db/user/backups.py); made when the first backup is."""
        return self.data_dir / "backups"

    @property
    def reference_db(self) -> Path:
        return self.cache_dir / "reference.sqlite"

    @classmethod
    def under(cls, home: Path) -> AtlasPaths:
        """Everything below one folder: portable use and tests."""
        home = Path(home)
        return cls(data_dir=home / "data", cache_dir=home / "cache")

    @classmethod
    def default(cls, environ: Mapping[str, str] | None = None, *, executable: str | Path | None = None,
                frozen: bool | None = None) -> AtlasPaths:
        """The folders for this run; the arguments default to this process (tests inject them)."""
        env = os.environ if environ is None else environ
        home = env.get(HOME_VARIABLE)
        if home:
            return cls.under(Path(home).expanduser())
        if getattr(sys, "frozen", False) if frozen is None else frozen:
            portable = portable_home(sys.executable if executable is None else executable)
            if portable is not None:
                # The stick's `data` folder holds everything, so the host keeps no trace.
                return cls(data_dir=portable, cache_dir=portable / "cache")
        import platformdirs  # only needed without a portable folder; keeps portable starts lean

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    def writable_problem(self) -> DataFolderError | None:
        """Create the folders and prove each takes a new file; the error to show if one does not.

        Permissions alone cannot tell (a read-only stick, a network share, Windows ACLs), so a
        throw-away file is written and removed.
        """
        for folder in (self.data_dir, self.cache_dir, self.packs_dir):
            probe = folder / f".write-test-{os.getpid()}"  # per process: two starts never collide
            try:
                folder.mkdir(parents=True, exist_ok=True)
                os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600))
                probe.unlink()
            except OSError as exc:
                return DataFolderError(folder, exc.strerror or str(exc))
        return None

    def ensure(self) -> None:
        """Make the folders; raise DataFolderError (a message for the user) if one is not writable."""
        problem = self.writable_problem()
        if problem is not None:
            raise problem
