"""A brief's document as Markdown: what `brief export -o FILE.md` writes and what `notes export` keeps."""
from __future__ import annotations

import re

from db.briefs.assembly import Document, Section, Table, legends

_MARKS = re.compile(r"([\\`*_\[\]<>#|])")
_HEADING = re.compile(r"^(#{1,6})(?=\s|$)")


def plain(text: str) -> str:
    """A title or a name as written: its Markdown and HTML marks escaped, so "<b>" or "*x*" shows as typed."""
    return _MARKS.sub(r"\\\1", " ".join(text.split()))


def nested(markdown: str, below: int = 2) -> str:
    """The user's or the pack's Markdown with its headings moved `below` levels down (at most 6), so that
    a "# heading" in a note stays inside its item's section; fenced code is left as written."""
    out, fenced = [], False
    for line in markdown.splitlines():
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced:
            line = _HEADING.sub(lambda m: "#" * min(6, len(m[1]) + below), line)
        out.append(line)
    return "\n".join(out)


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def _numbers(numbers) -> str:
    return f" [{', '.join(map(str, numbers))}]" if numbers else ""


def _table(table: Table, words) -> list[str]:
    out = [f"| | {words.compare.attribute} | " + " | ".join(_cell(m) for m in table.models) + " |",
           "|---|---|" + "---|" * len(table.models)]
    group = None
    for row in table.rows:
        if row.group != group:
            group = row.group
            out.append(f"| | **{_cell(group)}** |" + " |" * len(table.models))
        out.append(f"|{f' {row.mark} ' if row.mark else ' '}| {_cell(row.label)} | "
                   + " | ".join(_cell(text) + _numbers(numbers) for text, numbers in row.cells) + " |")
        if row.note:
            out.append(f"| | | *{_cell(row.note)}*{_numbers(row.note_sources)} |" + " |" * (len(table.models) - 1))
    out.append("")
    if table.folded:
        out += [f"*{table.folded}*", ""]
    out += [line for legend in legends(table, words) for line in (legend, "")]
    return out


def _section(section: Section, words) -> list[str]:
    out = [f"## {section.number}. {plain(section.title)}", "", f"*{plain(section.label)}*", ""]
    if section.detached:
        out += [f"> {words.detached}", ""]
    if section.on:
        out += [words.on.replace("%1", plain(section.on)), ""]
    if section.quote:
        out += ["> " + " ".join(section.quote.split()), ""]
    if section.summary:
        out += [f"**{section.summary.strip()}**", ""]
    if section.table is not None:
        out += _table(section.table, words)
    if section.text.strip():
        out += [nested(section.text.strip()), ""]
    if section.advice:
        out += [f"**{words.advice}:** {section.advice.strip()}", ""]
    if section.sources and section.table is None:
        out += [f"{words.sources}:{_numbers(section.sources)}", ""]
    if section.item.comment:
        out += [f"**{words.comment}** {section.item.comment}", ""]
    return out


def render_markdown(document: Document) -> str:
    words = document.words
    out = [f"# {plain(document.title)}", ""]
    line = document.day + (f" · {words.meeting.replace('%1', plain(document.meeting))}" if document.meeting else "")
    out += [f"*{line}*", ""]
    if document.introduction.strip():
        out += [f"## {words.introduction}", "", nested(document.introduction.strip()), ""]
    if document.sections:
        out += [f"## {words.contents}", ""] + [f"{s.number}. {plain(s.title)}" for s in document.sections] + [""]
    else:
        out += [words.no_items, ""]
    for section in document.sections:
        out += _section(section, words)
    if document.references:
        out += [f"## {words.sources}", ""]
        for reference in document.references:
            cited = f" — *{words.cited_for} {'; '.join(reference.locators)}*" if reference.locators else ""
            address = f" <{reference.url}>" if reference.url else ""
            out.append(f"{reference.number}. {plain(reference.cited_as)}{address}{cited}")
        out.append("")
    return "\n".join(out)
