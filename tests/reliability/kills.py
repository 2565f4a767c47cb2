"""Start the writer, SIGKILL it at a random moment, verify the store; repeat."""
from __future__ import annotations

import random
import signal
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from db import AtlasPaths, Store
from tests.reliability.journal import NoteState, journal_path, read_journal
from tests.reliability.verify import verify

ROOT = Path(__file__).resolve().parents[2]
# Most kills wait for the writer to be ready, then strike within this many seconds; a few
# strike while it is still starting and opening the store.
MAX_DELAY = 0.25
EARLY_KILLS = 0.1


@dataclass
class CrashReport:
    kills: int = 0
    survived: int = 0  # kills after which every check passed and the store took a new note
    lost: int = 0  # acknowledged saves missing from the file, summed over all kills
    acknowledged: int = 0
    in_flight: Counter = field(default_factory=Counter)  # fate of the call running at each kill
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        fates = ", ".join(f"{count} {fate}" for fate, count in sorted(self.in_flight.items()))
        return (f"kills survived: {self.survived}/{self.kills}, saved notes lost: {self.lost}\n"
                f"store calls acknowledged: {self.acknowledged}; calls in flight at the kill: {fates or 'none'}")


def kill_writer(home: Path, seed: int, delay: float, *, early: bool) -> str:
    """Run one writer and kill it; '' if SIGKILL ended it, else what went wrong."""
    with open(home / f"writer-{seed}.stderr", "w+", encoding="utf-8") as errors:
        process = subprocess.Popen([sys.executable, "-m", "tests.reliability.writer", str(home), str(seed)],
                                   cwd=ROOT, stdout=subprocess.PIPE, stderr=errors, text=True)
        if not early:
            process.stdout.readline()  # 'ready', or '' if it died
        try:
            # Waiting on the process (not sleeping) notices at once a writer that fails on its own.
            process.wait(timeout=delay)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
        process.stdout.close()
        if process.returncode == -signal.SIGKILL:
            return ""
        errors.seek(0)
        return f"writer {seed} exited with {process.returncode} before the kill: {errors.read()[-2000:]}"


def write_after_kill(paths: AtlasPaths, number: int) -> tuple[str, NoteState]:
    """The application must open the store and save again after a kill."""
    with Store(paths) as store:
        note = store.create_note(f"Written after kill {number}.", title=f"After kill {number}")
        return note.id, NoteState.of(store.note(note.id))


def run_kills(home: Path, kills: int, *, seed: int = 0) -> CrashReport:
    home = Path(home)
    paths = AtlasPaths.under(home)
    with Store(paths) as store:
        store.user_connection()  # compile the reference cache and create user.sqlite once, so writers start fast
    rng = random.Random(seed)
    report = CrashReport()
    notes: dict[str, NoteState] = {}
    for number in range(1, kills + 1):
        writer_seed = rng.randrange(2**32)
        failure = kill_writer(home, writer_seed, rng.uniform(0, MAX_DELAY), early=rng.random() < EARLY_KILLS)
        verdict = verify(paths.user_db, read_journal(journal_path(home, writer_seed)), notes)
        report.kills += 1
        report.lost += len(verdict.lost)
        report.acknowledged += verdict.acknowledged
        report.in_flight[verdict.in_flight or "none"] += 1
        problems = [failure] if failure else []
        problems += verdict.problems
        notes = verdict.stored
        if not problems:
            try:
                note_id, state = write_after_kill(paths, number)
            except Exception as exc:  # noqa: BLE001 - any failure to reopen is the finding
                problems.append(f"the store could not be opened and written after the kill: {exc!r}")
            else:
                notes = {**notes, note_id: state}
        if problems:
            report.failures.append(f"kill {number} (writer seed {writer_seed}): " + "; ".join(problems))
        else:
            report.survived += 1
    return report
