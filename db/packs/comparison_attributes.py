"""A pack's comparison attributes: their declarations in pack.yaml, and each model's values for them."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.packs import schema
from db.packs.model import Attribute
from db.packs.problems import did_you_mean
from db.phrases import phrase

ATTRIBUTE_FIELDS = {"key", "label", "group", "type", "order", "description", "choices", "note"}
NOTE_FIELDS = {"text", "sources"}
VALUE_FIELDS = {"value", "sources", "not_documented", "not_applicable", "compare", "as_of"}
STATES = ("value", "not_documented", "not_applicable")
"""What a model says of an attribute: a value with sources; that the sources are silent
(`not_documented: true`); or that the attribute does not apply to it (`not_applicable:` true or the
reason, as text). Exactly one of them."""
SHAPE = phrase("{{value: ..., sources: [...]}}, {{not_documented: true}} or {{not_applicable: REASON}}")

Bad = Callable[[tuple, str], None]
Cite = Callable[[Any, tuple], None]


def read_attributes(raw: Any, bad: Bad, check: schema.Check, cite: Cite) -> dict[str, Attribute]:
    """The attributes declared under pack.yaml's `attributes:`, by key; problems go to `bad`, and
    the sources a note cites to `cite(sources, path)` for checking once the entries are read."""
    attributes: dict[str, Attribute] = {}
    if raw is None:
        return attributes  # models need attributes: the loader says so
    if not isinstance(raw, list) or not raw:
        bad(("attributes",), phrase("must be a non-empty list of comparison attributes"))
        return attributes
    for index, item in enumerate(raw):
        path = ("attributes", index)
        if not isinstance(item, dict):
            bad(path, phrase("must be a mapping with key, label, group, type and order"))
            continue
        for name in ("key", "label", "group", "type", "order"):
            if name not in item:
                bad(path, phrase("required field '{name}' is missing", name=name))
        for name in sorted(set(item) - ATTRIBUTE_FIELDS, key=str):
            bad(path + (name,), phrase("unknown field{hint}", hint=did_you_mean(name, ATTRIBUTE_FIELDS)))
        key = item.get("key")
        if not (isinstance(key, str) and schema.KEY_PATTERN.match(key)):
            bad(path + ("key",), phrase("must be lowercase snake_case"))
            continue
        if key in attributes:
            bad(path + ("key",), phrase("duplicate attribute key '{key}'", key=key))
            continue
        if item.get("type") not in schema.ATTRIBUTE_TYPES:
            bad(path + ("type",), phrase("must be one of: {allowed}", allowed=", ".join(schema.ATTRIBUTE_TYPES)))
        choices = _read_choices(item, path, bad, check)
        note, note_sources = _read_note(item.get("note"), path + ("note",), bad, check, cite)
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
            note=note,
            note_sources=note_sources,
        )
    return attributes


def _read_note(raw: Any, path: tuple, bad: Bad, check: schema.Check, cite: Cite) -> tuple[str, tuple[tuple[str, str], ...]]:
    """A note that holds for every model (`note: {text, sources}`), shown once beside the attribute
    instead of the same sentence in each model's cell."""
    if raw is None:
        return "", ()
    if not isinstance(raw, dict) or "text" not in raw:
        bad(path, phrase("must be {{text: ..., sources: [...]}}: a note that holds for every model, with its sources"))
        return "", ()
    for name in sorted(set(raw) - NOTE_FIELDS, key=str):
        bad(path + (name,), phrase("unknown field{hint}; a note has text and sources", hint=did_you_mean(name, NOTE_FIELDS)))
    schema.text(raw["text"], path + ("text",), check)
    cite(raw.get("sources"), path + ("sources",))
    sources = raw.get("sources") if isinstance(raw.get("sources"), list) else []
    return str(raw["text"]), tuple((str(c["source"]), str(c.get("locator") or "")) for c in sources
                                   if isinstance(c, dict) and "source" in c)


