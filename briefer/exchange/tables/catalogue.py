"""The kinds of table Briefer imports, by name, and the one entry point that reads and previews a file.

Kept apart from ``kinds`` (the declarative columns) and ``rows`` (the planners)
so neither imports the other: this module wires them together.
"""

from __future__ import annotations

from pathlib import Path

from briefer.errors import InvalidRecord
from briefer.exchange.tables import kinds as K
from briefer.exchange.tables import rows
from briefer.exchange.tables.kinds import Kind
from briefer.exchange.tables.plan import TablePlan, plan_table
from briefer.exchange.tables.read import read_grid_file

#: A person is named (family name, or a full name), or found by e-mail or id to update.
_PERSON_REQUIRED = (("family_name",), ("name",), ("email",), ("id",))


def kinds() -> dict[str, Kind]:
    """Every kind of table Briefer imports, by the name the command line and the menu use."""
    return {
        "people": Kind("people", "person", K.person_columns(), _PERSON_REQUIRED, rows.plan_person),
        "delegations": Kind("delegations", "delegation member", K.delegation_columns(),
                            _PERSON_REQUIRED, rows.plan_member),
        "countries": Kind("countries", "country", K.country_columns(), (("country",),), rows.plan_country),
        "meetings": Kind("meetings", "meeting", K.meeting_columns(),
                         (("principal", "counterpart", "date", "start"), ("principal", "counterpart", "start"), ("id",)), rows.plan_meeting),
        "organisations": Kind("organisations", "organisation", K.organisation_columns(), (("name",), ("id",)),
                              rows.plan_organisation),
        "rooms": Kind("rooms", "room", K.room_columns(), (("name",), ("id",)), rows.plan_room),
    }


def kind(name: str) -> Kind:
    found = kinds().get(name)
    if found is None:
        raise InvalidRecord(f"'{name}' is not a kind of table Briefer imports; use one of: " + ", ".join(kinds()))
    return found


def preview_file(store, kind_name: str, path: Path, *, sheet: str | None = None,
                 mapping: dict[str, str] | None = None, lang: str = "en") -> TablePlan:
    """Read ``path`` and plan it as ``kind_name`` — the one entry point of the command line and the GUI."""
    return plan_table(store, kind(kind_name), read_grid_file(path, sheet), mapping, lang=lang)
