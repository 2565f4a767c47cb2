"""Which column holds what: guessed from headers, or read from a mapping file with clear errors."""
from __future__ import annotations

from pathlib import Path

import pytest

from db.spreadsheets.choosing import choose_mapping
from db.spreadsheets.errors import SpreadsheetError
from db.spreadsheets.mapping import Mapping, column_problems, load_mapping
from db.spreadsheets.reading import Row, Table
from tests.spreadsheets.files import HEADERS, ROWS


def table_of(headers: list[str], rows: list[list]) -> Table:
    return Table(Path("export.csv"), "test rows", headers, [Row(n, cells) for n, cells in enumerate(rows, start=2)], 0)


def test_usual_headers_are_recognised():
    mapping = choose_mapping(table_of(HEADERS, ROWS))
    assert mapping.columns == {"id": "ID", "text": "Lesson learned", "title": "Title", "type": "Type", "country": "Country",
                               "region": "Region", "sector": "Sector", "hazard": "Hazard", "date": "Date", "source": "Source"}
    assert mapping.unused == ()
    assert all(mapping.reasons[name] for name in mapping.columns)


def test_headers_are_matched_whatever_their_case_accents_language_and_extra_words():
    headers = ["N°", "LESSONS LEARNED (English)", "Pays", "Disaster type", "Date de création", "Région IFRC", "Notes"]
    rows = [["1", "Cash worked where markets still functioned.", "Kenya", "Drought", "2019-05-01", "Africa", ""],
            ["2", "Volunteers need insurance before deployment.", "Nepal", "Earthquake", "2015-05-02", "Asia Pacific", "x"]]
    mapping = choose_mapping(table_of(headers, rows))
    assert mapping.columns["text"] == "LESSONS LEARNED (English)"
    assert mapping.columns["hazard"] == "Disaster type"
    assert mapping.columns["region"] == "Région IFRC"
    assert mapping.columns["country"] == "Pays"
    assert mapping.columns["date"] == "Date de création"
    assert set(mapping.unused) == {"N°", "Notes"}


@pytest.mark.parametrize(("headers", "expected"), [
    (["Titre", "Leçon apprise", "Pays", "Région", "Secteur", "Aléa", "Date"],
     {"title": "Titre", "text": "Leçon apprise", "country": "Pays", "region": "Région", "sector": "Secteur", "hazard": "Aléa",
      "date": "Date"}),
    (["Título", "Lección aprendida", "País", "Región", "Sector", "Amenaza", "Fecha"],
     {"title": "Título", "text": "Lección aprendida", "country": "País", "region": "Región", "sector": "Sector",
      "hazard": "Amenaza", "date": "Fecha"}),
    (["Enseignement", "Pays"], {"text": "Enseignement", "country": "Pays"}),
])
def test_french_and_spanish_headers_are_recognised(headers, expected):
    values = {"Titre": "Stocks", "Título": "Reservas", "Pays": "Niger", "País": "Perú", "Région": "Afrique", "Región": "Américas",
              "Secteur": "Santé", "Sector": "Salud", "Aléa": "Inondation", "Amenaza": "Sequía", "Date": "2019-05-01",
              "Fecha": "2019-05-01"}
    rows = [[values.get(h, "Les stocks prépositionnés ont permis une réponse rapide.") for h in headers]] * 2
    assert choose_mapping(table_of(headers, rows)).columns == expected


def test_each_column_serves_one_field_and_a_whole_match_wins_over_a_partial_one():
    rows = [["Lesson", "Cash worked where markets still functioned.", "2019", "2019-05-01"]]
    mapping = choose_mapping(table_of(["Lesson type", "Lesson", "Year", "Date"], rows))
    assert mapping.columns == {"text": "Lesson", "type": "Lesson type", "date": "Date"}


def test_the_printed_mapping_loads_back_as_the_same_mapping(tmp_path):
    mapping = Mapping({"text": "Lesson learned", "country": "Country"}, language="fr", dates="day-first")
    path = tmp_path / "map.yaml"
    path.write_text(mapping.to_yaml(), encoding="utf-8")
    loaded = load_mapping(path)
    assert (loaded.columns, loaded.language, loaded.dates, loaded.origin) == (mapping.columns, "fr", "day-first", str(path))


def test_a_missing_column_is_named_with_the_closest_header():
    problems = column_problems(Mapping({"text": "Lesson learned", "country": "Countri"}), HEADERS, Path("export.csv"))
    assert problems == [f"country: export.csv has no column named 'Countri' (did you mean 'Country'?); its columns are: {', '.join(HEADERS)}"]


def test_no_text_column_and_unknown_fields_are_problems():
    problems = column_problems(Mapping({"countri": "Country"}, dates="sometimes"), HEADERS, Path("export.csv"))
    assert problems[0].startswith("'countri' is not a field (did you mean country?)")
    assert problems[1].startswith("no column holds the lesson text: no column of export.csv")
    assert problems[2] == "dates: must be day-first or month-first (found 'sometimes')"


@pytest.mark.parametrize(("text", "message"), [
    ("columns: [text]\n", r"map\.yaml: a mapping file needs 'columns:'"),
    ("columns: {text: Lesson\n", r"map\.yaml:\d+: YAML syntax error"),
    ("columns:\n  text: Lesson\nlangauge: en\n", r"map\.yaml:3: 'langauge' is not a mapping setting \(did you mean language\?\)"),
    ("columns:\n  text: Lesson\n  country: ''\n", r"map\.yaml:3: columns\.country: must be the header of a column"),
    ("columns:\n  text: Lesson\nlanguage: English\n", r"map\.yaml:3: language: must be a language tag"),
])
def test_a_bad_mapping_file_is_refused_with_its_name_and_line(tmp_path, text, message):
    path = tmp_path / "map.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(SpreadsheetError, match=message):
        load_mapping(path)


def test_a_missing_mapping_file_is_named(tmp_path):
    with pytest.raises(SpreadsheetError, match=r"nothing\.yaml: no such mapping file"):
        load_mapping(tmp_path / "nothing.yaml")
