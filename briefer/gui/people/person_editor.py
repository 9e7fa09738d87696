"""Editing a person: name (in its bearer's order and script), forms of address, position, country,
organisation, languages, biography."""

from __future__ import annotations

from briefer.gui.forms.person_editor import Ui_PersonEditor
from briefer.gui.records.record_editor import RecordEditor
from briefer.gui.widgets.labels import ui_language
from briefer.model import Person
from briefer.model.people import usual_family_first


class PersonEditor(RecordEditor):
    MODEL = Person
    FORM = Ui_PersonEditor
    FIELDS = ("honorific", "honorific_nl", "given_name", "family_name", "family_name_first", "native_name",
              "pronunciation", "position", "country", "organisation_id", "principal_title", "languages", "email",
              "phone", "biography")

    def configure(self) -> None:
        # A new person from Viet Nam or Japan is written family name first unless the advisor says
        # otherwise: the country sets the default until the box is ticked or cleared by hand.
        self._order_chosen = False
        self.ui.family_name_first.clicked.connect(self._order_clicked)
        self.ui.country.currentIndexChanged.connect(self._country_changed)
        self.ui.country.input_checked.connect(lambda message: message or self._country_changed())

    def load(self, record, defaults: dict | None = None) -> None:
        self._order_chosen = False
        super().load(record, defaults)

    def _order_clicked(self) -> None:
        self._order_chosen = True

    def _country_changed(self, *_args) -> None:
        if self.is_new() and not self._order_chosen:
            self.ui.family_name_first.setChecked(usual_family_first(self.ui.country.value()))

    def set_directory(self, directory) -> None:
        super().set_directory(directory)
        self.ui.organisation_id.set_choices(
            sorted(((o.id, o.label()) for o in directory.organisations.values()), key=lambda c: c[1].casefold()))

    def heading(self, record) -> str:
        return record.name_with_native(ui_language(), formal=True) if record else self.tr("New person")
