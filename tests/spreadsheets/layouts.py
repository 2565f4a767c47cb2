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
import csv
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROWS = 400

SUBJECTS = ["The National Society", "Branch volunteers", "The DREF operation", "The logistics team", "Community committees",
            "The PMER focal point", "Partner National Societies", "Local authorities", "The health teams",
            "The cash and voucher team", "Youth volunteers", "The emergency operations centre", "The shelter cluster",
            "Field staff", "The IFRC country delegation"]
ACTIONS = ["struggled to", "managed to", "needed more time to", "were able to", "did not have the capacity to",
           "found it hard to", "succeeded in planning to", "took three weeks to", "could only partly"]
OBJECTS = ["reach remote communities before the rains", "procure hygiene kits locally", "register households for cash",
           "train volunteers in psychosocial first aid", "coordinate with the ministry of health",
           "keep beneficiary lists up to date", "share feedback with the affected people", "store relief items safely",
           "deploy surge staff in time", "report on expenditure by the deadline", "pre-position stock in the branches",
           "agree on targeting criteria with the authorities", "monitor distributions in insecure areas",
           "translate messages into local languages", "replace damaged water pumps", "insure volunteers before deployment"]
CAUSES = ["because the roads were cut by floods", "since stock had been pre-positioned", "as the procurement rules were unclear",
          "because the budget was approved late", "thanks to an existing agreement with suppliers",
          "because volunteer turnover was high", "since the mobile network was down for days",
          "as the assessment data were incomplete", "because no framework agreement existed",
          "thanks to the early warning received from the meteorological office"]
FOLLOW = ["This delayed the distribution by two weeks.", "Future operations should budget for this from the start.",
          "A checklist was later shared with all branches.", "The lesson was discussed at the final review workshop.",
          "It is recommended to plan this activity in the first month.", "The same issue was noted in the previous operation.",
          "Communities said they valued being consulted.", "Costs rose by about 15 % as a result.",
          "Coordination meetings were then held weekly.", "More women volunteers were recruited in the second phase."]

FR = (["La Société nationale", "Les volontaires de la branche", "L'opération DREF", "L'équipe logistique",
       "Les comités communautaires", "Les autorités locales", "Les équipes de santé", "Le personnel de terrain"],
      ["a eu du mal à", "a réussi à", "a mis trois semaines à", "n'a pas pu", "a dû attendre pour"],
      ["atteindre les communautés isolées avant les pluies", "acheter les kits d'hygiène sur place",
       "enregistrer les ménages pour les transferts monétaires", "former les volontaires aux premiers secours psychologiques",
       "coordonner avec le ministère de la santé", "tenir à jour les listes de bénéficiaires", "stocker les articles de secours",
       "déployer le personnel d'appui à temps", "rendre compte des dépenses dans les délais"],
      ["car les routes étaient coupées", "grâce au stock prépositionné", "car les règles d'achat n'étaient pas claires",
       "car le budget a été approuvé tard", "grâce à un accord existant avec les fournisseurs"],
      ["La distribution a pris deux semaines de retard.", "Les prochaines opérations devraient le prévoir dès le début.",
       "Une liste de contrôle a ensuite été partagée.", "Les communautés ont apprécié d'être consultées."])
ES = (["La Sociedad Nacional", "Los voluntarios de la filial", "La operación DREF", "El equipo de logística",
       "Los comités comunitarios", "Las autoridades locales", "Los equipos de salud", "El personal de campo"],
      ["tuvo dificultades para", "logró", "tardó tres semanas en", "no pudo", "necesitó más tiempo para"],
      ["llegar a las comunidades aisladas antes de las lluvias", "comprar los kits de higiene en el país",
       "registrar a los hogares para las transferencias", "capacitar a los voluntarios en primeros auxilios psicológicos",
       "coordinar con el ministerio de salud", "mantener al día las listas de beneficiarios", "almacenar los artículos de socorro",
       "desplegar al personal de apoyo a tiempo", "informar sobre los gastos en el plazo"],
      ["porque las carreteras estaban cortadas", "gracias al stock preposicionado", "porque las reglas de compra no eran claras",
       "porque el presupuesto se aprobó tarde", "gracias a un acuerdo existente con los proveedores"],
      ["La distribución se retrasó dos semanas.", "Las próximas operaciones deberían preverlo desde el inicio.",
       "Luego se compartió una lista de verificación.", "Las comunidades valoraron ser consultadas."])

