"""What finding each highlight in its entry costs when the notes are listed (issue 17).

    python -m tests.bench.passage_notes [--notes 2000] [--runs 7]

A fresh data folder with the bundled pack and NOTES highlights on its lessons; the median time of
`Store.notes()`, which marks highlights whose passage is no longer in their entry, against the
baseline of reading the same notes from the notes file alone (`NotesRepository.list`), in the
same process.
"""
from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from pathlib import Path

from db import AtlasPaths, Store
from db.user.notes import Target


def median_ms(work, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as folder, Store(AtlasPaths.under(Path(folder))) as store:
        lessons = store.entries(kind="lesson")
        for number in range(args.notes):
            uid = lessons[number % len(lessons)].uid
            words = store.entry(uid).markdown.split()
            start = number % max(1, len(words) - 8)
            quote = store.passage_quote(uid, " ".join(words[start:start + 6]))
            store.create_note("", target=Target.passage(uid, quote.exact, quote.prefix, quote.suffix))
        baseline = median_ms(store.notes_repo.list, args.runs)
        listed = median_ms(store.notes, args.runs)
    print(f"{args.notes} highlights: notes file alone {baseline:.1f} ms, listed with their passages found "
          f"{listed:.1f} ms, ratio {listed / baseline:.2f} (median of {args.runs})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
