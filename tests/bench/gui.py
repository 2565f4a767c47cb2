"""GUI benchmarks, each against a baseline in the same run.

- cold start to first paint, median of N runs, against a bare PySide6 QMainWindow;
- peak RSS of the same processes;
- keystroke-to-results-painted latency while typing into the real search box.
"""
from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path


def bytecode_cached(environ) -> dict:
    """The environment as a user's machine has it: Python caches compiled modules.

    Some shells here set PYTHONDONTWRITEBYTECODE, which makes every start recompile every
    module; installed and frozen copies of the application never run like that.
    """
    return {k: v for k, v in environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def start_figures(home: Path, runs: int) -> dict[str, list[float]]:
    env = {**bytecode_cached(os.environ), "PARTNERSHIP_ATLAS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    samples: dict[str, list] = {"main": [], "bare": []}
    for mode in ("main", "bare"):  # warm-up: the first run compiles the cache and fills OS caches
        subprocess.run([sys.executable, "-m", "tests.bench.gui_start", mode], env=env, capture_output=True, check=True)
    for _ in range(runs):
        for mode in ("main", "bare"):
            began = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "tests.bench.gui_start", mode], env=env, capture_output=True, text=True, check=True)
            data = json.loads(out.stdout.strip().splitlines()[-1])
            samples[mode].append((time.perf_counter() - began - 0.0, data["painted_s"], data["peak_rss_kb"]))
    return samples


def typing_latencies(home: Path, words: list[str]) -> tuple[list[float], float]:
    """Milliseconds from each keystroke to its results being painted; and the longest GUI stall."""
    os.environ["PARTNERSHIP_ATLAS_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from db import AtlasPaths, Store
    from desktop.app import window_settings
    from desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    paths = AtlasPaths.default()
    store = Store(paths)
    window = MainWindow(store, window_settings(paths))
    window.show()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    loop.exec()
    stalls = StallMeter(app)
    latencies = []
    wait = QEventLoop()
    window.search_panel.painted.connect(lambda generation: wait.quit() if generation >= window.search_runner.latest else None)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(wait.quit)
    for word in words:
        window.search_box.clear()
        for char in word:
            began = time.perf_counter()
            QTest.keyClicks(window.search_box, char)
            if not window.search_panel.up_to_date:
                guard.start(5000)
                wait.exec()
            latencies.append((time.perf_counter() - began) * 1000)
    longest = stalls.stop()
    window.close()
    store.close()
    return latencies, longest


class StallMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread: how long it was blocked."""

    def __init__(self, app):
        from PySide6.QtCore import QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def stop(self) -> float:
        self.timer.stop()
        return self.longest


def summarise(samples) -> tuple[float, float, float, float]:
    main_time = statistics.median(s[0] for s in samples["main"])
    bare_time = statistics.median(s[0] for s in samples["bare"])
    main_rss = statistics.median(s[2] for s in samples["main"])
    bare_rss = statistics.median(s[2] for s in samples["bare"])
    return main_time, bare_time, main_rss, bare_rss
