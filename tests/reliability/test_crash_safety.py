"""SIGKILL a note-writing process at random moments: user.sqlite stays sound and no saved note is lost.

ATLAS_KILLS sets the number of kills (20 here; the full run is `python -m tests.reliability.run
--kills 250`); ATLAS_KILL_SEED picks another sequence of kill moments and writes.
"""
from __future__ import annotations

import os
import signal
import sqlite3
from dataclasses import replace

import pytest

from db import AtlasPaths, Store
from tests.reliability.journal import ACK, INTENT, Event, NoteState
from tests.reliability.kills import run_kills
from tests.reliability.verify import verify


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX systems only")
def test_killed_writer_loses_no_saved_note(tmp_path):
    kills = int(os.environ.get("ATLAS_KILLS", "20"))
    report = run_kills(tmp_path / "home", kills, seed=int(os.environ.get("ATLAS_KILL_SEED", "0")))
    print(report.summary())
    assert report.failures == []
    assert (report.kills, report.survived, report.lost) == (kills, kills, 0)
    assert report.acknowledged > kills  # the writers did write between the kills


# -- the checks themselves catch what they are meant to catch -----------------------------------
@pytest.fixture
def written(tmp_path):
    """A store with one saved note, and that note's journal as the writer would have kept it."""
    paths = AtlasPaths.under(tmp_path / "home")
    with Store(paths) as store:
        note = store.create_note("Saved text.", title="Saved", tags=["meeting"])
    state = NoteState.of(note)
    return paths, note.id, [Event(INTENT, "create", None, state), Event(ACK, "create", note.id, state)]


def test_a_saved_note_missing_from_the_file_is_counted_lost(written):
    paths, note_id, journal = written
    claimed = replace(journal[1].state, title="Edited")
    verdict = verify(paths.user_db, [*journal, Event(INTENT, "update", note_id, claimed), Event(ACK, "update", note_id, claimed)], {})
    assert verdict.lost == [note_id] and verdict.acknowledged == 2


def test_the_call_in_flight_may_or_may_not_have_committed(written):
    paths, note_id, journal = written
    edit = Event(INTENT, "update", note_id, replace(journal[1].state, title="Edited"))
    verdict = verify(paths.user_db, [*journal, edit], {})
    assert (verdict.lost, verdict.problems, verdict.in_flight) == ([], [], "not committed")
    with Store(paths) as store:
        store.update_note(note_id, title="Edited")
    assert verify(paths.user_db, [*journal, edit], {}).in_flight == "committed"
    assert verify(paths.user_db, journal, {}).lost == [note_id]  # ...but only while it was in flight


def test_a_note_no_call_created_is_reported(written):
    paths, _note_id, journal = written
    verdict = verify(paths.user_db, journal[:1], {})
    assert verdict.in_flight == "committed" and verdict.problems == []
    assert verify(paths.user_db, [], {}).problems == [f"1 note(s) in the file that no call created: {[journal[1].note_id]}"]


def test_a_full_text_row_out_of_step_with_its_note_is_reported(written):
    paths, note_id, journal = written
    with sqlite3.connect(paths.user_db) as conn:
        conn.execute("UPDATE notes_fts SET body = 'other text' WHERE note_id = ?", (note_id,))
    assert verify(paths.user_db, journal, {}).problems == [f"note {note_id}: the full-text index holds another body than the note"]
