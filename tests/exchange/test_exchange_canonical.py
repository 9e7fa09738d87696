"""The canonical JSON behind version names is byte for byte what ``json`` wrote before orjson.

Version names (docs/bundle-format.md) hash the canonical JSON of a record; bundles and
databases made before hold names computed with ``json.JSONEncoder(sort_keys=True,
ensure_ascii=False, separators=(",", ":"))``. orjson writes them now, only where its bytes are
provably the same: these tests compare the two over arbitrary values and records.
"""

from __future__ import annotations

import json
import math
from datetime import datetime, timezone

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.exchange.bundle import MODEL_BY_TABLE
from briefer.json_limits import loads as _loads
from briefer.model import Note, Person
from briefer.model.base import Record
from briefer.store.exchange import fast_canonical_json, float_free, canonical_json, record_json, version_hash
from briefer.store.exchange import record_version

# every code point, surrogates and control characters included; plus the awkward ones often
ANY_CHAR = st.characters(codec=None, categories=None)
AWKWARD = st.sampled_from(["é", "ü", "Ø", "ç", "\x00", "\x1f", "\x7f", "\t", "\n", "\r", "\b", "\f", '"', "\\",
                           "/", "\u2028", "\u2029", "😀", "\U0001f1f3", "\u0301", "\ufeff", "\ud800", "\udfff",
                           "\U0010ffff"])
TEXT = st.text(st.one_of(ANY_CHAR, AWKWARD), max_size=40)
KEYS = st.text(st.one_of(ANY_CHAR, AWKWARD), max_size=8)
INTS = st.one_of(st.integers(-(2**63), 2**64 - 1), st.integers())
SCALARS_NO_FLOAT = st.one_of(st.none(), st.booleans(), INTS, TEXT)
VALUES_NO_FLOAT = st.recursive(SCALARS_NO_FLOAT, lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(KEYS, inner, max_size=5)), max_leaves=30)
FLOATS = st.floats(allow_nan=True, allow_infinity=True)
VALUES = st.recursive(st.one_of(SCALARS_NO_FLOAT, FLOATS), lambda inner: st.one_of(
    st.lists(inner, max_size=5), st.dictionaries(KEYS, inner, max_size=5)), max_leaves=30)


def _old_bytes(data) -> bytes | None:
    """What the version name hashed before orjson; None where that raised (a lone surrogate)."""
    try:
        return canonical_json(data).encode("utf-8")
    except UnicodeEncodeError:
        return None


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(KEYS, VALUES_NO_FLOAT, max_size=8))
def test_orjson_writes_the_same_bytes_for_every_value_without_floats(data):
    fast = fast_canonical_json(data)
    old = _old_bytes(data)
    if fast is not None:
        assert fast == old
    else:  # orjson refused: only a lone surrogate or an integer beyond 64 bits makes it
        assert old is None or "Integer exceeds 64-bit range" in _orjson_error(data)


def _orjson_error(data) -> str:
    try:
        orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
    except orjson.JSONEncodeError as exc:
        return str(exc)
    return ""


def test_ordinary_values_do_take_the_orjson_path():
    data = {"b": [1, {"é": "Curaçao 😀\x01\n\"\\", "a": None}], "a": True, "z": -(2**63), "y": 2**64 - 1}
    assert fast_canonical_json(data) == canonical_json(data).encode("utf-8")
    assert fast_canonical_json({"x": "\ud800"}) is None  # a lone surrogate: json's path, as before
    assert fast_canonical_json({"x": 2**64}) is None  # beyond 64 bits: json's path


@settings(max_examples=250, deadline=None)
@given(st.dictionaries(KEYS, VALUES, max_size=6))
def test_floats_are_why_records_with_floats_keep_json(data):
    """With floats the two may differ (1e-05 / 0.00001): such records never take orjson."""
    fast = fast_canonical_json(data)
    if fast is not None and fast != _old_bytes(data):
        assert _has_float(data)


def _has_float(value) -> bool:
    if isinstance(value, float):
        return True
    if isinstance(value, dict):
        return any(_has_float(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_float(v) for v in value)
    return False


def test_orjson_does_differ_for_some_floats_so_the_guard_matters():
    assert fast_canonical_json({"x": 1e-05}) != canonical_json({"x": 1e-05}).encode("utf-8")


def test_no_briefer_record_holds_a_float_and_a_model_with_one_is_detected():
    assert all(float_free(model) for model in MODEL_BY_TABLE.values())

    class Measured(Record):
        kind = "measured"
        weight: float = 1e-05
        sizes: list[float] = []

    obj = Measured()
    assert not float_free(Measured)
    assert record_json(obj) == canonical_json(obj.model_dump(mode="json")).encode("utf-8")
    assert b'"weight":1e-05' in record_json(obj)


MOMENTS = st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2200, 1, 1),
                       timezones=st.just(timezone.utc))
BODY = st.text(st.one_of(st.characters(codec="utf-8"), AWKWARD.filter(lambda c: not 0xD800 <= ord(c) <= 0xDFFF)),
               max_size=200)


@settings(max_examples=400, deadline=None)
@given(body=BODY, author=BODY, given_name=BODY, family=BODY, langs=st.lists(BODY, max_size=4),
       revision=st.integers(0, 2**63 - 1), created=MOMENTS, updated=MOMENTS)
def test_record_versions_are_unchanged(body, author, given_name, family, langs, revision, created, updated):
    """Notes and people with accents, control characters, emoji and nested lists: same bytes, same name."""
    note = Note(body=body, author=author, revision=revision, created_at=created, updated_at=updated)
    person = Person(given_name=given_name, family_name="Ø" + family, languages=langs, revision=revision,
                    created_at=created, updated_at=updated)
    for obj in (note, person):
        data = obj.model_dump(mode="json")
        assert record_json(obj) == canonical_json(data).encode("utf-8")
        assert record_version(obj) == version_hash(data)


@settings(max_examples=400, deadline=None)
@given(VALUES_NO_FLOAT, st.booleans())
def test_bundle_lines_read_as_json_read_them(value, ascii_only):
    try:
        line = json.dumps({"data": value}, ensure_ascii=ascii_only).encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate in UTF-8: no such bundle line exists
        return
    if _has_big_int(value):
        return  # read as a float by orjson: see json_limits.loads (the record then fails its version check)
    assert _loads(line) == json.loads(line)


def _has_big_int(value) -> bool:
    if isinstance(value, int) and not isinstance(value, bool):
        return not -(2**63) <= value < 2**64
    if isinstance(value, dict):
        return any(_has_big_int(v) for v in value.values())
    if isinstance(value, list):
        return any(_has_big_int(v) for v in value)
    return False


@pytest.mark.parametrize("line", [b'{"a": NaN}', b'{"a": Infinity}', b'{"a": "\\ud800"}', b'{"a": 1e400}',
                                  '{"a": "é"}'.encode("utf-16")])
def test_lines_orjson_refuses_are_read_by_json(line):
    expected = json.loads(line)
    got = _loads(line)
    assert got.keys() == expected.keys()
    a, b = got["a"], expected["a"]
    assert a == b or (isinstance(a, float) and math.isnan(a) and math.isnan(b))


@pytest.mark.parametrize("line", [b'{"a": 1,}', b"\xff\xfe{", b'{"a": "x" "b"}'])
def test_malformed_lines_raise_what_json_raises(line):
    with pytest.raises((json.JSONDecodeError, UnicodeDecodeError)) as caught:
        json.loads(line)
    with pytest.raises(type(caught.value)):
        _loads(line)
