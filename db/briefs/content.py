"""What one brief item shows, read from the packs, the saved comparisons or the notes: a plain dict, kept as the
item's snapshot when it is added and read again, fresh, each time the brief is shown while its target exists."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from db.compare.render import folded_line, mark, worded
from db.errors import NotFoundError, UnknownIdError
from db.reference.entry_view import EntryView

if TYPE_CHECKING:
    from db.briefs.words import BriefWords
    from db.store.facade import Store

_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
CITED_IDS = re.compile(rf"\(({_ID}(?:,\s*{_ID})*)\)")
""""(s1)" and "(s1, s3)" in pack prose: the sources an entry cites by their ids."""


def item_content(store: Store, kind: str, ref: str, words: BriefWords, language: str | None = None) -> dict | None:
    """What the item named by `kind` and `ref` shows now; None when it is gone (detached)."""
    try:
        if kind == "entry":
            return _entry(store, ref, language)
        if kind == "comparison":
            return _comparison(store, ref, words, language)
        return _note(store, ref, language)
    except (NotFoundError, UnknownIdError):
        return None


def add_locators(locators: list[str], text: str) -> None:
    """Add the places cited in `text` that `locators` lacks: a pack may join several with "; "."""
    for locator in (part.strip() for part in (text or "").split(";")):
        if locator and locator.casefold() not in {known.casefold() for known in locators}:
            locators.append(locator)


def _source(store: Store, uid: str, title: str, language: str | None) -> dict:
    """A cited source as the list of references gives it: its short title, the pack's full citation and its
    address where the pack has them, and the places cited (filled in by the caller)."""
    try:
        fields = store.entry(uid, language=language).fields
    except (NotFoundError, UnknownIdError):
        fields = {}
    return {"title": title, "citation": str(fields.get("citation") or ""), "url": str(fields.get("url") or ""), "locators": []}


def _sources(store: Store, entry: EntryView, language: str | None) -> tuple[list[dict], dict[str, int]]:
    """The sources an entry cites, each once, with every locator; and the index of each by its id."""
    listed: list[dict] = []
    index: dict[str, int] = {}
    for link in entry.links:
        if link.rel != "cites":
            continue
        source_id = link.uid.split("/", 1)[1]
        if source_id not in index:
            index[source_id] = len(listed)
            listed.append(_source(store, link.uid, link.title, language))
        add_locators(listed[index[source_id]]["locators"], link.note)
    if entry.kind == "source":
        index.setdefault(entry.id, len(listed))
        if index[entry.id] == len(listed):
            listed.append(_source(store, entry.uid, entry.title, language))
    return listed, index


def _entry(store: Store, ref: str, language: str | None) -> dict:
    entry = store.entry(ref, language=language)
    sources, cites = _sources(store, entry, language)
    summary = str(entry.fields.get("statement") or entry.summary or "") if entry.kind == "lesson" else entry.summary
    return {"title": entry.title, "kind": entry.kind, "pack": entry.pack, "pack_title": store.pack_title(entry.pack, language),
            "summary": summary, "text": entry.markdown, "advice": str(entry.fields.get("recommendation") or ""),
            "sources": sources, "cites": cites}


def _note(store: Store, ref: str, language: str | None) -> dict:
    note = store.note(ref)
    content = {"title": note.display_title, "body": note.body, "tags": list(note.tags)}
    target = note.target
    if target.kind in ("entry", "passage") and target.ref:
        try:
            entry = _entry(store, target.ref, language)
        except UnknownIdError:
            entry = {"title": target.ref, "pack_title": target.ref.split("/", 1)[0], "sources": []}
        content.update(on=entry["title"], pack_title=entry["pack_title"])
        if target.quote is not None:  # the passage's words are the entry's: its sources are cited; a note's are the user's
            content.update(quote=target.quote.exact, sources=entry["sources"])
    elif target.kind == "comparison" and target.ref:
        try:
            content["on"] = store.saved_comparison(target.ref).name
        except NotFoundError:
            pass
    return content


def _comparison(store: Store, ref: str, words: BriefWords, language: str | None) -> dict:
    saved = store.saved_comparison(ref)
    comparison = store.compare(list(saved.models), language)
    sources: list[dict] = []
    by_title: dict[str, int] = {}

    def numbered(citations) -> list[int]:
        found = []
        for citation in citations:
            key = " ".join(citation.source_title.split()).casefold()
            if key not in by_title:
                by_title[key] = len(sources)
                sources.append(_source(store, citation.source_uid, citation.source_title, language))
            add_locators(sources[by_title[key]]["locators"], citation.locator)
            if by_title[key] not in found:
                found.append(by_title[key])
        return sorted(found)

    rows = []
    for group, row in comparison.rows():
        cells = []
        for cell in row.cells:
            headline = words.compare.headline(cell)
            text = worded(cell, words.compare)
            text = f"{headline} — {text}" if headline else text
            if cell.as_of:
                text += " (" + words.compare.as_of.replace("%1", cell.as_of) + ")"
            cells.append({"text": text, "sources": numbered(cell.citations), "known": cell.documented})
        note = f"{words.compare.for_all} {row.note}" if row.note else ""
        rows.append({"group": group.label, "label": row.label, "mark": mark(row), "cells": cells, "note": note,
                     "note_sources": numbered(row.note_citations)})
    return {"title": saved.name, "models": [model.title for model in comparison.models], "rows": rows, "sources": sources,
            "folded": folded_line(comparison, False, words.compare)}
