"""The reading view of a brief (issue 20): read a meeting's chapter and a country brief from the
store and lay them out as a page, on the bundled demo; best of 3, per brief.

    python benchmarks/reading_view.py DIR    (DIR: an empty folder for the demo database)
"""
import sys, time, os
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
from briefer.store import Store
from briefer.demo import load_demo
from briefer.schedule.reading import meeting_reading, country_reading
from briefer.gui.widgets.reading_view import ReadingView
s = Store.open(sys.argv[1] + "/d.sqlite", user="t"); load_demo(s)
v = ReadingView(); v.resize(570, 500); v.show()
ms = s.meetings.list()
def bench(fn, n=3):
    best = 1e9
    for _ in range(n):
        t = time.perf_counter(); fn(); best = min(best, time.perf_counter() - t)
    return best * 1000
read = lambda: [meeting_reading(s, m.id, "nl") for m in ms]
print("meeting_reading per meeting: %.1f ms" % (bench(read) / len(ms)))
def show():
    for m in ms:
        v._html = ""; v.show_reading(meeting_reading(s, m.id, "nl"))
print("read + lay out per meeting: %.1f ms" % (bench(show) / len(ms)))
cb = s.country_briefs.list()
print("country read + lay out: %.1f ms" % (bench(lambda: [ (setattr(v, '_html', ''), v.show_reading(country_reading(s, c.country, 'en'))) for c in cb]) / len(cb)))
v.show_reading(country_reading(s, "IDN", "en"))
print("highlight: %.1f ms" % bench(lambda: v.highlight(["surveillance"])))
