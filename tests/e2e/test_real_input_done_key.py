"""The Actions list's done key with a real keyboard: Ctrl+D marks the selected action done, again reopens it."""

from __future__ import annotations

import json

from xdriver import wait_until


def _statuses(app) -> dict[str, str]:
    return {a["id"]: a["status"] for a in json.loads(app.cli("list", "actions", "--json").stdout)}


def test_ctrl_d_marks_the_selected_action_done_and_again_reopens_it(launch):
    app = launch()
    app.open_main()
    before = _statuses(app)
    app.key("ctrl+6")  # Actions
    app.wait_text("count_label", bool, "the Actions list")
    x, y, w, h = app.widget("table")
    app.click_at(x + 40, y + 35)  # the first row, under the header: the most urgent open action
    app.wait_focus("table")
    app.key("ctrl+d")
    done = wait_until(lambda: [i for i, s in _statuses(app).items() if s == "done" and before[i] != "done"],
                      "one action marked done")
    assert len(done) == 1
    app.key("ctrl+d")  # the selection stays on it (now under "Done"): the same key opens it again
    wait_until(lambda: _statuses(app)[done[0]] == "open", "the action open again")
    assert {i: s for i, s in _statuses(app).items() if i != done[0]} == {i: s for i, s in before.items() if i != done[0]}
