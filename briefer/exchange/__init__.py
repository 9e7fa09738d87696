"""After the conference: exchange bundles between laptops, merges, and note/action exports.

Qt-free services used by the command line (``briefer.cli.exchange``) and the GUI.
"""
