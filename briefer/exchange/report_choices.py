"""What a notes report can be limited to: the countries met, or one bilateral.

The export dialog offers these in its "for" list; the reports themselves
(``report.py``) read their own data when written. Only countries that had a
bilateral are offered (a report for any other would be empty), and the
bilaterals come in programme order with the organisations their names need.
"""

from __future__ import annotations

from briefer.model import Meeting, Organisation


def countries_met(store) -> set[str]:
    """The ISO codes of the countries with at least one bilateral."""
    return {m.counterpart_country for m in store.meetings.list() if m.counterpart_country}


def bilaterals_in_order(store) -> tuple[list[Meeting], dict[str, Organisation]]:
    """Every bilateral by start time (those at the same time in the order they were recorded), and the
    organisations by id, to name them."""
    orgs = {o.id: o for o in store.organisations.list()}
    return sorted(store.meetings.list(), key=lambda m: m.start), orgs
