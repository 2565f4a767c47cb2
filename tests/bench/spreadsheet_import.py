"""Importing a spreadsheet export of lessons, against a raw load of the same rows measured in the same run.

    python -m tests.bench.spreadsheet_import [--rows 10000] [--runs 3] [--json]

The file is a generated CSV (semicolons, UTF-8 with BOM, quoted multi-line cells, dates in
several formats, case variants of facet values, a few blank and duplicate rows).
- import: `Store.import_lessons` on a store holding the bundled pack: read, clean, compare,
  write and validate the pack, install it, and rebuild the reference cache (bundled pack included).
- baseline: the csv module reads the same file, raw `executemany` inserts one row per lesson
  into `entries` and one per facet value into `facets` of an empty reference store, and its
  search and table indexes are built as the compiler builds them.
- re-import: the same file with one row in ten changed and one in fifty removed.
Each is run three times (--runs), alternating with the baseline; the target is checked on the
best of each. `measure(rows)` returns the figures for tests/bench/run.py.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

from db import AtlasPaths, Store
from db.reference.compiler import build_search_index, connect_for_build
from db.reference.schema import INDEXES, TABLES
from tests.bench.corpus import REGIONS, SECTORS, vocabulary
from tests.bench.report import figure, print_figures
from tests.bench.report import machine as machine_line

HEADERS = ["ID", "Title", "Lesson learned", "Type", "Country", "Region", "Sector", "Hazard", "Date", "Source"]
COUNTRIES = ["Kenya", "Uganda", "Nepal", "Bangladesh", "Colombia", "Haiti", "Lebanon", "Ukraine", "Philippines", "Mozambique"]
HAZARDS = ["Flood", "Drought", "Earthquake", "Cyclone", "Epidemic", "Population movement", "Conflict"]
TARGET_RATIO = 3.0


def write_csv(path: Path, rows: int, *, seed: int = 11, change_every: int = 0, drop_every: int = 0) -> None:
    """A messy export of `rows` lessons; `change_every`/`drop_every` alter or leave out every n-th lesson."""
    rng = random.Random(seed)
    words = vocabulary(5_000, rng)
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADERS)
        for n in range(rows):
            text = " ".join(rng.choices(words, k=rng.randint(20, 150)))
            if n % 7 == 0:
                text = text.replace(" ", "\n", 1)  # a quoted cell with a line break
            if change_every and n % change_every == 0:
                text += " (revised)"
            year = rng.randint(1995, 2025)
            month, day = rng.randint(1, 12), rng.randint(1, 28)
            dates = (f"{year}-{month:02d}-{day:02d}", f"{day:02d}/{month:02d}/{year}", f"{day:02d}-{month:02d}-{year}",
                     str((year - 1900) * 365 + 2))
            country = rng.choice(COUNTRIES)
            row = [f"LL-{n:06d}", " ".join(rng.choices(words, k=rng.randint(3, 8))), text,
                   rng.choice(["Lesson", "lesson", "Challenge"]), country.lower() if n % 13 == 0 else country,
                   rng.choice(REGIONS), rng.choice(SECTORS), rng.choice(HAZARDS), rng.choice(dates), f"Report {n // 50}"]
            if not (drop_every and n % drop_every == 1):
                writer.writerow(row)
            if n % 500 == 0:
                writer.writerow([""] * len(HEADERS))
                writer.writerow(row)  # a duplicate


def raw_load(csv_path: Path, database: Path) -> float:
    """Seconds to read `csv_path` with the csv module, insert its rows with executemany and index them as the store does."""
    conn = connect_for_build(database)
    conn.executescript(TABLES)
    began = time.perf_counter()
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        rows = [row for row in csv.reader(handle, delimiter=";") if any(row)][1:]
    with conn:
        conn.executemany(
            "INSERT INTO entries (uid, pack, id, kind, title, summary, markdown, data, file, text_before, text_after, keywords, names) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
            ((f"raw/{n}", "raw", str(n), "lesson", r[1], r[2], r[2], "{}", "", "", "", " ".join(r[4:8]), "") for n, r in enumerate(rows)))
        conn.executemany(
            "INSERT INTO facets VALUES (?,?,?,?,?)",
            ((f"raw/{n}", name, value, value, value.lower()) for n, r in enumerate(rows)
             for name, value in (("kind", "lesson"), ("pack", "raw"), ("language", "und"), ("source", "spreadsheet"),
                                 ("type", r[3]), ("country", r[4]), ("region", r[5]), ("sector", r[6]), ("hazard", r[7]),
                                 ("year", r[8][-4:]))))
        build_search_index(conn)
        conn.executescript(INDEXES)
    elapsed = time.perf_counter() - began
    conn.close()
    return elapsed


def measure(rows: int = 10_000, runs: int = 3) -> list[dict]:
    """Best and median of `runs` alternating runs of each: on a shared machine single runs move by 30 % and more."""
    baselines, imports, reimports = [], [], []
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        first, second = root / "lessons.csv", root / "lessons-next.csv"
        write_csv(first, rows)
        write_csv(second, rows, change_every=10, drop_every=50)
        for run in range(runs):
            baselines.append(raw_load(first, root / f"raw-{run}.sqlite"))
            with Store(AtlasPaths.under(root / f"home-{run}")) as store:
                began = time.perf_counter()
                report = store.import_lessons(first, pack_id="bench")
                imports.append(time.perf_counter() - began)
                began = time.perf_counter()
                second_report = store.import_lessons(second, pack_id="bench")
                reimports.append(time.perf_counter() - began)
    counts, again = report.counts, second_report.counts
    changes = f"{again['updated']} updated, {again['removed']} removed, {again['unchanged']} unchanged"
    return [
        figure(f"import {rows} CSV rows, best of {runs} (vs csv module + raw executemany, best of {runs})",
               min(imports), "s", min(baselines), TARGET_RATIO),
        figure(f"import {rows} CSV rows, median of {runs} (vs the same baseline, median)",
               statistics.median(imports), "s", statistics.median(baselines)),
        figure(f"import rate, best of {runs} ({counts['imported']} lessons, {counts['skipped']} duplicate rows skipped)",
               rows / min(imports), "rows/s"),
        figure(f"re-import of a changed export ({changes}), best of {runs}", min(reimports), "s", min(baselines), TARGET_RATIO),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.spreadsheet_import")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3, help="alternating runs of the import and the baseline")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.rows, args.runs)
    machine = machine_line(f" · SQLite {sqlite3.sqlite_version}")
    if args.json:
        print(json.dumps({"machine": machine, "rows": args.rows, "figures": figures}, indent=2))
    else:
        print_figures(machine, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
