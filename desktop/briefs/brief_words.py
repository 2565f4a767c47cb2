"""db.briefs.words.BriefWords in the window's language, with dates as the window's locale writes them."""
from __future__ import annotations

from PySide6.QtCore import QDate, QLocale

from db.briefs.words import BriefWords
from desktop.shared.comparison_words import export_words
from desktop.shared.translate import tr


def long_date(day: str) -> str:
    """A YYYY-MM-DD date in the window's locale, e.g. "10 December 2026"; as given if it is not one."""
    date = QDate.fromString(day, "yyyy-MM-dd")
    return QLocale().toString(date, QLocale.FormatType.LongFormat) if date.isValid() else day


def brief_words() -> BriefWords:
    return BriefWords(
        contents=tr("Contents"), introduction=tr("Introduction"), sources=tr("Sources"), meeting=tr("Meeting: %1"),
        prepared=tr("Prepared on %1 with Partnership Atlas."), comment=tr("Comment:"),
        entry_kinds={"lesson": tr("Lesson"), "model": tr("Partnership model"), "question": tr("Guiding question"),
                     "theme": tr("Theme"), "actor": tr("Actor"), "source": tr("Source")},
        comparison=tr("Saved comparison"), note=tr("Note"), passage=tr("Highlighted passage"), from_pack=tr("%1 · from %2"),
        on=tr("On: %1"),
        detached=tr("No longer in the installed packs or your notes: shown as it was when it was added."),
        advice=tr("Practical advice"), cited_for=tr("cited for:"), no_items=tr("This brief has no items yet."),
        date=long_date, compare=export_words())
