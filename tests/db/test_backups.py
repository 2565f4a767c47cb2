"""Backups of user.sqlite: the online backup API, when they are due, rotation, restore."""
from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from db import AtlasError, Store
from db.user.backups import (
    BACKUP_INTERVAL,
    ROTATION,
    Rotation,
    backup_due,
    create_backup,
    kept_times,
    list_backups,
    read_only,
    rotate,
)
from db.user.migrations import STEPS, applied
from tests.fixtures.make_user_stores import FOLDER as FIXTURES

NOW = datetime(2025, 3, 12, 14, 5, 1, tzinfo=UTC)


def rows(path, sql="SELECT body FROM notes ORDER BY body"):
    conn = read_only(path)
    try:
        return [row[0] if len(row) == 1 else row for row in conn.execute(sql).fetchall()]
    finally:
        conn.close()


# -- making a backup -----------------------------------------------------------------------------

def test_a_backup_is_a_standalone_verified_copy_holding_what_the_wal_holds(store, home):
    store.create_note("Only in the write-ahead log so far")
    assert home.user_db.with_name("user.sqlite-wal").stat().st_size > 0
    plain_copy = home.data_dir / "copy.sqlite"
    shutil.copyfile(home.user_db, plain_copy)
    assert rows(plain_copy) == [], "a file copy of a live store misses what is still in its WAL"

    backup = store.backup_now(now=NOW)
    assert backup.path.parent == home.backups_dir and backup.path.name == "user-20250312-140501.000Z.sqlite"
    assert backup.created == NOW and store.backups() == [backup]
    assert rows(backup.path) == ["Only in the write-ahead log so far"]
    assert rows(backup.path, "PRAGMA journal_mode") == ["delete"] and rows(backup.path, "PRAGMA integrity_check") == ["ok"]
    assert sorted(p.name for p in home.backups_dir.iterdir()) == [backup.path.name], "no -wal, -shm or temporary file"


def test_backups_made_in_the_same_millisecond_keep_distinct_names_in_order(store):
    store.create_note("x")
    first, second = (create_backup(store.user_connection(), store.paths.backups_dir, now=NOW) for _ in range(2))
    assert second.created == first.created + timedelta(milliseconds=1)
    assert store.backups() == [second, first]


def test_there_is_nothing_to_back_up_before_the_first_note(store, home):
    assert store.backup_if_due(now=NOW) is None
    with pytest.raises(AtlasError, match="nothing to back up yet"):
        store.backup_now()
    assert not home.user_db.exists() and not home.backups_dir.exists()


def test_list_ignores_other_files(home, store):
    store.create_note("x")
    made = store.backup_now(now=NOW)
    for stray in ("notes.txt", "user-2025.sqlite", ".user-20250312-140501.000Z.sqlite.12.tmp"):
        (home.backups_dir / stray).write_text("not a backup")
    assert list_backups(home.backups_dir) == [made]


# -- when a backup is due ------------------------------------------------------------------------

@pytest.mark.parametrize("last, changed, due", [
    (None, True, True),                                       # at start, something changed since the newest backup
    (None, False, False),                                     # at start, nothing changed: skipped
    (NOW - timedelta(minutes=29, seconds=59), True, False),   # changed, but a backup was made less than 30 min ago
    (NOW - BACKUP_INTERVAL, True, True),
    (NOW - timedelta(hours=5), False, False),                 # nothing changed: never, however long ago
    (NOW + timedelta(hours=1), True, True),                   # the clock was set back: better a copy too many
])
def test_backup_due(last, changed, due):
    assert backup_due(NOW, last, changed) is due


def test_backup_if_due_follows_changes_across_sessions_and_processes(home):
    with Store(home) as store:
        note = store.create_note("First")
        first = store.backup_if_due(now=NOW)
        assert first is not None, "at start, with changes"
        assert store.backup_if_due(now=NOW + timedelta(hours=1)) is None, "nothing changed since"
        store.update_note(note.id, body="Second")
        assert store.backup_if_due(now=NOW + timedelta(minutes=10)) is None, "changed, but not 30 minutes yet"
        store.update_note(note.id, body="Second")  # the same text: not a change
        second = store.backup_if_due(now=NOW + timedelta(minutes=30))
        assert second is not None and rows(second.path) == ["Second"]
    with Store(home) as store:
        assert store.backup_if_due(now=NOW + timedelta(hours=2)) is None, "a new session: nothing changed since the newest backup"
        with Store(home) as other:  # another window or a command, with its own connection
            other.create_note("Written elsewhere")
        third = store.backup_if_due(now=NOW + timedelta(hours=2))
        assert third is not None and rows(third.path) == ["Second", "Written elsewhere"]


