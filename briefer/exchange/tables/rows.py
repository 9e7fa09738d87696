"""One row of each kind turned into a planned change, or refused with the reason.

A planner reads the row's cells (:mod:`cells`), finds the record the row means
(people: by e-mail, else name + country + organisation, else an id column;
meetings: by id, else principal + counterpart; countries: by country), builds the
new version and checks it *before* staging anything, so a refused row leaves no
trace. Only the columns the sheet has are changed: a people list without a phone
column leaves every stored phone number as it was.
"""

from __future__ import annotations

import difflib
import re
from functools import lru_cache
from datetime import datetime, timedelta

from pydantic import ValidationError

from briefer.exchange.tables import cells
from briefer.exchange.tables.headers import fold
from briefer.exchange.tables.plan import ADD, REFUSED, UNCHANGED, UPDATE, Planning, RowPlan, RowRefused, cell
from briefer.model import (
    Country, CountryBrief, Delegation, DelegationMember, Meeting, MeetingStatus, MemberRole, Person,
)
from briefer.model.base import BriefStatus
from briefer.store.repository import invalid_record

_PERSON_TEXT = ("honorific", "given_name", "family_name", "position", "phone", "principal_title")


# ---------------------------------------------------------------------- finding things by name
@lru_cache(maxsize=4096)
def _resolve(text: str) -> tuple[str | None, str]:
    """(code, "") or (None, why): a sheet names the same few countries thousands of times."""
    from briefer.model.country_lookup import CountryNotFound, resolve_country

    try:
        return resolve_country(text), ""
    except CountryNotFound as exc:
        return None, exc.message(hint="use its name or ISO code")


def country_code(text: str) -> str | None:
    """The ISO alpha-3 code ``text`` names, None when empty; a refusal with did-you-mean otherwise."""
    text = text.strip()
    if not text:
        return None
    code, why = _resolve(text)
    if code is None:
        raise RowRefused(why)
    return code


def _suggest(text: str, names: list[str]) -> str:
    close = difflib.get_close_matches(fold(text), [fold(n) for n in names], n=1, cutoff=0.75)
    if not close:
        return ""
    original = next(n for n in names if fold(n) == close[0])
    return f" — did you mean {original}?"


