"""One shape for every benchmark figure, and one way to print them."""
from __future__ import annotations

import os
import platform


def figure(name: str, value: float, unit: str, baseline: float | None = None, target: float | None = None, *,
           on_value: bool = False) -> dict:
    """A measured figure; `target` bounds the ratio to `baseline`, or the value itself with `on_value`."""
    ratio = value / baseline if baseline else None
    checked = value if on_value else ratio
    return {"name": name, "value": round(value, 3), "unit": unit, "baseline": None if baseline is None else round(baseline, 3),
            "ratio": None if ratio is None else round(ratio, 2), "target": target,
            "ok": None if target is None else checked <= target}


def machine(extra: str = "") -> str:
    return f"{platform.node()} · {platform.machine()} · {os.cpu_count()} cores · Python {platform.python_version()}{extra}"


def print_figures(machine_line: str, figures: list[dict]) -> None:
    print(machine_line)
    for f in figures:
        ratio = f" ratio {f['ratio']}" if f["ratio"] is not None else ""
        target = f" (target ≤ {f['target']}: {'ok' if f['ok'] else 'NOT MET'})" if f["target"] is not None else ""
        baseline = f" baseline {f['baseline']} {f['unit']}" if f["baseline"] is not None else ""
        print(f"{f['name']}: {f['value']} {f['unit']}{baseline}{ratio}{target}")
