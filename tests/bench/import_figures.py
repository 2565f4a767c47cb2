"""The import figure (issue 5): compiling a large pack, against raw `executemany` of the same rows.

The import goes through the real path (`ensure_fresh`: stamp the packs, load and validate
them, write the rows, build the indexes). The baseline takes the rows back out of the store the
import wrote, so they are the very same, and inserts them into a new file with the same tables,
the same connection settings and the same index build (db/reference/compiler.py): what is left
in the ratio is what the program adds to SQLite's own work. Loading and validating the pack is
also timed apart, as the import runs it (with the cyclic garbage collector off), to show its share.
"""
from __future__ import annotations

import gc
import sqlite3
from contextlib import closing
from pathlib import Path

from db.files.paths import AtlasPaths
from db.packs.loader import load_pack
from db.packs.registry import pack_locations
from db.reference.cache import ensure_fresh
from db.reference.compiler import build_search_index, connect_for_build
from db.reference.schema import INDEXES, TABLES
from tests.bench.report import figure
from tests.bench.timing import timed

# Every table the compiler fills, besides meta.
TABLES_FILLED = ("packs", "attributes", "entries", "links", "facets", "facet_values")


def measure(pack_dir: Path, bundled: list[Path], folder: Path) -> list[dict]:
    """Import figures for `pack_dir` compiled with the `bundled` packs.

    The store is compiled as the program compiles it into `AtlasPaths.under(folder)`, where a
    `Store` with the same packs then finds it up to date.
    """
    paths = AtlasPaths.under(folder)
    paths.ensure()
    locations = pack_locations(paths.packs_dir, [*bundled, pack_dir])
    imported = timed(lambda: ensure_fresh(paths.reference_db, locations, force=True, prebuilt=None))
    size = paths.reference_db.stat().st_size / 1e6
    baseline, entries = baseline_seconds(paths.reference_db, folder / "baseline.sqlite")
    gc.disable()
    try:
        loaded = timed(lambda: load_pack(pack_dir))
    finally:
        gc.enable()
    return [
        figure(f"import: compile the reference store, {entries} entries (vs raw executemany of the same rows, same index build)",
               imported, "s", baseline, 2.0),
        figure("load and validate the synthetic pack (part of the import, timed apart)", loaded, "s"),
        figure("reference store size", size, "MB"),
    ]


def baseline_seconds(compiled: Path, scratch: Path) -> tuple[float, int]:
    """Seconds to insert the rows of `compiled` raw into `scratch` (then deleted), and how many entries there were."""
    rows = stored_rows(compiled)
    seconds = timed(lambda: raw_insert(scratch, rows))
    scratch.unlink()
    return seconds, len(rows["entries"][1])


def stored_rows(db: Path) -> dict[str, tuple[list[str], list[tuple]]]:
    """Each table's stored columns (not the computed ones) and rows, as the import wrote them."""
    with closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        found = {}
        for table in (*TABLES_FILLED, "meta"):
            # table_xinfo's `hidden` is 0 for stored columns, 2 or 3 for generated ones.
            columns = [row[1] for row in conn.execute(f"PRAGMA table_xinfo({table})") if row[6] == 0]
            found[table] = (columns, conn.execute(f"SELECT {', '.join(columns)} FROM {table}").fetchall())
        return found


def raw_insert(db: Path, rows: dict[str, tuple[list[str], list[tuple]]]) -> None:
    db.unlink(missing_ok=True)
    with closing(connect_for_build(db)) as conn, conn:
        conn.executescript(TABLES)
        for table, (columns, values) in rows.items():
            conn.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", values)
        build_search_index(conn)
        conn.executescript(INDEXES)
