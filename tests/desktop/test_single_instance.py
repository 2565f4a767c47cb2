"""One window per data folder: a second start hands over to the first, never a second writer."""
from __future__ import annotations

import os
import signal
import subprocess
import sys

from desktop.app.single_instance import REQUEST_NAME, InstanceGuard

HOLD_LOCK = ("import sys, pathlib; from desktop.app.single_instance import InstanceGuard; "
             "guard = InstanceGuard(pathlib.Path(sys.argv[1])); print(guard.acquire(), flush=True); sys.stdin.read()")


def hold_lock_in_child(folder):
    child = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(folder)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    assert child.stdout.readline().strip() == "True"
    return child


def test_a_second_start_brings_the_first_window_forward_and_exits(qtbot, store, open_window):
    window = open_window()
    guard = InstanceGuard(store.paths.data_dir)
    assert guard.acquire()
    guard.raiseRequested.connect(window.bring_to_front)
    guard.listen()
    env = {**os.environ, "PARTNERSHIP_ATLAS_HOME": str(store.paths.data_dir.parent), "QT_QPA_PLATFORM": "offscreen"}
    with qtbot.waitSignal(guard.raiseRequested, timeout=20_000):
        second = subprocess.Popen([sys.executable, "-m", "desktop"], env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert second.wait(timeout=20) == 0
    assert "already open" in window.statusBar().currentMessage()
    assert not (store.paths.data_dir / REQUEST_NAME).exists()
    guard.release()


def test_the_lock_is_refused_while_another_process_holds_it(home):
    home.ensure()
    child = hold_lock_in_child(home.data_dir)
    try:
        guard = InstanceGuard(home.data_dir)
        assert not guard.acquire()
        assert guard.holder_pid() == child.pid
        # The holder does not listen for requests: the asker gives up and cleans its request away.
        assert not guard.ask_holder_to_raise(wait_ms=300)
        assert not (home.data_dir / REQUEST_NAME).exists()
    finally:
        child.kill()
        child.wait()


def test_a_lock_left_by_a_killed_instance_is_taken_over(home):
    home.ensure()
    child = hold_lock_in_child(home.data_dir)
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    guard = InstanceGuard(home.data_dir)
    assert guard.acquire()
    guard.release()
