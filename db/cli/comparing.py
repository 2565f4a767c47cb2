"""compare: models side by side on the pack's declared attributes."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.files import STDOUT, output_file, write_text
from db.cli.output import clean
from db.compare.render import FORMATS, render
from db.errors import AtlasError
from db.files.csvfile import ENCODING as CSV_ENCODING
from db.store.facade import Store

# The format an output file's suffix implies when --format is not given; no other suffix is written.
SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".csv": "csv", ".json": "json", ".txt": "text"}
WRITES = {".txt": "text", ".md": "Markdown", ".markdown": "Markdown", ".csv": "CSV", ".json": "JSON"}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    compare = sub.add_parser("compare", help="compare 2 to 6 models side by side",
                             description="Compare partnership models attribute by attribute; rows whose values differ are marked ≠, "
                                         "rows described in different words ~.")
    compare.add_argument("ids", nargs="+", metavar="ID", help="model ids (see: partnership-atlas list --kind model)")
    compare.add_argument("--only-differences", action="store_true",
                         help="show only the rows whose values differ (years, amounts, categories: marked ≠)")
    compare.add_argument("--wording", action="store_true",
                         help="with --only-differences, also the rows described in different words (marked ~)")
    compare.add_argument("--format", choices=FORMATS,
                         help="text, md (Markdown), csv or json; default: from the -o suffix (.txt .md .csv .json), else text")
    compare.add_argument("-o", "--output", metavar="FILE", help="write to this file instead of printing ('-' prints)")
    compare.set_defaults(run=run_compare)


def output_format(chosen: str | None, output: str | None) -> str:
    implied = SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output and output != STDOUT else None
    if chosen and implied and chosen != implied:
        raise AtlasError(f"cannot write {output} as {chosen}: its name says {WRITES[Path(output).suffix.lower()]}; "
                         f"change the name or leave out --format")
    return chosen or implied or "text"


def run_compare(store: Store, args: argparse.Namespace) -> int:
    # Check where to write before the work, so a bad path fails fast and writes nothing.
    path = output_file(args.output, example="comparison.md", writes=WRITES) if args.output not in (None, STDOUT) else None
    fmt = output_format(args.format, args.output)
    if args.wording and not args.only_differences:
        raise AtlasError("--wording goes with --only-differences (every row is shown without it)")
    text = render(store.compare(args.ids), fmt, only_differences=args.only_differences, wording=args.wording)
    if path is None:
        print(clean(text), end="")
        return 0
    # CSV as every CSV the program writes (db/files/csvfile.py): a byte-order mark, its own line ends.
    write_text(path, text, **({"encoding": CSV_ENCODING, "newline": ""} if fmt == "csv" else {}))
    print(f"Wrote {path} ({fmt})")
    return 0
