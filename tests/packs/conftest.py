"""Fixtures for pack tests (the helpers live in packs_world.py, a uniquely named module)."""

from __future__ import annotations

import pytest

from packs_world import PackWorld, ReadPack, build_world


@pytest.fixture
def world(store) -> PackWorld:
    return build_world(store)


@pytest.fixture
def read_pack():
    return ReadPack
