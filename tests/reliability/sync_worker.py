"""The process the sync harness kills: edits notes on one device and syncs, over and over, until SIGKILL.

    python -m tests.reliability.sync_worker DATA_DIR CACHE_DIR SHARED SEED

Prints `ready` once the store is open. Exits non-zero only if a sync reports a problem that a
kill cannot explain, which the harness reports.
"""
from __future__ import annotations

import random
import sys
from pathlib import Path

from db import AtlasPaths, Store

WORDS = ("funding", "review", "Réunion", "volunteers", "شراكة", "trust")


def main(data_dir: str, cache_dir: str, shared: str, seed: str) -> int:
    rng = random.Random(int(seed))
    with Store(AtlasPaths(data_dir=Path(data_dir), cache_dir=Path(cache_dir))) as store:
        print("ready", flush=True)
        while True:
            notes = store.notes()
            if not notes or rng.random() < 0.3:
                store.create_note(" ".join(rng.choices(WORDS, k=5)), tags=[rng.choice(WORDS)])
            elif rng.random() < 0.15:
                store.delete_note(rng.choice(notes).id)
            else:
                note = rng.choice(notes)
                store.update_note(note.id, body=f"{note.body} {rng.choice(WORDS)}")
            report = store.sync_notes(shared)
            waiting = [problem for problem in report.problems if "read again" not in str(problem)]
            if waiting:
                print(waiting, file=sys.stderr)
                return 1


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
