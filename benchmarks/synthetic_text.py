"""Words and names for the synthetic benchmark data (see ``generate.py``).

A Zipf-distributed vocabulary — real policy prose at the head, made-up
pronounceable words for the long tail — and international names with the
accents and letters (ø, ł, ı, ß) that exercise accent-folded search.
"""

from __future__ import annotations

import itertools
import random

from briefer.model import OrganisationType

# --------------------------------------------------------------------------- words
#: The head of the vocabulary, most frequent first: function words, then policy prose.
COMMON = """
the of and to in a that is for on with as was it be by are this at from we not
have has an will which they their or but also would our more been its should can
all there were minister he she said about who into other than them these when
countries country health need support national plan agreed raised asked noted
discussed important work action meeting government next year ministry progress
together further both some new could like very well welcomed stressed indicated
explained confirmed interest cooperation share experience data use antibiotics
animal human public sector policy implementation global funding capacity system
development important follow up visit team experts laboratory hospital farm
veterinary agriculture food safety environment water sanitation hygiene
infection prevention control vaccination access medicines quality regulation
sales prescription livestock poultry aquaculture residues monitoring reporting
awareness campaign education training research innovation diagnostics market
incentives pull push investment bank fund donor partnership regional network
coordination committee working group secretariat tripartite WHO FAO OIE UNEP
resolution assembly declaration political leaders commitment targets indicators
baseline survey assessment evaluation review timeline budget financing costed
operational legislation enforcement inspection registry database platform
reference centre twinning exchange programme fellowship workshop conference
""".split()
#: Terms that occur in most notes, as an advisor's notes of an AMR conference do.
DOMAIN_PHRASES = [
    ("antimicrobial resistance", 0.85),
    ("surveillance", 0.7),
    ("national action plan", 0.65),
    ("One Health", 0.6),
    ("stewardship", 0.55),
    ("antimicrobial use", 0.5),
    ("resistance", 0.6),
]
_SYLLABLES = (
    "ba be bi bo bu da de di do du fa fe fi fo ga ge gi go ka ke ki ko ku la le li lo lu ma me mi mo mu "
    "na ne ni no nu pa pe pi po ra re ri ro ru sa se si so su ta te ti to tu va ve vi vo za ze zo "
    "bra cre dri fro gla ple pri sta stre tri spo kla gro tra ver con pro per ant ist ion al en ur"
).split()


def build_vocabulary(rng: random.Random, size: int = 25_000) -> list[str]:
    """Real words first, then pronounceable made-up words for the long tail (rare terms)."""
    words = list(dict.fromkeys(COMMON))
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(_SYLLABLES) for _ in range(rng.choice((2, 3, 3, 4))))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


class Prose:
    """Draws Zipf-distributed words (p ∝ 1/(rank+2.7)^1.05) and shapes them into sentences."""

    def __init__(self, rng: random.Random, vocab: list[str]):
        self.rng = rng
        self.vocab = vocab
        weights = [1.0 / (r + 2.7) ** 1.05 for r in range(len(vocab))]
        self.cum = list(itertools.accumulate(weights))

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def sentences(self, n_words: int, inserts: list[str] = ()) -> str:
        rng = self.rng
        words = self.words(n_words)
        for phrase in inserts:
            words.insert(rng.randrange(len(words) + 1), phrase)
        out, i = [], 0
        while i < len(words):
            k = rng.randint(7, 22)
            chunk = words[i:i + k]
            i += k
            s = " ".join(chunk)
            out.append(s[:1].upper() + s[1:] + ".")
        return " ".join(out)


