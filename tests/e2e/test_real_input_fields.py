"""Typing dates, times and countries into the real app with a real keyboard (see docs/real-input-tests.md).

Written against the fields' objectNames only (``start``, ``due``,
``counterpart_country``), so they hold whatever widget the field is; what they
check is what the command line reads back from the database after Ctrl+S.
"""

from __future__ import annotations

import json

from xdriver import wait_until

#: Ctrl+S saves at once; the command line reads it back within this.
SAVED = 8.0


def select_row(app, view_key: str, filter_text: str, *, down: int = 0) -> None:
    """Go to a view (Ctrl+N), filter its list, click the first row (then Down ``down`` times)."""
    app.key(view_key)
    app.click("filter_edit")
    app.key("ctrl+a")
    app.type(filter_text)
    wait_until(lambda: (t := app.text("count_label")) and " of " in t, "the list to be filtered")
    x, y, w, h = app.widget("table")
    app.click_at(x + 40, y + 35)  # the first row, under the header
    for _ in range(down):
        app.key("Down")


def type_into(app, field: str, text: str, then: str = "Tab") -> None:
    """Click into the field (left of its middle: a calendar or list button sits on the right), select all, type."""
    app.click(field, dx=0.3)
    app.wait_focus_in(field)
    app.key("ctrl+a")
    app.type(text)
    app.key(then)


def records(app, kind: str) -> list[dict]:
    return json.loads(app.cli("list", kind, "--json").stdout)


def test_a_typed_start_is_saved_as_typed_in_the_conference_timezone(launch):
    app = launch()
    app.open_main()
    select_row(app, "ctrl+3", "Indonesia", down=1)  # Thu 20 Jun 11:00–11:30
    app.wait_text("heading", lambda t: "Indonesia" in t, "the Indonesia bilateral in the editor")
    type_into(app, "start", "20-06-2019 11:15")
    app.key("ctrl+s")
    # 11:15 in Noordwijk (CEST, UTC+2) is 09:15 UTC
    wait_until(lambda: any(m["counterpart_country"] == "IDN" and m["start"] == "2019-06-20T09:15:00Z"
                           for m in records(app, "meetings")), "the meeting at 11:15 on 20 June", SAVED)


def test_a_typed_due_date_is_saved(launch):
    app = launch()
    app.open_main()
    select_row(app, "ctrl+6", "video call")
    app.widget("due")
    type_into(app, "due", "1 Jul 2019")
    app.key("ctrl+s")
    wait_until(lambda: any(a["description"].startswith("Organise a video call") and a["due"] == "2019-07-01"
                           for a in records(app, "actions")), "the action due 2019-07-01", SAVED)


def test_typing_a_country_name_picks_that_country(launch):
    app = launch()
    meeting = next(m["id"] for m in records(app, "meetings") if m["counterpart_country"] == "CUW")
    app.open_main()
    select_row(app, "ctrl+3", "Cura")
    app.wait_text("heading", lambda t: "Cura" in t, "the Curaçao bilateral in the editor")
    type_into(app, "counterpart_country", "India")
    app.key("ctrl+s")
    wait_until(lambda: any(m["id"] == meeting and m["counterpart_country"] == "IND"
                           for m in records(app, "meetings")), "the meeting with India (IND, not IOT)", SAVED)
