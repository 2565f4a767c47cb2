"""Links between entries in the reader's pages: atlas:entry/<pack>/<id>."""
from __future__ import annotations

SCHEME = "atlas"


def entry_url(uid: str) -> str:
    return f"{SCHEME}:entry/{uid}"
