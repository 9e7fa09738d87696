"""The import's row planners, kind by kind: which row becomes which record, and what the preview says of it.

Written for the gaps mutation testing of ``briefer/exchange/tables/rows.py`` found (docs/mutation-testing.md):
each test previews an organiser's file against a real database, reads the preview's lines as the user
reads them, and checks what the import wrote.
"""

from __future__ import annotations

from briefer.exchange.tables.catalogue import kind
from briefer.exchange.tables.plan import apply_plan, plan_table
from briefer.exchange.tables.read import read_grid
from briefer.model import Delegation, DelegationMember, MemberRole, Person

from tables_world import DELEGATION_HEADER, dutch_csv


def preview(store, kind_name, header, *rows):
    return plan_table(store, kind(kind_name), read_grid(dutch_csv(header, [list(r) for r in rows]), "lijst.csv"))


def lines(plan):
    return [r.line() for r in plan.rows]


def test_a_delegation_list_says_what_changes_for_a_stored_member_the_details_and_the_role(conference_store):
    store = conference_store
    people = [store.people.add(Person(given_name=g, family_name=f, country="NLD", position="Adviseur",
                                      email=f"{g.lower()}@minbuza.nl")) for g, f in
              (("Anna", "de Vries"), ("Bram", "Jansen"), ("Cees", "Smit"))]
    store.delegations.add(Delegation(country="NLD", host=True, members=[
        DelegationMember(person_id=p.id, role=MemberRole.ADVISER) for p in people]))
    plan = preview(store, "delegations", DELEGATION_HEADER,
                   ["Anna", "de Vries", "Nederland", "Directeur", "anna@minbuza.nl", "pers"],
                   ["Bram", "Jansen", "Nederland", "Directeur", "bram@minbuza.nl", "adviseur"],
                   ["Cees", "Smit", "Nederland", "Adviseur", "cees@minbuza.nl", "tolk"])
    assert lines(plan) == [
        "row 2: update Anna de Vries — changes position; role in the delegation of Netherlands: press",
        "row 3: update Bram Jansen — changes position",
        "row 4: update Cees Smit — role in the delegation of Netherlands: interpreter"]
    apply_plan(store, plan)
    (dutch,) = store.delegations.list()
    assert [m.role for m in dutch.members] == [MemberRole.PRESS, MemberRole.ADVISER, MemberRole.INTERPRETER]
    assert [store.people.get(p.id).position for p in people] == ["Directeur", "Directeur", "Adviseur"]


COUNTRY_HEADER = ["Land", "Aanwezig", "Status", "Samenvatting", "Inkomensgroep"]


def test_a_country_list_adds_updates_and_refuses_each_row_saying_why(conference_store):
    store = conference_store
    plan = preview(store, "countries", COUNTRY_HEADER,
                   ["Ghana", "ja", "", "", ""], ["Kenia", "nee", "concept", "Goede relatie", ""],
                   ["Peru", "misschien", "", "", ""], ["Chili", "", "klaar", "x", ""],
                   ["Ghana", "nee", "", "", ""], ["Kenia", "nee", "concept", "Goede relatie", ""],
                   ["", "ja", "", "", "Low income"])
    assert lines(plan) == [
        "row 2: add Ghana (GHA)",
        "row 3: add Kenya (KEN)",
        "row 4: refused Peru — column B ('Aanwezig') 'misschien' is not yes, no or unknown (ja, nee, onbekend)",
        "row 5: refused Chili — column C ('Status') 'klaar' is not a brief status (draft, reviewed, final — concept, "
        "beoordeeld, definitief)",
        "row 6: refused Ghana — Ghana (GHA) is also in row 2, with other details; keep one row",
        "row 7: unchanged Kenya (KEN) — the same as row 3",
        "row 8: refused — no country"]  # a row without its country: refused, not a traceback
    apply_plan(store, plan, skip_refused=True)
    assert {c.iso3: c.attended for c in store.countries.list()} == {"GHA": "yes", "KEN": "no"}
    (brief,) = store.country_briefs.list()
    assert (brief.country, brief.summary, brief.status.value) == ("KEN", "Goede relatie", "draft")

    plan = preview(store, "countries", COUNTRY_HEADER,
                   ["Ghana", "nee", "", "", "Lower-middle income"], ["Kenia", "nee", "definitief", "Goede relatie", ""],
                   ["GHA", "ja", "", "", ""], ["Ghana", "", "", "Een samenvatting", ""])
    assert lines(plan) == [
        "row 2: update Ghana (GHA) — changes income_group, attended",
        "row 3: update Kenya (KEN) — changes brief status",
        "row 4: refused GHA — Ghana (GHA) is also in row 2, with other details; keep one row",
        "row 5: unchanged Ghana (GHA) — the same as row 2"]
    apply_plan(store, plan, skip_refused=True)
    assert store.country_briefs.list()[0].status.value == "final"
    assert {c.iso3: c.income_group for c in store.countries.list()}["GHA"] == "Lower-middle income"


