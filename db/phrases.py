"""Messages the data layer writes in English and the window says in its own language.

`db` never imports Qt, so it cannot translate; it can say how a message was made. A `Phrase` is
the English text itself (a `str`: the command line, logs and tests use it as before) that also
keeps its template and values, so the window can look the template up in its catalogue and fill
in the same values (desktop.shared.translate.said). `phrase()` takes `tr()`'s arguments, and
pyside6-lupdate reads it as `tr()` (desktop.languages.catalogs): every literal `phrase("...")` is
in the window's catalogues, so a message is translated where it is written, not in a table kept
beside the code.

Templates name their values ("{path}: cannot be read ({reason})"), so a translator may move them.
A message with plural forms is given its count as `tr()` is, third: phrase("%n row(s) skipped", None,
count); English writes "(s)" where the plural adds an s, as the window's English catalogue does.
"%Ln" is the count written as the language groups its digits ("1,234"; in French "1 234").
"""
from __future__ import annotations


class Phrase(str):
    """English text that remembers its template and values; a value may itself be a Phrase."""

    template: str
    comment: str | None
    n: int | None
    values: dict

    def __new__(cls, template: str, comment: str | None = None, n: int | None = None, **values) -> Phrase:
        made = super().__new__(cls, english(template, n).format(**values))
        made.template, made.comment, made.n, made.values = template, comment, n, values
        return made

    def __reduce__(self):
        # copy and pickle would otherwise rebuild it from the English text, taken as a template
        return _rebuilt, (self.template, self.comment, self.n, self.values)


def english(template: str, n: int | None) -> str:
    """The template with its count written in, in English: "%n row(s)" → "1 row", "2 rows"."""
    if n is None:
        return template
    return template.replace("%Ln", f"{n:,}").replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


def _rebuilt(template: str, comment: str | None, n: int | None, values: dict) -> Phrase:
    return Phrase(template, comment, n, **values)


def phrase(template: str, comment: str | None = None, n: int | None = None, **values) -> Phrase:
    """The message `template` with `values` filled in; `comment` and `n` (its count) as for `tr()`."""
    return Phrase(template, comment, n, **values)


def joined(parts, separator: str = "\n") -> Phrase:
    """Messages joined into one, each still translatable (str.join would keep only the English)."""
    values = {f"part{index}": part for index, part in enumerate(parts)}
    return Phrase(separator.replace("{", "{{").replace("}", "}}").join("{%s}" % key for key in values), **values)
