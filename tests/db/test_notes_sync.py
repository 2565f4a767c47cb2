"""Notes kept in step through a shared folder: three data folders of one test syncing in any order, and every fault."""
from __future__ import annotations

import json
import os

import pytest

from db import AtlasPaths, Store, Target
from db.errors import AtlasError

DFID = "working-in-partnership/dfid-ifrc"
ICRC = "working-in-partnership/dfid-icrc"


@pytest.fixture
def devices(tmp_path):
    """Three devices (their own data folders) and the folder they share."""
    shared = tmp_path / "shared"
    shared.mkdir()
    stores = [Store(AtlasPaths.under(tmp_path / name)) for name in ("laptop", "desktop", "tablet")]
    yield stores, shared
    for store in stores:
        store.close()


def state(store: Store) -> dict:
    """What a user sees of a device's notes, bookmarks and saved comparisons."""
    notes = {note.id: (note.title, note.body, note.tags, note.target, bool(note.deleted))
             for note in store.notes() + store.notes(trashed=True)}
    return {"notes": notes, "bookmarks": sorted(store.bookmarks()), "conflicts": store.note_conflicts(),
            "comparisons": sorted((c.id, c.name, c.models) for c in store.saved_comparisons())}


def sync_all(stores, shared, rounds: int = 2) -> None:
    for _ in range(rounds):
        for store in stores:
            assert store.sync_notes(shared).problems == []


def test_notes_highlights_tags_bookmarks_and_comparisons_reach_every_device(devices):
    (laptop, desktop, tablet), shared = devices
    note = laptop.create_note("Ask about the **review**", title="Prep", tags=["donor", "Réunion"], target=Target.entry(DFID))
    quote = laptop.passage_quote(DFID, "DFID")
    highlight = laptop.create_note("", target=Target.passage(DFID, quote.exact, quote.prefix, quote.suffix))
    laptop.set_bookmark(ICRC, True)
    saved = laptop.save_comparison("Donor models", [DFID, ICRC])
    sync_all(devices[0], shared)
    assert state(desktop) == state(tablet) == state(laptop)
    assert desktop.note(note.id).body == "Ask about the **review**" and desktop.note(highlight.id).target.quote == quote
    assert desktop.bookmarks() == [ICRC] and [c.id for c in tablet.saved_comparisons()] == [saved.id]


def test_syncing_again_changes_nothing(devices):
    (laptop, desktop, _), shared = devices
    laptop.create_note("One")
    sync_all(devices[0], shared)
    files = sorted(shared.rglob("*.json"))
    before = [state(store) for store in devices[0]]
    for store in devices[0]:
        report = store.sync_notes(shared)
        assert (report.sent, report.received, report.conflicts) == (0, 0, [])
    assert sorted(shared.rglob("*.json")) == files and [state(store) for store in devices[0]] == before


def test_edits_on_two_devices_keep_both_texts_and_mark_the_note_everywhere(devices):
    (laptop, desktop, tablet), shared = devices
    note = laptop.create_note("First words")
    sync_all(devices[0], shared)
    laptop.update_note(note.id, body="Laptop's words")
    desktop.update_note(note.id, body="Desktop's words")
    sync_all(devices[0], shared)
    assert state(laptop) == state(desktop) == state(tablet) and laptop.note_conflicts() == {note.id}
    for store in devices[0]:
        texts = {revision.body for revision in store.note_revisions(note.id)}
        assert {"Laptop's words", "Desktop's words"} <= texts, "no revision is lost"
    tablet.resolve_conflict(note.id)
    sync_all(devices[0], shared)
    assert laptop.note_conflicts() == desktop.note_conflicts() == set() and state(laptop) == state(tablet)


def test_a_deletion_travels_to_the_trash_and_is_never_purged_by_another_device(devices):
    (laptop, desktop, _), shared = devices
    note = laptop.create_note("To be deleted")
    sync_all(devices[0], shared)
    desktop.delete_note(note.id)
    laptop.set_bookmark(ICRC, True)
    sync_all(devices[0], shared)
    assert [n.id for n in laptop.notes(trashed=True)] == [note.id] and laptop.notes() == []
    laptop.set_bookmark(ICRC, False)
    sync_all(devices[0], shared)
    assert desktop.bookmarks() == [] and [n.id for n in desktop.notes(trashed=True)] == [note.id]


def test_devices_syncing_in_any_order_end_identical(devices):
    (laptop, desktop, tablet), shared = devices
    shared_note = laptop.create_note("Common")
    laptop.sync_notes(shared)
    tablet.sync_notes(shared)
    tablet.update_note(shared_note.id, body="Tablet first")
    desktop.create_note("Desktop's own")
    laptop.update_note(shared_note.id, body="Laptop second")
    desktop.save_comparison("Same name", [DFID, ICRC])
    tablet.save_comparison("Same name", [ICRC, DFID])
    for order in ((tablet, desktop, laptop), (desktop, laptop, tablet), (laptop, tablet, desktop)):
        for store in order:
            store.sync_notes(shared)
    sync_all((laptop, desktop, tablet), shared)
    assert state(laptop) == state(desktop) == state(tablet)
    assert sorted(c.name for c in laptop.saved_comparisons()) == ["Same name", "Same name (2)"]