COUNTRIES = ["Fiji", "Bangladesh", "Kenya", "Nepal", "Colombia", "Haiti", "Lebanon", "Ukraine", "Philippines", "Mozambique",
             "Sudan", "Peru", "Viet Nam", "Malawi", "Syrian Arab Republic", "Niger", "Honduras", "Ethiopia"]
PAYS = ["Népal", "Sénégal", "Côte d'Ivoire", "Haïti", "Tchad", "Niger", "Mali", "Bénin", "Burkina Faso", "Madagascar"]
PAISES = ["Perú", "Colombia", "Honduras", "Guatemala", "México", "Bolivia", "Ecuador", "Panamá", "Chile", "Venezuela"]
REGIONS = ["Asia Pacific", "Africa", "Americas", "Europe", "MENA"]
SECTORS = ["Health", "Shelter", "Livelihoods and basic needs", "WASH", "Protection, Gender and Inclusion", "Migration",
           "Disaster risk reduction", "Community engagement and accountability"]
COMPONENTS = ["Logistics - Supply chain", "Coordination with authorities", "Cash and voucher assistance", "Volunteer management",
              "Information management", "Finance and admin", "Early warning", "Needs assessment", "Safety and security"]
HAZARDS = ["Flood", "Cyclone", "Drought", "Earthquake", "Epidemic", "Population movement", "Volcanic eruption"]
ISO2 = ["FJ", "BD", "KE", "NP", "CO", "HT", "LB", "UA", "PH", "MZ", "SD", "PE", "VN", "MW", "SY", "NE", "HN", "ET"]


@dataclass
class Layout:
    """One export: its file and what a right import makes of it."""

    name: str
    path: Path
    expected: dict[str, str | None]  # field: header that must be chosen (None: no column for it)
    rows: int  # rows with something in them, after the header
    keep: int  # rows with a distinct non-empty text, in a row that fits the header
    skipped_reasons: dict[str, int] = field(default_factory=dict)  # a reason an import must give: for how many rows


class Prose:
    """Operational-learning sentences in one language, deterministic for a seed."""

    def __init__(self, rng: random.Random, parts=None):
        self.rng = rng
        self.subjects, self.actions, self.objects, self.causes, self.follow = parts or (SUBJECTS, ACTIONS, OBJECTS, CAUSES, FOLLOW)

    def excerpt(self) -> str:
        pick = self.rng.choice
        first = f"{pick(self.subjects)} {pick(self.actions)} {pick(self.objects)} {pick(self.causes)}."
        more = self.rng.sample(self.follow, k=self.rng.randint(0, 2))
        if self.rng.random() < 0.3:
            more.insert(0, f"In {pick(['March', 'June', 'the first month', 'the second phase', 'the dry season'])}, "
                           f"{pick(self.subjects).lower()} {pick(self.actions)} {pick(self.objects)}.")
        return " ".join([first, *more])

    def original(self, edited: str) -> str:
        """The excerpt as the report had it before a learning team edited it: longer and rougher."""
        return ("As per the final report, " + edited.replace("The National Society", "the NS")
                .replace("volunteers", "vols") + " (see section 4.2 of the report).")


def _excerpts(rng: random.Random, rows: int, prose: Prose, *, repeat_for_sectors: float = 0.0, empty: float = 0.0):
    """Row texts: each excerpt once, or repeated on the next rows (one per sector it was tagged
    with), some left empty; every text differs from every other excerpt."""
    texts: list[str] = []
    seen: set[str] = set()
    while len(texts) < rows:
        text = prose.excerpt()
        if text in seen:
            continue
        seen.add(text)
        copies = 1 + (rng.random() < repeat_for_sectors) * rng.randint(1, 2)
        texts += ["" if rng.random() < empty else text] * copies
    return texts[:rows]


def _distinct(texts: list[str]) -> int:
    return len({" ".join(t.split()) for t in texts if t.strip()})


def _appeal_codes(rng: random.Random, rows: int) -> list[str]:
    """Appeal codes as operations are numbered: the same code on dozens of consecutive rows."""
    codes: list[str] = []
    while len(codes) < rows:
        code = f"MDR{rng.choice(ISO2)}{rng.randint(1, 45):03d}"
        codes += [code] * rng.randint(8, 60)
    return codes[:rows]


