"""Demo country briefs: sourced TrACSS NAP levels (FACTS.md §5.2) around illustrative text.

Real-world claims are paraphrased from the sources listed on each brief; what
the Netherlands wants, offers and fears is invented demo text and the briefs
say so (``illustrative=True`` and an "(illustrative)" marker in the summary).
"""

from __future__ import annotations

from demo_common import (
    ARIC_2022,
    BMJ_SEARO,
    CMR_2020,
    CWPAMS,
    GHANA_NAP,
    ONEHEALTHTRUST,
    PRESS_RELEASE,
    REACT_AFRICA,
    RIVM_INDONESIA,
    SWISS,
    THAI_BULLWHO,
    THAI_NSP,
    WUR_CUW,
    ANTILLIAANS,
    MPTF_FACTSHEET,
    BRUINS_SPEECH,
    uid,
)

from briefer.model import (
    BackgroundItem,
    BriefStatus,
    Classification,
    CountryBrief,
    DefensiveLine,
    Fact,
    Priority,
    TalkingPoint,
)

P = Priority
ST = BriefStatus
CL = Classification

CMR_SRC = ("TrACSS (self-reported) as quoted in the CMR 2020 review, Table 4; survey round not stated "
           "(probably 2018-19, unverified)")


def aric_src(r1: str, r2: str | None) -> str:
    rounds = f"first response column {r1}" + (f", second {r2}" if r2 else "")
    return (f"TrACSS (self-reported) as quoted in ARIC 2022, Table 6: {rounds}; the survey years are not shown "
            "in the source (probably 2019-20 and 2020-21, unverified) - later than June 2019")


# Shared, clearly illustrative building blocks ------------------------------------------------
GENERIC_KEY = [
    "The Netherlands wants to help countries turn national action plans into action - twinning is the vehicle "
    "(illustrative).",
    "Tackle AMR in people, animals and the environment together: One Health.",
]
MPTF_POINT = TalkingPoint(
    text="Invite support for the AMR Multi-Partner Trust Fund launched by the tripartite on 19 June "
         "(the Netherlands: initial US$ 5 million).", priority=P.POSSIBLE)
DEF_MPTF = DefensiveLine(
    question="Why should we contribute to yet another fund?",
    answer="The MPTF pools support behind the tripartite's joint workplan so countries get one coherent offer; "
           "the Netherlands made an initial contribution of US$ 5 million (illustrative answer).")
DEF_LIVESTOCK = DefensiveLine(
    question="The Netherlands still has one of the largest livestock sectors in Europe - who are you to lecture us?",
    answer="We do not lecture: we share what worked for us - farm-level registration, targets per sector and "
           "agreements with farmers and vets - and what we still find hard (illustrative answer).")
DEF_OUTBREAK = DefensiveLine(
    question="Is it true that a patient died of a resistant infection in a Dutch hospital?",
    answer="Yes - the Minister said so in his opening speech; it shows that no country is safe and why we "
           "must act together. No details on the patient or hospital (illustrative answer).")


#: (old field, ISO3) -> (value, source) of every brief built, collected for demo_topics.
TOPIC_VALUES: dict[tuple[str, str], tuple[str, str]] = {}


class _Level(str):
    """A plan stage as the briefs below name it (``N.D``); its ``value`` is the letter."""

    @property
    def value(self) -> str:
        return str(self)


def brief(iso3: str, *, summary: str, amr: str, nap=None, nap_source: str = "", one_health: str = "",
          relations: str = "", facts=(), key=(), points=(), defensive=(), asks=(), offers=(), background=(),
          sources=(), status=ST.DRAFT, classification=CL.ONGERUBRICEERD, author: str = "Sanne Verbeek (demo)"):
    # the topic's three fields are the demo topic profile's values (demo_topics), no longer brief fields
    TOPIC_VALUES.update({("amr_situation", iso3): (amr, ""), ("nap_level", iso3): (nap.value if nap else "", nap_source),
                         ("one_health", iso3): (one_health, "")})
    return CountryBrief(
        id=uid(f"country_brief:{iso3}"), country=iso3, summary=summary + " (illustrative)", relations_nl=relations,
        facts=[Fact(label=a, value=b, source=c) for a, b, c in facts], key_messages=list(key),
        talking_points=list(points), defensive_lines=list(defensive), asks=list(asks), offers=list(offers),
        background=[BackgroundItem(text=t, usable=u) for t, u in background], sources=list(sources),
        status=status, classification=classification, author=author, illustrative=True,
    )