def test_a_write_that_fails_counts_no_change(store):
    note = store.create_note("Kept")
    assert store.backup_if_due(now=NOW) is not None
    with pytest.raises(AtlasError):
        store.restore_note(note.id)  # not in the trash: refused before anything is written
    assert store.backup_if_due(now=NOW + timedelta(days=1)) is None


# -- rotation ------------------------------------------------------------------------------------

def hours_ago(*hours: float) -> list[datetime]:
    return [NOW - timedelta(hours=h) for h in hours]


def test_rotation_keeps_the_newest_few_then_one_a_day_a_week_a_month():
    start = NOW.replace(minute=0, second=0)
    every_half_hour_for_two_years = [start - timedelta(minutes=30 * n) for n in range(2 * 365 * 48)]
    kept = sorted(kept_times(every_half_hour_for_two_years, NOW), reverse=True)
    assert kept[:ROTATION.recent] == every_half_hour_for_two_years[:ROTATION.recent]
    days = {moment.date() for moment in kept if moment > NOW - timedelta(days=7)}
    assert len(days) == 7, "one for each of the last seven days"
    assert kept[-1] > NOW - timedelta(days=366), "nothing older than twelve months"
    months = {(moment.year, moment.month) for moment in kept}
    assert len(months) == 12
    # The day's, week's or month's newest copy is kept: it holds what that period wrote.
    assert datetime(2025, 2, 28, 23, 30, tzinfo=UTC) in kept and datetime(2025, 2, 28, 23, 0, tzinfo=UTC) not in kept
    assert datetime(2025, 3, 2, 23, 30, tzinfo=UTC) in kept, "the newest of the week of Monday 24 February"
    assert datetime(2025, 3, 2, 23, 0, tzinfo=UTC) not in kept
    assert len(kept) <= ROTATION.recent + ROTATION.days + ROTATION.weeks + ROTATION.months


def test_rotation_of_a_few_backups_keeps_them_all():
    few = hours_ago(0, 1, 30, 24 * 40)
    assert kept_times(few, NOW) == set(few)


def test_rotation_with_nothing_recent_still_keeps_the_newest():
    old = hours_ago(24 * 400, 24 * 500)
    assert kept_times(old, NOW, Rotation(recent=1, days=0, weeks=0, months=0)) == {old[0]}
    assert kept_times([], NOW) == set()


# Backup times up to two years before NOW, to the second.
moments = st.lists(st.integers(min_value=0, max_value=2 * 366 * 86400).map(lambda back: NOW - timedelta(seconds=back)),
                   max_size=40)


def last_days(count: int) -> set:
    return {(NOW - timedelta(days=back)).date() for back in range(count)}


def last_weeks(count: int) -> set:
    return {(NOW - timedelta(weeks=back)).isocalendar()[:2] for back in range(count)}


