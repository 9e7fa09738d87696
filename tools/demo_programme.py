"""Demo programme: sessions over both days and the ministers' bilaterals.

The published programme of Noordwijk 2019 was not found, so every session is
``illustrative`` except the elements public sources record (the opening
speeches, the MPTF launch, the ministers' interventions, the RIVM visit) —
and even for those the times are illustrative, which their descriptions say.
"""

from __future__ import annotations

from demo_common import DAY1, DAY2, at, uid
from demo_people import org, person, room

from briefer.model import Meeting, MeetingStatus, Session, SessionKind, SpeakerNote

K = SessionKind
TIMES_NOTE = " The event is sourced; its exact time and room are illustrative."

# key, day, start, end, title, kind, room, chair, speakers, attendees, role, notes, description, illustrative
_SESSIONS = [
    ("registration", DAY1, "08:00", "09:00", "Registration and welcome coffee", K.BREAK, "plenary", None, [], [],
     "", "", "Badges at the main entrance; the EU-JAMRAI stand opens.", True),
    ("opening", DAY1, "09:00", "09:45", "Official opening", K.OPENING, "plenary", "bruins",
     ["bruins", "margriet", "moeloek"], ["schouten", "verbeek", "dekker", "visser"],
     "Opening speech (about 10 minutes); welcomes co-chair Minister Moeloek and introduces HRH Princess Margriet.",
     "- Welcome: five years after The Hague (2014) we take stock of what worked and what blocks national "
     "action plans.\n"
     "- Urgency close to home: last month a vulnerable patient in a Dutch hospital died of a bladder infection "
     "caused by a bacterium resistant to almost all antibiotics; the hospital has been fighting the outbreak "
     "since February.\n"
     "- ECDC: about 33,000 deaths a year in Europe from resistant infections; close to 40% of the burden from "
     "bacteria resistant to last-line antibiotics.\n"
     "- Welcome Minister Moeloek as co-chair; introduce Her Royal Highness.\n"
     "(Paraphrased from the published opening speech, 19 June 2019.)",
     "Opening speech by Minister Bruins; speech by HRH Princess Margriet on AMR and global health security, "
     "civil society and public awareness; words of welcome by co-chair Minister Moeloek." + TIMES_NOTE, False),
    ("stocktake", DAY1, "09:45", "10:45", "Plenary: five years after The Hague - taking stock of national action plans",
     K.PLENARY, "plenary", "schouten", ["marchetti", "moreau", "perez"], ["mulder", "hoekstra"],
     "Introduces the tripartite speakers and closes with the animal-health perspective (3 minutes).",
     "- Thank WHO, FAO and OIE - the tripartite - for co-organising.\n"
     "- Most countries now have a national action plan; the question is implementation.\n"
     "- Dutch livestock antibiotic use fell sharply over ten years thanks to farm-level registration, "
     "clear targets and a public-private approach (illustrative wording; see the Netherlands facts).",
     "The tripartite reports on progress since the Global Action Plan (2015). Illustrative session.", True),
    ("coffee1", DAY1, "10:45", "11:15", "Coffee break", K.BREAK, "plenary", None, [], [], "", "",
     "Bilateral slots available.", True),
    ("panel_barriers", DAY1, "11:15", "12:30", "Panel: from plans to action - what blocks implementation?",
     K.PANEL, "plenary", None, ["papadopoulou", "okafor", "abdyldaeva"], ["bosman"], "", "",
     "Front-runner countries and countries needing support compare notes. Illustrative session.", True),
    ("mptf", DAY1, "12:30", "13:00", "Launch of the AMR Multi-Partner Trust Fund", K.PLENARY, "plenary", None,
     ["marchetti", "moreau", "perez", "bruins"], ["schouten", "verbeek", "dekker"],
     "Announces the initial Dutch contribution to the MPTF (2 minutes).",
     "- The Netherlands makes an initial contribution of US$ 5 million to the Multi-Partner Trust Fund.\n"
     "- The fund helps countries turn their plans into action, starting with about ten countries.\n"
     "- We call on others to join: the tripartite appeals for US$ 70 million for its 2019-2020 workplan.",
     "The tripartite launches the AMR Multi-Partner Trust Fund (five-year scope to 2024). Sources: OIE Bulletin; "
     "government.nl press release." + TIMES_NOTE, False),
    ("lunch1", DAY1, "13:00", "14:00", "Lunch", K.BREAK, "breakout_a", None, [], [], "", "", "", True),
    ("side_jamrai", DAY1, "13:10", "13:50", "Side event: EU-JAMRAI - lessons from joint action in Europe",
     K.SIDE_EVENT, "breakout_c", None, ["wisniewska"], ["bosman"], "", "",
     "Lunchtime side event. Illustrative session.", True),
    ("panel_livestock", DAY1, "14:00", "15:30", "Panel: One Health in food production - reducing use in livestock",
     K.PANEL, "breakout_a", None, ["schouten", "perez", "srisuk"], ["mulder", "el_amrani"],
     "Panellist: the Dutch approach in the livestock sector (5 minutes, then Q&A).",
     "- Farm-level mandatory registration of antibiotic use made reduction measurable.\n"
     "- A 2010 goal to halve use by 2013, followed by sector-specific targets, worked through a public-private "
     "partnership with farmers and veterinarians.\n"
     "- Offer: share the Dutch approach with twinning partners.",
     "Illustrative session.", True),
    ("panel_ipc", DAY1, "14:00", "15:30", "Panel: infection prevention and stewardship in hospitals", K.PANEL,
     "breakout_b", None, ["marchetti", "asante"], ["bosman"], "", "", "Illustrative session.", True),
    ("coffee2", DAY1, "15:30", "16:00", "Coffee break", K.BREAK, "plenary", None, [], [], "", "", "", True),
    ("twinning", DAY1, "16:00", "17:30", "Plenary: twinning - countries pairing up to turn plans into action",
     K.PLENARY, "plenary", "bruins", ["moeloek", "nguyen"], ["schouten", "van_leeuwen"],
     "Opens with the twinning idea and invites pairings (5 minutes).",
     "- Twinning: two countries take steps together so a national action plan is set up, improved or "
     "accelerated.\n"
     "- Invite countries to announce pairings tomorrow at the closing.\n"
     "- The Netherlands will work closely with Indonesia.",
     "Illustrative session on the pairing the conference asked for (government.nl press release).", True),
    ("press1", DAY1, "17:30", "18:00", "Press moment with the co-chairs", K.PRESS, "press", None,
     ["bruins", "schouten", "moeloek"], ["dekker"], "Short statement (1 minute) and questions.",
     "- Combating resistance is fundamentally behaviour change.\n- US$ 5 million for the MPTF.",
     "Illustrative session.", True),
    ("reception", DAY1, "18:30", "20:00", "Reception hosted by the Dutch ministers", K.RECEPTION, "plenary",
     None, ["schouten"], ["bruins", "verbeek", "hoekstra", "visser"], "Words of welcome (3 minutes).",
     "- Thank the delegations; informal setting to follow up bilaterals.", "Illustrative session.", True),
    # ---------------------------------------------------------------- day 2
    ("breakfast_react", DAY2, "08:00", "08:50", "Side event: ReAct breakfast - urgency and the IACG recommendations",
     K.SIDE_EVENT, "breakout_c", None, ["abdyldaeva"], ["van_leeuwen"], "", "",
     "ReAct stressed the urgency of acting on the IACG recommendations (ReAct). Illustrative session.", True),
    ("interventions", DAY2, "09:00", "10:30", "Plenary: ministers' country interventions", K.PLENARY, "plenary",
     "schouten", ["bruins", "moeloek", "asante", "nguyen"], ["verbeek", "mulder"],
     "Country intervention for the Netherlands (3 minutes).",
     "- Act now on the IACG recommendations: there is no time to wait.\n"
     "- The Netherlands: national programme on antibiotic resistance 2015-2019, One Health approach.\n"
     "- RIVM hosts three WHO collaborating centres related to AMR and has supported WHO on NAPs since 2012.",
     "Ministers' interventions stressing the urgency of acting on the IACG recommendations (ReAct)." + TIMES_NOTE,
     False),
    ("coffee3", DAY2, "10:30", "11:00", "Coffee break", K.BREAK, "plenary", None, [], [], "", "", "", True),
    ("panel_finance", DAY2, "11:00", "12:30", "Panel: sustainable investment - financing national action plans",
     K.PANEL, "plenary", None, ["okafor", "papadopoulou", "lindqvist"], ["hoekstra"], "", "",
     "Illustrative session.", True),
    ("lunch2", DAY2, "12:30", "13:30", "Lunch", K.BREAK, "breakout_a", None, [], [], "", "", "", True),
    ("panel_env", DAY2, "13:30", "14:30", "Panel: AMR and the environment", K.PANEL, "breakout_a", None,
     ["wisniewska", "moreau"], ["el_amrani"], "", "", "Illustrative session.", True),
    ("closing", DAY2, "14:30", "15:15", "Closing plenary: pairings and next steps", K.CLOSING, "plenary", "bruins",
     ["schouten", "moeloek"], ["verbeek", "mulder", "dekker"],
     "Closing words on behalf of the co-chairs (5 minutes).",
     "- Thank the co-chairs, the tripartite and all delegations.\n"
     "- Countries have paired up to learn from and help each other.\n"
     "- Next: the tripartite and the MPTF; see you at the next conference.",
     "Illustrative session.", True),
    ("press2", DAY2, "15:15", "15:45", "Closing press conference", K.PRESS, "press", None, ["bruins", "schouten"],
     ["dekker"], "Joint statement with Minister Schouten.",
     "- Combating resistance is fundamentally behaviour change (paraphrase of the press release).",
     "Illustrative session.", True),
    ("rivm_visit", DAY2, "16:30", "18:30", "Indonesian delegation visits RIVM", K.SITE_VISIT, None, None,
     ["moeloek"], ["bosman", "van_leeuwen"], "", "",
     "After the conference, an Indonesian government and industry delegation led by Minister Moeloek visits "
     "RIVM (Bilthoven): laboratories, the national immunisation programme, infectious-disease control and "
     "public procurement of medicines. Source: RIVM news, 20 June 2019." + TIMES_NOTE, False),
]


