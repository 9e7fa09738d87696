"""The follow-up action captured from meeting mode: what (the current line) / who / by when, in one dialog.

Keyboard-first: the dialog opens with "what" filled in from the line the
cursor is on; Tab moves to who and by when, Enter saves. The action is
refused under the dialog (which stays open) when the model refuses it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from briefer.errors import BrieferError
from briefer.gui.widgets.date_fields import refuse_unreadable
from briefer.gui.forms.capture_action import Ui_CaptureAction
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.model import Action, Meeting
from briefer.store.repository import validate


class CaptureAction(QDialog):
    def __init__(self, meeting: Meeting, people: dict, what: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaptureAction()
        self.ui.setupUi(self)
        self.meeting = meeting
        self.people = people
        self.action: Action | None = None  # the action to save, once accepted
        nl_side = meeting.nl_side_ids()
        ordered = sorted(people.values(), key=lambda p: (p.id not in nl_side, p.family_name.casefold()))
        self.ui.who.set_choices([(p.id, p.full_name) for p in ordered])
        self.ui.what.setText(what)
        self.ui.due.set_anchor(meeting.start.date())  # an empty "by when" opens its calendar on the meeting's day
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def accept(self) -> None:
        who = self.ui.who.value()
        data = {
            "description": self.ui.what.text().strip(),
            "meeting_id": self.meeting.id,
            "owner_id": who if who in self.people else None,
            "owner": who if who and who not in self.people else "",
            "due": self.ui.due.value(),
            "country": self.meeting.counterpart_country,
        }
        try:
            refuse_unreadable(data)
            self.action = validate(Action, data)
        except BrieferError as exc:
            self.ui.error_label.setText(str(exc))
            self.ui.what.setFocus()
            return
        super().accept()
