"""Today's picture, kept at a clean close for the next start's first paint.

The next start paints it before the store is opened (``briefer.gui.startup.first_view``
says when it may). Kept here is what the view shows — every widget of its form
and the table's rows as drawn — with what decides whether it still holds:

- the span of the app's clock in which nothing on it changes: from the last to
  the next moment at which one of the person's items begins or ends (past ones
  included: they are what the list drops), a conflict shown ends, the countdown
  turns from a date to hours, a day turns, the conference begins or ends — and
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

from datetime import datetime, time, timedelta
from pathlib import Path

from briefer import __version__
from briefer.gui.startup.first_view import CACHE_NAME, FORMAT, form_state, phase, table_state
from briefer.gui.widgets.fields import ui_language
from briefer.store.wholefile import keyed_cache


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment is not None else None


def span(view) -> tuple[datetime | None, datetime | None] | None:
    """(since, until): the app's clock in which Today shows what it shows now (None: it has no settled read)."""
    conf = view._directory.conference
    if conf is None or view.read_at is None or view.settled_at is None:
        return None
    read_at = view.read_at[0]
    tz = conf.tz
    moments: set[datetime] = {datetime.combine(conf.start_date, time(0), tz),
                              datetime.combine(conf.end_date + timedelta(days=1), time(0), tz)}
    day = conf.local(read_at).date()
    moments |= {datetime.combine(day, time(0), tz), datetime.combine(day + timedelta(days=1), time(0), tz)}
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
    conf = view._directory.conference
    starts = datetime.combine(conf.start_date, time(0), conf.tz)
    ends = datetime.combine(conf.end_date + timedelta(days=1), time(0), conf.tz)
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


def to_keep(window) -> dict | None:
    """At a clean close, with the store still open: the picture the next start may paint, or None."""
    store = window.services.store
    if store is None or store.closed or store.path is None or store.passphrase is not None:
        return None
    if window.services.settings.last_view != "today":
        return None
    view = window.views.built().get("today")
    if view is None or view.read_marker is None or view.read_marker != store.change_marker():
        return None  # something was committed since Today read its rows
    return picture(view, window.windowTitle())


def keep(database: Path, kept: dict | None) -> None:
    """After the store is closed: write ``kept`` keyed to the file as it is now, or remove an old picture."""
    if kept is None:
        keyed_cache.forget(database, CACHE_NAME)
    else:
        keyed_cache.write(database, CACHE_NAME, kept)
