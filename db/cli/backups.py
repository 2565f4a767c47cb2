"""backup list | create | restore: copies of your notes file made with SQLite's backup API."""
from __future__ import annotations

import argparse
from pathlib import Path

from db.cli.output import local_time, plural
from db.errors import AtlasError
from db.store.facade import Store
from db.user.backups import Backup, newest_good_backup, note_count


def add_parsers(sub: argparse._SubParsersAction) -> None:
    backup = sub.add_parser(
        "backup", help="list, make or restore backups of your notes file",
        description="The window backs up your notes file (user.sqlite) when it starts and every 30 minutes while "
                    "something changes. The newest five are kept, then one a day for a week, one a week for five "
                    "weeks and one a month for a year, in the 'backups' folder beside the notes file.")
    actions = backup.add_subparsers(dest="backup_command", required=True, metavar="ACTION")
    actions.add_parser("list", help="list the backups, newest first").set_defaults(run=run_list)
    actions.add_parser("create", help="back up your notes file now").set_defaults(run=run_create)
    restore = actions.add_parser(
        "restore", help="make a backup your notes file (the one you have is kept beside it)",
        description="Make a backup your notes file. The backup is checked first; the notes file you have is kept "
                    "beside it under a name ending in .before-restore-DATE, never overwritten.")
    restore.add_argument("backup", nargs="?",
                         help="a backup's name as 'backup list' prints it (its first characters are enough), or the "
                              "path of a notes file (default: the newest backup that passes its check)")
    restore.set_defaults(run=run_restore)


def run_list(store: Store, _args: argparse.Namespace) -> int:
    backups = store.backups()
    if not backups:
        print(f"No backups yet in {store.paths.backups_dir}. Make one with: partnership-atlas backup create")
        return 0
    for backup in backups:
        count = note_count(backup.path)
        notes = plural(count, "note") if count is not None else "unreadable"
        print(f"{local_time(backup.created.isoformat(), seconds=True)}  {backup.path.name}  {notes}  {backup.size / 1024:.0f} KiB")
    print(f"{plural(len(backups), 'backup')} in {store.paths.backups_dir}")
    return 0


def run_create(store: Store, _args: argparse.Namespace) -> int:
    made = store.backup_now()
    print(f"Backed up your notes file to {made.path} ({made.size / 1024:.0f} KiB)")
    return 0


def run_restore(store: Store, args: argparse.Namespace) -> int:
    chosen = chosen_backup(store, args.backup)
    restored = store.restore_backup(chosen)
    print(f"Restored your notes from {restored.backup}")
    if restored.set_aside is not None:
        print(f"The notes file you had is kept as {restored.set_aside}")
    return 0


def chosen_backup(store: Store, wanted: str | None) -> Backup | Path:
    """The backup a name, the first characters of one, or a path means; the newest good one if none is given."""
    if wanted is None:
        newest = newest_good_backup(store.paths.backups_dir)
        if newest is None:
            raise AtlasError(f"There is no backup that passes its check in {store.paths.backups_dir}; nothing was changed.")
        return newest
    path = Path(wanted).expanduser()
    if path.is_file():
        return path
    matches = [backup for backup in store.backups() if backup.path.name.startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AtlasError(f"'{wanted}' matches {len(matches)} backups; give more of the name (see: partnership-atlas backup list).")
    raise AtlasError(f"There is no backup named '{wanted}' in {store.paths.backups_dir} and no such file "
                     "(see: partnership-atlas backup list).")
