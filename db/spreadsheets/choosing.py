"""Which column holds what, chosen from the headers and the columns' contents together, each choice with its reason.

The headers of real exports mislead: a column called 'Learning' that holds two labels, the text
in 'Modified Excerpt' beside an 'Original Excerpt', bit strings under 'Excerpt', appeal codes
under 'Title'. A header proposes a field; the column's profile (profiling.py) confirms it,
overrules it or, where no header fits, finds the column by its contents alone. The free text
is the column of long, varied prose; a handful of labels is never the text.
"""
from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import replace

from db.spreadsheets.mapping import EDITED, FIELDS, GUESSED, OTHER_PROSE, Mapping, header_score, normalise, with_unused
from db.spreadsheets.profiling import ColumnProfile, profile_columns
from db.spreadsheets.reading import Table

# Below this many filled cells a column's contents prove little: its header decides.
FEW = 5
# A mapping is refused (unless forced) when it would skip more than this share of the rows, or
# when its text column has fewer different values than this share of the rows.
MOST_SKIPPED = 0.5
FEWEST_TEXTS = 0.1
FACET_WORDS = 8  # a facet value (country, sector...) longer than this is prose in the wrong column


def choose_mapping(table: Table, profiles: list[ColumnProfile] | None = None, *, not_text: Collection[str] = ()) -> Mapping:
    """The likeliest mapping of `table`, with a reason for each column chosen and a note for each
    column whose name was set aside; `not_text` are headers never to take as the text."""
    profiles = profiles if profiles is not None else profile_columns(table)
    mapping = choose(profiles, table.headers, not_text=not_text)
    second = mapping.columns.get("second_text")
    if second is not None and _same_text(table, mapping.columns["text"], second):
        columns = {name: header for name, header in mapping.columns.items() if name != "second_text"}
        reasons = {name: reason for name, reason in mapping.reasons.items() if name != "second_text"}
        notes = (*mapping.notes, f"'{second}' repeats the text of '{mapping.columns['text']}' on most rows: not used")
        mapping = with_unused(replace(mapping, columns=columns, reasons=reasons, notes=notes), table.headers)
    return mapping


def choose(profiles: list[ColumnProfile], headers: list[str], *, not_text: Collection[str] = ()) -> Mapping:
    scores: list[tuple[float, str, int, str]] = []  # (score, field, column, reason)
    named: dict[int, str] = {}  # column: the field its header names
    set_aside: dict[int, str] = {}  # column: why it does not hold the field its header names
    for profile in profiles:
        unfit = _unfit(profile)
        best = max(FIELDS, key=lambda name: header_score(name, profile.header))
        if header_score(best, profile.header) >= 0.6:
            named[profile.index] = best
            if unfit:
                set_aside[profile.index] = f"{unfit}: not used"
        for name in FIELDS:
            if unfit or name == "second_text" or (name == "text" and profile.header in not_text):
                continue
            verdict = _JUDGES[name](profile, header_score(name, profile.header))
            if isinstance(verdict, tuple):
                scores.append((verdict[0], name, profile.index, verdict[1]))
            elif verdict and named.get(profile.index) == name:
                set_aside[profile.index] = verdict
    columns: dict[str, str] = {}
    reasons: dict[str, str] = {}
    chosen: dict[int, str] = {}  # column: the field it serves
    # The surest pairing first, whatever the field: a header that fits two fields serves the one it fits best.
    for score, name, index, reason in sorted(scores, key=lambda item: (-item[0], FIELDS.index(item[1]), item[2])):
        if name not in columns and index not in chosen:
            columns[name], reasons[name], chosen[index] = headers[index], reason, name
    title, text = (next((p for p in profiles if p.header == columns.get(name)), None) for name in ("title", "text"))
    if title is not None and text is not None and title.filled >= FEW and title.distinct < 0.5 * text.distinct:
        # Fewer titles than texts by half: the name of the operation or report the lessons come from.
        set_aside[title.index] = (f"repeats its values ({title.distinct:,} different beside {text.distinct:,} different texts; "
                                  f"{title.examples()}): not titles, so each title is made from the lesson's text")
        del columns["title"], reasons["title"], chosen[title.index]
    if "text" in columns:
        second = _second_text(profiles, set(chosen), next(p for p in profiles if p.header == columns["text"]))
        if second is not None:
            columns["second_text"], chosen[second.index] = headers[second.index], "second_text"
            reasons["second_text"] = (f"prose too ({second.mean_words:.0f} words a cell): '{columns['text']}' is taken as "
                                      "the text and this one kept beside it, shown and searched")
    notes = tuple(f"'{headers[index]}' is named like the {_LABELS[named[index]]} but {why}"
                  + (f"; it is taken as the {_LABELS[chosen[index]]}" if index in chosen else "")
                  for index, why in sorted(set_aside.items()) if chosen.get(index) != named[index])
    return with_unused(Mapping(columns, origin=GUESSED, reasons=reasons, notes=notes), headers)


