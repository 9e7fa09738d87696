"""The light start: Today painted from the picture the last clean close kept, before the store is opened.

What a user would check: the second start shows the same Today as the first — the
same rows, now/next, card, countdown, pixel for pixel — and it shows it only when
that is what the database holds at this moment; any change to the file, another
language, person or moment, an encrypted file or a damaged picture means an
ordinary start (briefer/gui/startup/first_view.py, briefer/gui/today/today_snapshot.py).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from gui_fixture_data import MEET_GHA, MINISTER

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
UTC = timezone.utc


def utc(day, h, mi=0, s=0):
    return datetime(2019, 6, day, h, mi, s, tzinfo=UTC)


@pytest.fixture
def quiet_user(monkeypatch):
    monkeypatch.setenv("BRIEFER_USER", "tester")  # no who-am-I question over the windows


@pytest.fixture
def start(qtbot, data_dir, answers, quiet_user, fixture_database):
    """start(clock) → (window, light): a start as ``briefer`` makes it (light when a picture holds)."""
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as appmod
    from briefer.gui.settings import Settings
    from briefer.paths import resolve
    data_dir.mkdir(parents=True, exist_ok=True)
    fixture_database(data_dir / "briefer.sqlite")
    settings = Settings(data_dir / "gui.ini")
    settings.language = "en"
    settings.sync()
    opened = []

    def go(clock):
        app = QApplication.instance()
        paths = resolve(data_dir)
        window, prepared = appmod.light_start(app, paths, ask=answers, clock=clock)
        light = window is not None
        if light:
            from briefer.gui.startup.first_paint import after_next_paint

            window.resize(1280, 800)
            window.show()
            shots = []  # the window as its first paint left it, before the store is opened
            after_next_paint(window, lambda: shots.append(window.grab().toImage()), at_most_ms=10_000)
            qtbot.waitUntil(lambda: bool(shots), timeout=10_000)
            shot = shots[0]
            built = appmod.build(app, paths, shell=window, ask=answers, clock=clock, interactive=False)
            assert built is window
        else:
            shot = None
            window = appmod.build(app, paths, prepared=prepared, ask=answers, clock=clock, interactive=False)
            window.resize(1280, 800)
            window.show()
            qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.first_view is None and not window.views["today"].pending, timeout=15000)
        # the integrity check, after the first paint, shows its busy bar in the status bar until it passed
        qtbot.waitUntil(lambda: window.services.store.writable and not window.statusBar().currentMessage(),
                        timeout=15000)
        qtbot.wait(100)  # the status bar's layout, once the busy bar is taken out
        opened.append(window)
        window.picture_shot = shot
        return window, light

    yield go
    from PySide6.QtCore import QCoreApplication, QEvent

    from shiboken6 import isValid

    for w in opened:
        if isValid(w):
            w.close()
            w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    if opened:
        opened[-1].translations.apply("en")  # the application's translator: the next test starts in English
    for w in opened:
        if w.services.store is not None and not w.services.store.closed:
            w.services.store.close()


def close(window):
    """Quit as the app does: the picture is kept (or not) here."""
    from briefer.gui import app as appmod

    from PySide6.QtCore import QCoreApplication, QEvent

    appmod.close(window)
    window.close()
    window.deleteLater()  # gone, as at the end of the process: the next start's language change does not reach it
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def picture_file(data_dir) -> Path:
    return Path(f"{data_dir / 'briefer.sqlite'}.first-view.json")


def test_the_second_start_paints_the_same_today_before_the_store_is_opened(start, data_dir, qtbot):
    first, light = start(lambda: utc(19, 9))
    assert not light  # nothing kept yet: an ordinary start
    full = first.grab().toImage()
    close(first)
    assert picture_file(data_dir).exists()
    assert oct(picture_file(data_dir).stat().st_mode & 0o777) == "0o600"  # owner-only, as the database
    second, light = start(lambda: utc(19, 9))
    assert light
    # the picture on screen before the store opened, and Today once it read the file: what the first start showed
    if second.picture_shot != full:  # pragma: no cover — what differs, for whoever reads the failure
        second.picture_shot.save(str(data_dir.parent / "picture.png"))
        full.save(str(data_dir.parent / "full.png"))
    assert second.picture_shot == full
    assert second.grab().toImage() == full
    today = second.views["today"]
    assert today.ui.next_title.text() == "Bilateral with Indonesia" and today.countdown() == "in 1 h 15 min"
    assert second.ui.pages.currentWidget() is today and second.first_view is None
    close(second)


def test_a_light_start_imports_neither_the_store_nor_pydantic_before_its_first_paint(start, data_dir):
    close(start(lambda: datetime.now(UTC))[0])  # a picture for the real clock (the conference is long over)
    code = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtWidgets import QApplication
        from briefer.gui.app import light_start
        from briefer.paths import resolve
        app = QApplication([])
        window, _ = light_start(app, resolve({str(data_dir)!r}))
        window.show()
        app.processEvents()
        heavy = sorted(m for m in sys.modules if m in ("pydantic", "sqlite_utils", "babel", "briefer.store.store",
                                                       "briefer.model.meetings", "briefer.schedule.day"))
        print(json.dumps({{"title": window.windowTitle(), "heavy": heavy,
                          "next": window.first_view.ui.next_title.text()}}))
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), BRIEFER_USER="tester")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    shown = json.loads(r.stdout.strip().splitlines()[-1])
    assert shown["heavy"] == []
    assert shown["next"] and "Briefer" in shown["title"]


# moments of the fixture conference (Noordwijk, UTC+2; 18–20 June 2019): before it, in and around the
# minister's items on the 19th (the plenary 09:00–10:00 UTC, Indonesia 10:15–10:45, Ghana 12:00), the
# second either side of an item's start, the night, and after it (the demo then rehearses a fixed moment)
MOMENTS = [utc(17, 12), utc(19, 9), utc(19, 9, 30), utc(19, 10, 14, 59), utc(19, 10, 15), utc(19, 10, 15, 1),
           utc(19, 10, 50), utc(19, 11, 59), utc(19, 21, 59, 59), utc(19, 22, 0, 1), utc(22, 12), utc(25, 8)]


def test_a_picture_is_painted_only_where_it_equals_what_today_shows(start, qtbot):
    """For every pair of moments: where the picture kept at one holds at the other, the painted form and
    table are Today's at the other, widget by widget and row by row (the countdown worked out anew);
    both outcomes occur."""
    from briefer.gui.startup.first_view import FirstViewPage, clock_for, form_state, table_state
    from briefer.gui.today.today_snapshot import picture

    seen = []
    for moment in MOMENTS:
        window, _ = start(lambda m=moment: m)
        today = window.views["today"]
        seen.append((moment, picture(today, window.windowTitle()), form_state(today.ui), table_state(today.ui.items),
                     today.now()))
        window.services.store.close()
        window.close()
    held = refused = 0
    for kept_at, kept, _f, _t, _n in seen:
        assert kept is not None, kept_at
        for moment, _p, form, table, app_now in seen:
            now = clock_for(kept, moment)
            if now is None:
                refused += 1
                continue
            held += 1
            assert now == app_now, (kept_at, moment)
            page = FirstViewPage(kept, now)
            qtbot.addWidget(page)
            assert form_state(page.ui) == form, (kept_at, moment)
            assert table_state(page.ui.items) == table, (kept_at, moment)
    assert held > len(MOMENTS) and refused > len(MOMENTS)


def change_the_file(data_dir):
    """Another process (a second Briefer, a script) moves the Ghana bilateral an hour later."""
    from briefer.store import Store

    with Store.open(data_dir / "briefer.sqlite", user="someone else") as s:
        ghana = s.meetings.get(MEET_GHA)
        s.meetings.update(ghana.evolve(start=ghana.start + timedelta(hours=1), end=ghana.end + timedelta(hours=1)))


def test_a_file_changed_since_the_close_is_read_not_painted_from_the_picture(start, data_dir):
    close(start(lambda: utc(19, 10, 50))[0])
    change_the_file(data_dir)
    window, light = start(lambda: utc(19, 10, 50))
    assert not light
    assert "13:00" not in window.views["today"].ui.next_details.text()  # Ghana moved from 14:00 to 15:00 local
    assert "15:00" in window.views["today"].ui.next_details.text()
    close(window)


def test_a_change_committed_while_the_window_was_open_keeps_no_picture(start, data_dir):
    first, _ = start(lambda: utc(19, 9))
    with first.services.open_connection() as worker:  # a worker's commit: Today is not told
        ghana = worker.meetings.get(MEET_GHA)
        worker.meetings.update(ghana.evolve(title="Moved"))
    close(first)
    assert not picture_file(data_dir).exists()
    assert not start(lambda: utc(19, 9))[1]


@pytest.mark.parametrize("setting", ["language", "principal", "last_view", "version", "wal"])
def test_another_language_person_view_version_or_a_journal_mean_an_ordinary_start(start, data_dir, setting):
    from briefer.gui.settings import Settings

    close(start(lambda: utc(19, 9))[0])
    settings = Settings(data_dir / "gui.ini")
    if setting == "language":
        settings.language = "nl"
    elif setting == "principal":
        settings.today_principal = "someone-else"
    elif setting == "last_view":
        settings.last_view = "bilaterals"
    elif setting == "version":
        kept = json.loads(picture_file(data_dir).read_text(encoding="utf-8"))
        kept["payload"]["pictures"][0]["version"] = "0.0.1"
        picture_file(data_dir).write_text(json.dumps(kept), encoding="utf-8")
    else:
        Path(f"{data_dir / 'briefer.sqlite'}-wal").write_bytes(b"\0" * 32)  # changes the file does not show
    settings.sync()
    if setting == "wal":
        from PySide6.QtWidgets import QApplication

        from briefer.gui import app as appmod
        from briefer.paths import resolve

        assert appmod.light_start(QApplication.instance(), resolve(data_dir), clock=lambda: utc(19, 9))[0] is None
        return
    window, light = start(lambda: utc(19, 9))
    assert not light
    if setting == "principal":
        assert window.views["today"].ui.principal_combo.currentData() == MINISTER  # no such person: the first
    close(window)


@pytest.mark.parametrize("garbage", [b"", b"{not json", b"[]", b'{"database": {}, "payload": []}', b"\xff\xfe" * 40])
def test_a_damaged_picture_is_ignored_without_a_word(start, data_dir, garbage):
    close(start(lambda: utc(19, 9))[0])
    picture_file(data_dir).write_bytes(garbage)
    window, light = start(lambda: utc(19, 9))
    assert not light and window.views["today"].ui.next_title.text() == "Bilateral with Indonesia"
    close(window)
    assert json.loads(picture_file(data_dir).read_text(encoding="utf-8"))["payload"]["pictures"][0]["format"] == 2


@pytest.mark.parametrize("field, value", [("since", "yesterday"), ("until", 7), ("conference_ends", "x"),
                                          ("form", {"heading": {"hidden": "no", "text": 5}}), ("table", {"rows": 1}),
                                          ("next_start", "soon"), ("title", None), ("form", None)])
def test_a_picture_whose_fields_are_wrong_is_refused(start, data_dir, field, value):
    close(start(lambda: utc(19, 9))[0])
    kept = json.loads(picture_file(data_dir).read_text(encoding="utf-8"))
    kept["payload"]["pictures"][0][field] = value
    picture_file(data_dir).write_text(json.dumps(kept), encoding="utf-8")
    window, light = start(lambda: utc(19, 9))
    assert not light and window.views["today"].ui.next_title.text() == "Bilateral with Indonesia"


def test_an_encrypted_database_keeps_no_picture_and_its_old_one_is_removed(start, data_dir, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as appmod
    from briefer.paths import resolve
    from briefer.store.wholefile.crypto import encrypt

    close(start(lambda: utc(19, 9))[0])
    assert picture_file(data_dir).exists()
    encrypt(data_dir / "briefer.sqlite", "a long passphrase")  # as `briefer encrypt` or Settings → Encrypt do
    assert not picture_file(data_dir).exists()  # the words of the briefs are not left on disk in clear
    assert appmod.light_start(QApplication.instance(), resolve(data_dir), clock=lambda: utc(19, 9))[0] is None


def test_going_elsewhere_before_today_has_read_replaces_the_picture(start, data_dir, qtbot):
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as appmod
    from briefer.paths import resolve

    close(start(lambda: utc(19, 9))[0])
    app = QApplication.instance()
    window, _ = appmod.light_start(app, resolve(data_dir), clock=lambda: utc(19, 9))
    qtbot.addWidget(window)
    page = window.first_view
    waited = []
    page.loaded.connect(lambda: waited.append("loaded"))
    appmod.build(app, resolve(data_dir), shell=window, clock=lambda: utc(19, 9), interactive=False)
    assert window.ui.pages.currentWidget() is page  # Today is reading: the picture stays
    window.go("bilaterals")
    assert window.first_view is None and waited == ["loaded"]
    assert window.ui.pages.currentWidget() is window.views["bilaterals"]
    assert window.ui.rail.currentRow() == 2
    window.services.store.close()


def test_an_encrypted_session_keeps_no_picture_and_a_picture_left_beside_an_encrypted_file_is_removed(
        start, data_dir, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as appmod
    from briefer.paths import resolve
    from briefer.store.wholefile.crypto import encrypt

    close(start(lambda: utc(19, 9))[0])
    kept = picture_file(data_dir).read_bytes()
    encrypt(data_dir / "briefer.sqlite", "a long passphrase")
    monkeypatch.setenv("BRIEFER_PASSPHRASE", "a long passphrase")
    app, paths = QApplication.instance(), resolve(data_dir)
    window = appmod.build(app, paths, passphrase="a long passphrase", clock=lambda: utc(19, 9), interactive=False)
    window.show()
    import time

    deadline = time.monotonic() + 15
    while window.views["today"].pending and time.monotonic() < deadline:
        app.processEvents()
    close(window)
    assert not picture_file(data_dir).exists()  # an encrypted session keeps none
    picture_file(data_dir).write_bytes(kept)  # as an older Briefer, or a copy, might have left it
    assert appmod.light_start(app, paths, clock=lambda: utc(19, 9))[0] is None
    assert not picture_file(data_dir).exists()


def test_a_session_ending_on_another_view_or_past_the_conference_keeps_no_picture(start, data_dir, qtbot):
    window, _ = start(lambda: utc(19, 9))
    window.go("bilaterals")
    close(window)
    assert not picture_file(data_dir).exists()  # the next start opens on Bilaterals
    clock = {"now": utc(20, 21, 59)}  # 23:59 on the last day, in Noordwijk
    window, _ = start(lambda: clock["now"])
    today = window.go("today")
    qtbot.waitUntil(lambda: not today.pending, timeout=15000)
    clock["now"] = utc(20, 22, 1)  # the window stayed open past the conference's end: the rehearsal line changed
    close(window)
    assert not picture_file(data_dir).exists()
    window, _ = start(lambda: clock["now"])  # the same, closed at once: kept
    close(window)
    assert picture_file(data_dir).exists()


class _Day:
    """What ``span`` reads of Today (a stand-in: the moments are the point, not the widgets)."""

    def __init__(self, read_at, *, moments=(), conflicts=(), next_start=None, rehearsal=None, settled_at=None):
        from types import SimpleNamespace

        from briefer.model import Conference

        conf = Conference(name="Test", start_date=datetime(2019, 6, 19).date(), end_date=datetime(2019, 6, 20).date(),
                          timezone="Europe/Amsterdam")
        self.conference = conf
        self.read_at = (read_at, read_at)
        self.settled_at = settled_at or read_at
        self.rehearsal = rehearsal
        nxt = SimpleNamespace(start=next_start) if next_start else None
        self.day = SimpleNamespace(moments=tuple(moments), today=SimpleNamespace(next=nxt),
                                   conflicts=[SimpleNamespace(start=s, end=e) for s, e in conflicts])


def test_the_span_ends_where_a_conflict_ends_the_countdown_turns_or_the_rehearsed_minute_ends():
    from briefer.gui.today.today_snapshot import span

    at = utc(19, 9, 30, 20)
    items = [utc(19, 8), utc(19, 10), utc(19, 11)]
    assert span(_Day(at, moments=items)) == (utc(19, 8), utc(19, 10))
    # a conflict shown until 09:45 (another person's item, not one of these): it leaves the list then
    assert span(_Day(at, moments=items, conflicts=[(utc(19, 9, 15), utc(19, 9, 45))])) == (utc(19, 8), utc(19, 9, 45))
    assert span(_Day(at, moments=items, conflicts=[(utc(19, 9, 40), None)])) == (utc(19, 8), utc(19, 9, 40))
    # the next item tomorrow evening: a day before it, tonight, the countdown turns from its date to hours
    far = utc(20, 19)
    assert span(_Day(at, moments=[utc(19, 8), far], next_start=far)) == (utc(19, 8), utc(19, 19))
    # rehearsing: the rehearsal line names the minute
    assert span(_Day(at, moments=items, rehearsal=timedelta(days=-1))) == (utc(19, 9, 30), utc(19, 9, 31))
    # the night: local midnight (22:00 UTC) ends the day's picture
    assert span(_Day(utc(19, 21), moments=items)) == (utc(19, 11), utc(19, 22))
    # the conflicts arrived after a moment passed: what is shown straddles it
    assert span(_Day(at, moments=items, settled_at=utc(19, 10, 0, 1))) is None


def test_a_click_on_the_picture_brings_today_and_the_rail_before_the_store_is_open_waits(start, data_dir, qtbot):
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as appmod
    from briefer.paths import resolve

    close(start(lambda: utc(19, 9))[0])
    app = QApplication.instance()
    window, _ = appmod.light_start(app, resolve(data_dir), clock=lambda: utc(19, 9))
    window.show()
    page = window.first_view
    assert not window.search_action.isEnabled()  # nothing acts on a store that is not open yet
    qtbot.mouseClick(page.ui.principal_combo, Qt.MouseButton.LeftButton)  # in the instant before it opens
    assert window.first_view is page and not page.ui.principal_combo.view().isVisible()  # eaten: no list opened
    window.go("actions")  # a rail click in that instant: remembered
    assert window.first_view is page
    appmod.build(app, resolve(data_dir), shell=window, clock=lambda: utc(19, 9), interactive=False)
    assert window.ui.pages.currentWidget() is window.views["actions"] and window.first_view is None
    assert window.search_action.isEnabled()
    today = window.go("today")
    qtbot.waitUntil(lambda: not today.pending, timeout=15000)
    close(window)
    window, _ = appmod.light_start(app, resolve(data_dir), clock=lambda: utc(19, 9))
    window.show()
    page = window.first_view
    appmod.build(app, resolve(data_dir), shell=window, clock=lambda: utc(19, 9), interactive=False)
    assert window.first_view is page  # Today is reading its rows
    qtbot.mouseClick(page.ui.items.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(20, 10))
    assert window.first_view is None and window.ui.pages.currentWidget() is window.views["today"]
    assert window.focusWidget() is window.views["today"].ui.items  # the keyboard on the list clicked
    qtbot.waitUntil(lambda: not window.views["today"].pending, timeout=15000)
    close(window)


def test_another_language_chosen_while_the_picture_shows_brings_today_at_once(start, data_dir, qtbot):
    from PySide6.QtWidgets import QApplication

    from briefer.gui import app as appmod
    from briefer.paths import resolve

    close(start(lambda: utc(19, 9))[0])
    app = QApplication.instance()
    window, _ = appmod.light_start(app, resolve(data_dir), clock=lambda: utc(19, 9))
    window.show()
    appmod.build(app, resolve(data_dir), shell=window, clock=lambda: utc(19, 9), interactive=False)
    assert window.first_view is not None  # Today is reading its rows
    try:
        from PySide6.QtCore import QCoreApplication, QEvent

        window.switch_language("nl")  # the picture's words are English: it gives way
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)  # not Today's rows, read anew
        assert window.first_view is None
        assert window.ui.pages.currentWidget() is window.views["today"]
        qtbot.waitUntil(lambda: not window.views["today"].pending, timeout=15000)
        assert window.views["today"].ui.next_title.text() == "Bilateraal met Indonesië"
    finally:
        window.translations.apply("en")
        close(window)


@pytest.mark.parametrize("evening, morning, day", [(utc(18, 20), utc(19, 6), "Wednesday 19 June 2019"),
                                                   (utc(19, 20), utc(20, 5), "Thursday 20 June 2019")])
def test_the_first_start_of_the_next_morning_paints_the_day_read_for_midnight_the_evening_before(
        start, data_dir, qtbot, evening, morning, day):
    """Today's own picture ends at midnight; the one read for midnight (never shown, in the background) serves
    the morning's start before the first item — the start of a conference day (the eve of the conference too)."""
    from briefer.gui.today.today_snapshot import read_next_day

    window, _ = start(lambda: evening)  # 22:00 in Noordwijk
    read_next_day(window)
    qtbot.waitUntil(lambda: getattr(window, "next_day_picture", None) is not None, timeout=15000)
    assert window.next_day_view is None
    read_next_day(window)  # nothing committed since: not read again
    assert window.next_day_view is None
    close(window)
    kept = json.loads(picture_file(data_dir).read_text(encoding="utf-8"))["payload"]["pictures"]
    midnight = (evening + timedelta(hours=4)).date().isoformat() + "T00:00:00+02:00"  # the next day, local
    assert len(kept) == 2 and kept[0]["until"] == kept[1]["since"] == midnight  # local midnight
    window, light = start(lambda: morning)  # 08:00 / 07:00 local, before the day's first item
    assert light and window.picture_shot == window.grab().toImage()  # what Today shows once it read the file
    assert window.views["today"].ui.when_label.text().startswith(f"Next items from now ({day}).")
    close(window)


