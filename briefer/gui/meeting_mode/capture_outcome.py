"""An outcome recorded in meeting mode against one of the meeting brief's objectives."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from briefer.errors import BrieferError
from briefer.gui.forms.capture_outcome import Ui_CaptureOutcome
from briefer.gui.widgets.screen_fit import fit_to_screen
from briefer.model import Meeting
from briefer.model.briefs import Objective
from briefer.model.notes import Outcome, OutcomeKind
from briefer.store.repository import validate

KIND_WORDS = {
    OutcomeKind.AGREEMENT: QT_TRANSLATE_NOOP("CaptureOutcome", "agreement"),
    OutcomeKind.COMMITMENT: QT_TRANSLATE_NOOP("CaptureOutcome", "commitment"),
    OutcomeKind.REQUEST: QT_TRANSLATE_NOOP("CaptureOutcome", "request"),
    OutcomeKind.TWINNING_INTENTION: QT_TRANSLATE_NOOP("CaptureOutcome", "twinning intention"),
    OutcomeKind.INFORMATION: QT_TRANSLATE_NOOP("CaptureOutcome", "information"),
}


class CaptureOutcome(QDialog):
    def __init__(self, meeting: Meeting, objectives: list[Objective], text: str = "",
                 objective_id: str | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CaptureOutcome()
        self.ui.setupUi(self)
        self.meeting = meeting
        self.outcome: Outcome | None = None  # the outcome to save, once accepted
        for o in objectives:
            self.ui.objective.addItem(o.text, o.id)
        self.ui.objective.addItem(self.tr("(no objective)"), None)
        idx = self.ui.objective.findData(objective_id) if objective_id else 0
        self.ui.objective.setCurrentIndex(max(idx, 0))
        for words, value in ((self.tr("yes"), True), (self.tr("partly / not yet known"), None), (self.tr("no"), False)):
            self.ui.met.addItem(words, value)
        for kind, words in KIND_WORDS.items():
            self.ui.kind.addItem(QCoreApplication.translate("CaptureOutcome", words), kind.value)
        self.ui.kind.setCurrentIndex(self.ui.kind.findData(OutcomeKind.AGREEMENT.value))
        self.ui.text.setText(text)
        self.ui.buttons.button(QDialogButtonBox.StandardButton.Ok).setDefault(True)
        self.ui.buttons.accepted.connect(self.accept)
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.text.setFocus()
        fit_to_screen(self)  # a laptop screen, 125–150 % scaling: never taller than the screen

    def accept(self) -> None:
        data = {
            "meeting_id": self.meeting.id,
            "objective_id": self.ui.objective.currentData(),
            "objective_met": self.ui.met.currentData() if self.ui.objective.currentData() else None,
            "outcome_kind": self.ui.kind.currentData(),
            "text": self.ui.text.text().strip(),
        }
        try:
            self.outcome = validate(Outcome, data)
        except BrieferError as exc:
            self.ui.error_label.setText(str(exc))
            self.ui.text.setFocus()
            return
        super().accept()
