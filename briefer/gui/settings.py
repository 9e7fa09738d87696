"""The app's remembered preferences (QSettings): window geometry, last view, language.

Kept in an INI file beside the database (``gui.ini`` in the data directory),
so ``--data-dir`` and ``BRIEFER_DATA_DIR`` isolate them as they do the data.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

LANGUAGES = ("nl", "en")


def system_language() -> str:
    """Dutch when the system locale is Dutch, English otherwise."""
    return "nl" if QLocale.system().language() == QLocale.Language.Dutch else "en"


class Settings:
    def __init__(self, path: Path):
        self._q = QSettings(str(path), QSettings.Format.IniFormat)

    @property
    def language(self) -> str:
        value = self._q.value("ui/language", "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, lang: str) -> None:
        self._q.setValue("ui/language", lang)

    @property
    def last_view(self) -> str:
        return str(self._q.value("ui/last_view", "today"))

    @last_view.setter
    def last_view(self, name: str) -> None:
        self._q.setValue("ui/last_view", name)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._q.value("ui/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @geometry.setter
    def geometry(self, data: QByteArray) -> None:
        self._q.setValue("ui/geometry", data)

    @property
    def today_principal(self) -> str:
        return str(self._q.value("today/principal", ""))

    @today_principal.setter
    def today_principal(self, pid: str) -> None:
        self._q.setValue("today/principal", pid)

    @property
    def last_printer(self) -> str:
        """The printer a pack or brief went to last: the print dialog opens on it."""
        return str(self._q.value("printing/last_printer", ""))

    @last_printer.setter
    def last_printer(self, name: str) -> None:
        self._q.setValue("printing/last_printer", name)

    @property
    def me(self) -> str:
        """The person (id) of the host delegation who uses this app: notes, history and "Mine" name them."""
        return str(self._q.value("identity/person", ""))

    @me.setter
    def me(self, pid: str) -> None:
        self._q.setValue("identity/person", pid)

    @property
    def identity_asked(self) -> bool:
        """The first-start question "who are you?" was put (answered or not): it is not put again."""
        return str(self._q.value("identity/asked", "")) == "true"

    @identity_asked.setter
    def identity_asked(self, value: bool) -> None:
        self._q.setValue("identity/asked", "true" if value else "")

    def sync(self) -> None:
        self._q.sync()