def test_a_window_reopened_after_a_restore_also_reads_the_next_morning(start, data_dir, qtbot, monkeypatch):
    """A restore (or a decryption) closes the window and opens a new one: that one, too, reads the day at the next
    midnight once Today has its rows, so the morning's start after such an evening is light as after any other."""
    from briefer.gui import app as appmod
    from briefer.gui.today import today_snapshot
    from briefer.store.wholefile.backup import list_backups

    monkeypatch.setattr(today_snapshot, "NEXT_DAY_DELAY_MS", 0)  # not five seconds after Today has its rows
    evening = utc(18, 20)  # 22:00 in Noordwijk on the eve of the conference
    window, _ = start(lambda: evening)
    (newest, *_) = list_backups(window.paths.backups)
    new = appmod.reopen(window, restore=newest.name)
    assert new is not None and new is not window
    qtbot.waitUntil(lambda: getattr(new, "next_day_picture", None) is not None, timeout=15000)
    qtbot.waitUntil(lambda: new.services.store.writable, timeout=15000)  # its check passed: a clean close keeps
    close(new)
    kept = json.loads(picture_file(data_dir).read_text(encoding="utf-8"))["payload"]["pictures"]
    assert len(kept) == 2  # Today's, and the one read for midnight
    window, light = start(lambda: utc(19, 6))  # 08:00 local, before the day's first item
    assert light and window.picture_shot == window.grab().toImage()
    close(window)


