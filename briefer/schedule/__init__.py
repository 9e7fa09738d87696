"""Scheduling services: conflicts, free slots, iCalendar in and out.

Qt-free and SQL-free: :func:`~briefer.schedule.items.load_schedule` takes one
snapshot of the store, and everything else is a pure function over it, so the
GUI can run a check in the background or re-check one moved meeting cheaply.
"""
