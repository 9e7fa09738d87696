"""Any passphrase a user can type round-trips: quotes, accents, emoji, spaces, control characters."""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefer.errors import BrieferError
from briefer.store import Store
from briefer.store.wholefile.crypto import change_passphrase, encrypt
from briefer.store.db import WrongPassphrase, open_keyed

EXAMPLES = int(os.environ.get("BRIEFER_FUZZ_EXAMPLES", "200")) // 20  # each example derives keys: slow


@pytest.fixture(scope="module")
def encrypted_db(tmp_path_factory):
    """(database, {"current": its passphrase}) shared by all examples."""
    from tests.cheap_kdf import cheaper_key_derivation

    path = tmp_path_factory.mktemp("pp") / "db.sqlite"
    with Store.open(path) as s:
        s.set_meta("probe", "yes")
    with cheaper_key_derivation():  # as each example derives its keys (tests/conftest.py)
        encrypt(path, "initial passphrase", backup_dir=path.parent / "none")
    return path, {"current": "initial passphrase"}


passphrases = st.one_of(
    st.text(min_size=8, max_size=40),
    st.sampled_from(["it's a 'quoted' one", 'double "quotes" here', "'; PRAGMA rekey = ''; --",
                     "x'00112233445566778899aabbccddeeff'", "ünïcødé пароль 密码", "        spaces",
                     "nul\x00inside!", "tab\tnew\nline"]),
)


@settings(max_examples=max(EXAMPLES, 8), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(new=passphrases)
def test_any_passphrase_round_trips_or_is_refused_cleanly(encrypted_db, new):
    encrypted_db, state = encrypted_db
    current = state["current"]
    try:
        change_passphrase(encrypted_db, current, new, backup_dir=encrypted_db.parent / "none")
    except BrieferError as exc:
        assert "\x00" in new or new.strip() == "" or new == current or len(new) < 8, str(exc)
        conn = open_keyed(encrypted_db, current)  # unchanged: the old one still opens it
        conn.close()
        return
    state["current"] = new
    with pytest.raises(WrongPassphrase):
        open_keyed(encrypted_db, current)
    with Store.open(encrypted_db, passphrase=new) as s:
        assert s.meta("probe") == "yes"
