"""Demo meeting briefs, notes, outcomes and follow-up actions (all illustrative).

Day 1 (19 June) bilaterals are held and carry minutes, outcomes and actions;
day 2 ones are confirmed and carry preparation notes, as if the app were
opened on the evening of the first day. Some meeting briefs leave lists empty
on purpose: they then default, field by field, to the country brief.
"""

from __future__ import annotations

from datetime import date

from demo_common import uid
from demo_people import person
from demo_programme import meeting, session

from briefer.model import (
    Action,
    ActionStatus,
    BackgroundItem,
    BriefStatus,
    Classification,
    DefensiveLine,
    MeetingBrief,
    Note,
    NoteKind,
    Objective,
    Outcome,
    OutcomeKind,
    Priority,
    TalkingPoint,
)

P = Priority


def objective(mkey: str, n: int) -> str:
    return uid(f"objective:{mkey}:{n}")


def _mb(mkey, objectives, *, key=(), points=(), positions=(), defensive=(), background=(), status=BriefStatus.FINAL,
        classification=Classification.ONGERUBRICEERD, author="Sanne Verbeek (demo)", point="", lead=None, photo=""):
    return MeetingBrief(
        id=uid(f"meeting_brief:{mkey}"), meeting_id=meeting(mkey), point=point,
        lead_id=person(lead) if lead else None, photo_opportunity=photo,
        objectives=[Objective(id=objective(mkey, i + 1), text=t) for i, t in enumerate(objectives)],
        key_messages=list(key), talking_points=[TalkingPoint(text=t, priority=p) for t, p in points],
        expected_positions=list(positions), defensive_lines=[DefensiveLine(question=q, answer=a) for q, a in defensive],
        background=[BackgroundItem(text=t, usable=u) for t, u in background], status=status,
        classification=classification, author=author,
    )