#: Whose the role and notes in ``_SESSIONS`` are: speaking notes belong to one speaker, not to the
#: session (in the interventions plenary Minister Schouten chairs and Minister Bruins speaks).
_NOTES_BY = {
    "opening": "bruins", "stocktake": "schouten", "mptf": "bruins", "panel_livestock": "schouten",
    "twinning": "bruins", "press1": "bruins", "reception": "schouten", "interventions": "bruins",
    "closing": "bruins", "press2": "bruins",
}

#: Further speakers' own parts in a session: (session key, person, role, notes).
_MORE_NOTES = [
    ("interventions", "schouten", "Opens the round and gives each minister the floor (3 minutes each).",
     "- Welcome the ministers; three minutes each, in the order of the list of speakers.\n"
     "- Close the round: the interventions show the urgency of acting on the IACG recommendations."),
    ("press1", "schouten", "Short statement on animal health (1 minute) and questions.",
     "- Farm-level registration made lower antibiotic use in livestock measurable."),
]


def sessions() -> list[Session]:
    out = []
    for key, day, s, e, title, kind, rm, chair, speakers, attendees, role, notes, desc, illus in _SESSIONS:
        # the lead's notes (first speaker, else the chair) stay in the session's own fields, which the
        # session editor shows; anyone else's are their own speaker notes
        lead = person(speakers[0]) if speakers else (person(chair) if chair else None)
        owner = person(_NOTES_BY[key]) if role or notes else None
        spoken = [SpeakerNote(person_id=owner, role=role, notes=notes)] if owner and owner != lead else []
        spoken += [SpeakerNote(person_id=person(who), role=r, notes=n) for k, who, r, n in _MORE_NOTES if k == key]
        own = owner is not None and owner == lead
        out.append(Session(
            id=uid(f"session:{key}"), title=title, session_kind=kind, start=at(day, s), end=at(day, e),
            room_id=room(rm) if rm else None, chair_id=person(chair) if chair else None,
            speaker_ids=[person(p) for p in speakers], attendee_ids=[person(p) for p in attendees],
            speaking_role=role if own else "", speaking_notes=notes if own else "",
            speaker_notes=spoken, description=desc, illustrative=illus,
        ))
    return out


