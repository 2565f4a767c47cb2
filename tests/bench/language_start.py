"""The window's cold start in French and in Arabic against its start in English, same run (issue 18).

    python -m tests.bench.language_start [--runs 10]

Each language's start is `tests.bench.gui_start main` in a process of its own with the system's
language set (LC_ALL), over one data folder warmed first; the languages take turns, run after run,
so the machine's noise falls on each alike. Prints the median of each and its ratio to English
(target: at most 1.05).
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile

LOCALES = {"en": "en_US.UTF-8", "fr": "fr_FR.UTF-8", "ar": "ar_EG.UTF-8"}


def start_ms(language: str, home: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LC_ALL": LOCALES[language], "LANG": LOCALES[language],
           "LANGUAGE": language, "PARTNERSHIP_ATLAS_HOME": home}
    out = subprocess.run([sys.executable, "-m", "tests.bench.gui_start", "main"], env=env, capture_output=True, text=True,
                         check=True).stdout
    return json.loads(out.strip().splitlines()[-1])["painted_s"] * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    runs = parser.parse_args(argv).runs
    times: dict[str, list[float]] = {language: [] for language in LOCALES}
    with tempfile.TemporaryDirectory() as home:
        for language in LOCALES:
            start_ms(language, home)  # the content cache built, the files read once
        for _ in range(runs):
            for language in LOCALES:
                times[language].append(start_ms(language, home))
    english = statistics.median(times["en"])
    for language, found in times.items():
        median = statistics.median(found)
        print(f"{language}: median {median:.1f} ms over {runs} starts, ratio to English {median / english:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
