"""compare: models side by side on the pack's declared attributes."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.compare.render import FORMATS, render
from db.store import Store


def add_parsers(sub: argparse._SubParsersAction) -> None:
    compare = sub.add_parser("compare", help="compare 2 to 6 models side by side",
                             description="Compare partnership models attribute by attribute; rows whose values differ are marked ≠.")
    compare.add_argument("ids", nargs="+", metavar="ID", help="model ids (see: partnership-atlas list --kind model)")
    compare.add_argument("--only-differences", action="store_true", help="show only the rows whose values differ")
    compare.add_argument("--format", choices=FORMATS, default="text")
    compare.add_argument("-o", "--output", type=Path, help="write to this file instead of printing")
    compare.set_defaults(run=run_compare)


def run_compare(store: Store, args: argparse.Namespace) -> int:
    comparison = store.compare(args.ids)
    text = render(comparison, args.format, only_differences=args.only_differences)
    if args.output:
        args.output.write_text(text, encoding="utf-8")
        print(f"Wrote {args.output}")
    else:
        print(text, end="")
    return 0