def session(key: str) -> str:
    return uid(f"session:{key}")


S = MeetingStatus
# key, principal, day, start, end, country, org, counterparts, room, nl participants, note-taker, interpreter,
# status, press line
_MEETINGS = [
    ("idn_health", "bruins", DAY1, "10:45", "11:15", "IDN", None, ["moeloek", "kusumawati"], "bilat1",
     ["van_leeuwen", "bosman"], "bakker", "id", S.HELD,
     "The Netherlands and Indonesia will work closely together on AMR."),
    ("tha", "schouten", DAY1, "11:15", "11:45", "THA", None, ["srisuk"], "bilat2", ["mulder"], "smit", "th", S.HELD,
     ""),
    ("who", "bruins", DAY1, "11:30", "12:00", None, "who", ["marchetti"], "bilat1", ["verbeek"], "bakker", None,
     S.HELD, "The Netherlands supports WHO and the tripartite in helping countries implement their plans."),
    ("fao", "schouten", DAY1, "13:10", "13:40", None, "fao", ["moreau"], "bilat2", ["hoekstra"], "smit", None,
     S.HELD, ""),
    ("gbr", "bruins", DAY1, "13:15", "13:45", "GBR", None, ["ashworth"], "bilat1", ["verbeek"], "bakker", None,
     S.HELD, ""),
    ("vnm", "bruins", DAY1, "14:15", "14:45", "VNM", None, ["nguyen", "tran"], "bilat3", ["van_leeuwen"],
     "bakker", "vi", S.HELD, ""),
    ("ken", "schouten", DAY1, "15:35", "15:55", "KEN", None, ["kamau", "otieno"], "bilat2", ["mulder", "el_amrani"],
     "smit", None, S.HELD, ""),
    ("gha", "bruins", DAY1, "15:35", "16:00", "GHA", None, ["asante"], "bilat1", ["verbeek"], "bakker", None,
     S.CANCELLED, ""),
    ("oie", "schouten", DAY2, "08:10", "08:45", None, "oie", ["perez"], "bilat2", ["hoekstra", "mulder"], "smit",
     "fr", S.CONFIRMED, ""),
    ("che", "bruins", DAY2, "10:40", "11:05", "CHE", None, ["dubois", "zuger"], "bilat1", ["verbeek"], "bakker",
     None, S.CONFIRMED, ""),
    ("idn_agri", "schouten", DAY2, "11:00", "11:30", "IDN", None, ["wijaya"], "bilat3", ["el_amrani"], "smit", "id",
     S.CONFIRMED, ""),
    ("ind", "bruins", DAY2, "12:35", "13:05", "IND", None, ["raghavan"], "bilat1", ["van_leeuwen"], "bakker", None,
     S.CONFIRMED, ""),
    ("swe", "schouten", DAY2, "12:40", "13:10", "SWE", None, ["lindqvist"], "bilat2", ["hoekstra"], "smit", None,
     S.CONFIRMED, ""),
    ("cuw", "bruins", DAY2, "13:40", "14:10", "CUW", None, ["romer"], None, ["bosman"], None, None, S.REQUESTED, ""),
]


#: Invented interpreters (demo); French is still to be assigned by the secretariat.
INTERPRETERS = {"id": "Dewi Lestari (demo)", "th": "Kanya Wongsakul (demo)", "vi": "Phạm Thu Trang (demo)",
                "fr": "To be assigned by the secretariat (demo)"}


def meeting(key: str) -> str:
    return uid(f"meeting:{key}")


def meetings() -> list[Meeting]:
    out = []
    for key, pr, day, s, e, iso3, o, cps, rm, nl, nt, lang, status, press in _MEETINGS:
        held_at = at(day, e).isoformat() if status == S.HELD else None
        out.append(Meeting(
            id=meeting(key), principal_id=person(pr), start=at(day, s), end=at(day, e), counterpart_country=iso3,
            counterpart_organisation_id=org(o) if o else None, counterpart_ids=[person(p) for p in cps],
            room_id=room(rm) if rm else None, room_confirmed=rm is not None,
            nl_participant_ids=[person(p) for p in nl], interpreter_language=lang,
            interpreter_name=INTERPRETERS.get(lang, "") if lang else "",
            note_taker_id=person(nt) if nt else None, status=status,
            title="", press_line=press, held_at=held_at,
        ))
    return out
