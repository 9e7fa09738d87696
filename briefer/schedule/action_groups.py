"""Where an action stands against the calendar: overdue, due this week, later, no date, done.

The Actions list groups by this, as a to-do app does, so what is late or
close comes first; pure and Qt-free, so the rule is tested without a window
and the same for any conference.
"""

from __future__ import annotations

import enum
from datetime import date, timedelta

from briefer.model import Action, ActionStatus


class DueGroup(enum.IntEnum):
    """The groups in the order the list shows them."""

    OVERDUE = 0
    THIS_WEEK = 1
    LATER = 2
    NO_DATE = 3
    DONE = 4


def due_group(action: Action, today: date) -> DueGroup:
    """The group of ``action`` on ``today``: finished ones last, whatever their date.

    "This week" runs up to the coming Sunday (the working week as people say it),
    so an action due on Friday is "this week" on Monday and "overdue" on Saturday.
    """
    if action.status in (ActionStatus.DONE, ActionStatus.CANCELLED):
        return DueGroup.DONE
    if action.due is None:
        return DueGroup.NO_DATE
    if action.due < today:
        return DueGroup.OVERDUE
    if action.due <= today + timedelta(days=6 - today.weekday()):
        return DueGroup.THIS_WEEK
    return DueGroup.LATER


def todo_order(action: Action, today: date) -> tuple:
    """The list's default order: by group, then by due date, then by what it says."""
    return (due_group(action, today), action.due or date.max, action.description.casefold())


def actions_context(store) -> tuple[list, "object", set[str]]:
    """What the Actions view needs beside the actions: the bilaterals (to pick one), the conference's
    timezone (whose "today" the groups count from) and the host delegation's people ("Delegation")."""
    from zoneinfo import ZoneInfo

    conf = store.conference()
    host = {m.person_id for d in store.delegations.list() if d.host for m in d.members}
    return store.meetings.list(), conf.tz if conf else ZoneInfo("UTC"), host
