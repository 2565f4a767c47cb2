"""The store's worker thread: calls run one at a time, in order, off the GUI thread; closing finishes them."""
from __future__ import annotations

import threading

from desktop.shared.runners import WorkerThread


def test_calls_run_in_order_on_one_thread_and_shutdown_finishes_them():
    worker = WorkerThread("test")
    release = threading.Event()
    ran: list[tuple[int, str]] = []
    worker.submit(lambda: release.wait(10))  # holds the thread while the rest queue up behind it
    for number in range(50):
        worker.submit(lambda number=number: ran.append((number, threading.current_thread().name)))
    assert ran == [], "nothing runs on the caller's thread"
    release.set()
    worker.shutdown()
    assert [number for number, _ in ran] == list(range(50))
    assert {name for _, name in ran} == {"test"} and threading.current_thread().name != "test"


def test_a_call_that_raises_is_reported_and_the_thread_goes_on(capsys):
    worker = WorkerThread("test")
    ran = []

    def fails():
        raise ValueError("a store error")

    worker.submit(fails)
    worker.submit(lambda: ran.append("after"))
    worker.shutdown()
    worker.shutdown()  # closing twice is harmless
    assert ran == ["after"] and "ValueError: a store error" in capsys.readouterr().err


def test_only_the_newest_result_under_a_key_is_delivered(qtbot, runner):
    """Superseded results are dropped by the runner, for every panel, in one place."""
    gate = threading.Event()
    got, failures = [], []

    def slow(store):
        gate.wait(5)
        return "old"

    runner.submit(slow, done=got.append, latest="list")
    runner.submit(lambda store: "new", done=got.append, latest="list")
    runner.submit(lambda store: "other", done=got.append, latest="another key")
    runner.submit(lambda store: 1 / 0, failed=failures.append, latest="failing")
    runner.submit(lambda store: "after the failure", done=got.append, latest="failing")
    with qtbot.waitSignal(runner.idle):
        gate.set()
    assert got == ["new", "other", "after the failure"] and failures == []


def test_dropping_a_key_drops_its_pending_result(qtbot, runner):
    got = []
    runner.submit(lambda store: "stale", done=got.append, latest="comparison")
    runner.drop_pending("comparison")
    with qtbot.waitSignal(runner.idle):
        runner.submit(lambda store: "unkeyed", done=got.append)
    assert got == ["unkeyed"]


def test_reads_go_on_while_a_long_write_runs(qtbot, runner):
    """An import that writes for minutes must not stop the reader from opening entries."""
    writing, release = threading.Event(), threading.Event()

    def long_write(store):
        writing.set()
        release.wait(10)
        return store.create_note("written at last")

    written = []
    runner.submit(long_write, done=written.append)
    assert writing.wait(5)
    with qtbot.waitSignal(runner.delivered, timeout=5_000):
        runner.read(lambda store: store.entry("dfid-ifrc").title, done=written.append)
    assert written == ["DFID–Federation partnership"], "the read came back before the write ended"
    with qtbot.waitSignal(runner.changed, timeout=5_000) as told:
        release.set()
    assert written[1].body == "written at last" and told.args[0].notes == {written[1].id}


def test_a_read_never_announces_a_write(qtbot, runner):
    """Only the writer thread hands out what was written: a read running beside it takes nothing."""
    runner.store.create_note("written outside the runner's calls")  # recorded, not yet taken
    with qtbot.waitSignal(runner.idle), qtbot.assertNotEmitted(runner.changed):
        runner.read(lambda store: store.counts())
    with qtbot.waitSignal(runner.changed, timeout=5_000) as told:
        runner.submit(lambda store: None)
    assert len(told.args[0].notes) == 1
