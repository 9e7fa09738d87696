"""Mutation testing of one core module: a fixed sample of Cosmic Ray mutants against the module's tests.

    python tools/mutation.py briefer/exchange/merge.py     # one module (as configured in tools/mutation.toml)
    python tools/mutation.py --all                         # every configured module, one after the other
    python tools/mutation.py --list                        # the configured modules and their tests

Why a driver around Cosmic Ray (https://cosmic-ray.readthedocs.io) rather than
its CLI alone: Cosmic Ray enumerates every mutant (hundreds per module) and has
no sampling; a mutant costs a test run (seconds to a minute), so the score is
measured on a fixed random sample — the same mutants every time for the same
code (seed in tools/mutation.toml). The driver also

- works in a scratch copy of the checkout (tracked and new files), so a run
  that is killed half-way never leaves a mutated module in your tree, and two
  modules can be measured side by side;
- runs a baseline first: the module's tests must pass unmutated, importing
  ``briefer`` from the copy;
- makes Hypothesis deterministic (tools/mutation_hypothesis.py,
  ``--hypothesis-seed=0``);
- adds two operators Cosmic Ray lacks (tools/mutation_operators.py);
- judges a mutant inside a parameter or return annotation equivalent without
  running it (never evaluated under ``from __future__ import annotations``);
- scores: killed / (sampled − judged equivalent), the equivalents being listed
  with their reason in tools/mutation_equivalents.toml, and prints each
  surviving mutant's diff to be judged (a real gap gets a test; an equivalent
  mutant gets an entry there and a line in docs/mutation-testing.md).

Slow by nature (minutes per module): not part of CI; run it with ``nice`` for
each core module a change touches. Results are also written as JSON to
``.mutation/`` (ignored by git) after every mutant: a run stopped part-way (Ctrl-C, a
terminal closed, a machine too loaded to wait for) goes on where it stopped with
``--recheck``, which also runs again the mutants that survived (not those recorded as
equivalent).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "tools" / "mutation.toml"
EQUIVALENTS = ROOT / "tools" / "mutation_equivalents.toml"
RESULTS = ROOT / ".mutation"
PYTEST_ARGS = ["-x", "-q", "-p", "no:cacheprovider", "-p", "tools.mutation_hypothesis", "--hypothesis-seed=0"]


def load_config() -> dict:
    return tomllib.loads(CONFIG.read_text(encoding="utf-8"))


def load_equivalents() -> dict[tuple[str, str, int | None], str]:
    """(module, mutant text, line or None) → reason. An entry names its ``line`` only when the same mutant
    text stands on two lines of the module and only one of them is equivalent (``if conn.in_transaction:``
    in a handler that runs after another has already rolled back, and in that other handler)."""
    if not EQUIVALENTS.exists():
        return {}
    data = tomllib.loads(EQUIVALENTS.read_text(encoding="utf-8"))
    return {(e["module"], e["mutant"], e.get("line")): e["reason"] for e in data.get("equivalent", [])}


def equivalent_reason(equivalents: dict, module: str, outcome: dict) -> str | None:
    """Why the mutant of ``outcome`` is equivalent, if it was judged so (for its line, or wherever its text stands)."""
    return (equivalents.get((module, outcome["key"], outcome["line"]))
            or equivalents.get((module, outcome["key"], None)))


def signature_annotations(source: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """Where the annotations of parameters, return values and local variables are, as (start, end) positions.

    In a module with ``from __future__ import annotations`` these are never evaluated (nothing in the
    core reads a function's type hints), so a mutant inside one — ``str | None`` → ``str & None`` —
    behaves exactly as the original: it is judged equivalent without a test run. The annotation of a
    local variable (``rows: list[str] = []`` in a function's body) is never evaluated in any module
    (PEP 526), so it counts too. Class-level annotations are left out on purpose — pydantic models and
    dataclasses read them, also those of a class defined inside a function.
    """
    import ast

    tree = ast.parse(source)
    future = any(isinstance(n, ast.ImportFrom) and n.module == "__future__" and
                 any(a.name == "annotations" for a in n.names) for n in tree.body)
    spans = []

    def span(ann: ast.expr) -> None:
        spans.append(((ann.lineno, ann.col_offset), (ann.end_lineno, ann.end_col_offset)))

    def local_annotations(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                continue  # a class in a function: its annotations are read when it is made
            if isinstance(child, ast.AnnAssign):
                span(child.annotation)
            local_annotations(child)

    for node in ast.walk(tree):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            local_annotations(node)
            if not future:
                continue
            a = node.args
            notes = [p.annotation for p in (*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg) if p is not None]
            for ann in (*notes, node.returns):
                if ann is not None:
                    span(ann)
    return spans


def in_annotation(mutation, spans) -> bool:
    """Does Cosmic Ray's mutation lie wholly inside one of ``spans``?"""
    start, end = tuple(mutation.start_pos), tuple(mutation.end_pos)
    return any(a <= start and end <= b for a, b in spans)


def scratch_copy() -> Path:
    """The checkout's tracked and new (not ignored) files, copied to a fresh folder."""
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=ROOT, check=True,
                           capture_output=True).stdout.decode().split("\0")
    dest = Path(tempfile.mkdtemp(prefix="briefer-mutation-"))
    for name in filter(None, files):
        src = ROOT / name
        if src.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, dest / name)
    return dest


