"""JSON from other people's files: nesting and integers within limits, refused with the reason otherwise."""

from __future__ import annotations

import json

import pytest

from briefer import json_limits
from briefer.json_limits import MAX_DEPTH, MAX_INT_DIGITS, TooComplex, depth, loads


@pytest.mark.parametrize(("text", "expected"), [
    (b'{"a": 1}', 1),
    (b'[[{"a": [1]}]]', 4),
    (b'{"body": "[[[[{{{{"}', 1),                    # brackets inside a string do not nest
    (b'{"body": "say \\"[[[[\\" twice", "x": [[]]}', 3),  # nor after an escaped quote
    (b'"\\\\"', 0),                                      # a string ending in an escaped backslash
    (b'["\\\\", [[]]]', 3),
])
def test_depth_counts_only_real_nesting(text, expected):
    assert depth(text) == expected


def test_the_depth_limit_is_exact():
    assert loads(b"[" * MAX_DEPTH + b"]" * MAX_DEPTH) is not None
    with pytest.raises(TooComplex, match=rf"nests {MAX_DEPTH + 1} levels deep \(at most {MAX_DEPTH}\)"):
        loads(b"[" * (MAX_DEPTH + 1) + b"]" * (MAX_DEPTH + 1))


def test_thousands_of_levels_are_refused_not_a_recursion_error():
    with pytest.raises(TooComplex):
        loads(b'{"a":' * 100_000 + b"1" + b"}" * 100_000)


def test_a_huge_integer_is_refused_on_the_lenient_path():
    """``NaN`` sends the text to ``json``, whose integers are limited to 20 digits."""
    assert loads(b'[NaN, ' + b"9" * MAX_INT_DIGITS + b"]")[1] == int("9" * MAX_INT_DIGITS)
    with pytest.raises(TooComplex, match=r"a number of 5,000 digits \(at most 20\)"):
        loads(b"[NaN, " + b"9" * 5000 + b"]")


def test_a_huge_integer_on_the_fast_path_is_never_a_python_int_error():
    """orjson reads a long integer as a float (or refuses it), never as 4,300 digits' worth of int."""
    try:
        value = loads(b"[" + b"9" * 5000 + b"]")
    except (TooComplex, json.JSONDecodeError):
        return
    assert isinstance(value[0], float)


def test_what_is_not_json_is_still_a_decode_error():
    with pytest.raises(json.JSONDecodeError):
        loads(b'{"a": ')
    assert json_limits.loads('{"a": 1}'.encode()) == {"a": 1}
