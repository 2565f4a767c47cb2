"""Console entry point: a subcommand runs headless (no Qt is loaded); no arguments open the window.

Two options are read here, before the command-line parser, because they need Qt:
`--selftest` checks an install (desktop/app/selftest.py) and the hidden `--measure-start` opens
the window, prints how long that took and exits (python -m tests.bench.frozen).
"""
from __future__ import annotations

import gc
import os
import sys
import time
from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMainWindow

STARTED = time.perf_counter()


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why a window cannot open here, said plainly; None when it can."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("No display was found, so the window cannot open. The command line works without one: "
            "run 'partnership-atlas --help'. To render offscreen, set QT_QPA_PLATFORM=offscreen.")


def open_window(argv: list[str], *, on_ready: Callable[[QMainWindow], None] | None = None) -> int:
    """Open the main window and run until it closes; `on_ready` is for benchmarks (desktop.app.application.run)."""
    problem = display_problem()
    if problem:
        print(f"partnership-atlas: {problem}", file=sys.stderr)
        return 2
    # Starting creates tens of thousands of objects that live as long as the window (Qt's enum
    # types, classes, widgets); the cyclic collector would scan them over and over, for nothing.
    # desktop.app.application turns it back on once the window is up.
    gc.disable()
    from desktop.app.application import run

    return run(argv, on_ready=on_ready)


def report_start(window: QMainWindow) -> None:
    """For the start-up benchmark: paint, print the seconds since this module was loaded, leave at once."""
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the window was shown just now: Qt exposes it, and paints it, here
    window.repaint()
    print(f"window shown {time.perf_counter() - STARTED:.4f} s", flush=True)
    os._exit(0)  # closing the window and the stores is not part of starting


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--selftest"]:
        from desktop.app.selftest import main as selftest

        return selftest()
    if argv == ["--measure-start"]:
        return open_window([], on_ready=report_start)
    if not argv:
        return open_window(argv)
    # The window needs none of the command line's modules: they load only for a subcommand.
    from db.cli.main import main as cli_main

    return cli_main(argv, document_writer=write_brief_document)


def write_brief_document(store, brief_id: str, path, paper: str | None):
    """`brief export -o FILE.pdf|.odt`: drawn by QtGui (loaded only now), offscreen when there is no display, in
    English like the rest of the command line."""
    from PySide6.QtGui import QGuiApplication

    from db.briefs.words import ENGLISH
    from desktop.briefs.brief_files import write_brief

    app = QGuiApplication.instance() or QGuiApplication(["partnership-atlas", *(["-platform", "offscreen"] if display_problem()
                                                                               else [])])
    try:
        return write_brief(store, brief_id, path, paper, words=ENGLISH)
    finally:
        del app


if __name__ == "__main__":
    sys.exit(main())
