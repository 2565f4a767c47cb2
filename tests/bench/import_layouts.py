"""How well a lessons import reads real exports' layouts with no mapping (issue 13's figures).

    python -m tests.bench.import_layouts [--seeds 7 1 2] [--json]

For every layout of tests/spreadsheets/layouts.py, written once per seed: whether the column
chosen as the text is the right one, whether every expected column is, and the rows a dry-run
import keeps against the rows with a distinct non-empty text that fit the header.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from db import AtlasPaths, Store
from db.spreadsheets.importer import read
from tests.spreadsheets.layouts import write_all


def measure(seeds: list[int]) -> dict:
    rows = []
    with tempfile.TemporaryDirectory() as folder, Store(AtlasPaths.under(Path(folder) / "home")) as store:
        for seed in seeds:
            for layout in write_all(Path(folder) / str(seed), seed=seed):
                mapping = read(layout.path)[1]
                report = store.import_lessons(layout.path, dry_run=True)
                rows.append({"seed": seed, "layout": layout.name, "file": layout.path.name, "rows": layout.rows,
                             "text_right": mapping.columns.get("text") == layout.expected["text"],
                             "all_right": all(mapping.columns.get(k) == v for k, v in layout.expected.items()),
                             "kept": report.lessons, "distinct": layout.keep})
    return {
        "layouts": rows,
        "text_right": sum(r["text_right"] for r in rows), "all_right": sum(r["all_right"] for r in rows), "files": len(rows),
        "kept": sum(r["kept"] for r in rows), "distinct": sum(r["distinct"] for r in rows),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.import_layouts")
    parser.add_argument("--seeds", type=int, nargs="+", default=[7, 1, 2])
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    found = measure(args.seeds)
    if args.json:
        print(json.dumps(found, indent=2))
        return 0
    print(f"{'layout':22} {'seed':>4} {'rows':>5} {'text':>5} {'all':>4} {'kept':>5} {'distinct':>8}")
    for row in found["layouts"]:
        print(f"{row['layout']:22} {row['seed']:>4} {row['rows']:>5} {'yes' if row['text_right'] else 'NO':>5} "
              f"{'yes' if row['all_right'] else 'NO':>4} {row['kept']:>5} {row['distinct']:>8}")
    files = found["files"]
    print(f"\ntext column right with no mapping: {found['text_right']}/{files} files ({found['text_right'] / files:.0%}); "
          f"every expected column right: {found['all_right']}/{files}")
    print(f"rows imported / rows with a distinct non-empty text: {found['kept']:,}/{found['distinct']:,} "
          f"({found['kept'] / found['distinct']:.1%})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
