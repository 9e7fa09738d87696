"""Hostile input: fuzz the demo/JSON loader and the command line with hypothesis.

Properties: never an exception other than a ``BrieferError`` (which the CLI
prints as one line), never a traceback on stderr, and a refused load leaves
the database exactly as it was (no partial write).

Example counts are modest by default to keep the suite quick; set
``BRIEFER_FUZZ_EXAMPLES`` (e.g. 5000) for a long run — the figures of the
long runs are in docs/reliability.md.
"""

from __future__ import annotations

import copy
import json
import os
import re
import shutil
import signal
import stat
from pathlib import Path

import pytest
from security_helpers import mini_demo_records, write_demo
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.cli import main
from briefer.demo import LOAD_ORDER, load_demo
from briefer.errors import BrieferError
from briefer.store import Store

EXAMPLES = int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "200"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=False,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                       HealthCheck.data_too_large])

json_scalar = st.one_of(
    st.none(), st.booleans(), st.integers(min_value=-(2 ** 70), max_value=2 ** 70),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=30),
    st.sampled_from(["", "NLD", "IND", "2019-06-19", "2019-06-19T09:00:00Z", "2019-13-45T99:00:00Z",
                     "00000000-0000-0000-0000-000000000000", "not-a-uuid", "Europe/Amsterdam", "Mars/Olympus",
                     "DEP_VERTROUWELIJK", "final", "draft", "\x00", "'; DROP TABLE notes; --", "x" * 5000]),
)
json_value = st.recursive(json_scalar, lambda kids: st.one_of(st.lists(kids, max_size=4),
                                                              st.dictionaries(st.text(max_size=12), kids, max_size=4)),
                          max_leaves=12)


@st.composite
def mutated_demo(draw):
    """The valid mini demo with a few fields, records or whole files replaced by hostile values."""
    records = copy.deepcopy(mini_demo_records())
    raw_files: dict[str, bytes] = {}
    for _ in range(draw(st.integers(1, 4))):
        table = draw(st.sampled_from(LOAD_ORDER))
        action = draw(st.sampled_from(["field", "field", "field", "drop_field", "record", "file", "bytes",
                                       "duplicate"]))
        rows = records.setdefault(table, [])
        if not isinstance(rows, list):  # the whole file was already replaced by a hostile value
            continue
        if action in ("field", "drop_field") and rows:
            row = rows[draw(st.integers(0, len(rows) - 1))]
            if not isinstance(row, dict):
                continue
            keys = list(row) + ["id", "revision", "created_at", "updated_at", "unknown_field"]
            key = draw(st.sampled_from(keys))
            if action == "field":
                row[key] = draw(json_value)
            else:
                row.pop(key, None)
        elif action == "record":
            rows.append(draw(json_value))
        elif action == "duplicate" and rows:
            dup = dict(rows[0]) if isinstance(rows[0], dict) else copy.deepcopy(rows[0])
            if isinstance(dup, dict) and draw(st.booleans()):
                dup.pop("id", None)  # same unique key (iso3, country), new id
            rows.append(dup)
        elif action == "file":
            records[table] = draw(json_value)
        elif action == "bytes":
            raw_files[table] = draw(st.binary(max_size=200)) + draw(st.sampled_from([b"", b"\xff\xfe", b"[{"]))
    return records, raw_files


def _write(folder: Path, records, raw_files) -> None:
    write_demo(folder, {t: v for t, v in records.items() if t not in raw_files})
    for table, data in raw_files.items():
        (folder / f"{table}.json").write_bytes(data)


def _snapshot(store: Store) -> tuple:
    return (store.counts(), store.db.execute("SELECT count(*) FROM revisions").fetchone()[0],
            store.db.execute("SELECT count(*) FROM search_records").fetchone()[0])


@pytest.fixture(scope="module")
def empty_db(tmp_path_factory) -> Path:
    """A migrated empty database file; each example works on a fresh copy (copying beats migrating)."""
    path = tmp_path_factory.mktemp("template") / "empty.sqlite"
    Store.open(path).close()
    return path


def _fresh_store(template: Path, folder: Path) -> Store:
    target = folder / "db.sqlite"
    shutil.copyfile(template, target)
    return Store.open(target)


@FUZZ
@given(case=mutated_demo())
def test_fuzz_demo_loader(tmp_path_factory, empty_db, case):
    records, raw_files = case
    folder = tmp_path_factory.mktemp("demo")
    _write(folder, records, raw_files)
    store = _fresh_store(empty_db, folder)
    try:
        before = _snapshot(store)
        try:
            result = load_demo(store, folder)
        except BrieferError as exc:
            assert str(exc)  # a message for the user
            assert _snapshot(store) == before, "a refused load must change nothing"
        else:
            assert result.loaded in (True, False)
        assert [r[0] for r in store.db.execute("PRAGMA integrity_check")] == ["ok"]
    finally:
        store.close()


