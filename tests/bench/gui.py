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
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
"""The checkout the child processes import the application from."""


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
        subprocess.run([sys.executable, "-m", "tests.bench.gui_start", mode], env=env, capture_output=True, check=True, cwd=ROOT)
    for _ in range(runs):
        for mode in ("main", "bare"):
            began = time.perf_counter()
            out = subprocess.run([sys.executable, "-m", "tests.bench.gui_start", mode], env=env, capture_output=True, text=True,
                                 check=True, cwd=ROOT)
            data = json.loads(out.stdout.strip().splitlines()[-1])
            samples[mode].append((time.perf_counter() - began - 0.0, data["painted_s"], data["peak_rss_kb"]))
    return samples


def open_window(home: Path):
    """The real main window over the store in `home`, shown, its first page painted: (window, store, app)."""
    os.environ["PARTNERSHIP_ATLAS_HOME"] = str(home)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QApplication

    from db import AtlasPaths, Store
    from desktop.app.application import resume_garbage_collection, window_settings
    from desktop.app.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    paths = AtlasPaths.default()
    store = Store(paths)
    window = MainWindow(store, window_settings(paths))
    window.ready.connect(resume_garbage_collection)  # as desktop.app.application.run does once the window is up
    window.show()
    loop = QEventLoop()
    window.ready.connect(loop.quit)
    loop.exec()
    return window, store, app


def close_window(window, store) -> None:
    window.close()
    store.close()


def wait_until(condition, timeout_ms: int = 60_000) -> None:
    """Run the event loop until `condition()` holds; raise if it does not within the timeout."""
    from PySide6.QtCore import QCoreApplication, QEventLoop

    deadline = time.perf_counter() + timeout_ms / 1000
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"benchmark condition not met within {timeout_ms} ms")
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def settle(quiet_ms: int) -> None:
    """Run the event loop for `quiet_ms` so queued work (pages, repaints) is done and measured."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(quiet_ms, loop.quit)
    loop.exec()


@dataclass
class Typing:
    latencies: list[float]
    """Milliseconds from each keystroke to its results painted."""
    after_search: list[float]
    """Of each latency, the milliseconds after Store.search returned: the window's own share."""
    longest_stall: float
    """The longest the GUI thread was blocked while typing, in milliseconds."""


def typing_latencies(home: Path, words: list[str]) -> tuple[list[float], float]:
    """Milliseconds from each keystroke to its results being painted; and the longest GUI stall."""
    typed = type_words(home, words)
    return typed.latencies, typed.longest_stall


def first_key(home: Path) -> tuple[float, float]:
    """A key typed the moment the window is up, before it has built its results list: milliseconds to
    the results painted, and the longest GUI stall meanwhile."""
    typed = type_words(home, ["d"], pause_ms=0)
    return typed.latencies[0], typed.longest_stall


def type_words(home: Path, words: list[str], *, pause_ms: int = 1000, timeout_ms: int = 60_000) -> Typing:
    """Type each word into the real search box a key at a time, waiting for each key's results.

    Typing begins `pause_ms` after the first page is painted, as a person begins a moment after the
    window appears (`first_key` measures a key typed at once).
    """
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtTest import QTest

    window, store, app = open_window(home)
    settle(pause_ms)
    returned = [0.0]
    search = store.search

    def timed_search(*args, **kwargs):
        """Store.search, noting when it returned (on the search thread, before the window hears of it)."""
        results = search(*args, **kwargs)
        returned[0] = time.perf_counter()
        return results

    store.search = timed_search
    stalls = StallMeter(app)
    typed = Typing([], [], 0.0)
    wait = QEventLoop()
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(wait.quit)
    listening = False
    for word in words:
        window.search_box.clear()
        for char in word:
            began = time.perf_counter()
            QTest.keyClicks(window.search_box, char)
            if not listening:  # only now: a key typed at once is what builds the results list
                window.search_panel.painted.connect(lambda generation: wait.quit() if generation >= window.search_runner.latest else None)
                listening = True
            if not window.search_panel.up_to_date:
                guard.start(timeout_ms)
                wait.exec()
                if not window.search_panel.up_to_date:
                    raise TimeoutError(f"no results painted within {timeout_ms} ms of typing {char!r} of {word!r}")
            done = time.perf_counter()
            typed.latencies.append((done - began) * 1000)
            typed.after_search.append((done - max(began, returned[0])) * 1000)
    typed.longest_stall = stalls.stop()
    close_window(window, store)
    return typed


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
