"""tools/bundle_libs.py: a library left to the system takes along only what nothing else needs.

Real ELF libraries, linked here with binutils' ld (as .ci/run installs it), stand in
for the bundle: the CUPS plugin → libcups → GnuTLS, with zlib also used by Qt.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ELF libraries: Linux bundles only")


def bundle_libs():
    spec = importlib.util.spec_from_file_location("bundle_libs", ROOT / "tools" / "bundle_libs.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def link(folder: Path, name: str, *needs: str) -> Path:
    """lib<name>.so, empty but for DT_NEEDED entries naming lib<need>.so (from ``folder``)."""
    ld, assembler = shutil.which("ld"), shutil.which("as")
    assert ld and assembler, "binutils (ld, as) is needed: apt-get install binutils"
    empty = folder / "empty.o"
    if not empty.exists():
        (folder / "empty.s").write_text(".text\n")
        subprocess.run([assembler, str(folder / "empty.s"), "-o", str(empty)], check=True, capture_output=True)
    out = folder / f"lib{name}.so"
    subprocess.run([ld, "-shared", "-soname", out.name, "-o", str(out), str(empty), "--no-as-needed",
                    "-L", str(folder), *[f"-l{n}" for n in needs]], check=True, capture_output=True)
    return out


def test_needed_reads_the_direct_dependencies_only(tmp_path):
    link(tmp_path, "gnutls")
    link(tmp_path, "cups", "gnutls")
    plugin = link(tmp_path, "cupsplugin", "cups")
    assert bundle_libs().needed(plugin) == ["libcups.so"]  # not libgnutls: that is libcups' business
    assert bundle_libs().needed(ROOT / "pyproject.toml") == []


def test_dropping_libcups_takes_what_only_it_needed(tmp_path):
    libs = {"z": link(tmp_path, "z"), "gnutls": link(tmp_path, "gnutls", "z")}
    libs["cups"] = link(tmp_path, "cups", "gnutls", "z")
    libs["qt"] = link(tmp_path, "qt", "z")
    libs["ctypesonly"] = link(tmp_path, "ctypesonly")  # collected for another reason: nothing links it
    plugin = link(tmp_path, "cupsplugin", "cups", "qt")
    binaries = [(f"lib{n}.so", str(p), "BINARY") for n, p in libs.items()]
    binaries.append(("PySide6/Qt/plugins/printsupport/libcupsplugin.so", str(plugin), "BINARY"))
    kept, dropped = bundle_libs().drop_with_exclusive_deps(binaries, {"libcups.so"})
    assert dropped == ["libcups.so", "libgnutls.so"]
    assert [b[0] for b in kept] == ["libz.so", "libqt.so", "libctypesonly.so",
                                    "PySide6/Qt/plugins/printsupport/libcupsplugin.so"]