def _write_csv(path: Path, headers: list[str], rows: list[list], *, delimiter: str = ",", encoding: str = "utf-8",
               raw_lines: dict[int, str] | None = None) -> Path:
    """`raw_lines`: row index to a line written as is, unquoted, in place of that row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(headers)
    for number, row in enumerate(rows):
        if raw_lines and number in raw_lines:
            buffer.write(raw_lines[number] + "\r\n")
        else:
            writer.writerow(row)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def go_full(folder: Path, rng: random.Random) -> Layout:
    """A platform export saved with pandas: index column without a header, an original and an
    edited excerpt, 'Learning' holding the type, each excerpt repeated once per sector."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose, repeat_for_sectors=0.4, empty=0.02)
    codes = _appeal_codes(rng, ROWS)
    rows = []
    for n, (text, code) in enumerate(zip(texts, codes)):
        country = COUNTRIES[ISO2.index(code[3:5])]
        year = rng.randint(2018, 2024)
        rows.append([n, 40_000 + n * 3, code, prose.original(text) if text and rng.random() > 0.1 else "", text,
                     rng.choice(["Lessons Learnt", "Challenges"]), rng.choice(SECTORS), rng.choice(COMPONENTS), country,
                     rng.choice(REGIONS), year, f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"])
    headers = ["", "id", "Appeal Code", "Original Excerpt", "Modified Excerpt", "Learning", "Sector", "Component", "Country",
               "Region", "Year", "Date"]
    return Layout("go-full", _write_csv(folder / "ops-learning-export.csv", headers, rows),
                  {"text": "Modified Excerpt", "second_text": "Original Excerpt", "type": "Learning", "code": "Appeal Code",
                   "title": None, "country": "Country", "id": "id"},
                  ROWS, _distinct(texts), {"the same text as an earlier row": ROWS - _distinct(texts) - texts.count("")})


def learning_labels(folder: Path, rng: random.Random) -> Layout:
    """'Learning' holds two labels; the text is in 'Modified Excerpt'; codes and years."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    codes = _appeal_codes(rng, ROWS)
    rows = [[code, rng.choice(["Lessons Learnt", "Challenges"]), text, COUNTRIES[ISO2.index(code[3:5])], rng.randint(2019, 2023)]
            for code, text in zip(codes, texts)]
    return Layout("learning-labels", _write_csv(folder / "learning.csv", ["Appeal code", "Learning", "Modified Excerpt",
                                                                          "Country", "Year"], rows),
                  {"text": "Modified Excerpt", "type": "Learning", "code": "Appeal code", "second_text": None},
                  ROWS, _distinct(texts))


def bits_beside_text(folder: Path, rng: random.Random) -> Layout:
    """Tab-separated: 'Excerpt' holds bit strings (a tagging matrix), the text sits in 'Long'."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    rows = [[f"OL-{n:05d}", "".join(rng.choice("01") for _ in range(12)), text, rng.choice(["Lesson", "Challenge"]),
             rng.choice(COUNTRIES), rng.choice(REGIONS), f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(2017, 2023)}"]
            for n, text in enumerate(texts)]
    headers = ["id", "Excerpt", "Long", "Type", "Country", "Region", "Date"]
    return Layout("bits-beside-text", _write_csv(folder / "tagged.tsv", headers, rows, delimiter="\t"),
                  {"text": "Long", "id": "id", "type": "Type", "date": "Date"}, ROWS, _distinct(texts))


def workbook_unmatched(folder: Path, rng: random.Random) -> Layout:
    """An .xlsx whose headers match nothing but 'Excerpt'; extra sheets; formatted, empty trailing columns."""
    from openpyxl import Workbook

    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose, empty=0.03)
    codes = _appeal_codes(rng, ROWS)
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
                  ROWS, _distinct(texts))


