"""Steps of the real-input tests that several of them take, through the real keyboard and mouse."""

from __future__ import annotations

import json

from xdriver import wait_until


def open_meeting_mode(app, country: str = "Indonesi") -> str:  # Indonesia, Indonesië
    """Bilaterals → filter on ``country`` → click the first row → *Meeting mode*; the window's X id."""
    app.key("ctrl+3")
    before = app.wait_text("count_label", bool, "the Bilaterals list")
    app.click("filter_edit")
    app.type(country)
    wait_until(lambda: app.text("count_label") not in (None, before), "the list to be filtered")
    x, y, w, h = app.widget("table")
    app.click_at(x + 40, y + 35)  # the first row, under the header
    app.click("meeting_mode_button")
    window = app.window_of_class("MeetingMode")
    app.focus_window(window)
    app.wait_focus("notes")
    return window


def notes_of_meeting(app) -> list[str]:
    """The bodies of all notes, as ``briefer list notes --json`` gives them."""
    return [n.get("body", "") for n in json.loads(app.cli("list", "notes", "--json").stdout)]


def windows(app) -> list[str]:
    """The classes of the app's top-level windows (from the probe)."""
    return [w["class"] for w in app.probe()["windows"]]