def mutant_key(diff: str, operator: str) -> str:
    """A name for a mutant that survives edits elsewhere in the file: operator, old line → new line."""
    old = " / ".join(line[1:].strip() for line in diff.splitlines() if line.startswith("-") and not line.startswith("---"))
    new = " / ".join(line[1:].strip() for line in diff.splitlines() if line.startswith("+") and not line.startswith("+++"))
    return f"{operator}: {old} → {new}"


def run_module(module: str, tests: list[str], settings: dict, *, sample: int, seed: int, verbose: bool,
               recheck: bool = False) -> dict:
    import cosmic_ray.plugins
    from cosmic_ray.commands import init
    from cosmic_ray.mutating import mutate_and_test
    from cosmic_ray.work_db import WorkDB, use_db
    from cosmic_ray.work_item import TestOutcome, WorkerOutcome, WorkResult

    sys.path.insert(0, str(ROOT / "tools"))
    from mutation_operators import BrieferOperators

    cosmic_ray.plugins.OPERATOR_PROVIDERS.setdefault("briefer", BrieferOperators())
    wanted = re.compile("|".join(f"(?:{p})" for p in settings["operators"]))

    source_sha = hashlib.sha256((ROOT / module).read_bytes()).hexdigest()
    result_file = RESULTS / (module.replace("/", "_").removesuffix(".py") + ".json")
    previous = None
    if recheck:
        # Only the mutants that survived last time run again (after tests were added): the module must be
        # unchanged and the sample the same, else a killed mutant might not be killed any more.
        # A run that was stopped part-way left what it had judged so far: the rest of its sample runs now.
        if not result_file.exists():
            raise SystemExit(f"{module} has no earlier run to check again: run it whole")
        last = json.loads(result_file.read_text(encoding="utf-8"))
        if (last["module_sha256"], last["seed"], last.get("sample", last["sampled"])) != (source_sha, seed, sample):
            raise SystemExit(f"{module} changed (or the sample did) since the last run: run it whole")
        previous = {(o["operator"], o["occurrence"]): o for o in last["mutants"]}

    scratch = scratch_copy()
    here = os.getcwd()
    try:
        os.chdir(scratch)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
        where = subprocess.run([sys.executable, "-c", "import briefer; print(briefer.__file__)"], env=env,
                               capture_output=True, text=True, check=True).stdout.strip()
        if not where.startswith(str(scratch)):
            raise SystemExit(f"briefer is imported from {where}, not from the scratch copy {scratch}")
        command = [sys.executable, "-m", "pytest", *PYTEST_ARGS, *tests]
        started = time.monotonic()
        baseline = subprocess.run(command, env=env, capture_output=True, text=True)
        took = time.monotonic() - started
        if baseline.returncode != 0:
            raise SystemExit(f"{module}: the tests fail without any mutant:\n{baseline.stdout[-3000:]}")
        timeout = max(60.0, 3 * took + 30)
        print(f"{module}: baseline {took:.0f} s, timeout per mutant {timeout:.0f} s", flush=True)

        session = scratch / "session.sqlite"
        with use_db(str(session), WorkDB.Mode.create) as db:
            init([Path(module)], db, {})
            items = sorted(db.pending_work_items, key=lambda w: (w.mutations[0].operator_name,
                                                                  w.mutations[0].occurrence))
            eligible = [w for w in items if wanted.match(w.mutations[0].operator_name)]
            rng = random.Random(seed)
            picked = rng.sample(eligible, min(sample, len(eligible)))
            if len(picked) < sample:  # a small module: fill up from the other operators' mutants
                others = [w for w in items if not wanted.match(w.mutations[0].operator_name)]
                picked += rng.sample(others, min(sample - len(picked), len(others)))
            chosen = set(w.job_id for w in picked)
            skipped = [w.job_id for w in items if w.job_id not in chosen]
            db.set_multiple_results(skipped, WorkResult(worker_outcome=WorkerOutcome.SKIPPED, output="not sampled"))
            print(f"{module}: {len(items)} mutants, {len(eligible)} of the chosen operators, {len(chosen)} sampled "
                  f"in {scratch}",
                  flush=True)
            # Cosmic Ray's local distribution, one mutant after the other, with a line per mutant
            outcomes = []

            def save(complete: bool) -> dict:
                # after every mutant, so a run stopped half-way (load, a closed terminal) can go on with --recheck;
                # a recheck stopped half-way keeps what the earlier run judged of the mutants it did not reach
                reached = {(o["operator"], o["occurrence"]) for o in outcomes}
                kept = [o for key, o in (previous or {}).items() if key not in reached]
                return write_summary(result_file, summarise(module, source_sha, seed, sample, tests,
                                                            outcomes + kept, complete=complete and not kept))

            equivalents = load_equivalents()

            spans = signature_annotations((ROOT / module).read_text(encoding="utf-8"))
            for n, item in enumerate(sorted((w for w in db.pending_work_items), key=lambda w: (
                    w.mutations[0].operator_name, w.mutations[0].occurrence)), 1):
                m = item.mutations[0]
                before = (previous or {}).get((m.operator_name, m.occurrence))
                if before is not None and before["test"] != "survived":
                    outcomes.append(before)   # killed before, by tests that are all still there
                    print(f"  {n:3}/{len(chosen)} line {m.start_pos[0]:4} {m.operator_name:55} "
                          f"{before['test'] or before['worker']} (earlier run)", flush=True)
                    continue
                if before is not None and equivalent_reason(equivalents, module, before):
                    outcomes.append(before)   # judged equivalent: no test can kill it, so no run is spent on it
                    print(f"  {n:3}/{len(chosen)} line {m.start_pos[0]:4} {m.operator_name:55} "
                          "equivalent (recorded)", flush=True)
                    continue
                if in_annotation(m, spans):  # never evaluated: equivalent, nothing to run
                    print(f"  {n:3}/{len(chosen)} line {m.start_pos[0]:4} {m.operator_name:55} "
                          "equivalent (annotation)", flush=True)
                    outcomes.append({
                        "operator": m.operator_name, "line": m.start_pos[0], "occurrence": m.occurrence,
                        "worker": "normal", "test": "annotation", "diff": "",
                        "key": f"{m.operator_name}: a parameter or return annotation on line {m.start_pos[0]}",
                        "output": ""})
                    continue
                result = mutate_and_test(item.mutations, " ".join(command), timeout)
                db.set_result(item.job_id, result)
                print(f"  {n:3}/{len(chosen)} line {m.start_pos[0]:4} {m.operator_name:55} "
                      f"{result.test_outcome.value if result.test_outcome else result.worker_outcome.value}", flush=True)
                outcomes.append({
                    "operator": m.operator_name, "line": m.start_pos[0], "occurrence": m.occurrence,
                    "worker": result.worker_outcome.value,
                    "test": result.test_outcome.value if result.test_outcome else None,
                    "diff": result.diff or "", "key": mutant_key(result.diff or "", m.operator_name),
                    "output": (result.output or "")[-1500:] if result.test_outcome == TestOutcome.SURVIVED else "",
                })
                save(complete=False)
            summary = save(complete=True)
    finally:
        os.chdir(here)
        shutil.rmtree(scratch, ignore_errors=True)

    report(summary, verbose)
    return summary