MEETING_HEADER = ["Bewindspersoon", "Gesprekspartner", "Naam gesprekspartner", "Datum", "Begin", "Einde", "Zaal",
                  "Titel", "Tolk"]


def test_a_request_list_with_rooms_titles_interpreters_and_counterparts_and_each_refusal(conference_store):
    from briefer.model import Room

    store = conference_store
    store.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    kwame = store.people.add(Person(given_name="Kwame", family_name="Mensah", country="GHA"))
    one = store.rooms.add(Room(name="Bilateraal 1", venue="RAI"))
    two = store.rooms.add(Room(name="Bilateraal 2", venue="RAI"))
    plan = preview(store, "meetings", MEETING_HEADER,
                   ["Marit Oosterhuis", "Ghana", "Kwame Mensah", "19-6-2019", "10:00", "10:30", "Bilateraal 1, RAI",
                    "Over water", "Frans"],
                   ["Marit Oosterhuis", "Kenia", "", "19-6-2019", "11:00", "10:30", "", "", ""],
                   ["Marit Oosterhuis", "Peru", "", "19-6-2019", "12:00", "12:30", "Bilateraal 3", "", ""],
                   ["Marit Oosterhuis", "Chili", "", "19-6-2019", "13:00", "13:30", "", "", "Spanish"],
                   ["Marit Oosterhuis", "Mexico", "", "19-6-2019", "", "", "", "", ""],
                   ["Marit Oosterhuis", "", "", "19-6-2019", "14:00", "14:30", "", "", ""],
                   ["", "Ghana", "", "19-6-2019", "15:00", "15:30", "", "", ""],
                   ["Marit Oosterhuis", "Japan", "", "19-6-2019", "16:00", "16:30", "bilateraal 2", "", "nee"],
                   ["Marit Oosterhuis", "Peru", "", "19-6-2019", "17:00", "17:30", "", "", "Elfs"])
    assert lines(plan) == [
        "row 2: add Over water, 19-06-2019 10:00",
        "row 3: refused Marit Oosterhuis, Kenia — ends at 10:30, before it starts (11:00)",
        "row 4: refused Marit Oosterhuis, Peru — 'Bilateraal 3' is not a room in Briefer — did you mean Bilateraal 2? "
        "(add it first, or leave the cell empty)",
        "row 5: add Bilateral with Chile, 19-06-2019 13:00",
        "row 6: refused Marit Oosterhuis, Mexico — give both the date and the start time",
        "row 7: refused Marit Oosterhuis — no counterpart",
        "row 8: refused Ghana — no principal",
        "row 9: add Bilateral with Japan, 19-06-2019 16:00",
        "row 10: refused Marit Oosterhuis, Peru — column I ('Tolk') 'Elfs' is not a language (a name such as French, "
        "or a code such as fr)"]
    apply_plan(store, plan, skip_refused=True)
    got = {m.counterpart_country: (m.room_id, m.title, m.interpreter_language, m.counterpart_ids)
           for m in store.meetings.list()}
    assert got == {"GHA": (one.id, "Over water", "fr", [kwame.id]), "CHL": (None, "", "es", []),
                   "JPN": (two.id, "", None, [])}

    ghana = next(m for m in store.meetings.list() if m.counterpart_country == "GHA")
    plan = preview(store, "meetings", ["Id", "Titel", "Status"], [ghana.id.upper(), "Over water en landbouw", "bevestigd"],
                   ["abc123", "x", ""])
    assert lines(plan) == ["row 2: update Over water en landbouw, 19-06-2019 10:00 — changes status, title",
                           "row 3: refused — no meeting with id abc123"]


