"""The print register's record: copy numbers and versions count from 1, and the moment is kept in UTC.

Written for the gaps mutation testing of ``briefer/model/prints.py`` found (docs/mutation-testing.md, fourteenth
session). A copy is "Exemplaar 1" and "versie 1" at the least: a damaged or hand-edited register row claiming
copy 0 or version 0 is refused, never printed on a cover. The moment printed is compared across laptops and
clocks in other zones (a minister's copy printed at the hotel, an addendum at the ministry): it is kept in UTC.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from pydantic import ValidationError

from briefer.model.prints import PrintRecord

AT = datetime(2019, 6, 19, 8, 30, tzinfo=timezone(timedelta(hours=2)))


@pytest.mark.parametrize("field", ["number", "version"])
def test_copy_numbers_and_versions_start_at_one(field):
    assert getattr(PrintRecord(number=1, version=1, printed_at=AT, recipient_id="p"), field) == 1
    with pytest.raises(ValidationError, match=field):
        PrintRecord(**{"number": 1, "version": 1, field: 0}, printed_at=AT, recipient_id="p")


def test_the_moment_printed_is_kept_in_utc_whatever_the_clocks_zone():
    record = PrintRecord(number=3, printed_at=AT, recipient_id="p")
    assert record.printed_at == AT and record.printed_at.utcoffset() == timedelta(0)
    assert record.printed_at.hour == 6
