"""Rows to lessons: dates read only when certain, facet spellings merged, duplicates and bad rows reported."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from db.spreadsheets.cleaning import MAX_TEXT_CHARS, clean_rows, derived_title
from db.spreadsheets.dates import date_order, read_date
from db.spreadsheets.choosing import choose_mapping
from db.spreadsheets.mapping import Mapping
from db.spreadsheets.reading import Row, Table

LATEST = 2030
COLUMNS = ["ID", "Lesson", "Type", "Country", "Region", "Date"]


def table(rows: list[list], headers: list[str] = COLUMNS) -> Table:
    return Table(None, "test rows", headers, [Row(number, cells) for number, cells in enumerate(rows, start=2)], 0)


def clean(rows: list[list], mapping: Mapping | None = None, **options):
    found = table(rows)
    return clean_rows(found, mapping or choose_mapping(found), latest_year=LATEST, **options)


@pytest.mark.parametrize(("cell", "text", "year"), [
    ("2019-03-04", "2019-03-04", 2019),
    ("2019-03-04 10:30:00", "2019-03-04", 2019),
    ("25-12-2019", "2019-12-25", 2019),
    ("25/12/2019", "2019-12-25", 2019),
    ("25.12.2019", "2019-12-25", 2019),
    ("07/07/2019", "2019-07-07", 2019),
    ("4 March 2019", "2019-03-04", 2019),
    ("March 2019", "2019-03", 2019),
    ("2019", "2019", 2019),
    ("43831", "2020-01-01", 2020),
    (43831, "2020-01-01", 2020),
    (43831.75, "2020-01-01", 2020),
    (datetime(2020, 5, 1, 0, 0), "2020-05-01", 2020),
    ("12 mars 2019", "2019-03-12", 2019),
    ("1er août 2020", "2020-08-01", 2020),
    ("12 de marzo de 2018", "2018-03-12", 2018),
    ("March 4, 2019", "2019-03-04", 2019),
    ("Sept 2020", "2020-09", 2020),
    ("3/14/2022 10:32 AM", "2022-03-14", 2022),
    ("Q2 2021", "Q2 2021", 2021),
    (date(2020, 5, 1), "2020-05-01", 2020),
])
def test_dates_in_every_accepted_format(cell, text, year):
    found = read_date(cell, None, latest_year=LATEST)
    assert (found.text, found.year, found.problem) == (text, year, None)


@pytest.mark.parametrize(("cell", "year", "problem"), [
    ("03/04/2019", 2019, "could be 3 April or 4 March 2019; kept as written (year 2019 kept)"),
    ("03/04/19", None, "has a two-digit year, which could be 1919 or 2019"),
    ("2087-01-01", None, "falls in 2087, which is implausible for a lesson"),
    ("12/06/2095", None, "falls in 2095, which is implausible"),
    ("1850", None, "falls in 1850"),
    ("31/02/2019", None, "is not a date of the calendar"),
    ("next spring", None, "is not a date this import can read"),
])
def test_ambiguous_implausible_and_unreadable_dates_are_kept_as_written(cell, year, problem):
    found = read_date(cell, None, latest_year=LATEST)
    assert found.text == cell and found.year == year
    assert problem in found.problem


def test_the_column_settles_the_order_of_day_and_month():
    assert date_order(["25/12/2019", "03/04/2019"]) == "day-first"
    assert date_order(["12/25/2019", "03/04/2019"]) == "month-first"
    assert date_order(["12/25/2019", "25/12/2019"]) is None
    assert date_order(["03/04/2019", 43831, None]) is None
    assert read_date("03/04/2019", "day-first", latest_year=LATEST).text == "2019-04-03"
    assert read_date("03/04/2019", "month-first", latest_year=LATEST).text == "2019-03-04"


def test_rows_of_one_file_mix_date_formats_and_the_column_decides_ambiguous_ones():
    rows = [["1", "A", "", "", "", "25/12/2019"], ["2", "B", "", "", "", "03/04/2019"], ["3", "C", "", "", "", "2018-01-31"],
            ["4", "D", "", "", "", "43831"], ["5", "E", "", "", "", "2090-01-01"]]
    lessons = clean(rows).lessons
    assert [lesson.fields["date"] for lesson in lessons] == ["2019-12-25", "2019-04-03", "2018-01-31", "2020-01-01", "2090-01-01"]
    assert [lesson.fields.get("year") for lesson in lessons] == [2019, 2019, 2018, 2020, None]
    assert [bool(lesson.flags) for lesson in lessons] == [False, False, False, False, True]


def test_a_mapping_can_settle_the_order_itself():
    rows = [["1", "A", "", "", "", "03/04/2019"]]
    mapping = Mapping({"id": "ID", "text": "Lesson", "date": "Date"}, dates="month-first")
    assert clean(rows, mapping).lessons[0].fields["date"] == "2019-03-04"


def test_cells_are_trimmed_and_case_variants_of_a_facet_merged():
    rows = [["1", "  A lesson.  ", "Lesson", " kenya ", "Asia  Pacific", ""], ["2", "B", "lesson", "Kenya", "asia pacific", ""],
            ["3", "C", "LESSONS", "kenya", "Asia Pacific", ""]]
    cleaned = clean(rows)
    assert [lesson.fields["country"] for lesson in cleaned.lessons] == ["Kenya"] * 3
    assert [lesson.fields["region"] for lesson in cleaned.lessons] == ["Asia Pacific"] * 3
    assert [lesson.fields["type"] for lesson in cleaned.lessons] == ["lesson"] * 3
    assert cleaned.lessons[0].fields["body"] == "A lesson."
    assert cleaned.merged == ["country: 'kenya' (2 rows) merged into 'Kenya'", "region: 'asia pacific' (1 row) merged into 'Asia Pacific'"]


def test_a_spelling_imported_before_wins_the_merge():
    rows = [["1", "A", "", "Kenya", "", ""], ["2", "B", "", "Kenya", "", ""], ["3", "C", "", "KENYA", "", ""]]
    cleaned = clean(rows, preferred={"country": {"KENYA"}})
    assert {lesson.fields["country"] for lesson in cleaned.lessons} == {"KENYA"}


def test_an_empty_text_cell_skips_its_row_with_the_row_number():
    cleaned = clean([["1", "Kept", "", "", "", ""], ["2", "   ", "Lesson", "Kenya", "", ""]])
    assert [(item.row, item.reason) for item in cleaned.skipped] == [(3, "the text cell is empty")]
    assert [lesson.row for lesson in cleaned.lessons] == [2]


def test_duplicate_rows_are_imported_once_and_reported():
    rows = [["1", "Same", "Lesson", "Kenya", "", ""], ["1", "Same ", "lesson", "kenya", "", ""], ["2", "Other", "", "", "", ""],
            ["2", "Other, but changed", "", "", "", ""], ["3", "Same", "Lesson", "Kenya", "", ""],
            ["4", "Same", "Challenge", "Nepal", "", ""]]
    cleaned = clean(rows, Mapping({"id": "ID", "text": "Lesson", "type": "Type", "country": "Country"}))
    assert [lesson.id for lesson in cleaned.lessons] == ["1", "2"]
    assert [(item.row, item.reason, item.same_as) for item in cleaned.skipped] == [
        (3, "the same row as an earlier one", 2), (5, "the same id as an earlier row", 4), (6, "the same row as an earlier one", 2),
        (7, "the same text as an earlier row; its country 'Nepal', type 'challenge' not kept", 2)]
    assert cleaned.skipped[-1].group == "the same text as an earlier row"
    assert "id" not in choose_mapping(table(rows)).columns  # an id column repeating its values is not taken by itself


def test_ids_come_from_the_id_column_slugified_or_else_from_the_text():
    rows = [["LL 2019/034", "A", "", "", "", ""], ["Leçon 5", "B", "", "", "", ""], ["", "C", "", "", "", ""]]
    lessons = clean(rows).lessons
    assert [lesson.id for lesson in lessons[:2]] == ["ll-2019-034", "lecon-5"]
    assert lessons[2].id.startswith("lesson-") and "the id cell is empty" in lessons[2].flags[0]
    without_ids = clean(rows, Mapping({"text": "Lesson"})).lessons
    again = clean([["x", "  C  ", "", "", "", ""]], Mapping({"text": "Lesson"})).lessons
    assert without_ids[2].id == again[0].id  # the same text gives the same id, whatever its row


def test_a_reserved_id_skips_its_row():
    cleaned = clean([["spreadsheet", "A", "", "", "", ""]], reserved_ids=frozenset({"spreadsheet"}))
    assert "reserved" in cleaned.skipped[0].reason and not cleaned.lessons


def test_very_long_cells():
    long_text = "word " * 20_000
    rows = [["1", long_text, "", "x" * 300, "", ""], ["2", "y" * (MAX_TEXT_CHARS + 1), "", "", "", ""]]
    cleaned = clean(rows)
    assert cleaned.lessons[0].fields["body"] == long_text.strip()
    assert "country" not in cleaned.lessons[0].fields
    assert "too long for a country" in cleaned.lessons[0].flags[0]
    assert "at most 1,000,000 are accepted" in cleaned.skipped[0].reason


@pytest.mark.parametrize(("label", "kind"), [
    ("Lessons Learnt", "lesson"), ("lessons-learned", "lesson"), ("LESSON LEARNED", "lesson"), ("Lesson", "lesson"),
    ("Good practice", "lesson"), ("Good Practices", "lesson"), (" Lessons learnt ", "lesson"), ("Leçon apprise", "lesson"),
    ("Lecciones aprendidas", "lesson"), ("Challenges", "challenge"), ("challenge", "challenge"), ("Défis", "challenge"),
    ("Desafío", "challenge"), ("Lessons Learnt:", "lesson"),
])
def test_type_labels_in_the_words_exports_use(label, kind):
    assert clean([["1", "A", label, "", "", ""]]).lessons[0].fields["type"] == kind


def test_an_unknown_type_is_kept_as_the_type_text_not_guessed():
    lesson = clean([["1", "A", "Observation", "", "", ""]]).lessons[0]
    assert "type" not in lesson.fields and lesson.fields["type_label"] == "Observation"
    assert lesson.flags == ["type 'Observation' is neither a lesson nor a challenge; kept as the lesson's type text"]


def test_a_title_is_the_first_sentence_of_the_text_when_no_column_gives_one():
    assert derived_title("Cash worked. It also helped markets.") == "Cash worked."
    long = "Volunteers " + "who were trained early " * 10
    assert derived_title(long).endswith("…") and 60 <= len(derived_title(long)) <= 81
    assert clean([["1", "First line\nsecond line", "", "", "", ""]]).lessons[0].fields["title"] == "First line"
