"""Store.import_lessons end to end: a real pack installed, searchable, updated in place, notes kept."""
from __future__ import annotations

import threading
import zipfile
from datetime import datetime

import pytest

from db import Target
from db.packs.registry import installed_path
from db.spreadsheets import packing
from db.spreadsheets.errors import ImportCancelled, SpreadsheetError
from db.spreadsheets.mapping import GUESSED, Mapping
from tests.spreadsheets.files import HEADERS, ROWS, write_csv, write_xlsx

PACK = "lessons"


def changed_rows() -> list[list[str]]:
    """Next month's export: LL-2 reworded, LL-3 gone, LL-4 new, rows in another order."""
    ll2 = list(ROWS[1])
    ll2[2] = "Volunteers need accident insurance before their first deployment."
    ll4 = ["LL-4", "Local procurement", "Buying locally shortened delivery times.", "Lesson", "Haiti", "Americas", "Shelter",
           "Earthquake", "12/01/2021", ""]
    return [ll4, ll2, ROWS[0]]


def test_an_import_installs_a_pack_whose_lessons_and_facets_are_searchable(store, tmp_path):
    report = store.import_lessons(write_csv(tmp_path / "lessons.csv"))
    assert report.installed and report.version == "1.0.0" and report.pack_id == PACK
    assert report.counts == {"read": 3, "imported": 3, "updated": 0, "unchanged": 0, "skipped": 0, "removed": 0}
    assert {p["id"]: p["entries"] for p in store.packs()}[PACK] == 4  # three lessons and the spreadsheet as their source
    hits = store.search("insurance hazard:earthquake country:nepal type:challenge year:2015").hits
    assert [hit.uid for hit in hits] == [f"{PACK}/ll-2"]
    assert {f.value for f in store.facet_values("hazard")} == {"Drought", "Earthquake", "Cyclone"}
    results = store.search("kind:lesson", packs=[PACK])
    assert {f.value for f in results.facets["hazard"]} == {"Drought", "Earthquake", "Cyclone"}
    assert {f.value for f in results.facets["country"]} == {"Kenya", "Nepal", "Bangladesh"}


def test_a_lesson_keeps_its_fields_and_cites_its_row(store, tmp_path):
    store.import_lessons(write_csv(tmp_path / "lessons.csv"))
    entry = store.entry(f"{PACK}/ll-1")
    assert entry.title == "Cash first" and entry.markdown == ROWS[0][2]
    assert {k: entry.fields.get(k) for k in ("type", "country", "region", "sector", "hazard", "date", "year")} == {
        "type": "lesson", "country": "Kenya", "region": "Africa", "sector": "Livelihoods", "hazard": "Drought",
        "date": "2019-12-25", "year": 2019}
    [citation] = [link for link in entry.links if link.rel == "cites"]
    assert (citation.uid, citation.note) == (f"{PACK}/spreadsheet", "row 2: DREF final report MDRKE043")
    untitled = store.entry(f"{PACK}/ll-3")
    assert untitled.title == ROWS[2][2]  # no title in the file: the text's first sentence
    assert "statement" not in untitled.fields and "recommendation" not in untitled.fields


def test_a_reimport_updates_in_place_adds_and_removes_and_every_note_stays(store, tmp_path):
    store.import_lessons(write_csv(tmp_path / "lessons.csv"))
    kept = store.create_note("Ask about insurers", target=Target.entry(f"{PACK}/ll-2"))
    orphan = store.create_note("Radio worked", target=Target.entry(f"{PACK}/ll-3"))
    report = store.import_lessons(write_csv(tmp_path / "lessons-next.csv", changed_rows()), pack_id=PACK)
    assert report.counts == {"read": 3, "imported": 1, "updated": 1, "unchanged": 1, "skipped": 0, "removed": 1}
    assert [(o.outcome, o.id) for o in report.outcomes] == [
        ("imported", "ll-4"), ("updated", "ll-2"), ("unchanged", "ll-1"), ("removed", "ll-3")]
    assert (report.previous_version, report.version) == ("1.0.0", "1.0.1")
    assert store.entry(f"{PACK}/ll-2").markdown.startswith("Volunteers need accident insurance")
    assert store.entry(f"{PACK}/ll-1").links[0].note == "row 4: DREF final report MDRKE043"  # it moved from row 2
    assert [n.id for n in store.notes(target=f"{PACK}/ll-2")] == [kept.id]
    assert not store.note(kept.id).detached
    assert store.note(orphan.id).detached  # kept, and shown as detached
    assert len(store.entries(kind="lesson", pack=PACK)) == 3


