"""Turn an entry into the Markdown the reader shows: every field in its place, links as atlas: URLs."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from db.reference.attributes import DOCUMENTED, INAPPLICABLE, NOT_APPLICABLE, NOT_DOCUMENTED, as_of, attribute_display
from db.reference.entry_view import ADVICE_LABEL, ADVICE_NOTE, EntryView, LinkView
from desktop.shared.entry_links import entry_url

KIND_HEADINGS = {"lesson": "Lessons", "model": "Partnership models", "question": "Guiding questions", "theme": "Themes",
                 "actor": "Actors", "source": "Sources"}


def tr(text: str) -> str:
    return QCoreApplication.translate("EntryPage", text)


_ID = r"[a-z0-9]+(?:-[a-z0-9]+)*"
_CITED_IDS = re.compile(rf"\(({_ID}(?:,\s*{_ID})*)\)")


def link_citations(markdown: str, entry: EntryView) -> str:
    """Turn "(s1)" and "(s1, s3)" in pack prose into links to those sources, when the entry cites them."""
    cited = {link.uid.split("/", 1)[1]: link.uid for link in entry.links if link.rel == "cites"}

    def linked(match: re.Match) -> str:
        ids = re.split(r",\s*", match[1])
        if not any(source in cited for source in ids):
            return match[0]
        return "(" + ", ".join(f"[{source}]({entry_url(cited[source])})" if source in cited else source for source in ids) + ")"

    return _CITED_IDS.sub(linked, markdown)


@dataclass(frozen=True)
class PageData:
    """What the reader needs for one entry, fetched together off the GUI thread."""

    entry: EntryView
    attributes: list[tuple[str, str, str]]  # (key, label, group) for models
    pack_title: str
    pack_version: str


def _cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _link(link: LinkView) -> str:
    return f"[{_cell(link.title)}]({entry_url(link.uid)})"


def _citations(entry: EntryView, citations) -> str:
    titles = {link.uid.split("/", 1)[1]: link for link in entry.links if link.rel == "cites"}
    parts = []
    for citation in citations or []:
        link = titles.get(citation.get("source"))
        label = f"[{_cell(link.title)}]({entry_url(link.uid)})" if link else _cell(citation.get("source", ""))
        locator = citation.get("locator")
        parts.append(f"{label}, {_cell(locator)}" if locator else label)
    return "; ".join(parts)


def page_markdown(data: PageData) -> str:
    entry, fields = data.entry, data.entry.fields
    out = [f"# {entry.title}", "", f"*{tr(entry.kind.capitalize())} · {_cell(data.pack_title)}*", ""]
    for name, label in (("summary", tr("Summary")), ("statement", tr("Statement"))):
        if fields.get(name):
            out += [f"**{label}.** {fields[name]}", ""]
    if entry.kind == "lesson":
        out += _lesson_facts(entry)
    if entry.markdown:
        out += ([f"## {tr('Explanation')}", ""] if entry.kind == "lesson" else []) + [link_citations(entry.markdown, entry), ""]
    if fields.get("second_text"):
        out += [f"## {_cell(fields.get('second_text_label') or tr('Second text'))}", "", fields["second_text"], ""]
    if fields.get("recommendation"):
        advice = [f"> {line}" if line.strip() else ">" for line in str(fields["recommendation"]).splitlines()]
        out += [f"## {tr(ADVICE_LABEL)}", "", *advice, ">", f"> *{tr(ADVICE_NOTE)}*", ""]
    if entry.kind == "model":
        out += _model_sections(data)
    if fields.get("citation"):
        out += [f"**{tr('Citation')}:** {fields['citation']}", ""]
    if fields.get("url"):
        out += [f"**{tr('Address')}:** <{fields['url']}>", ""]
    if fields.get("sources") and entry.kind != "model":
        out += [f"**{tr('Sources')}:** {_citations(entry, fields['sources'])}", ""]
    out += _related(entry)
    return "\n".join(out)


def _lesson_facts(entry: EntryView) -> list[str]:
    fields = entry.fields
    # Lessons imported from a spreadsheet may have no type: none is shown rather than one assumed.
    facts = [f"**{tr('Type')}:** {tr(fields['type'])}"] if fields.get("type") else []
    if fields.get("type_label"):
        facts.append(f"**{tr('Type')}:** {_cell(fields['type_label'])}")
    themes = [_link(l) for l in entry.links if l.rel == "theme"]
    models = [_link(l) for l in entry.links if l.rel == "model"]
    if themes:
        facts.append(f"**{tr('Themes')}:** {', '.join(themes)}")
    if models:
        facts.append(f"**{tr('Applies to')}:** {', '.join(models)}")
    for name, label in (("code", tr("Code")), ("date", tr("Date")), ("year", tr("Year")), ("region", tr("Region")),
                        ("country", tr("Country")), ("sector", tr("Sector")), ("hazard", tr("Hazard"))):
        if fields.get(name) not in (None, ""):
            facts.append(f"**{label}:** {_cell(fields[name])}")
    return ["  \n".join(facts), ""]


def _model_sections(data: PageData) -> list[str]:
    entry, fields = data.entry, data.entry.fields
    out = [f"## {tr('Parties')}", ""]
    parties = [l for l in entry.links if l.rel == "party"]
    out += [f"- {_link(p)}" + (f" — {p.note}" if p.note else "") for p in parties] or [f"{tr(NOT_DOCUMENTED).capitalize()}."]
    # One paragraph per attribute, grouped as the pack declares them: a three-column table left
    # the values a third of the width and repeated long source titles on every row.
    out += ["", f"## {tr('Attributes')}", ""]
    values = fields.get("attributes") or {}
    current_group = None
    for key, label, group in data.attributes:
        if group != current_group:
            current_group = group
            out += [f"### {group}", ""]
        raw = values.get(key)
        text, state = attribute_display(raw)
        source = _citations(entry, (raw or {}).get("sources"))
        source = f"  \n*{tr('Source')}:* {source}" if source else ""
        if state == DOCUMENTED:
            dated = f" *({tr('as of %1').replace('%1', as_of(raw))})*" if as_of(raw) else ""
            out += [f"**{_cell(label)}:** {_cell(text)}{dated}{source}", ""]
        elif state == INAPPLICABLE:
            reason = raw["not_applicable"] if isinstance(raw["not_applicable"], str) else ""
            out += [f"**{_cell(label)}:** *{tr(NOT_APPLICABLE)}*" + (f" — {_cell(reason)}" if reason else "") + source, ""]
        else:
            out += [f"**{_cell(label)}:** *{tr(NOT_DOCUMENTED)}*", ""]
    for name, label in (("strengths", tr("Strengths")), ("risks", tr("Risks")), ("prerequisites", tr("Prerequisites"))):
        items = fields.get(name) or []
        if items:
            out += [f"## {label}", ""] + [f"- {item.get('text', '')} ({_citations(entry, item.get('sources'))})" for item in items] + [""]
    return out


def _related(entry: EntryView) -> list[str]:
    seen: dict[str, list[LinkView]] = {}
    for link in list(entry.links) + list(entry.backlinks):
        if link.rel in ("cites", "party") and link in entry.links:
            continue
        if link.uid != entry.uid and all(link.uid != other.uid for other in seen.get(link.kind, [])):
            seen.setdefault(link.kind, []).append(link)
    if not seen:
        return []
    out = [f"## {tr('Related')}", ""]
    for kind in ("question", "lesson", "model", "theme", "actor", "source"):
        if kind in seen:
            out.append(f"**{tr(KIND_HEADINGS[kind])}:** " + ", ".join(_link(l) for l in seen[kind]))
            out.append("")
    return out
