"""A real CalDAV server (Radicale) on 127.0.0.1 for one test, and a client that loads a calendar
file into it the way a calendar app imports one: each event stored by its UID, replacing the old."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import icalendar


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Radicale:
    def __init__(self, folder: Path):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}/"
        self.log = open(folder / "radicale.log", "w")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{self.port}", "--auth-type", "none",
             "--storage-filesystem-folder", str(folder / "collections"), "--logging-level", "warning"],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 30
        while True:
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                    break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("Radicale did not start: " + (folder / "radicale.log").read_text())
                time.sleep(0.1)

    def calendar(self, name: str):
        import caldav

        client = caldav.DAVClient(url=self.url, username="anouk", password="unused")
        return client.principal().make_calendar(name=name, cal_id=name)

    def stop(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
        self.log.close()


def upload(calendar, data: bytes) -> None:
    """Every event of ``data`` stored on the server under its UID, with the file's VTIMEZONEs."""
    cal = icalendar.Calendar.from_ical(data)
    zones = cal.walk("VTIMEZONE")
    for ev in cal.walk("VEVENT"):
        one = icalendar.Calendar()
        one.add("prodid", str(cal["PRODID"]))
        one.add("version", "2.0")
        for z in zones:
            one.add_component(z)
        one.add_component(ev)
        calendar.save_event(one.to_ical().decode("utf-8"))


def server_events(calendar) -> dict[str, icalendar.Event]:
    return {str(e.icalendar_component["UID"]): e.icalendar_component for e in calendar.events()}
