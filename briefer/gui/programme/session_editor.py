"""Editing a programme session: time (conference time), room, chair, speakers, Dutch attendees, and
each speaker's own role and speaking notes."""

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
              "description", "speaker_notes", "classification")

    def configure(self) -> None:
        self.ui.session_kind.configure(SessionKind)
        self.ui.classification.configure(Classification)
        keep_duration(self.ui.start, self.ui.end)  # moving the start moves the end with it
        self._names: dict[str, str] = {}
        # the notes field lists whoever speaks, as the speakers and chair are changed
        model = self.ui.speaker_ids.list.model()
        for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(self._refresh_speakers)
        self.ui.chair_id.currentIndexChanged.connect(self._refresh_speakers)

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        u = self.ui
        everyone = people_choices(directory)
        self._names = dict(everyone)
        dutch = [c for c in everyone if directory.people[c[0]].country == "NLD"] or everyone
        u.chair_id.set_choices(everyone)
        u.speaker_ids.set_choices(everyone)
        u.attendee_ids.set_choices(dutch)
        u.room_id.set_choices(sorted(((r.id, r.name) for r in directory.rooms.values()), key=lambda c: c[1]))
        if directory.conference:
            u.start.set_conference(directory.conference)
            u.end.set_conference(directory.conference)
        self._refresh_speakers()

    def _refresh_speakers(self, *_args) -> None:
        ids = list(self.ui.speaker_ids.value())
        chair = self.ui.chair_id.value()
        if chair and chair not in ids:
            ids.append(chair)
        names = getattr(self, "_names", {})
        chair_word = self.tr("chair")
        self.ui.speaker_notes.set_speakers(
            [(pid, f"{names.get(pid, pid)} ({chair_word})" if pid == chair else names.get(pid, pid)) for pid in ids])

    def load(self, record, defaults=None) -> None:
        super().load(record, defaults)
        # files made before per-speaker notes keep the lead speaker's in the session's own fields
        if record is not None and (record.speaking_role or record.speaking_notes) and record.lead_id \
                and not any(n.person_id == record.lead_id for n in record.speaker_notes):
            lead = record.notes_for(record.lead_id)
            self.ui.speaker_notes.set_value([*record.speaker_notes, lead])
            self.rebaseline()

    def candidate(self):
        # every speaker's notes are in speaker_notes now (the lead's were put there on load): the old
        # session-level fields are emptied on save. Not in values(): held and recovered drafts put
        # values() back into the form's own fields.
        record = super().candidate()
        if record.speaking_role or record.speaking_notes:
            record = record.evolve(speaking_role="", speaking_notes="")
        return record

    def heading(self, record) -> str:
        return record.title if record else self.tr("New session")
