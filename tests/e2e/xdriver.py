"""Drive the real ``briefer`` process through a real X server, the way a person's keyboard and mouse do.

Nothing here calls into the app: keys and clicks go to the X server through
the XTEST extension (``xdotool``), so they travel the whole way a real key
press does — X server → Qt's xcb platform → ``QWindow`` → widget. (QTest hands
events straight to a widget and skips that path; that is how the lock that
could not be undone passed every in-process test.)

To know *where* to click, the app is started with ``BRIEFER_TEST_PROBE``
(``briefer/gui/input_probe.py``): it writes the screen rectangles of its named
widgets, its windows and its focus widget to a JSON file. Outcomes are read the
way a user reads them where possible: window titles from the X server
(``xdotool getwindowname``), saved data from the ``briefer`` command line.

Every wait polls with a timeout; nothing sleeps for a fixed long time.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Callable

#: How long to wait for something the app does in reaction to input (generous for a busy 2-core CI box).
TIMEOUT = 15.0
POLL = 0.05

REQUIRED_TOOLS = ("Xvfb", "xdotool")


def missing_tools() -> list[str]:
    return [t for t in REQUIRED_TOOLS if shutil.which(t) is None]


def briefer_executable() -> str:
    """The installed ``briefer`` console script of the Python running the tests (the venv's)."""
    beside = Path(sys.executable).with_name("briefer")
    if beside.exists():
        return str(beside)
    found = shutil.which("briefer")
    if found is None:
        raise RuntimeError("the 'briefer' console script is not installed (pip install -e .)")
    return found


def wait_until(predicate: Callable[[], object], what: str, timeout: float = TIMEOUT):
    """Poll ``predicate`` until it returns something truthy (returned); AssertionError naming ``what``."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
        time.sleep(POLL)


def _ere_escape(text: str) -> str:
    """``text`` as a literal in a POSIX extended regular expression (xdotool's --name)."""
    return "".join("\\" + c if c in ".[]()*+?{}|^$\\" else c for c in text)


class XServer:
    """An Xvfb of its own on a free display (``-displayfd``: the server picks it, no collisions)."""

    def __init__(self, width: int = 1366, height: int = 768):
        read_fd, write_fd = os.pipe()
        self.proc = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp",
             "-noreset"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        os.close(write_fd)
        try:
            number = b""
            deadline = time.monotonic() + TIMEOUT
            while not number.endswith(b"\n"):
                ready, _, _ = select.select([read_fd], [], [], max(0.0, deadline - time.monotonic()))
                if not ready:
                    raise RuntimeError("Xvfb did not report its display number")
                chunk = os.read(read_fd, 16)
                if not chunk:
                    raise RuntimeError("Xvfb exited before reporting its display number")
                number += chunk
        except BaseException:
            self.stop()
            raise
        finally:
            os.close(read_fd)
        self.display = f":{int(number.strip())}"

    def env(self) -> dict[str, str]:
        return {"DISPLAY": self.display}

    def xdotool(self, *args: str, check: bool = True, timeout: float = TIMEOUT) -> str:
        done = subprocess.run(["xdotool", *args], env={**os.environ, **self.env()}, capture_output=True,
                              text=True, timeout=timeout)
        if check and done.returncode != 0:
            raise RuntimeError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()}")
        return done.stdout.strip()

    def screenshot(self, path: Path) -> Path | None:
        """A PNG of the whole screen (ImageMagick's ``import``), or None if it is not installed."""
        if shutil.which("import") is None:
            return None
        done = subprocess.run(["import", "-window", "root", str(path)], env={**os.environ, **self.env()},
                              capture_output=True, timeout=TIMEOUT)
        return path if done.returncode == 0 and path.exists() else None

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


class App:
    """One real ``briefer`` desktop process on ``xserver``, over the data folder ``data_dir``."""

    def __init__(self, xserver: XServer, data_dir: Path, work_dir: Path, *, language: str = "en",
                 extra_env: dict[str, str] | None = None):
        self.x = xserver
        self.data_dir = Path(data_dir)
        self.probe_path = Path(work_dir) / "probe.json"
        self.log_path = Path(work_dir) / "briefer.log"
        self.probe_path.unlink(missing_ok=True)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFER_", "QT_"))}
        locale = "nl_NL.UTF-8" if language == "nl" else "C.UTF-8"
        env.update(self.x.env(), QT_QPA_PLATFORM="xcb", LANG=locale, LC_ALL=locale, LANGUAGE=language,
                   BRIEFER_USER="tester", BRIEFER_TEST_PROBE=str(self.probe_path))
        env.update(extra_env or {})
        self.env = env
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([briefer_executable(), "--data-dir", str(self.data_dir)], env=env,
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)

    # ---------------------------------------------------------------- seeing
    def probe(self) -> dict:
        """What the app's probe last wrote ({} before the first write)."""
        try:
            return json.loads(self.probe_path.read_text(encoding="utf-8"))
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def alive(self) -> bool:
        return self.proc.poll() is None

    def log(self) -> str:
        self._log.flush()
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def window_id(self, title_part: str, timeout: float = TIMEOUT) -> str:
        """The X window id of the app's visible window whose title contains ``title_part``."""
        def find():
            self._check_alive()
            out = self.x.xdotool("search", "--all", "--onlyvisible", "--pid", str(self.proc.pid), "--name", title_part,
                                 check=False)
            return out.split()[0] if out else None

        return wait_until(find, f"a window titled '…{title_part}…'", timeout)

    def window_of_class(self, class_name: str, timeout: float = TIMEOUT) -> str:
        """The X window id of the app's window of this class (titles change with the language)."""
        title = wait_until(lambda: next((w["title"] for w in self.probe().get("windows", [])
                                         if w["class"] == class_name), None), f"a {class_name} window", timeout)
        return self.window_id("^" + _ere_escape(title) + "$", timeout)

    def title(self, window_id: str) -> str:
        """The window's title as the X server (a task bar, a window switcher) shows it."""
        return self.x.xdotool("getwindowname", window_id)

    def wait_title(self, window_id: str, expected: str, timeout: float = TIMEOUT) -> str:
        return wait_until(lambda: self.title(window_id) == expected and expected,
                          f"the window title '{expected}' (it is '{self.title(window_id)}')", timeout)

    def widget(self, name: str, timeout: float = TIMEOUT) -> list[int]:
        """Screen rectangle [x, y, w, h] of the visible widget ``name`` in the active window."""
        return wait_until(lambda: self._check_alive() or self.probe().get("widgets", {}).get(name),
                          f"the widget '{name}' on screen", timeout)

    def text(self, name: str) -> str | None:
        return self.probe().get("texts", {}).get(name)

    def wait_text(self, name: str, predicate: Callable[[str], bool], what: str, timeout: float = TIMEOUT) -> str:
        return wait_until(lambda: (t := self.text(name)) is not None and predicate(t) and t,
                          f"{what} (the '{name}' text is {self.text(name)!r})", timeout)

    def focus(self) -> dict | None:
        return self.probe().get("focus")

    def wait_focus(self, names: set[str] | str, timeout: float = TIMEOUT) -> dict:
        names = {names} if isinstance(names, str) else names
        return wait_until(lambda: (f := self.focus()) is not None and f.get("name") in names and f,
                          f"the keyboard focus on {sorted(names)} (it is on {self.focus()})", timeout)

    def wait_focus_in(self, name: str, timeout: float = TIMEOUT) -> dict:
        """Wait until the keyboard focus is on the widget ``name`` or inside it (a combo box's line edit)."""
        return wait_until(lambda: (f := self.focus()) is not None and name in [f.get("name"), *f.get("within", [])]
                          and f, f"the keyboard focus in '{name}' (it is on {self.focus()})", timeout)

    # ---------------------------------------------------------------- doing
    def open_main(self) -> str:
        """The main window's X id once its first view is on screen, with the keyboard focus given to it."""
        window = self.window_id("Briefer")
        self.focus_window(window)
        self.widget("rail")
        return window

    def focus_window(self, window_id: str) -> None:
        """Give the window the X input focus (Xvfb has no window manager to do it on a click)."""
        self.x.xdotool("windowfocus", "--sync", window_id)

    def key(self, *keys: str) -> None:
        self.x.xdotool("key", "--clearmodifiers", "--delay", "30", *keys)

    def type(self, text: str) -> None:
        if text.startswith("-"):  # xdotool would take "-> …" for an option: the first minus as a key
            self.key("minus")
            text = text[1:]
        self.x.xdotool("type", "--clearmodifiers", "--delay", "20", text)

    def click_at(self, x: int, y: int, button: int = 1) -> None:
        self.x.xdotool("mousemove", "--sync", str(x), str(y), "click", str(button))

    def click(self, name: str, *, dx: float = 0.5, dy: float = 0.5) -> None:
        """Click the named widget (at the given fraction of its width and height; its centre by default)."""
        x, y, w, h = self.widget(name)
        self.click_at(int(x + w * dx), int(y + h * dy))

    def cli(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """``briefer --data-dir DIR ARGS`` — how a user (or a script) reads what the app saved."""
        env = {k: v for k, v in self.env.items() if k != "BRIEFER_TEST_PROBE"}
        done = subprocess.run([briefer_executable(), "--data-dir", str(self.data_dir), *args], env=env,
                              capture_output=True, text=True, timeout=60)
        if check and done.returncode != 0:
            raise AssertionError(f"briefer {' '.join(args)} exited {done.returncode}: {done.stderr.strip()}")
        return done

    def wait_exit(self, timeout: float = TIMEOUT) -> int:
        wait_until(lambda: not self.alive(), "the app to quit", timeout)
        return self.proc.returncode

    def stop(self) -> None:
        if self.alive():
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait(5)
        self._log.close()

    def _check_alive(self) -> None:
        if not self.alive():
            raise AssertionError(f"briefer exited with {self.proc.returncode}:\n{self.log()[-3000:]}")
