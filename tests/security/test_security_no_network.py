"""The app makes no network connection: the main flows run with socket creation made to fail.

Runs in-process, on the bundled demo, every command registered on this branch
(a companion test fails when a new one is not run here): data (demo, list,
search, show, check), packs (pack with password and watermark, prints),
schedule (ics, import-ics, slots, walking, check --schedule), conference settings,
organisations, rooms and people, spreadsheet templates and import, a next conference from this
one and its history, exchange (export
notes/actions/bundle, import, conflicts) and security
(backup, backups, autolock, encrypt, passphrase, restore, decrypt).
"""

from __future__ import annotations

import logging
import socket

import pytest

from briefer.cli import build_parser, main

PASS = "correct horse battery"
NEW_PASS = "a different passphrase"


def flows(tmp):
    return [
        ["demo"],
        ["list", "countries"], ["list", "people"], ["list", "sessions"], ["list", "meetings"],
        ["list", "actions"], ["list", "briefs"], ["list", "notes", "--json"],
        ["search", "Indonesia"], ["search", "antimicrobial", "--json"],
        ["show", "person", "Bruins"], ["show", "brief", "IDN"],
        ["check"], ["check", "--schedule"],
        ["pack", "--for", "Bruins", "-o", str(tmp / "pack.pdf"), "--password", "--watermark"],
        ["prints"],
        ["ics", "--for", "Bruins", "-o", str(tmp / "bruins.ics")],
        ["import-ics", str(tmp / "bruins.ics")],
        ["slots", "--principal", "Bruins", "--country", "THA"],
        ["conference", "show"], ["organisation", "list"], ["room", "list"],
        ["person", "add", "--family", "Yamada", "--given", "Tarō", "--country", "JPN", "--native", "山田太郎"],
        ["template", "people", "-o", str(tmp / "people.xlsx")],
        ["--data-dir", str(tmp / "next"), "conference", "new", "--name", "Next", "--city", "Genève",
         "--start", "2020-06-17", "--end", "2020-06-18", "--timezone", "Europe/Zurich", "--from", str(tmp / "data")],
        ["--data-dir", str(tmp / "next"), "history", "Indonesia"],
        ["import-table", "people", str(tmp / "people.xlsx"), "--dry-run"],
        ["walking", "show"],
        ["topic", "new", "Climate"], ["topic", "indicator", "Climate", "Net-zero target year", "--scale", "year"],
        ["topic", "set", "Net-zero target year", "THA", "2050"], ["topic", "show"], ["topic", "list"],
        ["export", "notes", "--format", "docx", "--all", "-o", str(tmp / "notes.docx")],
        ["export", "notes", "--format", "pdf", "--country", "IDN", "-o", str(tmp / "notes.pdf")],
        ["export", "actions", "--format", "xlsx", "-o", str(tmp / "actions.xlsx")],
        ["export", "bundle", "--all", "-o", str(tmp / "all.briefer")],
        ["import", str(tmp / "all.briefer"), "--dry-run"], ["import", str(tmp / "all.briefer")],
        ["conflicts"],
        ["backup"], ["backups"], ["autolock", "5"],
        ["encrypt"], ["list", "notes"], ["search", "Indonesia"], ["check"],
        ["pack", "--for", "Bruins", "-o", str(tmp / "pack2.pdf")],
        ["passphrase"], ["restore", "{newest_backup}"],
        ["decrypt"],
    ]


class NetworkUsed(AssertionError):
    pass


@pytest.fixture
def no_network(monkeypatch):
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise NetworkUsed(f"network access attempted: {args!r}")

    class BlockedSocket(socket.socket):  # a class, so modules that subclass socket (ssl) still import
        def __init__(self, *args, **kwargs):
            refuse(*args)

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    for name in ("create_connection", "socketpair", "getaddrinfo", "gethostbyname", "fromfd"):
        monkeypatch.setattr(socket, name, refuse)
    return attempts


def test_main_flows_make_no_network_connection(no_network, tmp_path, capsys, monkeypatch, caplog):
    from briefer.paths import resolve
    from briefer.store import Store
    from briefer.store.wholefile.backup import list_backups

    caplog.set_level(logging.DEBUG)
    monkeypatch.setenv("BRIEFER_PASSPHRASE", PASS)
    monkeypatch.setenv("BRIEFER_NEW_PASSPHRASE", NEW_PASS)
    monkeypatch.setattr("briefer.cli.packs.getpass.getpass", lambda prompt="": "pack password")
    monkeypatch.setattr("briefer.cli.packs._terminal", lambda: True)  # as if typed at a terminal
    for argv in flows(tmp_path):
        if argv[-1] == "{newest_backup}":
            argv = argv[:-1] + [list_backups(resolve().backups)[0].name]
        code = main(list(argv))
        out, err = capsys.readouterr()
        assert code == 0, f"{argv}: {err}"
        if argv == ["passphrase"]:
            monkeypatch.setenv("BRIEFER_PASSPHRASE", NEW_PASS)
    assert no_network == []
    from pypdf import PdfReader

    assert PdfReader(tmp_path / "pack.pdf").is_encrypted  # --password: AES, not readable without it
    assert (tmp_path / "pack2.pdf").exists()
    # logs (any level, any library) carry no brief or note text and no passphrase
    with Store.open(resolve().database) as store:
        texts = [n.body[:40] for n in store.notes.list() if len(n.body) > 20]
        texts += [b.summary[:40] for b in store.country_briefs.list() if len(b.summary) > 20]
    assert texts
    for secret in texts + [PASS, NEW_PASS, "pack password"]:
        assert secret not in caplog.text


def test_the_patch_really_blocks_sockets(no_network):
    with pytest.raises(NetworkUsed):
        socket.socket()
    with pytest.raises(NetworkUsed):
        socket.create_connection(("example.org", 80))


def test_every_registered_command_is_covered(tmp_path):
    """A new sub-command must be added to the flows above so it is run without network."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    covered = {argv[2] if argv[0] == "--data-dir" else argv[0] for argv in flows(tmp_path)}
    missing = set(sub.choices) - covered
    assert not missing, f"commands not run by the no-network test: {sorted(missing)}"