def codes_as_titles(folder: Path, rng: random.Random) -> Layout:
    """A 'Title' column that holds the appeal code, the same on dozens of rows."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    codes = _appeal_codes(rng, ROWS)
    rows = [[code, text, rng.choice(["Lesson", "Challenge"]), COUNTRIES[ISO2.index(code[3:5])],
             f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"] for code, text in zip(codes, texts)]
    return Layout("codes-as-titles", _write_csv(folder / "dref-lessons.csv", ["Title", "Lesson", "Type", "Country", "Date"], rows),
                  {"text": "Lesson", "title": None, "code": "Title", "type": "Type"}, ROWS, _distinct(texts))


def french(folder: Path, rng: random.Random) -> Layout:
    """French headers and text, semicolons, Windows-1252, day-first dates."""
    prose = Prose(rng, FR)
    texts = _excerpts(rng, ROWS, prose)
    rows = [[n + 1, f"Leçon {n + 1}", text, rng.choice(["Leçon apprise", "Défi"]), rng.choice(PAYS), "Afrique",
             rng.choice(["Santé", "Abris", "Moyens de subsistance"]), rng.choice(["Inondation", "Sécheresse", "Épidémie"]),
             f"{rng.randint(13, 28)}/{rng.randint(1, 12):02d}/{rng.randint(2015, 2023)}"] for n, text in enumerate(texts)]
    headers = ["N°", "Titre", "Leçon apprise", "Type", "Pays", "Région", "Secteur", "Aléa", "Date"]
    return Layout("french", _write_csv(folder / "lecons.csv", headers, rows, delimiter=";", encoding="cp1252"),
                  {"text": "Leçon apprise", "title": "Titre", "type": "Type", "country": "Pays", "region": "Région",
                   "sector": "Secteur", "hazard": "Aléa", "date": "Date"}, ROWS, _distinct(texts))


def spanish(folder: Path, rng: random.Random) -> Layout:
    """Spanish headers and text, UTF-8 with a byte-order mark."""
    prose = Prose(rng, ES)
    texts = _excerpts(rng, ROWS, prose)
    rows = [[f"Lección {n + 1}", text, rng.choice(["Lección aprendida", "Desafío"]), rng.choice(PAISES), "Américas",
             rng.choice(["Salud", "Alojamiento", "Agua y saneamiento"]), rng.choice(["Inundación", "Sequía", "Terremoto"]),
             f"{rng.randint(2015, 2023)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"] for n, text in enumerate(texts)]
    headers = ["Título", "Lección aprendida", "Tipo", "País", "Región", "Sector", "Amenaza", "Fecha"]
    return Layout("spanish", _write_csv(folder / "lecciones.csv", headers, rows, encoding="utf-8-sig"),
                  {"text": "Lección aprendida", "title": "Título", "type": "Tipo", "country": "País", "region": "Región",
                   "sector": "Sector", "hazard": "Amenaza", "date": "Fecha"}, ROWS, _distinct(texts))


def ragged(folder: Path, rng: random.Random) -> Layout:
    """Some rows written by hand without quotes, so a comma in the text splits it; others with a
    stray empty last cell, which cannot be told from a split text whose last cell is empty."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    rows = [[f"LL-{n}", text, rng.choice(["Lesson", "Challenge"]), rng.choice(COUNTRIES), str(rng.randint(2015, 2023))]
            for n, text in enumerate(texts)]
    shifted = {n: f"LL-{n},{texts[n].replace('.', ', and then', 1)},Lesson,{rows[n][3]},2020" for n in range(7, ROWS, 23)}
    trailing = {n: ",".join([*rows[n], ""]) for n in range(11, ROWS, 31) if n not in shifted and "," not in texts[n]}
    good = [text for n, text in enumerate(texts) if n not in shifted and n not in trailing]
    return Layout("ragged", _write_csv(folder / "hand-edited.csv", ["ID", "Lesson learned", "Type", "Country", "Year"], rows,
                                       raw_lines={**shifted, **trailing}),
                  {"text": "Lesson learned", "id": "ID", "type": "Type", "country": "Country"}, ROWS, _distinct(good),
                  {"more or fewer cells than the header's 5: check the quoting (a separator inside a cell must be quoted)":
                   len(shifted) + len(trailing)})


def generic_headers(folder: Path, rng: random.Random) -> Layout:
    """A query tool's export: Column1, Column2, ...; only the contents tell what is what."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    rows = [[rng.choice(COUNTRIES), f"{rng.randint(2018, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", text,
             rng.choice(["Lessons Learnt", "Challenges"]), rng.choice(REGIONS), rng.randint(1, 5)] for text in texts]
    headers = [f"Column{n}" for n in range(1, 7)]
    return Layout("generic-headers", _write_csv(folder / "query-export.csv", headers, rows),
                  {"text": "Column3", "type": "Column4", "country": "Column1", "date": "Column2", "region": "Column5"},
                  ROWS, _distinct(texts))


def summary_and_details(folder: Path, rng: random.Random) -> Layout:
    """Two prose columns: a one-sentence summary and the full details."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    rows = []
    for text in texts:
        detail = text + " " + " ".join(rng.sample(FOLLOW, 3))
        rows.append([text.split(".")[0][:90], detail, rng.choice(["Lesson", "Challenge"]), rng.choice(COUNTRIES)])
    details = [row[1] for row in rows]
    return Layout("summary-and-details", _write_csv(folder / "summaries.csv", ["Summary", "Details", "Type", "Country"], rows),
                  {"text": "Details", "title": "Summary", "type": "Type", "country": "Country"}, ROWS, _distinct(details))


