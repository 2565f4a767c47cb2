"""brief list | show | new | add | remove | move | rename | delete | restore | revisions | restore-revision | export:
briefs for a meeting.

Everything here runs without Qt except writing PDF and ODT, which the application's entry point hands in
as `document_writer` (desktop/briefs/brief_files.py draws them with QtGui, needing no display)."""
from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from db.cli.files import STDOUT, output_file, write_text
from db.cli.output import clean, local_time, plural, wrap
from db.errors import AtlasError, NotFoundError, UnknownIdError
from db.store.facade import Store

WRITES = {".md": "Markdown", ".pdf": "PDF", ".odt": "OpenDocument text"}
DocumentWriter = Callable[[Store, str, Path, str | None], Path]
"""Writes brief `id` to a .pdf or .odt path on the given paper ("a4", "letter"; None: the locale's)."""


def add_parsers(sub: argparse._SubParsersAction, document_writer: DocumentWriter | None = None) -> None:
    brief = sub.add_parser("brief", help="gather entries, comparisons and notes into a brief")
    actions = brief.add_subparsers(dest="brief_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list your briefs, the most recently changed first")
    listing.add_argument("--trash", action="store_true", help="list the briefs in the Trash")
    listing.set_defaults(run=run_list)

    show = actions.add_parser("show", help="print a brief's heading and numbered items")
    show.add_argument("id", help="the brief's id, its first characters, or its title")
    show.set_defaults(run=run_show)

    new = actions.add_parser("new", help="start a brief")
    new.add_argument("title", help="the brief's title, e.g. \"Meeting with the donor\"")
    new.add_argument("--meeting", default="", help="the meeting or the counterpart it is for")
    new.add_argument("--date", help="the meeting's date, YYYY-MM-DD (default: today)")
    new.add_argument("--introduction", default="", help="an introduction in Markdown ('-' reads standard input)")
    new.set_defaults(run=run_new)

    add = actions.add_parser("add", help="add an entry, a saved comparison or a note at the end of a brief")
    add.add_argument("id", help="the brief's id, its first characters, or its title")
    add.add_argument("item", help="an entry (id or pack/id), a saved comparison (name or id) or a note (id)")
    add.add_argument("--comment", default="", help="a short comment shown with the item")
    add.set_defaults(run=run_add)

    remove = actions.add_parser("remove", help="take an item out of a brief")
    remove.add_argument("id", help="the brief's id, its first characters, or its title")
    remove.add_argument("number", type=int, help="the item's number, as 'brief show' lists it")
    remove.set_defaults(run=run_remove)

    move = actions.add_parser("move", help="move an item to another place in a brief")
    move.add_argument("id", help="the brief's id, its first characters, or its title")
    move.add_argument("number", type=int, help="the item's number, as 'brief show' lists it")
    move.add_argument("to", type=int, help="the number it should have")
    move.set_defaults(run=run_move)

    rename = actions.add_parser("rename", help="give a brief another title")
    rename.add_argument("id", help="the brief's id, its first characters, or its title")
    rename.add_argument("title", help="the new title")
    rename.set_defaults(run=run_rename)

    for name, helptext, runner in (("delete", "move a brief to the Trash", run_delete),
                                   ("restore", "bring a brief back from the Trash", run_restore)):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("id", help="the brief's id, its first characters, or its title")
        action.set_defaults(run=runner)

    revisions = actions.add_parser("revisions", help="list a brief's saved revisions, numbered 1 (oldest) up")
    revisions.add_argument("id", help="the brief's id, its first characters, or its title")
    revisions.set_defaults(run=run_revisions)

    back = actions.add_parser("restore-revision", help="make an earlier revision the brief as it stands")
    back.add_argument("id", help="the brief's id, its first characters, or its title")
    back.add_argument("revision", type=int, help="the revision's number, as 'brief revisions' lists it")
    back.set_defaults(run=run_restore_revision)

    export = actions.add_parser("export", help="write a brief as PDF, OpenDocument text (.odt) or Markdown (.md)")
    export.add_argument("id", help="the brief's id, its first characters, or its title")
    export.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="FILE.pdf, FILE.odt or FILE.md ('-': Markdown printed)")
    export.add_argument("--paper", choices=("a4", "letter"), help="the PDF's paper (default: the locale's)")
    export.set_defaults(run=run_export, document_writer=document_writer)


def _number(brief, number: int):
    if not 1 <= number <= len(brief.items):
        raise AtlasError(f"the brief '{brief.title}' has items 1 to {len(brief.items)}; there is no item {number}"
                         if brief.items else f"the brief '{brief.title}' has no items yet")
    return brief.items[number - 1]


def run_list(store: Store, args: argparse.Namespace) -> int:
    briefs = store.briefs(trashed=args.trash)
    if not briefs:
        print("No briefs in the Trash." if args.trash else
              "No briefs yet. Start one with: partnership-atlas brief new \"Meeting with …\"")
        return 0
    for brief in briefs:
        meeting = f" · {brief.meeting}" if brief.meeting else ""
        print(clean(f"{brief.id[:8]}  {brief.day}  {brief.title}{meeting}  ({plural(brief.size, 'item')})", keep=""))
    return 0


