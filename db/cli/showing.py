"""show: one entry with its kind's fields, its text, and its links, fitted to the terminal."""
from __future__ import annotations

import argparse
import re

from db.cli.output import clean, print_json, terminal_width, wrap
from db.reference.attributes import NOT_DOCUMENTED, as_of, attribute_display
from db.reference.entry_view import ADVICE_LABEL, ADVICE_NOTE, EntryView, LinkView
from db.store.facade import Store

# The fields each kind shows under its heading, in this order, with their labels.
KIND_FIELDS = {
    "model": (("summary", "Summary"), ("category", "Category"), ("region", "Region"), ("sector", "Sector"), ("year", "Year")),
    "lesson": (("statement", "Statement"), ("recommendation", f"{ADVICE_LABEL} ({ADVICE_NOTE[0].lower()}{ADVICE_NOTE[1:-1]})"),
               ("type", "Type"), ("type_label", "Type"),
               ("code", "Code"), ("year", "Year"), ("region", "Region"), ("sector", "Sector"), ("country", "Country"),
               ("hazard", "Hazard"), ("date", "Date")),
    "source": (("citation", "Citation"), ("publisher", "Publisher"), ("year", "Year"), ("url", "URL"), ("relation", "Relation")),
    "actor": (("actor_type", "Type"), ("short_name", "Short name")),
    "question": (("number", "Number"),),
}
RELATION_LABELS = {"party": "Parties", "theme": "Themes", "model": "Models", "lesson": "Lessons", "cites": "Sources"}
KIND_LABELS = {"model": "Models", "lesson": "Lessons", "question": "Questions", "theme": "Themes", "actor": "Actors", "source": "Sources"}
_LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")


def add_parsers(sub: argparse._SubParsersAction) -> None:
    show = sub.add_parser("show", help="print one entry with its fields and links")
    show.add_argument("id", help="entry id, pack/id, or exact title")
    show.add_argument("--json", action="store_true", help="print the entry as JSON: fields, body, links and backlinks")
    show.set_defaults(run=run_show)


def run_show(store: Store, args: argparse.Namespace) -> int:
    entry = store.entry(args.id)
    if args.json:
        print_json({"uid": entry.uid, "kind": entry.kind, "title": entry.title, "fields": entry.fields, "body": entry.markdown,
                    "links": [link.__dict__ for link in entry.links], "backlinks": [link.__dict__ for link in entry.backlinks]})
        return 0
    width = terminal_width()
    title = wrap(clean(entry.title, keep=""), indent="", width=width)
    underline = "=" * max(len(line) for line in title.splitlines())
    blocks = [f"{title}\n{underline}\n{entry.kind} · {entry.uid}", _fields(entry, width),
              _markdown(entry.markdown, width)]
    if entry.fields.get("second_text"):
        blocks.append(f"{entry.fields.get('second_text_label') or 'Second text'}:\n" + _markdown(entry.fields["second_text"], width))
    if entry.kind == "model":
        blocks.append(_model_details(store, entry, width))
    blocks += [_links(entry, width), _backlinks(entry, width)]
    text = "\n\n".join(block for block in blocks if block.strip())
    print(re.sub(r"\n{3,}", "\n\n", clean(text)))
    return 0


def _item(text: str, width: int, indent: str = "  ") -> str:
    return wrap(f"- {text}", indent=indent, width=width, hanging=indent + "  ")


def _fields(entry: EntryView, width: int) -> str:
    lines = []
    for name, label in KIND_FIELDS.get(entry.kind, ()):
        value = entry.fields.get(name)
        if value in (None, ""):
            continue
        if name == "relation":
            value = f"{value} source"
        lines.append(wrap(f"{label}: {value}", indent="", width=width, hanging="    "))
    return "\n".join(lines)


def _markdown(markdown: str, width: int) -> str:
    """The body re-flowed to the terminal: paragraphs joined, list items with hanging indents."""
    blocks = []
    for block in re.split(r"\n\s*\n", markdown.strip()):
        lines = block.splitlines()
        if not lines:
            continue
        if lines[0].lstrip().startswith(("```", "    ", "|")):
            blocks.append(block)  # code and tables keep their layout
            continue
        items: list[list[str]] = []
        for line in lines:
            if _LIST_ITEM.match(line) or not items or line.lstrip().startswith("#"):
                items.append([line])
            else:
                items[-1].append(line)
        out = []
        for item in items:
            bullet = _LIST_ITEM.match(item[0])
            text = " ".join(part.strip() for part in item)
            if bullet:
                marker = bullet.group(0).strip() + " "
                out.append(wrap(text[len(bullet.group(0).strip()):], indent=marker, width=width, hanging=" " * len(marker)))
            else:
                out.append(wrap(text, indent="", width=width))
        blocks.append("\n".join(out))
    return "\n\n".join(blocks)


def _model_details(store: Store, entry: EntryView, width: int) -> str:
    parties = [link for link in entry.links if link.rel == "party"]
    lines = ["Parties:"]
    lines += [_item(p.title + (f" — {p.note}" if p.note else ""), width) for p in parties] or [f"  {NOT_DOCUMENTED}"]
    values = entry.fields.get("attributes") or {}
    lines.append("Attributes:")
    for key, label, _group in store.attributes(entry.pack):
        raw = values.get(key)
        text, _state = attribute_display(raw)
        cited = ", ".join(f"{c['source']} ({c.get('locator', '')})" for c in (raw or {}).get("sources") or [])
        dated = f" (as of {as_of(raw)})" if as_of(raw) else ""
        lines.append(wrap(f"{label}: {text}{dated}" + (f" [{cited}]" if cited else ""),
                          indent="  ", width=width, hanging="      "))
    for name in ("strengths", "risks", "prerequisites"):
        items = entry.fields.get(name) or []
        if items:
            lines.append(f"{name.capitalize()}:")
            lines += [_item(str(item.get("text", "")), width) for item in items]
    return "\n".join(lines)


def _grouped(links: tuple[LinkView, ...], key) -> dict[str, dict[str, tuple[LinkView, list[str]]]]:
    """Links by group label, then by entry: each entry once, with every distinct note it carries."""
    groups: dict[str, dict[str, tuple[LinkView, list[str]]]] = {}
    for link in links:
        _, notes = groups.setdefault(key(link), {}).setdefault(link.uid, (link, []))
        if link.note and link.note not in notes:
            notes.append(link.note)
    return groups


def _link_lines(groups, width: int) -> list[str]:
    lines = []
    for label, entries in groups.items():
        lines.append(f"  {label}:")
        for link, notes in entries.values():
            short = link.uid.split("/", 1)[-1]
            lines.append(_item(f"{link.title} ({short})" + (f" — {'; '.join(notes)}" if notes else ""), width, indent="    "))
    return lines


def _links(entry: EntryView, width: int) -> str:
    # A model's parties are listed above, with their roles.
    shown = tuple(link for link in entry.links if not (entry.kind == "model" and link.rel == "party"))
    groups = _grouped(shown, lambda link: RELATION_LABELS.get(link.rel, link.rel.capitalize()))
    return "\n".join(["Links:", *_link_lines(groups, width)]) if groups else ""


def _backlinks(entry: EntryView, width: int) -> str:
    linked = {link.uid for link in entry.links}
    fresh = tuple(link for link in entry.backlinks if link.uid not in linked)
    groups = _grouped(fresh, lambda link: KIND_LABELS.get(link.kind, link.kind.capitalize()))
    return "\n".join(["Linked from:", *_link_lines(groups, width)]) if groups else ""