# -- faults ----------------------------------------------------------------------------------------
def sent_file(shared, store: Store, seq: int = 1):
    device = store.user_connection().execute("SELECT value FROM settings WHERE key='sync.device'").fetchone()[0]
    return shared / "partnership-atlas-notes" / device / f"{seq:08d}.json"


def test_a_file_cut_short_is_read_again_once_whole(devices):
    (laptop, desktop, _), shared = devices
    note = laptop.create_note("Arrives whole later")
    laptop.sync_notes(shared)
    path = sent_file(shared, laptop)
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    report = desktop.sync_notes(shared)
    assert report.received == 0 and desktop.notes() == [] and "read again at the next sync" in report.problems[0]
    path.write_bytes(whole)
    assert desktop.sync_notes(shared).problems == [] and desktop.note(note.id).body == "Arrives whole later"


def test_a_newer_versions_file_waits_and_a_hostile_one_is_refused(devices):
    (laptop, desktop, _), shared = devices
    laptop.create_note("First")
    laptop.sync_notes(shared)
    path = sent_file(shared, laptop)
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, "version": 99}), "utf-8")
    report = desktop.sync_notes(shared)
    assert "newer version" in report.problems[0] and desktop.notes() == []
    for hostile in ({**data, "revisions": [{"rev": 1}]}, {**data, "seq": 7}, [1, 2], {**data, "format": "zip"}):
        path.write_text(json.dumps(hostile), "utf-8")
        report = desktop.sync_notes(shared)
        assert report.problems and report.received == 0 and desktop.notes() == []


def test_names_that_are_not_a_devices_and_links_out_of_the_folder_are_ignored(devices, tmp_path):
    (laptop, desktop, _), shared = devices
    root = shared / "partnership-atlas-notes"
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "00000001.json").write_text("{}", "utf-8")
    root.mkdir()
    (root / "not-a-device").mkdir()
    os.symlink(outside, root / ("0" * 32))
    report = desktop.sync_notes(shared)
    assert (report.devices, report.problems, report.received) == (0, [], 0)


def test_a_gap_in_a_devices_files_holds_its_later_ones(devices):
    (laptop, desktop, _), shared = devices
    laptop.create_note("In file 1")
    laptop.sync_notes(shared)
    laptop.create_note("In file 2")
    laptop.sync_notes(shared)
    first = sent_file(shared, laptop, 1)
    kept = first.read_bytes()
    first.unlink()
    report = desktop.sync_notes(shared)
    assert "00000001.json" in report.problems[0] and desktop.notes() == []
    first.write_bytes(kept)
    desktop.sync_notes(shared)
    assert {n.body for n in desktop.notes()} == {"In file 1", "In file 2"}


def test_a_folder_that_is_not_there_changes_nothing(devices, tmp_path):
    (laptop, _, _), _ = devices
    laptop.create_note("Stays here")
    with pytest.raises(AtlasError, match="not there"):
        laptop.sync_notes(tmp_path / "unplugged-stick")
    assert laptop.user_connection().execute("SELECT count(*) FROM sync_revisions").fetchone()[0] == 0


def test_a_clock_far_ahead_is_said_and_changes_still_merge_in_order(devices):
    (laptop, desktop, _), shared = devices
    note = laptop.create_note("Clock test")
    laptop.sync_notes(shared)
    path = sent_file(shared, laptop)
    data = json.loads(path.read_text("utf-8"))
    path.write_text(json.dumps({**data, "written": "2031-01-01T00:00:00+00:00"}), "utf-8")
    report = desktop.sync_notes(shared)
    assert "clock is ahead" in report.problems[0] and desktop.note(note.id).body == "Clock test"


def test_a_folder_that_goes_away_mid_sync_keeps_what_was_read_and_the_rest_waits(devices, tmp_path, monkeypatch):
    from db.sync import merging

    (laptop, desktop, _), shared = devices
    laptop.create_note("In file 1")
    laptop.sync_notes(shared)
    laptop.create_note("In file 2")
    laptop.sync_notes(shared)
    unplugged = tmp_path / "unplugged"
    real_read = merging.read_changes

    def read_then_unplug(path, device, seq):
        change = real_read(path, device, seq)
        if seq == 1:
            shared.rename(unplugged)  # the stick is pulled out while the sync reads it
        return change

    monkeypatch.setattr(merging, "read_changes", read_then_unplug)
    report = desktop.sync_notes(shared)
    assert report.problems and [n.body for n in desktop.notes()] == ["In file 1"]
    monkeypatch.setattr(merging, "read_changes", real_read)
    unplugged.rename(shared)
    assert desktop.sync_notes(shared).problems == []
    assert {n.body for n in desktop.notes()} == {"In file 1", "In file 2"}
