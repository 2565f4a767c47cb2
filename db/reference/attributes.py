"""How a model's attribute value reads: its text, or that the pack's sources do not document it.

Apart from the pack model and the compiler so the reader can show an entry without loading either.
"""
from __future__ import annotations

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
