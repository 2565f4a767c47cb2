"""The first page a delegate sees: what this is, the models, and how to search, compare and annotate."""
from __future__ import annotations

from db import Store
from db.packs.model import version_changes
from desktop.shared.entry_links import entry_url
from desktop.shared.translate import tr


def overview_markdown(store: Store) -> str:
    packs = store.packs()
    models = store.entries(kind="model")
    counts = store.counts()
    out = ["# " + tr("Partnership Atlas"), "",
           tr("An offline reference of partnership models between donors and the Red Cross and Red Crescent Movement, "
              "the lessons learned about them, and your own notes."), ""]
    for pack in packs:
        row = store.reference.execute("SELECT description, changelog IS NOT NULL FROM packs WHERE id=?", (pack["id"],)).fetchone()
        version = tr("version %1").replace("%1", pack["version"])
        out += [f"**{pack['title']}** ({version}). {row[0] if row and row[0] else ''}", ""]
        if row and row[1]:  # a link, not the text: a long changelog would slow the first page
            out += ["[" + tr("What changed in this version") + f"](atlas:changes/{pack['id']})", ""]
    out += ["## " + tr("Partnership models"), ""]
    out += [f"- [{m.title}]({entry_url(m.uid)}): {m.summary}" for m in models]
    out += ["", tr("The library also holds %1 lessons, %2 guiding questions, %3 themes, %4 sources and %5 actors.")
            .replace("%1", str(counts.get("lesson", 0))).replace("%2", str(counts.get("question", 0)))
            .replace("%3", str(counts.get("theme", 0))).replace("%4", str(counts.get("source", 0)))
            .replace("%5", str(counts.get("actor", 0))), ""]
    out += ["## " + tr("How to use it"), "",
            "- **" + tr("Search") + "** (Ctrl+K): " + tr("type words; results appear as you type. Use \"quotes\" for a phrase, "
                                                    "OR between words, -word to leave a word out, part* for word beginnings, "
                                                    "and kind:lesson, theme:independence or year:1999 to narrow. Arrow keys move, Enter opens."),
            "- **" + tr("Read") + "**: " + tr("click any link to follow it; Alt+Left and Alt+Right go back and forward; "
                                         "Ctrl+F finds words in the page; Ctrl+D bookmarks the entry."),
            "- **" + tr("Compare") + "** (Ctrl+Shift+C): " + tr("tick two to six models in the navigator, or press \"Add to Comparison\" "
                                                           "on a model. Rows that differ are marked ≠; save a comparison by name or "
                                                           "export it to Markdown, CSV or PDF."),
            "- **" + tr("Annotate") + "**: " + tr("Ctrl+N writes a note on the open entry; select text and press Ctrl+H to highlight "
                                             "it with a note. Notes save themselves as you type and keep every revision; deleted "
                                             "notes wait in the Trash."),
            "", tr("Everything stays on this computer: Partnership Atlas never connects to the internet.")]
    return "\n".join(out)


def changes_markdown(store: Store, pack_id: str) -> str:
    """The page of what a pack's version in use changed, then its whole changelog."""
    pack = next(p for p in store.packs() if p["id"] == pack_id)
    changelog = store.pack_changelog(pack_id)
    heading = tr("What changed in version %2 of %1").replace("%1", pack["title"]).replace("%2", pack["version"])
    return "\n".join(["# " + heading, "", version_changes(changelog, pack["version"]), "", "---", "", changelog])
