"""Lessons exports in the layouts real learning platforms produce, with their mess, and what an import must make of them.

    python -m tests.spreadsheets.layouts FOLDER      # writes every layout there, to try by hand

Each layout writes one file into a folder and says which column holds what and how many rows
carry a distinct, non-empty text in a row that fits the header: what an import should keep.
The text is generated operational-learning prose (several sentence shapes, English, French or
Spanish), deterministic for a seed. Real exports are imitated, not copied: a pandas index
column with no header, an original and an edited excerpt, a two-valued 'Learning' column,
bit strings beside the text, appeal codes repeated on dozens of rows, one excerpt repeated
for each sector it was tagged with, empty cells, semicolons and Windows-1252, extra sheets
and formatted but empty trailing columns, unquoted separators inside the text.
"""
from __future__ import annotations

import argparse
import random
from collections.abc import Callable
from pathlib import Path

from tests.spreadsheets.exports import (
    COMPONENTS, COUNTRIES, ES, FOLLOW, FR, HAZARDS, ISO2, PAISES, PAYS, REGIONS, SECTORS, Layout, Prose, appeal_codes, distinct,
    excerpts, write_rows,
)

ROWS = 400

def go_full(folder: Path, rng: random.Random) -> Layout:
    """A platform export saved with pandas: index column without a header, an original and an
    edited excerpt, 'Learning' holding the type, each excerpt repeated once per sector."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose, repeat_for_sectors=0.4, empty=0.02)
    codes = appeal_codes(rng, ROWS)
    rows = []
    for n, (text, code) in enumerate(zip(texts, codes)):
        country = COUNTRIES[ISO2.index(code[3:5])]
        year = rng.randint(2018, 2024)
        rows.append([n, 40_000 + n * 3, code, prose.original(text) if text and rng.random() > 0.1 else "", text,
                     rng.choice(["Lessons Learnt", "Challenges"]), rng.choice(SECTORS), rng.choice(COMPONENTS), country,
                     rng.choice(REGIONS), year, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    headers = ["", "id", "Appeal Code", "Original Excerpt", "Modified Excerpt", "Learning", "Sector", "Component", "Country",
               "Region", "Year", "Date"]
    return Layout("go-full", write_rows(folder / "ops-learning-export.csv", headers, rows),
                  {"text": "Modified Excerpt", "second_text": "Original Excerpt", "type": "Learning", "code": "Appeal Code",
                   "title": None, "country": "Country", "id": "id"},
                  ROWS, distinct(texts), {"the same text as an earlier row": ROWS - distinct(texts) - texts.count("")})


def learning_labels(folder: Path, rng: random.Random) -> Layout:
    """'Learning' holds two labels; the text is in 'Modified Excerpt'; codes and years."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    codes = appeal_codes(rng, ROWS)
    rows = [[code, rng.choice(["Lessons Learnt", "Challenges"]), text, COUNTRIES[ISO2.index(code[3:5])], rng.randint(2019, 2023)]
            for code, text in zip(codes, texts)]
    return Layout("learning-labels", write_rows(folder / "learning.csv", ["Appeal code", "Learning", "Modified Excerpt",
                                                                          "Country", "Year"], rows),
                  {"text": "Modified Excerpt", "type": "Learning", "code": "Appeal code", "second_text": None},
                  ROWS, distinct(texts))


