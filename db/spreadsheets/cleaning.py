"""From raw rows to lessons: trimmed cells, facet spellings merged, dates read, ids given, duplicates and bad rows set aside."""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from datetime import date, datetime
from typing import Any

from db.phrases import Phrase, phrase
from db.search.textfold import fold
from db.spreadsheets.dates import PROBLEM_KINDS, date_order, read_date
from db.spreadsheets.mapping import Mapping
from db.spreadsheets.reading import Table

FACETS = ("country", "region", "sector", "hazard")
# Skipped because an earlier row already holds the lesson: exports repeat an excerpt once for each
# sector it was tagged with, which is no sign of a wrong mapping (db/spreadsheets/choosing.nonsense).
REPEATED = (phrase("the same text as an earlier row"), phrase("the same row as an earlier one"))
# A lesson's text may be long (Excel itself stops at 32,767 characters); a facet value this long
# is a column mapped by mistake.
MAX_TEXT_CHARS = 1_000_000
MAX_FACET_CHARS = 200
TITLE_CHARS = 80
# The words exports use for a lesson's type, folded and without punctuation, in English, French and Spanish.
TYPES = {
    **dict.fromkeys(("lesson", "lessons", "lesson learned", "lessons learned", "lesson learnt", "lessons learnt", "learning",
                     "learnings", "lesson identified", "lessons identified", "good practice", "good practices",
                     "best practice", "best practices", "lecon", "lecons", "lecon apprise", "lecons apprises",
                     "enseignement", "enseignements", "bonne pratique", "bonnes pratiques", "leccion", "lecciones",
                     "leccion aprendida", "lecciones aprendidas", "buena practica", "buenas practicas"), "lesson"),
    **dict.fromkeys(("challenge", "challenges", "difficulty", "difficulties", "constraint", "constraints", "defi", "defis",
                     "difficulte", "difficultes", "desafio", "desafios", "reto", "retos", "dificultad", "dificultades"),
                    "challenge"),
}


@dataclass
class Lesson:
    row: int
    id: str
    fields: dict[str, Any]  # title, body and whichever of type, country, ..., date, year, source are known
    flags: list[str] = field(default_factory=list)  # what was left out or kept as written, for the report
    groups: list[str] = field(default_factory=list)  # each flag in words shared by every row that has it

    def flag(self, detail: str, group: str | None = None) -> None:
        self.flags.append(detail)
        self.groups.append(group or detail)


@dataclass(frozen=True)
class Skipped:
    row: int
    reason: str
    id: str = ""
    same_as: int | None = None  # the earlier row this one repeats
    group: str = ""  # the reason in words shared by every row skipped for it, when the reason has details


@dataclass
class Cleaned:
    lessons: list[Lesson]
    skipped: list[Skipped]
    merged: list[str]  # "region: 'asia pacific' (2 rows) merged into 'Asia Pacific'", a Phrase


def clean_rows(table: Table, mapping: Mapping, *, latest_year: int, reserved_ids: frozenset[str] = frozenset(),
               preferred: dict[str, set[str]] | None = None, step: Callable[[int], None] | None = None) -> Cleaned:
    """Lessons in row order; `preferred` spellings (of the previous import) win a facet merge; `step(n)` after each row."""
    index = {name: table.headers.index(header) for name, header in mapping.columns.items()}
    texts = [(name, column) for name, column in index.items() if name != "date"]
    width = max(index.values()) + 1
    second_label = mapping.columns.get("second_text", "")
    order = mapping.dates
    if order is None and "date" in index:
        order = date_order(_cell(row.cells, index["date"]) for row in table.rows)
    lessons, skipped = [], []
    for done, row in enumerate(table.rows, start=1):
        misfit = row_misfit(row.cells, table) if table.fixed_width else None
        if misfit:
            skipped.append(Skipped(row.number, misfit, group=phrase("more or fewer cells than the header's {cells}: check the "
                                                                   "quoting (a separator inside a cell must be quoted)",
                                                                   cells=len(table.headers))))
            continue
        cells = row.cells if len(row.cells) >= width else [*row.cells, *[None] * (width - len(row.cells))]
        values = {name: cell_text(cells[column]) for name, column in texts}
        dated = cells[index["date"]] if "date" in index else None
        # A row with its text in the second column only (a 'Challenges' column beside 'Lessons learned') takes it from there.
        moved = not values["text"] and bool(values.get("second_text"))
        if moved:
            values["text"], values["second_text"] = values["second_text"], ""
        lesson = _lesson(row.number, values, dated, order, latest_year)
        if isinstance(lesson, Lesson) and moved:
            lesson.flag(phrase("the text cell is empty; the text is taken from '{header}'", header=second_label))
            if "type" not in lesson.fields and lesson_type(second_label):
                lesson.fields["type"] = lesson_type(second_label)
        elif second_label and isinstance(lesson, Lesson) and values.get("second_text") and values["second_text"] != values["text"]:
            lesson.fields["second_text"] = values["second_text"]
            lesson.fields["second_text_label"] = second_label
        (skipped if isinstance(lesson, Skipped) else lessons).append(lesson)
        if step is not None:
            step(done)
    merged = _merge_facets(lessons, preferred or {})
    kept = _set_ids(lessons, skipped, "id" in index, reserved_ids)
    skipped.sort(key=lambda item: item.row)
    return Cleaned(kept, skipped, merged)


