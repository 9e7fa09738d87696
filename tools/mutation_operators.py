"""Two mutation operators Cosmic Ray lacks: a deleted statement and a changed return value.

Cosmic Ray (the mutation tool, see docs/mutation-testing.md) flips
comparisons, negates conditions, swaps ``and``/``or``, ``True``/``False``,
numbers, ``break``/``continue`` and exception types. The bugs that slip past
tests as often are a call that no longer happens (``report.deleted.append(…)``
gone, ``raise`` removed) and a function that returns the wrong thing. These
operators add exactly those two, through Cosmic Ray's own operator interface
(parso trees), registered by ``tools/mutation.py`` as the provider ``briefer``.
"""

from __future__ import annotations

import parso.python.tree as tree

from cosmic_ray.operators.operator import Example, Operator

#: Expression statements deleted: a call or a ``raise`` (an assignment deleted only
#: produces a NameError later: noise, not a bug a user would meet).
_DELETABLE = ("atom_expr", "power", "raise_stmt", "del_stmt")


def _is_deletable(node) -> bool:
    if node.type not in _DELETABLE or node.parent is None or node.parent.type != "simple_stmt":
        return False
    if node.type in ("atom_expr", "power"):
        last = node.children[-1]
        return last.type == "trailer" and last.children[0] == "("   # a call used as a statement
    return True


class DeleteStatement(Operator):
    """Replaces a call statement or a ``raise`` with ``pass``."""

    def mutation_positions(self, node):
        if _is_deletable(node):
            yield (node.start_pos, node.end_pos)

    def mutate(self, node, index):
        assert index == 0
        return tree.Keyword("pass", node.start_pos, prefix=node.get_first_leaf().prefix)

    @classmethod
    def examples(cls):
        return (
            Example("items.append(x)\n", "pass\n"),
            Example("if x:\n    raise ValueError(x)\n", "if x:\n    pass\n"),
        )


class ReturnNone(Operator):
    """Replaces the value of ``return value`` with ``None`` (``return None`` itself is left alone)."""

    def mutation_positions(self, node):
        if isinstance(node, tree.ReturnStmt) and len(node.children) == 2:
            value = node.children[1]
            if not (value.type == "keyword" and value.value == "None"):
                yield (value.start_pos, value.end_pos)

    def mutate(self, node, index):
        assert index == 0
        value = node.children[1]
        node.children[1] = tree.Keyword("None", value.start_pos, prefix=value.get_first_leaf().prefix)
        return node

    @classmethod
    def examples(cls):
        return (Example("def f():\n    return x + 1\n", "def f():\n    return None\n"),)


class BrieferOperators:
    """The operator provider (Cosmic Ray's plugin interface: iterable of names, indexable by name)."""

    _OPERATORS = {"DeleteStatement": DeleteStatement, "ReturnNone": ReturnNone}

    def __iter__(self):
        return iter(self._OPERATORS)

    def __getitem__(self, name):
        return self._OPERATORS[name]
