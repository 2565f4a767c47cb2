"""Health checks of both stores: integrity, sizes, counts; a damaged or stale cache is rebuilt."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db.files.paths import AtlasPaths
from db.packs.registry import content_stamp, pack_locations
from db.reference.cache import ensure_fresh, read_meta
from db.reference.schema import SCHEMA_VERSION
from db.user.backups import list_backups
from db.user.recovery import set_aside_files


@dataclass
class StoreHealth:
    name: str
    path: Path
    ok: bool
    size: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)  # what needs attention
    details: list[str] = field(default_factory=list)  # what is worth knowing
    exists: bool = True
    repaired: str = ""  # what was wrong before a repair, e.g. "it was out of date with the packs"

    @property
    def status(self) -> str:
        """One line for after any repair: 'OK', 'OK — rebuilt (…)', 'not created yet' or 'PROBLEM'."""
        if not self.exists:
            return "not created yet"
        state = "OK" if self.ok else "PROBLEM"
        return f"{state} — rebuilt ({self.repaired})" if self.repaired else state


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.is_file())


def _integrity(conn: sqlite3.Connection) -> list[str]:
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows[:10]


def _reference_damage(path: Path, meta: dict[str, str]) -> str | None:
    """What is wrong inside a cache that is current with the packs, or None."""
    try:
        conn = sqlite3.connect(path)
        try:
            damage = _integrity(conn)
            if damage:
                return "; ".join(damage)
            # Compares the full-text index with itself; raises if it is corrupt.
            conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
            # Rows lost from the entries table or the index pass both checks above: count them.
            stored = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
            indexed = conn.execute("SELECT count(*) FROM entries_fts_docsize").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    compiled = meta.get("entries")
    if compiled is None or int(compiled) != stored or indexed != stored:
        return f"it holds {stored} entries and indexes {indexed}, but {compiled or 'an unknown number'} were compiled"
    return None


def check_reference(paths: AtlasPaths, bundled: list[Path]) -> StoreHealth:
    path = paths.reference_db
    health = StoreHealth("reference store (cache)", path, ok=True)
    locations = pack_locations(paths.packs_dir, bundled)
    meta = read_meta(path)
    if meta is None:
        problem = "missing or not a reference store"
    elif meta.get("stamp") != content_stamp(locations, SCHEMA_VERSION):
        problem = "out of date with the packs"
    else:
        damage = _reference_damage(path, meta)
        problem = f"damaged: {damage}" if damage else None
    if problem:
        report = ensure_fresh(path, locations, force=True)
        health.repaired = f"it was {problem}"
        health.messages += [f"pack skipped: {s}" for s in report.skipped]
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        health.counts = dict(conn.execute("SELECT kind, count(*) FROM entries GROUP BY kind").fetchall())
        health.counts["packs"] = conn.execute("SELECT count(*) FROM packs").fetchone()[0]
        damage = _integrity(conn)
        if damage:
            health.ok = False
            health.messages.append("still damaged after rebuild: " + "; ".join(damage))
    finally:
        conn.close()
    health.size = _size(path)
    return health


def _backups_and_set_aside(paths: AtlasPaths, health: StoreHealth) -> None:
    """Count the backups, and list the notes files kept aside (damaged, replaced by a restore, too new)."""
    backups = list_backups(paths.backups_dir)
    health.counts["backups"] = len(backups)
    if backups:
        health.details.append(f"newest backup: {backups[0].path.name} in {paths.backups_dir}")
    if backups and not paths.user_db.is_file():
        health.messages.append("there is no notes file, but there are backups: restore the newest with "
                               "'partnership-atlas backup restore'")
    for aside, what in set_aside_files(paths.data_dir, paths.user_db.name):
        health.messages.append(f"kept aside: {aside.name} ({_size(aside) / 1024:.0f} KiB), {what}; "
                               "delete it once you no longer need it")


def check_user(paths: AtlasPaths) -> StoreHealth:
    path = paths.user_db
    health = StoreHealth("user store (your notes)", path, ok=True)
    _backups_and_set_aside(paths, health)
    if not path.is_file():
        health.exists = False
        return health
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            damage = _integrity(conn)
            foreign = conn.execute("PRAGMA foreign_key_check").fetchall()
            for table, label in (("notes", "notes"), ("note_revisions", "revisions"), ("note_tags", "tags"), ("bookmarks", "bookmarks"), ("comparisons", "saved comparisons")):
                health.counts[label] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            health.counts["notes in trash"] = conn.execute("SELECT count(*) FROM notes WHERE deleted IS NOT NULL").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        damage, foreign = [str(exc)], []
    if damage or foreign:
        health.ok = False
        health.messages += [f"integrity: {d}" for d in damage] + [f"broken reference in {row[0]}" for row in foreign[:10]]
        health.messages.append("the file was not changed; restore a backup or keep it for support")
    health.size = _size(path)
    return health
