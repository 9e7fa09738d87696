"""Shared fixtures: every test gets its own data dir; stores are real SQLite files."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from briefer.store import Store

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def pytest_report_header(config):
    import sqlcipher3
    import sqlite_utils

    conn = sqlcipher3.connect(":memory:")
    version = conn.execute("select sqlite_version()").fetchone()[0]
    return f"briefer: SQLite {version} (sqlcipher3), sqlite-utils {sqlite_utils.__version__ if hasattr(sqlite_utils, '__version__') else '?'}"


# The files that take minutes (per-file sums of the whole suite's --durations, issue 19 item 8 in
# benchmarks/README.md), longest first. pytest-xdist hands files out in collection order when run with
# --no-loadscope-reorder (README's test command); these start first, so the test processes end together
# instead of one running a long file alone at the end (by default xdist orders files by their number of
# tests, which put the one-test wheel build, ~5 min under load, last). Only the order changes; a stale entry
# costs nothing. Files with a test marked ``slow`` come next.
LONG_FILES = (  # nineteenth session's whole run (-n 3 on two cores), seconds per file
    "tests/security/test_security_incremental_backups.py",  # 29
    "tests/security/test_security_encrypted_incremental_backups.py",  # 27
    "tests/e2e/test_real_input_lock.py",  # 24
    "tests/gui/test_gui_fit_screen.py",  # 23
    "tests/security/test_security_conversion_kill.py",  # 23
    "tests/security/test_security_crash.py",  # 22
    "tests/security/test_security_wholefile_races.py",  # 19
    "tests/test_wheel_install.py",  # 18
    "tests/e2e/test_real_input_disk_full.py",  # 15
    "tests/exchange/test_exchange_canonical.py",  # 14
    "tests/gui/test_gui_plumbing.py",  # 12
    "tests/benchmarks/test_gui_benchmarks_run.py",  # 12
    "tests/torture/test_torture_short.py",  # 12 (ran alone for the last 12 s when it came last)
    "tests/security/test_security_fuzz.py",  # 10
    "tests/gui/test_gui_date_fields.py",  # 10
    "tests/gui/test_gui_country_picker.py",  # 9
    "tests/gui/test_gui_packs_view.py",  # 8
    "tests/packs/test_packs_apart_answers.py",  # 8
    "tests/gui/test_gui_earlier_history.py",  # 8
)


def pytest_configure(config):
    # pypdf builds each font of a PDF once, not once per page read back (tests/pdf_fonts.py)
    from tests.pdf_fonts import install

    install()


def pytest_xdist_auto_num_workers(config):
    """``-n auto``: one test process more than the cores this process may use.

    A test that waits — on a process it started, a real-clock timeout, the X server of the real-input
    tests — leaves its core idle (about a sixth of the summed test time); a third process on two cores
    uses it. Measured on two cores (benchmarks/README.md, seventeenth session): 326 s with two
    processes, 291 s with three, 282 s with four.
    """
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)
    return cores + 1


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(config, items):
    """Long files first (see LONG_FILES); the tests of each file keep their order."""
    def file_of(item) -> str:
        try:
            return item.path.relative_to(config.rootpath).as_posix()
        except ValueError:
            return str(item.path)

    slow_files = {file_of(item) for item in items if item.get_closest_marker("slow")}
    rank = {name: i for i, name in enumerate(LONG_FILES)}

    def key(item):
        name = file_of(item)
        return rank.get(name, len(LONG_FILES) if name in slow_files else len(LONG_FILES) + 1)

    items.sort(key=key)  # stable: the collection's order within each rank and each file


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path, monkeypatch):
    """No test ever reads or writes the developer's own Briefer data."""
    monkeypatch.setenv("BRIEFER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("BRIEFER_USER", "tester")
    monkeypatch.delenv("BRIEFER_PASSPHRASE", raising=False)
    # pytest-xdist's workers get COLUMNS=80/LINES=24; the command line's tables fit the terminal,
    # so each test sees what a script sees (no terminal, no COLUMNS), whichever process runs it
    monkeypatch.delenv("COLUMNS", raising=False)
    monkeypatch.delenv("LINES", raising=False)
    yield


#: Put first on the PYTHONPATH of the processes a test starts, so they derive keys as the test does.
KDF_SITE = Path(__file__).parent / "kdf_site"


@pytest.fixture(autouse=True)
def _cheap_key_derivation(request, monkeypatch):
    """Every test derives SQLCipher keys with 4,000 iterations unless marked ``real_kdf`` (tests/cheap_kdf.py).

    The key derivation is the subject of a few tests only (``real_kdf``: its cost, a kill at a random moment
    of a conversion), and 256,000 iterations at each open of an encrypted file were a third of the CPU of the
    files that encrypt. The processes a test starts — ``briefer`` on the command line, the app, a killed
    writer — take the same count through ``RACE_KDF_ITER`` and ``tests/kdf_site/sitecustomize.py``.
    """
    if request.node.get_closest_marker("real_kdf"):
        monkeypatch.delenv("RACE_KDF_ITER", raising=False)
        yield None
        return
    from tests.cheap_kdf import cheaper_key_derivation

    with cheaper_key_derivation() as iterations:
        monkeypatch.setenv("RACE_KDF_ITER", str(iterations))
        monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in (str(KDF_SITE), os.environ.get("PYTHONPATH")) if p))
        yield iterations


