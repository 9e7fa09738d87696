"""The one composition root of the desktop app: store, settings, translations and windows wired here.

``run(session)`` is what bare ``briefer`` and ``briefer-gui`` call, with the
:class:`~briefer.session.Session` the command line built (so nothing here imports
the command line). Everything the windows need is made here and passed into
their constructors — nothing is global.
"""

from __future__ import annotations

import os
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from briefer import APP_AUTHOR, APP_NAME
from briefer.errors import BrieferError
from briefer.session import Session

#: When set, the app reports its start-up time and memory on stdout and quits (benchmarks/startup.py).
ENV_EXIT_AFTER_START = "BRIEFER_GUI_EXIT_AFTER_START"
#: With the above: before quitting, open every view in turn (the bundle's smoke test: is every
#: view's module, form and Qt plugin in the bundle?).
ENV_VISIT_VIEWS = "BRIEFER_GUI_VISIT_VIEWS"
# When set to a file path, the app writes where its windows and named widgets are (tests/e2e, gui/input_probe.py).
ENV_TEST_PROBE = "BRIEFER_TEST_PROBE"


def run(session: Session) -> int:
    """Open the desktop app on ``session.paths``; returns the exit code."""
    from briefer.gui.startup.platform_check import platform_problem
    from briefer.gui.startup.self_check import ENV_SELF_CHECK

    if os.environ.get(ENV_SELF_CHECK):  # the bundle's smoke test: are Qt's trimmed locale data whole?
        from briefer.gui.startup.self_check import main as self_check
        return self_check()
    problem = platform_problem()
    if problem:
        print(f"briefer: {problem}", file=sys.stderr)
        return 2
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_AUTHOR)
    if os.environ.get(ENV_TEST_PROBE):  # the real-input tests' eyes (tests/e2e); not imported otherwise
        from briefer.gui.input_probe import start as start_probe

        start_probe(app)
    from briefer.gui.startup.first_paint import after_next_paint

    exit_after_start = bool(os.environ.get(ENV_EXIT_AFTER_START))
    # a script may give the passphrase (benchmarks); a person types it on the unlock screen
    start = dict(passphrase=session.passphrase, user=session.user, interactive=not exit_after_start)
    window, prepared = light_start(app, session.paths)
    if window is not None:
        # Today's picture is on screen; the store is opened and the window completed after its paint
        shell = window
        failed: list[BaseException] = []

        def complete() -> None:
            try:
                built = build(app, session.paths, shell=shell, **start)
            except BaseException as exc:  # raised again from run(), as an ordinary start's would be
                failed.append(exc)
                built = None
            if built is None:
                shell.close()
                app.exit(5)
                return
            from briefer.gui.today.today_snapshot import read_next_day_after_today

            read_next_day_after_today(shell)
            if exit_after_start:
                _report_start_and_quit(app, shell, word="complete")

        window.show()
        if exit_after_start:
            _report_ready(window)
        after_next_paint(window, complete)
    else:
        window = build(app, session.paths, prepared=prepared, **start)
        if window is None:
            return 5
        from briefer.gui.today.today_snapshot import read_next_day_after_today

        read_next_day_after_today(window)
        window.show()
        if exit_after_start:
            _report_start_and_quit(app, window)
        failed = []
    try:
        code = app.exec()
    finally:
        close(current(window))
    if failed:
        raise failed[0]
    return code


def close(window) -> None:
    """Quitting: stop the background work, keep Today's picture for the next start, close the store."""
    from briefer.gui.today.today_snapshot import keep, to_keep

    store = window.services.store
    if store is None:
        return  # a light start whose store never opened
    stop_background(window)
    try:
        kept = to_keep(window)  # reads the store's change marker: before it closes
    except Exception:  # noqa: BLE001 — the picture is a convenience: never a reason not to close the store
        kept = []
    store.close()
    keep(window.paths.database, kept)  # keyed to the file as the close left it