@FUZZ
@given(records=st.dictionaries(st.sampled_from(LOAD_ORDER), json_value, max_size=5))
def test_fuzz_demo_loader_with_arbitrary_json(tmp_path_factory, empty_db, records):
    folder = tmp_path_factory.mktemp("demo")
    for table, value in records.items():
        (folder / f"{table}.json").write_text(json.dumps(value), encoding="utf-8")
    store = _fresh_store(empty_db, folder)
    try:
        before = _snapshot(store)
        try:
            load_demo(store, folder)
        except BrieferError:
            assert _snapshot(store) == before
    finally:
        store.close()


@pytest.mark.parametrize(("content", "message"), [
    (b"[" * 5000 + b"]" * 5000, "the JSON nests 5000 levels deep (at most 64)"),
    (b'[{"iso3": NaN, "x": ' + b"9" * 5000 + b"}]", "the JSON holds a number of 5,000 digits (at most 20)"),
])
def test_demo_data_beyond_the_json_limits_is_refused(tmp_path_factory, empty_db, content, message):
    folder = tmp_path_factory.mktemp("demo")
    write_demo(folder)
    (folder / "countries.json").write_bytes(content)
    store = _fresh_store(empty_db, folder)
    try:
        before = _snapshot(store)
        with pytest.raises(BrieferError, match=r"countries\.json: cannot read demo data \(" + re.escape(message)):
            load_demo(store, folder)
        assert _snapshot(store) == before
    finally:
        store.close()


COMMANDS = ["demo", "list", "search", "show", "check", "backup", "backups", "restore", "autolock",
            "encrypt", "decrypt", "passphrase", "pack", "prints", "ics", "import-ics", "slots", "walking"]
WORDS = ["countries", "people", "sessions", "meetings", "actions", "briefs", "notes", "meeting", "person",
         "session", "brief", "IND", "NLD", "Bruins", "--json", "--limit", "--force", "-h", "--help", "0", "-1",
         "99999999999999999999", "5", "briefer-", "*", '"', "NEAR(", "AND", "OR", "NOT", "^", "''", "\\",
         "--", "-", "💊", "\u202e", "%s", "{}", "../../etc/passwd"]


hostile_text = st.one_of(st.sampled_from(WORDS), st.text(max_size=20),
                         st.integers(min_value=-(2 ** 80), max_value=2 ** 80).map(str))

numbers = st.one_of(st.integers(-5, 5), st.integers(), st.sampled_from([2 ** 63, 2 ** 64, 10 ** 30, -(2 ** 63) - 1])
                    ).map(str)

#: Names no file can have, or files that are not regular files (made in the test's folder by ``cli_data_dir``):
#: each must be refused in one line, and a pipe must never make a command wait.
SPECIAL_FILES = ["pipe", "null", "a-folder", "plain.txt/below", "missing/dir/x"]
hostile_path = st.one_of(
    st.sampled_from(SPECIAL_FILES),
    st.integers(240, 400).map(lambda n: "n" * n),
    st.integers(100, 200).map(lambda n: "é" * n + ".out"),  # 2 bytes a character: over 255 from 128 on
    st.integers(1, 40).map(lambda n: "/".join(["d" * 250] * n)),  # a folder name the system refuses, or a path too long
)

