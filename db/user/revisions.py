"""A note as it was at one save: what its history lists and can restore."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Revision:
    id: int  # database id: stable, what the GUI passes back to restore
    note_id: str
    title: str
    body: str
    tags: tuple[str, ...]
    saved: str
    number: int = 0  # 1 for a note's oldest revision, n for its newest: what people type
