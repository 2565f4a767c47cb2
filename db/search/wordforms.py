"""A language's word forms for search: its Snowball stemmer (PyStemmer) and its stop words.

Used to compile the reference store (which words of the index share a stem) and to read a query
(which words it may drop, which forms it may also look for). Words are accent-folded before they
are stemmed, as the index folds them (unicode61 remove_diacritics 2).
"""
from __future__ import annotations

from functools import lru_cache

from db.search.textfold import fold

# Pack languages (BCP 47, primary subtag) with a Snowball stemmer.
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek", "en": "english", "es": "spanish",
    "eu": "basque", "fi": "finnish", "fr": "french", "hu": "hungarian", "hy": "armenian", "id": "indonesian", "it": "italian",
    "lt": "lithuanian", "ne": "nepali", "nl": "dutch", "no": "norwegian", "pl": "polish", "pt": "portuguese", "ro": "romanian",
    "ru": "russian", "sr": "serbian", "sv": "swedish", "ta": "tamil", "tr": "turkish",
}

# Function words a query may leave out. Not the long lists of general-purpose stop-word packages,
# which hold content words a delegate searches for ('work', 'show', 'information', 'act'): only
# articles, pronouns, prepositions, conjunctions and auxiliaries.
STOP_WORDS = {
    "en": frozenset("""a about above after again against all am an and any are as at be been before being below between both
        but by can could did do does doing down during each few for from further had has have having he her here hers how
        i if in into is it its itself just me more most my no nor not of off on once only or other our ours out over own
        same she should so some such than that the their theirs them then there these they this those through to too under
        until up very was we were what when where which while who whom why will with would you your yours""".split()),
    "fr": frozenset("""a au aux avec ce ces cet cette comme comment dans de des du elle elles en est et eux il ils je la le les
        leur leurs lui ma mais me meme mes moi mon ne nos notre nous on ou par pas pour qu que quel quelle quels qui sa sans
        se ses son sont sur ta te tes toi ton tu un une vos votre vous y ete etre avoir ont""".split()),
    "es": frozenset("""a al algo como con cual cuando de del desde donde el ella ellas ellos en entre era es esa ese eso esta
        este esto estos fue ha hay la las le les lo los mas me mi mis muy ni no nos o para pero por que quien se sea ser si
        sin sobre su sus tambien te tu un una uno unos y ya""".split()),
}


def primary(language: str) -> str:
    """'en' for en, en-GB or EN_us: the part a stemmer and a stop list go by."""
    return language.replace("_", "-").split("-")[0].lower()


@lru_cache(maxsize=None)
def _stemmer(algorithm: str):
    import Stemmer  # PyStemmer: loaded with the first word to stem, not with the window

    return Stemmer.Stemmer(algorithm)


def has_stemmer(language: str) -> bool:
    return primary(language) in SNOWBALL


def stem(language: str, words: list[str]) -> list[str]:
    """Each folded word's Snowball stem in `language` (the words themselves when it has no stemmer)."""
    algorithm = SNOWBALL.get(primary(language))
    if algorithm == "arabic":
        # Folding wrote taa marbuta as haa; the stemmer removes the ending only as taa marbuta. As a
        # pronoun ending, haa goes too: "شراكه" and "شراكة" stem alike, "كتابه" and "كتاب" too.
        words = [word[:-1] + "ة" if word.endswith("ه") else word for word in words]
    return _stemmer(algorithm).stemWords(words) if algorithm else list(words)


def is_stop_word(word: str, languages: list[str]) -> bool:
    folded = fold(word)
    return any(folded in STOP_WORDS.get(primary(language), ()) for language in languages)
