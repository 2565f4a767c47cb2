"""The published library: built from the reference store, readable without the application, never the store itself."""
from __future__ import annotations

import json
import sqlite3
import sys

import pytest

from db import Target
from db.errors import AtlasError
from db.publishing.library import build_library, build_notes
from db.publishing.server import site
from db.publishing.site import QUERIES, metadata


@pytest.fixture
def library(store, tmp_path):
    path = build_library(store.paths.reference_db, tmp_path / "published" / "library.db")
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def test_every_entry_is_published_with_its_text_and_facets(store, library):
    assert library.execute("SELECT count(*) FROM entries").fetchone()[0] == len(store.entries())
    model = store.entry("dfid-ifrc")
    text, themes, year = library.execute("SELECT text, model, year FROM entries WHERE uid = ?",
                                         ("working-in-partnership/agree-principles-of-partnership",)).fetchone()
    assert json.loads(themes) and model.title in json.loads(themes) and year
    body, = library.execute("SELECT text FROM entries WHERE uid = ?", (model.uid,)).fetchone()
    assert body == model.markdown and not body.startswith("---")


def test_the_library_searches_itself_and_keeps_each_packs_sources(store, library):
    found = {uid for uid, in library.execute("SELECT e.uid FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid "
                                             "WHERE entries_fts MATCH 'coopération'")}
    assert found and found <= {hit.uid for hit in store.search("cooperation", limit=500).hits} | found
    sources = json.loads(library.execute("SELECT sources FROM packs WHERE id = 'working-in-partnership'").fetchone()[0])
    assert len(sources) == len(store.entries(kind="source"))


def test_a_models_attributes_read_as_the_comparison_words_them(store, library):
    rows = library.execute("SELECT attribute, value, state FROM model_attributes WHERE model = ? ORDER BY ord",
                           (store.resolve("dfid-ifrc"),)).fetchall()
    compared = {row.label: row.cells[0].text for _, row in store.compare(["dfid-ifrc", "dfid-icrc"]).rows()}
    assert rows and all(compared[attribute] == value for attribute, value, state in rows if state == "documented")
    assert {state for _, _, state in rows} <= {"documented", "not documented", "not applicable"}


def test_the_notes_snapshot_leaves_the_trash_out(store, tmp_path):
    kept = store.create_note("Ask about the funding cycle", target=Target("entry", "working-in-partnership/dfid-ifrc"))
    store.delete_note(store.create_note("Gone").id)
    path = build_notes(store.notes(), tmp_path / "notes.db")
    rows = sqlite3.connect(path).execute("SELECT id, about, entry_or_comparison FROM notes").fetchall()
    assert rows == [(kept.id, "entry", "working-in-partnership/dfid-ifrc")]


def test_the_site_names_the_packs_and_offers_the_canned_queries(library, tmp_path):
    site_metadata = metadata(tmp_path / "published" / "library.db")
    database = site_metadata["databases"]["library"]
    assert "Working in partnership" in database["description_html"] and "version 1.1.0" in database["description_html"]
    assert set(database["queries"]) == set(QUERIES) >= {"lessons_about_a_model", "a_models_attributes"}
    assert {"array": "theme"} in database["tables"]["entries"]["facets"]


def test_without_datasette_serving_says_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "datasette.app", None)
    with pytest.raises(AtlasError, match=r"partnership-atlas\[serve\]"):
        site([tmp_path / "library.db"])
