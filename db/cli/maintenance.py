"""doctor: check both stores and repair what can be repaired without touching your notes."""
from __future__ import annotations

import argparse

from db.doctor import check_reference, check_user
from db.paths import AtlasPaths
from db.resources import bundled_pack_dirs


def add_parsers(sub: argparse._SubParsersAction) -> None:
    doctor = sub.add_parser("doctor", help="check both stores, print sizes and counts, rebuild a damaged cache")
    doctor.set_defaults(run=run_doctor, needs_store=False)


def run_doctor(_store, args: argparse.Namespace) -> int:
    paths = AtlasPaths.default()
    paths.ensure()
    healthy = True
    for health in (check_reference(paths, bundled_pack_dirs()), check_user(paths)):
        healthy &= health.ok
        print(f"{health.name}: {'OK' if health.ok else 'PROBLEM'}")
        print(f"  file: {health.path} ({health.size / 1024:.0f} KiB)")
        for name, count in sorted(health.counts.items()):
            print(f"  {name}: {count}")
        for message in health.messages:
            print(f"  ! {message}")
    return 0 if healthy else 1
