"""Helpers shared by the schedule tests (a unique module name, so imports never collide)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from briefer.model import Person, Room

AMS = ZoneInfo("Europe/Amsterdam")


def local(day: int, hh: int, mm: int = 0, month: int = 6, year: int = 2019) -> datetime:
    """A moment on a conference day, in the conference's timezone."""
    return datetime(year, month, day, hh, mm, tzinfo=AMS)


@dataclass
class World:
    store: object
    minister: Person
    adviser: Person
    idn_minister: Person
    fra_minister: Person
    room_a: Room
    room_b: Room
    room_far: Room