def light_start(app, paths, *, ask=None, clock: Callable[[], datetime] | None = None):
    """(the main window showing the picture of Today the last close kept, before the store is opened;
    the settings, translations and asker made for it — None if the data folder cannot be made).

    No window — the start opens the store first, as always — unless the picture holds
    for this start (``briefer.gui.startup.first_view``: a plain database unchanged
    since, Today the first view, the same language, person and span of time).
    Nothing here imports the store or the models. ``clock``: the real time (tests set it).
    """
    from briefer.gui.lazy_views import VIEW_NAMES
    from briefer.gui.startup.first_view import FirstViewPage, usable_picture

    try:
        prepared = _prepare(app, paths, ask)
    except BrieferError:
        return None, None  # the full start says what is wrong
    settings, translations, ask = prepared
    if settings.last_view != "today" and settings.last_view in VIEW_NAMES:
        return None, prepared
    found = usable_picture(paths.database, language=translations.language, principal=settings.today_principal,
                           real_now=(clock or (lambda: datetime.now(timezone.utc)))())
    if found is None:
        return None, prepared
    picture, now = found
    try:
        page = FirstViewPage(picture, now)
        title = picture["title"]
        if not isinstance(title, str):
            raise TypeError(title)
    except Exception:  # noqa: BLE001 — a picture whose fields are not what Briefer wrote: an ordinary start
        return None, prepared
    from PySide6.QtGui import QUndoStack

    from briefer.gui.main_window import MainWindow
    from briefer.gui.services import Services

    services = Services(store=None, saver=None, undo_stack=QUndoStack(app), settings=settings, ask=ask)
    window = MainWindow(services, set_language=translations.apply, language=translations.language,
                        demo_loader=_load_demo)
    window.translations = translations
    window.setWindowTitle(title)
    window.show_first_view(page)
    return window, prepared