def summarise(module: str, source_sha: str, seed: int, sample: int, tests: list[str], outcomes: list[dict], *,
              complete: bool) -> dict:
    """Verdicts and the score of the mutants judged so far (all of the sample once ``complete``)."""
    equivalents = load_equivalents()
    outcomes = sorted(outcomes, key=lambda o: (o["line"], o["operator"], o["occurrence"]))
    for o in outcomes:
        if o["worker"] == "no-test":
            o["verdict"] = "not applicable"
        elif o["test"] == "annotation":
            o["verdict"] = "equivalent"
            o["reason"] = "a parameter or return annotation, never evaluated (from __future__ import annotations)"
        elif o["test"] == "survived":
            reason = equivalent_reason(equivalents, module, o)
            o["verdict"] = "equivalent" if reason else "SURVIVED"
            o["reason"] = reason or ""
        elif o["worker"] == "normal":
            o["verdict"] = "killed" if o["test"] == "killed" else "killed (incompetent)"
        else:
            o["verdict"] = f"killed ({o['worker']})"
    killed = sum(o["verdict"].startswith("killed") for o in outcomes)
    equivalent = sum(o["verdict"] == "equivalent" for o in outcomes)
    survived = sum(o["verdict"] == "SURVIVED" for o in outcomes)
    counted = killed + survived
    return {"module": module, "module_sha256": source_sha, "sample": sample, "sampled": len(outcomes), "seed": seed,
            "complete": complete, "killed": killed, "equivalent": equivalent, "survived": survived,
            "not_applicable": sum(o["verdict"] == "not applicable" for o in outcomes),
            "score": round(100 * killed / counted, 1) if counted else None, "tests": tests, "mutants": outcomes}


