"""What each kind of entry may hold, and the checks applied to each field."""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import Any

from db.phrases import phrase

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
KEY_PATTERN = re.compile(r"^[a-z][a-z0-9_]*$")
VERSION_PATTERN = re.compile(r"^\d+(?:\.\d+)*$")
LANGUAGE_PATTERN = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
ATTRIBUTE_TYPES = ("text", "list", "number", "year", "amount", "choice")
COMPARABLE_TYPES = ("number", "year", "amount", "choice")
"""Types whose models give a short value (`compare:`) that the comparison compares; text is only read."""
YEAR_QUALIFIERS = ("about", "by", "before", "after")
CURRENCY_PATTERN = re.compile(r"^[A-Z]{3}$")
AMOUNT_FIELDS = {"amount", "currency", "period", "at_least"}

KIND_FOLDERS = {
    "sources": "source",
    "actors": "actor",
    "themes": "theme",
    "questions": "question",
    "models": "model",
    "lessons": "lesson",
}
A_KIND = {
    "source": phrase("a source", "one entry of this kind"),
    "actor": phrase("an actor", "one entry of this kind"),
    "theme": phrase("a theme", "one entry of this kind"),
    "question": phrase("a question", "one entry of this kind"),
    "model": phrase("a model", "one entry of this kind"),
    "lesson": phrase("a lesson", "one entry of this kind"),
}
"""One entry of each kind as messages name it ("an actor"): whole phrases, as each language has its own articles."""


class Check:
    """Collects problems for one file; `bad(path, message)` locates them by field path."""

    def __init__(self, report: Callable[[tuple, str], None]):
        self.bad = report


def text(value: Any, path: tuple, check: Check) -> None:
    if not isinstance(value, str) or not value.strip():
        check.bad(path, phrase("must be non-empty text"))


def year(value: Any, path: tuple, check: Check) -> None:
    if isinstance(value, bool) or not isinstance(value, int) or not 1800 <= value <= 2200:
        check.bad(path, phrase("must be a year such as 1999"))


def qualified_year(value: Any, path: tuple, check: Check) -> None:
    """A year, or a year with one qualifier word: "about 1999", "by 1995", "before 2000", "after 1990"."""
    if isinstance(value, str):
        qualifier, _, digits = value.strip().partition(" ")
        if qualifier in YEAR_QUALIFIERS and digits.isdigit():
            value = int(digits)
        else:
            check.bad(path, phrase("must be a year such as 1999, or one of {qualifiers} before it (\"about 1999\")",
                                   qualifiers=", ".join(YEAR_QUALIFIERS)))
            return
    year(value, path, check)


def amount(value: Any, path: tuple, check: Check) -> None:
    """{amount: 28000000, currency: GBP, period: "2011–2014"}, `at_least: true` for a threshold."""
    if not isinstance(value, dict):
        check.bad(path, phrase("must be {{amount: NUMBER, currency: ISO CODE, period: TEXT}} (at_least: true for a minimum)"))
        return
    for name in sorted(set(value) - AMOUNT_FIELDS, key=str):
        check.bad(path + (name,), phrase("unknown field; an amount has {fields}", fields=", ".join(sorted(AMOUNT_FIELDS))))
    figure = value.get("amount")
    if isinstance(figure, bool) or not isinstance(figure, (int, float)) or figure <= 0:
        check.bad(path + ("amount",), phrase("must be a number above zero, without currency or separators (28000000)"))
    if not (isinstance(value.get("currency"), str) and CURRENCY_PATTERN.match(value["currency"])):
        check.bad(path + ("currency",), phrase("must be a three-letter ISO 4217 code such as GBP, CHF or USD"))
    text(value.get("period"), path + ("period",), check)
    if "at_least" in value and not isinstance(value["at_least"], bool):
        check.bad(path + ("at_least",), phrase("must be true or false"))


def choice(choices: tuple[str, ...]) -> Callable[[Any, tuple, Check], None]:
    def validate(value: Any, path: tuple, check: Check) -> None:
        if value not in choices:
            check.bad(path, phrase("must be one of the attribute's choices: {choices} (found {found})",
                                   choices=", ".join(choices), found=repr(value)))

    return validate


def number(value: Any, path: tuple, check: Check) -> None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        check.bad(path, phrase("must be a number"))


def text_list(value: Any, path: tuple, check: Check) -> None:
    if not isinstance(value, list) or not value:
        check.bad(path, phrase("must be a non-empty list"))
        return
    for index, item in enumerate(value):
        text(item, path + (index,), check)


def one_of(*allowed: str) -> Callable[[Any, tuple, Check], None]:
    def validate(value: Any, path: tuple, check: Check) -> None:
        if value not in allowed:
            check.bad(path, phrase("must be one of: {allowed} (found {found})", allowed=", ".join(allowed), found=repr(value)))

    return validate