def many_type_labels(folder: Path, rng: random.Random) -> Layout:
    """Type labels in every spelling, and one label that is neither a lesson nor a challenge."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    labels = ["Lessons learned", "lesson", "CHALLENGES", "Good practice", "Lessons Learnt ", "Challenge", "Observation"]
    rows = [[text, labels[n % len(labels)], rng.choice(COUNTRIES), rng.choice(HAZARDS)] for n, text in enumerate(texts)]
    return Layout("many-type-labels", _write_csv(folder / "labels.csv", ["Lesson", "Lesson type", "Country", "Disaster type"], rows),
                  {"text": "Lesson", "type": "Lesson type", "hazard": "Disaster type"}, ROWS, _distinct(texts))


def api_snake_case(folder: Path, rng: random.Random) -> Layout:
    """The platform's API flattened to CSV: snake_case names, 'learning' and 'original_learning', booleans."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose, empty=0.02)
    codes = _appeal_codes(rng, ROWS)
    rows = [[9000 + n, code, text, prose.original(text) if text else "", rng.choice(["Lesson learnt", "Challenge"]),
             rng.choice(SECTORS), rng.choice(COMPONENTS), COUNTRIES[ISO2.index(code[3:5])], rng.choice(REGIONS),
             f"{rng.randint(2019, 2024)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T08:1{rng.randint(0, 9)}:00Z",
             rng.choice(["True", "False"])] for n, (code, text) in enumerate(zip(codes, texts))]
    headers = ["id", "appeal_code", "learning", "original_learning", "type_display", "sector_display", "per_component_display",
               "country_name", "region_name", "created_at", "is_validated"]
    return Layout("api-snake-case", _write_csv(folder / "ops_learning_api.csv", headers, rows),
                  {"text": "learning", "second_text": "original_learning", "type": "type_display", "code": "appeal_code",
                   "id": "id", "country": "country_name", "date": "created_at"}, ROWS, _distinct(texts))


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
    return Layout("heavy-tagging", _write_csv(folder / "tagged-by-sector.csv", headers, rows),
                  {"text": "modified_excerpt", "second_text": "original_excerpt", "type": "learning_type", "code": "appeal_code",
                   "title": None}, ROWS, _distinct(kept))


def title_rows_workbook(folder: Path, rng: random.Random) -> Layout:
    """An .xlsx whose first sheet is instructions and whose lessons sheet has a title and a date above the header."""
    from openpyxl import Workbook

    prose = Prose(rng, ES)
    texts = _excerpts(rng, 120, prose)
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
                  120, _distinct(texts))


def pipes_under_a_title(folder: Path, rng: random.Random) -> Layout:
    """Separated by vertical bars, a title line above the header."""
    prose = Prose(rng)
    texts = _excerpts(rng, 150, prose)
    lines = ["Lessons learned register - export of 2024-02-01", "",
             "ref|country|lesson_text|category|year"]
    lines += [f"L{n:04d}|{rng.choice(COUNTRIES)}|{text}|{rng.choice(['Lesson', 'Challenge'])}|{rng.randint(2016, 2023)}"
              for n, text in enumerate(texts)]
    path = folder / "register.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Layout("pipes-under-a-title", path, {"text": "lesson_text", "id": "ref", "type": "category", "country": "country"},
                  150, _distinct(texts))


