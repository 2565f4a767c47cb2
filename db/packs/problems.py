"""What is wrong with a content pack, one problem at a time (a PackError lists them all)."""
from __future__ import annotations

import difflib
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a content pack, located as precisely as the input allows."""

    file: str
    message: str
    line: int | None = None
    field: str | None = None

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


def did_you_mean(word: str, choices, n: int = 3) -> str:
    """" (did you mean a, b?)" for the choices close to a misspelt `word`, else nothing."""
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=n)
    return f" (did you mean {', '.join(close)}?)" if close else ""
