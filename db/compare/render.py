"""Write a comparison as plain text, Markdown, CSV or JSON."""
from __future__ import annotations

import datetime
import json
import shutil
import textwrap
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from db.files.csvfile import csv_text
from db.reference.attributes import INAPPLICABLE, NOT_APPLICABLE, NOT_DOCUMENTED, UNDOCUMENTED

if TYPE_CHECKING:  # the command line builds its parser from FORMATS without loading comparisons
    from db.compare.table import Cell, Comparison, Row

FORMATS = ("text", "md", "csv", "json")
MARKS = {"values": "≠", "wording": "~"}
"""The mark of a row whose short values differ (db.compare.table.VALUES), and the lighter one of a row
whose free text differs in wording (WORDING)."""
LEGEND = {"values": "≠ marks rows whose values differ (years, amounts, categories).",
          "wording": "~ marks rows described in different words, with no value to compare."}
FOR_ALL = "For all models:"
"""Before an attribute's note: what the pack says once for every model instead of in each cell."""


@dataclass(frozen=True)
class Words:
    """What the Markdown and CSV exports write around the table: English here; the window passes its
    own language's (desktop/comparison/comparison_export.py), with its date and its spreadsheets' separator."""

    attribute: str = "Attribute"
    comparison: str = "Comparison: %1"
    prepared: str = "Prepared on %1 with Partnership Atlas: %2."
    sources: str = "Sources"
    no_differences: str = "No differences: no attribute has different values for these models."
    folded: Callable[[int, str], str] = lambda count, labels: (  # noqa: E731 (a default, not a definition)
        f"{count} attribute{'s' if count != 1 else ''} not documented for any of these models: {labels}.")
    """The line for the `count` rows no model documents, `labels` their labels."""
    for_all: str = FOR_ALL
    as_of: str = "as of %1"
    legend_values: str = LEGEND["values"]
    legend_wording: str = LEGEND["wording"]
    not_documented: str = NOT_DOCUMENTED
    not_applicable: str = NOT_APPLICABLE
    headline: Callable[[Cell], str] = lambda cell: cell.headline  # noqa: E731 (a default, not a definition)
    """A cell's short value, shown before its text."""
    date: str = ""
    """Today as the language writes it; ISO 8601 when empty."""
    csv_separator: str = ","
    """A semicolon where the decimal separator is a comma, as spreadsheets there expect."""


ENGLISH = Words()


def render(comparison: Comparison, fmt: str, *, only_differences: bool = False, wording: bool = False,
           width: int | None = None, title: str | None = None, words: Words = ENGLISH) -> str:
    """`wording` with `only_differences` keeps rows that differ in wording too; `title` names a saved
    comparison in the Markdown heading (with the date it was prepared); `words` word the Markdown
    and CSV exports."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    rows = comparison.rows(only_differences=only_differences, wording=wording)
    if fmt == "md":
        return _markdown(comparison, rows, only_differences, title, words)
    if fmt == "csv":
        return _csv(comparison, rows, words)
    return {"text": _text, "json": _json}[fmt](comparison, rows, only_differences, width)


def mark(row: Row) -> str:
    return MARKS.get(row.difference or "", "")


def legend(rows: list, words: Words = ENGLISH) -> list[str]:
    """The legend lines for the marks these rows carry."""
    present = {row.difference for _, row in rows}
    return [{"values": words.legend_values, "wording": words.legend_wording}[kind] for kind in MARKS if kind in present]


def folded_line(comparison: Comparison, only_differences: bool, words: Words = ENGLISH) -> str:
    """One line for the rows no model documents (none when only differences are shown)."""
    rows = [] if only_differences else comparison.undocumented()
    if not rows:
        return ""
    return words.folded(len(rows), ", ".join(row.label for row in rows))


def folded_notes(comparison: Comparison, only_differences: bool) -> list[tuple[None, Row]]:
    """The rows folded into the one line that still have a note for every model: the note is said
    after that line, with its sources numbered like the shown rows' (pass `shown + folded_notes`)."""
    return [(None, row) for row in ([] if only_differences else comparison.undocumented()) if row.note]


def source_numbers(shown: list) -> tuple[dict[str, int], list]:
    """The sources the shown rows cite, in order of first use, each listed once (one source in two
    packs has two uids but one title), and the number of each cited uid."""
    numbers: dict[str, int] = {}
    by_title: dict[str, int] = {}
    listed: list = []
    for _, row in shown:
        for citation in row.citations:
            if citation.source_uid not in numbers:
                title = " ".join(citation.source_title.split()).casefold()
                if title not in by_title:
                    listed.append(citation)
                    by_title[title] = len(listed)
                numbers[citation.source_uid] = by_title[title]
    return numbers, listed


