"""Placeholder; the conversion journal follows."""
from pathlib import Path


def journal_exists(database: Path) -> bool:
    return False


def recover(database, passphrase, *, backup_dir=None):
    return None
