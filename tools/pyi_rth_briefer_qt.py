"""PyInstaller run-time hook for the frozen app, in place of PyInstaller's own pyi_rth_pyside6.

Why: PyInstaller's hook imports PySide6.QtCore at the start of every run to
register a qt.conf — about 0.1 s (shiboken, its signature machinery, QtCore
and ICU) even for `briefer --version` or `briefer pack`, which never touch Qt.
The PySide6 wheels register their own qt.conf when QtCore is first imported,
so all the frozen app needs beforehand is where Qt's plugins are.
(briefer.gui.startup.self_check verifies in the bundle that Qt still finds its Dutch
translation, i.e. that Qt's prefix is right.)
"""

import os
import sys

os.environ["QT_PLUGIN_PATH"] = os.path.join(
    sys._MEIPASS, "PySide6", *(() if sys.platform.startswith("win") else ("Qt",)), "plugins")
