"""Text normalisation shared by search, facets, tags and id lookups."""
from __future__ import annotations

import re
import sqlite3
import unicodedata

# What Arabic readers take as one letter, beyond the vowel marks and hamza signs that decomposing
# removes (أ إ آ become ا): taa marbuta as haa, alef maksura as yaa, and no tatweel (the stretching line).
ARABIC = str.maketrans({"ة": "ه", "ى": "ي", "ـ": None})
ARABIC_WORD = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]+")


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Coopération' and 'cooperation' fold alike, and so do
    'الشَّراكة' and 'الشراكه', 'أحمد' and 'احمد'."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold().translate(ARABIC)


def arabic_words(text: str) -> str:
    """The Arabic words of `text`, folded, one space apart ("" when it has none).

    FTS5's unicode61 tokenizer keeps the forms of Arabic letters and cuts a word at each vowel mark,
    so the index also holds these, and a query, folded, finds them (db/reference/compiler.py)."""
    words = ARABIC_WORD.findall(text)
    return " ".join(fold(word) for word in words) if words else ""


def register_fold(conn: sqlite3.Connection) -> None:
    """`fold(text)` in SQL, so tags compare as `fold` does ('reunion' finds 'Réunion')."""
    conn.create_function("fold", 1, lambda text: None if text is None else fold(str(text)), deterministic=True)