def test_meetings_are_refused_while_the_database_holds_no_conference(store):
    store.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    plan = preview(store, "meetings", ["Bewindspersoon", "Gesprekspartner", "Datum", "Begin"],
                   ["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00"])
    assert lines(plan) == ["row 2: refused Marit Oosterhuis, Ghana — this database holds no conference yet; create it "
                           "before importing meetings"]


def test_organisations_and_rooms_are_found_by_id_or_name_and_refused_saying_why(conference_store):
    from briefer.model import Organisation, Room

    store = conference_store
    who = store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    store.organisations.add(Organisation(name="Unicef"))
    store.organisations.add(Organisation(name="Unicef", country="USA"))
    plan = preview(store, "organisations", ["Id", "Organisatie", "Afkorting", "Soort", "Land"],
                   [who.id, "", "WHO-2", "igo", ""], ["xyz", "", "", "", ""], ["", "Unicef", "", "", ""],
                   ["", "FAO", "FAO", "vn", "Italië"], ["", "FAO", "FAO", "vn", "Italië"],
                   ["", "IOM", "", "clubhuis", ""], ["", "", "ABC", "", ""])
    assert lines(plan) == [
        "row 2: update World Health Organization (WHO-2) — changes acronym, type",
        "row 3: refused — no organisation with id xyz",
        "row 4: refused Unicef — 2 organisations are called 'Unicef'; add an 'Id' column to say which one",
        "row 5: add FAO (FAO)",
        "row 6: unchanged FAO (FAO) — the same as row 5",
        "row 7: refused IOM — column D ('Soort') 'clubhuis' is not a type of organisation (un_agency, "
        "intergovernmental, ngo, national_institute, ministry, other)",
        "row 8: refused ABC — no organisation name"]
    apply_plan(store, plan, skip_refused=True)
    fao = next(o for o in store.organisations.list() if o.name == "FAO")
    assert (fao.type.value, fao.country) == ("un_agency", "ITA")
    assert store.organisations.get(who.id).type.value == "intergovernmental"

    zaal = store.rooms.add(Room(name="Zaal 1", venue="RAI"))
    plan = preview(store, "rooms", ["Id", "Zaal", "Gebouw", "Plaatsen", "Bilateraal", "Tolkcabines"],
                   [zaal.id, "", "", "10", "ja", "nee"], ["zz", "", "", "", "", ""], ["", "Zaal 2", "RAI", "0", "", ""],
                   ["", "Zaal 3", "RAI", "acht", "", ""], ["", "Zaal 4", "RAI", "8", "ja", "ja"],
                   ["", "Zaal 4", "RAI", "8", "ja", "ja"], ["", "", "RAI", "8", "", ""],
                   ["", "Zaal 1", "Ahoy", "6", "", ""], ["", "Zaal 1", "RAI", "12", "", ""])
    assert lines(plan) == [
        "row 2: update Zaal 1 — changes capacity, suitable_for_bilaterals",
        "row 3: refused — no room with id zz",
        "row 4: refused Zaal 2 — column D ('Plaatsen') '0' is not a number of seats",
        "row 5: refused Zaal 3 — column D ('Plaatsen') 'acht' is not a number of seats",
        "row 6: add Zaal 4",
        "row 7: unchanged Zaal 4 — the same as row 6",
        "row 8: refused — no room name",
        "row 9: add Zaal 1",  # another building's Zaal 1
        "row 10: refused Zaal 1 — Zaal 1 is also in row 2, with other details; keep one row"]
    apply_plan(store, plan, skip_refused=True)
    rooms = {(r.name, r.venue): (r.capacity, r.suitable_for_bilaterals, r.has_interpretation_booths)
             for r in store.rooms.list()}
    assert rooms == {("Zaal 1", "RAI"): (10, True, False), ("Zaal 4", "RAI"): (8, True, True),
                     ("Zaal 1", "Ahoy"): (6, False, False)}