def _prepare(app, paths, ask=None):
    """What every window needs before the store: the data folder, settings, the language; (settings,
    translations, asker). Raises BrieferError (a data folder that cannot be made)."""
    from PySide6.QtGui import QIcon

    from briefer.gui.services import Asker
    from briefer.gui.settings import Settings
    from briefer.gui.startup.none_refcount import protect_none
    from briefer.gui.translation import Translations
    from briefer.gui.widgets.tones import install as install_tones
    from briefer.paths import ensure_data_dir
    from briefer.resources import resource_path

    protect_none()  # PySide6 6.12.0 leaks references to None on void calls (see the module)
    icon = resource_path("icons", "briefer.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    install_tones(app)  # readable selected rows and error/warning colours on this desktop's palette
    ensure_data_dir(paths)
    settings = Settings(paths.data_dir / "gui.ini")
    translations = Translations(app)
    translations.apply(settings.language)
    return settings, translations, ask or Asker()


def stop_background(window) -> None:
    """Quitting: stop the start's check and the day's backup instead of waiting for them (see Stoppable)."""
    from PySide6.QtCore import QThreadPool

    window.background_stop.stop()
    QThreadPool.globalInstance().waitForDone(5_000)


def current(window):
    """The window that replaced ``window`` after a restore (or ``window`` itself)."""
    while getattr(window, "replaced_by", None) is not None:
        window = window.replaced_by
    return window


def build(app, paths, *, passphrase: str | None = None, user: str | None = None, demo_loader: Callable | None = None,
          ask=None, clock=None, lock_tick_ms: int | None = None, lock_clock: Callable[[], float] | None = None,
          interactive: bool = True, shell=None, prepared=None):
    """Make the main window over the database in ``paths`` (None, after telling the user, if it cannot open).

    ``shell``: the window a light start painted (:func:`light_start`), completed here instead of a new one;
    ``prepared``: the settings, translations and asker a light start made before it found no picture to paint.

    An encrypted database asks for its passphrase first (unless ``passphrase``
    opens it); a damaged one offers to restore the newest good backup. The
    window opens with writes blocked while the integrity check runs in the
    background; they are allowed when it passes — or at once when the file is
    unchanged since it last passed the check (the check still runs).
    """
    from PySide6.QtGui import QUndoStack

    from briefer.gui.main_window import MainWindow
    from briefer.gui.services import Services
    from briefer.gui.undo import RecordSaver

    try:
        if shell is not None:
            settings, translations, ask = shell.services.settings, shell.translations, shell.services.ask
        else:
            settings, translations, ask = prepared or _prepare(app, paths, ask)
        started = datetime.now(timezone.utc)  # drafts saved from now on are this run's own
        opened = open_checked(paths, passphrase, ask, interactive=interactive, user=user)
    except BrieferError as exc:
        _fatal(exc)
        return None
    if opened is None:
        return None
    store, passphrase = opened
    if store.unchanged_since_check():
        # untouched since it last passed the check and was closed cleanly: write at once; the check
        # below still runs and blocks writes if it finds damage (briefer/store/wholefile/checked.py)
        store.allow_writes()
    if shell is None:
        services = Services(store=store, saver=None, undo_stack=QUndoStack(app), settings=settings, ask=ask)
    else:
        services = shell.services
        services.store = store
    services.saver = RecordSaver(store, services.undo_stack, on_changed=lambda r: None, on_error=lambda e: None)
    services.open_connection = lambda: second_connection(store, passphrase)
    if clock is not None:
        services.now = clock  # the Actions list's "overdue" and "this week" count from it (Today adds a rehearsal)
    if shell is None:
        window = MainWindow(services, set_language=translations.apply, language=translations.language,
                            demo_loader=demo_loader or _load_demo)
    else:
        window = shell
        window.attach()
    window.translations = translations
    window.paths = paths
    window.replaced_by = None
    window.reopen = lambda restore=None, convert=None: reopen(window, restore=restore, convert=convert)
    if clock is not None:
        window.views["today"].clock = clock
    _install_lock(window, paths, passphrase, tick_ms=lock_tick_ms, clock=lock_clock)
    _install_who_i_am(window)
    window.start()

    def recover() -> None:
        from briefer.gui.startup.draft_recovery import offer_recovered_drafts

        # once the file is known sound (writes allowed): offer back note text a crash left in the autosave
        if store.conference() is not None:
            offer_recovered_drafts(window, services, started=started)

    _check_after_first_view(window, lambda: check_in_background(window, paths, passphrase, then=recover))
    window._rebuild = lambda passphrase=passphrase: build(app, paths, passphrase=passphrase, user=user, demo_loader=demo_loader, ask=ask,
                                    clock=clock, lock_tick_ms=lock_tick_ms, lock_clock=lock_clock,
                                    interactive=interactive)
    return window


#: The integrity check waits at most this long for the first view to be filled.
CHECK_DELAY_MS = 3000


def _check_after_first_view(window, start: Callable[[], None]) -> None:
    """Start the integrity check once the first view shows its rows and is painted (or after CHECK_DELAY_MS).

    On a large file the check keeps a core busy for seconds; started at once,
    it slows the first view's own background read by a third or more on a
    two-core laptop. Started before the paint, its status bar and worker came
    between the rows and the screen. Writes stay blocked until it has passed either way.
    """
    from briefer.gui.startup.first_paint import after_next_paint

    _when_first_view_shown(window, lambda: after_next_paint(window, start), at_most_ms=CHECK_DELAY_MS)


def _when_first_view_shown(window, then: Callable[[], None], *, at_most_ms: int | None = None) -> None:
    """Call ``then`` once, when the view on screen shows its data: at once if it is not reading
    in the background, else on its ``shown`` (Today: its items) or ``loaded`` signal — or after
    ``at_most_ms``, whichever comes first."""
    from PySide6.QtCore import QTimer

    done = []

    def once() -> None:
        if not done:
            done.append(True)
            then()

    first = window.ui.pages.currentWidget()
    signal = getattr(first, "shown", None) or getattr(first, "loaded", None)
    if getattr(first, "pending", False) and signal is not None:
        signal.connect(once)
        if at_most_ms is not None:
            QTimer.singleShot(at_most_ms, window, once)  # dropped if the window is gone
    else:
        once()


def _install_who_i_am(window) -> None:
    from briefer.gui.people.who_i_am import install_who_i_am
    from briefer.gui.startup.first_paint import after_next_paint

    who = install_who_i_am(window)  # the store records the chosen person from here on

    def ask() -> None:
        # over the first view filled and painted, not over an empty window: the dialog (and its read of
        # the delegation) used to come before Today's rows at a first start, which then waited for it
        _when_first_view_shown(window, lambda: after_next_paint(window, who.ask_at_first_start))

    # asked once the window shows a conference (at once, or after the welcome screen loaded one)
    window.populated.connect(ask)


def _install_lock(window, paths, passphrase: str | None, *, tick_ms: int | None, clock) -> None:
    import time

    from briefer.gui.safety.auto_lock import TICK_MS, LockGuard
    from briefer.gui.safety.safety_actions import install_safety_actions
    from briefer.lock import IdleLock, LockPolicy, verifier_for

    idle = IdleLock(LockPolicy.from_store(window.services.store), verify=verifier_for(paths.database),
                    clock=clock or time.monotonic)
    window.lock_guard = LockGuard(window, idle, needs_passphrase=passphrase is not None,
                                  tick_ms=tick_ms or TICK_MS)
    install_safety_actions(window)


def open_checked(paths, passphrase: str | None, ask, *, interactive: bool = True, user: str | None = None):
    """(store, passphrase) through the security core — unlock screen, restore offer — or None if the user quit.

    Not ``interactive`` (a script, the start-up benchmark): no unlock screen —
    the passphrase given is used, and a missing or wrong one is an error.
    """
    from briefer.gui.safety.unlock_screen import UnlockDialog
    from briefer.store.access import DamagedDatabase, WrongPassphrase, needs_passphrase
    from briefer.store.wholefile.backup import restore_backup

    path = paths.database
    while True:
        try:
            if needs_passphrase(path):
                store = None
                if passphrase or not interactive:
                    try:
                        store = open_store(path, passphrase, paths.backups, user=user)
                    except WrongPassphrase:
                        if not interactive:
                            raise
                        passphrase = None
                if store is None:
                    dialog = UnlockDialog(path, lambda text: open_store(path, text, paths.backups, user=user))
                    dialog.exec()
                    passphrase = dialog.passphrase
                    if dialog.raised is not None:
                        raise dialog.raised
                    if dialog.store is None:
                        return None
                    store = dialog.store
            else:
                passphrase = None
                store = open_store(path, None, paths.backups, user=user)
            return store, passphrase
        except DamagedDatabase as exc:
            if not interactive or ask.damaged_database(None, exc) != "restore":
                if not interactive:
                    raise
                return None
            restore_backup(path, exc.newest_backup, passphrase, backup_dir=paths.backups)


def open_store(path: Path, passphrase: str | None, backup_dir: Path | None = None, *, user: str | None = None):
    """Open the database for the GUI thread without freezing the window.

    A database that needs migrating (or creating) is prepared in the
    background on its own connection, behind a busy dialog, before the GUI
    thread opens its own connection. The integrity check of an existing
    database — slow on a large file — is left to :func:`check_in_background`;
    until it passes, the store refuses writes (``briefer.store.access``,
    ``check=False``).
    """
    from PySide6.QtCore import QCoreApplication
    from sqlite_utils import Database

    from briefer.store import access
    from briefer.store.db import DatabaseError, open_keyed, pending_migrations

    backup_dir = backup_dir or path.parent / "backups"
    if access.database_state(path) is access.DatabaseState.MISSING:
        needs_work = True
    else:
        if access.needs_passphrase(path) and not passphrase:
            raise access.PassphraseRequired(
                "the database is encrypted (or not a Briefer database): give the passphrase", file=str(path))
        try:
            # read-only: another application's file, or a damaged one, is refused without being touched
            probe = Database(open_keyed(path, passphrase, readonly=True))
            try:
                needs_work = bool(pending_migrations(probe))
            finally:
                probe.close()
        except DatabaseError:
            needs_work = True  # unreadable: the checked open below says why (wrong key, damaged)
    if needs_work:
        _wait_for(lambda: access.open_store(path, passphrase, backup_dir=backup_dir, daily_backup=False).close(),
                  QCoreApplication.translate("App", "Opening the database…"))
    return access.open_store(path, passphrase, user=user, backup_dir=backup_dir, daily_backup=False, check=False)


def second_connection(store, passphrase: str | None):
    """Another connection to ``store``'s database, for a worker thread (no check, no migration: done)."""
    from sqlite_utils import Database

    from briefer.store import Store
    from briefer.store.db import connect

    if store.path is None:
        raise RuntimeError("an in-memory store has no second connection")
    return Store(Database(connect(store.path, passphrase)), store.path, user=store.user,
                 passphrase=passphrase, backup_dir=store.backup_dir)


def _quick_check(db, path: Path, find_backup) -> None:
    """The integrity check the background task runs (a seam for tests that must hold it back)."""
    from briefer.store.db import quick_check

    quick_check(db, path, find_backup=find_backup)


def check_in_background(window, paths, passphrase: str | None, *, then: Callable[[], None] | None = None) -> None:
    """Check the database on its own connection while the window is usable, then allow writes.

    Then takes the first backup of the day — after the check, so that a damaged
    file is never copied over a good backup, and in the background from a
    snapshot of its own, so the first save of the day does not wait for a copy of
    the whole file. A damaged database stays write-blocked and the user is
    offered the newest good backup. Quitting stops both (``window.background_stop``).
    """
    from PySide6.QtCore import QCoreApplication

    from briefer.gui.tasks import run_in_background
    from briefer.store.wholefile.backup import BackupCancelled, daily_backup_if_due, newest_good_backup
    from briefer.store.db import DamagedDatabase

    store = window.services.store
    path = paths.database
    stop = window.background_stop
    if stop():
        return  # the window was closed (or replaced) before its check began

    def own_store():
        from sqlite_utils import Database

        from briefer.store import Store
        from briefer.store.db import connect

        return Store(Database(connect(path, passphrase)), path, user=store.user, passphrase=passphrase,
                     backup_dir=paths.backups)

    def check():
        own = own_store()
        stop.watch(own.db.conn)
        try:
            if stop():
                return  # quitting before the pool reached the check (an interrupt only stops a running statement)

            def newest() -> str | None:
                if stop():
                    return None  # quitting: do not check every backup (seconds each on a large file)
                found = newest_good_backup(paths.backups, passphrase)
                return found.name if found else None

            _quick_check(own.db, path, newest)
        finally:
            stop.forget(own.db.conn)
            own.close()

    def backup():
        own = own_store()
        try:
            return daily_backup_if_due(own, cancel=stop)
        except BackupCancelled:
            return None  # quitting: the next start takes the day's backup
        finally:
            own.close()

    def backup_failed(exc: BaseException) -> None:
        if not stop():
            window.services.ask.error(window, exc)  # the data is sound and open: only the backup failed

    def passed(result) -> None:
        if store.closed:
            return  # closed while the check ran (a test closing its window, a replaced window)
        store.mark_passed_check()  # a clean close may now mark the file checked
        if stop():
            return
        store.allow_writes()
        for mode in list(getattr(window.views.get("today"), "meeting_modes", {}).values()):
            if mode.is_dirty():
                mode.autosave()  # typing during the check, whose autosave was refused, goes in now
        window.backup_task = run_in_background(backup, owner=window).failure(backup_failed)
        if then is not None:
            then()

    def failed(exc: BaseException) -> None:
        if stop():
            return  # interrupted because the app is quitting, not damage
        if isinstance(exc, DamagedDatabase):
            store.block_writes(QCoreApplication.translate(
                "App", "the database is damaged; Briefer does not write to it"))
            if window.services.ask.damaged_database(window, exc) == "restore":
                window.reopen(restore=exc.newest_backup)
            else:
                window.close()
            return
        window.services.ask.error(window, exc)

    window.integrity_task = window.run_busy(
        check, QCoreApplication.translate("App", "Checking the database…"), passed, failed)


def reopen(window, *, restore: str | None = None, convert: Callable[[Path, str | None], str | None] | None = None):
    """Close ``window`` and its database, restore backup ``restore`` (if given), open a new window.

    ``convert(database, passphrase)`` runs on the closed file (encrypting it, changing its
    passphrase) and returns the passphrase the new window opens it with; when it refuses,
    the user is told and the file reopens as it was.

    Returns the new window (also ``window.replaced_by``), or None when the
    user kept the old one (unsaved changes) or it could not be reopened.
    """
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QApplication

    from briefer.store.wholefile.backup import restore_backup

    app = QApplication.instance()
    services, paths = window.services, window.paths
    passphrase = services.store.passphrase
    keep_running = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)
    try:
        if not window.close():  # closing stops its check and backup (of the file being replaced)
            return None
        window.lock_guard.stop()
        QThreadPool.globalInstance().waitForDone(30_000)  # background readers hold connections
        services.undo_stack.clear()
        services.store.close()
        if restore:
            try:
                restore_backup(paths.database, restore, passphrase, backup_dir=paths.backups)
            except BrieferError as exc:
                services.ask.error(None, exc)
        if convert is not None:
            try:
                passphrase = convert(paths.database, passphrase)
            except BrieferError as exc:
                services.ask.error(None, exc)
        new = window._rebuild(passphrase)
        if new is None:
            app.quit()
            return None
        from briefer.gui.today.today_snapshot import read_next_day_after_today

        read_next_day_after_today(new)  # as for the first window of a run: its close may keep tomorrow's picture
        window.replaced_by = new
        new.show()
        if restore:
            from PySide6.QtCore import QCoreApplication

            new.notify(QCoreApplication.translate(
                "App", "Restored the backup {0}; the previous database was backed up first.").format(restore))
        window.deleteLater()
        return new
    finally:
        app.setQuitOnLastWindowClosed(keep_running)


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


