"""Matching names by what an advisor can type: the one folding shared by search, pickers and ``show person``.

Folding accents away ("Curacao" = "Curaçao") is not enough for a conference's
names: ı, ə, ß, ø, æ, đ, ł have no accent to drop, and a Ukrainian or Greek
name may only exist in its own script. :func:`latin_key` transliterates with
anyascii (ISC licence; a maintained table for every Unicode character, not one
kept by hand here) and lower-cases, so ``Yildirim`` meets Yıldırım,
``Mammadova`` Məmmədova, ``Weiss`` Weiß and ``Kovalenko`` Коваленко — and
the other way round. It is Qt-free: the GUI's pickers, ``briefer show person``
and the search index all call it, so they can never disagree about a name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from anyascii import anyascii

EXACT, PREFIX, WORD, CONTAINS = range(4)  # how well a name matches what was typed, best first
NO_MATCH = 99

_NOT_KEY = re.compile(r"[^a-z0-9 ]+")
_SPACES = re.compile(r"\s+")


#: Where a country's own romanisation differs from anyascii's letter-by-letter reading, and
#: names are written in English the national way: Azerbaijani ə is "a" (Məmmədova → Mammadova,
#: as in passports), Greek ου is "ou" (Παπαδόπουλος → Papadopoulos, ELOT 743). Applied first.
_CONVENTIONS = str.maketrans({"ə": "a", "Ə": "A", "ǝ": "a"})
_GREEK_OU = re.compile("([Οο])([Υυ])")


@lru_cache(maxsize=65536)
def latin_key(text: str) -> str:
    """``text`` in plain lower-case Latin letters and digits, words separated by one space.

    "Yıldırım" → "yildirim", "Weiß" → "weiss", "Коваленко" → "kovalenko",
    "Nguyễn Thị Hương" → "nguyen thi huong", "O’Brien" → "obrien".
    """
    text = unicodedata.normalize("NFC", text or "").translate(_CONVENTIONS)
    if "υ" in text.lower():
        text = _GREEK_OU.sub(lambda m: m.group(1) + ("U" if m.group(2).isupper() else "u"), unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))))
    latin = anyascii(text).lower()
    latin = latin.replace("'", "").replace("`", "")
    return _SPACES.sub(" ", _NOT_KEY.sub(" ", latin)).strip()


def transliterates(word: str) -> bool:
    """Whether ``word`` can only be found by its Latin form: it keeps letters that folding accents
    away leaves non-Latin (ı, ß, ø, Cyrillic, Greek…), so a full-text index that folds only accents
    would never match what an advisor types for it."""
    if word.isascii():
        return False
    decomposed = unicodedata.normalize("NFKD", word)
    folded = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return folded != latin_key(word).replace(" ", "")


def name_rank(typed: str, names: list[str] | tuple[str, ...]) -> int:
    """How well ``typed`` matches the best of ``names``: EXACT, PREFIX (a name starts with it),
    WORD (a word of a name starts with it), CONTAINS, or NO_MATCH — all on :func:`latin_key`."""
    want = latin_key(typed)
    if not want:
        return NO_MATCH
    best = NO_MATCH
    for name in names:
        key = latin_key(name)
        if not key:
            continue
        if key == want:
            return EXACT
        if key.startswith(want):
            best = min(best, PREFIX)
        elif (" " + key).find(" " + want) >= 0:
            best = min(best, WORD)
        elif want in key or want.replace(" ", "") in key.replace(" ", ""):
            best = min(best, CONTAINS)
    return best


#: The fields and properties a person is found under. A field added to ``Person`` later (a name in
#: its own script, a Latin transliteration, a name as it is said) is found as soon as it is named
#: here; a name missing from a record is skipped.
PERSON_NAME_FIELDS = ("full_name", "formal_name", "family_name", "given_name", "native_name", "latin_name")


def person_names(person) -> list[str]:
    """Every non-empty name ``person`` goes by (see :data:`PERSON_NAME_FIELDS`)."""
    names = []
    for field in PERSON_NAME_FIELDS:
        value = getattr(person, field, None)
        if isinstance(value, str) and value.strip():
            names.append(value)
    return names