def meeting_briefs() -> list[MeetingBrief]:
    return [
        _mb("idn_health",
            ["Agree to announce close NL-Indonesia collaboration on AMR at the closing plenary.",
             "Confirm the programme of the RIVM visit on 20 June.",
             "Explore Dutch support for Indonesia's next national action plan (2020-2024)."],
            key=["The Netherlands and Indonesia will work closely together on AMR.",
                 "Thank you for co-chairing - a partnership since 2014."],
            points=[("Joint announcement at the closing: wording agreed by the sherpas tonight.", P.CERTAIN),
                    ("RIVM visit: laboratories, immunisation programme, procurement of medicines.", P.CERTAIN),
                    ("MPTF: Indonesia as one of the first countries supported?", P.POSSIBLE)],
            positions=["Minister Moeloek will welcome cooperation and ask for support on surveillance in hospitals.",
                       "Industry members of the delegation are interested in procurement (illustrative)."],
            defensive=[("Will the Netherlands fund Indonesia's plan?",
                        "We offer expertise and support the MPTF; no bilateral funding today (illustrative).")],
            background=[("Last contact: the invitation to co-chair the conference (illustrative).", True)],
            classification=Classification.DEP_VERTROUWELIJK, author="Joris van Leeuwen (demo)",
            point="Get Indonesia to announce with us, at the closing plenary, that we will work together on AMR.",
            lead="bruins", photo="Handshake at the start; pool photographer only, no questions."),
        _mb("tha",
            ["Ask Thailand to act as twinning mentor for a neighbouring country.",
             "Exchange on livestock antibiotic reduction."],
            key=["Thailand shows that a funded plan works."],
            points=[("Compliment the reduction in animal antimicrobial consumption.", P.CERTAIN),
                    ("Pairing with Lao PDR or Cambodia.", P.CERTAIN)],
            positions=["Thailand is open to mentoring but will ask for funding for the partner country (illustrative)."],
            author="Eva Mulder (demo)", point="Ask Thailand to mentor a neighbouring country in the twinning programme."),
        _mb("who",
            ["Align on the MPTF launch and the Dutch contribution.",
             "Ask WHO to support twinning with technical guidance."],
            key=["The Netherlands backs the tripartite's joint workplan.",
                 "Initial Dutch contribution to the MPTF: US$ 5 million."],
            points=[("MPTF governance and the first countries to be supported.", P.CERTAIN),
                    ("WHA72 resolution: annual self-assessment survey and GLASS participation.", P.POSSIBLE)],
            positions=["WHO will welcome the pledge and ask for multi-year commitment."],
            defensive=[("Is US$ 5 million enough?",
                        "It is an initial contribution; we call on others to join (illustrative).")],
            background=[("Tripartite appeal: US$ 70 million for the 2019-2020 workplan (OIE Bulletin).", True)],
            point="Make sure WHO backs the Multi-Partner Trust Fund launch and twinning with technical guidance."),
        _mb("fao",
            ["Secure FAO engagement on animal-sector twinning.", "Discuss FAO's role in the MPTF."],
            key=["Food production is half of the One Health story."],
            points=[("FAO support for veterinary services in twinning pairs.", P.CERTAIN),
                    ("Antimicrobial use in aquaculture.", P.POSSIBLE)],
            positions=["FAO will stress capacity gaps in low-income countries."],
            author="Pieter Hoekstra (demo)"),
        _mb("gbr",
            ["Coordinate Dutch twinning with CwPAMS in Africa.", "Gauge UK interest in the MPTF."],
            status=BriefStatus.REVIEWED),  # lists default from the country brief
        _mb("vnm",
            ["Offer an exchange on antibiotic use registration in pig farming.",
             "Invite a technical delegation to the Netherlands."],
            key=["Việt Nam and the Netherlands face the same livestock challenge."],
            positions=["Việt Nam will ask for support on aquaculture surveillance."],
            author="Joris van Leeuwen (demo)"),
        _mb("ken",
            ["Agree a veterinary twinning exchange.", "Learn about county-level implementation."],
            points=[("Dairy and poultry stewardship pilot.", P.CERTAIN)],
            positions=["Kenya will raise laboratory capacity needs."],
            author="Eva Mulder (demo)"),
        _mb("gha", ["Explore a hospital stewardship partnership."], status=BriefStatus.DRAFT),
        _mb("oie",
            ["Support the OIE database on antimicrobial agents intended for use in animals.",
             "OIE laboratory twinning as a model for AMR pairings."],
            key=["Data on use in animals is the basis of every reduction."],
            points=[("Dutch farm-level registration as an example of reporting option 3.", P.CERTAIN),
                    ("OIE laboratory twinning (parent and candidate laboratories).", P.POSSIBLE)],
            positions=["OIE will ask for help to get more Members reporting at the higher options."],
            defensive=[("Will the Netherlands share farm-level data?",
                        "We share aggregated national data; farm data stay national (illustrative).")],
            status=BriefStatus.REVIEWED, author="Pieter Hoekstra (demo)"),
        _mb("che", ["Invite Switzerland to contribute to the MPTF."], status=BriefStatus.REVIEWED),
        _mb("idn_agri",
            ["Follow up the health ministers' agreement on the animal side.",
             "Offer an exchange on antibiotic use in poultry."],
            key=["Our collaboration covers people and animals: One Health."],
            points=[("Poultry: registration of use and reduction targets.", P.CERTAIN)],
            positions=["Indonesia will ask for training of veterinarians."],
            status=BriefStatus.DRAFT, author="Yasmina El Amrani (demo)"),
        _mb("ind", ["Start a dialogue on environmental criteria in antibiotic procurement."],
            status=BriefStatus.DRAFT),
        _mb("swe", ["Coordinate early donor support for the MPTF."], status=BriefStatus.FINAL,
            classification=Classification.DEP_VERTROUWELIJK, author="Pieter Hoekstra (demo)"),
        _mb("cuw", ["Agree to explore an AMR twinning within the Kingdom."],
            points=[("Scoping mission by RIVM after the summer.", P.CERTAIN)], status=BriefStatus.DRAFT,
            author="Ingrid Bosman (demo)"),
    ]


