"""A CUPS-PDF print queue for tests: a virtual printer that writes each job as a PDF after CUPS'
own filter chain, so a test reads what an office printer would receive."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import time
from pathlib import Path

import pytest

PPD = Path("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")
QUEUE = f"BrieferTestPDF{os.getpid()}"  # one queue per test process: parallel runs do not share one

needs_cups_pdf = pytest.mark.skipif(
    not (shutil.which("lp") and shutil.which("cupsd") and PPD.exists() and os.geteuid() == 0),
    reason="needs CUPS with a CUPS-PDF queue, as root (.ci/run installs cups and printer-driver-cups-pdf)")


@pytest.fixture(scope="module")
def cups_pdf_queue():
    """A CUPS-PDF queue on a running cupsd (started here if none runs); yields where it writes."""
    if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() != "scheduler is running":
        subprocess.run(["cupsd"], check=True)
        for _ in range(50):
            if subprocess.run(["lpstat", "-r"], capture_output=True, text=True).stdout.strip() == "scheduler is running":
                break
            time.sleep(0.1)
    subprocess.run(["lpadmin", "-p", QUEUE, "-E", "-v", "cups-pdf:/", "-P", str(PPD)], check=True, capture_output=True)
    yield Path(pwd.getpwuid(os.geteuid()).pw_dir) / "PDF"
    subprocess.run(["lpadmin", "-x", QUEUE], capture_output=True)


def printed(outdir: Path, title: str, request: str, before: set[Path] = frozenset()) -> Path:
    """The PDF CUPS-PDF wrote for ``request`` (named after the job's ``title``; "*" for any new
    file not in ``before``), once the job has completed."""
    deadline = time.monotonic() + 90
    while time.monotonic() < deadline:
        pending = subprocess.run(["lpstat", "-W", "not-completed", "-o", QUEUE], capture_output=True, text=True).stdout
        found = sorted(set(outdir.glob(f"{title.rstrip('*')}*.pdf")) - set(before))
        if request not in pending and found:
            return found[0]
        time.sleep(0.3)
    raise AssertionError(f"CUPS-PDF wrote nothing for {request} in {outdir}")
