"""The mutation-testing setup stays runnable: configured modules and test files exist, judgements match.

`tools/mutation.py` is not run in CI (it takes minutes per module), so a test
file renamed or a module moved would only be noticed at the next measurement.
This checks the configuration in a second, and the two operators written for
Cosmic Ray against their own examples when Cosmic Ray is installed.
"""

from __future__ import annotations

import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _config() -> dict:
    return tomllib.loads((ROOT / "tools" / "mutation.toml").read_text(encoding="utf-8"))


def test_every_configured_module_and_test_file_exists():
    config = _config()
    assert config["settings"]["sample"] >= 60
    missing = [path for module, entry in config["modules"].items() for path in [module, *entry["tests"]]
               if not _exists(path)]
    assert missing == []


def _exists(path: str) -> bool:
    """A file, or a test in one (``tests/x.py::test_y``, as pytest names it): both must still be there."""
    file, _, test = path.partition("::")
    if not (ROOT / file).is_file():
        return False
    return not test or f"def {test.split('[')[0]}(" in (ROOT / file).read_text(encoding="utf-8")


def test_every_equivalent_mutant_names_a_configured_module_and_a_reason():
    modules = set(_config()["modules"])
    judged = tomllib.loads((ROOT / "tools" / "mutation_equivalents.toml").read_text(encoding="utf-8"))["equivalent"]
    assert judged, "the judgements file holds the equivalent mutants of the measured modules"
    for entry in judged:
        assert entry["module"] in modules, entry
        assert ": " in entry["mutant"] and " → " in entry["mutant"], entry
        assert len(entry["reason"]) > 20, entry
        assert set(entry) <= {"module", "mutant", "reason", "line"} and isinstance(entry.get("line", 0), int), entry


def test_the_deleted_statement_and_return_value_operators_do_what_they_say():
    pytest.importorskip("cosmic_ray")
    from cosmic_ray.mutating import mutate_code

    sys.path.insert(0, str(ROOT / "tools"))
    try:
        from mutation_operators import DeleteStatement, ReturnNone
    finally:
        sys.path.remove(str(ROOT / "tools"))
    for operator in (DeleteStatement, ReturnNone):
        for example in operator.examples():
            assert mutate_code(example.pre_mutation_code, operator(), example.occurrence) == example.post_mutation_code
    # an assignment is not deleted (only calls and raise), and `return None` is left alone
    assert mutate_code("x = f()\n", DeleteStatement(), 0) is None
    assert mutate_code("def f():\n    return None\n", ReturnNone(), 0) is None


def test_only_parameter_and_return_annotations_are_judged_without_a_run():
    sys.path.insert(0, str(ROOT / "tools"))
    from types import SimpleNamespace

    from mutation import in_annotation, signature_annotations

    source = ("from __future__ import annotations\n"
              "class Row(Base):\n"
              "    note: str | None = None\n"                      # line 3: a model field — pydantic reads it
              "def find(key: str | None, *, n: int = 1) -> Row | None:\n"   # line 4
              "    return key | None\n")                           # line 5: an expression, evaluated
    spans = signature_annotations(source)
    at = lambda line, a, b: SimpleNamespace(start_pos=(line, a), end_pos=(line, b))  # noqa: E731
    line4 = source.splitlines()[3]
    assert in_annotation(at(4, line4.index("|"), line4.index("|") + 1), spans)          # key: str | None
    assert in_annotation(at(4, line4.rindex("|"), line4.rindex("|") + 1), spans)        # -> Row | None
    assert not in_annotation(at(4, line4.index("1"), line4.index("1") + 1), spans)      # the default 1
    assert not in_annotation(at(4, line4.index("*"), line4.index("*") + 1), spans)      # the * marker
    assert not in_annotation(at(3, 14, 15), spans)                                      # the class field
    assert not in_annotation(at(5, 15, 16), spans)                                      # key | None
    # without the future import annotations are evaluated at definition: nothing is judged
    assert signature_annotations(source.split("\n", 1)[1]) == []


