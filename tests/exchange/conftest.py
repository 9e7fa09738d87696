"""Fixtures the exchange tests share."""

from __future__ import annotations

from datetime import date

import pytest

from briefer.model import Conference
from briefer.store import Store


@pytest.fixture
def cop(tmp_path):
    """An empty conference that is not the demo: COP29 in Baku (UTC+4), 11–22 November 2024."""
    s = Store.open(tmp_path / "cop29.sqlite", user="sophie")
    s.conference_repo.add(Conference(name="COP29", start_date=date(2024, 11, 11), end_date=date(2024, 11, 22),
                                     timezone="Asia/Baku"))
    yield s
    s.close()
