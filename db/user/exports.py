"""Export notes as Markdown files with YAML front matter, or as W3C Web Annotation JSON-LD."""
from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

import yaml

from db.user.notes import Note

ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
# Offline-safe IRIs: they name things inside Partnership Atlas without pointing at any server.
ENTRY_IRI = "urn:partnership-atlas:entry:"
NOTE_IRI = "urn:uuid:"
COMPARISON_IRI = "urn:partnership-atlas:comparison:"
NOTEBOOK_IRI = "urn:partnership-atlas:notebook"


def note_filename(note: Note) -> str:
    return _filename(note.display_title, note.id, "note")


def brief_filename(title: str, brief_id: str) -> str:
    return _filename(title, brief_id, "brief")


def _filename(title: str, ident: str, fallback: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", title.casefold()).strip("-")[:50] or fallback
    return f"{slug}-{ident[:8]}.md"


def note_front_matter(note: Note) -> dict:
    data = {"id": note.id, "title": note.display_title, "tags": list(note.tags), "created": note.created, "updated": note.updated}
    target = note.target
    if target.kind != "none":
        data["target"] = {"kind": target.kind, "ref": target.ref}
        if target.quote is not None:
            data["target"]["quote"] = {"exact": target.quote.exact, "prefix": target.quote.prefix, "suffix": target.quote.suffix}
        if target.cell is not None:
            data["target"]["cell"] = dict(target.cell)
    if note.detached:
        data["detached"] = True
    if note.unanchored:
        data["passage_not_found"] = True
    return data


def export_markdown(notes: list[Note], folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for note in notes:
        path = folder / note_filename(note)
        header = yaml.safe_dump(note_front_matter(note), allow_unicode=True, sort_keys=False)
        path.write_text(f"---\n{header}---\n\n{note.body.rstrip()}\n", encoding="utf-8")
        written.append(path)
    return written


def _target_iri(note: Note) -> str | None:
    target = note.target
    if target.kind in ("entry", "passage") and target.ref:
        return ENTRY_IRI + urllib.parse.quote(target.ref, safe="/")
    if target.kind == "comparison" and target.ref:
        return COMPARISON_IRI + urllib.parse.quote(target.ref, safe="")
    return None


def annotation(note: Note) -> dict:
    bodies = [{"type": "TextualBody", "value": note.body, "format": "text/markdown", "purpose": "commenting"}]
    bodies += [{"type": "TextualBody", "value": tag, "purpose": "tagging"} for tag in note.tags]
    result = {
        "id": NOTE_IRI + note.id,
        "type": "Annotation",
        "motivation": "highlighting" if note.target.kind == "passage" and not note.body.strip() else "commenting",
        "created": note.created,
        "modified": note.updated,
        "body": bodies,
    }
    if note.title:
        result["label"] = note.title
    source = _target_iri(note)
    if source is None:
        result["target"] = NOTEBOOK_IRI
    elif note.target.quote is not None:
        quote = note.target.quote
        selector = {"type": "TextQuoteSelector", "exact": quote.exact}
        if quote.prefix:
            selector["prefix"] = quote.prefix
        if quote.suffix:
            selector["suffix"] = quote.suffix
        result["target"] = {"source": source, "selector": selector}
    else:
        result["target"] = source
    return result


def annotation_collection(notes: list[Note], *, label: str = "Partnership Atlas notes") -> dict:
    items = [annotation(note) for note in notes]
    return {
        "@context": ANNOTATION_CONTEXT,
        "id": "urn:partnership-atlas:notes",
        "type": "AnnotationCollection",
        "label": label,
        "total": len(items),
        "first": {"id": "urn:partnership-atlas:notes:page-1", "type": "AnnotationPage", "startIndex": 0, "items": items},
    }
