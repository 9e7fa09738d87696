"""Switching the interface language at run time with Qt's translators.

Briefer's own strings come from ``resources/translations/briefer_<lang>.qm``
(sources: the ``.ts`` files beside them, made with pyside6-lupdate); Qt's
standard buttons from Qt's own ``qtbase_<lang>.qm``. Installing a translator
(or removing one) sends every widget a LanguageChange event, which each handles by
re-translating itself — so a switch keeps whatever is being edited.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from briefer.resources import resource_path

ENGLISH_IS_SOURCE = "en"


class Translations:
    def __init__(self, app: QCoreApplication):
        self._app = app
        self._installed: list[QTranslator] = []
        self.language = ENGLISH_IS_SOURCE

    def apply(self, lang: str) -> None:
        for t in self._installed:
            self._app.removeTranslator(t)
        self._installed = []
        QLocale.setDefault(QLocale(QLocale.Language.Dutch if lang == "nl" else QLocale.Language.English,
                                   QLocale.Country.Netherlands if lang == "nl" else QLocale.Country.UnitedKingdom))
        self.language = lang
        if lang != ENGLISH_IS_SOURCE:
            ours = QTranslator(self._app)
            if ours.load(str(resource_path("translations", f"briefer_{lang}.qm"))):
                self._installed.append(ours)
            qt = QTranslator(self._app)
            if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
                self._installed.append(qt)
        for t in self._installed:
            self._app.installTranslator(t)