def organisation_id(planning: Planning, text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    orgs = planning.current("organisations")
    want = fold(text)
    found = [o for o in orgs if want in (fold(o.name), fold(o.name_nl), fold(o.acronym), fold(o.label()))]
    if len(found) == 1:
        return found[0].id
    if len(found) > 1:
        raise RowRefused(f"'{text}' names {len(found)} organisations; use the full name")
    hint = _suggest(text, [o.name for o in orgs] + [o.acronym for o in orgs if o.acronym])
    raise RowRefused(f"'{text}' is not an organisation in Briefer{hint} (add it first, or leave the cell empty)")


def person_named(planning: Planning, text: str, what: str = "person") -> Person:
    index = _people(planning)
    want = fold(text)
    found = index.by_name.get(want, [])
    if len(found) == 1:
        return found[0]
    if len(found) > 1:
        raise RowRefused(f"'{text}' names {len(found)} people; give the full name")
    hint = _suggest(text, [p.full_name for p in index.by_id.values()])
    raise RowRefused(f"'{text}' is not a {what} in Briefer{hint}")


class _PeopleIndex:
    """People by e-mail, by (name, country, organisation), by id and by any of their names."""

    def __init__(self, people: list[Person]):
        self.by_email: dict[str, Person] = {}
        self.by_key: dict[tuple, Person] = {}
        self.by_id: dict[str, Person] = {}
        self.by_name: dict[str, list[Person]] = {}
        for p in people:
            self.add(p)

    def add(self, p: Person) -> None:
        old = self.by_id.get(p.id)
        if old is not None:
            for name in _names(old):
                self.by_name[name] = [q for q in self.by_name.get(name, []) if q.id != p.id]
        self.by_id[p.id] = p
        if p.email:
            self.by_email[p.email.casefold()] = p
        self.by_key[person_key(p.given_name, p.family_name, p.country, p.organisation_id)] = p
        for name in _names(p):
            self.by_name.setdefault(name, []).append(p)


def _names(p: Person) -> set[str]:
    return {fold(p.full_name), fold(p.formal_name), fold(p.family_name)}


def person_key(given: str, family: str, country: str | None, org: str | None) -> tuple:
    return (fold(f"{given} {family}"), country or "", org or "")


def _people(planning: Planning) -> _PeopleIndex:
    index = planning.extra.get("people")
    if index is None:
        index = planning.extra["people"] = _PeopleIndex(planning.stored("people"))
    return index


# ---------------------------------------------------------------------- people
def _person_fields(planning: Planning, values: dict, layout) -> dict:
    out: dict = {}
    for name in _PERSON_TEXT:
        if name in values:
            out[name] = cell(values, name, layout, cells.text)
    if "name" in values and "family_name" not in values:
        full = cell(values, "name", layout, cells.text)
        given, _, family = full.partition(" ") if " " in full else ("", "", full)
        out["given_name"], out["family_name"] = given, family
    if "country" in values:
        out["country"] = country_code(cell(values, "country", layout, cells.text))
    if "organisation" in values:
        out["organisation_id"] = organisation_id(planning, cell(values, "organisation", layout, cells.text))
    if "email" in values:
        out["email"] = cell(values, "email", layout, cells.email)
    if "languages" in values:
        out["languages"] = cell(values, "languages", layout, cells.items)
    if not out.get("family_name", "x").strip():
        raise RowRefused("no family name")
    return out


def _match_person(planning: Planning, fields: dict, row_id: str) -> Person | None:
    index = _people(planning)
    if fields.get("email"):
        hit = index.by_email.get(fields["email"].casefold())
        if hit is not None:
            return hit
    if "family_name" in fields:
        name = fold(f"{fields.get('given_name', '')} {fields['family_name']}")
        if "country" in fields and "organisation_id" in fields:
            hit = index.by_key.get((name, fields["country"] or "", fields["organisation_id"] or ""))
            if hit is not None:
                return hit
        else:
            # a sheet without a country or organisation column says nothing about them: the one
            # stored person of that name (and the country or organisation the sheet does give) is meant
            same = [p for p in index.by_name.get(name, []) if fold(p.full_name) == name
                    and ("country" not in fields or (p.country or None) == fields["country"])
                    and ("organisation_id" not in fields or p.organisation_id == fields["organisation_id"])]
            if len(same) == 1:
                return same[0]
            if len(same) > 1 and not row_id:
                raise RowRefused(_namesakes(planning, same, fields))
    if row_id:
        hit = index.by_id.get(row_id.strip().lower())
        if hit is None:
            raise RowRefused(f"no person with id {row_id}")
        return hit
    return None


def _namesakes(planning: Planning, same: list[Person], fields: dict) -> str:
    """Why a row naming one of several stored namesakes is refused, with what tells them apart."""
    from briefer.model.country_names import country_name

    orgs = {o.id: o.name for o in planning.stored("organisations")}

    def which(p: Person) -> str:
        country = f"{country_name(p.country)} ({p.country})" if p.country else ""
        parts = [x for x in (country, orgs.get(p.organisation_id or ""), p.position) if x]
        return ", ".join(parts) or f"id {p.id}"

    columns = [c for c, field in (("Country", "country"), ("Organisation", "organisation_id")) if field not in fields]
    columns = ", ".join(columns) + " or Id" if columns else "Id"
    return (f"{len(same)} people of that name are stored ({'; '.join(sorted(which(p) for p in same))}): "
            f"add a {columns} column to say which")


def _build(model, current, fields: dict, kind: str):
    try:
        if current is None:
            return model(**fields)
        return current.evolve(**fields)
    except ValidationError as exc:
        raise RowRefused(str(invalid_record(exc, kind))) from None


def _once(planning: Planning, number: int, repo: str, record, what: str) -> RowPlan | None:
    """The same record twice in one file: unchanged if the rows agree, refused if they do not."""
    first = planning.rows_of.get((repo, record.id))
    if first is None:
        return None
    before = planning.latest(repo, record.id)
    if before is not None and planning.same(before, record):
        return RowPlan(number, UNCHANGED, what, f"the same as row {first}")
    raise RowRefused(f"{what} is also in row {first}, with other details; keep one row")


def _person_target(planning: Planning, number: int, values: dict, layout) -> tuple[Person, str]:
    fields = _person_fields(planning, values, layout)
    row_id = cell(values, "id", layout, cells.text) or ""
    current = _match_person(planning, fields, row_id)
    if current is None and "family_name" not in fields:
        raise RowRefused("no family name")
    person = _build(Person, current, fields, "person")
    return person, person.full_name


def _stage_person(planning: Planning, number: int, person: Person) -> str:
    action = planning.stage("people", person, number)
    if action != UNCHANGED:  # an unchanged person is indexed as stored already
        _people(planning).add(person)
    return action


def plan_person(planning: Planning, number: int, values: dict, layout) -> RowPlan:
    person, what = _person_target(planning, number, values, layout)
    again = _once(planning, number, "people", person, what)
    if again:
        return again
    action = _stage_person(planning, number, person)
    return RowPlan(number, action, what, _changes(planning, "people", person, action))


def _changes(planning: Planning, repo: str, record, action: str) -> str:
    if action != UPDATE:
        return ""
    return "changes " + ", ".join(planning.changed_fields(repo, record))


# ---------------------------------------------------------------------- delegation members
_ROLES = {
    MemberRole.HEAD: ("head", "head of delegation", "hoofd", "delegatieleider", "hoofd delegatie",
                      "delegatiehoofd", "leader"),
    MemberRole.DEPUTY: ("deputy", "deputy head", "plaatsvervangend hoofd", "plv hoofd", "plaatsvervanger"),
    MemberRole.ADVISER: ("adviser", "advisor", "adviseur", "member", "lid", "delegate", "delegatielid"),
    MemberRole.NOTE_TAKER: ("note taker", "notetaker", "notulist", "verslaglegger"),
    MemberRole.INTERPRETER: ("interpreter", "tolk"),
    MemberRole.PRESS: ("press", "press officer", "pers", "woordvoerder", "voorlichter", "communications"),
    MemberRole.SECURITY: ("security", "beveiliging", "beveiliger"),
    MemberRole.LIAISON: ("liaison", "liaison officer", "contactpersoon", "verbindingsofficier"),
}


def _role(text: str) -> MemberRole:
    want = fold(text)
    if not want:
        return MemberRole.ADVISER
    for role, words in _ROLES.items():
        if want == fold(role.value) or want in {fold(w) for w in words}:
            return role
    raise cells.CellProblem(f"'{text}' is not a delegation role (head, deputy, adviser, note taker, interpreter, "
                            "press, security, liaison — or in Dutch hoofd, plaatsvervangend hoofd, adviseur, "
                            "notulist, tolk, pers, beveiliging, contactpersoon)")


def _role_words(role: MemberRole) -> str:
    return role.value.replace("_", " ")


def plan_member(planning: Planning, number: int, values: dict, layout) -> RowPlan:
    person, what = _person_target(planning, number, values, layout)
    where = cell(values, "delegation", layout, cells.text) or ""
    country = org = None
    if where:
        try:
            country = country_code(where)
        except RowRefused as not_country:
            try:
                org = organisation_id(planning, where)
            except RowRefused:
                raise not_country from None
    elif person.country:
        country = person.country
    else:
        raise RowRefused("no delegation: give the delegation's country (or the person's country)")
    role = cell(values, "role", layout, _role) if "role" in values else None
    serves = cell(values, "serves", layout, cells.text) if "serves" in values else ""
    serves_id = person_named(planning, serves, "principal").id if serves else None
    delegation = next((d for d in planning.current("delegations")
                       if (country and d.country == country and not d.organisation_id)
                       or (org and d.organisation_id == org)), None)
    members = list(delegation.members) if delegation else []
    existing = next((m for m in members if m.person_id == person.id), None)
    member = DelegationMember(person_id=person.id,
                              role=role or (existing.role if existing else MemberRole.ADVISER),
                              serves_principal_id=serves_id if "serves" in values
                              else (existing.serves_principal_id if existing else None))
    # A member has one role: the same person twice in this delegation with another role is said, not dropped.
    planned = planning.extra.setdefault("members", {})
    earlier = planned.get((delegation.id, person.id)) if delegation else None
    if earlier is not None and earlier[1] != member:
        first, before = earlier
        raise RowRefused(f"{what} is also in row {first} as {_role_words(before.role)} of the delegation of "
                         f"{delegation.label()}, here as {_role_words(member.role)}; a person has one role in a "
                         "delegation: keep one row")
    if existing is None:
        members.append(member)
    else:
        members[members.index(existing)] = member
    head = next((m for m in members if m.role == MemberRole.HEAD and m.person_id != person.id), None)
    if member.role == MemberRole.HEAD and head is not None:
        name = _people(planning).by_id.get(head.person_id)
        raise RowRefused(f"the delegation already has a head ({name.full_name if name else head.person_id}); "
                         "a delegation has one")
    if delegation is None:
        fields = {"country": country, "organisation_id": org, "members": members, "host": country == "NLD"}
        delegation = _build(Delegation, None, fields, "delegation")
    else:
        delegation = _build(Delegation, delegation, {"members": [m.model_dump() for m in members]}, "delegation")
    label = delegation.label()
    again = _once(planning, number, "people", person, what)
    if again:
        if earlier is not None or existing == member:
            return again
        # the person of an earlier row, in another delegation: that membership is planned too, not dropped
        planning.stage("delegations", delegation, number)
        planned[(delegation.id, person.id)] = (number, member)
        return RowPlan(number, UPDATE, what, f"joins the delegation of {label} ({_role_words(member.role)}) as well"
                       if existing is None else f"role in the delegation of {label}: {_role_words(member.role)}")
    person_action = _stage_person(planning, number, person)
    planning.stage("delegations", delegation, number)
    planned[(delegation.id, person.id)] = (number, member)
    if person_action == ADD or existing is None:
        action = ADD if person_action == ADD else UPDATE
        reason = f"joins the delegation of {label} ({_role_words(member.role)})"
        if person_action == UPDATE:
            reason += "; " + _changes(planning, "people", person, UPDATE)
        return RowPlan(number, action, what, reason)
    if person_action == UNCHANGED and existing == member:
        return RowPlan(number, UNCHANGED, what)
    parts = []
    if person_action == UPDATE:
        parts.append(_changes(planning, "people", person, UPDATE))
    if existing != member:
        parts.append(f"role in the delegation of {label}: {_role_words(member.role)}")
    return RowPlan(number, UPDATE, what, "; ".join(parts))


# ---------------------------------------------------------------------- countries
_ATTENDED = {"yes": "yes", "ja": "yes", "y": "yes", "j": "yes", "no": "no", "nee": "no", "n": "no",
             "unknown": "unknown", "onbekend": "unknown", "?": "unknown", "": "unknown"}
_STATUS = {"draft": BriefStatus.DRAFT, "concept": BriefStatus.DRAFT, "reviewed": BriefStatus.REVIEWED,
           "beoordeeld": BriefStatus.REVIEWED, "gecontroleerd": BriefStatus.REVIEWED,
           "final": BriefStatus.FINAL, "definitief": BriefStatus.FINAL, "vastgesteld": BriefStatus.FINAL}


def _attended(value: object) -> str:
    s = cells.text(value)
    found = _ATTENDED.get(s.casefold())
    if found is None:
        raise cells.CellProblem(f"'{s}' is not yes, no or unknown (ja, nee, onbekend)")
    return found


def _brief_status(value: object) -> BriefStatus:
    s = cells.text(value)
    found = _STATUS.get(s.casefold() or "draft")
    if found is None:
        raise cells.CellProblem(f"'{s}' is not a brief status (draft, reviewed, final — concept, beoordeeld, "
                                "definitief)")
    return found


def plan_country(planning: Planning, number: int, values: dict, layout) -> RowPlan:
    # a row whose country cell is empty has no "country" value at all: refused, not a traceback
    code = country_code(cell(values, "country", layout, cells.text) or "")
    if code is None:
        raise RowRefused("no country")
    country_fields = {}
    if "attended" in values:
        country_fields["attended"] = cell(values, "attended", layout, _attended)
    for name in ("income_group", "notes"):  # topic indicators (a region, a level) are the profile's: briefer topic set
        if name in values:
            country_fields[name] = cell(values, name, layout, cells.text)
    brief_fields = {}
    for name in ("summary", "relations_nl", "author"):
        if name in values:
            brief_fields[name] = cell(values, name, layout, cells.text)
    if "status" in values:
        brief_fields["status"] = cell(values, "status", layout, _brief_status)
    stored = next((c for c in planning.current("countries") if c.iso3 == code), None)
    country = _build(Country, stored, {"iso3": code, **country_fields} if stored is None else country_fields,
                     "country")
    brief_stored = next((b for b in planning.current("country_briefs") if b.country == code), None)
    brief = None
    if brief_stored is not None or any(v for k, v in brief_fields.items() if k != "status"):
        brief = _build(CountryBrief, brief_stored,
                       {"country": code, **brief_fields} if brief_stored is None else brief_fields, "country brief")
    what = country.label()
    again = _once(planning, number, "countries", country, what)
    if again:
        if brief is None or planning.same(planning.latest("country_briefs", brief.id) or brief, brief):
            return again
        raise RowRefused(f"{what} is also in row {planning.rows_of[('countries', country.id)]}, with other details; "
                         "keep one row")
    actions = [planning.stage("countries", country, number)]
    if brief is not None:
        actions.append(planning.stage("country_briefs", brief, number))
    if ADD in actions:
        return RowPlan(number, ADD, what, "with a new brief (draft)" if brief is not None and brief_stored is None
                       and actions[0] != ADD else "")
    if UPDATE in actions:
        parts = [planning.changed_fields("countries", country)]
        if brief is not None:
            parts.append(["brief " + f for f in planning.changed_fields("country_briefs", brief)])
        return RowPlan(number, UPDATE, what, "changes " + ", ".join(f for p in parts for f in p))
    return RowPlan(number, UNCHANGED, what)


# ---------------------------------------------------------------------- meetings
_MEETING_STATUS = {
    MeetingStatus.REQUESTED: ("requested", "request", "aangevraagd", "verzoek", "gevraagd", "pending", "open"),
    MeetingStatus.CONFIRMED: ("confirmed", "bevestigd", "akkoord", "accepted", "agreed", "vast"),
    MeetingStatus.HELD: ("held", "gehouden", "done", "geweest"),
    MeetingStatus.CANCELLED: ("cancelled", "canceled", "geannuleerd", "afgezegd", "vervallen", "declined",
                              "afgewezen"),
}


def _meeting_status(value: object) -> MeetingStatus | None:
    s = fold(cells.text(value))
    if not s:
        return None
    for status, words in _MEETING_STATUS.items():
        if s in words:
            return status
    raise cells.CellProblem(f"'{cells.text(value)}' is not a meeting status (requested, confirmed, held, cancelled "
                            "— aangevraagd, bevestigd, gehouden, geannuleerd)")


def _language(value: object) -> str | None:
    import pycountry

    s = cells.text(value)
    if not s or fold(s) in ("no", "nee", "none", "geen", "-"):
        return None
    try:
        lang = pycountry.languages.lookup(s)
    except LookupError:
        names = {"indonesisch": "id", "frans": "fr", "engels": "en", "spaans": "es", "arabisch": "ar",
                 "chinees": "zh", "russisch": "ru", "portugees": "pt", "duits": "de", "japans": "ja"}
        if fold(s) in names:
            return names[fold(s)]
        raise cells.CellProblem(f"'{s}' is not a language (a name such as French, or a code such as fr)") from None
    return getattr(lang, "alpha_2", None) or lang.alpha_3


def _room_id(planning: Planning, text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    rooms = planning.current("rooms")
    found = [r for r in rooms if fold(r.name) == fold(text) or fold(f"{r.name}, {r.venue}") == fold(text)]
    if len(found) == 1:
        return found[0].id
    hint = _suggest(text, [r.name for r in rooms])
    raise RowRefused(f"'{text}' is not a room in Briefer{hint} (add it first, or leave the cell empty)")


def plan_meeting(planning: Planning, number: int, values: dict, layout) -> RowPlan:
    conf = planning.conference
    if conf is None:
        raise RowRefused("this database holds no conference yet; create it before importing meetings")
    fields: dict = {}
    principal = counterpart_country = counterpart_org = None
    if "principal" in values and cell(values, "principal", layout, cells.text):
        principal = person_named(planning, cell(values, "principal", layout, cells.text), "person")
        fields["principal_id"] = principal.id
    counterpart = cell(values, "counterpart", layout, cells.text) or ""
    if counterpart:
        try:
            counterpart_country = country_code(counterpart)
        except RowRefused as not_country:
            try:
                counterpart_org = organisation_id(planning, counterpart)
            except RowRefused:
                raise not_country from None
        fields["counterpart_country"] = counterpart_country
        fields["counterpart_organisation_id"] = counterpart_org
    if "counterpart_person" in values:
        who = cell(values, "counterpart_person", layout, cells.text)
        fields["counterpart_ids"] = [person_named(planning, who, "person").id] if who else []
    day = cell(values, "date", layout, cells.day, today=planning.today)
    raw_start = values.get("start")
    if day is None and isinstance(raw_start, datetime):
        day = raw_start.date()
    span = _SPAN.fullmatch(raw_start.strip()) if isinstance(raw_start, str) else None
    if span and "end" not in values:  # one "Tijd" column: "11:15-11:45"
        values = {**values, "start": span.group(1), "end": span.group(2)}
    elif isinstance(raw_start, str) and day is None and _DATE_AND_TIME.fullmatch(raw_start.strip()):
        moment = _date_and_time(raw_start, planning)  # one "Begin" column: "15-05-2025 11:15"
        day, values = moment.date(), {**values, "start": moment.time()}
    start_t = cell(values, "start", layout, cells.clock)
    end_t = cell(values, "end", layout, cells.clock)
    duration = cell(values, "duration", layout, cells.minutes)
    if day is not None and not (conf.start_date <= day <= conf.end_date):
        raise RowRefused(f"{day:%d-%m-%Y} is not a day of the conference ({conf.start_date:%d-%m-%Y} to "
                         f"{conf.end_date:%d-%m-%Y})")
    if day is not None and start_t is not None:
        start = datetime.combine(day, start_t, tzinfo=conf.tz)
        if end_t is not None:
            end = datetime.combine(day, end_t, tzinfo=conf.tz)
            if end <= start:
                raise RowRefused(f"ends at {end_t:%H:%M}, before it starts ({start_t:%H:%M})")
        else:
            end = start + timedelta(minutes=duration or 30)
        fields["start"], fields["end"] = start, end
    elif day is not None or start_t is not None:
        raise RowRefused("give both the date and the start time")
    if "room" in values:
        fields["room_id"] = _room_id(planning, cell(values, "room", layout, cells.text))
    if "status" in values:
        status = cell(values, "status", layout, _meeting_status)
        if status is not None:
            fields["status"] = status
    if "title" in values:
        fields["title"] = cell(values, "title", layout, cells.text)
    if "interpreter_language" in values:
        fields["interpreter_language"] = cell(values, "interpreter_language", layout, _language)
    row_id = (cell(values, "id", layout, cells.text) or "").strip().lower()
    current = _match_meeting(planning, row_id, fields)
    if current is None:
        for need, text in (("principal_id", "no principal"), ("start", "no date and start time")):
            if need not in fields:
                raise RowRefused(text)
        if "counterpart_country" not in fields:
            raise RowRefused("no counterpart")
    meeting = _build(Meeting, current, fields, "meeting")
    try:
        meeting.check_within(conf) if hasattr(meeting, "check_within") else None
    except ValueError as exc:
        raise RowRefused(str(exc)) from None
    orgs = {o.id: o for o in planning.current("organisations")}  # "Bilateral with the European Commission"
    what = f"{meeting.label(orgs=orgs)}, {meeting.start.astimezone(conf.tz):%d-%m-%Y %H:%M}"
    again = _once(planning, number, "meetings", meeting, what)
    if again:
        return again
    action = planning.stage("meetings", meeting, number)
    _meetings(planning).add(meeting)
    return RowPlan(number, action, what, _changes(planning, "meetings", meeting, action))


_SPAN = re.compile(r"(\d{1,2}[:.]\d{2})\s*(?:-|–|—|tot|to)\s*(\d{1,2}[:.]\d{2})(?:\s*(?:uur|u|h))?", re.IGNORECASE)
_DATE_AND_TIME = re.compile(r".*\d.*\s\d{1,2}[:.]\d{2}")


def _date_and_time(text: str, planning: Planning) -> datetime:
    from briefer.typed_dates import DATETIME, DateProblem, read_typed

    found = read_typed(text, DATETIME, today=planning.today, tz=planning.conference.tz)
    if isinstance(found, DateProblem) or found is None:
        raise RowRefused(f"'{text.strip()}' is not a date and time: {found.message() if found else 'empty'}")
    return found


class _MeetingIndex:
    def __init__(self, meetings: list[Meeting]):
        self.by_id: dict[str, Meeting] = {}
        self.by_pair: dict[tuple, dict[str, Meeting]] = {}
        for m in meetings:
            self.add(m)

    def add(self, m: Meeting) -> None:
        self.by_id[m.id] = m
        self.by_pair.setdefault((m.principal_id, m.counterpart_country, m.counterpart_organisation_id), {})[m.id] = m


def _meetings(planning: Planning) -> _MeetingIndex:
    index = planning.extra.get("meetings")
    if index is None:
        index = planning.extra["meetings"] = _MeetingIndex(planning.stored("meetings"))
    return index


def _match_meeting(planning: Planning, row_id: str, fields: dict) -> Meeting | None:
    index = _meetings(planning)
    if row_id:
        hit = index.by_id.get(row_id)
        if hit is None:
            raise RowRefused(f"no meeting with id {row_id}")
        return hit
    key = (fields.get("principal_id"), fields.get("counterpart_country"), fields.get("counterpart_organisation_id"))
    pair = list(index.by_pair.get(key, {}).values())
    # A meeting an earlier row of this file already stands for is that row's: the same start again is
    # the same request twice; another start is a second meeting of the same two (on another day).
    claimed = [m for m in pair if ("meetings", m.id) in planning.rows_of]
    if "start" in fields:
        again = [m for m in claimed if m.start == fields["start"]]
        if again:
            return again[0]
    found = [m for m in pair if m not in claimed]
    if len(found) <= 1:
        return found[0] if found else None
    if "start" in fields:
        exact = [m for m in found if m.start == fields["start"]]
        if len(exact) == 1:  # the same request as stored (a re-import of the same file)
            return exact[0]
        tz = planning.conference.tz
        day = fields["start"].astimezone(tz).date()
        same_day = [m for m in found if m.start.astimezone(tz).date() == day]
        if len(same_day) == 1:
            return same_day[0]
    raise RowRefused(f"{len(found)} meetings of this principal with this counterpart are stored; add an 'Id' "
                     "column to say which one")


# ---------------------------------------------------------------------- organisations and rooms
def _by_name_or_id(planning: Planning, repo: str, name: str, row_id: str, what: str, extra=None):
    """The stored record a row means: by its id column, else by its name (folded), else None (a new one)."""
    if row_id:
        hit = planning.latest(repo, row_id.strip().lower())
        if hit is None:
            raise RowRefused(f"no {what} with id {row_id}")
        return hit
    want = fold(name)
    found = [r for r in planning.current(repo) if fold(r.name) == want and (extra is None or extra(r))]
    if len(found) > 1:
        raise RowRefused(f"{len(found)} {what}s are called '{name}'; add an 'Id' column to say which one")
    return found[0] if found else None


#: Dutch and short words for the kinds of organisation.
_ORGANISATION_WORDS = {"un": "un_agency", "vn": "un_agency", "vn_organisatie": "un_agency",
                       "igo": "intergovernmental", "intergouvernementeel": "intergovernmental",
                       "ngo_s": "ngo", "ministerie": "ministry", "overig": "other", "anders": "other",
                       "nationaal_instituut": "national_institute", "instituut": "national_institute"}


def _organisation_type(value: object):
    from briefer.model import OrganisationType

    s = fold(cells.text(value)).replace(" ", "_")
    s = _ORGANISATION_WORDS.get(s, s)
    try:
        return OrganisationType(s or "other")
    except ValueError:
        raise cells.CellProblem(f"'{cells.text(value)}' is not a type of organisation ("
                                + ", ".join(t.value for t in OrganisationType) + ")") from None


def plan_organisation(planning: Planning, number: int, values: dict, layout) -> RowPlan:
    from briefer.model import Organisation

    fields: dict = {}
    for name in ("name", "acronym"):
        if name in values:
            fields[name] = cell(values, name, layout, cells.text)
    if "type" in values:
        fields["type"] = cell(values, "type", layout, _organisation_type)
    if "country" in values:
        fields["country"] = country_code(cell(values, "country", layout, cells.text))
    row_id = cell(values, "id", layout, cells.text) or ""
    current = _by_name_or_id(planning, "organisations", fields.get("name", ""), row_id, "organisation")
    if current is None and not fields.get("name"):
        raise RowRefused("no organisation name")
    org = _build(Organisation, current, fields, "organisation")
    again = _once(planning, number, "organisations", org, org.label())
    if again:
        return again
    action = planning.stage("organisations", org, number)
    return RowPlan(number, action, org.label(), _changes(planning, "organisations", org, action))


def _capacity(value: object) -> int | None:
    s = cells.text(value)
    if not s:
        return None
    if not s.isdigit() or int(s) < 1:
        raise cells.CellProblem(f"'{s}' is not a number of seats")
    return int(s)


def plan_room(planning: Planning, number: int, values: dict, layout) -> RowPlan:
    from briefer.model import Room

    fields: dict = {}
    for name in ("name", "venue", "floor"):
        if name in values:
            fields[name] = cell(values, name, layout, cells.text)
    if "capacity" in values:
        fields["capacity"] = cell(values, "capacity", layout, _capacity)
    for name in ("suitable_for_bilaterals", "has_interpretation_booths"):
        if name in values:
            fields[name] = cell(values, name, layout, cells.yes_no)
    row_id = cell(values, "id", layout, cells.text) or ""
    venue = fields.get("venue")
    current = _by_name_or_id(planning, "rooms", fields.get("name", ""), row_id, "room",
                             None if venue is None else (lambda r: fold(r.venue) in ("", fold(venue))))
    if current is None and not fields.get("name"):
        raise RowRefused("no room name")
    room = _build(Room, current, fields, "room")
    again = _once(planning, number, "rooms", room, room.label())
    if again:
        return again
    action = planning.stage("rooms", room, number)
    return RowPlan(number, action, room.label(), _changes(planning, "rooms", room, action))
