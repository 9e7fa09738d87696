"""The light start with a real keyboard: quitting keeps Today's picture, the next start shows the same day, and
keys pressed the moment the window appears — while the store is still being opened behind the picture — are
not lost (briefer/gui/startup/first_view.py)."""

from __future__ import annotations

from pathlib import Path

from xdriver import wait_until


def test_the_next_start_shows_the_same_today_and_keys_pressed_at_once_are_honoured(launch, data_dir):
    first = launch()
    first.open_main()
    title = first.wait_text("next_title", bool, "Today's next item")
    first.key("ctrl+q")
    assert first.wait_exit() == 0
    picture = Path(f"{data_dir / 'briefer.sqlite'}.first-view.json")
    assert picture.exists()  # a clean quit on Today keeps its picture

    second = launch()
    window = second.window_id("Briefer")  # the window as soon as it is on screen: the picture, or already Today
    second.focus_window(window)
    second.key("ctrl+6")  # Actions, pressed at once
    second.wait_text("count_label", bool, "the Actions list, reached by the key pressed at once")
    second.key("ctrl+1")
    assert second.wait_text("next_title", bool, "Today again") == title  # the same day as the first start showed
    wait_until(lambda: "FirstViewPage" not in str(second.probe()), "the picture gone once Today had read its rows")
    second.key("ctrl+q")
    assert second.wait_exit() == 0
