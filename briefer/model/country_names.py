"""Country names as people write them: short and common, with the article where the language needs one.

ISO 3166 names are written for sorted registers: "Korea, Republic of", "Congo, The Democratic
Republic of the", "Palestine, State of" — and their Dutch translations likewise ("Korea,
Republiek"). A heading, a running head or "Bilateral with …" needs the name a private office
writes: "South Korea", "the Democratic Republic of the Congo", "Bilateraal met het Verenigd
Koninkrijk". So the short name comes from CLDR (babel), whose territory names are the everyday
ones, tidied where CLDR writes for narrow screens ("St. Kitts & Nevis", "Congo - Kinshasa"), with a
small table for the few names CLDR gets wrong for diplomatic use. The official long name stays
available (``official_country_name``) for the facts of a brief.
"""

from __future__ import annotations

from functools import lru_cache

# Where CLDR's everyday name is not what a ministry writes: both Congos told apart by their names
# rather than their capitals, Palestine as the Netherlands' own texts name it, the Holy See as the
# party to a conference (not the city state), Myanmar without CLDR's "(Burma)", Hong Kong without
# "SAR China" (it takes part under its own name), no "U.S." abbreviations.
_CURATED: dict[str, dict[str, str]] = {
    "en": {
        "COD": "Democratic Republic of the Congo", "COG": "Republic of the Congo", "PSE": "Palestine",
        "VAT": "Holy See", "MMR": "Myanmar", "CCK": "Cocos Islands", "SHN": "Saint Helena",
        "VCT": "Saint Vincent and the Grenadines", "SGS": "South Georgia and the South Sandwich Islands",
        "MAF": "Saint Martin", "HKG": "Hong Kong", "MAC": "Macao", "UMI": "United States Minor Outlying Islands",
        "VIR": "United States Virgin Islands",
    },
    "nl": {
        "COD": "Democratische Republiek Congo", "COG": "Republiek Congo", "PSE": "Palestina",
        "VAT": "Heilige Stoel", "MMR": "Myanmar", "HKG": "Hongkong", "MAC": "Macau",
    },
}

# Names that take the definite article in running text: "Bilateral with the United Kingdom",
# "Bilateraal met de Filipijnen". Dutch needs fewer ("Nederland", "Bilateraal met Nederland").
ARTICLES: dict[str, dict[str, str]] = {
    "en": {c: "the" for c in (
        "GBR", "USA", "NLD", "PHL", "ARE", "DOM", "CAF", "BHS", "MDV", "SLB", "COM", "GMB", "SYC", "MHL",
        "COD", "COG", "VAT", "CYM", "TCA", "VGB", "VIR", "FRO", "FLK", "CCK", "COK", "MNP", "UMI",
    )},
    "nl": {"GBR": "het", **{c: "de" for c in (
        "USA", "PHL", "ARE", "DOM", "CAF", "BHS", "MDV", "SLB", "COM", "SYC", "MHL", "COD", "COG", "VAT",
        "CYM", "TCA", "VGB", "VIR", "FRO", "FLK", "CCK", "COK", "MNP",
    )}},
}

# CLDR's English short forms for small screens, written out as running text does.
_SPELLED_OUT = ((" & ", " and "), ("St. ", "Saint "), ("’", "'"))


def _pycountry(iso3: str):
    import pycountry

    return pycountry.countries.get(alpha_3=iso3)


@lru_cache(maxsize=4096)
def country_name(iso3: str, lang: str = "en", article: bool = False) -> str:
    """The name people use ("South Korea", "Zuid-Korea"); ``article=True`` for running text
    ("the United Kingdom", "het Verenigd Koninkrijk"). An unknown code is returned as given.

    Read from the table ``resources/country_names.json`` (what :func:`computed_name` gives for
    every ISO 3166 country, written by ``tools/build_country_names.py``): loading pycountry and
    babel's territory names cost a short command most of its time. A test keeps the two equal.
    """
    lang = "nl" if lang == "nl" else "en"
    code, known = iso3, _table().get(iso3)
    if known is None:  # not in the table ("gbr", a code pycountry added since): as before
        c = _pycountry(iso3)
        if c is None:
            return iso3
        code, name = c.alpha_3, computed_name(c.alpha_3, lang)
    else:
        name = known[0 if lang == "en" else 1]
    if article and code in ARTICLES[lang]:
        return f"{ARTICLES[lang][code]} {name}"
    return name


def computed_name(iso3: str, lang: str) -> str | None:
    """The everyday name from the curated table, CLDR (babel) or ISO 3166 (pycountry); None when unknown."""
    c = _pycountry(iso3)
    if c is None:
        return None
    return _CURATED[lang].get(c.alpha_3) or _cldr(c.alpha_2, lang) or _iso_short(c, lang)


TABLE = ("country_names.json",)


@lru_cache(maxsize=1)
def _table() -> dict[str, list[str]]:
    """{ISO3: [English name, Dutch name]} (empty when the file is missing: then computed)."""
    import json

    from briefer.resources import resource_path

    try:
        return json.loads(resource_path(*TABLE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def build_table() -> dict[str, list[str]]:
    """What ``resources/country_names.json`` holds: every pycountry country's names, computed."""
    import pycountry

    return {c.alpha_3: [computed_name(c.alpha_3, "en"), computed_name(c.alpha_3, "nl")]
            for c in sorted(pycountry.countries, key=lambda c: c.alpha_3)}


def official_country_name(iso3: str, lang: str = "en") -> str:
    """The long official name for a brief's facts ("Republic of Korea", "Republiek Korea" where translated)."""
    c = _pycountry(iso3)
    if c is None:
        return iso3
    official = getattr(c, "official_name", None) or c.name
    return _uninverted(_translator("nl").gettext(official) if lang == "nl" else official)


def _uninverted(name: str) -> str:
    """A register's inverted name in reading order: "Korea, Republic of" → "Republic of Korea"."""
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = f"{tail} {head}"
    return name[:1].upper() + name[1:]  # pycountry's "the State of Palestine" starts a line here


def _cldr(alpha_2: str, lang: str) -> str:
    from babel import Locale

    name = Locale(lang).territories.get(alpha_2, "")
    if " - " in name or "(" in name:  # "Congo - Kinshasa", "Myanmar (Burma)": disambiguations for menus
        return ""
    for short, long in _SPELLED_OUT:
        name = name.replace(short, long)
    return name


def _iso_short(c, lang: str) -> str:
    name = getattr(c, "common_name", None) or c.name
    return _translator("nl").gettext(c.name) if lang == "nl" else name


@lru_cache(maxsize=None)
def _translator(lang: str):
    import gettext

    import pycountry

    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
