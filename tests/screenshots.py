"""Regenerate the README screenshots offscreen: `python -m tests.screenshots`.

Writes resources/screenshots/{main-window,comparison,notes}.png from the bundled pack, with a
few example notes, the window in French and in Arabic (window-fr.png, window-ar.png), in a temporary data folder (nothing is written to your own), and the search
results on screens of 1366 × 768 and 1920 × 1080 pixels at 100 % and 150 % scaling
(results-WIDTHxHEIGHT-SCALE.png), each from a process of its own (Qt reads the scale at start).
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from db import AtlasPaths, Store, Target  # noqa: E402
from db.files.resources import RESOURCES_DIR  # noqa: E402
from desktop.app.application import window_settings  # noqa: E402
from desktop.app.main_window import MainWindow  # noqa: E402
from desktop.languages.choice import install_translations  # noqa: E402

OUT = RESOURCES_DIR / "screenshots"
SIZE = (1400, 860)
SCREENS = ((1366, 768), (1920, 1080))
SCALES = (1.0, 1.5)


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


def results_screen(width: int, height: int) -> Path:
    """The window filling a screen of width × height pixels at this process's scale, with results for 'partnership'."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app)
    scale = float(os.environ.get("QT_SCALE_FACTOR", "1"))
    target = OUT / f"results-{width}x{height}-{round(scale * 100)}.png"
    with tempfile.TemporaryDirectory() as folder:
        paths = AtlasPaths.under(Path(folder))
        with Store(paths) as store:
            window = MainWindow(store, window_settings(paths))
            window.resize(round(width / scale), round(height / scale))
            window.show()
            wait(window.ready)
            window.search_box.setText("partnership")
            wait(condition=lambda: window.search_panel.up_to_date)
            settle(window)
            window.grab().save(str(target))
            window.close()
    return target


def language_screen(language: str) -> Path:
    """The window in `language`, the comparison open, in a process of its own (the language is set at start)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translations(app, language)
    path = OUT / f"window-{language}.png"
    with tempfile.TemporaryDirectory() as folder, Store(AtlasPaths.under(Path(folder))) as store:
        window = MainWindow(store, window_settings(store.paths))
        window.resize(*SIZE)
        window.show()
        wait(window.ready)
        window.open_entry("working-in-partnership/communication-is-key")
        wait(window.reader.entryShown)
        settle(window)
        window.grab().save(str(path))
        window.close()
    return path


def main() -> int:
    if sys.argv[1:2] == ["--results"]:
        print(f"Wrote {results_screen(int(sys.argv[2]), int(sys.argv[3]))}")
        return 0
    if sys.argv[1:2] == ["--language"]:
        print(f"Wrote {language_screen(sys.argv[2])}")
        return 0
    for language in ("fr", "ar"):
        subprocess.run([sys.executable, "-m", "tests.screenshots", "--language", language], check=True)
    for width, height in SCREENS:
        for scale in SCALES:
            subprocess.run([sys.executable, "-m", "tests.screenshots", "--results", str(width), str(height)], check=True,
                           env={**os.environ, "QT_SCALE_FACTOR": str(scale)})
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

            brief = store.create_brief("Meeting with DFID", meeting="Humanitarian desk", day="2026-12-10",
                                       introduction="What we want from the meeting:\n\n- a second multi-year package\n"
                                                    "- a mid-term review we help design")
            store.save_comparison("Donor models", ["dfid-ifrc", "dfid-icrc"])
            for kind, ref in (("entry", "dfid-ifrc"), ("entry", "partnership-as-gateway"), ("comparison", "Donor models"),
                              ("note", store.notes()[-1].id)):
                store.add_to_brief(brief.id, kind, ref)
            store.comment_in_brief(brief.id, store.brief(brief.id).items[0].id, "Open with this: the 2011 package.")
            window.briefs.open(brief.id)
            wait(window.briefs.view.briefShown)
            window.briefs.view.items_view.setCurrentIndex(window.briefs.view.model.index(0))
            window.briefs.view.preview.verticalScrollBar().setValue(0)  # the brief from its title
            window.navigator.reload()  # written here straight to the store, not through the window's runner
            wait(window.navigator.loaded)
            settle(window)
            window.grab().save(str(OUT / "brief.png"))
            window.close()
    print(f"Wrote screenshots to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
