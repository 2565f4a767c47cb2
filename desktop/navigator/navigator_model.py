"""The navigator tree: sections (Models, Lessons, ..., Briefs, Trash) with counts, their rows beneath them.

Entry sections hold only the rows fetched so far: a section knows how many entries it has (one
GROUP BY query) and asks for the next page through `pageWanted` when the view wants more
(`canFetchMore` / `fetchMore`), so 100,000 lessons are neither read nor laid out at start-up.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

# QtCore.X for the date classes: set up with the first brief listed, not at start (see desktop/app/application.py).
from PySide6 import QtCore
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QIcon

from db.reference.entries import EntrySummary
from db.user.library import SavedComparison
from db.user.notes import Note
from desktop.shared.kind_badge import kind_icon
from desktop.shared.translate import tr

if TYPE_CHECKING:
    from db.briefs.listing import BriefSummary
    from db.search.filters import FacetCount

TARGET_ROLE = Qt.ItemDataRole.UserRole + 1
"""(what, id): ("entry", uid), ("note", id), ("comparison", id), ("brief", id), ("trash", note id),
("brief-trash", brief id), or ("section", key)."""

ENTRY_KINDS = ("model", "lesson", "question", "theme", "source", "actor")
# Labels marked for pyside6-lupdate (the empty context of desktop.shared.translate.tr), translated when shown.
SECTIONS = (
    ("model", QT_TRANSLATE_NOOP("", "Models")),
    ("lesson", QT_TRANSLATE_NOOP("", "Lessons")),
    ("question", QT_TRANSLATE_NOOP("", "Guiding questions")),
    ("theme", QT_TRANSLATE_NOOP("", "Themes")),
    ("source", QT_TRANSLATE_NOOP("", "Sources")),
    ("actor", QT_TRANSLATE_NOOP("", "Actors")),
    ("notes", QT_TRANSLATE_NOOP("", "My notes")),
    ("bookmarks", QT_TRANSLATE_NOOP("", "Bookmarks")),
    ("comparisons", QT_TRANSLATE_NOOP("", "Saved comparisons")),
    ("briefs", QT_TRANSLATE_NOOP("", "Briefs")),
    ("trash", QT_TRANSLATE_NOOP("", "Trash")),
)
PAGE = 200
"""Rows of an entry section fetched at a time: a few screens' worth."""

_SECTION = 0
ROOT = QModelIndex()
"""internalId of a section's index; a row's index carries its section's row + 1."""


@dataclass(frozen=True)
class Row:
    target: tuple[str, str]
    text: str
    tooltip: str = ""

    @staticmethod
    def entry(entry: EntrySummary) -> Row:
        return Row(("entry", entry.uid), entry.title, entry.summary)

    @staticmethod
    def note(note: Note, what: str) -> Row:
        return Row((what, note.id), note.display_title + ("  " + tr("(detached)") if note.detached else ""), note.body[:300])

    @staticmethod
    def comparison(saved: SavedComparison) -> Row:
        return Row(("comparison", saved.id), saved.name, f"{len(saved.models)} models")

    @staticmethod
    def brief(brief: BriefSummary) -> Row:
        return Row(("brief", brief.id), f"{brief.title} ({brief.size})", _brief_tooltip(brief))

    @staticmethod
    def trashed_brief(brief: BriefSummary) -> Row:
        # Marked as a brief: the Trash holds notes too, and a brief's title reads like a note's.
        return Row(("brief-trash", brief.id), tr("Brief: %1").replace("%1", brief.title), _brief_tooltip(brief))


def _brief_tooltip(brief: BriefSummary) -> str:
    """The meeting's date in the user's words, and the meeting."""
    day = QtCore.QDate.fromString(brief.day, Qt.DateFormat.ISODate)
    when = QtCore.QLocale().toString(day, QtCore.QLocale.FormatType.LongFormat) if day.isValid() else brief.day
    return "\n".join(part for part in (when, brief.meeting) if part)