def _numbers(citations, refs: dict[str, int]) -> str:
    return "".join(f"[{n}]" for n in sorted({refs[c.source_uid] for c in citations if c.source_uid in refs}))


def _cell_text(cell: Cell, refs: dict[str, int], words: Words = ENGLISH) -> str:
    """The cell's text after its short value, if any, with the year it holds for and its source numbers."""
    text = worded(cell, words)
    headline = words.headline(cell)
    text = f"{headline} — {text}" if headline else text
    return f"{text}{_dated(cell, words)} {_numbers(cell.citations, refs)}".strip()


def worded(cell: Cell, words: Words) -> str:
    """The cell's text, what the data layer says of an unknown value in `words`."""
    if cell.state == UNDOCUMENTED:
        return words.not_documented
    if cell.state == INAPPLICABLE:
        return words.not_applicable + cell.text[len(NOT_APPLICABLE):]
    return cell.text


def _dated(cell: Cell, words: Words) -> str:
    return " (" + words.as_of.replace("%1", cell.as_of) + ")" if cell.as_of else ""


def note_text(row: Row, refs: dict[str, int], prefix: str = FOR_ALL) -> str:
    """The row's note for every model after `prefix`, with its source numbers ("" when it has none)."""
    return f"{prefix} {row.note} {_numbers(row.note_citations, refs)}".strip() if row.note else ""


def _source_lines(shown: list) -> list[str]:
    return [f"[{n}] {c.source_title}" for n, c in enumerate(source_numbers(shown)[1], start=1)]


def _wrap(text: str, width: int) -> list[str]:
    # Words are never cut: a word longer than its column widens the column instead.
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False) or [""]


def _longest_word(texts: list[str]) -> int:
    return max((len(word) for text in texts for word in text.split()), default=1)


