"""Editing a follow-up action: what, who, by when, its status and the meeting it came from."""

from __future__ import annotations

from PySide6.QtCore import QEvent

from briefer.gui.widgets.editor_columns import people_choices
from briefer.gui.forms.action_editor import Ui_ActionEditor
from briefer.gui.widgets.labels import ui_language
from briefer.gui.records.record_editor import RecordEditor
from briefer.model import Action, ActionStatus


class ActionEditor(RecordEditor):
    MODEL = Action
    FORM = Ui_ActionEditor
    FIELDS = ("description", "owner_id", "owner", "due", "status", "country", "meeting_id")

    def configure(self) -> None:
        self.ui.status.configure(ActionStatus)

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        self.ui.owner_id.set_choices(people_choices(directory))
        self.ui.due.set_conference(directory.conference)  # its calendar opens on the conference
        if getattr(self, "_meetings", None):
            # the bilaterals may have arrived first: name their organisations now ("… met de WHO")
            self.set_meetings(*self._meetings)

    def set_meetings(self, meetings, tz) -> None:
        """The bilaterals an action can come from, labelled in the interface language."""
        self._meetings = (meetings, tz)
        lang = ui_language()
        self.ui.meeting_id.set_choices(
            [(m.id, f"{m.start.astimezone(tz):%d-%m %H:%M} — {m.label(lang, self.directory.organisations)}")
             for m in meetings])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.LanguageChange and getattr(self, "_meetings", None):
            was_clean = not self.is_dirty()
            self.set_meetings(*self._meetings)  # "Bilateral with Germany" becomes "Bilateraal met Duitsland"
            if was_clean:
                self.rebaseline()
        super().changeEvent(event)

    def heading(self, record) -> str:
        return self.tr("Action") if record else self.tr("New action")
