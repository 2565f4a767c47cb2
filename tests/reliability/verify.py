"""After a kill: is user.sqlite sound, and does it hold every note the writer was told was saved?"""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from tests.reliability.journal import ACK, INTENT, Event, NoteState, digest


@dataclass
class Verdict:
    problems: list[str] = field(default_factory=list)
    lost: list[str] = field(default_factory=list)  # notes not holding their last acknowledged state
    acknowledged: int = 0  # calls the store acknowledged in this writer's journal
    in_flight: str = ""  # "committed", "not committed", "no change" or "" when no call was in flight
    stored: dict[str, NoteState] = field(default_factory=dict)  # the notes as the file holds them now


def stored_notes(conn: sqlite3.Connection) -> dict[str, NoteState]:
    tags: dict[str, list[str]] = {}
    for note_id, tag in conn.execute("SELECT note_id, tag FROM note_tags"):
        tags.setdefault(note_id, []).append(tag)
    return {
        note_id: NoteState(title or "", digest(body), tuple(tags.get(note_id, ())), deleted is not None)
        for note_id, title, body, deleted in conn.execute("SELECT id, title, body, deleted FROM notes")
    }


def check_file(conn: sqlite3.Connection, stored: dict[str, NoteState]) -> list[str]:
    """SQLite's own checks, then the invariants every note transaction keeps: one full-text row
    and a newest revision matching each note."""
    problems = []
    integrity = [row[0] for row in conn.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append(f"PRAGMA integrity_check: {integrity[:5]}")
    orphans = conn.execute("PRAGMA foreign_key_check").fetchall()
    if orphans:
        problems.append(f"PRAGMA foreign_key_check: {orphans[:5]}")
    try:
        with conn:
            conn.execute("INSERT INTO notes_fts (notes_fts) VALUES ('integrity-check')")
    except sqlite3.DatabaseError as exc:
        problems.append(f"notes_fts integrity-check: {exc}")
    indexed = {note_id: digest(body) for note_id, body in conn.execute("SELECT note_id, body FROM notes_fts")}
    if conn.execute("SELECT count(*) FROM notes_fts").fetchone()[0] != len(stored):
        problems.append("notes_fts does not hold exactly one row per note")
    newest = {note_id: (title or "", digest(body)) for note_id, title, body in conn.execute(
        "SELECT note_id, title, body FROM note_revisions WHERE id IN (SELECT max(id) FROM note_revisions GROUP BY note_id)")}
    for note_id, state in stored.items():
        if indexed.get(note_id) != state.body:
            problems.append(f"note {note_id}: the full-text index holds another body than the note")
        if newest.get(note_id) != (state.title, state.body):
            problems.append(f"note {note_id}: the newest revision differs from the note")
    return problems


def verify(user_db: Path, events: list[Event], before: dict[str, NoteState]) -> Verdict:
    """`before`: the notes as they were when the writer started; `events`: its journal."""
    acked = dict(before)
    pending: Event | None = None
    verdict = Verdict()
    for event in events:
        if event.kind == INTENT:
            pending = event
        elif event.kind == ACK:
            verdict.acknowledged += 1
            pending = None
            if event.state is None:
                acked.pop(event.note_id, None)
            else:
                acked[event.note_id] = event.state
    conn = sqlite3.connect(user_db)  # plain sqlite3: replays whatever the WAL holds
    try:
        verdict.stored = stored_notes(conn)
        verdict.problems = check_file(conn, verdict.stored)
    finally:
        conn.close()
    stored = verdict.stored
    new = [note_id for note_id in stored if note_id not in acked]
    if pending is not None:
        verdict.in_flight = _settle(pending, acked, stored, new)
    verdict.lost = [note_id for note_id, state in acked.items() if stored.get(note_id) != state]
    for note_id in verdict.lost:
        verdict.problems.append(f"note {note_id}: stored {stored.get(note_id)}, last acknowledged {acked[note_id]}")
    if new:
        verdict.problems.append(f"{len(new)} note(s) in the file that no call created: {new[:3]}")
    return verdict


def _settle(pending: Event, acked: dict[str, NoteState], stored: dict[str, NoteState], new: list[str]) -> str:
    """The call in flight at the kill may have committed or not, nothing in between: accept its
    new state into `acked` (and drop the note it created from `new`) when the file holds it."""
    if pending.op == "create":
        if len(new) == 1 and stored[new[0]] == pending.state:
            acked[new.pop()] = pending.state
            return "committed"
        return "not committed"
    before = acked.get(pending.note_id)
    after = stored.get(pending.note_id)
    if after != pending.state:
        return "not committed"
    if pending.state is None:
        acked.pop(pending.note_id, None)
    else:
        acked[pending.note_id] = pending.state
    return "no change" if before == pending.state else "committed"
