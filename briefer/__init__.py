"""Briefer: prepare Dutch ministers for an international conference, offline.

This module holds the one source of the application's name and version; the
pyproject, the PyInstaller spec and the About box all read them from here.
"""

APP_NAME = "Briefer"
APP_AUTHOR = "Briefer"
__version__ = "0.1.0"

__all__ = ["APP_NAME", "APP_AUTHOR", "__version__"]