def test_people_by_id_and_a_delegation_list_refusing_a_second_head_an_unknown_role_and_an_ambiguous_principal(
        conference_store):
    store = conference_store
    anna = store.people.add(Person(given_name="Anna", family_name="de Vries", country="NLD"))
    store.people.add(Person(given_name="Anna", family_name="de Vries", country="BEL"))
    plan = preview(store, "people", ["Id", "Voornaam", "Achternaam", "Functie"],
                   [anna.id.upper(), "", "", "Directeur"], ["nope", "", "", "x"], ["", "", "", "z"])
    assert lines(plan) == ["row 2: update Anna de Vries — changes position", "row 3: refused — no person with id nope",
                           "row 4: refused — no family name"]
    plan = preview(store, "people", ["Voornaam", "Achternaam", "Land", "Organisatie", "Functie"],
                   ["Anna", "de Vries", "België", "", "Ambassadeur"])
    assert lines(plan) == ["row 2: update Anna de Vries — changes position"]
    apply_plan(store, plan)
    assert {p.country: p.position for p in store.people.list()} == {"NLD": "", "BEL": "Ambassadeur"}

    plan = preview(store, "delegations", ["Naam", "Delegatie", "Rol", "Ondersteunt"],
                   ["Piet Hein", "Nederland", "hoofd", ""], ["Jan Steen", "Nederland", "hoofd", ""],
                   ["Jan Smit", "Nederland", "kok", ""], ["Jan Klaas", "", "", ""],
                   ["Kees Bol", "Nederland", "", "Anna de Vries"], ["Kees Bol", "Narnia", "", ""],
                   ["Geert Mak", "Nederland", "", ""])
    assert lines(plan) == [
        "row 2: add Piet Hein — joins the delegation of Netherlands (head)",
        "row 3: refused Jan Steen — the delegation already has a head (Piet Hein); a delegation has one",
        "row 4: refused Jan Smit — column C ('Rol') 'kok' is not a delegation role (head, deputy, adviser, note "
        "taker, interpreter, press, security, liaison — or in Dutch hoofd, plaatsvervangend hoofd, adviseur, "
        "notulist, tolk, pers, beveiliging, contactpersoon)",
        "row 5: refused Jan Klaas — no delegation: give the delegation's country (or the person's country)",
        "row 6: refused Kees Bol — 'Anna de Vries' names 2 people; give the full name",
        "row 7: refused Kees Bol — 'Narnia' is not a country — use its name or ISO code",
        "row 8: add Geert Mak — joins the delegation of Netherlands (adviser)"]  # no role: an adviser


def test_a_request_with_an_organisation_or_a_misspelt_country_as_counterpart(conference_store):
    from briefer.model import Organisation

    store = conference_store
    store.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    who = store.organisations.add(Organisation(name="World Health Organization", acronym="WHO"))
    plan = preview(store, "meetings", ["Bewindspersoon", "Gesprekspartner", "Datum", "Begin"],
                   ["Marit Oosterhuis", "WHO", "19-6-2019", "10:00"], ["Marit Oosterhuis", "Indonsia", "19-6-2019", "11:00"])
    assert [(r.row, r.action) for r in plan.rows] == [(2, "add"), (3, "refused")], lines(plan)
    assert plan.rows[1].reason.startswith("'Indonsia' is not a country") and "did you mean Indonesia" in plan.rows[1].reason
    apply_plan(store, plan, skip_refused=True)
    (meeting,) = store.meetings.list()
    assert (meeting.counterpart_country, meeting.counterpart_organisation_id) == (None, who.id)