def _cell(cells: list[Any], column: int) -> Any:
    return cells[column] if column < len(cells) else None


def row_misfit(cells: list[Any], table: Table) -> str | None:
    """Why a CSV row cannot be read column by column: another number of cells than the header (an
    unquoted separator in the text shifts every cell after it). Empty cells past the header are
    only a stray separator where most rows have them too: elsewhere an unquoted separator in the
    text, whose last cell happened to be empty, looks just the same."""
    header_cells = len(table.headers)
    if len(cells) == header_cells or (len(cells) > header_cells and len(cells) == table.usual_width
                                      and not any(cell_text(c) for c in cells[header_cells:])):
        return None
    return phrase("it has %n cell(s), the header {header}: check the quoting", None, len(cells), header=header_cells)


def cell_text(cell: Any) -> str:
    """A cell as text, trimmed; whole numbers from a workbook without their '.0'."""
    if type(cell) is str:  # nearly every cell: checked first
        return cell.strip()
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    if isinstance(cell, datetime) and cell.time() == datetime.min.time():
        return cell.date().isoformat()
    if isinstance(cell, (date, datetime)):
        return cell.isoformat()
    return str(cell).strip()


def one_line(text: str) -> str:
    """`text` on one line, its spaces single: most cells already are, and are returned as they are
    (a printable text has no line break, tab or space other than ' ')."""
    return text.strip() if "  " not in text and text.isprintable() else " ".join(text.split())


def _lesson(number: int, values: dict[str, str], dated: Any, order: str | None, latest_year: int) -> Lesson | Skipped:
    """`values` holds the trimmed text of each mapped column; `dated` the date column's cell as read."""
    text = values["text"]
    if not text:
        return Skipped(number, phrase("the text cell is empty"))
    if len(text) > MAX_TEXT_CHARS:
        return Skipped(number, phrase("the text is {length} characters long; at most {most} are accepted",
                                      length=f"{len(text):,}", most=f"{MAX_TEXT_CHARS:,}"))
    lesson = Lesson(number, "", {"title": one_line(values.get("title", "")) or derived_title(text)})
    raw_type = one_line(values.get("type", ""))
    if raw_type:
        kind = lesson_type(raw_type)
        if kind:
            lesson.fields["type"] = kind
        elif len(raw_type) <= MAX_FACET_CHARS:
            lesson.fields["type_label"] = raw_type
            lesson.flag(phrase("type '{label}' is neither a lesson nor a challenge; kept as the lesson's type text",
                               label=raw_type))
        else:
            lesson.flag(phrase("type is {length} characters long, too long for a type; left out", length=len(raw_type)),
                        phrase("types too long for a type; left out"))
    code = one_line(values.get("code", ""))
    if code and len(code) <= MAX_FACET_CHARS:
        lesson.fields["code"] = code
    for name in FACETS:
        found = one_line(values.get(name, ""))
        if len(found) > MAX_FACET_CHARS:
            lesson.flag(*_TOO_LONG[name](len(found)))
        elif found:
            lesson.fields[name] = found
    when = read_date(dated, order, latest_year=latest_year)
    if when is not None:
        lesson.fields["date"] = when.text
        if when.year is not None:
            lesson.fields["year"] = when.year
        if when.problem:
            lesson.flag(when.problem, PROBLEM_KINDS.get(when.kind or ""))
    source = one_line(values.get("source", ""))
    if source:
        lesson.fields["source"] = source
    lesson.fields["body"] = text
    lesson.id = values.get("id", "")  # made into an entry id once duplicates are known
    return lesson


# A facet value too long for its facet, and the words shared by every row that has one. Written out
# for each facet: a translator then says "too long for a country" with the word for a country.
_TOO_LONG: dict[str, Callable[[int], tuple[Phrase, Phrase]]] = {
    "country": lambda length: (phrase("country is {length} characters long, too long for a country; left out", length=length),
                               phrase("country values too long for a country; left out")),
    "region": lambda length: (phrase("region is {length} characters long, too long for a region; left out", length=length),
                              phrase("region values too long for a region; left out")),
    "sector": lambda length: (phrase("sector is {length} characters long, too long for a sector; left out", length=length),
                              phrase("sector values too long for a sector; left out")),
    "hazard": lambda length: (phrase("hazard is {length} characters long, too long for a hazard; left out", length=length),
                              phrase("hazard values too long for a hazard; left out")),
}