def alternative(table: Table, mapping: Mapping, profiles: list[ColumnProfile] | None = None) -> Mapping | None:
    """The best mapping that takes another column as the text, or None when no other column can be."""
    rejected = {mapping.columns["text"]} if "text" in mapping.columns else set()
    other = choose_mapping(table, profiles, not_text=rejected)
    if "text" not in other.columns:
        return None
    return replace(other, sheet=mapping.sheet, language=mapping.language, pack_title=mapping.pack_title, dates=mapping.dates)


def pick_sheet(tables: list[Table]) -> tuple[Table, list[ColumnProfile]]:
    """The sheet of a workbook that holds the lessons: the one with the most rows among those with a
    column of prose (the others hold instructions, lists of values, pivots), with its profiles."""
    scored = []
    for table in tables:
        profiles = profile_columns(table)
        has_text = "text" in choose(profiles, table.headers).columns
        scored.append(((has_text, len(table.rows)), table, profiles))
    _, table, profiles = max(scored, key=lambda item: item[0])
    if len(tables) > 1:
        others = ", ".join(f"'{other.description.split(chr(39))[1]}'" for other in tables if other is not table)
        table.description += f" (the one with the lessons; the workbook's other sheets: {others})"
    return table, profiles


def nonsense(rows: int, kept: int, distinct_texts: int, text_header: str) -> str | None:
    """Why a mapping cannot be what the user meant, or None: most rows skipped, or a text column of a few repeated values."""
    if rows >= 10 and distinct_texts < rows * FEWEST_TEXTS:
        return (f"the text column '{text_header}' holds only {distinct_texts:,} different values in {rows:,} rows: "
                "it looks like a label, not the lessons' text")
    if rows - kept > rows * MOST_SKIPPED:
        return f"this mapping would skip {rows - kept:,} of {rows:,} rows ({(rows - kept) / rows:.0%})"
    return None


def distinct_texts(table: Table, header: str) -> tuple[int, int]:
    """How many rows hold something in the column `header`, and how many different values, over every row."""
    index = table.headers.index(header)
    values = [" ".join(str(row.cells[index]).split()) for row in table.rows if index < len(row.cells) and row.cells[index] is not None]
    filled = [value for value in values if value]
    return len(filled), len(set(filled))


# -- what makes a column unfit for every field -----------------------------------------------------
def _unfit(profile: ColumnProfile) -> str | None:
    if profile.filled == 0:
        return "it is empty"
    if profile.bits >= 0.5:
        return f"it holds strings of 0 and 1 ({profile.examples()})"
    if profile.sequence and _unnamed(profile.header):
        return "it numbers the rows"
    return None


def _unnamed(header: str) -> bool:
    """A header the file left empty (named by its letter when read) or a spreadsheet program's placeholder."""
    normal = normalise(header)
    return normal.startswith(("column ", "unnamed", "field")) or normal in ("", "index", "no", "n", "row", "#")


