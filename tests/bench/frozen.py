"""Benchmarks of the standalone build, each against a baseline measured in the same run.

    python -m tests.bench.frozen [--rebuild] [--runs 5] [--json]

Builds dist/PartnershipAtlas with build.spec (or reuses it; --rebuild builds again), then:
- size of the folder and of its archive, against the budget (120 MB and 50 MB);
- cold start to the window shown offscreen (`--measure-start`), median of N starts, frozen
  against the same start from source and against a bare PySide6 QMainWindow;
- `search independence` from the command line, frozen against from source.
Times are wall time from spawning the process to its exit, which follows the first paint at once.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

from tests.bench.gui import bytecode_cached
from tests.bench.report import figure, machine as machine_line, print_figures
from tests.bench.timing import median_process_time
from tests.packaging.bundle import ARCHIVE_BUDGET, FOLDER_BUDGET, MB, NAME, ROOT, Bundle, archive, build, folder_size


def bundle_for(rebuild: bool) -> Bundle:
    existing = Bundle(ROOT / "dist" / NAME, None)
    if existing.program.is_file() and not rebuild:
        return existing
    return build(ROOT / "dist", ROOT / "build")


def measure(bundle: Bundle, runs: int) -> list[dict]:
    figures = []
    if bundle.build_seconds is not None:
        figures.append(figure("build time (pyinstaller build.spec)", bundle.build_seconds, "s"))
    with tempfile.TemporaryDirectory() as folder:
        size = folder_size(bundle.folder)
        packed = archive(bundle, Path(folder)).stat().st_size
        figures += [figure("folder size", size / MB, "MB", None, FOLDER_BUDGET / MB, on_value=True),
                    figure("archive size", packed / MB, "MB", None, ARCHIVE_BUDGET / MB, on_value=True)]
        base = {**bytecode_cached(os.environ), "QT_QPA_PLATFORM": "offscreen"}
        # Separate homes: the frozen and the source program read the pack from different folders,
        # so sharing one cache would rebuild it on every alternate start.
        frozen_env = {**base, "PARTNERSHIP_ATLAS_HOME": str(Path(folder) / "frozen")}
        source_env = {**base, "PARTNERSHIP_ATLAS_HOME": str(Path(folder) / "source")}
        frozen = median_process_time([str(bundle.program), "--measure-start"], runs, frozen_env)
        source = median_process_time([sys.executable, "-m", "desktop", "--measure-start"], runs, source_env)
        bare = median_process_time([sys.executable, "-m", "tests.bench.gui_start", "bare"], runs, source_env)
        frozen_cli = median_process_time([str(bundle.program), "search", "independence"], runs, frozen_env)
        source_cli = median_process_time([sys.executable, "-m", "desktop", "search", "independence"], runs, source_env)
    return figures + [
        figure(f"window cold start to shown, frozen (vs from source), median of {runs}", frozen * 1000, "ms", source * 1000, 1.2),
        figure(f"window cold start to shown, frozen (vs bare QMainWindow from source), median of {runs}", frozen * 1000, "ms", bare * 1000),
        figure(f"cli search independence, frozen (vs from source), median of {runs}", frozen_cli * 1000, "ms", source_cli * 1000),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.frozen")
    parser.add_argument("--rebuild", action="store_true", help="build dist/ again even if it exists")
    parser.add_argument("--runs", type=int, default=5, help="process starts per timing")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    figures = measure(bundle_for(args.rebuild), args.runs)
    machine = machine_line()
    if args.json:
        print(json.dumps({"machine": machine, "figures": figures}, indent=2))
        return 0
    print_figures(machine, figures)
    return 0


if __name__ == "__main__":
    sys.exit(main())
