"""Benchmarks of the comparison and of notes at size (issue 5), run with `--lessons N`."""
from __future__ import annotations

import os
import statistics

from db import Store, Target
from tests.bench.report import figure
from tests.bench.timing import timed

WORDS = ["donor", "funding", "review", "meeting", "volunteers", "budget", "coopération", "report", "results", "trust"]


def bench_comparison(store: Store, refs: list[str], runs: int = 5) -> list[dict]:
    """Compare 6 models on the synthetic pack's 40 attributes and render the table offscreen."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop.comparison.comparison_model import ComparisonTableModel
    from desktop.comparison.comparison_table import ComparisonTable

    QApplication.instance() or QApplication([])
    model = ComparisonTableModel()
    table = ComparisonTable(model)
    table.resize(1400, 900)

    def render() -> None:
        model.set_comparison(store.compare(refs), False)
        table.resizeRowsToContents()
        table.grab()

    render()
    samples = [timed(render) * 1000 for _ in range(runs)]
    rows = model.rowCount()
    return [figure(f"comparison of {len(refs)} models × {rows} rows: compare, fill and render, median of {runs}",
                   statistics.median(samples), "ms")]


def bench_notes(store: Store, count: int, lesson_uids: list[str]) -> list[dict]:
    """Write `count` notes, then time what a delegate does with them."""
    def write() -> None:
        for n in range(count):
            store.create_note(f"Note {n}: {WORDS[n % len(WORDS)]} {WORDS[(n * 7) % len(WORDS)]} follow-up",
                              target=Target.entry(lesson_uids[n % len(lesson_uids)]), tags=[WORDS[n % 3]])

    written = timed(write)
    listing = [timed(store.notes) * 1000 for _ in range(5)]
    searching = [timed(lambda: store.search("funding kind:note", limit=50)) * 1000 for _ in range(20)]
    note = store.notes(limit=1)[0]
    saving = []
    for n in range(20):
        saving.append(timed(lambda: (store.update_note(note.id, body=f"{note.body} edit {n}"), store.note(note.id))) * 1000)
    return [
        figure(f"write {count} notes (each with a revision, tags and its search row)", written, "s"),
        figure(f"open My notes: list all {count} notes, median of 5", statistics.median(listing), "ms"),
        figure(f"search notes among {count}: 'funding kind:note', median of 20", statistics.median(searching), "ms"),
        figure("autosave round trip: save a note and read it back, median of 20", statistics.median(saving), "ms"),
    ]