@dataclass
class NavigatorData:
    """What one reload read. `counts` and `pages` are None when the entries were not read again."""
    notes: list[Note] = field(default_factory=list)
    bookmarks: list[EntrySummary] = field(default_factory=list)
    comparisons: list[SavedComparison] = field(default_factory=list)
    briefs: list[BriefSummary] = field(default_factory=list)
    trash: list[Note] = field(default_factory=list)
    trashed_briefs: list[BriefSummary] = field(default_factory=list)
    counts: dict[str, int] | None = None  # entries of each kind
    pages: dict[str, list[EntrySummary]] | None = None  # the first rows of some entry sections, by kind
    facets: dict[str, list[FacetCount]] | None = None  # every value of each filter, when they were read


@dataclass
class _Section:
    key: str
    label: str
    rows: list[Row] = field(default_factory=list)
    total: int = 0
    fetching: bool = False
    wanted: int = 0
    """Rows the view has needed so far: raised by `want_more` as the last fetched row comes on screen."""

    @property
    def paged(self) -> bool:
        return self.key in ENTRY_KINDS


class NavigatorModel(QAbstractItemModel):
    pageWanted = Signal(str, int, int)
    """(kind, offset, generation): the view wants the entries of `kind` from `offset` on."""
    modelsTicked = Signal(list)
    """The user ticked or cleared a model's box: every ticked model uid."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sections = [_Section(key, tr(label)) for key, label in SECTIONS]
        self._by_key = {section.key: number for number, section in enumerate(self._sections)}
        self._checked: set[str] = set()
        self._icons: dict[str, QIcon] = {}
        self.generation = 0
        """Counts up each time the entry sections are replaced; pages of an older one are dropped."""

    # -- structure ---------------------------------------------------------------------------
    def index(self, row: int, column: int = 0, parent: QModelIndex | QPersistentModelIndex = ROOT) -> QModelIndex:
        if column != 0 or row < 0:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, 0, _SECTION) if row < len(self._sections) else QModelIndex()
        if parent.internalId() != _SECTION or parent.row() >= len(self._sections):
            return QModelIndex()
        return self.createIndex(row, 0, parent.row() + 1) if row < len(self._sections[parent.row()].rows) else QModelIndex()

    def parent(self, child: QModelIndex | QPersistentModelIndex) -> QModelIndex:
        if not child.isValid() or child.internalId() == _SECTION:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, _SECTION)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self._sections)
        return len(self._sections[parent.row()].rows) if parent.internalId() == _SECTION else 0

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 1

    def hasChildren(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        if not parent.isValid():
            return True
        # A section with entries not fetched yet still shows its expand arrow.
        return parent.internalId() == _SECTION and self._sections[parent.row()].total > 0

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> bool:
        # Only up to what the view has shown it needs: QTreeView asks for more each time it lays
        # out an open section, which, with pages arriving later, would fetch the whole section.
        section = self._section_at(parent)
        return section is not None and section.paged and not section.fetching and len(section.rows) < min(section.total, section.wanted)

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex) -> None:
        if self.canFetchMore(parent):
            section = self._sections[parent.row()]
            section.fetching = True
            self.pageWanted.emit(section.key, len(section.rows), self.generation)

    def _section_at(self, index: QModelIndex | QPersistentModelIndex) -> _Section | None:
        if index.isValid() and index.internalId() == _SECTION and 0 <= index.row() < len(self._sections):
            return self._sections[index.row()]
        return None

    # -- contents ----------------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        section = self._section_at(index)
        if section is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{section.label} ({section.total})"
            if role == TARGET_ROLE:
                return ("section", section.key)
            if role == Qt.ItemDataRole.DecorationRole and section.paged:
                if section.key not in self._icons:
                    self._icons[section.key] = kind_icon(section.key)
                return self._icons[section.key]
            return None
        owner = self._sections[index.internalId() - 1]
        if not 0 <= index.row() < len(owner.rows):
            return None
        row = owner.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == TARGET_ROLE:
            return row.target
        if role == Qt.ItemDataRole.ToolTipRole:
            if owner.key == "model":
                return tr("Tick to add to the comparison (2 to 6 models).") + "\n\n" + row.tooltip
            return row.tooltip
        if role == Qt.ItemDataRole.CheckStateRole and owner.key == "model":
            return Qt.CheckState.Checked if row.target[1] in self._checked else Qt.CheckState.Unchecked
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == _SECTION:
            return flags
        if self._sections[index.internalId() - 1].key == "model":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags | Qt.ItemFlag.ItemNeverHasChildren

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not (self.flags(index) & Qt.ItemFlag.ItemIsUserCheckable):
            return False
        uid = index.data(TARGET_ROLE)[1]
        ticked = Qt.CheckState(value) == Qt.CheckState.Checked
        (self._checked.add if ticked else self._checked.discard)(uid)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self.modelsTicked.emit(self.checked_models())
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if section == 0 and orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr("Library")
        return None

    # -- loading -----------------------------------------------------------------------------
    def section_index(self, key: str) -> QModelIndex:
        return self.index(self._by_key[key], 0)

    def loaded_rows(self, key: str) -> int:
        return len(self._sections[self._by_key[key]].rows)

    def has_more(self, key: str) -> bool:
        """Rows of this section are still to be fetched, and none is on its way."""
        section = self._sections[self._by_key[key]]
        return section.paged and not section.fetching and len(section.rows) < section.total

    def want_more(self, key: str) -> None:
        """The last fetched row of this section is on screen: fetch the next page."""
        section = self._sections[self._by_key[key]]
        section.wanted = max(section.wanted, len(section.rows) + 1)
        self.fetchMore(self.section_index(key))

    def load(self, data: NavigatorData) -> None:
        """Replace the user's lists, and the entry sections when `data` read them."""
        self._replace("notes", [Row.note(n, "note") for n in data.notes])
        self._replace("bookmarks", [Row.entry(e) for e in data.bookmarks])
        self._replace("comparisons", [Row.comparison(c) for c in data.comparisons])
        self._replace("briefs", [Row.brief(b) for b in data.briefs])
        self._replace("trash", [Row.note(n, "trash") for n in data.trash] + [Row.trashed_brief(b) for b in data.trashed_briefs])
        if data.counts is None:
            return
        self.generation += 1
        for kind in ENTRY_KINDS:
            page = (data.pages or {}).get(kind, [])
            self._replace(kind, [Row.entry(e) for e in page], total=data.counts.get(kind, 0))

    def add_page(self, kind: str, offset: int, generation: int, entries: list[EntrySummary]) -> None:
        """Append fetched entries; a page for older contents, or not where the rows end, is dropped."""
        section = self._sections[self._by_key[kind]]
        if generation != self.generation:
            return
        section.fetching = False
        if offset != len(section.rows) or not entries:
            return
        parent = self.section_index(kind)
        self.beginInsertRows(parent, offset, offset + len(entries) - 1)
        section.rows.extend(Row.entry(e) for e in entries)
        self.endInsertRows()

    def _replace(self, key: str, rows: list[Row], *, total: int | None = None) -> None:
        section = self._sections[self._by_key[key]]
        total = len(rows) if total is None else total
        section.fetching = False
        section.wanted = len(rows)
        if rows == section.rows and total == section.total:
            return  # most reloads (a note saved) change nothing here: keep the rows and the selection
        parent = self.section_index(key)
        if section.rows:
            self.beginRemoveRows(parent, 0, len(section.rows) - 1)
            section.rows = []
            self.endRemoveRows()
        section.total = total
        if rows:
            self.beginInsertRows(parent, 0, len(rows) - 1)
            section.rows = rows
            self.endInsertRows()
        self.dataChanged.emit(parent, parent, [Qt.ItemDataRole.DisplayRole])

    def find(self, target: tuple) -> QModelIndex:
        """The first loaded row for (what, id), sections in order; invalid when none is loaded."""
        target = tuple(target)
        for number, section in enumerate(self._sections):
            if target == ("section", section.key):
                return self.index(number, 0)
            for row, item in enumerate(section.rows):
                if item.target == target:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    # -- models ticked for comparison --------------------------------------------------------
    def set_checked(self, uids: set[str]) -> None:
        """Tick exactly these models (the comparison changed); emits no `modelsTicked`."""
        changed = self._checked ^ set(uids)
        self._checked = set(uids)
        section = self._sections[self._by_key["model"]]
        for row, item in enumerate(section.rows):
            if item.target[1] in changed:
                index = self.createIndex(row, 0, self._by_key["model"] + 1)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])

    def checked_models(self) -> list[str]:
        """Ticked models in the order the navigator lists them (any not fetched yet last)."""
        listed = [item.target[1] for item in self._sections[self._by_key["model"]].rows if item.target[1] in self._checked]
        return listed + sorted(self._checked.difference(listed))
