"""The fields of an entry that name other entries: lists of ids, citations, cited items, parties, and
a model's attribute values, which cite sources. Each entry named goes to `link`: whether it exists is
known only once every file of the pack is read."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from db.packs import schema
from db.packs.comparison_attributes import check_values
from db.packs.model import Attribute
from db.phrases import phrase

LinkTo = Callable[..., None]
"""link(target, path, note="", kind=the field's kind, rel=the field's rel): one entry a field names."""


def check_linked(spec: schema.Field, value: Any, path: tuple, check: schema.Check, link: LinkTo,
                 attributes: dict[str, Attribute]) -> None:
    """A field of shape ids, citations, cited_items, parties or attributes (see schema.Field)."""
    if spec.shape == "ids":
        if not isinstance(value, list):
            check.bad(path, phrase("must be a list of {kind} ids", kind=spec.links_to))
            return
        for index, target in enumerate(value):
            link(target, path + (index,))
    elif spec.shape == "citations":
        check_citations(value, path, check, link, required=spec.required)
    elif spec.shape == "cited_items":
        if not isinstance(value, list):
            check.bad(path, phrase("must be a list of {{text, sources}} items"))
            return
        for index, item in enumerate(value):
            item_path = path + (index,)
            if not isinstance(item, dict) or "text" not in item:
                check.bad(item_path, phrase("must be a mapping with text and sources"))
                continue
            schema.text(item["text"], item_path + ("text",), check)
            check_citations(item.get("sources"), item_path + ("sources",), check, link, required=True)
    elif spec.shape == "parties":
        if not isinstance(value, list):
            check.bad(path, phrase("must be a list of {{actor, role}} (an empty list where the parties are not documented)"))
            return
        for index, party in enumerate(value):
            party_path = path + (index,)
            if not isinstance(party, dict) or "actor" not in party:
                check.bad(party_path, phrase("must be a mapping with actor and role"))
                continue
            schema.text(party.get("role"), party_path + ("role",), check)
            link(party["actor"], party_path + ("actor",), str(party.get("role") or ""))
    elif spec.shape == "attributes":
        check_values(attributes, value, path, check, lambda sources, at: check_citations(sources, at, check, link, required=True))


def check_citations(value: Any, path: tuple, check: schema.Check, link: LinkTo, *, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, list) or (required and not value):
        check.bad(path, phrase("must be a list of citations {{source: ID, locator: ...}}"))
        return
    for index, citation in enumerate(value):
        citation_path = path + (index,)
        if not isinstance(citation, dict) or "source" not in citation:
            check.bad(citation_path, phrase("a citation needs 'source' (a source id) and a 'locator'"))
            continue
        link(citation["source"], citation_path + ("source",), str(citation.get("locator") or ""), "source", "cites")
