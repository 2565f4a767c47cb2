"""Backup figures for a 10,000-note store (issue 6), each against a baseline from the same run.

    python -m tests.bench.backup [--notes N] [--runs N] [--json]

- backup: `Store.backup_now` (online backup API into a new file synced to disk, PRAGMA
  integrity_check of the copy, rename, rotation) against a plain file copy (shutil.copyfile) of
  the same store, closed; and, for comparison, that copy synced to disk.
- the check at start: `Store.backup_if_due` when nothing changed, which reads two counters.
- opening the store: `open_user_db` (header check, newer-version check, PRAGMA quick_check,
  WAL) against sqlite3.connect with the same PRAGMAs and no checks.

The notes are written in one transaction with the rows NotesRepository writes (note, two
revisions, tags, search row), bodies of 300-700 characters: saving them one by one through
Store takes over a minute at this size and measures nothing about backups.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import statistics
import tempfile
import uuid
from pathlib import Path

from db import AtlasPaths, Store
from db.user.backups import utc_now
from db.user.connection import open_user_db
from tests.bench.report import figure, machine, print_figures
from tests.bench.timing import timed
from tests.bench.workloads import WORDS


def write_notes(store: Store, count: int) -> None:
    conn = store.user_connection()
    uids = [entry.uid for entry in store.entries(kind="lesson")]
    stamp = utc_now().isoformat()
    with conn:
        for n in range(count):
            note_id = str(uuid.uuid4())
            body = " ".join(WORDS[(n * k) % len(WORDS)] for k in range(40 + n % 60))
            tags = [WORDS[n % 3], WORDS[n % 7]]
            conn.execute("INSERT INTO notes (id, title, body, target_kind, target, created, updated) VALUES (?,?,?,?,?,?,?)",
                         (note_id, f"Note {n}", body, "entry", uids[n % len(uids)], stamp, stamp))
            conn.executemany("INSERT OR IGNORE INTO note_tags VALUES (?,?)", [(note_id, tag) for tag in tags])
            conn.executemany("INSERT INTO note_revisions (note_id, title, body, tags, saved) VALUES (?,?,?,?,?)",
                             [(note_id, f"Note {n}", text, json.dumps(tags), stamp) for text in (body[:100], body)])
            conn.execute("INSERT INTO notes_fts VALUES (?,?,?,?)", (note_id, f"Note {n}", body, " ".join(tags)))


def measure(notes: int = 10_000, runs: int = 5) -> list[dict]:
    with tempfile.TemporaryDirectory(prefix="atlas-bench-backup-") as folder:
        paths = AtlasPaths.under(Path(folder))
        with Store(paths) as store:
            write_notes(store, notes)
        size_mb = paths.user_db.stat().st_size / 1e6

        copies, synced = [], []
        for n in range(runs):
            target = Path(folder) / f"copy-{n}.sqlite"
            copies.append(timed(lambda target=target: shutil.copyfile(paths.user_db, target)) * 1000)
            target.unlink()
            synced.append(timed(lambda target=target: _durable_copy(paths.user_db, target)) * 1000)
            target.unlink()

        opened, bare = [], []
        for _ in range(runs):
            opened.append(timed(lambda: open_user_db(paths.user_db).close()) * 1000)
            bare.append(timed(lambda: _open_without_checks(paths.user_db)) * 1000)

        with Store(paths) as store:
            store.user_connection()
            backups = [timed(store.backup_now) * 1000 for _ in range(runs)]
            unchanged = [timed(store.backup_if_due) * 1000 for _ in range(runs)]
        return [
            figure(f"backup of a {notes:,}-note store ({size_mb:.1f} MB): backup API, integrity check, rename, "
                   f"rotation, median of {runs} (baseline: file copy of the closed store)",
                   statistics.median(backups), "ms", statistics.median(copies)),
            figure(f"for comparison: file copy of the closed store synced to disk (fsync), median of {runs}",
                   statistics.median(synced), "ms"),
            figure(f"backup_if_due with nothing changed, median of {runs}", statistics.median(unchanged), "ms"),
            figure(f"open the {notes:,}-note store with its damage checks (quick_check), median of {runs} "
                   "(baseline: the same connection without checks)",
                   statistics.median(opened), "ms", statistics.median(bare)),
        ]


def _durable_copy(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    with target.open("rb+") as file:
        os.fsync(file.fileno())


def _open_without_checks(path: Path) -> None:
    conn = sqlite3.connect(path, check_same_thread=False, timeout=10)
    for pragma in ("journal_mode = WAL", "foreign_keys = ON", "synchronous = NORMAL"):
        conn.execute(f"PRAGMA {pragma}")
    conn.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.backup")
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(args.notes, args.runs)
    if args.json:
        print(json.dumps({"machine": machine(), "notes": args.notes, "figures": figures}, indent=2))
    else:
        print_figures(machine(), figures)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
