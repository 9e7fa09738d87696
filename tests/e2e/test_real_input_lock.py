"""The lock, driven by real key presses and clicks through the X server (see docs/real-input-tests.md).

Each test starts the real ``briefer`` on a copy of the demo and only presses
keys and clicks; what it checks is what a user sees: the window title the X
server shows, the message on the lock screen, whether the process is still
there, and what the ``briefer`` command line reads from the database.
"""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from flows import notes_of_meeting, open_meeting_mode
from xdriver import briefer_executable, wait_until

LOCKED = "Briefer — locked"
COVER_WIDGETS = {"passphrase", "unlock_button", "quit_button"}
SECRET = "correct horse battery staple"


def encrypt(data_dir) -> None:
    """``briefer encrypt`` on the test's copy of the demo, the passphrase given as a script gives it."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRIEFER_")}
    subprocess.run([briefer_executable(), "--data-dir", str(data_dir), "encrypt"], check=True, timeout=60,
                   env={**env, "BRIEFER_PASSPHRASE": SECRET}, capture_output=True)


def test_ctrl_l_locks_and_a_click_on_unlock_unlocks(launch):
    app = launch()
    window = app.open_main()
    title = app.title(window)
    assert title != LOCKED and "Briefer" in title

    app.key("ctrl+l")
    app.wait_title(window, LOCKED)
    app.wait_focus("unlock_button")  # a plain database: nothing to type, the button has the focus
    app.click("unlock_button")
    app.wait_title(window, title)
    assert app.alive()


def test_enter_unlocks_and_tab_never_leaves_the_lock_screen(launch):
    app = launch()
    window = app.open_main()
    title = app.title(window)
    app.key("ctrl+l")
    app.wait_title(window, LOCKED)
    app.wait_focus("unlock_button")
    for _ in range(3):  # Tab and Shift+Tab cycle inside the cover, never to the list behind it
        app.key("Tab")
        app.wait_focus(COVER_WIDGETS)
        app.key("shift+Tab")
        app.wait_focus(COVER_WIDGETS)
    app.key("ctrl+3")  # no shortcut reaches the window behind the cover: still on Today after the unlock
    app.key("ctrl+n")
    app.key("alt+f")  # no menu opens either
    app.key("F10")
    app.wait_focus(COVER_WIDGETS)
    assert not [w for w in app.probe()["windows"] if w["class"] == "QMenu"]
    assert app.title(window) == LOCKED
    app.key("Return")
    app.wait_title(window, title)
    app.widget("principal_combo")  # Today's
    assert "filter_edit" not in app.probe()["widgets"]  # no list view came up


def test_clicks_and_typing_behind_the_cover_reach_nothing(launch, data_dir):
    encrypt(data_dir)
    app = launch(extra_env={"BRIEFER_PASSPHRASE": SECRET})  # opened by a script; the lock asks for it
    window = app.open_main()
    app.key("ctrl+3")
    filter_rect = app.widget("filter_edit")
    title = app.title(window)
    app.key("ctrl+l")
    app.wait_title(window, LOCKED)
    app.wait_focus("passphrase")
    # where the filter field is (under the cover): the click reaches the cover, the typing its field
    app.click_at(filter_rect[0] + 20, filter_rect[1] + filter_rect[3] // 2)
    app.type("zzz")
    assert app.title(window) == LOCKED  # a click on the window keeps the locked title
    app.key("Tab", "Tab", "Tab", "shift+Tab")
    app.wait_focus(COVER_WIDGETS)
    app.click("passphrase")
    app.key("ctrl+a")
    app.type(SECRET)
    app.key("Return")
    app.wait_title(window, title)
    # the view's content is put back with the unlock; the probe reports it a moment later
    wait_until(lambda: app.text("filter_edit") is not None, "the list's filter field back after the unlock")
    assert app.text("filter_edit") == ""  # nothing typed behind the cover arrived


UNLOCK_FIRST = {"en": ("Briefer — locked", "Unlock Briefer first; then it can close."),
                "nl": ("Briefer — vergrendeld", "Ontgrendel Briefer eerst; daarna kunt u het sluiten.")}


@pytest.mark.parametrize("language", ["en", "nl"])
def test_ctrl_q_while_locked_asks_to_unlock_first_then_quits_after_the_unlock(launch, language):
    locked, unlock_first = UNLOCK_FIRST[language]
    app = launch(language=language)
    window = app.open_main()
    title = app.title(window)
    app.key("ctrl+l")
    app.wait_title(window, locked)
    app.key("ctrl+q")
    app.wait_text("error_label", lambda t: t == unlock_first, "the lock screen to ask for the unlock first")
    assert app.alive() and app.title(window) == locked  # not quit, not hung: the title is still served
    app.key("ctrl+w")
    assert app.alive()
    app.click("unlock_button")
    app.wait_title(window, title)
    app.key("ctrl+q")
    assert app.wait_exit() == 0


def test_encrypted_database_passphrase_typed_at_start_and_at_the_lock(launch, data_dir):
    encrypt(data_dir)
    app = launch()
    start = app.window_id("Briefer")
    app.focus_window(start)
    app.wait_focus("passphrase")  # the start-up unlock screen: typing goes straight into the field
    app.type("not the passphrase")
    app.key("Return")
    app.wait_text("error_label", lambda t: t.startswith("Wrong passphrase"), "the refusal under the field")
    app.key("ctrl+a")
    app.type(SECRET)
    app.key("Return")
    window = app.window_id("— Briefer")
    app.focus_window(window)
    title = app.title(window)

    app.key("ctrl+l")
    app.wait_title(window, LOCKED)
    app.wait_focus("passphrase")  # the lock's field has the focus: type at once
    app.type("wrong")
    app.key("Return")
    app.wait_text("error_label", lambda t: t == "Wrong passphrase. Briefer stays locked.", "the refusal")
    assert app.title(window) == LOCKED
    app.key("ctrl+a")
    app.type(SECRET)
    app.key("Return")
    app.wait_title(window, title)
    app.key("ctrl+q")
    assert app.wait_exit() == 0


@pytest.mark.parametrize(("keys", "language"), [("Escape", "en"), ("ctrl+w", "en"), ("Escape", "nl")])
def test_escape_or_ctrl_w_closes_meeting_mode_with_the_note_saved(launch, keys, language):
    app = launch(language=language)
    app.open_main()
    mode = open_meeting_mode(app)
    line = f"Real keyboard note closed with {keys} in {language}"
    app.type(line)
    app.key(keys)
    wait_until(lambda: not any(w["class"] == "MeetingMode" for w in app.probe()["windows"]), "meeting mode to close")
    assert mode not in app.x.xdotool("search", "--all", "--onlyvisible", "--pid", str(app.proc.pid), "--name", ".",
                                     check=False).split()
    assert app.alive()
    wait_until(lambda: any(line in body for body in notes_of_meeting(app)), "the note in `briefer list notes`")


def test_lock_covers_meeting_mode_and_enter_there_unlocks(launch):
    app = launch()
    window = app.open_main()
    title = app.title(window)
    mode = open_meeting_mode(app)
    mode_title = app.title(mode)
    app.type("Typed before the lock")
    app.key("ctrl+l")
    app.wait_title(mode, LOCKED)
    app.wait_title(window, LOCKED)
    app.wait_focus("unlock_button")  # in meeting mode's own cover
    app.type("xyz")  # goes nowhere
    app.key("Return")
    app.wait_title(mode, mode_title)
    app.wait_title(window, title)
    app.wait_focus("notes")  # back where the typing was
    app.type(" and after it")
    app.key("Escape")
    wait_until(lambda: any("Typed before the lock and after it" in b for b in notes_of_meeting(app)),
               "the whole note in `briefer list notes`")


#: Every X property a task bar, window switcher or pager may show as a window's name.
NAME_PROPERTIES = ("WM_NAME", "_NET_WM_NAME", "WM_ICON_NAME", "_NET_WM_ICON_NAME", "_NET_WM_VISIBLE_NAME",
                   "_NET_WM_VISIBLE_ICON_NAME")


def names_shown(app, window: str) -> str:
    """What the X server gives any program (a task bar, a thumbnail's caption) as the window's names."""
    if shutil.which("xprop") is None:
        pytest.skip("needs xprop (apt-get install x11-utils; .ci/run installs it)")
    return subprocess.run(["xprop", "-id", window, *NAME_PROPERTIES], env={**os.environ, **app.x.env()},
                          capture_output=True, text=True, check=True, timeout=30).stdout


def test_a_locked_window_names_nothing_in_any_x_property_even_after_a_click(launch, data_dir):
    encrypt(data_dir)  # the lock asks for the passphrase: a click does not unlock (it does for a plain database)
    app = launch(extra_env={"BRIEFER_PASSPHRASE": SECRET})
    window = app.open_main()
    title = app.title(window)
    mode = open_meeting_mode(app)
    mode_title = app.title(mode)
    assert "Indonesi" in names_shown(app, mode)  # the meeting's name, shown while unlocked
    conference = title.split(" — ")[0]  # the main window is titled with the conference's name
    assert conference and conference in names_shown(app, window) and conference != "Briefer"
    app.key("ctrl+l")
    app.wait_title(mode, LOCKED)
    app.wait_title(window, LOCKED)
    for w in (window, mode):
        # Qt writes _NET_WM_NAME at once and the older WM_NAME through Xlib's buffer, flushed a moment later
        # (seen on a loaded machine): wait for every name to change; one left naming the meeting fails here.
        wait_until(lambda: "Indonesi" not in names_shown(app, w) and conference not in names_shown(app, w),
                   f"every X name of window {w} to drop the meeting and conference", timeout=5)
        shown = names_shown(app, w)
        assert "Indonesi" not in shown and conference not in shown and LOCKED in shown
    for w in (mode, window):  # a click on each locked window, as a user brings it to the front
        app.focus_window(w)
        where = dict(line.split("=") for line in app.x.xdotool("getwindowgeometry", "--shell", w).split())
        app.click_at(int(where["X"]) + int(where["WIDTH"]) // 2, int(where["Y"]) + 10)
        app.wait_focus(COVER_WIDGETS)
        shown = names_shown(app, w)
        assert "Indonesi" not in shown and conference not in shown and app.title(w) == LOCKED
    app.click("passphrase")
    app.type(SECRET)
    app.key("Return")
    app.wait_title(mode, mode_title)
    app.wait_title(window, title)
