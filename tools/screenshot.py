"""Save a PNG of each main view of the desktop app, started under Xvfb with Qt's xcb platform.

    python tools/screenshot.py [--out docs/screenshots] [--data-dir DIR] [--lang en|nl]

Without --data-dir, a fresh temporary database is loaded with the bundled
Noordwijk demo (or, before the demo exists, the GUI tests' fixture
conference). Needs Xvfb (apt install xvfb) unless a DISPLAY is already set
and --no-xvfb is given.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("today", "programme", "bilaterals", "countries", "people", "actions", "packs")


def start_xvfb(size: str) -> subprocess.Popen:
    if not shutil.which("Xvfb"):
        sys.exit("screenshot: Xvfb is not installed (apt install xvfb)")
    for n in range(90, 120):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            for _ in range(50):
                if Path(f"/tmp/.X11-unix/X{n}").exists():
                    os.environ["DISPLAY"] = f":{n}"
                    return proc
                time.sleep(0.1)
            proc.kill()
    sys.exit("screenshot: could not start Xvfb")


def demo_loader():
    from briefer.demo import demo_dir, load_demo

    try:
        if (demo_dir() / "conference.json").exists():
            return load_demo
    except FileNotFoundError:
        pass
    sys.path.insert(0, str(ROOT / "tests" / "gui"))
    from gui_fixture_data import write_fixture_demo  # the GUI tests' small conference

    folder = write_fixture_demo(Path(tempfile.mkdtemp()) / "demo")
    return lambda store: load_demo(store, folder)


def show_built_pack(app, view) -> None:
    """Choose the person with the most bilaterals, build their pack and wait for the preview."""
    best = max(view.model.rows(), key=lambda r: r.bilaterals)
    view.select_person(best.person.id)
    refused = []
    view.services.ask.error = lambda _parent, exc: refused.append(exc)  # a modal box would stop the run here
    try:
        view.build_pack()
        end = time.monotonic() + 60
        # until the pages are in the view: a long pack gets there only after its page sizes are read
        while (view.task is not None or (view.built is not None and view.preview.view.document() is None)) \
                and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)
    finally:
        del view.services.ask.error
    if refused:
        print(f"no pack preview: {refused[0]}", file=sys.stderr)


def show_timetable(view) -> None:
    """Select the first bilateral of the day shown and list free slots for it."""
    meetings = [b.item.id for b in view.canvas.blocks if b.item.kind == "meeting"]
    if meetings:
        view.select(meetings[0])
        view.find_free_slots()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    parser.add_argument("--data-dir")
    parser.add_argument("--lang", default="en", choices=("en", "nl"))
    parser.add_argument("--size", default="1366x768")  # a common laptop screen
    parser.add_argument("--no-xvfb", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    xvfb = None if args.no_xvfb else start_xvfb(args.size)
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    try:
        return shoot(args)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait()


def shoot_earlier_search(app, window, out: Path, lang: str, settle) -> None:
    """The search box with "Include earlier conferences" ticked (only when the conference knows earlier ones)."""
    from briefer.store.earlier import earlier_folders

    if not earlier_folders(window.services.store):
        return
    dialog = window.show_search()
    dialog.ui.earlier_check.setChecked(True)
    dialog.ui.query_edit.setText("RIVM")
    dialog.run_query()
    end = time.monotonic() + 20
    while dialog.earlier_pending and time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)
    from PySide6.QtWidgets import QAbstractItemView

    from briefer.gui.search_dialog import EARLIER_ROLE

    model = dialog.model
    for g in range(model.rowCount()):  # the earlier conference's heading at the top: what the shot is about
        group = model.item(g)
        if group.rowCount() and group.child(0).data(EARLIER_ROLE) is not None:
            dialog.ui.results.scrollTo(group.index(), QAbstractItemView.ScrollHint.PositionAtTop)
            dialog.ui.results.setCurrentIndex(group.child(0).index())
            break
    settle()
    path = out / f"search-earlier-{lang}.png"
    dialog.grab().save(str(path))
    print(f"wrote {path}")
    dialog.close()


def _rehearsal_clock(paths):
    """Today and meeting mode as at 11:00 on the conference's first day (what an advisor sees there)."""
    from datetime import datetime, time as clock_time

    from briefer.store import Store

    with Store.open(paths.database) as s:
        conf = s.conference()
    if conf is None:
        return None
    moment = datetime.combine(conf.start_date, clock_time(11, 0), conf.tz)
    return lambda: moment


