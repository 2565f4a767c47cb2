"""Turn an entry into the Markdown the reader shows: every field in its place, links as atlas: URLs."""
from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QGuiApplication

from db.reference.attributes import DOCUMENTED, INAPPLICABLE, as_of, attribute_display
from db.reference.entry_view import EntryView, LinkView
from desktop.shared.entry_links import entry_url
from desktop.shared.translate import language_name, tr


def kind_name(kind: str) -> str:
    """An entry's kind as the page's subtitle names it."""
    return {"lesson": tr("Lesson"), "model": tr("Model"), "question": tr("Question"), "theme": tr("Theme"),
            "actor": tr("Actor"), "source": tr("Source")}.get(kind, kind)


def kind_heading(kind: str) -> str:
    return {"lesson": tr("Lessons"), "model": tr("Partnership models"), "question": tr("Guiding questions"),
            "theme": tr("Themes"), "actor": tr("Actors"), "source": tr("Sources")}[kind]


def not_documented() -> str:
    """db.reference.attributes.NOT_DOCUMENTED in the window's language."""
    return tr("not documented in this pack's sources")


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
    window_language: str = ""
    """The window's language: an entry shown in another says so and offers its other languages."""


def _bold(label: str) -> str:
    """A label before its value: "**Type:**" (French puts a space before the colon)."""
    return "**" + tr("%1:", "a label before its value").replace("%1", label) + "**"


def _cell(text: str) -> str:
    return _isolated(" ".join(str(text).split()).replace("|", "\\|"))


def _isolated(text: str) -> str:
    """In a right-to-left window, a value set apart (Unicode's first-strong isolate), so that the full
    stop of an English sentence stays at its end after an Arabic label, and the reverse."""
    return f"\u2068{text}\u2069" if text and QGuiApplication.isRightToLeft() else text


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
    out = [f"# {entry.title}", "", f"*{kind_name(entry.kind)} · {_cell(data.pack_title)}*", ""]
    out += _languages(data)
    for name, label in (("summary", tr("Summary")), ("statement", tr("Statement"))):
        if fields.get(name):
            out += [f"**{label}.** {_isolated(fields[name])}", ""]
    if entry.kind == "lesson":
        out += _lesson_facts(entry)
    if entry.markdown:
        out += (["## " + tr("Explanation"), ""] if entry.kind == "lesson" else []) + [link_citations(entry.markdown, entry), ""]
    if fields.get("second_text"):
        out += ["## " + _cell(fields.get("second_text_label") or tr("Second text")), "", fields["second_text"], ""]
    if fields.get("recommendation"):
        advice = [f"> {line}" if line.strip() else ">" for line in str(fields["recommendation"]).splitlines()]
        # db.reference.entry_view.ADVICE_LABEL and ADVICE_NOTE, translated.
        note = tr("Drawn from this lesson; not itself a finding of its sources.")
        out += ["## " + tr("Practical advice"), "", *advice, ">", f"> *{note}*", ""]
    if entry.kind == "model":
        out += _model_sections(data)
    if fields.get("citation"):
        out += [_bold(tr("Citation")) + f" {fields['citation']}", ""]
    if fields.get("url"):
        out += [_bold(tr("Address")) + f" <{fields['url']}>", ""]
    if fields.get("sources") and entry.kind != "model":
        out += [_bold(tr("Sources")) + " " + _citations(entry, fields["sources"]), ""]
    out += _related(entry)
    return "\n".join(out)


def _languages(data: PageData) -> list[str]:
    """A line saying the entry is not in the window's language, if so, and links to its other languages."""
    entry, out = data.entry, []
    if data.window_language and entry.language and entry.language != data.window_language:
        out.append("*" + tr("Not yet in %1: shown in %2.").replace("%1", language_name(data.window_language))
                   .replace("%2", language_name(entry.language)) + "*")
    others = [language for language in entry.languages if language != entry.language]
    if others:
        links = ", ".join(f"[{language_name(language)}]({entry_url(entry.uid)}?language={language})" for language in others)
        out.append(_bold(tr("Also in")) + " " + links)
    return ["  \n".join(out), ""] if out else []


def _lesson_facts(entry: EntryView) -> list[str]:
    fields = entry.fields
    # Lessons imported from a spreadsheet may have no type: none is shown rather than one assumed.
    types = {"lesson": tr("lesson"), "challenge": tr("challenge")}
    facts = [_bold(tr("Type")) + " " + types.get(fields["type"], fields["type"])] if fields.get("type") else []
    if fields.get("type_label"):
        facts.append(_bold(tr("Type")) + " " + _cell(fields["type_label"]))
    themes = [_link(l) for l in entry.links if l.rel == "theme"]
    models = [_link(l) for l in entry.links if l.rel == "model"]
    if themes:
        facts.append(_bold(tr("Themes")) + " " + ", ".join(themes))
    if models:
        facts.append(_bold(tr("Applies to")) + " " + ", ".join(models))
    for name, label in (("code", tr("Code")), ("date", tr("Date")), ("year", tr("Year")), ("region", tr("Region")),
                        ("country", tr("Country")), ("sector", tr("Sector")), ("hazard", tr("Hazard"))):
        if fields.get(name) not in (None, ""):
            facts.append(f"**{label}:** {_cell(fields[name])}")
    return ["  \n".join(facts), ""]


def _model_sections(data: PageData) -> list[str]:
    entry, fields = data.entry, data.entry.fields
    out = ["## " + tr("Parties"), ""]
    parties = [l for l in entry.links if l.rel == "party"]
    out += [f"- {_link(p)}" + (f" — {p.note}" if p.note else "") for p in parties] or [not_documented().capitalize() + "."]
    # One paragraph per attribute, grouped as the pack declares them: a three-column table left
    # the values a third of the width and repeated long source titles on every row.
    out += ["", "## " + tr("Attributes"), ""]
    values = fields.get("attributes") or {}
    current_group = None
    for key, label, group in data.attributes:
        if group != current_group:
            current_group = group
            out += [f"### {group}", ""]
        raw = values.get(key)
        text, state = attribute_display(raw)
        source = _citations(entry, (raw or {}).get("sources"))
        source = "  \n*" + tr("Source") + f":* {source}" if source else ""
        if state == DOCUMENTED:
            dated = " *(" + tr("as of %1").replace("%1", as_of(raw)) + ")*" if as_of(raw) else ""
            out += [f"**{_cell(label)}:** {_cell(text)}{dated}{source}", ""]
        elif state == INAPPLICABLE:
            reason = raw["not_applicable"] if isinstance(raw["not_applicable"], str) else ""
            out += [f"**{_cell(label)}:** *" + tr("not applicable") + "*" + (f" — {_cell(reason)}" if reason else "") + source, ""]
        else:
            out += [f"**{_cell(label)}:** *{not_documented()}*", ""]
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
    out = ["## " + tr("Related"), ""]
    for kind in ("question", "lesson", "model", "theme", "actor", "source"):
        if kind in seen:
            out.append(_bold(kind_heading(kind)) + " " + ", ".join(_link(l) for l in seen[kind]))
            out.append("")
    return out
