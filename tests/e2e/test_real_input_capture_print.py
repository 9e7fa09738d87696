"""At the table, with a real keyboard: an action typed as one line of the notes, and Ctrl+P for the
one-page brief — keys through the X server into the real app on the demo."""

from __future__ import annotations

import json

from flows import open_meeting_mode, windows
from xdriver import wait_until

from tests.cups_queue import QUEUE, cups_pdf_queue, needs_cups_pdf, printed  # noqa: F401 (a fixture)

VERBEEK = "596ee9a0-4eb4-528a-9866-3471d67782a6"  # Sanne Verbeek, in the demo delegation


def _actions(app) -> list[dict]:
    return json.loads(app.cli("list", "actions", "--json").stdout)


def test_a_typed_action_line_and_enter_keep_an_action_with_its_owner_and_day(launch):
    app = launch()
    app.open_main()
    open_meeting_mode(app)
    app.type("-> send the data to RIVM @Verbeek fri")
    app.key("Return")
    dialog = app.window_of_class("CaptureAction")
    app.focus_window(dialog)
    app.wait_text("what", lambda t: t == "send the data to RIVM", "what, read from the typed line")
    app.key("Return")  # keep it as shown
    wait_until(lambda: "CaptureAction" not in windows(app), "the capture dialog to close")
    wait_until(lambda: any(a["description"] == "send the data to RIVM" for a in _actions(app)), "the action saved")
    action = next(a for a in _actions(app) if a["description"] == "send the data to RIVM")
    assert (action["owner_id"], action["due"]) == (VERBEEK, "2019-06-21")  # the Friday after the 19 June meeting


@needs_cups_pdf
def test_ctrl_p_in_meeting_mode_prints_the_one_page_brief_on_the_last_printer(launch, data_dir, cups_pdf_queue):
    from pypdf import PdfReader

    (data_dir / "gui.ini").write_text(f"[printing]\nlast_printer={QUEUE}\n", encoding="utf-8")
    before = set(cups_pdf_queue.glob("*.pdf")) if cups_pdf_queue.exists() else set()
    app = launch()
    app.open_main()
    open_meeting_mode(app)
    app.key("ctrl+p")
    dialog = app.window_of_class("QPrintDialog")
    app.focus_window(dialog)
    app.key("Return")  # print, on the printer the dialog opened on
    wait_until(lambda: "QPrintDialog" not in windows(app), "the print dialog to close")
    out = PdfReader(str(printed(cups_pdf_queue, "*", f"{QUEUE}-", before)))
    assert 1 <= len(out.pages) <= 2 and "Indonesia" in out.pages[0].extract_text()
    assert all(not p.images for p in out.pages)  # the PDF itself reached the printer
    register = json.loads(app.cli("prints", "--json").stdout)
    assert [r["kind"] for r in register] == ["meeting"] and QUEUE in register[0]["filename"]
