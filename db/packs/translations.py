"""Entries of a pack in its other languages: `lessons/communication-is-key.fr.md` beside the original.

A translation carries the same entry in other words: the same id, sources, links, attribute keys and
states, compare values and figures (every number of the original's text, none added). What it may
change is only text. `pack validate` reports a translation that differs otherwise, and the entries
each declared language still lacks (which is not an error: the window falls back to the original).
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Any

from db.packs import schema
from db.packs.model import Entry, Pack
from db.packs.problems import did_you_mean
from db.packs.synonyms import read_synonyms
from db.phrases import phrase

TRANSLATION_NAME = re.compile(r"^(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?P<language>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.md$")
"""`ID.LANG.md`: the translation into LANG of the entry in `ID.md` beside it."""
TRANSLATED_PACK_FILE = re.compile(r"^pack\.(?P<language>[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.yaml$")
"""`pack.LANG.yaml`: the pack's title, description, attribute labels and synonyms in LANG."""

# Fields whose values a translation keeps as they are: ids, links, facets, numbers.
KEPT = ("themes", "models", "lessons", "number", "type", "relation", "year", "region", "sector", "country", "hazard",
        "code", "url", "publisher", "date")
PACK_META_FIELDS = {"title", "description", "attributes", "synonyms"}
ATTRIBUTE_TEXT_FIELDS = {"key", "label", "group", "description", "note", "choices"}
_DIGITS = re.compile(r"\d+")


def structure(fields: dict[str, Any]) -> dict[str, Any]:
    """What a translation must share with its original, field by field."""
    kept: dict[str, Any] = {name: fields.get(name) for name in KEPT if name in fields}
    kept["sources"] = _cited(fields.get("sources"))
    kept["parties"] = [party.get("actor") for party in fields.get("parties") or [] if isinstance(party, dict)]
    for name in ("strengths", "risks", "prerequisites"):
        if name in fields:
            kept[name] = [_cited(item.get("sources")) for item in fields[name] or [] if isinstance(item, dict)]
    if isinstance(fields.get("attributes"), dict):
        kept["attributes"] = {
            key: (_state(value), value.get("compare"), value.get("as_of"), _cited(value.get("sources")))
            for key, value in fields["attributes"].items() if isinstance(value, dict)
        }
    return kept


def _state(value: dict) -> str:
    return next((name for name in ("value", "not_documented", "not_applicable") if name in value), "")


def _cited(citations: Any) -> list:
    return [c.get("source") for c in citations or [] if isinstance(c, dict)]


def figures(entry: Entry) -> Counter:
    """Every run of digits in the entry's text (its title, text fields and body), ids left out."""
    return Counter(_DIGITS.findall(" ".join([entry.title, *_texts(entry.fields), entry.body])))


def _texts(value: Any, key: str = "") -> list[str]:
    if key in ("id", "source", "actor", *KEPT):
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for name, item in value.items() if name != "compare" for text in _texts(item, str(name))]
    if isinstance(value, list):
        return [text for item in value for text in _texts(item)]
    return []


def differences(original: Entry, translation: Entry) -> list[str]:
    """How a translation departs from its original in anything but words; empty when it does not."""
    found = []
    before, after = structure(original.fields), structure(translation.fields)
    for name in sorted(before.keys() | after.keys()):
        if before.get(name) != after.get(name):
            found.append(phrase("'{name}' differs from the original's ({found} instead of {expected}); a translation changes "
                                "words only", name=name, found=_short(after.get(name)), expected=_short(before.get(name))))
    missing, added = _listed(figures(original) - figures(translation)), _listed(figures(translation) - figures(original))
    if missing and added:
        found.append(phrase("its figures differ from the original's: it lacks {missing} and adds {added}", missing=missing,
                            added=added))
    elif missing:
        found.append(phrase("its figures differ from the original's: it lacks {missing}", missing=missing))
    elif added:
        found.append(phrase("its figures differ from the original's: it adds {added}", added=added))
    return found


def _listed(counts: Counter) -> str:
    return ", ".join(sorted(counts.elements(), key=int))


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def missing_translations(pack: Pack) -> dict[str, list[str]]:
    """For each language the pack declares besides its own, the ids of the entries not translated into it."""
    return {language: [entry.id for entry in pack.entries if language not in entry.translations]
            for language in pack.languages if language != pack.language}


def read_languages(meta: dict, bad) -> list[str]:
    """pack.yaml's `languages`: every language the pack carries, its own first."""
    own, raw = meta.get("language"), meta.get("languages")
    if raw is None:
        return [own] if isinstance(own, str) else []
    if not isinstance(raw, list) or not all(isinstance(tag, str) and schema.LANGUAGE_PATTERN.match(tag) for tag in raw):
        bad(("languages",), phrase("must be a list of language tags such as [en, fr, es, ar]"))
        return [own] if isinstance(own, str) else []
    if own not in raw:
        bad(("languages",), phrase("must include the pack's own language, {language}", language=own))
    return [own, *(tag for tag in dict.fromkeys(raw) if tag != own)]


def _check_choices(raw: Any, choices: tuple[str, ...], path: tuple, bad) -> None:
    """A choice attribute's values in another language: {value as pack.yaml declares it: its words}."""
    if not choices:
        bad(path, phrase("only an attribute of type choice has choices"))
    elif not isinstance(raw, dict) or not all(isinstance(v, str) and v.strip() for v in raw.values()):
        bad(path, phrase("must map each of pack.yaml's choices to its words in this language"))
    elif unknown := sorted(set(map(str, raw)) - set(choices)):
        bad(path, phrase("pack.yaml declares no choice {unknown} (its choices: {choices})", unknown=", ".join(map(repr, unknown)),
                          choices=", ".join(choices)))


def translated_pack_language(path: str) -> str | None:
    """The language of a `pack.LANG.yaml` at the pack's root, None for any other file."""
    found = TRANSLATED_PACK_FILE.match(path)
    return found["language"] if found else None


def check_translated_meta(meta: Any, language: str, languages: list[str], attributes, bad) -> dict:
    """pack.LANG.yaml's fields checked: a known language, known fields, pack.yaml's attributes by key."""
    if not isinstance(meta, dict):
        bad((), phrase("must be a mapping of field: value"))
        return {}
    if language not in languages[1:]:
        bad((), phrase("is in '{language}', which pack.yaml's languages do not list", language=language))
    for name in sorted(set(meta) - PACK_META_FIELDS, key=str):
        bad((name,), phrase("unknown field{hint}; a pack's translation has {fields}", hint=did_you_mean(name, PACK_META_FIELDS),
                            fields=", ".join(sorted(PACK_META_FIELDS))))
    labels = meta.get("attributes") or []
    keys = [item.get("key") for item in labels if isinstance(item, dict)] if isinstance(labels, list) else []
    if labels and sorted(map(str, keys)) != sorted(attributes):
        bad(("attributes",), phrase("must list the attributes of pack.yaml, each once, by key"))
    for index, item in enumerate(labels if isinstance(labels, list) else []):
        for name in sorted(set(item) - ATTRIBUTE_TEXT_FIELDS if isinstance(item, dict) else (), key=str):
            bad(("attributes", index, name), phrase("unknown field; a translated attribute has {fields}",
                                                    fields=", ".join(sorted(ATTRIBUTE_TEXT_FIELDS))))
        declared = attributes.get(item.get("key")) if isinstance(item, dict) else None
        if declared is not None and "choices" in item:
            _check_choices(item["choices"], declared.choices, ("attributes", index, "choices"), bad)
    if "synonyms" in meta:
        meta["synonyms"] = read_synonyms(meta["synonyms"], bad)
    return meta
