"""Today's picture, kept at a clean close for the next start's first paint.

The next start paints it before the store is opened (``briefer.gui.startup.first_view``
says when it may). Kept here is what the view shows — every widget of its form
and the table's rows as drawn — with what decides whether it still holds:

- the span of the app's clock in which nothing on it changes: from the last to
  the next moment at which one of the person's items begins or ends (past ones
  included: they are what the list drops), a conflict shown ends, the countdown
  turns from a date to hours, a day turns (the conference begins and ends at midnight too) — and
  while rehearsing, the minute (the rehearsal line names the time);
- the conference's days and the moment a demo whose conference is over starts
  rehearsing (the next start's clock: that moment, or the real time);
- the language, the person chosen and Briefer's version.

A picture is kept only when it is sure to show what the database holds: Today
is on screen as the last view, not waiting for a read, not marked stale by a
change, and nothing was committed to the file — by this window, a worker or
another process — between the read of its rows and the close (the store's
change marker). Never for an encrypted database: its words must not lie on
disk in clear (a kept picture is removed then).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt

from briefer import __version__
from briefer.gui.startup.first_view import CACHE_NAME, FORMAT, form_state, phase, table_state
from briefer.gui.widgets.fields import ui_language
from briefer.schedule.day import day_bounds
from briefer.store.wholefile import keyed_cache


def conference_bounds(conf) -> tuple[datetime, datetime]:
    """Local midnight before the conference's first day and after its last (``Conference.contains``'s edges)."""
    return day_bounds(conf.start_date, conf.tz)[0], day_bounds(conf.end_date, conf.tz)[1]


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def span(view) -> tuple[datetime | None, datetime | None] | None:
    """(since, until): the app's clock in which Today shows what it shows now (None: it has no settled read)."""
    conf = view.conference
    if conf is None or view.read_at is None or view.settled_at is None:
        return None
    read_at = view.read_at[0]
    # the local midnights around the read (the conference's own edges are midnights too: no nearer one)
    moments: set[datetime] = set(day_bounds(conf.local(read_at).date(), conf.tz))
    if view.day is not None:
        moments |= set(view.day.moments)
        moments |= {f.end or f.start for f in view.day.conflicts if (f.end or f.start) is not None}
        if view.day.today.next is not None:
            moments.add(view.day.today.next.start - timedelta(days=1))
    if view.rehearsal is not None:
        minute = read_at.replace(second=0, microsecond=0)
        moments |= {minute, minute + timedelta(minutes=1)}
    since = max((m for m in moments if m <= read_at), default=None)
    until = min((m for m in moments if m > read_at), default=None)
    if until is not None and view.settled_at >= until:
        return None  # a moment passed between the read and its conflicts: what is shown straddles it
    return since, until


def picture(view, title: str) -> dict | None:
    """What Today shows now, with when it holds; None when it cannot be kept (no conference, a read pending)."""
    if view.stale or view.pending:
        return None
    held = span(view)
    if held is None:
        return None
    starts, ends = conference_bounds(view.conference)
    real_phase = phase(view.read_at[1], starts, ends)
    if phase(view.clock(), starts, ends) != real_phase:
        return None  # the conference began or ended while the window was open: the rehearsal line may be out of date
    nxt = view.day.today.next if view.day is not None else None
    form = form_state(view.ui)
    form.pop("countdown", None)  # worked out again for the moment of the next start
    combo = view.ui.principal_combo
    return {
        "format": FORMAT, "version": __version__, "language": ui_language(), "title": title,
        "principal": combo.currentData() or "", "principal_index": combo.currentIndex(),
        "since": _iso(held[0]), "until": _iso(held[1]),
        "conference_starts": _iso(starts), "conference_ends": _iso(ends),
        "auto_rehearsal": _iso(view.auto_rehearsal_moment),
        "next_start": _iso(nxt.start if nxt is not None else None),
        "countdown_far": view.countdown_for(nxt, nxt.start - timedelta(days=2)) if nxt is not None else "",
        "form": form, "table": table_state(view.ui.items),
    }


def to_keep(window) -> list[dict]:
    """At a clean close, with the store still open: the pictures the next start may paint (none: an empty list).

    Today's own, and the next day's (:func:`read_next_day`) — each only if nothing was
    committed since its rows were read.
    """
    store = window.services.store
    if store is None or store.closed or store.path is None or store.passphrase is not None:
        return []
    if window.services.settings.last_view != "today":
        return []
    view = window.views.built().get("today")
    marker = store.change_marker()
    kept = []
    if view is not None and view.read_marker is not None and view.read_marker == marker:
        kept.append(picture(view, window.windowTitle()))
    next_day = getattr(window, "next_day_picture", None)
    if next_day is not None and next_day[0] == marker:
        kept.append(next_day[2])
    return [p for p in kept if p is not None]


def keep(database: Path, kept: list[dict]) -> None:
    """After the store is closed: write ``kept`` keyed to the file as it is now, or remove an old picture."""
    if not kept:
        keyed_cache.forget(database, CACHE_NAME)
    else:
        keyed_cache.write(database, CACHE_NAME, {"pictures": kept})


#: After Today has its rows, how long the next day's picture waits (the start's own reads and check first).
NEXT_DAY_DELAY_MS = 5000


def read_next_day(window) -> None:
    """Read Today as it will be at the next local midnight, in the background, and keep its picture.

    Today's own picture holds only until the next of the person's items begins or ends;
    the first start of a conference morning — midnight and the first item lie between —
    would find none. So once Today has its rows, a second Today that is never shown reads
    the day as it will be at midnight (on a worker, as Today reads; its hooks into the
    window's services go to a copy of them) and its picture is kept beside Today's at the
    close: a start before that morning's first item paints it. Not while Today rehearses
    (its picture is the same at every start), not for an encrypted database, once per
    change marker and midnight.
    """
    import copy

    from briefer.gui.today.today_view import TodayView

    store = window.services.store
    view = window.views.built().get("today")
    # (an encrypted database's close keeps no picture: reading one would be wasted)
    if store is None or store.closed or store.passphrase is not None or view is None or view.rehearsal is not None:
        return
    conf = view.conference
    if conf is None or view.read_marker is None or getattr(window, "next_day_view", None) is not None:
        return
    midnight = day_bounds(conf.local(view.clock()).date(), conf.tz)[1]
    held = getattr(window, "next_day_picture", None)
    if held is not None and held[0] == store.change_marker() and held[1] == midnight:
        return  # read already, and nothing committed since
    shadow = TodayView(copy.copy(window.services), clock=lambda: midnight)
    window.next_day_view = shadow

    def done() -> None:
        window.next_day_view = None
        kept = picture(shadow, window.windowTitle())
        if kept is not None:
            window.next_day_picture = (shadow.read_marker, midnight, kept)
        shadow.deleteLater()

    shadow.loaded.connect(done, Qt.ConnectionType.SingleShotConnection)
    shadow.refresh()


def read_next_day_after_today(window) -> None:
    """Each time Today has its rows: read the next day's picture a little later (:func:`read_next_day`)."""
    from PySide6.QtCore import QTimer

    today = window.views["today"]
    today.loaded.connect(lambda: QTimer.singleShot(NEXT_DAY_DELAY_MS, window, lambda: read_next_day(window)))
