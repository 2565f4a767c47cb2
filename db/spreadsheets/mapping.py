"""Which column holds what: guessed from the headers, or read from a mapping file (MAP.yaml).

A mapping file, the same shape as the mapping printed after a guess:

    columns:            # field: the header of the column that holds it
      text: Lesson learned
      country: Country
    sheet: Lessons      # optional: the workbook's sheet (default: the first)
    language: en        # optional: the language of the lessons (default: und, undetermined)
    pack_title: DREF lessons 2024    # optional
    dates: day-first    # optional: read 03/04/2019 as 3 April (month-first: 4 March)
"""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from db.packs.problems import did_you_mean
from db.packs.schema import LANGUAGE_PATTERN
from db.packs.yamltext import YamlSyntaxError, parse_yaml
from db.phrases import joined, phrase
from db.search.textfold import fold
from db.spreadsheets.errors import SpreadsheetError

FIELDS = ("text", "second_text", "title", "type", "code", "country", "region", "sector", "hazard", "date", "id", "source")
DATE_ORDERS = ("day-first", "month-first")
FILE_KEYS = ("columns", "sheet", "language", "pack_title", "dates")
GUESSED = phrase("chosen from the headers and the contents")

# Normalised header names each field is recognised by, most telling first, in English, French and
# Spanish (accents and case folded). Matched whole first, then as words inside a longer header
# ("Lesson learned (English)"). The contents then confirm, overrule or complete them (choosing.py).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "id": ("id", "lesson id", "identifier", "uid", "ref", "ref no", "reference number", "lesson number", "key", "identifiant",
           "identificador", "numero"),
    "text": ("text", "lesson", "lesson learned", "lessons learned", "lesson learnt", "lessons learnt", "lesson text",
             "lessons", "learning", "excerpt", "modified excerpt", "edited excerpt", "finding", "observation", "description",
             "content", "body", "statement", "details", "narrative", "extract", "lecon apprise", "lecons apprises", "lecon",
             "enseignement", "enseignements", "texte", "extrait", "constat", "leccion aprendida", "lecciones aprendidas",
             "leccion", "aprendizaje", "texto", "extracto", "descripcion", "hallazgo"),
    "second_text": ("original excerpt", "original text", "original", "raw text", "verbatim", "texte original", "texto original"),
    "title": ("title", "lesson title", "name", "heading", "headline", "subject", "summary", "titre", "intitule", "titulo",
              "nombre", "resume", "resumen"),
    "type": ("type", "lesson type", "kind", "lesson or challenge", "lesson challenge", "classification", "learning type",
             "type de lecon", "categorie", "tipo", "tipo de leccion", "categoria"),
    "code": ("appeal code", "code", "appeal", "operation code", "appeal number", "operation", "dref code", "emergency appeal",
             "code de l appel", "code appel", "codigo", "codigo de llamamiento"),
    "country": ("country", "countries", "country name", "national society", "location", "pays", "pais", "societe nationale",
                "sociedad nacional"),
    "region": ("region", "regions", "ifrc region", "zone", "regiones", "zona"),
    "sector": ("sector", "sectors", "cluster", "thematic area", "area of focus", "area of intervention", "secteur", "secteurs",
               "sectores", "domaine", "area tematica"),
    "hazard": ("hazard", "hazards", "hazard type", "disaster type", "emergency type", "event type", "crisis type", "disaster",
               "alea", "aleas", "type de catastrophe", "catastrophe", "amenaza", "amenazas", "tipo de desastre", "desastre"),
    "date": ("date", "lesson date", "event date", "date created", "creation date", "created", "publication date",
             "date published", "published", "year", "date de creation", "annee", "fecha", "fecha de creacion", "ano"),
    "source": ("source", "sources", "source document", "document", "report", "reference", "origin", "link", "url", "fuente",
               "documento", "rapport", "informe"),
}
# Words in a header that name prose other than the lesson: never the text, never its second text.
OTHER_PROSE = ("recommendation", "recommendations", "recommended", "next", "steps", "comment", "comments", "remark", "remarks",
               "notes", "background", "context", "situation", "operation", "recommandation", "recommandations",
               "commentaire", "commentaires", "contexte", "recomendacion", "recomendaciones", "comentario", "comentarios",
               "contexto", "situacion", "operacion")
# Words in a header that tell an edited text from the original one beside it.
EDITED = ("modified", "edited", "revised", "cleaned", "clean", "final", "curated", "validated", "reviewed", "corrige", "modifie",
          "revise", "editado", "revisado", "modificado")


@dataclass(frozen=True)
class Mapping:
    """`columns` maps a field (see FIELDS) to the header of its column; `origin` says where it came from."""

    columns: dict[str, str]
    origin: str = "given"
    sheet: str | None = None
    language: str | None = None
    pack_title: str | None = None
    dates: str | None = None
    unused: tuple[str, ...] = field(default=(), compare=False)  # headers no field reads
    reasons: dict[str, str] = field(default_factory=dict, compare=False)  # field: why its column was chosen
    notes: tuple[str, ...] = field(default=(), compare=False)  # columns set aside despite their names, and why

    def to_yaml(self, *, reasons: bool = False) -> str:
        """The mapping as a mapping file, to save, edit and pass back with --mapping; `reasons` as YAML comments."""
        data: dict = {"columns": {name: self.columns[name] for name in FIELDS if name in self.columns}}
        for key in FILE_KEYS[1:]:
            if getattr(self, key):
                data[key] = getattr(self, key)
        text = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)
        if not reasons or not self.reasons:
            return text
        lines = text.splitlines()
        for number, line in enumerate(lines):
            name = line.strip().split(":", 1)[0]
            if line.startswith("  ") and name in self.reasons:
                lines[number] = f"{line}  # {' '.join(self.reasons[name].split())}"
        return "\n".join(lines) + "\n"


