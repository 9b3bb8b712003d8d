"""``import operator`` where the file keeps its imports.

Sorted into the file's standard-library block when it has one (isort order: plain imports
first, alphabetical), else after the last top-level import that comes before the first
use; with no import before it, after the module docstring and ``from __future__``
imports. Only top-level statements the edits did not touch are looked at, so they are the
same objects in the old and the new module.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TypeGuard

import libcst as cst

_MODULE = "operator"


def add_import_operator(old: cst.Module, new: cst.Module, first_use: int) -> cst.Module:
    """``new`` with ``import operator``; ``first_use`` indexes ``old.body``: the first
    top-level statement that reads ``operator``."""
    before = old.body[:first_use]
    if any(_imports_operator(statement) for statement in before):
        return new
    body = list(new.body)
    statement = cst.SimpleStatementLine(
        body=[cst.Import(names=[cst.ImportAlias(cst.Name(_MODULE))])]
    )
    groups = _import_groups(before)
    for group in groups:
        if all(_is_stdlib(s) for s in group):
            anchor, after = _sorted_place(group)
            at = _index(body, anchor) + (1 if after else 0)
            if not after:  # takes the blank lines and comments above the group's first line
                statement = statement.with_changes(leading_lines=anchor.leading_lines)
                body[at] = anchor.with_changes(leading_lines=())
            body.insert(at, statement)
            return new.with_changes(body=body)
    if groups:
        at = _index(body, groups[-1][-1]) + 1
        body.insert(at, statement)
        return new.with_changes(body=body)
    at = _after_header(before)
    following = _index(body, old.body[at]) if at < first_use else _index_of_next(body, old, at)
    nxt = body[following]
    statement = statement.with_changes(leading_lines=getattr(nxt, "leading_lines", ()))
    blank = cst.EmptyLine(indent=False, whitespace=cst.SimpleWhitespace(""))
    body[following] = nxt.with_changes(leading_lines=[blank, *_comments(nxt)])
    body.insert(following, statement)
    return new.with_changes(body=body)


def _comments(statement: cst.CSTNode) -> list[cst.EmptyLine]:
    lines = list(getattr(statement, "leading_lines", ()))
    while lines and lines[0].comment is None:
        lines.pop(0)
    return lines


def _index(body: Sequence[cst.CSTNode], node: cst.CSTNode) -> int:
    return next(i for i, item in enumerate(body) if item is node)


def _index_of_next(body: Sequence[cst.CSTNode], old: cst.Module, at: int) -> int:
    """Where ``old.body[at]`` (maybe edited, so another object) now is: the statements
    before it are unedited and kept, so it follows them."""
    if at == 0:
        return 0
    return _index(body, old.body[at - 1]) + 1


def _imports_operator(statement: cst.CSTNode) -> bool:
    if not isinstance(statement, cst.SimpleStatementLine):
        return False
    return any(
        isinstance(small, cst.Import)
        and any(a.evaluated_name == _MODULE and a.asname is None for a in small.names)
        for small in statement.body
    )


def _is_import(statement: cst.CSTNode) -> TypeGuard[cst.SimpleStatementLine]:
    return isinstance(statement, cst.SimpleStatementLine) and all(
        isinstance(small, cst.Import | cst.ImportFrom) for small in statement.body
    )


def _is_future(statement: cst.CSTNode) -> bool:
    return _is_import(statement) and any(
        isinstance(small, cst.ImportFrom)
        and isinstance(small.module, cst.Name)
        and small.module.value == "__future__"
        for small in statement.body
    )


def _top_module(small: cst.Import | cst.ImportFrom) -> str | None:
    if isinstance(small, cst.Import):
        return small.names[0].evaluated_name.partition(".")[0]
    if small.relative or small.module is None:
        return None
    node: cst.BaseExpression = small.module
    while isinstance(node, cst.Attribute):
        node = node.value
    return node.value if isinstance(node, cst.Name) else None


def _is_stdlib(statement: cst.SimpleStatementLine) -> bool:
    names = sys.stdlib_module_names
    return all(
        isinstance(small, cst.Import | cst.ImportFrom)
        and (module := _top_module(small)) is not None
        and module in names
        and module != "__future__"
        for small in statement.body
    )


def _import_groups(
    statements: Sequence[cst.CSTNode],
) -> list[list[cst.SimpleStatementLine]]:
    """Runs of top-level import lines with no blank line or comment between them."""
    groups: list[list[cst.SimpleStatementLine]] = []
    previous_was_import = False
    for statement in statements:
        if _is_import(statement) and not _is_future(statement):
            if previous_was_import and not statement.leading_lines:
                groups[-1].append(statement)
            else:
                groups.append([statement])
            previous_was_import = True
        else:
            previous_was_import = False
    return groups


def _sorted_place(group: list[cst.SimpleStatementLine]) -> tuple[cst.SimpleStatementLine, bool]:
    """The line to insert before (``False``) or after (``True``), in isort's order."""
    plain = [s for s in group if isinstance(s.body[0], cst.Import)]
    for statement in plain:
        name = statement.body[0].names[0].evaluated_name  # type: ignore[attr-defined]
        if name.lower() > _MODULE:
            return statement, False
    if plain:
        return plain[-1], True
    return group[0], False


def _after_header(statements: Sequence[cst.CSTNode]) -> int:
    """The index after the module docstring and the ``from __future__`` imports."""
    at = 0
    if (
        statements
        and isinstance(statements[0], cst.SimpleStatementLine)
        and isinstance(statements[0].body[0], cst.Expr)
        and isinstance(statements[0].body[0].value, cst.SimpleString | cst.ConcatenatedString)
    ):
        at = 1
    while at < len(statements) and _is_future(statements[at]):
        at += 1
    return at
