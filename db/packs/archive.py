"""Build one distributable .atlaspack file (a zip of the pack folder) from a valid pack."""
from __future__ import annotations

import os
import zipfile
from pathlib import Path

from db.packs.loader import load_pack
from db.packs.model import Pack
from db.packs.source import PackSource

# Fixed timestamps make the same pack build into the same bytes.
_EPOCH = (1980, 1, 1, 0, 0, 0)


def build_archive(location: Path | str, output: Path | str) -> Pack:
    """Validate the pack at `location`, then write it to `output` atomically; return the pack."""
    pack = load_pack(location)
    write_archive(PackSource.open(Path(location)), Path(output))
    return pack


def write_archive(source: PackSource, output: Path, *, compresslevel: int = 9) -> None:
    """Zip `source` into `output` atomically; 9 packs smallest for sharing, 1 writes fastest."""
    output.parent.mkdir(parents=True, exist_ok=True)
    temporary = output.with_name(f".{output.name}.{os.getpid()}.tmp")
    try:
        with zipfile.ZipFile(temporary, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for pack_file in sorted(source.files(), key=lambda f: f.path):
                info = zipfile.ZipInfo(pack_file.path, date_time=_EPOCH)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                # Given with a ZipInfo, the archive's own level would be ignored (zlib's default, 6, applies).
                archive.writestr(info, pack_file.data, compresslevel=compresslevel)
        with open(temporary, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(temporary, output)
    finally:
        temporary.unlink(missing_ok=True)