@pytest.fixture
def cheap_kdf(_cheap_key_derivation):
    """The cheaper count this test derives keys with — every test's default now (the autouse fixture above);
    named by the tests written when it was not, which depend on it (see tests/cheap_kdf.py)."""
    assert _cheap_key_derivation is not None, "a test marked real_kdf cannot also ask for the cheaper count"
    return _cheap_key_derivation


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(tmp_path) -> Store:
    """An empty store on a real file."""
    s = Store.open(tmp_path / "store.sqlite", user="tester")
    yield s
    s.close()


@pytest.fixture(scope="session")
def demo_db_template(tmp_path_factory) -> Path:
    """The bundled demo loaded once per test process (~1 s); each ``demo_store`` gets a copy.

    Loaded by the real loader into a real file and closed (its WAL checkpointed), so
    the copy is the file ``load_demo`` leaves; tests write to their copy only.
    """
    from briefer.demo import load_demo

    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    s = Store.open(path, user="tester")
    try:
        load_demo(s)
    finally:
        s.close()
    return path


@pytest.fixture
def demo_store(tmp_path, demo_db_template) -> Store:
    """A store on a real file holding the bundled demo conference (a fresh copy for every test)."""
    import shutil

    for suffix in ("", "-wal"):
        src = Path(str(demo_db_template) + suffix)
        if src.exists():
            shutil.copyfile(src, tmp_path / f"demo.sqlite{suffix}")
    s = Store.open(tmp_path / "demo.sqlite", user="tester")
    yield s
    s.close()


def utc(y, mo, d, h=0, mi=0) -> datetime:
    return datetime(y, mo, d, h, mi, tzinfo=timezone.utc)


@pytest.fixture
def conference_store(store):
    """A store with a conference (19–20 June 2019, Europe/Amsterdam) and nothing else."""
    from briefer.model import Conference

    store.conference_repo.add(
        Conference(name="Test conference", start_date=date(2019, 6, 19), end_date=date(2019, 6, 20),
                   city="Noordwijk", timezone="Europe/Amsterdam")
    )
    return store


@pytest.fixture
def old_release_writes(monkeypatch):
    """Write today's models into a database an older release made: only the columns its table has.

    Migration tests build the old file through today's repositories; a field a later migration
    adds (a person's native name, say) would otherwise make that write fail.
    """
    from briefer.store.repository import Repository

    real = Repository._to_row

    def to_row(self, obj):
        columns = self._db[self.spec.table].columns_dict
        return {k: v for k, v in real(self, obj).items() if k in columns}

    monkeypatch.setattr(Repository, "_to_row", to_row)


@pytest.fixture
def earlier(tmp_path, demo_db_template) -> Path:
    """A data folder holding the demo conference, as 'briefer demo' leaves it (an earlier conference)."""
    import shutil

    folder = tmp_path / "earlier"
    folder.mkdir()
    for suffix in ("", "-wal"):
        src = Path(str(demo_db_template) + suffix)
        if src.exists():
            shutil.copyfile(src, folder / f"briefer.sqlite{suffix}")
    return folder


def run_cli(capsys, *argv) -> tuple[int, str, str]:
    """``briefer ARGV`` in this process, as a user runs it: (exit code, what it printed, its errors)."""
    from briefer.cli import main

    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse's refusals
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def cli_demo(data_dir, capsys) -> Path:
    """The bundled demo loaded with ``briefer demo`` into this test's data folder (its output swallowed)."""
    assert run_cli(capsys, "demo")[0] == 0
    return data_dir


def database_digest(folder: Path) -> str:
    """SHA-256 of a data folder's database: an earlier conference must stay byte-for-byte as it was."""
    import hashlib

    return hashlib.sha256((folder / "briefer.sqlite").read_bytes()).hexdigest()


def backup_copy(info, folder: Path) -> Path:
    """The database file a backup holds: the backup itself when it is a whole copy, rebuilt from its
    chunks into ``folder`` when it is incremental (a ``.json`` manifest)."""
    from briefer.store.wholefile.backup import rebuild_backup

    if not info.chunked:
        return info.path
    target = Path(folder) / f"{info.path.stem}.sqlite"
    if not target.exists():
        rebuild_backup(info, target)
    return target


def nulls_in_a_not_null_column(path: Path, rows: int = 5) -> None:
    """Damage SQLite's check names: ``rows`` NULLs in ``walking_defaults.minutes``, a NOT NULL column —
    one ``quick_check`` finding per row ("NULL value in walking_defaults.minutes"). The schema is edited
    around the insert, as a program that ignores constraints would leave the file."""
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    create = con.execute("SELECT sql FROM sqlite_master WHERE name = 'walking_defaults'").fetchone()[0]
    assert '"minutes" INTEGER NOT NULL' in create
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'walking_defaults'", [create.replace(" NOT NULL", "")])
    con.commit()
    con.close()
    con = sqlite3.connect(path)
    con.executemany("INSERT INTO walking_defaults VALUES (?, NULL)", [(f"Venue {i}",) for i in range(rows)])
    con.execute("PRAGMA writable_schema = ON")
    con.execute("UPDATE sqlite_master SET sql = ? WHERE name = 'walking_defaults'", [create])
    con.commit()
    con.close()
