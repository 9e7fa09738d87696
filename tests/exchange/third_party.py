"""Opening our files with software nobody here wrote: LibreOffice headless, poppler's pdftotext.

A file is right when the program that opens it shows what we meant, not when our own
reader (openpyxl, python-docx) reads back what we wrote. LibreOffice converts a DOCX or
XLSX to PDF exactly as it lays it out on screen; pdftotext reads that back.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")

needs_libreoffice = pytest.mark.skipif(
    SOFFICE is None, reason="LibreOffice (libreoffice-calc, libreoffice-writer) is not installed; .ci/run installs it")


def libreoffice_pdf(path: Path, outdir: Path, infilter: str | None = None) -> Path:
    """``path`` converted to PDF by LibreOffice headless (its own profile, so tests run in parallel)."""
    outdir.mkdir(parents=True, exist_ok=True)
    profile = outdir / "lo-profile"
    cmd = [SOFFICE, f"-env:UserInstallation=file://{profile}", "--headless", "--norestore"]
    if infilter:
        cmd.append(f"--infilter={infilter}")
    cmd += ["--convert-to", "pdf", "--outdir", str(outdir), str(path)]
    subprocess.run(cmd, check=True, capture_output=True, timeout=180)
    pdf = outdir / (path.stem + ".pdf")
    assert pdf.exists(), f"LibreOffice wrote no PDF for {path.name}"
    return pdf


def pdf_text(pdf: Path, layout: bool = False) -> str:
    args = ["pdftotext", "-enc", "UTF-8"] + (["-layout"] if layout else []) + [str(pdf), "-"]
    return subprocess.run(args, check=True, capture_output=True, text=True).stdout


def pdf_pages(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages by form feeds)."""
    return pdf_text(pdf).split("\f")[:-1]
