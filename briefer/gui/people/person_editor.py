"""Editing a person: name, position, country, organisation, languages, biography."""

from __future__ import annotations

from briefer.gui.forms.person_editor import Ui_PersonEditor
from briefer.gui.records.record_editor import RecordEditor
from briefer.model import Person


class PersonEditor(RecordEditor):
    MODEL = Person
    FORM = Ui_PersonEditor
    FIELDS = ("honorific", "given_name", "family_name", "position", "country", "organisation_id",
              "principal_title", "languages", "email", "phone", "biography")

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        self.ui.organisation_id.set_choices(
            sorted(((o.id, o.label()) for o in directory.organisations.values()), key=lambda c: c[1].casefold()))

    def heading(self, record) -> str:
        return record.formal_name if record else self.tr("New person")
