"""The parsed, validated contents of a pack."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from db.phrases import phrase

CHANGELOG_SECTION = re.compile(r"^##\s+\[?v?(\d+(?:\.\d+)*)\]?.*$", re.MULTILINE)
"""A changelog's section heading: "## 1.1.0", "## [1.1.0] - 2026-12-05" (Keep a Changelog)."""


@dataclass(frozen=True)
class Attribute:
    key: str
    label: str
    group: str
    type: str
    order: float
    description: str = ""
    choices: tuple[str, ...] = ()
    """The values a `choice` attribute's models may compare on, in the pack's order."""
    note: str = ""
    """What holds for every model (said once beside the attribute, not in each cell)."""
    note_sources: tuple[tuple[str, str], ...] = ()
    """(source id, locator) of each source the note cites."""


@dataclass(frozen=True)
class Link:
    rel: str  # cites, theme, model, lesson, party
    target: str  # entry id within the same pack
    note: str = ""  # locator of a citation, role of a party


@dataclass
class Entry:
    kind: str
    id: str
    title: str
    fields: dict[str, Any]
    body: str
    file: str
    links: list[Link] = field(default_factory=list)
    translations: dict[str, Entry] = field(default_factory=dict)
    """The entry in the pack's other languages, by language (db/packs/translations.py)."""


@dataclass
class Pack:
    id: str
    title: str
    version: str
    language: str
    license: str
    authors: list[str]
    description: str
    attributes: list[Attribute]
    entries: list[Entry]
    fingerprint: str
    synonyms: list[tuple[str, ...]] = field(default_factory=list)  # names search takes as one (db/packs/synonyms.py)
    changelog: str = ""  # CHANGELOG.md beside pack.yaml, if the pack has one
    languages: list[str] = field(default_factory=list)
    """Every language the pack carries, its own (`language`) first."""
    translated_meta: dict[str, dict] = field(default_factory=dict)
    """pack.LANG.yaml by language: title, description, attribute labels and synonyms in LANG."""

    def entry(self, entry_id: str) -> Entry | None:
        return next((e for e in self.entries if e.id == entry_id), None)


def version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def changelog_problem(changelog: str, version) -> str | None:
    """What is wrong with a pack's changelog for `version` (None if nothing): it must have its section."""
    versions = CHANGELOG_SECTION.findall(changelog)
    if version is None or str(version) in versions:
        return None
    if versions:
        return phrase("has no section for version {version}, the version in pack.yaml; add one headed \"## {version}\" that "
                      "says what changed (sections found: {found})", version=version, found=", ".join(versions))
    return phrase("has no section for version {version}, the version in pack.yaml; add one headed \"## {version}\" that "
                  "says what changed", version=version)


def version_changes(changelog: str, version: str) -> str:
    """What a changelog says under its section for `version` ("" when it has none)."""
    headings = list(CHANGELOG_SECTION.finditer(changelog))
    for number, heading in enumerate(headings):
        if heading[1] == version:
            end = headings[number + 1].start() if number + 1 < len(headings) else len(changelog)
            return changelog[heading.end():end].strip()
    return ""
