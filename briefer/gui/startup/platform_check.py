"""A friendly message, before Qt starts, when its platform plugin cannot load.

When Qt cannot load its platform plugin it aborts the process with a cryptic
message. On Linux the usual causes are a missing X/xcb library (Qt ≥ 6.5
needs libxcb-cursor0) or no display at all; both can be found beforehand: the
xcb plugin is loaded with ctypes, which names the first missing library, and
that name is mapped to the package to install.
"""

from __future__ import annotations

import ctypes
import os
import sys
from pathlib import Path
from typing import Callable

#: Shared library -> Debian/Ubuntu package that provides it.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
}


def xcb_plugin() -> Path | None:
    import PySide6

    p = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return p if p.exists() else None


def platform_problem(env: dict[str, str] | None = None, *, platform: str = sys.platform,
                     load: Callable[[str], object] = lambda path: ctypes.CDLL(path, mode=ctypes.RTLD_LOCAL),
                     plugin: Path | None | str = "auto") -> str | None:
    """A message naming what to install or set, or None when Qt should start."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    wanted = env.get("QT_QPA_PLATFORM", "")
    if wanted and not wanted.startswith("xcb"):
        return None  # offscreen, wayland, vnc…: Qt reports those itself
    if not wanted and env.get("WAYLAND_DISPLAY"):
        return None
    if not env.get("DISPLAY"):
        return ("Briefer cannot open a window: no display was found (DISPLAY is not set). "
                "Start it from a desktop session, or for a headless machine run it under Xvfb "
                "(xvfb-run briefer) or set QT_QPA_PLATFORM=offscreen.")
    path = xcb_plugin() if plugin == "auto" else plugin
    if path is None:
        return None
    try:
        load(str(path))
    except OSError as exc:
        text = str(exc)
        lib = text.split(":")[0].strip() if ".so" in text.split(":")[0] else text
        for name, package in PACKAGES.items():
            if name in text:
                return (f"Briefer cannot start its window: the system library {name} is missing. "
                        f"Install it (on Debian/Ubuntu: sudo apt install {package}) and start Briefer again.")
        return (f"Briefer cannot start its window: Qt's display plugin could not load ({lib}). "
                "Install the missing X11/xcb library named there and start Briefer again.")
    return None
