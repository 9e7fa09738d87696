"""Fixtures for the security tests: a small demo folder (the real demo lands later)."""

from __future__ import annotations

from pathlib import Path

import pytest
from security_helpers import write_demo


@pytest.fixture
def mini_demo(tmp_path, monkeypatch) -> Path:
    """A small demo folder, also used by ``briefer demo`` in these tests."""
    folder = write_demo(tmp_path / "mini-demo")
    monkeypatch.setattr("briefer.demo.demo_dir", lambda: folder)
    return folder


@pytest.fixture
def loaded_data_dir(data_dir, mini_demo, capsys) -> Path:
    """The data dir of the CLI, holding the mini demo in a plain database."""
    from briefer.cli import main

    assert main(["demo"]) == 0
    capsys.readouterr()
    return data_dir
