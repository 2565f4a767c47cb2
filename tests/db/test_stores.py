"""The two stores: where they live, how the cache follows the packs, how the user store is set up."""
from __future__ import annotations

import sqlite3

from db import AtlasPaths, Store, Target
from db.doctor import check_reference, check_user
from db.user.migrations import STEPS, applied, pending


def test_paths_follow_the_home_variable(tmp_path):
    paths = AtlasPaths.default({"PARTNERSHIP_ATLAS_HOME": str(tmp_path)})
    assert paths.user_db == tmp_path / "data" / "user.sqlite"
    assert paths.reference_db == tmp_path / "cache" / "reference.sqlite"
    assert AtlasPaths.default({}).data_dir.name == "PartnershipAtlas"


def test_user_store_uses_wal_foreign_keys_and_migrations(store):
    conn = store._user
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
    assert health.ok and any("rebuilt" in m for m in health.messages)
    assert health.counts["lesson"] == 1 and health.counts["packs"] == 1
    assert sqlite3.connect(home.reference_db).execute("SELECT count(*) FROM entries").fetchone()[0] > 0
    user = check_user(home)
    assert user.ok and user.counts["notes"] == 1 and user.size > 0


def test_doctor_rebuilds_a_stale_cache(home, packs):
    folder = packs.write()
    Store(home, bundled=[folder]).close()
    (folder / "themes" / "extra.md").write_text("---\nid: extra\ntitle: Extra theme\n---\nNew.\n", encoding="utf-8")
    health = check_reference(home, [folder])
    assert any("out of date" in m for m in health.messages)
    assert health.counts["theme"] == 2


def test_doctor_reports_a_damaged_user_store_without_touching_it(home, packs):
    folder = packs.write()
    Store(home, bundled=[folder]).close()
    damaged = b"SQLite format 3\x00" + b"\xff" * 4000
    home.user_db.write_bytes(damaged)
    health = check_user(home)
    assert not health.ok and health.messages
    assert home.user_db.read_bytes() == damaged
