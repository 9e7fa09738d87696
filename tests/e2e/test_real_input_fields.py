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


def saved(app, kind: str, record_id: str, revision: int) -> dict:
    """The record as the command line reads it once the app's Ctrl+S has written a new revision."""
    def newer():
        return next((r for r in records(app, kind) if r["id"] == record_id and r["revision"] > revision), None)
    return wait_until(newer, f"the {kind} record saved by Ctrl+S", SAVED)


def test_a_typed_start_is_saved_as_typed_in_the_conference_timezone(launch):
    app = launch()
    before = next(m for m in records(app, "meetings")
                  if m["counterpart_country"] == "IDN" and m["start"].startswith("2019-06-20"))
    app.open_main()
    select_row(app, "ctrl+3", "Indonesia", down=1)  # Thu 20 Jun 11:00–11:30
    app.key("Return")  # the bilateral opens on its brief's page; Enter turns to the meeting's own form
    app.wait_text("heading", lambda t: "Indonesia" in t, "the Indonesia bilateral in the editor")
    type_into(app, "start", "20-06-2019 11:15")
    app.key("ctrl+s")
    after = saved(app, "meetings", before["id"], before["revision"])
    assert after["start"] == "2019-06-20T09:15:00Z"  # 11:15 in Noordwijk (CEST, UTC+2)
    assert after["counterpart_country"] == "IDN"


def test_a_typed_due_date_is_saved(launch):
    app = launch()
    before = next(a for a in records(app, "actions") if a["description"].startswith("Organise a video call"))
    app.open_main()
    select_row(app, "ctrl+6", "video call")
    app.widget("due")
    type_into(app, "due", "1 Jul 2019")
    app.key("ctrl+s")
    after = saved(app, "actions", before["id"], before["revision"])
    assert after["due"] == "2019-07-01"


def test_typing_a_country_name_picks_that_country(launch):
    app = launch()
    before = next(m for m in records(app, "meetings") if m["counterpart_country"] == "CUW")
    app.open_main()
    select_row(app, "ctrl+3", "Cura")
    app.key("Return")  # the bilateral opens on its brief's page; Enter turns to the meeting's own form
    app.wait_text("heading", lambda t: "Cura" in t, "the Curaçao bilateral in the editor")
    type_into(app, "counterpart_country", "India")
    app.key("ctrl+s")
    after = saved(app, "meetings", before["id"], before["revision"])
    assert after["counterpart_country"] == "IND"  # not IOT, British Indian Ocean Territory
