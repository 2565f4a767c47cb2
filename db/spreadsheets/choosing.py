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

from db.phrases import Phrase, phrase
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
        notes = (*mapping.notes, phrase("'{second}' repeats the text of '{text}' on most rows: not used", second=second,
                                        text=mapping.columns["text"]))
        mapping = with_unused(replace(mapping, columns=columns, reasons=reasons, notes=notes), table.headers)
    return mapping


def choose(profiles: list[ColumnProfile], headers: list[str], *, not_text: Collection[str] = ()) -> Mapping:
    scores: list[tuple[float, str, int, Phrase]] = []  # (score, field, column, reason)
    named: dict[int, str] = {}  # column: the field its header names
    set_aside: dict[int, Phrase] = {}  # column: why it does not hold the field its header names
    for profile in profiles:
        unfit = _unfit(profile)
        best = max(FIELDS, key=lambda name: header_score(name, profile.header))
        if header_score(best, profile.header) >= 0.6:
            named[profile.index] = best
            if unfit:
                set_aside[profile.index] = phrase("{reason}: not used", reason=unfit)
        for name in FIELDS:
            if unfit or name == "second_text" or (name == "text" and profile.header in not_text):
                continue
            verdict = _JUDGES[name](profile, header_score(name, profile.header))
            if isinstance(verdict, tuple):
                scores.append((verdict[0], name, profile.index, verdict[1]))
            elif verdict and named.get(profile.index) == name:
                set_aside[profile.index] = verdict
    columns: dict[str, str] = {}
    reasons: dict[str, Phrase] = {}
    chosen: dict[int, str] = {}  # column: the field it serves
    # The surest pairing first, whatever the field: a header that fits two fields serves the one it fits best.
    for score, name, index, reason in sorted(scores, key=lambda item: (-item[0], FIELDS.index(item[1]), item[2])):
        if name not in columns and index not in chosen:
            columns[name], reasons[name], chosen[index] = headers[index], reason, name
    title, text = (next((p for p in profiles if p.header == columns.get(name)), None) for name in ("title", "text"))
    if title is not None and text is not None and title.filled >= FEW and title.distinct < 0.5 * text.distinct:
        # Fewer titles than texts by half: the name of the operation or report the lessons come from.
        set_aside[title.index] = phrase("repeats its values ({titles} different beside {texts} different texts; {examples}): "
                                        "not titles, so each title is made from the lesson's text", titles=f"{title.distinct:,}",
                                        texts=f"{text.distinct:,}", examples=title.examples())
        del columns["title"], reasons["title"], chosen[title.index]
    if "text" in columns:
        second = _second_text(profiles, set(chosen), next(p for p in profiles if p.header == columns["text"]))
        if second is not None:
            columns["second_text"], chosen[second.index] = headers[second.index], "second_text"
            reasons["second_text"] = phrase("prose too (%n word(s) a cell): '{text}' is taken as the text and this one kept "
                                            "beside it, shown and searched", None, round(second.mean_words), text=columns["text"])
    notes = tuple(_note(headers[index], named[index], chosen.get(index), why)
                  for index, why in sorted(set_aside.items()) if chosen.get(index) != named[index])
    return with_unused(Mapping(columns, origin=GUESSED, reasons=reasons, notes=notes), headers)


def _note(header: str, named: str, chosen: str | None, why: Phrase) -> Phrase:
    """Why a column named like one field is not taken as it, and what it is taken as instead, if anything."""
    if chosen is None:
        return phrase("'{header}' is named like {named} but {why}", header=header, named=_LABELS[named], why=why)
    return phrase("'{header}' is named like {named} but {why}; it is taken as {chosen}", header=header, named=_LABELS[named],
                  why=why, chosen=_LABELS[chosen])


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
        others = ", ".join(f"'{other.sheet}'" for other in tables if other is not table)
        table.description = phrase("{description} (the one with the lessons; the workbook's other sheets: {sheets})",
                                   description=table.description, sheets=others)
    return table, profiles


def nonsense(rows: int, kept: int, distinct_texts: int, text_header: str) -> Phrase | None:
    """Why a mapping cannot be what the user meant, or None: most rows skipped, or a text column of a few repeated values."""
    if rows >= 10 and distinct_texts < rows * FEWEST_TEXTS:
        return phrase("the text column '{header}' holds only %Ln different value(s) in {rows} rows: it looks like a label, "
                      "not the lessons' text", None, distinct_texts, header=text_header, rows=f"{rows:,}")
    if rows - kept > rows * MOST_SKIPPED:
        return phrase("this mapping would skip {skipped} of %Ln row(s) ({share})", None, rows, skipped=f"{rows - kept:,}",
                      share=f"{(rows - kept) / rows:.0%}")
    return None


