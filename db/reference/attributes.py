"""How a model's attribute value reads (its text, or that the pack's sources do not document it, or
that it does not apply to the model) and compares.

Apart from the pack model and the compiler so the reader can show an entry without loading either.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from db.phrases import phrase

NOT_DOCUMENTED = "not documented in this pack's sources"
NOT_APPLICABLE = "not applicable"

DOCUMENTED = "documented"
UNDOCUMENTED = "not_documented"
INAPPLICABLE = "not_applicable"
"""The three states of a model's value: the sources give it; they are silent; the attribute does
not apply to this model (a bilateral partnership has no membership criteria). Only the first and
the last are known."""


def attribute_state(raw: dict[str, Any] | None) -> str:
    if raw and raw.get("not_applicable"):
        return INAPPLICABLE
    if not raw or raw.get("not_documented") or "value" not in raw:
        return UNDOCUMENTED
    return DOCUMENTED


def attribute_text(raw: dict[str, Any]) -> str:
    """The searchable text of an attribute value: a list joined with semicolons, nothing when undocumented."""
    state = attribute_state(raw)
    if state == INAPPLICABLE:
        reason = raw["not_applicable"]
        return f"{NOT_APPLICABLE}: {reason}" if isinstance(reason, str) else NOT_APPLICABLE
    if state == UNDOCUMENTED:
        return ""
    value = raw.get("value")
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


def attribute_display(raw: dict[str, Any] | None) -> tuple[str, str]:
    """The text shown for a model's attribute value, and its state (DOCUMENTED, UNDOCUMENTED, INAPPLICABLE)."""
    state = attribute_state(raw)
    return (NOT_DOCUMENTED if state == UNDOCUMENTED else attribute_text(raw)), state


def as_of(raw: dict[str, Any] | None) -> str:
    """The year a documented value holds for ("2011", "about 1999"), "" when the pack gives none."""
    value = (raw or {}).get("as_of") if attribute_state(raw) == DOCUMENTED else None
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Comparable:
    """A model's short value for a typed attribute: `key` compares, `text` is shown."""

    key: tuple
    text: str


def comparable(type_: str, raw: dict[str, Any] | None) -> Comparable | None:
    """The short value a model gives for an attribute of this type, None for text or when it gives none.

    The pack's loader has checked the value's shape (db/packs/schema.py), so this only reads it.
    """
    state = attribute_state(raw)
    if state == INAPPLICABLE:
        return Comparable(("not applicable",), NOT_APPLICABLE)
    if state == UNDOCUMENTED:
        return None
    value = raw.get("compare")
    if value is None and type_ in ("number", "year") and isinstance(raw.get("value"), (int, float)):
        value = raw["value"]
    if value is None:
        return None
    if type_ == "year":
        # "about 1999" and "by 1999" name the same year: only the years compare.
        return Comparable(("year", int(str(value).rpartition(" ")[2])), str(value))
    if type_ == "number":
        return Comparable(("number", float(value)), f"{value:g}" if isinstance(value, float) else str(value))
    if type_ == "amount":
        at_least = bool(value.get("at_least"))
        period = " ".join(str(value["period"]).split())
        worded = dict(currency=value["currency"], amount=amount_words(value["amount"]), period=period)
        text = phrase("at least {currency} {amount}, {period}", **worded) if at_least else phrase("{currency} {amount}, {period}", **worded)
        return Comparable(("amount", value["currency"], float(value["amount"]), period.casefold(), at_least), text)
    if type_ == "choice":
        return Comparable(("choice", str(value).casefold()), str(value))
    return None


def amount_words(amount: float) -> str:
    """28000000 → "28 million", 6500000 → "6.5 million", 750000 → "750,000": as a brief writes it."""
    # The count picks a language's plural form ("1 millón", "3 millones"); a fraction counts as many.
    if amount >= 1_000_000_000 and (amount * 100) % 1_000_000_000 == 0:
        number = amount / 1_000_000_000
        return phrase("{number} billion", None, int(number) if number.is_integer() else 100, number=f"{number:g}")
    if amount >= 1_000_000 and (amount * 100) % 1_000_000 == 0:
        number = amount / 1_000_000
        return phrase("{number} million", None, int(number) if number.is_integer() else 100, number=f"{number:g}")
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