# -- each field's judge: (score, reason) when the column fits it, else why not (or None) ------------
Verdict = tuple[float, str] | str | None


def _text(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    if p.is_labels and not few:
        return f"holds only {_count(p.distinct, 'label')} ({p.examples(3)}): not the text"
    if not few and (p.codes >= 0.5 or p.numbers >= 0.5 or p.dates + p.years >= 0.5):
        return "holds codes, numbers or dates: not the text"
    if not header and p.mean_words < 4:
        return None
    if not few and p.mean_words < 3:
        # Its name alone still makes it the text when no column of prose is found.
        return (header / 2, f"header only: {_count(round(p.mean_words), 'word')} a cell is short for a lesson") \
            if header >= 0.9 else f"holds {_count(round(p.mean_words), 'word')} a cell: too short for the text"
    prose = (min(p.mean_words, 30) / 30 * 0.6 + p.prose * 0.4) * (p.distinct_share if not few else 1.0)
    if not header and prose < 0.3:
        return None
    words = normalise(p.header).split()
    edited = 0.5 if any(word in words for word in EDITED) else 0.0
    # Prose that a name says is something else: the recommendation, a comment, the situation.
    other = 1.0 if any(word in words for word in OTHER_PROSE) else 0.0
    # A name that says 'lesson' weighs as much as the contents: a short lesson beside a long
    # recommendation is still the lesson.
    score = 2 * header + 2 * prose + edited - other
    kind = "long, varied prose" if p.mean_words >= 20 else "varied sentences"
    what = (f"{kind}: {_count(round(p.mean_words), 'word')} a cell, {p.distinct:,} different texts in {p.filled:,} rows looked at"
            if not few else f"text of {_count(round(p.mean_words), 'word')} a cell")
    return score, (f"header and contents: {what}" if header else f"contents: {what}") + ("; named as the edited text" if edited else "")


def _type(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    if p.types >= 0.6 and (p.distinct <= 20 or few):
        return 1.5 + header, f"{_count(p.distinct, 'label')} naming lessons or challenges ({p.examples(3)})"
    # By its name alone, only a few labels of which more than one ('Content type: Item' is no type).
    if header >= 0.9 and (few or p.is_labels and p.distinct > 1) and p.mean_words <= 4:
        return header, f"header; {_count(p.distinct, 'label')} ({p.examples(3)})"
    return "does not hold a few labels such as 'Lesson' or 'Challenge'" if header else None


def _title(p: ColumnProfile, header: float) -> Verdict:
    if not header:
        return None
    few = p.filled < FEW
    if not few and p.codes >= 0.6:
        return (f"holds codes ({p.examples()}), not titles: each lesson's title is made from its text "
                "(first sentence, near 80 characters)")
    if not few and p.repeats:
        return (f"repeats the same values on many rows ({p.distinct:,} different in {p.filled:,}; {p.examples()}): "
                "not titles, so each title is made from the lesson's text")
    if p.mean_words > 30:
        return "holds long prose, not titles"
    return header, f"header; {'short, varied text' if not few else 'short text'} ({p.mean_words:.0f} words a cell)"


def _code(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    if header and (few or p.codes >= 0.5):
        return header + 1, f"header; short codes such as {p.examples()}"
    if not few and p.codes >= 0.8 and p.distinct_share < 0.9:
        return 0.8, f"contents: short codes repeated on many rows ({p.examples()}); kept on each lesson as its code"
    if not few and p.codes >= 0.8 and header_score("title", p.header) >= 0.6:
        return 0.8, f"contents: short codes ({p.examples()}) where titles were expected; kept on each lesson as its code"
    return None


def _id(p: ColumnProfile, header: float) -> Verdict:
    if not header:
        return None
    if p.mean_words > 4:
        return "holds sentences, not ids"
    if p.filled >= FEW and p.distinct_share < 0.8:
        return f"repeats values ({p.distinct:,} different in {p.filled:,} rows): not an id, ids come from the text"
    return header, "header; a different value on every row"


def _date(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    dated = p.dates + p.years
    # Named as the date, a column keeps its dates even where some cells cannot be read (those are listed).
    if header and (few or dated >= 0.2 or p.numbers >= 0.5):
        what = f"{_share(p.dates)} dates" if p.dates >= p.years else f"{_share(p.years)} years"
        return header + p.dates, f"header; {what}" if not few else "header"
    if not few and p.dates >= 0.8:
        return 0.9, f"contents: {_share(p.dates)} dates"
    return "does not hold dates" if header else None


def _facet(share_of: Callable[[ColumnProfile], float], what: str) -> Callable[[ColumnProfile, float], Verdict]:
    def judge(p: ColumnProfile, header: float) -> Verdict:
        if p.mean_words > FACET_WORDS:
            return "holds prose, not short values" if header else None
        share = share_of(p)
        if header:
            return header + share, f"header; {_values(p)}"
        if p.filled >= FEW and share >= 0.7:
            return 0.8, f"contents: {_share(share)} {what} ({p.examples()})"
        return None
    return judge


def _plain(name: str) -> Callable[[ColumnProfile, float], Verdict]:
    def judge(p: ColumnProfile, header: float) -> Verdict:
        if not header:
            return None
        if p.mean_words > FACET_WORDS and name != "source":
            return "holds prose, not short values"
        return header, f"header; {_values(p)}"
    return judge


_JUDGES: dict[str, Callable[[ColumnProfile, float], Verdict]] = {
    "text": _text, "type": _type, "title": _title, "code": _code, "id": _id, "date": _date,
    "country": _facet(lambda p: p.countries, "country names"), "region": _facet(lambda p: p.regions, "region names"),
    "sector": _plain("sector"), "hazard": _plain("hazard"), "source": _plain("source"),
}
_LABELS = {"text": "lesson text", "second_text": "second text", "title": "title", "type": "type", "code": "code",
           "country": "country", "region": "region", "sector": "sector", "hazard": "hazard", "date": "date", "id": "id",
           "source": "source"}


def _second_text(profiles: list[ColumnProfile], taken: set[int], text: ColumnProfile) -> ColumnProfile | None:
    """Another column of prose left over (an original beside an edited excerpt, the challenges beside
    the lessons): kept as the lesson's second text. As varied as the text, or nearly: an excerpt
    repeated once per sector it was tagged with repeats in both."""
    candidates = [p for p in profiles if p.index not in taken and not _unfit(p) and p.filled >= FEW and not p.is_labels
                  and p.mean_words >= 6 and p.prose >= 0.5 and p.distinct_share >= 0.6 * text.distinct_share
                  and not any(word in normalise(p.header).split() for word in OTHER_PROSE)]
    if not candidates:
        return None
    return max(candidates, key=lambda p: (header_score("second_text", p.header), p.mean_words * p.distinct_share))


def _share(value: float) -> str:
    return f"{value:.0%}"


def _values(p: ColumnProfile) -> str:
    return f"{_count(p.distinct, 'value')} ({p.examples()})"


def _count(number: int, word: str) -> str:
    return f"{number:,} {word}{'s' if number != 1 else ''}"


def _same_text(table: Table, text: str, other: str) -> bool:
    """Whether two columns hold the same text on most rows (one column exported twice)."""
    a, b = table.headers.index(text), table.headers.index(other)
    pairs = [(row.cells[a], row.cells[b]) for row in table.rows[:500] if max(a, b) < len(row.cells)]
    same = sum(" ".join(str(x).split()) == " ".join(str(y).split()) for x, y in pairs)
    return bool(pairs) and same >= 0.9 * len(pairs)
