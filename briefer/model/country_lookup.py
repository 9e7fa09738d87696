"""Finding the country a person means from what they type: names in English and Dutch, old names, codes.

A picker that matches "any part of the name" in alphabetical order offers
*British Indian Ocean Territory* before *India* and *Nigeria* before nothing
when "Niger" is typed; and people type the names they know (Turkey, Ivory Coast,
Holland, Burma), not the ISO short name. So every country is known under all
its names — pycountry's short, common and official names and their Dutch
translations, CLDR's territory names in English and Dutch (babel), and a small
table of common and former names — and the candidates are ranked: an exact code
or name first, then names that start with the text, then names with a word that
starts with it, then names that merely contain it. ``resolve`` gives the one
country meant when someone typed without choosing, or says why it cannot.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from briefer.model.conference import country_name

# Common, former and colloquial names that neither pycountry nor CLDR gives. Many others people type
# (Turkije, Ivoorkust, Cape Verde, South Korea, Burma, Russia, Syria, Vietnam, Wit-Rusland…) come from
# those two already; a test keeps this table free of such repeats. "Congo" is here for the DR Congo
# too, because people say it for both: the picker then asks which one instead of guessing.
ALIASES: dict[str, tuple[str, ...]] = {
    "ARE": ("UAE", "Emirates", "VAE", "Emiraten"),
    "BEN": ("Dahomey",),
    "BFA": ("Upper Volta", "Opper-Volta"),
    "BLR": ("Byelorussia", "Belorussia", "White Russia"),
    "CHN": ("PRC",),
    "CIV": ("Ivory Coast",),
    "COD": ("DR Congo", "DRC", "Democratic Republic of the Congo", "Democratische Republiek Congo", "Zaire",
            "Congo"),
    "CZE": ("Tsjechische Republiek",),
    "GBR": ("UK", "Great Britain", "Britain", "Groot-Brittannië", "Brittannië", "VK"),
    "IRN": ("Persia", "Perzië"),
    "KGZ": ("Kirghizia",),
    "KHM": ("Kampuchea",),
    "KOR": ("Republic of Korea",),
    "LKA": ("Ceylon",),
    "MDA": ("Moldavia",),
    "MKD": ("Macedonia", "Macedonië", "FYROM", "Former Yugoslav Republic of Macedonia"),
    "NLD": ("Holland",),
    "PRK": ("DPRK",),
    "PSE": ("Palestine", "Palestina"),
    "SWZ": ("Swaziland",),
    "THA": ("Siam",),
    "TLS": ("East Timor",),
    "TUR": ("Turkey",),
    "USA": ("America", "Amerika", "VS"),
    "VAT": ("Vatican", "Holy See", "Vaticaan", "Heilige Stoel"),
}

EXACT, PREFIX, WORD, CONTAINS = range(4)  # how well a name matches the text, best first

_APOSTROPHES = str.maketrans({"’": "", "‘": "", "'": "", "`": "", "´": "", ".": ""})
_NON_WORD = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """Lower case without accents, apostrophes or punctuation: 'Côte d’Ivoire' → 'cote divoire'."""
    norm = unicodedata.normalize("NFKD", text or "")
    plain = "".join(ch for ch in norm if not unicodedata.combining(ch)).casefold().translate(_APOSTROPHES)
    words = _NON_WORD.sub(" ", plain).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


class CountryNotFound(ValueError):
    """Typed text that names no country, or several: ``candidates`` and ``suggestions`` are alpha-3 codes."""

    def __init__(self, text: str, candidates: list[str], suggestions: list[str]):
        self.text = text
        self.candidates = candidates
        self.suggestions = suggestions
        super().__init__(self.message())

    @property
    def shown(self) -> str:
        """The typed text as quoted back: trimmed, and cut short if someone pasted a page."""
        text = " ".join(self.text.split())
        return text if len(text) <= 60 else text[:59] + "…"

    @property
    def ambiguous(self) -> bool:
        return len(self.candidates) > 1

    def message(self, lang: str = "en", hint: str = "choose from the list") -> str:
        if self.ambiguous:
            names = ", ".join(f"{country_name(c, lang)} ({c})" for c in self.candidates[:6])
            more = ", …" if len(self.candidates) > 6 else ""
            return f"{self.shown!r} could be {names}{more} — {hint}"
        guess = ", ".join(f"{country_name(c, lang)} ({c})" for c in self.suggestions)
        return f"{self.shown!r} is not a country — {hint}" + (f" (did you mean {guess}?)" if guess else "")


@dataclass(frozen=True)
class _Index:
    codes: dict[str, str]  # folded alpha-2 / alpha-3 code → alpha-3
    names: tuple[tuple[str, str], ...]  # (folded name, alpha-3), every name of every country

    def candidates(self, text: str) -> list[tuple[int, str]]:
        """(level, alpha-3) for every country the text may mean, each at its best level."""
        want = fold(text)
        if not want:
            return []
        best: dict[str, int] = {}
        code = self.codes.get(want)
        if code:
            best[code] = EXACT
        for name, iso3 in self.names:
            if name == want:
                level = EXACT
            elif name.startswith(want):
                level = PREFIX
            elif f" {want}" in f" {name}":
                level = WORD
            elif want in name:
                level = CONTAINS
            else:
                continue
            if level < best.get(iso3, CONTAINS + 1):
                best[iso3] = level
        return [(level, iso3) for iso3, level in best.items()]


def _names_of(country) -> set[str]:
    """Every name pycountry, its Dutch translation and CLDR (English, Dutch) give one country."""
    from babel import Locale

    from briefer.model.conference import iso3166_translation

    nl = iso3166_translation("nl")
    out: set[str] = set()
    for attr in ("name", "common_name", "official_name"):
        value = getattr(country, attr, None)
        if value:
            out.update((value, nl.gettext(value)))
    for lang in ("en", "nl"):
        cldr = Locale(lang).territories.get(country.alpha_2)
        if cldr:
            out.add(cldr)
    out.update(ALIASES.get(country.alpha_3, ()))
    return out


@lru_cache(maxsize=1)
def _index() -> _Index:
    import pycountry

    codes: dict[str, str] = {}
    names: list[tuple[str, str]] = []
    for c in pycountry.countries:
        codes[fold(c.alpha_3)] = c.alpha_3
        codes[fold(c.alpha_2)] = c.alpha_3
        names.extend((folded, c.alpha_3) for folded in sorted({fold(n) for n in _names_of(c)}) if folded)
    return _Index(codes=codes, names=tuple(names))


def _ranked(text: str, lang: str) -> list[tuple[int, str]]:
    ranked = _index().candidates(text)
    ranked.sort(key=lambda p: (p[0], fold(country_name(p[1], lang))))
    return ranked


def find_countries(text: str, lang: str = "en") -> list[str]:
    """Alpha-3 codes of the countries ``text`` may mean, the likeliest first.

    Exact code or name, then a name that starts with the text, then a word that
    does, then any part; within a rank by the name shown in ``lang``.
    """
    return [iso3 for _level, iso3 in _ranked(text, lang)]


def suggest_countries(text: str, limit: int = 3) -> list[str]:
    """Countries whose name is spelled close to ``text`` (a typo: 'Indonsia' → IDN)."""
    want = fold(text)
    if len(want) < 3:
        return []
    index = _index()
    by_name: dict[str, str] = {}
    for name, iso3 in index.names:
        by_name.setdefault(name, iso3)
    out: list[str] = []
    for name in difflib.get_close_matches(want, list(by_name), n=limit * 3, cutoff=0.8):
        if by_name[name] not in out:
            out.append(by_name[name])
    return out[:limit]


def resolve_country(text: str) -> str:
    """The alpha-3 code of the one country ``text`` means, or CountryNotFound.

    An exact code or name wins over names that merely start with it ("Niger" is
    Niger, not Nigeria; "IND" is India); otherwise the text must fit one country only.
    """
    ranked = _ranked(text, "en")
    exact = [iso3 for level, iso3 in ranked if level == EXACT]
    if len(exact) == 1:
        return exact[0]
    if not exact and len(ranked) == 1:
        return ranked[0][1]
    if ranked:  # name the likeliest (at least two), not every name that contains the text
        listed = [iso3 for level, iso3 in ranked if level <= ranked[1][0]]  # "sud": Sudan, South Sudan
        raise CountryNotFound(text, listed, [])
    raise CountryNotFound(text, [], suggest_countries(text))