def _asker_without_identity():
    """The app's questions, but "who are you?" left unanswered: a data folder whose gui.ini never had it
    answered would otherwise stop the run at a modal dialog at the first start (nothing to click under Xvfb)."""
    from briefer.gui.services import Asker

    class ScreenshotAsker(Asker):
        def who_am_i(self, parent, members, current):
            return None

    return ScreenshotAsker()


def shoot(args) -> int:
    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import build
    from briefer.gui.settings import Settings
    from briefer.paths import resolve
    from briefer.store import Store

    data_dir = Path(args.data_dir or tempfile.mkdtemp(prefix="briefer-shots-"))
    paths = resolve(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    loader = demo_loader()
    if not paths.database.exists():
        with Store.open(paths.database) as s:
            loader(s)
    Settings(data_dir / "gui.ini").language = args.lang
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    window = build(app, paths, demo_loader=loader, clock=_rehearsal_clock(paths), ask=_asker_without_identity())
    if window is None:
        return 1
    w, h = (int(x) for x in args.size.split("x"))
    window.resize(w - 40, h - 60)
    window.move(20, 20)
    window.show()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        end = time.monotonic() + 0.4
        while time.monotonic() < end:
            app.processEvents()
            time.sleep(0.02)

    settle()
    for name in VIEWS:
        view = window.go(name)
        lst = getattr(view, "list", None) or getattr(getattr(view, "people", None), "list", None)
        if lst is not None and lst.model.rowCount():
            lst.ui.table.selectRow(0)
        if name == "packs" and view.model.rowCount():
            show_built_pack(app, view)
        if name == "programme":
            show_timetable(view)
        settle()
        path = out / f"{name}-{args.lang}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        if name == "bilaterals" and args.lang == "en":
            window.grab().save(str(out / "main-window.png"))  # the one in the README
    shoot_reading(window, out, args.lang, settle)
    # meeting mode on the first bilateral of Today's person, with a few lines typed and a point ticked
    today = window.go("today")
    mode = today.open_meeting_mode()
    if mode is not None:
        mode.resize(w - 40, h - 60)
        mode.move(20, 20)
        if not mode.ui.notes.toPlainText():
            mode.ui.notes.setPlainText(
                "Minister welcomes the twinning offer on laboratory surveillance.\n"
                "- Asks for the Dutch data on antibiotic use in livestock\n")
        if mode.ui.points.count():
            mode.toggle_point(1)
        settle()
        path = out / f"meeting-mode-{args.lang}.png"
        mode.grab().save(str(path))
        print(f"wrote {path}")
        mode.ui.notes.setPlainText(mode.note.body if mode.note else "")  # leave no screenshot text behind
        if mode.ui.points.count():
            mode.toggle_point(1)
        mode.close()
    dialog = window.show_search()
    dialog.ui.query_edit.setText("surveillance")
    dialog.run_query()
    settle()
    path = out / f"search-{args.lang}.png"
    dialog.grab().save(str(path))
    print(f"wrote {path}")
    dialog.close()
    shoot_earlier_search(app, window, out, args.lang, settle)
    window.close()
    # the first-start screen, on an empty database
    empty = Path(tempfile.mkdtemp(prefix="briefer-empty-"))
    Settings(empty / "gui.ini").language = args.lang
    welcome = build(app, resolve(empty), demo_loader=loader)
    welcome.resize(w - 40, h - 60)
    welcome.show()
    settle()
    path = out / f"welcome-{args.lang}.png"
    welcome.grab().save(str(path))
    print(f"wrote {path}")
    welcome.close()
    shoot_lock(app, loader, out, args.lang, (w, h), settle)
    return 0


def shoot_reading(window, out: Path, lang: str, settle) -> None:
    """A brief read as one page: the first bilateral with a country (its chapter), that country's brief,
    the same page after a search hit (scrolled, words highlighted), and its form after Ctrl+E."""
    bilaterals = window.go("bilaterals")
    rows = bilaterals.list.model.rows()
    meeting = next((m for m in rows if m.counterpart_country), rows[0] if rows else None)
    if meeting is None:
        return
    bilaterals.list.select_key(meeting.id)
    settle()
    window.grab().save(str(out / f"reading-meeting-{lang}.png"))
    bilaterals.toggle_reading()  # Ctrl+E: the brief's form
    settle()
    window.grab().save(str(out / f"reading-meeting-edit-{lang}.png"))
    bilaterals.toggle_reading()
    if meeting.counterpart_country:
        countries = window.go("countries")
        countries.list.select_key(meeting.counterpart_country)
        settle()
        window.grab().save(str(out / f"reading-country-{lang}.png"))
        brief = window.services.store.country_briefs.list(country=meeting.counterpart_country)
        if brief and brief[0].sources:  # a word far down the page: the hit scrolls to it
            words = brief[0].sources[-1].title.split()[:1]
            window.open_record("country_briefs", brief[0].id, words=words)
            settle()
            window.grab().save(str(out / f"reading-search-{lang}.png"))
    for name in ("reading-meeting", "reading-meeting-edit", "reading-country", "reading-search"):
        if (out / f"{name}-{lang}.png").exists():
            print(f"wrote {out / f'{name}-{lang}.png'}")


def shoot_lock(app, loader, out: Path, lang: str, size: tuple[int, int], settle) -> None:
    """The unlock screen (after a wrong try) and the lock page, on an encrypted copy of the data."""
    from briefer.gui.app import build
    from briefer.gui.settings import Settings
    from briefer.gui.safety.unlock_screen import UnlockDialog
    from briefer.paths import resolve
    from briefer.store import Store
    from briefer.store.wholefile.crypto import encrypt

    secret = "screenshot passphrase"
    folder = Path(tempfile.mkdtemp(prefix="briefer-locked-"))
    paths = resolve(folder)
    with Store.open(paths.database) as s:
        loader(s)
    encrypt(paths.database, secret, backup_dir=paths.backups)
    Settings(folder / "gui.ini").language = lang
    w, h = size
    window = build(app, paths, passphrase=secret, demo_loader=loader, clock=_rehearsal_clock_encrypted(paths, secret))
    window.resize(w - 40, h - 60)
    window.move(20, 20)
    window.show()
    settle()
    dialog = UnlockDialog(paths.database, lambda text: Store.open(paths.database, passphrase=text))
    dialog.show()
    dialog.screen_widget.ui.passphrase.setText("not the passphrase")
    dialog.screen_widget.submit()
    settle()
    path = out / f"unlock-{lang}.png"
    dialog.grab().save(str(path))
    print(f"wrote {path}")
    dialog.close()
    window.go("countries")
    window.lock_guard.lock_now()
    settle()
    path = out / f"locked-{lang}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    window.lock_guard.unlock(secret)
    window.close()
    window.services.store.close()


def _rehearsal_clock_encrypted(paths, secret):
    from datetime import datetime, time as clock_time

    from briefer.store import Store

    with Store.open(paths.database, passphrase=secret) as s:
        conf = s.conference()
    moment = datetime.combine(conf.start_date, clock_time(11, 0), conf.tz)
    return lambda: moment


if __name__ == "__main__":
    sys.exit(main())
