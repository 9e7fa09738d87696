"""Password-protected packs with pycryptodome, the AES provider the bundle ships.

pypdf prefers `cryptography` when it is importable (the development venv may have
it); the frozen app has only pycryptodome (pyproject: pypdf[cryptodome]). This test
hides `cryptography` in a fresh interpreter so the pack is written and read back by
the provider users actually get.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent("""
    import json, sys
    sys.modules["cryptography"] = None  # as in the bundle: not there
    from pathlib import Path
    from pypdf import PdfReader
    from pypdf._crypt_providers import crypt_provider
    from briefer.demo import load_demo
    from briefer.packs import PackOptions, build_pack
    from briefer.store import Store
    from briefer.store.lookup import person

    out = Path(sys.argv[1])
    store = Store.open(out.parent / "demo.sqlite", user="tester")
    load_demo(store)
    minister = person(store, "Bruins")
    build_pack(store, PackOptions(recipient_id=minister.id, password="geheim-2019"), out)
    store.close()
    reader = PdfReader(str(out))
    wrong = int(reader.decrypt("wrong"))
    right = int(PdfReader(str(out)).decrypt("geheim-2019"))
    reader = PdfReader(str(out), password="geheim-2019")
    print(json.dumps({"provider": crypt_provider[0], "V": reader._encryption.V, "wrong": wrong, "right": right,
                      "text": reader.pages[0].extract_text()}))
""")


def test_pack_password_with_pycryptodome_alone(tmp_path):
    run = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "secret.pdf")], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    result = json.loads(run.stdout.splitlines()[-1])
    assert result["provider"] == "pycryptodome"
    assert result["V"] == 5  # AES-256
    assert result["wrong"] == 0 and result["right"] > 0
    assert "Bruins" in result["text"]
    assert b"Bruins" not in (tmp_path / "secret.pdf").read_bytes()  # encrypted on disk
