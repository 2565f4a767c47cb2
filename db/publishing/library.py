"""The library as Datasette shows it: a new SQLite file built from the reference store, never the store itself.

One row per entry with its Markdown body as text (no front matter) and its facets as columns
(themes and models as JSON arrays, which Datasette facets as arrays), the packs with their
sources, each model's attribute values, and a full-text index. The file is written beside its
final place and moved there whole, so a server never opens a half-built library; Datasette then
opens it immutable, so nothing can write to it.
"""
from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from db.reference.attributes import attribute_display

ARRAY_FACETS = ("theme", "model")
SINGLE_FACETS = ("region", "country", "sector", "hazard", "year")
"""Facets a lesson or model has one value of; an entry with several has them joined by "; "."""

ENTRIES = f"""
SELECT e.uid, e.pack, e.kind, e.title, e.summary, e.markdown,
  {", ".join(f"(SELECT json_group_array(label) FROM ref.facets f WHERE f.uid = e.uid AND f.facet = '{facet}')"
             for facet in ARRAY_FACETS)},
  {", ".join(f"(SELECT group_concat(label, '; ') FROM ref.facets f WHERE f.uid = e.uid AND f.facet = '{facet}')"
             for facet in SINGLE_FACETS)}
FROM ref.entries e ORDER BY e.rowid
"""


@contextmanager
def _written(target: Path):
    """A file to build `target` in: moved to `target` whole when the block ends well, removed when it fails."""
    target.parent.mkdir(parents=True, exist_ok=True)
    building = target.with_name(f".{target.name}.{os.getpid()}.building")
    building.unlink(missing_ok=True)
    try:
        yield building
        os.replace(building, target)
    finally:
        building.unlink(missing_ok=True)


def build_library(reference_db: Path, target: Path) -> Path:
    """Write the published library of the reference store at `reference_db` to `target`."""
    with _written(target) as building:
        conn = sqlite3.connect(building)
        try:
            conn.execute("ATTACH DATABASE ? AS ref", (f"{reference_db.as_uri()}?mode=ro",))
            db = sqlite_utils.Database(conn)
            _entries(db)
            _packs(db)
            _model_attributes(db)
            conn.commit()
            conn.execute("DETACH DATABASE ref")
            conn.execute("VACUUM")
        finally:
            conn.close()
    return target


def _entries(db: sqlite_utils.Database) -> None:
    columns = {"uid": str, "pack": str, "kind": str, "title": str, "summary": str, "text": str,
               **{facet: str for facet in (*ARRAY_FACETS, *SINGLE_FACETS)}}
    entries = db.table("entries").create(columns, pk="uid")
    db.execute(f"INSERT INTO entries ({', '.join(columns)}) {ENTRIES}")
    for facet in ARRAY_FACETS:  # none: NULL, not an empty list Datasette would count as a value
        db.execute(f"UPDATE entries SET {facet} = NULL WHERE {facet} = '[]'")
    for column in ("pack", "kind", *SINGLE_FACETS):
        entries.create_index([column])
    entries.enable_fts(["title", "summary", "text"], tokenize="unicode61 remove_diacritics 2")


def _packs(db: sqlite_utils.Database) -> None:
    sources = {}
    for pack, title in db.execute("SELECT pack, title FROM ref.entries WHERE kind = 'source' ORDER BY title"):
        sources.setdefault(pack, []).append(title)
    rows = [{"id": pack, "title": title, "version": version, "language": language, "description": description or "",
             "license": license_ or "", "sources": json.dumps(sources.get(pack, []), ensure_ascii=False)}
            for pack, title, version, language, description, license_ in
            db.execute("SELECT id, title, version, language, description, license FROM ref.packs ORDER BY id")]
    db.table("packs").insert_all(rows, pk="id", columns={"sources": str})


def _model_attributes(db: sqlite_utils.Database) -> None:
    labels = {(pack, key): (label, group, order) for pack, key, label, group, order in
              db.execute("SELECT pack, key, label, grp, ord FROM ref.attributes")}
    rows = []
    for uid, pack, title, data in db.execute("SELECT uid, pack, title, data FROM ref.entries WHERE kind = 'model'"):
        for key, raw in (json.loads(data).get("attributes") or {}).items():
            label, group, order = labels.get((pack, key), (key, "", 0.0))
            text, state = attribute_display(raw)
            rows.append({"model": uid, "model_title": title, "grp": group, "ord": order, "attribute": label,
                         "value": text, "state": state.replace("_", " ")})
    db.table("model_attributes").insert_all(rows, columns={"model": str, "model_title": str, "grp": str, "ord": float,
                                                           "attribute": str, "value": str, "state": str})
    db.table("model_attributes").create_index(["model"], if_not_exists=True)


def build_notes(notes, target: Path) -> Path:
    """A snapshot of `notes` (db.user.notes.Note, the trash left out) for the server, written as the library is."""
    with _written(target) as building:
        db = sqlite_utils.Database(building)
        try:
            rows = [{"id": note.id, "title": note.display_title, "body": note.body, "tags": json.dumps(list(note.tags)),
                     "about": note.target.kind, "entry_or_comparison": note.target.ref,
                     "quote": note.target.quote.exact if note.target.quote else None, "created": note.created,
                     "updated": note.updated} for note in notes]
            notes_table = db.table("notes").create({"id": str, "title": str, "body": str, "tags": str, "about": str,
                                                    "entry_or_comparison": str, "quote": str, "created": str, "updated": str},
                                                   pk="id")
            notes_table.insert_all(rows)
            notes_table.enable_fts(["title", "body", "quote"], tokenize="unicode61 remove_diacritics 2")
        finally:
            db.close()
    return target
