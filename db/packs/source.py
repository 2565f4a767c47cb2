"""Read the files of a pack from a folder or from a zip / .atlaspack file, refusing unsafe archives."""
from __future__ import annotations

import stat
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from db.errors import PackError
from db.packs.problems import Problem
from db.packs.registry import walk_sorted
from db.phrases import phrase

# A text pack of 100,000 lessons is far below these; an archive beyond them is refused
# before anything is extracted.
MAX_FILES = 500_000
MAX_TOTAL_BYTES = 2 * 1024**3
MAX_FILE_BYTES = 16 * 1024**2
MAX_COMPRESSION_RATIO = 100
# Stored and Deflate only: zipfile inflates bzip2 and LZMA members without a bound on the
# output, so one lying member could fill the memory. Every common zip tool writes Deflate.
_METHODS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)
_METHOD_NAMES = {zipfile.ZIP_BZIP2: "bzip2", zipfile.ZIP_LZMA: "LZMA", 9: "Deflate64", 93: "Zstandard", 99: "AES encryption"}
_ENCRYPTED = 0x1


# Archives built from a pack folder may sit inside it; macOS adds __MACOSX/ and dot-files to zips.
_NOT_CONTENT_SUFFIXES = (".atlaspack", ".zip")


def is_pack_content(relative: str) -> bool:
    """`relative` is a normalised POSIX path (as walk_sorted and member_path give them), so it
    splits into its parts without a PurePosixPath, which cost 8 % of loading 10,000 lessons."""
    parts = relative.split("/")
    return bool(relative) and not any(p.startswith(".") or p == "__MACOSX" for p in parts) and not relative.endswith(_NOT_CONTENT_SUFFIXES)


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
        raise PackError(str(location), [Problem(str(location), phrase("no such file or folder"))])

    def files(self) -> list[PackFile]:
        raise NotImplementedError


class FolderSource(PackSource):
    def files(self) -> list[PackFile]:
        found = []
        for relative, entry in walk_sorted(self.location):
            if entry.is_file() and is_pack_content(relative):
                with open(entry.path, "rb") as file:
                    found.append(PackFile(relative, file.read()))
        return found


class ZipSource(PackSource):
    def files(self) -> list[PackFile]:
        try:
            archive = zipfile.ZipFile(self.location)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as exc:
            # ValueError covers names flagged UTF-8 that are not; NotImplementedError a zip
            # format version Python cannot read.
            problem = Problem(self.location.name, phrase("not a pack archive (zip): {reason}", reason=str(exc)))
            raise PackError(self.describe, [problem]) from None
        with archive:
            infos = archive.infolist()
            problems = _unsafe_members(infos)
            if problems:
                raise PackError(self.describe, problems)
            members = [(member_path(info.filename), info) for info in infos if not info.is_dir()]
            members = [(path, info) for path, info in members if is_pack_content(path)]
            prefix = _common_root([path for path, _ in members])
            try:
                return [PackFile(path[len(prefix):], _read(archive, info)) for path, info in members]
            except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as exc:
                problem = Problem(self.location.name, phrase("damaged archive: {reason}", reason=str(exc)))
                raise PackError(self.describe, [problem]) from None


def member_path(name: str) -> str:
    """A member's path inside the pack. Zips written on Windows may separate folders with '\\',
    which Python reads as '/' on Windows only: a pack must read the same everywhere."""
    return PurePosixPath(name.replace("\\", "/")).as_posix()


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    # Never more than the declared size, which the limits bounded: a member that inflates
    # beyond it fails its CRC check instead of filling the memory.
    with archive.open(info) as member:
        return member.read(info.file_size)


def _unsafe_members(infos: list[zipfile.ZipInfo]) -> list[Problem]:
    problems = []
    if len(infos) > MAX_FILES:
        return [Problem("(archive)", phrase("holds %n file(s) and folder(s); at most {most} are accepted", None, len(infos),
                                            most=MAX_FILES))]
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        # Byte counts are values, not %n: Qt's count is a 32-bit int, and these pass 2 GB.
        problems.append(Problem("(archive)", phrase("unpacks to {total} bytes; at most {most} are accepted", total=total,
                                                    most=MAX_TOTAL_BYTES)))
    seen: set[str] = set()
    for info in infos:
        name = info.filename
        path = member_path(name)
        if not name:
            problems.append(Problem("(archive)", phrase("holds a file without a name; refused")))
            continue
        if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
            problems.append(Problem(name, phrase("absolute path in archive; refused")))
        elif ".." in PurePosixPath(path).parts:
            problems.append(Problem(name, phrase("path leaves the pack folder ('..'); refused")))
        elif path in seen and not info.is_dir():
            problems.append(Problem(name, phrase("appears twice in the archive; refused, as either copy could be read")))
        seen.add(path)
        if stat.S_ISLNK(info.external_attr >> 16):
            problems.append(Problem(name, phrase("symbolic link in archive; refused")))
        if info.flag_bits & _ENCRYPTED:
            problems.append(Problem(name, phrase("encrypted; packs cannot be encrypted, build the archive without a password")))
        elif info.compress_type not in _METHODS:
            problems.append(Problem(name, phrase("compressed with an unsupported method ({method}); build the archive with "
                                                 "ordinary Deflate compression (partnership-atlas pack build)",
                                                 method=_METHOD_NAMES.get(info.compress_type, info.compress_type))))
        if info.file_size > MAX_FILE_BYTES:
            problems.append(Problem(name, phrase("file of {size} bytes; at most {most} are accepted", size=info.file_size,
                                                 most=MAX_FILE_BYTES)))
        elif info.file_size > MAX_COMPRESSION_RATIO * max(info.compress_size, 1):
            problems.append(Problem(name, phrase("compression ratio too high (possible zip bomb); refused")))
    return problems


def _common_root(paths: list[str]) -> str:
    """An archive may hold the pack folder itself; its files are then read relative to it."""
    if "pack.yaml" in paths:
        return ""
    roots = {path.split("/", 1)[0] for path in paths}
    if len(roots) == 1 and all("/" in path for path in paths):
        return roots.pop() + "/"
    return ""
