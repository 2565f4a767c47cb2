"""Dates as exports write them, read only when they can be read without guessing.

Accepted: yyyy-mm-dd, dd-mm-yyyy, dd/mm/yyyy, dd.mm.yyyy (with or without a time), a year,
"4 March 2019", "March 2019", Excel serial numbers and the dates of XLSX cells. Whether 03/04/2019
is day-first is decided by the column itself (a 25/12/2019 elsewhere settles it) or by the
mapping; otherwise it is ambiguous. Ambiguous, implausible and unreadable dates are kept as
written, with a problem for the report, and no year is made up for them.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from db.phrases import Phrase, phrase
from db.search.textfold import fold

EARLIEST_YEAR = 1900
# Excel counts days from 30 December 1899 (its serial 60 is a 29 February 1900 that never was).
EXCEL_EPOCH = date(1899, 12, 30)
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[AaPp]\.?[Mm]\.?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
_ISO = re.compile(rf"^(\d{{4}})[-/.](\d{{1,2}})[-/.](\d{{1,2}}){_TIME}$")
_DMY = re.compile(rf"^(\d{{1,2}})([-/.])(\d{{1,2}})\2(\d{{4}}|\d{{2}}){_TIME}$")
_YEAR = re.compile(r"^\d{4}$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
_QUARTER = re.compile(r"^(?:Q([1-4])[ -]?(\d{4})|(\d{4})[ -]?Q([1-4]))$", re.IGNORECASE)
# Month names as exports write them, in English, French and Spanish, folded: read without the
# C library's locale (which the window sets to the user's, so strptime would read only theirs).
_MONTH_NUMBERS = {name: number for number, names in enumerate((
    "january jan enero ene janvier janv", "february feb febrero fevrier fevr fev", "march mar marzo mars",
    "april apr abril abr avril avr", "may mayo mai", "june jun junio juin", "july jul julio juillet juil",
    "august aug agosto ago aout", "september sep sept septiembre setiembre set septembre",
    "october oct octubre octobre", "november nov noviembre novembre", "december dec diciembre dic decembre"), start=1)
    for name in names.split()}
# Words that may stand between a day, a month and a year: '12 de marzo de 2018', '1er mars', 'March 1st'.
_FILLERS = {"de", "del", "le", "er", "st", "nd", "rd", "th", "the", "of"}
MONTHS = (phrase("January", "month"), phrase("February", "month"), phrase("March", "month"), phrase("April", "month"),
          phrase("May", "month"), phrase("June", "month"), phrase("July", "month"), phrase("August", "month"),
          phrase("September", "month"), phrase("October", "month"), phrase("November", "month"), phrase("December", "month"))


@dataclass(frozen=True)
class DateValue:
    text: str  # ISO (2019-03-04, 2019-03 or 2019) when read, else the cell as written
    year: int | None
    problem: str | None = None
    # What kind of problem, the same for every cell that has it: how a report groups them.
    kind: str | None = None


# A problem of each kind, said once for all the cells that have it.
PROBLEM_KINDS = {
    "time": phrase("times of day, not dates; kept as written"),
    "two-digit": phrase("dates with a two-digit year; kept as written"),
    "ambiguous": phrase("dates that could be day-first or month-first; kept as written with their year "
                        "(choose the date order to read them)"),
    "calendar": phrase("dates that are not on the calendar; kept as written"),
    "implausible": phrase("dates in an implausible year for a lesson; kept as written"),
    "unreadable": phrase("dates this import cannot read; kept as written"),
}


def date_order(cells: Iterable[Any]) -> str | None:
    """day-first or month-first when the column's own dates say so, None when they do not (or disagree)."""
    day_first = month_first = False
    for cell in cells:
        match = _DMY.match(cell.strip()) if isinstance(cell, str) else None
        if match:
            first, second = int(match[1]), int(match[3])
            day_first |= first > 12 >= second
            month_first |= second > 12 >= first
    if day_first == month_first:
        return None
    return "day-first" if day_first else "month-first"


def looks_like_date(text: str) -> bool:
    """Whether a cell's text is written as a date (a year alone or a bare number is not)."""
    text = " ".join(text.split())
    if _ISO.match(text) or _DMY.match(text):
        return True
    return len(text) <= 30 and _named(text, latest_year=9999).year is not None


