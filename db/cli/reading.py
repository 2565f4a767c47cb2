"""search and list: finding reference content from the command line."""
from __future__ import annotations

import argparse

from db.cli.arguments import MAX_LIMIT, check_choices, result_limit
from db.cli.output import clean, error, highlighted, plural, print_json, wrap
from db.search.filters import KINDS, kind_value
from db.store.facade import Store

SEARCH_DESCRIPTION = """Ranked full-text search over every entry and your notes.

Query language: words (all must match, in any form: 'efficiency' finds 'efficiently'; little words such as 'the' and 'for' are left out; when no entry has them all, the closest are shown), "exact phrases", OR between words (in capitals), -word or NOT word to exclude, prefix*, and field:value filters: kind:, theme:, model:, source:, pack:, year: (1999, 1995..2005, 1999.. or ..1999), region:, sector:, country:, hazard:, type:, code: (an appeal or operation code, e.g. code:MDRFJ003), language:, tag:. Options such as --kind must hold as well as the query's own filters."""


def _kind(text: str) -> str:
    # As in the query language, 'models' or 'Model' mean model; argparse then checks the choices.
    return kind_value(text) or text


def add_search_parser(sub: argparse._SubParsersAction) -> None:
    search = sub.add_parser("search", help="search every entry and your notes", description=SEARCH_DESCRIPTION)
    search.add_argument("query", nargs="*", help="what to look for")
    search.add_argument("--kind", action="append", default=[], type=_kind, choices=KINDS, metavar="KIND",
                        help=f"only this kind: {', '.join(KINDS)} (repeatable)")
    search.add_argument("--theme", action="append", default=[], help="only entries on this theme (id or title)")
    search.add_argument("--model", action="append", default=[], help="only entries about this model (id or title)")
    search.add_argument("--pack", action="append", default=[], help="only entries of this pack (id or title)")
    search.add_argument("--limit", type=result_limit, default=20, metavar="N",
                        help=f"how many results, 1 to {MAX_LIMIT} (default 20)")
    search.add_argument("--literal", action="store_true",
                        help="search the words as typed: no correction of a word the index does not know")
    search.add_argument("--json", action="store_true",
                        help="print the results as JSON: hits, total, and whether they are the closest or a correction's")
    search.set_defaults(run=run_search)


def add_list_parser(sub: argparse._SubParsersAction) -> None:
    listing = sub.add_parser("list", help="list entries, e.g. all models")
    listing.add_argument("--kind", type=_kind, choices=KINDS[:-1], metavar="KIND", help=f"only entries of this kind: {', '.join(KINDS[:-1])}")
    listing.add_argument("--pack", help="only entries of this pack (id)")
    listing.add_argument("--json", action="store_true", help="print the entries as a JSON list")
    listing.set_defaults(run=run_list)


def _check_search_options(store: Store, args: argparse.Namespace) -> None:
    for option, facet, wanted in (("--theme", "theme", args.theme), ("--model", "model", args.model), ("--pack", "pack", args.pack)):
        if wanted:
            known: dict[str, list[str]] = {}
            for value in store.facet_values(facet):
                known.setdefault(value.value, []).append(value.label)
            check_choices(option, wanted, known)


def run_search(store: Store, args: argparse.Namespace) -> int:
    _check_search_options(store, args)
    text = " ".join(args.query)
    results = store.search(text, limit=args.limit, kinds=args.kind, themes=args.theme, models=args.model, packs=args.pack,
                           correct=not args.literal)
    if results.notes_problem:
        error(results.notes_problem + " Run 'partnership-atlas doctor' for details.")
    if args.json:
        print_json({"query": text, "total": results.total, "total_approximate": results.total_approximate,
                    "closest": results.closest, "did_you_mean": results.suggestion, "showing_results_for": results.showing,
                    "left_out": results.dropped, "hits": [hit.as_json() for hit in results.hits]})
        return 0
    if results.showing:
        print(clean(f"Showing results for “{results.showing}”: nothing matched “{results.corrected_from}”. "
                    "To search for it as typed, add --literal.\n"))
    elif results.suggestion:
        print(clean(f"Did you mean “{results.suggestion}”?\n"))
    if not results.hits:
        print(_no_results(store, text, args))
        return 0
    if results.closest:
        print("No entry has all the words; showing the closest.\n")
    for number, hit in enumerate(results.hits, start=1):
        where = hit.uid if hit.kind != "note" else f"note {hit.uid[:8]}"
        print(wrap(clean(f"[{hit.kind}] {hit.title} ({where})"), indent=f"{number:>2}. ", hanging="    "))
        if hit.snippet:
            print(wrap(highlighted(hit)))
    shown = len(results.hits)
    if shown == results.total and not results.total_approximate:
        counted = plural(shown, "result")  # "1 result", never "1 of 1 result"
    else:
        counted = f"{shown} of " + (f"{results.total}+ results" if results.total_approximate else plural(results.total, "result"))
    print(f"\n{counted}" + (" (query shortened)" if results.truncated else ""))
    return 0


def _no_results(store: Store, text: str, args: argparse.Namespace) -> str:
    """No results, with the hints the window gives: fewer words, a filter to clear."""
    from db.search.query import parse

    filtered = bool(args.kind or args.theme or args.model or args.pack or parse(text).required_filters)
    hints = ["try fewer or shorter words, or end a word with * to match its beginning"]
    if filtered:
        hints.append("remove a filter (field:value, --kind, --theme, --model, --pack)")
    return f"No results for “{clean(text)}”. " + "; ".join(hints).capitalize() + "."


def run_list(store: Store, args: argparse.Namespace) -> int:
    if args.pack:
        check_choices("--pack", [args.pack], {pack_id: [] for pack_id in store.pack_ids()})
    rows = store.entries(kind=args.kind, pack=args.pack)
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    id_width = max((len(row.uid) for row in rows), default=0)
    kind_width = max((len(row.kind) for row in rows), default=0)
    for row in rows:
        print(clean(f"{row.kind:<{kind_width}}  {row.uid:<{id_width}}  {row.title}"))
    print(f"\n{plural(len(rows), 'entry', 'entries')}")
    return 0
