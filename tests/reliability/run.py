"""The full crash-safety run: `python -m tests.reliability.run --kills 250 [--seed N]`.

Prints "kills survived: X/Y, saved notes lost: N" and every failure; exits 1 on any failure.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time

from tests.reliability.kills import run_kills


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.run", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=250)
    parser.add_argument("--seed", type=int, default=0, help="seeds the kill moments and every writer")
    options = parser.parse_args(argv)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="atlas-kills-") as home:
        report = run_kills(home, options.kills, seed=options.seed)
    for failure in report.failures:
        print(failure)
    print(report.summary())
    print(f"seed {options.seed}, {time.perf_counter() - started:.0f} s")
    return 1 if report.failures else 0


if __name__ == "__main__":
    sys.exit(main())
