"""Console entry point: a subcommand runs headless (no Qt is loaded); no arguments open the window.

Two options are read here, before the command-line parser, because they need Qt:
`--selftest` checks an install (desktop/selftest.py) and the hidden `--measure-start` opens
the window, prints how long that took and exits (python -m tests.bench.frozen).
"""
from __future__ import annotations

import os
import sys
import time

STARTED = time.perf_counter()


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why a window cannot open here, said plainly; None when it can."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("No display was found, so the window cannot open. The command line works without one: "
            "run 'partnership-atlas --help'. To render offscreen, set QT_QPA_PLATFORM=offscreen.")


def _open_window(argv: list[str], *, measure: bool = False) -> int:
    problem = display_problem()
    if problem:
        print(f"partnership-atlas: {problem}", file=sys.stderr)
        return 2
    from desktop.app import report_start, run

    return run(argv, on_ready=(lambda window: report_start(window, STARTED)) if measure else None)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    if argv == ["--selftest"]:
        from desktop.selftest import main as selftest

        return selftest()
    if argv == ["--measure-start"]:
        return _open_window([], measure=True)
    if not argv:
        return _open_window(argv)
    # The window needs none of the command line's modules: they load only for a subcommand.
    from db.cli.main import main as cli_main

    return cli_main(argv)


if __name__ == "__main__":
    sys.exit(main())
