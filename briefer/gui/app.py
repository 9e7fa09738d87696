"""The one composition root of the desktop app: store, settings, translations and windows wired here.

``run(ctx)`` is what bare ``briefer`` calls (with the command line's Context);
``main()`` is the ``briefer-gui`` entry point. Everything the windows need is
made here and passed into their constructors — nothing is global.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Callable

from briefer import APP_AUTHOR, APP_NAME
from briefer.errors import BrieferError

#: When set, the app reports its start-up time and memory on stdout and quits (benchmarks/startup.py).
ENV_EXIT_AFTER_START = "BRIEFER_GUI_EXIT_AFTER_START"


def main(argv: list[str] | None = None) -> int:
    """The ``briefer-gui`` entry point: the same options as ``briefer`` (e.g. --data-dir)."""
    from briefer.cli import build_parser
    from briefer.cli.context import Context

    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    ctx = Context(args)
    try:
        return run(ctx)
    finally:
        ctx.close()


def run(ctx) -> int:
    """Open the desktop app on ``ctx.paths``; returns the exit code."""
    from briefer.gui.platform_check import platform_problem

    problem = platform_problem()
    if problem:
        print(f"briefer: {problem}", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    window = build(app, ctx.paths, passphrase=ctx.passphrase())
    if window is None:
        return 5
    window.show()
    check_in_background(window, ctx.paths.database, ctx.passphrase())
    if os.environ.get(ENV_EXIT_AFTER_START):
        _report_start_and_quit(app, window)
    try:
        return app.exec()
    finally:
        window.services.store.close()


def build(app, paths, *, passphrase: str | None = None, demo_loader: Callable | None = None,
          ask=None, clock=None):
    """Make the main window over the database in ``paths`` (None, after telling the user, if it cannot open)."""
    from PySide6.QtGui import QIcon, QUndoStack

    from briefer.demo import load_demo
    from briefer.gui.main_window import MainWindow
    from briefer.gui.services import Asker, Services
    from briefer.gui.settings import Settings
    from briefer.gui.translation import Translations
    from briefer.gui.undo import RecordSaver
    from briefer.paths import ensure_data_dir
    from briefer.resources import resource_path

    ask = ask or Asker()
    icon = resource_path("icons", "briefer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    try:
        ensure_data_dir(paths)
        settings = Settings(paths.data_dir / "gui.ini")
        translations = Translations(app)
        translations.apply(settings.language)
        store = open_store(paths.database, passphrase)
    except BrieferError as exc:
        _fatal(exc)
        return None
    undo_stack = QUndoStack(app)
    services = Services(store=store, saver=None, undo_stack=undo_stack, settings=settings, ask=ask)
    services.saver = RecordSaver(store, undo_stack, on_changed=lambda r: None, on_error=lambda e: None)
    services.open_connection = lambda: second_connection(store, passphrase)
    window = MainWindow(services, set_language=translations.apply, language=translations.language,
                        demo_loader=demo_loader or load_demo)
    window.translations = translations
    if clock is not None:
        window.views["today"].clock = clock
    window.start()
    if store.conference() is not None:
        from PySide6.QtCore import QTimer

        from briefer.gui.draft_recovery import offer_recovered_drafts

        # once the window is up: offer back note text a crash left in the autosave
        QTimer.singleShot(0, window, lambda: offer_recovered_drafts(window, services))
    return window


def open_store(path: Path, passphrase: str | None):
    """Open the database for the GUI thread without freezing the window.

    A database that needs migrating (or creating) is prepared in the
    background on its own connection, behind a busy dialog, before the GUI
    thread opens its own connection. The integrity check of an existing
    database — slow on a large file — is left to :func:`check_in_background`.
    """
    from PySide6.QtCore import QCoreApplication

    from briefer.store import Store
    from briefer.store.db import connect, open_database, pending_migrations
    from sqlite_utils import Database

    if path.exists() and path.stat().st_size > 0:
        probe = Database(connect(path, passphrase))
        try:
            needs_work = bool(pending_migrations(probe))
        finally:
            probe.close()
    else:
        needs_work = True
    if needs_work:
        _wait_for(lambda: Store.open(path, passphrase=passphrase).close(),
                  QCoreApplication.translate("App", "Opening the database…"))
    return Store(open_database(path, passphrase, readonly_check=False), path)


def second_connection(store, passphrase: str | None):
    """Another connection to ``store``'s database, for a worker thread (no check, no migration: done)."""
    from sqlite_utils import Database

    from briefer.store import Store
    from briefer.store.db import connect

    if store.path is None:
        raise RuntimeError("an in-memory store has no second connection")
    return Store(Database(connect(store.path, passphrase)), store.path, user=store.user)


def check_in_background(window, path: Path, passphrase: str | None) -> None:
    """Run the integrity check on its own connection while the window is usable; report a failure."""
    from PySide6.QtCore import QCoreApplication
    from sqlite_utils import Database

    from briefer.store.db import connect, quick_check

    def check() -> None:
        db = Database(connect(path, passphrase))
        try:
            quick_check(db, path)
        finally:
            db.close()

    window.integrity_task = window.run_busy(
        check, QCoreApplication.translate("App", "Checking the database…"), lambda _r: None)


def _wait_for(fn: Callable[[], object], text: str) -> None:
    """Run ``fn`` in the background, keeping the event loop (and a busy dialog, if slow) alive meanwhile."""
    from PySide6.QtCore import QEventLoop
    from PySide6.QtWidgets import QProgressDialog

    from briefer.gui.tasks import run_in_background

    progress = QProgressDialog(text, "", 0, 0)
    progress.setCancelButton(None)
    progress.setWindowTitle(APP_NAME)
    progress.setMinimumDuration(500)
    loop = QEventLoop()
    outcome: dict = {}
    task = run_in_background(fn)
    task.success(lambda _r: outcome.setdefault("ok", True)).failure(lambda e: outcome.setdefault("error", e))
    task.done.connect(loop.quit)
    loop.exec()
    progress.close()
    progress.deleteLater()
    if "error" in outcome:
        raise outcome["error"]


def _fatal(exc: BrieferError) -> None:
    from PySide6.QtWidgets import QMessageBox

    print(f"briefer: error: {exc}", file=sys.stderr)
    if not os.environ.get(ENV_EXIT_AFTER_START):
        QMessageBox.critical(None, APP_NAME, str(exc))


def _report_start_and_quit(app, window) -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        try:
            import resource

            rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        except ImportError:  # Windows
            rss_mb = 0
        print(f"ready rss_mb {rss_mb:.0f}", flush=True)
        app.quit()

    today = window.views["today"]
    if window.ui.pages.currentWidget() is today and today.pending:
        today.loaded.connect(report)
    else:
        QTimer.singleShot(0, report)
