"""Reading a view's data again — on a worker when the store is big — without showing stale rows.

Record pages, the Packs view and the Programme's timetable read the store when they are shown
and again after a change made elsewhere. On a large database the read runs on a worker with its
own connection (``services.open_connection``), so the window never freezes; meanwhile the store
may change (a save, an undo, an import). Every refresh and every "stale" mark moves a
*generation* on; an answer read under an older generation is dropped and the read done again, so
a view never shows rows older than an edit it has already seen. One class, so that the three
views cannot drift apart in these rules.
"""

from __future__ import annotations

from typing import Callable, Generic, TypeVar

from PySide6.QtWidgets import QWidget

from briefer.gui.tasks import run_in_background

T = TypeVar("T")


def _nothing(_value) -> None:
    return None


class FreshRead(Generic[T]):
    """The read of one view: ``refresh()`` reads and shows, ``stale = True`` marks a change elsewhere.

    ``read(store)`` runs on the GUI thread's store or on a worker's own connection;
    ``detach(value)`` runs on the worker before its connection closes (read lazily held
    parts fully), ``attach(value)`` on the GUI thread before ``show(value)`` (point them
    at the GUI thread's store). ``again()`` is the owner's own refresh, called when an
    answer arrived too old while the owner is visible. ``busy(on)`` shows a read under way.
    """

    def __init__(self, owner: QWidget, services, *, read: Callable[[object], T], show: Callable[[T], None],
                 in_background: Callable[[object], bool], again: Callable[[], None],
                 busy: Callable[[bool], None] = _nothing, detach: Callable[[T], None] = _nothing,
                 attach: Callable[[T], None] = _nothing):
        self._owner, self._services = owner, services
        self._read, self._show, self._in_background = read, show, in_background
        self._again, self._busy, self._detach, self._attach = again, busy, detach, attach
        #: A background read is under way.
        self.pending = False
        self.task = None
        self._stale = True
        self._generation = 0  # moves on with every refresh and every change made elsewhere
        self._in_flight = -1  # the generation the running background read belongs to

    @property
    def stale(self) -> bool:
        """The store changed since the data was read: it is read again when next shown."""
        return self._stale

    @stale.setter
    def stale(self, value: bool) -> None:
        self._stale = value
        if value:
            self._generation += 1  # a read already under way no longer shows the store as it is

    def refresh(self) -> None:
        if self.pending and self._in_flight == self._generation:
            return  # the read under way is current: its answer will be shown
        store = self._services.store
        self._generation += 1
        if not self._in_background(store):
            self._stale = False
            self._show(self._read(store))
            return
        generation = self._in_flight = self._generation
        connect = self._services.open_connection

        def work() -> T:
            with connect() as own:
                value = self._read(own)
                self._detach(value)  # nothing may read the worker's connection once it is closed
                return value

        def arrived(value: T) -> None:
            if generation != self._in_flight:
                return  # a newer read is under way; its answer counts
            self._finish()
            if generation != self._generation:
                # the store changed while this was read (a save, an undo): never show the old data
                self._stale = True
                if self._owner.isVisible():
                    self._again()
                return
            self._attach(value)
            self._stale = False
            self._show(value)

        def failed(exc: BaseException) -> None:
            if generation == self._in_flight:
                self._finish()
                self._services.ask.error(self._owner, exc)

        self.pending = True
        self._busy(True)
        self.task = run_in_background(work, owner=self._owner).success(arrived).failure(failed)

    def _finish(self) -> None:
        self.pending = False
        self.task = None
        self._busy(False)


class ReadsFresh:
    """What the main window asks of a view whose data ``self.reader`` (a :class:`FreshRead`) reads.

    A mixin before ``QWidget`` in the bases: ``stale`` (set when the store changed elsewhere),
    ``pending`` (a background read is under way) and ``load_task``.
    """

    reader: FreshRead

    @property
    def stale(self) -> bool:
        """The store changed since the data was read: it is read again when next shown."""
        return self.reader.stale

    @stale.setter
    def stale(self, value: bool) -> None:
        self.reader.stale = value

    @property
    def pending(self) -> bool:
        """A background read is under way."""
        return self.reader.pending

    @property
    def load_task(self):
        return self.reader.task
