"""Demo reference data: the conference, countries, organisations, rooms, people, delegations.

Only public office-holders named in public documents appear by name (Bruins,
Schouten, Moeloek, Princess Margriet); everyone else is invented and marked
``illustrative``.
"""

from __future__ import annotations

from datetime import time

from demo_common import DAY1, DAY2, uid

from briefer.model import (
    Conference,
    Country,
    Delegation,
    DelegationMember,
    MemberRole,
    Organisation,
    OrganisationType,
    Person,
    Room,
    RoomKind,
)
from briefer.model.people import usual_family_first

VENUE = "Conference hotel, Noordwijk (illustrative venue - the real venue is not sourced)"


def conference() -> list[Conference]:
    return [Conference(
        id=uid("conference"),
        name="2nd Global Ministerial Conference on Antimicrobial Resistance",
        theme="Accelerating Ambitions for Future Health",
        start_date=DAY1, end_date=DAY2, city="Noordwijk", venue=VENUE,
        timezone="Europe/Amsterdam", day_start=time(8, 0), day_end=time(20, 0), demo=True,
        notes=(
            "DEMO CONTENT. Dates, place, hosts (the Netherlands with WHO, FAO and OIE - the tripartite), "
            "co-chairs and the MPTF launch are taken from public sources (Kamerstuk 32 620 nr. 232; "
            "government.nl press release 19 June 2019; Koninklijk Huis; OIE Bulletin; RIVM). "
            "The venue, the session grid, the bilaterals, briefs, notes and all invented people are "
            "illustrative demo content, not a record of what happened."
        ),
    )]


# iso3, WHO region, income group (FY2020), attended, notes
_COUNTRIES = [
    ("NLD", "EURO", "High", "yes", "Host country (Kamerstuk 32 620 nr. 232)."),
    ("IDN", "SEARO", "Lower-middle", "yes", "Co-chair; delegation visited RIVM on 20 June 2019 (RIVM news)."),
    ("CHE", "EURO", "High", "yes", "Attended Noordwijk (Swiss StAR site)."),
    ("THA", "SEARO", "Upper-middle", "unknown", ""),
    ("IND", "SEARO", "Lower-middle", "unknown", ""),
    ("BGD", "SEARO", "Lower-middle", "unknown", ""),
    ("NPL", "SEARO", "Low", "unknown", ""),
    ("PAK", "EMRO", "Lower-middle", "unknown", ""),
    ("VNM", "WPRO", "Lower-middle", "unknown", ""),
    ("KHM", "WPRO", "Lower-middle", "unknown", ""),
    ("LAO", "WPRO", "Lower-middle", "unknown", ""),
    ("GHA", "AFRO", "Lower-middle", "unknown", ""),
    ("KEN", "AFRO", "Lower-middle", "unknown", ""),
    ("NGA", "AFRO", "Lower-middle", "unknown", ""),
    ("ETH", "AFRO", "Low", "unknown", ""),
    ("TZA", "AFRO", "Low", "unknown", "Reclassified lower-middle income from July 2020 [unverified]."),
    ("ZMB", "AFRO", "Lower-middle", "unknown", ""),
    ("UGA", "AFRO", "Low", "unknown", ""),
    ("ZAF", "AFRO", "Upper-middle", "unknown", ""),
    ("GBR", "EURO", "High", "unknown", ""),
    ("SWE", "EURO", "High", "unknown", "Supported the launch of the MPTF (WHO DG, Feb 2020)."),
    ("CUW", "", "High", "unknown",
     "Not a WHO Member State: a country within the Kingdom of the Netherlands [unverified wording]."),
]


def countries() -> list[Country]:
    out = []
    for iso3, region, income, attended, notes in _COUNTRIES:
        extra = [notes] if notes else []
        extra.append(f"World Bank income group FY2020: {income} [unverified].")
        if region not in ("AFRO", "SEARO", ""):
            extra.append("WHO region from general knowledge [unverified].")
        if attended != "yes":
            extra.append("Attendance: demo assumption.")
        out.append(Country(
            id=uid(f"country:{iso3}"), iso3=iso3,
            income_group=f"{income} (FY2020, unverified)", attended=attended, verified=False,
            notes=" ".join(extra),
        ))
    return out


