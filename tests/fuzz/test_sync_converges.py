"""Random edits and syncs on three devices: once every device has synced after the last change, all three
hold the same notes, bookmarks and conflict marks, and every revision any device sent is kept by each.

    HYPOTHESIS_PROFILE=long python -m pytest tests/fuzz/test_sync_converges.py     (many more runs)
"""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from db import AtlasPaths, Store

DEVICES = 3
ENTRIES = ("working-in-partnership/dfid-ifrc", "working-in-partnership/dfid-icrc")
device = st.integers(0, DEVICES - 1)
words = st.sampled_from(["funding", "review", "Réunion", "volunteers", "شراكة", ""])
RUNS: list[tuple[int, int]] = []
"""(notes, notes marked as edited on two devices) of each random history that converged."""


def seen(store: Store) -> dict:
    notes = {note.id: (note.title, note.body, note.tags, bool(note.deleted))
             for note in store.notes() + store.notes(trashed=True)}
    return {"notes": notes, "bookmarks": sorted(store.bookmarks()), "conflicts": store.note_conflicts()}


def revisions_kept(store: Store) -> set[str]:
    return {rev for rev, in store.user_connection().execute("SELECT rev FROM sync_revisions WHERE rev NOT LIKE 'merge:%'")}


@pytest.fixture(scope="module")
def cache(tmp_path_factory):
    """The reference store compiled once; each device has its own notes file beside it."""
    folder = tmp_path_factory.mktemp("sync-cache")
    Store(AtlasPaths(data_dir=folder / "first", cache_dir=folder)).close()
    return folder


class ThreeDevices(RuleBasedStateMachine):
    cache_dir: Path

    def __init__(self):
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="sync-"))
        (self.folder / "shared").mkdir()
        self.stores = [Store(AtlasPaths(data_dir=self.folder / f"device{n}", cache_dir=self.cache_dir)) for n in range(DEVICES)]

    def notes_on(self, index: int) -> list:
        store = self.stores[index]
        return store.notes() + store.notes(trashed=True)

    @rule(on=device, text=words)
    def write(self, on, text):
        self.stores[on].create_note(f"{text} note", tags=[text] if text else [])

    @precondition(lambda self: any(store.notes() for store in self.stores))
    @rule(on=device, pick=st.integers(0, 50), text=words)
    def edit(self, on, pick, text):
        notes = self.stores[on].notes()  # a note in the trash is restored before it is edited
        if notes:
            note = notes[pick % len(notes)]
            self.stores[on].update_note(note.id, body=f"{note.body} {text}".strip(), tags=[*note.tags, text] if text else None)

    @rule(on=device, pick=st.integers(0, 50))
    def delete_or_restore(self, on, pick):
        notes = self.notes_on(on)
        if notes:
            note = notes[pick % len(notes)]
            (self.stores[on].restore_note if note.deleted else self.stores[on].delete_note)(note.id)

    @rule(on=device, entry=st.sampled_from(ENTRIES))
    def bookmark(self, on, entry):
        store = self.stores[on]
        store.set_bookmark(entry, not store.is_bookmarked(entry))

    @rule(on=device)
    def sync(self, on):
        assert self.stores[on].sync_notes(self.folder / "shared").problems == []

    @invariant()
    def a_note_is_never_in_two_minds(self):
        for store in self.stores:
            assert store.note_conflicts() <= {note.id for note in store.notes() + store.notes(trashed=True)}

    def teardown(self):
        try:
            for _ in range(2):
                for n in range(DEVICES):
                    self.sync(n)
            states = [seen(store) for store in self.stores]
            assert states[0] == states[1] == states[2]
            kept = [revisions_kept(store) for store in self.stores]
            assert kept[0] == kept[1] == kept[2], "every revision sent is kept by every device"
            RUNS.append((len(states[0]["notes"]), len(states[0]["conflicts"])))
        finally:
            for store in self.stores:
                store.close()
            shutil.rmtree(self.folder, ignore_errors=True)


def test_three_devices_converge_whatever_they_do(cache):
    ThreeDevices.cache_dir = cache
    runner = ThreeDevices.TestCase
    runner.settings = settings(settings(), stateful_step_count=30)  # the fuzz profile's 50 histories; long: 10,000
    runner("runTest").runTest()
    assert RUNS, "no history ran to its end"
