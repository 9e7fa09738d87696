"""A protected pack from a script: the password from a variable or a file, a one-line error without
a terminal, and an owner password nobody knows so the reader may print but not copy or edit."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from pypdf import PdfReader
from pypdf.constants import UserAccessPermissions as P

from briefer import paths
from briefer.store import Store

from packs_world import build_world


@pytest.fixture
def cli_world(data_dir):
    p = paths.resolve(str(data_dir))
    paths.ensure_data_dir(p)
    with Store.open(p.database, user="tester") as store:
        build_world(store)
    return data_dir


def briefer(*argv, stdin=subprocess.DEVNULL, env=None, input=None):
    """The installed command as a scheduler runs it: no terminal on stdin."""
    environ = {**os.environ, **(env or {})}
    kwargs = {"input": input} if input is not None else {"stdin": stdin}
    return subprocess.run([sys.executable, "-m", "briefer", *argv], capture_output=True, text=True, env=environ,
                          timeout=300, **kwargs)


def test_without_a_terminal_the_error_names_the_ways_to_give_a_password(cli_world, tmp_path):
    out = tmp_path / "locked.pdf"
    run = briefer("pack", "--for", "Bruins", "-o", str(out), "--password")
    assert run.returncode != 0 and "Traceback" not in run.stderr and "EOFError" not in run.stderr
    assert len(run.stderr.strip().splitlines()) == 1
    assert "BRIEFER_PACK_PASSWORD" in run.stderr and "--password-file" in run.stderr
    assert not out.exists()


def test_password_from_the_environment(cli_world, tmp_path):
    out = tmp_path / "locked.pdf"
    run = briefer("pack", "--for", "Bruins", "-o", str(out), "--password", env={"BRIEFER_PACK_PASSWORD": "zon&zee 2019"})
    assert run.returncode == 0, run.stderr
    reader = PdfReader(str(out))
    assert reader.is_encrypted and reader.decrypt("wrong") == 0 and reader.decrypt("zon&zee 2019") != 0


def test_password_from_a_file_or_stdin(cli_world, tmp_path):
    secret = tmp_path / "pw.txt"
    secret.write_text("geheim één\n", encoding="utf-8")
    out = tmp_path / "a.pdf"
    run = briefer("pack", "--for", "Bruins", "-o", str(out), "--password-file", str(secret))
    assert run.returncode == 0, run.stderr
    assert PdfReader(str(out)).decrypt("geheim één") != 0
    out2 = tmp_path / "b.pdf"
    run = briefer("pack", "--for", "Bruins", "-o", str(out2), "--password-file", "-", input="via stdin\n")
    assert run.returncode == 0, run.stderr
    assert PdfReader(str(out2)).decrypt("via stdin") != 0
    run = briefer("pack", "--for", "Bruins", "-o", str(tmp_path / "c.pdf"), "--password-file", str(tmp_path / "none"))
    assert run.returncode != 0 and "cannot read the password file" in run.stderr and "Traceback" not in run.stderr


def test_the_reader_may_print_but_not_copy_or_edit_and_the_owner_password_is_not_theirs(cli_world, tmp_path):
    out = tmp_path / "locked.pdf"
    run = briefer("pack", "--for", "Bruins", "-o", str(out), "--password", env={"BRIEFER_PACK_PASSWORD": "s3cret"})
    assert run.returncode == 0, run.stderr
    reader = PdfReader(str(out))
    # the user password opens it as the user, not as the owner (who could lift the limits)
    assert reader.decrypt("s3cret").name == "USER_PASSWORD"
    allowed = reader.user_access_permissions
    assert P.PRINT in allowed and P.PRINT_TO_REPRESENTATION in allowed
    for forbidden in (P.MODIFY, P.EXTRACT, P.ADD_OR_MODIFY, P.ASSEMBLE_DOC):
        assert forbidden not in allowed, forbidden
