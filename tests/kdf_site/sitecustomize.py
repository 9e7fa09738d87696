"""In a process a test starts (the command line, the app, a killed writer): the test's cheaper key derivation.

Tests derive SQLCipher keys with fewer iterations (``tests/cheap_kdf.py``), and a file made with
one count opens only with the same count: a ``briefer`` process a test starts must derive its keys
as the test does. The test puts this folder first on ``PYTHONPATH`` and the count in
``RACE_KDF_ITER``; Python imports this module at start-up, before the program. It imports nothing
of Briefer's or SQLCipher's itself (a test of what ``briefer --version`` loads must not see them):
it sets the count just after SQLCipher's driver, and the backups' page comparison, are first
imported. Never on the product's path: only a test's ``PYTHONPATH`` names this folder.
"""

import os
import sys


def _install(iterations: int) -> None:
    from importlib.abc import MetaPathFinder

    def after_sqlcipher(module) -> None:
        conn = module.connect(":memory:")
        try:
            conn.execute(f"PRAGMA cipher_default_kdf_iter = {iterations}")
        finally:
            conn.close()

    def after_cipherpages(module) -> None:
        module.KDF_ITER = iterations

    then = {"sqlcipher3": after_sqlcipher, "briefer.store.wholefile.cipherpages": after_cipherpages}

    class AfterImport(MetaPathFinder):
        """Finds nothing itself: wraps the loader the other finders give for a module named in ``then``."""

        def find_spec(self, name, path, target=None):
            if name not in then:
                return None
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(name, path, target)
                if spec is not None:
                    break
            else:
                return None
            run = spec.loader.exec_module

            def exec_module(module):
                run(module)
                then[name](module)

            spec.loader.exec_module = exec_module
            return spec

    sys.meta_path.insert(0, AfterImport())


if os.environ.get("RACE_KDF_ITER", "").isdigit():
    _install(int(os.environ["RACE_KDF_ITER"]))