def form_tool_export(folder: Path, rng: random.Random) -> Layout:
    """A form tool's export: group/field names, many columns (GPS, booleans, ids), two prose answers."""
    prose = Prose(rng)
    texts = _excerpts(rng, ROWS, prose)
    worked = _excerpts(rng, ROWS, prose)
    headers = ["start", "end", "group_info/country", "group_info/branch", "group_lesson/lesson_learned",
               "group_lesson/what_did_not_work", "group_lesson/lesson_type", "group_geo/_gps_latitude", "group_geo/_gps_longitude",
               "consent", "_id", "_uuid", "_submission_time", "_index"]
    rows = [[f"2023-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}T09:00:00", f"2023-0{rng.randint(1, 9)}-2{rng.randint(0, 8)}T09:30:00",
             rng.choice(COUNTRIES), f"Branch {rng.randint(1, 30)}", text, other, rng.choice(["lesson", "challenge"]),
             f"{rng.uniform(-30, 30):.5f}", f"{rng.uniform(-80, 120):.5f}", rng.choice(["yes", "no"]), 100_000 + n,
             f"{rng.getrandbits(128):032x}", f"2023-10-{rng.randint(10, 28)}T12:00:00", n + 1]
            for n, (text, other) in enumerate(zip(texts, worked))]
    return Layout("form-tool-export", _write_csv(folder / "kobo-export.csv", headers, rows, delimiter=";"),
                  {"text": "group_lesson/lesson_learned", "type": "group_lesson/lesson_type", "country": "group_info/country"},
                  ROWS, _distinct(texts))


def short_lesson_long_recommendation(folder: Path, rng: random.Random) -> Layout:
    """A one-sentence 'Key learning point' beside a long recommendation and a long description repeated per operation."""
    prose = Prose(rng)
    texts = _excerpts(rng, 200, prose)
    texts = [text.split(". ")[0].rstrip(".") + "." for text in texts]
    operations = [" ".join(prose.excerpt() for _ in range(3)) for _ in range(8)]
    rows = [[f"Lesson {n + 1}", rng.choice(operations), text, " ".join(prose.excerpt() for _ in range(2)), rng.choice(COUNTRIES)]
            for n, text in enumerate(texts)]
    headers = ["No.", "Description of the operation", "Key learning point", "Recommendation / next steps", "Country"]
    return Layout("short-lesson-long-recommendation", _write_csv(folder / "review.csv", headers, rows),
                  {"text": "Key learning point", "id": None, "country": "Country"}, 200, _distinct(texts))


def sharepoint_list(folder: Path, rng: random.Random) -> Layout:
    """A SharePoint list export: codes as Title, encoded names, 'Content Type' = Item, US dates with times."""
    prose = Prose(rng)
    texts = _excerpts(rng, 150, prose)
    rows = [[f"MDR{rng.choice(ISO2)}{n:03d}", text, "Item", rng.choice(["Lesson", "Challenge"]), rng.choice(COUNTRIES),
             f"{rng.randint(1, 12)}/{rng.randint(13, 28)}/{rng.randint(2019, 2023)} {rng.randint(1, 12)}:{rng.randint(10, 59)} "
             f"{rng.choice(['AM', 'PM'])}", "Jane Doe"] for n, text in enumerate(texts)]
    headers = ["Title", "Lesson_x0020_Learned", "Content Type", "Lesson Type", "Country", "Created", "Created By"]
    return Layout("sharepoint-list", _write_csv(folder / "sharepoint.csv", headers, rows, encoding="utf-8-sig"),
                  {"text": "Lesson_x0020_Learned", "code": "Title", "title": None, "type": "Lesson Type", "date": "Created"},
                  150, _distinct(texts))


def lessons_and_challenges(folder: Path, rng: random.Random) -> Layout:
    """A tracker with a 'Lessons learned' column and a 'Challenges' column, one of them filled on each row."""
    prose = Prose(rng)
    texts = _excerpts(rng, 160, prose)
    rows = [[rng.choice(COUNTRIES), text, ""] if n % 2 else [rng.choice(COUNTRIES), "", text] for n, text in enumerate(texts)]
    return Layout("lessons-and-challenges", _write_csv(folder / "tracker.csv", ["Country", "Lessons learned", "Challenges"], rows),
                  {"text": "Lessons learned", "second_text": "Challenges"}, 160, _distinct(texts))


def mixed_encoding(folder: Path, rng: random.Random) -> Layout:
    """A UTF-8 file into which a few rows were pasted from a Windows-1252 one."""
    prose = Prose(rng, FR)
    texts = _excerpts(rng, 120, prose)
    lines = ["Titre;Leçon apprise;Pays".encode("utf-8")]
    for n, text in enumerate(texts):
        line = f"Leçon {n + 1};{text};{rng.choice(PAYS)}"
        lines.append(line.encode("cp1252" if n % 40 == 7 else "utf-8"))
    path = folder / "lecons-collees.csv"
    path.write_bytes(b"\r\n".join(lines) + b"\r\n")
    return Layout("mixed-encoding", path, {"text": "Leçon apprise", "title": "Titre", "country": "Pays"}, 120, _distinct(texts))


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