@lru_cache(maxsize=1024)  # a file holds a few labels, on every row
def lesson_type(label: str) -> str | None:
    """lesson or challenge for a type label as exports write it ('Lessons Learnt', 'CHALLENGES', 'Good practice'), else None."""
    return TYPES.get(" ".join(re.findall(r"[a-z]+", fold(label))))


def derived_title(text: str) -> str:
    """The text's first sentence, cut at a word before TITLE_CHARS: the text's own words, nothing added."""
    first = one_line(re.split(r"(?<=[.!?])\s|\n", text.strip(), maxsplit=1)[0])
    if len(first) <= TITLE_CHARS:
        return first
    cut = first[:TITLE_CHARS].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def _merge_facets(lessons: list[Lesson], preferred: dict[str, set[str]]) -> list[str]:
    """One spelling per facet value: 'Kenya', 'kenya' and 'KENYA' become one of them.

    The spelling imported before wins; then one in mixed case (as names are written) over all
    lower or all upper case; then the commonest.
    """
    merged = []
    for name in FACETS:
        counts = Counter(lesson.fields[name] for lesson in lessons if name in lesson.fields)
        groups: dict[str, list[str]] = {}
        for spelling in counts:  # in order of first appearance
            groups.setdefault(fold(spelling), []).append(spelling)
        choice = {}
        for spellings in groups.values():
            if len(spellings) < 2:
                continue
            known = [s for s in spellings if s in preferred.get(name, ())]
            winner = known[0] if known else max(spellings, key=lambda s: (s != s.lower() and s != s.upper(), counts[s]))
            for spelling in spellings:
                if spelling != winner:
                    choice[spelling] = winner
                    merged.append(phrase("{field}: '{spelling}' (%n row(s)) merged into '{winner}'", None, counts[spelling],
                                         field=name, spelling=spelling, winner=winner))
        for lesson in lessons:
            if lesson.fields.get(name) in choice:
                lesson.fields[name] = choice[lesson.fields[name]]
    return merged


def slug(value: str) -> str:
    return "-".join(re.findall(r"[a-z0-9]+", value.lower() if value.isascii() else fold(value)))


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _set_ids(lessons: list[Lesson], skipped: list[Skipped], by_column: bool, reserved: frozenset[str]) -> list[Lesson]:
    """Entry ids from the id column (slugified) or from the text. A row whose text an earlier row
    already has is skipped, the first kept: exports repeat an excerpt once for each sector or
    component it was tagged with, and one lesson should not come up in search three times."""
    by_content: dict[tuple, int] = {}
    by_text: dict[str, Lesson] = {}
    by_id: dict[str, int] = {}
    kept = []
    for lesson in lessons:
        content = tuple(sorted(lesson.fields.items()))
        text = one_line(lesson.fields["body"])
        raw_id, lesson.id = lesson.id, ""
        if content in by_content:
            skipped.append(Skipped(lesson.row, REPEATED[1], same_as=by_content[content]))
            continue
        if text in by_text:
            first = by_text[text]
            differ = [f"{name} '{lesson.fields[name]}'" for name in (*FACETS, "type", "code")
                      if lesson.fields.get(name) and lesson.fields.get(name) != first.fields.get(name)]
            reason = phrase("the same text as an earlier row; its {values} not kept", values=", ".join(differ)) if differ \
                else REPEATED[0]
            skipped.append(Skipped(lesson.row, reason, same_as=first.row, group=REPEATED[0]))
            continue
        if by_column and raw_id:
            entry_id = slug(raw_id) or f"id-{_digest(raw_id)}"
        else:
            entry_id = f"lesson-{_digest(text)}"
            if by_column:
                lesson.flag(phrase("the id cell is empty; the id is made from the text, so a change to the text will make it a "
                                   "new lesson"))
        if entry_id in reserved:
            skipped.append(Skipped(lesson.row, phrase("the id '{id}' is reserved for the spreadsheet's own entry in the pack; "
                                                      "give the row another id", id=raw_id)))
            continue
        if entry_id in by_id:
            skipped.append(Skipped(lesson.row, phrase("the same id as an earlier row"), entry_id, same_as=by_id[entry_id]))
            continue
        by_content[content] = by_id[entry_id] = lesson.row
        by_text[text] = lesson
        lesson.id = entry_id
        kept.append(lesson)
    return kept