def test_a_local_variables_annotation_is_judged_without_a_run_in_any_module():
    """PEP 526: the annotation of a local variable is never evaluated — but a class made inside a
    function has its fields read (a dataclass), and a module-level annotation is kept."""
    sys.path.insert(0, str(ROOT / "tools"))
    from types import SimpleNamespace

    from mutation import in_annotation, signature_annotations

    source = ("LIMIT: int | None = None\n"                                # line 1: module level, evaluated
              "def load(rows):\n"
              "    seen: set[str] | None = None\n"                       # line 3: local, never evaluated
              "    for r in rows:\n"
              "        if r:\n"
              "            total: int | float = 0\n"                     # line 6: local, nested in blocks
              "    @dataclass\n"
              "    class Part:\n"
              "        size: int | None = None\n"                        # line 9: a field, read by dataclass
              "    return seen | None\n")                                # line 10: an expression
    spans = signature_annotations(source)
    at = lambda line, col: SimpleNamespace(start_pos=(line, col), end_pos=(line, col + 1))  # noqa: E731
    bar = lambda line: source.splitlines()[line - 1].index("|")  # noqa: E731
    assert in_annotation(at(3, bar(3)), spans)
    assert in_annotation(at(6, bar(6)), spans)
    assert not in_annotation(at(1, bar(1)), spans)
    assert not in_annotation(at(9, bar(9)), spans)
    assert not in_annotation(at(10, bar(10)), spans)
    assert not in_annotation(at(3, source.splitlines()[2].index("None = ") + 7), spans)  # the value None


def test_a_run_stopped_part_way_leaves_what_it_judged_for_a_recheck(tmp_path):
    """The results are written after every mutant: a run stopped by load or a closed terminal loses
    nothing, says it is incomplete, and keeps the sample size a ``--recheck`` compares with."""
    sys.path.insert(0, str(ROOT / "tools"))
    from mutation import summarise, write_summary

    def outcome(line, test):
        return {"operator": "core/NumberReplacer", "line": line, "occurrence": line, "worker": "normal",
                "test": test, "diff": "", "key": f"core/NumberReplacer: {line}", "output": ""}

    judged = [outcome(3, "killed"), outcome(1, "survived")]
    path = tmp_path / "results" / "briefer_x.json"
    path.parent.mkdir()
    path.write_text("the previous run", encoding="utf-8")
    s = write_summary(path, summarise("briefer/x.py", "abc", 22, 60, ["tests/x.py"], judged, complete=False))
    import json

    assert json.loads(path.read_text(encoding="utf-8")) == s
    assert (s["sample"], s["sampled"], s["complete"], s["killed"], s["survived"], s["score"]) == (60, 2, False, 1, 1, 50.0)
    assert [o["line"] for o in s["mutants"]] == [1, 3]
    assert [p.name for p in path.parent.iterdir()] == ["briefer_x.json"]  # no temporary file left
    done = summarise("briefer/x.py", "abc", 22, 60, ["tests/x.py"], judged, complete=True)
    assert done["complete"] is True


def test_an_incomplete_run_says_how_to_go_on(capsys):
    sys.path.insert(0, str(ROOT / "tools"))
    from mutation import report, summarise

    report(summarise("briefer/x.py", "abc", 22, 60, [], [], complete=False), verbose=False)
    assert "stopped after 0 of 60: run it again with --recheck" in capsys.readouterr().out
    report(summarise("briefer/x.py", "abc", 22, 60, [], [], complete=True), verbose=False)
    assert "--recheck" not in capsys.readouterr().out


def test_an_equivalent_judged_for_one_line_does_not_cover_the_same_text_on_another(tmp_path, monkeypatch):
    """``if conn.in_transaction:`` → ``if not …`` is harmless in a handler that runs after another has rolled
    back, and a real gap in that other handler: judged for its line, the mutant elsewhere still counts."""
    sys.path.insert(0, str(ROOT / "tools"))
    import mutation

    judged = tmp_path / "equivalents.toml"
    judged.write_text('[[equivalent]]\nmodule = "briefer/x.py"\nmutant = "core/AddNot: if a: → if not a:"\n'
                      'line = 9\nreason = "only at line 9: the handler above has already rolled back"\n'
                      '[[equivalent]]\nmodule = "briefer/x.py"\nmutant = "core/NumberReplacer: [0] → [-1]"\n'
                      'reason = "a one-column row, wherever it is read"\n', encoding="utf-8")
    monkeypatch.setattr(mutation, "EQUIVALENTS", judged)

    def survivor(line, key):
        return {"operator": key.split(":")[0], "line": line, "occurrence": line, "worker": "normal",
                "test": "survived", "diff": "", "key": key, "output": ""}

    s = mutation.summarise("briefer/x.py", "abc", 22, 60, [], [
        survivor(4, "core/AddNot: if a: → if not a:"), survivor(9, "core/AddNot: if a: → if not a:"),
        survivor(12, "core/NumberReplacer: [0] → [-1]")], complete=True)
    assert [(o["line"], o["verdict"]) for o in s["mutants"]] == [(4, "SURVIVED"), (9, "equivalent"),
                                                                   (12, "equivalent")]