def read_date(cell: Any, order: str | None, *, latest_year: int) -> DateValue | None:
    """The date in one cell, None for an empty cell; `order` settles 03/04/2019 (see `date_order`)."""
    if cell is None or isinstance(cell, bool):
        return None
    if isinstance(cell, datetime):
        cell = cell.date()
    if isinstance(cell, date):
        return _plausible(cell.year, cell.isoformat(), str(cell), latest_year)
    if isinstance(cell, (int, float)):
        return _serial(float(cell), str(cell), latest_year)
    if isinstance(cell, time):
        return DateValue(str(cell), None, phrase("date '{date}' is a time of day, not a date; kept as written", date=str(cell)),
                         "time")
    text = " ".join(str(cell).split())
    if not text:
        return None
    if match := _ISO.match(text):
        return _calendar(int(match[1]), int(match[2]), int(match[3]), text, latest_year)
    if match := _DMY.match(text):
        return _day_month(match, text, order, latest_year)
    if _YEAR.match(text):
        return _plausible(int(text), text, text, latest_year)
    if _SERIAL.match(text):
        return _serial(float(text), text, latest_year)
    if match := _QUARTER.match(text):
        return _plausible(int(match[2] or match[3]), text, text, latest_year)
    return _named(text, latest_year)


def _day_month(match: re.Match, text: str, order: str | None, latest_year: int) -> DateValue:
    first, second, year_text = int(match[1]), int(match[3]), match[4]
    if len(year_text) == 2:
        return DateValue(text, None, _two_digit(text, year_text), "two-digit")
    year = int(year_text)
    if first > 12 or second > 12 or first == second:
        day, month = (first, second) if first > 12 or first == second else (second, first)
        return _calendar(year, month, day, text, latest_year)
    if order is None:
        checked = _plausible(year, text, text, latest_year)
        if checked.problem:
            return checked
        return DateValue(text, year, phrase("date '{date}' could be {day} {month} or {other_day} {other_month} {year}; kept as "
                                            "written (year {year} kept). Choose the date order to read such dates (the import "
                                            "dialog's Date order, or dates: in a mapping file)", date=text, day=first,
                                            month=MONTHS[second - 1], other_day=second, other_month=MONTHS[first - 1], year=year),
                         "ambiguous")
    day, month = (first, second) if order == "day-first" else (second, first)
    return _calendar(year, month, day, text, latest_year)


def _calendar(year: int, month: int, day: int, text: str, latest_year: int) -> DateValue:
    try:
        found = date(year, month, day)
    except ValueError:
        return DateValue(text, None, phrase("date '{date}' is not a date of the calendar; kept as written", date=text),
                         "calendar")
    return _plausible(found.year, found.isoformat(), text, latest_year)


def _serial(number: float, text: str, latest_year: int) -> DateValue:
    try:
        found = EXCEL_EPOCH + timedelta(days=int(number))
    except (OverflowError, ValueError):
        found = None
    if found is None or number < 1:
        return _unreadable(text)
    return _plausible(found.year, found.isoformat(), text, latest_year)


def _named(text: str, latest_year: int) -> DateValue:
    """'4 March 2019', 'March 4, 2019', '12 de marzo de 2018', '1er mars 2019', 'March 2019'."""
    words = [word for word in re.findall(r"[^\W\d_]+|\d+", fold(text)) if word not in _FILLERS]
    months = [word for word in words if not word.isdigit()]
    numbers = [word for word in words if word.isdigit()]
    if len(months) != 1 or months[0] not in _MONTH_NUMBERS or not 1 <= len(numbers) <= 2:
        return _unreadable(text)
    month = _MONTH_NUMBERS[months[0]]
    years = [n for n in numbers if len(n) == 4]
    if len(years) != 1:
        two_digits = [n for n in numbers if len(n) == 2]
        if two_digits and len(numbers) == 1:
            return DateValue(text, None, _two_digit(text, two_digits[0]), "two-digit")
        return _unreadable(text)
    year = int(years[0])
    days = [int(n) for n in numbers if len(n) != 4]
    if not days:
        return _plausible(year, f"{year:04d}-{month:02d}", text, latest_year)
    return _calendar(year, month, days[0], text, latest_year)


def _two_digit(text: str, year: str) -> Phrase:
    return phrase("date '{date}' has a two-digit year, which could be 19{year} or 20{year}; kept as written", date=text,
                  year=year)


def _unreadable(text: str) -> DateValue:
    return DateValue(text, None, phrase("date '{date}' is not a date this import can read; kept as written", date=text),
                     "unreadable")


def _plausible(year: int, iso: str, text: str, latest_year: int) -> DateValue:
    if EARLIEST_YEAR <= year <= latest_year:
        return DateValue(iso, year)
    return DateValue(text, None, phrase("date '{date}' falls in {year}, which is implausible for a lesson (before {earliest} "
                                        "or after {latest}); kept as written", date=text, year=year, earliest=EARLIEST_YEAR,
                                        latest=latest_year), "implausible")
