"""Parse the command line and run one subcommand; with no subcommand, open the window."""
from __future__ import annotations

import argparse
import sqlite3
import sys

from db.cli import backups, briefs, comparing, importing, maintenance, notes, packs, reading, serving, showing
from db.cli.arguments import AtlasParser
from db.cli.output import error
from db.errors import AtlasError, PackError

VERSION = "0.1.0"

EPILOG = """examples:
  partnership-atlas search independence
  partnership-atlas search '"donor support" -icrc kind:lesson'
  partnership-atlas compare dfid-ifrc dfid-icrc --only-differences
  partnership-atlas notes add "Ask about funding" --entry dfid-ifrc --tag aid
  partnership-atlas brief new "Meeting with the donor" --date 2026-12-10
  partnership-atlas pack validate my-pack/

Run without a subcommand to open the window; `partnership-atlas --selftest` checks an
installation (stores, search, window, notes) and exits 0 only if every check passes."""


def build_parser(document_writer: briefs.DocumentWriter | None = None) -> argparse.ArgumentParser:
    parser = AtlasParser(
        prog="partnership-atlas",
        description="Partnership Atlas: an offline reference of Red Cross / Red Crescent partnership models "
                    "and lessons learned, with search, comparison and personal notes.",
        epilog=EPILOG,
    )
    parser.add_argument("--version", action="version", version=f"partnership-atlas {VERSION}", help="print the version and exit")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for add_parsers in (reading.add_search_parser, showing.add_parsers, reading.add_list_parser, comparing.add_parsers,
                        notes.add_parsers, packs.add_parsers, importing.add_parsers, backups.add_parsers, maintenance.add_parsers,
                        serving.add_parsers):
        add_parsers(sub)
        if add_parsers is notes.add_parsers:
            briefs.add_parsers(sub, document_writer)
    return parser


def main(argv: list[str] | None = None, *, document_writer: briefs.DocumentWriter | None = None) -> int:
    """`document_writer` writes a brief as PDF or ODT: the application's entry point hands it in (it needs Qt)."""
    argv = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(document_writer)
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "search":
        # `search budget -icrc`: an exclusion looks like an option to argparse but is query text.
        args.query += extra
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command == "search" and not args.query:
        parser.error("search needs a query, e.g.: partnership-atlas search independence")
    if args.command is None:
        parser.print_help()
        return 0
    try:
        if getattr(args, "needs_store", True):
            from db.store.facade import Store

            with Store() as store:
                return args.run(store, args)
        return args.run(None, args)
    except PackError as exc:
        error(str(exc))
        return 1
    except AtlasError as exc:
        error(str(exc))
        return 2
    except sqlite3.DatabaseError as exc:
        error(f"a data file could not be read ({exc}). Run 'partnership-atlas doctor' for details.")
        return 3
    except BrokenPipeError:
        return 0
    except OSError as exc:
        # A file the user named could not be read or written: say which one and why.
        error(f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc))
        return 2
