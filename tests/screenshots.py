"""Regenerate the README screenshots offscreen: `python -m tests.screenshots`.

Writes resources/screenshots/{main-window,comparison,notes}.png from the bundled pack, with a
few example notes, in a temporary data folder (nothing is written to your own).
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db import AtlasPaths, Store, Target  # noqa: E402
from db.resources import RESOURCES_DIR  # noqa: E402
from desktop.app import install_translations, window_settings  # noqa: E402
from desktop.main_window import MainWindow  # noqa: E402

OUT = RESOURCES_DIR / "screenshots"
SIZE = (1400, 860)


def wait(signal=None, condition=None, timeout_ms: int = 10_000) -> None:
    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    timer.start(timeout_ms)
    if signal is not None:
        signal.connect(loop.quit)
        loop.exec()
    while condition is not None and not condition() and timer.isActive():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def settle(window: MainWindow) -> None:
    wait(condition=lambda: not window.runner.busy)
    QApplication.processEvents()


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app)
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        paths = AtlasPaths.under(Path(folder))
        with Store(paths) as store:
            store.create_note("Ask DFID whether the mid-term review covered results for vulnerable people.",
                              title="Questions for the donor meeting", target=Target.entry("dfid-ifrc"), tags=["meeting", "DFID"])
            store.create_note("Useful line for the briefing note.",
                              target=Target.passage("dfid-ifrc", "Multi-year and unearmarked"),
                              tags=["briefing"])
            window = MainWindow(store, window_settings(paths))
            window.resize(*SIZE)
            window.show()
            wait(window.ready)
            window.search_box.setText("independence")
            wait(condition=lambda: window.search_panel.up_to_date)
            window.open_entry("working-in-partnership/icrc-donor-support-group", ["independence"])
            wait(window.reader.entryShown)
            settle(window)
            window.grab().save(str(OUT / "main-window.png"))

            window.search_box.clear()
            for uid in ("dfid-ifrc", "icrc-donor-support-group", "auxiliary-role"):
                window.comparison.add_model(f"working-in-partnership/{uid}")
                settle(window)
            window.show_comparison()
            settle(window)
            window.grab().save(str(OUT / "comparison.png"))

            window.open_entry("working-in-partnership/dfid-ifrc")
            wait(window.reader.entryShown)
            settle(window)
            window.grab().save(str(OUT / "notes.png"))
            window.close()
    print(f"Wrote screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
