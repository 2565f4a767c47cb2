"""Build the standalone program and look at it: shared by the packaging test and tests.bench.frozen."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NAME = "PartnershipAtlas"
MB = 1_000_000
FOLDER_BUDGET = 120 * MB
ARCHIVE_BUDGET = 50 * MB


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/PartnershipAtlas
    build_seconds: float | None  # None when an existing build was reused

    @property
    def program(self) -> Path:
        """The program that runs the command line (on Windows and macOS the window has its own)."""
        if sys.platform == "win32":
            return self.folder / "partnership-atlas.exe"
        if sys.platform == "darwin":
            return self.folder / "partnership-atlas"
        return self.folder / NAME


def build(distpath: Path, workpath: Path) -> Bundle:
    """`pyinstaller build.spec` into the given folders, as the README says; raises with the log's tail."""
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm",
                           "--distpath", str(distpath), "--workpath", str(workpath)],
                          cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError("pyinstaller build.spec failed:\n" + "\n".join((done.stdout + done.stderr).splitlines()[-40:]))
    return Bundle(distpath / NAME, time.perf_counter() - began)


def archive(bundle: Bundle, destination_folder: Path) -> Path:
    """The portable archive, made with the command the README gives for this OS."""
    if sys.platform.startswith("linux"):
        target = destination_folder / f"{NAME}-linux.tar.gz"
        subprocess.run(["tar", "-czf", str(target), "-C", str(bundle.folder.parent), NAME], check=True)
    elif sys.platform == "darwin":
        target = destination_folder / f"{NAME}-macos.zip"
        subprocess.run(["ditto", "-c", "-k", "--keepParent", str(bundle.folder.with_suffix(".app")), str(target)], check=True)
    else:
        target = destination_folder / f"{NAME}-windows.zip"
        subprocess.run([sys.executable, "-m", "zipfile", "-c", str(target), str(bundle.folder)], check=True)
    return target


def folder_size(folder: Path) -> int:
    """Bytes of every file below `folder`; links count as their own few bytes, not their target's."""
    return sum(path.lstat().st_size for path in folder.rglob("*") if path.is_file() or path.is_symlink())


def run(bundle: Bundle, *argv: str, home: Path | None, extra_env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run the frozen program offscreen; `home` becomes PARTNERSHIP_ATLAS_HOME (None: unset)."""
    env = {key: value for key, value in os.environ.items() if key not in ("PARTNERSHIP_ATLAS_HOME", "PYTHONPATH")}
    env.update({"QT_QPA_PLATFORM": "offscreen", **(extra_env or {})})
    if home is not None:
        env["PARTNERSHIP_ATLAS_HOME"] = str(home)
    return subprocess.run([str(bundle.program), *argv], env=env, capture_output=True, text=True, timeout=timeout, check=False)
