"""Does search put first what a delegate is looking for? Judged queries on the bundled pack.

    python -m tests.bench.relevance [--json] [--show]

tests/bench/relevance_queries.yaml holds queries a delegate types (other word forms, natural
phrasing, typos, acronyms, accents, half-remembered titles), each with the entries that should
come first, judged from the pack's text. For each: the rank of the first of those entries in
`Store.search`'s first ten, and in plain FTS5 run on the same entries in the same process (the
unicode61 tokenizer, every word of the query required, bm25 with the title weighted as the store
weights it) as the baseline. It prints MRR@10 (the mean of 1/rank, 0 when none is in the first
ten) and hits@3 (the share of queries with one in the first three) for both.
"""
from __future__ import annotations

import argparse
import json
import re
import sqlite3
import sys
import tempfile
from pathlib import Path

import yaml

from db import AtlasPaths, Store
from db.files.resources import bundled_pack_dirs

QUERIES = Path(__file__).with_name("relevance_queries.yaml")
PACK = "working-in-partnership"
DEPTH = 10
TARGETS = {"mrr": 0.9, "hits3": 0.9}


def judged() -> list[dict]:
    return yaml.safe_load(QUERIES.read_text(encoding="utf-8"))


def baseline(store: Store) -> sqlite3.Connection:
    """The same entries in a plain FTS5 table: unicode61 as it comes, title and text, bm25 with the store's title weight."""
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE VIRTUAL TABLE plain USING fts5(uid UNINDEXED, title, text, tokenize = 'unicode61')")
    rows = store.reference.execute("SELECT uid, title, text || ' ' || keywords FROM entries").fetchall()
    conn.executemany("INSERT INTO plain VALUES (?, ?, ?)", rows)
    return conn


def plain_search(conn: sqlite3.Connection, query: str) -> list[str]:
    words = re.findall(r"\w+", query)
    if not words:
        return []
    expression = " AND ".join('"' + word + '"' for word in words)
    return [uid for (uid,) in conn.execute("SELECT uid FROM plain WHERE plain MATCH ? ORDER BY bm25(plain, 0, 10.0, 1.0) LIMIT ?",
                                           (expression, DEPTH))]


def first_relevant(found: list[str], relevant: list[str]) -> int | None:
    wanted = {f"{PACK}/{entry}" for entry in relevant}
    return next((rank for rank, uid in enumerate(found[:DEPTH], start=1) if uid in wanted), None)


def measure() -> dict:
    rows = []
    with tempfile.TemporaryDirectory() as folder, Store(AtlasPaths.under(Path(folder)), bundled=bundled_pack_dirs()) as store:
        plain = baseline(store)
        for item in judged():
            results = store.search(item["query"], limit=DEPTH, facets=False)
            ours = first_relevant([hit.uid for hit in results.hits], item["relevant"])
            theirs = first_relevant(plain_search(plain, item["query"]), item["relevant"])
            rows.append({"query": item["query"], "why": item.get("why", ""), "relevant": item["relevant"], "rank": ours,
                         "baseline_rank": theirs, "top": [hit.uid.split("/", 1)[-1] for hit in results.hits[:3]],
                         "showing": results.showing, "closest": results.closest})
    count = len(rows)

    def score(key: str) -> dict:
        ranks = [row[key] for row in rows]
        return {"mrr": sum(1 / rank for rank in ranks if rank) / count, "hits3": sum(1 for rank in ranks if rank and rank <= 3) / count}

    return {"queries": count, "search": score("rank"), "baseline": score("baseline_rank"), "rows": rows}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.relevance")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--show", action="store_true", help="list every query with the rank of its first relevant entry")
    args = parser.parse_args(argv)
    found = measure()
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 0
    if args.show:
        for row in found["rows"]:
            mark = "  " if row["rank"] and row["rank"] <= 3 else "!!"
            print(f"{mark} {row['rank'] or '-':>2} (plain {row['baseline_rank'] or '-':>2})  {row['query']:<42} "
                  f"{row['why']:<28} want {','.join(row['relevant'])}; got {','.join(row['top'])}")
        print()
    ours, plain = found["search"], found["baseline"]
    print(f"{found['queries']} judged queries on the bundled pack")
    for name, label in (("mrr", "MRR@10"), ("hits3", "hits@3")):
        ok = "met" if ours[name] >= TARGETS[name] else "NOT MET"
        print(f"{label}: search {ours[name]:.3f}, plain FTS5 {plain[name]:.3f} (target ≥ {TARGETS[name]}: {ok})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
