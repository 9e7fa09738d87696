"""Actions: the follow-up list — when, what, who, by when — edited in place, like a to-do app.

The list opens grouped (overdue, due this week, later, no date, done) and
sorted by due date; Ctrl+D marks the selected action done and again reopens
it, through the undo stack like any edit; "Mine" and "Delegation" narrow the
list to the user's own actions (the person chosen under Settings → Who I am)
or to those owned by anyone of the host delegation.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox

from briefer.errors import BrieferError
from briefer.gui.actions.action_editor import ActionEditor
from briefer.gui.actions.action_model import ActionTableModel
from briefer.gui.records.record_page import Loaded, RecordPage
from briefer.model import Action, ActionStatus
from briefer.schedule.action_groups import actions_context

ALL, MINE, DELEGATION = "all", "mine", "delegation"
# The key that marks the selected action done (and an action done, open again).
DONE_KEY = "Ctrl+D"


class ActionsView(RecordPage):
    TABLE_MODEL = ActionTableModel
    EDITOR = ActionEditor
    TABLES = ("actions",)
    SIZED_BY = ("actions", "meetings")  # the meeting picker lists every bilateral

    def __init__(self, services, parent=None, **kwargs):
        self.show_filter = QComboBox()
        self._all_rows: list[Action] = []
        self._delegation: set[str] = set()
        super().__init__(services, parent, **kwargs)
        self.show_filter.setParent(self)
        self.show_filter.currentIndexChanged.connect(lambda _i: self._show_filtered())
        self.list.ui.top_row.insertWidget(1, self.show_filter)
        self.done_shortcut = QShortcut(QKeySequence(DONE_KEY), self)
        self.done_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.done_shortcut.activated.connect(self.toggle_done)

    def title(self) -> str:
        return self.tr("Actions")

    def retranslate(self) -> None:
        super().retranslate()
        chosen = self.show_filter.currentData() or ALL
        self.show_filter.blockSignals(True)
        self.show_filter.clear()
        for key, text in ((ALL, self.tr("All actions")), (MINE, self.tr("Mine")),
                          (DELEGATION, self.tr("Delegation"))):
            self.show_filter.addItem(text, key)
        self.show_filter.setCurrentIndex(max(self.show_filter.findData(chosen), 0))
        self.show_filter.blockSignals(False)
        self.show_filter.setAccessibleName(self.tr("Show"))
        self.show_filter.setToolTip(self.tr("Show all actions, your own, or those of the delegation"))
        self.done_shortcut_hint()

    def done_shortcut_hint(self) -> None:
        self.list.ui.table.setToolTip(self.tr("{0} marks the selected action done, or open again").format(
            QKeySequence(DONE_KEY).toString(QKeySequence.SequenceFormat.NativeText)))

    def load_rows(self, store):
        return store.actions.list()

    def load_extra(self, store):
        return actions_context(store)

    def apply_extra(self, extra) -> None:
        meetings, tz, host = extra
        self._tz, self._delegation = tz, host
        self.list.model.today = self.today()
        self.editor.set_meetings(meetings, tz)

    def today(self) -> date:
        """The day on the app's clock where the conference is (a rehearsal's day, in tests a fixed one)."""
        return self.services.now().astimezone(getattr(self, "_tz", ZoneInfo("UTC"))).date()

    # ---------------------------------------------------------------- Mine / Delegation / All
    def _apply(self, loaded: Loaded) -> None:
        self._all_rows = list(loaded.rows)
        super()._apply(Loaded(self.filtered(self._all_rows), loaded.directory, loaded.extra))

    def filtered(self, rows: list[Action]) -> list[Action]:
        which = self.show_filter.currentData() or ALL
        if which == MINE:
            me = self.services.settings.me
            return [a for a in rows if me and a.owner_id == me]
        if which == DELEGATION:
            return [a for a in rows if a.owner_id in self._delegation]
        return rows

    def _show_filtered(self) -> None:
        self.list.set_rows(self.filtered(self._all_rows))

    # ---------------------------------------------------------------- the done key
    def toggle_done(self) -> None:
        """Mark the selected action done, or a done one open again (Ctrl+Z undoes either)."""
        item = self.list.current_item()
        if item is None or not self.confirm_leave():
            return
        record = self.services.store.actions.find(item.id) or item
        status = ActionStatus.OPEN if record.status is ActionStatus.DONE else ActionStatus.DONE
        try:
            self.services.saver.save(record, record.model_copy(update={"status": status}))
        except BrieferError as exc:
            self.services.ask.error(self, exc)
