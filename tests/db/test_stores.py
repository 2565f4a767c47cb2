"""The two stores: where they live, how the cache follows the packs, how the user store is set up."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from db import AtlasPaths, Store, Target
from db.errors import UserStoreError
from db.files.paths import DataFolderError
from db.packs.registry import PackLocation, content_stamp, installed_path, pack_locations
from db.reference.cache import PREBUILT_REASON, ensure_fresh, read_meta, write_prebuilt
from db.reference.schema import SCHEMA_VERSION
from db.store.doctor import check_reference, check_user
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


@pytest.mark.parametrize("lessons", [0, 600], ids=["short listing, kept as is", "long listing, hashed"])
def test_the_pack_stamp_changes_with_any_file_added_replaced_or_removed(packs, lessons):
    folder = packs.write()
    for number in range(lessons):
        shutil.copy(folder / "lessons" / "keep-trust.md", folder / "lessons" / f"copy-{number:04d}.md")
    locations = [PackLocation(folder, "bundled")]
    stamps = [content_stamp(locations, SCHEMA_VERSION)]
    assert content_stamp(locations, SCHEMA_VERSION) == stamps[0], "nothing changed, nothing differs"
    assert content_stamp(locations, SCHEMA_VERSION + 1) != stamps[0], "a new schema rebuilds"
    lesson = folder / "lessons" / "keep-trust.md"
    text = lesson.read_text(encoding="utf-8")
    replacement = folder / "replacement.tmp"
    replacement.write_text(text.replace("Regular", "Routine"), encoding="utf-8")  # same size
    replacement.replace(lesson)
    stamps.append(content_stamp(locations, SCHEMA_VERSION))
    (folder / "lessons" / "added.md").write_text(text, encoding="utf-8")
    stamps.append(content_stamp(locations, SCHEMA_VERSION))
    (folder / "lessons" / "added.md").unlink()
    stamps.append(content_stamp(locations, SCHEMA_VERSION))
    assert len(set(stamps)) == 4
    hashed = [len(stamp) == 64 and stamp.isalnum() for stamp in stamps]
    assert hashed == [bool(lessons)] * 4, "the bundled pack's listing is short enough to compare exactly"


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
            with pytest.raises(UserStoreError, match="moved, unchanged") as raised:
                attempt()
            assert str(home.user_db) in str(raised.value)
    moved = raised.value.moved_to
    assert moved.read_bytes() == damaged, "set aside (tests/db/test_corruption.py), never changed"
    assert sorted(p.name for p in home.data_dir.iterdir()) == ["packs", moved.name], "no journal or WAL file was made"


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


# -- portable use --------------------------------------------------------------------------------

def test_a_data_folder_next_to_the_frozen_program_holds_everything(tmp_path):
    program = tmp_path / "stick" / "PartnershipAtlas"
    (tmp_path / "stick" / "data").mkdir(parents=True)
    paths = AtlasPaths.default({}, executable=program, frozen=True)
    assert paths.data_dir == tmp_path / "stick" / "data"
    assert paths.user_db.parent == paths.packs_dir.parent == paths.reference_db.parent.parent == tmp_path / "stick" / "data"


def test_a_data_folder_beside_a_macos_app_bundle_counts(tmp_path):
    program = tmp_path / "stick" / "PartnershipAtlas.app" / "Contents" / "MacOS" / "PartnershipAtlas"
    program.parent.mkdir(parents=True)
    (tmp_path / "stick" / "data").mkdir()
    assert AtlasPaths.default({}, executable=program, frozen=True).data_dir == tmp_path / "stick" / "data"


@pytest.mark.parametrize("environ, frozen, data_folder", [
    ({}, True, False),    # frozen, but no data folder: the user's folders
    ({}, False, True),    # running from source: a `data` folder beside python means nothing
])
def test_without_a_portable_folder_data_goes_to_the_user_folders(tmp_path, environ, frozen, data_folder):
    if data_folder:
        (tmp_path / "data").mkdir()
    paths = AtlasPaths.default(environ, executable=tmp_path / "PartnershipAtlas", frozen=frozen)
    assert paths.data_dir.name == "PartnershipAtlas" and not paths.data_dir.is_relative_to(tmp_path)


def test_the_home_variable_wins_over_a_portable_folder(tmp_path):
    (tmp_path / "stick" / "data").mkdir(parents=True)
    paths = AtlasPaths.default({"PARTNERSHIP_ATLAS_HOME": str(tmp_path / "elsewhere")},
                               executable=tmp_path / "stick" / "PartnershipAtlas", frozen=True)
    assert paths == AtlasPaths.under(tmp_path / "elsewhere")


def test_an_unwritable_data_folder_is_refused_with_a_clear_message(tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    paths = AtlasPaths.under(blocker)
    problem = paths.writable_problem()
    assert isinstance(problem, DataFolderError) and problem.folder == paths.data_dir
    assert f"cannot write to its data folder {paths.data_dir}" in str(problem) and "PARTNERSHIP_ATLAS_HOME" in str(problem)
    with pytest.raises(DataFolderError):
        Store(paths)
    assert blocker.read_text() == "a file where the data folder should be"


def test_checking_a_data_folder_leaves_no_file_behind(home):
    assert home.writable_problem() is None
    assert sorted(p.name for p in home.data_dir.iterdir()) == ["packs"] and list(home.cache_dir.iterdir()) == []


# -- the prebuilt reference store of the frozen build ---------------------------------------------

@pytest.fixture
def shipped(packs, tmp_path):
    """A pack compiled at 'build time', then shipped (copied) into another folder with its prebuilt store."""
    folder = packs.write()
    prebuilt = tmp_path / "build" / "reference.sqlite"
    assert write_prebuilt(prebuilt, [folder]).skipped == []
    copy = shutil.copytree(folder, tmp_path / "app" / "resources" / "content" / folder.name)
    return copy, prebuilt


def test_first_start_copies_the_prebuilt_store_without_reading_any_pack(home, shipped, monkeypatch):
    folder, prebuilt = shipped

    def no_parsing(location):
        raise AssertionError(f"pack {location} was parsed")

    monkeypatch.setattr("db.packs.loader.load_pack", no_parsing)
    locations = [PackLocation(folder, "bundled")]
    report = ensure_fresh(home.reference_db, locations, prebuilt=prebuilt)
    assert report.rebuilt and report.reason == PREBUILT_REASON and report.skipped == []
    assert read_meta(home.reference_db)["stamp"] == content_stamp(locations, SCHEMA_VERSION)
    assert sorted(p.name for p in home.cache_dir.iterdir()) == ["reference.sqlite"], "no temporary file is left"
    with Store(home, bundled=[folder]) as store:
        assert not store.last_rebuild.rebuilt, "the copy is current: the next start keeps it"
        assert [h.uid for h in store.search("dialogue").hits] == ["test-pack/keep-trust"]
        assert store.packs()[0]["location"] == str(folder), "the pack is named where it is now, not where it was built"


def test_the_prebuilt_store_is_not_copied_over_an_up_to_date_cache(home, shipped):
    folder, prebuilt = shipped
    with Store(home, bundled=[folder]):
        pass
    assert not ensure_fresh(home.reference_db, [PackLocation(folder, "bundled")], prebuilt=prebuilt).rebuilt


def _edit_bundled(folder, prebuilt, home):
    lesson = folder / "lessons" / "keep-trust.md"
    lesson.write_text(lesson.read_text(encoding="utf-8").replace("Regular dialogue", "Quokka dialogue"), encoding="utf-8")


def _install_a_pack(folder, prebuilt, home):
    home.packs_dir.mkdir(parents=True, exist_ok=True)
    archive = shutil.make_archive(str(home.packs_dir / "other"), "zip", folder)
    Path(archive).rename(installed_path(home.packs_dir, "other"))


def _older_schema(folder, prebuilt, home):
    conn = sqlite3.connect(prebuilt)
    with conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(SCHEMA_VERSION - 1),))
    conn.close()


def _damaged(folder, prebuilt, home):
    prebuilt.write_bytes(b"not a database" * 100)


@pytest.mark.parametrize("spoil", [_edit_bundled, _install_a_pack, _older_schema, _damaged],
                         ids=["bundled file edited", "pack installed", "older schema", "damaged file"])
def test_the_packs_are_compiled_when_the_prebuilt_store_does_not_match(home, shipped, spoil):
    folder, prebuilt = shipped
    spoil(folder, prebuilt, home)
    report = ensure_fresh(home.reference_db, pack_locations(home.packs_dir, [folder]), prebuilt=prebuilt)
    assert report.rebuilt and report.reason == "missing or unreadable"
    assert read_meta(home.reference_db)["entries"] == "8"


def test_a_forced_rebuild_never_copies_the_prebuilt_store(home, shipped):
    folder, prebuilt = shipped
    report = ensure_fresh(home.reference_db, [PackLocation(folder, "bundled")], force=True, prebuilt=prebuilt)
    assert report.reason == "rebuild requested" and "bundled_fingerprint" not in read_meta(home.reference_db)