# ------------------------------------------------------------------------------ notes
_NOTES = [
    # key, meeting, session, author key, author name, kind, body
    ("idn_prep", "idn_health", None, "van_leeuwen", "Joris van Leeuwen", NoteKind.PREP,
     "Prep call with the Indonesian sherpa (demo)\n"
     "- They want the joint announcement, short, no numbers.\n"
     "- Minister Moeloek will bring the Director for AMR control and industry representatives.\n"
     "- Interpreter Bahasa Indonesia requested for the minister's remarks."),
    ("idn_min_bakker", "idn_health", None, "bakker", "Thijs Bakker", NoteKind.MINUTES,
     "Bilateral Minister Bruins - Minister Moeloek, 19 June (demo minutes)\n"
     "- Bruins thanked Moeloek for co-chairing; recalled 2014 co-chair Nafsiah Mboi.\n"
     "- Both agreed to announce close NL-Indonesia collaboration on AMR at the closing plenary.\n"
     "- Moeloek asked for support on hospital surveillance (18 sites) and stewardship.\n"
     "- RIVM visit tomorrow confirmed: labs, immunisation programme, public procurement of medicines.\n"
     "- MPTF: Indonesia interested in being among the first countries supported."),
    ("idn_min_bosman", "idn_health", None, "bosman", "Ingrid Bosman", NoteKind.MINUTES,
     "Technical points (demo)\n"
     "- Dr Kusumawati: data flow from the surveillance sites to the ARCC is slow; asked about our reporting tools.\n"
     "- Suggested a follow-up video call between RIVM and the ARCC in July."),
    ("idn_outcome", "idn_health", None, "verbeek", "Sanne Verbeek", NoteKind.OUTCOME,
     "Outcome: agreement to announce NL-Indonesia collaboration; RIVM-ARCC technical follow-up; "
     "MPTF interest noted. Press line cleared with the Indonesian side."),
    ("tha_min", "tha", None, "smit", "Lotte Smit", NoteKind.MINUTES,
     "Bilateral Minister Schouten - Deputy Minister Srisuk (demo minutes)\n"
     "- Thailand open to mentoring a neighbour; prefers Lao PDR.\n"
     "- Asked whether the MPTF could fund the partner side.\n"
     "- Exchange on animal-use data systems welcomed."),
    ("who_min", "who", None, "bakker", "Thijs Bakker", NoteKind.MINUTES,
     "Bilateral Minister Bruins - WHO ADG (demo minutes)\n"
     "- WHO welcomed the initial US$ 5 million; asked for a multi-year commitment.\n"
     "- Technical guidance for twinning pairs: WHO to share a draft after the summer."),
    ("fao_min", "fao", None, "smit", "Lotte Smit", NoteKind.MINUTES,
     "Bilateral Minister Schouten - FAO DDG (demo minutes)\n"
     "- FAO ready to support veterinary services in twinning pairs.\n- Aquaculture raised by FAO."),
    ("gbr_min", "gbr", None, "bakker", "Thijs Bakker", NoteKind.MINUTES,
     "Bilateral Minister Bruins - UK minister (demo minutes)\n"
     "- Agreed officials will map Dutch and CwPAMS partnerships in Ghana and Uganda.\n"
     "- UK non-committal on the MPTF for now."),
    ("vnm_min", "vnm", None, "bakker", "Thijs Bakker", NoteKind.MINUTES,
     "Bilateral Minister Bruins - Vice-Minister Nguyễn Thị Hương (demo minutes)\n"
     "- Interest in Dutch registration of antibiotic use in pig farming.\n"
     "- Mr Trần Văn Đức to lead a technical delegation in October."),
    ("vnm_min2", "vnm", None, "van_leeuwen", "Joris van Leeuwen", NoteKind.MINUTES,
     "Addendum (demo): the Vietnamese side also asked about aquaculture surveillance - refer to LNV/Wageningen."),
    ("ken_min", "ken", None, "smit", "Lotte Smit", NoteKind.MINUTES,
     "Bilateral Minister Schouten - Cabinet Secretary Kamau (demo minutes)\n"
     "- Agreed a veterinary twinning exchange; Dr Otieno is the focal point.\n"
     "- Kenya asked for laboratory support."),
    ("ken_min2", "ken", None, "mulder", "Eva Mulder", NoteKind.MINUTES,
     "Note (demo): the dairy stewardship pilot could start with two counties; check with the embassy."),
    ("gha_prep", "gha", None, "verbeek", "Sanne Verbeek", NoteKind.PREP,
     "Cancelled (demo): Ghana's minister was held up in the IPC panel; catch up at the reception."),
    ("oie_prep", "oie", None, "hoekstra", "Pieter Hoekstra", NoteKind.PREP,
     "Prep (demo): French interpretation confirmed by the secretariat. OIE wants support for the database report."),
    ("che_prep", "che", None, "verbeek", "Sanne Verbeek", NoteKind.PREP,
     "Prep (demo): Swiss sherpa hints at a possible MPTF contribution later this year."),
    ("idn_agri_prep", "idn_agri", None, "el_amrani", "Yasmina El Amrani", NoteKind.PREP,
     "Prep (demo): Indonesian livestock DG wants training for veterinarians; align with yesterday's agreement."),
    ("mptf_session", None, "mptf", "dekker", "Fleur Dekker", NoteKind.MINUTES,
     "Press (demo): MPTF launch well covered; the US$ 5 million pledge in the tripartite's release."),
]


def notes() -> list[Note]:
    return [
        Note(id=uid(f"note:{k}"), meeting_id=meeting(m) if m else None, session_id=session(s) if s else None,
             author=name, author_id=person(a), note_kind=kind, body=body,
             classification=Classification.DEP_VERTROUWELIJK if m == "idn_health" and kind != NoteKind.PREP
             else Classification.ONGERUBRICEERD)
        for k, m, s, a, name, kind, body in _NOTES
    ]


