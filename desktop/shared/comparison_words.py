"""A comparison's words in the window's language: what the comparison view, its exports and briefs write
around and inside a comparison table (db.compare.render.Words, English by default)."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from db.compare.render import Words
from db.compare.table import Cell
from db.phrases import Phrase
from desktop.shared.translate import said, tr


def export_words() -> Words:
    """The exports' words in the window's language, its date, and its spreadsheets' separator."""
    locale = QLocale()
    return Words(
        attribute=tr("Attribute"), comparison=tr("Comparison: %1"), prepared=tr("Prepared on %1 with Partnership Atlas: %2."),
        sources=tr("Sources"), no_differences=tr("No differences: no attribute has different values for these models."),
        folded=lambda count, labels: tr("%n attribute(s) not documented for any of these models: %1.", "", count).replace("%1", labels),
        for_all=tr("For all models:"), as_of=tr("as of %1"),
        legend_values=tr("≠ marks rows whose values differ (years, amounts, categories)."),
        legend_wording=tr("~ marks rows described in different words, with no value to compare."),
        not_documented=tr("not documented in this pack's sources"), not_applicable=tr("not applicable"),
        headline=headline, date=locale.toString(QDate.currentDate(), QLocale.FormatType.LongFormat),
        csv_separator=";" if locale.decimalPoint() == "," else ",")


def headline(cell: Cell) -> str:
    """A cell's short value in the window's language: as the data layer worded it ("at least GBP 28 million"),
    or with the qualifier a pack wrote before a year ("about 1999") translated."""
    if isinstance(cell.headline, Phrase):
        shown = said(cell.headline)
    else:
        qualifiers = {"about": tr("about %1"), "by": tr("by %1"), "before": tr("before %1"), "after": tr("after %1"),
                      "at least": tr("at least %1")}
        shown = next((worded.replace("%1", cell.headline[len(word) + 1:]) for word, worded in qualifiers.items()
                      if cell.headline.startswith(word + " ")), cell.headline)
    # As db's Cell.headline does in English: nothing above a text that already begins with it.
    return "" if cell.text.casefold().startswith(shown.casefold()) else shown