def test_importing_the_same_file_again_changes_nothing(store, tmp_path):
    path = write_csv(tmp_path / "lessons.csv")
    store.import_lessons(path)
    archive = installed_path(store.paths.packs_dir, PACK)
    before = (archive.read_bytes(), store.paths.reference_db.stat().st_mtime_ns)
    report = store.import_lessons(path)
    assert report.counts["unchanged"] == 3 and not report.installed and report.version is None
    assert (archive.read_bytes(), store.paths.reference_db.stat().st_mtime_ns) == before


def test_a_dry_run_reports_and_writes_nothing(store, tmp_path):
    report = store.import_lessons(write_csv(tmp_path / "lessons.csv"), dry_run=True)
    assert report.counts["imported"] == 3 and report.version == "1.0.0" and not report.installed
    assert not installed_path(store.paths.packs_dir, PACK).exists()
    assert PACK not in store.pack_ids()
    assert not list(store.paths.cache_dir.glob(".lessons-import-*"))


def test_a_cancelled_import_leaves_the_installed_pack_as_it_was(store, tmp_path):
    store.import_lessons(write_csv(tmp_path / "lessons.csv"))
    archive = installed_path(store.paths.packs_dir, PACK)
    before = archive.read_bytes()
    cancel = threading.Event()
    with pytest.raises(ImportCancelled, match="lessons-next.csv was cancelled; nothing was changed"):
        store.import_lessons(write_csv(tmp_path / "lessons-next.csv", changed_rows()), pack_id=PACK,
                             progress=lambda done, total: cancel.set(), cancel=cancel)
    assert archive.read_bytes() == before
    assert store.entry(f"{PACK}/ll-3").uid == f"{PACK}/ll-3"
    assert not list(store.paths.cache_dir.glob(".lessons-import-*"))


def test_progress_counts_rows_then_the_install(store, tmp_path):
    seen = []
    rows = [[f"id-{n}", "", f"Lesson number {n}.", "", "", "", "", "", "", ""] for n in range(600)]
    store.import_lessons(write_csv(tmp_path / "lessons.csv", rows), progress=lambda done, total: seen.append((done, total)))
    assert seen == [(256, 602), (512, 602), (600, 602), (601, 602), (602, 602)]


def test_a_workbook_imports_with_its_typed_cells(store, tmp_path):
    rows = [["LL-1", None, "Cash worked where markets functioned.", "Lesson", "Kenya", "Africa", None, "Drought",
             datetime(2019, 12, 25), None],
            [17, None, "Volunteers need insurance.", "Challenge", "Nepal", None, None, None, 42125, "Review"]]
    report = store.import_lessons(write_xlsx(tmp_path / "Lessons 2024.xlsx", rows))
    assert report.pack_id == "lessons-2024"
    assert report.description == "Excel workbook, sheet 'Lessons' (the one with the lessons; the workbook's other sheets: 'Notes')"
    assert store.entry("lessons-2024/ll-1").fields["date"] == "2019-12-25"
    assert store.entry("lessons-2024/17").fields["date"] == "2015-05-01"


def test_many_lessons_are_split_over_several_files_of_the_pack(store, tmp_path, monkeypatch):
    monkeypatch.setattr(packing, "CHUNK_BYTES", 2_000)
    rows = [[f"id-{n}", "", f"Lesson number {n} " + "with words " * 20, "", "", "", "", "", "", ""] for n in range(40)]
    store.import_lessons(write_csv(tmp_path / "lessons.csv", rows))
    assert len(store.entries(kind="lesson", pack=PACK)) == 40
    with zipfile.ZipFile(installed_path(store.paths.packs_dir, PACK)) as archive:
        assert len([name for name in archive.namelist() if name.endswith(".jsonl")]) > 5