def _column_widths(columns: list[list[str]], room: int) -> list[int]:
    """Share `room` among the columns as evenly as their longest words allow."""
    floors = [_longest_word(texts) for texts in columns]
    level = max(1, room // len(columns))
    while level > 1 and sum(max(f, level) for f in floors) > room:
        level -= 1
    return [max(f, level) for f in floors]


def _text(comparison: Comparison, shown: list, only_differences: bool, width: int | None) -> str:
    width = width or max(40, shutil.get_terminal_size((120, 24)).columns)
    noted = folded_notes(comparison, only_differences)
    refs = source_numbers(shown + noted)[0]
    rows = [(group, row, [_cell_text(c, refs) for c in row.cells]) for group, row in shown]
    labels = ["Attribute", *(row.label for _, row, _ in rows)]
    columns = [[m.title, *(cells[i] for _, _, cells in rows)] for i, m in enumerate(comparison.models)]
    # Each line is: mark, space, label, " | ", then the columns joined by " | ".
    separators = 2 + 3 * len(columns)
    # Labels get up to 22 characters, less when the columns' longest words need the room.
    room_for_label = width - separators - sum(_longest_word(texts) for texts in columns)
    label_width = max(_longest_word(labels), min(22, max(len(label) for label in labels), room_for_label))
    widths = _column_widths(columns, width - label_width - separators)
    lines = []

    def row(mark: str, label: str, cells: list[str]) -> None:
        wrapped = [_wrap(label, label_width)] + [_wrap(c, w) for c, w in zip(cells, widths)]
        for i in range(max(len(w) for w in wrapped)):
            parts = [(w[i] if i < len(w) else "") for w in wrapped]
            prefix = mark if i == 0 else " "
            lines.append(f"{prefix} {parts[0]:<{label_width}} | " + " | ".join(f"{p:<{w}}" for p, w in zip(parts[1:], widths)).rstrip())

    row(" ", "Attribute", [m.title for m in comparison.models])
    lines.append("-" * (label_width + separators + sum(widths)))
    current = None
    for group, attribute_row, cells in rows:
        if group.label != current:
            current = group.label
            lines.append(f"\n{group.label.upper()}")
        row(mark(attribute_row) or " ", attribute_row.label, cells)
        if attribute_row.note:
            lines += textwrap.wrap(note_text(attribute_row, refs), width, initial_indent="  ", subsequent_indent="  ",
                                   break_long_words=False, break_on_hyphens=False)
    if only_differences and not rows:
        lines.append("\nNo differences: no attribute has different values for these models.")
    folded = folded_line(comparison, only_differences)
    if folded:
        lines.append("\n" + textwrap.fill(folded, width, break_long_words=False, break_on_hyphens=False))
    lines += [textwrap.fill(f"{row.label} — {note_text(row, refs)}", width, break_long_words=False, break_on_hyphens=False)
              for _, row in noted]
    keys = legend(shown)
    lines += ["", *keys] if keys else []
    if refs:
        lines += ["", "Sources:", *(textwrap.fill(line, width, initial_indent="  ", subsequent_indent="      ",
                                                  break_long_words=False, break_on_hyphens=False)
                                    for line in _source_lines(shown + noted))]
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    # A tilde starts strikethrough in some Markdown readers.
    return text.replace("|", "\\|").replace("~", "\\~").replace("\n", " ")


def _markdown(comparison: Comparison, shown: list, only_differences: bool, title: str | None, words: Words) -> str:
    noted = folded_notes(comparison, only_differences)
    refs = source_numbers(shown + noted)[0]
    titles = [_md_escape(m.title) for m in comparison.models]
    out = [f"# {_md_escape(title)}" if title else "# " + words.comparison.replace("%1", ", ".join(titles)), ""]
    if title:
        today = words.date or datetime.date.today().isoformat()
        out += [words.prepared.replace("%1", today).replace("%2", ", ".join(titles)), ""]
    current, notes = None, []
    for group, row in shown:
        if group.label != current:
            current = group.label
            out += [*notes, "", f"## {_md_escape(group.label)}", "", f"| | {_md_escape(words.attribute)} | " + " | ".join(titles) + " |",
                    "|---|---|" + "---|" * len(titles)]
            notes = []
        cells = " | ".join(_md_escape(_cell_text(c, refs, words)) for c in row.cells)
        out.append(f"| {_md_escape(mark(row))} | {_md_escape(row.label)} | {cells} |")
        # A note cannot sit inside a Markdown table: it follows the group's table.
        notes += ["", f"*{_md_escape(row.label)}* — {_md_escape(note_text(row, refs, words.for_all))}"] if row.note else []
    out += notes
    if only_differences and not shown:
        out += ["", _md_escape(words.no_differences)]
    folded = folded_line(comparison, only_differences, words)
    out += ["", _md_escape(folded)] if folded else []
    for _, row in noted:
        out += ["", f"*{_md_escape(row.label)}* — {_md_escape(note_text(row, refs, words.for_all))}"]
    keys = legend(shown, words)
    out += ["", *map(_md_escape, keys)] if keys else []
    if refs:
        out += ["", "## " + _md_escape(words.sources), ""] + [f"{n}. {_md_escape(c.source_title)}" for n, c in enumerate(source_numbers(shown + noted)[1], start=1)]
    return "\n".join(out) + "\n"


def _csv(comparison: Comparison, shown: list, words: Words) -> str:
    """CSV text, to be written with db.files.csvfile.ENCODING (a byte-order mark for Excel).

    `differs` is "values", "wording" or empty; `note` what the pack says for every model; rows no
    model documents are left out, as on screen. A cell holds its text, then "(as of YEAR)" when dated."""
    header = ["group", "attribute_key", "attribute", "differs", "note"]
    for model in comparison.models:
        header += [model.title, f"{model.title} (value compared)", f"{model.title} (sources)"]
    rows = [header]
    for group, row in shown:
        values = [group.label, row.key, row.label, row.difference or "", row.note]
        for cell in row.cells:
            values += [worded(cell, words) + _dated(cell, words), cell.short.text if cell.short is not None else "",
                       "; ".join(f"{c.source_title} ({c.locator})" if c.locator else c.source_title for c in cell.citations)]
        rows.append(values)
    return csv_text(rows, delimiter=words.csv_separator)


def _json(comparison: Comparison, shown: list, only_differences: bool, _width) -> str:
    groups: dict[str, list] = {}
    for group, row in shown:
        groups.setdefault(group.label, []).append({
            "key": row.key, "label": row.label, "type": row.type, "difference": row.difference,
            "note": {"text": row.note, "sources": _json_sources(row.note_citations)} if row.note else None,
            "cells": [
                {"model": model.uid, "text": cell.text, "state": cell.state, "documented": cell.documented,
                 "value": cell.short.text if cell.short is not None else None, "as_of": cell.as_of or None,
                 "sources": _json_sources(cell.citations)}
                for model, cell in zip(comparison.models, row.cells)
            ],
        })
    document = {
        "models": [{"uid": m.uid, "title": m.title, "pack": m.pack} for m in comparison.models],
        "groups": [{"label": label, "rows": rows} for label, rows in groups.items()],
        "not_documented_for_any": [{"key": row.key, "label": row.label,
                                    "note": {"text": row.note, "sources": _json_sources(row.note_citations)} if row.note else None}
                                   for row in comparison.undocumented()],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _json_sources(citations) -> list[dict]:
    return [{"source": c.source_uid, "title": c.source_title, "locator": c.locator} for c in citations]
