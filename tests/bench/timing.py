"""Small timing helpers: percentiles and repeated subprocess start-up."""
from __future__ import annotations

import statistics
import subprocess
import time


def percentile(samples: list[float], p: float) -> float:
    ordered = sorted(samples)
    rank = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[rank]


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def median_process_time(argv: list[str], runs: int, env: dict | None = None) -> float:
    """Median wall time of starting `argv` to completion; one unmeasured warm-up run first."""
    subprocess.run(argv, capture_output=True, env=env, check=True)
    return statistics.median(timed(lambda: subprocess.run(argv, capture_output=True, env=env, check=True)) for _ in range(runs))
