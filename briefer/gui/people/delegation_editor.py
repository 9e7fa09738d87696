"""Editing a delegation: whose it is, its members with their roles, interpretation languages."""

from __future__ import annotations

from briefer.gui.widgets import editor_columns as cols
from briefer.gui.forms.delegation_editor import Ui_DelegationEditor
from briefer.gui.widgets.labels import record_label
from briefer.gui.records.record_editor import RecordEditor
from briefer.model import Delegation


class DelegationEditor(RecordEditor):
    MODEL = Delegation
    FORM = Ui_DelegationEditor
    FIELDS = ("name", "country", "organisation_id", "host", "members", "interpretation_languages", "notes")

    def configure(self) -> None:
        self.ui.members.configure(cols.members())

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        members = self.ui.members
        current = members.value() if members.table.rowCount() else None
        members.set_choices("person_id", cols.people_choices(directory))
        members.set_choices("serves_principal_id", cols.people_choices(directory, principals_only=True))
        if current is not None:
            members.set_value(current)
        self.ui.organisation_id.set_choices(
            sorted(((o.id, o.label()) for o in directory.organisations.values()), key=lambda c: c[1].casefold()))

    def values(self):
        v = super().values()
        v["members"] = [m for m in v["members"] if m.get("person_id")]
        return v

    def heading(self, record) -> str:
        return record_label(record) if record else self.tr("New delegation")
