"""A follow-up action written as one line of a meeting note, the way a to-do app reads it.

While the minister talks, an advisor cannot stop to fill in a form. They write a line such as
``→ send the data to RIVM @Mulder fri`` (or ``-> stuur de cijfers naar RIVM @Mulder vr``) and
go on; the app reads what, who and by when from it and shows the action for a glance before it
is kept. Reading is conservative — a word is taken as the due day only when it can mean nothing
else — because a wrong guess costs more than a field left empty:

* the line starts with an arrow (``→``, ``->``, ``=>``) or ``Action:`` / ``Actie:`` / ``TODO:``;
* ``@Name`` names the owner (``@Mulder``, ``@van_Dam`` for "van Dam"); it is matched against
  the people the caller knows, accents and case ignored, by family name, full name or given name;
* the due day is the end of the line, read by :func:`briefer.typed_dates.read_typed` (the date
  fields' own reader: ``fri``, ``vrijdag``, ``tomorrow``, ``morgen``, ``12-7``, ``12 jul``…).
  Two-letter Dutch weekday abbreviations (``ma``, ``di``, ``wo``, ``do``, ``vr``, ``za``, ``zo``)
  and a bare number are taken only after a word that says "by" (``by``, ``before``, ``due``,
  ``voor``, ``uiterlijk``, ``op``, ``on``) or right after the owner — "ask what to do" keeps its
  "do". The due-word itself ("by fri") leaves the text.

Nothing here knows Qt; meeting mode uses it, and so can an importer of typed notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable

from briefer.store.lookup import fold
from briefer.typed_dates import DATE, read_typed

_LEAD = re.compile(r"^\s*(?:→|->|=>|(?:action|actie|todo|to do)\s*:)\s*", re.IGNORECASE)
_OWNER = re.compile(r"(?<!\S)@([^\W\d][\w.'’-]*)")
_BY_WORDS = {"by", "before", "due", "on", "voor", "uiterlijk", "op", "vóór"}
#: Words that are a weekday only to a Dutch reader who means one; elsewhere they are words.
_AMBIGUOUS = {"ma", "di", "wo", "do", "vr", "za", "zo"}


@dataclass(frozen=True)
class ActionLine:
    """What a captured line says; ``owner`` as typed (without @), ``owner_id`` when it matched one person."""

    what: str
    owner: str = ""
    owner_id: str | None = None
    due: date | None = None
    #: People the @name could mean when it matched more than one (ids), for the form to offer.
    owner_choices: tuple[str, ...] = ()


def is_action_line(line: str) -> bool:
    """True for a line written as an action (it starts with an arrow or ``Action:``)."""
    return bool(_LEAD.match(line))


def read_action_line(line: str, today: date, people: Iterable[tuple[str, str, str]] = ()) -> ActionLine | None:
    """The action written on ``line``, or None when the line is not one.

    ``people`` are (id, given name, family name) of whoever can own an action; ``today`` anchors
    weekdays and "tomorrow" (pass the meeting's day, so notes typed up later mean the same)."""
    lead = _LEAD.match(line)
    if not lead:
        return None
    words = line[lead.end():].split()
    owner, owner_at = "", None
    for i, w in enumerate(words):
        m = _OWNER.fullmatch(w.rstrip(",;:"))
        if m:
            owner, owner_at = m.group(1).replace("_", " "), i
            break
    if owner_at is not None:
        del words[owner_at]
    due, words = _due_at_end(words, today, after_owner=owner_at is not None and owner_at == len(words) - 1)
    what = " ".join(words).strip(" ,;:-–")
    owner_id, choices = _match_owner(owner, people)
    return ActionLine(what=what, owner=owner, owner_id=owner_id, due=due, owner_choices=choices)


def _due_at_end(words: list[str], today: date, *, after_owner: bool) -> tuple[date | None, list[str]]:
    """The longest tail of ``words`` (up to three) that reads as a day, and the words before it."""
    for n in (3, 2, 1):
        if len(words) < n:
            continue
        tail = words[-n:]
        head = words[:-n]
        introduced = bool(head) and fold(head[-1]) in _BY_WORDS
        plain = fold(" ".join(tail)).rstrip(".")
        if n == 1 and not (introduced or after_owner) and (plain in _AMBIGUOUS or plain.isdigit()):
            continue
        value = read_typed(" ".join(tail), DATE, today=today)
        if isinstance(value, date):
            return value, head[:-1] if introduced else head
    return None, words


def _match_owner(owner: str, people: Iterable[tuple[str, str, str]]) -> tuple[str | None, tuple[str, ...]]:
    if not owner:
        return None, ()
    want = fold(owner)
    hits = []
    for pid, given, family in people:
        names = {fold(family), fold(f"{given} {family}".strip()), fold(given)}
        if want in names:
            hits.append(pid)
    if len(hits) == 1:
        return hits[0], ()
    return None, tuple(hits)
