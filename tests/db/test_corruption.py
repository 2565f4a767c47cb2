"""Damaged files: the user store is set aside unchanged and a backup offered; the cache is rebuilt.

Each kind of damage is made for real on a store written through Store, then opened again.
"""
from __future__ import annotations

import random
import shutil
import sqlite3
import subprocess
import sys

import pytest

from db import AtlasPaths, Store
from db.errors import UserStoreDamaged, UserStoreTooNew
from db.reference import cache
from db.store.doctor import check_reference, check_user
from db.user.backups import list_backups, read_only


def root_page(path, table: str) -> int:
    conn = read_only(path)
    try:
        return conn.execute("SELECT rootpage FROM sqlite_master WHERE name=?", (table,)).fetchone()[0]
    finally:
        conn.close()


def garbage_page(path, table: str) -> None:
    """Overwrite the first page of `table` with random bytes, as a failing disk or a bad sector would."""
    page_size = int.from_bytes(path.read_bytes()[16:18], "big")
    number = root_page(path, table)
    with path.open("r+b") as file:
        file.seek((number - 1) * page_size)
        file.write(random.Random(number).randbytes(page_size))


def cut_to_half(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) // 2])


def cut_mid_page(path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[:len(data) - 1000])


USER_DAMAGE = {
    "zero bytes": (lambda path: path.write_bytes(b""), "empty (0 bytes)"),
    "not a database": (lambda path: path.write_text("These are my notes, saved as text by mistake.\n" * 50), "not a database file"),
    "truncated": (cut_to_half, "cut short"),
    "truncated mid-page": (cut_mid_page, "cut short"),
    "garbage in the notes table": (lambda path: garbage_page(path, "notes"), ""),
    "garbage in an index": (lambda path: garbage_page(path, "idx_notes_target"), ""),
    "garbage in the header": (lambda path: path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 84 + path.read_bytes()[100:]),
                              "header is damaged"),
}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    """A data folder with 30 notes and a backup, then a note written after the backup; closed."""
    paths = AtlasPaths.under(tmp_path_factory.mktemp("template"))
    with Store(paths) as store:
        for n in range(30):
            store.create_note(f"Note {n}: ask about the mid-term review " * 5, tags=["donor"])
        store.backup_now()
        store.create_note("Written after the backup")
    assert not paths.user_db.with_name("user.sqlite-wal").exists()
    return paths


@pytest.fixture
def backed_up(home, template):
    """A copy of `template` as this test's data folder (made once: it takes a second); its backup."""
    shutil.copytree(template.data_dir.parent, home.data_dir.parent)
    [backup] = list_backups(home.backups_dir)
    return backup


@pytest.mark.parametrize("damage", list(USER_DAMAGE), ids=list(USER_DAMAGE))
def test_a_damaged_user_store_is_set_aside_unchanged_and_the_newest_backup_offered(home, backed_up, damage):
    make, words = USER_DAMAGE[damage]
    make(home.user_db)
    damaged = home.user_db.read_bytes()
    with Store(home) as store:
        assert len(store.entries(kind="model")) == 6, "the content stays usable"
        problem = store.user_store_problem()
        assert isinstance(problem, UserStoreDamaged) and words in problem.reason
        assert problem.moved_to.name.startswith("user.sqlite.damaged-") and problem.moved_to.read_bytes() == damaged
        assert problem.newest_backup == backed_up
        message = str(problem)
        assert str(home.user_db) in message and problem.moved_to.name in message and backed_up.path.name in message
        assert not home.user_db.exists(), "nothing is written where the damaged file was"
        with pytest.raises(UserStoreDamaged):
            store.notes()
        assert store.search("mid-term").notes_problem == "", "search goes on without the file set aside"
        assert store.backup_if_due() is None

        restored = store.restore_backup(problem.newest_backup)
        assert restored.set_aside == problem.moved_to
        assert len(store.notes()) == 30 and store.user_store_problem() is None
    assert problem.moved_to.read_bytes() == damaged


