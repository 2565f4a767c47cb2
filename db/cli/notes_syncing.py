"""notes sync | resolve: the same notes on several devices, through a folder they share."""
from __future__ import annotations

import argparse

from db.cli.output import clean, plural
from db.store.facade import Store


def add_parsers(actions: argparse._SubParsersAction) -> None:
    sync = actions.add_parser("sync", help="exchange notes with your other devices via a folder",
                              description="Write this device's new notes, highlights, bookmarks and saved comparisons to "
                                          "FOLDER and take the other devices' from it. FOLDER is one your own tool keeps "
                                          "in step (Syncthing, Nextcloud, a network share, a USB stick); each device "
                                          "writes only its own files there. Running it twice changes nothing.")
    sync.add_argument("folder", help="the shared folder")
    sync.set_defaults(run=run_sync)

    resolve = actions.add_parser("resolve", help="keep a conflicting note's text as it stands")
    resolve.add_argument("id", help="the note's id or its first characters")
    resolve.set_defaults(run=run_resolve)


def run_sync(store: Store, args: argparse.Namespace) -> int:
    report = store.sync_notes(args.folder)
    print(f"Sent {plural(report.sent, 'change')}, received {plural(report.received, 'change')} "
          f"from {plural(report.devices, 'other device')}.")
    for note_id in report.conflicts:
        print(f"  ! note {note_id[:8]} was edited on two devices: both texts are in its revisions "
              f"(partnership-atlas notes revisions {note_id[:8]}); keep one with: partnership-atlas notes resolve {note_id[:8]}")
    for problem in report.problems:
        print(f"  ! {clean(str(problem))}")
    return 1 if report.problems else 0


def run_resolve(store: Store, args: argparse.Namespace) -> int:
    note = store.note(args.id, include_deleted=True)
    if note.id not in store.note_conflicts():
        print(f"Note {note.id[:8]} is not marked as edited on two devices; nothing to resolve.")
        return 0
    store.resolve_conflict(note.id)
    print(f"Note {note.id[:8]} keeps its text as it stands; the other devices drop the mark at their next sync.")
    return 0
