"""Run store work off the GUI thread and deliver results (or errors) back on it by signal.

Every write, and every read that must see the writes submitted before it, goes through one
writer thread, so the user store has a single writer in the order the user acted. After each
call that wrote, `StoreRunner.changed` tells every panel what changed (db/store/changes.py);
writes by other processes are looked for on the same thread once a second and told the same way.
Reads of the packs (entries, counts, comparisons, a spreadsheet's preview) run on a reader thread
of their own with its own connections (`StoreRunner.read`), so browsing goes on while a long
import writes. Searches have their own thread too and are cancelled when a newer one starts, so
typing never queues up stale queries.
"""
from __future__ import annotations

import threading
import traceback
from collections import deque
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QObject, QTimer, Signal

from db import SearchCancelled, Store
from db.errors import AtlasError, UserStoreError
from db.store.changes import Changes
from desktop.shared.translate import said_error, window_language

if TYPE_CHECKING:
    from db.search.results import SearchResults


class WorkerThread:
    """One thread running the calls given to it one at a time, in the order given.

    What ThreadPoolExecutor(max_workers=1) does; importing concurrent.futures would cost the
    window's start about 7 ms, and this needs nothing the start has not loaded already.
    """

    def __init__(self, name: str):
        self._calls: deque[Callable[[], None] | None] = deque()
        self._wake = threading.Condition()
        # A daemon, so a thread never shut down cannot keep the program from exiting; the window
        # shuts its threads down on closing, which finishes every call queued.
        self._thread = threading.Thread(target=self._serve, name=name, daemon=True)
        self._thread.start()

    def submit(self, call: Callable[[], None]) -> None:
        with self._wake:
            self._calls.append(call)
            self._wake.notify()

    def shutdown(self) -> None:
        """Run every call submitted so far, then end the thread."""
        with self._wake:
            self._calls.append(None)
            self._wake.notify()
        self._thread.join()

    def _serve(self) -> None:
        while True:
            with self._wake:
                while not self._calls:
                    self._wake.wait()
                call = self._calls.popleft()
            if call is None:
                return
            try:
                call()
            except Exception:  # printed as an uncaught error in a thread would be; the thread goes on
                traceback.print_exc()


