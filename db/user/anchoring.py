"""Find a highlighted passage again in an entry's text, even after the text around it changed."""
from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from db.user.notes import TextQuote, plain_text

CONTEXT_CHARS = 32
MIN_CONTEXT = 12
"""Characters of the stored context that must still stand beside a reworded passage to find it there."""
REWORDED_SIMILARITY = 0.6
"""How alike (difflib's ratio, 0 to 1) the words now in a passage's place must be to the words
highlighted: a sentence reworded keeps its highlight, one replaced by another loses it."""


def quote_at(text: str, start: int, end: int) -> TextQuote:
    """The selector for text[start:end], with a little context either side."""
    return TextQuote(text[start:end], text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])


def locate(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """Where the quoted passage is in `text` now, or None if it is gone.

    Every exact occurrence is a candidate; the one whose surroundings best match the stored
    prefix and suffix wins. Failing that, whitespace and case differences are forgiven; failing
    that, a reworded passage is found where its stored surroundings still are (`reworded`).
    """
    if not quote.exact:
        return None
    starts = [m.start() for m in re.finditer(re.escape(quote.exact), text)]
    if not starts:
        pattern = r"\s+".join(re.escape(word) for word in quote.exact.split())
        starts_ends = [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)] if pattern else []
        found = max(starts_ends, key=lambda span: _context_score(text, span[0], span[1], quote), default=None)
        return found or reworded(text, quote)
    end_of = len(quote.exact)
    best = max(starts, key=lambda start: _context_score(text, start, start + end_of, quote))
    return best, best + end_of


def reworded(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """The span standing where the passage stood (after its prefix, before its suffix, or between
    both) when its words are still mostly the same; None when they are not."""
    import difflib

    prefix, suffix, length = quote.prefix.lstrip(), quote.suffix.rstrip(), len(quote.exact)
    candidates: set[tuple[int, int]] = set()
    if len(prefix) >= MIN_CONTEXT:
        for match in re.finditer(re.escape(prefix), text):
            start = match.end()
            end = text.find(suffix, start) if len(suffix) >= MIN_CONTEXT else -1
            if 0 <= end - start <= 2 * length + CONTEXT_CHARS:
                candidates.add((start, end))
            candidates.add((start, _word_end(text, start + length)))
    if len(suffix) >= MIN_CONTEXT:
        for match in re.finditer(re.escape(suffix), text):
            candidates.add((_word_start(text, match.start() - length), match.start()))
    spans = [(start, end) for start, end in (_trimmed(text, *span) for span in candidates) if end > start]
    wanted = quote.exact.casefold()

    def likeness(span: tuple[int, int]) -> float:
        return difflib.SequenceMatcher(None, wanted, text[span[0]:span[1]].casefold(), autojunk=False).ratio()

    best = max(spans, key=likeness, default=None)
    return best if best is not None and likeness(best) >= REWORDED_SIMILARITY else None


def _word_end(text: str, at: int) -> int:
    match = re.compile(r"\w*").match(text, min(at, len(text)))
    return match.end() if match else at


def _word_start(text: str, at: int) -> int:
    at = max(0, at)
    while at > 0 and text[at - 1].isalnum():
        at -= 1
    return at


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _context_score(text: str, start: int, end: int, quote: TextQuote) -> float:
    import difflib  # with the first highlight placed, not at start

    before = text[max(0, start - len(quote.prefix)):start]
    after = text[end:end + len(quote.suffix)]
    return difflib.SequenceMatcher(None, before, quote.prefix).ratio() + difflib.SequenceMatcher(None, after, quote.suffix).ratio()


def find_passage(texts: list[str], exact: str, *, prefix: str | None = None, suffix: str | None = None) -> TextQuote | None:
    """The quote of `exact` as the first of `texts` containing it has it, or None if none does.

    Texts are compared whitespace-normalised (stored Markdown breaks lines anywhere). The quote
    keeps the entry's own wording of the passage; a prefix or suffix not given is filled in
    from the text around it, so the passage can be found again after the entry changes.
    """
    wanted = TextQuote(" ".join(exact.split()), prefix or "", suffix or "")
    if not wanted.exact:
        return None
    for text in texts:
        flat = " ".join(text.split())
        span = locate(flat, wanted)
        if span is not None:
            found = quote_at(flat, *span)
            return TextQuote(found.exact, found.prefix if prefix is None else prefix, found.suffix if suffix is None else suffix)
    return None


def passage_text(title: str, markdown: str, fields: dict[str, Any]) -> str:
    """An entry's words as a reader sees them, on one line: its title, every text of its front matter
    (summary, statement, advice, attribute values, strengths…) and its body, without Markdown marks.
    A passage highlighted anywhere on the entry's page is looked for here."""
    parts = [title, *_strings(fields), *markdown.splitlines()]
    return " ".join(filter(None, (plain_text(part) for part in parts)))


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield from value.splitlines()
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)
