"""Search results, and the ways a snippet's highlights are shown."""
from __future__ import annotations

import html
from dataclasses import dataclass, field

# snippet() wraps matches in these; they never occur in pack text (control characters).
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"


@dataclass(frozen=True)
class Hit:
    uid: str  # pack/entry for reference entries, note id for notes
    kind: str
    pack: str | None
    title: str
    snippet: str  # with MARK_OPEN / MARK_CLOSE around matched words
    score: float  # higher is better

    def snippet_as(self, open_mark: str, close_mark: str) -> str:
        return self.snippet.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark)

    def snippet_html(self) -> str:
        return html.escape(self.snippet).replace(MARK_OPEN, "<mark>").replace(MARK_CLOSE, "</mark>")

    def as_json(self) -> dict:
        entry_id = self.uid.split("/", 1)[1] if self.pack else self.uid
        return {
            "id": entry_id, "uid": self.uid, "kind": self.kind, "pack": self.pack, "title": self.title,
            "snippet": self.snippet_as("**", "**"), "snippet_html": self.snippet_html(), "score": round(self.score, 4),
        }


@dataclass(frozen=True)
class FacetCount:
    value: str
    label: str
    count: int


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    highlight: list[str] = field(default_factory=list)
    truncated: bool = False  # the query was longer than the parser takes
