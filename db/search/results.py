"""Search results, and the ways a snippet's highlights are shown."""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from db.search.filters import FacetCount

# snippet() wraps matches in these; they never occur in pack text (control characters).
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"

_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*\n\s*")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_ELLIPSES = re.compile(r"…(?:\s*…)+")


def one_line(text: str) -> str:
    """A snippet as one line. The reference store joins an entry's fields with blank lines, so a
    paragraph break becomes ' … ' (fields must not run together) and a line break a space; next
    to the '…' that marks where a snippet was cut, one is enough."""
    flat = _LINE_BREAK.sub(" ", _PARAGRAPH_BREAK.sub(" … ", text.strip()))
    return _ELLIPSES.sub("…", flat)


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


@dataclass
class SearchResults:
    hits: list[Hit]
    total: int
    facets: dict[str, list[FacetCount]] = field(default_factory=dict)
    highlight: list[str] = field(default_factory=list)
    truncated: bool = False  # the query was longer than the parser takes
    notes_problem: str = ""  # why notes were left out (their file is damaged), or ""
    # A broad query is not counted to the end (db/search/engine.py, COUNT_LIMIT and FACET_WINDOW):
    # when these are True, `total` and the facet counts are lower bounds ("at least").
    total_approximate: bool = False
    facets_approximate: bool = False
    # False when ranking every match would have taken longer than the caller's rank budget
    # (Store.search, rank_budget): the hits are then the first matches in index order.
    ranked: bool = True
    # No entry has every word of the query: these are the entries with the most of them.
    closest: bool = False
    dropped: list[str] = field(default_factory=list)  # words left out of the query (the, for, de...)
    suggestion: str | None = None  # "Did you mean …?": the query with its unknown words corrected
    # The query had no results and these are the corrected query's: `showing` was searched
    # instead of `corrected_from`, what was typed.
    showing: str | None = None
    corrected_from: str | None = None
