"""The window's start counted in instructions executed, against the bare QMainWindow: a figure noise cannot move.

    python -m tests.bench.instructions

Wall-clock ratios on a shared machine move by 10-20 % from one run to the next; the number of
instructions a start executes does not (hash randomisation off, caches warm). Runs both start-up
children (tests/bench/gui_start.py) under valgrind's callgrind, which counts every instruction of
every thread; about a minute. Valgrind is a development tool, not a dependency: without it this
says so and stops.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from tests.bench import gui
from tests.bench.report import figure, machine, print_figures

COLLECTED = re.compile(r"Collected : (\d+)")


def instructions(mode: str, env: dict) -> int:
    """Instructions executed by one start of `mode` ("main" or "bare"), to its first paint."""
    command = [sys.executable, "-m", "tests.bench.gui_start", mode]
    subprocess.run(command, env=env, cwd=gui.ROOT, capture_output=True, check=True)  # compiles and caches, as a user's second start
    counted = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", *command],
                             env=env, cwd=gui.ROOT, capture_output=True, text=True, check=True)
    return int(COLLECTED.search(counted.stderr)[1])


def main() -> int:
    if shutil.which("valgrind") is None:
        print("valgrind is not installed: no instruction counts (install it, e.g. apt install valgrind)")
        return 1
    with tempfile.TemporaryDirectory() as home:
        env = {**gui.bytecode_cached(os.environ), "PARTNERSHIP_ATLAS_HOME": str(Path(home)),
               "QT_QPA_PLATFORM": "offscreen", "PYTHONHASHSEED": "0"}
        ours, bare = instructions("main", env), instructions("bare", env)
    print_figures(machine(), [figure("window start to first paint, instructions executed (vs bare QMainWindow)",
                                     ours / 1e6, "million", bare / 1e6, 2.0)])
    return 0


if __name__ == "__main__":
    sys.exit(main())
