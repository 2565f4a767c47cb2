"""Run the command line in-process, as the console entry point does."""
from __future__ import annotations

from desktop.app.launcher import main


def run(capsys, *argv) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of one command; argparse's own exits count as exit codes."""
    capsys.readouterr()
    try:
        code = main([str(arg) for arg in argv])
    except SystemExit as exited:
        code = exited.code
    out, err = capsys.readouterr()
    return code, out, err
