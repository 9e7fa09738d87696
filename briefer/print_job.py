"""Printing a PDF as the PDF itself, through CUPS: vector pages at 100 %.

Why not through Qt: a QPrinter prints what a QPainter draws, so a pack printed that way is one
picture per page — a 160 KB pack became a 19 MB print job that took 8.8 s, scaled to 96.5 %.
Where CUPS is the print system (Linux, macOS), ``lp`` hands the PDF to the printer's own filters,
which keep text as text and honour what the user chose in the print dialog: the page range, the
number of copies, their collation and duplex. Where there is no CUPS (Windows) the desktop app
draws the pages itself, as before.

The PDF goes to ``lp`` on standard input, so printing a classified pack leaves no copy of it in a
temporary file.
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from typing import Literal

from briefer.errors import BrieferError

#: CUPS' names for the ``sides`` option.
Sides = Literal["one-sided", "two-sided-long-edge", "two-sided-short-edge"]


@dataclass(frozen=True)
class PrintJob:
    """What the print dialog chose: a printer, pages ``first``–``last`` (1-based, all when None)."""

    printer: str
    title: str
    first_page: int | None = None
    last_page: int | None = None
    copies: int = 1
    collate: bool = True
    sides: Sides = "one-sided"


def cups_lp() -> str | None:
    """The path of CUPS' ``lp`` command, or None where printing goes another way."""
    return shutil.which("lp")


def lp_command(job: PrintJob, lp: str = "lp") -> list[str]:
    """The ``lp`` command line for ``job`` (the PDF itself follows on standard input)."""
    if not job.printer:
        raise BrieferError("no printer was chosen")
    if job.copies < 1:
        raise BrieferError(f"{job.copies} copies cannot be printed; choose 1 or more")
    cmd = [lp, "-d", job.printer, "-t", job.title, "-n", str(job.copies),
           "-o", f"sides={job.sides}", "-o", "print-scaling=none",
           "-o", f"collate={'true' if job.collate else 'false'}"]
    if job.first_page is not None or job.last_page is not None:
        first = job.first_page or 1
        last = job.last_page if job.last_page is not None else first
        if first < 1 or last < first:
            raise BrieferError(f"pages {first}–{last} are not a range to print")
        cmd += ["-o", f"page-ranges={first}-{last}"]
    return cmd


def check_range(job: PrintJob, pages: int) -> None:
    """Refuse a range beyond the document, as the print dialog would: naming how many pages there are."""
    last = job.last_page or job.first_page
    if last is not None and last > pages:
        raise BrieferError(f"the document has {pages} pages; pages {job.first_page or 1}–{last} do not all exist")


def send_pdf(data: bytes, job: PrintJob, pages: int | None = None, *, timeout: float = 60) -> str:
    """Queue ``data`` (an unencrypted PDF) on ``job.printer``; returns CUPS' request id (e.g. ``Office-12``)."""
    if pages is not None:
        check_range(job, pages)
    lp = cups_lp()
    if lp is None:
        raise BrieferError("printing a PDF as it is needs CUPS (the lp command), which is not installed")
    cmd = lp_command(job, lp)
    try:
        done = subprocess.run(cmd, input=data, capture_output=True, timeout=timeout, check=False)
    except subprocess.TimeoutExpired:
        raise BrieferError(f"the print system did not take the job within {timeout:.0f} s") from None
    out = done.stdout.decode(errors="replace").strip()
    if done.returncode != 0:
        why = done.stderr.decode(errors="replace").strip().splitlines()
        raise BrieferError(f"printer {job.printer!r} refused the job: " + (why[0] if why else f"lp exit {done.returncode}"))
    # "request id is Office-12 (1 file(s))"
    words = out.split()
    return words[3] if len(words) > 3 and words[:3] == ["request", "id", "is"] else out
