"""`partnership-atlas --selftest`: prove that an install works, without touching the user's data.

Support staff run it after copying the program to a laptop or a stick. Every check runs in a
throw-away data folder (PARTNERSHIP_ATLAS_HOME points at it for the run) and the window
renders offscreen unless QT_QPA_PLATFORM says otherwise. Each check prints one line,
"PASS  name (what was seen)" or "FAIL  name: why"; the exit code is 0 only if all passed.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from db.files.paths import HOME_VARIABLE
from db.reference.cache import PREBUILT_REASON

SEARCHED = "independence"
WINDOW_TIMEOUT_MS = 30_000


@dataclass(frozen=True)
class Outcome:
    name: str
    ok: bool
    detail: str


def run_checks(checks: list[tuple[str, Callable[[], str]]], out: TextIO) -> list[Outcome]:
    """Run each check in order, printing its line as soon as it is known; a check passes by returning."""
    outcomes = []
    for name, check in checks:
        try:
            outcome = Outcome(name, True, check())
        except Exception as exc:  # noqa: BLE001 - a self-test reports every failure, whatever it is
            outcome = Outcome(name, False, f"{type(exc).__name__}: {exc}")
        outcomes.append(outcome)
        print(f"PASS  {name} ({outcome.detail})" if outcome.ok else f"FAIL  {name}: {outcome.detail}", file=out, flush=True)
    return outcomes


def summary(outcomes: list[Outcome], out: TextIO) -> int:
    failed = [o.name for o in outcomes if not o.ok]
    if failed:
        print(f"{len(failed)} of {len(outcomes)} checks failed: {', '.join(failed)}.", file=out)
        return 1
    print(f"All {len(outcomes)} checks passed.", file=out)
    return 0


class SelfTest:
    """The checks, in order; each later one uses what the earlier ones opened."""

    def __init__(self, home: Path):
        self.home = home
        self.paths = None
        self.store = None
        self.app = None
        self.qt_messages: list[str] = []
        """What Qt printed while the window ran: platform notes ("This plugin does not support
        propagateSizeHints()") that mean nothing to the person running the test, shown only when
        the window check fails."""

    def checks(self) -> list[tuple[str, Callable[[], str]]]:
        return [("resources found", self.resources), ("stores open", self.stores), ("search", self.search),
                ("main window opens", self.window), ("note written and read back", self.note)]

    def resources(self) -> str:
        from PySide6.QtCore import QLibraryInfo

        from db.files.resources import RESOURCES_DIR, bundled_pack_dirs
        from desktop.app.application import ICON_FILE
        from desktop.languages.choice import TRANSLATIONS_DIR

        packs = bundled_pack_dirs()
        ours = sorted(TRANSLATIONS_DIR.glob("*.qm"))
        # Qt's own strings (dialog buttons) come from wherever Qt says; a frozen build must ship them.
        qts = sorted(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)).glob("qtbase_*.qm"))
        missing = [what for what, there in (("content pack", packs), ("translations", ours), ("Qt translations", qts),
                                            ("icon", ICON_FILE.is_file())) if not there]
        if missing:
            raise RuntimeError(f"missing: {', '.join(missing)} (resources in {RESOURCES_DIR})")
        return f"{len(packs)} content pack(s), {len(ours)} + {len(qts)} Qt translation(s), icon, in {RESOURCES_DIR}"

    def stores(self) -> str:
        from db import AtlasPaths, Store

        self.paths = AtlasPaths.default()
        if not self.paths.data_dir.is_relative_to(self.home):
            raise RuntimeError(f"data folder {self.paths.data_dir} is not the self-test's {self.home}")
        began = time.perf_counter()
        self.store = Store(self.paths)
        counts = self.store.counts()
        rebuilt = self.store.last_rebuild
        # A frozen build should copy its prebuilt store; from source the packs are compiled.
        cache = rebuilt.reason if rebuilt.reason == PREBUILT_REASON else f"compiled from the packs ({rebuilt.reason})"
        return (f"{sum(counts.values())} entries, {counts.get('model', 0)} models; reference cache: {cache}; "
                f"{(time.perf_counter() - began) * 1000:.0f} ms")

    def search(self) -> str:
        results = self._store().search(SEARCHED)
        if not results.hits:
            raise RuntimeError(f"no results for '{SEARCHED}'")
        return f"{results.total} results for '{SEARCHED}', first: {results.hits[0].title}"

    def window(self) -> str:
        from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
        from PySide6.QtGui import QGuiApplication

        from desktop.app.application import application, window_settings
        from desktop.app.main_window import MainWindow

        qInstallMessageHandler(lambda _kind, _context, text: self.qt_messages.append(text))
        self.app = application([])
        began = time.perf_counter()
        window = MainWindow(self._store(), window_settings(self.paths))
        loop = QEventLoop()
        shown = []
        window.ready.connect(lambda: (shown.append(True), loop.quit()))
        QTimer.singleShot(WINDOW_TIMEOUT_MS, loop.quit)
        window.show()
        if not shown:
            loop.exec()
        elapsed = (time.perf_counter() - began) * 1000
        painted = window.grab()
        window.close()
        said = f"; Qt said: {' | '.join(dict.fromkeys(self.qt_messages))}" if self.qt_messages else ""
        if not shown:
            raise RuntimeError(f"the first page did not appear within {WINDOW_TIMEOUT_MS // 1000} s{said}")
        if painted.isNull() or window.windowIcon().isNull():
            raise RuntimeError(f"the window did not paint, or has no icon{said}")
        return f"{painted.width()}×{painted.height()} on the {QGuiApplication.platformName()} platform in {elapsed:.0f} ms"

    def note(self) -> str:
        from db import Store, Target

        body = f"Self-test note written at {time.strftime('%Y-%m-%d %H:%M:%S')}"
        uid = self._store().search(SEARCHED).hits[0].uid
        note = self._store().create_note(body, target=Target.entry(uid), tags=["selftest"])
        self.store.close()
        # A second Store reads the file afresh, as the next start of the program would.
        with Store(self.paths) as again:
            read = again.note(note.id)
        if read.body != body or read.target.ref != uid:
            raise RuntimeError(f"read back {read.body!r} on {read.target.ref}, wrote {body!r} on {uid}")
        return f"note {note.id[:8]} on {uid}"

    def _store(self):
        if self.store is None:
            raise RuntimeError("the stores did not open")
        return self.store

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


def main(out: TextIO = sys.stdout) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from db.cli.main import VERSION

    build = f"frozen build in {Path(sys.executable).parent}" if getattr(sys, "frozen", False) else f"from source, Python {sys.version.split()[0]}"
    print(f"Partnership Atlas {VERSION} self-test ({build})", file=out)
    previous = os.environ.get(HOME_VARIABLE)
    with tempfile.TemporaryDirectory(prefix="partnership-atlas-selftest-") as folder:
        os.environ[HOME_VARIABLE] = folder
        test = SelfTest(Path(folder))
        try:
            outcomes = run_checks(test.checks(), out)
        finally:
            test.close()
            if previous is None:
                os.environ.pop(HOME_VARIABLE, None)
            else:
                os.environ[HOME_VARIABLE] = previous
    return summary(outcomes, out)