def bits_beside_text(folder: Path, rng: random.Random) -> Layout:
    """Tab-separated: 'Excerpt' holds bit strings (a tagging matrix), the text sits in 'Long'."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    rows = [[f"OL-{n:05d}", "".join(rng.choice("01") for _ in range(12)), text, rng.choice(["Lesson", "Challenge"]),
             rng.choice(COUNTRIES), rng.choice(REGIONS), f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2017, 2023)}"]
            for n, text in enumerate(texts)]
    headers = ["id", "Excerpt", "Long", "Type", "Country", "Region", "Date"]
    return Layout("bits-beside-text", write_rows(folder / "tagged.tsv", headers, rows, delimiter="\t"),
                  {"text": "Long", "id": "id", "type": "Type", "date": "Date"}, ROWS, distinct(texts))


def workbook_unmatched(folder: Path, rng: random.Random) -> Layout:
    """An .xlsx whose headers match nothing but 'Excerpt'; extra sheets; formatted, empty trailing columns."""
    from openpyxl import Workbook

    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose, empty=0.03)
    codes = appeal_codes(rng, ROWS)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Data"
    sheet.append(["Appeal", "Nat Soc", "Excerpt", "Category", "Area", "Yr", None, None])
    for code, text in zip(codes, texts):
        sheet.append([code, COUNTRIES[ISO2.index(code[3:5])], text or None, rng.choice(["Lessons learned", "Challenges"]),
                      rng.choice(SECTORS), rng.randint(2016, 2024)])
    for row in range(1, ROWS + 2):  # a width and a fill on two columns nobody used
        sheet.cell(row=row, column=9).number_format = "0.00"
        sheet.cell(row=row, column=10).number_format = "@"
    workbook.create_sheet("Pivot").append(["Category", "Count"])
    workbook.create_sheet("Read me").append(["Exported from the learning platform"])
    path = folder / "lessons-workbook.xlsx"
    workbook.save(path)
    return Layout("workbook-unmatched", path, {"text": "Excerpt", "country": "Nat Soc", "type": "Category", "code": "Appeal"},
                  ROWS, distinct(texts))


def codes_as_titles(folder: Path, rng: random.Random) -> Layout:
    """A 'Title' column that holds the appeal code, the same on dozens of rows."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    codes = appeal_codes(rng, ROWS)
    rows = [[code, text, rng.choice(["Lesson", "Challenge"]), COUNTRIES[ISO2.index(code[3:5])],
             f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"] for code, text in zip(codes, texts)]
    return Layout("codes-as-titles", write_rows(folder / "dref-lessons.csv", ["Title", "Lesson", "Type", "Country", "Date"], rows),
                  {"text": "Lesson", "title": None, "code": "Title", "type": "Type"}, ROWS, distinct(texts))


def french(folder: Path, rng: random.Random) -> Layout:
    """French headers and text, semicolons, Windows-1252, day-first dates."""
    prose = Prose(rng, FR)
    texts = excerpts(rng, ROWS, prose)
    rows = [[n + 1, f"Leçon {n + 1}", text, rng.choice(["Leçon apprise", "Défi"]), rng.choice(PAYS), "Afrique",
             rng.choice(["Santé", "Abris", "Moyens de subsistance"]), rng.choice(["Inondation", "Sécheresse", "Épidémie"]),
             f"{rng.randint(13, 28)}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2023)}"] for n, text in enumerate(texts)]
    headers = ["N°", "Titre", "Leçon apprise", "Type", "Pays", "Région", "Secteur", "Aléa", "Date"]
    return Layout("french", write_rows(folder / "lecons.csv", headers, rows, delimiter=";", encoding="cp1252"),
                  {"text": "Leçon apprise", "title": "Titre", "type": "Type", "country": "Pays", "region": "Région",
                   "sector": "Secteur", "hazard": "Aléa", "date": "Date"}, ROWS, distinct(texts))


def spanish(folder: Path, rng: random.Random) -> Layout:
    """Spanish headers and text, UTF-8 with a byte-order mark."""
    prose = Prose(rng, ES)
    texts = excerpts(rng, ROWS, prose)
    rows = [[f"Lección {n + 1}", text, rng.choice(["Lección aprendida", "Desafío"]), rng.choice(PAISES), "Américas",
             rng.choice(["Salud", "Alojamiento", "Agua y saneamiento"]), rng.choice(["Inundación", "Sequía", "Terremoto"]),
             f"{rng.randint(2015, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"] for n, text in enumerate(texts)]
    headers = ["Título", "Lección aprendida", "Tipo", "País", "Región", "Sector", "Amenaza", "Fecha"]
    return Layout("spanish", write_rows(folder / "lecciones.csv", headers, rows, encoding="utf-8-sig"),
                  {"text": "Lección aprendida", "title": "Título", "type": "Tipo", "country": "País", "region": "Región",
                   "sector": "Sector", "hazard": "Amenaza", "date": "Fecha"}, ROWS, distinct(texts))


def ragged(folder: Path, rng: random.Random) -> Layout:
    """Some rows written by hand without quotes, so a comma in the text splits it; others with a
    stray empty last cell, which cannot be told from a split text whose last cell is empty."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    rows = [[f"LL-{n}", text, rng.choice(["Lesson", "Challenge"]), rng.choice(COUNTRIES), str(rng.randint(2015, 2023))]
            for n, text in enumerate(texts)]
    shifted = {n: f"LL-{n},{texts[n].replace('.', ', and then', 1)},Lesson,{rows[n][3]},2020" for n in range(7, ROWS, 23)}
    trailing = {n: ",".join([*rows[n], ""]) for n in range(11, ROWS, 31) if n not in shifted and "," not in texts[n]}
    good = [text for n, text in enumerate(texts) if n not in shifted and n not in trailing]
    return Layout("ragged", write_rows(folder / "hand-edited.csv", ["ID", "Lesson learned", "Type", "Country", "Year"], rows,
                                       raw_lines={**shifted, **trailing}),
                  {"text": "Lesson learned", "id": "ID", "type": "Type", "country": "Country"}, ROWS, distinct(good),
                  {"more or fewer cells than the header's 5: check the quoting (a separator inside a cell must be quoted)":
                   len(shifted) + len(trailing)})


def generic_headers(folder: Path, rng: random.Random) -> Layout:
    """A query tool's export: Column1, Column2, ...; only the contents tell what is what."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    rows = [[rng.choice(COUNTRIES), f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", text,
             rng.choice(["Lessons Learnt", "Challenges"]), rng.choice(REGIONS), rng.randint(1, 5)] for text in texts]
    headers = [f"Column{n}" for n in range(1, 7)]
    return Layout("generic-headers", write_rows(folder / "query-export.csv", headers, rows),
                  {"text": "Column3", "type": "Column4", "country": "Column1", "date": "Column2", "region": "Column5"},
                  ROWS, distinct(texts))