def test_starting_afresh_after_damage_keeps_the_damaged_file(home, backed_up):
    home.user_db.write_bytes(b"")
    with Store(home) as store:
        problem = store.user_store_problem()
        assert store.start_fresh() is None, "the damaged file was already set aside"
        note = store.create_note("A new beginning")
        assert [n.id for n in store.notes()] == [note.id]
    assert problem.moved_to.exists()


def test_damage_without_a_backup_says_so(home):
    with Store(home) as store:
        store.create_note("x")
    home.user_db.write_text("not a database" * 100)
    with Store(home) as store:
        problem = store.user_store_problem()
    assert problem.newest_backup is None and "There is no backup to restore" in str(problem)


def test_the_newest_good_backup_is_offered_when_the_newest_is_damaged(home, backed_up):
    with Store(home) as store:
        newer = store.backup_now()
    newer.path.write_bytes(newer.path.read_bytes()[:4096])
    home.user_db.write_bytes(b"")
    with Store(home) as store:
        assert store.user_store_problem().newest_backup == backed_up


def test_a_damaged_file_is_set_aside_with_its_write_ahead_log(home, tmp_path):
    crashed = tmp_path / "crashed"
    with Store(home) as store:
        store.create_note("In the WAL")
        # A crash leaves the WAL beside the file: copy both while the store is open.
        crashed.mkdir()
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{home.user_db}{suffix}", crashed / f"user.sqlite{suffix}")
    for suffix in ("", "-wal"):
        shutil.copyfile(crashed / f"user.sqlite{suffix}", f"{home.user_db}{suffix}")
    home.user_db.write_text("overwritten by something else" * 200)
    with Store(home) as store:
        problem = store.user_store_problem()
    assert problem.moved_to.with_name(f"{problem.moved_to.name}-wal").read_bytes() == (crashed / "user.sqlite-wal").read_bytes()
    assert sorted(p.name for p in home.data_dir.glob("user.sqlite*")) == sorted([problem.moved_to.name, f"{problem.moved_to.name}-wal"])


def test_a_store_made_by_two_processes_at_once_is_one_store_never_seen_half_made(tmp_path):
    # A 0-byte file counts as damage only because a store is never seen half-made: check that.
    path = tmp_path / "user.sqlite"
    code = ("import sys; from pathlib import Path; from db.user.connection import open_user_db; "
            "c = open_user_db(Path(sys.argv[1])); c.execute('INSERT INTO settings VALUES (?, 1)', (sys.argv[2],)); "
            "c.commit(); c.close()")
    started = [subprocess.Popen([sys.executable, "-c", code, str(path), f"process {n}"], stderr=subprocess.PIPE, text=True)
               for n in range(2)]
    assert [process.communicate()[1] for process in started] == ["", ""]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["user.sqlite"]
    conn = read_only(path)
    try:
        assert [key for (key,) in conn.execute("SELECT key FROM settings ORDER BY key")] == ["process 0", "process 1"]
    finally:
        conn.close()


# -- a store from a newer version ----------------------------------------------------------------

def make_newer(path) -> None:
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("CREATE TABLE highlights_v9 (id TEXT PRIMARY KEY)")
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                     "VALUES ('partnership-atlas-user', 'm009_colour_highlights', '2031-01-01')")
    conn.close()


def test_a_store_from_a_newer_version_is_neither_moved_nor_changed(home, backed_up):
    make_newer(home.user_db)
    before = home.user_db.read_bytes()
    with Store(home) as store:
        problem = store.user_store_problem()
        assert isinstance(problem, UserStoreTooNew) and problem.unknown_steps == ["m009_colour_highlights"]
        assert "newer version of Partnership Atlas" in str(problem) and str(home.user_db) in str(problem)
        for attempt in (store.notes, lambda: store.create_note("x"), store.backup_now):
            with pytest.raises(UserStoreTooNew):
                attempt()
        assert store.backup_if_due() is None
    assert home.user_db.read_bytes() == before
    assert sorted(p.name for p in home.data_dir.glob("user.sqlite*")) == ["user.sqlite"]


