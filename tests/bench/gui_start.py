"""Child process for the start-up benchmark: open a window, paint it once, report, exit.

    python -m tests.bench.gui_start main|bare

Prints one JSON line: {"painted_s": seconds from interpreter start, "peak_rss_kb": ...}.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time

START = time.perf_counter()
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kb() -> int:
    """This process's peak resident memory.

    On Linux, getrusage's figure survives exec: a child started by a large benchmark process
    reports the parent's size. The kernel's high-water mark of this process's own memory does not.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status_file:
            status = status_file.read()
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))


def report() -> None:
    print(json.dumps({"painted_s": time.perf_counter() - START, "peak_rss_kb": peak_rss_kb()}), flush=True)


def bare() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    report()


def main_window() -> None:
    """The application as `partnership-atlas` starts it: icon, translations, one-instance guard, stores, window.

    Nothing from PySide6 is imported before the launcher, as in the real entry point: the order of
    imports changes the start time (desktop/app/application.py).
    """
    from desktop.app.launcher import open_window

    def painted(window) -> None:
        from PySide6.QtWidgets import QApplication

        # As bare() does: let Qt expose the window it has just shown, then paint it through.
        QApplication.processEvents()
        window.repaint()
        report()
        os._exit(0)

    open_window([], on_ready=painted)


if __name__ == "__main__":
    {"bare": bare, "main": main_window}[sys.argv[1]]()
    os._exit(0)