def summary_and_details(folder: Path, rng: random.Random) -> Layout:
    """Two prose columns: a one-sentence summary and the full details."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    rows = []
    for text in texts:
        detail = text + " " + " ".join(rng.sample(FOLLOW, 3))
        rows.append([text.split(".")[0][:90], detail, rng.choice(["Lesson", "Challenge"]), rng.choice(COUNTRIES)])
    details = [row[1] for row in rows]
    return Layout("summary-and-details", write_rows(folder / "summaries.csv", ["Summary", "Details", "Type", "Country"], rows),
                  {"text": "Details", "title": "Summary", "type": "Type", "country": "Country"}, ROWS, distinct(details))


def many_type_labels(folder: Path, rng: random.Random) -> Layout:
    """Type labels in every spelling, and one label that is neither a lesson nor a challenge."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    labels = ["Lessons learned", "lesson", "CHALLENGES", "Good practice", "Lessons Learnt ", "Challenge", "Observation"]
    rows = [[text, labels[n % len(labels)], rng.choice(COUNTRIES), rng.choice(HAZARDS)] for n, text in enumerate(texts)]
    return Layout("many-type-labels", write_rows(folder / "labels.csv", ["Lesson", "Lesson type", "Country", "Disaster type"], rows),
                  {"text": "Lesson", "type": "Lesson type", "hazard": "Disaster type"}, ROWS, distinct(texts))


