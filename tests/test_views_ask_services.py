"""Views ask read services for what they show; they hold no store queries (DESIGN rule 1, issue #21).

"The brief of a meeting" was looked up four times in four views, and labels
were worded in each; a read service in the core (``schedule.meeting_sheet``,
``store.search_subjects``, ``store.draft_owners``, ``store.country_rows``,
``schedule.workload``…) reads once, in one place, and is tested without Qt.
This check reads the source of every module under ``briefer/gui`` (the
generated forms aside) and fails on a *repository read* reached through a
store: ``store.notes.find(…)``, ``self.services.store.meetings.list()``,
``store.repo_for_table(t).find(…)``. Writes (``drafts.save``, ``checklist.tick``,
saves through the saver) and the store's own service calls (``store.search``,
``store.conference()``) are not queries of records and are not flagged.

One shape is allowed everywhere: a list page's ``load_rows(store)`` (and
``load_extra``) naming the whole table it lists, ``store.people.list()``.
``RecordPage`` calls it with the store it chose — the worker's own connection
for a big list — so it is the page's declaration of its rows, not a lookup.
What else is left is listed in ``ALLOWED`` with why; an entry is the module
and the call's text, so a new query in an allowed module still fails.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GUI = ROOT / "briefer" / "gui"

#: Repository methods that read records (or their number).
READS = {"list", "get", "find", "all", "count", "count_where", "rows_where", "ticked", "history", "where"}
#: Names a store goes by in the GUI: a parameter or local ``store``, ``self.store``, ``services.store``…
STORE_NAMES = {"store", "_store"}

#: The methods by which a list page declares the rows it lists (see the module docstring).
LIST_DECLARATIONS = {"load_rows", "load_extra"}

#: What is still read in a view, with why. Keep it short: move a query into a read service instead.
ALLOWED = {
    # a list page's size decides whether its rows are read on a worker: a COUNT(*), not a read of records
    ("records/record_page.py", "store.repo_for_table(t).count()"),
    ("packs/packs_view.py", "store.repo_for_table(t).count()"),
    ("programme/programme_view.py", "store.repo_for_table(t).count()"),
    # the saver: a restore reads the stored revision its write builds on (undo.py is writes, not a view)
    ("undo.py", "repo.find(content.id)"),
    ("undo.py", "repo.history(content.id)"),
    # the done key reads the action's stored revision just before it writes the new status
    ("actions/actions_view.py", "store.actions.find(item.id)"),
    # the autosave buffer read back by the code that wrote it (drafts are a key-value buffer, not records)
    ("meeting_mode/meeting_mode.py", "store.drafts.get(draft_key(self.note_id))"),
    ("safety/auto_lock.py", "store.drafts.get(key)"),
}


def _is_store(node: ast.AST) -> bool:
    if isinstance(node, ast.Name):
        return node.id in STORE_NAMES
    return isinstance(node, ast.Attribute) and node.attr in STORE_NAMES


def _is_repository(node: ast.AST) -> bool:
    """``store.<repo>``, ``store.repo_for…(…)``, or a view's own ``self.repo``."""
    if isinstance(node, ast.Attribute):
        return _is_store(node.value) or node.attr == "repo"
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr.startswith("repo_for") and _is_store(node.func.value))


def _is_query(node: ast.AST) -> bool:
    return (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in READS
            and _is_repository(node.func.value))


def _declared_lists(tree: ast.AST) -> set[int]:
    """The ``store.<table>.list()`` calls (no filter) inside a list page's ``load_rows``/``load_extra``."""
    return {id(node) for fn in ast.walk(tree)
            if isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) and fn.name in LIST_DECLARATIONS
            for node in ast.walk(fn)
            if _is_query(node) and node.func.attr == "list" and not node.args and not node.keywords
            and isinstance(node.func.value, ast.Attribute)}


def _aliased_queries(tree: ast.AST) -> list[ast.Call]:
    """Reads through a name a function gave a repository: ``repo = store.repo_for_table(t)``, then ``repo.find(…)``."""
    found = []
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module)):
            continue
        aliases = {t.id for node in ast.walk(fn) if isinstance(node, ast.Assign) and _is_repository(node.value)
                   for t in node.targets if isinstance(t, ast.Name)}
        found += [node for node in ast.walk(fn)
                  if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in READS
                  and isinstance(node.func.value, ast.Name) and node.func.value.id in aliases]
    return found


def store_queries(source: str) -> list[str]:
    """The text of every repository read through a store in ``source``, declared list rows aside."""
    tree = ast.parse(source)
    declared = _declared_lists(tree)
    direct = [node for node in ast.walk(tree) if _is_query(node) and id(node) not in declared]
    aliased = {id(n): n for n in _aliased_queries(tree)}  # a module and its functions both see a call: once
    return [ast.unparse(node) for node in direct + list(aliased.values())]


def _view_modules():
    return sorted(p for p in GUI.rglob("*.py") if "forms" not in p.relative_to(GUI).parts)


def _short(text: str) -> str:
    """``self.services.store.x`` and ``services.store.x`` are both ``store.x``."""
    return text[text.index("store."):] if "store." in text else text


def test_views_hold_no_store_queries():
    found = {(p.relative_to(GUI).as_posix(), _short(q)) for p in _view_modules() for q in store_queries(p.read_text())}
    assert sorted(found - ALLOWED) == [], "views query the store: ask a read service in the core instead"


@pytest.mark.parametrize("source", [
    "store.notes.find(note_id)",
    "self.services.store.meetings.list()",
    "services.store.meetings.get(meeting_id)",
    "self._store.topic_profiles.list()",
    "store.repo_for_table(table).find(record_id)",
    "self.store.repo_for(type(record)).history(record.id)",
    "self.repo.find(record_id)",
])
def test_the_check_sees_each_way_a_view_reaches_a_repository(source):
    assert store_queries(source) == [source]


def test_the_check_sees_a_repository_kept_in_a_name():
    source = "def key_for(self, table, rid):\n    repo = self.services.store.repo_for_table(table)\n    return repo.find(rid)\n"
    assert store_queries(source) == ["repo.find(rid)"]


def test_a_list_page_may_name_its_whole_table_but_not_look_things_up_there():
    page = "class Page:\n    def load_rows(self, store):\n        return store.people.list()\n"
    assert store_queries(page) == []
    filtered = "class Page:\n    def load_rows(self, store):\n        return store.notes.list(meeting_id=m)\n"
    assert store_queries(filtered) == ["store.notes.list(meeting_id=m)"]
    elsewhere = "class Page:\n    def show(self, store):\n        return store.people.list()\n"
    assert store_queries(elsewhere) == ["store.people.list()"]


@pytest.mark.parametrize("source", [
    "store.drafts.save(key, body)",
    "self.services.store.checklist.tick(meeting_id, point, True)",
    "self.services.saver.save(None, record)",
    "store.search(text, limit=30)",
    "meeting_sheet.outcomes_of(store, meeting_id)",
    "self.directory.people.get(pid)",
])
def test_writes_services_and_other_objects_are_not_queries(source):
    assert store_queries(source) == []
