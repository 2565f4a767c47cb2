"""Keep reference.sqlite in step with the packs: rebuild into a new file, then swap it in."""
from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.packs.registry import PackLocation, content_stamp
from db.reference.schema import DDL, SCHEMA_VERSION


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


def ensure_fresh(path: Path, locations: list[PackLocation], *, force: bool = False) -> RebuildReport:
    stamp = content_stamp(locations, SCHEMA_VERSION)
    meta = read_meta(path)
    if force:
        reason = "rebuild requested"
    elif meta is None:
        reason = "missing or unreadable"
    elif meta.get("stamp") != stamp:
        reason = "packs changed"
    else:
        return RebuildReport(rebuilt=False)
    return rebuild(path, locations, stamp, reason)


def rebuild(path: Path, locations: list[PackLocation], stamp: str, reason: str) -> RebuildReport:
    report = RebuildReport(rebuilt=True, reason=reason)
    # Reading packs (YAML) is only needed when the cache is rebuilt, not at every start.
    from db.errors import PackError
    from db.packs.loader import load_pack
    from db.packs.model import version_key
    from db.reference.compiler import PackOrigin, compile_packs

    chosen: dict[str, PackOrigin] = {}
    for location in locations:
        try:
            pack = load_pack(location.path)
        except PackError as exc:
            report.skipped.append(f"{location.path}: {exc.problems[0] if exc.problems else exc}")
            continue
        current = chosen.get(pack.id)
        # The same pack may be both bundled and installed: the newer version wins, and an
        # installed copy wins a tie, since the user chose it.
        if current is None or version_key(pack.version) >= version_key(current.pack.version):
            chosen[pack.id] = PackOrigin(pack, location.origin, str(location.path))
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    temporary.unlink(missing_ok=True)
    conn = sqlite3.connect(temporary)
    try:
        conn.execute("PRAGMA journal_mode = OFF")
        conn.execute("PRAGMA synchronous = OFF")
        with conn:
            conn.executescript(DDL)
            compile_packs(conn, list(chosen.values()))
            conn.executemany(
                "INSERT INTO meta VALUES (?, ?)",
                [("schema_version", str(SCHEMA_VERSION)), ("stamp", stamp), ("skipped", json.dumps(report.skipped))],
            )
    finally:
        conn.close()
    os.replace(temporary, path)
    return report