def test_two_namesakes_of_one_country_are_told_apart_by_their_organisation(conference_store):
    from briefer.model import Organisation

    store = conference_store
    vws = store.organisations.add(Organisation(name="Ministerie van VWS", type="ministry"))
    bz = store.organisations.add(Organisation(name="Ministerie van Buitenlandse Zaken", type="ministry"))
    at_vws = store.people.add(Person(given_name="Anna", family_name="de Vries", country="NLD", organisation_id=vws.id))
    at_bz = store.people.add(Person(given_name="Anna", family_name="de Vries", country="NLD", organisation_id=bz.id))
    plan = preview(store, "people", ["Voornaam", "Achternaam", "Land", "Organisatie", "Functie"],
                   ["Anna", "de Vries", "Nederland", "Ministerie van Buitenlandse Zaken", "Ambassadeur"],
                   ["Anna", "de Vries", "Nederland", "Ministerie van VWS", "Directeur"])
    assert lines(plan) == ["row 2: update Anna de Vries — changes position",
                           "row 3: update Anna de Vries — changes position"]
    apply_plan(store, plan)
    assert len(store.people.list()) == 2  # updated, never a third Anna de Vries
    assert (store.people.get(at_bz.id).position, store.people.get(at_vws.id).position) == ("Ambassadeur", "Directeur")


def test_the_same_request_twice_in_one_list_is_one_meeting(conference_store):
    store = conference_store
    store.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    header = ["Bewindspersoon", "Gesprekspartner", "Datum", "Begin", "Einde"]
    request = ["Marit Oosterhuis", "Ghana", "19-6-2019", "10:00", "10:30"]
    plan = preview(store, "meetings", header, request, request, ["Marit Oosterhuis", "Ghana", "20-6-2019", "10:00", "10:30"])
    assert lines(plan) == ["row 2: add Bilateral with Ghana, 19-06-2019 10:00",
                           "row 3: unchanged Bilateral with Ghana, 19-06-2019 10:00 — the same as row 2",
                           "row 4: add Bilateral with Ghana, 20-06-2019 10:00"]  # a second meeting, another day
    apply_plan(store, plan)
    assert sorted(m.start.day for m in store.meetings.list()) == [19, 20]


def test_a_stored_country_given_a_summary_gets_a_new_brief_and_the_preview_says_so(conference_store):
    from briefer.model import Country

    store = conference_store
    store.countries.add(Country(iso3="GHA"))
    plan = preview(store, "countries", ["Land", "Samenvatting"], ["Ghana", "Stabiele partner"], ["Kenia", "Nieuw"])
    assert lines(plan) == ["row 2: add Ghana (GHA) — with a new brief (draft)", "row 3: add Kenya (KEN)"]
    apply_plan(store, plan)
    assert {b.country: b.summary for b in store.country_briefs.list()} == {"GHA": "Stabiele partner", "KEN": "Nieuw"}


def test_a_people_list_without_a_country_naming_one_of_two_namesakes_is_refused_not_a_third_person(conference_store):
    """Two Maria Santos are stored (Brazil's minister, Portugal's adviser); the organisers' list has only names and
    positions. Which one it means is unknown: the row is refused naming both, and nothing is added or changed."""
    store = conference_store
    store.people.add(Person(given_name="Maria", family_name="Santos", country="BRA", position="Minister"))
    store.people.add(Person(given_name="Maria", family_name="Santos", country="PRT", position="Adviser"))
    plan = preview(store, "people", ["Voornaam", "Achternaam", "Functie"],
                   ["Maria", "Santos", "Director-General"], ["Jan", "Smit", "Adviser"])
    assert lines(plan) == [
        "row 2: refused Maria Santos — 2 people of that name are stored (Brazil (BRA), Minister; Portugal (PRT), "
        "Adviser): add a Country, Organisation or Id column to say which",
        "row 3: add Jan Smit"]
    before = sorted((p.family_name, p.country, p.position) for p in store.people.list())
    apply_plan(store, plan, skip_refused=True)
    assert sorted((p.family_name, p.country, p.position) for p in store.people.list()) == sorted(
        before + [("Smit", None, "Adviser")])  # never a third Maria Santos, neither of the two changed


