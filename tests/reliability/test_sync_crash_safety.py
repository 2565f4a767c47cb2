"""SIGKILL devices while they sync: each store stays sound, the folder holds only whole files, no revision is lost.

ATLAS_SYNC_KILLS sets the number of kills (12 here; the full run is `python -m tests.reliability.sync_kills
--kills 200`).
"""
from __future__ import annotations

import os
import signal

import pytest

from tests.reliability.sync_kills import run_sync_kills


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="SIGKILL exists on POSIX systems only")
def test_devices_killed_mid_sync_still_converge_with_every_revision(tmp_path):
    kills = int(os.environ.get("ATLAS_SYNC_KILLS", "12"))
    report = run_sync_kills(tmp_path, kills)
    print(report.summary())
    assert report.failures == []
    assert (report.kills, report.survived, report.revisions_lost) == (kills, kills, 0)
    assert not list((tmp_path / "shared").rglob(".*.tmp")), "what a killed sync left behind is cleared by the next"
