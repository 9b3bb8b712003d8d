"""Model constructors in files that never say which ``Model`` they call (MKD132).

A file that calls ``Model(inputs=[...], outputs=[...])`` without importing or defining
``Model`` is a snippet: a notebook pulls it in with ``%load``, or another script runs it
in its own namespace. The engine resolves ``Model`` through imports only, so it never saw
such a model and said nothing; a user reading the run then could not tell a model left
alone from no model at all. This says why, at the constructor.

Standard-library ``ast`` only, like the engine's first look (engine.builds_models): it is
read for files the engine skipped or found no model in, and never rewrites anything.
"""

from __future__ import annotations

import ast
import builtins
import re
from dataclasses import replace

from .ast_bindings import bound_names
from .findings import Finding
from .result import FileResult, ModelRecord

__all__ = ["report_unbound_models"]

_CONSTRUCTORS = frozenset({"Model", "Functional"})
_KEYWORDS = frozenset({"inputs", "outputs", "input", "output"})
# a call of a bare ``Model``/``Functional`` name (not ``models.Model``): the cheap test
# that spares parsing the many files that only name a ``Model`` class
_BARE_CALL = re.compile(r"(?<![.\w])(?:Model|Functional)\s*\(")


def report_unbound_models(result: FileResult, text: str) -> FileResult:
    """``result`` with a refused model and an MKD132 for each multi-IO-looking constructor
    whose name nothing in ``text`` binds; ``result`` itself when there is none."""
    if result.failed or result.models or result.changed or not _BARE_CALL.search(text):
        return result
    try:
        tree = ast.parse(text)
    except (SyntaxError, ValueError):
        return result
    bound = _bound_names(tree)
    lists = _names_of_lists(tree)
    findings, models = [], []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
            continue
        name = node.func.id
        if name not in _CONSTRUCTORS or name in bound or not _several(node, lists):
            continue
        finding = Finding(
            "MKD132",
            f"`{name}` is neither imported nor defined in this file (a snippet that a "
            "notebook loads or another script runs?), so the tool cannot tell it is Keras' "
            "and leaves this model alone; migrate it together with the code that runs it, "
            "by hand",
            node.lineno,
            node.col_offset + 1,
            result.path,
        )
        findings.append(finding)
        label = f"{name}(...)"
        record = ModelRecord(node.lineno, node.col_offset + 1, label, False, (finding,))
        models.append(replace(record, path=result.path))
    if not findings:
        return result
    return replace(
        result,
        findings=(*result.findings, *findings),
        models=tuple(models),
        models_refused=result.models_refused + len(models),
    )


def _bound_names(tree: ast.Module) -> set[str]:
    """Every name the file binds anywhere, and the builtins: a superset of what a call's
    name may resolve to, so that only a name bound nowhere is reported."""
    names = set(dir(builtins))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and any(a.name == "*" for a in node.names):
            names.update(_CONSTRUCTORS)  # a star import may give it
        names.update(bound_names(node))
    return names


def _names_of_lists(tree: ast.Module) -> set[str]:
    """Names some assignment of the file gives a list or tuple display."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.List | ast.Tuple):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
    return names


def _several(call: ast.Call, lists: set[str]) -> bool:
    """Whether the call looks like a functional model with several inputs or outputs:
    its inputs or outputs are given (by keyword, or as the two positional arguments) and
    one of them is a list or tuple, written there or assigned to the name given."""
    given = [k.value for k in call.keywords if k.arg in _KEYWORDS]
    if len(call.args) == 2:
        given += call.args
    return any(
        isinstance(value, ast.List | ast.Tuple)
        or (isinstance(value, ast.Name) and value.id in lists)
        for value in given
    )
