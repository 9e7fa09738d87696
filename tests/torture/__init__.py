"""The crash-and-race suite of issue 14: ``python -m tests.torture [--kills N] [--races N] [--fuzz N]``.

The ordinary tests each prove one promise at one chosen moment; this suite repeats the
attacks at *random* moments, many times, against real ``briefer`` processes, and counts
what a user would lose: acknowledged writes that vanished, plaintext bytes left outside
encrypted files after an encryption, tracebacks, and files that no longer open. A short
version runs in CI (tests/torture/test_torture_short.py); the long one gives the figures
in docs/reliability.md.

* :mod:`.world`  — the data folders every round starts from (built once, copied per round)
* :mod:`.actor`  — the process that is attacked: ``briefer`` with a "now it starts" signal
* :mod:`.kills`  — SIGKILL at a random moment of every whole-file operation and writer
* :mod:`.races`  — every writer against a restore (and two restores, two archive fills)
* :mod:`.tally`  — what is counted, and the summary table
"""