def test_a_preview_shows_the_file_and_the_guessed_mapping_without_writing(store, tmp_path):
    rows = [[f"id-{n}", "", f"Lesson {n}.", "", "", "", "", "", "", ""] for n in range(30)]
    plan = store.preview_lessons_import(write_csv(tmp_path / "lessons.csv", rows, delimiter=";"))
    assert plan.headers == HEADERS and plan.row_count == 30 and plan.problems == []
    assert plan.sample[0] == (2, rows[0]) and len(plan.sample) == 20
    assert plan.mapping.columns["text"] == "Lesson learned" and plan.mapping.origin == GUESSED
    assert (plan.pack_id, plan.updates_version) == (PACK, None)
    assert not store.paths.packs_dir.exists() or not list(store.paths.packs_dir.iterdir())
    store.import_lessons(tmp_path / "lessons.csv")
    assert store.preview_lessons_import(tmp_path / "lessons.csv").updates_version == "1.0.0"
    other = store.preview_lessons_import(tmp_path / "lessons.csv", pack_id="other")
    assert (other.pack_id, other.updates_version) == ("other", None)


def test_a_preview_reports_a_missing_text_column_instead_of_failing(store, tmp_path):
    path = write_csv(tmp_path / "lessons.csv", [["x", "y"]], headers=["Country", "Region"])
    plan = store.preview_lessons_import(path)
    assert plan.problems and "no column holds the lesson text" in plan.problems[0]
    with pytest.raises(SpreadsheetError, match=r"lessons\.csv: no column holds the lesson text"):
        store.import_lessons(path)


def test_a_mapping_that_does_not_fit_names_the_mapping_file(store, tmp_path):
    mapping = tmp_path / "map.yaml"
    mapping.write_text("columns:\n  text: Lesson text\n", encoding="utf-8")
    with pytest.raises(SpreadsheetError, match=rf"{mapping}: text: lessons\.csv has no column named 'Lesson text'"):
        store.import_lessons(write_csv(tmp_path / "lessons.csv"), mapping=mapping)


def test_a_given_mapping_sets_columns_language_and_title(store, tmp_path):
    mapping = Mapping({"text": "Lesson learned", "hazard": "Hazard"}, language="en", pack_title="DREF lessons")
    report = store.import_lessons(write_csv(tmp_path / "lessons.csv"), mapping=mapping, pack_id="dref")
    assert report.counts["imported"] == 3
    assert {p["id"]: (p["title"], p["language"]) for p in store.packs()}["dref"] == ("DREF lessons", "en")
    [lesson] = [e for e in store.entries(kind="lesson", pack="dref") if e.summary.startswith("Cash")]
    assert lesson.id.startswith("lesson-") and "country" not in store.entry(lesson.uid).fields


@pytest.mark.parametrize(("pack_id", "message"), [
    ("working-in-partnership", "belongs to a pack bundled with the application"),
    ("My Lessons", "The pack id 'My Lessons' cannot be used for lessons.csv: a pack id is lowercase letters, digits and hyphens, e.g. my-lessons"),
])
def test_a_pack_id_that_cannot_be_used_is_refused(store, tmp_path, pack_id, message):
    with pytest.raises(SpreadsheetError, match=message):
        store.import_lessons(write_csv(tmp_path / "lessons.csv"), pack_id=pack_id)


def test_a_hand_made_pack_is_never_replaced_by_an_import(store, packs, tmp_path):
    store.import_pack(packs.write())
    with pytest.raises(SpreadsheetError, match="'test-pack' is installed .* but was not made by import-lessons"):
        store.import_lessons(write_csv(tmp_path / "lessons.csv"), pack_id="test-pack")
    assert store.entry("test-pack/keep-trust").title == "Keep trust through coopération"


def test_a_file_with_no_importable_row_installs_nothing(store, tmp_path):
    rows = [["1", "Title only", "", "", "", "", "", "", "", ""]]
    report = store.import_lessons(write_csv(tmp_path / "lessons.csv", rows), mapping=Mapping({"text": "Lesson learned"}))
    assert report.counts["skipped"] == 1 and not report.installed and report.lessons == 0
    assert PACK not in store.pack_ids()


def test_an_empty_text_column_is_named_in_the_message(store, tmp_path):
    with pytest.raises(SpreadsheetError, match="'Lesson learned' is named like the lesson text but it is empty"):
        store.import_lessons(write_csv(tmp_path / "lessons.csv", [["1", "Title only", "", "", "", "", "", "", "", ""]]))
    assert PACK not in store.pack_ids()
