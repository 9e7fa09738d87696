"""Two processes on one database: no corruption, no lost update."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from briefer.errors import StaleRevision
from briefer.model import Note
from briefer.store import Store
from tests.cheap_kdf import child_pythonpath

ROOT = Path(__file__).resolve().parents[2]


def _python(code: str, *args: str, wait: bool = True):
    env = {**os.environ, "PYTHONPATH": child_pythonpath(ROOT)}
    cmd = [sys.executable, "-c", textwrap.dedent(code), *args]
    if wait:
        return subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    return subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


EDIT = """
import sys
from briefer.store import Store
with Store.open(sys.argv[1], user="other-laptop-window") as s:
    n = s.notes.get(sys.argv[2])
    s.notes.update(n.evolve(body=sys.argv[3]))
"""

BURST = """
import sys
from briefer.model import Note
from briefer.store import Store
with Store.open(sys.argv[1], user=sys.argv[2]) as s:
    for i in range(int(sys.argv[3])):
        n = s.notes.add(Note(author=sys.argv[2], body=f"{sys.argv[2]} note {i}"))
        print(n.id, flush=True)
"""


@pytest.mark.slow
def test_stale_save_from_another_process_is_refused_not_applied(tmp_path):
    db = tmp_path / "shared.sqlite"
    with Store.open(db) as gui:
        mine = gui.notes.add(Note(author="me", body="first version"))
        done = _python(EDIT, str(db), mine.id, "the other process's words")
        assert done.returncode == 0, done.stderr
        with pytest.raises(StaleRevision) as info:
            gui.notes.update(mine.evolve(body="my words, typed over an old copy"))
        assert "changed elsewhere" in str(info.value) and "reload" in str(info.value)
        assert gui.notes.get(mine.id).body == "the other process's words"
        # after reloading, my change applies on top
        fresh = gui.notes.get(mine.id)
        gui.notes.update(fresh.evolve(body=fresh.body + " + my words"))
        assert [h.revision for h in gui.notes.history(mine.id)] == [1, 2, 3]


@pytest.mark.slow
def test_two_writers_and_a_cli_export_at_once(tmp_path):
    db = tmp_path / "briefer.sqlite"
    Store.open(db).close()
    writers = [_python(BURST, str(db), name, "150", wait=False) for name in ("window-a", "window-b")]
    env = {**os.environ, "PYTHONPATH": child_pythonpath(ROOT)}
    exported = []
    for _ in range(3):  # a CLI export of the same database while both write
        res = subprocess.run([sys.executable, "-m", "briefer", "--data-dir", str(tmp_path), "list", "notes", "--json"],
                             env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert res.returncode == 0, res.stderr
        exported.append(len(json.loads(res.stdout)))
    reported = []
    for w in writers:
        out, err = w.communicate(timeout=120)
        assert w.returncode == 0, err
        reported += out.split()
    assert exported == sorted(exported)  # each export saw a consistent, growing snapshot
    assert len(reported) == 300
    with Store.open(db) as s:
        assert [r[0] for r in s.db.execute("PRAGMA integrity_check")] == ["ok"]
        assert s.notes.ids() == set(reported)
