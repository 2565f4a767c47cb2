"""What the status bar says when another process changed the library: the command line, a restored
backup, a pack installed by another tool."""
from __future__ import annotations

from db.store.changes import Changes
from desktop.shared.translate import tr


def outside_changes_message(changes: Changes) -> str:
    """One line naming each kind of change, e.g. "2 notes added outside the window"."""
    added = len(changes.notes_added - changes.notes_trashed)
    edited = len(changes.notes - changes.notes_added - changes.notes_trashed)
    parts = []
    if added:
        parts.append(tr("%n note(s) added", "", added))
    if edited:
        parts.append(tr("%n note(s) changed", "", edited))
    if changes.notes_trashed:
        parts.append(tr("%n note(s) moved to the Trash", "", len(changes.notes_trashed)))
    if changes.bookmarks:
        parts.append(tr("bookmarks changed"))
    if changes.comparisons:
        parts.append(tr("%n saved comparison(s) changed", "", len(changes.comparisons)))
    if changes.packs:
        parts.append(tr("%n pack(s) installed, updated or removed", "", len(changes.packs)))
    return tr("%1 outside the window.").replace("%1", "; ".join(parts)) if parts else ""
