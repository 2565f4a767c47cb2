"""Where the stores live: platform user folders, or one folder named by PARTNERSHIP_ATLAS_HOME."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "PartnershipAtlas"
HOME_VARIABLE = "PARTNERSHIP_ATLAS_HOME"


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
    def reference_db(self) -> Path:
        return self.cache_dir / "reference.sqlite"

    @classmethod
    def under(cls, home: Path) -> AtlasPaths:
        """Everything below one folder: portable use and tests."""
        home = Path(home)
        return cls(data_dir=home / "data", cache_dir=home / "cache")

    @classmethod
    def default(cls, environ: os._Environ[str] | dict[str, str] | None = None) -> AtlasPaths:
        env = os.environ if environ is None else environ
        home = env.get(HOME_VARIABLE)
        if home:
            return cls.under(Path(home).expanduser())
        import platformdirs  # only needed without PARTNERSHIP_ATLAS_HOME; keeps portable starts lean

        return cls(
            data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
        )

    def ensure(self) -> None:
        for folder in (self.data_dir, self.cache_dir, self.packs_dir):
            folder.mkdir(parents=True, exist_ok=True)