# --------------------------------------------------------------------------- names
GIVEN = """Anna Maria José Ahmed Fatima Wei Li Yuki Hiroshi Olga Ivan Pierre Élodie Jürgen Søren
Ingrid Kofi Amara Chinedu Ngozi Aisha Omar Priya Arjun Ravi Mei Chen Nguyễn Thị Lucía Andrés João
Gonçalo Zoë Chloé François Hélène Björn Åsa Łukasz Zofia Dorothée Mehmet Ayşe Çağla Kemal Leila
Tomás Inês Rafael Sofía Mateo Camila Diego Valentina Nikos Eleni Dimitris Kwame Abena Thandiwe Sipho
Tendai Rudo Nadia Youssef Samir Rania Hamid Parisa Tariq Sana Anh Minh Thanh Kaito Sakura Jae Min
Soo Emma Liam Noah Olivia Lars Pieter Joost Sanne Femke Willem Eva Bram Lotte Ruben Maud""".split()
FAMILY = """García Müller Nguyễn Kim Patel Singh Okafor Mensah Dubois Rossi Kowalski Novák Horváth
Popescu Ivanov Petrov Yamamoto Tanaka Chen Wang Zhang Silva Santos Pereira Fernández López Martínez
Hernández Haddad Khalil Mansour Farah Abubakar Osei Boateng Diallo Traoré Ndiaye Moyo Dlamini Banda
Phiri Mwangi Otieno Wanjiru Karimi Hosseini Rahman Hossain Chowdhury Perera Fernando Sato Suzuki
Ødegaard Sørensen Johansson Lindqvist Virtanen Korhonen Çelik Yılmaz Öztürk Şahin Łęcki Wójcik
Dvořák Schäfer Weiß Größer Lefèvre Bélanger Gauthier Nuñez Peña Muñoz Ibáñez Castaño Jiménez Álvarez
Bakker Visser Smit Mulder Jansen Dekker Vos Peeters Hendriks Dijkstra Brouwer Kok Verhoeven""".split()
POSITIONS = [
    "Minister of Health", "Minister of Agriculture", "Deputy Minister of Health", "Chief Veterinary Officer",
    "Chief Medical Officer", "Director of Public Health", "AMR focal point", "Ambassador",
    "Head of International Affairs", "Senior Policy Adviser", "Director-General for Food Safety",
    "State Secretary", "Permanent Secretary", "Head of the National Reference Laboratory",
]
ORGANISATIONS = [
    ("World Health Organization", "WHO", OrganisationType.UN_AGENCY),
    ("Food and Agriculture Organization of the United Nations", "FAO", OrganisationType.UN_AGENCY),
    ("World Organisation for Animal Health", "OIE", OrganisationType.INTERGOVERNMENTAL),
    ("United Nations Environment Programme", "UNEP", OrganisationType.UN_AGENCY),
    ("World Bank", "WB", OrganisationType.INTERGOVERNMENTAL),
    ("Organisation for Economic Co-operation and Development", "OECD", OrganisationType.INTERGOVERNMENTAL),
    ("European Commission", "EC", OrganisationType.INTERGOVERNMENTAL),
    ("European Centre for Disease Prevention and Control", "ECDC", OrganisationType.INTERGOVERNMENTAL),
    ("ReAct — Action on Antibiotic Resistance", "ReAct", OrganisationType.NGO),
    ("Global Antibiotic Research and Development Partnership", "GARDP", OrganisationType.NGO),
    ("Wellcome Trust", "Wellcome", OrganisationType.NGO),
    ("Bill & Melinda Gates Foundation", "BMGF", OrganisationType.NGO),
    ("Fleming Fund", "Fleming", OrganisationType.OTHER),
    ("International Federation of Pharmaceutical Manufacturers", "IFPMA", OrganisationType.OTHER),
    ("AMR Industry Alliance", "AMRIA", OrganisationType.OTHER),
    ("National Institute for Public Health and the Environment", "RIVM", OrganisationType.NATIONAL_INSTITUTE),
    ("Wageningen University & Research", "WUR", OrganisationType.NATIONAL_INSTITUTE),
    ("Ministry of Health, Welfare and Sport", "VWS", OrganisationType.MINISTRY),
    ("Ministry of Agriculture, Nature and Food Quality", "LNV", OrganisationType.MINISTRY),
    ("Ministry of Foreign Affairs", "BZ", OrganisationType.MINISTRY),
]
SESSION_TITLES = [
    "Plenary: accelerating national action plans", "Panel: surveillance that drives action",
    "Side event: One Health in practice", "Panel: antimicrobial stewardship in hospitals",
    "Panel: reducing antibiotic use in livestock", "Side event: financing AMR action",
    "Plenary: access to antibiotics and diagnostics", "Panel: the environment and AMR",
    "Side event: twinning partnerships", "Press briefing", "Coffee break", "Lunch",
]
WHO_REGIONS = ["AFR", "AMR", "SEAR", "EUR", "EMR", "WPR"]
INCOME = ["low", "lower-middle", "upper-middle", "high"]
LANGS = ["fr", "es", "ru", "ar", "zh", "pt", "id", "ja", "de", "it"]