_ORGS = [
    ("who", "World Health Organization", "WHO", OrganisationType.UN_AGENCY, None),
    ("fao", "Food and Agriculture Organization of the United Nations", "FAO", OrganisationType.UN_AGENCY, None),
    ("oie", "World Organisation for Animal Health", "OIE", OrganisationType.INTERGOVERNMENTAL, None),
    ("eu", "European Commission (European Union)", "EU", OrganisationType.INTERGOVERNMENTAL, None),
    ("oecd", "Organisation for Economic Co-operation and Development", "OECD", OrganisationType.INTERGOVERNMENTAL, None),
    ("worldbank", "World Bank", "World Bank", OrganisationType.INTERGOVERNMENTAL, None),
    ("react", "ReAct - Action on Antibiotic Resistance", "ReAct", OrganisationType.NGO, None),
    ("jamrai", "European Joint Action on Antimicrobial Resistance and Healthcare-Associated Infections",
     "EU-JAMRAI", OrganisationType.OTHER, None),
    ("rivm", "Rijksinstituut voor Volksgezondheid en Milieu", "RIVM", OrganisationType.NATIONAL_INSTITUTE, "NLD"),
    ("vws", "Ministerie van Volksgezondheid, Welzijn en Sport", "VWS", OrganisationType.MINISTRY, "NLD"),
    ("lnv", "Ministerie van Landbouw, Natuur en Voedselkwaliteit", "LNV", OrganisationType.MINISTRY, "NLD"),
]


def organisations() -> list[Organisation]:
    return [Organisation(id=uid(f"org:{k}"), name=n, acronym=a, type=t, country=c) for k, n, a, t, c in _ORGS]


# key, name, floor, capacity, bilaterals, booths
_ROOMS = [
    ("plenary", "Plenary hall (illustrative)", "Ground floor", 450, False, True),
    ("breakout_a", "Breakout room A - Duin (illustrative)", "First floor", 120, False, True),
    ("breakout_b", "Breakout room B - Zee (illustrative)", "First floor", 80, False, False),
    ("breakout_c", "Breakout room C - Strand (illustrative)", "First floor", 40, False, False),
    ("bilat1", "Bilateral room 1 (illustrative)", "Second floor", 12, True, True),
    ("bilat2", "Bilateral room 2 (illustrative)", "Second floor", 12, True, False),
    ("bilat3", "Bilateral room 3 (illustrative)", "Second floor", 10, True, False),
    ("press", "Press room (illustrative)", "Ground floor", 60, False, False),
]


_ROOM_KINDS = {"plenary": RoomKind.PLENARY, "bilat1": RoomKind.BILATERAL, "bilat2": RoomKind.BILATERAL,
               "bilat3": RoomKind.BILATERAL, "press": RoomKind.PRESS}


def rooms() -> list[Room]:
    return [
        Room(id=uid(f"room:{k}"), name=n, venue=VENUE, floor=f, capacity=c, suitable_for_bilaterals=b,
             has_interpretation_booths=i, room_kind=_ROOM_KINDS.get(k, RoomKind.OTHER))
        for k, n, f, c, b, i in _ROOMS
    ]


def room(key: str) -> str:
    return uid(f"room:{key}")


def org(key: str) -> str:
    return uid(f"org:{key}")


def person(key: str) -> str:
    return uid(f"person:{key}")


DEMO = " Invented demo person."

