"""How the reference store is built from packs: file order, the searched text, facet counts, failure."""
from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from db import Store
from db.packs.registry import PackLocation, walk_sorted
from db.packs.source import FolderSource, is_pack_content
from db.reference.cache import rebuild


def test_pack_files_are_read_in_the_order_of_their_sorted_paths(tmp_path):
    for relative in ("pack.yaml", "lessons/b.md", "lessons/a.md", "lessons-old/c.md", "Lessons/d.md",
                     ".git/config", "lessons/.draft.md", "themes/sub/e.md", "themes-x.md"):
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(relative, encoding="utf-8")
    # What the files were read with before: a Path per file, sorted, which compares folder by folder.
    expected = [path.relative_to(tmp_path).as_posix() for path in sorted(tmp_path.rglob("*"))]
    assert [relative for relative, _ in walk_sorted(tmp_path)] == expected
    read = FolderSource(tmp_path).files()
    assert [f.path for f in read] == [p for p in expected if (tmp_path / p).is_file() and is_pack_content(p)]
    assert all(f.data == f.path.encode() for f in read)


def test_a_folder_that_is_missing_has_no_files(tmp_path):
    assert list(walk_sorted(tmp_path / "gone")) == []


def test_searched_text_joins_the_fields_around_the_body_with_blank_lines(home, packs):
    folder = packs.write()
    packs.set_entry(folder, "models/gamma.md", {
        "id": "gamma", "title": "Gamma partnership", "category": "pooled", "summary": "Donors pool funds.",
        "parties": [], "attributes": {"funding": {"value": "Pooled fund", "sources": [{"source": "src-a", "locator": "p. 5"}]},
                                      "start_year": {"not_documented": True}},
        "sources": [{"source": "src-a", "locator": "p. 5"}],
        "strengths": [{"text": "One report for all donors.", "sources": [{"source": "src-a", "locator": "p. 6"}]}],
    }, body="")
    with Store(home, bundled=[folder]) as store:
        query = "SELECT uid, markdown, text FROM entries WHERE id IN ('keep-trust', 'alpha', 'gamma')"
        rows = {uid: (markdown, text) for uid, markdown, text in store.reference.execute(query)}
        lesson_text = "Trust grows when partners talk often.\n\nMeet regularly.\n\nRegular dialogue kept the partnership steady."
        assert rows["test-pack/keep-trust"] == ("Regular dialogue kept the partnership steady.", lesson_text)
        assert rows["test-pack/alpha"][1] == ("A donor funds a Society directly.\n\nAlpha is a bilateral arrangement.\n\n"
                                              "Unearmarked grant\n\n2001")
        assert rows["test-pack/gamma"] == ("", "Donors pool funds.\n\nOne report for all donors.\n\nPooled fund")
        assert [hit.uid for hit in store.search("pool* report").hits] == ["test-pack/gamma"]


def test_facet_value_counts_are_the_entries_carrying_each_value(store):
    for facet in ("kind", "theme", "model", "pack", "language", "source", "region", "year"):
        counted = store.reference.execute(
            "SELECT value, count(*) FROM facets WHERE facet = ? GROUP BY value", (facet,)).fetchall()
        assert {f.value: f.count for f in store.facet_values(facet)} == dict(counted), facet
    assert sum(f.count for f in store.facet_values("kind")) == store.reference.execute("SELECT count(*) FROM entries").fetchone()[0]


def test_a_store_that_cannot_be_put_in_place_leaves_no_file_behind(tmp_path, packs):
    target = tmp_path / "cache" / "reference.sqlite"
    (target / "occupied").mkdir(parents=True)  # a folder where the store should go: it cannot be replaced
    with pytest.raises(OSError):
        rebuild(target, [PackLocation(packs.write(), "bundled")], "stamp", "test")
    assert sorted(p.name for p in target.parent.iterdir()) == ["reference.sqlite"]
    assert [p.name for p in target.iterdir()] == ["occupied"]


def test_the_search_index_agrees_with_the_text_it_was_built_from(home, packs):
    with Store(home, bundled=[packs.write()]) as store:
        path = store.paths.reference_db
    with closing(sqlite3.connect(path)) as conn:
        # FTS5 reads the computed `text` column back and checks every indexed token against it.
        conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('integrity-check')")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_a_rebuild_takes_a_pack_already_loaded_for_its_location_instead_of_reading_it_again(tmp_path, packs):
    from dataclasses import replace

    from db.packs.loader import load_pack

    folder = packs.write()
    loaded = replace(load_pack(folder), title="Read once, by the installer")
    target = tmp_path / "reference.sqlite"
    rebuild(target, [PackLocation(folder, "installed")], "stamp", "test", loaded={folder: loaded})
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT title FROM packs").fetchone() == ("Read once, by the installer",)
    rebuild(target, [PackLocation(folder, "installed")], "stamp", "test")
    with closing(sqlite3.connect(target)) as conn:
        assert conn.execute("SELECT title FROM packs").fetchone() == ("Test pack",)
