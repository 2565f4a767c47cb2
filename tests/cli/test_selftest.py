"""`partnership-atlas --selftest` and the hidden `--measure-start`, run as a user would run them."""
from __future__ import annotations

import io
import os
import re
import subprocess
import sys
from pathlib import Path

from desktop.app.selftest import run_checks, summary
from tests.cli.runner import run

ROOT = Path(__file__).resolve().parents[2]
CHECKS = ["resources found", "stores open", "search", "main window opens", "note written and read back"]


def launch(*argv: str, home: Path) -> subprocess.CompletedProcess:
    return _child(["-m", "desktop", *argv], home)


def window_script(code: str, home: Path) -> str:
    """What `code`, run in a fresh interpreter that opens the window over `home`, printed."""
    done = _child(["-c", code], home)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def _child(args: list[str], home: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PARTNERSHIP_ATLAS_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_selftest_passes_every_check_and_leaves_the_users_data_alone(tmp_path):
    done = launch("--selftest", home=tmp_path / "user-data")
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Partnership Atlas ") and "self-test (from source" in lines[0]
    checks = [line for line in lines if line.startswith(("PASS", "FAIL"))]
    assert [re.match(r"PASS  (.+?) \(", line).group(1) for line in checks] == CHECKS, done.stdout
    assert lines[-1] == f"All {len(CHECKS)} checks passed."
    assert "compiled from the packs" in checks[1], "from source there is no prebuilt store"
    assert not (tmp_path / "user-data").exists(), "the self-test works in its own throw-away folder"
    assert done.stderr == "", "no Qt platform notes for the person running it"


def test_a_failing_check_is_named_with_its_reason_and_fails_the_run():
    def broken() -> str:
        raise OSError("disk full")

    out = io.StringIO()
    outcomes = run_checks([("first", lambda: "fine"), ("second", broken), ("third", lambda: "still run")], out)
    assert summary(outcomes, out) == 1
    assert out.getvalue().splitlines() == [
        "PASS  first (fine)", "FAIL  second: OSError: disk full", "PASS  third (still run)", "1 of 3 checks failed: second."]


def test_measure_start_reports_when_the_window_is_shown(tmp_path):
    done = launch("--measure-start", home=tmp_path / "home")
    assert done.returncode == 0, done.stderr
    assert re.fullmatch(r"window shown \d+\.\d{4} s", done.stdout.strip())


def test_an_unwritable_data_folder_is_one_clear_line(tmp_path, monkeypatch, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("in the way")
    monkeypatch.setenv("PARTNERSHIP_ATLAS_HOME", str(blocker))
    for argv in (("search", "independence"), ("doctor",)):
        code, out, err = run(capsys, *argv)
        assert code == 2 and out == "", (code, out, err)
        assert err.startswith(f"partnership-atlas: Partnership Atlas cannot write to its data folder {blocker / 'data'}")
        assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_the_collector_is_off_while_the_window_starts_and_back_on_once_it_is_up(tmp_path):
    # Starting with it on runs some 60 collections over objects that all live on; after the start
    # it must be on again, with what the start made frozen out of its scans.
    code = ("import gc, os; from desktop.app.launcher import open_window; before = gc.get_stats()[0]['collections']; "
            "open_window([], on_ready=lambda window: (print(gc.get_stats()[0]['collections'] - before, gc.isenabled(), "
            "gc.get_freeze_count() > 0, flush=True), os._exit(0)))")
    printed = window_script(code, tmp_path / "home")
    collections, enabled, frozen = printed.split()
    assert int(collections) <= 2 and enabled == frozen == "True", printed


def test_the_window_first_appears_with_its_first_page_in(tmp_path):
    # The first time the window is painted, the overview is already in the reader and the navigator
    # has its sections: no half-built window is ever painted.
    code = (
        "import os; from desktop.app import main_window; from desktop.app.launcher import open_window\n"
        "from PySide6.QtWidgets import QApplication\n"
        "seen = []\n"
        "painted = main_window.MainWindow.paintEvent\n"
        "def paint_event(self, event):\n"
        "    seen.append((bool(self.reader.browser.toPlainText().strip()), self.navigator.model.rowCount()))\n"
        "    painted(self, event)\n"
        "main_window.MainWindow.paintEvent = paint_event\n"
        "def ready(window):\n"
        "    QApplication.processEvents()\n"
        "    print(window.isVisible(), seen[:1], flush=True)\n"
        "    os._exit(0)\n"
        "open_window([], on_ready=ready)\n")
    printed = window_script(code, tmp_path / "home")
    from desktop.navigator.navigator_model import SECTIONS

    assert printed == f"True [(True, {len(SECTIONS)})]"


def test_the_search_code_loads_after_the_start_before_the_first_key(tmp_path):
    # Not part of the window's start, but loaded (with the search thread's connection) a moment after
    # it, so the first key typed does not wait for it.
    code = (
        "import os, sys; from desktop.app.launcher import open_window\n"
        "from PySide6.QtCore import QTimer\n"
        "def ready(window):\n"
        "    at_start = 'db.search.engine' in sys.modules\n"
        "    def check():\n"
        "        if 'db.search.engine' in sys.modules:\n"
        "            print(at_start, repr(window.search_box.text()), flush=True)\n"
        "            os._exit(0)\n"
        "    QTimer(window, interval=20, timeout=check).start()\n"
        "    QTimer.singleShot(20_000, lambda: (print(at_start, 'never loaded', flush=True), os._exit(0)))\n"
        "open_window([], on_ready=ready)\n")
    printed = window_script(code, tmp_path / "home")
    assert printed == "False ''"
