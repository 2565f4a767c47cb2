"""Draw the application icon and write it in the forms the three operating systems want.

    python resources/icons/make_icons.py

Writes, next to this script: partnership-atlas.png (256 px, the window icon and Linux),
partnership-atlas.ico (Windows executable) and partnership-atlas.icns (macOS bundle). The .ico
and .icns files are containers of PNG images, written here directly: Qt cannot write .icns
without an add-on plugin, and this way no image library is needed at build time. The outputs
are committed; run this again only when the drawing changes.

The drawing is two overlapping rings, for partners, on a deep blue tile. It is deliberately not
a red cross or crescent: those emblems are protected by the Geneva Conventions.
"""
from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
NAME = "partnership-atlas"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size (Apple's icns format).
ICNS_TYPES = {32: b"ic11", 64: b"ic12", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def draw(size: int) -> bytes:
    """The icon at `size` pixels square, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    unit = size / 256
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#1f3b5c"))
    painter.drawRoundedRect(QRectF(8 * unit, 8 * unit, 240 * unit, 240 * unit), 48 * unit, 48 * unit)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for colour, left in (("#f2f2f2", 40), ("#f2b33d", 104)):
        painter.setPen(QPen(QColor(colour), max(1.5, 20 * unit)))
        painter.drawEllipse(QRectF(left * unit, 72 * unit, 112 * unit, 112 * unit))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (supported since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    directory, payload = b"", b""
    for size, png in sorted(images.items()):
        # A width or height of 0 means 256 in the ICO directory.
        directory += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(png), offset + len(payload))
        payload += png
    return header + directory + payload


def icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", len(png) + 8) + png for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def write_icons(folder: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    # Painting with the application's settings (the output differs without one); offscreen is enough.
    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841
    images = {size: draw(size) for size in sorted({*ICO_SIZES, *ICNS_TYPES})}
    outputs = {
        folder / f"{NAME}.png": images[256],
        folder / f"{NAME}.ico": ico({size: images[size] for size in ICO_SIZES}),
        folder / f"{NAME}.icns": icns({size: images[size] for size in ICNS_TYPES}),
    }
    for path, data in outputs.items():
        path.write_bytes(data)
    return list(outputs)


if __name__ == "__main__":
    for written in write_icons(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE):
        print(written)
