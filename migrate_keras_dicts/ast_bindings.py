"""The names a node of Python's own ``ast`` binds.

For the passes that read files with the standard library only, before or without LibCST:
the cross-file links (linked.py) and the snippets that never import ``Model``
(unbound_models.py).
"""

from __future__ import annotations

import ast

__all__ = ["BINDING_TYPES", "bound_names"]

_NAMED = (
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.ClassDef,
    ast.ExceptHandler,
    ast.MatchAs,
    ast.MatchStar,
)


# Every node type but ``Name`` for which ``bound_names`` may give a name: a walk that
# dispatches on the exact type asks ``bound_names`` of these only.
BINDING_TYPES: frozenset[type[ast.AST]] = frozenset(
    {ast.alias, ast.Global, ast.Nonlocal, ast.arg, *_NAMED}
)


def bound_names(node: ast.AST) -> list[str]:
    """The names ``node`` binds (an assignment target, a def, an import, a parameter...)."""
    if isinstance(node, ast.Name):
        return [] if isinstance(node.ctx, ast.Load) else [node.id]
    if isinstance(node, ast.alias):
        return [(node.asname or node.name).split(".")[0]]
    if isinstance(node, ast.Global | ast.Nonlocal):
        return list(node.names)
    if isinstance(node, ast.arg):
        return [node.arg]
    name = getattr(node, "name", None) if isinstance(node, _NAMED) else None
    return [name] if isinstance(name, str) else []
