"""`tr()` for texts outside a Qt class: pages built as Markdown, menus, status lines.

pyside6-lupdate files a `tr("...")` call made outside a class under the empty context, so this
translates in that context too: what lupdate extracts is what is looked up. Classes use their own
`self.tr`, filed under the class's name. Only a literal text is extracted: `tr(variable)` finds a
translation only if the same text is extracted from a literal somewhere else. Messages from `db`
come as db.phrases.Phrase, said here in the window's language by `said()`.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.phrases import Phrase, english

LANGUAGE_NAMES = {"en": "English", "fr": "Français", "es": "Español", "ar": "العربية"}
"""The window's languages, each named in itself: how menus and pages name them."""


def language_name(language: str) -> str:
    """A language named in itself: "Français"; Qt's name for one the window does not speak."""
    from PySide6.QtCore import QLocale

    name = LANGUAGE_NAMES.get(language) or QLocale(language).nativeLanguageName()
    return name[:1].upper() + name[1:] if name else language


def window_language() -> str:
    """The language the window speaks ("fr"), as desktop.languages.choice set the default locale."""
    from PySide6.QtCore import QLocale

    return QLocale().name().split("_")[0]


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return QCoreApplication.translate("", text, disambiguation, n)


def said(text) -> str:
    """A message from `db` in the window's language: its template translated, its values filled in."""
    if not isinstance(text, Phrase):
        return str(text)
    template = QCoreApplication.translate("", text.template, text.comment, -1 if text.n is None else text.n)
    if text.n is not None:
        from PySide6.QtCore import QLocale

        untranslated = text.template.replace("%Ln", QLocale().toString(text.n)).replace("%n", str(text.n))
        if template == untranslated:
            template = english(text.template, text.n)  # no catalogue has it: English, its plural right
    try:
        return template.format(**{name: said(value) for name, value in text.values.items()})
    except (KeyError, IndexError, ValueError):
        return str(text)  # a translation that misspells a {value}: the English says it right


def said_error(exc: BaseException) -> str:
    """What an error from `db` says, in the window's language where it was written as a phrase."""
    return said(exc.args[0]) if len(exc.args) == 1 and isinstance(exc.args[0], Phrase) else str(exc)
