"""notes list | add | show | edit | delete | restore | purge | revisions | restore-revision | export."""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from db.cli.output import print_json, wrap
from db.store import Store
from db.user.notes import Note, Target


def add_parsers(sub: argparse._SubParsersAction) -> None:
    notes = sub.add_parser("notes", help="your personal notes and highlights")
    actions = notes.add_subparsers(dest="notes_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list notes, newest first")
    listing.add_argument("--tag")
    listing.add_argument("--entry", help="only notes on this entry")
    listing.add_argument("--trash", action="store_true", help="list the notes in the trash")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", help="write a note ('-' reads the text from standard input)")
    add.add_argument("text")
    add.add_argument("--title", default="")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    where = add.add_mutually_exclusive_group()
    where.add_argument("--entry", help="attach to this entry (id or pack/id)")
    where.add_argument("--comparison", help="attach to this saved comparison id")
    add.add_argument("--passage", help="with --entry: the exact passage highlighted")
    add.add_argument("--prefix", default="", help="with --passage: text just before it")
    add.add_argument("--suffix", default="", help="with --passage: text just after it")
    add.set_defaults(run=run_add)

    show = actions.add_parser("show", help="print a note (a unique id prefix is enough)")
    show.add_argument("id")
    show.add_argument("--json", action="store_true")
    show.set_defaults(run=run_show)

    edit = actions.add_parser("edit", help="change a note's text, title or tags (keeps a revision)")
    edit.add_argument("id")
    edit.add_argument("--text", help="new text ('-' reads standard input)")
    edit.add_argument("--title")
    edit.add_argument("--tag", action="append", help="replace the tags (repeatable)")
    edit.set_defaults(run=run_edit)

    for name, helptext, runner in (
        ("delete", "move a note to the trash", run_delete),
        ("restore", "bring a note back from the trash", run_restore),
        ("purge", "delete a trashed note for good", run_purge),
        ("revisions", "list a note's saved revisions", run_revisions),
    ):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("id")
        action.set_defaults(run=runner)

    back = actions.add_parser("restore-revision", help="make an earlier revision the current text")
    back.add_argument("id")
    back.add_argument("revision", type=int)
    back.set_defaults(run=run_restore_revision)

    export = actions.add_parser("export", help="export notes as Markdown files or W3C Web Annotations")
    export.add_argument("--format", choices=("markdown", "w3c"), default="markdown")
    export.add_argument("-o", "--output", type=Path, help="folder (markdown) or file (w3c); w3c prints if omitted")
    export.add_argument("--tag")
    export.set_defaults(run=run_export)


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def _summary(note: Note) -> dict:
    target = note.target
    return {
        "id": note.id, "title": note.display_title, "tags": list(note.tags), "target_kind": target.kind, "target": target.ref,
        "quote": target.quote.__dict__ if target.quote else None, "detached": note.detached,
        "created": note.created, "updated": note.updated, "deleted": note.deleted, "body": note.body,
    }


def run_list(store: Store, args: argparse.Namespace) -> int:
    target = store.resolve(args.entry) if args.entry else None
    notes = store.notes(tag=args.tag, target=target, trashed=args.trash)
    if args.json:
        print_json([_summary(n) for n in notes])
        return 0
    for note in notes:
        on = f" on {note.target.ref}" if note.target.ref else ""
        flags = " (detached)" if note.detached else ""
        tags = f"  #{' #'.join(note.tags)}" if note.tags else ""
        print(f"{note.id[:8]}  {note.updated[:16].replace('T', ' ')}  {note.display_title}{on}{flags}{tags}")
    print(f"\n{len(notes)} note{'s' if len(notes) != 1 else ''}" + (" in the trash" if args.trash else ""))
    return 0


def run_add(store: Store, args: argparse.Namespace) -> int:
    if args.passage and not args.entry:
        raise SystemExit("partnership-atlas: --passage needs --entry (the entry the passage is in)")
    if args.passage:
        target = Target.passage(args.entry, args.passage, args.prefix, args.suffix)
    elif args.entry:
        target = Target.entry(args.entry)
    elif args.comparison:
        target = Target.comparison(args.comparison)
    else:
        target = Target()
    note = store.create_note(_text(args.text), title=args.title, target=target, tags=args.tag)
    print(f"Saved note {note.id}")
    return 0


def run_show(store: Store, args: argparse.Namespace) -> int:
    note = store.note(args.id, include_deleted=True)
    if args.json:
        print_json(_summary(note))
        return 0
    print(note.display_title)
    print(f"id {note.id} · updated {note.updated}" + (" · in trash" if note.deleted else "") + (" · detached" if note.detached else ""))
    if note.target.ref:
        print(f"on {note.target.kind} {note.target.ref}")
    if note.target.quote:
        print(wrap(f"“{note.target.quote.exact}”", indent="  > "))
    if note.tags:
        print("tags: " + ", ".join(note.tags))
    print(f"\n{note.body}")
    return 0


def run_edit(store: Store, args: argparse.Namespace) -> int:
    note = store.update_note(args.id, body=_text(args.text) if args.text is not None else None, title=args.title, tags=args.tag)
    print(f"Saved note {note.id}")
    return 0


def run_delete(store: Store, args: argparse.Namespace) -> int:
    note = store.delete_note(args.id)
    print(f"Moved note {note.id} to the trash (restore with: notes restore {note.id[:8]})")
    return 0


def run_restore(store: Store, args: argparse.Namespace) -> int:
    note = store.restore_note(args.id)
    print(f"Restored note {note.id}")
    return 0


def run_purge(store: Store, args: argparse.Namespace) -> int:
    store.purge_note(args.id)
    print(f"Deleted note {args.id} for good")
    return 0


def run_revisions(store: Store, args: argparse.Namespace) -> int:
    for revision in store.note_revisions(args.id):
        first = revision.body.strip().splitlines()[0] if revision.body.strip() else ""
        print(f"{revision.id:>6}  {revision.saved[:19].replace('T', ' ')}  {first[:70]}")
    return 0


def run_restore_revision(store: Store, args: argparse.Namespace) -> int:
    note = store.restore_note_revision(args.id, args.revision)
    print(f"Restored revision {args.revision} of note {note.id}")
    return 0


def run_export(store: Store, args: argparse.Namespace) -> int:
    if args.format == "markdown":
        folder = args.output or Path("notes-export")
        written = store.export_notes_markdown(folder, tag=args.tag)
        print(f"Wrote {len(written)} note{'s' if len(written) != 1 else ''} to {folder}")
        return 0
    document = json.dumps(store.export_notes_annotations(tag=args.tag), ensure_ascii=False, indent=2)
    if args.output:
        args.output.write_text(document + "\n", encoding="utf-8")
        print(f"Wrote {args.output}")
    else:
        print(document)
    return 0