def _income(text: str) -> tuple[str, str, str]:
    return ("World Bank income group (FY2020)", text, "World Bank classification [unverified]")


def _region(text: str, src: str) -> tuple[str, str, str]:
    return ("WHO region", text, src)


def _light(iso3, region, region_src, income, nap, nap_source, src_ref, extra_amr="", extra_facts=(),
           status=ST.DRAFT, author="Joris van Leeuwen (demo)", extra_sources=()):
    """A shorter brief for countries without a planned bilateral."""
    tp_by_level = {
        "B": "Offer technical support through twinning to finalise the national action plan.",
        "C": "Encourage approval of the national action plan; offer to share how we secured cross-ministry backing.",
        "D": "Ask how the operational plan will be funded; point to the MPTF and World Bank instruments.",
        "E": "Invite the country to share its implementation experience as a twinning partner for others.",
    }
    level = nap.value if nap else None
    return brief(
        iso3,
        summary=f"No bilateral planned; brief kept for corridor contacts and the plenary interventions.",
        amr=(f"National action plan status (self-reported in the Tripartite AMR Country Self-assessment Survey): "
             f"level {level}. {extra_amr}").strip(),
        nap=nap, nap_source=nap_source,
        one_health="Multi-sector coordination level not recorded in our sources (the 2019 TrACSS level texts for "
                   "question 4.1 were not found) - ask the embassy (illustrative).",
        relations="Limited bilateral AMR contacts; the embassy follows health and agriculture (illustrative).",
        facts=[_region(region, region_src), _income(income),
               ("NAP level (TrACSS, self-reported)", level or "-", nap_source), *extra_facts],
        key=GENERIC_KEY,
        points=[TalkingPoint(text=tp_by_level.get(level, "Ask about the state of the national action plan."),
                             priority=P.POSSIBLE), MPTF_POINT,
                TalkingPoint(text="Trade in veterinary medicines - only if raised (illustrative).",
                             priority=P.UNLIKELY)],
        defensive=[DEF_MPTF],
        asks=["Consider pairing with a country further along in implementing its plan (illustrative)."],
        offers=["Share Dutch experience through a twinning arrangement (illustrative)."],
        background=[("TrACSS answers are self-assessments; present them as the country's own view.", True),
                    ("Embassy assessment of the minister's domestic standing - internal only (invented demo item).",
                     False)],
        sources=[src_ref, *extra_sources], status=status, author=author,
    )


AFRO = "TrACSS pipeline AFRO country list"
SEARO = "WHO SEARO 2016 situational analysis"
UNV = "[unverified] (well known)"


