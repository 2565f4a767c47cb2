"""Guard against a Qt binding that corrupts Python's reference counts (PySide6 6.12.0 did)."""
from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    value = Signal(object)


def test_emitting_signals_leaves_reference_counts_alone():
    emitter = Emitter()
    received = []
    emitter.value.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(None)
    for _ in range(50):
        emitter.value.emit(None)
    received.clear()
    assert (sys.getrefcount(True), sys.getrefcount(None)) == before
