"""Schema history of user.sqlite. Never edit a released migration: add a new one."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from db.reference.schema import FTS_OPTIONS

migrations = Migrations("partnership-atlas-user")


@migrations()
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


@migrations()
def m002_bookmarks_and_comparisons(db: Database) -> None:
    db["bookmarks"].create({"uid": str, "created": str}, pk="uid", not_null={"created"})
    db["comparisons"].create(
        {"id": str, "name": str, "models": str, "created": str, "updated": str},
        pk="id",
        not_null={"name", "models", "created", "updated"},
    )
    db["comparisons"].create_index(["name"], unique=True)
    db["settings"].create({"key": str, "value": str}, pk="key")