def normalise(header: str) -> str:
    """A header folded to plain words; of a form tool's 'group_lesson/lesson_learned', the last part."""
    if "/" in header and not any(ch.isspace() for ch in header.strip()) and ("_" in header or header.islower()):
        header = header.rsplit("/", 1)[1]
    return " ".join(re.sub(r"[^0-9a-z]+", " ", fold(header)).split())


def header_score(name: str, header: str) -> float:
    """How surely a header names field `name`: 1 for its first synonym as the whole header, less
    for a later one, about 0.6 for a synonym among other words, 0 for none."""
    normal = normalise(header)
    best = 0.0
    for rank, synonym in enumerate(SYNONYMS[name]):
        if normal == synonym:
            return 1.0 - 0.01 * rank
        if best < 0.6 - 0.01 * rank and re.search(rf"(?:^| ){re.escape(synonym)}(?: |$)", normal):
            best = 0.6 - 0.01 * rank
    return best


def with_unused(mapping: Mapping, headers: list[str]) -> Mapping:
    used = set(mapping.columns.values())
    return replace(mapping, unused=tuple(h for h in headers if h not in used))


def column_problems(mapping: Mapping, headers: list[str], table_path: Path) -> list[str]:
    """What keeps `mapping` from reading the table: an unknown field, a missing column, no text column."""
    problems = []
    columns, file = ", ".join(headers), table_path.name
    for name, header in mapping.columns.items():
        if name not in FIELDS:
            problems.append(phrase("'{name}' is not a field{hint}; fields are: {fields}", name=name,
                                   hint=did_you_mean(name, FIELDS, n=1), fields=", ".join(FIELDS)))
        elif header not in headers:
            close = difflib.get_close_matches(header, headers, n=1)
            if close:
                problems.append(phrase("{field}: {file} has no column named '{header}' (did you mean '{close}'?); its columns "
                                       "are: {columns}", field=name, file=file, header=header, close=close[0], columns=columns))
            else:
                problems.append(phrase("{field}: {file} has no column named '{header}'; its columns are: {columns}", field=name,
                                       file=file, header=header, columns=columns))
    if "text" not in mapping.columns and mapping.notes:
        problems.append(phrase("no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like "
                               "it; {notes}; name it in a mapping file, e.g. columns: {{text: \"Lesson learned\"}}", file=file,
                               columns=columns, notes=joined(mapping.notes, "; ")))
    elif "text" not in mapping.columns:
        problems.append(phrase("no column holds the lesson text: no column of {file} ({columns}) holds prose or is named like "
                               "it; name it in a mapping file, e.g. columns: {{text: \"Lesson learned\"}}", file=file,
                               columns=columns))
    if mapping.dates is not None and mapping.dates not in DATE_ORDERS:
        problems.append(phrase("dates: must be {day_first} or {month_first} (found '{found}')", day_first=DATE_ORDERS[0],
                               month_first=DATE_ORDERS[1], found=mapping.dates))
    return problems


def load_mapping(path: Path) -> Mapping:
    """A mapping file, checked; SpreadsheetError lists every problem with the file's name and line."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SpreadsheetError(phrase("{path}: no such mapping file.", path=path)) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SpreadsheetError(phrase("{path}: the mapping file cannot be read ({reason}).", path=path,
                                      reason=getattr(exc, "strerror", None) or str(exc))) from None
    try:
        data, lines = parse_yaml(text)
    except YamlSyntaxError as exc:
        raise SpreadsheetError(joined([f"{path}:{exc.line or 1}", exc.message], ": ")) from None
    settings_only = isinstance(data, dict) and "columns" not in data and any(key in data for key in FILE_KEYS[1:])
    if not settings_only and (not isinstance(data, dict) or not isinstance(data.get("columns"), dict) or not data["columns"]):
        raise SpreadsheetError(phrase("{path}: a mapping file needs 'columns:', a mapping of field to column header, "
                                      "e.g. columns: {{text: \"Lesson learned\", country: Country}}, or only settings "
                                      "(sheet, language, pack_title, dates), with the columns then chosen for you", path=path))
    problems = []
    for key in data:
        if key not in FILE_KEYS:
            problems.append(phrase("{path}:{line}: '{key}' is not a mapping setting{hint}; settings are: {settings}", path=path,
                                   line=lines.line(key), key=key, hint=did_you_mean(str(key), FILE_KEYS, n=1),
                                   settings=", ".join(FILE_KEYS)))
    columns = {}
    for name, header in (data.get("columns") or {}).items():
        if name not in FIELDS:
            problems.append(phrase("{path}:{line}: '{name}' is not a field{hint}; fields are: {fields}", path=path,
                                   line=lines.line("columns", name), name=name, hint=did_you_mean(str(name), FIELDS, n=1),
                                   fields=", ".join(FIELDS)))
        elif not isinstance(header, (str, int)) or not str(header).strip():
            problems.append(phrase("{path}:{line}: columns.{name}: must be the header of a column", path=path,
                                   line=lines.line("columns", name), name=name))
        else:
            columns[str(name)] = " ".join(str(header).split())
    settings = {}
    for key in FILE_KEYS[1:]:
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value.strip()):
            problems.append(phrase("{path}:{line}: {key}: must be text", path=path, line=lines.line(key), key=key))
        settings[key] = value.strip() if isinstance(value, str) else None
    if settings["language"] and not LANGUAGE_PATTERN.match(settings["language"]):
        problems.append(phrase("{path}:{line}: language: must be a language tag such as en, fr, ar or es-419", path=path,
                               line=lines.line("language")))
    if problems:
        raise SpreadsheetError(joined(problems))
    return Mapping(columns, origin=str(path), **settings)
