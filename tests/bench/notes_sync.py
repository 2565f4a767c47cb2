"""Notes sync through a shared folder: 10,000 notes into an empty device, then 100 changed ones (issue 19).

    python -m tests.bench.notes_sync [--notes 10000] [--changed 100]

Device A writes the notes (bodies of 20 to 200 words, tags, some on entries) and syncs; device B,
empty, syncs them in; A changes some and syncs; B syncs again. Prints each sync's wall time,
and, as the baseline of the same run, the time to read every note of A's store once.
"""
from __future__ import annotations

import argparse
import random
import tempfile
from pathlib import Path

from db import AtlasPaths, Store, Target
from tests.bench.timing import timed

WORDS = "partnership donor funding review volunteers independence dialogue results community coopération".split()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--changed", type=int, default=100)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        shared = root / "shared"
        shared.mkdir()
        first = Store(AtlasPaths(data_dir=root / "a", cache_dir=root / "cache"))
        entries = [summary.uid for summary in first.entries()]
        notes = [first.create_note(" ".join(rng.choices(WORDS, k=rng.randint(20, 200))), tags=rng.sample(WORDS, 2),
                                   target=Target.entry(rng.choice(entries)) if rng.random() < 0.5 else Target())
                 for _ in range(args.notes)]
        reading = timed(first.notes)
        sending = timed(lambda: first.sync_notes(shared))
        second = Store(AtlasPaths(data_dir=root / "b", cache_dir=root / "cache"))
        receiving = timed(lambda: second.sync_notes(shared))
        assert len(second.notes()) == args.notes
        for note in rng.sample(notes, args.changed):
            first.update_note(note.id, body=note.body + " changed")
        sending_changes = timed(lambda: first.sync_notes(shared))
        receiving_changes = timed(lambda: second.sync_notes(shared))
        first.close()
        second.close()
    print(f"reading {args.notes:,} notes once (baseline): {reading:.2f} s")
    print(f"{args.notes:,} notes sent by the device that wrote them: {sending:.2f} s ({sending / reading:.1f}× the baseline)")
    print(f"{args.notes:,} notes received by an empty device: {receiving:.2f} s ({receiving / reading:.1f}×)")
    print(f"{args.changed} changed notes sent: {sending_changes:.2f} s; received by the synced device: {receiving_changes:.2f} s "
          f"({receiving_changes / reading:.1f}×)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
