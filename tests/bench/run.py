"""Benchmarks, each against a baseline measured in the same run.

    python -m tests.bench.run [--queries N] [--json]
    python -m tests.bench.run --lessons N [--queries N] [--json]

- search: Store.search (snippets and facets included) over a query mix on the bundled pack,
  against raw FTS5 `MATCH ... ORDER BY rank LIMIT 50` with snippet() on the same database.
  With --lessons N: on the bundled pack plus a synthetic pack of N lessons (tests/bench/corpus.py)
  generated into a temporary folder, with the time to generate and compile it and the store's size;
  the window's start, typing and Lessons figures run over that store (tests/bench/gui_at_size.py).
- cli start: `partnership-atlas search independence` from process start to exit, against
  `python -c "import sqlite3"`.
- window start: cold start to first paint and peak RSS, against a bare PySide6 QMainWindow.
- typing: keystroke to results painted in the real search box, and the longest GUI stall.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

from db import AtlasPaths, Store
from db.files.resources import bundled_pack_dirs
from db.search.query import parse
from tests.bench import corpus, gui, gui_at_size, import_figures, workloads
from tests.bench.queries import query_mix
from tests.bench.report import figure, machine as machine_line, print_figures
from tests.bench.timing import median_process_time, percentile, timed


def bench_search(store: Store, count: int) -> list[dict]:
    queries = query_mix(store.reference, count)
    raw = sqlite3.connect(f"file:{store.paths.reference_db}?mode=ro", uri=True)
    raw_sql = ("SELECT e.uid, snippet(entries_fts, 1, '[', ']', '…', 24) FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid "
               "WHERE entries_fts MATCH ? ORDER BY rank LIMIT 50")
    ours, base = [], []
    for query in queries * 3:  # three passes: the first warms caches, all are kept
        expression = parse(query).match_expression() or '""'
        base.append(timed(lambda: raw.execute(raw_sql, (expression,)).fetchall()) * 1000)
        ours.append(timed(lambda: store.search(query, limit=50)) * 1000)
    raw.close()
    return [
        figure("search p50 (Store.search vs raw FTS5)", statistics.median(ours), "ms", statistics.median(base)),
        figure("search p95 (Store.search vs raw FTS5)", percentile(ours, 95), "ms", percentile(base, 95), 1.3),
    ]


def bench_cli_start(home: Path, runs: int) -> list[dict]:
    env = {**gui.bytecode_cached(os.environ), "PARTNERSHIP_ATLAS_HOME": str(home)}
    ours = median_process_time([sys.executable, "-m", "desktop", "search", "independence"], runs, env)
    base = median_process_time([sys.executable, "-c", "import sqlite3"], runs, env)
    return [figure("cli cold start: search independence (vs python -c 'import sqlite3')", ours * 1000, "ms", base * 1000)]


TYPED = ["independence", "donor support", "funding", "auxiliary role", "partnership", "icrc", "results for the vulnerable"]


def bench_window(home: Path, runs: int) -> list[dict]:
    main_time, bare_time, main_rss, bare_rss = gui.summarise(gui.start_figures(home, runs))
    first_latency, first_stall = gui.first_key(home)  # first: nothing of the window is loaded in this process yet
    latencies, stall = gui.typing_latencies(home, TYPED)
    return [
        figure(f"window cold start to first paint, median of {runs} (vs bare QMainWindow)", main_time * 1000, "ms", bare_time * 1000, 2.0),
        figure("window peak RSS (vs bare QMainWindow)", main_rss / 1024, "MiB", bare_rss / 1024, 2.0),
        figure(f"keystroke to results painted, p50 ({len(latencies)} keys)", statistics.median(latencies), "ms"),
        figure(f"keystroke to results painted, p95 ({len(latencies)} keys)", percentile(latencies, 95), "ms", None, 50, on_value=True),
        figure("longest GUI-thread stall while typing", stall, "ms", None, 50, on_value=True),
        figure("a key typed the moment the window is up: results painted", first_latency, "ms"),
        figure("a key typed the moment the window is up: longest GUI-thread stall", first_stall, "ms"),
    ]


NOTES = 10_000


def bench_at_size(folder: Path, lessons: int, queries: int) -> list[dict]:
    """Search over the bundled pack plus a synthetic pack of `lessons` lessons, compiled in place."""
    pack = folder / "synthetic"
    generated = timed(lambda: corpus.write_pack(pack, lessons))
    paths = AtlasPaths.under(folder / "home")
    imported = import_figures.measure(pack, bundled_pack_dirs(), folder / "home")
    with Store(paths, bundled=[*bundled_pack_dirs(), pack]) as store:
        figures = [figure(f"generate {lessons} synthetic lessons (tests/bench/corpus.py)", generated, "s"), *imported]
        figures += bench_search(store, queries)
        figures += workloads.bench_comparison(store, [f"synthetic/model-{n:02d}" for n in range(6)])
        figures += gui_at_size.bench_gui_at_size(paths, pack, folder / "window")
        lessons_uids = [entry.uid for entry in store.entries(kind="lesson", pack="synthetic")[:1000]]
        return figures + workloads.bench_notes(store, NOTES, lessons_uids)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.run")
    parser.add_argument("--queries", type=int, default=None, help="distinct queries (100, or 200 with --lessons)")
    parser.add_argument("--lessons", type=int, default=None, help="search a synthetic pack of this many lessons too")
    parser.add_argument("--runs", type=int, default=7, help="process starts per timing")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    args.queries = args.queries or (200 if args.lessons else 100)
    with tempfile.TemporaryDirectory() as folder:
        if args.lessons:
            figures = bench_at_size(Path(folder), args.lessons, args.queries)
        else:
            with Store(AtlasPaths.under(Path(folder))) as store:
                figures = bench_search(store, args.queries)
            figures += bench_cli_start(Path(folder), args.runs)
            figures += bench_window(Path(folder), min(args.runs, 5))
    machine = machine_line(f" · SQLite {sqlite3.sqlite_version}")
    if args.json:
        print(json.dumps({"machine": machine, "queries": args.queries, "lessons": args.lessons, "figures": figures}, indent=2))
        return 0
    print_figures(machine, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
