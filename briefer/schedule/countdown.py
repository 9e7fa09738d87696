"""The countdown Today shows to the next item ("in 1 h 05 min").

A module of its own, on the standard library and ``briefer.i18n`` only: the first
paint of a light start (``briefer.gui.startup.first_view``) works it out for the
moment it paints, before the schedule's modules (and pydantic) are imported.
"""

from __future__ import annotations

from datetime import timedelta

from briefer.i18n import label


def countdown_text(delta: timedelta, lang: str = "en") -> str:
    """'1 h 05 min' / '1 u 05 min' / '12 min', rounded up to the minute ('0 min' only when it starts now)."""
    minutes = max(0, -(-int(delta.total_seconds()) // 60))
    hours, minutes = divmod(minutes, 60)
    if hours:
        return label("countdown_hours", lang, hours=hours, minutes=minutes)
    return label("countdown_minutes", lang, minutes=minutes)
