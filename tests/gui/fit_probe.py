"""Open every window of the app on one simulated screen and print what a user would see, as JSON.

Run by ``test_gui_fit_screen.py`` in a subprocess, because Qt's screen is fixed
for the life of a process: ``QT_QPA_PLATFORM=offscreen:configfile=SCREEN.json``
gives the offscreen platform a screen of a chosen size and logical DPI (120 dpi
is 125 % scaling, 144 dpi 150 %). For each window it prints the window's frame,
the screen's available geometry, and whether each primary button is shown whole
(not scrolled away or clipped by the window's edge).

    python tests/gui/fit_probe.py DATA_DIR EMPTY_DATA_DIR [LANGUAGE]
"""

from __future__ import annotations

import json
import sys
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))


def rect(r) -> list[int]:
    return [r.x(), r.y(), r.width(), r.height()]


def whole(button) -> bool:
    """The button is on screen and nothing of it is clipped (by a scroll area or the window's edge)."""
    return bool(button.isVisible() and button.visibleRegion().boundingRect() == button.rect())


def main(data_dir: str, empty_dir: str, language: str = "en") -> int:
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication, QScrollArea

    from briefer.gui.app import build
    from briefer.paths import resolve

    from briefer.gui.settings import Settings

    app = QApplication(sys.argv[:1])
    for folder in (data_dir, empty_dir):
        Path(folder).mkdir(parents=True, exist_ok=True)
        settings = Settings(Path(folder) / "gui.ini")
        settings.language = language
        settings.sync()
    out: list[dict] = []

    def settle() -> None:
        for _ in range(5):
            app.processEvents()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest.value)

    def record(name: str, window, sideways=None, clipped=None, **buttons) -> None:
        settle()
        avail = (window.screen() or app.primaryScreen()).availableGeometry()
        out.append({"window": name, "frame": rect(window.frameGeometry()), "available": rect(avail),
                    "buttons": {k: whole(b) for k, b in buttons.items()},
                    "scrolls sideways": bool(sideways and sideways()), "clipped": bool(clipped and clipped())})

    clock = lambda: datetime(2019, 6, 19, 9, 0, tzinfo=timezone.utc)  # noqa: E731

    empty = build(app, resolve(Path(empty_dir)), clock=clock)
    empty.show()
    empty.start()
    record("welcome", empty)
    empty.close()

    win = build(app, resolve(Path(data_dir)), clock=clock)
    win.show()
    settle()
    record("main window", win)
    for name in ("today", "programme", "bilaterals", "countries", "people", "actions", "packs"):
        view = win.go(name)
        if name == "programme":
            view.ui.tabs.setCurrentWidget(view.sessions)  # the editor (the timetable is probed below)
        page = win.current_page()
        buttons = {}
        clipped = None
        if name == "packs":
            buttons["Build pack"] = view.ui.build_button
            clipped = lambda v=view: v.ui.left.width() > v.ui.left_scroll.viewport().width()  # noqa: E731
        elif hasattr(page, "list") and page.list.model.rowCount():
            page.list.ui.table.selectRow(0)
            settle()
            from briefer.gui.records.read_or_edit import ReadOrEdit

            for pane in page.findChildren(ReadOrEdit):  # a brief opens as a page: its form must fit too
                pane.edit(focus=False)
            if hasattr(page, "tabs"):
                page.tabs.setCurrentIndex(0)  # a bilateral's own form
            settle()
            buttons["Save"] = page.editor.ui.save_button
        editor = getattr(page, "editor", None)
        record(f"{name} view", win, sideways=editor and (lambda e=editor: any(
            a.isVisible() and a.horizontalScrollBar().maximum() > 0 for a in e.findChildren(QScrollArea))),
               clipped=clipped, **buttons)

    mode = win.views["today"].open_meeting_mode(_first_meeting(win))
    # as long as a real one ("Bilateral with Food and Agriculture Organization of the United Nations (FAO)")
    mode.ui.heading.setText("Bilateral with Food and Agriculture Organization of the United Nations (FAO)")
    record("meeting mode", mode, **{"Mark as held": mode.ui.held_button})
    for name, make in (("capture action", mode.make_action_dialog), ("capture outcome", mode.make_outcome_dialog)):
        dialog = make()
        dialog.show()
        record(name, dialog, OK=dialog.ui.buttons)
        dialog.close()
    mode.close()

    dialog = win.show_search()
    record("search", dialog)
    dialog.close()

    meeting = win.services.store.meetings.get(_first_meeting(win))
    dialog = win.show_history(meeting)
    record("history", dialog)
    dialog.close()

    for what in ("notes", "actions", "bundle"):
        dialog = win.exchange.export(what, ask=False)
        dialog.show()
        record(f"export {what}", dialog, OK=dialog.ui.buttons)
        dialog.close()

    dialog = win.exchange.show_conflicts()
    record("conflicts", dialog)
    dialog.close()

    dialog = win.exchange.import_table()
    record("spreadsheet import", dialog, Import=dialog.ui.import_button)
    dialog.close()

    from briefer.gui.safety.backups_dialog import BackupsDialog

    dialog = BackupsDialog(win.paths.data_dir / "backups", win)
    dialog.show()
    record("backups", dialog, OK=dialog.ui.buttons)
    dialog.close()

    programme = win.go("programme")
    programme.ui.tabs.setCurrentWidget(programme.ui.timetable_tab)
    settle()
    programme.select(_first_meeting(win))
    record("programme timetable", win, **{"Find a free slot": programme.ui.slot_button})
    from briefer.gui.programme.move_meeting_dialog import MoveMeetingDialog

    m = programme.selected_meeting()
    dialog = MoveMeetingDialog(m, programme.schedule, programme.index, programme)
    dialog.show()
    record("move meeting", dialog, OK=dialog.ui.buttons)
    dialog.close()

    from briefer.gui.safety.unlock_screen import UnlockDialog

    dialog = UnlockDialog(win.paths.database, lambda passphrase: None)
    dialog.show()
    record("unlock at start", dialog, Unlock=dialog.screen_widget.ui.unlock_button)
    dialog.close()

    from PySide6.QtCore import QTimer

    from briefer.gui.services import Asker

    def recovered_note() -> None:  # the question at start-up about a note a crash left unsaved
        box = app.activeModalWidget()
        record("draft recovery", box, **{"Restore into the note": box.defaultButton()})
        box.done(0)

    QTimer.singleShot(0, recovered_note)
    Asker().recover_draft(win, "Bilateral with Indonesia", "A note typed before the crash.\n" * 200)

    from briefer.gui.safety.auto_lock import LockCover

    win.lock_guard.lock_now()
    cover = next(c for c in win.findChildren(LockCover))
    record("main window, locked", win, Unlock=cover.screen_widget.ui.unlock_button)
    win.lock_guard.stop()
    for w in (win,):
        w.services.ask.unsaved = "discard"
        w.close()
    print(json.dumps(out))
    return 0


def _first_meeting(win) -> str:
    meetings = sorted(win.services.store.meetings.list(), key=lambda m: m.start)
    return meetings[0].id


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