def api_snake_case(folder: Path, rng: random.Random) -> Layout:
    """The platform's API flattened to CSV: snake_case names, 'learning' and 'original_learning', booleans."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose, empty=0.02)
    codes = appeal_codes(rng, ROWS)
    rows = [[9000 + n, code, text, prose.original(text) if text else "", rng.choice(["Lesson learnt", "Challenge"]),
             rng.choice(SECTORS), rng.choice(COMPONENTS), COUNTRIES[ISO2.index(code[3:5])], rng.choice(REGIONS),
             f"{rng.randint(2019, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:1{rng.randint(0, 9)}:00Z",
             rng.choice(["True", "False"])] for n, (code, text) in enumerate(zip(codes, texts))]
    headers = ["id", "appeal_code", "learning", "original_learning", "type_display", "sector_display", "per_component_display",
               "country_name", "region_name", "created_at", "is_validated"]
    return Layout("api-snake-case", write_rows(folder / "ops_learning_api.csv", headers, rows),
                  {"text": "learning", "second_text": "original_learning", "type": "type_display", "code": "appeal_code",
                   "id": "id", "country": "country_name", "date": "created_at"}, ROWS, distinct(texts))


def heavy_tagging(folder: Path, rng: random.Random) -> Layout:
    """Each excerpt on one to four rows, one per sector it was tagged with: more rows repeat a text than not."""
    prose = Prose(rng)
    rows, texts = [], []
    while len(rows) < ROWS:
        text = prose.excerpt()
        if text in texts:
            continue
        texts.append(text)
        code = f"MDR{rng.choice(ISO2)}{rng.randint(1, 9):03d}"
        country = COUNTRIES[ISO2.index(code[3:5])]
        operation = f"{country}: {HAZARDS[int(code[-1]) % len(HAZARDS)]} {2015 + int(code[-1])}"  # one name per appeal
        kind = rng.choice(["Lessons Learnt", "Challenges"])
        for sector in rng.sample(SECTORS, rng.randint(1, 4)):
            rows.append([code, prose.original(text), text, kind, sector, country, operation])
    rows = rows[:ROWS]
    kept = [row[2] for row in rows]
    headers = ["appeal_code", "original_excerpt", "modified_excerpt", "learning_type", "sector", "country", "operation_name"]
    return Layout("heavy-tagging", write_rows(folder / "tagged-by-sector.csv", headers, rows),
                  {"text": "modified_excerpt", "second_text": "original_excerpt", "type": "learning_type", "code": "appeal_code",
                   "title": None}, ROWS, distinct(kept))


def title_rows_workbook(folder: Path, rng: random.Random) -> Layout:
    """An .xlsx whose first sheet is instructions and whose lessons sheet has a title and a date above the header."""
    from openpyxl import Workbook

    prose = Prose(rng, ES)
    texts = excerpts(rng, 120, prose)
    workbook = Workbook()
    workbook.active.title = "Instrucciones"
    workbook.active.append(["Complete una fila por lección. No cambie los encabezados."])
    workbook.active.append(["Tipo: Lección aprendida o Desafío."])
    workbook.create_sheet("Listas").append(["Lección aprendida", "Desafío"])
    sheet = workbook.create_sheet("Lecciones")
    sheet.append(["Base de datos de evaluaciones – Lecciones aprendidas (Américas)"])
    sheet.append(["Actualizado el 12 de marzo de 2024"])
    sheet.append([])
    sheet.append(["País", "Lección aprendida", "Tipo", "Fecha", "Sector"])
    for text in texts:
        sheet.append([rng.choice(PAISES), text, rng.choice(["Lección aprendida", "Desafío"]),
                      f"{rng.randint(1, 28)} de {rng.choice(['marzo', 'abril', 'junio', 'octubre'])} de {rng.randint(2016, 2023)}",
                      rng.choice(["Salud", "Alojamiento"])])
    path = folder / "evaluaciones.xlsx"
    workbook.save(path)
    return Layout("title-rows-workbook", path, {"text": "Lección aprendida", "type": "Tipo", "country": "País", "date": "Fecha"},
                  120, distinct(texts))


def pipes_under_a_title(folder: Path, rng: random.Random) -> Layout:
    """Separated by vertical bars, a title line above the header."""
    prose = Prose(rng)
    texts = excerpts(rng, 150, prose)
    lines = ["Lessons learned register - export of 2024-02-01", "",
             "ref|country|lesson_text|category|year"]
    lines += [f"L{n:04d}|{rng.choice(COUNTRIES)}|{text}|{rng.choice(['Lesson', 'Challenge'])}|{rng.randint(2016, 2023)}"
              for n, text in enumerate(texts)]
    path = folder / "register.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Layout("pipes-under-a-title", path, {"text": "lesson_text", "id": "ref", "type": "category", "country": "country"},
                  150, distinct(texts))


def form_tool_export(folder: Path, rng: random.Random) -> Layout:
    """A form tool's export: group/field names, many columns (GPS, booleans, ids), two prose answers."""
    prose = Prose(rng)
    texts = excerpts(rng, ROWS, prose)
    worked = excerpts(rng, ROWS, prose)
    headers = ["start", "end", "group_info/country", "group_info/branch", "group_lesson/lesson_learned",
               "group_lesson/what_did_not_work", "group_lesson/lesson_type", "group_geo/_gps_latitude", "group_geo/_gps_longitude",
               "consent", "_id", "_uuid", "_submission_time", "_index"]
    rows = [[f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T09:00:00", f"2023-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}T09:30:00",
             rng.choice(COUNTRIES), f"Branch {rng.randint(1, 30)}", text, other, rng.choice(["lesson", "challenge"]),
             f"{rng.uniform(-30, 30):.5f}", f"{rng.uniform(-80, 120):.5f}", rng.choice(["yes", "no"]), 100_000 + n,
             f"{rng.getrandbits(128):032x}", f"2023-10-{rng.randint(10, 28)}T12:00:00", n + 1]
            for n, (text, other) in enumerate(zip(texts, worked))]
    return Layout("form-tool-export", write_rows(folder / "kobo-export.csv", headers, rows, delimiter=";"),
                  {"text": "group_lesson/lesson_learned", "type": "group_lesson/lesson_type", "country": "group_info/country"},
                  ROWS, distinct(texts))