def test_no_next_day_picture_after_a_commit_or_while_rehearsing(start, data_dir, qtbot):
    from briefer.gui.today.today_snapshot import read_next_day

    window, _ = start(lambda: utc(19, 20))
    read_next_day(window)
    qtbot.waitUntil(lambda: getattr(window, "next_day_picture", None) is not None, timeout=15000)
    with window.services.open_connection() as worker:
        worker.meetings.update(worker.meetings.get(MEET_GHA).evolve(title="Moved"))
    close(window)
    assert not picture_file(data_dir).exists()  # neither Today's nor the next day's: both read before the commit
    window, _ = start(lambda: utc(25, 12))  # the demo's conference is over: Today rehearses
    read_next_day(window)
    assert getattr(window, "next_day_view", None) is None and getattr(window, "next_day_picture", None) is None
    close(window)
    kept = json.loads(picture_file(data_dir).read_text(encoding="utf-8"))["payload"]["pictures"]
    assert len(kept) == 1


@pytest.mark.parametrize("pictures", ["x", [5], [], None])
def test_a_kept_file_without_a_list_of_pictures_is_no_picture(start, data_dir, pictures):
    close(start(lambda: utc(19, 9))[0])
    kept = json.loads(picture_file(data_dir).read_text(encoding="utf-8"))
    kept["payload"]["pictures"] = pictures
    picture_file(data_dir).write_text(json.dumps(kept), encoding="utf-8")
    assert not start(lambda: utc(19, 9))[1]


