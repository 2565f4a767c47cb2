"""search, show and list: reading the reference content from the command line."""
from __future__ import annotations

import argparse

from db.cli.output import highlighted, print_json, wrap
from db.packs.model import NOT_DOCUMENTED
from db.reference.compiler import attribute_display
from db.store import Store

KINDS = ("model", "lesson", "question", "theme", "actor", "source", "note")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    search = sub.add_parser("search", help="full-text search over every entry and your notes",
                            description="Ranked full-text search. Query language: words, \"phrases\", OR, -exclude, "
                                        "prefix*, and field:value filters (kind:, theme:, model:, source:, pack:, year:, "
                                        "region:, sector:, country:, type:, tag:).")
    search.add_argument("query", nargs="*", help="what to look for")
    search.add_argument("--kind", action="append", default=[], choices=KINDS, help="only this kind (repeatable)")
    search.add_argument("--theme", action="append", default=[], help="only entries on this theme (id or title)")
    search.add_argument("--model", action="append", default=[], help="only entries about this model (id or title)")
    search.add_argument("--pack", action="append", default=[], help="only this pack")
    search.add_argument("--limit", type=int, default=20, help="how many results (default 20)")
    search.add_argument("--json", action="store_true", help="print JSON: a list of results")
    search.set_defaults(run=run_search)

    show = sub.add_parser("show", help="print one entry with its fields and links")
    show.add_argument("id", help="entry id, pack/id, or exact title")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)

    listing = sub.add_parser("list", help="list entries, e.g. all models")
    listing.add_argument("--kind", choices=KINDS[:-1])
    listing.add_argument("--pack")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)


def run_search(store: Store, args: argparse.Namespace) -> int:
    results = store.search(" ".join(args.query), limit=args.limit, kinds=args.kind, themes=args.theme,
                           models=args.model, packs=args.pack)
    if args.json:
        print_json([hit.as_json() for hit in results.hits])
        return 0
    if not results.hits:
        print("No results." + (" Try fewer words, or remove a filter." if (args.kind or args.theme or args.model or args.pack) else ""))
        return 0
    for number, hit in enumerate(results.hits, start=1):
        where = hit.uid if hit.kind != "note" else f"note {hit.uid[:8]}"
        print(f"{number:>2}. [{hit.kind}] {hit.title}  ({where})")
        if hit.snippet:
            print(wrap(highlighted(hit).replace("\n", " ")))
    shown = len(results.hits)
    print(f"\n{shown} of {results.total} result{'s' if results.total != 1 else ''}" + (" (query shortened)" if results.truncated else ""))
    return 0


def run_show(store: Store, args: argparse.Namespace) -> int:
    entry = store.entry(args.id)
    if args.json:
        print_json({"uid": entry.uid, "kind": entry.kind, "title": entry.title, "fields": entry.fields, "body": entry.markdown,
                    "links": [link.__dict__ for link in entry.links], "backlinks": [link.__dict__ for link in entry.backlinks]})
        return 0
    print(f"{entry.title}\n{'=' * len(entry.title)}\n{entry.kind} · {entry.uid}\n")
    fields = entry.fields
    for name in ("summary", "category", "statement", "recommendation", "citation", "type", "year", "region", "sector", "country"):
        if fields.get(name) not in (None, ""):
            print(f"{name.capitalize()}:\n{wrap(str(fields[name]))}")
    if entry.markdown:
        print(f"\n{entry.markdown}\n")
    if entry.kind == "model":
        _print_model_details(store, entry)
    for title, links in (("Links", entry.links), ("Linked from", entry.backlinks)):
        if links:
            print(f"\n{title}:")
            for link in links:
                note = f" — {link.note}" if link.note else ""
                print(f"  {link.rel:<7} [{link.kind}] {link.title} ({link.uid}){note}")
    return 0


def _print_model_details(store: Store, entry) -> None:
    parties = [link for link in entry.links if link.rel == "party"]
    print("Parties:")
    for party in parties:
        print(f"  - {party.title}" + (f" — {party.note}" if party.note else ""))
    if not parties:
        print(f"  {NOT_DOCUMENTED}")
    attributes = store.reference.execute("SELECT key, label FROM attributes WHERE pack=? ORDER BY ord", (entry.pack,)).fetchall()
    values = entry.fields.get("attributes") or {}
    print("Attributes:")
    for key, label in attributes:
        text, documented = attribute_display(values.get(key))
        cited = ", ".join(f"{c['source']} ({c.get('locator', '')})" for c in (values.get(key) or {}).get("sources") or [])
        print(f"  {label}: {text if documented else NOT_DOCUMENTED}" + (f"  [{cited}]" if cited else ""))
    for name in ("strengths", "risks", "prerequisites"):
        items = entry.fields.get(name) or []
        if items:
            print(f"{name.capitalize()}:")
            for item in items:
                print(wrap(f"- {item.get('text', '')}", indent="  "))


def run_list(store: Store, args: argparse.Namespace) -> int:
    rows = store.entries(kind=args.kind, pack=args.pack)
    if args.json:
        print_json([row.__dict__ for row in rows])
        return 0
    for row in rows:
        print(f"{row.kind:<9} {row.uid:<50} {row.title}")
    print(f"\n{len(rows)} entr{'ies' if len(rows) != 1 else 'y'}")
    return 0
