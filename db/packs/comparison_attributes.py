"""A pack's comparison attributes: their declarations in pack.yaml, and each model's values for them."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.packs import schema
from db.packs.model import Attribute
from db.packs.problems import did_you_mean

ATTRIBUTE_FIELDS = {"key", "label", "group", "type", "order", "description", "choices"}
VALUE_FIELDS = {"value", "sources", "not_documented", "compare"}

Bad = Callable[[tuple, str], None]


def read_attributes(raw: Any, bad: Bad, check: schema.Check) -> dict[str, Attribute]:
    """The attributes declared under pack.yaml's `attributes:`, by key; problems go to `bad`."""
    attributes: dict[str, Attribute] = {}
    if raw is None:
        return attributes  # models need attributes: the loader says so
    if not isinstance(raw, list) or not raw:
        bad(("attributes",), "must be a non-empty list of comparison attributes")
        return attributes
    for index, item in enumerate(raw):
        path = ("attributes", index)
        if not isinstance(item, dict):
            bad(path, "must be a mapping with key, label, group, type and order")
            continue
        for name in ("key", "label", "group", "type", "order"):
            if name not in item:
                bad(path, f"required field '{name}' is missing")
        for name in sorted(set(item) - ATTRIBUTE_FIELDS, key=str):
            bad(path + (name,), f"unknown field{did_you_mean(name, ATTRIBUTE_FIELDS)}")
        key = item.get("key")
        if not (isinstance(key, str) and schema.KEY_PATTERN.match(key)):
            bad(path + ("key",), "must be lowercase snake_case")
            continue
        if key in attributes:
            bad(path + ("key",), f"duplicate attribute key '{key}'")
            continue
        if item.get("type") not in schema.ATTRIBUTE_TYPES:
            bad(path + ("type",), f"must be one of: {', '.join(schema.ATTRIBUTE_TYPES)}")
        choices = _read_choices(item, path, bad, check)
        for name in ("label", "group"):
            if name in item:
                schema.text(item[name], path + (name,), check)
        schema.number(item.get("order", 0), path + ("order",), check)
        attributes[key] = Attribute(
            key=key,
            label=str(item.get("label", key)),
            group=str(item.get("group", "")),
            type=str(item.get("type", "text")),
            order=item["order"] if isinstance(item.get("order"), (int, float)) else index,
            description=str(item.get("description") or ""),
            choices=choices,
        )
    return attributes


def _read_choices(item: dict, path: tuple, bad: Bad, check: schema.Check) -> tuple[str, ...]:
    raw = item.get("choices")
    if item.get("type") != "choice":
        if raw is not None:
            bad(path + ("choices",), "only an attribute of type choice has choices")
        return ()
    if not isinstance(raw, list) or len(raw) < 2:
        bad(path + ("choices",), "an attribute of type choice needs a list of at least two choices")
        return ()
    for index, value in enumerate(raw):
        schema.text(value, path + ("choices", index), check)
    if len({str(value).casefold() for value in raw}) < len(raw):
        bad(path + ("choices",), "lists a choice twice")
    return tuple(str(value) for value in raw)


def check_values(attributes: dict[str, Attribute], values: Any, path: tuple, check: schema.Check,
                 cite: Callable[[Any, tuple], None]) -> None:
    """Check a model's `attributes:` against the declarations; `cite(sources, path)` checks citations."""
    if not isinstance(values, dict):
        check.bad(path, "must be a mapping of attribute key to {value, sources} or {not_documented: true}")
        return
    if attributes:
        for key in sorted(set(values) - set(attributes), key=str):
            check.bad(path + (key,), f"attribute '{key}' is not declared in pack.yaml{did_you_mean(key, attributes)}")
        for key in attributes:
            if key not in values:
                check.bad(path, f"no value for declared attribute '{key}'; give a value with sources, or not_documented: true")
    for key, raw in values.items():
        value_path = path + (key,)
        if not isinstance(raw, dict):
            check.bad(value_path, "must be {value: ..., sources: [...]} or {not_documented: true}")
            continue
        for name in sorted(set(raw) - VALUE_FIELDS, key=str):
            check.bad(value_path + (name,), f"unknown field{did_you_mean(name, VALUE_FIELDS)}")
        if raw.get("not_documented") is True:
            for name, what in (("value", "a value"), ("compare", "a compare value")):
                if name in raw:
                    check.bad(value_path, f"has both {what} and not_documented: true; keep one")
        elif "value" not in raw:
            check.bad(value_path, "needs a value with sources, or not_documented: true")
        else:
            attribute = attributes.get(key)
            if attribute is not None:
                schema.attribute_value(attribute.type, raw["value"], value_path + ("value",), check)
                _check_compare(attribute, raw, value_path, check)
            cite(raw.get("sources"), value_path + ("sources",))


def _check_compare(attribute: Attribute, raw: dict, path: tuple, check: schema.Check) -> None:
    if "compare" not in raw:
        return
    if attribute.type not in schema.COMPARABLE_TYPES:
        check.bad(path + ("compare",), f"attribute '{attribute.key}' is {attribute.type}, which is read, not compared; "
                                       f"declare it as one of {', '.join(schema.COMPARABLE_TYPES)} to give a compare value")
        return
    schema.compare_validator(attribute.type, attribute.choices)(raw["compare"], path + ("compare",), check)
