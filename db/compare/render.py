"""Write a comparison as plain text, Markdown, CSV or JSON."""
from __future__ import annotations

import datetime
import json
import shutil
import textwrap

from typing import TYPE_CHECKING

from db.files.csvfile import csv_text

if TYPE_CHECKING:  # the command line builds its parser from FORMATS without loading comparisons
    from db.compare.table import Cell, Comparison

FORMATS = ("text", "md", "csv", "json")
DIFFERS_MARK = "≠"


def render(comparison: Comparison, fmt: str, *, only_differences: bool = False, width: int | None = None,
           title: str | None = None) -> str:
    """`title` names a saved comparison in the Markdown heading (with the date it was prepared)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "md":
        return _markdown(comparison, only_differences, title)
    return {"text": _text, "csv": _csv, "json": _json}[fmt](comparison, only_differences, width)


def _refs(comparison: Comparison) -> dict[str, int]:
    return {c.source_uid: n for n, c in enumerate(comparison.sources(), start=1)}


def _cell_text(cell: Cell, refs: dict[str, int]) -> str:
    numbers = sorted({refs[c.source_uid] for c in cell.citations if c.source_uid in refs})
    return f"{cell.text} {''.join(f'[{n}]' for n in numbers)}".strip()


def _source_lines(comparison: Comparison) -> list[str]:
    return [f"[{n}] {c.source_title}" for n, c in enumerate(comparison.sources(), start=1)]


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


def _text(comparison: Comparison, only_differences: bool, width: int | None) -> str:
    width = width or max(40, shutil.get_terminal_size((120, 24)).columns)
    refs = _refs(comparison)
    rows = [(group, row, [_cell_text(c, refs) for c in row.cells]) for group, row in comparison.rows(only_differences=only_differences)]
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
        row(DIFFERS_MARK if attribute_row.differs else " ", attribute_row.label, cells)
    if only_differences and not rows:
        lines.append("\nNo differences: these models have the same value for every attribute.")
    lines.append(f"\n{DIFFERS_MARK} marks rows whose values differ.")
    if refs:
        lines += ["", "Sources:", *(textwrap.fill(line, width, initial_indent="  ", subsequent_indent="      ",
                                                  break_long_words=False, break_on_hyphens=False)
                                    for line in _source_lines(comparison))]
    return "\n".join(lines) + "\n"


def _md_escape(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _markdown(comparison: Comparison, only_differences: bool, title: str | None) -> str:
    refs = _refs(comparison)
    titles = [_md_escape(m.title) for m in comparison.models]
    out = [f"# {_md_escape(title)}" if title else f"# Comparison: {', '.join(titles)}", ""]
    if title:
        out += [f"Prepared on {datetime.date.today().isoformat()} with Partnership Atlas: {', '.join(titles)}.", ""]
    current = None
    for group, row in comparison.rows(only_differences=only_differences):
        if group.label != current:
            current = group.label
            out += ["", f"## {_md_escape(group.label)}", "", "| | Attribute | " + " | ".join(titles) + " |",
                    "|---|---|" + "---|" * len(titles)]
        cells = " | ".join(_md_escape(_cell_text(c, refs)) for c in row.cells)
        out.append(f"| {DIFFERS_MARK if row.differs else ''} | {_md_escape(row.label)} | {cells} |")
    out += ["", f"{DIFFERS_MARK} marks rows whose values differ."]
    if refs:
        out += ["", "## Sources", ""] + [f"{n}. {_md_escape(c.source_title)}" for n, c in enumerate(comparison.sources(), start=1)]
    return "\n".join(out) + "\n"


def _csv(comparison: Comparison, only_differences: bool, _width) -> str:
    """CSV text, to be written with db.files.csvfile.ENCODING (a byte-order mark for Excel)."""
    header = ["group", "attribute_key", "attribute", "differs"]
    for model in comparison.models:
        header += [model.title, f"{model.title} (sources)"]
    rows = [header]
    for group, row in comparison.rows(only_differences=only_differences):
        values = [group.label, row.key, row.label, "yes" if row.differs else "no"]
        for cell in row.cells:
            values += [cell.text, "; ".join(f"{c.source_title} ({c.locator})" if c.locator else c.source_title for c in cell.citations)]
        rows.append(values)
    return csv_text(rows)


def _json(comparison: Comparison, only_differences: bool, _width) -> str:
    groups: dict[str, list] = {}
    for group, row in comparison.rows(only_differences=only_differences):
        groups.setdefault(group.label, []).append({
            "key": row.key, "label": row.label, "differs": row.differs,
            "cells": [
                {"model": model.uid, "text": cell.text, "documented": cell.documented,
                 "sources": [{"source": c.source_uid, "title": c.source_title, "locator": c.locator} for c in cell.citations]}
                for model, cell in zip(comparison.models, row.cells)
            ],
        })
    document = {
        "models": [{"uid": m.uid, "title": m.title, "pack": m.pack} for m in comparison.models],
        "groups": [{"label": label, "rows": rows} for label, rows in groups.items()],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
