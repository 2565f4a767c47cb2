"""What a write changed: which notes, tags, bookmarks, saved comparisons and packs, by id.

Every write through `Store` records one (`Store.take_changes` hands over what was recorded since
the last call), and writes by another process are found the same way (`Store.outside_changes`).
A window refreshes from these alone: each panel looks at the parts that concern it, as Anki's
operations return their `OpChanges` for every screen to read.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields

EMPTY: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Changes:
    notes: frozenset[str] = EMPTY
    """Notes created, edited, moved to or from the Trash, or deleted for good."""
    notes_added: frozenset[str] = EMPTY
    """Of `notes`, those that are new."""
    notes_trashed: frozenset[str] = EMPTY
    """Of `notes`, those moved to the Trash or deleted for good."""
    tags: frozenset[str] = EMPTY
    """Tags whose notes changed (the tag list and its counts may differ)."""
    bookmarks: frozenset[str] = EMPTY
    """Entries bookmarked or no longer bookmarked."""
    comparisons: frozenset[str] = EMPTY
    """Saved comparisons created, renamed, changed or deleted."""
    briefs: frozenset[str] = EMPTY
    """Briefs created, changed (their heading or items), moved to or from the Trash, or deleted for good."""
    packs: frozenset[str] = EMPTY
    """Packs installed, updated or removed: the reference entries may all differ."""
    user_store_replaced: bool = False
    """The notes file was replaced (a backup restored, a fresh start): everything in it may differ."""
    outside: bool = field(default=False, compare=False)
    """Made by another process (the command line, another tool), not through this `Store`."""

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self) if f.name != "outside")

    def __or__(self, other: Changes) -> Changes:
        merged = {f.name: getattr(self, f.name) | getattr(other, f.name) for f in fields(self)}
        return Changes(**merged)

    @property
    def user_data(self) -> bool:
        """Anything in the notes file: notes, tags, bookmarks, saved comparisons, briefs."""
        return bool(self.notes or self.tags or self.bookmarks or self.comparisons or self.briefs or self.user_store_replaced)
