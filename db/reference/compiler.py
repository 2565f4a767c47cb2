"""Write validated packs into the reference store's tables (one bulk transaction)."""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from db.packs.model import Entry, Pack
from db.reference.attributes import attribute_text, comparable
from db.reference.schema import INDEXES
from db.search.textfold import arabic_words, fold
from db.search.wordforms import has_stemmer, stem

# Which linked kinds become a facet of the entry that links to them.
LINK_FACETS = {"theme": "theme", "model": "model", "cites": "source"}
# Facets whose values are entry ids, labelled with those entries' titles.
ENTRY_FACETS = set(LINK_FACETS.values())
FIELD_FACETS = ("year", "region", "sector", "country", "hazard", "type", "code")
# Searched with the body, in this order before it (lists of items and attribute values follow it).
SEARCHED_BEFORE_BODY = ("summary", "statement", "recommendation", "citation", "publisher")


@dataclass(frozen=True)
class PackOrigin:
    pack: Pack
    origin: str  # bundled | installed
    location: str


# A store is built into a new file and swapped in whole; a failed build is deleted, never
# repaired, so it needs no journal and no syncing. The cache and in-memory sorts speed up
# building the indexes. A lesson's row (its Markdown, fields and searched text) is often longer
# than a 4 KB page, and the part that overflows wastes most of a page: 16 KB pages hold it
# whole, which makes the store 10 % smaller (at 10,000 lessons the median search took 0.5 ms
# longer, the slowest 5 % none).
BUILD_PRAGMAS = ("page_size = 16384", "journal_mode = OFF", "synchronous = OFF", "cache_size = -131072", "temp_store = MEMORY")


def uid(pack_id: str, entry_id: str) -> str:
    return f"{pack_id}/{entry_id}"


def connect_for_build(path: Path) -> sqlite3.Connection:
    # One thread at a time uses it, but not always the one that opened it: see compile_packs.
    conn = sqlite3.connect(path, check_same_thread=False)
    for pragma in BUILD_PRAGMAS:
        conn.execute(f"PRAGMA {pragma}")
    return conn


def compile_packs(conn: sqlite3.Connection, packs: list[PackOrigin]) -> None:
    """Fill the empty tables of schema.TABLES, then build the indexes."""
    for item in packs:
        _write_entries(conn, item)
    conn.executemany("INSERT INTO synonyms VALUES (?,?,?)", ((number, name, fold(name)) for number, group in
                                                             enumerate((g for item in packs for g in item.pack.synonyms), start=1)
                                                             for name in group))
    conn.execute("INSERT INTO meta SELECT 'entries', count(*) FROM entries")
    # SQLite indexes the text without holding Python's GIL, which lets this thread make the rows
    # of links and facets (Python work only) meanwhile: on a second core they cost no time.
    with ThreadPoolExecutor(max_workers=1) as worker:
        indexing = worker.submit(build_search_index, conn)
        counted: dict[tuple[str, str], list] = {}  # (facet, value): [label, entries]
        links = [row for item in packs for row in _link_rows(item.pack)]
        facets = [row for item in packs for row in _facet_rows(item.pack, counted)]
        indexing.result()
    build_word_forms(conn, sorted({language for item in packs for language in item.pack.languages or [item.pack.language]}))
    conn.executemany("INSERT INTO links VALUES (?,?,?,?)", links)
    conn.executemany("INSERT INTO facets VALUES (?,?,?,?,?)", facets)
    conn.executemany("INSERT INTO facet_values VALUES (?,?,?,?)", ((*key, label, n) for key, (label, n) in counted.items()))
    conn.executescript(INDEXES)


def build_search_index(conn: sqlite3.Connection) -> None:
    """Index the entries' text; before the B-tree indexes, which then fill the pages its final merge freed."""
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO entries_fts (entries_fts) VALUES ('optimize')")