def distinct_texts(table: Table, header: str) -> tuple[int, int]:
    """How many rows hold something in the column `header`, and how many different values, over every row."""
    index = table.headers.index(header)
    values = [" ".join(str(row.cells[index]).split()) for row in table.rows if index < len(row.cells) and row.cells[index] is not None]
    filled = [value for value in values if value]
    return len(filled), len(set(filled))


# -- what makes a column unfit for every field -----------------------------------------------------
def _unfit(profile: ColumnProfile) -> Phrase | None:
    if profile.filled == 0:
        return phrase("it is empty")
    if profile.bits >= 0.5:
        return phrase("it holds strings of 0 and 1 ({examples})", examples=profile.examples())
    if profile.sequence and _unnamed(profile.header):
        return phrase("it numbers the rows")
    return None


def _unnamed(header: str) -> bool:
    """A header the file left empty (named by its letter when read) or a spreadsheet program's placeholder."""
    normal = normalise(header)
    return normal.startswith(("column ", "unnamed", "field")) or normal in ("", "index", "no", "n", "row", "#")


# -- each field's judge: (score, reason) when the column fits it, else why not (or None) ------------
Verdict = tuple[float, Phrase] | Phrase | None


def _text(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    words = round(p.mean_words)
    if p.is_labels and not few:
        return phrase("holds only %Ln label(s) ({examples}): not the text", None, p.distinct, examples=p.examples(3))
    if not few and (p.codes >= 0.5 or p.numbers >= 0.5 or p.dates + p.years >= 0.5):
        return phrase("holds codes, numbers or dates: not the text")
    if not header and p.mean_words < 4:
        return None
    if not few and p.mean_words < 3:
        # Its name alone still makes it the text when no column of prose is found.
        if header >= 0.9:
            return header / 2, phrase("header only: %Ln word(s) a cell is short for a lesson", None, words)
        return phrase("holds %Ln word(s) a cell: too short for the text", None, words)
    prose = (min(p.mean_words, 30) / 30 * 0.6 + p.prose * 0.4) * (p.distinct_share if not few else 1.0)
    if not header and prose < 0.3:
        return None
    named = normalise(p.header).split()
    edited = 0.5 if any(word in named for word in EDITED) else 0.0
    # Prose that a name says is something else: the recommendation, a comment, the situation.
    other = 1.0 if any(word in named for word in OTHER_PROSE) else 0.0
    # A name that says 'lesson' weighs as much as the contents: a short lesson beside a long
    # recommendation is still the lesson.
    score = 2 * header + 2 * prose + edited - other
    texts, rows = f"{p.distinct:,}", f"{p.filled:,}"
    if few:
        what = phrase("text of %Ln word(s) a cell", None, words)
    elif p.mean_words >= 20:
        what = phrase("long, varied prose: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at", None, words,
                      texts=texts, rows=rows)
    else:
        what = phrase("varied sentences: %Ln word(s) a cell, {texts} different texts in {rows} rows looked at", None, words,
                      texts=texts, rows=rows)
    reason = phrase("header and contents: {what}", what=what) if header else phrase("contents: {what}", what=what)
    return score, phrase("{reason}; named as the edited text", reason=reason) if edited else reason


def _type(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    if p.types >= 0.6 and (p.distinct <= 20 or few):
        return 1.5 + header, phrase("%Ln label(s) naming lessons or challenges ({examples})", None, p.distinct,
                                    examples=p.examples(3))
    # By its name alone, only a few labels of which more than one ('Content type: Item' is no type).
    if header >= 0.9 and (few or p.is_labels and p.distinct > 1) and p.mean_words <= 4:
        return header, phrase("header; %Ln label(s) ({examples})", None, p.distinct, examples=p.examples(3))
    return phrase("does not hold a few labels such as 'Lesson' or 'Challenge'") if header else None


def _title(p: ColumnProfile, header: float) -> Verdict:
    if not header:
        return None
    few = p.filled < FEW
    if not few and p.codes >= 0.6:
        return phrase("holds codes ({examples}), not titles: each lesson's title is made from its text (first sentence, near 80 "
                      "characters)", examples=p.examples())
    if not few and p.repeats:
        return phrase("repeats the same values on many rows ({distinct} different in {filled}; {examples}): not titles, so each "
                      "title is made from the lesson's text", distinct=f"{p.distinct:,}", filled=f"{p.filled:,}",
                      examples=p.examples())
    if p.mean_words > 30:
        return phrase("holds long prose, not titles")
    if few:
        return header, phrase("header; short text (%n word(s) a cell)", None, round(p.mean_words))
    return header, phrase("header; short, varied text (%n word(s) a cell)", None, round(p.mean_words))


def _code(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    if header and (few or p.codes >= 0.5):
        return header + 1, phrase("header; short codes such as {examples}", examples=p.examples())
    if not few and p.codes >= 0.8 and p.distinct_share < 0.9:
        return 0.8, phrase("contents: short codes repeated on many rows ({examples}); kept on each lesson as its code",
                           examples=p.examples())
    if not few and p.codes >= 0.8 and header_score("title", p.header) >= 0.6:
        return 0.8, phrase("contents: short codes ({examples}) where titles were expected; kept on each lesson as its code",
                           examples=p.examples())
    return None


def _id(p: ColumnProfile, header: float) -> Verdict:
    if not header:
        return None
    if p.mean_words > 4:
        return phrase("holds sentences, not ids")
    if p.filled >= FEW and p.distinct_share < 0.8:
        return phrase("repeats values ({distinct} different in {filled} rows): not an id, ids come from the text",
                      distinct=f"{p.distinct:,}", filled=f"{p.filled:,}")
    return header, phrase("header; a different value on every row")


def _date(p: ColumnProfile, header: float) -> Verdict:
    few = p.filled < FEW
    dated = p.dates + p.years
    # Named as the date, a column keeps its dates even where some cells cannot be read (those are listed).
    if header and (few or dated >= 0.2 or p.numbers >= 0.5):
        if few:
            return header + p.dates, phrase("header", "a column chosen by its header alone")
        if p.dates >= p.years:
            return header + p.dates, phrase("header; {share} dates", share=_share(p.dates))
        return header + p.dates, phrase("header; {share} years", share=_share(p.years))
    if not few and p.dates >= 0.8:
        return 0.9, phrase("contents: {share} dates", share=_share(p.dates))
    return phrase("does not hold dates") if header else None


def _facet(share_of: Callable[[ColumnProfile], float],
           found: Callable[[str, str], Phrase]) -> Callable[[ColumnProfile, float], Verdict]:
    """A judge of a column of names; `found(share, examples)` says that its contents are such names."""
    def judge(p: ColumnProfile, header: float) -> Verdict:
        if p.mean_words > FACET_WORDS:
            return phrase("holds prose, not short values") if header else None
        share = share_of(p)
        if header:
            return header + share, _values(p)
        if p.filled >= FEW and share >= 0.7:
            return 0.8, found(_share(share), p.examples())
        return None
    return judge


def _plain(name: str) -> Callable[[ColumnProfile, float], Verdict]:
    def judge(p: ColumnProfile, header: float) -> Verdict:
        if not header:
            return None
        if p.mean_words > FACET_WORDS and name != "source":
            return phrase("holds prose, not short values")
        return header, _values(p)
    return judge


_JUDGES: dict[str, Callable[[ColumnProfile, float], Verdict]] = {
    "text": _text, "type": _type, "title": _title, "code": _code, "id": _id, "date": _date,
    "country": _facet(lambda p: p.countries, lambda share, examples: phrase("contents: {share} country names ({examples})",
                                                                         share=share, examples=examples)),
    "region": _facet(lambda p: p.regions, lambda share, examples: phrase("contents: {share} region names ({examples})",
                                                                       share=share, examples=examples)),
    "sector": _plain("sector"), "hazard": _plain("hazard"), "source": _plain("source"),
}
# Each field as a note on a column names it: "'Learning' is named like the lesson text but ...".
_LABELS = {
    "text": phrase("the lesson text", "a lesson's field"), "second_text": phrase("the second text", "a lesson's field"),
    "title": phrase("the title", "a lesson's field"), "type": phrase("the type", "a lesson's field"),
    "code": phrase("the code", "a lesson's field"), "country": phrase("the country", "a lesson's field"),
    "region": phrase("the region", "a lesson's field"), "sector": phrase("the sector", "a lesson's field"),
    "hazard": phrase("the hazard", "a lesson's field"), "date": phrase("the date", "a lesson's field"),
    "id": phrase("the id", "a lesson's field"), "source": phrase("the source", "a lesson's field"),
}


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


def _values(p: ColumnProfile) -> Phrase:
    return phrase("header; %Ln value(s) ({examples})", None, p.distinct, examples=p.examples())


def _same_text(table: Table, text: str, other: str) -> bool:
    """Whether two columns hold the same text on most rows (one column exported twice)."""
    a, b = table.headers.index(text), table.headers.index(other)
    pairs = [(row.cells[a], row.cells[b]) for row in table.rows[:500] if max(a, b) < len(row.cells)]
    same = sum(" ".join(str(x).split()) == " ".join(str(y).split()) for x, y in pairs)
    return bool(pairs) and same >= 0.9 * len(pairs)
