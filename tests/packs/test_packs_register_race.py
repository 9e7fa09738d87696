"""Two prints of one copy number: the second is refused, by name, and the register keeps the first."""

from __future__ import annotations

import pytest

from briefer.errors import StoreError
from briefer.packs import PackOptions, compose, register_print
from briefer.store.print_register import PrintRegister


def test_a_copy_number_taken_meanwhile_is_refused_and_the_register_keeps_the_first(world):
    # two windows composed a pack before either printed: both were given copy number 1
    store = world.store
    first = compose(store, PackOptions(recipient_id=world.minister.id))
    second = compose(store, PackOptions(recipient_id=world.minister.id, lang="en"))
    assert first.number == second.number == 1
    recorded = register_print(store, first, 14, "bruins-nl.pdf")
    assert recorded == PrintRegister(store).get(1)  # what the window shows as "printed" is what was kept
    with pytest.raises(StoreError, match="copy number 1 was registered by another print meanwhile; print again"):
        register_print(store, second, 15, "bruins-en.pdf")
    assert [(r.number, r.lang, r.filename) for r in PrintRegister(store).list()] == [(1, "nl", "bruins-nl.pdf")]
