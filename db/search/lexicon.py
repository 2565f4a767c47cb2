"""What the reference store knows of its own words: which exist, which share a stem, which names
packs declare as one, and the closest known word to a typo. Read once per search connection.
"""
from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass

from db.search.textfold import fold
from db.search.wordforms import has_stemmer, is_stop_word, stem

# Letters a typo may have dropped from a word ('indepence' for 'independence'); other typos (a
# letter swapped, replaced or doubled) may be one edit from the word, two from a long one. A word
# of the index that starts with another letter is never a correction: 'pooled' is not 'looked'.
MAX_DROPPED = 3
SHORT_WORD = 4
LONG_WORD = 8


def _edits(typed: str, word: str) -> int | None:
    """How far `word` (starting with the same letter) is from `typed` as a typo of it, or None when `typed` is no typo of `word`."""
    from editdistpy import damerau_osa  # loaded with the first word the index does not know

    missing = len(word) - len(typed)
    if 0 < missing <= (MAX_DROPPED if len(typed) > SHORT_WORD else 1) and _dropped_from(typed, word):
        return missing
    if len(typed) <= SHORT_WORD:
        return None  # 'pool' one letter from 'poll' and 'poor': only a dropped letter is clear ('donr')
    distance = damerau_osa.distance(typed, word, 2 if len(typed) >= LONG_WORD else 1)
    return distance if distance >= 0 else None


def _dropped_from(typed: str, word: str) -> bool:
    """Whether `typed` is `word` with letters left out, in order."""
    letters = iter(word)
    return all(letter in letters for letter in typed)


_TOKEN = re.compile(r"\w+")


def tokens(text: str) -> list[str]:
    """The words FTS5's unicode61 tokenizer makes of `text`, folded as it folds them."""
    return _TOKEN.findall(fold(text))


@dataclass(frozen=True)
class SynonymGroup:
    names: tuple[str, ...]  # as the pack wrote them
    keys: tuple[tuple[str, ...], ...]  # each name's words, stemmed in each pack language and as written


class Lexicon:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.languages = [language for (language,) in conn.execute("SELECT DISTINCT language FROM packs ORDER BY 1")]
        self.stemmed = [language for language in self.languages if has_stemmer(language)]
        groups: dict[int, list[str]] = {}
        for number, name in conn.execute("SELECT grp, name FROM synonyms ORDER BY rowid"):
            groups.setdefault(number, []).append(name)
        self.synonyms = [SynonymGroup(tuple(names), tuple(key for name in names for key in self.keys(tokens(name))))
                         for names in groups.values()]
        self.longest_name = max((len(key) for group in self.synonyms for key in group.keys), default=0)
        self._vocabulary: dict[bool, dict[str, list[str]]] = {}  # the index's words, loaded at the first typo

    def keys(self, words: list[str]) -> set[tuple[str, ...]]:
        """What words match by: themselves, and their stems in each pack language."""
        return {tuple(words), *(tuple(stem(language, words)) for language in self.stemmed)}

    def is_stop_word(self, word: str) -> bool:
        return is_stop_word(word, self.languages or ["en"])

    def known(self, word: str) -> bool:
        return self.conn.execute("SELECT 1 FROM terms WHERE term = ?", (fold(word),)).fetchone() is not None

    def forms(self, word: str) -> list[str]:
        """Words of the index that share `word`'s stem in a pack language, `word` itself first."""
        folded = fold(word)
        found = dict.fromkeys([folded])
        for language in self.stemmed:
            [stemmed] = stem(language, [folded])
            for (term,) in self.conn.execute("SELECT term FROM stems WHERE language = ? AND stem = ?", (language, stemmed)):
                found[term] = None
        return list(found)

    def synonym_group(self, words: list[str]) -> SynonymGroup | None:
        """The group one of whose names is `words` (folded), in any word form."""
        wanted = self.keys(words)
        return next((group for group in self.synonyms if wanted & set(group.keys)), None)

    def correction(self, word: str, *, own_language: bool = True) -> str | None:
        """The word of the index `word` is most likely a typo of, when one stands out; else None.

        Drawn from the packs' own words, or with `own_language` False (a window in another of
        their languages) from their translations' words: "tirés" is not turned into "times"."""
        folded = fold(word)
        if len(folded) < SHORT_WORD or not folded.isalpha() or len(self.forms(folded)) > 1:
            return None  # short, a number, or another form of words the index has ("tirés" of "tiré")
        # The words come commonest first: of two as close, the one more entries use is found first and wins.
        best = [(edits, candidate) for candidate in self._words(own_language).get(folded[0], ())
                if abs(len(candidate) - len(folded)) <= MAX_DROPPED and (edits := _edits(folded, candidate)) is not None]
        if not best:
            return None
        distance, top = min(best, key=lambda item: item[0])
        forms = set(self.forms(top))
        rivals = [w for d, w in best if d == distance and w != top and w not in forms]
        return None if rivals else top

    def _words(self, own: bool) -> dict[str, list[str]]:
        """The index's words by their first letter, commonest first: the packs' own words, or their
        translations' (a typo is corrected into a word of the language it was most likely typed in)."""
        if own not in self._vocabulary:
            found = self._vocabulary[own] = {}
            for (term,) in self.conn.execute("SELECT term FROM terms WHERE own = ? ORDER BY entries DESC", (int(own),)):
                if term.isalpha():
                    found.setdefault(term[0], []).append(term)
        return self._vocabulary[own]
