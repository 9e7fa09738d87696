"""python -m briefer.gui.forms — regenerate every form module from ui/*.ui."""

from briefer.gui.forms import regenerate
from briefer.resources import ui_path

if __name__ == "__main__":
    for path in regenerate(ui_path()):
        print(f"wrote {path}")
