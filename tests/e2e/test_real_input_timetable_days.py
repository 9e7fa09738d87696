"""The timetable's day picker and Jump to now, from a real keyboard through the X server, on the demo.

The real clock is after the demo conference, so Today rehearses its first morning (19 June, 10:50),
and the app has one clock: Jump to now shows that day with what is on or next chosen, and no note
that the conference is over (that case, on the real clock, is tests/gui/test_gui_timetable_reads.py's).
The day keys then step through the days, and Home/End choose a day's first and last item.
"""

from __future__ import annotations


def test_ctrl_t_jumps_to_now_and_alt_arrows_step_through_the_days(launch):
    app = launch()
    app.open_main()
    app.key("ctrl+2")  # Programme
    app.click("scroll", dx=0.03, dy=0.6)  # the keyboard on the timetable (its hours, on the left)
    app.wait_focus("timetable_canvas")
    app.key("ctrl+t")  # Jump to now: the rehearsed moment, on the first day, what is on or next chosen
    app.wait_text("selection_label", lambda t: "19 Jun" in t, "the rehearsed day's current item chosen")
    assert "is over" not in (app.text("now_label") or "")
    app.key("alt+Right")  # the next day
    app.key("Home")
    app.wait_text("selection_label", lambda t: "20 Jun" in t, "the 20th's first item chosen")
    app.key("alt+Right")  # the last day: stays
    app.key("End")
    app.wait_text("selection_label", lambda t: "20 Jun" in t, "still on the 20th")
    app.key("alt+Left")
    app.key("Home")
    app.wait_text("selection_label", lambda t: "19 Jun" in t, "the 19th again")
    assert app.alive()
