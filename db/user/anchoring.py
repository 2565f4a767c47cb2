"""Find a highlighted passage again in an entry's text, even after the text around it changed."""
from __future__ import annotations

import re

from db.user.notes import TextQuote

CONTEXT_CHARS = 32


def quote_at(text: str, start: int, end: int) -> TextQuote:
    """The selector for text[start:end], with a little context either side."""
    return TextQuote(text[start:end], text[max(0, start - CONTEXT_CHARS):start], text[end:end + CONTEXT_CHARS])


def locate(text: str, quote: TextQuote) -> tuple[int, int] | None:
    """Where the quoted passage is in `text` now, or None if it is gone.

    Every exact occurrence is a candidate; the one whose surroundings best match the stored
    prefix and suffix wins. Failing that, whitespace and case differences are forgiven.
    """
    if not quote.exact:
        return None
    starts = [m.start() for m in re.finditer(re.escape(quote.exact), text)]
    if not starts:
        pattern = r"\s+".join(re.escape(word) for word in quote.exact.split())
        starts_ends = [(m.start(), m.end()) for m in re.finditer(pattern, text, flags=re.IGNORECASE)] if pattern else []
        return max(starts_ends, key=lambda span: _context_score(text, span[0], span[1], quote), default=None)
    end_of = len(quote.exact)
    best = max(starts, key=lambda start: _context_score(text, start, start + end_of, quote))
    return best, best + end_of


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