def _read_choices(item: dict, path: tuple, bad: Bad, check: schema.Check) -> tuple[str, ...]:
    raw = item.get("choices")
    if item.get("type") != "choice":
        if raw is not None:
            bad(path + ("choices",), phrase("only an attribute of type choice has choices"))
        return ()
    if not isinstance(raw, list) or len(raw) < 2:
        bad(path + ("choices",), phrase("an attribute of type choice needs a list of at least two choices"))
        return ()
    for index, value in enumerate(raw):
        schema.text(value, path + ("choices", index), check)
    if len({str(value).casefold() for value in raw}) < len(raw):
        bad(path + ("choices",), phrase("lists a choice twice"))
    return tuple(str(value) for value in raw)


def check_values(attributes: dict[str, Attribute], values: Any, path: tuple, check: schema.Check,
                 cite: Callable[[Any, tuple], None]) -> None:
    """Check a model's `attributes:` against the declarations; `cite(sources, path)` checks citations."""
    if not isinstance(values, dict):
        check.bad(path, phrase("must be a mapping of attribute key to {shape}", shape=SHAPE))
        return
    if attributes:
        for key in sorted(set(values) - set(attributes), key=str):
            check.bad(path + (key,), phrase("attribute '{key}' is not declared in pack.yaml{hint}", key=key,
                                            hint=did_you_mean(key, attributes)))
        for key in attributes:
            if key not in values:
                check.bad(path, phrase("no value for declared attribute '{key}'; give a value with sources, "
                                       "not_documented: true, or not_applicable: REASON", key=key))
    for key, raw in values.items():
        value_path = path + (key,)
        if not isinstance(raw, dict):
            check.bad(value_path, phrase("must be {shape}", shape=SHAPE))
            continue
        for name in sorted(set(raw) - VALUE_FIELDS, key=str):
            check.bad(value_path + (name,), phrase("unknown field{hint}", hint=did_you_mean(name, VALUE_FIELDS)))
        states = [name for name in STATES if name in raw]
        if len(states) == 2:
            check.bad(value_path, phrase("has {first} and {second}; keep one: {shape}", first=states[0], second=states[1],
                                         shape=SHAPE))
        elif len(states) == 3:
            check.bad(value_path, phrase("has {first} and {second} and {third}; keep one: {shape}", first=states[0],
                                         second=states[1], third=states[2], shape=SHAPE))
        elif not states:
            check.bad(value_path, phrase("needs a value with sources, not_documented: true, or not_applicable: REASON"))
        elif states == ["value"]:
            attribute = attributes.get(key)
            if attribute is not None:
                schema.attribute_value(attribute.type, raw["value"], value_path + ("value",), check)
                _check_compare(attribute, raw, value_path, check)
            if "as_of" in raw:
                schema.qualified_year(raw["as_of"], value_path + ("as_of",), check)
            cite(raw.get("sources"), value_path + ("sources",))
        else:
            _check_unknown(raw, states[0], value_path, check, cite)


def _check_unknown(raw: dict, state: str, path: tuple, check: schema.Check, cite: Cite) -> None:
    """`not_documented: true`, or `not_applicable:` true or its reason, which may cite sources."""
    flag = raw[state]
    written = f"{state}: true" if flag is True else state
    if "compare" in raw:
        check.bad(path, phrase("has both a compare value and {state}; keep one", state=written))
    if "as_of" in raw:
        check.bad(path, phrase("has both an as_of year and {state}; keep one", state=written))
    if state == "not_documented" and flag is not True:
        check.bad(path + (state,), phrase("must be true"))
    elif state == "not_applicable" and flag is not True and not (isinstance(flag, str) and flag.strip()):
        check.bad(path + (state,), phrase("must be true, or the reason the attribute does not apply to this model"))
    if state == "not_documented" and "sources" in raw:
        check.bad(path + ("sources",), phrase("what no source documents cites none; remove sources or give a value"))
    elif "sources" in raw:
        cite(raw["sources"], path + ("sources",))


def _check_compare(attribute: Attribute, raw: dict, path: tuple, check: schema.Check) -> None:
    if "compare" not in raw:
        return
    if attribute.type not in schema.COMPARABLE_TYPES:
        check.bad(path + ("compare",), phrase("attribute '{key}' is {type}, which is read, not compared; declare it as one of "
                                              "{types} to give a compare value", key=attribute.key, type=attribute.type,
                                              types=", ".join(schema.COMPARABLE_TYPES)))
        return
    schema.compare_validator(attribute.type, attribute.choices)(raw["compare"], path + ("compare",), check)
