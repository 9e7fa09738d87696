"""Each speaker's own role and notes in a session, edited one speaker at a time.

Speaking notes belong to a speaker, not to the session: in a plenary of country
interventions each minister speaks for a different country, and a pack must never
give one minister another's speech. The field shows the session's speakers (and
its chair) in a list to pick from, with the role and notes of whoever is picked.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget


class SpeakerNotesEditor(QWidget):
    """The value is a list of ``{"person_id", "role", "notes"}``: one per speaker who has either.

    Text typed for someone who is then removed as a speaker is kept while the form is open (added
    back, their notes return) but not saved: notes belong to people who speak."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.speaker = QComboBox(self)
        self.role = QLineEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setTabChangesFocus(True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.speaker_label, self.role_label = QLabel(self), QLabel(self)
        self.speaker_label.setBuddy(self.speaker)
        self.role_label.setBuddy(self.role)
        rows = QFormLayout()
        rows.setContentsMargins(0, 0, 0, 0)
        rows.addRow(self.speaker_label, self.speaker)
        rows.addRow(self.role_label, self.role)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.empty)
        lay.addLayout(rows)
        lay.addWidget(self.notes)
        self._speakers: list[tuple[str, str]] = []
        self._texts: dict[str, tuple[str, str]] = {}
        self._current: str | None = None
        self.speaker.currentIndexChanged.connect(self._switch)
        self.role.textEdited.connect(lambda _text: self.changed.emit())
        self.notes.textChanged.connect(self.changed.emit)
        self._retranslate()
        self._show()

    # ------------------------------------------------------------ value
    def value(self) -> list[dict]:
        self._stash()
        out = []
        for pid, _name in self._speakers:
            role, notes = self._texts.get(pid, ("", ""))
            if role.strip() or notes.strip():
                out.append({"person_id": pid, "role": role, "notes": notes})
        return out

    def set_value(self, notes) -> None:
        self._texts = {}
        for n in notes or []:
            get = n.get if isinstance(n, dict) else lambda k, n=n: getattr(n, k)
            self._texts[get("person_id")] = (get("role") or "", get("notes") or "")
        self._current = None
        self._show()

    def set_speakers(self, speakers: list[tuple[str, str]]) -> None:
        """Who speaks, as (person id, name) in order: the speakers, then the chair."""
        self._stash()
        keep = self._current
        self._speakers = list(dict(speakers).items())
        with QSignalBlocker(self.speaker):
            self.speaker.clear()
            for pid, name in self._speakers:
                self.speaker.addItem(name, pid)
            ids = [pid for pid, _ in self._speakers]
            self.speaker.setCurrentIndex(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._current = None
        self._show()

    def select(self, person_id: str) -> None:
        """Show ``person_id``'s role and notes (as picking them in the list does)."""
        index = self.speaker.findData(person_id)
        if index >= 0:
            self.speaker.setCurrentIndex(index)

    # ------------------------------------------------------------ inside
    def _stash(self) -> None:
        if self._current is not None:
            self._texts[self._current] = (self.role.text(), self.notes.toPlainText())

    def _switch(self, _index: int) -> None:
        self._stash()
        self._current = None
        self._show()

    def _show(self) -> None:
        pid = self.speaker.currentData()
        role, notes = self._texts.get(pid, ("", "")) if pid else ("", "")
        with QSignalBlocker(self.role), QSignalBlocker(self.notes):
            self.role.setText(role)
            self.notes.setPlainText(notes)
        self._current = pid
        has = bool(self._speakers)
        self.empty.setVisible(not has)
        for w in (self.speaker, self.role, self.notes, self.speaker_label, self.role_label):
            w.setEnabled(has)

    def set_accessible_name(self, name: str) -> None:
        self.notes.setAccessibleName(name)

    def _retranslate(self) -> None:
        self.speaker_label.setText(self.tr("&Which speaker:"))
        self.role_label.setText(self.tr("Speaking &part:"))
        self.role.setPlaceholderText(self.tr("What this speaker does, e.g. country statement, 3 min"))
        self.empty.setText(self.tr("Add a speaker or a chair first: speaking notes belong to the person who speaks."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