# ------------------------------------------------------------------------------ outcomes
O = OutcomeKind
_OUTCOMES = [
    ("idn_1", "idn_health", 1, True, O.AGREEMENT,
     "The Netherlands and Indonesia will announce close collaboration on AMR at the closing plenary."),
    ("idn_2", "idn_health", 2, True, O.INFORMATION, "RIVM visit on 20 June confirmed."),
    ("idn_3", "idn_health", 3, None, O.REQUEST,
     "Indonesia asks for support on hospital surveillance and stewardship for its next plan."),
    ("tha_1", "tha", 1, True, O.TWINNING_INTENTION, "Thailand intends to mentor Lao PDR, subject to funding."),
    ("tha_2", "tha", 2, True, O.INFORMATION, "Exchange on animal-use data systems welcomed."),
    ("who_1", "who", 1, True, O.COMMITMENT, "Initial Dutch contribution of US$ 5 million to the MPTF confirmed."),
    ("who_2", "who", 2, False, O.INFORMATION, "WHO guidance for twinning pairs only after the summer."),
    ("fao_1", "fao", 1, True, O.COMMITMENT, "FAO will support veterinary services in twinning pairs."),
    ("gbr_1", "gbr", 1, True, O.AGREEMENT, "Officials to map Dutch and CwPAMS partnerships in Ghana and Uganda."),
    ("gbr_2", "gbr", 2, False, O.INFORMATION, "No UK position on the MPTF yet."),
    ("vnm_1", "vnm", 1, True, O.TWINNING_INTENTION, "Technical exchange on antibiotic use registration in pig farming."),
    ("vnm_2", "vnm", 2, True, O.AGREEMENT, "Vietnamese technical delegation to visit in October."),
    ("ken_1", "ken", 1, True, O.TWINNING_INTENTION, "Veterinary twinning exchange agreed; focal point Dr Otieno."),
]


def outcomes() -> list[Outcome]:
    return [
        Outcome(id=uid(f"outcome:{k}"), meeting_id=meeting(m), objective_id=objective(m, n), objective_met=met,
                outcome_kind=kind, text=text)
        for k, m, n, met, kind, text in _OUTCOMES
    ]


# ------------------------------------------------------------------------------ actions
A = ActionStatus
_ACTIONS = [
    ("idn_text", "idn_health", "van_leeuwen", "", date(2019, 6, 20), A.DONE, "IDN",
     "Agree the text of the NL-Indonesia announcement with the Indonesian sherpa."),
    ("idn_rivm", "idn_health", "bosman", "", date(2019, 7, 15), A.OPEN, "IDN",
     "Organise a video call RIVM - ARCC on surveillance data flows."),
    ("idn_focal", "idn_health", None, "VWS Directie Internationale Zaken", date(2019, 9, 1), A.OPEN, "IDN",
     "Nominate NL focal points (health and agriculture) for the collaboration with Indonesia."),
    ("who_mptf", "who", "verbeek", "", date(2019, 7, 1), A.IN_PROGRESS, None,
     "Prepare the transfer of the initial US$ 5 million to the MPTF."),
    ("who_guidance", "who", "bosman", "", date(2019, 9, 30), A.OPEN, None,
     "Comment on WHO's draft guidance for twinning pairs."),
    ("tha_lao", "tha", "mulder", "", date(2019, 8, 1), A.OPEN, "THA",
     "Explore MPTF or bilateral funding for a Thailand - Lao PDR pairing."),
    ("fao_vet", "fao", "hoekstra", "", date(2019, 9, 15), A.OPEN, None,
     "Send FAO a list of veterinary twinning needs from the pairings."),
    ("gbr_map", "gbr", "verbeek", "", date(2019, 7, 31), A.IN_PROGRESS, "GBR",
     "Map Dutch and CwPAMS partnerships in Ghana and Uganda with UK officials."),
    ("vnm_visit", "vnm", None, "LNV Directie Dierketens en Dierenwelzijn", date(2019, 10, 1), A.OPEN, "VNM",
     "Programme for the Vietnamese technical delegation (pig farming registration)."),
    ("ken_vet", "ken", "mulder", "", date(2019, 9, 1), A.OPEN, "KEN",
     "Set up the veterinary twinning exchange with Dr Otieno."),
    ("gha_reception", "gha", "verbeek", "", date(2019, 6, 19), A.CANCELLED, "GHA",
     "Catch up with Ghana's minister at the reception (replaced by a letter)."),
    ("gha_letter", "gha", "bakker", "", date(2019, 7, 5), A.OPEN, "GHA",
     "Draft a letter from Minister Bruins to Ghana's minister proposing a stewardship partnership."),
]


def actions() -> list[Action]:
    return [
        Action(id=uid(f"action:{k}"), meeting_id=meeting(m), owner_id=person(o) if o else None, owner=unit,
               due=due, status=st, country=c, description=text)
        for k, m, o, unit, due, st, c, text in _ACTIONS
    ]
