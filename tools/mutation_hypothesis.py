"""A pytest plugin for mutation runs: Hypothesis derandomized and without its example database.

Each mutant must meet the same examples as every other (a score that moves
between runs measures nothing), and an example saved while one mutant failed
must not be replayed against the next. ``tools/mutation.py`` loads it with
``-p tools.mutation_hypothesis``; the ordinary test runs never do.
"""

from hypothesis import settings

settings.register_profile("mutation", derandomize=True, database=None, print_blob=False)
settings.load_profile("mutation")
