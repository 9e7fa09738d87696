"""The timetable's day picker and Jump to now, from a real keyboard through the X server, on the demo.

The real app runs on the real clock, which is after the demo conference: Jump to now shows its last day
and says so; the day keys then step back a day, and the arrows choose that day's first item.
"""

from __future__ import annotations

from xdriver import wait_until


def test_ctrl_t_jumps_to_now_and_alt_arrows_step_through_the_days(launch):
    app = launch()
    app.open_main()
    app.key("ctrl+2")  # Programme
    app.click("scroll", dx=0.03, dy=0.6)  # the keyboard on the timetable (its hours, on the left)
    app.wait_focus("timetable_canvas")
    app.key("ctrl+t")  # Jump to now: after the conference, its last day, said in words
    note = app.wait_text("now_label", lambda t: "is over" in t, "the note that the conference is over")
    assert "20 June" in note
    app.key("Home")  # the day's first item is chosen: its day shows beside it
    app.wait_text("selection_label", lambda t: "20 Jun" in t, "the 20th's first item chosen")
    app.key("alt+Left")  # the day before
    wait_until(lambda: not app.text("now_label"), "the note gone once another day is chosen")
    app.key("Home")
    app.wait_text("selection_label", lambda t: "19 Jun" in t, "the 19th's first item chosen")
    app.key("alt+Left")  # the first day: stays
    app.key("End")
    app.wait_text("selection_label", lambda t: "19 Jun" in t, "still on the 19th")
    app.key("alt+Right")
    app.key("Home")
    app.wait_text("selection_label", lambda t: "20 Jun" in t, "the 20th again")
    assert app.alive()
