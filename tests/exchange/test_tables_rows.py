"""The import's row planners, kind by kind: which row becomes which record, and what a refused row says.

Written for the gaps mutation testing of ``briefer/exchange/tables/rows.py`` found (docs/mutation-testing.md).
"""

from __future__ import annotations
