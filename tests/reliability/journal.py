"""The writer's record of what the store acknowledged, one JSON line per event, fsync'd.

Before each Store call the writer appends an `intent` line (the note's state if the call
commits); after the call returns, an `ack` line (the state the store returned). A kill can land
between the two: that call may or may not have committed, and no other call was in flight.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from db import Note

INTENT, ACK = "intent", "ack"


def journal_path(home: Path, seed: int) -> Path:
    """Each writer process keeps its own journal, named by its seed."""
    return Path(home) / "journals" / f"{seed}.jsonl"


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class NoteState:
    """What the harness compares: bodies by hash, so the journal stays small."""

    title: str
    body: str  # sha256 of the body
    tags: tuple[str, ...]
    deleted: bool

    def __post_init__(self):
        # Tags are a set: the store returns them in more than one order.
        object.__setattr__(self, "tags", tuple(sorted(self.tags)))

    @classmethod
    def of(cls, note: Note) -> NoteState:
        return cls(note.title, digest(note.body), tuple(note.tags), note.deleted is not None)

    def to_json(self) -> dict:
        return {"title": self.title, "body": self.body, "tags": list(self.tags), "deleted": self.deleted}

    @classmethod
    def from_json(cls, data: dict | None) -> NoteState | None:
        return None if data is None else cls(data["title"], data["body"], tuple(data["tags"]), data["deleted"])


@dataclass(frozen=True)
class Event:
    kind: str  # intent | ack
    op: str  # create | update | delete | restore | purge
    note_id: str | None  # None for the intent of a create: the store picks the id
    state: NoteState | None  # the note after the call; None once purged


class JournalWriter:
    """Open for the writer's whole life, which ends in SIGKILL: nothing to close."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._fd = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def write(self, kind: str, op: str, note_id: str | None, state: NoteState | None) -> None:
        line = json.dumps({"kind": kind, "op": op, "id": note_id, "state": None if state is None else state.to_json()})
        os.write(self._fd, (line + "\n").encode("utf-8"))  # one write per line
        os.fsync(self._fd)


def read_journal(path: Path) -> list[Event]:
    """Every complete event; a line cut short by the kill is left out (its call's fate is unknown
    either way: a torn intent never reached the store, a torn ack leaves its intent in flight)."""
    if not path.is_file():
        return []
    events = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            data = json.loads(line)
        except ValueError:
            break
        events.append(Event(data["kind"], data["op"], data["id"], NoteState.from_json(data["state"])))
    return events
