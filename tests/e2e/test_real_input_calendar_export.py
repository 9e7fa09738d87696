"""A person's calendar exported with the real keyboard: File → Export → calendar, the person typed into
the list, the file name typed, Enter — and the file read back as a calendar program reads it."""

from __future__ import annotations

import icalendar
from flows import windows
from xdriver import wait_until


def _uids(path) -> set[str]:
    return {str(ev["UID"]) for ev in icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


def test_alt_f_x_c_writes_carola_schoutens_calendar(launch, tmp_path):
    app = launch()
    app.open_main()
    app.key("alt+f")
    wait_until(lambda: windows(app).count("QMenu") == 1, "the File menu open")
    app.key("x")  # E&xport
    wait_until(lambda: windows(app).count("QMenu") == 2, "the Export menu open")
    app.key("c")  # A person's &calendar (.ics)…
    dialog = app.window_of_class("ExportDialog")
    app.focus_window(dialog)
    app.key("alt+p")  # &Person
    app.wait_focus("target_combo")
    app.type("Carola")  # a closed list selects the name typed
    app.key("alt+s")  # &Save as
    app.wait_focus("path_edit")
    out = tmp_path / "schouten.ics"
    app.key("ctrl+a")
    app.type(str(out))
    app.key("Return")
    wait_until(lambda: "ExportDialog" not in windows(app), "the export dialog to close")
    wait_until(out.exists, "the calendar file written")
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(cal["X-WR-CALNAME"]).endswith("— Carola Schouten")
    by_cli = tmp_path / "by-cli.ics"
    app.cli("ics", "--for", "Schouten", "-o", str(by_cli))
    assert _uids(out) == _uids(by_cli) and len(_uids(out)) >= 3  # her sessions and bilaterals, no one else's
