"""The application icon: committed in the three forms build.spec and the window use, and rewritable."""
from __future__ import annotations

import importlib.util
import struct
from pathlib import Path

from PySide6.QtGui import QImage

from db.files.resources import RESOURCES_DIR

ICONS = RESOURCES_DIR / "icons"


def make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ICONS / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def png_size(data: bytes) -> tuple[int, int]:
    image = QImage.fromData(data, "PNG")
    assert not image.isNull()
    return image.width(), image.height()


def ico_sizes(data: bytes) -> list[int]:
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, _, _, _, _, _, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * index)
        assert png_size(data[offset:offset + length]) == (width or 256, width or 256)
        sizes.append(width or 256)
    return sizes


def icns_sizes(data: bytes) -> dict[bytes, int]:
    assert data[:4] == b"icns" and struct.unpack_from(">I", data, 4)[0] == len(data)
    found, position = {}, 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack_from(">I", data, position + 4)[0]
        found[kind] = png_size(data[position + 8:position + length])[0]
        position += length
    return found


def test_committed_icons_hold_the_sizes_each_system_wants(qapp):
    assert png_size((ICONS / "partnership-atlas.png").read_bytes()) == (256, 256)
    assert ico_sizes((ICONS / "partnership-atlas.ico").read_bytes()) == [16, 24, 32, 48, 64, 128, 256]
    assert icns_sizes((ICONS / "partnership-atlas.icns").read_bytes()) == {b"ic11": 32, b"ic12": 64, b"ic07": 128, b"ic08": 256, b"ic09": 512}


def test_the_icon_script_writes_all_three_files(qapp, tmp_path: Path):
    written = make_icons().write_icons(tmp_path)
    assert sorted(p.name for p in written) == ["partnership-atlas.icns", "partnership-atlas.ico", "partnership-atlas.png"]
    assert png_size((tmp_path / "partnership-atlas.png").read_bytes()) == (256, 256)
    assert len(ico_sizes((tmp_path / "partnership-atlas.ico").read_bytes())) == 7
    assert len(icns_sizes((tmp_path / "partnership-atlas.icns").read_bytes())) == 5
