"""What a brief's document says around its items: English here; the window passes its own language's
(desktop/briefs/brief_words.py), as comparison exports do with db.compare.render.Words."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from db.compare.render import ENGLISH as COMPARISON_ENGLISH
from db.compare.render import Words as ComparisonWords
from db.reference.entry_view import ADVICE_LABEL

ENTRY_KINDS = {"lesson": "Lesson", "model": "Partnership model", "question": "Guiding question", "theme": "Theme",
               "actor": "Actor", "source": "Source"}


def english_date(day: str) -> str:
    """"Thursday, 10 December 2026" (as given when it is not a date)."""
    try:
        moment = date.fromisoformat(day)
    except ValueError:
        return day
    return f"{moment:%A}, {moment.day} {moment:%B %Y}"


@dataclass(frozen=True)
class BriefWords:
    contents: str = "Contents"
    introduction: str = "Introduction"
    sources: str = "Sources"
    meeting: str = "Meeting: %1"
    prepared: str = "Prepared on %1 with Partnership Atlas."
    comment: str = "Comment:"
    entry_kinds: dict[str, str] = field(default_factory=lambda: dict(ENTRY_KINDS))
    comparison: str = "Saved comparison"
    note: str = "Note"
    passage: str = "Highlighted passage"
    from_pack: str = "%1 · from %2"
    """An item's kind, then the pack it comes from."""
    on: str = "On: %1"
    """What a note is written on."""
    detached: str = "No longer in the installed packs or your notes: shown as it was when it was added."
    advice: str = ADVICE_LABEL
    cited_for: str = "cited for:"
    no_items: str = "This brief has no items yet."
    date: Callable[[str], str] = lambda day: english_date(day)  # noqa: E731 (a default, not a definition)
    """A date (YYYY-MM-DD) as the language writes it."""
    compare: ComparisonWords = COMPARISON_ENGLISH


ENGLISH = BriefWords()
