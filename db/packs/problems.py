"""What is wrong with a content pack, one problem at a time (a PackError lists them all)."""
from __future__ import annotations

import difflib
from dataclasses import dataclass

from db.phrases import Phrase, joined, phrase


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content pack, located as precisely as the input allows."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None

    def said(self) -> Phrase:
        """"file:line: field: message", the message still translatable (db.phrases)."""
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return joined([where, self.field, self.message] if self.field else [where, self.message], ": ")

    def __str__(self) -> str:
        return str(self.said())


def did_you_mean(word: str, choices, n: int = 3) -> str:
    """" (did you mean a, b?)" for the choices close to a misspelt `word`, else nothing."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=n)
    return phrase(" (did you mean {words}?)", words=", ".join(close)) if close else ""
