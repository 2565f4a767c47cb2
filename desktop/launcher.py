"""Console entry point: a subcommand runs headless (no Qt is loaded); no arguments open the window."""
from __future__ import annotations

import os
import sys

from db.cli.main import main as cli_main


def display_problem(environ=os.environ, platform: str = sys.platform) -> str | None:
    """Why a window cannot open here, said plainly; None when it can."""
    if not platform.startswith("linux") or environ.get("QT_QPA_PLATFORM"):
        return None
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return None
    return ("No display was found, so the window cannot open. The command line works without one: "
            "run 'partnership-atlas --help'. To render offscreen, set QT_QPA_PLATFORM=offscreen.")


def _open_window(argv: list[str]) -> int:
    problem = display_problem()
    if problem:
        print(f"partnership-atlas: {problem}", file=sys.stderr)
        return 2
    from desktop.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv, launch_gui=_open_window)


if __name__ == "__main__":
    sys.exit(main())
