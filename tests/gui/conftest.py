"""GUI fixtures: windows built by the app's composition root over real database files.

Most tests use a small, fixed conference (``gui_fixture_data``) loaded through
the real demo loader, so they can name its records; ``test_gui_bundled_demo``
runs on the bundled Noordwijk demo itself.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefer.demo import load_demo
from briefer.paths import resolve
from gui_fixture_data import write_fixture_demo


@pytest.fixture
def demo_folder(tmp_path) -> Path:
    return write_fixture_demo(tmp_path / "demo")


@pytest.fixture
def demo_loader(demo_folder):
    return lambda store: load_demo(store, demo_folder)


@pytest.fixture
def answers():
    """The answers the test gives to the app's questions (unsaved changes, confirmations)."""
    from briefer.gui.services import Asker

    class Answers(Asker):
        unsaved = "cancel"
        confirmations = True
        asked: list = []
        errors: list = []
        damaged = "quit"  # the answer to "the database is damaged"
        backup: str | None = None  # the backup chosen in "Restore a backup…"
        minutes: int | None = None  # the answer to "Auto-lock…"

        def unsaved_changes(self, parent, what):
            self.asked.append(what)
            return self.unsaved

        def confirm(self, parent, title, text):
            self.asked.append(text)
            return self.confirmations

        def error(self, parent, exc):
            self.errors.append(exc)

        def damaged_database(self, parent, exc):
            self.asked.append(exc)
            return self.damaged

        def choose_backup(self, parent, backup_dir):
            return self.backup

        def auto_lock_minutes(self, parent, current, *, plain=False):
            self.asked.append(("auto-lock", current, plain))
            return self.minutes

    a = Answers()
    a.asked, a.errors = [], []
    return a


@pytest.fixture(scope="session")
def loaded_databases(tmp_path_factory):
    """Databases the fixture conference was loaded into, one per content of its folder, for this test process.

    ~400 windows are built over the same few conferences; loading each anew (a new database, the
    demo loader) was ~40 ms of CPU a window (issue 19 item 8). Keyed by the folder's bytes, so a
    test that changes the files before its window is built gets its own load.
    """
    return {"root": tmp_path_factory.mktemp("loaded"), "by_digest": {}}


def _load_fixture_conference(database: Path, demo_folder: Path, loaded_databases, *,
                             backed_up_today: bool = True) -> None:
    """``database`` as the demo loader leaves it, closed cleanly after a passed check: loaded once per content.

    ``backed_up_today``: its backup folder holds the day's backup, as after an earlier start today, so the
    window takes none. The first start of a day backs the file up behind the window once the check passed
    — ~30 ms of CPU and a dozen fsyncs a window, ~400 windows (issue 19 item 8); a test of that backup asks
    for ``False`` (tests/gui/test_gui_quit_fast.py). The windows of tests/gui/lock_helpers.py are made
    without this fixture and still take the day's backup (test_gui_lock.py checks it is encrypted).
    """
    import hashlib
    import shutil

    from briefer.store import Store
    from briefer.store.wholefile import checked
    from briefer.store.wholefile.backup import daily_backup_if_due

    digest = hashlib.sha256()
    for part in sorted(demo_folder.rglob("*")):
        if part.is_file():
            digest.update(part.relative_to(demo_folder).as_posix().encode() + b"\0" + part.read_bytes() + b"\0")
    key = digest.hexdigest()
    template = loaded_databases["by_digest"].get(key)
    if template is None:
        template = loaded_databases["root"] / key[:16] / "briefer.sqlite"
        template.parent.mkdir()
        with Store.open(template, user="tester") as s:
            load_demo(s, demo_folder)
            assert daily_backup_if_due(s) is not None  # into template.parent / "backups", today's (UTC) date
        loaded_databases["by_digest"][key] = template
    shutil.copyfile(template, database)  # checkpointed on close: the WAL is empty
    assert checked.record(database)  # as the clean close after the load left it
    if backed_up_today:  # a backup is the file it names: the same bytes here as in the template's folder
        shutil.copytree(template.parent / "backups", database.parent / "backups", dirs_exist_ok=True)


@pytest.fixture
def fixture_database(demo_folder, loaded_databases):
    """``load(path)``: the fixture conference in a database at ``path``, as a clean close after its load leaves it
    (with the day's backup beside it: see :func:`_load_fixture_conference`)."""
    return lambda database: _load_fixture_conference(database, demo_folder, loaded_databases)


@pytest.fixture
def make_window(qtbot, demo_loader, demo_folder, answers, data_dir, loaded_databases):
    """Build the app's main window over a data dir (empty, or with the fixture demo loaded first)."""
    from datetime import datetime, timezone

    from PySide6.QtWidgets import QApplication

    from briefer.gui.app import build
    from briefer.store import Store

    windows, translations = [], []

    def make(*, with_demo: bool = True, language: str = "en", clock=None, loader=None, backed_up_today: bool = True):
        """``backed_up_today=False``: the first start of the day, which backs the file up behind the window."""
        loader = loader or demo_loader
        paths = resolve(data_dir)
        data_dir.mkdir(parents=True, exist_ok=True)
        if with_demo and not paths.database.exists():
            if loader is demo_loader:
                _load_fixture_conference(paths.database, demo_folder, loaded_databases,
                                         backed_up_today=backed_up_today)
            else:
                with Store.open(paths.database, user="tester") as s:
                    loader(s)
        from briefer.gui.settings import Settings

        settings = Settings(data_dir / "gui.ini")
        if not settings._q.value("ui/language"):
            settings.language = language
            settings.sync()
        clock = clock or (lambda: datetime(2019, 6, 19, 9, 0, tzinfo=timezone.utc))
        win = build(QApplication.instance(), paths, demo_loader=loader, ask=answers, clock=clock)
        assert win is not None
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.activateWindow()
        qtbot.waitUntil(win.isActiveWindow)
        qtbot.waitUntil(lambda: not win.views["today"].pending, timeout=15000)  # Today reads on a worker
        # the check starts once the window is painted with the first view (briefer/gui/startup/first_paint.py)
        qtbot.waitUntil(lambda: getattr(win, "integrity_task", None) is not None, timeout=15000)
        qtbot.waitUntil(lambda: win.services.store.writable, timeout=15000)  # the background check passed
        windows.append(win)
        translations.append(win.translations)
        return win

    yield make
    from PySide6.QtCore import QCoreApplication, QEvent

    for w in windows:
        w.services.ask.unsaved = "discard"
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    for t in translations:
        t.apply("en")
    for w in windows:
        w.services.undo_stack.clear()
        w.services.store.close()
