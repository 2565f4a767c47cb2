"""A brief's saved versions, newest first: what each held (heading, items in order, comments), and one click
back to any of them (the brief as it stands stays in the history)."""
from __future__ import annotations

from db.briefs.stored import Brief, BriefRevision
from desktop.shared.history_dialog import HistoryDialog


class BriefHistoryDialog(HistoryDialog):
    def __init__(self, runner, brief: Brief, parent=None):
        self.brief = brief
        super().__init__(runner, self.tr("History of “%1”").replace("%1", brief.title),
                         self.tr("Make this version the brief as it stands; the brief as it is now stays in the history."), parent)
        self.setAccessibleName(self.tr("Brief history"))

    def read(self, store) -> list[BriefRevision]:
        return store.brief_revisions(self.brief.id)

    def label(self, revision: BriefRevision) -> str:
        kept = revision.content
        items = self.tr("%n item(s)", "", len(kept.get("items", [])))
        return f"{kept.get('title', '')} ({items})"

    def shown(self, revision: BriefRevision) -> str:
        kept = revision.content
        lines = [kept.get("title", ""), " · ".join(part for part in (kept.get("day", ""), kept.get("meeting", "")) if part)]
        if kept.get("introduction", "").strip():
            lines += ["", kept["introduction"].strip()]
        lines.append("")
        for number, entry in enumerate(kept.get("items", []), start=1):
            lines.append(f"{number}. {entry.get('title') or entry.get('ref', '')}")
            if entry.get("comment"):
                lines.append(f"    {entry['comment']}")
        return "\n".join(lines)

    def restore(self, store, revision: BriefRevision) -> Brief:
        return store.restore_brief_revision(self.brief.id, revision.number)
