"""A brief read as a page and edited with a real keyboard: the Bilaterals view opens the brief as a
page, Ctrl+E turns it into its form, what is typed shows on the page after Ctrl+E again, and
Ctrl+S from the page saves it (the command line reads it back)."""

from __future__ import annotations

import json

from test_real_input_fields import select_row
from xdriver import wait_until


POINT = "Agree the twinning pledge before the closing plenary"


def _found(app) -> list[dict]:
    """The meeting briefs whose text holds the typed point, as the command line's search finds them."""
    hits = json.loads(app.cli("search", "twinning pledge", "--json").stdout)
    return [h for h in hits if h["record_table"] == "meeting_briefs" and "pledge" in h["snippet"]]


def test_ctrl_e_turns_the_page_into_the_form_and_back_and_the_typed_point_is_saved(launch):
    app = launch()
    app.open_main()
    select_row(app, "ctrl+3", "Indonesia")  # the Wednesday bilateral, which has a brief
    app.wait_text("read_edit_button", lambda t: t.startswith("Edit"), "the brief opened as a page")
    app.widget("reading_view")
    app.key("ctrl+e")
    app.wait_focus_in("point")  # the form, the cursor in its first field
    app.wait_text("read_edit_button", lambda t: t.startswith("Read"), "the toggle naming the page")
    app.key("ctrl+a")
    app.type(POINT)
    app.key("ctrl+e")
    app.wait_text("read_edit_button", lambda t: t.startswith("Edit"), "the page again")
    app.wait_focus_in("reading_view")
    assert _found(app) == []  # switching saved nothing by itself
    app.key("ctrl+s")  # saved from the page: the edit was kept in the form, not lost
    saved = wait_until(lambda: _found(app), "the brief saved by Ctrl+S")
    assert len(saved) == 1 and "[pledge]" in saved[0]["snippet"]
