"""Two people of the same name in a pack's contacts come out in the same order every time.

The order must not depend on the process: a set of ids iterates in the order of their hashes, and
Python salts string hashes per process (PYTHONHASHSEED). A contacts list ordered by name alone then
printed namesakes in a different order from one print to the next, and the pack's content digest —
and with it the version number — changed though nothing had.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from briefer.cli import main
from briefer.model import Person
from briefer.store import Store

SCRIPT = r"""
import json, sys
from briefer.packs.compose import compose
from briefer.packs.plan import PackOptions, Section
from briefer.store import Store
with Store.open(sys.argv[1]) as s:
    plan = compose(s, PackOptions(recipient_id=sys.argv[2], sections=frozenset({Section.CONTACTS})))
    print(json.dumps([c.email for c in plan.contacts if c.email.endswith("@namesake.example")]))
"""


def test_namesakes_in_the_contacts_keep_their_order_whatever_the_process(tmp_path):
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "demo"]) == 0
    db = data / "briefer.sqlite"
    with Store.open(db) as s:
        meeting = next(m for m in s.meetings.list() if m.counterpart_ids)
        twins = [s.people.add(Person(given_name="Alex", family_name="Jansen", email=f"{i}@namesake.example"))
                 for i in range(6)]
        s.meetings.update(meeting.evolve(counterpart_ids=[*meeting.counterpart_ids, *(t.id for t in twins)]))
        principal = meeting.principal_id
    orders = set()
    for seed in ("0", "1", "2", "3"):
        out = subprocess.run([sys.executable, "-c", SCRIPT, str(db), principal], capture_output=True, text=True,
                             env={**os.environ, "PYTHONHASHSEED": seed}, timeout=120, check=True).stdout
        found = json.loads(out)
        assert sorted(found) == sorted(t.email for t in twins)
        orders.add(tuple(found))
    assert len(orders) == 1, orders
