"""The files of an imported lessons pack, and the lessons of the one installed before it.

An imported pack holds pack.yaml, one source entry describing the spreadsheet
(sources/spreadsheet.md) and its lessons in lessons/imported-NNN.jsonl, one JSON object per
line (see resources/content/PACK_FORMAT.md). Each lesson cites the spreadsheet with its row,
followed by the value of the source column when one is mapped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

import yaml

from db.errors import PackError
from db.packs.source import PackSource
from db.phrases import phrase
from db.spreadsheets.cleaning import Lesson
from db.spreadsheets.errors import SpreadsheetError

SOURCE_ID = "spreadsheet"
SOURCE_FILE = f"sources/{SOURCE_ID}.md"
LESSON_FILE = "lessons/imported-{:03d}.jsonl"
# Well under the 16 MB a pack archive accepts per file (db/packs/source.py).
CHUNK_BYTES = 4 * 1024**2
_ROW_LOCATOR = re.compile(r"^row \d+(?:: )?")
FIRST_VERSION = "1.0.0"


@dataclass(frozen=True)
class PackInfo:
    id: str
    title: str
    language: str
    description: str
    source_title: str
    source_citation: str


@dataclass(frozen=True)
class Previous:
    """The imported pack installed now: its settings and its lessons by id."""

    version: str
    title: str
    language: str
    records: dict[str, dict]


def record(lesson: Lesson) -> dict:
    """One line of the lessons file: the lesson's fields, its citation, then its body."""
    fields = dict(lesson.fields)
    body = fields.pop("body")
    source = fields.pop("source", None)
    locator = f"row {lesson.row}: {source}" if source else f"row {lesson.row}"
    return {"id": lesson.id, **fields, "sources": [{"source": SOURCE_ID, "locator": locator}], "body": body}


def comparable(entry: dict) -> dict:
    """A lesson's content without the row it sits on: a lesson that only moved is unchanged."""
    citations = [{**c, "locator": _ROW_LOCATOR.sub("", str(c.get("locator", "")))} for c in entry.get("sources") or []]
    return {**entry, "sources": citations}


def next_version(previous: str | None) -> str:
    """1.0.0 for a first import, then the last number raised by one, so the new pack replaces the old."""
    if previous is None:
        return FIRST_VERSION
    parts = previous.split(".")
    return ".".join([*parts[:-1], str(int(parts[-1]) + 1)])


def write_pack(folder: Path, info: PackInfo, version: str, records: list[dict]) -> None:
    """Write the pack's files into the empty `folder`."""
    meta = {"id": info.id, "title": info.title, "version": version, "language": info.language, "description": info.description}
    (folder / "pack.yaml").write_text(yaml.safe_dump(meta, allow_unicode=True, sort_keys=False), encoding="utf-8")
    (folder / "sources").mkdir()
    source = {"id": SOURCE_ID, "title": info.source_title, "citation": info.source_citation, "relation": "primary"}
    (folder / SOURCE_FILE).write_text(
        f"---\n{json.dumps(source, ensure_ascii=False)}\n---\nThe spreadsheet these lessons were imported from. "
        "Each lesson cites the row it was read from.\n", encoding="utf-8")
    (folder / "lessons").mkdir()
    chunk: list[bytes] = []
    size = number = 0
    for entry in records:
        line = (json.dumps(entry, ensure_ascii=False) + "\n").encode("utf-8")
        if chunk and size + len(line) > CHUNK_BYTES:
            number += 1
            (folder / LESSON_FILE.format(number)).write_bytes(b"".join(chunk))
            chunk, size = [], 0
        chunk.append(line)
        size += len(line)
    if chunk:
        (folder / LESSON_FILE.format(number + 1)).write_bytes(b"".join(chunk))


def read_previous(location: Path, pack_id: str) -> Previous:
    """The installed imported pack at `location`; SpreadsheetError if it was not made by an import."""
    try:
        files = {f.path: f.data for f in PackSource.open(location).files()}
    except PackError as exc:
        raise SpreadsheetError(phrase("The installed pack '{pack_id}' ({location}) cannot be read to compare with ({reason}); "
                                      "remove it or choose another pack id.", pack_id=pack_id, location=location,
                                      reason=exc.problems[0].said() if exc.problems else exc.args[0])) from None
    lesson_files = sorted(path for path in files if PurePosixPath(path).match(LESSON_FILE.replace("{:03d}", "*")))
    if SOURCE_FILE not in files or not lesson_files:
        raise SpreadsheetError(phrase("The pack '{pack_id}' is installed ({location}) but was not made by import-lessons, "
                                      "so importing would replace it; choose another pack id.", pack_id=pack_id,
                                      location=location))
    meta = yaml.safe_load(files["pack.yaml"].decode("utf-8"))
    records = {}
    for path in lesson_files:
        for line in files[path].decode("utf-8").splitlines():
            if line.strip():
                entry = json.loads(line)
                records[entry["id"]] = entry
    return Previous(str(meta["version"]), str(meta["title"]), str(meta["language"]), records)
