"""doctor: check both stores and repair what can be repaired without touching your notes."""
from __future__ import annotations

import argparse

from db.files.paths import AtlasPaths
from db.files.resources import bundled_pack_dirs
from db.store.doctor import check_reference, check_user


def add_parsers(sub: argparse._SubParsersAction) -> None:
    doctor = sub.add_parser("doctor", help="check both stores; rebuild a damaged cache",
                            description="Check the reference cache and your notes file: integrity, sizes and counts. "
                                        "A damaged or out-of-date cache is rebuilt from the packs; your notes file is never changed.")
    doctor.set_defaults(run=run_doctor, needs_store=False)


def run_doctor(_store, args: argparse.Namespace) -> int:
    paths = AtlasPaths.default()
    paths.ensure()
    healthy = True
    for health in (check_reference(paths, bundled_pack_dirs()), check_user(paths)):
        healthy &= health.ok
        # Printed after any repair, so the status line says how the store is now.
        print(f"{health.name}: {health.status}")
        if not health.exists:
            print(f"  file: {health.path} (made when you first save a note, bookmark or comparison)")
        else:
            print(f"  file: {health.path} ({health.size / 1024:.0f} KiB)")
            for name, count in sorted(health.counts.items()):
                print(f"  {name}: {count}")
        for detail in health.details:
            print(f"  {detail}")
        for message in health.messages:
            print(f"  ! {message}")
    return 0 if healthy else 1
