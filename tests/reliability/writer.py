"""The process the harness kills: writes and edits notes through `db.Store` until SIGKILL.

    python -m tests.reliability.writer HOME SEED

Prints `ready` once the store is open, then loops forever: create, edit bodies, titles and tags,
delete, restore and purge notes, journalling each call (see journal.py). Exits non-zero only
if the store returns something other than what was asked, which the harness reports.
"""
from __future__ import annotations

import random
import sys
from dataclasses import replace
from pathlib import Path

from db import AtlasPaths, Store
from db.user.notes import clean_tags
from tests.reliability.journal import (
    ACK,
    INTENT,
    JournalWriter,
    NoteState,
    digest,
    journal_path,
)

WORDS = ("partnership", "donor", "Society", "funding", "trust", "réunion", "coopération", "Genève", "données",
         "ІФЧХ", "合作", "شراكة", "🙂", "mid-term", "review", "**bold**", "`code`", "- item", "\n\n", "\n")
TAGS = ("meeting", "follow-up", "donor", "risk", "coopération", "budget", "q3")


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words))


def body(rng: random.Random) -> str:
    # Mostly short notes; now and then one of 50-150 KB, which spans many pages of the WAL.
    return text(rng, rng.randint(5000, 15000) if rng.random() < 0.05 else rng.randint(1, 400))


def title(rng: random.Random) -> str:
    return "" if rng.random() < 0.3 else text(rng, rng.randint(1, 6)).strip()


def tags(rng: random.Random) -> tuple[str, ...]:
    return clean_tags(rng.sample(TAGS, rng.randint(0, 3)))


class Writer:
    def __init__(self, store: Store, journal: JournalWriter, rng: random.Random):
        self.store, self.journal, self.rng = store, journal, rng
        self.live = [note.id for note in store.notes()]
        self.trashed = [note.id for note in store.notes(trashed=True)]

    def step(self) -> None:
        roll = self.rng.random()
        if not self.live or roll < 0.2:
            self.create()
        elif roll < 0.75:
            self.update(self.rng.choice(self.live))
        elif roll < 0.85 or not self.trashed:
            self.delete(self.rng.choice(self.live))
        elif roll < 0.95:
            self.restore(self.rng.choice(self.trashed))
        else:
            self.purge(self.rng.choice(self.trashed))

    def call(self, op: str, note_id: str | None, expected: NoteState | None, action):
        self.journal.write(INTENT, op, note_id, expected)
        note = action()
        acknowledged = None if op == "purge" else NoteState.of(note)
        if acknowledged != expected:
            sys.exit(f"{op} of note {note.id} returned {acknowledged}, not the {expected} asked for")
        self.journal.write(ACK, op, note.id, acknowledged)
        return note

    def create(self) -> None:
        new_body, new_title, new_tags = body(self.rng), title(self.rng), tags(self.rng)
        expected = NoteState(new_title, digest(new_body), new_tags, False)
        note = self.call("create", None, expected, lambda: self.store.create_note(new_body, title=new_title, tags=new_tags))
        self.live.append(note.id)

    def update(self, note_id: str) -> None:
        changes = {}
        while not changes:
            if self.rng.random() < 0.7:
                changes["body"] = body(self.rng)
            if self.rng.random() < 0.3:
                changes["title"] = title(self.rng)
            if self.rng.random() < 0.3:
                changes["tags"] = tags(self.rng)
        current = NoteState.of(self.store.note(note_id))
        expected = replace(current, **{name: digest(value) if name == "body" else value for name, value in changes.items()})
        # Autosave amends the newest revision in place: a second kind of write to survive.
        amend = self.rng.random() < 0.5
        self.call("update", note_id, expected, lambda: self.store.update_note(note_id, **changes, amend_revision=amend))

    def delete(self, note_id: str) -> None:
        expected = replace(NoteState.of(self.store.note(note_id)), deleted=True)
        self.call("delete", note_id, expected, lambda: self.store.delete_note(note_id))
        self.live.remove(note_id)
        self.trashed.append(note_id)

    def restore(self, note_id: str) -> None:
        expected = replace(NoteState.of(self.store.note(note_id, include_deleted=True)), deleted=False)
        self.call("restore", note_id, expected, lambda: self.store.restore_note(note_id))
        self.trashed.remove(note_id)
        self.live.append(note_id)

    def purge(self, note_id: str) -> None:
        self.call("purge", note_id, None, lambda: self.store.purge_note(note_id))
        self.trashed.remove(note_id)


def main(argv: list[str]) -> None:
    home, seed = Path(argv[0]), int(argv[1])
    rng = random.Random(seed)
    journal = JournalWriter(journal_path(home, seed))
    writer = Writer(Store(AtlasPaths.under(home)), journal, rng)
    print("ready", flush=True)
    while True:
        writer.step()


if __name__ == "__main__":
    main(sys.argv[1:])