@dataclass(frozen=True)
class Field:
    validate: Callable[[Any, tuple, Check], None] | None = None
    required: bool = False
    # Fields that name other entries: the kind they must be and how the link is stored.
    links_to: str | None = None
    rel: str | None = None
    shape: str = "plain"  # plain, ids, citations, parties, cited_items, attributes


COMMON = {
    "id": Field(required=True),
    "title": Field(text, required=True),
}
CITATIONS_OPTIONAL = Field(links_to="source", rel="cites", shape="citations")
CITATIONS_REQUIRED = Field(links_to="source", rel="cites", shape="citations", required=True)
CITED_ITEMS = Field(links_to="source", rel="cites", shape="cited_items")

KIND_FIELDS: dict[str, dict[str, Field]] = {
    "source": {
        "citation": Field(text, required=True),
        "relation": Field(one_of("primary", "related"), required=True),
        "year": Field(year),
        "publisher": Field(text),
        "url": Field(text),
    },
    "actor": {
        "actor_type": Field(text, required=True),
        "short_name": Field(text),
        "sources": CITATIONS_OPTIONAL,
    },
    "theme": {"sources": CITATIONS_OPTIONAL},
    "question": {
        "number": Field(number, required=True),
        "lessons": Field(links_to="lesson", rel="lesson", shape="ids", required=True),
        "sources": CITATIONS_OPTIONAL,
    },
    "model": {
        "category": Field(text, required=True),
        "summary": Field(text, required=True),
        "parties": Field(links_to="actor", rel="party", shape="parties", required=True),
        "attributes": Field(shape="attributes", required=True),
        "sources": CITATIONS_REQUIRED,
        "strengths": CITED_ITEMS,
        "risks": CITED_ITEMS,
        "prerequisites": CITED_ITEMS,
        "lessons": Field(links_to="lesson", rel="lesson", shape="ids"),
        "region": Field(text),
        "sector": Field(text),
        "year": Field(year),
    },
    "lesson": {
        "type": Field(one_of("lesson", "challenge"), required=True),
        "statement": Field(text, required=True),
        "recommendation": Field(text, required=True),
        "themes": Field(links_to="theme", rel="theme", shape="ids", required=True),
        "models": Field(links_to="model", rel="model", shape="ids"),
        "sources": CITATIONS_REQUIRED,
        "year": Field(year),
        "region": Field(text),
        "sector": Field(text),
        "country": Field(text),
        "hazard": Field(text),
        # The date as the source gives it: ISO (2019-03-04, 2019-03, 2019) when known exactly, else as written.
        "date": Field(text),
        # From spreadsheet exports: the operation or appeal code the lesson comes from (a filter,
        # code:MDRFJ003), a type label that is neither lesson nor challenge, and a second text
        # kept beside the body (an original excerpt beside the edited one) with its column's name.
        "code": Field(text),
        "type_label": Field(text),
        "second_text": Field(text),
        "second_text_label": Field(text),
    },
}

# Every field an entry of each kind may hold, merged once rather than for each of 100,000 files.
ENTRY_FIELDS = {kind: {**COMMON, **fields} for kind, fields in KIND_FIELDS.items()}

# A lesson's body is its explanation, which users expect on every lesson.
BODY_REQUIRED = {"lesson"}

# Lessons in lessons/*.jsonl mostly come from spreadsheet exports, which rarely hold a separate
# statement, a recommendation, themes or a type: there these are optional (never made up).
BULK_LESSON_FIELDS: dict[str, Field] = {
    name: replace(spec, required=False) if name in ("type", "statement", "recommendation", "themes") else spec
    for name, spec in KIND_FIELDS["lesson"].items()
}

def attribute_value(type_: str, value: Any, path: tuple, check: Check) -> None:
    """A model's `value:`: text everywhere, a list for lists; a number or year may stand as its own short value."""
    if type_ == "list":
        text_list(value, path, check)
    elif type_ in ("number", "year") and isinstance(value, (int, float)) and not isinstance(value, bool):
        (number if type_ == "number" else year)(value, path, check)
    elif not isinstance(value, str) or not value.strip():
        if type_ == "number":
            check.bad(path, phrase("must be non-empty text or a number"))
        elif type_ == "year":
            check.bad(path, phrase("must be non-empty text or a year"))
        else:
            check.bad(path, phrase("must be non-empty text"))


def compare_validator(type_: str, choices: tuple[str, ...]) -> Callable[[Any, tuple, Check], None]:
    """The check of a model's `compare:` value for an attribute of this type (see COMPARABLE_TYPES)."""
    return {"number": number, "year": qualified_year, "amount": amount}.get(type_) or choice(choices)
