"""What each column of a table holds, judged from its cells: the evidence for choosing columns by content.

Real exports name their columns misleadingly (a column called 'Learning' holding two labels, the
text in 'Modified Excerpt', bit strings under 'Excerpt'), so the mapping is chosen from the
headers and these profiles together (db/spreadsheets/choosing.py).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

from db.search.textfold import fold
from db.spreadsheets.cleaning import cell_text, lesson_type, row_misfit
from db.spreadsheets.dates import looks_like_date
from db.spreadsheets.reading import Table

# Enough rows to tell prose from labels and codes, few enough to profile 100,000 rows at once.
SAMPLE_ROWS = 500
# At most this many distinct values, each on several rows: a label (type, status, region).
LABEL_VALUES = 12
_CODE = re.compile(r"^(?=[^\s]*\d)(?=[^\s]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_./-]{2,23}$")
_BITS = re.compile(r"^[01]{4,}$")
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:[ ,]\d{3})+|\d+)(?:[.,]\d+)?%?$")
_YEAR = re.compile(r"^(19|20)\d{2}$")
_SENTENCE_END = re.compile(r"[.!?;:]")
# The IFRC's regions and the usual ways exports write them.
REGIONS = frozenset(fold(name) for name in (
    "Africa", "Americas", "Asia Pacific", "Asia-Pacific", "Asia and Pacific", "Europe", "Europe and Central Asia",
    "Middle East and North Africa", "MENA", "Middle East", "North Africa", "Global", "Afrique", "Amériques",
    "Asie-Pacifique", "Moyen-Orient et Afrique du Nord", "África", "Américas", "Asia-Pacífico", "Oriente Medio y Norte de África"))


@dataclass(frozen=True)
class ColumnProfile:
    """The cells of one column in a sample of the rows; shares are of the filled cells."""

    index: int
    header: str
    looked_at: int  # rows in the sample
    filled: int
    distinct: int
    mean_words: float
    prose: float  # several words and a sentence mark, or many words: read as running text
    dates: float
    years: float
    numbers: float
    codes: float  # short letter-and-digit codes such as MDRFJ003
    bits: float  # strings of 0 and 1
    countries: float
    regions: float
    types: float  # labels naming a lesson or a challenge ('Lessons Learnt', 'Challenges')
    sequence: bool  # 0, 1, 2, ... or 1, 2, 3, ...: row numbers
    common: tuple[tuple[str, int], ...]  # the commonest values with their counts, at most three

    @property
    def fill_share(self) -> float:
        return self.filled / self.looked_at if self.looked_at else 0.0

    @property
    def distinct_share(self) -> float:
        return self.distinct / self.filled if self.filled else 0.0

    @property
    def is_labels(self) -> bool:
        """A handful of values, each repeated: a label or category, never the text."""
        return 0 < self.distinct <= LABEL_VALUES and self.filled >= 3 * self.distinct

    @property
    def repeats(self) -> bool:
        """The same values on many rows: not titles, not ids."""
        return self.filled >= 4 and self.distinct_share < 0.5

    def examples(self, count: int = 2) -> str:
        return ", ".join(_shorten(value) for value, _ in self.common[:count])


def profile_columns(table: Table) -> list[ColumnProfile]:
    """A profile of every column, from at most SAMPLE_ROWS rows spread evenly over the table."""
    rows = [row for row in table.rows if not row_misfit(row.cells, table)] if table.fixed_width else table.rows
    step = max(1, len(rows) // SAMPLE_ROWS)
    sample = rows[::step][:SAMPLE_ROWS]
    return [_profile(index, header, [row.cells[index] if index < len(row.cells) else None for row in sample])
            for index, header in enumerate(table.headers)]


def _profile(index: int, header: str, cells: list[Any]) -> ColumnProfile:
    texts = [(cell, text) for cell in cells if (text := cell_text(cell))]
    values = Counter(text for _, text in texts)
    found = Counter()
    known = country_names()
    # Each different value is judged once and counted as often as it occurs: labels and codes repeat.
    typed = Counter(type(cell) for cell, _ in texts if not isinstance(cell, str))
    written = Counter(text for cell, text in texts if isinstance(cell, str))
    for kind, n in typed.items():
        if kind is not bool and issubclass(kind, (int, float)):
            found["numbers"] += n
        elif issubclass(kind, date):  # datetime too
            found["dates"] += n
    found["years"] += sum(1 for cell, _ in texts if isinstance(cell, (int, float)) and not isinstance(cell, bool)
                          and float(cell).is_integer() and 1900 <= cell <= 2100)
    for text, n in written.items():
        count = len(text.split())
        found["words"] += count * n
        found["prose"] += n * (count >= 12 or (count >= 4 and bool(_SENTENCE_END.search(text))))
        if count > 6:
            continue
        folded = fold(text)
        is_year, is_number, is_date = bool(_YEAR.match(text)), bool(_NUMBER.match(text)), looks_like_date(text)
        found["years"] += n * is_year
        found["numbers"] += n * is_number
        found["dates"] += n * (is_date and not is_year)
        found["bits"] += n * bool(_BITS.match(text))
        found["codes"] += n * (bool(_CODE.match(text)) and not is_number and not is_date)
        found["countries"] += n * (folded in known)
        found["regions"] += n * (folded in REGIONS)
        found["types"] += n * (lesson_type(text) is not None)
    for cell, text in texts:
        if not isinstance(cell, str):
            found["words"] += len(text.split())
    filled = len(texts)

    def share(name: str) -> float:
        return found[name] / filled if filled else 0.0

    return ColumnProfile(
        index=index, header=header, looked_at=len(cells), filled=filled, distinct=len(values),
        mean_words=share("words"), prose=share("prose"), dates=share("dates"), years=share("years"), numbers=share("numbers"),
        codes=share("codes"), bits=share("bits"), countries=share("countries"), regions=share("regions"), types=share("types"),
        sequence=_is_sequence([cell for cell, _ in texts]), common=tuple(values.most_common(3)),
    )


def _is_sequence(cells: list[Any]) -> bool:
    """Whole numbers rising steadily from 0 or 1: the row numbers a program wrote, not ids of lessons."""
    if len(cells) < 3:
        return False
    try:
        numbers = [int(str(cell).strip()) if not isinstance(cell, (int, float)) else int(cell) for cell in cells]
    except ValueError:
        return False
    return numbers[0] in (0, 1) and all(b > a for a, b in zip(numbers, numbers[1:]))


@lru_cache(maxsize=1)
def country_names() -> frozenset[str]:
    """Country names (ISO 3166) folded, in English, French, Spanish and Arabic, with their common forms."""
    import gettext

    import pycountry  # only an import that profiles columns needs it

    names: set[str] = set()
    translations = [gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)
                    for language in ("fr", "es", "ar")]
    for country in pycountry.countries:
        english = [getattr(country, key, None) for key in ("name", "common_name", "official_name")]
        for name in filter(None, english):
            names.add(fold(name))
            names.update(fold(t.gettext(name)) for t in translations)
    # Exports often write a country the short way.
    names.update(fold(n) for n in ("Bolivia", "Iran", "Laos", "Russia", "Syria", "Tanzania", "Venezuela", "Vietnam",
                                   "DR Congo", "DRC", "Democratic Republic of the Congo", "Republic of Congo", "Ivory Coast",
                                   "Côte d'Ivoire", "South Korea", "North Korea", "Turkey", "Palestine", "Micronesia",
                                   "Moldova", "Kosovo", "Cape Verde", "Swaziland", "Burma", "East Timor", "Macedonia"))
    return frozenset(names)


def _shorten(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return f"'{value}'" if len(value) <= limit else f"'{value[:limit].rsplit(' ', 1)[0]}…'"
