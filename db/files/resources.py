"""Files shipped with the application, found relative to this module so a frozen build works too.

PyInstaller places this module's `__file__` inside the bundle (`db/files/`) with `resources/` beside `db/`,
exactly as in the source tree, so no code needs to ask whether it runs frozen.
"""
from __future__ import annotations

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parents[2] / "resources"
CONTENT_DIR = RESOURCES_DIR / "content"
# The bundled packs compiled at build time (build.spec); only the frozen build ships it.
PREBUILT_REFERENCE = RESOURCES_DIR / "prebuilt" / "reference.sqlite"


def bundled_pack_dirs() -> list[Path]:
    """Every pack folder shipped in resources/content, in a stable order."""
    if not CONTENT_DIR.is_dir():
        return []
    return sorted(p for p in CONTENT_DIR.iterdir() if (p / "pack.yaml").is_file())
