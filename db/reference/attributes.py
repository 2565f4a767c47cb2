"""How a model's attribute value reads (its text, or that the pack's sources do not document it) and compares.

Apart from the pack model and the compiler so the reader can show an entry without loading either.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

NOT_DOCUMENTED = "not documented in this pack's sources"


def attribute_text(raw: dict[str, Any]) -> str:
    """The searchable text of an attribute value: a list joined with semicolons, nothing when undocumented."""
    if raw.get("not_documented"):
        return ""
    value = raw.get("value")
    return "; ".join(map(str, value)) if isinstance(value, list) else str(value)


def attribute_display(raw: dict[str, Any] | None) -> tuple[str, bool]:
    """The text shown for a model's attribute value, and whether it is documented."""
    if not raw or raw.get("not_documented") or "value" not in raw:
        return NOT_DOCUMENTED, False
    return attribute_text(raw), True


@dataclass(frozen=True)
class Comparable:
    """A model's short value for a typed attribute: `key` compares, `text` is shown."""

    key: tuple
    text: str


def comparable(type_: str, raw: dict[str, Any] | None) -> Comparable | None:
    """The short value a model gives for an attribute of this type, None for text or when it gives none.

    The pack's loader has checked the value's shape (db/packs/schema.py), so this only reads it.
    """
    if not raw or raw.get("not_documented"):
        return None
    value = raw.get("compare")
    if value is None and type_ in ("number", "year") and isinstance(raw.get("value"), (int, float)):
        value = raw["value"]
    if value is None:
        return None
    if type_ == "year":
        qualifier, _, year = str(value).rpartition(" ")
        return Comparable(("year", qualifier, int(year)), str(value))
    if type_ == "number":
        return Comparable(("number", float(value)), f"{value:g}" if isinstance(value, float) else str(value))
    if type_ == "amount":
        at_least = bool(value.get("at_least"))
        period = " ".join(str(value["period"]).split())
        text = f"{'at least ' if at_least else ''}{value['currency']} {amount_words(value['amount'])}, {period}"
        return Comparable(("amount", value["currency"], float(value["amount"]), period.casefold(), at_least), text)
    if type_ == "choice":
        return Comparable(("choice", str(value).casefold()), str(value))
    return None


def amount_words(amount: float) -> str:
    """28000000 → "28 million", 6500000 → "6.5 million", 750000 → "750,000": as a brief writes it."""
    for size, word in ((1_000_000_000, "billion"), (1_000_000, "million")):
        if amount >= size and (amount * 100) % size == 0:
            return f"{amount / size:g} {word}"
    return f"{amount:,.0f}" if float(amount).is_integer() else f"{amount:,.2f}"
