"""What each kind of table holds: its columns (with their Dutch and English headers) and its rows' planner.

A kind is declarative: a name, the columns with the header names people write,
which of them are required, and the function that turns one row into a planned
change (:mod:`briefer.exchange.tables.rows`). Adding a kind (rooms, organisations)
is its columns here, a planner of a few lines in ``rows`` and one entry in ``catalogue``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from briefer.exchange.tables.headers import fold


@dataclass(frozen=True)
class Column:
    field: str
    en: tuple[str, ...]
    nl: tuple[str, ...]
    #: An example value for the template's second row (empty: none).
    example: str = ""


@dataclass(frozen=True)
class Kind:
    name: str
    #: What one row is, for messages ("person", "meeting").
    record: str
    columns: tuple[Column, ...]
    #: Sets of fields of which at least one set must be present (alternatives: a full name, or given + family).
    required: tuple[tuple[str, ...], ...]
    planner: Callable = field(compare=False, repr=False)

    def field_names(self) -> list[str]:
        return [c.field for c in self.columns]

    def header_names(self) -> dict[str, str]:
        """Folded header text → field, for every name in both languages and the field name itself."""
        out: dict[str, str] = {}
        for c in self.columns:
            for name in (c.field, *c.en, *c.nl):
                out.setdefault(fold(name), c.field)
        return out

    def template_headers(self, lang: str) -> list[str]:
        return [(c.nl if lang == "nl" else c.en)[0] for c in self.columns]

    def missing(self, present: set[str]) -> str | None:
        if any(set(option) <= present for option in self.required):
            return None
        options = [" + ".join(f"'{self.header(f)}'" for f in option) for option in self.required]
        return " or ".join(options)

    def header(self, fieldname: str, lang: str = "en") -> str:
        for c in self.columns:
            if c.field == fieldname:
                return (c.nl if lang == "nl" else c.en)[0]
        return fieldname


def person_columns() -> tuple[Column, ...]:
    return (
        Column("honorific", ("Title", "Honorific", "Salutation", "Prefix"), ("Aanhef", "Titel", "Predicaat"), "Dr"),
        Column("given_name", ("Given name", "First name", "Forename", "Given names"),
               ("Voornaam", "Roepnaam", "Voornamen"), "Anna"),
        Column("family_name", ("Family name", "Last name", "Surname"), ("Achternaam", "Familienaam"), "de Vries"),
        Column("name", ("Name", "Full name"), ("Naam", "Volledige naam")),
        Column("country", ("Country", "Nationality", "Member State"), ("Land", "Nationaliteit", "Lidstaat"),
               "Netherlands"),
        Column("organisation", ("Organisation", "Organization", "Agency", "Institution"),
               ("Organisatie", "Instelling", "Ministerie"), ""),
        Column("position", ("Position", "Function", "Job title", "Role title"), ("Functie", "Positie"),
               "Senior policy adviser"),
        Column("email", ("E-mail", "Email", "E-mail address", "Email address", "Mail"),
               ("E-mailadres", "Mailadres"), "anna.devries@example.org"),
        Column("phone", ("Phone", "Telephone", "Mobile", "Phone number"),
               ("Telefoon", "Telefoonnummer", "Mobiel", "Mobiel nummer"), "+31 6 12345678"),
        Column("languages", ("Languages", "Language"), ("Talen", "Taal"), "nl, en"),
        Column("principal_title", ("Principal title", "Minister title"), ("Titel bewindspersoon",), ""),
        Column("id", ("Id", "Briefer id", "Record id"), ("Id", "Briefer-id"), ""),
    )


def delegation_columns() -> tuple[Column, ...]:
    return person_columns()[:-1] + (
        Column("delegation", ("Delegation", "Delegation of"), ("Delegatie", "Delegatie van"), "Netherlands"),
        Column("role", ("Role", "Role in delegation", "Delegation role"), ("Rol", "Rol in delegatie"), "adviser"),
        Column("serves", ("Supports", "Serves", "Supports principal"), ("Ondersteunt", "Ondersteunt bewindspersoon"),
               ""),
        Column("id", ("Id", "Briefer id", "Record id"), ("Id", "Briefer-id"), ""),
    )


def country_columns() -> tuple[Column, ...]:
    return (
        Column("country", ("Country", "Member State", "ISO code", "Country code"), ("Land", "Lidstaat", "Landcode"),
               "Indonesia"),
        Column("attended", ("Attending", "Attends", "Attended", "Participation"), ("Aanwezig", "Deelname", "Komt"),
               "yes"),
        Column("income_group", ("Income group", "World Bank income group"), ("Inkomensgroep",), "Upper-middle income"),
        Column("summary", ("Summary", "Brief summary"), ("Samenvatting",), ""),
        Column("relations_nl", ("Relations with the Netherlands", "Bilateral relations", "Relations"),
               ("Relatie met Nederland", "Bilaterale relatie", "Betrekkingen"), ""),
        Column("status", ("Brief status", "Status"), ("Status", "Status overzicht"), "draft"),
        Column("author", ("Author", "Written by"), ("Auteur", "Opsteller"), ""),
        Column("notes", ("Notes", "Remarks", "Comments"), ("Notities", "Opmerkingen"), ""),
    )


def meeting_columns() -> tuple[Column, ...]:
    return (
        Column("principal", ("Principal", "Minister", "Dutch principal", "Requested by"),
               ("Bewindspersoon", "Minister", "Namens"), "Anna de Vries"),
        Column("counterpart", ("Counterpart", "Counterpart country", "Country", "With", "Delegation"),
               ("Gesprekspartner", "Land", "Met", "Delegatie"), "Indonesia"),
        Column("counterpart_person", ("Counterpart name", "Counterpart person", "Counterpart minister"),
               ("Naam gesprekspartner", "Persoon gesprekspartner"), ""),
        Column("date", ("Date", "Day"), ("Datum", "Dag"), "15-05-2025"),
        Column("start", ("Start", "Start time", "From", "Time"), ("Begin", "Begintijd", "Van", "Tijd", "Aanvang"),
               "11:15"),
        Column("end", ("End", "End time", "Until", "To"), ("Einde", "Eindtijd", "Tot"), "11:45"),
        Column("duration", ("Duration", "Minutes", "Length"), ("Duur", "Minuten"), ""),
        Column("room", ("Room", "Location", "Venue room"), ("Zaal", "Ruimte", "Locatie"), ""),
        Column("status", ("Status", "Request status"), ("Status", "Stand van zaken"), "requested"),
        Column("title", ("Title", "Subject", "Topic"), ("Titel", "Onderwerp"), ""),
        Column("interpreter_language", ("Interpretation", "Interpreter language", "Interpreter"),
               ("Tolk", "Tolktaal", "Vertolking"), ""),
        Column("id", ("Id", "Briefer id", "Meeting id"), ("Id", "Briefer-id"), ""),
    )


def organisation_columns() -> tuple[Column, ...]:
    return (
        Column("name", ("Organisation", "Organization", "Name"), ("Organisatie", "Naam"), "World Health Organization"),
        Column("acronym", ("Acronym", "Abbreviation", "Short name"), ("Afkorting", "Acroniem"), "WHO"),
        Column("type", ("Type", "Kind"), ("Soort", "Type"), "un_agency"),
        Column("country", ("Country", "Seat"), ("Land", "Vestigingsland"), ""),
        Column("id", ("Id", "Briefer id"), ("Id", "Briefer-id"), ""),
    )


def room_columns() -> tuple[Column, ...]:
    return (
        Column("name", ("Room", "Name", "Room name"), ("Zaal", "Naam", "Ruimte"), "Bilateral room 1"),
        Column("venue", ("Venue", "Building"), ("Locatie", "Gebouw"), "Conference centre"),
        Column("floor", ("Floor", "Level"), ("Verdieping",), "1"),
        Column("capacity", ("Capacity", "Seats"), ("Capaciteit", "Plaatsen"), "12"),
        Column("suitable_for_bilaterals", ("For bilaterals", "Bilaterals"), ("Voor bilaterale gesprekken", "Bilateraal"),
               "yes"),
        Column("has_interpretation_booths", ("Interpretation booths", "Booths"), ("Tolkcabines", "Cabines"), "no"),
        Column("id", ("Id", "Briefer id"), ("Id", "Briefer-id"), ""),
    )