def _load_demo(store, *args, **kwargs):
    """The demo's loader, imported when someone loads it: its JSON readers are no part of a start."""
    from briefer.demo import load_demo

    return load_demo(store, *args, **kwargs)


def _report(word: str) -> None:
    """One line for benchmarks/startup.py: ``WORD rss_mb N cpu_s S``."""
    import time

    try:
        import resource

        rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    except ImportError:  # Windows
        rss_mb = 0
    # CPU seconds of the whole process so far (every thread): steadier than wall time on a busy machine
    print(f"{word} rss_mb {rss_mb:.0f} cpu_s {time.process_time():.3f}", flush=True)


def _report_ready(window) -> None:
    """A light start: "ready" once the window with Today's picture is shown (from the event loop, as the
    full start reports it), "complete" later (:func:`_report_start_and_quit`)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, window, lambda: _report("ready"))


def _report_start_and_quit(app, window, word: str = "ready") -> None:
    from PySide6.QtCore import QTimer

    def report() -> None:
        _report(word)
        if os.environ.get(ENV_VISIT_VIEWS):
            _visit_views(app, window)
        else:
            quit_when_read()

    def quit_when_read() -> None:
        # a session that ends as a person's would: Today with its conflicts read, so the close keeps its
        # picture for the next start (a light start), which quitting half-way through the read would not
        today = window.views.built().get("today")
        if today is not None and today.pending:
            QTimer.singleShot(20, quit_when_read)
        else:
            app.quit()

    # "ready" once the first view shows its rows; always from the event loop (never before app.exec)
    _when_first_view_shown(window, lambda: QTimer.singleShot(0, report))


def _visit_views(app, window) -> None:
    """Open each view, wait until it shows its data, print ``view NAME ok``; then quit."""
    from PySide6.QtCore import QTimer

    from briefer.gui.lazy_views import VIEW_NAMES

    names = list(VIEW_NAMES)

    def step() -> None:
        if not names:
            print("all views ok", flush=True)
            app.quit()
            return
        name = names.pop(0)
        view = window.go(name)

        def shown() -> None:
            if getattr(view, "pending", False):
                QTimer.singleShot(20, shown)
                return
            print(f"view {name} ok", flush=True)
            if name == "packs":
                _build_first_pack(app, view, lambda: QTimer.singleShot(0, step))
            else:
                QTimer.singleShot(0, step)

        shown()

    step()


def _build_first_pack(app, view, then) -> None:
    """Build the first recipient's pack as the Build button does, print ``pack built N pages``.

    The Packs view builds in a spawned child process: in the frozen app that child is the bundle's
    own executable started again (``freeze_support``), which nothing else of the smoke test runs.
    """
    from PySide6.QtCore import QTimer

    if view.proxy.rowCount() == 0:  # the recipients are read on a worker
        QTimer.singleShot(50, lambda: _build_first_pack(app, view, then))
        return
    view.ui.people.setCurrentIndex(view.proxy.index(0, 0))
    view.build_pack()
    if view.task is None:
        print(f"pack not started ({view.last_outcome or 'no recipient'})", flush=True)
        app.exit(3)
        return

    def wait() -> None:
        if view.task is not None:
            QTimer.singleShot(50, wait)
        elif view.last_outcome == "built" and view.built is not None:
            print(f"pack built {view.built.pages} pages", flush=True)
            then()
        else:
            print(f"pack {view.last_outcome or 'failed'}", flush=True)
            app.exit(3)

    wait()
