"""Write small, valid content packs for tests, then let a test break exactly one thing."""
from __future__ import annotations

from pathlib import Path

import yaml

PACK_YAML = {
    "id": "test-pack",
    "title": "Test pack",
    "version": "1.0.0",
    "language": "en",
    "attributes": [
        {"key": "funding", "label": "Funding", "group": "Money", "type": "text", "order": 1},
        {"key": "start_year", "label": "Year it began", "group": "Basics", "type": "year", "order": 2},
    ],
}

ENTRIES = {
    "sources/src-a.md": ({"id": "src-a", "title": "Source A", "citation": "Source A, 2001", "relation": "primary"}, "What source A covers."),
    "actors/donor.md": ({"id": "donor", "title": "A donor", "actor_type": "donor government"}, "A donor government."),
    "actors/society.md": ({"id": "society", "title": "A National Society", "actor_type": "national society"}, "A Society."),
    "themes/trust.md": ({"id": "trust", "title": "Trust"}, "Trust between partners."),
    "models/alpha.md": (
        {
            "id": "alpha", "title": "Alpha partnership", "category": "bilateral", "summary": "A donor funds a Society directly.",
            "parties": [{"actor": "donor", "role": "funds"}, {"actor": "society", "role": "delivers"}],
            "attributes": {
                "funding": {"value": "Unearmarked grant", "sources": [{"source": "src-a", "locator": "p. 1"}]},
                "start_year": {"value": 2001, "sources": [{"source": "src-a", "locator": "p. 2"}]},
            },
            "sources": [{"source": "src-a", "locator": "p. 1"}],
            "lessons": ["keep-trust"],
        },
        "Alpha is a bilateral arrangement.",
    ),
    "models/beta.md": (
        {
            "id": "beta", "title": "Beta partnership", "category": "multilateral", "summary": "Several donors meet one Society.",
            "parties": [{"actor": "donor", "role": "funds"}],
            "attributes": {
                "funding": {"value": "Earmarked grants", "sources": [{"source": "src-a", "locator": "p. 3"}]},
                "start_year": {"not_documented": True},
            },
            "sources": [{"source": "src-a", "locator": "p. 3"}],
        },
        "Beta brings donors together.",
    ),
    "lessons/keep-trust.md": (
        {
            "id": "keep-trust", "title": "Keep trust through coopération", "type": "lesson",
            "statement": "Trust grows when partners talk often.", "recommendation": "Meet regularly.",
            "themes": ["trust"], "models": ["alpha"], "sources": [{"source": "src-a", "locator": "p. 4"}],
            "year": 2001, "region": "Africa", "sector": "Health",
        },
        "Regular dialogue kept the partnership steady.",
    ),
    "questions/q1.md": ({"id": "q1", "title": "Why partner?", "number": 1, "lessons": ["keep-trust"]}, "Why organisations partner."),
}


def tree(root: Path) -> dict[str, bytes]:
    """Every file below `root`, by POSIX relative path, with its bytes."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def front_matter(fields: dict, body: str) -> str:
    return "---\n" + yaml.safe_dump(fields, allow_unicode=True, sort_keys=False) + "---\n" + body + "\n"


class PackFactory:
    """`write()` makes a valid pack folder; tests then edit or add files to break it."""

    def __init__(self, root: Path):
        self.root = root

    def write(self, name: str = "test-pack", *, pack: dict | None = None, entries: dict | None = None) -> Path:
        folder = self.root / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "pack.yaml").write_text(yaml.safe_dump({**PACK_YAML, **(pack or {})}, sort_keys=False), encoding="utf-8")
        for relative, (fields, body) in {**ENTRIES, **(entries or {})}.items():
            path = folder / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(front_matter(fields, body), encoding="utf-8")
        return folder

    @staticmethod
    def set_entry(folder: Path, relative: str, fields: dict, body: str = "Body.") -> Path:
        path = folder / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(front_matter(fields, body), encoding="utf-8")
        return path
