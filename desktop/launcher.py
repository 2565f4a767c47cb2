"""Console entry point: a subcommand runs headless (no Qt is loaded); no arguments open the window."""
from __future__ import annotations

import sys

from db.cli.main import main as cli_main


def _open_window(argv: list[str]) -> int:
    from desktop.app import run

    return run(argv)


def main(argv: list[str] | None = None) -> int:
    return cli_main(argv, launch_gui=_open_window)


if __name__ == "__main__":
    sys.exit(main())
