"""The navigator tree: sections (Models, Lessons, ..., Trash) with counts, entries beneath them."""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from db.entries import EntrySummary
from db.user.library import SavedComparison
from db.user.notes import Note
from desktop.kind_badge import kind_icon

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
"""(what, id): ("entry", uid), ("note", id), ("comparison", id), ("trash", note id), or ("section", key)."""

SECTIONS = (
    ("model", "Models"), ("lesson", "Lessons"), ("question", "Guiding questions"), ("theme", "Themes"),
    ("source", "Sources"), ("actor", "Actors"), ("notes", "My notes"), ("bookmarks", "Bookmarks"),
    ("comparisons", "Saved comparisons"), ("trash", "Trash"),
)


def tr(text: str) -> str:
    return QCoreApplication.translate("Navigator", text)


@dataclass
class NavigatorData:
    entries: dict[str, list[EntrySummary]] = field(default_factory=dict)  # by kind
    notes: list[Note] = field(default_factory=list)
    bookmarks: list[EntrySummary] = field(default_factory=list)
    comparisons: list[SavedComparison] = field(default_factory=list)
    trash: list[Note] = field(default_factory=list)


class NavigatorModel(QStandardItemModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setHorizontalHeaderLabels([tr("Library")])
        self._sections: dict[str, QStandardItem] = {}
        for key, label in SECTIONS:
            item = QStandardItem(tr(label))
            item.setEditable(False)
            item.setData(("section", key), TARGET_ROLE)
            item.setData(tr(label), Qt.ItemDataRole.UserRole + 2)
            if key in ("model", "lesson", "question", "theme", "source", "actor"):
                item.setIcon(kind_icon(key))
            self._sections[key] = item
            self.appendRow(item)

    def section(self, key: str) -> QStandardItem:
        return self._sections[key]

    def load(self, data: NavigatorData, checked: set[str]) -> None:
        for kind in ("model", "lesson", "question", "theme", "source", "actor"):
            self._fill(kind, [self._entry_item(e, checkable=kind == "model", checked=e.uid in checked) for e in data.entries.get(kind, [])])
        self._fill("notes", [self._note_item(n, "note") for n in data.notes])
        self._fill("bookmarks", [self._entry_item(e) for e in data.bookmarks])
        self._fill("comparisons", [self._item(c.name, ("comparison", c.id), f"{len(c.models)} models") for c in data.comparisons])
        self._fill("trash", [self._note_item(n, "trash") for n in data.trash])

    def _fill(self, key: str, children: list[QStandardItem]) -> None:
        section = self._sections[key]
        if section.rowCount():
            section.removeRows(0, section.rowCount())
        if children:
            section.appendRows(children)
        label = section.data(Qt.ItemDataRole.UserRole + 2)
        section.setText(f"{label} ({len(children)})")

    @staticmethod
    def _item(text: str, target: tuple, tooltip: str = "") -> QStandardItem:
        item = QStandardItem(text)
        item.setEditable(False)
        item.setData(target, TARGET_ROLE)
        item.setToolTip(tooltip)
        return item

    def _entry_item(self, entry: EntrySummary, *, checkable: bool = False, checked: bool = False) -> QStandardItem:
        item = self._item(entry.title, ("entry", entry.uid), entry.summary)
        if checkable:
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            item.setToolTip(tr("Tick to add to the comparison (2 to 6 models).") + "\n\n" + entry.summary)
        return item

    def _note_item(self, note: Note, what: str) -> QStandardItem:
        title = note.display_title + (f"  {tr('(detached)')}" if note.detached else "")
        return self._item(title, (what, note.id), note.body[:300])

    def set_checked(self, uids: set[str]) -> None:
        section = self._sections["model"]
        for row in range(section.rowCount()):
            child = section.child(row)
            state = Qt.CheckState.Checked if child.data(TARGET_ROLE)[1] in uids else Qt.CheckState.Unchecked
            if child.checkState() != state:
                child.setCheckState(state)

    def checked_models(self) -> list[str]:
        section = self._sections["model"]
        return [section.child(r).data(TARGET_ROLE)[1] for r in range(section.rowCount()) if section.child(r).checkState() == Qt.CheckState.Checked]