def test_a_newer_store_is_set_aside_when_the_user_goes_on_with_this_version(home, backed_up):
    make_newer(home.user_db)
    before = home.user_db.read_bytes()
    with Store(home) as store:
        store.user_store_problem()
        kept = store.start_fresh()
        assert kept.name.startswith("user.sqlite.newer-version-") and kept.read_bytes() == before
        store.create_note("Fresh")
    make_newer(home.user_db)
    with Store(home) as store:
        assert isinstance(store.user_store_problem(), UserStoreTooNew)
        restored = store.restore_backup(backed_up)
        assert restored.set_aside.name.startswith("user.sqlite.newer-version-")
        assert len(store.notes()) == 30


# -- the write-ahead log -------------------------------------------------------------------------

def crash_with_wal(home, tmp_path, *bodies: str):
    """The store and its WAL as a crash leaves them, with `bodies` committed to the WAL only."""
    with Store(home) as store:
        store.create_note("Checkpointed long ago")
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    with Store(home) as store:
        for body in bodies:
            store.create_note(body)
        for suffix in ("", "-wal"):
            shutil.copyfile(f"{home.user_db}{suffix}", crashed / f"user.sqlite{suffix}")
    for suffix in ("", "-wal"):
        shutil.copyfile(crashed / f"user.sqlite{suffix}", f"{home.user_db}{suffix}")
    return home.user_db.with_name("user.sqlite-wal")


def test_a_write_ahead_log_cut_short_loses_only_the_commit_it_was_writing(home, tmp_path):
    wal = crash_with_wal(home, tmp_path, "First in the WAL", "Second in the WAL")
    wal.write_bytes(wal.read_bytes()[:-1000])
    with Store(home) as store:
        assert store.user_store_problem() is None
        assert sorted(n.body for n in store.notes()) == ["Checkpointed long ago", "First in the WAL"]
        assert store.user_connection().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_garbage_in_the_write_ahead_log_never_reaches_the_store(home, tmp_path):
    wal = crash_with_wal(home, tmp_path, "Only in the WAL")
    data = bytearray(wal.read_bytes())
    data[32 + 24 + 100:32 + 24 + 600] = random.Random(7).randbytes(500)  # inside the first frame's page
    wal.write_bytes(bytes(data))
    with Store(home) as store:
        assert store.user_store_problem() is None
        assert [n.body for n in store.notes()] == ["Checkpointed long ago"], "frames that fail their checksum are not used"
        assert store.user_connection().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- the reference cache -------------------------------------------------------------------------

REFERENCE_DAMAGE = {
    "garbage in the entries table": lambda path: garbage_page(path, "entries"),
    "garbage in the search index": lambda path: garbage_page(path, "entries_fts_data"),
    "truncated": cut_to_half,
    "zero bytes": lambda path: path.write_bytes(b""),
    "not a database": lambda path: path.write_text("cache" * 1000),
}


@pytest.mark.parametrize("damage", list(REFERENCE_DAMAGE), ids=list(REFERENCE_DAMAGE))
def test_a_damaged_reference_cache_is_rebuilt_silently_at_the_next_start(home, damage):
    Store(home).close()
    REFERENCE_DAMAGE[damage](home.reference_db)
    with Store(home) as store:
        assert store.last_rebuild.rebuilt
        assert [hit.uid for hit in store.search("independence", limit=3).hits]
        assert len(store.entries(kind="lesson")) == 19
    assert check_reference(home, []).status != "PROBLEM"


def test_a_large_cache_is_not_read_through_at_every_start_but_doctor_repairs_it(home, monkeypatch):
    Store(home).close()
    garbage_page(home.reference_db, "entries")
    monkeypatch.setattr(cache, "QUICK_CHECK_LIMIT", 0)
    with Store(home) as store:
        assert not store.last_rebuild.rebuilt, "above the limit only a cut-short file is caught at start"
    from db.files.resources import bundled_pack_dirs

    health = check_reference(home, bundled_pack_dirs())
    assert health.ok and health.repaired.startswith("it was damaged")
    assert check_user(home).status == "not created yet"
