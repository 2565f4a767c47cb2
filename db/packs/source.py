"""Read the files of a pack from a folder or from a zip / .atlaspack file, refusing unsafe archives."""
from __future__ import annotations

import stat
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from db.errors import PackError, Problem

# A text pack of 100,000 lessons is far below these; an archive beyond them is refused
# before anything is extracted.
MAX_FILES = 500_000
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_FILE_BYTES = 16 * 1024**2
MAX_COMPRESSION_RATIO = 100


# Archives built from a pack folder may sit inside it; macOS adds __MACOSX/ and dot-files to zips.
_NOT_CONTENT_SUFFIXES = (".atlaspack", ".zip")


def is_pack_content(relative: str) -> bool:
    parts = PurePosixPath(relative).parts
    return bool(parts) and not any(p.startswith(".") or p == "__MACOSX" for p in parts) and not relative.endswith(_NOT_CONTENT_SUFFIXES)


@dataclass(frozen=True)
class PackFile:
    path: str  # POSIX path relative to the pack root
    data: bytes


class PackSource:
    """The files of one pack; `describe` names it in messages."""

    def __init__(self, location: Path):
        self.location = Path(location)
        self.describe = str(location)

    @staticmethod
    def open(location: Path) -> PackSource:
        location = Path(location)
        if location.is_dir():
            return FolderSource(location)
        if location.is_file():
            return ZipSource(location)
        raise PackError(str(location), [Problem(str(location), "no such file or folder")])

    def files(self) -> list[PackFile]:
        raise NotImplementedError


class FolderSource(PackSource):
    def files(self) -> list[PackFile]:
        found = []
        for path in sorted(self.location.rglob("*")):
            relative = path.relative_to(self.location).as_posix()
            if path.is_file() and is_pack_content(relative):
                found.append(PackFile(relative, path.read_bytes()))
        return found


class ZipSource(PackSource):
    def files(self) -> list[PackFile]:
        try:
            archive = zipfile.ZipFile(self.location)
        except (zipfile.BadZipFile, OSError) as exc:
            raise PackError(self.describe, [Problem(self.location.name, f"not a pack archive (zip): {exc}")]) from None
        with archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            problems = _unsafe_members(infos)
            if problems:
                raise PackError(self.describe, problems)
            infos = [info for info in infos if is_pack_content(info.filename)]
            prefix = _common_root(infos)
            try:
                return [PackFile(info.filename[len(prefix):], archive.read(info)) for info in infos]
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise PackError(self.describe, [Problem(self.location.name, f"damaged archive: {exc}")]) from None


def _unsafe_members(infos: list[zipfile.ZipInfo]) -> list[Problem]:
    problems = []
    if len(infos) > MAX_FILES:
        return [Problem("(archive)", f"holds {len(infos)} files; at most {MAX_FILES} are accepted")]
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        problems.append(Problem("(archive)", f"unpacks to {total} bytes; at most {MAX_TOTAL_BYTES} are accepted"))
    for info in infos:
        name = info.filename
        pure = PurePosixPath(name.replace("\\", "/"))
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            problems.append(Problem(name, "absolute path in archive; refused"))
        elif ".." in pure.parts:
            problems.append(Problem(name, "path leaves the pack folder ('..'); refused"))
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(Problem(name, "symbolic link in archive; refused"))
        if info.file_size > MAX_FILE_BYTES:
            problems.append(Problem(name, f"file of {info.file_size} bytes; at most {MAX_FILE_BYTES} are accepted"))
        elif info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
            problems.append(Problem(name, "compression ratio too high (possible zip bomb); refused"))
    return problems


def _common_root(infos: list[zipfile.ZipInfo]) -> str:
    """An archive may hold the pack folder itself; its files are then read relative to it."""
    if any(info.filename == "pack.yaml" for info in infos):
        return ""
    roots = {info.filename.split("/", 1)[0] for info in infos}
    if len(roots) == 1 and all("/" in info.filename for info in infos):
        return roots.pop() + "/"
    return ""
