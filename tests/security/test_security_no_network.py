"""The app makes no network connection: the main flows run with socket creation made to fail.

Runs in-process every command that exists on this branch (demo, list, search,
show, check, and the security commands). Pack and export commands are added
by other branches; once merged, append their invocations to FLOWS.
"""

from __future__ import annotations

import socket

import pytest
from security_helpers import MEETING, SECRET

from briefer.cli import build_parser, main

PASS = "correct horse battery"

FLOWS = [
    ["demo"],
    ["list", "countries"], ["list", "people"], ["list", "sessions"], ["list", "meetings"],
    ["list", "actions"], ["list", "briefs"], ["list", "notes", "--json"],
    ["search", "Bruins"], ["search", "minutes", "--json"],
    ["show", "meeting", MEETING[:8]], ["show", "person", "Bruins"], ["show", "brief", "IND"],
    ["check"],
    ["backup"], ["backups"], ["autolock", "5"],
    ["encrypt"], ["list", "notes"], ["search", "India"], ["check"],
    ["passphrase"], ["restore", "{newest_backup}"],
    ["decrypt"],
]
NEW_PASS = "a different passphrase"


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkUsed(f"network access attempted: {args!r}")

    for name in ("socket", "create_connection", "socketpair", "getaddrinfo", "gethostbyname", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_main_flows_make_no_network_connection(no_network, mini_demo, capsys, monkeypatch, caplog):
    import logging

    from briefer.paths import resolve

    caplog.set_level(logging.DEBUG)
    from briefer.store.backup import list_backups

    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", NEW_PASS)
    for argv in FLOWS:
        if argv[-1] == "{newest_backup}":
            argv = argv[:-1] + [list_backups(resolve().backups)[0].name]
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert code == 0, f"{argv}: {err}"
        if argv == ["passphrase"]:
            monkeypatch.setenv("BRIEFER_PASSPHRASE", NEW_PASS)
    assert no_network == []
    # logs (at any level, from any library) carry no brief or note content and no passphrase
    for secret in (SECRET, "Minutes mention", "Brief text", PASS, NEW_PASS):
        assert secret not in caplog.text


def test_the_patch_really_blocks_sockets(no_network):
    with pytest.raises(NetworkUsed):
        socket.socket()
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))


def test_every_registered_command_is_covered():
    """A new sub-command must be added to FLOWS (or this list) so it is run without network."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    covered = {argv[0] for argv in FLOWS}
    missing = set(sub.choices) - covered
    assert not missing, f"commands not run by the no-network test: {sorted(missing)}"