# key, honorific, given, family, org, country, position, languages, bio, principal_title, illustrative
_PEOPLE = [
    # ---- the Dutch principals (public office-holders, sourced)
    ("bruins", "", "Bruno", "Bruins", "vws", "NLD", "Minister voor Medische Zorg en Sport", ["nl", "en"],
     "Minister for Medical Care and Sport (VWS) in June 2019. Announced the conference at the G20 health "
     "ministers' meeting in Argentina in October 2018; co-chair of the Noordwijk conference with Minister "
     "Schouten and Indonesia's Minister of Health Nila Moeloek. (Sources: Rijksoverheid 4 Oct 2018; "
     "Koninklijk Huis 23 May 2019.)",
     "Minister voor Medische Zorg en Sport", False),
    ("schouten", "", "Carola", "Schouten", "lnv", "NLD", "Minister van Landbouw, Natuur en Voedselkwaliteit",
     ["nl", "en"],
     "Minister of Agriculture, Nature and Food Quality (LNV) in June 2019. Co-organiser and co-chair of the "
     "conference; co-signed the letter to the Tweede Kamer of 7 June 2019 inviting its members. "
     "(Sources: Kamerstuk 32 620 nr. 232; Koninklijk Huis 23 May 2019.)",
     "Minister van Landbouw, Natuur en Voedselkwaliteit", False),
    ("margriet", "HRH", "Princess", "Margriet", None, "NLD", "Member of the Royal House", ["nl", "en"],
     "Spoke at the opening on 19 June 2019, introduced by Minister Bruins; themes: AMR and global health "
     "security, involving civil society, public awareness. (Source: Koninklijk Huis.)", "", False),
    # ---- Dutch delegation: invented advisers
    ("verbeek", "", "Sanne", "Verbeek", "vws", "NLD", "Senior policy adviser AMR, VWS", ["nl", "en", "fr"],
     "Coordinates the Minister's AMR files and the bilateral programme." + DEMO, "", True),
    ("van_leeuwen", "", "Joris", "van Leeuwen", "vws", "NLD", "Adviser international affairs, VWS",
     ["nl", "en", "id"],
     "Covers South-East Asia and the WHO governing bodies; previously posted in Jakarta." + DEMO, "", True),
    ("bosman", "Dr", "Ingrid", "Bosman", "rivm", "NLD", "Senior scientist, RIVM Centre for Infectious Disease Control",
     ["nl", "en"], "Technical adviser on surveillance and national action plans." + DEMO, "", True),
    ("bakker", "", "Thijs", "Bakker", "vws", "NLD", "Policy officer, VWS", ["nl", "en"],
     "Takes the record of the Minister's bilaterals." + DEMO, "", True),
    ("mulder", "", "Eva", "Mulder", "lnv", "NLD", "Senior policy adviser animal health, LNV", ["nl", "en", "de"],
     "Leads on veterinary antibiotic use and the livestock sector agreements." + DEMO, "", True),
    ("hoekstra", "", "Pieter", "Hoekstra", "lnv", "NLD", "Adviser international agricultural policy, LNV",
     ["nl", "en", "es"], "Covers FAO, OIE and the agricultural attaché network." + DEMO, "", True),
    ("smit", "", "Lotte", "Smit", "lnv", "NLD", "Policy officer, LNV", ["nl", "en"],
     "Takes the record of the Minister's bilaterals." + DEMO, "", True),
    ("dekker", "", "Fleur", "Dekker", "vws", "NLD", "Press officer, VWS", ["nl", "en"],
     "Press and social media for both ministers during the conference." + DEMO, "", True),
    ("visser", "", "Daan", "Visser", "vws", "NLD", "Delegation liaison officer", ["nl", "en", "fr"],
     "Liaises with the conference secretariat and the visiting delegations; logistics and protocol." + DEMO,
     "", True),
    ("el_amrani", "", "Yasmina", "El Amrani", "lnv", "NLD", "Policy adviser One Health, LNV", ["nl", "en", "fr", "ar"],
     "Supports Minister Schouten on One Health coordination and the twinning offer." + DEMO, "", True),
    # ---- counterparts: Indonesia
    ("moeloek", "H.E.", "Nila", "Moeloek", None, "IDN", "Minister of Health, Republic of Indonesia", ["id", "en"],
     "Indonesia's Minister of Health in June 2019 and co-chair of the Noordwijk conference (welcomed as co-chair "
     "in Minister Bruins' opening speech). Led a government and industry delegation to RIVM on 20 June 2019. "
     "(Sources: Bruins' opening speech; RIVM news 20 June 2019.)", "", False),
    ("kusumawati", "Dr", "Rina", "Kusumawati", None, "IDN", "Director, Ministry of Health (AMR control)",
     ["id", "en"], "Oversees the national AMR programme in referral hospitals." + DEMO, "", True),
    ("wijaya", "Ir.", "Hendra", "Wijaya", None, "IDN", "Director-General of Livestock and Animal Health Services",
     ["id", "en"], "Heads Indonesia's veterinary services; leads on antibiotic use in poultry." + DEMO, "", True),
    # ---- Thailand
    ("srisuk", "Dr", "Pornthip", "Srisuk", None, "THA", "Deputy Minister of Agriculture and Cooperatives",
     ["th", "en"], "Responsible for livestock and the animal-use targets of the national strategic plan." + DEMO,
     "", True),
    # ---- Viet Nam
    ("nguyen", "Dr", "Thị Hương", "Nguyễn", None, "VNM", "Vice-Minister of Health", ["vi", "en"],
     "Chairs the national steering committee on AMR." + DEMO, "", True),
    ("tran", "", "Văn Đức", "Trần", None, "VNM", "Deputy Director, Department of Animal Health", ["vi", "fr"],
     "Veterinary epidemiologist." + DEMO, "", True),
    # ---- United Kingdom
    ("ashworth", "", "Catherine", "Ashworth", None, "GBR", "Parliamentary Under-Secretary of State for Public Health",
     ["en"], "Leads for the UK government on the AMR national action plan 2019-2024." + DEMO, "", True),
    # ---- Ghana
    ("asante", "Hon.", "Kwame", "Asante-Mensah", None, "GHA", "Minister of Health", ["en", "tw"],
     "Former hospital director; champion of the CwPAMS partnerships with UK hospitals." + DEMO, "", True),
    # ---- Kenya
    ("kamau", "Amb.", "Wanjiru", "Kamau", None, "KEN", "Cabinet Secretary for Agriculture, Livestock and Fisheries",
     ["en", "sw"], "Former diplomat; oversees veterinary services." + DEMO, "", True),
    ("otieno", "Dr", "Samuel", "Otieno", None, "KEN", "Director of Veterinary Services", ["en", "sw"],
     "AMR focal point for the animal sector." + DEMO, "", True),
    # ---- Switzerland
    ("dubois", "Dr", "Claire", "Dubois-Favre", None, "CHE", "Head of delegation, Federal Office of Public Health",
     ["fr", "de", "en"], "Leads Switzerland's StAR strategy work internationally." + DEMO, "", True),
    ("zuger", "Dr", "Beat", "Züger", None, "CHE", "Federal Food Safety and Veterinary Office", ["de", "en"],
     "Veterinarian; animal-side StAR coordinator." + DEMO, "", True),
    # ---- India
    ("raghavan", "Dr", "Priya", "Raghavan", None, "IND", "Additional Secretary, Ministry of Health and Family Welfare",
     ["hi", "en"], "Responsible for the national action plan on AMR." + DEMO, "", True),
    # ---- Sweden
    ("lindqvist", "", "Åsa", "Lindqvist", None, "SWE", "State Secretary to the Minister for Rural Affairs",
     ["sv", "en"], "Leads on Sweden's international AMR funding." + DEMO, "", True),
    # ---- Curaçao
    ("romer", "Dr", "Marisol", "Römer", None, "CUW", "Minister of Health, Environment and Nature", ["nl", "pap", "en"],
     "Physician by training." + DEMO, "", True),
    # ---- organisations
    ("marchetti", "Dr", "Helena", "Marchetti", "who", None, "Assistant Director-General, Antimicrobial Resistance",
     ["en", "it", "fr"], "Leads WHO's AMR division and the tripartite secretariat work." + DEMO, "", True),
    ("moreau", "Dr", "Jean-Baptiste", "Moreau", "fao", None, "Deputy Director-General, Climate and Natural Resources",
     ["fr", "en"], "Oversees FAO's AMR action plan." + DEMO, "", True),
    ("perez", "Dr", "Ana Lucía", "Pérez Sandoval", "oie", None, "Deputy Director General, International Standards and Science",
     ["es", "fr", "en"], "Responsible for the OIE database on antimicrobial agents intended for use in animals." + DEMO,
     "", True),
    ("wisniewska", "", "Małgorzata", "Wiśniewska-Żak", "eu", None, "Head of Unit, DG Health and Food Safety",
     ["pl", "en", "fr"], "Coordinates the EU One Health action plan against AMR." + DEMO, "", True),
    ("papadopoulou", "Dr", "Ελένη", "Παπαδοπούλου", "oecd", None, "Senior health economist (Eleni Papadopoulou)",
     ["el", "en", "fr"], "Works on the economics of AMR (Eleni Papadopoulou)." + DEMO, "", True),
    ("okafor", "Dr", "Chinedu", "Okafor", "worldbank", None, "Lead health specialist", ["en"],
     "Works on financing national action plans." + DEMO, "", True),
    ("abdyldaeva", "", "Айгуль", "Абдылдаева", "react", None, "Programme officer (Aigul Abdyldaeva)", ["ky", "ru", "en"],
     "Works with civil society on the IACG recommendations (Aigul Abdyldaeva)." + DEMO, "", True),
]


