"""Schema history of user.sqlite, applied with sqlite-utils Migrations.

Never edit a released step: add a new one at the end of STEPS. sqlite-utils is imported only
when a step is pending, so opening an up-to-date store stays fast.

Every released step needs a fixture: a store as that version left it, with notes of every kind,
kept in tests/fixtures/user-stores/ and made by tests/fixtures/make_user_stores.py (add the new
version there, run it once, commit the file). tests/db/test_migrations_history.py migrates each
fixture forward and checks that every note came through intact.
"""
from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from db.reference.schema import FTS_OPTIONS

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATION_SET = "partnership-atlas-user"
MIGRATIONS_TABLE = "_sqlite_migrations"


def m001_notes(db: Database) -> None:
    db["notes"].create(
        {
            "id": str, "title": str, "body": str, "target_kind": str, "target": str, "selector": str,
            "created": str, "updated": str, "deleted": str,
        },
        pk="id",
        not_null={"body", "target_kind", "created", "updated"},
        defaults={"title": "", "body": "", "target_kind": "none"},
    )
    db["notes"].create_index(["target"])
    db["note_tags"].create({"note_id": str, "tag": str}, pk=("note_id", "tag"), foreign_keys=[("note_id", "notes", "id")])
    db["note_tags"].create_index(["tag"])
    db["note_revisions"].create(
        {"id": int, "note_id": str, "title": str, "body": str, "tags": str, "saved": str},
        pk="id",
        foreign_keys=[("note_id", "notes", "id")],
        not_null={"note_id", "body", "saved"},
    )
    db["note_revisions"].create_index(["note_id"])
    db.execute(f"CREATE VIRTUAL TABLE notes_fts USING fts5(note_id UNINDEXED, title, body, tags, {FTS_OPTIONS})")


def m002_bookmarks_and_comparisons(db: Database) -> None:
    db["bookmarks"].create({"uid": str, "created": str}, pk="uid", not_null={"created"})
    db["comparisons"].create(
        {"id": str, "name": str, "models": str, "created": str, "updated": str},
        pk="id",
        not_null={"name", "models", "created", "updated"},
    )
    db["comparisons"].create_index(["name"], unique=True)
    db["settings"].create({"key": str, "value": str}, pk="key")


def m003_sync(db: Database) -> None:
    """What notes sync through a folder keeps (db/sync): every revision known, each note's newest, the
    bookmarks and saved comparisons as last sent or received, and how far each other device was read."""
    db["sync_revisions"].create(
        {"rev": str, "note_id": str, "parents": str, "rank": str, "content": str, "origin": str, "seq": int},
        pk="rev", not_null={"note_id", "parents", "rank", "content", "origin"})
    db["sync_revisions"].create_index(["note_id"])
    db["sync_revisions"].create_index(["origin", "seq"])
    db["sync_heads"].create({"note_id": str, "rev": str, "conflict": int}, pk="note_id", not_null={"rev"},
                            defaults={"conflict": 0})
    db["sync_items"].create({"kind": str, "key": str, "rank": str, "state": str, "origin": str, "seq": int},
                            pk=("kind", "key"), not_null={"rank", "state", "origin"})
    db["sync_seen"].create({"device": str, "seq": int}, pk="device", not_null={"seq"})


def m004_briefs(db: Database) -> None:
    """Briefs for a meeting (db/briefs): their items in order, a revision of the whole brief at every save, as
    notes keep theirs, and what each item showed when it was added, kept once per item (revisions name the
    items, so a brief of thirty items does not copy their texts into every revision)."""
    db["briefs"].create(
        {"id": str, "title": str, "meeting": str, "day": str, "introduction": str, "created": str, "updated": str,
         "deleted": str},
        pk="id", not_null={"title", "created", "updated"}, defaults={"meeting": "", "introduction": ""})
    db["brief_items"].create(
        {"id": str, "brief_id": str, "position": int, "kind": str, "ref": str, "comment": str, "added": str},
        pk="id", foreign_keys=[("brief_id", "briefs", "id")], not_null={"brief_id", "position", "kind", "ref", "added"},
        defaults={"comment": ""})
    db["brief_items"].create_index(["brief_id", "position"])
    db["brief_snapshots"].create({"item_id": str, "brief_id": str, "snapshot": str}, pk="item_id",
                                 foreign_keys=[("brief_id", "briefs", "id")], not_null={"brief_id", "snapshot"})
    db["brief_snapshots"].create_index(["brief_id"])
    db["brief_revisions"].create({"id": int, "brief_id": str, "content": str, "saved": str}, pk="id",
                                 foreign_keys=[("brief_id", "briefs", "id")], not_null={"brief_id", "content", "saved"})
    db["brief_revisions"].create_index(["brief_id"])


STEPS = (m001_notes, m002_bookmarks_and_comparisons, m003_sync, m004_briefs)


def applied(conn: sqlite3.Connection) -> list[str]:
    if conn.execute("SELECT 1 FROM sqlite_master WHERE name=?", (MIGRATIONS_TABLE,)).fetchone() is None:
        return []
    return [name for (name,) in conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set=? ORDER BY rowid", (MIGRATION_SET,))]


def unknown_steps(conn: sqlite3.Connection) -> list[str]:
    """Steps applied by a newer version of the application: such a store must not be migrated or written."""
    known = {step.__name__ for step in STEPS}
    return [name for name in applied(conn) if name not in known]


def pending(conn: sqlite3.Connection) -> list[str]:
    done = set(applied(conn))
    return [step.__name__ for step in STEPS if step.__name__ not in done]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply every pending step; return their names."""
    todo = pending(conn)
    if todo:
        from sqlite_utils import Database
        from sqlite_utils.migrations import Migrations

        migrations = Migrations(MIGRATION_SET)
        for step in STEPS:
            migrations(name=step.__name__)(step)
        migrations.apply(Database(conn, execute_plugins=False))
    return todo
