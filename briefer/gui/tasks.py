"""Background work that never freezes the window: ``run_in_background(fn).success(cb).failure(cb)``.

``fn`` runs on a QThreadPool worker and must not touch widgets nor the GUI
thread's Store connection: it opens its own connection or works on immutable
models. Its result (or exception) is delivered back on the GUI thread through
a queued signal, where the callbacks run.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """The handle of one background call; lives on the GUI thread until it has reported."""

    _finished = Signal(bool, object)
    _progressed = Signal(int, int, str)
    done = Signal()

    def __init__(self, parent: QObject | None = None, owner: QObject | None = None):
        super().__init__(parent)
        #: Set when the widget that asked for the work is gone: its callbacks must not run.
        self.orphaned = False
        if owner is not None:
            owner.destroyed.connect(self._orphan)
        self._on_success: list[Callable[[Any], None]] = []
        self._on_failure: list[Callable[[BaseException], None]] = []
        self._on_progress: list[Callable[[int, int, str], None]] = []
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None
        self._finished.connect(self._deliver)
        self._progressed.connect(self._report)

    def success(self, cb: Callable[[Any], None]) -> "Task":
        self._on_success.append(cb)
        return self

    def failure(self, cb: Callable[[BaseException], None]) -> "Task":
        self._on_failure.append(cb)
        return self

    def progress(self, cb: Callable[[int, int, str], None]) -> "Task":
        self._on_progress.append(cb)
        return self

    @Slot()
    def _orphan(self) -> None:
        self.orphaned = True

    @Slot(int, int, str)
    def _report(self, done: int, total: int, text: str) -> None:
        if self.orphaned:
            return
        for cb in self._on_progress:
            cb(done, total, text)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:
        self.finished = True
        try:
            if self.orphaned:
                return  # the window closed while the work ran; nothing is left to show it in
            if ok:
                self.result = value
                for cb in self._on_success:
                    cb(value)
            else:
                self.error = value
                for cb in self._on_failure:
                    cb(value)
                if not self._on_failure:
                    raise value
        finally:
            self.done.emit()
            self.deleteLater()


class _Runner(QRunnable):
    def __init__(self, task: Task, fn: Callable[..., Any], with_progress: bool):
        super().__init__()
        self._task = task
        self._fn = fn
        self._with_progress = with_progress

    def run(self) -> None:  # worker thread
        try:
            if self._with_progress:
                value = self._fn(lambda done, total, text="": self._task._progressed.emit(done, total, text))
            else:
                value = self._fn()
        except BaseException as exc:  # noqa: BLE001 — every failure must reach the user
            self._task._finished.emit(False, exc)
        else:
            self._task._finished.emit(True, value)


def run_in_background(fn: Callable[..., Any], *, with_progress: bool = False,
                      pool: QThreadPool | None = None, owner: QObject | None = None) -> Task:
    """Start ``fn`` on a worker thread; with ``with_progress`` it is called with ``report(done, total, text)``.

    Register callbacks straight away (they are delivered through the event loop,
    so none can be missed). Pass the asking widget as ``owner``: if it is destroyed
    before the work ends, the callbacks are dropped instead of touching a dead widget.
    """
    task = Task(QCoreApplication.instance(), owner)
    (pool or QThreadPool.globalInstance()).start(_Runner(task, fn, with_progress))
    return task
