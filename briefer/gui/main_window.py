"""The main window: a navigation rail, one page per view, global search, undo, language, guards.

It receives everything it needs (services, the language switch, the demo
loader) from :mod:`briefer.gui.app`; it creates no store and no settings.

Start-up pays only for what is shown: a view's module is imported and the view
built on its first visit (:class:`briefer.gui.lazy_views.LazyViews`), and dialogs (search, history,
export, import, conflicts, …) are imported when first opened.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import QListWidgetItem, QMainWindow, QWidget

from briefer import APP_NAME, __version__
from briefer.errors import BrieferError
from briefer.gui.forms.main_window import Ui_MainWindow
from briefer.gui.widgets.labels import record_label
from briefer.gui.lazy_views import (VIEW_NAMES, VIEW_OF_TABLE, VIEWS, LazyViews,  # noqa: F401 (VIEWS: tests)
                                    RetranslateWhenShown, view_class)
from briefer.gui.rail_icons import rail_icon
from briefer.gui.startup.stoppable import Stoppable
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.gui.tasks import Task, run_in_background
from briefer.resources import resource_path

if TYPE_CHECKING:
    from briefer.gui.records.history_dialog import HistoryDialog
    from briefer.gui.search_dialog import SearchDialog
    from briefer.gui.startup.welcome import Welcome


class MainWindow(QMainWindow):
    populated = Signal()

    def __init__(self, services, *, set_language: Callable[[str], None], language: str,
                 demo_loader: Callable, parent: QWidget | None = None):
        super().__init__(parent)
        self.services = services
        #: stops the start's integrity check and the day's backup (``app.check_in_background``): set
        #: when the window closes, so neither begins — nor goes on — on a file being closed or replaced
        self.background_stop = Stoppable()
        #: the status bar's last notice (:meth:`notify`) and when it ends (monotonic seconds)
        self._notice: tuple[str, float] | None = None
        self._set_language = set_language
        self.language = language
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.views = LazyViews(self._make_view)
        for name in VIEW_NAMES:
            item = QListWidgetItem(self._icon(name), "")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setSizeHint(QSize(150, 40))
            self.ui.rail.addItem(item)
        self.ui.rail.setIconSize(QSize(22, 22))
        self.ui.rail.currentRowChanged.connect(lambda row: row >= 0 and self.go(VIEW_NAMES[row]))
        self._demo_loader = demo_loader
        self._welcome: Welcome | None = None
        self._search_dialog: SearchDialog | None = None
        #: the light start's picture of Today (briefer.gui.startup.first_view), until Today has read its rows
        self.first_view: QWidget | None = None
        self._go_when_attached: str | None = None
        self._build_menus()
        self.retranslate()
        if services.settings.geometry is not None:
            self.restoreGeometry(services.settings.geometry)
        fit_to_screen(self)  # the form's 1280×800 or a size remembered on a bigger screen: clamp to this one
        if services.store is not None:
            self.attach()

    def attach(self) -> None:
        """Work on the services' store: at once, or — at a light start — once it is open behind the first paint.

        Until then the window is its frame, menus and rail, and the picture of Today
        (:meth:`show_first_view`); nothing reads or writes.
        """
        services = self.services
        services.open_record = self.open_record
        services.go = self.go  # empty states offer the view where the missing thing is made
        services.show_history = self.show_history
        services.saver.on_changed = self._record_changed
        services.saver.on_error = lambda exc: services.ask.error(self, exc)
        # Today owns the meeting-mode windows (services.open_meeting_mode), which any view may open
        self.views["today"]
        self._update_title()

    def show_first_view(self, page: QWidget) -> None:
        """Show ``page`` (Today's picture) where Today will be, until Today has read its rows (:meth:`go`)."""
        self.first_view = page
        page.touched.connect(lambda: self.services.store is not None and self._drop_first_view())
        self._enable_navigation(False)  # until the store is open (start() enables them); the rail waits in go()
        self.ui.pages.addWidget(page)
        self.ui.pages.setCurrentWidget(page)
        self.ui.rail.blockSignals(True)
        self.ui.rail.setCurrentRow(VIEW_NAMES.index("today"))
        self.ui.rail.blockSignals(False)

    def _drop_first_view(self) -> None:
        """The real view replaces the picture (its rows are there, or the user went elsewhere)."""
        page, self.first_view = self.first_view, None
        if page is None:
            return
        if self.ui.pages.currentWidget() is page:
            today = self.views["today"]
            focused = self.focusWidget()
            self.ui.pages.setCurrentWidget(today)
            if focused is not None and page.isAncestorOf(focused):
                # the keyboard stays where it was: on the same control of the real view
                same = today.findChild(QWidget, focused.objectName()) if focused.objectName() else None
                (same or today).setFocus(Qt.FocusReason.OtherFocusReason)
        self.ui.pages.removeWidget(page)
        page.done()  # whatever waited for the first view to be filled goes on
        page.deleteLater()

    def _make_view(self, name: str) -> QWidget:
        view = view_class(name)(self.services, self)
        self.ui.pages.addWidget(view)
        RetranslateWhenShown(view)  # a view out of sight is reworded when next shown, not at the switch
        return view

    @property
    def welcome(self) -> "Welcome":
        """The first-start screen (built when first needed: an empty database)."""
        if self._welcome is None:
            from briefer.gui.startup.welcome import Welcome

            self._welcome = Welcome(self.services.store, self._demo_loader, self)
            self._welcome.conference_ready.connect(self._conference_ready)
            self.ui.pages.addWidget(self._welcome)
        return self._welcome

    @property
    def search_dialog(self) -> "SearchDialog":
        """Global search (built on the first Ctrl+K)."""
        if self._search_dialog is None:
            from briefer.gui.search_dialog import SearchDialog

            self._search_dialog = SearchDialog(self.services.store, self,
                                               open_connection=self.services.open_connection,
                                               services=self.services)
            self._search_dialog.open_requested.connect(
                lambda hit: self.open_record(hit.record_table, hit.record_id, words=self._search_dialog.words()))
        return self._search_dialog

    def _current_view(self) -> QWidget | None:
        """The view on screen (None on the welcome screen)."""
        current = self.ui.pages.currentWidget()
        return current if current in self.views.built().values() else None

    # ---------------------------------------------------------------- start
    def start(self) -> None:
        """Show the welcome screen on an empty database, otherwise the last view."""
        if self.services.store.conference() is None:
            self.ui.rail.hide()
            self.ui.pages.setCurrentWidget(self.welcome)
            self._enable_navigation(False)
            self.populated.emit()
            return
        self._enable_navigation(True)
        self.ui.rail.show()
        last = self._go_when_attached or self.services.settings.last_view
        self.go(last if last in self.views else "today")
        self._update_title()
        self.populated.emit()

    def _conference_ready(self) -> None:
        for view in self.views.built().values():
            view.stale = True
        self.services.settings.last_view = "today"
        self.start()

    def _enable_navigation(self, on: bool) -> None:
        for action in (self.search_action, self.new_action, self.save_action, self.import_action,
                       self.next_conference_action, *self.view_actions):
            action.setEnabled(on)
        self.exchange.set_enabled(on)

    # ---------------------------------------------------------------- navigation
    def current_view_name(self) -> str | None:
        for name, view in self.views.built().items():
            if view is self.ui.pages.currentWidget():
                return name
        return None

    def go(self, name: str) -> QWidget | None:
        if self.services.store is None:
            # a light start's picture, the store not yet open (a click in the instant before it is): go there then
            self._go_when_attached = name
            return None
        view = self.views[name]
        row = VIEW_NAMES.index(name)
        if self.ui.rail.currentRow() != row:
            self.ui.rail.blockSignals(True)
            self.ui.rail.setCurrentRow(row)
            self.ui.rail.blockSignals(False)
        if self.first_view is None:
            self.ui.pages.setCurrentWidget(view)
        if view.stale:
            view.refresh()
        if self.first_view is not None:
            if name == "today" and getattr(view, "pending", False):
                # the picture stays until Today shows the same rows read from the file (and their conflicts)
                view.loaded.connect(self._drop_first_view, Qt.ConnectionType.SingleShotConnection)
            else:
                self._drop_first_view()
                self.ui.pages.setCurrentWidget(view)
        self.services.settings.last_view = name
        return view

    def open_record(self, table: str, record_id: str, *, words: list[str] | None = None) -> bool:
        """Show a record in its view; ``words`` (a search's) are highlighted where the view reads it as a page."""
        if table == "organisations":  # a search hit "Europese Commissie": its dialog, on that organisation
            self.show_conference_dialog("organisations", select=record_id)
            return True
        name = VIEW_OF_TABLE.get(table)
        if name is None:
            self.statusBar().showMessage(self.tr("This kind of record has no view of its own."), 4000)
            return False
        view = self.go(name)
        opener = getattr(view, "open_record", None)
        if opener is not None:
            ok = opener(table, record_id)
        else:
            key = view.key_for(table, record_id)
            ok = key is not None and view.open_key(key)
        if not ok:
            self.statusBar().showMessage(self.tr("That record could not be shown (filtered out or deleted)."), 4000)
        elif getattr(view, "list", None) is not None:
            # the keyboard lands on the record opened (its row: Enter moves into its editor), not on the rail
            view.list.ui.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if ok and words and getattr(view, "highlight", None) is not None:
            view.highlight(words)
        return ok

    def show_search(self) -> SearchDialog:
        self.search_dialog.begin()
        self.search_dialog.show()
        self.search_dialog.raise_()
        self.search_dialog.activateWindow()
        return self.search_dialog

    def show_history(self, record) -> "HistoryDialog":
        from briefer.gui.records.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.services, record, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ---------------------------------------------------------------- long work
    def notify(self, text: str, ms: int = 10_000) -> None:
        """Tell the user ``text`` in the status bar for ``ms``: a busy bar that comes meanwhile (:meth:`run_busy`)
        shows its own text and gives the notice back when it ends, for the time the notice has left.

        A restore's "Restored the backup …" was otherwise replaced by the reopened window's integrity check
        within a second of being shown, and gone for good when the check ended.
        """
        import time

        self._notice = (text, time.monotonic() + ms / 1000)
        self.statusBar().showMessage(text, ms)

    def _notice_left(self) -> tuple[str, int] | None:
        import time

        if self._notice is None:
            return None
        text, ends = self._notice
        left = int((ends - time.monotonic()) * 1000)
        return (text, left) if left > 0 else None

    def run_busy(self, fn, text: str, on_success, on_failure=None, *, progress_text: str | None = None) -> "Task":
        """Run ``fn`` in the background with a busy bar in the status bar; failures reach the user
        (or ``on_failure``, when given).

        With ``progress_text`` ("… {0} of {1} …") ``fn`` is called with ``report(done, total)``
        and the bar and the message show how far it got (a Word export of 1,500 meetings).
        """
        from PySide6.QtWidgets import QProgressBar

        bar = QProgressBar(self)
        bar.setRange(0, 0)
        bar.setMaximumWidth(160)
        bar.setTextVisible(False)
        status = self.statusBar()
        status.addPermanentWidget(bar)
        status.showMessage(text)

        def finished() -> None:
            status.removeWidget(bar)
            bar.deleteLater()
            notice = self._notice_left()
            if notice is not None:
                status.showMessage(*notice)
            else:
                status.clearMessage()

        def ok(result) -> None:
            finished()
            on_success(result)

        def failed(exc: BaseException) -> None:
            finished()
            if on_failure is not None:
                on_failure(exc)
            else:
                self.services.ask.error(self, exc)

        task = run_in_background(fn, owner=self, with_progress=progress_text is not None).success(ok).failure(failed)
        if progress_text is not None:
            def progressed(done: int, total: int, _text: str = "") -> None:
                bar.setRange(0, max(total, 1))
                bar.setValue(done)
                status.showMessage(progress_text.format(done, total))

            task.progress(progressed)
        return task

    def import_programme(self, path: Path | None = None):
        """Import the organisers' programme (.ics) into the sessions, off the GUI thread, whole or not at all."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getOpenFileName(self, self.tr("Import the programme"), "",
                                                  self.tr("Calendar files (*.ics)"))
            if not name:
                return None
            path = Path(name)
        connect = self.services.open_connection

        def work():
            from briefer.schedule.ics_import import import_calendar
            from briefer.schedule.ics_read import read_calendar_file

            data = read_calendar_file(path)
            with connect() as own:  # the worker's own connection
                return import_calendar(own, data, file=str(path))

        def done(plan) -> None:
            self._reload_views()
            self.statusBar().showMessage(self.tr("Programme imported: {0}").format(plan.summary()), 8000)

        self.import_task = self.run_busy(work, self.tr("Importing the programme…"), done)
        return self.import_task

    # ---------------------------------------------------------------- changes
    def next_conference(self, folder: Path | None = None):
        """Create the next conference in a new, empty folder, based on this one (which is only read)."""
        from PySide6.QtWidgets import QFileDialog

        from briefer.errors import Refused
        from briefer.gui.startup.next_conference import NextConferenceDialog

        store = self.services.store
        if store.path is None:
            return None
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(self, self.tr("An empty folder for the next conference"))
            if not chosen:
                return None
            folder = Path(chosen)
        if folder.resolve() == Path(store.path).resolve().parent or any(folder.iterdir()):
            self.services.ask.error(self, Refused(self.tr("Choose an empty folder for the next conference; "
                                                          "{0} is not empty.").format(str(folder))))
            return None
        dialog = NextConferenceDialog(store, Path(store.path).resolve().parent, folder, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.statusBar().showMessage(
            self.tr("The next conference is ready in {0}. Open it with: briefer --data-dir \"{0}\"").format(str(folder)),
            30000))
        dialog.open()
        return dialog

    def _reload_views(self) -> None:
        """Every built view reloads when next shown; the one on screen now."""
        for view in self.views.built().values():
            view.stale = True
        current = self._current_view()
        if current is not None:
            current.refresh()

    def refresh_all(self) -> None:
        """After a change made elsewhere (an import, a resolved conflict): every view reloads when shown."""
        on_welcome = self._welcome is not None and self.ui.pages.currentWidget() is self._welcome
        if self.services.store.conference() is not None and on_welcome:
            self._conference_ready()  # an archive was imported into an empty database (it marks every view stale)
            return
        self._reload_views()
        self._update_title()

    def _record_changed(self, record) -> None:
        self._reload_views()
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved: {0}").format(record_label(record, self.services.store)), 3000)

    def dirty_editors(self):
        out = []
        for view in self.views.built().values():
            out += view.dirty_editors() if hasattr(view, "dirty_editors") else []
        return out

    def current_page(self):
        view = self.ui.pages.currentWidget()
        return view.current_page() if hasattr(view, "current_page") else view

    def new_in_current_view(self) -> None:
        page = self.current_page()
        if hasattr(page, "new_record"):
            page.new_record()

    def save_current(self) -> None:
        from briefer.gui.records.read_or_edit import ReadOrEdit  # with the first brief view, not at start

        view = self.ui.pages.currentWidget()
        page = view.current_page() if hasattr(view, "current_page") else view
        for editor in getattr(page, "editors", lambda: [])():
            if (editor.isVisible() or ReadOrEdit.behind_page(editor)) and editor.is_dirty():
                editor.save()  # an edit still held by a brief's form saves from its page too

    def closeEvent(self, event: QCloseEvent) -> None:
        for view in self.views.built().values():
            if hasattr(view, "confirm_leave") and not view.confirm_leave():
                event.ignore()
                return
        self.services.settings.geometry = self.saveGeometry()
        self.services.settings.sync()
        event.accept()
        self.background_stop.stop()

    # ---------------------------------------------------------------- menus
    def _build_menus(self) -> None:
        mb = self.menuBar()
        self.file_menu = mb.addMenu("")
        self.search_action = QAction(self)
        self.search_action.setShortcuts([QKeySequence("Ctrl+K"), QKeySequence("Ctrl+F")])
        self.search_action.triggered.connect(self.show_search)
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_in_current_view)
        self.save_action = QAction(self)
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.save_current)
        self.import_action = QAction(self)
        self.import_action.triggered.connect(lambda: self.import_programme())
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.search_action, self.new_action, self.save_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.import_action)
        self.next_conference_action = QAction(self)
        self.next_conference_action.triggered.connect(lambda: self.next_conference())
        self.file_menu.addAction(self.next_conference_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        from briefer.gui.exchange.exchange_menu import ExchangeMenu

        self.exchange = ExchangeMenu(self, before=self.quit_action)  # Export ▸, Import a bundle…, Conflicts…

        self.edit_menu = mb.addMenu("")
        self.undo_action = self.services.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.services.undo_stack.createRedoAction(self)
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        self.edit_menu.addActions([self.undo_action, self.redo_action])

        self.view_menu = mb.addMenu("")
        self.view_actions = []
        for i, name in enumerate(VIEW_NAMES):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _checked=False, n=name: self.go(n))
            self.view_menu.addAction(action)
            self.view_actions.append(action)

        self.settings_menu = mb.addMenu("")
        self.conference_action = QAction(self)
        self.conference_action.triggered.connect(lambda: self.show_conference_dialog("conference"))
        self.organisations_action = QAction(self)
        self.organisations_action.triggered.connect(lambda: self.show_conference_dialog("organisations"))
        self.rooms_action = QAction(self)
        self.rooms_action.triggered.connect(lambda: self.show_conference_dialog("rooms"))
        self.settings_menu.addActions([self.conference_action, self.organisations_action, self.rooms_action])
        self.settings_menu.addSeparator()
        self.language_menu = self.settings_menu.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang, text in (("nl", "Nederlands"), ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setChecked(lang == self.language)
            action.triggered.connect(lambda _checked=False, lg=lang: self.switch_language(lg))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[lang] = action

        self.help_menu = mb.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self._about)
        self.help_menu.addAction(self.about_action)

    def show_conference_dialog(self, which: str, select: str | None = None) -> None:
        """Settings → Conference…, Organisations… or Rooms and venues…; the lists are read again afterwards."""
        from briefer.gui.conference.conference_dialog import ConferenceDialog
        from briefer.gui.conference.organisations_dialog import OrganisationsDialog
        from briefer.gui.conference.rooms_dialog import RoomsDialog

        cls = {"conference": ConferenceDialog, "organisations": OrganisationsDialog, "rooms": RoomsDialog}[which]
        try:
            dialog = cls(self.services, self)
        except BrieferError as exc:
            self.services.ask.error(self, exc)
            return
        if select is not None:
            dialog.select(select)
        self.open_dialog = dialog  # tests reach the open dialog here
        dialog.exec()
        self.open_dialog = None
        self._reload_views()
        self._update_title()

    def switch_language(self, lang: str) -> None:
        """Switch the interface language now; whatever is being edited stays as it is."""
        self.language = lang
        self.language_actions[lang].setChecked(True)
        self.services.settings.language = lang
        self._set_language(lang)

    def retranslate(self) -> None:
        names = {
            "today": self.tr("Today"), "programme": self.tr("Programme"), "bilaterals": self.tr("Bilaterals"),
            "countries": self.tr("Countries"), "people": self.tr("People & delegations"),
            "actions": self.tr("Actions"), "packs": self.tr("Packs"),
        }
        for i, name in enumerate(VIEW_NAMES):
            self.ui.rail.item(i).setText(names[name])
            self.view_actions[i].setText(names[name].replace("&", "&&"))  # a menu item's '&' marks Alt+letter
        self.file_menu.setTitle(self.tr("&File"))
        self.search_action.setText(self.tr("Se&arch…"))
        self.save_action.setText(self.tr("&Save"))
        self.new_action.setText(self.tr("&New in this view"))
        self.quit_action.setText(self.tr("&Quit"))
        self.import_action.setText(self.tr("&Import the programme (.ics)…"))
        self.next_conference_action.setText(self.tr("Next conference based on &this one…"))
        self.exchange.retranslate()
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.view_menu.setTitle(self.tr("&View"))
        self.settings_menu.setTitle(self.tr("Se&ttings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.conference_action.setText(self.tr("&Conference…"))
        self.organisations_action.setText(self.tr("&Organisations…"))
        self.rooms_action.setText(self.tr("&Rooms and venues…"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About Briefer"))
        self._update_title()

    def _update_title(self) -> None:
        conf = self.services.store.conference() if self.services.store else None
        title = APP_NAME if conf is None else f"{conf.name} — {APP_NAME}"
        if conf is not None and conf.demo:
            title += " " + self.tr("(demo)")
        self.setWindowTitle(title)

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Briefer"),
                          self.tr("{0} {1}\nPrepare ministers for an international conference, offline.").format(
                              APP_NAME, __version__))

    def _icon(self, name: str) -> QIcon:
        try:
            path = resource_path("icons", f"{name}.svg")
        except FileNotFoundError:
            return QIcon()
        return rail_icon(path, self.ui.rail.palette())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "file_menu"):
            if self.first_view is not None and self.services.store is not None:
                self._drop_first_view()  # the picture's words are in the language it was kept in
            self.retranslate()
        super().changeEvent(event)
