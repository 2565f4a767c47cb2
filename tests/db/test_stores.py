"""The two stores: where they live, how the cache follows the packs, how the user store is set up."""
from __future__ import annotations

import sqlite3

import pytest

from db import AtlasPaths, Store, Target
from db.errors import UserStoreError
from db.doctor import check_reference, check_user
from db.user.migrations import STEPS, applied, pending


def test_paths_follow_the_home_variable(tmp_path):
    paths = AtlasPaths.default({"PARTNERSHIP_ATLAS_HOME": str(tmp_path)})
    assert paths.user_db == tmp_path / "data" / "user.sqlite"
    assert paths.reference_db == tmp_path / "cache" / "reference.sqlite"
    assert AtlasPaths.default({}).data_dir.name == "PartnershipAtlas"


def test_user_store_uses_wal_foreign_keys_and_migrations(store):
    conn = store.user_connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert applied(conn) == [step.__name__ for step in STEPS]
    assert pending(conn) == []


def test_reference_cache_rebuilds_when_pack_content_changes(home, packs):
    folder = packs.write()
    with Store(home, bundled=[folder]) as store:
        assert store.last_rebuild.rebuilt
        assert store.search("quokka").hits == []
        lesson = folder / "lessons" / "keep-trust.md"
        lesson.write_text(lesson.read_text(encoding="utf-8").replace("Regular dialogue", "Quokka dialogue"), encoding="utf-8")
        assert store.refresh().rebuilt
        assert [h.uid for h in store.search("quokka").hits] == ["test-pack/keep-trust"]
        assert not store.refresh().rebuilt, "an unchanged pack does not rebuild"
    with Store(home, bundled=[folder]) as again:
        assert not again.last_rebuild.rebuilt


def test_notes_live_apart_from_the_cache(home, packs):
    folder = packs.write()
    with Store(home, bundled=[folder]) as store:
        note = store.create_note("Kept", target=Target.entry("alpha"))
    home.reference_db.unlink()
    with Store(home, bundled=[folder]) as store:
        assert store.last_rebuild.rebuilt
        assert store.note(note.id).body == "Kept" and not store.note(note.id).detached


def test_doctor_rebuilds_a_damaged_cache_and_reports_counts(home, packs):
    folder = packs.write()
    with Store(home, bundled=[folder]) as store:
        store.create_note("One")
    home.reference_db.write_bytes(b"this is not a database" * 100)
    health = check_reference(home, [folder])
    assert health.ok and health.status.startswith("OK — rebuilt (it was missing or not a reference store")
    assert health.counts["lesson"] == 1 and health.counts["packs"] == 1
    assert sqlite3.connect(home.reference_db).execute("SELECT count(*) FROM entries").fetchone()[0] > 0
    user = check_user(home)
    assert user.ok and user.counts["notes"] == 1 and user.size > 0


def test_doctor_rebuilds_a_stale_cache(home, packs):
    folder = packs.write()
    Store(home, bundled=[folder]).close()
    (folder / "themes" / "extra.md").write_text("---\nid: extra\ntitle: Extra theme\n---\nNew.\n", encoding="utf-8")
    health = check_reference(home, [folder])
    assert health.status == "OK — rebuilt (it was out of date with the packs)"
    assert health.counts["theme"] == 2


def test_doctor_reports_a_damaged_user_store_without_touching_it(home, packs):
    folder = packs.write()
    Store(home, bundled=[folder]).close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000
    home.user_db.write_bytes(damaged)
    health = check_user(home)
    assert not health.ok and health.messages
    assert home.user_db.read_bytes() == damaged


def test_reading_never_creates_the_user_store(home):
    with Store(home) as store:
        store.entries()
        store.search("independence")
        assert not home.user_db.exists()
        note = store.create_note("Now it exists")
        assert home.user_db.is_file()
        assert [hit.uid for hit in store.search("exists kind:note").hits] == [note.id], "search sees a store made after it started"


def test_a_damaged_user_store_leaves_the_content_usable_and_is_never_changed(home):
    with Store(home) as store:
        store.create_note("Kept safe")
    damaged = b"this is not a database" * 200
    home.user_db.write_bytes(damaged)
    with Store(home) as store:
        assert len(store.entries(kind="model")) == 6
        assert store.entry("dfid-ifrc").title
        assert store.compare(["dfid-ifrc", "dfid-icrc"]).rows()
        results = store.search("independence")
        assert results.hits and str(home.user_db) in results.notes_problem
        for attempt in (store.notes, lambda: store.create_note("x"), store.bookmarks, store.saved_comparisons):
            with pytest.raises(UserStoreError, match="it was not changed") as raised:
                attempt()
            assert str(home.user_db) in str(raised.value)
    assert home.user_db.read_bytes() == damaged
    assert sorted(p.name for p in home.data_dir.iterdir()) == ["packs", "user.sqlite"], "no journal or WAL file was made"


def test_questions_are_listed_by_number(home, packs):
    folder = packs.write(entries={
        "questions/a-last.md": ({"id": "a-last", "title": "A question numbered 10", "number": 10, "lessons": ["keep-trust"]}, "Last."),
        "questions/z-second.md": ({"id": "z-second", "title": "Z question numbered 2", "number": 2, "lessons": ["keep-trust"]}, "Second."),
    })
    with Store(home, bundled=[folder]) as store:
        assert [e.id for e in store.entries(kind="question")] == ["q1", "z-second", "a-last"]


def test_doctor_rebuilds_a_cache_that_lost_entries(home, packs):
    folder = packs.write()
    Store(home, bundled=[folder]).close()
    conn = sqlite3.connect(home.reference_db)
    with conn:
        conn.execute("DELETE FROM entries WHERE kind='lesson'")
    conn.close()
    health = check_reference(home, [folder])
    assert health.status.startswith("OK — rebuilt (it was damaged: it holds 7 entries and indexes 8, but 8 were compiled)")
    assert health.counts["lesson"] == 1
    assert check_reference(home, [folder]).status == "OK", "a healthy cache is left alone"


def test_doctor_says_a_missing_user_store_is_not_created_yet(home):
    health = check_user(home)
    assert health.status == "not created yet" and health.ok and not home.user_db.exists()
