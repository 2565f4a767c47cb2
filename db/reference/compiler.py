"""Write validated packs into the reference store's tables (one bulk transaction)."""
from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any, Iterator

from db.packs.model import NOT_DOCUMENTED, Entry, Pack
from db.textfold import fold

# Which linked kinds become a facet of the entry that links to them.
LINK_FACETS = {"theme": "theme", "model": "model", "cites": "source"}
FIELD_FACETS = ("year", "region", "sector", "country", "type")


@dataclass(frozen=True)
class PackOrigin:
    pack: Pack
    origin: str  # bundled | installed
    location: str


def uid(pack_id: str, entry_id: str) -> str:
    return f"{pack_id}/{entry_id}"


def compile_packs(conn: sqlite3.Connection, packs: list[PackOrigin]) -> None:
    for item in packs:
        _write_pack(conn, item)
    conn.execute("INSERT INTO meta SELECT 'entries', count(*) FROM entries")
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")


def _write_pack(conn: sqlite3.Connection, item: PackOrigin) -> None:
    pack = item.pack
    conn.execute(
        "INSERT INTO packs VALUES (?,?,?,?,?,?,?,?,?,?)",
        (pack.id, pack.title, pack.version, pack.language, pack.license, json.dumps(pack.authors),
         pack.description, item.origin, item.location, pack.fingerprint),
    )
    conn.executemany(
        "INSERT INTO attributes VALUES (?,?,?,?,?,?,?)",
        [(pack.id, a.key, a.label, a.group, a.type, a.order, a.description) for a in pack.attributes],
    )
    titles = {e.id: e.title for e in pack.entries}
    models_of = _reverse_model_links(pack)
    conn.executemany(
        "INSERT INTO entries (uid, pack, id, kind, title, summary, markdown, data, file, text, keywords) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (_entry_row(pack, e, titles) for e in pack.entries),
    )
    conn.executemany(
        "INSERT INTO links VALUES (?,?,?,?)",
        ((uid(pack.id, e.id), link.rel, uid(pack.id, link.target), link.note) for e in pack.entries for link in e.links),
    )
    conn.executemany(
        "INSERT INTO facets VALUES (?,?,?,?,?)",
        (row for e in pack.entries for row in _facets(pack, e, titles, models_of.get(e.id, ()))),
    )


def _reverse_model_links(pack: Pack) -> dict[str, set[str]]:
    """A model listing a lesson makes that lesson part of the model's facet, as if it linked back."""
    found: dict[str, set[str]] = {}
    for entry in pack.entries:
        if entry.kind == "model":
            for link in entry.links:
                if link.rel == "lesson":
                    found.setdefault(link.target, set()).add(entry.id)
    return found


def _entry_row(pack: Pack, entry: Entry, titles: dict[str, str]) -> tuple:
    fields = entry.fields
    summary = fields.get("summary") or fields.get("statement") or fields.get("citation") or _first_paragraph(entry.body)
    # Only the entry's own descriptors: titles of linked entries would make every lesson that
    # links to a model match (and be excluded by) that model's name. Links are facets instead.
    keywords = [str(fields[name]) for name in ("short_name", "category", "region", "sector", "country", "actor_type") if fields.get(name)]
    return (
        uid(pack.id, entry.id), pack.id, entry.id, entry.kind, entry.title, summary, entry.body,
        json.dumps(fields, ensure_ascii=False, default=str), entry.file,
        "\n\n".join(part for part in _searchable_text(entry) if part), " ".join(keywords),
    )


def _searchable_text(entry: Entry) -> Iterator[str]:
    fields = entry.fields
    for name in ("summary", "statement", "recommendation", "citation", "publisher"):
        if isinstance(fields.get(name), str):
            yield fields[name]
    yield entry.body
    for name in ("strengths", "risks", "prerequisites"):
        for item in fields.get(name) or []:
            yield str(item.get("text", ""))
    for value in (fields.get("attributes") or {}).values():
        yield _attribute_text(value)


def _attribute_text(raw: dict[str, Any]) -> str:
    if raw.get("not_documented"):
        return ""
    value = raw.get("value")
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


def _facets(pack: Pack, entry: Entry, titles: dict[str, str], listed_by_models) -> Iterator[tuple]:
    entry_uid = uid(pack.id, entry.id)

    def facet(name: str, value: Any, label: Any = None) -> tuple:
        label = str(label if label is not None else value)
        return (entry_uid, name, str(value), label, fold(label))

    yield facet("kind", entry.kind)
    yield facet("pack", pack.id, pack.title)
    yield facet("language", pack.language)
    if entry.kind in ("theme", "model"):
        yield facet(entry.kind, entry.id, entry.title)
    seen = set()
    for link in entry.links:
        name = LINK_FACETS.get(link.rel)
        if name and (name, link.target) not in seen:
            seen.add((name, link.target))
            yield facet(name, link.target, titles.get(link.target, link.target))
    for model_id in sorted(listed_by_models):
        if ("model", model_id) not in seen:
            yield facet("model", model_id, titles.get(model_id, model_id))
    for name in FIELD_FACETS:
        if entry.fields.get(name) not in (None, ""):
            yield facet(name, entry.fields[name])


def _first_paragraph(markdown: str) -> str:
    return markdown.strip().split("\n\n", 1)[0].strip() if markdown else ""


def attribute_display(raw: dict[str, Any] | None) -> tuple[str, bool]:
    """The text shown for a model's attribute value, and whether it is documented."""
    if not raw or raw.get("not_documented") or "value" not in raw:
        return NOT_DOCUMENTED, False
    return _attribute_text(raw), True
