"""The window over N synthetic lessons: start-up, typing, and opening the Lessons section.

The synthetic pack is installed as a user installs one (an .atlaspack file in the home's packs
folder), so a fresh process finds it. The reference store `bench_at_size` compiled is reused
instead of compiled again (minutes at 100,000 lessons): as the frozen build does with its
prebuilt cache (db/reference/cache.py, copy_prebuilt), it is copied in and stamped with the
packs it now stands for.
"""
from __future__ import annotations

import shutil
import sqlite3
import statistics
import time
from contextlib import closing
from pathlib import Path

from db import AtlasPaths, Store
from db.files.resources import bundled_pack_dirs
from db.packs.archive import write_archive
from db.packs.registry import content_stamp, installed_path, pack_locations
from db.packs.source import PackSource
from db.reference.schema import SCHEMA_VERSION
from tests.bench import gui
from tests.bench.report import figure
from tests.bench.timing import percentile

# Twelve characters each, typed one key at a time. Every synthetic lesson's title holds
# "Synthetic lesson", so the first query matches every lesson from its ninth key on, and the
# one-letter prefix s* of the second matches every lesson at its second key.
TYPED = ["synthetic le", "s* donor fun", "lesson fundi", "partnership "]


def installed_home(compiled: AtlasPaths, pack: Path, home: Path, *, pack_id: str = "synthetic") -> AtlasPaths:
    """A home with `pack` installed and the reference store of `compiled`, fresh for a new process."""
    paths = AtlasPaths.under(home)
    paths.ensure()
    archive = installed_path(paths.packs_dir, pack_id)
    write_archive(PackSource.open(pack), archive)
    shutil.copyfile(compiled.reference_db, paths.reference_db)
    stamp = content_stamp(pack_locations(paths.packs_dir, bundled_pack_dirs()), SCHEMA_VERSION)
    with closing(sqlite3.connect(paths.reference_db)) as conn, conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'stamp'", (stamp,))
        conn.execute("UPDATE packs SET origin = 'installed', location = ? WHERE id = ?", (str(archive), pack_id))
    with Store(paths) as store:
        if store.last_rebuild.rebuilt:
            raise RuntimeError(f"{paths.reference_db} was compiled again ({store.last_rebuild.reason}): the copy was not taken as fresh")
    return paths


def open_lessons(home: Path) -> tuple[float, float, int]:
    """Expand the navigator's Lessons section: ms to its rows painted, longest GUI stall, rows shown."""
    from desktop.navigator.navigator_model import TARGET_ROLE

    window, store, app = gui.open_window(home)
    stalls = gui.StallMeter(app)
    tree = window.navigator.tree
    model = tree.model()
    section = next(model.index(row, 0) for row in range(model.rowCount())
                   if model.index(row, 0).data(TARGET_ROLE) == ("section", "lesson"))
    began = time.perf_counter()
    tree.expand(section)
    gui.wait_until(lambda: model.rowCount(section) > 0 and tree.isExpanded(section))
    tree.viewport().repaint()
    took = (time.perf_counter() - began) * 1000
    gui.settle(200)  # pages fetched after the first are part of opening too
    longest = stalls.stop()
    rows = model.rowCount(section)
    gui.close_window(window, store)
    return took, longest, rows


def bench_gui_at_size(compiled: AtlasPaths, pack: Path, folder: Path, runs: int = 5) -> list[dict]:
    """Start, typing and Lessons figures for the window over the compiled store of `pack`."""
    began = time.perf_counter()
    home = installed_home(compiled, pack, folder).data_dir.parent
    prepared = time.perf_counter() - began
    main_time, bare_time, main_rss, bare_rss = gui.summarise(gui.start_figures(home, runs))
    typed = gui.type_words(home, TYPED)
    keys = [word[:n] for word in TYPED for n in range(1, len(word) + 1)]
    slowest = max(range(len(keys)), key=typed.latencies.__getitem__)
    opened, open_stall, rows = open_lessons(home)
    count = len(typed.latencies)
    return [
        figure("window at size: install the pack and copy the compiled store", prepared, "s"),
        figure(f"window at size: cold start to first paint, median of {runs} (vs bare QMainWindow)", main_time * 1000, "ms",
               bare_time * 1000, 2.5),
        figure("window at size: peak RSS (vs bare QMainWindow)", main_rss / 1024, "MiB", bare_rss / 1024, 2.5),
        figure(f"window at size: keystroke to results painted, p50 ({count} keys)", statistics.median(typed.latencies), "ms"),
        figure(f"window at size: keystroke to results painted, p95 ({count} keys)", percentile(typed.latencies, 95), "ms",
               None, 100, on_value=True),
        figure(f"window at size: keystroke to results painted, slowest ({keys[slowest]!r})", typed.latencies[slowest], "ms"),
        figure("window at size: of which after Store.search returned (the window's share), p95", percentile(typed.after_search, 95), "ms"),
        figure("window at size: longest GUI-thread stall while typing", typed.longest_stall, "ms", None, 50, on_value=True),
        figure(f"window at size: open the Lessons section, rows painted ({rows} rows fetched)", opened, "ms"),
        figure("window at size: longest GUI-thread stall opening the Lessons section", open_stall, "ms", None, 50, on_value=True),
    ]
