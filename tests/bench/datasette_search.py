"""Search through the published library's JSON API against raw FTS5 on the same file, same run (issue 19).

    python -m tests.bench.datasette_search [--lessons 100000] [--queries 200]

Builds a store over a synthetic pack of N lessons (tests/bench/corpus.py), publishes it as
`partnership-atlas serve` does, starts the server on a free local port and asks it each query
twice over HTTP: the ranked search (canned query `search`, 100 rows with their passages) and the
entries table's own search (`_search`, 50 rows, with its seven facets counted). The baseline is
FTS5 asked directly for the same 100 best rowids, in this process. Prints p50 and p95 of each.
"""
from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

from db import AtlasPaths, Store
from tests.bench.corpus import write_pack
from tests.bench.timing import percentile, timed

ROOT = Path(__file__).resolve().parents[2]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lessons", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder:
        home = Path(folder) / "home"
        pack = write_pack(Path(folder) / "pack", args.lessons)
        with Store(AtlasPaths.under(home)) as store:
            store.import_pack(pack)
        env = {**os.environ, "PARTNERSHIP_ATLAS_HOME": str(home)}
        server = subprocess.Popen([sys.executable, "-m", "desktop", "serve", "--port", "0"], cwd=ROOT, env=env,
                                  stdout=subprocess.PIPE, text=True)
        try:
            base = server.stdout.readline().split()[3]
            library = AtlasPaths.under(home).cache_dir / "published" / "library.db"
            queries = query_words(library, args.queries)
            conn = sqlite3.connect(f"{library.as_uri()}?mode=ro", uri=True)
            raw = [timed(lambda q=q: conn.execute("SELECT rowid FROM entries_fts WHERE entries_fts MATCH ? ORDER BY rank "
                                                  "LIMIT 100", (q,)).fetchall()) * 1000 for q in queries]
            ranked = [timed(lambda q=q: fetch(base, "library/search.json", words=q, _shape="array")) * 1000 for q in queries]
            table = [timed(lambda q=q: fetch(base, "library/entries.json", _search=q, _size=50)) * 1000 for q in queries]
        finally:
            server.terminate()
            server.wait(timeout=30)
    for name, samples in (("raw FTS5 (100 best rowids)", raw), ("ranked search, JSON API", ranked),
                          ("table search with 7 facets, JSON API", table)):
        print(f"{name}: p50 {percentile(samples, 50):.1f} ms, p95 {percentile(samples, 95):.1f} ms, "
              f"p95 ratio to raw FTS5 {percentile(samples, 95) / percentile(raw, 95):.1f}")
    print(f"{args.lessons:,} lessons, {len(queries)} queries, each asked once of each")
    return 0


def query_words(library: Path, count: int) -> list[str]:
    """One or two words of the library's own as people type them, from common to rare, in a fixed order."""
    conn = sqlite3.connect(library)
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, entries_fts, 'row')")
        terms = [term for term, in conn.execute("SELECT term FROM temp.vocab WHERE length(term) >= 4 AND term GLOB '[a-z]*' "
                                                "ORDER BY doc DESC")]
    finally:
        conn.close()
    step = max(1, len(terms) // count)
    picked = terms[::step][:count]
    return [f"{word} {terms[index % 50]}" if index % 3 == 0 else word for index, word in enumerate(picked)]


def fetch(base: str, path: str, **params) -> object:
    with urllib.request.urlopen(f"{base}{path}?{urllib.parse.urlencode(params)}", timeout=60) as response:
        return json.loads(response.read())


if __name__ == "__main__":
    raise SystemExit(main())