@pytest.mark.parametrize("outcome", ["raises", "refused"])
def test_a_light_start_whose_store_cannot_be_opened_ends_as_an_ordinary_start_would(start, data_dir, outcome):
    """The picture was painted, then opening the store failed: the app does not stay on the picture — an
    unexpected error comes out of run() as it would without a picture; a refusal (the user declined the
    restore of a damaged file) ends it with the same exit code. (A process of its own: run() ends the
    application's event loop.)"""
    close(start(lambda: datetime.now(UTC))[0])  # a picture for the real clock (the demo rehearses)
    code = textwrap.dedent(f"""
        import sys
        from briefer.gui import app as appmod
        from briefer.paths import resolve
        from briefer.session import Session

        def open_checked(*_a, **_k):
            if {outcome!r} == "raises":
                raise RuntimeError("the disk went away")
            return None

        appmod.open_checked = open_checked
        light_start = appmod.light_start

        def painted(*a, **k):
            found = light_start(*a, **k)
            print("light", found[0] is not None, flush=True)
            return found

        appmod.light_start = painted
        try:
            print("exit", appmod.run(Session(resolve({str(data_dir)!r}), user="tester")))
        except RuntimeError as exc:
            print("raised", exc)
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT), BRIEFER_USER="tester")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert lines[0] == "light True"
    assert lines[-1] == ("raised the disk went away" if outcome == "raises" else "exit 5")
