"""Which packs exist for this user: the bundled folders plus installed .atlaspack files."""
from __future__ import annotations

import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACK_SUFFIX = ".atlaspack"
STAMP_LISTING_LIMIT = 64 * 1024
"""Characters of pack listing kept as the stamp itself; past this, its SHA-256 stands for it."""


@dataclass(frozen=True)
class PackLocation:
    path: Path
    origin: str  # bundled | installed


def pack_locations(packs_dir: Path, bundled_dirs: list[Path]) -> list[PackLocation]:
    found = [PackLocation(Path(p), "bundled") for p in bundled_dirs]
    if packs_dir.is_dir():
        found += [PackLocation(p, "installed") for p in sorted(packs_dir.glob(f"*{PACK_SUFFIX}")) if p.is_file()]
    return found


def installed_path(packs_dir: Path, pack_id: str) -> Path:
    return packs_dir / f"{pack_id}{PACK_SUFFIX}"


def walk_sorted(folder: Path | str, prefix: str = "") -> Iterator[tuple[str, os.DirEntry]]:
    """Everything under `folder` with its POSIX path relative to it, in the order of
    sorted(folder.rglob("*")) (a folder, then what it holds); a fraction of the cost of building
    and sorting a Path for each of 100,000 lesson files. A folder that cannot be listed is skipped."""
    try:
        with os.scandir(folder) as listing:
            entries = sorted(listing, key=lambda entry: entry.name)
    except OSError:
        return
    for entry in entries:
        yield prefix + entry.name, entry
        if entry.is_dir():
            yield from walk_sorted(entry.path, f"{prefix}{entry.name}/")


def content_stamp(locations: list[PackLocation], schema_version: int) -> str:
    """Changes whenever any pack file is added, removed or modified; costs one stat per file.

    The stamp is the listing itself while it is short (the bundled pack's is about 12 KB), compared
    exactly: hashing it would load OpenSSL, a few milliseconds of every start. A longer listing
    (a folder of thousands of lessons) is kept as its SHA-256, which a listing never equals.
    """
    files = []
    for location in locations:
        paths = [location.path] if location.path.is_file() else [entry.path for _, entry in walk_sorted(location.path)]
        for path in paths:
            try:
                info = os.stat(path)
            except OSError:
                continue
            # ctime and inode change when a file is replaced, even by one of the same size and mtime.
            files.append([location.origin, str(path), info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino])
    listing = json.dumps({"schema": schema_version, "files": files}, ensure_ascii=False)
    if len(listing) <= STAMP_LISTING_LIMIT:
        return listing
    import hashlib

    return hashlib.sha256(listing.encode()).hexdigest()


def installed_listing(packs_dir: Path) -> tuple:
    """The installed pack files with their sizes and modification times: changes when any is added,
    updated (written anew, then renamed into place) or removed."""
    try:
        entries = [entry for entry in os.scandir(packs_dir) if entry.name.endswith(PACK_SUFFIX)]
    except OSError:
        return ()
    listing = []
    for entry in sorted(entries, key=lambda e: e.name):
        try:
            info = entry.stat()
        except OSError:
            continue  # removed while listed: the next look sees it gone
        listing.append((entry.name, info.st_size, info.st_mtime_ns, info.st_ino))
    return tuple(listing)
