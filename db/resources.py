"""Files shipped with the application, found relative to this module so a frozen build works too."""
from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"
CONTENT_DIR = RESOURCES_DIR / "content"


def bundled_pack_dirs() -> list[Path]:
    """Every pack folder shipped in resources/content, in a stable order."""
    if not CONTENT_DIR.is_dir():
        return []
    return sorted(p for p in CONTENT_DIR.iterdir() if (p / "pack.yaml").is_file())
