"""Keep reference.sqlite in step with the packs: rebuild into a new file, then swap it in.

A frozen build ships the bundled packs already compiled (`PREBUILT_REFERENCE`, made by
build.spec through `write_prebuilt`); when only those packs are in use, the first start copies
that file instead of parsing every pack.
"""
from __future__ import annotations

import gc
import json
import os
import shutil
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from db.files.resources import PREBUILT_REFERENCE
from db.files.sqlite_damage import header_damage, page_damage
from db.packs.registry import PackLocation, content_stamp
from db.reference.schema import SCHEMA_VERSION, TABLES

if TYPE_CHECKING:
    from db.packs.model import Pack

PREBUILT_REASON = "copied prebuilt cache"
# SQLite's quick check reads every page: about 1 ms for the bundled pack's cache (0.7 MB), 20 ms
# at this size. Larger caches (100 MB for 10,000 lessons) would slow every start.
QUICK_CHECK_LIMIT = 8 * 1024 * 1024


@dataclass
class RebuildReport:
    rebuilt: bool
    reason: str = ""
    skipped: list[str] = field(default_factory=list)  # packs that could not be loaded, with why


def read_meta(path: Path) -> dict[str, str] | None:
    """The cache's metadata, or None if the file is missing or not a usable reference store."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(conn.execute("SELECT key, value FROM meta").fetchall())
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        return None


def cache_damage(path: Path) -> str | None:
    """Damage cheap enough to look for at every start: a cut-short file at any size, damaged pages
    only in a cache of at most QUICK_CHECK_LIMIT bytes (`doctor` checks a larger one in full)."""
    found = header_damage(path)
    if found or path.stat().st_size > QUICK_CHECK_LIMIT:
        return found
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return page_damage(conn)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)


def ensure_fresh(path: Path, locations: list[PackLocation], *, force: bool = False,
                 prebuilt: Path | None = PREBUILT_REFERENCE, loaded: dict[Path, Pack] | None = None) -> RebuildReport:
    """Rebuild the cache if it is missing or the packs changed; `prebuilt` is tried first unless forced.

    `loaded` holds packs already read and validated from their location (an install has just
    done so), which a rebuild then takes as they are instead of reading them again.
    """
    stamp = content_stamp(locations, SCHEMA_VERSION)
    meta = read_meta(path)
    if force:
        reason = "rebuild requested"
    elif meta is None:
        reason = "missing or unreadable"
    elif meta.get("stamp") != stamp:
        reason = "packs changed"
    else:
        damage = cache_damage(path)
        if damage is None:
            return RebuildReport(rebuilt=False)
        reason = f"damaged: {damage}"
    # A forced rebuild (doctor) compiles from the packs: it must not trust any copy.
    copied = None if force or prebuilt is None else copy_prebuilt(path, locations, prebuilt, stamp)
    return copied or rebuild(path, locations, stamp, reason, loaded=loaded)


def bundled_fingerprint(locations: list[PackLocation]) -> str:
    """Every file's path (relative to its pack folder) and bytes: equal wherever the folders were copied."""
    import hashlib  # at a frozen build's first start only: not at every start

    digest = hashlib.sha256()
    for location in locations:
        digest.update(f"pack {location.path.name}\n".encode())
        for file in sorted(p for p in location.path.rglob("*") if p.is_file()):
            digest.update(file.relative_to(location.path).as_posix().encode() + b"\0" + hashlib.sha256(file.read_bytes()).digest())
    return digest.hexdigest()


def write_prebuilt(path: Path, bundled_dirs: list[Path]) -> RebuildReport:
    """At build time: compile the bundled packs into `path`, marked with what they were compiled from."""
    locations = [PackLocation(Path(folder), "bundled") for folder in bundled_dirs]
    return rebuild(path, locations, "prebuilt", "prebuilt for a frozen build",
                   extra_meta={"bundled_fingerprint": bundled_fingerprint(locations)})


def copy_prebuilt(path: Path, locations: list[PackLocation], prebuilt: Path, stamp: str) -> RebuildReport | None:
    """Install `prebuilt` as the cache when it was compiled from exactly these bundled packs, else None.

    Any installed pack, an edited bundled file or a schema change means compiling as usual.
    """
    if not locations or any(loc.origin != "bundled" or not loc.path.is_dir() for loc in locations):
        return None
    meta = read_meta(prebuilt)
    if (meta is None or meta.get("schema_version") != str(SCHEMA_VERSION)
            or meta.get("bundled_fingerprint") != bundled_fingerprint(locations)):
        return None
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    here = {location.path.name: str(location.path) for location in locations}
    try:
        shutil.copyfile(prebuilt, temporary)
        conn = sqlite3.connect(temporary)
        try:
            with conn:
                conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", (stamp,))
                # The packs were compiled on the build machine: name the folders they are read from here.
                for pack_id, built_at in conn.execute("SELECT id, location FROM packs").fetchall():
                    conn.execute("UPDATE packs SET location = ? WHERE id = ?", (here.get(PurePath(built_at).name, built_at), pack_id))
        finally:
            conn.close()
    except sqlite3.DatabaseError:
        temporary.unlink(missing_ok=True)
        return None  # a damaged copy: compiling the packs still works
    os.replace(temporary, path)
    return RebuildReport(rebuilt=True, reason=PREBUILT_REASON, skipped=json.loads(meta.get("skipped", "[]")))


def rebuild(path: Path, locations: list[PackLocation], stamp: str, reason: str, *,
            extra_meta: dict[str, str] | None = None, loaded: dict[Path, Pack] | None = None) -> RebuildReport:
    report = RebuildReport(rebuilt=True, reason=reason)
    # Reading packs (YAML) is only needed when the cache is rebuilt, not at every start.
    from db.errors import PackError
    from db.packs.loader import load_pack
    from db.packs.model import version_key
    from db.reference.compiler import PackOrigin, compile_packs, connect_for_build

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    # Loading makes millions of small objects (fields, links, rows) and frees few of them before
    # the end, so the cyclic garbage collector would walk them over and over to find nothing:
    # loading 100,000 lessons took 17.9 s with it, 12.4 s without. (Mercurial parses its
    # dirstate with the collector off for the same reason.)
    collecting = gc.isenabled()
    gc.disable()
    try:
        chosen: dict[str, PackOrigin] = {}
        for location in locations:
            try:
                pack = (loaded or {}).get(location.path) or load_pack(location.path)
            except PackError as exc:
                report.skipped.append(f"{location.path}: {exc.problems[0] if exc.problems else exc}")
                continue
            current = chosen.get(pack.id)
            # The same pack may be both bundled and installed: the newer version wins, and an
            # installed copy wins a tie, since the user chose it.
            if current is None or version_key(pack.version) >= version_key(current.pack.version):
                chosen[pack.id] = PackOrigin(pack, location.origin, str(location.path))
        conn = connect_for_build(temporary)
        try:
            with conn:
                conn.executescript(TABLES)
                compile_packs(conn, list(chosen.values()))
                conn.executemany(
                    "INSERT INTO meta VALUES (?, ?)",
                    [("schema_version", str(SCHEMA_VERSION)), ("stamp", stamp), ("skipped", json.dumps(report.skipped)),
                     *(extra_meta or {}).items()],
                )
        finally:
            conn.close()
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)  # a store that was not put in place is never kept (it can be a gigabyte)
        raise
    finally:
        if collecting:
            gc.enable()
    return report
