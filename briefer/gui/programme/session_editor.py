"""Editing a programme session: time (conference time), room, chair, speakers, Dutch attendees, speaking notes."""

from __future__ import annotations

from briefer.gui.widgets.date_fields import keep_duration
from briefer.gui.widgets.editor_columns import people_choices
from briefer.gui.forms.session_editor import Ui_SessionEditor
from briefer.gui.records.record_editor import RecordEditor
from briefer.model import Classification, Session, SessionKind


class SessionEditor(RecordEditor):
    MODEL = Session
    FORM = Ui_SessionEditor
    FIELDS = ("title", "session_kind", "start", "end", "room_id", "chair_id", "speaker_ids", "attendee_ids",
              "description", "speaking_role", "speaking_notes", "classification")

    def configure(self) -> None:
        self.ui.session_kind.configure(SessionKind)
        self.ui.classification.configure(Classification)
        keep_duration(self.ui.start, self.ui.end)  # moving the start moves the end with it

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        u = self.ui
        everyone = people_choices(directory)
        dutch = [c for c in everyone if directory.people[c[0]].country == "NLD"] or everyone
        u.chair_id.set_choices(everyone)
        u.speaker_ids.set_choices(everyone)
        u.attendee_ids.set_choices(dutch)
        u.room_id.set_choices(sorted(((r.id, r.name) for r in directory.rooms.values()), key=lambda c: c[1]))
        if directory.conference:
            u.start.set_conference(directory.conference)
            u.end.set_conference(directory.conference)

    def heading(self, record) -> str:
        return record.title if record else self.tr("New session")
