"""Organisations a bilateral can be with: English and Dutch names, acronym, how titles name them.

Like a country or a person, an organisation has its saved versions (History…) and its past at
earlier conferences (At earlier conferences…: bilaterals, outcomes, open actions — read only).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from briefer import i18n
from briefer.gui.conference.reference_dialog import ReferenceDialog
from briefer.gui.forms.organisations_dialog import Ui_OrganisationsDialog
from briefer.model import Organisation, OrganisationType


class OrganisationsDialog(ReferenceDialog):
    FORM = Ui_OrganisationsDialog
    MODEL = Organisation
    FIELDS = ("name", "name_nl", "acronym", "article_en", "article_nl", "type")

    def setup(self) -> None:
        u = self.ui
        for combo, articles in ((u.article_en, ("", "the")), (u.article_nl, ("", "de", "het"))):
            for a in articles:
                combo.addItem(a or self.tr("none"), a)
        u.type.configure(OrganisationType)
        for w in (u.name, u.name_nl, u.acronym):
            w.textChanged.connect(self._example)
        for w in (u.article_en, u.article_nl):
            w.currentIndexChanged.connect(self._example)
        u.acronym_in_titles.toggled.connect(self._example)
        u.history_button.clicked.connect(self.show_history)
        u.earlier_button.clicked.connect(self.show_earlier)

    def fill(self, org: Organisation | None) -> None:
        u = self.ui
        org = org or Organisation(name="-", article_en="the", article_nl="de", acronym_in_titles=False)
        new = self.current is None
        u.name.setText("" if new else org.name)
        u.name_nl.setText(org.name_nl)
        u.acronym.setText(org.acronym)
        u.acronym_in_titles.setChecked(org.acronym_in_titles)
        u.article_en.setCurrentIndex(max(0, u.article_en.findData(org.article_en)))
        u.article_nl.setCurrentIndex(max(0, u.article_nl.findData(org.article_nl)))
        u.type.set_value(org.type)
        for button in (u.history_button, u.earlier_button):
            button.setEnabled(not new)  # a new organisation has no versions and no past yet
        self._example()

    def show_history(self) -> QDialog | None:
        """The saved versions of the organisation shown (restore one, or go on to earlier conferences)."""
        if self.current is None:
            return None
        from briefer.gui.records.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.services, self.current, self)
        dialog.accepted.connect(lambda: self._restored(dialog.restored))
        return self._open(dialog)

    def _restored(self, record) -> None:
        """A version restored in the history: the form shows it."""
        if record is not None:
            self.current = record
            self.reload(select=record.id)
            self.fill(record)

    def show_earlier(self) -> QDialog | None:
        """The organisation at earlier conferences, read from their own files."""
        if self.current is None:
            return None
        from briefer.gui.records.earlier_dialog import EarlierDialog
        from briefer.gui.records.subjects import subject_of

        return self._open(EarlierDialog(self.services, subject_of(self.current), self))

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def values(self) -> dict:
        u = self.ui
        return {"name": u.name.text().strip(), "name_nl": u.name_nl.text().strip(), "acronym": u.acronym.text().strip(),
                "acronym_in_titles": u.acronym_in_titles.isChecked(), "article_en": u.article_en.currentData(),
                "article_nl": u.article_nl.currentData(), "type": u.type.value() or OrganisationType.OTHER.value}

    def _example(self) -> None:
        """How titles will read, in both languages, as it is typed."""
        try:
            org = Organisation(**{**self.values(), "name": self.ui.name.text().strip() or "…"})
        except ValueError:
            self.ui.example.setText("")
            return
        # the titles as packs and calendars print them, in each language (not the interface's)
        self.ui.example.setText("\n".join(i18n.label("bilateral_with", lang, who=org.in_sentence(lang))
                                          for lang in ("en", "nl")))
