"""The main views by name, each imported and built on its first visit — start-up pays for the first only.

``VIEWS`` is the rail's order; :class:`LazyViews` is the window's ``views``
mapping. Dialogs are imported where they are opened, not here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Callable, Iterator

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtWidgets import QWidget


# Each view's class, imported when first needed. Plain import statements (not importlib with a
# string), so PyInstaller's analysis still finds every view module for the bundle.
def _today_view():
    from briefer.gui.today.today_view import TodayView
    return TodayView


def _programme_view():
    from briefer.gui.programme.programme_view import ProgrammeView
    return ProgrammeView


def _bilaterals_view():
    from briefer.gui.bilaterals.bilaterals_view import BilateralsView
    return BilateralsView


def _countries_view():
    from briefer.gui.countries.countries_view import CountriesView
    return CountriesView


def _people_view():
    from briefer.gui.people.people_view import PeopleView
    return PeopleView


def _actions_view():
    from briefer.gui.actions.actions_view import ActionsView
    return ActionsView


def _packs_view():
    from briefer.gui.packs.packs_view import PacksView
    return PacksView


#: The rail, in order: (name, function importing and returning the view's class).
VIEWS = (
    ("today", _today_view), ("programme", _programme_view), ("bilaterals", _bilaterals_view),
    ("countries", _countries_view), ("people", _people_view), ("actions", _actions_view), ("packs", _packs_view),
)
VIEW_NAMES = tuple(name for name, _ in VIEWS)
#: Which view opens a record of each store table (search results, Today's items).
VIEW_OF_TABLE = {
    "sessions": "programme", "meetings": "bilaterals", "meeting_briefs": "bilaterals", "notes": "bilaterals",
    "outcomes": "bilaterals", "attachments": "bilaterals", "countries": "countries", "country_briefs": "countries",
    "topic_values": "countries", "people": "people", "delegations": "people", "actions": "actions",
}


def view_class(name: str) -> type:
    """The class of view ``name``, importing its module now."""
    return dict(VIEWS)[name]()


class LazyViews(Mapping):
    """The main views by name; a view is built (its module imported) the first time it is looked up.

    ``views[name]`` builds; iterating gives every name. Code that acts on the
    views as they are (marking them stale, collecting unsaved editors) uses
    :meth:`built`, which never builds one.
    """

    def __init__(self, build: Callable[[str], QWidget]):
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, name: str) -> QWidget:
        view = self._built.get(name)
        if view is None:
            if name not in VIEW_NAMES:
                raise KeyError(name)
            view = self._built[name] = self._build(name)
        return view

    def __iter__(self) -> Iterator[str]:
        return iter(VIEW_NAMES)

    def __len__(self) -> int:
        return len(VIEW_NAMES)

    def __contains__(self, name: object) -> bool:
        return name in VIEW_NAMES

    def is_built(self, name: str) -> bool:
        return name in self._built

    def built(self) -> dict[str, QWidget]:
        """The views made so far, by name (in the rail's order)."""
        return {n: self._built[n] for n in VIEW_NAMES if n in self._built}


class RetranslateWhenShown(QObject):
    """Holds back a language switch from a view that is not on screen until it is next shown.

    Switching the language sends every widget a LanguageChange; a view handles it by rewording
    its lists, pickers and timetable (the Actions view's 5,000 bilaterals, the Programme's day),
    which froze the window for a second on the large data. A view out of sight has nothing to
    reword for anyone yet: it gets the event when it is shown, before it is painted.
    """

    def __init__(self, view: QWidget):
        super().__init__(view)
        self.pending = False
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.LanguageChange and isinstance(watched, QWidget) and not watched.isVisible():
            self.pending = True
            return True  # not delivered: the view and its children keep their words until shown
        if kind == QEvent.Type.Show and self.pending:
            self.pending = False
            QCoreApplication.sendEvent(watched, QEvent(QEvent.Type.LanguageChange))
        return False