#: Dutch forms of address that depend on who is addressed (Hare/Zijne Excellentie, Koninklijke Hoogheid).
_DUTCH_ADDRESS = {"margriet": "H.K.H.", "moeloek": "H.E."}


def people() -> list[Person]:
    out = []
    for key, hon, given, family, o, country, position, langs, bio, ptitle, illustrative in _PEOPLE:
        email = f"{key}@example.org" if illustrative else ""
        out.append(Person(
            id=person(key), honorific=hon, honorific_nl=_DUTCH_ADDRESS.get(key, ""), given_name=given, family_name=family,
            family_name_first=usual_family_first(country),
            organisation_id=org(o) if o else None, country=country, position=position, languages=langs,
            biography=bio, email=email, phone="+31 6 0000 00" + f"{len(out):02d}" if illustrative else "",
            principal_title=ptitle, illustrative=illustrative,
        ))
    return out


def _m(key, role, serves=None):
    return DelegationMember(person_id=person(key), role=role, serves_principal_id=person(serves) if serves else None)


def delegations() -> list[Delegation]:
    R = MemberRole
    nl = Delegation(
        id=uid("delegation:NLD"), country="NLD", name="Netherlands (host)", host=True,
        members=[
            _m("bruins", R.HEAD), _m("schouten", R.DEPUTY),
            _m("verbeek", R.ADVISER, "bruins"), _m("van_leeuwen", R.ADVISER, "bruins"),
            _m("bosman", R.ADVISER, "bruins"), _m("bakker", R.NOTE_TAKER, "bruins"),
            _m("mulder", R.ADVISER, "schouten"), _m("hoekstra", R.ADVISER, "schouten"),
            _m("el_amrani", R.ADVISER, "schouten"), _m("smit", R.NOTE_TAKER, "schouten"),
            _m("dekker", R.PRESS, "bruins"), _m("visser", R.LIAISON, "bruins"),
        ],
        notes="Both ministers co-chair; the note-takers file minutes in Briefer the same day (demo).",
    )
    spec = [
        ("IDN", None, "Indonesia", [("moeloek", R.HEAD), ("kusumawati", R.ADVISER), ("wijaya", R.DEPUTY)], ["id"]),
        ("THA", None, "Thailand", [("srisuk", R.HEAD)], ["th"]),
        ("VNM", None, "Viet Nam", [("nguyen", R.HEAD), ("tran", R.ADVISER)], ["vi"]),
        ("GBR", None, "United Kingdom", [("ashworth", R.HEAD)], []),
        ("GHA", None, "Ghana", [("asante", R.HEAD)], []),
        ("KEN", None, "Kenya", [("kamau", R.HEAD), ("otieno", R.ADVISER)], []),
        ("CHE", None, "Switzerland", [("dubois", R.HEAD), ("zuger", R.ADVISER)], ["fr", "de"]),
        ("IND", None, "India", [("raghavan", R.HEAD)], []),
        ("SWE", None, "Sweden", [("lindqvist", R.HEAD)], []),
        ("CUW", None, "Curaçao", [("romer", R.HEAD)], []),
        (None, "who", "WHO", [("marchetti", R.HEAD)], []),
        (None, "fao", "FAO", [("moreau", R.HEAD)], []),
        (None, "oie", "OIE", [("perez", R.HEAD)], ["fr", "es"]),
        (None, "eu", "European Commission", [("wisniewska", R.HEAD)], []),
    ]
    out = [nl]
    for iso3, o, name, members, langs in spec:
        out.append(Delegation(
            id=uid(f"delegation:{iso3 or o}"), country=iso3, organisation_id=org(o) if o else None, name=name,
            members=[_m(k, r) for k, r in members], interpretation_languages=langs,
            notes="Composition illustrative (demo).",
        ))
    return out