def test_namesakes_are_told_apart_by_the_id_column_or_the_country_when_the_list_has_one(conference_store):
    store = conference_store
    bra = store.people.add(Person(given_name="Maria", family_name="Santos", country="BRA", position="Minister"))
    prt = store.people.add(Person(given_name="Maria", family_name="Santos", country="PRT", position="Adviser"))
    plan = preview(store, "people", ["Id", "Voornaam", "Achternaam", "Functie"],
                   [prt.id, "Maria", "Santos", "Director-General"])
    assert lines(plan) == ["row 2: update Maria Santos — changes position"]
    apply_plan(store, plan)
    plan = preview(store, "people", ["Voornaam", "Achternaam", "Land", "Functie"], ["Maria", "Santos", "Brazilië", "Minister of Health"])
    assert lines(plan) == ["row 2: update Maria Santos — changes position"]
    apply_plan(store, plan)
    assert (store.people.get(bra.id).position, store.people.get(prt.id).position) == ("Minister of Health", "Director-General")
    assert len(store.people.list()) == 2


def test_a_request_workbook_with_date_and_time_in_one_begin_cell_and_no_date_column(conference_store, tmp_path):
    """Excel keeps "19-06-2019 11:15" typed in one cell as a date-and-time value, not text: with no Datum column
    the request is still at that day and time (not refused as "give both the date and the start time")."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from openpyxl import Workbook

    from briefer.exchange.tables.catalogue import preview_file

    store = conference_store
    store.people.add(Person(given_name="Marit", family_name="Oosterhuis", country="NLD", principal_title="Minister"))
    wb = Workbook()
    ws = wb.active
    ws.append(["Bewindspersoon", "Gesprekspartner", "Begin", "Duur"])
    ws.append(["Marit Oosterhuis", "Ghana", datetime(2019, 6, 19, 11, 15), 20])
    ws.append(["Marit Oosterhuis", "Kenia", datetime(2019, 6, 20, 9, 30), 45])
    for row in (2, 3):
        ws.cell(row=row, column=3).number_format = "dd-mm-yyyy hh:mm"
    path = tmp_path / "verzoeken.xlsx"
    wb.save(path)
    plan = preview_file(store, "meetings", path)
    assert lines(plan) == ["row 2: add Bilateral with Ghana, 19-06-2019 11:15",
                           "row 3: add Bilateral with Kenya, 20-06-2019 09:30"]
    apply_plan(store, plan)
    ams = ZoneInfo("Europe/Amsterdam")
    assert sorted((m.counterpart_country, m.start, m.end) for m in store.meetings.list()) == [
        ("GHA", datetime(2019, 6, 19, 11, 15, tzinfo=ams), datetime(2019, 6, 19, 11, 35, tzinfo=ams)),
        ("KEN", datetime(2019, 6, 20, 9, 30, tzinfo=ams), datetime(2019, 6, 20, 10, 15, tzinfo=ams))]


def test_an_acronym_two_stored_organisations_share_is_refused_asking_for_the_full_name(conference_store):
    """Two organisations go by "IOM": a people list naming "IOM" cannot say which; the full name can."""
    from briefer.model import Organisation

    store = conference_store
    migration = store.organisations.add(Organisation(name="International Organization for Migration", acronym="IOM"))
    store.organisations.add(Organisation(name="Institute of Medicine", acronym="IOM"))
    plan = preview(store, "people", ["Voornaam", "Achternaam", "Organisatie"],
                   ["Amy", "Pope", "IOM"], ["Amy", "Pope", "International Organization for Migration"])
    assert lines(plan) == ["row 2: refused Amy Pope — 'IOM' names 2 organisations; use the full name",
                           "row 3: add Amy Pope"]
    apply_plan(store, plan, skip_refused=True)
    assert [(p.full_name, p.organisation_id) for p in store.people.list()] == [("Amy Pope", migration.id)]