def write_summary(path: Path, summary: dict) -> dict:
    """``summary`` as JSON at ``path``, replaced whole: a run killed while writing leaves the previous one."""
    path.parent.mkdir(exist_ok=True)
    part = path.with_suffix(".json.part")
    part.write_text(json.dumps(summary, indent=1, ensure_ascii=False), encoding="utf-8")
    os.replace(part, path)
    return summary


def report(s: dict, verbose: bool) -> None:
    print(f"\n{s['module']}: {s['killed']} killed, {s['survived']} survived, {s['equivalent']} equivalent "
          f"(of {s['sampled']} sampled, seed {s['seed']}) — score {s['score']} % of non-equivalent mutants")
    if not s.get("complete", True):
        print(f"  stopped after {s['sampled']} of {s['sample']}: run it again with --recheck to go on")
    for o in s["mutants"]:
        if verbose or o["verdict"] in ("SURVIVED", "equivalent"):
            print(f"\n  [{o['verdict']}] line {o['line']} {o['key']}")
            if o["verdict"] == "equivalent":
                print(f"    reason: {o['reason']}")
            elif o["verdict"] == "SURVIVED":
                print("    " + "\n    ".join(o["diff"].splitlines()[2:]))


def _stop(code: int) -> None:
    """End the test runs this process started (each in its own process group), then unwind with ``code``."""
    me = os.getpid()
    for stat in Path("/proc").glob("[0-9]*/stat"):  # Linux; elsewhere nothing is found and only this process ends
        try:
            ppid, pgid = (int(x) for x in stat.read_text().rsplit(")", 1)[1].split()[1:3])
            if ppid == me and pgid != os.getpgid(0):
                os.killpg(pgid, signal.SIGTERM)
        except (OSError, ValueError):
            continue
    sys.exit(code)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help="core modules, as paths (briefer/exchange/merge.py)")
    parser.add_argument("--all", action="store_true", help="every module configured in tools/mutation.toml")
    parser.add_argument("--list", action="store_true", help="list the configured modules and their tests")
    parser.add_argument("--sample", type=int, help="mutants per module (default from tools/mutation.toml)")
    parser.add_argument("--seed", type=int, help="sampling seed (default from tools/mutation.toml)")
    parser.add_argument("--recheck", action="store_true",
                        help="run again only the mutants that survived the last run (the module unchanged)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every mutant, not only survivors")
    args = parser.parse_args(argv)
    # stopped by kill or a closed terminal: unwind like Ctrl-C, so the scratch copy is removed, and stop the
    # mutant's test run too (Cosmic Ray starts it in a session of its own, which a signal to this one misses)
    signal.signal(signal.SIGTERM, lambda *_: _stop(143))
    signal.signal(signal.SIGHUP, lambda *_: _stop(129))
    config = load_config()
    settings, modules = config["settings"], config["modules"]
    if args.list:
        for name, entry in modules.items():
            print(f"{name}\n    " + "\n    ".join(entry["tests"]))
        return 0
    chosen = list(modules) if args.all else args.modules
    if not chosen:
        parser.error("name a module, or --all")
    unknown = [m for m in chosen if m not in modules]
    if unknown:
        parser.error(f"not configured in tools/mutation.toml: {', '.join(unknown)} (see --list)")
    worst = 100.0
    for module in chosen:
        s = run_module(module, modules[module]["tests"], settings, sample=args.sample or settings["sample"],
                       seed=args.seed if args.seed is not None else settings["seed"], verbose=args.verbose,
                       recheck=args.recheck)
        worst = min(worst, s["score"] if s["score"] is not None else 100.0)
    return 0 if worst >= 90 else 1


if __name__ == "__main__":
    sys.exit(main())
