"""A brief made into one document: its items in order, each with its kind and pack, and every source the
items cite numbered once, in order of first use, for the list of references at the end."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from db.briefs.content import CITED_IDS, item_content
from db.briefs.stored import Brief, BriefItem
from db.briefs.words import ENGLISH, BriefWords

if TYPE_CHECKING:
    from db.store.facade import Store


@dataclass(frozen=True)
class Reference:
    number: int
    title: str
    locators: tuple[str, ...]
    citation: str = ""  # the pack's full reference, when it gives one
    url: str = ""

    @property
    def cited_as(self) -> str:
        """The full reference where the pack gives one, else the source's title."""
        return self.citation or self.title


@dataclass(frozen=True)
class TableRow:
    group: str
    label: str
    mark: str  # ≠ or ~ when the models differ
    cells: tuple[tuple[str, tuple[int, ...]], ...]  # each model's text and its source numbers
    note: str
    note_sources: tuple[int, ...]


@dataclass(frozen=True)
class Table:
    models: tuple[str, ...]
    rows: tuple[TableRow, ...]
    folded: str  # the attributes no model documents, in one line


@dataclass(frozen=True)
class Section:
    number: int
    item: BriefItem
    title: str
    label: str  # its kind, and the pack it comes from
    summary: str = ""
    text: str = ""  # Markdown, its "(s1)" citations turned into the document's "[1]"
    advice: str = ""
    quote: str = ""
    on: str = ""  # what a note is written on
    table: Table | None = None
    sources: tuple[int, ...] = ()
    detached: bool = False


@dataclass(frozen=True)
class Document:
    title: str
    meeting: str
    day: str  # as the language writes it
    introduction: str
    sections: tuple[Section, ...]
    references: tuple[Reference, ...]
    words: BriefWords
    brief: Brief
    """The brief as stored, its items marked detached where their target is gone."""


def legends(table: Table, words: BriefWords) -> list[str]:
    """What the table's ≠ and ~ marks mean, for the marks it carries."""
    marks = {row.mark for row in table.rows}
    return [text for mark, text in (("≠", words.compare.legend_values), ("~", words.compare.legend_wording)) if mark in marks]


class _Numbering:
    """The document's source numbers: one per source title, in order of first use."""

    def __init__(self):
        self.references: list[Reference] = []
        self._by_title: dict[str, int] = {}

    def number(self, source: dict) -> int:
        key = " ".join(str(source.get("title", "")).split()).casefold()
        if key not in self._by_title:
            self._by_title[key] = len(self.references) + 1
            self.references.append(Reference(len(self.references) + 1, str(source.get("title", "")), (),
                                             str(source.get("citation", "")), str(source.get("url", ""))))
        number = self._by_title[key]
        known = self.references[number - 1]
        locators = known.locators + tuple(loc for loc in source.get("locators", ()) if loc not in known.locators)
        self.references[number - 1] = replace(known, locators=locators)
        return number


def assemble(store: Store, brief: Brief, *, words: BriefWords = ENGLISH, language: str | None = None) -> Document:
    """The brief as a document in `words`, its entries in `language` where their packs have it; an item
    whose target is gone is shown from its snapshot and marked detached."""
    numbering = _Numbering()
    sections = []
    for number, item in enumerate(brief.items, start=1):
        content = item_content(store, item.kind, item.ref, words, language)
        item = replace(item, detached=content is None)
        sections.append(_section(number, item, item.snapshot if item.detached else content, item.detached, numbering, words))
    return Document(brief.title, brief.meeting, words.date(brief.day), brief.introduction, tuple(sections),
                    tuple(numbering.references), words, replace(brief, items=tuple(s.item for s in sections)))


def _section(number: int, item: BriefItem, content: dict, detached: bool, numbering: _Numbering,
             words: BriefWords) -> Section:
    local = [numbering.number(source) for source in content.get("sources", ())]
    title = str(content.get("title") or item.ref)
    if item.kind == "entry":
        kind = words.entry_kinds.get(str(content.get("kind")), str(content.get("kind", "")))
        cites = content.get("cites", {})

        def numbered(match: re.Match) -> str:
            ids = re.split(r",\s*", match[1])
            if not all(source in cites for source in ids):
                return match[0]
            return "[" + ", ".join(str(local[cites[source]]) for source in ids) + "]"

        text = CITED_IDS.sub(numbered, str(content.get("text", "")))
        summary = CITED_IDS.sub(numbered, str(content.get("summary", "")))
        if " ".join(text.split()).startswith(" ".join(summary.split())[:80]):
            summary = ""  # a summary that only repeats the text's opening (a guiding question's) is said once
        return Section(number, item, title, _label(kind, content, words), summary=summary, text=text,
                       advice=str(content.get("advice", "")), sources=tuple(sorted(set(local))), detached=detached)
    if item.kind == "comparison":
        rows = tuple(TableRow(row["group"], row["label"], row["mark"],
                              tuple((cell["text"], tuple(local[i] for i in cell["sources"])) for cell in row["cells"]),
                              row.get("note", ""), tuple(local[i] for i in row.get("note_sources", ())))
                     for row in content.get("rows", ()))
        table = Table(tuple(content.get("models", ())), rows, str(content.get("folded", "")))
        return Section(number, item, title, words.comparison, table=table, sources=tuple(sorted(set(local))),
                       detached=detached)
    kind = words.passage if item.kind == "passage" else words.note
    return Section(number, item, title, _label(kind, content, words), text=str(content.get("body", "")),
                   quote=str(content.get("quote", "")), on=str(content.get("on", "")), sources=tuple(sorted(set(local))),
                   detached=detached)


def _label(kind: str, content: dict, words: BriefWords) -> str:
    pack = content.get("pack_title")
    return words.from_pack.replace("%1", kind).replace("%2", str(pack)) if pack else kind
