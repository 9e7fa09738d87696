"""JSON from a file someone else made, read within limits — or refused with a reason.

A bundle may come from another laptop, another tool or an attacker. Python's
``json`` raises ``RecursionError`` on arrays nested a few thousand deep and
``ValueError`` on an integer of more than 4,300 digits; neither is a message
a user can act on. No Briefer record nests deeper than a handful of levels or
holds an integer beyond SQLite's 64 bits, so anything past :data:`MAX_DEPTH`
(checked before parsing) or :data:`MAX_INT_DIGITS` is refused as
:class:`TooComplex`. orjson (fast) reads what it can; ``json`` reads the rest (``NaN``,
lone surrogates) with the same limits.
"""

from __future__ import annotations

import json
import re

import orjson

#: Deepest nesting of arrays and objects accepted (a record with its lists needs four).
MAX_DEPTH = 64
#: Most digits in an integer (SQLite stores 64-bit integers: 19 digits and a sign).
MAX_INT_DIGITS = 20

_STRING = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACKET = re.compile(rb"[\[\]{}]")


class TooComplex(ValueError):
    """JSON beyond Briefer's limits; the message says which limit."""


def depth(raw: bytes) -> int:
    """How deep arrays and objects nest in ``raw`` (brackets inside strings do not count)."""
    level = deepest = 0
    for bracket in _BRACKET.findall(_STRING.sub(b'""', raw)):
        if bracket in (b"[", b"{"):
            level += 1
            deepest = max(deepest, level)
        else:
            level -= 1
    return deepest


def check_depth(raw: bytes) -> None:
    """Raise :class:`TooComplex` if ``raw`` nests deeper than :data:`MAX_DEPTH`.

    Two byte counts for an ordinary line (~70 ms per 100 MB); the exact scan runs
    only when the line holds more brackets than any record needs.
    """
    if raw.count(b"[") + raw.count(b"{") > MAX_DEPTH:
        found = depth(raw)
        if found > MAX_DEPTH:
            raise TooComplex(f"the JSON nests {found} levels deep (at most {MAX_DEPTH})")


def _bounded_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_INT_DIGITS:
        raise TooComplex(f"the JSON holds a number of {len(text.lstrip('-')):,} digits (at most {MAX_INT_DIGITS})")
    return int(text)


def loads(raw: bytes):
    """Parse one JSON text within the limits: :class:`TooComplex`, ``json.JSONDecodeError`` or
    ``UnicodeDecodeError`` for what cannot be read, nothing else.

    orjson refuses what ``json`` reads leniently (``NaN``, lone surrogates,
    numbers beyond a double, UTF-16): such text is read again by ``json``,
    with the integer limit. orjson itself reads an integer beyond 64 bits as a
    float, which the record's validation refuses or SQLite cannot store.
    """
    check_depth(raw)
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        pass
    try:
        return json.loads(raw, parse_int=_bounded_int)
    except RecursionError:  # nesting the byte scan cannot see (e.g. in UTF-16 text)
        raise TooComplex(f"the JSON nests too deep (at most {MAX_DEPTH} levels)") from None