def build_word_forms(conn: sqlite3.Connection, languages: list[str]) -> None:
    """The index's vocabulary (`terms`) and, for each pack language with a stemmer, the words of it that share a stem."""
    conn.execute("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, entries_fts, 'row')")
    conn.execute("CREATE VIRTUAL TABLE temp.by_column USING fts5vocab(main, entries_fts, 'col')")
    conn.execute("INSERT INTO terms SELECT term, doc, term IN (SELECT term FROM temp.by_column WHERE col != 'translated') "
                 "FROM temp.vocabulary")
    conn.execute("DROP TABLE temp.vocabulary")
    conn.execute("DROP TABLE temp.by_column")
    words = [term for (term,) in conn.execute("SELECT term FROM terms") if term.isalpha()]
    for language in filter(has_stemmer, languages):
        by_stem: dict[str, list[str]] = {}
        for word, found in zip(words, stem(language, words)):
            by_stem.setdefault(found, []).append(word)
        conn.executemany("INSERT INTO stems VALUES (?,?,?)", ((language, found, word) for found, group in by_stem.items()
                                                               if len(group) > 1 for word in group))


def _write_entries(conn: sqlite3.Connection, item: PackOrigin) -> None:
    pack = item.pack
    conn.execute(
        "INSERT INTO packs VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (pack.id, pack.title, pack.version, pack.language, pack.license, json.dumps(pack.authors),
         pack.description, item.origin, item.location, pack.fingerprint, pack.changelog or None),
    )
    conn.executemany(
        "INSERT INTO attributes VALUES (?,?,?,?,?,?,?,?)",
        [(pack.id, a.key, a.label, a.group, a.type, a.order, a.description,
          json.dumps({"text": a.note, "sources": a.note_sources}) if a.note else None) for a in pack.attributes],
    )
    names = _linked_names(pack)
    conn.executemany(
        "INSERT INTO entries (uid, pack, id, kind, title, summary, markdown, data, file, text_before, text_after, keywords, names, "
        "translated) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        ((*_entry_row(pack, e), names.get(e.id, ""), _translated_text(e)) for e in pack.entries),
    )
    conn.executemany("INSERT INTO translations VALUES (?,?,?,?,?,?)", (
        (uid(pack.id, e.id), language, t.title, _summary(t), t.body, json.dumps(t.fields, ensure_ascii=False, default=str))
        for e in pack.entries for language, t in e.translations.items()))
    conn.executemany("INSERT INTO pack_translations VALUES (?,?,?)", (
        (pack.id, language, json.dumps(meta, ensure_ascii=False, default=str)) for language, meta in pack.translated_meta.items()))


def _linked_names(pack: Pack) -> dict[str, str]:
    """For each entry, the titles of the themes and models it is linked to (a model listing a lesson counts)."""
    titles = {e.id: e.title for e in pack.entries if e.kind in ("theme", "model")}
    found: dict[str, dict[str, None]] = {}
    for entry in pack.entries:
        for link in entry.links:
            if link.rel in ("theme", "model") and link.target in titles:
                found.setdefault(entry.id, {})[titles[link.target]] = None
            elif link.rel == "lesson" and entry.kind == "model":
                found.setdefault(link.target, {})[entry.title] = None
    return {entry_id: " · ".join(names) for entry_id, names in found.items()}


def _link_rows(pack: Pack) -> Iterator[tuple]:
    return ((uid(pack.id, e.id), link.rel, uid(pack.id, link.target), link.note) for e in pack.entries for link in e.links)


def _reverse_model_links(pack: Pack) -> dict[str, set[str]]:
    """A model listing a lesson makes that lesson part of the model's facet, as if it linked back."""
    found: dict[str, set[str]] = {}
    for entry in pack.entries:
        if entry.kind == "model":
            for link in entry.links:
                if link.rel == "lesson":
                    found.setdefault(link.target, set()).add(entry.id)
    return found


def _summary(entry: Entry) -> str:
    fields = entry.fields
    return fields.get("summary") or fields.get("statement") or fields.get("citation") or _first_paragraph(entry.body)


def _entry_row(pack: Pack, entry: Entry) -> tuple:
    fields = entry.fields
    summary = _summary(entry)
    # Only the entry's own descriptors: titles of linked entries would make every lesson that
    # links to a model match (and be excluded by) that model's name. Links are facets instead.
    keywords = [str(fields[name]) for name in ("short_name", "category", "region", "sector", "country", "hazard", "actor_type",
                                               "code", "type_label") if fields.get(name)]
    return (
        uid(pack.id, entry.id), pack.id, entry.id, entry.kind, entry.title, summary, entry.body,
        # The loader refuses recursive YAML aliases, so there is no cycle to look for.
        json.dumps(fields, ensure_ascii=False, default=str, check_circular=False), entry.file, *_text_around_body(entry),
        " ".join(keywords),
    )