class StoreRunner(QObject):
    """`submit(fn, done=..., failed=...)` runs `fn(store)` on the writer thread, `read(...)` on the reader thread."""

    delivered = Signal(object)
    """(callback, value) as one tuple, emitted from worker threads and handled on the GUI thread.

    One tuple rather than two arguments: PySide6 mishandles the reference count of None
    passed as a bare `object` argument through a queued connection, which can crash Python.
    """
    idle = Signal()
    """Emitted when no submitted work is left; tests wait on it."""
    userStoreUnavailable = Signal(str)
    """Work with no error handler of its own met a notes file that cannot be used (the window has said why)."""
    changed = Signal(object)
    """`Changes`: what a call wrote, after its own callback has run, or what another process wrote
    (`Changes.outside`). Every panel refreshes from this signal alone."""
    _found_outside = Signal(object)

    WATCH_MS = 1000
    """How often writes by other processes are looked for: shown within two seconds."""

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._worker = WorkerThread("store")
        self._reader = WorkerThread("store-reader")
        self._pending = 0
        self._closed = False
        self._lock = threading.Lock()
        self._watch: QTimer | None = None
        self._newest: dict[Hashable, int] = {}  # for `submit(latest=key)`, touched on the GUI thread only
        self._sequence = 0
        self.delivered.connect(self._deliver)
        self._found_outside.connect(self.changed)

    def read(self, fn: Callable[[Store], Any], *, done: Callable[[Any], None] | None = None,
             failed: Callable[[Exception], None] | None = None, latest: Hashable | None = None) -> None:
        """As `submit`, for `fn` that only reads and need not wait for writes already queued: it runs
        on the reader thread, beside a long write. Its result may predate a write still queued;
        the `changed` signal that follows that write is the moment to read again."""
        self.submit(fn, done=done, failed=failed, latest=latest, thread=self._reader)

    def submit(self, fn: Callable[[Store], Any], *, done: Callable[[Any], None] | None = None,
               failed: Callable[[Exception], None] | None = None, latest: Hashable | None = None,
               thread: WorkerThread | None = None) -> None:
        """Queue `fn` on the writer thread; after shutdown (the window is closing) nothing new is started.

        With `latest` (a key such as `(id(panel), "list")`), only the newest call under that key
        has its `done` or `failed` called: a result superseded before it arrives is dropped here,
        so no panel keeps a counter of its own."""
        with self._lock:
            if self._closed:
                return
            self._pending += 1
        if latest is not None:
            self._sequence += 1
            self._newest[latest] = sequence = self._sequence
            done = self._if_newest(latest, sequence, done)
            # A failure with no handler of its own is reported even when superseded: it says the store is in trouble.
            failed = self._if_newest(latest, sequence, failed) if failed is not None else None
        writes = thread is None
        (thread or self._worker).submit(lambda: self._run(fn, done, failed, writes))

    def drop_pending(self, latest: Hashable) -> None:
        """Drop the result of any call still pending under the key `latest` (see `submit`)."""
        self._newest.pop(latest, None)

    def _if_newest(self, key: Hashable, sequence: int, callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            if self._newest.get(key) == sequence:
                del self._newest[key]
                if callback is not None:
                    callback(value)

        return deliver

    def _run(self, fn, done, failed, writes: bool) -> None:
        # Only the writer thread takes what was written: a read taking it would announce a write
        # before it is finished, or take it from the writer's own announcement.
        changes = self.store.take_changes if writes else Changes
        try:
            value = fn(self.store)
        except UserStoreError as exc:
            self.delivered.emit((failed or self._user_store_unavailable, exc, changes()))
        except Exception as exc:  # delivered to the caller's error handler on the GUI thread
            self.delivered.emit((failed or self._unhandled, exc, changes()))
        else:
            self.delivered.emit((done, value, changes()))

    def _deliver(self, delivery: tuple) -> None:
        callback, value, changes = delivery
        try:
            if callback is not None and not self._closed:
                callback(value)
        finally:
            if changes and not self._closed:
                self.changed.emit(changes)
            with self._lock:
                self._pending -= 1
                finished = self._pending == 0
            if finished:
                self.idle.emit()

    @staticmethod
    def _unhandled(exc: Exception) -> None:
        raise exc

    def _user_store_unavailable(self, exc: UserStoreError) -> None:
        self.userStoreUnavailable.emit(said_error(exc))

    def watch_outside(self) -> None:
        """Look for writes by other processes every WATCH_MS, on the store thread, until shutdown."""
        if self._watch is None:
            self._watch = QTimer(self)
            self._watch.timeout.connect(lambda: self._worker.submit(self._look_outside))
            self._worker.submit(self._look_outside)  # the first look only takes note of how things are
        self._watch.start(self.WATCH_MS)

    def _look_outside(self) -> None:
        # Not counted as pending work: a look is no one's request, and `idle` means requests are done.
        try:
            found = self.store.outside_changes()
        except AtlasError:
            return  # a notes file that cannot be used is reported where it is used
        if found and not self._closed:
            self._found_outside.emit(found)

    @property
    def busy(self) -> bool:
        with self._lock:
            return self._pending > 0

    def shutdown(self) -> None:
        """Finish queued work (notes being saved) before the store closes."""
        with self._lock:
            self._closed = True
        if self._watch is not None:
            self._watch.stop()
        self._reader.shutdown()
        self._worker.shutdown()


# Seconds a search the user is typing may spend ranking. A word in every one of 100,000 lessons
# takes 300 ms or more to rank; past the budget the first matches come unranked instead, about
# 15 ms later. With the window's ~20 ms to paint them, a key's results show within issue 5's
# 100 ms, and searches that rank in time are ranked exactly as without a budget.
RANK_BUDGET = 0.05


class SearchRunner(QObject):
    """Runs one search at a time; starting a new one cancels the one before."""

    finished = Signal(int, object)
    """(generation, SearchResults) for the newest search only."""
    failed = Signal(int, str)

    def __init__(self, store: Store, parent: QObject | None = None):
        super().__init__(parent)
        self.store = store
        self._worker = WorkerThread("search")
        self._generation = 0
        self._cancel = threading.Event()

    @property
    def latest(self) -> int:
        return self._generation

    def warm_up(self) -> None:
        """Load the search code and open this thread's connection now (an empty search does both and
        finds nothing), so the first key typed does not wait for them."""
        self._worker.submit(lambda: self.store.search(""))

    def search(self, text: str, **filters) -> int:
        self._cancel.set()
        self._cancel = cancel = threading.Event()
        self._generation += 1
        generation = self._generation
        language = window_language()  # read here: the default locale is the GUI thread's to change
        self._worker.submit(lambda: self._run(generation, cancel, text, {**filters, "language": language}))
        return generation

    def _run(self, generation: int, cancel: threading.Event, text: str, filters: dict) -> None:
        if cancel.is_set():
            return
        try:
            results: SearchResults = self.store.search(text, cancel=cancel, rank_budget=RANK_BUDGET, **filters)
        except SearchCancelled:
            return
        except Exception as exc:  # reported to the window, never raised into Qt
            self.failed.emit(generation, said_error(exc))
            return
        if not cancel.is_set():
            self.finished.emit(generation, results)

    def shutdown(self) -> None:
        self._cancel.set()
        self._worker.shutdown()
