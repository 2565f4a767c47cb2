"""Text normalisation shared by search, facets, tags and id lookups."""
from __future__ import annotations

import sqlite3
import unicodedata


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Coopération' and 'cooperation' fold alike."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def register_fold(conn: sqlite3.Connection) -> None:
    """`fold(text)` in SQL, so tags compare as `fold` does ('reunion' finds 'Réunion')."""
    conn.create_function("fold", 1, lambda text: None if text is None else fold(str(text)), deterministic=True)
