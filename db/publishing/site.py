"""What Datasette says about the published library: its title, the packs, the facets, the canned queries.

Datasette's metadata (https://docs.datasette.io/en/0.65.1/metadata.html) as a dict: the packs'
descriptions, versions and sources are read from the library itself, so the site says what the
file holds.
"""
from __future__ import annotations

import html
import json
import sqlite3
from pathlib import Path

TITLE = "Partnership Atlas library"
LIBRARY, NOTES = "library", "notes"
"""The databases' names in the site's addresses (/library/entries, /notes/notes)."""

QUERIES = {
    "search": {
        "title": "Search, best matches first",
        "description": "Words of an entry's title, summary or text, the best matches first (a word in the title "
                       "counts most), with the passage that matches; the table's own search keeps the table's order.",
        "sql": "SELECT e.uid, e.kind, e.title, snippet(entries_fts, 2, '**', '**', '…', 24) AS passage, e.pack\n"
               "FROM entries_fts JOIN entries e ON e.rowid = entries_fts.rowid\n"
               "WHERE entries_fts MATCH escape_fts(:words)\n"
               "ORDER BY bm25(entries_fts, 10.0, 3.0, 1.0) LIMIT 100",
    },
    "lessons_about_a_model": {
        "title": "Lessons about a model",
        "description": "The lessons linked to a partnership model: give the model's id (dfid-ifrc) or words of its title.",
        "sql": "SELECT e.uid, e.title, e.summary, e.pack, e.year FROM entries e\n"
               "WHERE e.kind = 'lesson' AND EXISTS (\n"
               "  SELECT 1 FROM entries m, json_each(e.model) t WHERE m.kind = 'model' AND t.value = m.title\n"
               "  AND (m.uid = :model OR m.uid LIKE '%/' || :model OR m.title LIKE '%' || :model || '%'))\n"
               "ORDER BY e.title",
    },
    "a_models_attributes": {
        "title": "A model's attributes",
        "description": "Every declared attribute of a partnership model, in the pack's order: give the model's id "
                       "(dfid-ifrc) or words of its title.",
        "sql": "SELECT model_title, grp AS \"group\", attribute, value, state FROM model_attributes\n"
               "WHERE model = :model OR model LIKE '%/' || :model OR model_title LIKE '%' || :model || '%'\n"
               "ORDER BY model_title, ord",
    },
}


def metadata(library: Path, *, with_notes: bool = False) -> dict:
    """The site's metadata for the library at `library` (and the notes snapshot beside it)."""
    conn = sqlite3.connect(f"{library.as_uri()}?mode=ro", uri=True)
    try:
        packs = conn.execute("SELECT id, title, version, description, sources FROM packs ORDER BY title").fetchall()
    finally:
        conn.close()
    about = "".join(f"<p><strong>{html.escape(title)}</strong> (<code>{html.escape(pack)}</code>, version "
                    f"{html.escape(version)}): {html.escape(description)} Sources: {len(json.loads(sources))}.</p>"
                    for pack, title, version, description, sources in packs)
    databases = {LIBRARY: {
        "title": "Partnership models and lessons learned",
        "description_html": about,
        "tables": {
            "entries": {
                "title": "Entries",
                "description": "Every model, lesson, guiding question, theme, source and actor, its text as the pack writes it.",
                "fts_table": "entries_fts",
                "facets": ["kind", "region", "sector", "year", "pack", {"array": "theme"}, {"array": "model"}],
                "label_column": "title",
            },
            "packs": {"title": "Packs", "description": "The content packs in this library: version, description and "
                                                       "the titles of the sources their entries cite."},
            "model_attributes": {"title": "Model attributes", "description": "Each model's value for each declared "
                                                                             "attribute, as the comparison shows it.",
                                 "sort": "ord"},
        },
        "queries": QUERIES,
    }}
    if with_notes:
        databases[NOTES] = {"title": "Notes (read-only snapshot)",
                            "description": "The notes of the person who published this library, as they were when "
                                           "the server started; the trash is left out."}
    return {"title": TITLE, "description": "Partnership models and lessons learned of the Red Cross and Red Crescent "
                                           "Movement, published read-only from Partnership Atlas.",
            "databases": databases}