def short_lesson_long_recommendation(folder: Path, rng: random.Random) -> Layout:
    """A one-sentence 'Key learning point' beside a long recommendation and a long description repeated per operation."""
    prose = Prose(rng)
    texts = excerpts(rng, 200, prose)
    texts = [text.split(". ")[0].rstrip(".") + "." for text in texts]
    operations = [" ".join(prose.excerpt() for _ in range(3)) for _ in range(8)]
    rows = [[f"Lesson {n + 1}", rng.choice(operations), text, " ".join(prose.excerpt() for _ in range(2)), rng.choice(COUNTRIES)]
            for n, text in enumerate(texts)]
    headers = ["No.", "Description of the operation", "Key learning point", "Recommendation / next steps", "Country"]
    return Layout("short-lesson-long-recommendation", write_rows(folder / "review.csv", headers, rows),
                  {"text": "Key learning point", "id": None, "country": "Country"}, 200, distinct(texts))


def sharepoint_list(folder: Path, rng: random.Random) -> Layout:
    """A SharePoint list export: codes as Title, encoded names, 'Content Type' = Item, US dates with times."""
    prose = Prose(rng)
    texts = excerpts(rng, 150, prose)
    rows = [[f"MDR{rng.choice(ISO2)}{n:03d}", text, "Item", rng.choice(["Lesson", "Challenge"]), rng.choice(COUNTRIES),
             f"{rng.randint(1, 12)}/{rng.randint(13, 28)}/{rng.randint(2019, 2023)} {rng.randint(1, 12)}:{rng.randint(10, 59)} "
             f"{rng.choice(['AM', 'PM'])}", "Jane Doe"] for n, text in enumerate(texts)]
    headers = ["Title", "Lesson_x0020_Learned", "Content Type", "Lesson Type", "Country", "Created", "Created By"]
    return Layout("sharepoint-list", write_rows(folder / "sharepoint.csv", headers, rows, encoding="utf-8-sig"),
                  {"text": "Lesson_x0020_Learned", "code": "Title", "title": None, "type": "Lesson Type", "date": "Created"},
                  150, distinct(texts))


def lessons_and_challenges(folder: Path, rng: random.Random) -> Layout:
    """A tracker with a 'Lessons learned' column and a 'Challenges' column, one of them filled on each row."""
    prose = Prose(rng)
    texts = excerpts(rng, 160, prose)
    rows = [[rng.choice(COUNTRIES), text, ""] if n % 2 else [rng.choice(COUNTRIES), "", text] for n, text in enumerate(texts)]
    return Layout("lessons-and-challenges", write_rows(folder / "tracker.csv", ["Country", "Lessons learned", "Challenges"], rows),
                  {"text": "Lessons learned", "second_text": "Challenges"}, 160, distinct(texts))


def mixed_encoding(folder: Path, rng: random.Random) -> Layout:
    """A UTF-8 file into which a few rows were pasted from a Windows-1252 one."""
    prose = Prose(rng, FR)
    texts = excerpts(rng, 120, prose)
    lines = ["Titre;Leçon apprise;Pays".encode("utf-8")]
    for n, text in enumerate(texts):
        line = f"Leçon {n + 1};{text};{rng.choice(PAYS)}"
        lines.append(line.encode("cp1252" if n % 40 == 7 else "utf-8"))
    path = folder / "lecons-collees.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return Layout("mixed-encoding", path, {"text": "Leçon apprise", "title": "Titre", "country": "Pays"}, 120, distinct(texts))


LAYOUTS: list[Callable[[Path, random.Random], Layout]] = [
    go_full, learning_labels, bits_beside_text, workbook_unmatched, codes_as_titles, french, spanish, ragged, generic_headers,
    summary_and_details, many_type_labels, api_snake_case, heavy_tagging, title_rows_workbook, pipes_under_a_title,
    form_tool_export, short_lesson_long_recommendation, sharepoint_list, lessons_and_challenges, mixed_encoding,
]


def write_all(folder: Path, seed: int = 7) -> list[Layout]:
    folder.mkdir(parents=True, exist_ok=True)
    return [make(folder, random.Random(f"{seed}-{make.__name__}")) for make in LAYOUTS]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for layout in write_all(args.folder, args.seed):
        print(f"{layout.path}  ({layout.name}: {layout.rows} rows, {layout.keep} to keep)")


if __name__ == "__main__":
    main()