#: Per command, the shape of a plausible call: (required slots, optional slots), each slot a list of args.
SHAPES = {
    "list": ([st.sampled_from(["countries", "people", "notes", "meetings"])], [st.just("--json")]),
    "search": ([hostile_text], [st.tuples(st.just("--limit"), numbers), st.just("--json"), hostile_text]),
    "show": ([st.sampled_from(["meeting", "person", "session", "brief"]), hostile_text], [st.just("--json")]),
    "restore": ([hostile_text], []),
    "autolock": ([], [st.one_of(numbers, hostile_text)]),
    "demo": ([], [st.just("--force")]),
    # other areas' commands (packs, schedule), merged from main
    "pack": ([st.tuples(st.just("--for"), st.one_of(st.just("Bruins"), hostile_text)),
              st.tuples(st.just("-o"), st.sampled_from(["out.pdf", "missing/dir/out.pdf", ".", "out.ics"]) | hostile_path)],
             [st.tuples(st.just("--from"), hostile_text), st.tuples(st.just("--to"), hostile_text),
              st.tuples(st.just("--lang"), st.sampled_from(["nl", "en", "fr"])),
              st.tuples(st.just("--classification"), hostile_text), st.tuples(st.just("--sections"), hostile_text),
              st.tuples(st.just("--skip"), hostile_text), st.tuples(st.just("--meeting"), hostile_text),
              st.tuples(st.just("--changes-since"), numbers), st.just("--final"), st.just("--watermark")]),
    "ics": ([st.tuples(st.just("--for"), st.one_of(st.just("Bruins"), hostile_text)),
             st.tuples(st.just("-o"), st.sampled_from(["out.ics", "missing/dir/out.ics", "."]) | hostile_path)],
            [st.just("--public")]),
    "import-ics": ([st.sampled_from(["hostile.ics", "missing.ics", "."]) | hostile_path], [st.just("--dry-run"), st.just("--json")]),
    "slots": ([st.tuples(st.just("--principal"), st.one_of(st.just("Bruins"), hostile_text))],
              [st.tuples(st.just("--country"), hostile_text), st.tuples(st.just("--with"), hostile_text),
               st.tuples(st.just("--duration"), numbers), st.tuples(st.just("--day"), hostile_text),
               st.tuples(st.just("--break"), numbers), st.tuples(st.just("--limit"), numbers),
               st.just("--why"), st.just("--json")]),
    "walking": ([st.sampled_from(["show", "set", "default"])], [hostile_text, hostile_text, numbers]),
    "prints": ([], [st.tuples(st.just("--for"), hostile_text), st.just("--json")]),
    "check": ([], [st.just("--schedule")]),
    "export": ([st.sampled_from(["notes", "actions", "bundle"]),
                st.tuples(st.just("-o"), st.sampled_from(["out.docx", "missing/dir/x", ".", "out.briefer"]) | hostile_path)],
               [st.tuples(st.just("--format"), st.sampled_from(["docx", "pdf", "md", "json", "csv", "xlsx", "odt"])),
                st.tuples(st.just("--meeting"), hostile_text), st.tuples(st.just("--country"), hostile_text),
                st.just("--all"), st.tuples(st.just("--since"), hostile_text), st.tuples(st.just("--only"), hostile_text)]),
    "import": ([st.sampled_from(["hostile.ics", "missing.briefer", "."]) | hostile_path], [st.just("--dry-run")]),
    "conflicts": ([], [st.sampled_from(["show", "resolve"]), hostile_text]),
}


def _flat(value) -> list[str]:
    return list(value) if isinstance(value, tuple) else [value]


@st.composite
def argv(draw):
    if draw(st.booleans()):  # structured: a real command with hostile values in its slots
        command = draw(st.sampled_from(sorted(SHAPES)))
        required, optional = SHAPES[command]
        rest = [a for slot in required for a in _flat(draw(slot))]
        rest += [a for slot in optional if draw(st.booleans()) for a in _flat(draw(slot))]
        return [command, *rest]
    first = draw(st.one_of(st.sampled_from(COMMANDS), st.text(min_size=1, max_size=12).filter(
        lambda t: not t.startswith("-"))))
    rest = draw(st.lists(hostile_text, max_size=5))
    return [first, *rest]


@pytest.fixture(scope="module")
def cli_data_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli")
    write_demo(folder / "demo")
    os.mkfifo(folder / "pipe")
    (folder / "a-folder").mkdir()
    (folder / "plain.txt").write_text("a file, not a folder")
    try:  # a /dev/null of our own: if a check regresses, this one is replaced, not the system's
        os.mknod(folder / "null", 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except OSError:
        (folder / "null").mkdir()
    return folder


@FUZZ
@given(args=argv(), ics=st.binary(max_size=300) | st.sampled_from([
    b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:20190619T150000Z\r\nSUMMARY:x\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
    b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n"]))
def test_fuzz_cli_arguments(cli_data_dir, monkeypatch, capsys, args, ics):
    monkeypatch.chdir(cli_data_dir)  # relative output paths land in the test's folder, nowhere else
    (cli_data_dir / "hostile.ics").write_bytes(ics)
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(cli_data_dir / "data"))
    monkeypatch.setattr("briefer.demo.demo_dir", lambda: cli_data_dir / "demo")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False, raising=False)  # never wait for a prompt
    def hung(signum, frame):
        raise TimeoutError(f"{args} waited on a special file")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    try:
        code = main(args)
    except SystemExit as exc:  # argparse: usage error (2) or --help (0)
        code = exc.code
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    out, err = capsys.readouterr()
    assert "Traceback" not in err and "Traceback" not in out
    assert code in (0, 1, 2, 3, 4, 5, 6, 7), (args, code, err)
    if code not in (0, 2):
        assert err.startswith("briefer: error: ") and err.count("\n") == 1, (args, err)