def country_briefs() -> list[CountryBrief]:
    N = type("N", (), {c: _Level(c) for c in "ABCDE"})

    out = [
        brief(
            "IDN",
            summary="Co-chair of the conference and the Netherlands' main partner: a joint announcement on close "
                    "collaboration is the goal of the bilaterals of both ministers.",
            amr="Indonesia has had a national action plan on AMR (2017-2019) since May 2017. Surveillance runs in "
                "18 sites in referral hospitals, coordinated by the Ministry of Health's AMR control committee "
                "(ARCC). A next plan for 2020-2024 is in preparation (illustrative wording of the timing).",
            nap=None,
            nap_source="No TrACSS level in our sources; NAP 2017-2019 in place since May 2017 (BMJ 2017; NAP "
                       "review deck).",
            one_health="Health and agriculture ministries both attend; poultry production is the main animal-use "
                       "concern (illustrative).",
            relations="Long-standing partner on AMR: Indonesia co-chaired the first conference in 2014 (Minister "
                      "Nafsiah Mboi) and co-chairs Noordwijk (Minister Nila Moeloek). RIVM hosts the Indonesian "
                      "delegation on 20 June.",
            facts=[_region("SEARO", SEARO), _income("Lower-middle"),
                   ("National action plan", "2017-2019, in place since May 2017", "BMJ 2017;358:j3808"),
                   ("AMR surveillance sites", "18 referral hospitals (ARCC)", "Indonesia NAP review"),
                   ("Co-chair", "2014 (Nafsiah Mboi) and 2019 (Nila Moeloek)", "Schippers 2014 speech; Bruins 2019 speech")],
            key=["The Netherlands and Indonesia will work closely together on AMR.",
                 "Thank Minister Moeloek for co-chairing - a partnership since 2014.",
                 *GENERIC_KEY[1:]],
            points=[
                TalkingPoint(text="Propose a joint statement on NL-Indonesia collaboration (twinning) for the closing.",
                             priority=P.CERTAIN),
                TalkingPoint(text="RIVM visit on 20 June: laboratories, immunisation programme, public procurement "
                                  "of medicines.", priority=P.CERTAIN),
                TalkingPoint(text="Support for the next national action plan 2020-2024 (surveillance, stewardship).",
                             priority=P.POSSIBLE),
                MPTF_POINT,
                TalkingPoint(text="Market access for Dutch pharmaceutical and diagnostics companies.",
                             priority=P.UNLIKELY),
            ],
            defensive=[DEF_LIVESTOCK, DefensiveLine(
                question="Will the Netherlands fund Indonesia's next action plan?",
                answer="We offer expertise (RIVM, twinning) and support the MPTF; no bilateral funding commitment "
                       "today (illustrative answer).")],
            asks=["Agree to announce the NL-Indonesia collaboration at the closing plenary.",
                  "Nominate focal points on both sides (health and agriculture) by September (illustrative)."],
            offers=["RIVM expertise on surveillance and national action plans.",
                    "Exchange on livestock antibiotic reduction (LNV)."],
            background=[("Indonesia co-chaired the 2014 conference in The Hague.", True),
                        ("Embassy reports the minister may raise palm-oil trade frictions with the EU - do not engage "
                         "on substance (invented demo item).", False)],
            sources=[BMJ_SEARO, RIVM_INDONESIA, PRESS_RELEASE, BRUINS_SPEECH],
            status=ST.FINAL, classification=CL.DEP_VERTROUWELIJK, author="Joris van Leeuwen (demo)",
        ),
        brief(
            "THA",
            summary="Front-runner with a funded, Cabinet-endorsed strategy; a natural twinning mentor for the region.",
            amr="Thailand's National Strategic Plan on AMR 2017-2021 was endorsed by Cabinet on 17 August 2016. "
                "Goals include a 50% cut in AMR morbidity, 20% less antimicrobial use in humans and 30% less in "
                "animals, and 20% more public knowledge.",
            nap=N.E, nap_source=CMR_SRC,
            one_health="Cabinet-level plan covering human and animal use (NSP-AMR).",
            relations="Good contacts between the agricultural attaché and the livestock department (illustrative).",
            facts=[_region("SEARO", SEARO), _income("Upper-middle"),
                   ("NAP level (TrACSS, self-reported)", "E", CMR_SRC),
                   ("Strategy", "NSP-AMR 2017-2021, endorsed 17 Aug 2016", "amrthailand.net"),
                   ("Animal-use target", "-30%", "amrthailand.net")],
            key=["Thailand shows a funded plan works; will it mentor a neighbour?", *GENERIC_KEY],
            points=[TalkingPoint(text="Compliment the ambitious animal-use target (-30%) and ask about early results.",
                                 priority=P.CERTAIN),
                    TalkingPoint(text="Invite Thailand to pair with a country still developing its plan.",
                                 priority=P.CERTAIN),
                    MPTF_POINT],
            defensive=[DEF_LIVESTOCK],
            asks=["Act as twinning partner for Lao PDR or Cambodia (illustrative)."],
            offers=["Exchange of livestock data systems (farm-level registration)."],
            background=[("A later interim review (Bulletin of WHO, 2021 - after the conference) reports animal "
                         "consumption roughly halved; do not cite it in June 2019.", False)],
            sources=[CMR_2020, THAI_NSP, THAI_BULLWHO], status=ST.REVIEWED, author="Eva Mulder (demo)",
        ),
        brief(
            "VNM",
            summary="Approved plan, large livestock and aquaculture sector; interest in Dutch animal-health expertise.",
            amr="National action plan approved with operational plan and monitoring (TrACSS level D, self-reported). "
                "Antibiotic use in aquaculture and pig farming is a concern (illustrative).",
            nap=N.D, nap_source=CMR_SRC,
            one_health="National steering committee on AMR chaired by the Vice-Minister of Health (illustrative).",
            relations="Dutch-Vietnamese cooperation on water and agriculture; AMR is a newer topic (illustrative).",
            facts=[_region("WPRO", UNV), _income("Lower-middle"), ("NAP level (TrACSS, self-reported)", "D", CMR_SRC)],
            key=["Việt Nam and the Netherlands share a big livestock sector - and the same challenge.", *GENERIC_KEY],
            points=[TalkingPoint(text="Offer an exchange on antibiotic use registration in pig farming.",
                                 priority=P.CERTAIN),
                    TalkingPoint(text="Ask about aquaculture: use and surveillance.", priority=P.POSSIBLE),
                    MPTF_POINT],
            defensive=[DEF_LIVESTOCK],
            asks=["Send a technical delegation to the Netherlands in autumn (illustrative)."],
            offers=["Study visit for veterinary services (LNV, illustrative)."],
            background=[("Interpretation Vietnamese-English arranged (demo).", True)],
            sources=[CMR_2020], status=ST.REVIEWED, author="Joris van Leeuwen (demo)",
        ),
        brief(
            "GBR",
            summary="Like-minded donor; new 20-year vision and five-year plan; Fleming Fund and CwPAMS partnerships.",
            amr="The UK published a 20-year vision and a national action plan 2019-2024 in January 2019. Through "
                "CwPAMS (launched September 2018, managed by THET and the Commonwealth Pharmacists Association) UK "
                "institutions partner with hospitals in Ghana, Tanzania, Uganda and Zambia.",
            nap=None, nap_source="No TrACSS level in our sources; NAP 2019-2024 and 20-year vision (January 2019).",
            one_health="Plan covers human and animal health (illustrative wording).",
            relations="Close like-minded partner in the EU and G7/G20 contexts (illustrative).",
            facts=[_region("EURO", UNV), _income("High"),
                   ("CwPAMS partnerships (2018)", "12: Ghana 5, Uganda 5, Tanzania 1, Zambia 1", "THET / Fleming Fund")],
            key=["Let us align our twinning offers with CwPAMS so partners are not asked twice.", *GENERIC_KEY[1:]],
            points=[TalkingPoint(text="Coordination of donor twinning offers in Africa.", priority=P.CERTAIN),
                    MPTF_POINT,
                    TalkingPoint(text="Brexit and EU AMR cooperation.", priority=P.UNLIKELY)],
            defensive=[DefensiveLine(question="Will the Netherlands match the UK's Fleming Fund?",
                                     answer="Our instruments differ; we focus on the MPTF and twinning "
                                            "(illustrative answer).")],
            asks=["Share CwPAMS lessons at the twinning plenary (illustrative)."],
            offers=["Joint side event at the next World Health Assembly (illustrative)."],
            background=[("Brexit negotiations: no comment on EU-UK arrangements (invented demo item).", False)],
            sources=[CWPAMS], status=ST.FINAL, author="Sanne Verbeek (demo)",
        ),
        brief(
            "GHA",
            summary="Funded plan and active hospital partnerships; potential pairing for Dutch hospitals.",
            amr="Ghana's National Action Plan for Antimicrobial Use and Resistance covers 2017-2021. Five UK-Ghana "
                "hospital partnerships under CwPAMS.",
            nap=N.D, nap_source=aric_src("D", "E"),
            one_health="Plan addresses use as well as resistance across sectors (title of the NAP).",
            relations="Embassy in Accra active on health systems (illustrative).",
            facts=[_region("AFRO", AFRO), _income("Lower-middle"),
                   ("NAP", "2017-2021", "medbox.org"), ("CwPAMS partnerships", "5", "THET")],
            key=GENERIC_KEY,
            points=[TalkingPoint(text="Explore a hospital-to-hospital stewardship partnership.", priority=P.CERTAIN),
                    MPTF_POINT],
            defensive=[DEF_MPTF],
            asks=["Interest in a stewardship pairing with a Dutch academic hospital (illustrative)."],
            offers=["Contacts with Dutch academic hospitals (illustrative)."],
            background=[("Meeting cancelled on 19 June; follow up at the reception (demo).", True)],
            sources=[ARIC_2022, GHANA_NAP, CWPAMS], status=ST.REVIEWED, author="Sanne Verbeek (demo)",
        ),
        brief(
            "KEN",
            summary="Implementing its 2017-2022 plan with ReAct Africa support; strong interest in livestock "
                    "stewardship.",
            amr="Kenya's National Action Plan on Prevention and Containment of AMR (June 2017) covers 2017-2022. "
                "ReAct Africa has supported implementation since 2017 (awareness, infection prevention, "
                "stewardship). National AMR communication and surveillance strategies were launched during World "
                "Antibiotic Awareness Week 2018.",
            nap=N.E, nap_source=aric_src("E", "D"),
            one_health="National and county AMR committees with health and agriculture (illustrative).",
            relations="Dutch agri-food cooperation in Kenya (dairy, horticulture) (illustrative).",
            facts=[_region("AFRO", AFRO), _income("Lower-middle"), ("NAP", "2017-2022", "Fleming Fund deck")],
            key=["Dairy and poultry stewardship: a practical pairing.", *GENERIC_KEY],
            points=[TalkingPoint(text="Offer exchange between veterinary services on antibiotic use data.",
                                 priority=P.CERTAIN),
                    TalkingPoint(text="Ask about county-level implementation.", priority=P.POSSIBLE),
                    MPTF_POINT],
            defensive=[DEF_LIVESTOCK],
            asks=["Nominate a veterinary focal point for a twinning exchange (illustrative)."],
            offers=["Wageningen expertise on dairy health (illustrative)."],
            background=[("ReAct Africa works with Kenya on NAP implementation.", True)],
            sources=[ARIC_2022, REACT_AFRICA], status=ST.FINAL, author="Eva Mulder (demo)",
        ),
        brief(
            "CHE",
            summary="Like-minded country with its own StAR strategy; confirmed attendance.",
            amr="Switzerland runs a national Strategy on Antibiotic Resistance (StAR) across human and veterinary "
                "medicine (illustrative wording). The Swiss StAR site reported on the Noordwijk conference.",
            nap=None, nap_source="No TrACSS level in our sources.",
            one_health="Federal offices for public health and for food safety and veterinary affairs work together "
                       "(illustrative).",
            relations="Like-minded on global health; supports the tripartite (illustrative).",
            facts=[_region("EURO", UNV), _income("High"), ("Attended Noordwijk", "yes", "Swiss StAR site")],
            key=["Like-minded partners should jointly fund the MPTF.", *GENERIC_KEY[1:]],
            points=[MPTF_POINT, TalkingPoint(text="Exchange on stewardship in outpatient care.", priority=P.POSSIBLE)],
            defensive=[DEF_MPTF],
            asks=["Consider a contribution to the MPTF (illustrative)."],
            offers=["Share Dutch data on outpatient prescribing (illustrative)."],
            background=[("Swiss delegation led by the Federal Office of Public Health (demo).", True)],
            sources=[SWISS], status=ST.REVIEWED, author="Sanne Verbeek (demo)",
        ),
        brief(
            "IND",
            summary="Large country with an approved plan; implementation across states is the challenge.",
            amr="National action plan approved with operational plan and monitoring (TrACSS level D, self-reported).",
            nap=N.D, nap_source=CMR_SRC,
            one_health="Coordination across health, agriculture and environment ministries (illustrative).",
            relations="Growing cooperation in life sciences and health (illustrative).",
            facts=[_region("SEARO", SEARO), _income("Lower-middle"), ("NAP level (TrACSS, self-reported)", "D", CMR_SRC)],
            key=GENERIC_KEY,
            points=[TalkingPoint(text="Antibiotic manufacturing discharges and the environment.", priority=P.POSSIBLE),
                    MPTF_POINT],
            defensive=[DefensiveLine(question="Is the Netherlands blaming Indian manufacturers?",
                                     answer="No: pollution from production is a shared, global concern; we want "
                                            "common standards (illustrative answer).")],
            asks=["Work together on environmental criteria in procurement (illustrative)."],
            offers=["Share Dutch procurement experience (illustrative)."],
            background=[("Sensitivity around pharmaceutical pollution reports (invented demo item).", False)],
            sources=[CMR_2020], status=ST.DRAFT, author="Joris van Leeuwen (demo)",
        ),
        brief(
            "SWE",
            summary="Like-minded donor and a likely early supporter of the MPTF.",
            amr="Sweden has long-standing low antibiotic use and a strong AMR tradition (illustrative wording).",
            nap=None, nap_source="No TrACSS level in our sources.",
            one_health="Cross-sector coordination between health and agriculture agencies (illustrative).",
            relations="Close like-minded partner in the EU (illustrative).",
            facts=[_region("EURO", UNV), _income("High"),
                   ("MPTF", "Supported its launch (with the Netherlands) - reported Feb 2020, after the conference",
                    "MPTF factsheet (WHO DG, Feb 2020)")],
            key=["Together we can get the MPTF off the ground.", *GENERIC_KEY[1:]],
            points=[MPTF_POINT],
            defensive=[DEF_MPTF],
            asks=["Join the MPTF as an early donor (illustrative)."],
            offers=["Coordinate messages in the EU Council (illustrative)."],
            background=[("WHO's DG thanked Sweden and the Netherlands in February 2020 - after the conference; "
                         "do not cite it in 2019 text.", False)],
            sources=[MPTF_FACTSHEET], status=ST.REVIEWED, classification=CL.DEP_VERTROUWELIJK,
            author="Pieter Hoekstra (demo)",
        ),
        brief(
            "CUW",
            summary="Country within the Kingdom; limited AMR data; a twinning with the Netherlands is being explored.",
            amr="RIVM and an advisory committee found limited quantitative AMR data for Curaçao, Aruba and Sint "
                "Maarten, with an impression of a steady increase (four-country health ministers' meeting, "
                "22 June 2018).",
            nap=None, nap_source="Not a WHO Member State; no TrACSS level.",
            one_health="Small administration; health and agriculture combined in practice (illustrative).",
            relations="Part of the Kingdom of the Netherlands. A WUR project implemented an NL-Curaçao AMR twinning "
                      "in 2021 (after the conference).",
            facts=[_region("- (not a WHO Member State)", "[unverified wording]"), _income("High [unverified]"),
                   ("Four-country health ministers' meeting", "22 June 2018", "Antilliaans Dagblad")],
            key=["A Kingdom twinning on AMR: Curaçao and the Netherlands learn from each other (illustrative).",
                 *GENERIC_KEY[1:]],
            points=[TalkingPoint(text="Propose an AMR twinning within the Kingdom.", priority=P.CERTAIN),
                    TalkingPoint(text="Laboratory capacity for AMR surveillance.", priority=P.POSSIBLE)],
            defensive=[DefensiveLine(question="Is this the Netherlands telling Curaçao what to do?",
                                     answer="No: equal partners in the Kingdom; the plan is Curaçao's own "
                                            "(illustrative answer).")],
            asks=["Agree on a scoping mission by RIVM (illustrative)."],
            offers=["RIVM support for laboratory surveillance (illustrative)."],
            background=[("The 2021 WUR twinning project is later than the conference; mention only the intention.",
                         True)],
            sources=[ANTILLIAANS, WUR_CUW], status=ST.DRAFT, author="Ingrid Bosman (demo)",
        ),
        _light("BGD", "SEARO", SEARO, "Lower-middle", N.D, CMR_SRC, CMR_2020),
        _light("NPL", "SEARO", SEARO, "Low", N.C, CMR_SRC, CMR_2020),
        _light("PAK", "EMRO", UNV, "Lower-middle", N.E, CMR_SRC, CMR_2020, status=ST.REVIEWED),
        _light("KHM", "WPRO", UNV, "Lower-middle", N.C, CMR_SRC, CMR_2020),
        _light("LAO", "WPRO", UNV, "Lower-middle", N.B, CMR_SRC, CMR_2020, status=ST.REVIEWED),
        _light("NGA", "AFRO", AFRO, "Lower-middle", N.D, aric_src("D", "D"), ARIC_2022,
               extra_amr="National action plan 2017-2022; among the 100 countries with a plan by the end of March "
                         "2018.", extra_sources=(ONEHEALTHTRUST,), status=ST.FINAL),
        _light("ETH", "AFRO", AFRO, "Low", N.E, aric_src("E", "D"), ARIC_2022),
        _light("TZA", "AFRO", AFRO, "Low", N.E, aric_src("E", "E"), ARIC_2022,
               extra_amr="One UK-Tanzania CwPAMS hospital partnership.", extra_sources=(CWPAMS,)),
        _light("ZMB", "AFRO", AFRO, "Lower-middle", N.E, aric_src("E", "D"), ARIC_2022,
               extra_amr="One UK-Zambia CwPAMS hospital partnership.", extra_sources=(CWPAMS,)),
        _light("UGA", "AFRO", AFRO, "Low", N.D, aric_src("D", None), ARIC_2022,
               extra_amr="Five UK-Uganda CwPAMS hospital partnerships.", extra_sources=(CWPAMS,), status=ST.REVIEWED),
        _light("ZAF", "AFRO", AFRO, "Upper-middle", N.D, aric_src("D", "C"), ARIC_2022, status=ST.FINAL),
    ]
    return out


