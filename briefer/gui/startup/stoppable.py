"""What quitting must not wait for: the start's background check and the day's first backup.

On a large database the integrity check reads the whole file (seconds) and the
daily backup copies it; Qt's thread pool waits for running work when the app
ends, so quitting right after the start took as long as they did. A
``Stoppable`` is handed to that work: it interrupts the SQLite connections the
work registered (an interrupted ``quick_check`` has written nothing) and answers
the backup's "stop now?" between two steps (it then keeps nothing; the next start
takes the day's backup). Plain Python, no Qt: the work runs on pool threads.
"""

from __future__ import annotations

import threading


#: SQLite virtual-machine steps between two "stop now?" questions (a few microseconds of work).
PROGRESS_STEPS = 10_000


class Stoppable:
    def __init__(self):
        self._stopped = threading.Event()
        self._lock = threading.Lock()
        self._connections: list = []

    def __call__(self) -> bool:
        """Stop now? (the backup's ``cancel`` callback)"""
        return self._stopped.is_set()

    def watch(self, conn) -> None:
        """Interrupt ``conn`` when stopped (at once, if already stopped).

        ``interrupt()`` alone misses a statement that starts just after it (SQLite drops an interrupt
        that arrives while nothing runs), so ``conn`` also asks every few thousand steps whether it
        should stop: a statement begun after quitting started is stopped too."""
        with self._lock:
            self._connections.append(conn)
            conn.set_progress_handler(self._stop_asked, PROGRESS_STEPS)
            if self._stopped.is_set():
                conn.interrupt()

    def _stop_asked(self) -> int:
        return 1 if self._stopped.is_set() else 0

    def forget(self, conn) -> None:
        """``conn`` is about to be closed: never interrupt it any more."""
        with self._lock:
            if conn in self._connections:
                self._connections.remove(conn)
                conn.set_progress_handler(None, 0)

    def stop(self) -> None:
        with self._lock:
            self._stopped.set()
            for conn in self._connections:
                conn.interrupt()
