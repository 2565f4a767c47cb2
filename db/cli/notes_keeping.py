"""notes delete | restore | purge | revisions | restore-revision | export: keeping notes safe."""
from __future__ import annotations

import argparse

from db.cli.files import STDOUT, output_file, output_folder, write_text
from db.cli.output import clean, local_time, plural
from db.store.facade import Store
from db.user.revisions import Revision


def add_parsers(actions: argparse._SubParsersAction) -> None:
    for name, helptext, runner in (
        ("delete", "move a note to the trash", run_delete),
        ("restore", "bring a note back from the trash", run_restore),
        ("purge", "delete a trashed note for good", run_purge),
        ("revisions", "list a note's saved revisions, numbered 1 (oldest) up", run_revisions),
    ):
        action = actions.add_parser(name, help=helptext)
        action.add_argument("id", help="the note's id or its first characters")
        action.set_defaults(run=runner)

    back = actions.add_parser("restore-revision", help="make an earlier revision the current text")
    back.add_argument("id", help="the note's id or its first characters")
    back.add_argument("revision", type=int, help="the revision's number, as 'notes revisions' lists it")
    back.set_defaults(run=run_restore_revision)

    export = actions.add_parser("export", help="export notes as Markdown files or W3C Web Annotations")
    export.add_argument("--format", choices=("markdown", "w3c"), default="markdown",
                        help="markdown: one file per note; w3c: one JSON-LD file (default: markdown)")
    export.add_argument("-o", "--output", metavar="PATH",
                        help="folder (markdown, default notes-export) or file (w3c; printed if omitted or '-')")
    export.add_argument("--tag", help="only notes with this tag")
    export.set_defaults(run=run_export)


def run_delete(store: Store, args: argparse.Namespace) -> int:
    note = store.delete_note(args.id)
    print(f"Moved note {note.id} to the trash (restore with: partnership-atlas notes restore {note.id[:8]})")
    return 0


def run_restore(store: Store, args: argparse.Namespace) -> int:
    note = store.restore_note(args.id)
    print(f"Restored note {note.id}")
    return 0


def run_purge(store: Store, args: argparse.Namespace) -> int:
    note = store.purge_note(args.id)
    print(f"Deleted note {note.id} for good")
    return 0


def _preview(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    return f"“{first[:60]}{'…' if len(first) > 60 else ''}”" if first else "(empty)"


def changes(revision: Revision, before: Revision | None) -> str:
    """What a revision changed from the one before it, e.g. 'title → “Budget”; text → “Ask about…”'."""
    if before is None:
        return f"created: {_preview(revision.body)}"
    parts = []
    if revision.title != before.title:
        parts.append(f"title → “{revision.title}”" if revision.title else "title removed")
    if revision.tags != before.tags:
        parts.append("tags → " + ", ".join(revision.tags) if revision.tags else "tags removed")
    if revision.body != before.body:
        parts.append(f"text → {_preview(revision.body)}")
    return "; ".join(parts) or "no change"


def run_revisions(store: Store, args: argparse.Namespace) -> int:
    revisions = store.note_revisions(args.id)  # newest first
    for index, revision in enumerate(revisions):
        before = revisions[index + 1] if index + 1 < len(revisions) else None
        print(clean(f"{revision.number:>4}  {local_time(revision.saved, seconds=True)}  {changes(revision, before)}", keep=""))
    return 0


def run_restore_revision(store: Store, args: argparse.Namespace) -> int:
    note = store.restore_note_revision(args.id, number=args.revision)
    print(f"Restored revision {args.revision} of note {note.id}; it is now the newest revision")
    return 0


def run_export(store: Store, args: argparse.Namespace) -> int:
    if args.format == "markdown":
        folder = output_folder(args.output if args.output is not None else "notes-export")
        written = store.export_notes_markdown(folder, tag=args.tag)
        print(f"Wrote {plural(len(written), 'note')} to {folder}")
        return 0
    path = output_file(args.output, example="notes.jsonld", writes={".jsonld": "JSON-LD", ".json": "JSON-LD"}) if args.output not in (None, STDOUT) else None
    document = store.export_notes_annotations_json(tag=args.tag)
    if path is None:
        print(document, end="")
        return 0
    write_text(path, document)
    print(f"Wrote {path}")
    return 0