def _text_around_body(entry: Entry) -> tuple[str, str]:
    """What search reads before and after the body: with the body between them, every non-empty
    part is joined to the next by a blank line (snippets show it as ' … ')."""
    fields = entry.fields
    before = [fields[name] for name in SEARCHED_BEFORE_BODY if isinstance(fields.get(name), str) and fields[name]]
    after = [part for part in _searched_after_body(fields) if part]
    if not entry.body:
        return "\n\n".join(before + after), ""
    return "".join(part + "\n\n" for part in before), "".join("\n\n" + part for part in after)


def _translated_text(entry: Entry) -> str:
    """The searched words of the entry's translations, titles first; then the Arabic words of all its
    languages, folded (db.search.textfold.arabic_words)."""
    parts, arabic = [], []
    for version in (entry, *entry.translations.values()):
        before, after = _text_around_body(version)
        words = version.title + "\n\n" + before + version.body + after
        if version is not entry:
            parts.append(words)
        arabic.append(arabic_words(words))
    return "\n\n".join(part for part in parts + arabic if part)


def _searched_after_body(fields: dict[str, Any]) -> Iterator[str]:
    if isinstance(fields.get("second_text"), str):
        yield fields["second_text"]
    for name in ("strengths", "risks", "prerequisites"):
        for item in fields.get(name) or []:
            yield str(item.get("text", ""))
    for value in (fields.get("attributes") or {}).values():
        yield attribute_text(value)


def _facet_rows(pack: Pack, counted: dict[tuple[str, str], list]) -> Iterator[tuple]:
    """Rows of the facets table for every entry of `pack`, counted into `counted`. A value is
    labelled and folded once per pack: the same few recur on each of 100,000 lessons."""
    titles = {e.id: e.title for e in pack.entries}
    listed_by_models = _reverse_model_links(pack)
    described: dict[tuple[str, str], tuple[str, str, str, str]] = {}
    counts: dict[tuple[str, str], int] = {}
    year_attributes = [a.key for a in pack.attributes if a.type == "year"]

    def describe(key: tuple[str, str]) -> tuple[str, str, str, str]:
        name, value = key
        label = pack.title if name == "pack" else titles.get(value, value) if name in ENTRY_FACETS else value
        described[key] = found = (name, value, label, fold(label))
        counts[key] = 0
        return found

    for entry in pack.entries:
        keys = [("kind", entry.kind), ("pack", pack.id), ("language", pack.language)]
        keys += [("language", language) for language in entry.translations]
        if entry.kind in ("theme", "model"):
            keys.append((entry.kind, entry.id))
        keys += [(LINK_FACETS[link.rel], link.target) for link in entry.links if link.rel in LINK_FACETS]
        keys += [("model", model_id) for model_id in sorted(listed_by_models.get(entry.id, ()))]
        fields = entry.fields
        keys += [(name, str(fields[name])) for name in FIELD_FACETS if fields.get(name) not in (None, "")]
        if entry.kind == "model" and fields.get("year") in (None, ""):
            keys += [("year", str(year)) for year in _model_years(fields, year_attributes)[:1]]
        entry_uid = uid(pack.id, entry.id)
        for key in dict.fromkeys(keys):  # the table's key holds each value of a facet once per entry
            yield (entry_uid, *(described.get(key) or describe(key)))
            counts[key] += 1
    for key, n in counts.items():
        counted.setdefault(key, [described[key][2], 0])[1] += n


def _model_years(fields: dict, year_attributes: list[str]) -> list[int]:
    """The years a model gives for the pack's year attributes ("about 1999" counts as 1999): a model
    with no `year` of its own is found by year:1999 through the first of them."""
    values = fields.get("attributes") or {}
    found = (comparable("year", values.get(key)) for key in year_attributes)
    return [short.key[1] for short in found if short is not None and short.key[0] == "year"]


def _first_paragraph(markdown: str) -> str:
    return markdown.strip().split("\n\n", 1)[0].strip() if markdown else ""