def last_months(count: int) -> set:
    return {((NOW.year * 12 + NOW.month - 1 - back) // 12, (NOW.month - 1 - back) % 12 + 1) for back in range(count)}


SLOTS = ((lambda m: m.date(), last_days), (lambda m: m.isocalendar()[:2], last_weeks), (lambda m: (m.year, m.month), last_months))


@settings(max_examples=60, deadline=None)
@given(moments, st.integers(min_value=0, max_value=3))
def test_rotation_properties(times, recent):
    rotation = Rotation(recent=recent)
    kept = kept_times(times, NOW, rotation)
    assert kept <= set(times)
    assert set(sorted(set(times), reverse=True)[:recent]) <= kept
    for (slot_of, window), count in zip(SLOTS, (rotation.days, rotation.weeks, rotation.months)):
        for slot in window(count):
            in_slot = [moment for moment in times if slot_of(moment) == slot]
            assert not in_slot or max(in_slot) in kept, f"the newest copy of {slot}"
    assert len(kept) <= recent + rotation.days + rotation.weeks + rotation.months
    assert kept_times(kept, NOW, rotation) == kept, "rotating again deletes nothing more"


@settings(max_examples=60, deadline=None)
@given(moments, moments, st.integers(min_value=0, max_value=90 * 24))
def test_rotating_on_the_way_never_loses_a_copy_a_later_rotation_keeps(earlier, added, hours_later):
    later = NOW + timedelta(hours=hours_later)
    assert kept_times(kept_times(earlier, NOW) | set(added), later) == kept_times(set(earlier) | set(added), later)


def test_rotate_deletes_the_files_rotation_drops_and_stale_temporaries(home, store):
    store.create_note("x")
    made = [create_backup(store.user_connection(), home.backups_dir, now=NOW - timedelta(hours=h)) for h in range(8)]
    stale = home.backups_dir / ".user-20250101-000000.000Z.sqlite.99.tmp"
    stale.write_text("left by a crash")
    fresh = home.backups_dir / ".user-20250312-140500.000Z.sqlite.98.tmp"
    fresh.write_text("another process is writing this one")
    old = (NOW - timedelta(days=2)).timestamp()
    os.utime(stale, (old, old))
    os.utime(fresh, (NOW.timestamp(), NOW.timestamp()))
    deleted = rotate(home.backups_dir, NOW, Rotation(recent=2, days=1, weeks=0, months=0))
    assert sorted(deleted) == sorted([backup.path for backup in made[2:]] + [stale])
    assert list_backups(home.backups_dir) == made[:2] and fresh.exists()


# -- restore -------------------------------------------------------------------------------------

def test_restore_keeps_the_current_file_and_other_connections_see_the_backup(home):
    with Store(home) as store, Store(home) as window:
        kept = store.create_note("Before the backup")
        backup = store.backup_now(now=NOW)
        store.create_note("After the backup")
        assert len(window.notes()) == 2
        restored = store.restore_backup(backup)
        assert restored.backup == backup.path
        assert rows(restored.set_aside) == ["After the backup", "Before the backup"], "the file replaced is kept"
        assert restored.set_aside.name.startswith("user.sqlite.before-restore-")
        assert [n.id for n in store.notes()] == [kept.id]
        assert [n.id for n in window.notes()] == [kept.id], "another open connection sees the restore as a commit"
        window.create_note("Written by the other window after the restore")
        assert len(store.notes()) == 2
        assert store.backup_if_due(now=NOW + timedelta(hours=1)) is not None, "the restored store differs from the newest backup"
    with Store(home) as again:
        assert again.user_connection().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.user_connection().execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("make_bad, problem", [
    (lambda path: path.write_bytes(b"not a database" * 100), "not a database file"),
    (lambda path: sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close(), "not a Partnership Atlas notes file"),
    (lambda path: path.write_bytes(b""), "empty"),
])
def test_a_bad_backup_is_refused_and_nothing_changes(store, home, tmp_path, make_bad, problem):
    store.create_note("Current")
    bad = tmp_path / "bad.sqlite"
    make_bad(bad)
    before = rows(home.user_db)
    with pytest.raises(AtlasError, match=problem) as refused:
        store.restore_backup(bad)
    assert str(bad) in str(refused.value) and "was not changed" in str(refused.value)
    assert rows(home.user_db) == before and [n.body for n in store.notes()] == ["Current"]
    assert [p.name for p in home.data_dir.glob("user.sqlite.*")] == []


def test_a_backup_from_a_newer_version_is_refused(store, home, tmp_path):
    store.create_note("Current")
    newer = store.backup_now(now=NOW)
    conn = sqlite3.connect(newer.path)
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('partnership-atlas-user', 'm099_future', '')")
    conn.close()
    with pytest.raises(AtlasError, match="newer version of Partnership Atlas"):
        store.restore_backup(newer)


def test_restoring_an_older_schema_migrates_it(store, home):
    store.create_note("Current")
    restored = store.restore_backup(FIXTURES / "v1.sqlite")
    assert restored.set_aside is not None
    assert applied(store.user_connection()) == [step.__name__ for step in STEPS]
    assert len(store.notes()) == 5 and store.saved_comparisons() == []


def test_the_notes_file_itself_cannot_be_restored(store, home):
    store.create_note("Current")
    with pytest.raises(AtlasError, match="is the notes file itself"):
        store.restore_backup(home.user_db)
