"""Shared helpers for the demo builder: stable ids, local times, the sources we cite.

Ids are UUIDv5 under one fixed namespace, so rebuilding the demo gives the same
ids and tests, screenshots and bug reports can name demo records.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from zoneinfo import ZoneInfo

from briefer.model import SourceRef

#: Never change this: every demo id derives from it.
NAMESPACE = uuid.UUID("6f1c1d0e-2019-4e6a-9a4d-6e6f6f72646b")
TZ = ZoneInfo("Europe/Amsterdam")
DAY1 = date(2019, 6, 19)
DAY2 = date(2019, 6, 20)
ILLUSTRATIVE = "(illustrative)"


def uid(key: str) -> str:
    """A stable UUID for a demo record, e.g. ``uid("person:bruins")``."""
    return str(uuid.uuid5(NAMESPACE, key))


def at(day: date, hhmm: str) -> datetime:
    """A local conference time (Europe/Amsterdam) on ``day``."""
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m, tzinfo=TZ)


# ---------------------------------------------------------------- sources (FACTS.md)
KAMERSTUK_232 = SourceRef(
    title="Kamerstuk 32 620 nr. 232 - letter of the Ministers for Medical Care and of LNV (7 June 2019)",
    url="https://zoek.officielebekendmakingen.nl/kst-32620-232.html",
    publisher="Tweede Kamer der Staten-Generaal", date="2019-06-07",
)
PRESS_RELEASE = SourceRef(
    title="Countries worldwide join forces to step up fight against antimicrobial resistance",
    url="https://www.government.nl/topics/antibiotic-resistance/news/2019/06/19/"
        "countries-worldwide-join-forces-to-step-up-fight-against-antimicrobial-resistance",
    publisher="Government of the Netherlands", date="2019-06-19",
)
BRUINS_SPEECH = SourceRef(
    title="Speech by Minister Bruins at the opening of the international conference on antibiotic resistance",
    url="https://www.rijksoverheid.nl/documenten/toespraken/2019/06/19/"
        "speech-van-minister-bruins-bij-de-opening-van-de-internationale-conferentie-over-antibioticaresistentie",
    publisher="Rijksoverheid", date="2019-06-19",
)
MARGRIET = SourceRef(
    title="Princess Margriet speaks at conference on antimicrobial resistance (AMR)",
    url="https://www.koninklijkhuis.nl/actueel/nieuws/2019/05/23/"
        "prinses-margriet-spreekt-op-conferentie-over-antimicrobiele-resistentie-amr",
    publisher="Koninklijk Huis", date="2019-05-23",
)
MARGRIET_SPEECH = SourceRef(
    title="Speech by Princess Margriet at the AMR conference",
    url="https://www.koninklijkhuis.nl/leden-koninklijk-huis/prinses-margriet/documenten/toespraken/"
        "2019/06/19/toespraak-prinses-margriet-bij-amr-conferentie",
    publisher="Koninklijk Huis", date="2019-06-19",
)
OIE_MPTF = SourceRef(
    title="OIE Bulletin - the AMR Multi-Partner Trust Fund",
    url="https://oiebulletin.com/?officiel=08-3-02-2020-1-mptf-amr", publisher="OIE",
)
MPTF_FACTSHEET = SourceRef(
    title="AMR Multi-Partner Trust Fund factsheet", url="https://mptf.undp.org/factsheet/fund/AMR00",
    publisher="UNDP MPTF Office",
)
RIVM_INDONESIA = SourceRef(
    title="RIVM welcomed Indonesian delegation after second ministerial conference on AMR",
    url="https://www.rivm.nl/en/news/rivm-welcomed-indonesian-delegation-after-second-ministerial-conference-on-amr",
    publisher="RIVM", date="2019-06-20",
)
REACT = SourceRef(
    title="Five focus areas at the 2nd Ministerial Conference on AMR hosted by the Netherlands",
    url="https://reactgroup.org/news-and-views/news-and-opinions/year-2019/"
        "five-focus-areas-at-the-2nd-ministerial-conference-on-amr-hosted-by-the-netherlands",
    publisher="ReAct", date="2019-06-27",
)
SWISS = SourceRef(
    title="International ministerial conference (Swiss StAR site)",
    url="https://www.use-wisely-take-precisely.ch/international-ministerial-conference/",
    publisher="Swiss Federal Office of Public Health",
)
CMR_2020 = SourceRef(
    title="CMR 2020 review, Table 4 (TrACSS NAP status, South and South-East Asia)",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC7289787/table/T4",
    publisher="PMC",
)
ARIC_2022 = SourceRef(
    title="ARIC 2022, Table 6 (TrACSS NAP status, 15 African countries)",
    url="https://aricjournal.biomedcentral.com/articles/10.1186/s13756-021-01040-4/tables/6",
    publisher="Antimicrobial Resistance & Infection Control",
)
BMJ_SEARO = SourceRef(
    title="BMJ 2017;358:j3808 - NAPs in the WHO South-East Asia Region",
    url="https://pmc.ncbi.nlm.nih.gov/articles/PMC5598291", publisher="BMJ", date="2017",
)
THAI_NSP = SourceRef(title="Thailand NSP-AMR 2017-2021", url="https://amrthailand.net/English",
                     publisher="Thailand AMR")
THAI_BULLWHO = SourceRef(title="Interim review of Thailand's NSP-AMR (Bull WHO 2021)",
                         url="https://pmc.ncbi.nlm.nih.gov/articles/PMC8381094", publisher="WHO")
GHANA_NAP = SourceRef(
    title="Ghana national action plan for antimicrobial use and resistance 2017-2021",
    url="https://www.medbox.org/document/ghana-national-action-plan-for-antimicrobial-use-and-resistance-2017-2021",
    publisher="Government of Ghana",
)
CWPAMS = SourceRef(
    title="Commonwealth Partnerships for Antimicrobial Stewardship (CwPAMS) announced",
    url="https://thet.org/commonwealth-partnership-for-antimicrobial-stewardship-partnerships-announced",
    publisher="THET", date="2018",
)
REACT_AFRICA = SourceRef(title="ReAct Africa - implementation support",
                         url="https://www.reactgroup.org/africa/about-react-africa-02/implementation/",
                         publisher="ReAct")
WUR_CUW = SourceRef(title="Twinning Nederland Curacao (BO-43-111-024)",
                    url="https://research.wur.nl/en/projects/add-twinning-nederland-curacao-bo-43-111-024",
                    publisher="Wageningen University & Research")
ANTILLIAANS = SourceRef(title="Antibioticaresistentie op vierlandenoverleg",
                        url="https://antilliaansdagblad.com/nieuws-menu/17829-antibioticaresistentie-op-vierlandenoverleg",
                        publisher="Antilliaans Dagblad", date="2018-06-22")
ONEHEALTHTRUST = SourceRef(
    title="Developing the Nigeria One Health NAP on AMR 2.0",
    url="https://onehealthtrust.org/news-media/blog/developing-the-nigeria-one-health-national-action-plan-on-antimicrobial-resistance-2-0/",
    publisher="One Health Trust",
)
RIVM_INTL = SourceRef(title="International collaboration on antimicrobial resistance",
                      url="https://www.rivm.nl/en/international-collaboration-on-antimicrobial-resistance",
                      publisher="RIVM")
PIG_BUSINESS = SourceRef(title="Minister complimenteert veehouders met reductie antibiotica",
                         url="https://pigbusiness.nl/artikel/209981-minister-complimenteert-veehouders-met-reductie-antibiotica",
                         publisher="Pig Business")
