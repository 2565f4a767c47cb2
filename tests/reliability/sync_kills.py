"""SIGKILL devices while they sync through a shared folder; each store stays sound, and the devices still converge.

    python -m tests.reliability.sync_kills [--kills 200] [--seed 0]

Three devices share a folder. Each kill starts one device's worker (sync_worker.py), lets it edit
and sync for a random moment and kills it. After every kill the device's store must open, pass
SQLite's integrity check and hold a head revision for each note it has sent; the folder may hold
only whole files under their final names (a temporary file left behind is removed at the next
sync). At the end every device syncs until no file is new: all three must hold the same notes,
and every revision any device sent must be kept by each.
"""
from __future__ import annotations

import argparse
import random
import signal
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from db import AtlasPaths, Store
from db.sync.change_files import read_changes, waiting_files

ROOT = Path(__file__).resolve().parents[2]
DEVICES = 3
MAX_DELAY = 0.4


@dataclass
class SyncCrashReport:
    kills: int = 0
    survived: int = 0
    revisions_lost: int = 0
    failures: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"kills during sync survived: {self.survived}/{self.kills}, revisions lost: {self.revisions_lost}"


def device_paths(home: Path, number: int) -> AtlasPaths:
    return AtlasPaths(data_dir=home / f"device{number}", cache_dir=home / "cache")


def kill_one(home: Path, number: int, seed: int, delay: float) -> str:
    paths = device_paths(home, number)
    process = subprocess.Popen([sys.executable, "-m", "tests.reliability.sync_worker", str(paths.data_dir),
                                str(paths.cache_dir), str(home / "shared"), str(seed)], cwd=ROOT,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    process.stdout.readline()
    try:
        process.wait(timeout=delay)  # on the process, not a sleep: a worker that fails is seen at once
    except subprocess.TimeoutExpired:
        process.send_signal(signal.SIGKILL)
    _, errors = process.communicate()
    return "" if process.returncode == -signal.SIGKILL else f"worker {seed} exited {process.returncode}: {errors[-2000:]}"


def check_device(paths: AtlasPaths) -> str:
    """'' when the device's store is sound after a kill, else what is wrong."""
    with Store(paths) as store:
        conn = store.user_connection()
        if conn.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            return f"{paths.data_dir}: integrity check failed"
        orphans = conn.execute("SELECT count(*) FROM sync_heads h LEFT JOIN sync_revisions r ON r.rev = h.rev "
                               "WHERE r.rev IS NULL").fetchone()[0]
        return f"{paths.data_dir}: {orphans} notes whose newest revision is missing" if orphans else ""


def sent_revisions(shared: Path) -> set[str]:
    found = set()
    for device in (shared / "partnership-atlas-notes").iterdir():
        for seq, path in waiting_files(shared, device.name, 0):
            found |= {revision["rev"] for revision in read_changes(path, device.name, seq).revisions}
    return found


def run_sync_kills(home: Path, kills: int, seed: int = 0) -> SyncCrashReport:
    home = Path(home)
    (home / "shared").mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    report = SyncCrashReport()
    for kill in range(kills):
        number = rng.randrange(DEVICES)
        failure = kill_one(home, number, seed * 100_000 + kill, rng.uniform(0, MAX_DELAY)) or check_device(
            device_paths(home, number))
        report.kills += 1
        if failure:
            report.failures.append(failure)
        else:
            report.survived += 1
    stores = [Store(device_paths(home, number)) for number in range(DEVICES)]
    try:
        for _ in range(10):  # until a round in which no device has anything new to send
            reports = [store.sync_notes(home / "shared") for store in stores]
            report.failures += [str(problem) for each in reports for problem in each.problems]
            if not any(each.sent for each in reports):
                break
        states = [{(n.id, n.body, bool(n.deleted)) for n in store.notes() + store.notes(trashed=True)} for store in stores]
        if not states[0] == states[1] == states[2]:
            report.failures.append("the devices did not converge")
        sent = sent_revisions(home / "shared")
        for store in stores:
            kept = {rev for rev, in store.user_connection().execute("SELECT rev FROM sync_revisions")}
            report.revisions_lost += len(sent - kept)
    finally:
        for store in stores:
            store.close()
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.reliability.sync_kills", description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="atlas-sync-kills-") as home:
        report = run_sync_kills(Path(home), options.kills, options.seed)
    for failure in report.failures:
        print(failure)
    print(report.summary())
    return 1 if report.failures or report.revisions_lost else 0


if __name__ == "__main__":
    raise SystemExit(main())
