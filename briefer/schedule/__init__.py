"""Scheduling services: conflicts, free slots, iCalendar in and out.

Qt-free and SQL-free: :func:`~briefer.schedule.items.load_schedule` takes one
snapshot of the store, and everything else is a pure function over it, so the
GUI can run a check in the background or re-check one moved meeting cheaply.

For callers (GUI, packs, command line)::

    schedule = load_schedule(store, lang="nl")      # items.py — one read of the store; messages in Dutch
    findings = check_schedule(schedule)             # conflicts.py — every Finding, errors first
    index = ScheduleIndex(schedule)                 # items.py — build once per snapshot
    conflicts_for(meeting.evolve(start=..., end=...), index)   # ~0.1 ms: while dragging
    find_slots(index, principal_id, country="IDN")  # slots.py — SlotSearch(slots, rejected, notes)
    export_calendar(load_schedule(store, with_briefs=True), person_id, public=False)  # ics_export.py
    import_calendar(store, data, file=name, dry_run=True)      # ics_import.py — ImportPlan

(``programme.py`` is the Today view's per-person list, from another issue.)
"""