def run_show(store: Store, args: argparse.Namespace) -> int:
    brief = store.brief(args.id)
    print(clean(brief.title, keep=""))
    print(clean(f"{brief.day}" + (f" · {brief.meeting}" if brief.meeting else "") + f" · id {brief.id}", keep=""))
    print(f"changed {local_time(brief.updated)}")
    if brief.introduction.strip():
        print()
        print(clean(brief.introduction.strip()))
    print()
    if not brief.items:
        print("No items yet. Add one with: partnership-atlas brief add " + brief.id[:8] + " ENTRY")
    for number, item in enumerate(brief.items, start=1):
        gone = "  [detached: shown as it was when added]" if item.detached else ""
        print(clean(f"{number:>3}. {item.title}  ({item.kind}){gone}", keep=""))
        if item.comment:
            print(clean(wrap(item.comment, indent="       "), keep="\n"))
    return 0


def run_new(store: Store, args: argparse.Namespace) -> int:
    import sys

    introduction = sys.stdin.read() if args.introduction == "-" else args.introduction
    brief = store.create_brief(args.title, meeting=args.meeting, day=args.date, introduction=introduction)
    print(f"Started the brief '{brief.title}' ({brief.id}); add to it with: partnership-atlas brief add {brief.id[:8]} ENTRY")
    return 0


def _guess(store: Store, ref: str) -> tuple[str, str]:
    """Which kind of item `ref` names: an entry, else a saved comparison, else a note."""
    refusals = []
    for kind, find in (("entry", store.resolve), ("comparison", lambda r: store.find_saved_comparison(r).id),
                       ("note", lambda r: store.note(r).id)):
        try:
            return kind, find(ref)
        except (NotFoundError, UnknownIdError) as exc:
            refusals.append(str(exc))
    raise NotFoundError(f"'{ref}' names no entry, saved comparison or note. " + " ".join(refusals[:1]))


def run_add(store: Store, args: argparse.Namespace) -> int:
    brief = store.brief(args.id)
    kind, ref = _guess(store, args.item)
    brief, item = store.add_to_brief(brief.id, kind, ref, comment=args.comment)
    print(clean(f"Added “{item.title}” ({item.kind}) to '{brief.title}' as item {len(brief.items)}", keep=""))
    return 0


def run_remove(store: Store, args: argparse.Namespace) -> int:
    brief = store.brief(args.id)
    item = _number(brief, args.number)
    store.remove_from_brief(brief.id, item.id)
    print(clean(f"Removed “{item.title}” from '{brief.title}'", keep=""))
    return 0


def run_move(store: Store, args: argparse.Namespace) -> int:
    brief = store.brief(args.id)
    item = _number(brief, args.number)
    _number(brief, args.to)
    store.move_in_brief(brief.id, item.id, args.to - 1)
    print(clean(f"Moved “{item.title}” to item {args.to} of '{brief.title}'", keep=""))
    return 0


def run_rename(store: Store, args: argparse.Namespace) -> int:
    brief = store.update_brief(store.brief(args.id).id, title=args.title)
    print(clean(f"Renamed the brief to '{brief.title}'", keep=""))
    return 0


def run_delete(store: Store, args: argparse.Namespace) -> int:
    brief = store.delete_brief(store.brief(args.id).id)
    print(clean(f"Moved the brief '{brief.title}' to the Trash (restore with: partnership-atlas brief restore {brief.id[:8]})",
                keep=""))
    return 0


def run_restore(store: Store, args: argparse.Namespace) -> int:
    brief = store.restore_brief(store.brief(args.id, include_deleted=True).id)
    print(clean(f"Restored the brief '{brief.title}'", keep=""))
    return 0


def run_revisions(store: Store, args: argparse.Namespace) -> int:
    for revision in store.brief_revisions(store.brief(args.id).id):  # newest first
        kept = revision.content
        print(clean(f"{revision.number:>4}  {local_time(revision.saved, seconds=True)}  {kept['title']}  "
                    f"({plural(len(kept['items']), 'item')})", keep=""))
    return 0


def run_restore_revision(store: Store, args: argparse.Namespace) -> int:
    brief = store.restore_brief_revision(store.brief(args.id).id, args.revision)
    print(clean(f"Restored revision {args.revision} of '{brief.title}'; it is now the newest revision", keep=""))
    return 0


def run_export(store: Store, args: argparse.Namespace) -> int:
    brief = store.brief(args.id)
    if args.output == STDOUT:
        print(store.brief_markdown(brief.id), end="")
        return 0
    path = output_file(args.output, example="brief.pdf", writes=WRITES)
    fmt = path.suffix.lower()
    if fmt not in WRITES:
        raise AtlasError(f"cannot write {path}: give the file a name ending in .pdf, .odt or .md, e.g. -o brief.pdf")
    if fmt == ".md":
        write_text(path, store.brief_markdown(brief.id))
    elif args.document_writer is None:
        raise AtlasError("PDF and ODT files are written by the partnership-atlas command; "
                         "this way of running the command line writes Markdown (.md) only")
    else:
        args.document_writer(store, brief.id, path, args.paper)
    print(f"Wrote {path}")
    return 0
