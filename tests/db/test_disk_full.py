"""A full disk or a read-only store: saving fails with a clear error, nothing saved is lost, retry works.

Tests run as root in CI, where file permissions stop nothing, so the usual cases are made
through SQLite itself: `PRAGMA max_page_count` makes the writer meet SQLITE_FULL (the error a
full disk gives) and `PRAGMA query_only` makes it meet SQLITE_READONLY. When the tests may
mount a filesystem, a real 8 MB one is filled up as well.
"""
from __future__ import annotations

import errno
import os
import subprocess

import pytest

from db import AtlasPaths, Store
from db.errors import StoreWriteError
from db.user.backups import read_only

BIG = "A long note that needs new pages. " * 12_000  # about 400 KB


def page_limit(store: Store) -> None:
    conn = store.user_connection()
    conn.execute(f"PRAGMA max_page_count = {conn.execute('PRAGMA page_count').fetchone()[0]}")


def stored_bodies(home) -> list[str]:
    conn = read_only(home.user_db)
    try:
        return [row[0] for row in conn.execute("SELECT body FROM notes ORDER BY created")]
    finally:
        conn.close()


def test_saving_on_a_full_disk_fails_clearly_changes_nothing_and_can_be_retried(store, home):
    note = store.create_note("Saved before the disk filled up")
    page_limit(store)
    with pytest.raises(StoreWriteError) as full:
        store.update_note(note.id, body=BIG)
    assert full.value.path == home.user_db and full.value.reason == "the disk is full"
    assert str(home.user_db) in str(full.value) and "Nothing saved before was changed" in str(full.value)
    assert store.note(note.id).body == "Saved before the disk filled up"
    assert [r.body for r in store.note_revisions(note.id)] == ["Saved before the disk filled up"]
    with pytest.raises(StoreWriteError, match="the disk is full"):
        store.create_note(BIG)
    assert stored_bodies(home) == ["Saved before the disk filled up"]

    store.user_connection().execute("PRAGMA max_page_count = 1073741823")  # space is back
    assert store.update_note(note.id, body=BIG).body == BIG
    assert stored_bodies(home) == [BIG]


def test_a_full_disk_counts_no_change_for_backups(store):
    note = store.create_note("Before")
    assert store.backup_if_due() is not None
    page_limit(store)
    with pytest.raises(StoreWriteError):
        store.update_note(note.id, body=BIG)
    assert store.backup_if_due() is None, "nothing was written, so there is nothing new to back up"


def test_saving_to_a_read_only_store_fails_clearly_and_can_be_retried(store, home):
    note = store.create_note("Saved while it could be")
    store.user_connection().execute("PRAGMA query_only = ON")
    for attempt in (lambda: store.update_note(note.id, body="Edited"), lambda: store.set_bookmark("dfid-ifrc", True),
                    lambda: store.save_comparison("Pair", ["dfid-ifrc", "dfid-icrc"]), lambda: store.delete_note(note.id)):
        with pytest.raises(StoreWriteError, match="the file or its folder is read-only"):
            attempt()
    assert store.note(note.id).body == "Saved while it could be" and store.bookmarks() == []
    store.user_connection().execute("PRAGMA query_only = OFF")
    assert store.update_note(note.id, body="Edited").body == "Edited"


# -- a real, tiny filesystem ---------------------------------------------------------------------

@pytest.fixture
def tiny_disk(tmp_path):
    """An 8 MB tmpfs as the data folder (the cache lives elsewhere); needs root and permission to mount."""
    if os.geteuid() != 0:
        pytest.skip("mounting a tiny filesystem needs root; the SQLite-level tests above cover the same errors")
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", str(mount_point)], check=False, capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({mounted.stderr.strip() or mounted.returncode})")
    try:
        yield AtlasPaths(data_dir=mount_point / "data", cache_dir=tmp_path / "cache")
    finally:
        subprocess.run(["umount", str(mount_point)], check=True)


def fill(folder) -> os.PathLike:
    """A file taking every free byte of the filesystem under `folder`."""
    filler = folder / "filler"
    with filler.open("wb") as file:
        try:
            while True:
                file.write(b"\0" * 65536)
                file.flush()
        except OSError as exc:
            assert exc.errno == errno.ENOSPC
    return filler


def test_a_really_full_disk(tiny_disk):
    with Store(tiny_disk) as store:
        note = store.create_note("Saved before the disk filled up")
        filler = fill(tiny_disk.data_dir)
        with pytest.raises(StoreWriteError, match="the disk is full"):
            store.update_note(note.id, body=BIG)
        with pytest.raises(StoreWriteError, match="the disk is full"):
            store.backup_now()
        assert list(tiny_disk.backups_dir.iterdir()) == [], "no partial backup is left behind"
        assert store.note(note.id).body == "Saved before the disk filled up"
        filler.unlink()
        assert store.update_note(note.id, body=BIG).body == BIG
        assert store.backup_now().size > len(BIG)
    with Store(tiny_disk) as again:
        assert again.note(note.id).body == BIG
        assert again.user_connection().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_first_note_on_a_really_full_disk(tiny_disk):
    with Store(tiny_disk) as store:
        filler = fill(tiny_disk.data_dir)
        with pytest.raises(StoreWriteError, match="the disk is full") as full:
            store.create_note("The very first note")
        assert full.value.path == tiny_disk.user_db
        assert sorted(p.name for p in tiny_disk.data_dir.iterdir()) == ["filler", "packs"], "no half-made store is left"
        filler.unlink()
        assert [n.body for n in store.notes()] == [] and store.create_note("The very first note").body == "The very first note"
