"""notes list | add | show | edit, and the parsers of every notes action."""
from __future__ import annotations

import argparse
import sys

from db.cli import notes_keeping, notes_syncing
from db.cli.output import clean, local_time, plural, print_json, wrap
from db.errors import AtlasError, NotFoundError
from db.store.facade import Store
from db.user.notes import Note, Target


def add_parsers(sub: argparse._SubParsersAction) -> None:
    notes = sub.add_parser("notes", help="your personal notes and highlights")
    actions = notes.add_subparsers(dest="notes_command", required=True, metavar="ACTION")

    listing = actions.add_parser("list", help="list notes, newest first")
    listing.add_argument("--tag", help="only notes with this tag (accents and case do not matter)")
    listing.add_argument("--entry", help="only notes on this entry (id or pack/id)")
    listing.add_argument("--trash", action="store_true", help="list the notes in the trash")
    listing.add_argument("--json", action="store_true", help="print the notes as a JSON list")
    listing.set_defaults(run=run_list)

    add = actions.add_parser("add", help="write a note ('-' reads the text from standard input)")
    add.add_argument("text", help="the note's text, or '-' to read it from standard input")
    add.add_argument("--title", default="", help="a title (default: the first line of the text)")
    add.add_argument("--tag", action="append", default=[], help="a tag (repeatable)")
    where = add.add_mutually_exclusive_group()
    where.add_argument("--entry", help="attach to this entry (id or pack/id)")
    where.add_argument("--comparison", help="attach to this saved comparison (id or name)")
    add.add_argument("--passage", help="with --entry: highlight these exact words of the entry")
    add.add_argument("--prefix", help="with --passage: the text just before it (default: taken from the entry)")
    add.add_argument("--suffix", help="with --passage: the text just after it (default: taken from the entry)")
    add.set_defaults(run=run_add)

    show = actions.add_parser("show", help="print a note (a unique id prefix is enough)")
    show.add_argument("id", help="the note's id or its first characters")
    show.add_argument("--json", action="store_true", help="print the note as JSON")
    show.set_defaults(run=run_show)

    edit = actions.add_parser("edit", help="change a note's text, title or tags (keeps a revision)")
    edit.add_argument("id", help="the note's id or its first characters")
    edit.add_argument("--text", help="new text ('-' reads standard input)")
    edit.add_argument("--title", help="new title ('' for none: the first line of the text is shown)")
    edit.add_argument("--tag", action="append", help="replace the tags with these (repeatable)")
    edit.set_defaults(run=run_edit)

    notes_keeping.add_parsers(actions)
    notes_syncing.add_parsers(actions)


def _text(value: str) -> str:
    return sys.stdin.read() if value == "-" else value


def _summary(note: Note) -> dict:
    target = note.target
    return {
        "id": note.id, "title": note.display_title, "tags": list(note.tags), "target_kind": target.kind, "target": target.ref,
        "quote": target.quote.__dict__ if target.quote else None, "detached": note.detached,
        "passage_not_found": note.unanchored,
        "created": note.created, "updated": note.updated, "deleted": note.deleted, "body": note.body,
    }


def attached_to(store: Store, note: Note) -> str:
    """What a note is on, set apart from its title: '— on pack/entry', or '' for a loose note."""
    target = note.target
    if not target.ref:
        return ""
    if target.kind == "comparison":
        try:
            what = f"saved comparison '{store.saved_comparison(target.ref).name}'"
        except NotFoundError:
            what = f"a deleted comparison ({target.ref[:8]})"
    else:
        what = f"a passage of {target.ref}" if target.kind == "passage" else target.ref
    if note.detached:
        return f" — on {what} (detached: no longer in any pack)"
    return f" — on {what}" + (" (passage not found: the entry's text changed)" if note.unanchored else "")


def run_list(store: Store, args: argparse.Namespace) -> int:
    target = store.resolve(args.entry) if args.entry else None
    notes = store.notes(tag=args.tag, target=target, trashed=args.trash)
    if args.json:
        print_json([_summary(n) for n in notes])
        return 0
    for note in notes:
        tags = f"  #{' #'.join(note.tags)}" if note.tags else ""
        described = clean(f"{note.display_title}{attached_to(store, note)}{tags}", keep="")
        print(wrap(described, indent=f"{note.id[:8]}  {local_time(note.updated)}  ", hanging=" " * 10))
    print(f"\n{plural(len(notes), 'note')}" + (" in the trash" if args.trash else ""))
    return 0


def run_show(store: Store, args: argparse.Namespace) -> int:
    note = store.note(args.id, include_deleted=True)
    if args.json:
        print_json(_summary(note))
        return 0
    lines = [note.title] if note.title else []  # an untitled note's shown title is its first line: print it once
    lines.append(f"id {note.id} · created {local_time(note.created)} · updated {local_time(note.updated)}"
                 + (" · in the trash" if note.deleted else ""))
    if note.target.ref:
        lines.append(attached_to(store, note).strip())
    if note.target.quote:
        lines.append(wrap(f"“{note.target.quote.exact}”", indent="  > "))
    if note.tags:
        lines.append("tags: " + ", ".join(note.tags))
    if note.body.strip():
        lines += ["", note.body.strip("\n").rstrip()]
    print(clean("\n".join(lines)))
    return 0


def run_add(store: Store, args: argparse.Namespace) -> int:
    if args.passage is None and (args.prefix is not None or args.suffix is not None):
        raise AtlasError("--prefix and --suffix go with --passage (the words they surround).")
    if args.passage is not None and not args.entry:
        raise AtlasError("--passage needs --entry (the entry the passage is in).")
    if args.passage is not None and not args.passage.strip():
        raise AtlasError("--passage needs the words to highlight.")
    body = _text(args.text)
    if not body.strip() and args.passage is None:
        raise AtlasError("a note needs some text (only a highlighted --passage may have none).")
    if args.passage is not None:
        quote = store.passage_quote(args.entry, args.passage, prefix=args.prefix, suffix=args.suffix)
        target = Target("passage", args.entry, quote)
    elif args.entry:
        target = Target.entry(args.entry)
    elif args.comparison:
        target = Target.comparison(store.find_saved_comparison(args.comparison).id)
    else:
        target = Target()
    note = store.create_note(body, title=args.title, target=target, tags=args.tag)
    print(f"Saved note {note.id}")
    return 0


def run_edit(store: Store, args: argparse.Namespace) -> int:
    if args.text is None and args.title is None and args.tag is None:
        raise AtlasError("nothing to change: give --text, --title or --tag.")
    body = _text(args.text) if args.text is not None else None
    if body is not None and not body.strip() and store.note(args.id).target.kind != "passage":
        raise AtlasError("a note needs some text (only a highlighted passage may have none).")
    note = store.update_note(args.id, body=body, title=args.title, tags=args.tag)
    print(f"Saved note {note.id}")
    return 0
