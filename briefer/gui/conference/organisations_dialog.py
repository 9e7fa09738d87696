"""Organisations a bilateral can be with: English and Dutch names, acronym, how titles name them."""

from __future__ import annotations

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
        self._example()

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
