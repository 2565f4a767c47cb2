"""partnership-atlas backup list | create | restore, and what doctor says about backups."""
from __future__ import annotations

from db import Store
from tests.cli.runner import run


def add_note(capsys, text: str) -> None:
    code, _, err = run(capsys, "notes", "add", text)
    assert code == 0, err


def test_no_backup_before_the_first_note(home, capsys):
    assert run(capsys, "backup", "list")[1].startswith(f"No backups yet in {home.backups_dir}")
    code, _, err = run(capsys, "backup", "create")
    assert code == 2 and "nothing to back up yet" in err and str(home.user_db) in err
    code, _, err = run(capsys, "backup", "restore")
    assert code == 2 and "There is no backup" in err and not home.user_db.exists()


def test_create_list_and_restore_the_newest(home, capsys):
    add_note(capsys, "Kept in the backup")
    code, out, _ = run(capsys, "backup", "create")
    [backup] = list(home.backups_dir.iterdir())
    assert code == 0 and out.startswith(f"Backed up your notes file to {backup}")
    add_note(capsys, "Written after the backup")
    code, out, _ = run(capsys, "backup", "list")
    assert code == 0 and f"{backup.name}  1 note  " in out and out.rstrip().endswith(f"1 backup in {home.backups_dir}")

    code, out, _ = run(capsys, "backup", "restore")
    [aside] = home.data_dir.glob("user.sqlite.before-restore-*")
    assert code == 0 and out == f"Restored your notes from {backup}\nThe notes file you had is kept as {aside}\n"
    assert "Written after the backup" not in run(capsys, "notes", "list")[1]


def test_restore_a_backup_named_by_its_first_characters_or_a_path(home, capsys, tmp_path):
    add_note(capsys, "One")
    with Store(home) as store:
        first = store.backup_now()
        store.create_note("Two")
        second = store.backup_now()
    shared = first.path.name[:len("user-")]
    code, _, err = run(capsys, "backup", "restore", shared)
    assert code == 2 and f"'{shared}' matches 2 backups" in err
    assert run(capsys, "backup", "restore", first.path.name[:-4])[0] == 0
    assert "Two" not in run(capsys, "notes", "list")[1]
    copy = tmp_path / "from-another-laptop.sqlite"
    copy.write_bytes(second.path.read_bytes())
    assert run(capsys, "backup", "restore", copy)[0] == 0
    assert "Two" in run(capsys, "notes", "list")[1]


def test_restore_refuses_what_is_not_a_good_backup(home, capsys, tmp_path):
    add_note(capsys, "Current")
    code, _, err = run(capsys, "backup", "restore", "user-1999")
    assert code == 2 and "There is no backup named 'user-1999'" in err
    bad = tmp_path / "bad.sqlite"
    bad.write_text("not a database" * 100)
    code, _, err = run(capsys, "backup", "restore", bad)
    assert code == 2 and str(bad) in err and "not a database file" in err and "was not changed" in err
    assert "Current" in run(capsys, "notes", "list")[1]


def test_a_damaged_notes_file_is_set_aside_and_the_backup_restores_it(home, capsys):
    add_note(capsys, "Worth keeping")
    assert run(capsys, "backup", "create")[0] == 0
    home.user_db.write_bytes(b"\0" * 8192)
    code, _, err = run(capsys, "notes", "list")
    [aside] = home.data_dir.glob("user.sqlite.damaged-*")
    assert code == 2 and "is damaged: it is not a database file" in err and str(aside) in err
    assert "'partnership-atlas backup restore'" in err

    code, out, _ = run(capsys, "doctor")
    assert f"kept aside: {aside.name}" in out and "a damaged notes file" in out
    assert "there is no notes file, but there are backups" in out and "newest backup: user-" in out
    code, out, _ = run(capsys, "backup", "restore")
    assert code == 0 and "Restored your notes from" in out and "kept as" not in out
    assert "Worth keeping" in run(capsys, "notes", "list")[1]
    assert aside.read_bytes() == b"\0" * 8192


def test_doctor_counts_backups_and_names_the_newest(home, capsys):
    add_note(capsys, "x")
    run(capsys, "backup", "create")
    [backup] = list(home.backups_dir.iterdir())
    out = run(capsys, "doctor")[1]
    assert "  backups: 1\n" in out and f"  newest backup: {backup.name} in {home.backups_dir}\n" in out
