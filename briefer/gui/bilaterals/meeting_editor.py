"""Editing a bilateral: who meets whom, when and where (conference time), who sits in, interpretation."""

from __future__ import annotations

from briefer.gui.widgets.date_fields import keep_duration
from briefer.gui.widgets.editor_columns import people_choices
from briefer.gui.forms.meeting_editor import Ui_MeetingEditor
from briefer.gui.widgets.labels import record_label
from briefer.gui.records.record_editor import RecordEditor
from briefer.model import Classification, Meeting, MeetingStatus


class MeetingEditor(RecordEditor):
    MODEL = Meeting
    FORM = Ui_MeetingEditor
    FIELDS = ("title", "principal_id", "counterpart_country", "counterpart_organisation_id", "counterpart_ids",
              "start", "end", "room_id", "room_confirmed", "nl_participant_ids", "note_taker_id",
              "interpreter_language", "interpreter_name", "status", "classification", "press_line")

    def configure(self) -> None:
        self.ui.status.configure(MeetingStatus)
        self.ui.classification.configure(Classification)
        keep_duration(self.ui.start, self.ui.end)  # moving the start moves the end with it

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        u = self.ui
        everyone = people_choices(directory)
        dutch = [c for c in everyone if directory.people[c[0]].country == "NLD"] or everyone
        principals = people_choices(directory, principals_only=True)
        u.principal_id.set_choices(principals + [c for c in dutch if c not in principals])  # ministers first
        u.counterpart_ids.set_choices(everyone)
        u.nl_participant_ids.set_choices(dutch)
        u.note_taker_id.set_choices(dutch)
        u.counterpart_organisation_id.set_choices(
            sorted(((o.id, o.label()) for o in directory.organisations.values()), key=lambda c: c[1].casefold()))
        u.room_id.set_choices(sorted(((r.id, r.name) for r in directory.rooms.values()), key=lambda c: c[1]))
        if directory.conference:
            u.start.set_conference(directory.conference)
            u.end.set_conference(directory.conference)

    def heading(self, record) -> str:
        return record_label(record) if record else self.tr("New bilateral")

    def values(self):
        v = super().values()
        v["interpreter_language"] = v["interpreter_language"] or None
        return v
