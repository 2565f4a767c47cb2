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
